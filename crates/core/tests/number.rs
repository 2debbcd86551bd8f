//! The number parser on every locale form, one line per case.

use kilit_core::i18n::Locale;
use kilit_core::number::{
    format_decimal, format_percent, parse_number, parse_percent, NumberError, NumberMsg,
};

use Locale::{En, Fa, Tr};
use NumberError::*;

/// `(text, locale hint, expected)`.
const NUMBERS: &[(&str, Option<Locale>, Result<f64, NumberError>)] = &[
    // Plain forms.
    ("0", None, Ok(0.0)),
    ("42", None, Ok(42.0)),
    ("  42\u{00A0}", None, Ok(42.0)),
    ("+42", None, Ok(42.0)),
    ("-42", None, Ok(-42.0)),
    ("−42", None, Ok(-42.0)),
    ("-0", None, Ok(0.0)),
    (".5", None, Ok(0.5)),
    (",5", None, Ok(0.5)),
    // Both marks: the last one is the decimal mark.
    ("1.234,5", None, Ok(1234.5)),
    ("1,234.5", None, Ok(1234.5)),
    ("1.234.567,89", None, Ok(1234567.89)),
    ("1,234,567.89", None, Ok(1234567.89)),
    ("1.234,5", Some(En), Ok(1234.5)),
    ("1,234.5", Some(Tr), Ok(1234.5)),
    // A single mark that cannot group thousands is the decimal mark.
    ("1,5", None, Ok(1.5)),
    ("1.5", None, Ok(1.5)),
    ("1,5", Some(En), Ok(1.5)),
    ("1.5", Some(Tr), Ok(1.5)),
    ("12,25", None, Ok(12.25)),
    ("1234,567", None, Ok(1234.567)),
    ("0,123", None, Ok(0.123)),
    ("0.123", Some(Tr), Ok(0.123)),
    ("1,2345", None, Ok(1.2345)),
    // Ambiguous `1.234` / `1,234`: the hint decides, no hint means thousands.
    ("1.234", None, Ok(1234.0)),
    ("1,234", None, Ok(1234.0)),
    ("1.234", Some(Tr), Ok(1234.0)),
    ("1,234", Some(Tr), Ok(1.234)),
    ("1.234", Some(En), Ok(1.234)),
    ("1,234", Some(En), Ok(1234.0)),
    ("1.234", Some(Fa), Ok(1.234)),
    ("1,234", Some(Fa), Ok(1234.0)),
    ("123.456", None, Ok(123456.0)),
    // A mark that occurs twice groups thousands.
    ("1.234.567", None, Ok(1234567.0)),
    ("1,234,567", Some(En), Ok(1234567.0)),
    ("1.234.567", Some(En), Ok(1234567.0)),
    // Spaces, no-break spaces and apostrophes group thousands.
    ("1 234 567", None, Ok(1234567.0)),
    ("1\u{00A0}234,5", None, Ok(1234.5)),
    ("1\u{202F}234.5", None, Ok(1234.5)),
    ("1'234'567.5", None, Ok(1234567.5)),
    ("1 234,567", None, Ok(1234.567)),
    // Persian and Arabic-Indic digits with ٫ and ٬.
    ("۱۲۳", None, Ok(123.0)),
    ("۱٬۲۳۴٫۵", None, Ok(1234.5)),
    ("١٬٢٣٤٫٥", None, Ok(1234.5)),
    ("۱۲٫۵", Some(Fa), Ok(12.5)),
    ("۱,۲۳۴.۵", None, Ok(1234.5)),
    ("۲/۵", None, Ok(2.5)),
    ("2/5", Some(Fa), Ok(2.5)),
    ("۱۲۳۴", Some(Tr), Ok(1234.0)),
    ("\u{200F}۱۲۳\u{200E}", None, Ok(123.0)),
    // Currency marks and codes, before or after, with or without a space.
    ("₺1.234,50", None, Ok(1234.5)),
    ("1.234,50 ₺", None, Ok(1234.5)),
    ("1.234,50 TL", None, Ok(1234.5)),
    ("1.234,50TL", None, Ok(1234.5)),
    ("TRY 1.234,50", None, Ok(1234.5)),
    ("$1,234.50", None, Ok(1234.5)),
    ("USD 1,234.50", None, Ok(1234.5)),
    ("€ 1.234,50", None, Ok(1234.5)),
    ("1.234,50 EUR", None, Ok(1234.5)),
    ("1.234,50 eur", None, Ok(1234.5)),
    ("۱٬۲۳۴ ریال", None, Ok(1234.0)),
    ("۱۲۰ تومان", None, Ok(120.0)),
    ("﷼ ۱۲۰", None, Ok(120.0)),
    ("120 IRR", None, Ok(120.0)),
    // Negative amounts: sign, parentheses, trailing minus.
    ("(1.234,50)", None, Ok(-1234.5)),
    ("(1,234.50)", None, Ok(-1234.5)),
    ("₺(1.234,50)", None, Ok(-1234.5)),
    ("(1.234,50 ₺)", None, Ok(-1234.5)),
    ("-₺1.234,50", None, Ok(-1234.5)),
    ("₺ -1.234,50", None, Ok(-1234.5)),
    ("1.234,50-", None, Ok(-1234.5)),
    ("(۱٬۲۳۴)", None, Ok(-1234.0)),
    // Errors, with 0-based character positions.
    ("", None, Err(Empty)),
    ("   ", None, Err(Empty)),
    ("₺", None, Err(NoDigits)),
    ("-", None, Err(NoDigits)),
    ("abc", None, Err(InvalidCharacter { pos: 0, ch: 'a' })),
    ("12a", None, Err(InvalidCharacter { pos: 2, ch: 'a' })),
    ("1x2", None, Err(InvalidCharacter { pos: 1, ch: 'x' })),
    ("1e5", None, Err(InvalidCharacter { pos: 1, ch: 'e' })),
    ("TLX 5", None, Err(InvalidCharacter { pos: 0, ch: 'T' })),
    ("1.234.5", None, Err(MisplacedSeparator { pos: 5 })),
    ("1,23,456", None, Err(MisplacedSeparator { pos: 4 })),
    ("12.34.567", None, Err(MisplacedSeparator { pos: 5 })),
    ("1.2345.678", None, Err(MisplacedSeparator { pos: 6 })),
    ("12,", None, Err(MisplacedSeparator { pos: 2 })),
    ("5.", None, Err(MisplacedSeparator { pos: 1 })),
    ("1,,234", None, Err(MisplacedSeparator { pos: 2 })),
    ("1.234,5.6", None, Err(MultipleDecimalSeparators { pos: 7 })),
    ("1,2.3,4", None, Err(MultipleDecimalSeparators { pos: 5 })),
    ("۱٫۲٫۳", None, Err(MultipleDecimalSeparators { pos: 3 })),
    ("1,5 234", None, Err(MisplacedSeparator { pos: 3 })),
    ("2/5", None, Err(InvalidCharacter { pos: 1, ch: '/' })),
    ("--5", None, Err(MultipleSigns { pos: 1 })),
    ("-(5)", None, Err(MultipleSigns { pos: 1 })),
    ("(-5)", None, Err(MultipleSigns { pos: 1 })),
    ("-5-", None, Err(MultipleSigns { pos: 2 })),
    ("(5", None, Err(UnbalancedParenthesis { pos: 0 })),
    ("5)", None, Err(UnbalancedParenthesis { pos: 1 })),
    ("₺5 TL", None, Err(MultipleCurrencies { pos: 3 })),
    ("5%", None, Err(PercentNotAllowed { pos: 1 })),
    (
        "12345678901234567890123456789012345678901",
        None,
        Err(TooLong),
    ),
];

