//! Numbers as people type them in Turkish, English and Persian, and back.
//!
//! [`parse_number`] is the one parser for every numeric field and for the
//! sales-ledger importer. It accepts ASCII, Persian (۰–۹) and Arabic-Indic
//! (٠–٩) digits; `.` `,` `٫` `٬` `'` and spaces as separators; a sign, a
//! unicode minus, a trailing minus or parentheses for negatives; and one
//! currency mark or code before or after the number (₺ TL TRY $ USD € EUR
//! ریال تومان ﷼ IRR IRT). [`parse_percent`] also accepts `%` or `٪`.
//!
//! Which of `.` and `,` is the decimal mark:
//! - `٫` is always the decimal mark, `٬`, spaces and apostrophes always group
//!   thousands;
//! - when both `.` and `,` occur, the one that occurs last is the decimal
//!   mark (it must occur once) and the other groups thousands;
//! - a mark that occurs more than once groups thousands (`1.234.567`);
//! - a single mark is the decimal mark unless it could group thousands: one
//!   to three digits (not a lone `0`) before it, exactly three after it, and no
//!   other grouping character in the number. Such a number (`1.234`, `1,234`)
//!   is ambiguous and the locale hint decides: Turkish reads `,` as decimal
//!   and `.` as thousands; English and Persian read `.` as decimal and `,` as
//!   thousands; without a hint both are thousands separators;
//! - `/`, which Persian writers often use as a decimal mark (`۲/۵`), is read
//!   as one when the hint is Persian or the number uses Persian or
//!   Arabic-Indic digits.
//!
//! Thousands groups are checked: the first has one to three digits, every
//! other exactly three, and none may follow the decimal mark.
//!
//! Error positions are 0-based character indices into the text as given;
//! messages show them 1-based.

use crate::i18n::{fill, Locale};

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but white space.
    Empty,
    /// Signs, separators or currency marks but not a single digit.
    NoDigits,
    /// A character that has no place in a number.
    InvalidCharacter { pos: usize, ch: char },
    /// A second decimal mark.
    MultipleDecimalSeparators { pos: usize },
    /// A separator where neither a thousands separator nor a decimal mark fits
    /// (`1.23.456`, `12,`, `1.234,567.8`).
    MisplacedSeparator { pos: usize },
    /// A second sign (`-(5)`, `--5`, `+5-`).
    MultipleSigns { pos: usize },
    /// An opening parenthesis without a closing one or the other way round.
    UnbalancedParenthesis { pos: usize },
    /// A second currency mark.
    MultipleCurrencies { pos: usize },
    /// A percent sign in a field that takes a plain number.
    PercentNotAllowed { pos: usize },
    /// More than 40 digits.
    TooLong,
}

/// Parses a number typed in any of the supported forms (see the module
/// documentation). `hint` is the interface locale, used only for the
/// ambiguous `1.234` / `1,234`.
pub fn parse_number(text: &str, hint: Option<Locale>) -> Result<f64, NumberError> {
    parse(text, hint, false)
}

/// Like [`parse_number`], and also accepts one `%` or `٪` before or after the
/// number. Returns the number as written: `12,5 %` is `12.5`.
pub fn parse_percent(text: &str, hint: Option<Locale>) -> Result<f64, NumberError> {
    parse(text, hint, true)
}

/// The value of an ASCII, Persian or Arabic-Indic digit.
pub fn ascii_digit(ch: char) -> Option<u32> {
    match ch {
        '0'..='9' => Some(ch as u32 - '0' as u32),
        '\u{06F0}'..='\u{06F9}' => Some(ch as u32 - 0x06F0),
        '\u{0660}'..='\u{0669}' => Some(ch as u32 - 0x0660),
        _ => None,
    }
}

const MAX_DIGITS: usize = 40;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Digit(u8),
    Dot,
    Comma,
    ArabicDecimal,
    Group,
    Slash,
    Plus,
    Minus,
    Open,
    Close,
    Percent,
    Currency,
    Other(char),
}

/// Currency marks and codes, longest first where one is a prefix of another.
const CURRENCIES: &[&str] = &[
    "₺",
    "TRY",
    "TL",
    "USD",
    "US$",
    "$",
    "EUR",
    "€",
    "IRR",
    "IRT",
    "﷼",
    "ریال",
    "ريال",
    "تومان",
];

