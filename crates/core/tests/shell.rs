//! The app shell's pure parts: message tables, configuration and routes.

use kilit_core::config::{parse_query, resolve_locale, with_query_param, Module};
use kilit_core::i18n::{fill, small_number, Dir, Locale, Msg};
use kilit_core::route::{AssessmentPage, Route};

#[test]
fn every_message_is_written_in_every_locale() {
    let mut missing = Vec::new();
    for &key in Msg::ALL {
        for locale in Locale::ALL {
            if key.text(locale).trim().is_empty() {
                missing.push(format!("{}:{}", key.name(), locale.code()));
            }
        }
    }
    assert!(missing.is_empty(), "blank translations: {missing:?}");
}

#[test]
fn persian_messages_use_persian_letters_and_translations_differ_from_english() {
    for &key in Msg::ALL {
        let fa = key.text(Locale::Fa);
        assert!(!fa.contains('\u{064A}') && !fa.contains('\u{0643}'), "{}: Arabic ي/ك in Persian", key.name());
        // Brand names may stay the same; sentences must be translated.
        if key.text(Locale::En).contains(' ') {
            assert_ne!(fa, key.text(Locale::En), "{} is not translated to Persian", key.name());
            assert_ne!(key.text(Locale::Tr), key.text(Locale::En), "{} is not translated to Turkish", key.name());
        }
    }
}

#[test]
fn locale_tags() {
    let cases: &[(&str, Option<Locale>)] = &[
        ("tr", Some(Locale::Tr)),
        ("TR", Some(Locale::Tr)),
        ("tr-TR", Some(Locale::Tr)),
        ("fa_IR", Some(Locale::Fa)),
        ("fa", Some(Locale::Fa)),
        ("en-US", Some(Locale::En)),
        (" en ", Some(Locale::En)),
        ("de-DE", None),
        ("", None),
        ("farsi", None),
    ];
    for (tag, expected) in cases {
        assert_eq!(Locale::parse(tag), *expected, "tag {tag:?}");
    }
    assert_eq!(Locale::Fa.dir(), Dir::Rtl);
    assert_eq!(Locale::Tr.dir().as_str(), "ltr");
    assert_eq!(Locale::En.dir().as_str(), "ltr");
}

#[test]
fn query_strings() {
    let cases: &[(&str, Option<Locale>, Option<Module>)] = &[
        ("", None, None),
        ("?", None, None),
        ("?lang=fa", Some(Locale::Fa), None),
        ("lang=tr&module=accounts", Some(Locale::Tr), Some(Module::Accounts)),
        ("?module=assessment&lang=en", Some(Locale::En), Some(Module::Assessment)),
        ("?lang=xx", None, None),
        ("?lang=fa&lang=tr", Some(Locale::Fa), None),
        ("?LANG=fa", None, None),
        ("?lang=%66%61", Some(Locale::Fa), None),
        ("?lang=fa%", None, None),
        ("?module=Accounts&x=%ZZ&&=", None, Some(Module::Accounts)),
    ];
    for (query, lang, module) in cases {
        let config = parse_query(query);
        assert_eq!(config.lang, *lang, "lang of {query:?}");
        assert_eq!(config.module, *module, "module of {query:?}");
    }
}

#[test]
fn locale_precedence_is_query_then_saved_then_browser_then_english() {
    let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    // (?lang, saved choice, browser languages, expected)
    type Case<'a> = (Option<Locale>, Option<&'a str>, Vec<String>, Locale);
    let cases: &[Case] = &[
        (Some(Locale::Fa), Some("tr"), browser(&["en-US"]), Locale::Fa),
        (None, Some("tr"), browser(&["fa-IR"]), Locale::Tr),
        (None, Some("garbage"), browser(&["fa-IR"]), Locale::Fa),
        (None, None, browser(&["de-DE", "tr-TR", "en"]), Locale::Tr),
        (None, None, browser(&["de-DE", "ja"]), Locale::En),
        (None, None, browser(&[]), Locale::En),
    ];
    for (query, saved, langs, expected) in cases {
        assert_eq!(resolve_locale(*query, *saved, langs), *expected, "{query:?} {saved:?} {langs:?}");
    }
}

