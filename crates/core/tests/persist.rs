//! Saving, loading, migrating, exporting and sharing a workspace.
//!
//! Fixtures live in `tests/fixtures/persist/`: `v<N>/` holds workspaces
//! stored by schema version N and must keep loading for ever; `corrupt/`
//! holds damaged ones with the problems expected (`path: message`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use kilit_core::accounts::{
    analyse, example_portfolio, AbcBasis, Account, AccountField, AccountId, Capacity, Checklist,
    Field, MonthlySales, Override, Portfolio, Rating, RelationshipStage, SettingKey, Settings,
};
use kilit_core::assessment::{
    builtin, score, ActionKey, ActionPlan, Answer, Answers, Horizon, PlanRow, RowFields,
};
use kilit_core::date::{Date, Month};
use kilit_core::i18n::Locale;
use kilit_core::persist::*;
use proptest::prelude::*;
use serde_json::{json, Value};

const INSTRUMENT: &str = "kam-readiness";
const NOW: Timestamp = Timestamp(1_751_276_465_123); // 2025-06-30T09:41:05.123Z

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

fn month(y: i32, m: u32) -> Month {
    Month::from_ym(y, m).unwrap()
}

fn blank() -> Workspace {
    Workspace::new(Locale::En, "EUR", date(2025, 1, 1))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/persist")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn key(action: &str, horizon: Horizon) -> ActionKey {
    ActionKey {
        instrument: INSTRUMENT.into(),
        action: action.into(),
        horizon,
    }
}