fn is_invisible(ch: char) -> bool {
    matches!(
        ch,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}'
            | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

fn is_space(ch: char) -> bool {
    matches!(
        ch,
        ' ' | '\t' | '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}'
    )
}

/// Matches a currency mark at the start of `rest`, returning its length in
/// bytes and in characters. Latin codes match in any letter case but not
/// inside a longer word.
fn currency_at(rest: &str) -> Option<(usize, usize)> {
    // Fast path: no mark starts with a digit (ASCII, or Persian and
    // Arabic-Indic, whose UTF-8 lead bytes are 0xDB and 0xD9) or with a
    // separator, sign, bracket or space, which is nearly every character of
    // a number; the list below is only tried for the rest.
    match rest.as_bytes().first() {
        None => return None,
        Some(b) if b.is_ascii_digit() || matches!(b, b'.' | b',' | b' ' | b'-' | b'+' | b'(' | b')' | b'%' | b'/' | b'\'' | 0xD9 | 0xDB) => {
            return None
        }
        _ => {}
    }
    for cur in CURRENCIES {
        let n = cur.len();
        if rest.len() >= n && rest.is_char_boundary(n) && rest[..n].eq_ignore_ascii_case(cur) {
            let next = rest[n..].chars().next();
            if cur.is_ascii() && cur.chars().all(|c| c.is_ascii_alphabetic()) {
                if next.is_some_and(|c| c.is_alphabetic()) {
                    continue;
                }
            } else if !cur.is_ascii()
                && cur.chars().all(char::is_alphabetic)
                && next.is_some_and(|c| c.is_alphabetic())
            {
                continue;
            }
            return Some((n, cur.chars().count()));
        }
    }
    None
}

struct Scan {
    toks: [(Tok, u16); 64],
    len: usize,
    /// Whether any digit was Persian or Arabic-Indic.
    eastern: bool,
}

/// Splits `text` into tokens; `offset` is the character position of its
/// first character in the text the user typed.
fn scan(text: &str, offset: usize) -> Result<Scan, NumberError> {
    let mut s = Scan {
        toks: [(Tok::Other(' '), 0); 64],
        len: 0,
        eastern: false,
    };
    let mut pos = offset;
    let mut rest = text;
    let mut last_space = false;
    while let Some(ch) = rest.chars().next() {
        if let Some((bytes, chars)) = currency_at(rest) {
            push(&mut s, Tok::Currency, pos)?;
            pos += chars;
            rest = &rest[bytes..];
            last_space = false;
            continue;
        }
        rest = &rest[ch.len_utf8()..];
        let this = pos;
        pos += 1;
        if is_invisible(ch) {
            continue;
        }
        let tok = match ch {
            _ if is_space(ch) => {
                // Runs of spaces count as one grouping character.
                if last_space {
                    continue;
                }
                last_space = true;
                push(&mut s, Tok::Group, this)?;
                continue;
            }
            '.' => Tok::Dot,
            ',' | '،' => Tok::Comma,
            '٫' => Tok::ArabicDecimal,
            '٬' | '\'' | '’' => Tok::Group,
            '/' => Tok::Slash,
            '+' => Tok::Plus,
            '-' | '−' | '–' | '‐' | '‒' => Tok::Minus,
            '(' => Tok::Open,
            ')' => Tok::Close,
            '%' | '٪' => Tok::Percent,
            _ => match ascii_digit(ch) {
                Some(d) => {
                    s.eastern |= !ch.is_ascii_digit();
                    Tok::Digit(d as u8)
                }
                None => Tok::Other(ch),
            },
        };
        last_space = false;
        push(&mut s, tok, this)?;
    }
    Ok(s)
}

fn push(s: &mut Scan, tok: Tok, pos: usize) -> Result<(), NumberError> {
    if s.len == s.toks.len() {
        return Err(NumberError::TooLong);
    }
    s.toks[s.len] = (tok, pos.min(u16::MAX as usize) as u16);
    s.len += 1;
    Ok(())
}

fn parse(text: &str, hint: Option<Locale>, allow_percent: bool) -> Result<f64, NumberError> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c))
            .len();
    let scan = scan(trimmed, text[..lead].chars().count())?;
    let toks = &scan.toks[..scan.len];

    let is_core = |t: Tok| {
        matches!(
            t,
            Tok::Digit(_) | Tok::Dot | Tok::Comma | Tok::ArabicDecimal | Tok::Slash
        )
    };
    let first = toks.iter().position(|(t, _)| is_core(*t));
    let last = toks.iter().rposition(|(t, _)| matches!(t, Tok::Digit(_)));
    let (Some(first), Some(last)) = (first, last) else {
        // No digit at all: report a stray character first, if there is one.
        for &(t, p) in toks {
            if let Tok::Other(ch) = t {
                return Err(NumberError::InvalidCharacter {
                    pos: p as usize,
                    ch,
                });
            }
        }
        return Err(NumberError::NoDigits);
    };
    // A separator after the last digit ("12," or "5.") is misplaced.
    if let Some(&(t, p)) = toks[last + 1..].first() {
        if matches!(t, Tok::Dot | Tok::Comma | Tok::ArabicDecimal | Tok::Slash) {
            return Err(NumberError::MisplacedSeparator { pos: p as usize });
        }
    }
    let last_core = last;
    let first = first.min(last_core);

    // Affixes: sign, parentheses, currency, percent.
    let mut negative = false;
    let mut sign_seen = false;
    let mut open: Option<u16> = None;
    let mut close_seen = false;
    let mut currency_seen = false;
    let mut percent_seen = false;
    let mut affix = |t: Tok, p: u16, before: bool| -> Result<(), NumberError> {
        let pos = p as usize;
        match t {
            Tok::Group => {}
            Tok::Plus | Tok::Minus => {
                if sign_seen || open.is_some() && t == Tok::Minus {
                    return Err(NumberError::MultipleSigns { pos });
                }
                if !before && t == Tok::Plus {
                    return Err(NumberError::InvalidCharacter { pos, ch: '+' });
                }
                sign_seen = true;
                negative = t == Tok::Minus;
            }
            Tok::Open if before => {
                if open.is_some() {
                    return Err(NumberError::UnbalancedParenthesis { pos });
                }
                if negative {
                    return Err(NumberError::MultipleSigns { pos });
                }
                open = Some(p);
            }
            Tok::Close if !before => {
                if open.is_none() || close_seen {
                    return Err(NumberError::UnbalancedParenthesis { pos });
                }
                close_seen = true;
            }
            Tok::Open | Tok::Close => return Err(NumberError::UnbalancedParenthesis { pos }),
            Tok::Currency => {
                if currency_seen {
                    return Err(NumberError::MultipleCurrencies { pos });
                }
                currency_seen = true;
            }
            Tok::Percent => {
                if !allow_percent {
                    return Err(NumberError::PercentNotAllowed { pos });
                }
                if percent_seen {
                    return Err(NumberError::InvalidCharacter { pos, ch: '%' });
                }
                percent_seen = true;
            }
            Tok::Digit(_) | Tok::Dot | Tok::Comma | Tok::ArabicDecimal | Tok::Slash => {
                return Err(NumberError::MisplacedSeparator { pos });
            }
            Tok::Other(ch) => return Err(NumberError::InvalidCharacter { pos, ch }),
        }
        Ok(())
    };
    for &(t, p) in &toks[..first] {
        affix(t, p, true)?;
    }
    // A trailing minus ("1.234,50-") is read as a sign, as ledgers print it.
    for &(t, p) in &toks[last_core + 1..] {
        affix(t, p, false)?;
    }
    if let Some(p) = open {
        if !close_seen {
            return Err(NumberError::UnbalancedParenthesis { pos: p as usize });
        }
        negative = true;
    }
    let core = &toks[first..=last_core];
    let value = read_core(core, hint, scan.eastern)?;
    Ok(if negative && value != 0.0 {
        -value
    } else {
        value
    })
}

