//! Locales and typed message tables.
//!
//! Every user-visible string lives in a table declared with [`messages!`]. The
//! macro demands an `en`, a `tr` and an `fa` text for every key, so a missing
//! translation is a compile error; a test checks that none of them is blank.

mod share;
mod ui;

pub use share::ShareMsg;
pub use ui::Msg;

use serde::{Deserialize, Serialize};

/// A language the interface is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Tr,
    En,
    Fa,
}

/// Writing direction of a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// All locales, in the order the language switcher shows them.
    pub const ALL: [Locale; 3] = [Locale::Tr, Locale::En, Locale::Fa];

    /// The BCP 47 code used in `lang`, `?lang=` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Tr => "tr",
            Locale::En => "en",
            Locale::Fa => "fa",
        }
    }

    /// The tag handed to the browser's `Intl` formatters. Persian asks for
    /// Persian digits and the Solar Hijri calendar explicitly.
    pub fn intl_tag(self) -> &'static str {
        match self {
            Locale::Tr => "tr-TR",
            Locale::En => "en-GB",
            Locale::Fa => "fa-IR-u-nu-arabext-ca-persian",
        }
    }

    pub fn dir(self) -> Dir {
        match self {
            Locale::Fa => Dir::Rtl,
            Locale::Tr | Locale::En => Dir::Ltr,
        }
    }

    /// The language's own name, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Tr => "Türkçe",
            Locale::En => "English",
            Locale::Fa => "فارسی",
        }
    }

    /// Parses a language code or a browser language tag (`tr`, `fa-IR`,
    /// `en_US`, `TR`). Anything else is `None`.
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "tr" => Some(Locale::Tr),
            "en" => Some(Locale::En),
            "fa" => Some(Locale::Fa),
            _ => None,
        }
    }
}

/// A whole number below 1,000 written with the locale's digits, as `Intl`
/// writes it (Persian digits in `fa`), without a call into the browser:
/// for counts on hot paths such as "3/4 answered". Larger numbers are written
/// the same way but without grouping, so use `Intl` for those.
pub fn small_number(locale: Locale, n: usize) -> String {
    let ascii = n.to_string();
    match locale {
        Locale::Fa => ascii
            .chars()
            .map(|c| c.to_digit(10).and_then(|d| char::from_u32(0x06F0 + d)).unwrap_or(c))
            .collect(),
        Locale::Tr | Locale::En => ascii,
    }
}

/// Replaces `{name}` placeholders in a translated template. Unknown
/// placeholders are left as they are, so a mistake shows instead of vanishing.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Declares a message table: an enum of keys and, for each key, its text in
/// every locale. Leaving out a locale for a key does not compile.
///
/// ```
/// kilit_core::messages! {
///     /// Keys of a tiny example table.
///     pub enum Demo {
///         Hello { en: "Hello", tr: "Merhaba", fa: "سلام" },
///     }
/// }
/// assert_eq!(Demo::Hello.text(kilit_core::i18n::Locale::Tr), "Merhaba");
/// ```
#[macro_export]
macro_rules! messages {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$kmeta:meta])* $key:ident { en: $en:expr, tr: $tr:expr, fa: $fa:expr $(,)? } ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $( $(#[$kmeta])* $key ),* }

        impl $name {
            /// Every key of the table, in declaration order.
            pub const ALL: &'static [$name] = &[ $( $name::$key ),* ];

            /// The key's text in `locale`.
            pub fn text(self, locale: $crate::i18n::Locale) -> &'static str {
                match locale {
                    $crate::i18n::Locale::En => match self { $( $name::$key => $en ),* },
                    $crate::i18n::Locale::Tr => match self { $( $name::$key => $tr ),* },
                    $crate::i18n::Locale::Fa => match self { $( $name::$key => $fa ),* },
                }
            }

            /// The key's identifier, for tests and diagnostics.
            pub fn name(self) -> &'static str {
                match self { $( $name::$key => stringify!($key) ),* }
            }
        }
    };
}
