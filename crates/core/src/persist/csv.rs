//! CSV export: a pure text builder over rows that are already computed,
//! and the two tables Kilit exports (accounts, assessment).
//!
//! The text is UTF-8 with a byte-order mark (so Excel reads Turkish and
//! Persian letters), lines end in CRLF (RFC 4180), and a field is quoted
//! when it holds the delimiter, a quote, a line break, or starts or ends
//! with white space; quotes inside are doubled. With `;` as the delimiter
//! (Turkish Excel) numbers are written with a decimal comma.

use crate::accounts::{Abc, Analysis, Checklist, Group, Ladder, Portfolio, Xyz};
use crate::accounts::{AccountField, AccountType, AccountsMsg};
use crate::assessment::{Answer, Answers, Instrument, Results, Term};
use crate::i18n::{fill, Locale};

use super::messages::PersistMsg as M;

/// The byte-order mark every CSV text starts with.
pub const BOM: char = '\u{feff}';

/// The field separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delimiter {
    /// `,` with a decimal point.
    Comma,
    /// `;` with a decimal comma, as Excel expects where the comma is the
    /// decimal separator (Turkish).
    Semicolon,
}

impl Delimiter {
    pub fn as_char(self) -> char {
        match self {
            Delimiter::Comma => ',',
            Delimiter::Semicolon => ';',
        }
    }

    fn decimal(self) -> char {
        match self {
            Delimiter::Comma => '.',
            Delimiter::Semicolon => ',',
        }
    }

    /// The delimiter Excel expects in `locale`: `;` for Turkish.
    pub fn for_locale(locale: Locale) -> Delimiter {
        match locale {
            Locale::Tr => Delimiter::Semicolon,
            Locale::En | Locale::Fa => Delimiter::Comma,
        }
    }
}

/// One field.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    /// Written as is (quoted when needed). Text that a spreadsheet would
    /// take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) gets a leading `'`, so opening an export never runs
    /// a formula someone typed as an account name.
    Text(String),
    Integer(i64),
    /// The shortest decimal that reads back as the same `f64`, never in
    /// exponent form. Not finite: empty.
    Number(f64),
    /// Rounded to `decimals` places. Not finite: empty.
    Fixed {
        value: f64,
        decimals: u8,
    },
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// `Number`, or `Empty` for `None`.
    pub fn number(v: Option<f64>) -> Cell {
        v.map_or(Cell::Empty, Cell::Number)
    }

    /// `Fixed`, or `Empty` for `None`.
    pub fn fixed(v: Option<f64>, decimals: u8) -> Cell {
        v.map_or(Cell::Empty, |value| Cell::Fixed { value, decimals })
    }

    /// `Integer`, or `Empty` for `None`.
    pub fn integer(v: Option<i64>) -> Cell {
        v.map_or(Cell::Empty, Cell::Integer)
    }
}

/// A header row and rows of cells. Rows may be shorter or longer than the
/// header; they are written as they are.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The CSV text of `table`: BOM, header, rows, each line ending in CRLF.
pub fn csv_text(table: &Table, delimiter: Delimiter) -> String {
    let mut out = String::with_capacity(64 * (table.rows.len() + 1));
    out.push(BOM);
    let header: Vec<Cell> = table.header.iter().map(|h| Cell::Text(h.clone())).collect();
    for row in std::iter::once(&header).chain(&table.rows) {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(delimiter.as_char());
            }
            write_cell(&mut out, cell, delimiter);
        }
        out.push_str("\r\n");
    }
    out
}

fn write_cell(out: &mut String, cell: &Cell, delimiter: Delimiter) {
    match cell {
        Cell::Empty => {}
        Cell::Text(s) => write_text(out, s, delimiter.as_char()),
        Cell::Integer(n) => out.push_str(&n.to_string()),
        Cell::Number(v) if v.is_finite() => {
            // `{}` never uses an exponent and is the shortest round trip.
            let v = if *v == 0.0 { 0.0 } else { *v };
            push_decimal(out, &format!("{v}"), delimiter);
        }
        Cell::Fixed { value, decimals } if value.is_finite() => {
            let text = format!("{:.*}", usize::from(*decimals), value);
            // No "-0.0": a value that rounds to zero is zero.
            let text = if text.starts_with('-') && text[1..].bytes().all(|b| b == b'0' || b == b'.')
            {
                text[1..].to_string()
            } else {
                text
            };
            push_decimal(out, &text, delimiter);
        }
        Cell::Number(_) | Cell::Fixed { .. } => {}
    }
}

fn push_decimal(out: &mut String, text: &str, delimiter: Delimiter) {
    let decimal = delimiter.decimal();
    if decimal == '.' {
        out.push_str(text);
        return;
    }
    // A decimal comma needs quoting only if the delimiter were a comma,
    // which it is not here.
    out.extend(text.chars().map(|c| if c == '.' { decimal } else { c }));
}

fn write_text(out: &mut String, s: &str, delimiter: char) {
    let guarded = matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'));
    let needs_quotes = s.contains([delimiter, '"', '\n', '\r'])
        || s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace);
    if needs_quotes {
        out.push('"');
    }
    if guarded {
        out.push('\'');
    }
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if needs_quotes {
        out.push('"');
    }
}

// ---------------------------------------------------------------------------
// The tables Kilit exports