fn read_core(core: &[(Tok, u16)], hint: Option<Locale>, eastern: bool) -> Result<f64, NumberError> {
    let mut dots = 0;
    let mut commas = 0;
    let mut arabic = 0;
    let mut slashes = 0;
    let mut groups = 0;
    let mut last_dot = None;
    let mut last_comma = None;
    for (i, &(t, p)) in core.iter().enumerate() {
        match t {
            Tok::Dot => {
                dots += 1;
                last_dot = Some(i);
            }
            Tok::Comma => {
                commas += 1;
                last_comma = Some(i);
            }
            Tok::ArabicDecimal => {
                arabic += 1;
                if arabic > 1 {
                    return Err(NumberError::MultipleDecimalSeparators { pos: p as usize });
                }
            }
            Tok::Slash => slashes += 1,
            Tok::Group => groups += 1,
            Tok::Digit(_) => {}
            Tok::Other(ch) => {
                return Err(NumberError::InvalidCharacter {
                    pos: p as usize,
                    ch,
                })
            }
            _ => return Err(invalid_at(core, i)),
        }
    }
    // Which index (if any) is the decimal mark.
    let mut decimal: Option<usize> = None;
    let mut dot_groups = false;
    let mut comma_groups = false;
    if arabic == 1 {
        decimal = core.iter().position(|(t, _)| *t == Tok::ArabicDecimal);
        dot_groups = true;
        comma_groups = true;
    }
    if slashes > 0 {
        let slash_ok = decimal.is_none() && slashes == 1 && (hint == Some(Locale::Fa) || eastern);
        let i = core.iter().position(|(t, _)| *t == Tok::Slash).unwrap_or(0);
        if !slash_ok {
            let (_, p) = core[i];
            return Err(NumberError::InvalidCharacter {
                pos: p as usize,
                ch: '/',
            });
        }
        decimal = Some(i);
        dot_groups = true;
        comma_groups = true;
    }
    if decimal.is_none() {
        match (dots, commas) {
            (0, 0) => {}
            (_, _) if dots > 0 && commas > 0 => {
                let (d, c) = (last_dot.unwrap_or(0), last_comma.unwrap_or(0));
                let (dec, count) = if d > c { (d, dots) } else { (c, commas) };
                if count > 1 {
                    return Err(NumberError::MultipleDecimalSeparators {
                        pos: core[dec].1 as usize,
                    });
                }
                decimal = Some(dec);
                if d > c {
                    comma_groups = true;
                } else {
                    dot_groups = true;
                }
            }
            (d, 0) if d > 1 => dot_groups = true,
            (0, c) if c > 1 => comma_groups = true,
            _ => {
                let (i, is_dot) = match last_dot {
                    Some(i) => (i, true),
                    None => (last_comma.unwrap_or(0), false),
                };
                let before = count_digits_back(core, i);
                let after = count_digits_fwd(core, i);
                let lead_zero = matches!(core[0].0, Tok::Digit(0));
                let could_group = groups == 0
                    && after == 3
                    && (1..=3).contains(&before)
                    && before == i
                    && !lead_zero;
                let groups_here = could_group
                    && match hint {
                        Some(Locale::Tr) => is_dot,
                        Some(Locale::En) | Some(Locale::Fa) => !is_dot,
                        None => true,
                    };
                if groups_here {
                    dot_groups = is_dot;
                    comma_groups = !is_dot;
                } else {
                    decimal = Some(i);
                }
            }
        }
    }

    // Walk the core: build the digits and check the thousands groups.
    let mut buf = [0u8; MAX_DIGITS + 2];
    let mut n = 0;
    let mut group_len: Option<usize> = None; // digits since the last grouping mark
    let mut first_group = 0usize;
    let mut seen_group = false;
    let mut in_fraction = false;
    for (i, &(t, p)) in core.iter().enumerate() {
        let pos = p as usize;
        match t {
            Tok::Digit(d) => {
                if n >= MAX_DIGITS {
                    return Err(NumberError::TooLong);
                }
                buf[n] = b'0' + d;
                n += 1;
                if !in_fraction {
                    match group_len.as_mut() {
                        Some(g) => *g += 1,
                        None => first_group += 1,
                    }
                }
            }
            _ if Some(i) == decimal => {
                if let Some(g) = group_len {
                    if g != 3 {
                        return Err(NumberError::MisplacedSeparator { pos });
                    }
                }
                buf[n] = b'.';
                n += 1;
                in_fraction = true;
            }
            Tok::Group | Tok::Dot | Tok::Comma => {
                let allowed = match t {
                    Tok::Dot => dot_groups,
                    Tok::Comma => comma_groups,
                    _ => true,
                };
                if !allowed {
                    return Err(NumberError::MultipleDecimalSeparators { pos });
                }
                if in_fraction {
                    return Err(NumberError::MisplacedSeparator { pos });
                }
                let ok = if seen_group {
                    group_len == Some(3)
                } else {
                    (1..=3).contains(&first_group)
                };
                if !ok {
                    return Err(NumberError::MisplacedSeparator { pos });
                }
                seen_group = true;
                group_len = Some(0);
            }
            _ => return Err(invalid_at(core, i)),
        }
    }
    if let Some(g) = group_len {
        if g != 3 && !in_fraction {
            let pos = core
                .iter()
                .rev()
                .find(|(t, _)| !matches!(t, Tok::Digit(_)))
                .map_or(0, |x| x.1);
            return Err(NumberError::MisplacedSeparator { pos: pos as usize });
        }
    }
    let s = std::str::from_utf8(&buf[..n]).unwrap_or("");
    s.parse::<f64>().map_err(|_| NumberError::NoDigits)
}

