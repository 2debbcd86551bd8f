//! Key-account selection: data-driven cases, one line each.

use std::path::Path;

use kilit_core::accounts::*;
use kilit_core::date::{Date, Month};
use kilit_core::i18n::Locale;

const TODAY: (i32, u32, u32) = (2025, 6, 30);

fn today() -> Date {
    Date::from_ymd(TODAY.0, TODAY.1, TODAY.2).unwrap()
}

fn this_month() -> Month {
    today().month()
}

fn checklist() -> Checklist {
    Checklist::builtin()
}

/// A value written as in the case tables: `_` unknown, else a number.
fn value(s: &str) -> Option<f64> {
    (s != "_").then(|| s.parse().unwrap())
}

fn field(v: Option<f64>) -> Field<f64> {
    v.map_or_else(Field::empty, Field::known)
}

/// One account per entry, named A1, A2…, ids 1, 2… in order.
fn portfolio_of(accounts: Vec<Account>) -> Portfolio {
    let mut p = Portfolio::new("TRY", today());
    for (i, mut a) in accounts.into_iter().enumerate() {
        if a.name.is_empty() {
            a.name = format!("A{}", i + 1);
        }
        p.add(a);
    }
    p
}

fn run(p: &Portfolio, s: &Settings) -> Analysis {
    analyse(p, &checklist(), s)
}

// ---------------------------------------------------------------------------
// ABC

/// `(basis, values in id order, expected classes in id order)`; `_` is an
/// unknown value / no class.
const ABC: &[(AbcBasis, &str, &str)] = &[
    (AbcBasis::Revenue, "50 30 15 5", "A A B C"),
    (AbcBasis::Revenue, "30 50 15 5", "A A B C"),
    (AbcBasis::Revenue, "80 20", "A C"),
    (AbcBasis::Revenue, "80 15 5", "A B C"),
    (AbcBasis::Revenue, "79 16 5", "A B C"),
    (AbcBasis::Revenue, "81 14 5", "B B C"),
    (AbcBasis::Revenue, "0.6 0.2 0.2", "A A C"),
    (AbcBasis::Revenue, "40 40 15 5", "A A B C"),
    (AbcBasis::Revenue, "45 45 10", "A B C"),
    (AbcBasis::Revenue, "10 45 45", "C A B"),
    (AbcBasis::Revenue, "100", "C"),
    (AbcBasis::Revenue, "60 20 0 -5", "A C C _"),
    (AbcBasis::Revenue, "0 0", "C C"),
    (AbcBasis::Revenue, "50 _ 50", "A _ C"),
    (AbcBasis::Profit, "60 20 0 -5", "A C C C"),
    (AbcBasis::Profit, "-5 -1", "C C"),
];

fn letter(c: Option<Abc>) -> &'static str {
    c.map_or("_", Abc::letter)
}

#[test]
fn abc_cases() {
    for &(basis, values, expected) in ABC {
        let accounts = values
            .split(' ')
            .map(|v| match basis {
                AbcBasis::Revenue => Account {
                    revenue: field(value(v)),
                    ..Account::default()
                },
                AbcBasis::Profit => Account {
                    profit: field(value(v)),
                    ..Account::default()
                },
            })
            .collect();
        let p = portfolio_of(accounts);
        let a = run(
            &p,
            &Settings {
                abc_basis: basis,
                ..Settings::default()
            },
        );
        let got: Vec<&str> = a.accounts.iter().map(|r| letter(r.abc)).collect();
        assert_eq!(got.join(" "), expected, "{basis:?} {values}");
    }
}

#[test]
fn abc_share_includes_the_account_itself_and_cut_offs_are_editable() {
    let p = portfolio_of(
        ["50", "30", "15", "5"]
            .iter()
            .map(|v| Account {
                revenue: field(value(v)),
                ..Account::default()
            })
            .collect(),
    );
    let a = run(&p, &Settings::default());
    let shares: Vec<f64> = a.accounts.iter().map(|r| r.abc_share.unwrap()).collect();
    assert_eq!(shares, [50.0, 80.0, 95.0, 100.0]);
    let a = run(
        &p,
        &Settings {
            abc_a: 50.0,
            abc_b: 80.0,
            ..Settings::default()
        },
    );
    let got: Vec<&str> = a.accounts.iter().map(|r| letter(r.abc)).collect();
    assert_eq!(got, ["A", "B", "C", "C"]);
}

// ---------------------------------------------------------------------------
// XYZ

/// `(series as "months-ago:amount" lists per account, expected class and CV
/// of the first account)`. Months without an entry count as zero over the
/// portfolio's whole window.
const XYZ: &[(&[&str], Xyz, Option<f64>)] = &[
    // One purchase in an 18-month window: CV = √17.
    (
        &["12:1000", "0:5 17:5"],
        Xyz::Z,
        Some(4.123_105_625_617_661),
    ),
    (&["0:100 1:100 2:100", ""], Xyz::X, Some(0.0)),
    (&["0:3 1:1"], Xyz::X, Some(0.5)),
    (&["0:2", "1:7"], Xyz::Y, Some(1.0)),
    (&["0:4 1:1"], Xyz::Y, Some(0.6)),
    (&["0:0 1:0", "0:5"], Xyz::Z, None),
    (&["0:-5 1:2"], Xyz::Z, None),
    (&["", "0:5 1:6"], Xyz::NoData, None),
];

fn with_sales(series: &str) -> MonthlySales {
    MonthlySales::from_entries(series.split_whitespace().map(|e| {
        let (ago, amount) = e.split_once(':').unwrap();
        (
            this_month()
                .add_months(-ago.parse::<i32>().unwrap())
                .unwrap(),
            amount.parse().unwrap(),
        )
    }))
}

#[test]
fn xyz_cases() {
    for &(series, class, cv) in XYZ {
        let p = portfolio_of(
            series
                .iter()
                .map(|s| Account {
                    sales: with_sales(s),
                    ..Account::default()
                })
                .collect(),
        );
        let r = run(&p, &Settings::default()).accounts[0];
        assert_eq!(r.xyz, class, "{series:?}");
        match (r.cv, cv) {
            (Some(got), Some(want)) => {
                assert!((got - want).abs() < 1e-9, "{series:?}: cv {got} ≠ {want}")
            }
            (got, want) => assert_eq!(got, want, "{series:?}"),
        }
    }
}

#[test]
fn one_purchase_in_eighteen_months_is_root_seventeen() {
    let p = portfolio_of(vec![
        Account {
            sales: with_sales("9:250000"),
            ..Account::default()
        },
        Account {
            sales: with_sales("0:1 17:1"),
            ..Account::default()
        },
    ]);
    let a = run(&p, &Settings::default());
    assert_eq!(a.window.map(|(f, l)| f.months_until(l) + 1), Some(18));
    assert!((a.accounts[0].cv.unwrap() - 17f64.sqrt()).abs() < 1e-12);
}

