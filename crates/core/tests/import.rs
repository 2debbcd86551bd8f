//! The importer: encodings, CSV dialects, numbers, dates, column mapping,
//! aggregation, problems and messages.
//!
//! Whole files go through one `check` helper: the fixture's bytes are
//! detected, decoded (Windows code pages with the tables in
//! `fixtures/import/*.map`, as the browser's `TextDecoder` would), previewed
//! with everything detected, imported in small chunks and rendered as text,
//! which must equal the `.expected` file beside the fixture. Set
//! `KILIT_BLESS=1` to write the `.expected` files, then read them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use kilit_core::accounts::{Account, Field, Portfolio, Rating, RelationshipStage};
use kilit_core::date::{Date, DateError, Month};
use kilit_core::i18n::Locale;
use kilit_core::import::*;

fn today() -> Date {
    Date::from_ymd(2025, 6, 30).unwrap()
}

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

// ---------------------------------------------------------------------------
// Decoding, as the browser will do it

/// The upper half of a Windows code page, from a fixture table.
fn code_page(name: &str) -> Vec<char> {
    let text = std::fs::read_to_string(fixtures().join(name)).unwrap();
    let table: Vec<char> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (_, cp) = l.split_once(' ').unwrap();
            char::from_u32(u32::from_str_radix(cp, 16).unwrap()).unwrap()
        })
        .collect();
    assert_eq!(table.len(), 128, "{name}");
    table
}