fn invalid_at(core: &[(Tok, u16)], i: usize) -> NumberError {
    let (t, p) = core[i];
    let ch = match t {
        Tok::Other(c) => c,
        Tok::Plus => '+',
        Tok::Minus => '-',
        Tok::Open => '(',
        Tok::Close => ')',
        Tok::Percent => '%',
        _ => '?',
    };
    if t == Tok::Currency {
        return NumberError::MultipleCurrencies { pos: p as usize };
    }
    NumberError::InvalidCharacter {
        pos: p as usize,
        ch,
    }
}

fn count_digits_back(core: &[(Tok, u16)], i: usize) -> usize {
    core[..i]
        .iter()
        .rev()
        .take_while(|(t, _)| matches!(t, Tok::Digit(_)))
        .count()
}

fn count_digits_fwd(core: &[(Tok, u16)], i: usize) -> usize {
    core[i + 1..]
        .iter()
        .take_while(|(t, _)| matches!(t, Tok::Digit(_)))
        .count()
}

// ---------------------------------------------------------------------------
// Formatting

/// Formats an integer with the locale's thousands separator and digits:
/// `1.234.567` (tr), `1,234,567` (en), `۱٬۲۳۴٬۵۶۷` (fa).
pub fn format_integer(value: i64, locale: Locale) -> String {
    format_decimal(value as f64, 0, locale)
}