#[test]
fn xyz_cut_offs_are_editable_and_future_sales_are_left_out() {
    let p = portfolio_of(vec![Account {
        sales: with_sales("0:3 1:1 -2:1000"),
        ..Account::default()
    }]);
    let a = run(
        &p,
        &Settings {
            xyz_x: 0.49,
            ..Settings::default()
        },
    );
    assert_eq!(a.accounts[0].xyz, Xyz::Y);
    assert_eq!(
        a.window,
        Some((this_month().add_months(-1).unwrap(), this_month()))
    );
    assert!(a
        .account_problems
        .iter()
        .any(|p| p.field == AccountField::Sales
            && p.kind
                == ProblemKind::SalesInFuture {
                    month: this_month().add_months(2).unwrap()
                }));
}

// ---------------------------------------------------------------------------
// Account types, kinds, ladder and churn signals

/// Ratings by criterion id.
type Ratings<'a> = &'a [(&'a str, u8)];

fn rated(ratings: Ratings, mut a: Account, p: &mut Portfolio) -> usize {
    if a.name.is_empty() {
        a.name = format!("R{}", p.accounts.len() + 1);
    }
    p.add(a);
    let i = p.accounts.len() - 1;
    for &(c, v) in ratings {
        p.set_rating(i, c, Rating::new(v).unwrap_or(Rating::UNKNOWN));
    }
    i
}

/// `(ratings, years as customer, expected prospective/image-maker/expert)`.
const TYPES: &[(Ratings, &str, [Verdict; 3])] = &[
    (
        &[("growth_potential", 4), ("ability_to_pay", 4)],
        "1.99",
        [Verdict::Yes, Verdict::Unknown, Verdict::Unknown],
    ),
    (
        &[("growth_potential", 4), ("ability_to_pay", 4)],
        "2",
        [Verdict::No, Verdict::Unknown, Verdict::Unknown],
    ),
    (
        &[("growth_potential", 3), ("ability_to_pay", 5)],
        "1",
        [Verdict::No, Verdict::Unknown, Verdict::Unknown],
    ),
    (
        &[("growth_potential", 5)],
        "1",
        [Verdict::Unknown, Verdict::Unknown, Verdict::Unknown],
    ),
    (
        &[("growth_potential", 5)],
        "_",
        [Verdict::Unknown, Verdict::Unknown, Verdict::Unknown],
    ),
    (
        &[("growth_potential", 2)],
        "_",
        [Verdict::No, Verdict::Unknown, Verdict::Unknown],
    ),
    (
        &[("reference_value", 4)],
        "_",
        [Verdict::Unknown, Verdict::Yes, Verdict::Unknown],
    ),
    (
        &[("reference_value", 3)],
        "_",
        [Verdict::Unknown, Verdict::No, Verdict::Unknown],
    ),
    (
        &[("delivery_service", 2)],
        "_",
        [Verdict::Unknown, Verdict::Unknown, Verdict::Yes],
    ),
    (
        &[("delivery_service", 3)],
        "_",
        [Verdict::Unknown, Verdict::Unknown, Verdict::No],
    ),
];

#[test]
fn type_rules_at_their_thresholds() {
    for &(ratings, years, expected) in TYPES {
        let mut p = Portfolio::new("TRY", today());
        rated(
            ratings,
            Account {
                years_as_customer: field(value(years)),
                ..Account::default()
            },
            &mut p,
        );
        let t = run(&p, &Settings::default()).accounts[0].types;
        assert_eq!(
            [t.prospective, t.image_maker, t.expert],
            expected,
            "{ratings:?} {years}"
        );
    }
}

/// `(profits in id order, expected breadwinner verdict of each)`.
const BREADWINNERS: &[(&str, &str)] = &[
    ("10 90", "Y Y"),
    ("9.99 90.01", "N Y"),
    ("5 5 90", "N N Y"),
    ("_ 100", "? Y"),
    ("-10 110", "N Y"),
    ("-10 5", "N N"),
];

#[test]
fn breadwinner_is_at_least_ten_percent_of_profit() {
    for &(profits, expected) in BREADWINNERS {
        let p = portfolio_of(
            profits
                .split(' ')
                .map(|v| Account {
                    profit: field(value(v)),
                    ..Account::default()
                })
                .collect(),
        );
        let got: Vec<&str> = run(&p, &Settings::default())
            .accounts
            .iter()
            .map(|r| match r.types.breadwinner {
                Verdict::Yes => "Y",
                Verdict::No => "N",
                Verdict::Unknown => "?",
            })
            .collect();
        assert_eq!(got.join(" "), expected, "{profits}");
    }
}

#[test]
fn a_breadwinner_is_not_prospective() {
    let mut p = Portfolio::new("TRY", today());
    let r = [("growth_potential", 5), ("ability_to_pay", 5)];
    rated(
        &r,
        Account {
            profit: field(Some(85.0)),
            years_as_customer: field(Some(1.0)),
            ..Account::default()
        },
        &mut p,
    );
    rated(
        &r,
        Account {
            profit: field(Some(10.0)),
            years_as_customer: field(Some(1.0)),
            ..Account::default()
        },
        &mut p,
    );
    rated(
        &r,
        Account {
            profit: field(Some(5.0)),
            years_as_customer: field(Some(1.0)),
            ..Account::default()
        },
        &mut p,
    );
    let a = run(&p, &Settings::default());
    let got: Vec<Verdict> = a.accounts.iter().map(|r| r.types.prospective).collect();
    assert_eq!(got, [Verdict::No, Verdict::No, Verdict::Yes]);
}

/// `(revenue, growth, fit, expected kind)` for the second of two accounts,
/// the first having revenue 1000.
const KINDS: &[(&str, u8, u8, KeyAccountKind)] = &[
    ("5000", 1, 1, KeyAccountKind::CurrentGiant),
    ("10", 4, 4, KeyAccountKind::RisingStar),
    ("10", 4, 3, KeyAccountKind::Neither),
    ("10", 4, 0, KeyAccountKind::Unknown),
    ("10", 2, 0, KeyAccountKind::Neither),
    ("_", 5, 5, KeyAccountKind::Unknown),
];

#[test]
fn current_giant_and_rising_star() {
    for &(revenue, growth, fit, expected) in KINDS {
        let mut p = Portfolio::new("TRY", today());
        rated(
            &[],
            Account {
                revenue: field(Some(1000.0)),
                ..Account::default()
            },
            &mut p,
        );
        rated(
            &[("growth_potential", growth), ("strategic_fit", fit)],
            Account {
                revenue: field(value(revenue)),
                ..Account::default()
            },
            &mut p,
        );
        assert_eq!(
            run(&p, &Settings::default()).accounts[1].kind,
            expected,
            "{revenue} {growth} {fit}"
        );
    }
}

/// `(series or "", orders last/prev 12, years, expected stage)`.
const LADDER: &[(&str, &str, &str, Option<Option<LadderStage>>)] = &[
    ("14:9000", "_ _", "_", Some(Some(LadderStage::OneTime))),
    (
        "0:1 3:1 13:1",
        "_ _",
        "_",
        Some(Some(LadderStage::Occasional)),
    ),
    (
        "0:1 1:1 2:1 3:1 4:1 5:1",
        "_ _",
        "10",
        Some(Some(LadderStage::Regular)),
    ),
    (
        "0:1 1:1 2:1 3:1 4:1 5:1 12:1 13:1 14:1 15:1 16:1 17:1",
        "_ _",
        "3",
        Some(Some(LadderStage::Loyal)),
    ),
    (
        "0:1 1:1 2:1 3:1 4:1 5:1 12:1 13:1 14:1 15:1 16:1 17:1",
        "_ _",
        "2.5",
        Some(Some(LadderStage::Regular)),
    ),
    (
        "0:1 1:1 2:1 3:1 4:1 5:1 12:1 13:1 14:1 15:1 16:1",
        "_ _",
        "9",
        Some(Some(LadderStage::Regular)),
    ),
    ("30:5", "_ _", "_", Some(None)),
    ("", "1 0", "_", Some(Some(LadderStage::OneTime))),
    ("", "5 5", "4", Some(Some(LadderStage::Occasional))),
    ("", "40 30", "4", Some(Some(LadderStage::Loyal))),
    ("", "0 0", "4", Some(None)),
    ("", "_ 3", "4", None),
];

#[test]
fn customer_ladder_from_purchase_regularity() {
    for &(series, orders, years, expected) in LADDER {
        let (o12, p12) = orders.split_once(' ').unwrap();
        let p = portfolio_of(vec![Account {
            sales: with_sales(series),
            orders_last_12: field(value(o12)),
            orders_prev_12: field(value(p12)),
            years_as_customer: field(value(years)),
            ..Account::default()
        }]);
        let got = run(&p, &Settings::default()).accounts[0]
            .ladder
            .map(|l| l.stage);
        assert_eq!(got, expected, "{series:?} {orders} {years}");
    }
}

/// `(days since last purchase, orders last/prev 12, expected no-purchase, orders-down)`.
const CHURN: &[(i32, &str, bool, bool)] = &[
    (90, "7 10", false, false),
    (91, "6 10", true, true),
    (0, "0 1", false, true),
    (400, "5 0", true, false),
    (30, "_ 10", false, false),
];

#[test]
fn churn_signals_against_the_analysis_date() {
    for &(days, orders, no_purchase, orders_down) in CHURN {
        let (o12, p12) = orders.split_once(' ').unwrap();
        let p = portfolio_of(vec![Account {
            last_purchase: Field::known_date(today().add_days(-days).unwrap()),
            orders_last_12: field(value(o12)),
            orders_prev_12: field(value(p12)),
            ..Account::default()
        }]);
        let r = run(&p, &Settings::default()).accounts[0];
        assert_eq!(
            (r.churn.no_purchase, r.churn.orders_down),
            (no_purchase, orders_down),
            "{days} {orders}"
        );
        assert_eq!(r.days_since_purchase, Some(days));
    }
    let p = portfolio_of(vec![Account {
        last_purchase: Field::known_date(today().add_days(-100).unwrap()),
        orders_last_12: field(Some(6.0)),
        orders_prev_12: field(Some(10.0)),
        ..Account::default()
    }]);
    let r = run(
        &p,
        &Settings {
            churn_days: 100,
            churn_drop_pct: 40.0,
            ..Settings::default()
        },
    )
    .accounts[0];
    assert_eq!((r.churn.no_purchase, r.churn.orders_down), (false, false));
}

// ---------------------------------------------------------------------------
// Scores

fn fully_rated(p: &mut Portfolio, value: u8, revenue: f64) -> usize {
    let c = checklist();
    let ratings: Vec<(&str, u8)> = c
        .criteria
        .iter()
        .filter(|c| c.source == Source::Rating)
        .map(|c| (c.id.as_str(), value))
        .collect();
    rated(
        &ratings,
        Account {
            revenue: field(Some(revenue)),
            gross_margin: field(Some(20.0)),
            share_of_wallet: field(Some(50.0)),
            complaints: field(Some(1.0)),
            ..Account::default()
        },
        p,
    )
}

#[test]
fn numeric_fields_are_scored_by_mid_rank_percentile() {
    let p = portfolio_of(
        ["10", "20", "20", "40", "_"]
            .iter()
            .map(|v| Account {
                revenue: field(value(v)),
                ..Account::default()
            })
            .collect(),
    );
    let a = run(&p, &Settings::default());
    let size = checklist().criterion_index("size").unwrap();
    let got: Vec<Option<f64>> = (0..5).map(|i| a.score(i, size)).collect();
    assert_eq!(got, [Some(1.0), Some(3.0), Some(3.0), Some(5.0), None]);

    let p = portfolio_of(
        ["0", "3"]
            .iter()
            .map(|v| Account {
                complaints: field(value(v)),
                ..Account::default()
            })
            .collect(),
    );
    let a = run(&p, &Settings::default());
    let complaints = checklist().criterion_index("complaints").unwrap();
    assert_eq!(
        (a.score(0, complaints), a.score(1, complaints)),
        (Some(5.0), Some(1.0))
    );

    let p = portfolio_of(vec![Account {
        revenue: field(Some(7.0)),
        ..Account::default()
    }]);
    assert_eq!(run(&p, &Settings::default()).score(0, size), Some(3.0));
}

#[test]
fn unknowns_are_excluded_not_zeroed_and_flag_the_account() {
    let mut p = Portfolio::new("TRY", today());
    fully_rated(&mut p, 5, 100.0);
    let i = fully_rated(&mut p, 5, 100.0);
    p.set_rating(i, "growth_potential", Rating::UNKNOWN);
    let a = run(&p, &Settings::default());
    let (full, partial) = (a.accounts[0], a.accounts[1]);
    assert_eq!(full.unknown_criteria, 0);
    assert!(!full.is_incomplete());
    assert_eq!(partial.unknown_criteria, 1);
    assert!(partial.is_incomplete());
    // Size and margin score 3 (same value for both), the ratings 5: the
    // full account has (3·½ + 3·½ + 14·1) / 20; leaving growth (weight 4)
    // out gives (3 + 10) / 16, where zeroing it would give 13 / 20.
    assert_eq!(full.attractiveness, Some(85.0));
    assert_eq!(partial.attractiveness, Some(81.25));
    let total: f64 = a.weights.iter().sum();
    assert!((partial.coverage - (total - 4.0) / total).abs() < 1e-12);
}

#[test]
fn scores_run_from_0_to_100_and_contributions_add_up() {
    let mut p = Portfolio::new("TRY", today());
    fully_rated(&mut p, 1, 10.0);
    fully_rated(&mut p, 5, 20.0);
    fully_rated(&mut p, 3, 15.0);
    let a = run(&p, &Settings::default());
    for (i, r) in a.accounts.iter().enumerate() {
        let sum: f64 = a.contributions(i).iter().map(|c| c.points).sum();
        assert!((sum - r.selection.unwrap()).abs() < 1e-9);
        for s in [r.attractiveness, r.strength, r.selection] {
            assert!((0.0..=100.0).contains(&s.unwrap()));
        }
    }
    assert_eq!(a.accounts[1].quadrant, Some(Quadrant::Strategic));
    assert_eq!(a.accounts[0].quadrant, Some(Quadrant::Streamline));
    assert_eq!(a.ranking, [1, 2, 0]);
}

/// `(attractiveness split, strength split, expected quadrant)` for an
/// account scoring 50 on both axes.
const QUADRANTS: &[(f64, f64, Quadrant)] = &[
    (50.0, 50.0, Quadrant::Strategic),
    (50.1, 50.0, Quadrant::Status),
    (50.0, 50.1, Quadrant::Star),
    (60.0, 60.0, Quadrant::Streamline),
];

#[test]
fn quadrant_splits_are_inclusive_and_editable() {
    let mut p = Portfolio::new("TRY", today());
    let c = checklist();
    let ratings: Vec<(&str, u8)> = c
        .criteria
        .iter()
        .filter(|c| c.source == Source::Rating)
        .map(|c| (c.id.as_str(), 3))
        .collect();
    rated(&ratings, Account::default(), &mut p);
    for &(a_split, s_split, expected) in QUADRANTS {
        let s = Settings {
            attractiveness_split: a_split,
            strength_split: s_split,
            ..Settings::default()
        };
        let r = run(&p, &s).accounts[0];
        assert_eq!((r.attractiveness, r.strength), (Some(50.0), Some(50.0)));
        assert_eq!(r.quadrant, Some(expected), "{a_split} {s_split}");
    }
}

#[test]
fn all_weights_zero_gives_a_clear_message_not_nan() {
    let mut p = Portfolio::new("TRY", today());
    fully_rated(&mut p, 4, 10.0);
    fully_rated(&mut p, 2, 20.0);
    let c = checklist();
    let mut s = Settings::default();
    for criterion in &c.criteria {
        s.set_weight(&criterion.id, 0.0);
    }
    let a = analyse(&p, &c, &s);
    assert!(a.problems.contains(&AnalysisProblem::AllWeightsZero));
    for r in &a.accounts {
        assert_eq!(
            (r.attractiveness, r.strength, r.selection),
            (None, None, None)
        );
        assert_eq!(r.status, Status::NotScored);
        assert!(r.coverage == 0.0);
    }
    assert!(a.ranking.is_empty());
    assert!(a.shortlist.entries.is_empty());
    let msg = AnalysisProblem::AllWeightsZero.message(Locale::En);
    assert!(msg.starts_with("All weights are zero"), "{msg}");
}

#[test]
fn zero_weights_in_one_group_or_on_both_groups() {
    let mut p = Portfolio::new("TRY", today());
    fully_rated(&mut p, 4, 10.0);
    let c = checklist();
    let mut s = Settings::default();
    for criterion in c.criteria.iter().filter(|c| c.group == Group::Strength) {
        s.set_weight(&criterion.id, 0.0);
    }
    let a = analyse(&p, &c, &s);
    assert!(a.problems.contains(&AnalysisProblem::GroupWeightsZero {
        group: Group::Strength
    }));
    assert_eq!(a.accounts[0].strength, None);
    assert_eq!(a.accounts[0].selection, a.accounts[0].attractiveness);

    let s = Settings {
        group_weights: GroupWeights {
            attractiveness: 0.0,
            strength: 0.0,
        },
        ..Settings::default()
    };
    let a = analyse(&p, &c, &s);
    assert!(a.problems.contains(&AnalysisProblem::GroupWeightsBothZero));
    assert_eq!(a.accounts[0].selection, None);
    assert!(a.accounts[0].attractiveness.is_some());
}

#[test]
fn bad_weights_and_settings_are_reported_and_replaced() {
    let mut p = Portfolio::new("TRY", today());
    fully_rated(&mut p, 4, 10.0);
    let mut s = Settings {
        abc_a: 97.0,
        xyz_x: f64::NAN,
        ..Settings::default()
    };
    s.set_weight("size", -2.0);
    s.set_weight("no_such_criterion", 3.0);
    let a = run(&p, &s);
    assert!(a.problems.contains(&AnalysisProblem::BadWeight {
        criterion: "size".into(),
        found: -2.0
    }));
    assert!(a.problems.contains(&AnalysisProblem::UnknownCriterion {
        criterion: "no_such_criterion".into()
    }));
    assert!(a.problems.contains(&AnalysisProblem::CutoffsOutOfOrder {
        first: SettingKey::AbcA,
        second: SettingKey::AbcB
    }));
    assert!(a.problems.iter().any(|p| matches!(
        p,
        AnalysisProblem::BadSetting {
            setting: SettingKey::XyzX,
            ..
        }
    )));
    assert_eq!(a.settings_used.xyz_x, 0.5);
    assert_eq!(a.weights[checklist().criterion_index("size").unwrap()], 0.0);
    for problem in &a.problems {
        for locale in Locale::ALL {
            assert!(!problem.message(locale).contains('{'), "{problem:?}");
        }
    }
}

#[test]
fn presets_change_weights_and_are_recognised() {
    let c = checklist();
    let mut s = Settings::default();
    assert_eq!(s.matching_preset(&c), Some("balanced"));
    assert!(s.apply_preset(&c, "growth_focused"));
    assert_eq!(s.weight(&c, "growth_potential"), 5.0);
    assert_eq!(s.weight(&c, "resources"), 2.0);
    assert_eq!(
        s.group_weights,
        GroupWeights {
            attractiveness: 3.0,
            strength: 2.0
        }
    );
    assert_eq!(s.matching_preset(&c), Some("growth_focused"));
    s.set_weight("resources", 2.5);
    assert_eq!(s.matching_preset(&c), None);
    assert!(!s.apply_preset(&c, "no_such_preset"));
    assert!(s.apply_preset(&c, "profit_focused"));
    assert_eq!(s.weight(&c, "margin"), 5.0);
    assert_eq!(s.matching_preset(&c), Some("profit_focused"));
}

// ---------------------------------------------------------------------------
// Shortlist

/// Five accounts whose every rating is 1..=5 (id 1 worst, id 5 best), and
/// one with nothing known.
fn ladder_of_five() -> Portfolio {
    let mut p = Portfolio::new("TRY", today());
    for v in 1..=5 {
        fully_rated(&mut p, v, v as f64 * 10.0);
    }
    p.add(Account {
        name: "Unrated".into(),
        ..Account::default()
    });
    p
}

fn ids(entries: &[Entry]) -> Vec<u32> {
    entries.iter().map(|e| e.id.0).collect()
}

/// `(capacity, expected shortlist ids, expected near-miss ids, expected first guidance)`.
const CAPACITY: &[(Capacity, &[u32], &[u32], Guidance)] = &[
    (
        Capacity::Fixed { max: 0 },
        &[],
        &[5, 4, 3],
        Guidance::NoCapacity,
    ),
    (
        Capacity::Fixed { max: 2 },
        &[5, 4],
        &[3, 2, 1],
        Guidance::SmallList { capacity: 2 },
    ),
    (
        Capacity::Managers {
            managers: 1,
            accounts_each: 3,
        },
        &[5, 4, 3],
        &[2, 1],
        Guidance::SmallList { capacity: 3 },
    ),
    (
        Capacity::Managers {
            managers: 0,
            accounts_each: 8,
        },
        &[],
        &[5, 4, 3],
        Guidance::NoCapacity,
    ),
    (
        Capacity::Fixed { max: 40 },
        &[5, 4, 3, 2, 1],
        &[],
        Guidance::AboveUsual { capacity: 40 },
    ),
    (
        Capacity::Managers {
            managers: 5,
            accounts_each: 7,
        },
        &[5, 4, 3, 2, 1],
        &[],
        Guidance::UsualRange { capacity: 35 },
    ),
    (
        Capacity::Fixed { max: 51 },
        &[5, 4, 3, 2, 1],
        &[],
        Guidance::TooMany { capacity: 51 },
    ),
    (
        Capacity::Fixed { max: 15 },
        &[5, 4, 3, 2, 1],
        &[],
        Guidance::UsualRange { capacity: 15 },
    ),
    (
        Capacity::Fixed { max: 14 },
        &[5, 4, 3, 2, 1],
        &[],
        Guidance::SmallList { capacity: 14 },
    ),
];

#[test]
fn capacity_edge_cases() {
    let p = ladder_of_five();
    for &(capacity, list, near, guidance) in CAPACITY {
        let a = run(
            &p,
            &Settings {
                capacity,
                ..Settings::default()
            },
        );
        let s = &a.shortlist;
        assert_eq!(ids(&s.entries), list, "{capacity:?}");
        assert_eq!(ids(&s.near_misses), near, "{capacity:?}");
        assert_eq!(s.guidance[0], guidance, "{capacity:?}");
        let more = s
            .guidance
            .iter()
            .any(|g| matches!(g, Guidance::MoreThanCandidates { candidates: 5, .. }));
        assert_eq!(more, capacity.places() > 5, "{capacity:?}");
        assert_eq!(a.accounts[5].status, Status::NotScored);
    }
}

#[test]
fn with_no_capacity_near_misses_say_there_was_no_place() {
    let a = run(
        &ladder_of_five(),
        &Settings {
            capacity: Capacity::Fixed { max: 0 },
            ..Settings::default()
        },
    );
    for e in &a.shortlist.near_misses {
        assert_eq!(e.reasons[0], Reason::NoPlaceLeft { capacity: 0 });
    }
    assert_eq!(a.shortlist.cutoff, None);
}

#[test]
fn every_shortlisted_account_says_why() {
    let c = checklist();
    let a = run(
        &ladder_of_five(),
        &Settings {
            capacity: Capacity::Fixed { max: 2 },
            ..Settings::default()
        },
    );
    let first = &a.shortlist.entries[0];
    assert_eq!(first.id, AccountId(5));
    assert!(matches!(first.reasons[0], Reason::Ranked { rank: 1, .. }));
    let strengths: Vec<usize> = first
        .reasons
        .iter()
        .filter_map(|r| match r {
            Reason::Strength(c) => Some(c.criterion),
            _ => None,
        })
        .collect();
    // Top three contributions: growth (weight 4 of 20) and relationship
    // strength (3 of 15) add 10 points each, ties by checklist order; then
    // size (3 of 20, the largest revenue) adds 7.5.
    let id = |k: usize| c.criteria[k].id.as_str();
    assert_eq!(
        strengths.iter().map(|&k| id(k)).collect::<Vec<_>>(),
        ["growth_potential", "relationship_strength", "size"]
    );
    assert!(first
        .reasons
        .contains(&Reason::Quadrant(Quadrant::Strategic)));
}

#[test]
fn near_misses_say_why_not() {
    let mut p = Portfolio::new("TRY", today());
    for v in [5, 4, 3] {
        fully_rated(&mut p, v, v as f64);
    }
    // The fourth scores 3 everywhere except a 1 on relationship strength.
    let i = fully_rated(&mut p, 3, 3.0);
    p.set_rating(i, "relationship_strength", Rating::new(1).unwrap());
    let a = run(
        &p,
        &Settings {
            capacity: Capacity::Fixed { max: 1 },
            ..Settings::default()
        },
    );
    let s = &a.shortlist;
    assert_eq!(ids(&s.entries), [1]);
    assert_eq!(ids(&s.near_misses), [2, 3, 4]);
    let cutoff = s.cutoff.unwrap();
    for e in &s.near_misses {
        let score = a.accounts[e.index as usize].selection.unwrap();
        assert_eq!(e.reasons[0], Reason::BelowCutoff { score, cutoff });
        assert!(score < cutoff);
        let weaknesses = e
            .reasons
            .iter()
            .filter(|r| matches!(r, Reason::Weakness(_)))
            .count();
        assert_eq!(weaknesses, 3);
    }
    let last = &s.near_misses[2];
    let c = checklist();
    match &last.reasons[1] {
        Reason::Weakness(w) => assert_eq!(c.criteria[w.criterion].id, "relationship_strength"),
        other => panic!("expected a weakness, got {other:?}"),
    }
    let en = last.reasons[0].message(Locale::En, &c, &a.settings_used);
    assert!(
        en.contains("below") && en.contains("last score that made the list"),
        "{en}"
    );
}

#[test]
fn pins_and_exclusions_survive_re_ranking() {
    let p = ladder_of_five();
    let mut s = Settings {
        capacity: Capacity::Fixed { max: 2 },
        ..Settings::default()
    };
    s.set_override(
        AccountId(1),
        Override::Pin {
            reason: "Strategic partner of the group".into(),
        },
    );
    s.set_override(
        AccountId(5),
        Override::Exclude {
            reason: "Leaving the market".into(),
        },
    );
    s.set_override(
        AccountId(99),
        Override::Exclude {
            reason: "No longer in the portfolio".into(),
        },
    );
    for preset in ["balanced", "growth_focused", "profit_focused"] {
        s.apply_preset(&checklist(), preset);
        let a = run(&p, &s);
        assert_eq!(ids(&a.shortlist.entries), [4, 1], "{preset}");
        assert_eq!(ids(&a.shortlist.excluded), [5]);
        assert_eq!(a.accounts[0].status, Status::Pinned);
        assert_eq!(a.accounts[4].status, Status::Excluded);
        assert_eq!(a.accounts[3].status, Status::Shortlisted);
        let pinned = &a.shortlist.entries[1];
        assert_eq!(
            pinned.reasons[0],
            Reason::Pinned {
                reason: "Strategic partner of the group".into()
            }
        );
        assert_eq!(
            a.shortlist.excluded[0].reasons[0],
            Reason::Excluded {
                reason: "Leaving the market".into()
            }
        );
    }
    s.set_override(AccountId(1), Override::None);
    assert!(s.overrides.len() == 2);
}

#[test]
fn pinning_more_than_capacity_keeps_every_pin_and_warns() {
    let p = ladder_of_five();
    let mut s = Settings {
        capacity: Capacity::Fixed { max: 1 },
        ..Settings::default()
    };
    s.set_override(
        AccountId(2),
        Override::Pin {
            reason: String::new(),
        },
    );
    s.set_override(
        AccountId(6),
        Override::Pin {
            reason: "New CEO is an old friend".into(),
        },
    );
    let a = run(&p, &s);
    // Pinned accounts with a score first, best first; the unscored pin last.
    assert_eq!(ids(&a.shortlist.entries), [2, 6]);
    assert_eq!(ids(&a.shortlist.near_misses), [5, 4, 3]);
    assert!(a
        .shortlist
        .guidance
        .contains(&Guidance::PinnedOverCapacity {
            pinned: 2,
            capacity: 1
        }));
    assert!(a.shortlist.entries[1].reasons.contains(&Reason::NotScored));
}

#[test]
fn ties_are_broken_by_id_everywhere() {
    let mut p = Portfolio::new("TRY", today());
    for _ in 0..4 {
        fully_rated(&mut p, 3, 10.0);
    }
    // Add accounts in reverse id order: the result must not depend on it.
    let mut q = p.clone();
    q.accounts.reverse();
    let s = Settings {
        capacity: Capacity::Fixed { max: 2 },
        ..Settings::default()
    };
    for portfolio in [&p, &q] {
        let a = run(portfolio, &s);
        assert_eq!(ids(&a.shortlist.entries), [1, 2]);
        assert_eq!(ids(&a.shortlist.near_misses), [3, 4]);
    }
}

#[test]
fn analysis_is_deterministic() {
    let p = example_portfolio(today());
    let s = Settings::default();
    assert_eq!(run(&p, &s), run(&p, &s));
}

// ---------------------------------------------------------------------------
// Validation of what the user typed

/// `(field, raw text, expected problem)`: every case keeps the raw text.
const BAD_INPUT: &[(AccountField, &str, Option<ProblemKind>)] = &[
    (
        AccountField::Revenue,
        "-5",
        Some(ProblemKind::NegativeRevenue),
    ),
    (
        AccountField::Revenue,
        "(1.000)",
        Some(ProblemKind::NegativeRevenue),
    ),
    (AccountField::Revenue, "0", None),
    (AccountField::Revenue, "1.234,5 TL", None),
    (
        AccountField::Revenue,
        "12x",
        Some(ProblemKind::NotANumber(
            kilit_core::number::NumberError::InvalidCharacter { pos: 2, ch: 'x' },
        )),
    ),
    (AccountField::GrossMargin, "100", None),
    (AccountField::GrossMargin, "-100", None),
    (
        AccountField::GrossMargin,
        "100,5",
        Some(ProblemKind::MarginOutOfRange),
    ),
    (
        AccountField::GrossMargin,
        "-101",
        Some(ProblemKind::MarginOutOfRange),
    ),
    (
        AccountField::ShareOfWallet,
        "101",
        Some(ProblemKind::PercentOutOfRange),
    ),
    (
        AccountField::ShareOfWallet,
        "-1",
        Some(ProblemKind::PercentOutOfRange),
    ),
    (
        AccountField::OrdersLast12,
        "2,5",
        Some(ProblemKind::NotWholeNumber),
    ),
    (
        AccountField::OrdersPrev12,
        "-1",
        Some(ProblemKind::Negative),
    ),
    (AccountField::Complaints, "۳", None),
    (
        AccountField::YearsAsCustomer,
        "-0,5",
        Some(ProblemKind::Negative),
    ),
    (AccountField::Profit, "-50.000", None),
    (AccountField::LastPurchase, "2025-06-30", None),
    (
        AccountField::LastPurchase,
        "2025-07-02",
        Some(ProblemKind::InFuture { days: 2 }),
    ),
    (
        AccountField::LastPurchase,
        "2025-02-30",
        Some(ProblemKind::NotADate(kilit_core::date::DateError::Day {
            day: 30,
            max: 28,
        })),
    ),
    (AccountField::LastPurchase, "", None),
];

fn set(a: &mut Account, f: AccountField, raw: &str) {
    let n = || Field::number(raw, Some(Locale::Tr));
    match f {
        AccountField::Revenue => a.revenue = n(),
        AccountField::GrossMargin => a.gross_margin = n(),
        AccountField::Profit => a.profit = n(),
        AccountField::OrdersLast12 => a.orders_last_12 = n(),
        AccountField::OrdersPrev12 => a.orders_prev_12 = n(),
        AccountField::ShareOfWallet => a.share_of_wallet = n(),
        AccountField::YearsAsCustomer => a.years_as_customer = n(),
        AccountField::Complaints => a.complaints = n(),
        AccountField::LastPurchase => a.last_purchase = Field::date(raw),
        other => panic!("not a typed field: {other:?}"),
    }
}

fn raw(a: &Account, f: AccountField) -> &str {
    match f {
        AccountField::Revenue => &a.revenue.raw,
        AccountField::GrossMargin => &a.gross_margin.raw,
        AccountField::Profit => &a.profit.raw,
        AccountField::OrdersLast12 => &a.orders_last_12.raw,
        AccountField::OrdersPrev12 => &a.orders_prev_12.raw,
        AccountField::ShareOfWallet => &a.share_of_wallet.raw,
        AccountField::YearsAsCustomer => &a.years_as_customer.raw,
        AccountField::Complaints => &a.complaints.raw,
        AccountField::LastPurchase => &a.last_purchase.raw,
        _ => "",
    }
}

#[test]
fn bad_input_gives_typed_problems_per_field_and_keeps_the_text() {
    for &(f, text, expected) in BAD_INPUT {
        let mut a = Account {
            name: "Ege Tekstil".into(),
            ..Account::default()
        };
        set(&mut a, f, text);
        let p = portfolio_of(vec![a]);
        let problems = validate(&p);
        let got: Vec<ProblemKind> = problems
            .iter()
            .filter(|x| x.field == f)
            .map(|x| x.kind)
            .collect();
        assert_eq!(
            got,
            expected.into_iter().collect::<Vec<_>>(),
            "{f:?} {text:?}"
        );
        assert_eq!(problems.len(), got.len(), "{f:?} {text:?}: only that field");
        assert_eq!(raw(&p.accounts[0], f), text, "the typed text is kept");
        // The analysis reports the same problems.
        assert_eq!(run(&p, &Settings::default()).account_problems, problems);
        for problem in &problems {
            for locale in Locale::ALL {
                let m = problem.message(locale, &p);
                assert!(
                    !m.is_empty() && !m.contains('{'),
                    "{problem:?} {locale:?}: {m}"
                );
            }
        }
    }
}

#[test]
fn an_invalid_value_is_unknown_to_the_analysis() {
    let mut a = Account {
        name: "X".into(),
        ..Account::default()
    };
    set(&mut a, AccountField::Revenue, "-5");
    set(&mut a, AccountField::LastPurchase, "2025-08-01");
    let p = portfolio_of(vec![a]);
    let r = run(&p, &Settings::default()).accounts[0];
    assert_eq!(
        (r.revenue, r.abc, r.days_since_purchase),
        (None, None, None)
    );
}

/// `(account index, id of the other account)` pairs.
type Pairs = &'static [(usize, u32)];

/// `(names, expected "index→other id" duplicate pairs)`.
const NAMES: &[(&[&str], Pairs)] = &[
    (&["Ege Tekstil", "Akdeniz Seramik"], &[]),
    (&["Ege Tekstil", "ege  tekstil "], &[(0, 2), (1, 1)]),
    (
        &["İZMİR LOJİSTİK", "izmir lojistik", "Izmir Lojistik"],
        &[(0, 2), (1, 1), (2, 1)],
    ),
    (&["کیش پلیمر", "كيش پليمر"], &[(0, 2), (1, 1)]),
    (&["نیک‌نام", "نیکنام"], &[(0, 2), (1, 1)]),
    (&["A", "B", "A", "A"], &[(0, 3), (2, 1), (3, 1)]),
];

#[test]
fn duplicate_names_are_found_the_way_people_read_them() {
    for &(names, expected) in NAMES {
        let p = portfolio_of(
            names
                .iter()
                .map(|n| Account {
                    name: n.to_string(),
                    ..Account::default()
                })
                .collect(),
        );
        let got: Vec<(usize, u32)> = validate(&p)
            .iter()
            .filter_map(|x| match x.kind {
                ProblemKind::DuplicateName { other } => {
                    Some((p.index_of(x.account).unwrap(), other.0))
                }
                _ => None,
            })
            .collect();
        assert_eq!(got, expected, "{names:?}");
    }
    let p = portfolio_of(vec![
        Account {
            name: "Ege".into(),
            ..Account::default()
        },
        Account {
            name: " ege".into(),
            ..Account::default()
        },
    ]);
    let problem = validate(&p)[0];
    assert_eq!(
        problem.message(Locale::En, &p),
        "Another account is already called “ege”."
    );
    assert_eq!(
        problem.message(Locale::Tr, &p),
        "“ege” adında başka bir hesap zaten var."
    );
}

#[test]
fn a_blank_name_is_a_problem_but_not_a_duplicate() {
    let p = portfolio_of(vec![
        Account {
            name: " ".into(),
            ..Account::default()
        },
        Account {
            name: "  ".into(),
            ..Account::default()
        },
    ]);
    let kinds: Vec<ProblemKind> = validate(&p).iter().map(|x| x.kind).collect();
    assert_eq!(kinds, [ProblemKind::EmptyName, ProblemKind::EmptyName]);
}

// ---------------------------------------------------------------------------
// Checklist

#[test]
fn built_in_checklist_is_valid_and_complete() {
    let c = Checklist::from_json(kilit_core::accounts::checklist::BUILTIN_JSON).unwrap();
    assert_eq!(c.locales, [Locale::Tr, Locale::En, Locale::Fa]);
    assert_eq!(c.criteria.len(), 19);
    let count = |g: Group| c.criteria.iter().filter(|x| x.group == g).count();
    assert_eq!(
        (count(Group::Attractiveness), count(Group::Strength)),
        (9, 10)
    );
    for criterion in &c.criteria {
        for locale in Locale::ALL {
            assert!(!criterion.title.get(locale).trim().is_empty());
            let e = criterion.explanation.get(locale);
            assert!(
                !e.trim().is_empty() && !e.contains('\n'),
                "{}: one line",
                criterion.id
            );
        }
    }
    let presets: Vec<&str> = c.presets.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(presets, ["balanced", "growth_focused", "profit_focused"]);
    // The type rules read these ratings.
    for id in [
        "growth_potential",
        "ability_to_pay",
        "reference_value",
        "delivery_service",
        "strategic_fit",
    ] {
        assert_eq!(
            c.criterion(id).map(|x| x.source),
            Some(Source::Rating),
            "{id}"
        );
    }
}

#[test]
fn checklist_fixtures_report_every_problem_with_its_path() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/accounts");
    let mut seen = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let json = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let got = match Checklist::from_json(&json) {
            Ok(_) => String::new(),
            Err(problems) => problems.iter().map(|p| format!("{p}\n")).collect(),
        };
        assert_eq!(got, expected, "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 3);
}

#[test]
fn checklist_problems_are_translated() {
    let problems = Checklist::from_json("[]").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].render(Locale::En), "expected an object");
    assert_eq!(
        problems[0].render(Locale::Tr),
        "burada bir nesne bekleniyordu"
    );
    let problems = Checklist::from_json(r#"{"format":"x"}"#).unwrap_err();
    for p in &problems {
        for locale in Locale::ALL {
            assert!(!p.render(locale).contains('{'), "{p:?}");
        }
    }
    assert_eq!(
        problems[0].render(Locale::Fa),
        "format: قالب باید \"kilit-checklist/1\" باشد، نه \"x\""
    );
}

// ---------------------------------------------------------------------------
// Example portfolio

#[test]
fn example_portfolio_is_realistic_and_clean() {
    for date in [
        today(),
        Date::from_ymd(2024, 2, 29).unwrap(),
        Date::from_ymd(2031, 12, 31).unwrap(),
    ] {
        let p = example_portfolio(date);
        assert_eq!(p.accounts.len(), 25);
        assert_eq!(p.analysis_date, date);
        assert!(validate(&p).is_empty(), "{:?}", validate(&p));
        let with_series = p.accounts.iter().filter(|a| !a.sales.is_empty()).count();
        assert!(with_series >= 20, "{with_series}");
        let a = run(&p, &Settings::default());
        assert!(a.problems.is_empty(), "{:?}", a.problems);
        assert_eq!(a.window.map(|(_, last)| last), Some(date.month()));
        assert_eq!(a.shortlist.entries.len(), 12);
        assert_eq!(a.shortlist.near_misses.len(), 3);
        let count = |f: &dyn Fn(&AccountResult) -> bool| a.accounts.iter().filter(|r| f(r)).count();
        assert!(count(&|r| r.churn.any()) >= 3);
        assert!(count(&|r| r.is_incomplete()) >= 2);
        assert!(count(&|r| r.xyz == Xyz::X) >= 5);
        assert!(count(&|r| r.xyz == Xyz::Z) >= 3);
        assert!(count(&|r| r.kind == KeyAccountKind::RisingStar) >= 2);
        assert!(count(&|r| r.types.breadwinner.is_yes()) >= 2);
        assert!(count(&|r| r.ladder.and_then(|l| l.stage) == Some(LadderStage::OneTime)) >= 1);
        for q in Quadrant::ALL {
            assert!(a.quadrants[q as usize] >= 1, "{q:?}");
        }
        // Dates are stored as offsets: every last purchase is on or before the analysis date.
        for r in &a.accounts {
            assert!(r.days_since_purchase.is_some_and(|d| d >= 0));
        }
    }
}

#[test]
fn every_reason_of_the_example_reads_well_in_every_locale() {
    let p = example_portfolio(today());
    let c = checklist();
    let mut s = Settings::default();
    s.set_override(
        p.accounts[3].id,
        Override::Pin {
            reason: "Pilot project".into(),
        },
    );
    s.set_override(
        p.accounts[0].id,
        Override::Exclude {
            reason: String::new(),
        },
    );
    let a = analyse(&p, &c, &s);
    let sl = &a.shortlist;
    for e in sl.entries.iter().chain(&sl.near_misses).chain(&sl.excluded) {
        for r in &e.reasons {
            for locale in Locale::ALL {
                let m = r.message(locale, &c, &a.settings_used);
                assert!(
                    !m.trim().is_empty() && !m.contains('{') && !m.contains('}'),
                    "{r:?} {locale:?}: {m}"
                );
            }
        }
    }
    for g in &sl.guidance {
        for locale in Locale::ALL {
            assert!(!g.message(locale).contains('{'));
        }
    }
}

// ---------------------------------------------------------------------------
// Messages

#[test]
fn every_message_is_written_in_every_locale() {
    for locale in Locale::ALL {
        for key in AccountsMsg::ALL {
            assert!(
                !key.text(locale).trim().is_empty(),
                "{} {locale:?}",
                key.name()
            );
        }
        for key in kilit_core::accounts::checklist::ChecklistMsg::ALL {
            assert!(
                !key.text(locale).trim().is_empty(),
                "{} {locale:?}",
                key.name()
            );
        }
    }
}

#[test]
fn persian_texts_use_persian_letters() {
    let mut texts: Vec<String> = AccountsMsg::ALL
        .iter()
        .map(|k| k.text(Locale::Fa).to_string())
        .collect();
    texts.extend(
        kilit_core::accounts::checklist::ChecklistMsg::ALL
            .iter()
            .map(|k| k.text(Locale::Fa).to_string()),
    );
    texts.extend(
        kilit_core::number::NumberMsg::ALL
            .iter()
            .map(|k| k.text(Locale::Fa).to_string()),
    );
    texts.extend(
        kilit_core::date::DateMsg::ALL
            .iter()
            .map(|k| k.text(Locale::Fa).to_string()),
    );
    let c = checklist();
    for criterion in &c.criteria {
        texts.push(criterion.title.get(Locale::Fa).to_string());
        texts.push(criterion.explanation.get(Locale::Fa).to_string());
    }
    for t in &texts {
        assert!(!t.contains(['ي', 'ك']), "Arabic yeh or kaf in: {t}");
        assert!(
            !t.contains(" ها ") && !t.contains(" می "),
            "a missing ZWNJ in: {t}"
        );
    }
}

#[test]
fn rules_are_written_down_with_the_thresholds_in_force() {
    let used = run(
        &ladder_of_five(),
        &Settings {
            breadwinner_pct: 12.5,
            high_rating: 5,
            ..Settings::default()
        },
    )
    .settings_used;
    assert_eq!(
        AccountType::Breadwinner.rule(&used, Locale::En),
        "Brings at least 12.5% of the portfolio's profit."
    );
    assert_eq!(
        AccountType::Breadwinner.rule(&used, Locale::Tr),
        "Portföy kârının en az %12,5 kadarını getirir."
    );
    assert_eq!(
        AccountType::Breadwinner.rule(&used, Locale::Fa),
        "دست‌کم ۱۲٫۵٪ از سود کل سبد مشتریان را می‌آورد."
    );
    assert!(AccountType::ImageMaker
        .rule(&used, Locale::En)
        .starts_with("Rated 5 or more"));
    assert!(kilit_core::accounts::explain::abc_rule(&used, Locale::En).contains("at most 80%"));
    assert!(LadderStage::rule(&used, Locale::En).contains("at least 6 of the last 12 months"));
    for q in Quadrant::ALL {
        for locale in Locale::ALL {
            assert!(!q.policy(locale).is_empty());
        }
    }
}

#[test]
fn the_next_id_is_known_before_the_account_is_added() {
    let mut p = ladder_of_five();
    let peeked = p.peek_id();
    assert_eq!(p.peek_id(), peeked, "peeking takes nothing");
    let added = p.add(Account::default());
    assert_eq!(added, peeked);
    assert_ne!(p.peek_id(), added);
}