fn decode(bytes: &[u8], encoding: Encoding) -> String {
    let utf16 = |be: bool| {
        let units = bytes.chunks_exact(2).map(|p| {
            if be {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{FFFD}'))
            .collect::<String>()
    };
    let single = |table: &str| {
        let t = code_page(table);
        bytes
            .iter()
            .map(|&b| {
                if b < 0x80 {
                    b as char
                } else {
                    t[b as usize - 0x80]
                }
            })
            .collect::<String>()
    };
    let text = match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Utf16Le => utf16(false),
        Encoding::Utf16Be => utf16(true),
        Encoding::Windows1254 => single("windows-1254.map"),
        Encoding::Windows1256 => single("windows-1256.map"),
    };
    // TextDecoder drops the byte-order mark.
    text.strip_prefix('\u{FEFF}')
        .map(str::to_string)
        .unwrap_or(text)
}

/// `text` in chunks of `size` characters.
fn chunks(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.char_indices().nth(size).map_or(rest.len(), |(i, _)| i);
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

fn import_ledger(
    text: &str,
    settings: &ImportSettings,
    chunk: usize,
) -> Result<LedgerImport, FileProblem> {
    let mut imp = LedgerImporter::new(settings, today())?;
    for c in chunks(text, chunk) {
        imp.push(c);
    }
    imp.finish()
}

fn import_accounts(
    text: &str,
    settings: &ImportSettings,
    chunk: usize,
) -> Result<AccountsImport, FileProblem> {
    let mut imp = AccountsImporter::new(settings)?;
    for c in chunks(text, chunk) {
        imp.push(c);
    }
    imp.finish()
}

// ---------------------------------------------------------------------------
// Rendering a whole run as text

fn role_name(role: &Option<Role>) -> String {
    role.as_ref()
        .map_or("-".to_string(), |r| r.label(Locale::En))
}

fn num(v: Option<f64>) -> String {
    v.map_or("-".to_string(), |v| v.to_string())
}

fn field(f: &Field<f64>) -> String {
    format!("{:?}={}", f.raw, num(f.value))
}

fn render_value(v: &CellValue) -> String {
    match v {
        CellValue::NotImported => "·".into(),
        CellValue::Blank => "∅".into(),
        CellValue::Text(t) => format!("{t:?}"),
        CellValue::Number(n) => n.to_string(),
        CellValue::Date(d) => d.to_iso(),
        CellValue::Stage(s) => s.code().into(),
        CellValue::Rating(r) => format!("★{r}"),
        CellValue::Problem(_) => "✗".into(),
    }
}

fn render_problems(out: &mut String, problems: &[RowProblem], header: &[String]) {
    for p in problems {
        let name = p
            .column
            .and_then(|c| header.get(c as usize))
            .map(String::as_str);
        let skipped = if p.row_skipped { " [row skipped]" } else { "" };
        writeln!(out, "  ! {}{skipped}", p.describe(Locale::En, name)).unwrap();
    }
}

fn render(kind: TableKind, bytes: &[u8]) -> String {
    let mut out = String::new();
    let guess = match detect_encoding(bytes) {
        Ok(g) => g,
        Err(p) => {
            writeln!(out, "file problem (bytes): {p:?}").unwrap();
            for l in Locale::ALL {
                writeln!(out, "  {}: {}", l.code(), p.message(l)).unwrap();
            }
            return out;
        }
    };
    writeln!(
        out,
        "encoding: {} ({:?}), byte-order mark: {}",
        guess.encoding.label(),
        guess.confidence,
        guess.bom_len
    )
    .unwrap();
    let text = decode(bytes, guess.encoding);
    let p = preview(&text, true, kind, None, Locale::En);
    let s = &p.settings;
    writeln!(
        out,
        "delimiter: {:?}, header row: {}",
        s.delimiter, s.has_header
    )
    .unwrap();
    for (i, role) in s.columns.iter().enumerate() {
        writeln!(
            out,
            "  column {} {:?} → {}",
            i + 1,
            p.column_name(i, Locale::En),
            role_name(role)
        )
        .unwrap();
    }
    match &p.date {
        Some(g) => writeln!(
            out,
            "dates: {:?} (decided: {}, candidates: {:?}, {} of {} read)",
            g.format, g.decided, g.candidates, g.readable, g.sampled
        )
        .unwrap(),
        None => writeln!(out, "dates: none").unwrap(),
    }
    writeln!(
        out,
        "numbers: {:?} (decided: {})",
        p.numbers.style, p.numbers.decided
    )
    .unwrap();
    for q in &p.questions {
        writeln!(out, "question: {q:?}: {}", q.message(Locale::En)).unwrap();
    }
    if let Some(problem) = &p.problem {
        writeln!(out, "file problem: {problem:?}").unwrap();
        for l in Locale::ALL {
            writeln!(out, "  {}: {}", l.code(), problem.message(l)).unwrap();
        }
        return out;
    }
    writeln!(out, "preview:").unwrap();
    for r in &p.rows {
        let cells: Vec<String> = r.cells.iter().map(|c| render_value(&c.value)).collect();
        writeln!(
            out,
            "  line {} ({}): {}",
            r.line,
            r.status(Locale::En),
            cells.join(" | ")
        )
        .unwrap();
        render_problems(&mut out, &r.problems, &p.header);
    }
    // The import, in chunks of 3 characters; every other chunking must agree.
    match kind {
        TableKind::Ledger => {
            let result = import_ledger(&text, s, 3);
            for size in [1, 2, 7, 64, usize::MAX] {
                assert_eq!(import_ledger(&text, s, size), result, "chunks of {size}");
            }
            match result {
                Ok(l) => render_ledger(&mut out, &l),
                Err(e) => writeln!(out, "import problem: {e:?}").unwrap(),
            }
        }
        TableKind::Accounts => {
            let result = import_accounts(&text, s, 3);
            for size in [1, 2, 7, 64, usize::MAX] {
                assert_eq!(import_accounts(&text, s, size), result, "chunks of {size}");
            }
            match result {
                Ok(a) => render_accounts(&mut out, &a),
                Err(e) => writeln!(out, "import problem: {e:?}").unwrap(),
            }
        }
    }
    out
}

fn render_report(out: &mut String, r: &Report, header: &[String]) {
    writeln!(
        out,
        "import: {} rows, {} imported, {} skipped, {} problems unlisted",
        r.rows, r.imported, r.skipped, r.unlisted
    )
    .unwrap();
    writeln!(out, "  {}", r.summary(Locale::En)).unwrap();
    render_problems(out, &r.problems, header);
}

fn render_ledger(out: &mut String, l: &LedgerImport) {
    render_report(out, &l.report, &l.header);
    writeln!(
        out,
        "orders by {:?}; profit {}; dates {} to {}",
        l.order_basis,
        if l.has_profit {
            "known"
        } else {
            "not in the file"
        },
        l.first_date.map_or("-".into(), |d| d.to_iso()),
        l.last_date.map_or("-".into(), |d| d.to_iso()),
    )
    .unwrap();
    for c in &l.customers {
        let months: Vec<String> = c
            .sales
            .entries()
            .iter()
            .map(|(m, a)| format!("{m}={a}"))
            .collect();
        writeln!(
            out,
            "customer {:?} (code {}, {} rows): revenue {} (before: {}), profit {}, quantity {}, orders {}/{}, last purchase {}, first {}, months {}",
            c.name,
            c.code.as_deref().unwrap_or("-"),
            c.rows,
            c.revenue,
            c.revenue_prev,
            num(c.profit),
            num(c.quantity),
            c.orders_last_12,
            c.orders_prev_12,
            c.last_purchase.map_or("-".into(), |d| d.to_iso()),
            c.first_date,
            months.join(" "),
        )
        .unwrap();
    }
}

fn render_accounts(out: &mut String, a: &AccountsImport) {
    render_report(out, &a.report, &a.header);
    for i in &a.accounts {
        let x = &i.account;
        let months: Vec<String> = x
            .sales
            .entries()
            .iter()
            .map(|(m, a)| format!("{m}={a}"))
            .collect();
        let ratings: Vec<String> = i
            .ratings
            .iter()
            .map(|(c, r)| format!("{c}={}", r.value().unwrap_or(0)))
            .collect();
        writeln!(
            out,
            "account line {}: {:?} sector {:?}; revenue {}; margin {}; profit {}; orders {} / {}; last purchase {:?}={}; wallet {}; years {}; stage {}; complaints {}; ratings [{}]; months [{}]",
            i.line,
            x.name,
            x.sector,
            field(&x.revenue),
            field(&x.gross_margin),
            field(&x.profit),
            field(&x.orders_last_12),
            field(&x.orders_prev_12),
            x.last_purchase.raw,
            x.last_purchase.value.map_or("-".into(), |d| d.to_iso()),
            field(&x.share_of_wallet),
            field(&x.years_as_customer),
            x.relationship_stage.map_or("-", |s| s.code()),
            field(&x.complaints),
            ratings.join(" "),
            months.join(" "),
        )
        .unwrap();
    }
}

/// Renders every fixture of a folder and compares it with its `.expected`.
fn check_folder(folder: &str, kind: TableKind) {
    let dir = fixtures().join(folder);
    let bless = std::env::var_os("KILIT_BLESS").is_some();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "expected"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failed = Vec::new();
    for path in names {
        let bytes = std::fs::read(&path).unwrap();
        let got = render(kind, &bytes);
        let expected_path = path.with_extension("expected");
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == got => {}
            _ if bless => std::fs::write(&expected_path, &got).unwrap(),
            Ok(expected) => {
                failed.push(path.display().to_string());
                eprintln!(
                    "--- {}\n{}\n+++ got\n{}",
                    expected_path.display(),
                    expected,
                    got
                );
            }
            Err(_) => {
                failed.push(path.display().to_string());
                eprintln!("+++ {} (missing)\n{}", expected_path.display(), got);
            }
        }
    }
    assert!(
        failed.is_empty(),
        "differ from .expected (KILIT_BLESS=1 rewrites): {failed:#?}"
    );
}

#[test]
fn ledger_fixtures() {
    check_folder("ledger", TableKind::Ledger);
}

#[test]
fn accounts_fixtures() {
    check_folder("accounts", TableKind::Accounts);
}

// ---------------------------------------------------------------------------
// Solar Hijri calendar

mod solar_hijri_calendar {
    use super::*;
    use kilit_core::import::solar_hijri::{
        days_in_month, from_date, is_leap_year, to_date, MAX_YEAR, MIN_YEAR,
    };

    type Ymd = (i32, u32, u32);

    /// `(Solar Hijri y/m/d, Gregorian y/m/d)`, from Iranian calendars.
    const PAIRS: &[(Ymd, Ymd)] = &[
        ((1403, 1, 1), (2024, 3, 20)),
        ((1399, 12, 30), (2021, 3, 20)),
        ((1404, 1, 1), (2025, 3, 21)),
        ((1403, 12, 30), (2025, 3, 20)),
        ((1402, 12, 29), (2024, 3, 19)),
        ((1400, 1, 1), (2021, 3, 21)),
        ((1399, 1, 1), (2020, 3, 20)),
        ((1396, 1, 1), (2017, 3, 21)),
        ((1395, 12, 30), (2017, 3, 20)),
        ((1357, 11, 22), (1979, 2, 11)),
        ((1348, 10, 11), (1970, 1, 1)),
        ((1354, 1, 1), (1975, 3, 21)),
        ((1300, 1, 1), (1921, 3, 21)),
        ((1403, 5, 12), (2024, 8, 2)),
        ((1403, 7, 1), (2024, 9, 22)),
        ((1404, 3, 31), (2025, 6, 21)),
        ((1405, 1, 1), (2026, 3, 21)),
    ];

    #[test]
    fn known_pairs() {
        for &((y, m, d), (gy, gm, gd)) in PAIRS {
            let g = ymd(gy, gm, gd);
            assert_eq!(to_date(y, m, d), Ok(g), "{y}/{m}/{d}");
            assert_eq!(from_date(g), Some((y, m, d)), "{g}");
        }
    }

    /// Every day from 1200/01/01 to the end of 1600 converts to the next
    /// Gregorian day of the one before, and back.
    #[test]
    fn every_day_over_four_centuries_round_trips() {
        let mut expected = to_date(1200, 1, 1).unwrap();
        let mut days = 0;
        for y in 1200..=1600 {
            let mut year_days = 0;
            for m in 1..=12 {
                let len = days_in_month(y, m);
                let expected_len = match m {
                    1..=6 => 31,
                    7..=11 => 30,
                    _ => 29 + is_leap_year(y) as u32,
                };
                assert_eq!(len, expected_len);
                for d in 1..=len {
                    let date = to_date(y, m, d).unwrap();
                    assert_eq!(date, expected, "{y}/{m}/{d}");
                    assert_eq!(from_date(date), Some((y, m, d)));
                    expected = expected.add_days(1).unwrap();
                    year_days += 1;
                    days += 1;
                }
                assert_eq!(
                    to_date(y, m, len + 1).unwrap_err(),
                    DateError::Day {
                        day: len + 1,
                        max: len
                    }
                );
            }
            assert_eq!(year_days, if is_leap_year(y) { 366 } else { 365 });
        }
        let leap_years = (1200..=1600).filter(|&y| is_leap_year(y)).count();
        assert_eq!(days, 401 * 365 + leap_years);
        assert_eq!(leap_years, 97);
        // Nowruz stays within 19–22 March.
        for y in MIN_YEAR..=MAX_YEAR {
            let (_, m, d) = to_date(y, 1, 1).unwrap().ymd();
            assert!(m == 3 && (19..=22).contains(&d), "{y}");
        }
    }

    /// Between the break years 1210 and 1635 the leap years follow the
    /// 33-year cycle (8 leap years a cycle, 1399 and 1403 among them).
    #[test]
    fn leap_years_follow_the_33_year_cycle_in_modern_times() {
        for y in 1300..=1500 {
            assert_eq!(is_leap_year(y), (25 * y + 11) % 33 < 8, "{y}");
        }
        let leap: Vec<i32> = (1395..=1412).filter(|&y| is_leap_year(y)).collect();
        assert_eq!(leap, [1395, 1399, 1403, 1408, 1412]);
    }

    #[test]
    fn out_of_range() {
        assert_eq!(to_date(0, 1, 1), Err(DateError::Year { year: 0 }));
        assert_eq!(
            to_date(MAX_YEAR + 1, 1, 1),
            Err(DateError::Year { year: MAX_YEAR + 1 })
        );
        assert_eq!(to_date(1403, 13, 1), Err(DateError::Month { month: 13 }));
        assert_eq!(to_date(1403, 1, 0), Err(DateError::Day { day: 0, max: 31 }));
        assert_eq!(
            to_date(1404, 12, 30),
            Err(DateError::Day { day: 30, max: 29 })
        );
        assert_eq!(from_date(ymd(622, 3, 18)), None);
        assert_eq!(from_date(ymd(622, 3, 22)), Some((1, 1, 1)));
        assert_eq!(from_date(ymd(9999, 12, 31)), None);
        assert!(!is_leap_year(0));
    }
}

// ---------------------------------------------------------------------------
// Dates

/// `(text, format, date or problem)`.
#[allow(clippy::type_complexity)]
const DATES: &[(&str, DateFormat, Result<(i32, u32, u32), &str>)] = &[
    ("2024-03-31", DateFormat::Iso, Ok((2024, 3, 31))),
    ("2024/3/5", DateFormat::Iso, Ok((2024, 3, 5))),
    ("2024.03.05", DateFormat::Iso, Ok((2024, 3, 5))),
    (" 2024-03-05 14:22:05 ", DateFormat::Iso, Ok((2024, 3, 5))),
    ("2024-03-05T14:22:05Z", DateFormat::Iso, Ok((2024, 3, 5))),
    (
        "2024-03-05T14:22:05+03:00",
        DateFormat::Iso,
        Ok((2024, 3, 5)),
    ),
    ("2024-03-05 2:05 PM", DateFormat::Iso, Ok((2024, 3, 5))),
    ("2024-03-05 noon", DateFormat::Iso, Err("format")),
    ("2024-03/05", DateFormat::Iso, Err("format")),
    ("2024-03", DateFormat::Iso, Err("format")),
    ("24-03-05", DateFormat::Iso, Err("format")),
    ("2024-02-30", DateFormat::Iso, Err("day 30 of 29")),
    ("2023-02-29", DateFormat::Iso, Err("day 29 of 28")),
    ("0000-01-01", DateFormat::Iso, Err("year 0")),
    ("31.03.2024", DateFormat::DayMonthYear, Ok((2024, 3, 31))),
    ("31/03/2024", DateFormat::DayMonthYear, Ok((2024, 3, 31))),
    ("5-3-2024", DateFormat::DayMonthYear, Ok((2024, 3, 5))),
    ("۳۱/۰۳/۲۰۲۴", DateFormat::DayMonthYear, Ok((2024, 3, 31))),
    ("30.02.2025", DateFormat::DayMonthYear, Err("day 30 of 28")),
    ("31.04.2025", DateFormat::DayMonthYear, Err("day 31 of 30")),
    ("15.13.2025", DateFormat::DayMonthYear, Err("month 13")),
    ("05.03.24", DateFormat::DayMonthYear, Err("format")),
    ("2024-03-31", DateFormat::DayMonthYear, Err("format")),
    ("03/31/2024", DateFormat::MonthDayYear, Ok((2024, 3, 31))),
    ("03/31/2024", DateFormat::DayMonthYear, Err("month 31")),
    ("20240331", DateFormat::Compact, Ok((2024, 3, 31))),
    ("20240230", DateFormat::Compact, Err("day 30 of 29")),
    ("2024033", DateFormat::Compact, Err("format")),
    ("1403/05/12", DateFormat::SolarHijri, Ok((2024, 8, 2))),
    ("۱۴۰۳/۰۵/۱۲", DateFormat::SolarHijri, Ok((2024, 8, 2))),
    ("١٤٠٣-٠٥-١٢", DateFormat::SolarHijri, Ok((2024, 8, 2))),
    (
        "\u{200F}1403/5/12\u{200F}",
        DateFormat::SolarHijri,
        Ok((2024, 8, 2)),
    ),
    ("14030512", DateFormat::SolarHijri, Ok((2024, 8, 2))),
    ("1399/12/30", DateFormat::SolarHijri, Ok((2021, 3, 20))),
    ("1404/12/30", DateFormat::SolarHijri, Err("day 30 of 29")),
    ("1403/07/31", DateFormat::SolarHijri, Err("day 31 of 30")),
    ("12/05/1403", DateFormat::SolarHijri, Err("format")),
    ("", DateFormat::Iso, Err("format")),
    ("-", DateFormat::Iso, Err("format")),
];

fn date_problem(p: DateProblem) -> String {
    match p {
        DateProblem::NotInFormat(_) => "format".into(),
        DateProblem::Impossible(DateError::Day { day, max }) => format!("day {day} of {max}"),
        DateProblem::Impossible(DateError::Month { month }) => format!("month {month}"),
        DateProblem::Impossible(DateError::Year { year }) => format!("year {year}"),
        DateProblem::Impossible(e) => format!("{e:?}"),
    }
}

#[test]
fn date_cases() {
    for &(text, format, expected) in DATES {
        let got = parse_date(text, format)
            .map(|d| d.ymd())
            .map_err(date_problem);
        assert_eq!(
            got,
            expected.map_err(str::to_string),
            "{text:?} as {format:?}"
        );
    }
}

/// `(values, format, decided, candidates)`.
const DATE_GUESSES: &[(&str, DateFormat, bool, &[DateFormat])] = &[
    (
        "2024-03-31 2024-04-01",
        DateFormat::Iso,
        true,
        &[DateFormat::Iso],
    ),
    (
        "31.03.2024 01.04.2024",
        DateFormat::DayMonthYear,
        true,
        &[DateFormat::DayMonthYear],
    ),
    // Dots are day first wherever they are used.
    (
        "03.04.2024 01.02.2024",
        DateFormat::DayMonthYear,
        true,
        &[DateFormat::DayMonthYear],
    ),
    (
        "03/04/2024 01/02/2024",
        DateFormat::DayMonthYear,
        false,
        &[DateFormat::DayMonthYear, DateFormat::MonthDayYear],
    ),
    (
        "03/04/2024 13/02/2024",
        DateFormat::DayMonthYear,
        true,
        &[DateFormat::DayMonthYear],
    ),
    (
        "03/04/2024 02/13/2024",
        DateFormat::MonthDayYear,
        true,
        &[DateFormat::MonthDayYear],
    ),
    (
        "20240331 20240401",
        DateFormat::Compact,
        true,
        &[DateFormat::Compact],
    ),
    (
        "1403/05/12 1403/12/30",
        DateFormat::SolarHijri,
        true,
        &[DateFormat::SolarHijri],
    ),
    // An impossible Solar Hijri day does not make the column Gregorian.
    (
        "1404/12/30 1403/01/05",
        DateFormat::SolarHijri,
        true,
        &[DateFormat::SolarHijri],
    ),
    (
        "۱۴۰۳/۰۵/۱۲",
        DateFormat::SolarHijri,
        true,
        &[DateFormat::SolarHijri],
    ),
    (
        "14030512",
        DateFormat::SolarHijri,
        true,
        &[DateFormat::SolarHijri],
    ),
    // Values written in a format but impossible still count for it.
    (
        "30.02.2025 31.04.2025 2025-03-01",
        DateFormat::DayMonthYear,
        true,
        &[DateFormat::DayMonthYear],
    ),
    (
        "2025-03-01 01.03.2025",
        DateFormat::Iso,
        false,
        &[DateFormat::Iso, DateFormat::DayMonthYear],
    ),
    ("soon never", DateFormat::Iso, false, &[]),
];

#[test]
fn date_format_guesses() {
    for &(values, format, decided, candidates) in DATE_GUESSES {
        let g = guess_date_format(values.split(' ')).unwrap();
        assert_eq!(
            (g.format, g.decided, g.candidates.as_slice()),
            (format, decided, candidates),
            "{values}"
        );
    }
    assert_eq!(guess_date_format(["", "  "]), None);
}

// ---------------------------------------------------------------------------
// Encodings

/// `(bytes, encoding and confidence, or the problem)`.
#[allow(clippy::type_complexity)]
fn encoding_cases() -> Vec<(Vec<u8>, Result<(Encoding, Confidence), FileProblem>)> {
    let tr = |s: &str| encode(s, "windows-1254.map");
    let fa = |s: &str| encode(s, "windows-1256.map");
    vec![
        (
            b"Customer,Amount\nAcme,12\n".to_vec(),
            Ok((Encoding::Utf8, Confidence::High)),
        ),
        (
            "Müşteri;Tutar\nŞimşek;12\n".as_bytes().to_vec(),
            Ok((Encoding::Utf8, Confidence::High)),
        ),
        (
            b"\xEF\xBB\xBFa,b\n".to_vec(),
            Ok((Encoding::Utf8, Confidence::Certain)),
        ),
        (
            b"\xFF\xFEa\x00,\x00b\x00".to_vec(),
            Ok((Encoding::Utf16Le, Confidence::Certain)),
        ),
        (
            b"\xFE\xFF\x00a\x00,\x00b".to_vec(),
            Ok((Encoding::Utf16Be, Confidence::Certain)),
        ),
        (
            b"\x00a\x00,\x00b\x00\n".to_vec(),
            Ok((Encoding::Utf16Be, Confidence::Low)),
        ),
        // A UTF-8 sample cut inside a character.
        (
            "Müşteri;Ş".as_bytes()[..11].to_vec(),
            Ok((Encoding::Utf8, Confidence::High)),
        ),
        (
            tr("Müşteri;Tutar\nYılmaz Tekstil;1.250,00\nŞimşek Gıda;980,50\nÖztürk Çelik;12\n"),
            Ok((Encoding::Windows1254, Confidence::High)),
        ),
        (
            fa("مشتري,مبلغ\nشرکت پارس,1250\nبازرگاني آريا,750\n"),
            Ok((Encoding::Windows1256, Confidence::High)),
        ),
        // Persian letters 1254 does not have decide even alone.
        (fa("گ,1\n"), Ok((Encoding::Windows1256, Confidence::Low))),
        (
            fa("پخش گستر چاپ ژاله\n"),
            Ok((Encoding::Windows1256, Confidence::High)),
        ),
        // One Turkish word is too little to be sure.
        (
            tr("Müşteri,1\n"),
            Ok((Encoding::Windows1254, Confidence::Low)),
        ),
        // Half Turkish, half Persian: no clear winner.
        (
            [tr("Müşteri Şimşek Gıda\n"), fa("مشتري شرکت بازرگاني\n")].concat(),
            Ok((Encoding::Windows1256, Confidence::Low)),
        ),
        (Vec::new(), Err(FileProblem::Empty)),
        (b"\xEF\xBB\xBF".to_vec(), Err(FileProblem::Empty)),
        (b"\xEF\xBB\xBF \r\n".to_vec(), Err(FileProblem::Empty)),
        (b"\xFF\xFE".to_vec(), Err(FileProblem::Empty)),
        (b" \n\t\r\n".to_vec(), Err(FileProblem::Empty)),
        (
            b"PK\x03\x04\x14\x00".to_vec(),
            Err(FileProblem::Spreadsheet),
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00".to_vec(),
            Err(FileProblem::Spreadsheet),
        ),
        (b"%PDF-1.7\n".to_vec(), Err(FileProblem::Binary)),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(),
            Err(FileProblem::Binary),
        ),
        (b"a,b\x01\x02\x03\n".to_vec(), Err(FileProblem::Binary)),
    ]
}

/// Encodes text with a code page table (the test's own encoder).
fn encode(text: &str, table: &str) -> Vec<u8> {
    let t = code_page(table);
    text.chars()
        .map(|c| {
            if (c as u32) < 0x80 {
                c as u8
            } else {
                0x80 + t
                    .iter()
                    .position(|&x| x == c)
                    .unwrap_or_else(|| panic!("{c} not in {table}")) as u8
            }
        })
        .collect()
}

#[test]
fn encoding_detection() {
    for (bytes, expected) in encoding_cases() {
        let got = detect_encoding(&bytes).map(|g| (g.encoding, g.confidence));
        assert_eq!(got, expected, "{:?}", String::from_utf8_lossy(&bytes));
    }
    assert_eq!(detect_encoding(b"\xEF\xBB\xBFa").unwrap().bom_len, 3);
    assert_eq!(detect_encoding(b"\xFF\xFEa\x00").unwrap().bom_len, 2);
    for e in Encoding::ALL {
        assert!(!e.label().is_empty());
        for l in Locale::ALL {
            assert!(!e.name(l).is_empty());
        }
    }
}

#[test]
fn code_page_tables_round_trip() {
    let tr = "Müşteri Öztürk Çelik Ilgaz İnşaat ĞğÜüŞşİıÖöÇç âîû";
    assert_eq!(
        decode(&encode(tr, "windows-1254.map"), Encoding::Windows1254),
        tr
    );
    let fa = "مشتري شرکت بازرگاني پخش گستر چاپ ژاله ک گ \u{200C}";
    assert_eq!(
        decode(&encode(fa, "windows-1256.map"), Encoding::Windows1256),
        fa
    );
}

// ---------------------------------------------------------------------------
// Column names

/// The roles detected for a header line.
fn roles_of(header: &str, kind: TableKind) -> Vec<Option<Role>> {
    let p = preview(&format!("{header}\n"), true, kind, None, Locale::En);
    p.settings.columns
}

/// `(header cell, kind, role)`.
fn headers() -> Vec<(&'static str, TableKind, Option<Role>)> {
    let march = Month::from_ym(2025, 3).unwrap();
    vec![
        ("Müşteri", TableKind::Ledger, Some(Role::Customer)),
        ("MÜŞTERİ", TableKind::Ledger, Some(Role::Customer)),
        ("musteri", TableKind::Ledger, Some(Role::Customer)),
        ("MUSTERI", TableKind::Ledger, Some(Role::Customer)),
        (
            "Müşteri Adı Soyadı",
            TableKind::Ledger,
            Some(Role::Customer),
        ),
        ("Cari Hesap Ünvanı", TableKind::Ledger, Some(Role::Customer)),
        ("CARİ ÜNVANI", TableKind::Ledger, Some(Role::Customer)),
        ("Customer", TableKind::Ledger, Some(Role::Customer)),
        ("customer_name", TableKind::Ledger, Some(Role::Customer)),
        ("CustomerName", TableKind::Ledger, Some(Role::Customer)),
        ("مشتری", TableKind::Ledger, Some(Role::Customer)),
        ("مشتري", TableKind::Ledger, Some(Role::Customer)),
        ("نام\u{200C}مشتری", TableKind::Ledger, Some(Role::Customer)),
        ("Tarih", TableKind::Ledger, Some(Role::Date)),
        ("TARİH", TableKind::Ledger, Some(Role::Date)),
        ("TARIH", TableKind::Ledger, Some(Role::Date)),
        (
            "Fatura Tarihi (Miladi)",
            TableKind::Ledger,
            Some(Role::Date),
        ),
        ("Date", TableKind::Ledger, Some(Role::Date)),
        ("تاریخ", TableKind::Ledger, Some(Role::Date)),
        ("تاريخ", TableKind::Ledger, Some(Role::Date)),
        ("Tutar", TableKind::Ledger, Some(Role::Amount)),
        ("Tutar TL", TableKind::Ledger, Some(Role::Amount)),
        ("Tutar (₺)", TableKind::Ledger, Some(Role::Amount)),
        ("Amount", TableKind::Ledger, Some(Role::Amount)),
        ("مبلغ", TableKind::Ledger, Some(Role::Amount)),
        ("مبلغ (ریال)", TableKind::Ledger, Some(Role::Amount)),
        ("KDV Tutarı", TableKind::Ledger, None),
        ("Kâr", TableKind::Ledger, Some(Role::Profit)),
        ("Kar", TableKind::Ledger, Some(Role::Profit)),
        ("Kâr (%)", TableKind::Ledger, Some(Role::Margin)),
        ("Marj", TableKind::Ledger, Some(Role::Margin)),
        ("Maliyet", TableKind::Ledger, Some(Role::Cost)),
        ("بهای تمام شده", TableKind::Ledger, Some(Role::Cost)),
        ("Miktar", TableKind::Ledger, Some(Role::Quantity)),
        ("Fatura No", TableKind::Ledger, Some(Role::OrderNumber)),
        ("شماره فاکتور", TableKind::Ledger, Some(Role::OrderNumber)),
        ("Cari Kodu", TableKind::Ledger, Some(Role::CustomerCode)),
        ("کد مشتری", TableKind::Ledger, Some(Role::CustomerCode)),
        ("Notes", TableKind::Ledger, None),
        ("Ad", TableKind::Accounts, Some(Role::Name)),
        ("name", TableKind::Accounts, Some(Role::Name)),
        ("Yıllık Ciro", TableKind::Accounts, Some(Role::Revenue)),
        ("YILLIK CİRO", TableKind::Accounts, Some(Role::Revenue)),
        ("Annual revenue", TableKind::Accounts, Some(Role::Revenue)),
        ("درآمد سالانه", TableKind::Accounts, Some(Role::Revenue)),
        (
            "Brüt kâr marjı (%)",
            TableKind::Accounts,
            Some(Role::Margin),
        ),
        ("gross_margin", TableKind::Accounts, Some(Role::Margin)),
        (
            "Son 12 aydaki sipariş sayısı",
            TableKind::Accounts,
            Some(Role::OrdersLast12),
        ),
        (
            "orders_prev_12",
            TableKind::Accounts,
            Some(Role::OrdersPrev12),
        ),
        (
            "Last purchase",
            TableKind::Accounts,
            Some(Role::LastPurchase),
        ),
        (
            "تاریخ آخرین خرید",
            TableKind::Accounts,
            Some(Role::LastPurchase),
        ),
        (
            "Cüzdan payı (%)",
            TableKind::Accounts,
            Some(Role::ShareOfWallet),
        ),
        (
            "Kaç yıldır müşteri",
            TableKind::Accounts,
            Some(Role::YearsAsCustomer),
        ),
        (
            "مرحلهٔ رابطه",
            TableKind::Accounts,
            Some(Role::RelationshipStage),
        ),
        (
            "شکایت‌های ۱۲ ماه گذشته",
            TableKind::Accounts,
            Some(Role::Complaints),
        ),
        (
            "Rating: growth_potential",
            TableKind::Accounts,
            Some(Role::Rating(String::new())),
        ),
        (
            "2025-03",
            TableKind::Accounts,
            Some(Role::SalesMonth(march)),
        ),
        (
            "۲۰۲۵-۰۳",
            TableKind::Accounts,
            Some(Role::SalesMonth(march)),
        ),
        ("Amount", TableKind::Accounts, None),
    ]
}

#[test]
fn header_names() {
    for (header, kind, expected) in headers() {
        let mut got = roles_of(&format!("x,{header}"), kind).pop().unwrap();
        if let (Some(Role::Rating(id)), Some(Role::Rating(_))) = (&got, &expected) {
            assert_eq!(id, "growth_potential");
            got = Some(Role::Rating(String::new()));
        }
        assert_eq!(got, expected, "{header:?} in {kind:?}");
    }
}

#[test]
fn a_role_goes_to_one_column_only() {
    // The exact name wins over a longer one; the leftmost of equal ones wins.
    assert_eq!(
        roles_of("Tutar TL,Tutar,Tarih,Müşteri", TableKind::Ledger),
        [
            None,
            Some(Role::Amount),
            Some(Role::Date),
            Some(Role::Customer)
        ]
    );
    assert_eq!(
        roles_of("Customer,Client,Date,Amount", TableKind::Ledger),
        [
            Some(Role::Customer),
            None,
            Some(Role::Date),
            Some(Role::Amount)
        ]
    );
}

// ---------------------------------------------------------------------------
// Records, lines and chunks

/// A ledger with CRLF, CR and LF line ends, blank lines, quoted delimiters,
/// quotes and line breaks: every chunking reads the same rows on the same
/// lines.
#[test]
fn lines_and_chunks() {
    let text = "Customer;Date;Amount\r\n\r\n\"A;1\";2025-01-01;1\r\n\"B\r\nC\";2025-01-02;2\rD \"x\";2025-01-03;3\n\n\n\"E\"\"\";2025-01-04;4";
    let p = preview(text, true, TableKind::Ledger, None, Locale::En);
    assert_eq!(p.problem, None);
    let lines: Vec<u64> = p.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 4, 6, 9]);
    let names: Vec<String> = p
        .rows
        .iter()
        .map(|r| match &r.cells[0].value {
            CellValue::Text(t) => t.clone(),
            v => panic!("{v:?}"),
        })
        .collect();
    assert_eq!(names, ["A;1", "B\r\nC", "D \"x\"", "E\""]);
    let whole = import_ledger(text, &p.settings, usize::MAX).unwrap();
    assert_eq!(whole.customers.len(), 4);
    for size in 1..=12 {
        assert_eq!(
            import_ledger(text, &p.settings, size).unwrap(),
            whole,
            "chunks of {size}"
        );
    }
}