/// A workspace that uses every stored feature: typed and known fields,
/// unreadable text kept as typed, amounts that only the string form keeps
/// exact, sales with a gap, ratings, pins and exclusions (one for an account
/// that was removed), a plan with suggested, edited, written and dismissed
/// rows, and text in Turkish and Persian with quotes and line breaks.
fn sample() -> Workspace {
    let mut ws = Workspace::new(Locale::Tr, "TRY", date(2025, 6, 30));

    let a = &mut ws.assessment;
    a.current = INSTRUMENT.into();
    let answers: Answers = [
        ("dif_01", Answer::Value(4)),
        ("dif_02", Answer::NotApplicable),
        ("lim_01", Answer::Value(1)),
        ("par_01", Answer::Value(5)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    a.answers.insert(INSTRUMENT.into(), answers);
    a.answers.insert("crm-readiness".into(), Answers::new());
    a.steps.insert(INSTRUMENT.into(), 2);
    a.steps.insert("crm-readiness".into(), 0);
    let mut plan = ActionPlan::suggested(&[
        key("differentiation_reactive_1", Horizon::Days30),
        key("differentiation_reactive_2", Horizon::Days60),
        key("limitation_reactive_1", Horizon::Days30),
    ]);
    plan.edit(
        1,
        RowFields {
            action: "Müşteri ekibiyle \"ortak\" plan;\nilk taslak hazır".into(),
            owner: "Ayşe Yılmaz".into(),
            due: Some("2025-08-31".into()),
            horizon: Horizon::Days60,
        },
    );
    plan.add(RowFields {
        action: "برنامهٔ مشترک با مشتری را بنویسید".into(),
        owner: String::new(),
        due: None,
        horizon: Horizon::Days90,
    });
    plan.remove(0);
    a.plans.insert(INSTRUMENT.into(), plan);

    let p = &mut ws.portfolio;
    p.rating_columns = vec!["growth_potential".into(), "strategic_fit".into()];
    let mut sales: Vec<(Month, f64)> = (0..18)
        .map(|i| {
            (
                month(2023, 7).add_months(i).unwrap(),
                1000.0 + f64::from(i) * 12.25,
            )
        })
        .collect();
    sales.push((month(2025, 3), 0.1 + 0.2)); // after a gap; 17 digits
    sales.push((month(2025, 4), -250.5)); // a credit note
    p.add(Account {
        name: "Anadolu Gıda A.Ş.".into(),
        sector: "Gıda".into(),
        revenue: Field::number("1.250.000,50", Some(Locale::Tr)),
        gross_margin: Field::known(23.5),
        orders_last_12: Field::known(14.0),
        orders_prev_12: Field::known(20.0),
        last_purchase: Field::known_date(date(2025, 5, 2)),
        share_of_wallet: Field::number("%35", Some(Locale::Tr)),
        years_as_customer: Field::known(6.0),
        relationship_stage: Some(RelationshipStage::Cooperative),
        complaints: Field::known(2.0),
        ratings: vec![Rating::new(4).unwrap(), Rating::UNKNOWN],
        sales: MonthlySales::from_entries(sales),
        ..Account::default()
    });
    p.add(Account {
        name: "شرکت پارس \"نوین\"".into(),
        sector: "صنعت, ماشین‌آلات".into(),
        revenue: Field {
            raw: "یک میلیون".into(),
            value: None,
        },
        profit: Field::known(1e-300),
        gross_margin: Field::number("۱۲٫۵", Some(Locale::Fa)),
        last_purchase: Field::date("2025-13-01"),
        years_as_customer: Field {
            raw: String::new(),
            value: Some(f64::MAX),
        },
        ratings: vec![Rating::UNKNOWN, Rating::new(5).unwrap()],
        sales: MonthlySales::from_entries([
            (month(2024, 1), 5e-324),
            (month(2024, 2), -0.0),
            (month(2024, 12), 1e15),
        ]),
        ..Account::default()
    });
    let removed = p.add(Account {
        name: "Silinecek".into(),
        ..Account::default()
    });
    p.add(Account {
        name: "=HYPERLINK(\"http://x\")".into(),
        last_purchase: Field {
            raw: " 2025-06-01 ".into(),
            value: Some(date(2025, 6, 1)),
        },
        ..Account::default()
    });
    p.remove(removed);

    let s = &mut ws.settings;
    s.set_weight("growth_potential", 2.5);
    s.set_weight("size", 0.1 + 0.2);
    s.group_weights.attractiveness = 1.5;
    s.abc_basis = AbcBasis::Profit;
    s.abc_a = 70.0;
    s.churn_days = 120;
    s.high_rating = 5;
    s.capacity = Capacity::Fixed { max: 7 };
    s.set_override(
        AccountId(1),
        Override::Pin {
            reason: "Stratejik ortak; \"öncelikli\"".into(),
        },
    );
    s.set_override(
        AccountId(2),
        Override::Exclude {
            reason: String::new(),
        },
    );
    s.set_override(
        removed,
        Override::Pin {
            reason: "silinmiş hesap".into(),
        },
    );
    ws
}

fn save(ws: &Workspace) -> String {
    save_workspace(ws, "Anadolu danışmanlık", NOW)
}

// ---------------------------------------------------------------------------
// Round trip and fixtures

#[test]
fn sample_round_trips_exactly() {
    let ws = sample();
    let loaded = load_workspace(&save(&ws), &blank()).unwrap();
    assert_eq!(loaded.problems, []);
    assert_eq!(loaded.workspace, ws);
    assert_eq!(loaded.name.as_deref(), Some("Anadolu danışmanlık"));
    assert_eq!(loaded.saved_at, Some(NOW));
    assert_eq!(loaded.schema_version, SCHEMA_VERSION);
    assert!(!loaded.was_migrated());
}

#[test]
fn removed_account_ids_are_not_handed_out_again() {
    let ws = sample();
    let mut loaded = load_workspace(&save(&ws), &blank()).unwrap().workspace;
    // Ids 1, 2 and 4 are in use, 3 was removed (and still has a pin).
    assert_eq!(loaded.portfolio.fresh_id(), AccountId(5));
}

/// The stored form of version 1 is frozen: if this fails, the writer
/// changed. Bump `SCHEMA_VERSION`, add a migration step and a `v2/`
/// fixture, and keep this one loading.
#[test]
fn writer_still_writes_the_v1_fixture() {
    let fixture: Value = serde_json::from_str(&read(&fixtures().join("v1/full.json"))).unwrap();
    let written: Value = serde_json::from_str(&save(&sample())).unwrap();
    assert_eq!(written, fixture);
}

#[test]
fn every_past_version_fixture_loads_cleanly() {
    let mut seen = 0;
    for version in 1..=SCHEMA_VERSION {
        let dir = fixtures().join(format!("v{version}"));
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no fixtures for version {version}");
        for file in files {
            let loaded = load_workspace(&read(&file), &blank())
                .unwrap_or_else(|e| panic!("{}: {e:?}", file.display()));
            assert_eq!(loaded.problems, [], "{}", file.display());
            assert_eq!(loaded.schema_version, version, "{}", file.display());
            seen += 1;
        }
    }
    assert!(seen >= 3);
}

#[test]
fn v1_full_fixture_is_the_sample() {
    let loaded = load_workspace(&read(&fixtures().join("v1/full.json")), &blank()).unwrap();
    assert_eq!(loaded.workspace, sample());
}

#[test]
fn v1_minimal_fixture_is_the_blank_workspace() {
    let loaded = load_workspace(&read(&fixtures().join("v1/minimal.json")), &blank()).unwrap();
    assert_eq!(loaded.workspace, blank());
    assert_eq!(loaded.name, None);
    assert_eq!(loaded.saved_at, None);
}

#[test]
fn v1_handwritten_fixture_reads_every_accepted_form() {
    let loaded = load_workspace(&read(&fixtures().join("v1/handwritten.json")), &blank()).unwrap();
    let mut ws = loaded.workspace;
    assert_eq!(ws.locale, Locale::Fa);
    let a = &ws.portfolio.accounts[0];
    assert_eq!(a.id, AccountId(7));
    assert_eq!(a.revenue, Field::known(1200.0)); // an integer
    assert_eq!(a.profit, Field::known(0.1 + 0.2)); // a string amount
    assert_eq!(
        a.gross_margin,
        Field {
            raw: "۲۵٪".into(),
            value: Some(25.0)
        }
    );
    assert_eq!(
        a.complaints,
        Field {
            raw: "?".into(),
            value: None
        }
    );
    assert_eq!(a.last_purchase, Field::known_date(date(2025, 3, 1)));
    assert_eq!(
        a.sales.entries(),
        [
            (month(2024, 11), 10.0),
            (month(2024, 12), 20.5),
            (month(2025, 2), 7.0)
        ]
    );
    assert_eq!(ws.portfolio.fresh_id(), AccountId(8)); // no next_id: one past the largest id
    assert_eq!(
        ws.settings.capacity,
        Capacity::Managers {
            managers: 3,
            accounts_each: 4
        }
    );
    assert_eq!(ws.settings.abc_a, 80.0); // absent: the default
    assert_eq!(
        ws.assessment.answers["kam-readiness"]["dif_01"],
        Answer::Value(3)
    );
    assert_eq!(
        ws.assessment.answers["kam-readiness"]["dif_02"],
        Answer::NotApplicable
    );
}

// ---------------------------------------------------------------------------
// Errors and damaged data

/// `(stored text, expected error)`.
fn load_errors() -> Vec<(String, LoadError)> {
    let env = |v: Value| v.to_string();
    vec![
        (String::new(), LoadError::Empty),
        ("  \n".into(), LoadError::Empty),
        ("\u{feff}".into(), LoadError::Empty),
        (
            "{\"schema_version\": 1, \"data\": {\"locale\"".into(),
            LoadError::Truncated,
        ),
        ("nope".into(), LoadError::NotJson { line: 1, column: 2 }),
        (
            "{\n  \"a\": 1,\n  \"b\": x\n}".into(),
            LoadError::NotJson { line: 3, column: 8 },
        ),
        ("[1, 2]".into(), LoadError::NotAWorkspace),
        (env(json!({"data": {}})), LoadError::NotAWorkspace),
        (
            env(json!({"format": 1, "schema_version": 1, "data": {}})),
            LoadError::NotAWorkspace,
        ),
        (
            env(json!({"format": "kilit-checklist/1", "id": "x"})),
            LoadError::WrongFormat {
                found: "kilit-checklist/1".into(),
            },
        ),
        (
            env(json!({"format": "kilit-workspace-index", "schema_version": 1, "data": {}})),
            LoadError::WrongFormat {
                found: "kilit-workspace-index".into(),
            },
        ),
        (
            env(json!({"schema_version": 0, "data": {}})),
            LoadError::BadVersion,
        ),
        (
            env(json!({"schema_version": -1, "data": {}})),
            LoadError::BadVersion,
        ),
        (
            env(json!({"schema_version": 1.5, "data": {}})),
            LoadError::BadVersion,
        ),
        (
            env(json!({"schema_version": "1", "data": {}})),
            LoadError::BadVersion,
        ),
        (
            env(json!({"schema_version": 2, "data": {}})),
            LoadError::TooNew {
                found: 2,
                supported: SCHEMA_VERSION,
            },
        ),
        (env(json!({"schema_version": 1})), LoadError::NoData),
        (
            env(json!({"schema_version": 1, "data": [1]})),
            LoadError::NoData,
        ),
    ]
}

#[test]
fn unreadable_data_gives_a_typed_error() {
    for (text, want) in load_errors() {
        assert_eq!(load_workspace(&text, &blank()), Err(want), "{text:?}");
    }
}

#[test]
fn a_workspace_from_a_future_version_is_refused_with_the_versions() {
    let err = load_workspace(&read(&fixtures().join("future.json")), &blank()).unwrap_err();
    assert_eq!(
        err,
        LoadError::TooNew {
            found: 99,
            supported: 1
        }
    );
    assert_eq!(
        err.message(Locale::En),
        "This workspace was saved by a newer version of Kilit (format 99; this version reads up to format 1). Reload the page to get the newest version and try again."
    );
    assert!(err.message(Locale::Fa).contains("۹۹"));
}

#[test]
fn import_refuses_oversized_files_before_parsing() {
    let text = " ".repeat(MAX_IMPORT_BYTES + 1);
    assert_eq!(
        import_workspace(&text, &blank()),
        Err(LoadError::TooLarge {
            size: MAX_IMPORT_BYTES + 1,
            max: MAX_IMPORT_BYTES
        })
    );
    assert!(import_workspace(&save(&sample()), &blank()).is_ok());
}

/// Each `corrupt/*.json` lists in `*.expected` every problem as
/// `path: message` (English), and loads everything else.
#[test]
fn damaged_fixtures_keep_what_can_be_kept_and_say_what_was_lost() {
    let dir = fixtures().join("corrupt");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let loaded = load_workspace(&read(&path), &blank()).unwrap();
        let got: Vec<String> = loaded
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.path, p.message(Locale::En)))
            .collect();
        let want: Vec<String> = read(&path.with_extension("expected"))
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        assert_eq!(got, want, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 1);
}

