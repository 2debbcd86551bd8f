//! The mapping step: what the importer will make of a file, shown before
//! anything is imported, with the settings it detected for the user to
//! correct.

use crate::accounts::RelationshipStage;
use crate::date::Date;
use crate::i18n::{fill, Locale};
use crate::number::{format_integer, parse_number};

use super::accounts::AccountsPlan;
use super::cells::{CellReader, Cells, Value};
use super::columns::{looks_like_data, map_by_values, map_headers, Role, ValueKind};
use super::dates::{guess_date_format, DateFormat, DateGuess};
use super::fold::trim;
use super::ledger::LedgerPlan;
use super::messages::ImportMsg;
use super::numbers::{guess_number_style, NumberGuess};
use super::problems::{FileProblem, RowProblem, RowProblemKind};
use super::records::{sniff_delimiter, RecordReader};
use super::settings::{Delimiter, ImportSettings, NumberStyle, TableKind};

/// Data rows shown by a preview.
pub const PREVIEW_ROWS: usize = 20;
/// Records of the sample looked at to detect the settings.
pub const SAMPLE_RECORDS: usize = 2000;

/// What the importer will make of a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub kind: TableKind,
    /// The settings the rows below were read with: detected, or as given.
    pub settings: ImportSettings,
    /// The header row's texts; empty when the file has no header row.
    pub header: Vec<String>,
    /// The first [`PREVIEW_ROWS`] data rows as they will be read.
    pub rows: Vec<PreviewRow>,
    /// What the sample's date column (the ledger's date, the accounts'
    /// last purchase) says about its format; `None` without such a column
    /// or values.
    pub date: Option<DateGuess>,
    /// What the sample's numbers say about the decimal mark.
    pub numbers: NumberGuess,
    /// What the user should be asked, when the settings were detected.
    pub questions: Vec<Question>,
    /// What stops the import, if anything: until it is solved (by choosing
    /// another file or correcting the settings), do not import.
    pub problem: Option<FileProblem>,
}

/// One data row as it will be read.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewRow {
    /// The 1-based line the row starts on.
    pub line: u64,
    /// One cell per column (and any extra cells the row has).
    pub cells: Vec<PreviewCell>,
    /// The row's problems, as the import will report them.
    pub problems: Vec<RowProblem>,
    /// Whether the import will leave the row out.
    pub skipped: bool,
}

/// One cell: its text and what it is read as.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewCell {
    pub text: String,
    pub value: CellValue,
}

/// What a cell is read as.
#[derive(Clone, Debug, PartialEq)]
pub enum CellValue {
    /// The column is not imported.
    NotImported,
    Blank,
    Text(String),
    Number(f64),
    Date(Date),
    Stage(RelationshipStage),
    Rating(u8),
    /// The cell cannot be read; the row's problems say why.
    Problem(RowProblemKind),
}

/// Something the sample cannot decide, to ask the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// The dates read day first and month first alike: which is it? The
    /// candidates are the formats that read every sampled date.
    DateOrder(Vec<DateFormat>),
    /// No date of the sample could be read: which format is it?
    DateFormat,
    /// The sample's dates are written in more than one format, equally
    /// often: which one does the file use? Rows in the others will be
    /// reported.
    DateMixed(Vec<DateFormat>),
    /// Some numbers read differently with a decimal comma and a decimal
    /// point (`1.234`), and no number tells which the file uses.
    Numbers,
}

impl Question {
    pub fn message(&self, locale: Locale) -> &'static str {
        match self {
            Question::DateOrder(_) => ImportMsg::AskDateOrder,
            Question::DateFormat => ImportMsg::AskDateFormat,
            Question::DateMixed(_) => ImportMsg::AskDateMixed,
            Question::Numbers => ImportMsg::AskNumbers,
        }
        .text(locale)
    }
}

impl Preview {
    /// A column's name: its header, or "Column 3" when it has none.
    pub fn column_name(&self, index: usize, locale: Locale) -> String {
        match self
            .header
            .get(index)
            .map(|h| trim(h))
            .filter(|h| !h.is_empty())
        {
            Some(h) => h.to_string(),
            None => fill(
                ImportMsg::ColumnN.text(locale),
                &[("n", &format_integer(index as i64 + 1, locale))],
            ),
        }
    }
}

/// One record of the sample.
struct SampleRecord {
    line: u64,
    fields: Vec<String>,
    /// The record is too long or has an unclosed quote.
    broken: Option<RowProblemKind>,
}