#[test]
fn a_partial_sample_leaves_out_its_cut_record() {
    let text = "Customer,Date,Amount\nAcme,2025-01-01,100\nGlobex,2025-01-02,2";
    let p = preview(text, false, TableKind::Ledger, None, Locale::En);
    assert_eq!(p.rows.len(), 1);
    let p = preview(text, true, TableKind::Ledger, None, Locale::En);
    assert_eq!(p.rows.len(), 2);
    // A sample without one complete record is read as it is.
    let p = preview(
        "Customer,Date,Amount",
        false,
        TableKind::Ledger,
        None,
        Locale::En,
    );
    assert_eq!(p.problem, Some(FileProblem::NoRows).filter(|_| false));
    assert_eq!(p.settings.column_of(&Role::Amount), Some(2));
}

#[test]
fn an_overlong_row_is_dropped_and_the_rest_is_read() {
    let settings = preview(
        "Customer,Date,Amount\nA,2025-01-01,1\n",
        true,
        TableKind::Ledger,
        None,
        Locale::En,
    )
    .settings;
    let long = "x".repeat(MAX_RECORD_BYTES + 10);
    let text =
        format!("Customer,Date,Amount\nA,2025-01-01,1\n{long},2025-01-02,2\nB,2025-01-03,3\n");
    let l = import_ledger(&text, &settings, 4096).unwrap();
    assert_eq!(
        (l.report.rows, l.report.imported, l.report.skipped),
        (3, 2, 1)
    );
    assert_eq!(l.report.problems[0].kind, RowProblemKind::TooLong);
    assert_eq!(l.report.problems[0].line, 3);
    assert_eq!(l.customers.len(), 2);
    // An unclosed quote that swallows more than the limit is still named.
    let text = format!("Customer,Date,Amount\nA,2025-01-01,1\nB,2025-01-02,\"{long}\n{long}\n");
    let l = import_ledger(&text, &settings, 65536).unwrap();
    assert_eq!(l.report.problems.len(), 1);
    assert_eq!(
        l.report.problems[0].kind,
        RowProblemKind::UnterminatedQuote { lines: 2 }
    );
}