/// Formats `value` rounded to `decimals` places with the locale's separators
/// and digits: `1.234,5` (tr), `1,234.5` (en), `۱٬۲۳۴٫۵` (fa). Not-a-number
/// and infinities are written as `–`.
pub fn format_decimal(value: f64, decimals: usize, locale: Locale) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let decimals = decimals.min(12);
    // `format!` rounds half to even; people expect half away from zero.
    let factor = 10f64.powi(decimals as i32);
    let rounded = (value.abs() * factor).round() / factor;
    let plain = format!("{:.*}", decimals, rounded);
    let (int, frac) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain.as_str(), None),
    };
    let (group, point) = match locale {
        Locale::Tr => ('.', ','),
        Locale::En => (',', '.'),
        Locale::Fa => ('٬', '٫'),
    };
    let is_zero = plain.bytes().all(|b| b == b'0' || b == b'.');
    let mut out = String::with_capacity(plain.len() + 8);
    if value < 0.0 && !is_zero {
        out.push_str(if locale == Locale::Fa {
            "\u{200E}−"
        } else {
            "-"
        });
    }
    let len = int.len();
    for (i, b) in int.bytes().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit_char(b, locale));
    }
    if let Some(f) = frac {
        out.push(point);
        for b in f.bytes() {
            out.push(digit_char(b, locale));
        }
    }
    out
}

/// Formats a percentage the way each language writes it: `%12,5` (tr),
/// `12.5%` (en), `۱۲٫۵٪` (fa).
pub fn format_percent(value: f64, decimals: usize, locale: Locale) -> String {
    let n = format_decimal(value, decimals, locale);
    match locale {
        Locale::Tr => format!("%{n}"),
        Locale::En => format!("{n}%"),
        Locale::Fa => format!("{n}٪"),
    }
}

fn digit_char(b: u8, locale: Locale) -> char {
    if locale == Locale::Fa && b.is_ascii_digit() {
        char::from_u32(0x06F0 + (b - b'0') as u32).unwrap_or(b as char)
    } else {
        b as char
    }
}

// ---------------------------------------------------------------------------
// Messages