#[test]
fn damaged_fixture_keeps_the_readable_parts() {
    let loaded = load_workspace(&read(&fixtures().join("corrupt/partly.json")), &blank()).unwrap();
    let ws = loaded.workspace;
    let names: Vec<&str> = ws
        .portfolio
        .accounts
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["Anadolu Gıda A.Ş.", "Ege Tekstil"]);
    assert_eq!(ws.portfolio.accounts[1].revenue, Field::empty()); // its bad revenue
    assert_eq!(ws.portfolio.accounts[1].gross_margin, Field::known(18.0));
    assert_eq!(ws.settings.abc_a, Settings::default().abc_a);
    assert_eq!(ws.settings.abc_b, 90.0);
    assert_eq!(ws.locale, Locale::En); // from `blank`
    assert_eq!(ws.assessment.answers[INSTRUMENT].len(), 1);
    assert_eq!(ws.assessment.plans[INSTRUMENT].rows.len(), 1);
}

#[test]
fn problems_name_the_part_in_every_language() {
    let p = DataProblem {
        path: "data.portfolio.accounts[3]".into(),
        part: Part::Account {
            position: 4,
            name: Some("Ege Tekstil".into()),
        },
        effect: Effect::LeftOut,
    };
    assert_eq!(
        p.message(Locale::En),
        "Account 4 (“Ege Tekstil”) could not be read and was left out."
    );
    assert_eq!(
        p.message(Locale::Tr),
        "4. hesap (“Ege Tekstil”) okunamadı ve dışarıda bırakıldı."
    );
    assert_eq!(
        p.message(Locale::Fa),
        "مشتری شمارهٔ ۴ («Ege Tekstil») خوانده نشد و کنار گذاشته شد."
    );
    let s = DataProblem {
        path: "data.settings.abc_a".into(),
        part: Part::Setting(SettingName::Key(SettingKey::AbcA)),
        effect: Effect::DefaultUsed,
    };
    assert_eq!(
        s.message(Locale::En),
        "The setting “A cut-off” could not be read; the default is used instead."
    );
    let f = DataProblem {
        path: "data.portfolio.accounts[1].revenue".into(),
        part: Part::AccountField {
            name: "Ege".into(),
            field: AccountField::Revenue,
        },
        effect: Effect::LeftOut,
    };
    assert_eq!(
        f.message(Locale::Tr),
        "“Ege” hesabının “Yıllık ciro” alanı okunamadı ve dışarıda bırakıldı."
    );
}

#[test]
fn every_message_is_translated_and_filled() {
    for locale in Locale::ALL {
        for key in PersistMsg::ALL {
            let text = key.text(locale);
            assert!(!text.trim().is_empty(), "{} {locale:?}", key.name());
            if locale == Locale::Fa {
                // Persian letters, not their Arabic look-alikes.
                assert!(
                    !text.contains(['ي', 'ك']),
                    "{}: Arabic yeh or kaf",
                    key.name()
                );
            }
        }
        let mut messages: Vec<String> = load_errors()
            .into_iter()
            .map(|(_, e)| e.message(locale))
            .collect();
        messages.push(
            LoadError::Migration {
                from: 1,
                detail: String::new(),
            }
            .message(locale),
        );
        messages.push(
            LoadError::TooLarge {
                size: 70 << 20,
                max: MAX_IMPORT_BYTES,
            }
            .message(locale),
        );
        messages.extend(share_errors().iter().map(|e| e.message(locale)));
        messages.extend(
            [
                IndexError::NameEmpty,
                IndexError::NameTooLong {
                    max: MAX_NAME_CHARS,
                },
                IndexError::NameTaken {
                    name: "Acme".into(),
                },
                IndexError::NotFound,
            ]
            .iter()
            .map(|e| e.message(locale)),
        );
        for m in messages {
            assert!(!m.contains('{') && !m.contains('}'), "unfilled: {m}");
        }
    }
}

// ---------------------------------------------------------------------------
// Named workspaces

#[test]
fn workspaces_are_created_renamed_duplicated_switched_and_deleted() {
    let mut index = WorkspaceIndex::new();
    let t = |ms: i64| Timestamp(NOW.0 + ms);
    let a = index.create("Anadolu Gıda", t(0)).unwrap();
    assert_eq!(index.current, Some(a), "the first workspace is opened");
    let b = index.create("  Ege Tekstil ", t(0)).unwrap();
    assert_ne!(a, b, "same millisecond, different ids");
    assert_eq!(index.get(b).unwrap().name, "Ege Tekstil");
    assert_eq!(index.current, Some(a));

    assert_eq!(
        index.create("anadolu gıda", t(1)),
        Err(IndexError::NameTaken {
            name: "anadolu gıda".into()
        })
    );
    assert_eq!(index.create("   ", t(1)), Err(IndexError::NameEmpty));
    assert_eq!(
        index.create(&"x".repeat(81), t(1)),
        Err(IndexError::NameTooLong { max: 80 })
    );

    index.rename(a, "Anadolu Gıda A.Ş.").unwrap();
    index.rename(a, "ANADOLU GIDA A.Ş.").unwrap(); // its own name, in other case
    assert_eq!(
        index.rename(a, "Ege Tekstil"),
        Err(IndexError::NameTaken {
            name: "Ege Tekstil".into()
        })
    );
    assert_eq!(index.rename(WorkspaceId(1), "X"), Err(IndexError::NotFound));

    let c = index.duplicate(b, t(5), Locale::En).unwrap();
    let d = index.duplicate(b, t(6), Locale::En).unwrap();
    let e = index.duplicate(b, t(7), Locale::Fa).unwrap();
    assert_eq!(index.get(c).unwrap().name, "Ege Tekstil (copy)");
    assert_eq!(index.get(d).unwrap().name, "Ege Tekstil (copy 2)");
    assert_eq!(index.get(e).unwrap().name, "Ege Tekstil (رونوشت)");

    index.switch(c).unwrap();
    index.touch(b, t(100));
    assert_eq!(index.switch(WorkspaceId(1)), Err(IndexError::NotFound));
    assert_eq!(index.delete(c).unwrap().id, c);
    assert_eq!(
        index.current,
        Some(b),
        "the most recently updated one opens"
    );
    for id in [a, b, d, e] {
        index.delete(id).unwrap();
    }
    assert_eq!(index.current, None);
    assert_eq!(index.delete(a), Err(IndexError::NotFound));
}