#[test]
fn problems_beyond_the_limit_are_counted() {
    let settings = preview(
        "Customer,Date,Amount\nA,2025-01-01,1\n",
        true,
        TableKind::Ledger,
        None,
        Locale::En,
    )
    .settings;
    let mut text = String::from("Customer,Date,Amount\n");
    for i in 0..1500 {
        writeln!(text, "A{i},2025-01-01,x").unwrap();
    }
    let l = import_ledger(&text, &settings, 1000).unwrap();
    assert_eq!(l.report.problems.len(), MAX_LISTED_PROBLEMS);
    assert_eq!(l.report.unlisted, 500);
    assert_eq!(l.report.skipped, 1500);
    assert!(l
        .report
        .summary(Locale::En)
        .ends_with("500 more problems are not listed."));
    assert!(l.report.summary(Locale::Tr).contains("500 sorun daha var"));
    assert!(l.report.summary(Locale::Fa).contains("۵۰۰ مشکل دیگر"));
}

// ---------------------------------------------------------------------------
// Settings and the mapping step

#[test]
fn the_user_corrects_the_settings() {
    let text =
        "Customer,Date,Amount,Total\nNordwind,03/04/2025,1.234,2\nGlobex,04/05/2025,2.500,3\n";
    let p = preview(text, true, TableKind::Ledger, None, Locale::En);
    assert_eq!(
        p.questions,
        [
            Question::DateOrder(vec![DateFormat::DayMonthYear, DateFormat::MonthDayYear]),
            Question::Numbers
        ]
    );
    assert_eq!(p.rows[0].cells[1].value, CellValue::Date(ymd(2025, 4, 3)));
    assert_eq!(p.rows[0].cells[2].value, CellValue::Number(1.234));
    let mut s = p.settings.clone();
    s.date_format = DateFormat::MonthDayYear;
    s.numbers = NumberStyle::DecimalComma;
    s.set_role(3, Some(Role::Amount));
    assert_eq!(s.columns[2], None, "the role moved from the other column");
    let p = preview(text, true, TableKind::Ledger, Some(&s), Locale::En);
    assert!(p.questions.is_empty());
    assert_eq!(p.settings, s);
    assert_eq!(p.rows[0].cells[1].value, CellValue::Date(ymd(2025, 3, 4)));
    assert_eq!(p.rows[0].cells[2].value, CellValue::NotImported);
    assert_eq!(p.rows[0].cells[3].value, CellValue::Number(2.0));
    let l = import_ledger(text, &s, 5).unwrap();
    assert_eq!(l.customers[0].revenue, 2.0);
}

