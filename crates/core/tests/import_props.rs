//! Properties of the importer on arbitrary input: nothing panics, every row
//! is accounted for, CSV quoting round-trips, and the ledger's aggregates
//! equal a naive reference computed from the rows before they were written
//! out as text.

use std::collections::HashMap;

use proptest::prelude::*;

use kilit_core::date::Date;
use kilit_core::i18n::Locale;
use kilit_core::import::*;
use kilit_core::number::{parse_number, parse_percent};

/// Characters that matter to CSV, numbers and dates, and some that do not.
const TEXTY: &str =
    "[a-zA-Z0-9,;\t\"\r\n .:'()%+/\\-₺$€٫٬،۰-۹٠-٩İıŞşÇçĞğÖöÜüیيکكـ\u{200C}\u{200F}\u{FEFF}]{0,160}";

fn chunked(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest
            .char_indices()
            .nth(size.max(1))
            .map_or(rest.len(), |(i, _)| i);
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

fn today() -> Date {
    Date::from_ymd(2025, 6, 30).unwrap()
}

fn check_report(r: &Report) {
    assert_eq!(r.rows, r.imported + r.skipped);
    assert!(r.problems.len() <= MAX_LISTED_PROBLEMS);
    for p in &r.problems {
        assert!(p.line >= 1);
        for l in Locale::ALL {
            assert!(!p.describe(l, Some("x")).is_empty());
        }
    }
}

/// Previews `text` as both kinds of table and imports it with what was
/// detected; nothing may panic and the report must add up.
fn run_everything(text: &str, chunk: usize) {
    for kind in [TableKind::Ledger, TableKind::Accounts] {
        for complete in [true, false] {
            let p = preview(text, complete, kind, None, Locale::Tr);
            if p.problem.is_some() {
                continue;
            }
            run_import(text, chunk, kind, &p.settings);
        }
    }
}

fn run_import(text: &str, chunk: usize, kind: TableKind, settings: &ImportSettings) {
    match kind {
        TableKind::Ledger => {
            let Ok(mut imp) = LedgerImporter::new(settings, today()) else {
                return;
            };
            for c in chunked(text, chunk) {
                imp.push(c);
            }
            if let Ok(l) = imp.finish() {
                check_report(&l.report);
                let rows: u64 = l.customers.iter().map(|c| c.rows).sum();
                assert_eq!(rows, l.report.imported);
                let _ = l.summary(Locale::Fa);
            }
        }
        TableKind::Accounts => {
            let Ok(mut imp) = AccountsImporter::new(settings) else {
                return;
            };
            for c in chunked(text, chunk) {
                imp.push(c);
            }
            if let Ok(a) = imp.finish() {
                check_report(&a.report);
                assert_eq!(a.accounts.len() as u64, a.report.imported);
            }
        }
    }
}

fn any_role() -> impl Strategy<Value = Option<Role>> {
    let fixed: Vec<Role> = TableKind::Ledger
        .roles()
        .iter()
        .chain(TableKind::Accounts.roles())
        .cloned()
        .chain([Role::Rating("need".into())])
        .collect();
    prop_oneof![Just(None), proptest::sample::select(fixed).prop_map(Some)]
}

fn any_settings() -> impl Strategy<Value = ImportSettings> {
    (
        proptest::sample::select(Delimiter::ALL.to_vec()),
        any::<bool>(),
        proptest::collection::vec(any_role(), 1..6),
        proptest::sample::select(DateFormat::ALL.to_vec()),
        proptest::sample::select(NumberStyle::ALL.to_vec()),
    )
        .prop_map(
            |(delimiter, has_header, columns, date_format, numbers)| ImportSettings {
                delimiter,
                has_header,
                columns,
                date_format,
                numbers,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn nothing_panics_on_csv_like_text(text in TEXTY, chunk in 1usize..40) {
        run_everything(&text, chunk);
    }

    #[test]
    fn nothing_panics_on_any_text(text in any::<String>(), chunk in 1usize..40) {
        run_everything(&text, chunk);
    }

    #[test]
    fn nothing_panics_with_any_settings(text in TEXTY, settings in any_settings(), chunk in 1usize..40) {
        for kind in [TableKind::Ledger, TableKind::Accounts] {
            let p = preview(&text, true, kind, Some(&settings), Locale::En);
            for r in &p.rows {
                let _ = r.status(Locale::Fa);
            }
            run_import(&text, chunk, kind, &settings);
        }
    }

    #[test]
    fn the_number_and_date_parsers_never_panic(text in prop_oneof![TEXTY, any::<String>()]) {
        for hint in [None, Some(Locale::Tr), Some(Locale::En), Some(Locale::Fa)] {
            let _ = parse_number(&text, hint);
            let _ = parse_percent(&text, hint);
        }
        for f in DateFormat::ALL {
            if let Ok(d) = parse_date(&text, f) {
                prop_assert!(d.year() >= 1);
            }
        }
        let _ = guess_date_format(text.split(['\n', ',']));
        let _ = guess_number_style(text.split(['\n', ';']), Delimiter::Semicolon, Locale::Fa);
    }

    #[test]
    fn encoding_detection_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = detect_encoding(&bytes);
    }

    #[test]
    fn solar_hijri_round_trips(days in -500_000i32..800_000) {
        let date = Date::from_days_since_epoch(days).unwrap();
        if let Some((y, m, d)) = solar_hijri::from_date(date) {
            prop_assert_eq!(solar_hijri::to_date(y, m, d), Ok(date));
        }
    }

    /// Names with delimiters, quotes and line breaks come back as they were,
    /// on the lines they were written on.
    #[test]
    fn csv_quoting_round_trips(
        names in proptest::collection::vec("[a-zA-Z \",;\t\r\nŞı۱ی]{1,12}", 1..20),
        delimiter in proptest::sample::select(Delimiter::ALL.to_vec()),
        crlf in any::<bool>(),
        chunk in 1usize..30,
    ) {
        let d = delimiter.byte() as char;
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = format!("name{d}sector{end}");
        let mut line = 2u64;
        let mut expected = Vec::new();
        for n in &names {
            let name = n.trim_matches(|c: char| c.is_whitespace());
            if name.is_empty() {
                continue;
            }
            text.push('"');
            text.push_str(&name.replace('"', "\"\""));
            text.push('"');
            text.push(d);
            text.push('s');
            text.push_str(end);
            expected.push((line, name.to_string()));
            line += 1 + name.matches('\n').count() as u64 + name.matches('\r').count() as u64
                - name.matches("\r\n").count() as u64;
        }
        let settings = ImportSettings {
            delimiter,
            columns: vec![Some(Role::Name), Some(Role::Sector)],
            ..ImportSettings::new(2)
        };
        let mut imp = AccountsImporter::new(&settings).unwrap();
        for c in chunked(&text, chunk) {
            imp.push(c);
        }
        match imp.finish() {
            Ok(t) => {
                let got: Vec<(u64, String)> = t.accounts.iter().map(|a| (a.line, a.account.name.clone())).collect();
                prop_assert_eq!(got, expected);
            }
            Err(e) => prop_assert!(expected.is_empty(), "{:?}", e),
        }
    }

    /// The ledger groups customers exactly as validation compares account
    /// names, so an import never creates names validation calls duplicates.
    #[test]
    fn customers_are_grouped_as_validation_compares_names(
        a in "[aAiIİıyYیيکك \u{200C}\u{200F}]{1,6}",
        b in "[aAiIİıyYیيکك \u{200C}\u{200F}]{1,6}",
    ) {
        let settings = ImportSettings {
            columns: vec![Some(Role::Customer), Some(Role::Date), Some(Role::Amount)],
            ..ImportSettings::new(3)
        };
        let mut imp = LedgerImporter::new(&settings, today()).unwrap();
        imp.push(&format!("c,d,a\n\"{a}\",2025-01-01,1\n\"{b}\",2025-01-02,1\n"));
        let Ok(ledger) = imp.finish() else {
            return Ok(());
        };
        if ledger.report.imported < 2 {
            return Ok(());
        }
        let mut p = kilit_core::accounts::Portfolio::new("TRY", today());
        for n in [&a, &b] {
            p.add(kilit_core::accounts::Account { name: n.to_string(), ..Default::default() });
        }
        let duplicate = kilit_core::accounts::validate(&p)
            .iter()
            .any(|x| matches!(x.kind, kilit_core::accounts::ProblemKind::DuplicateName { .. }));
        prop_assert_eq!(ledger.customers.len() == 1, duplicate, "{:?} {:?}", a, b);
    }

    #[test]
    fn aggregation_equals_a_naive_reference(ledger in any_ledger(), chunk in 1usize..60) {
        let (text, settings) = ledger.write();
        let mut imp = LedgerImporter::new(&settings, ledger.today).unwrap();
        for c in chunked(&text, chunk) {
            imp.push(c);
        }
        let got = imp.finish();
        let expected = ledger.reference();
        match got {
            Err(e) => prop_assert!(ledger.rows.is_empty(), "{:?}", e),
            Ok(l) => {
                prop_assert_eq!(l.report.rows, ledger.rows.len() as u64);
                prop_assert_eq!(l.report.skipped, ledger.rows.iter().filter(|r| r.date > ledger.today).count() as u64);
                prop_assert_eq!(l.customers.len(), expected.len());
                for (c, e) in l.customers.iter().zip(&expected) {
                    prop_assert_eq!(c, e);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Random ledgers and their naive aggregates

/// Spellings of the same customer, as validation folds names.
const CUSTOMERS: &[&[&str]] = &[
    &["Acme", "ACME", "acme", " Acme  "],
    &["Yılmaz Tekstil", "YILMAZ TEKSTİL", "yilmaz  tekstil"],
    &["شرکت پارس", "شركت پارس", "شرکت\u{200C} پارس"],
    &["Bolt, Inc.", "BOLT, INC."],
    &["Quote \"Q\"; Ltd"],
    &["Line\nBreak"],
];

#[derive(Clone, Debug)]
struct Row {
    customer: usize,
    spelling: usize,
    date: Date,
    cents: i64,
    cost_cents: Option<i64>,
    order: Option<u8>,
    /// How the amount is written: grouping, negative in parentheses.
    grouped: bool,
    parens: bool,
}

#[derive(Clone, Debug)]
struct Ledger {
    today: Date,
    rows: Vec<Row>,
    delimiter: Delimiter,
    numbers: NumberStyle,
    date_format: DateFormat,
    with_cost: bool,
    with_order: bool,
}

fn any_ledger() -> impl Strategy<Value = Ledger> {
    let today = proptest::sample::select(vec![
        (2025, 6, 30),
        (2024, 2, 29),
        (2024, 12, 31),
        (2023, 3, 1),
    ])
    .prop_map(|(y, m, d)| Date::from_ymd(y, m, d).unwrap());
    let row = (
        0..CUSTOMERS.len(),
        0usize..4,
        -800i32..40,
        -50_000i64..2_000_000,
        proptest::option::of(0i64..1_500_000),
        proptest::option::of(0u8..6),
        any::<bool>(),
        any::<bool>(),
    );
    (
        today,
        proptest::collection::vec(row, 0..40),
        proptest::sample::select(Delimiter::ALL.to_vec()),
        proptest::sample::select(NumberStyle::ALL.to_vec()),
        proptest::sample::select(DateFormat::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(today, rows, delimiter, numbers, date_format, with_cost, with_order)| Ledger {
                today,
                rows: rows
                    .into_iter()
                    .map(
                        |(customer, spelling, offset, cents, cost, order, grouped, parens)| Row {
                            customer,
                            spelling: spelling % CUSTOMERS[customer].len(),
                            date: today.add_days(offset).unwrap(),
                            cents,
                            cost_cents: cost,
                            order,
                            grouped,
                            parens,
                        },
                    )
                    .collect(),
                delimiter,
                numbers,
                date_format,
                with_cost,
                with_order,
            },
        )
}

fn quoted(text: &str, delimiter: char) -> String {
    if text.contains([delimiter, '"', '\n', '\r']) || text.trim() != text {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn write_amount(cents: i64, style: NumberStyle, grouped: bool, parens: bool) -> String {
    let (group, point) = match style {
        NumberStyle::DecimalComma => ('.', ','),
        NumberStyle::DecimalPoint => (',', '.'),
    };
    let whole = (cents.abs() / 100).to_string();
    let mut int = String::new();
    for (i, c) in whole.chars().enumerate() {
        if grouped && i > 0 && (whole.len() - i).is_multiple_of(3) {
            int.push(group);
        }
        int.push(c);
    }
    let n = format!("{int}{point}{:02}", cents.abs() % 100);
    match (cents < 0, parens) {
        (false, _) => n,
        (true, true) => format!("({n})"),
        (true, false) => format!("-{n}"),
    }
}

fn write_date(d: Date, f: DateFormat) -> String {
    let (y, m, day) = d.ymd();
    match f {
        DateFormat::Iso => format!("{y:04}-{m:02}-{day:02}"),
        DateFormat::DayMonthYear => format!("{day:02}.{m:02}.{y:04}"),
        DateFormat::MonthDayYear => format!("{m}/{day}/{y:04}"),
        DateFormat::Compact => format!("{y:04}{m:02}{day:02}"),
        DateFormat::SolarHijri => {
            let (y, m, day) = solar_hijri::from_date(d).unwrap();
            format!("{y}/{m:02}/{day:02}")
        }
    }
}

impl Ledger {
    fn write(&self) -> (String, ImportSettings) {
        let d = self.delimiter.byte() as char;
        let mut columns = vec![Some(Role::Customer), Some(Role::Date), Some(Role::Amount)];
        let mut header = vec!["Customer", "Date", "Amount"];
        if self.with_cost {
            columns.push(Some(Role::Cost));
            header.push("Cost");
        }
        if self.with_order {
            columns.push(Some(Role::OrderNumber));
            header.push("Order");
        }
        let mut text = header.join(&d.to_string());
        text.push('\n');
        for r in &self.rows {
            let mut cells = vec![
                quoted(CUSTOMERS[r.customer][r.spelling], d),
                write_date(r.date, self.date_format),
                quoted(&write_amount(r.cents, self.numbers, r.grouped, r.parens), d),
            ];
            if self.with_cost {
                cells.push(r.cost_cents.map_or(String::new(), |c| {
                    quoted(&write_amount(c, self.numbers, r.grouped, false), d)
                }));
            }
            if self.with_order {
                cells.push(r.order.map_or(String::new(), |o| format!("N{o}")));
            }
            text.push_str(&cells.join(&d.to_string()));
            text.push('\n');
        }
        let settings = ImportSettings {
            delimiter: self.delimiter,
            has_header: true,
            columns,
            date_format: self.date_format,
            numbers: self.numbers,
        };
        (text, settings)
    }

    /// The aggregates, computed the obvious way.
    fn reference(&self) -> Vec<CustomerSales> {
        let year_before = |d: Date| {
            let (y, m, day) = d.ymd();
            Date::from_ymd(y - 1, m, day)
                .or_else(|| Date::from_ymd(y - 1, m, day - 1))
                .unwrap()
        };
        let one = year_before(self.today);
        let two = year_before(one);
        let mut order: Vec<usize> = Vec::new();
        let mut out: HashMap<usize, CustomerSales> = HashMap::new();
        let mut orders: HashMap<(usize, bool), Vec<String>> = HashMap::new();
        let mut missing_profit: HashMap<usize, bool> = HashMap::new();
        let mut months: HashMap<usize, Vec<(kilit_core::date::Month, f64)>> = HashMap::new();
        for r in self.rows.iter().filter(|r| r.date <= self.today) {
            let amount = r.cents as f64 / 100.0;
            let c = out.entry(r.customer).or_insert_with(|| {
                order.push(r.customer);
                CustomerSales {
                    name: CUSTOMERS[r.customer][r.spelling].trim().to_string(),
                    code: None,
                    revenue: 0.0,
                    revenue_prev: 0.0,
                    profit: self.with_cost.then_some(0.0),
                    quantity: None,
                    orders_last_12: 0,
                    orders_prev_12: 0,
                    last_purchase: None,
                    first_date: r.date,
                    sales: Default::default(),
                    rows: 0,
                }
            });
            c.rows += 1;
            c.first_date = c.first_date.min(r.date);
            let last = r.date > one;
            let prev = !last && r.date > two;
            if last {
                c.revenue += amount;
                match (r.cost_cents, c.profit.as_mut()) {
                    (Some(cost), Some(p)) => *p += amount - cost as f64 / 100.0,
                    _ => {
                        missing_profit.insert(r.customer, true);
                    }
                }
            } else if prev {
                c.revenue_prev += amount;
            }
            if r.cents > 0 {
                c.last_purchase = Some(c.last_purchase.map_or(r.date, |d| d.max(r.date)));
                if last || prev {
                    let key = match (self.with_order, r.order) {
                        (true, Some(o)) => format!("N{o}"),
                        _ => r.date.to_iso(),
                    };
                    let seen = orders.entry((r.customer, last)).or_default();
                    if !seen.contains(&key) {
                        seen.push(key);
                    }
                }
            }
            let m = months.entry(r.customer).or_default();
            match m.iter_mut().find(|(mm, _)| *mm == r.date.month()) {
                Some(e) => e.1 += amount,
                None => m.push((r.date.month(), amount)),
            }
        }
        order
            .into_iter()
            .map(|i| {
                let mut c = out.remove(&i).unwrap();
                if missing_profit.contains_key(&i) {
                    c.profit = None;
                }
                c.orders_last_12 = orders.get(&(i, true)).map_or(0, |v| v.len() as u32);
                c.orders_prev_12 = orders.get(&(i, false)).map_or(0, |v| v.len() as u32);
                c.sales = kilit_core::accounts::MonthlySales::from_entries(
                    months.remove(&i).unwrap_or_default(),
                );
                c
            })
            .collect()
    }
}
