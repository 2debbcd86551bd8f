//! Component tests in headless Chromium: each test mounts the app into a
//! fresh element, lets Yew's scheduler run, then checks the DOM. No sleeps:
//! waiting means yielding to the event loop until a condition holds.
#![cfg(target_arch = "wasm32")]

use kilit::{platform, App, AppProps};
use kilit_core::i18n::{Locale, Msg};
use kilit_core::route::Route;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../crates/core/tests/shared/determinism.rs"]
mod determinism;

#[path = "web/storage.rs"]
mod storage;
#[path = "web/share.rs"]
mod share;

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Mounts the app into a new element and waits for the first render.
async fn mount(locale: Locale, route: Route) -> Element {
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    // The instruments are handed in, as the test server does not serve them.
    let catalog = Some(std::rc::Rc::new(kilit::state::Catalog::builtin()));
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { locale, route, catalog, boot: None }).render();
    yew::scheduler::flush().await;
    root
}

/// Yields one turn of the event loop (a task, so events such as
/// `hashchange` get delivered), then lets Yew render.
async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    yew::scheduler::flush().await;
}

/// Waits until `cond` holds, for at most 200 event-loop turns.
async fn wait_until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..200 {
        if cond() {
            return;
        }
        next_turn().await;
    }
    panic!("timed out waiting for: {what}");
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .unwrap_or_else(|| panic!("no clickable {selector}"))
        .click();
}

fn html_attr(name: &str) -> String {
    document().document_element().and_then(|e| e.get_attribute(name)).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn home_renders_in_every_language_with_lang_and_dir() {
    for locale in Locale::ALL {
        let root = mount(locale, Route::Home).await;
        assert_eq!(text_of(&root, "h1"), Msg::HomeTitle.text(locale));
        assert_eq!(root.query_selector_all(".module-card").expect("cards").length(), 2);
        assert_eq!(text_of(&root, "footer"), format!("🔒{}", Msg::FooterPrivacy.text(locale)));
        assert_eq!(html_attr("lang"), locale.code());
        assert_eq!(html_attr("dir"), locale.dir().as_str());
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn the_language_switcher_changes_text_direction_and_pressed_state() {
    let root = mount(Locale::En, Route::Home).await;
    click(&root, "button[lang=fa]");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "h1"), Msg::HomeTitle.text(Locale::Fa));
    assert_eq!(html_attr("dir"), "rtl");
    let pressed = root
        .query_selector("button[aria-pressed=true]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"));
    assert_eq!(pressed.as_deref(), Some("fa"));
    let query = web_sys::window().expect("window").location().search().unwrap_or_default();
    assert!(query.contains("lang=fa"), "URL query after switching: {query}");
    click(&root, "button[lang=tr]");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "h1"), Msg::HomeTitle.text(Locale::Tr));
    assert_eq!(html_attr("dir"), "ltr");
    root.remove();
}