#[test]
fn settings_are_checked() {
    let mut s = ImportSettings::new(3);
    assert_eq!(s.check(TableKind::Ledger), Err(FileProblem::NoUsableColumn));
    s.columns = vec![Some(Role::Customer), Some(Role::Date), None];
    assert_eq!(
        s.check(TableKind::Ledger),
        Err(FileProblem::MissingColumn(Role::Amount))
    );
    s.columns = vec![Some(Role::Date), Some(Role::Amount), None];
    assert_eq!(
        s.check(TableKind::Ledger),
        Err(FileProblem::MissingColumn(Role::Customer))
    );
    s.columns = vec![
        Some(Role::CustomerCode),
        Some(Role::Date),
        Some(Role::Amount),
    ];
    assert_eq!(s.check(TableKind::Ledger), Ok(()));
    s.columns = vec![Some(Role::Amount), Some(Role::Date), Some(Role::Amount)];
    assert_eq!(
        s.check(TableKind::Ledger),
        Err(FileProblem::MappedTwice(Role::Amount))
    );
    s.columns = vec![Some(Role::Customer), Some(Role::Date), Some(Role::Revenue)];
    assert_eq!(
        s.check(TableKind::Ledger),
        Err(FileProblem::WrongRole(Role::Revenue))
    );
    assert_eq!(
        s.check(TableKind::Accounts),
        Err(FileProblem::WrongRole(Role::Customer))
    );
    s.columns = vec![Some(Role::Name), Some(Role::Rating("need".into())), None];
    assert_eq!(s.check(TableKind::Accounts), Ok(()));
    assert!(matches!(
        LedgerImporter::new(&s, today()),
        Err(FileProblem::WrongRole(_))
    ));
    // An index past the end changes nothing.
    let before = s.clone();
    s.set_role(7, Some(Role::Sector));
    assert_eq!(s, before);
}

