//! Component tests of the selection workbench's forms (issue 4): the detail
//! row, adding and deleting accounts, settings and paging.

use kilit_core::accounts::WorkbenchMsg;
use kilit_core::i18n::Locale;
use kilit_core::route::Route;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

use super::{account_rows, click, mount, text_of};

/// Sets an input's or select's value and fires `change`, as leaving the
/// field (or choosing an option) would.
fn change(root: &Element, selector: &str, value: &str) {
    let el = root
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element {selector}"));
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.set_value(value);
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("a change event");
    el.dispatch_event(&event).expect("dispatched");
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).expect("a selector").length()
}

#[wasm_bindgen_test]
async fn an_account_is_added_opened_deleted_and_brought_back() {
    let root = mount(Locale::Tr, Route::Accounts).await;
    click(&root, "#load-example");
    yew::scheduler::flush().await;
    click(&root, "#add-account");
    yew::scheduler::flush().await;
    let rows = account_rows(&root);
    assert_eq!(rows.len(), 26);
    assert_eq!(count(&root, "tbody.open"), 1, "the new account's detail row is open");
    assert_eq!(count(&root, "tbody.open .rating select"), 15);
    let id = root
        .query_selector("tbody.open tr[data-account]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("data-account"))
        .expect("the open row");
    click(&root, &format!("#delete-{id}"));
    yew::scheduler::flush().await;
    assert_eq!(account_rows(&root).len(), 25);
    assert!(text_of(&root, "#deleted-note").contains("Yeni hesap 26"));
    click(&root, "#undo-delete");
    yew::scheduler::flush().await;
    assert_eq!(account_rows(&root).len(), 26);
    assert!(account_rows(&root).contains(&id));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_setting_that_cannot_be_read_keeps_its_text_and_says_why() {
    let root = mount(Locale::En, Route::Accounts).await;
    click(&root, "#load-example");
    yew::scheduler::flush().await;
    change(&root, "#set-abc-a", "eighty");
    yew::scheduler::flush().await;
    assert!(!text_of(&root, "#set-abc-a-error").is_empty());
    let value = root
        .query_selector("#set-abc-a")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value());
    assert_eq!(value.as_deref(), Some("eighty"));
    // Both cut-offs of a pair in the wrong order are flagged.
    change(&root, "#set-abc-a", "99");
    yew::scheduler::flush().await;
    assert!(!text_of(&root, "#set-abc-a-error").is_empty());
    assert!(!text_of(&root, "#set-abc-b-error").is_empty());
    change(&root, "#set-abc-a", "80");
    yew::scheduler::flush().await;
    assert_eq!(count(&root, "#set-abc-a-error"), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_thousand_accounts_show_fifty_at_a_time() {
    let root = mount(Locale::En, Route::Accounts).await;
    change(&root, "#example-size", "1000");
    yew::scheduler::flush().await;
    click(&root, "#load-example");
    yew::scheduler::flush().await;
    assert_eq!(account_rows(&root).len(), 50);
    assert!(text_of(&root, "#page-status").contains("Page 1 of 20"));
    let first = account_rows(&root);
    click(&root, "#page-next");
    yew::scheduler::flush().await;
    assert!(text_of(&root, "#page-status").contains("Page 2 of 20"));
    assert!(account_rows(&root).iter().all(|id| !first.contains(id)));
    assert!(count(&root, "circle.bubble") <= 200);
    assert!(text_of(&root, "#chart-sample").contains(&"best-ranked".to_string()));
    assert!(!WorkbenchMsg::ChartSample.text(Locale::En).is_empty());
    root.remove();
}
