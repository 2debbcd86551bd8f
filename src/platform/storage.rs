//! Durable storage: workspaces in IndexedDB, the tiny flags in
//! `localStorage`, the `BroadcastChannel` that tells other tabs about a
//! save.
//!
//! IndexedDB is reached through a few lines of JavaScript (`inline_js`)
//! rather than web-sys's `Idb*` bindings: the request/transaction event
//! style needs a closure per callback in Rust, while the snippet turns each
//! operation into one promise. One object store `kv` holds text under the
//! same keys the core names (`kilit.workspaces`, `kilit.workspace.<id>`,
//! `kilit.backup.<millis>.<key>`).
//!
//! [`transact`] is the one write path: it reads some keys and hands their
//! values to a Rust closure *inside* the same readwrite transaction, which
//! returns what to write. That makes "read the list, check the revision,
//! write the workspace and the list" atomic across tabs.
//!
//! Nothing here panics; every failure is an `Err(String)` for the console.

use std::cell::RefCell;

use js_sys::{Array, Function};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
let dbp = null;
function db() {
  if (!dbp) {
    dbp = new Promise((ok, no) => {
      // A browser that never answers counts as no storage, not a blank page.
      const timer = setTimeout(() => no(new Error('IndexedDB did not open')), 5000);
      const r = indexedDB.open('kilit', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('kv');
      r.onsuccess = () => {
        clearTimeout(timer);
        const d = r.result;
        d.onversionchange = () => { d.close(); dbp = null; };
        ok(d);
      };
      r.onerror = () => { clearTimeout(timer); no(r.error); };
      r.onblocked = () => { clearTimeout(timer); no(new Error('blocked')); };
    });
    dbp.catch(() => { dbp = null; });
  }
  return dbp;
}
const req = (r) => new Promise((ok, no) => { r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
export async function idb_get(key) {
  const d = await db();
  return req(d.transaction('kv').objectStore('kv').get(key));
}
export async function idb_keys() {
  const d = await db();
  return req(d.transaction('kv').objectStore('kv').getAllKeys());
}
export async function idb_transact(keys, plan) {
  const d = await db();
  return new Promise((ok, no) => {
    const t = d.transaction('kv', 'readwrite');
    const s = t.objectStore('kv');
    const values = new Array(keys.length);
    let left = keys.length, result = null;
    const run = () => {
      try {
        const out = plan(values);
        if (out == null) { result = false; t.abort(); return; }
        for (const [k, v] of out) { if (v == null) s.delete(k); else s.put(v, k); }
        result = true;
      } catch (e) { t.abort(); no(e); }
    };
    t.oncomplete = () => ok(result);
    t.onabort = () => { if (result === false) ok(false); else no(t.error || new Error('aborted')); };
    if (left === 0) run();
    keys.forEach((k, i) => {
      const r = s.get(k);
      r.onsuccess = () => { values[i] = r.result; if (--left === 0) run(); };
    });
  });
}
export async function idb_erase() {
  if (dbp) { try { (await dbp).close(); } catch (_) {} dbp = null; }
  return new Promise((ok, no) => {
    const r = indexedDB.deleteDatabase('kilit');
    r.onsuccess = () => ok(true);
    r.onerror = () => no(r.error);
    r.onblocked = () => ok(false);
  });
}
let channel = null;
export function channel_listen(f) {
  if (typeof BroadcastChannel !== 'function') return;
  channel = channel || new BroadcastChannel('kilit');
  channel.onmessage = (e) => { if (typeof e.data === 'string') f(e.data); };
}
export function channel_post(text) {
  if (typeof BroadcastChannel !== 'function') return;
  channel = channel || new BroadcastChannel('kilit');
  channel.postMessage(text);
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn idb_get(key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn idb_keys() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn idb_transact(keys: Array, plan: &Function) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn idb_erase() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    fn channel_listen(f: &Function) -> Result<(), JsValue>;
    #[wasm_bindgen(catch)]
    fn channel_post(text: &str) -> Result<(), JsValue>;
}

fn describe(e: JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", String::from(err.name()), String::from(err.message()));
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// The text stored under `key`, `None` if there is none.
pub async fn get(key: &str) -> Result<Option<String>, String> {
    let v = idb_get(key).await.map_err(describe)?;
    Ok(v.as_string())
}

/// Every key in the store.
pub async fn keys() -> Result<Vec<String>, String> {
    let v = idb_keys().await.map_err(describe)?;
    Ok(Array::from(&v).iter().filter_map(|k| k.as_string()).collect())
}

/// A write decided inside a transaction: put text under a key, or remove it.
pub type Write = (String, Option<String>);

/// Reads `read` and calls `plan` with their values (same order) inside one
/// readwrite transaction; `plan` returns the writes, or `None` to write
/// nothing. `Ok(true)` when the writes were committed, `Ok(false)` when
/// `plan` declined. Quota errors and the like are `Err`.
pub async fn transact<T: 'static>(
    read: &[&str],
    plan: impl FnOnce(Vec<Option<String>>) -> Option<(Vec<Write>, T)> + 'static,
) -> Result<Option<T>, String> {
    let out: std::rc::Rc<RefCell<Option<T>>> = std::rc::Rc::new(RefCell::new(None));
    let keep = out.clone();
    let plan = Closure::once_into_js(move |values: Array| -> JsValue {
        let values = values.iter().map(|v| v.as_string()).collect();
        let Some((writes, value)) = plan(values) else { return JsValue::NULL };
        *keep.borrow_mut() = Some(value);
        let list = Array::new();
        for (k, v) in writes {
            let pair = Array::new();
            pair.push(&JsValue::from_str(&k));
            pair.push(&v.map(|v| JsValue::from_str(&v)).unwrap_or(JsValue::NULL));
            list.push(&pair);
        }
        list.into()
    });
    let keys: Array = read.iter().map(|k| JsValue::from_str(k)).collect();
    let Ok(plan) = plan.dyn_into::<Function>() else { return Err("plan is not a function".into()) };
    let committed = idb_transact(keys, &plan).await.map_err(describe)?;
    let value = out.borrow_mut().take();
    Ok(if committed.as_bool() == Some(true) { value } else { None })
}

/// Puts `text` under `key` (tests, backups).
pub async fn put(key: &str, text: &str) -> Result<(), String> {
    let (key, text) = (key.to_string(), text.to_string());
    transact(&[], move |_| Some((vec![(key, Some(text))], ()))).await.map(|_| ())
}

/// Deletes the whole IndexedDB database and every `kilit.*` key of
/// `localStorage`.
pub async fn erase_all() -> Result<(), String> {
    remove_local_keys();
    idb_erase().await.map_err(describe)?;
    Ok(())
}

/// Whether IndexedDB can be opened and written (a private window, a
/// blocked or full storage cannot).
pub async fn probe() -> Result<(), String> {
    transact(&[], |_| Some((vec![], ()))).await.map(|_| ())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A `localStorage` value (the language, the keep switch).
pub fn local_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Sets (`Some`) or removes (`None`) a `localStorage` value; `false` if refused.
pub fn local_set(key: &str, value: Option<&str>) -> bool {
    let Some(s) = local_storage() else { return false };
    match value {
        Some(v) => s.set_item(key, v).is_ok(),
        None => s.remove_item(key).is_ok(),
    }
}

/// Removes every `localStorage` key starting with `kilit.`.
pub fn remove_local_keys() {
    let Some(s) = local_storage() else { return };
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with("kilit.")).collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}

/// Sends `text` to Kilit's other tabs of this origin.
pub fn post(text: &str) {
    let _ = channel_post(text);
}

/// Calls `f` with each text another tab posts. Lives as long as the page.
pub fn listen(f: impl Fn(String) + 'static) {
    let f = Closure::<dyn Fn(String)>::new(f);
    let _ = channel_listen(f.as_ref().unchecked_ref());
    f.forget();
}

/// A random id for this tab (pings name their sender).
pub fn tab_id() -> String {
    format!("{:x}", (js_sys::Math::random() * 4_294_967_296.0) as u64)
}

/// Runs `f` after `ms` milliseconds unless the returned handle is dropped.
pub fn timeout(ms: u32, f: impl FnOnce() + 'static) -> Option<Timeout> {
    let w = web_sys::window()?;
    let cb = Closure::once(f);
    let id = w
        .set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), ms as i32)
        .ok()?;
    Some(Timeout { id, _cb: cb })
}

/// A pending [`timeout`]; dropping it cancels it.
pub struct Timeout {
    id: i32,
    _cb: Closure<dyn FnMut()>,
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}