#[test]
fn importers_report_empty_input() {
    let s = ImportSettings {
        columns: vec![Some(Role::Customer), Some(Role::Date), Some(Role::Amount)],
        ..ImportSettings::new(3)
    };
    assert_eq!(import_ledger("", &s, 3), Err(FileProblem::Empty));
    assert_eq!(import_ledger("\n\n", &s, 3), Err(FileProblem::Empty));
    assert_eq!(
        import_ledger("a,b,c\n,,\n", &s, 3),
        Err(FileProblem::NoRows)
    );
    let a = ImportSettings {
        columns: vec![Some(Role::Name)],
        ..ImportSettings::new(1)
    };
    assert_eq!(import_accounts("", &a, 3), Err(FileProblem::Empty));
    assert_eq!(import_accounts("name\n", &a, 3), Err(FileProblem::NoRows));
}

// ---------------------------------------------------------------------------
// Applying to the workspace

fn portfolio_with(names: &[&str]) -> Portfolio {
    let mut p = Portfolio::new("TRY", today());
    for n in names {
        p.add(Account {
            name: n.to_string(),
            sector: "kept".into(),
            revenue: Field::known(1.0),
            ..Account::default()
        });
    }
    p
}

#[test]
fn a_ledger_updates_accounts_of_the_same_name_and_adds_the_others() {
    let text = "Müşteri;Tarih;Tutar;Maliyet\n\
        yılmaz tekstil a.ş.;05.03.2025;1.000,00;600,00\n\
        Yılmaz  Tekstil A.Ş.;05.06.2025;500,00;300,00\n\
        شركت پارس;01.06.2025;2.000,00;1.000,00\n\
        Yeni Müşteri;01.01.2023;100,00;150,00\n\
        Kayıp;01.06.2025;(50,00);\n";
    let p = preview(text, true, TableKind::Ledger, None, Locale::Tr);
    let ledger = import_ledger(text, &p.settings, 16).unwrap();
    let mut portfolio = portfolio_with(&["YILMAZ TEKSTİL A.Ş.", "شرکت پارس", "Untouched"]);
    let applied = ledger.apply(&mut portfolio);
    assert_eq!(
        applied,
        Applied {
            updated: 2,
            added: 2
        }
    );
    assert_eq!(
        applied.message(Locale::En),
        "Accounts updated: 2. Accounts added: 2."
    );
    let a = &portfolio.accounts;
    assert_eq!(a.len(), 5);
    assert_eq!(a[0].name, "YILMAZ TEKSTİL A.Ş.");
    assert_eq!(a[0].sector, "kept");
    assert_eq!(a[0].revenue.value, Some(1500.0));
    assert_eq!(a[0].profit.value, Some(600.0));
    assert_eq!(a[0].gross_margin.value, Some(40.0));
    assert_eq!(a[0].orders_last_12.value, Some(2.0));
    assert_eq!(a[0].orders_prev_12.value, Some(0.0));
    assert_eq!(a[0].last_purchase.value, Some(ymd(2025, 6, 5)));
    assert_eq!(a[0].sales.entries().len(), 2);
    assert_eq!(a[1].revenue.value, Some(2000.0));
    assert_eq!(a[2].revenue.value, Some(1.0), "not in the ledger");
    // New: bought only before the last 24 months, at a loss.
    assert_eq!(a[3].name, "Yeni Müşteri");
    assert_eq!(a[3].revenue.value, Some(0.0));
    assert_eq!(a[3].profit.value, Some(0.0));
    assert_eq!(a[3].gross_margin.value, None);
    assert_eq!(a[3].last_purchase.value, Some(ymd(2023, 1, 1)));
    // Only a return: no purchase, profit unknown.
    assert_eq!(a[4].revenue.value, Some(-50.0));
    assert_eq!(a[4].last_purchase.value, None);
    assert_eq!(a[4].profit.value, None);
    assert!(ledger
        .summary(Locale::Tr)
        .starts_with("4 müşteri; satışlar 2023-01-01 ile 2025-06-05 arasında."));
}