#[test]
fn copy_names_stay_within_the_limit() {
    let mut index = WorkspaceIndex::new();
    let long = "Ç".repeat(MAX_NAME_CHARS);
    let id = index.create(&long, NOW).unwrap();
    let copy = index.duplicate(id, NOW, Locale::Tr).unwrap();
    let name = &index.get(copy).unwrap().name;
    assert_eq!(name.chars().count(), MAX_NAME_CHARS);
    assert!(name.ends_with(" (kopya)"));
}

#[test]
fn default_names_count_up() {
    let mut index = WorkspaceIndex::new();
    assert_eq!(index.default_name(Locale::En), "Workspace 1");
    index.create("Workspace 1", NOW).unwrap();
    assert_eq!(index.default_name(Locale::En), "Workspace 2");
    assert_eq!(index.default_name(Locale::Tr), "Çalışma dosyası 1");
    // Persian names count in Persian digits.
    assert!(index.default_name(Locale::Fa).ends_with('۱'), "{}", index.default_name(Locale::Fa));
    index.create(&index.default_name(Locale::Fa), NOW).unwrap();
    assert!(index.default_name(Locale::Fa).ends_with('۲'));
    assert!(index.copy_name("الف", Locale::Fa).contains("الف"));
}

#[test]
fn the_workspace_list_round_trips_and_survives_damage() {
    let mut index = WorkspaceIndex::new();
    let a = index.create("Anadolu", NOW).unwrap();
    let b = index
        .create("Pars \"Novin\"", Timestamp(NOW.0 + 1))
        .unwrap();
    index.switch(b).unwrap();
    let json = index.to_json(NOW);
    assert_eq!(
        WorkspaceIndex::from_json(&json),
        Ok((index.clone(), vec![]))
    );

    let mut v: Value = serde_json::from_str(&json).unwrap();
    let list = v["data"]["workspaces"].as_array_mut().unwrap();
    list.push(json!({"id": a.0, "name": "Again", "created": "2025-01-01T00:00:00Z"}));
    list.push(json!({"id": 5, "name": "", "created": "2025-01-01T00:00:00Z"}));
    list.push(json!("junk"));
    list.push(json!({"id": 6, "name": "x".repeat(81), "created": "2025-01-01T00:00:00Z"}));
    v["data"]["current"] = json!(12345);
    let (read, problems) = WorkspaceIndex::from_json(&v.to_string()).unwrap();
    assert_eq!(read.workspaces, index.workspaces);
    assert_eq!(read.current, None);
    let got: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", p.path, p.message(Locale::En)))
        .collect();
    assert_eq!(
        got,
        [
            "data.workspaces[2]: Entry 3 of the workspace list has the same internal number as an earlier one and was left out.",
            "data.workspaces[3]: Entry 4 of the workspace list could not be read and was left out.",
            "data.workspaces[4]: Entry 5 of the workspace list could not be read and was left out.",
            "data.workspaces[5]: Entry 6 of the workspace list could not be read and was left out.",
            "data.current: The choice of the open workspace could not be read and was left out.",
        ]
    );
    assert_eq!(WorkspaceIndex::from_json("{"), Err(LoadError::Truncated));
}

