//! Start-up configuration from the page URL's query string.
//!
//! Kilit always owns its page; a host that embeds it in an iframe configures
//! it through the query (`?lang=fa&module=accounts`). The fragment belongs to
//! the app's router (see [`crate::route`]).

use crate::i18n::Locale;

/// Which module a link or an embed asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    Assessment,
    Accounts,
}

impl Module {
    pub fn parse(s: &str) -> Option<Module> {
        match s.trim().to_ascii_lowercase().as_str() {
            "assessment" => Some(Module::Assessment),
            "accounts" => Some(Module::Accounts),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Module::Assessment => "assessment",
            Module::Accounts => "accounts",
        }
    }
}

/// What the query string asks for. Unknown keys and values are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub lang: Option<Locale>,
    pub module: Option<Module>,
}

/// Reads a query string (`?lang=fa&module=accounts`, with or without `?`).
/// The first occurrence of a key wins; unusable values are ignored.
pub fn parse_query(query: &str) -> Config {
    let mut config = Config::default();
    for (key, value) in query_pairs(query) {
        match key.as_str() {
            "lang" if config.lang.is_none() => config.lang = Locale::parse(&value),
            "module" if config.module.is_none() => config.module = Module::parse(&value),
            _ => {}
        }
    }
    config
}

/// Picks the interface language: `?lang` first, then the saved choice, then
/// the first of the browser's languages that Kilit speaks, then English.
pub fn resolve_locale(query: Option<Locale>, saved: Option<&str>, browser: &[String]) -> Locale {
    query
        .or_else(|| saved.and_then(Locale::parse))
        .or_else(|| browser.iter().find_map(|tag| Locale::parse(tag)))
        .unwrap_or(Locale::En)
}

/// Returns `query` with `key` set to `value` (added, or replacing the first
/// occurrence and dropping later ones), keeping every other pair in order.
/// The result starts with `?`.
pub fn with_query_param(query: &str, key: &str, value: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut replaced = false;
    for part in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let name = percent_decode(part.split('=').next().unwrap_or(""));
        if name == key {
            if !replaced {
                out.push(format!("{key}={value}"));
                replaced = true;
            }
        } else {
            out.push(part.to_string());
        }
    }
    if !replaced {
        out.push(format!("{key}={value}"));
    }
    format!("?{}", out.join("&"))
}

/// Splits a query string into decoded key/value pairs.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// Decodes `%XX` escapes and `+` as space. Invalid escapes are kept as they
/// are; invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push(h * 16 + l);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}
