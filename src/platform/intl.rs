//! Locale-aware formatting through the browser's `Intl`, which costs no bytes:
//! Persian digits and the Solar Hijri calendar come from the browser.

use std::cell::RefCell;

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use kilit_core::i18n::Locale;
use wasm_bindgen::JsValue;

/// Which number formatter: decimals with at most N fraction digits, or percent.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Decimal(u8),
    Percent,
}

thread_local! {
    // Building an `Intl.NumberFormat` costs far more than using one (locale
    // data is loaded each time), so each (locale, style) is built once.
    static FORMATTERS: RefCell<Vec<((Locale, Style), Function)>> = const { RefCell::new(Vec::new()) };
}

fn formatter(locale: Locale, style: Style) -> Function {
    FORMATTERS.with(|cache| {
        if let Some((_, f)) = cache.borrow().iter().find(|(k, _)| *k == (locale, style)) {
            return f.clone();
        }
        let opts = match style {
            Style::Decimal(max) => options(&[("maximumFractionDigits", JsValue::from(max))]),
            Style::Percent => options(&[
                ("style", JsValue::from_str("percent")),
                ("maximumFractionDigits", JsValue::from(0)),
            ]),
        };
        let locales = Array::of1(&JsValue::from_str(locale.intl_tag()));
        let f = Intl::NumberFormat::new(&locales, &opts).format();
        cache.borrow_mut().push(((locale, style), f.clone()));
        f
    })
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let obj = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj
}

fn format_number(locale: Locale, value: f64, style: Style) -> String {
    formatter(locale, style)
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| value.to_string())
}

/// A number with at most `max_fraction` decimals, grouped as the locale does.
pub fn number(locale: Locale, value: f64, max_fraction: u8) -> String {
    format_number(locale, value, Style::Decimal(max_fraction))
}

/// A whole number 0–100 shown as a percentage (`%42`, `42%`, `٪۴۲`).
pub fn percent(locale: Locale, value: f64) -> String {
    format_number(locale, value / 100.0, Style::Percent)
}

/// A calendar date given as `YYYY-MM-DD`, in the locale's calendar (Persian
/// uses the Solar Hijri calendar). Returns the input unchanged if it is not
/// a date.
pub fn date(locale: Locale, iso: &str) -> String {
    // Noon UTC keeps the calendar day stable in every time zone.
    let d = Date::new(&JsValue::from_str(&format!("{iso}T12:00:00Z")));
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    date_formatter(locale)
        .call1(&JsValue::NULL, &d)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| iso.to_string())
}

thread_local! {
    // `toLocaleDateString` with options builds a new formatter on every call
    // (milliseconds each: the import preview shows 20 dates per render).
    static DATE_FORMATTERS: RefCell<Vec<(Locale, Function)>> = const { RefCell::new(Vec::new()) };
}

fn date_formatter(locale: Locale) -> Function {
    DATE_FORMATTERS.with(|cache| {
        if let Some((_, f)) = cache.borrow().iter().find(|(l, _)| *l == locale) {
            return f.clone();
        }
        let opts = options(&[
            ("year", JsValue::from_str("numeric")),
            ("month", JsValue::from_str("long")),
            ("day", JsValue::from_str("numeric")),
            ("timeZone", JsValue::from_str("UTC")),
        ]);
        let locales = Array::of1(&JsValue::from_str(locale.intl_tag()));
        let f = Intl::DateTimeFormat::new(&locales, &opts).format();
        cache.borrow_mut().push((locale, f.clone()));
        f
    })
}

/// Today's date as `YYYY-MM-DD` in the user's time zone.
pub fn today_iso() -> String {
    let d = Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

thread_local! {
    static COLLATORS: RefCell<Vec<(Locale, Function)>> = const { RefCell::new(Vec::new()) };
}

/// Compares two texts the way readers of `locale` order them (`Intl.Collator`):
/// Turkish puts `ı` before `i` and `İ` with `i`; Persian orders `پ`, `چ`, `ژ`,
/// `گ` and `ی`/`ک` where Persian readers look for them. Falls back to code
/// point order if `Intl` is missing.
pub fn compare(locale: Locale, a: &str, b: &str) -> std::cmp::Ordering {
    let f = COLLATORS.with(|cache| {
        if let Some((_, f)) = cache.borrow().iter().find(|(l, _)| *l == locale) {
            return f.clone();
        }
        let locales = Array::of1(&JsValue::from_str(locale.intl_tag()));
        let f = Intl::Collator::new(&locales, &options(&[("sensitivity", JsValue::from_str("base"))])).compare();
        cache.borrow_mut().push((locale, f.clone()));
        f
    });
    match f.call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b)).ok().and_then(|v| v.as_f64()) {
        Some(v) if v < 0.0 => std::cmp::Ordering::Less,
        Some(v) if v > 0.0 => std::cmp::Ordering::Greater,
        Some(_) => std::cmp::Ordering::Equal,
        None => a.cmp(b),
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = "export function kilit_collate_order(tag, names) {
  const c = new Intl.Collator(tag, { sensitivity: 'base' }).compare;
  const order = new Uint32Array(names.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => c(names[a], names[b]) || a - b);
}")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn kilit_collate_order(tag: &str, names: &Array) -> Result<Vec<u32>, JsValue>;
}

/// The last name order computed: (locale, fingerprint of the names) and the order.
type NameOrder = Option<((Locale, u64), std::rc::Rc<[u32]>)>;

thread_local! {
    static NAME_ORDER: RefCell<NameOrder> = const { RefCell::new(None) };
}

/// Indices of `names` in the order readers of `locale` look for them
/// (`Intl.Collator`, as [`compare`]), ties by index. The collator runs in
/// one call (10,000 names take a few milliseconds) and the last order is
/// kept, so re-ranking does not sort the names again. Falls back to code
/// point order if `Intl` is missing.
pub fn name_order(locale: Locale, names: &[&str]) -> std::rc::Rc<[u32]> {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for n in names {
        for b in n.bytes().chain([0xff]) {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    let key = (locale, h);
    if let Some(order) = NAME_ORDER.with(|c| c.borrow().as_ref().filter(|(k, _)| *k == key).map(|(_, o)| o.clone())) {
        return order;
    }
    let array: Array = names.iter().map(|n| JsValue::from_str(n)).collect();
    let order: std::rc::Rc<[u32]> = match kilit_collate_order(locale.intl_tag(), &array) {
        Ok(v) if v.len() == names.len() => v.into(),
        _ => {
            let mut v: Vec<u32> = (0..names.len() as u32).collect();
            v.sort_by(|&a, &b| names[a as usize].cmp(names[b as usize]).then(a.cmp(&b)));
            v.into()
        }
    };
    NAME_ORDER.with(|c| *c.borrow_mut() = Some((key, order.clone())));
    order
}