#[wasm_bindgen_test]
async fn routes_render_their_page_and_mark_the_navigation() {
    let root = mount(Locale::En, Route::Accounts).await;
    assert_eq!(text_of(&root, "h1"), Msg::NavAccounts.text(Locale::En));
    assert_eq!(text_of(&root, "nav a[aria-current=page]"), Msg::NavAccounts.text(Locale::En));
    root.remove();

    let root = mount(Locale::Tr, Route::parse("#/nowhere")).await;
    assert_eq!(text_of(&root, "h1"), Msg::NotFoundTitle.text(Locale::Tr));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_fragment_change_navigates() {
    platform::set_fragment("#/");
    let root = mount(Locale::En, Route::Home).await;
    platform::set_fragment("#/report");
    wait_until("the report page", || text_of(&root, "h1") == Msg::NavReport.text(Locale::En)).await;
    platform::set_fragment("#/");
    wait_until("the home page", || text_of(&root, "h1") == Msg::HomeTitle.text(Locale::En)).await;
    root.remove();
}

#[wasm_bindgen_test]
fn the_fatal_screen_is_translated_and_offers_a_reload() {
    let root = document().create_element("div").expect("div");
    root.set_inner_html("<p>app</p>");
    platform::show_fatal(&root, Locale::Fa);
    assert_eq!(text_of(&root, "[role=alert] h1"), Msg::FatalTitle.text(Locale::Fa));
    assert_eq!(text_of(&root, "[role=alert] button"), Msg::FatalReload.text(Locale::Fa));
    assert_eq!(root.query_selector("[role=alert]").ok().flatten().and_then(|e| e.get_attribute("dir")).as_deref(), Some("rtl"));
    assert!(!root.inner_html().contains("<p>app</p>"), "the app is replaced");
}

#[wasm_bindgen_test]
fn numbers_percentages_and_dates_follow_the_locale() {
    use platform::intl;
    assert_eq!(intl::number(Locale::En, 1234.5, 1), "1,234.5");
    assert_eq!(intl::number(Locale::Tr, 1234.5, 1), "1.234,5");
    assert_eq!(intl::number(Locale::Fa, 1234.5, 1), "۱٬۲۳۴٫۵");
    assert_eq!(intl::percent(Locale::Tr, 42.0), "%42");
    assert_eq!(intl::percent(Locale::En, 42.0), "42%");
    assert!(intl::percent(Locale::Fa, 42.0).contains("۴۲"));
    // 20 March 2024 is 1 Farvardin 1403, the Persian new year.
    let fa = intl::date(Locale::Fa, "2024-03-20");
    assert!(fa.contains("۱۴۰۳") && fa.contains("فروردین"), "Persian date: {fa}");
    assert_eq!(intl::date(Locale::En, "2024-03-20"), "20 March 2024");
    assert_eq!(intl::date(Locale::Tr, "2024-03-20"), "20 Mart 2024");
    assert_eq!(intl::date(Locale::En, "not a date"), "not a date");
}

#[wasm_bindgen_test]
fn scoring_in_wasm_matches_the_native_fixtures() {
    determinism::check(include_str!("../crates/core/tests/fixtures/determinism/crm-readiness.json"));
    determinism::check(include_str!("../crates/core/tests/fixtures/determinism/kam-readiness.json"));
}

#[wasm_bindgen_test]
async fn answering_a_statement_updates_progress_and_survives_a_language_switch() {
    let root = mount(Locale::En, Route::Assessment(kilit_core::route::AssessmentPage::Questions)).await;
    let progress = |root: &Element| {
        root.query_selector("progress").ok().flatten().and_then(|p| p.get_attribute("value")).unwrap_or_default()
    };
    assert_eq!(progress(&root), "0");
    click(&root, "input#q-cc_01-4");
    yew::scheduler::flush().await;
    assert_eq!(progress(&root), "1");
    click(&root, "input#q-cc_02-na");
    yew::scheduler::flush().await;
    assert_eq!(progress(&root), "2");
    click(&root, "button[lang=fa]");
    yew::scheduler::flush().await;
    assert_eq!(progress(&root), "2", "answers survive a language switch");
    let checked = root.query_selector("input#q-cc_01-4").ok().flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.checked());
    assert_eq!(checked, Some(true));
    // Next step: the step list marks it and the heading changes.
    click(&root, ".step-nav button.primary");
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".step-link[aria-current=step]").expect("list").length(), 1);
    assert!(root.query_selector("input[name=q-kcf_01]").ok().flatten().is_some(), "second step shows its statements");
    root.remove();
}

/// Sets an input's value and fires the `input` event as typing would.
fn type_into(root: &Element, selector: &str, value: &str) {
    let input = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .unwrap_or_else(|| panic!("no input {selector}"));
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("an input event");
    input.dispatch_event(&event).expect("dispatched");
}

fn account_rows(root: &Element) -> Vec<String> {
    let rows = root.query_selector_all("#accounts-table tbody tr").expect("rows");
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter_map(|e| e.get_attribute("data-account"))
        .collect()
}

#[wasm_bindgen_test]
async fn the_workbench_loads_the_example_and_reranks_when_a_weight_changes() {
    let root = mount(Locale::En, Route::Accounts).await;
    assert!(account_rows(&root).is_empty(), "the page starts empty");
    assert_eq!(text_of(&root, "#load-example"), Msg::LoadExample.text(Locale::En));
    click(&root, "#load-example");
    yew::scheduler::flush().await;
    let before = account_rows(&root);
    assert_eq!(before.len(), 25, "every example account has a row");
    assert!(root.query_selector_all("#shortlist > li").expect("list").length() > 0, "a shortlist");

    type_into(&root, "#w-margin", "10");
    yew::scheduler::flush().await;
    let after = account_rows(&root);
    assert_eq!(after.len(), 25);
    assert_ne!(before, after, "a heavier profit-margin weight changes the ranking");
    assert!(!root.inner_html().contains("NaN"));
    root.remove();
}

#[wasm_bindgen_test]
async fn all_weights_zero_shows_the_core_message_not_nan() {
    use kilit_core::accounts::{AccountsMsg, Checklist};
    let root = mount(Locale::Tr, Route::Accounts).await;
    click(&root, "#load-example");
    yew::scheduler::flush().await;
    for c in Checklist::builtin().criteria.iter() {
        type_into(&root, &format!("#w-{}", c.id), "0");
        yew::scheduler::flush().await;
    }
    assert!(text_of(&root, "#analysis-problems").contains(AccountsMsg::AllWeightsZero.text(Locale::Tr)));
    assert!(!root.inner_html().contains("NaN"));
    assert_eq!(root.query_selector_all("#shortlist > li").expect("list").length(), 0);
    root.remove();
}

#[path = "web/import.rs"]
mod import;
#[path = "web/accounts.rs"]
mod accounts;
