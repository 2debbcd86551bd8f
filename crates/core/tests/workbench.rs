//! The workbench's form logic: typed settings, currency labels, paging, new
//! account names and the generated demo portfolio.

use kilit_core::accounts::workbench::{
    clamp_page, currency_label, default_currency, new_account_name, page_count, rating_criteria,
    GENERATED_RATED, PAGE_SIZE,
};
use kilit_core::accounts::{
    analyse, example_portfolio, generated_portfolio, Account, Checklist, Portfolio, SettingField,
    SettingInputError, Settings, WorkbenchMsg,
};
use kilit_core::date::Date;
use kilit_core::i18n::Locale;

fn date() -> Date {
    Date::from_ymd(2025, 6, 30).unwrap()
}

#[test]
fn typed_settings_are_read_in_the_readers_notation() {
    use SettingField as F;
    let cases: &[(F, &str, Locale, Result<f64, ()>)] = &[
        (F::AbcA, "80", Locale::En, Ok(80.0)),
        (F::AbcA, "%75", Locale::Tr, Ok(75.0)),
        (F::AbcA, "72,5", Locale::Tr, Ok(72.5)),
        (F::AbcB, "۹۵", Locale::Fa, Ok(95.0)),
        (F::XyzX, "0.4", Locale::En, Ok(0.4)),
        (F::XyzX, "0,4", Locale::Tr, Ok(0.4)),
        (F::XyzY, "۱٫۲", Locale::Fa, Ok(1.2)),
        (F::ChurnDays, "120", Locale::En, Ok(120.0)),
        (F::ChurnDays, "12.5", Locale::En, Err(())),
        (F::ChurnDays, "-3", Locale::En, Err(())),
        (F::ChurnDropPct, "abc", Locale::En, Err(())),
        (F::AttractivenessSplit, "  ", Locale::En, Err(())),
        // Out of range is read: the analysis reports it and keeps the default.
        (F::AbcA, "180", Locale::En, Ok(180.0)),
        (F::GroupWeightStrength, "2", Locale::En, Ok(2.0)),
    ];
    for (field, raw, locale, want) in cases {
        let got = field.parse(raw, *locale);
        match want {
            Ok(v) => assert_eq!(got, Ok(*v), "{field:?} {raw:?}"),
            Err(()) => assert!(got.is_err(), "{field:?} {raw:?} should fail, got {got:?}"),
        }
    }
    assert_eq!(
        F::AttractivenessSplit.parse("", Locale::En),
        Err(SettingInputError::Blank)
    );
    assert_eq!(
        F::ChurnDays.parse("1.5", Locale::En),
        Err(SettingInputError::NotWholeDays)
    );
    for locale in Locale::ALL {
        for e in [SettingInputError::Blank, SettingInputError::NotWholeDays] {
            assert!(!e.message(locale).trim().is_empty());
        }
        assert!(!F::ChurnDropPct
            .parse("x", locale)
            .unwrap_err()
            .message(locale)
            .is_empty());
    }
}

#[test]
fn every_setting_field_writes_what_it_reads() {
    for (k, f) in SettingField::ALL.into_iter().enumerate() {
        let mut s = Settings::default();
        let v = 3.0 + k as f64;
        f.set(&mut s, v);
        assert_eq!(f.get(&s), v, "{f:?}");
        assert_ne!(s, Settings::default(), "{f:?} changed something");
        for locale in Locale::ALL {
            assert!(!f.label(locale).trim().is_empty());
        }
    }
    let codes: std::collections::BTreeSet<_> = SettingField::ALL.iter().map(|f| f.code()).collect();
    assert_eq!(codes.len(), SettingField::ALL.len(), "codes are unique");
}

#[test]
fn a_bad_setting_is_explained_next_to_its_own_field() {
    let checklist = Checklist::builtin();
    let p = example_portfolio(date());
    let mut s = Settings::default();
    SettingField::AbcA.set(&mut s, 97.0); // above B (95): out of order
    SettingField::XyzX.set(&mut s, -1.0); // out of range
    let a = analyse(&p, &checklist, &s);
    let l = Locale::En;
    assert_eq!(SettingField::AbcA.problems(&a, l).len(), 1);
    assert_eq!(
        SettingField::AbcB.problems(&a, l).len(),
        1,
        "both cut-offs of the pair"
    );
    assert_eq!(SettingField::XyzX.problems(&a, l).len(), 1);
    assert!(SettingField::XyzY.problems(&a, l).is_empty());
    assert!(SettingField::ChurnDays.problems(&a, l).is_empty());
    // A cut-off change moves accounts between classes.
    let before = analyse(&p, &checklist, &Settings::default());
    let mut low = Settings::default();
    SettingField::AbcA.set(&mut low, 30.0);
    let after = analyse(&p, &checklist, &low);
    let count_a = |x: &kilit_core::accounts::Analysis| x.abc_xyz[0].iter().sum::<u32>();
    assert!(count_a(&after) < count_a(&before));
}