/// Every account with every computed score and class, in portfolio order.
/// `analysis` must be the analysis of `portfolio` with `checklist`.
pub fn accounts_table(
    portfolio: &Portfolio,
    checklist: &Checklist,
    analysis: &Analysis,
    locale: Locale,
) -> Table {
    let m = |k: M| k.text(locale).to_string();
    let mut header = vec![
        AccountField::Name.label(locale).to_string(),
        AccountField::Sector.label(locale).to_string(),
        AccountField::Revenue.label(locale).to_string(),
        AccountField::Profit.label(locale).to_string(),
        Group::Attractiveness.label(locale).to_string(),
        Group::Strength.label(locale).to_string(),
        AccountsMsg::SelectionScore.text(locale).to_string(),
        m(M::CsvRank),
        m(M::CsvStatus),
        m(M::CsvQuadrant),
        m(M::CsvAbc),
        m(M::CsvAbcShare),
        m(M::CsvRevenueAbc),
        m(M::CsvXyz),
        m(M::CsvCv),
        m(M::CsvProfitShare),
    ];
    header.extend(AccountType::ALL.iter().map(|t| t.label(locale).to_string()));
    header.extend([
        m(M::CsvKind),
        m(M::CsvLadder),
        m(M::CsvDaysSincePurchase),
        m(M::CsvOrderChange),
        m(M::CsvNoRecentPurchase),
        m(M::CsvOrdersDown),
        m(M::CsvCoverage),
        m(M::CsvUnknownCriteria),
    ]);
    header.extend(checklist.criteria.iter().map(|c| {
        fill(
            M::CsvCriterionScore.text(locale),
            &[("criterion", c.title.get(locale))],
        )
    }));

    let letter = |a: Option<Abc>| a.map_or(Cell::Empty, |a| Cell::text(a.letter()));
    let yes_no = |b: bool| Cell::text(if b { Term::Yes } else { Term::No }.text(locale));
    let rows = analysis
        .accounts
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let account = portfolio.accounts.get(i);
            let mut row = vec![
                Cell::text(account.map_or("", |a| a.name.as_str())),
                Cell::text(account.map_or("", |a| a.sector.as_str())),
                Cell::number(r.revenue),
                Cell::number(r.profit),
                Cell::fixed(r.attractiveness, 1),
                Cell::fixed(r.strength, 1),
                Cell::fixed(r.selection, 1),
                Cell::integer(r.rank.map(i64::from)),
                Cell::text(r.status.label(locale)),
                r.quadrant
                    .map_or(Cell::Empty, |q| Cell::text(q.label(locale))),
                letter(r.abc),
                Cell::fixed(r.abc_share, 1),
                letter(r.revenue_abc),
                match r.xyz {
                    Xyz::X => Cell::text("X"),
                    Xyz::Y => Cell::text("Y"),
                    Xyz::Z => Cell::text("Z"),
                    Xyz::NoData => Cell::Empty,
                },
                Cell::fixed(r.cv, 2),
                Cell::fixed(r.profit_share, 1),
            ];
            row.extend(
                AccountType::ALL
                    .iter()
                    .map(|t| Cell::text(r.types.get(*t).label(locale))),
            );
            row.extend([
                Cell::text(r.kind.label(locale)),
                Cell::text(Ladder::label(r.ladder.as_ref(), locale)),
                Cell::integer(r.days_since_purchase.map(i64::from)),
                Cell::fixed(r.order_change_pct, 1),
                yes_no(r.churn.no_purchase),
                yes_no(r.churn.orders_down),
                Cell::fixed(Some(r.coverage * 100.0), 1),
                Cell::Integer(i64::from(r.unknown_criteria)),
            ]);
            row.extend((0..checklist.criteria.len()).map(|c| Cell::fixed(analysis.score(i, c), 2)));
            row
        })
        .collect();
    Table { header, rows }
}

/// One row per statement with its area's score and level, and a last row
/// with the overall index. `results` must be `answers` scored against
/// `instrument`.
pub fn assessment_table(
    instrument: &Instrument,
    answers: &Answers,
    results: &Results,
    locale: Locale,
) -> Table {
    let m = |k: M| k.text(locale).to_string();
    let header = vec![
        m(M::CsvArea),
        m(M::CsvAreaScore),
        m(M::CsvLevel),
        m(M::CsvItem),
        m(M::CsvStatement),
        m(M::CsvAnswer),
        m(M::CsvAnswerWords),
    ];
    let band = |id: Option<&str>| {
        id.and_then(|id| instrument.band(id))
            .map_or(Cell::Empty, |b| Cell::text(b.title(locale)))
    };
    let mut rows = Vec::new();
    for dimension in instrument.dimensions() {
        let result = results.dimension(dimension.id());
        for item in instrument.items_of(dimension) {
            let (value, words) = match answers.get(item.id()) {
                Some(Answer::Value(v)) => (
                    Cell::Integer(i64::from(*v)),
                    item.kind()
                        .label(*v)
                        .map_or(Cell::Empty, |t| Cell::text(t.text(locale))),
                ),
                Some(Answer::NotApplicable) => {
                    (Cell::Empty, Cell::text(Term::NotApplicable.text(locale)))
                }
                None => (Cell::Empty, Cell::Empty),
            };
            rows.push(vec![
                Cell::text(dimension.title(locale)),
                Cell::integer(result.and_then(|r| r.score()).map(i64::from)),
                band(result.and_then(|r| r.band())),
                Cell::text(item.id()),
                Cell::text(item.text(locale)),
                value,
                words,
            ]);
        }
    }
    rows.push(vec![
        Cell::text(M::CsvOverall.text(locale)),
        Cell::integer(results.overall.as_ref().map(|o| i64::from(o.score))),
        band(results.overall.as_ref().map(|o| o.band.as_str())),
    ]);
    Table { header, rows }
}