#[test]
fn an_accounts_table_merges_by_name_and_writes_only_its_columns() {
    let text = "Name,Revenue,rating:need,2025-05,2025-06\nacme,100,4,10,20\nNew Co,50,,,5\nnew co,60,9,,\n";
    let p = preview(text, true, TableKind::Accounts, None, Locale::En);
    let table = import_accounts(text, &p.settings, 5).unwrap();
    assert_eq!(table.report.problems.len(), 1);
    assert!(!table.report.problems[0].row_skipped);
    let mut portfolio = portfolio_with(&["ACME"]);
    let applied = table.apply(&mut portfolio);
    assert_eq!(
        applied,
        Applied {
            updated: 1,
            added: 2
        }
    );
    let a = &portfolio.accounts;
    assert_eq!(a[0].name, "ACME");
    assert_eq!(a[0].sector, "kept");
    assert_eq!(
        a[0].revenue,
        Field {
            raw: "100".into(),
            value: Some(100.0)
        }
    );
    assert_eq!(portfolio.rating(0, "need"), Rating::new(4).unwrap());
    assert_eq!(a[0].sales.entries().len(), 2);
    // The same name twice in the file: two accounts, for validation to flag.
    assert_eq!(
        (a[1].name.as_str(), a[2].name.as_str()),
        ("New Co", "new co")
    );
    assert_eq!(portfolio.rating(2, "need"), Rating::UNKNOWN);
}