/// Reads a sample of decoded text (the first few hundred kilobytes, or the
/// whole file) and shows what importing it as a `kind` table will do.
///
/// `complete` says whether `sample` is the whole file; when it is not, a
/// record cut off at its end is left out. With `settings` `None` everything
/// is detected (delimiter, header row, column roles, date format, decimal
/// mark) and [`Preview::questions`] lists what the sample cannot decide;
/// with settings, the sample is read with them, as the user corrected them.
/// `locale` (the interface's) only breaks a tie on the decimal mark.
pub fn preview(
    sample: &str,
    complete: bool,
    kind: TableKind,
    settings: Option<&ImportSettings>,
    locale: Locale,
) -> Preview {
    run(sample, complete, kind, settings, None, locale)
}

/// Like [`preview`] without settings, but with the delimiter the user chose:
/// the header row, roles, date format and decimal mark are detected again
/// for the records that delimiter makes (after the user changed the
/// delimiter or the kind of table).
pub fn preview_with_delimiter(
    sample: &str,
    complete: bool,
    kind: TableKind,
    delimiter: Delimiter,
    locale: Locale,
) -> Preview {
    run(sample, complete, kind, None, Some(delimiter), locale)
}

fn run(
    sample: &str,
    complete: bool,
    kind: TableKind,
    settings: Option<&ImportSettings>,
    fixed: Option<Delimiter>,
    locale: Locale,
) -> Preview {
    let text = sample.strip_prefix('\u{FEFF}').unwrap_or(sample);
    let mut p = Preview {
        kind,
        settings: settings.cloned().unwrap_or_else(|| ImportSettings::new(0)),
        header: Vec::new(),
        rows: Vec::new(),
        date: None,
        numbers: NumberGuess {
            style: NumberStyle::DecimalPoint,
            decided: false,
        },
        questions: Vec::new(),
        problem: None,
    };
    if let Some(problem) = text_problem(text) {
        p.problem = Some(problem);
        return p;
    }
    let delimiter = settings
        .map(|s| s.delimiter)
        .or(fixed)
        .unwrap_or_else(|| sniff_delimiter(text, complete));
    let mut records = read_sample(text, complete, delimiter);
    if records.is_empty() && !complete {
        records = read_sample(text, true, delimiter);
    }
    if records.is_empty() {
        p.problem = Some(FileProblem::Empty);
        return p;
    }
    let mut s = match settings {
        Some(s) => s.clone(),
        None => detect(&records, kind, delimiter),
    };
    let data = &records[(s.has_header as usize).min(records.len())..];
    if s.has_header {
        p.header = records[0].fields.clone();
    }
    let date_column = s
        .column_of(&Role::Date)
        .or_else(|| s.column_of(&Role::LastPurchase));
    p.date = date_column.and_then(|c| guess_date_format(data.iter().map(|r| r.fields.cell(c))));
    let numeric: Vec<&str> = data
        .iter()
        .flat_map(|r| {
            s.columns.iter().enumerate().filter_map(|(i, role)| {
                let kind = role.as_ref()?.value_kind();
                matches!(kind, ValueKind::Number | ValueKind::Percent).then(|| r.fields.cell(i))
            })
        })
        .collect();
    p.numbers = guess_number_style(numeric.iter().copied(), s.delimiter, locale);
    if settings.is_none() {
        if let Some(g) = &p.date {
            s.date_format = g.format;
            let day_or_month = [DateFormat::DayMonthYear, DateFormat::MonthDayYear];
            if g.candidates.is_empty() {
                p.questions.push(Question::DateFormat);
            } else if g.candidates == day_or_month {
                p.questions.push(Question::DateOrder(g.candidates.clone()));
            } else if !g.decided {
                p.questions.push(Question::DateMixed(g.candidates.clone()));
            }
        }
        s.numbers = p.numbers.style;
        let ambiguous = numeric.iter().any(|v| {
            parse_number(v, NumberStyle::DecimalComma.hint())
                != parse_number(v, NumberStyle::DecimalPoint.hint())
        });
        if !p.numbers.decided && ambiguous {
            p.questions.push(Question::Numbers);
        }
    }
    p.problem = s.check(kind).err();
    if p.problem.is_none()
        && data
            .iter()
            .all(|r| r.broken.is_none() && r.fields.iter().all(|f| trim(f).is_empty()))
        && complete
    {
        p.problem = Some(if s.has_header {
            FileProblem::NoRows
        } else {
            FileProblem::Empty
        });
    }
    p.rows = preview_rows(data, kind, &s);
    p.settings = s;
    p
}