crate::messages! {
    /// Messages for [`NumberError`].
    pub enum NumberMsg {
        Empty {
            en: "Enter a number.",
            tr: "Bir sayı girin.",
            fa: "یک عدد وارد کنید.",
        },
        NoDigits {
            en: "There is no digit in this number.",
            tr: "Bu sayıda hiç rakam yok.",
            fa: "این عدد هیچ رقمی ندارد.",
        },
        InvalidCharacter {
            en: "“{ch}” (character {pos}) does not belong in a number.",
            tr: "“{ch}” ({pos}. karakter) bir sayıda bulunamaz.",
            fa: "«{ch}» (نویسهٔ {pos}) در یک عدد جایی ندارد.",
        },
        MultipleDecimalSeparators {
            en: "A number can have only one decimal mark (character {pos}).",
            tr: "Bir sayıda yalnızca bir ondalık ayırıcı olabilir ({pos}. karakter).",
            fa: "هر عدد فقط یک ممیز می‌تواند داشته باشد (نویسهٔ {pos}).",
        },
        MisplacedSeparator {
            en: "The separator at character {pos} is misplaced: thousands come in groups of three digits, and a decimal mark needs digits after it.",
            tr: "{pos}. karakterdeki ayırıcı yanlış yerde: binlikler üçer basamaklı gruplar hâlinde yazılır, ondalık ayırıcıdan sonra da rakam gelmelidir.",
            fa: "جداکنندهٔ نویسهٔ {pos} جای درستی ندارد: هزارگان‌ها سه‌رقمی جدا می‌شوند و پس از ممیز باید رقم بیاید.",
        },
        MultipleSigns {
            en: "The number has more than one sign (character {pos}).",
            tr: "Sayıda birden fazla işaret var ({pos}. karakter).",
            fa: "این عدد بیش از یک علامت مثبت یا منفی دارد (نویسهٔ {pos}).",
        },
        UnbalancedParenthesis {
            en: "A parenthesis is not closed or not opened (character {pos}); write a negative amount as (1.234) or -1.234.",
            tr: "Bir parantez açılmamış ya da kapanmamış ({pos}. karakter); negatif tutarı (1.234) ya da -1.234 olarak yazın.",
            fa: "یک پرانتز باز یا بسته نشده است (نویسهٔ {pos})؛ مبلغ منفی را به شکل (1,234) یا 1,234- بنویسید.",
        },
        MultipleCurrencies {
            en: "Only one currency mark is allowed (character {pos}).",
            tr: "Yalnızca bir para birimi işareti kullanılabilir ({pos}. karakter).",
            fa: "فقط یک نشانهٔ واحد پول مجاز است (نویسهٔ {pos}).",
        },
        PercentNotAllowed {
            en: "This field takes a plain number, without a percent sign (character {pos}).",
            tr: "Bu alana yüzde işareti olmadan düz bir sayı girin ({pos}. karakter).",
            fa: "این فیلد یک عدد ساده می‌گیرد، بدون علامت درصد (نویسهٔ {pos}).",
        },
        TooLong {
            en: "This number is too long.",
            tr: "Bu sayı çok uzun.",
            fa: "این عدد بیش از حد طولانی است.",
        },
    }
}

impl NumberError {
    /// The message key of this error.
    pub fn key(self) -> NumberMsg {
        match self {
            NumberError::Empty => NumberMsg::Empty,
            NumberError::NoDigits => NumberMsg::NoDigits,
            NumberError::InvalidCharacter { .. } => NumberMsg::InvalidCharacter,
            NumberError::MultipleDecimalSeparators { .. } => NumberMsg::MultipleDecimalSeparators,
            NumberError::MisplacedSeparator { .. } => NumberMsg::MisplacedSeparator,
            NumberError::MultipleSigns { .. } => NumberMsg::MultipleSigns,
            NumberError::UnbalancedParenthesis { .. } => NumberMsg::UnbalancedParenthesis,
            NumberError::MultipleCurrencies { .. } => NumberMsg::MultipleCurrencies,
            NumberError::PercentNotAllowed { .. } => NumberMsg::PercentNotAllowed,
            NumberError::TooLong => NumberMsg::TooLong,
        }
    }

    /// The 0-based character position the error points at, if any.
    pub fn pos(self) -> Option<usize> {
        match self {
            NumberError::Empty | NumberError::NoDigits | NumberError::TooLong => None,
            NumberError::InvalidCharacter { pos, .. }
            | NumberError::MultipleDecimalSeparators { pos }
            | NumberError::MisplacedSeparator { pos }
            | NumberError::MultipleSigns { pos }
            | NumberError::UnbalancedParenthesis { pos }
            | NumberError::MultipleCurrencies { pos }
            | NumberError::PercentNotAllowed { pos } => Some(pos),
        }
    }

    /// The error explained in `locale`; positions are shown 1-based.
    pub fn message(self, locale: Locale) -> String {
        let pos = self
            .pos()
            .map(|p| format_integer(p as i64 + 1, locale))
            .unwrap_or_default();
        let ch = match self {
            NumberError::InvalidCharacter { ch, .. } => ch.to_string(),
            _ => String::new(),
        };
        fill(self.key().text(locale), &[("pos", &pos), ("ch", &ch)])
    }
}