#[test]
fn relationship_stages_in_every_language() {
    let text = "name,stage\nA,integrated\nB,Bütünleşik\nC,یکپارچه\nD,İŞ BİRLİĞİ\nE,رو به گسست\n";
    let p = preview(text, true, TableKind::Accounts, None, Locale::En);
    let t = import_accounts(text, &p.settings, 4).unwrap();
    let stages: Vec<Option<RelationshipStage>> = t
        .accounts
        .iter()
        .map(|a| a.account.relationship_stage)
        .collect();
    use RelationshipStage::*;
    assert_eq!(
        stages,
        [
            Some(Integrated),
            Some(Integrated),
            Some(Integrated),
            Some(Cooperative),
            Some(Disintegrating)
        ]
    );
}

// ---------------------------------------------------------------------------
// Messages

#[test]
fn every_message_is_written_in_every_locale() {
    for l in Locale::ALL {
        for k in ImportMsg::ALL {
            assert!(!k.text(l).trim().is_empty(), "{} {l:?}", k.name());
        }
    }
}

#[test]
fn persian_texts_use_persian_letters() {
    for k in ImportMsg::ALL {
        let t = k.text(Locale::Fa);
        assert!(
            !t.contains(['ي', 'ك']),
            "Arabic yeh or kaf in {}: {t}",
            k.name()
        );
        assert!(
            !t.contains(" ها ") && !t.contains(" می "),
            "a missing ZWNJ in {}: {t}",
            k.name()
        );
    }
}

/// Every problem, in every locale, with its placeholders filled.
#[test]
fn problems_are_explained_in_every_locale() {
    let kinds = [
        RowProblemKind::FieldCount {
            expected: 3,
            found: 4,
        },
        RowProblemKind::Missing(Role::Amount),
        RowProblemKind::Number(kilit_core::number::NumberError::NoDigits),
        RowProblemKind::Date(DateProblem::NotInFormat(DateFormat::SolarHijri)),
        RowProblemKind::Date(DateProblem::Impossible(DateError::Day { day: 30, max: 29 })),
        RowProblemKind::Date(DateProblem::Impossible(DateError::Format)),
        RowProblemKind::AfterAnalysisDate { days: 3 },
        RowProblemKind::Rating,
        RowProblemKind::Stage,
        RowProblemKind::TooLong,
        RowProblemKind::UnterminatedQuote { lines: 12 },
    ];
    let file = [
        FileProblem::Empty,
        FileProblem::Binary,
        FileProblem::Spreadsheet,
        FileProblem::NoRows,
        FileProblem::NoUsableColumn,
        FileProblem::MissingColumn(Role::Date),
        FileProblem::MappedTwice(Role::Rating("need".into())),
        FileProblem::WrongRole(Role::SalesMonth(Month::from_ym(2025, 1).unwrap())),
    ];
    for l in Locale::ALL {
        for k in &kinds {
            let p = RowProblem {
                line: 12,
                column: Some(2),
                text: "x".into(),
                kind: k.clone(),
                row_skipped: true,
            };
            for name in [None, Some("Tutar")] {
                let s = p.describe(l, name);
                assert!(!s.contains('{') && !s.contains('}'), "{s}");
            }
        }
        for f in &file {
            let s = f.message(l);
            assert!(!s.contains('{') && !s.is_empty(), "{s}");
        }
        for r in TableKind::Ledger
            .roles()
            .iter()
            .chain(TableKind::Accounts.roles())
        {
            assert!(!r.label(l).is_empty());
        }
        for q in [
            Question::DateFormat,
            Question::DateMixed(vec![]),
            Question::DateOrder(vec![]),
            Question::Numbers,
        ] {
            assert!(!q.message(l).is_empty());
        }
        for f in DateFormat::ALL {
            assert!(!f.label(l).is_empty());
        }
        for d in Delimiter::ALL {
            assert!(!d.label(l).is_empty());
        }
        for n in NumberStyle::ALL {
            assert!(!n.label(l).is_empty());
        }
    }
    let p = RowProblem {
        line: 1234,
        column: Some(2),
        text: "۱۴۰۴/۱۲/۳۰".into(),
        kind: RowProblemKind::Date(DateProblem::Impossible(DateError::Day { day: 30, max: 29 })),
        row_skipped: true,
    };
    assert_eq!(
        p.describe(Locale::En, Some("Date")),
        "Line 1,234, column 3 (Date): “۱۴۰۴/۱۲/۳۰”: This month has no day 30; it has 29 days."
    );
    assert_eq!(
        p.describe(Locale::Tr, None),
        "1.234. satır, 3. sütun: “۱۴۰۴/۱۲/۳۰”: Bu ayın 30. günü yok; bu ay 29 gün çeker."
    );
    assert_eq!(
        p.describe(Locale::Fa, Some("تاریخ")),
        "سطر ۱٬۲۳۴، ستون ۳ (تاریخ): «۱۴۰۴/۱۲/۳۰»: این ماه روز ۳۰ ندارد؛ ۲۹ روز دارد."
    );
}

#[test]
fn preview_with_a_chosen_delimiter_detects_the_rest_again() {
    use kilit_core::import::{preview_with_delimiter, Delimiter, Role, TableKind};
    let text = "Müşteri;Tarih;Tutar\nAcme;05.03.2025;1.250,00\nBeta;12.04.2025;750,50\n";
    let wrong = preview_with_delimiter(text, true, TableKind::Ledger, Delimiter::Comma, Locale::Tr);
    assert_eq!(wrong.settings.delimiter, Delimiter::Comma);
    assert!(wrong.problem.is_some(), "one column cannot be a ledger");
    let right = preview_with_delimiter(text, true, TableKind::Ledger, Delimiter::Semicolon, Locale::Tr);
    assert_eq!(right.settings.delimiter, Delimiter::Semicolon);
    assert_eq!(right.problem, None);
    assert_eq!(right.settings.column_of(&Role::Amount), Some(2));
    assert_eq!(right.rows.len(), 2);
}