/// Empty text, or text that is not text.
fn text_problem(text: &str) -> Option<FileProblem> {
    if trim(text).is_empty() {
        return Some(FileProblem::Empty);
    }
    if text.starts_with("PK\u{3}\u{4}") {
        return Some(FileProblem::Spreadsheet);
    }
    let mut chars = 0usize;
    let mut controls = 0usize;
    for c in text.chars() {
        chars += 1;
        if c == '\0' {
            return Some(FileProblem::Binary);
        }
        controls += matches!(c, '\u{1}'..='\u{8}' | '\u{E}'..='\u{19}' | '\u{1B}'..='\u{1F}' | '\u{7F}')
            as usize;
    }
    (controls * 100 > chars).then_some(FileProblem::Binary)
}

fn read_sample(text: &str, complete: bool, delimiter: Delimiter) -> Vec<SampleRecord> {
    let mut out = Vec::new();
    let mut reader = RecordReader::new(delimiter);
    let mut take = |r: &super::records::Record<'_>| {
        if out.len() >= SAMPLE_RECORDS {
            return;
        }
        let broken = if r.unterminated {
            Some(RowProblemKind::UnterminatedQuote { lines: r.lines })
        } else if r.too_long {
            Some(RowProblemKind::TooLong)
        } else {
            None
        };
        out.push(SampleRecord {
            line: r.line,
            fields: r.fields().map(str::to_string).collect(),
            broken,
        });
    };
    reader.push(text, &mut take);
    if complete {
        reader.finish(&mut take);
    }
    out
}

/// Delimiter given, the rest detected from the records: a header row when a
/// cell of the first record names a known column, or when no cell of it
/// reads as a date or a number; roles by header name, else by values.
fn detect(records: &[SampleRecord], kind: TableKind, delimiter: Delimiter) -> ImportSettings {
    let first: Vec<&str> = records[0].fields.iter().map(String::as_str).collect();
    let by_name = map_headers(&first, kind);
    let has_header =
        by_name.iter().any(Option::is_some) || !first.iter().any(|c| looks_like_data(c));
    let columns = if has_header {
        by_name
    } else {
        let rows: Vec<Vec<&str>> = records
            .iter()
            .take(200)
            .map(|r| r.fields.iter().map(String::as_str).collect())
            .collect();
        map_by_values(&rows, first.len(), kind)
    };
    ImportSettings {
        delimiter,
        has_header,
        columns,
        ..ImportSettings::new(0)
    }
}

fn preview_rows(data: &[SampleRecord], kind: TableKind, s: &ImportSettings) -> Vec<PreviewRow> {
    let cells = CellReader::new(s);
    let ledger = LedgerPlan::new(s);
    let accounts = AccountsPlan::new(s);
    let mut rows = Vec::new();
    for r in data {
        if rows.len() >= PREVIEW_ROWS {
            break;
        }
        let fields = r.fields.as_slice();
        if let Some(kind) = &r.broken {
            rows.push(PreviewRow {
                line: r.line,
                cells: Vec::new(),
                problems: vec![RowProblem::new(
                    r.line,
                    fields.len().checked_sub(1),
                    "",
                    kind.clone(),
                )],
                skipped: true,
            });
            continue;
        }
        if fields.iter().all(|f| trim(f).is_empty()) {
            continue;
        }
        let mut problems = Vec::new();
        let skipped = match kind {
            TableKind::Ledger => ledger.read(r.line, fields, &mut problems).is_none(),
            TableKind::Accounts => accounts.read(r.line, fields, &mut problems).is_none(),
        };
        let width = fields.len().max(s.columns.len());
        let row_cells = (0..width)
            .map(|i| {
                let text = fields.cell(i);
                let value = match s.columns.get(i).and_then(Option::as_ref) {
                    None => CellValue::NotImported,
                    Some(role) => match cells.read(role, text) {
                        Ok(v) => owned(v),
                        Err(k) => CellValue::Problem(k),
                    },
                };
                PreviewCell {
                    text: text.to_string(),
                    value,
                }
            })
            .collect();
        rows.push(PreviewRow {
            line: r.line,
            cells: row_cells,
            problems,
            skipped,
        });
    }
    rows
}

fn owned(v: Value<'_>) -> CellValue {
    match v {
        Value::Blank => CellValue::Blank,
        Value::Text(t) => CellValue::Text(t.to_string()),
        Value::Number(n) => CellValue::Number(n),
        Value::Date(d) => CellValue::Date(d),
        Value::Stage(s) => CellValue::Stage(s),
        Value::Rating(r) => CellValue::Rating(r),
    }
}

impl PreviewRow {
    /// "Will be imported" or "Will be skipped", in `locale`.
    pub fn status(&self, locale: Locale) -> &'static str {
        if self.skipped {
            ImportMsg::RowWillBeSkipped.text(locale)
        } else {
            ImportMsg::RowWillBeImported.text(locale)
        }
    }
}