#[test]
fn parse_number_cases() {
    let mut failures = Vec::new();
    for &(text, hint, expected) in NUMBERS {
        let got = parse_number(text, hint);
        if got != expected {
            failures.push(format!(
                "{text:?} {hint:?}: expected {expected:?}, got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `(text, hint, expected)` for [`parse_percent`].
const PERCENTS: &[(&str, Option<Locale>, Result<f64, NumberError>)] = &[
    ("12,5%", None, Ok(12.5)),
    ("%12,5", Some(Tr), Ok(12.5)),
    ("% 12,5", Some(Tr), Ok(12.5)),
    ("12.5 %", Some(En), Ok(12.5)),
    ("۱۲٫۵٪", None, Ok(12.5)),
    ("-3%", None, Ok(-3.0)),
    ("40", None, Ok(40.0)),
    ("12%%", None, Err(InvalidCharacter { pos: 3, ch: '%' })),
    ("%", None, Err(NoDigits)),
];

#[test]
fn parse_percent_cases() {
    for &(text, hint, expected) in PERCENTS {
        assert_eq!(parse_percent(text, hint), expected, "{text:?} {hint:?}");
    }
}

/// `(value, decimals, locale, expected)`.
const FORMATS: &[(f64, usize, Locale, &str)] = &[
    (1234.5, 1, En, "1,234.5"),
    (1234.5, 1, Tr, "1.234,5"),
    (1234.5, 1, Fa, "۱٬۲۳۴٫۵"),
    (1234567.0, 0, Tr, "1.234.567"),
    (-1234.5, 2, En, "-1,234.50"),
    (-1234.5, 0, Fa, "\u{200E}−۱٬۲۳۵"),
    (-0.001, 1, En, "0.0"),
    (999.0, 0, En, "999"),
    (0.5, 0, En, "1"),
    (2.5, 0, En, "3"),
    (f64::NAN, 1, En, "–"),
];

#[test]
fn format_decimal_cases() {
    for &(value, decimals, locale, expected) in FORMATS {
        assert_eq!(
            format_decimal(value, decimals, locale),
            expected,
            "{value} {locale:?}"
        );
    }
}

#[test]
fn percent_is_written_the_way_each_language_writes_it() {
    assert_eq!(format_percent(12.5, 1, Tr), "%12,5");
    assert_eq!(format_percent(12.5, 1, En), "12.5%");
    assert_eq!(format_percent(12.5, 1, Fa), "۱۲٫۵٪");
}

#[test]
fn whatever_we_format_we_parse_back() {
    for &value in &[0.0, 1.5, 999.0, 1234.5, -98765.25, 1234567.75] {
        for locale in Locale::ALL {
            let text = format_decimal(value, 2, locale);
            assert_eq!(parse_number(&text, Some(locale)), Ok(value), "{text}");
        }
    }
}

#[test]
fn every_error_has_a_message_in_every_locale_with_its_position() {
    for locale in Locale::ALL {
        for key in NumberMsg::ALL {
            assert!(
                !key.text(locale).trim().is_empty(),
                "{} {locale:?}",
                key.name()
            );
        }
    }
    let err = parse_number("12a", None).unwrap_err();
    assert!(
        err.message(Locale::En).contains("character 3"),
        "{}",
        err.message(Locale::En)
    );
    assert!(err.message(Locale::Tr).contains("3. karakter"));
    assert!(err.message(Locale::Fa).contains("نویسهٔ ۳"));
}
