//! The only code that touches browser APIs: the page URL, storage, the
//! document element, `Intl`, performance marks and the fatal-error screen.
//!
//! Every function here degrades instead of failing: a missing `window`, a
//! blocked storage or an exotic browser yields `None` or does nothing, and
//! never panics.

pub mod compress;
pub mod download;
pub mod file;
pub mod intl;
pub mod storage;

use std::sync::atomic::{AtomicBool, Ordering};

use kilit_core::i18n::{Locale, Msg};
use wasm_bindgen::JsCast;

const LANG_KEY: &str = "kilit.lang";

/// `false` while the user keeps nothing on this device: then not even the
/// language is written.
static KEEPING: AtomicBool = AtomicBool::new(true);

/// Whether Kilit may write to this device's storage.
pub fn set_keeping(keep: bool) {
    KEEPING.store(keep, Ordering::Relaxed);
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The page's query string, including the leading `?` (or empty).
pub fn query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's fragment, including the leading `#` (or empty).
pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Sets the fragment, adding a history entry (the back button returns).
pub fn set_fragment(fragment: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// Replaces the query string without reloading or adding a history entry.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    let path = w.location().pathname().unwrap_or_default();
    if let Ok(history) = w.history() {
        let url = format!("{path}{query}{hash}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(w) = window() else { return Vec::new() };
    let nav = w.navigator();
    let mut out: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if out.is_empty() {
        if let Some(lang) = nav.language() {
            out.push(lang);
        }
    }
    out
}

fn local_storage() -> Option<web_sys::Storage> {
    // `local_storage()` throws when storage is blocked; that is `Err` here.
    window()?.local_storage().ok().flatten()
}

/// The language the user picked last time, if storage allows reading it.
pub fn saved_language() -> Option<String> {
    local_storage()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers the user's language. Returns `false` when storage refused.
pub fn save_language(locale: Locale) -> bool {
    if !KEEPING.load(Ordering::Relaxed) {
        return false;
    }
    local_storage()
        .map(|s| s.set_item(LANG_KEY, locale.code()).is_ok())
        .unwrap_or(false)
}

/// Sets `lang`, `dir` and the title on the document.
pub fn apply_locale(locale: Locale) {
    let Some(doc) = document() else { return };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", locale.code());
        let _ = root.set_attribute("dir", locale.dir().as_str());
    }
    doc.set_title(&format!("{} · {}", Msg::AppName.text(locale), Msg::AppTagline.text(locale)));
}

/// Moves keyboard focus to the element with `id` (HTML or SVG), if it exists.
pub fn focus(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else { return };
    match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => {
            let _ = html.focus();
        }
        Err(el) => {
            if let Ok(svg) = el.dyn_into::<web_sys::SvgElement>() {
                let _ = svg.focus();
            }
        }
    }
}

/// Moves focus to `id` only if focus was lost (it is on the body or nowhere),
/// e.g. after the element that had it was replaced.
pub fn refocus_if_lost(id: &str) {
    let Some(doc) = document() else { return };
    let lost = match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    };
    if lost {
        focus(id);
    }
}

/// Now, from the browser's wall clock (milliseconds since 1970, UTC): what
/// saves, exports and share links are stamped with.
pub fn now() -> kilit_core::persist::Timestamp {
    kilit_core::persist::Timestamp(js_sys::Date::now() as i64)
}

/// Records a `performance.mark` that benchmarks read.
pub fn mark(name: &str) {
    if let Some(perf) = window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// The element Kilit mounts into.
pub fn mount_point() -> Option<web_sys::Element> {
    document()?.get_element_by_id("kilit")
}

/// Logs a warning to the browser console: something expected went wrong
/// (blocked storage, damaged saved data) and the user was told.
pub fn log_warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Logs an error to the browser console.
pub fn log_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

/// Replaces the app with a translated "something went wrong" notice. Used by
/// the panic hook, so it builds the DOM by hand and calls no Rust afterwards:
/// the reload button runs plain JavaScript.
pub fn show_fatal(root: &web_sys::Element, locale: Locale) {
    let Some(doc) = document() else { return };
    root.set_inner_html("");
    let build = || -> Result<(), wasm_bindgen::JsValue> {
        let section = doc.create_element("section")?;
        section.set_class_name("fatal");
        section.set_attribute("role", "alert")?;
        section.set_attribute("lang", locale.code())?;
        section.set_attribute("dir", locale.dir().as_str())?;
        let title = doc.create_element("h1")?;
        title.set_text_content(Some(Msg::FatalTitle.text(locale)));
        let body = doc.create_element("p")?;
        body.set_text_content(Some(Msg::FatalBody.text(locale)));
        let button = doc.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_class_name("button primary");
        button.set_text_content(Some(Msg::FatalReload.text(locale)));
        let reload = js_sys::Function::new_no_args("window.location.reload()");
        button.add_event_listener_with_callback("click", &reload)?;
        section.append_child(&title)?;
        section.append_child(&body)?;
        section.append_child(&button)?;
        root.append_child(&section)?;
        Ok(())
    };
    if build().is_err() {
        root.set_text_content(Some(Msg::FatalTitle.text(locale)));
    }
}

/// Calls `f` with the new fragment whenever it changes (links, back and
/// forward buttons, typed URLs). Dropping the returned listener stops it.
pub fn on_fragment_change(f: impl Fn(String) + 'static) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(&w, "hashchange", move |_| f(fragment())))
}

/// Scrolls the page back to the top (after a navigation).
pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Removes everything inside `el` (the page's loading placeholder).
pub fn clear(el: &web_sys::Element) {
    el.set_inner_html("");
}

/// Fetches same-origin text files (URLs relative to the page), all at once.
/// `None` if any of them fails: offline, not found, not text.
pub async fn fetch_texts(urls: &[String]) -> Option<Vec<String>> {
    use wasm_bindgen_futures::JsFuture;
    let w = window()?;
    // Start every request before waiting for the first.
    let pending: Vec<js_sys::Promise> = urls.iter().map(|u| w.fetch_with_str(u)).collect();
    let mut texts = Vec::with_capacity(pending.len());
    for promise in pending {
        let response: web_sys::Response = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        texts.push(JsFuture::from(response.text().ok()?).await.ok()?.as_string()?);
    }
    Some(texts)
}

/// Runs a future on the browser's event loop.
pub fn spawn(future: impl std::future::Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(future);
}