#[test]
fn a_lost_list_is_rebuilt_from_the_stored_workspaces() {
    let found = [
        (
            WorkspaceId(20),
            Some("Ege".to_string()),
            Some(Timestamp(2000)),
        ),
        (
            WorkspaceId(10),
            Some("Ege".to_string()),
            Some(Timestamp(1000)),
        ),
        (WorkspaceId(30), None, None),
    ];
    let index = WorkspaceIndex::recover(found, NOW, Locale::En);
    let names: Vec<(u64, &str)> = index
        .workspaces
        .iter()
        .map(|w| (w.id.0, w.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [(10, "Ege"), (20, "Ege (copy)"), (30, "Workspace 1")]
    );
    assert_eq!(index.current, Some(WorkspaceId(30)));
}

#[test]
fn storage_keys() {
    assert_eq!(
        WorkspaceId(1751276465123).storage_key(),
        "kilit.workspace.1751276465123"
    );
    assert_eq!(
        WorkspaceId::from_storage_key("kilit.workspace.42"),
        Some(WorkspaceId(42))
    );
    for bad in [
        "kilit.workspace.",
        "kilit.workspace.4a",
        "kilit.workspaces",
        "kilit.workspace.+4",
    ] {
        assert_eq!(WorkspaceId::from_storage_key(bad), None, "{bad}");
    }
    assert_eq!(
        backup_key("kilit.workspace.42", NOW),
        "kilit.backup.1751276465123.kilit.workspace.42"
    );
}

// ---------------------------------------------------------------------------
// Share links

fn share_errors() -> Vec<ShareError> {
    vec![
        ShareError::NotALink,
        ShareError::TooNew { found: 7 },
        ShareError::BadCharacter { position: 12 },
        ShareError::Truncated,
        ShareError::Damaged,
        ShareError::TooLarge {
            size: 40_000,
            limit: MAX_FRAGMENT_CHARS,
        },
        ShareError::Unreadable,
        ShareError::ContentsTooLarge,
        ShareError::WrongKind,
    ]
}

#[test]
fn a_share_link_round_trips_in_every_form() {
    let bytes: Vec<u8> = (0..=255).collect();
    for kind in [ShareKind::Results, ShareKind::Workspace] {
        let link = encode_share(kind, &bytes).unwrap();
        assert!(link.starts_with("#/share/1."));
        let payload = link.trim_start_matches("#/share/");
        let want = ShareFrame {
            kind,
            version: 1,
            compressed: bytes.clone(),
        };
        let wrapped: String = payload
            .as_bytes()
            .chunks(60)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect::<Vec<_>>()
            .join("\r\n ");
        for form in [
            link.clone(),
            format!("https://example.org/kilit/{link}"),
            payload.to_string(),
            format!("/share/{payload}/"),
            format!("  {wrapped}  "),
        ] {
            assert_eq!(decode_share(&form), Ok(want.clone()), "{form}");
        }
    }
    assert_eq!(
        decode_share(&encode_share(ShareKind::Results, &[]).unwrap())
            .unwrap()
            .compressed,
        b""
    );
}

#[test]
fn share_links_have_a_clear_limit() {
    let header = "#/share/1.".len();
    // 9 frame bytes + n compressed, base64url: the largest n that fits.
    let fits = (0..MAX_FRAGMENT_CHARS)
        .rev()
        .find(|n| header + base64url_len(9 + n) <= MAX_FRAGMENT_CHARS)
        .unwrap();
    let link = encode_share(ShareKind::Workspace, &vec![7; fits]).unwrap();
    assert!(link.len() <= MAX_FRAGMENT_CHARS);
    let err = encode_share(ShareKind::Workspace, &vec![7; fits + 1]).unwrap_err();
    assert_eq!(
        err,
        ShareError::TooLarge {
            size: header + base64url_len(10 + fits),
            limit: MAX_FRAGMENT_CHARS
        }
    );
    assert_eq!(
        err.message(Locale::En),
        format!(
            "This is too large to share as a link ({} characters; a link can hold at most 32,768). Use “Export JSON” and send the file instead.",
            kilit_core::number::format_integer((header + base64url_len(10 + fits)) as i64, Locale::En)
        )
    );
    assert!(err.message(Locale::Tr).contains("JSON olarak dışa aktar"));
}

#[test]
fn a_cut_off_link_says_so() {
    let link = encode_share(ShareKind::Results, b"some compressed bytes, long enough").unwrap();
    for cut in "#/share/1.".len()..link.len() {
        let got = decode_share(&link[..cut]);
        assert_eq!(got, Err(ShareError::Truncated), "cut at {cut}");
    }
}

#[test]
fn a_changed_link_is_detected() {
    let bytes = b"\x01\x02compressed";
    let link = encode_share(ShareKind::Workspace, bytes).unwrap();
    let start = "#/share/1.".len();
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in start..link.len() {
        for c in alphabet.chars() {
            let mut changed = link.clone();
            changed.replace_range(i..i + 1, &c.to_string());
            match decode_share(&changed) {
                // Only the unused low bits of the last character may change.
                Ok(frame) => assert_eq!(frame.compressed, bytes, "{changed}"),
                Err(e) => assert!(
                    matches!(e, ShareError::Damaged | ShareError::Truncated),
                    "{changed}: {e:?}"
                ),
            }
        }
    }
}

#[test]
fn share_link_errors() {
    let link = encode_share(ShareKind::Results, b"abc").unwrap();
    let payload = link.trim_start_matches("#/share/1.");
    let cases: Vec<(String, ShareError)> = vec![
        (String::new(), ShareError::NotALink),
        ("#/share/".into(), ShareError::NotALink),
        ("#/share/abc".into(), ShareError::NotALink),
        (format!("#/share/x.{payload}"), ShareError::NotALink),
        (
            format!("#/share/2.{payload}"),
            ShareError::TooNew { found: 2 },
        ),
        (format!("#/share/0.{payload}"), ShareError::Damaged),
        (
            format!(
                "#/share/1.{}",
                payload.replacen('A', "+", 1).replacen('B', "+", 1)
            ),
            ShareError::BadCharacter {
                position: payload.find(['A', 'B']).unwrap() + 1,
            },
        ),
        (format!("#/share/1.{payload}AAAA"), ShareError::Damaged),
        ("#/share/1.".into(), ShareError::Truncated),
        (
            format!("#/share/1.{}", "A".repeat(4 * MAX_FRAGMENT_CHARS)),
            ShareError::ContentsTooLarge,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(decode_share(&text), Err(want), "{text}");
    }
    // A valid frame with an unknown kind.
    let mut frame = vec![b'x', 0, 0, 0, 0];
    let crc = crc32(&frame);
    frame.extend_from_slice(&crc.to_be_bytes());
    assert_eq!(
        decode_share(&format!("1.{}", base64url_encode(&frame))),
        Err(ShareError::Damaged)
    );
}

/// Framed by a separate implementation (Python's `zlib`): raw DEFLATE of a
/// small results JSON, CRC-32 and base64url as documented.
#[test]
fn a_link_framed_elsewhere_decodes() {
    let link = "#/share/1.cgAAAHEZmRcRHcxBCsIwEIXhu8zaSJJawZzDlSJlaEYSnBqYGbspvbvR7eP_3gbPJgsaJHhVrua0oFB2QvphUziAzoUWnFYSre0NKfQJV8rTH0UfR-fPbvBXf0mnkPx4DHG4dZjRENIG3GZk6q3J7640Ma7a8f2x718";
    let frame = decode_share(link).unwrap();
    assert_eq!(frame.kind, ShareKind::Results);
    assert_eq!(frame.compressed.len(), 0x71);
    assert_eq!(encode_share(frame.kind, &frame.compressed).unwrap(), link);
}

fn sample_results() -> SharedResults {
    let ws = sample();
    let checklist = Checklist::builtin();
    let analysis = analyse(&ws.portfolio, &checklist, &ws.settings);
    SharedResults {
        locale: Locale::Fa,
        assessment: Some(SharedAssessment {
            instrument: INSTRUMENT.into(),
            instrument_version: "1.0.0".into(),
            answers: ws.assessment.answers[INSTRUMENT].clone(),
            plan: ws.assessment.plans[INSTRUMENT].clone(),
        }),
        shortlist: ws
            .portfolio
            .accounts
            .iter()
            .zip(&analysis.accounts)
            .map(|(a, r)| SharedAccount::from_result(&a.name, r))
            .collect(),
    }
}

#[test]
fn shared_results_round_trip() {
    let results = sample_results();
    let json = results.to_json(NOW);
    assert_eq!(SharedResults::from_json(&json), Ok(results.clone()));
    assert_eq!(
        read_shared(ShareKind::Results, &json, &blank()),
        Ok(Shared::Results(results))
    );
    let ws_json = workspace_share_json(&sample(), "Anadolu", NOW);
    match read_shared(ShareKind::Workspace, &ws_json, &blank()) {
        Ok(Shared::Workspace(loaded)) => assert_eq!(loaded.workspace, sample()),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        read_shared(ShareKind::Workspace, &json, &blank()),
        Err(ShareError::WrongKind)
    );
    assert_eq!(
        read_shared(ShareKind::Results, &ws_json, &blank()),
        Err(ShareError::WrongKind)
    );
    assert_eq!(
        read_shared(ShareKind::Results, "{", &blank()),
        Err(ShareError::Unreadable)
    );
    assert_eq!(
        read_shared(
            ShareKind::Results,
            &" ".repeat(MAX_SHARED_JSON_BYTES + 1),
            &blank()
        ),
        Err(ShareError::ContentsTooLarge)
    );
    let mut v: Value = serde_json::from_str(&results_json_with_bad_status()).unwrap();
    v["schema_version"] = json!(5);
    assert_eq!(
        SharedResults::from_json(&v.to_string()),
        Err(ShareError::TooNew { found: 5 })
    );
    assert_eq!(
        SharedResults::from_json(&results_json_with_bad_status()),
        Err(ShareError::Unreadable)
    );
}

fn results_json_with_bad_status() -> String {
    let mut v: Value = serde_json::from_str(&sample_results().to_json(NOW)).unwrap();
    v["data"]["shortlist"][0]["status"] = json!("promoted");
    v.to_string()
}

// ---------------------------------------------------------------------------
// CSV

fn row(cells: Vec<Cell>) -> Table {
    Table {
        header: vec!["h".into(); cells.len()],
        rows: vec![cells],
    }
}

/// The second line of the CSV text of one row.
fn line(cells: Vec<Cell>, d: Delimiter) -> String {
    let text = csv_text(&row(cells), d);
    text.split("\r\n").nth(1).unwrap().to_string()
}

#[test]
fn csv_quotes_what_needs_quoting() {
    let t = |s: &str| Cell::text(s);
    let cases: &[(Vec<Cell>, Delimiter, &str)] = &[
        (vec![t("a"), t("b c")], Delimiter::Comma, "a,b c"),
        (vec![t("a,b"), t("x")], Delimiter::Comma, "\"a,b\",x"),
        (vec![t("a,b"), t("x")], Delimiter::Semicolon, "a,b;x"),
        (vec![t("a;b")], Delimiter::Semicolon, "\"a;b\""),
        (
            vec![t("say \"hi\"")],
            Delimiter::Comma,
            "\"say \"\"hi\"\"\"",
        ),
        (vec![t("two\nlines")], Delimiter::Comma, "\"two\nlines\""),
        (vec![t("cr\rx")], Delimiter::Comma, "\"cr\rx\""),
        (vec![t(" padded ")], Delimiter::Comma, "\" padded \""),
        (
            vec![t("Anadolu Gıda A.Ş."), t("شرکت پارس")],
            Delimiter::Comma,
            "Anadolu Gıda A.Ş.,شرکت پارس",
        ),
        (
            vec![t("=1+2"), t("+90 555"), t("-x"), t("@sum")],
            Delimiter::Comma,
            "'=1+2,'+90 555,'-x,'@sum",
        ),
        (vec![t("=a,b")], Delimiter::Comma, "\"'=a,b\""),
        (
            vec![Cell::Empty, t(""), Cell::Empty],
            Delimiter::Comma,
            ",,",
        ),
    ];
    for (cells, d, want) in cases {
        assert_eq!(line(cells.clone(), *d), *want, "{cells:?}");
    }
}

#[test]
fn csv_writes_numbers_for_the_delimiter() {
    let cells = || {
        vec![
            Cell::Number(1234.5),
            Cell::Number(0.1 + 0.2),
            Cell::Number(1e21),
            Cell::Number(-0.0),
            Cell::Number(f64::NAN),
            Cell::Fixed {
                value: 63.333_333,
                decimals: 1,
            },
            Cell::Fixed {
                value: -0.04,
                decimals: 1,
            },
            Cell::Fixed {
                value: 2.5,
                decimals: 0,
            },
            Cell::Integer(-42),
            Cell::number(None),
        ]
    };
    assert_eq!(
        line(cells(), Delimiter::Comma),
        "1234.5,0.30000000000000004,1000000000000000000000,0,,63.3,0.0,2,-42,"
    );
    assert_eq!(
        line(cells(), Delimiter::Semicolon),
        "1234,5;0,30000000000000004;1000000000000000000000;0;;63,3;0,0;2;-42;"
    );
}

#[test]
fn csv_text_has_a_bom_and_crlf_lines() {
    let table = Table {
        header: vec!["Ad".into(), "Ciro".into()],
        rows: vec![vec![Cell::text("Ege"), Cell::Number(1.5)]],
    };
    assert_eq!(
        csv_text(&table, Delimiter::Semicolon),
        "\u{feff}Ad;Ciro\r\nEge;1,5\r\n"
    );
    assert_eq!(Delimiter::for_locale(Locale::Tr), Delimiter::Semicolon);
    assert_eq!(Delimiter::for_locale(Locale::En), Delimiter::Comma);
}

#[test]
fn the_accounts_table_has_every_score_and_class() {
    let p = example_portfolio(date(2025, 6, 30));
    let checklist = Checklist::builtin();
    let analysis = analyse(&p, &checklist, &Settings::default());
    for locale in Locale::ALL {
        let table = accounts_table(&p, &checklist, &analysis, locale);
        assert_eq!(table.header.len(), 28 + checklist.criteria.len());
        assert_eq!(table.rows.len(), p.accounts.len());
        for r in &table.rows {
            assert_eq!(r.len(), table.header.len());
        }
        let csv = csv_text(&table, Delimiter::for_locale(locale));
        let parsed = parse_csv(&csv, Delimiter::for_locale(locale).as_char());
        assert_eq!(parsed.len(), p.accounts.len() + 1);
        assert!(
            parsed.iter().all(|r| r.len() == table.header.len()),
            "{locale:?}"
        );
    }
    let table = accounts_table(&p, &checklist, &analysis, Locale::En);
    let col = |name: &str| table.header.iter().position(|h| h == name).unwrap();
    let best = analysis.ranking[0] as usize;
    assert_eq!(table.rows[best][col("Rank")], Cell::Integer(1));
    assert_eq!(
        table.rows[best][col("Name")],
        Cell::text(p.accounts[best].name.clone())
    );
    assert!(matches!(table.rows[best][col("ABC class")], Cell::Text(_)));
}

#[test]
fn the_assessment_table_has_answers_and_area_scores() {
    let instrument = builtin(INSTRUMENT).unwrap().unwrap();
    let answers = sample().assessment.answers[INSTRUMENT].clone();
    let results = score(&instrument, &answers);
    let table = assessment_table(&instrument, &answers, &results, Locale::Tr);
    assert_eq!(table.header[0], "Alan");
    assert_eq!(table.rows.len(), instrument.items().len() + 1);
    let dif_01 = table
        .rows
        .iter()
        .find(|r| r[3] == Cell::text("dif_01"))
        .unwrap();
    assert_eq!(dif_01[5], Cell::Integer(4));
    assert_eq!(dif_01[6], Cell::text("Katılıyorum"));
    let dif_02 = table
        .rows
        .iter()
        .find(|r| r[3] == Cell::text("dif_02"))
        .unwrap();
    assert_eq!(dif_02[6], Cell::text("Geçerli değil / bilmiyorum"));
    assert_eq!(table.rows.last().unwrap()[0], Cell::text("Genel endeks"));
}

/// A minimal RFC 4180 reader, to check what the writer writes.
fn parse_csv(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap();
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == delimiter => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

// ---------------------------------------------------------------------------
// Properties

fn float() -> impl Strategy<Value = f64> {
    use proptest::num::f64 as f;
    prop_oneof![
        f::POSITIVE | f::NEGATIVE | f::NORMAL | f::SUBNORMAL | f::ZERO | f::INFINITE,
        (-1_000_000_000_000i64..1_000_000_000_000).prop_map(|c| c as f64 / 100.0),
        (0u32..1000).prop_map(|n| f64::from(n) * 0.1),
    ]
}

fn finite() -> impl Strategy<Value = f64> {
    float().prop_filter("finite", |v| v.is_finite())
}

fn any_date() -> impl Strategy<Value = Date> {
    (-719_162i32..2_932_896).prop_map(|d| Date::from_days_since_epoch(d).unwrap())
}

fn number_field() -> impl Strategy<Value = Field<f64>> {
    prop_oneof![
        Just(Field::empty()),
        float().prop_map(Field::known),
        (any::<String>(), proptest::option::of(float()))
            .prop_map(|(raw, value)| Field { raw, value }),
    ]
}

fn date_field() -> impl Strategy<Value = Field<Date>> {
    prop_oneof![
        Just(Field::empty()),
        any_date().prop_map(Field::known_date),
        (any::<String>(), proptest::option::of(any_date()))
            .prop_map(|(raw, value)| Field { raw, value }),
    ]
}

fn sales() -> impl Strategy<Value = MonthlySales> {
    // Distinct months: `from_entries` adds up repeats, and two huge repeats
    // would add up to infinity, which it then keeps but would drop on load.
    proptest::collection::btree_map(12i32..120_000, finite(), 0..30).prop_map(|m| {
        MonthlySales::from_entries(
            m.into_iter()
                .map(|(i, v)| (Month::from_index(i).unwrap(), v)),
        )
    })
}

fn account() -> impl Strategy<Value = Account> {
    let texts = (any::<String>(), any::<String>());
    let numbers = proptest::collection::vec(number_field(), 8);
    let rest = (
        date_field(),
        proptest::option::of(proptest::sample::select(RelationshipStage::ALL.to_vec())),
        proptest::collection::vec(0u8..=5, 0..5),
        sales(),
    );
    (texts, numbers, rest).prop_map(
        |((name, sector), n, (last_purchase, stage, ratings, sales))| Account {
            id: AccountId(0),
            name,
            sector,
            revenue: n[0].clone(),
            gross_margin: n[1].clone(),
            profit: n[2].clone(),
            orders_last_12: n[3].clone(),
            orders_prev_12: n[4].clone(),
            last_purchase,
            share_of_wallet: n[5].clone(),
            years_as_customer: n[6].clone(),
            relationship_stage: stage,
            complaints: n[7].clone(),
            ratings: ratings
                .into_iter()
                .map(|r| Rating::new(r).unwrap_or(Rating::UNKNOWN))
                .collect(),
            sales,
        },
    )
}

fn portfolio() -> impl Strategy<Value = Portfolio> {
    (
        any::<String>(),
        any_date(),
        proptest::collection::vec(any::<String>(), 0..4),
        proptest::collection::btree_map(any::<u32>(), account(), 0..5),
        proptest::option::of(any::<u32>()),
    )
        .prop_map(|(currency, day, columns, accounts, removed)| {
            let mut p = Portfolio::new(currency, day);
            p.rating_columns = columns;
            for (id, mut a) in accounts {
                a.id = AccountId(id);
                p.insert_with_id(a);
            }
            if let Some(id) = removed {
                if p.insert_with_id(Account {
                    id: AccountId(id),
                    ..Account::default()
                }) {
                    p.remove(AccountId(id));
                }
            }
            p
        })
}

fn override_() -> impl Strategy<Value = Override> {
    prop_oneof![
        Just(Override::None),
        any::<String>().prop_map(|reason| Override::Pin { reason }),
        any::<String>().prop_map(|reason| Override::Exclude { reason }),
    ]
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        proptest::collection::btree_map(any::<String>(), float(), 0..4),
        proptest::collection::vec(float(), 13),
        (
            any::<u32>(),
            any::<u32>(),
            any::<u8>(),
            any::<u8>(),
            any::<bool>(),
        ),
        prop_oneof![
            (any::<u32>(), any::<u32>()).prop_map(|(managers, accounts_each)| Capacity::Managers {
                managers,
                accounts_each
            }),
            any::<u32>().prop_map(|max| Capacity::Fixed { max }),
        ],
        proptest::collection::btree_map(any::<u32>().prop_map(AccountId), override_(), 0..4),
    )
        .prop_map(
            |(weights, f, (churn_days, regular_months, high, low, profit), capacity, overrides)| {
                Settings {
                    weights,
                    group_weights: kilit_core::accounts::GroupWeights {
                        attractiveness: f[0],
                        strength: f[1],
                    },
                    attractiveness_split: f[2],
                    strength_split: f[3],
                    abc_basis: if profit {
                        AbcBasis::Profit
                    } else {
                        AbcBasis::Revenue
                    },
                    abc_a: f[4],
                    abc_b: f[5],
                    xyz_x: f[6],
                    xyz_y: f[7],
                    churn_days,
                    churn_drop_pct: f[8],
                    breadwinner_pct: f[9],
                    giant_pct: f[10],
                    new_customer_years: f[11],
                    high_rating: high,
                    low_rating: low,
                    regular_months,
                    loyal_years: f[12],
                    capacity,
                    overrides,
                }
            },
        )
}

fn horizon() -> impl Strategy<Value = Horizon> {
    proptest::sample::select(Horizon::ALL.to_vec())
}

fn action_key() -> impl Strategy<Value = ActionKey> {
    (any::<String>(), any::<String>(), horizon()).prop_map(|(instrument, action, horizon)| {
        ActionKey {
            instrument,
            action,
            horizon,
        }
    })
}

fn plan() -> impl Strategy<Value = ActionPlan> {
    let row = prop_oneof![
        action_key().prop_map(PlanRow::Suggested),
        (
            any::<String>(),
            any::<String>(),
            proptest::option::of(any::<String>()),
            horizon(),
            proptest::option::of(action_key())
        )
            .prop_map(|(action, owner, due, horizon, origin)| PlanRow::Edited {
                fields: RowFields {
                    action,
                    owner,
                    due,
                    horizon
                },
                origin
            }),
    ];
    (
        proptest::collection::vec(row, 0..4),
        proptest::collection::btree_set(action_key(), 0..3),
    )
        .prop_map(|(rows, dismissed)| ActionPlan { rows, dismissed })
}

fn answers() -> impl Strategy<Value = Answers> {
    let answer = prop_oneof![
        any::<u8>().prop_map(Answer::Value),
        Just(Answer::NotApplicable)
    ];
    proptest::collection::btree_map(any::<String>(), answer, 0..5)
}

fn assessment() -> impl Strategy<Value = AssessmentProgress> {
    (
        any::<String>(),
        proptest::collection::btree_map(any::<String>(), answers(), 0..3),
        proptest::collection::btree_map(any::<String>(), any::<usize>(), 0..3),
        proptest::collection::btree_map(any::<String>(), plan(), 0..3),
    )
        .prop_map(|(current, answers, steps, plans)| AssessmentProgress {
            current,
            answers,
            steps,
            plans,
        })
}

fn workspace() -> impl Strategy<Value = Workspace> {
    (
        proptest::sample::select(Locale::ALL.to_vec()),
        assessment(),
        portfolio(),
        settings(),
    )
        .prop_map(|(locale, assessment, portfolio, settings)| Workspace {
            locale,
            assessment,
            portfolio,
            settings,
        })
}

/// Every path to a value inside `v`, as JSON pointers.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                pointers(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            proptest::collection::btree_map(any::<String>(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn workspace_json_workspace_is_exact(ws in workspace(), name in any::<String>(), at in Timestamp::MIN.0..=Timestamp::MAX.0) {
        let text = save_workspace(&ws, &name, Timestamp(at));
        let loaded = load_workspace(&text, &blank()).unwrap();
        prop_assert_eq!(&loaded.problems, &vec![]);
        prop_assert_eq!(loaded.workspace, ws);
        prop_assert_eq!(loaded.name, Some(name));
        prop_assert_eq!(loaded.saved_at, Some(Timestamp(at)));
    }

    #[test]
    fn share_decoder_never_panics(text in any::<String>()) {
        let _ = decode_share(&text);
    }

    #[test]
    fn share_decoder_never_panics_on_near_links(version in "[0-9]{0,3}", payload in "[A-Za-z0-9_=\\- +/.]{0,120}") {
        let _ = decode_share(&format!("#/share/{version}.{payload}"));
    }

    #[test]
    fn share_frames_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..400), results in any::<bool>()) {
        let kind = if results { ShareKind::Results } else { ShareKind::Workspace };
        let link = encode_share(kind, &bytes).unwrap();
        prop_assert_eq!(decode_share(&link), Ok(ShareFrame { kind, version: SHARE_VERSION, compressed: bytes }));
    }

    #[test]
    fn a_changed_link_never_yields_other_bytes(bytes in proptest::collection::vec(any::<u8>(), 1..200), at in any::<proptest::sample::Index>(), c in "[A-Za-z0-9_-]") {
        let link = encode_share(ShareKind::Results, &bytes).unwrap();
        let start = "#/share/1.".len();
        let i = start + at.index(link.len() - start);
        let mut changed = link.clone();
        changed.replace_range(i..i + 1, &c);
        if let Ok(frame) = decode_share(&changed) {
            prop_assert_eq!(frame.compressed, bytes);
        }
    }

    #[test]
    fn loading_never_panics_on_any_text(text in any::<String>()) {
        let _ = load_workspace(&text, &blank());
        let _ = WorkspaceIndex::from_json(&text);
        let _ = SharedResults::from_json(&text);
    }

    #[test]
    fn loading_never_panics_when_any_part_is_replaced(at in any::<proptest::sample::Index>(), junk in json_value()) {
        let mut v: Value = serde_json::from_str(&save(&sample())).unwrap();
        let mut paths = Vec::new();
        pointers(&v, String::new(), &mut paths);
        let path = &paths[at.index(paths.len())];
        if let Some(slot) = v.pointer_mut(path) {
            *slot = junk;
        }
        if let Ok(loaded) = load_workspace(&v.to_string(), &blank()) {
            for p in &loaded.problems {
                prop_assert!(!p.message(Locale::Fa).is_empty());
            }
            // Whatever was kept can be saved and read back unchanged.
            let again = save(&loaded.workspace);
            let reloaded = load_workspace(&again, &blank()).unwrap();
            prop_assert_eq!(&reloaded.problems, &vec![]);
            prop_assert_eq!(save(&reloaded.workspace), again);
        }
    }

    #[test]
    fn csv_text_reads_back(cells in proptest::collection::vec(proptest::collection::vec("[^=+\\-@\t\r][^\u{feff}]{0,10}|", 1..5), 1..5), semicolon in any::<bool>()) {
        let d = if semicolon { Delimiter::Semicolon } else { Delimiter::Comma };
        let width = cells.iter().map(Vec::len).max().unwrap_or(0);
        let rows: Vec<Vec<String>> = cells.into_iter().map(|mut r| { r.resize(width, String::new()); r }).collect();
        let table = Table {
            header: vec!["h".into(); width],
            rows: rows.iter().map(|r| r.iter().map(|s| Cell::text(s.clone())).collect()).collect(),
        };
        let parsed = parse_csv(&csv_text(&table, d), d.as_char());
        prop_assert_eq!(&parsed[1..], &rows[..]);
    }
}