#[test]
fn setting_a_query_parameter_keeps_the_others() {
    let cases: &[(&str, &str)] = &[
        ("", "?lang=fa"),
        ("?", "?lang=fa"),
        ("?lang=tr", "?lang=fa"),
        ("?module=accounts", "?module=accounts&lang=fa"),
        ("?a=1&lang=en&b=2&lang=tr", "?a=1&lang=fa&b=2"),
    ];
    for (query, expected) in cases {
        assert_eq!(with_query_param(query, "lang", "fa"), *expected, "{query:?}");
    }
}

#[test]
fn routes_parse_and_print() {
    let cases: &[(&str, Route, &str)] = &[
        ("", Route::Home, "#/"),
        ("#", Route::Home, "#/"),
        ("#/", Route::Home, "#/"),
        ("#/assessment", Route::Assessment(AssessmentPage::Questions), "#/assessment"),
        ("#/assessment/", Route::Assessment(AssessmentPage::Questions), "#/assessment"),
        ("#/assessment/review", Route::Assessment(AssessmentPage::Review), "#/assessment/review"),
        ("#/assessment/results", Route::Assessment(AssessmentPage::Results), "#/assessment/results"),
        ("#/assessment/method", Route::Assessment(AssessmentPage::Method), "#/assessment/method"),
        ("#/accounts", Route::Accounts, "#/accounts"),
        ("#/report", Route::Report, "#/report"),
        ("#/workspaces", Route::Workspaces, "#/workspaces"),
        ("#/workspaces/", Route::Workspaces, "#/workspaces"),
        ("#/workspaces/1", Route::NotFound("/workspaces/1".into()), "#/workspaces/1"),
        ("#/share/1.abc-_", Route::Share("1.abc-_".into()), "#/share/1.abc-_"),
        ("#/share/", Route::NotFound("/share/".into()), "#/share/"),
        ("#/nope", Route::NotFound("/nope".into()), "#/nope"),
        ("#/assessment/nope", Route::NotFound("/assessment/nope".into()), "#/assessment/nope"),
    ];
    for (fragment, route, printed) in cases {
        assert_eq!(&Route::parse(fragment), route, "parse {fragment:?}");
        assert_eq!(route.to_fragment(), *printed, "print {route:?}");
        if !matches!(route, Route::NotFound(_)) {
            assert_eq!(&Route::parse(&route.to_fragment()), route, "round trip {route:?}");
        }
    }
}

#[test]
fn the_module_parameter_only_applies_without_a_fragment() {
    assert_eq!(Route::initial("", Some(Module::Accounts)), Route::Accounts);
    assert_eq!(Route::initial("#/", Some(Module::Assessment)), Route::Assessment(AssessmentPage::Questions));
    assert_eq!(Route::initial("#/report", Some(Module::Accounts)), Route::Report);
    assert_eq!(Route::initial("", None), Route::Home);
}

#[test]
fn placeholders_are_filled_and_unknown_ones_are_kept() {
    // (template, arguments, expected)
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        ("{n} of {total}", &[("n", "3"), ("total", "10")], "3 of 10"),
        ("{n}", &[], "{n}"),
        ("no braces", &[("n", "1")], "no braces"),
        ("open { brace", &[], "open { brace"),
        ("{a}{a}", &[("a", "x")], "xx"),
        ("«{name}»", &[("name", "İzmir")], "«İzmir»"),
    ];
    for (template, args, expected) in cases {
        assert_eq!(fill(template, args), *expected, "{template:?}");
    }
}

#[test]
fn small_numbers_use_the_locale_digits() {
    let cases: &[(Locale, usize, &str)] = &[
        (Locale::En, 0, "0"),
        (Locale::Tr, 53, "53"),
        (Locale::Fa, 0, "۰"),
        (Locale::Fa, 15, "۱۵"),
        (Locale::Fa, 907, "۹۰۷"),
    ];
    for (locale, n, expected) in cases {
        assert_eq!(small_number(*locale, *n), *expected);
    }
}
