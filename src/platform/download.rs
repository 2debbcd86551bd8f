//! Files in and out: a download made from text in memory (a `Blob` and an
//! `<a download>`), the text of a file the user picked, the clipboard and
//! printing. Nothing leaves the browser.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    // `navigator.clipboard.writeText`; web-sys marks the Clipboard API
    // unstable. Throws when there is no clipboard (insecure context).
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Offers `text` as a file called `file_name` of type `mime`. Returns
/// `false` when the browser refused.
pub fn save_text(file_name: &str, mime: &str, text: &str) -> bool {
    let build = || -> Result<(), JsValue> {
        let doc = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        let body = doc.body().ok_or(JsValue::NULL)?;
        body.append_child(&a)?;
        a.click();
        a.remove();
        // Revoke once the browser has taken the file, not before.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
        }
        Ok(())
    };
    build().is_ok()
}

/// The text of `file`, read as UTF-8; `None` when it cannot be read.
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Copies `text` to the clipboard. `false` when the browser refused (no
/// permission, no clipboard): show the text for the user to copy instead.
pub async fn copy_text(text: &str) -> bool {
    match clipboard_write_text(text) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Selects the text in an input (the fallback when copying is refused).
pub fn select_text(id: &str) {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

/// The page's address (to build a share link from).
pub fn page_url() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Opens the browser's print dialog (print / save as PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