// ---------------------------------------------------------------------------
// Size and speed

/// A workspace of 10,000 accounts with 24 months of sales each and every
/// field filled, with amounts in cents.
fn large_workspace() -> Workspace {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut cents = move |max: u64| (next() % max) as f64 / 100.0;
    let mut ws = Workspace::new(Locale::Tr, "TRY", date(2025, 6, 30));
    let criteria: Vec<String> = Checklist::builtin()
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect();
    ws.portfolio.rating_columns = criteria.clone();
    for i in 0..10_000u32 {
        let start = month(2023, 7);
        let sales = MonthlySales::from_entries(
            (0..24).map(|k| (start.add_months(k).unwrap(), cents(50_000_000))),
        );
        ws.portfolio.add(Account {
            name: format!("Müşteri {i:05} Sanayi ve Ticaret A.Ş."),
            sector: ["Gıda", "Tekstil", "Otomotiv", "Kimya"][i as usize % 4].into(),
            revenue: Field::known(cents(10_000_000_000)),
            gross_margin: Field::known(cents(4000)),
            profit: Field::empty(),
            orders_last_12: Field::known((i % 40) as f64),
            orders_prev_12: Field::known((i % 37) as f64),
            last_purchase: Field::known_date(date(2025, 1 + i % 6, 1 + i % 28)),
            share_of_wallet: Field::known(cents(10_000)),
            years_as_customer: Field::known((i % 15) as f64),
            relationship_stage: Some(RelationshipStage::ALL[i as usize % 6]),
            complaints: Field::known((i % 5) as f64),
            ratings: (0..criteria.len())
                .map(|k| Rating::new(((i as usize + k) % 6) as u8).unwrap_or(Rating::UNKNOWN))
                .collect(),
            sales,
            ..Account::default()
        });
    }
    for i in (1..=10_000).step_by(500) {
        ws.settings.set_override(
            AccountId(i),
            Override::Pin {
                reason: "Stratejik".into(),
            },
        );
    }
    ws
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// `cargo test --release -p kilit-core --test persist -- --ignored --nocapture`
#[test]
#[ignore]
fn measure_a_10000_account_workspace() {
    let ws = large_workspace();
    let best = |f: &mut dyn FnMut()| {
        (0..5)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .min()
            .unwrap()
    };
    let mut text = String::new();
    let save_time = best(&mut || text = save(&ws));
    // `bench/persist-browser.mjs` stores this text in the browser.
    if let Ok(path) = std::env::var("KILIT_WRITE_LARGE_WORKSPACE") {
        std::fs::write(path, &text).unwrap();
    }
    let mut loaded = None;
    let load_time = best(&mut || loaded = Some(load_workspace(&text, &blank()).unwrap()));
    let loaded = loaded.unwrap();
    assert_eq!(loaded.problems, []);
    assert_eq!(loaded.workspace, ws);
    let parse_time = best(&mut || {
        let _: Value = serde_json::from_str(&text).unwrap();
    });
    let utf16 = text.encode_utf16().count();
    let mib = |b: usize| b as f64 / 1_048_576.0;
    println!("10,000 accounts × 24 months, every field filled:");
    println!(
        "  JSON: {} bytes UTF-8 ({:.2} MiB), {} bytes per account",
        text.len(),
        mib(text.len()),
        text.len() / 10_000
    );
    println!(
        "  as a localStorage string: {utf16} UTF-16 code units = {:.2} MiB",
        mib(utf16 * 2)
    );
    println!("  save (domain → JSON text): {:.1} ms", ms(save_time));
    let mut example = Workspace::new(Locale::Tr, "TRY", date(2025, 6, 30));
    example.portfolio = example_portfolio(date(2025, 6, 30));
    println!(
        "  for scale, the built-in example ({} accounts): {} bytes",
        example.portfolio.accounts.len(),
        save(&example).len()
    );
    println!(
        "  load (JSON text → domain): {:.1} ms, of which parsing the JSON {:.1} ms",
        ms(load_time),
        ms(parse_time)
    );
}