#[test]
fn currency_defaults_and_labels() {
    assert_eq!(default_currency(Locale::Tr), "TRY");
    assert_eq!(default_currency(Locale::En), "");
    assert_eq!(default_currency(Locale::Fa), "");
    for (code, want) in [
        ("TRY", "₺ TRY"),
        ("EUR", "€ EUR"),
        ("", ""),
        ("  ", ""),
        ("CHF", "CHF"),
    ] {
        assert_eq!(currency_label(code), want, "{code:?}");
    }
}

#[test]
fn pages_of_fifty() {
    assert_eq!(PAGE_SIZE, 50);
    for (rows, pages) in [
        (0, 1),
        (1, 1),
        (50, 1),
        (51, 2),
        (10_000, 200),
        (10_001, 201),
    ] {
        assert_eq!(page_count(rows), pages, "{rows} rows");
    }
    for (wanted, rows, shown) in [
        (0, 0, 0),
        (3, 0, 0),
        (3, 120, 2),
        (1, 120, 1),
        (usize::MAX, 10_000, 199),
    ] {
        assert_eq!(
            clamp_page(wanted, rows),
            shown,
            "page {wanted} of {rows} rows"
        );
    }
}

#[test]
fn a_new_account_gets_a_name_nobody_has() {
    let mut p = Portfolio::new("", date());
    assert_eq!(new_account_name(&p, Locale::En), "New account 1");
    p.add(Account {
        name: "new account 2".into(),
        ..Account::default()
    });
    // One account: the candidate is 2, which is taken (case aside), so 3.
    assert_eq!(new_account_name(&p, Locale::En), "New account 3");
    assert_eq!(new_account_name(&p, Locale::Tr), "Yeni hesap 2");
    assert_eq!(new_account_name(&p, Locale::Fa), "مشتری تازهٔ ۲");
}

#[test]
fn the_generated_portfolio_is_deterministic_and_fully_analysable() {
    let a = generated_portfolio(500, date());
    let b = generated_portfolio(500, date());
    assert_eq!(a, b);
    assert_eq!(a.accounts.len(), 500);
    assert_eq!(a.rating_columns.len(), GENERATED_RATED.len());
    let checklist = Checklist::builtin();
    for id in GENERATED_RATED {
        assert!(checklist.criterion(id).is_some(), "{id} is a criterion");
    }
    let names: std::collections::BTreeSet<_> = a.accounts.iter().map(|x| x.name.clone()).collect();
    assert_eq!(names.len(), 500, "names are unique");
    let analysis = analyse(&a, &checklist, &Settings::default());
    assert!(
        analysis.account_problems.is_empty(),
        "{:?}",
        &analysis.account_problems[..1.min(analysis.account_problems.len())]
    );
    assert_eq!(analysis.totals.scored, 500);
}

#[test]
fn rating_criteria_are_grouped_attractiveness_first() {
    let checklist = Checklist::builtin();
    let rated = rating_criteria(&checklist);
    assert_eq!(rated.len(), 15);
    let groups: Vec<_> = rated.iter().map(|&k| checklist.criteria[k].group).collect();
    let mut sorted = groups.clone();
    sorted.sort_by_key(|g| *g as usize);
    assert_eq!(groups, sorted);
}

#[test]
fn workbench_words_exist_in_every_language() {
    for key in WorkbenchMsg::ALL {
        for locale in Locale::ALL {
            let t = key.text(locale);
            assert!(!t.trim().is_empty(), "{} in {locale:?}", key.name());
            if locale == Locale::Fa {
                assert!(
                    !t.contains(['ي', 'ك']),
                    "{}: Persian uses ی and ک",
                    key.name()
                );
            }
        }
    }
}
