//! What can be wrong with a file as a whole and with its rows, and the
//! import summary.

use crate::date::DateError;
use crate::i18n::{fill, Locale};
use crate::number::{format_integer, NumberError};

use super::columns::Role;
use super::dates::DateProblem;
use super::messages::ImportMsg;

/// A problem with the file as a whole: nothing can be imported until it is
/// solved. There is at most one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// No bytes, or nothing but white space.
    Empty,
    /// Not text: NUL or control bytes, or a known binary format.
    Binary,
    /// A spreadsheet workbook (`.xlsx`, `.ods`, `.xls`), not CSV.
    Spreadsheet,
    /// A header row and nothing else.
    NoRows,
    /// No column has a role: no header name is known and the values do not
    /// tell either.
    NoUsableColumn,
    /// A role the import needs has no column (for a ledger, the customer
    /// stands for "customer or customer code").
    MissingColumn(Role),
    /// Two columns have the same role.
    MappedTwice(Role),
    /// A column has a role of the other kind of table.
    WrongRole(Role),
}

impl FileProblem {
    /// The problem explained in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        let t = |m: ImportMsg| m.text(locale).to_string();
        let with_role =
            |m: ImportMsg, r: &Role| fill(m.text(locale), &[("role", &r.label(locale))]);
        match self {
            FileProblem::Empty => t(ImportMsg::FileEmpty),
            FileProblem::Binary => t(ImportMsg::FileBinary),
            FileProblem::Spreadsheet => t(ImportMsg::FileSpreadsheet),
            FileProblem::NoRows => t(ImportMsg::FileNoRows),
            FileProblem::NoUsableColumn => t(ImportMsg::FileNoUsableColumn),
            FileProblem::MissingColumn(r) => with_role(ImportMsg::FileMissingColumn, r),
            FileProblem::MappedTwice(r) => with_role(ImportMsg::FileMappedTwice, r),
            FileProblem::WrongRole(r) => with_role(ImportMsg::FileWrongRole, r),
        }
    }
}

/// Why a row, or one cell of it, could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum RowProblemKind {
    /// The row has a different number of cells than the header (extra
    /// cells that are all empty are allowed).
    FieldCount { expected: u32, found: u32 },
    /// A cell the import needs is empty.
    Missing(Role),
    /// A cell that should hold a number does not.
    Number(NumberError),
    /// A cell that should hold a date does not.
    Date(DateProblem),
    /// The row is dated after the analysis date, by this many days (ledger;
    /// the row is left out).
    AfterAnalysisDate { days: i32 },
    /// A rating that is not a whole number from 1 to 5.
    Rating,
    /// A relationship stage that is none of the six.
    Stage,
    /// The row is longer than [`super::records::MAX_RECORD_BYTES`].
    TooLong,
    /// A quotation mark opened in this row is never closed: the rest of the
    /// file, this many lines, was read as one cell.
    UnterminatedQuote { lines: u64 },
}

/// One problem of one row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowProblem {
    /// The 1-based line of the file the row starts on.
    pub line: u64,
    /// The 0-based column of the cell, if the problem is with one cell.
    pub column: Option<u32>,
    /// The cell's text as found (at most 60 characters), or empty.
    pub text: String,
    pub kind: RowProblemKind,
    /// Whether the row was left out. In an accounts table a cell that cannot
    /// be read does not cost the row: the account keeps the text and the
    /// value is unknown, as if it had been typed.
    pub row_skipped: bool,
}

/// Problems beyond this many are counted, not listed.
pub const MAX_LISTED_PROBLEMS: usize = 1000;

impl RowProblem {
    pub(crate) fn new(line: u64, column: Option<usize>, text: &str, kind: RowProblemKind) -> Self {
        const MAX: usize = 60;
        let text = super::fold::trim(text);
        let text = match text.char_indices().nth(MAX) {
            Some((i, _)) => format!("{}…", &text[..i]),
            None => text.to_string(),
        };
        RowProblem {
            line,
            column: column.map(|c| c as u32),
            text,
            kind,
            row_skipped: true,
        }
    }

    /// Where the problem is: "Line 12", or "Line 12, column 3 (Tutar)" when
    /// `column_name` names the column.
    pub fn location(&self, locale: Locale, column_name: Option<&str>) -> String {
        let line = format_integer(self.line as i64, locale);
        match self.column {
            None => fill(ImportMsg::AtLine.text(locale), &[("line", &line)]),
            Some(c) => {
                let column = format_integer(c as i64 + 1, locale);
                match column_name.map(str::trim).filter(|n| !n.is_empty()) {
                    Some(name) => fill(
                        ImportMsg::AtLineColumnNamed.text(locale),
                        &[("line", &line), ("column", &column), ("name", name)],
                    ),
                    None => fill(
                        ImportMsg::AtLineColumn.text(locale),
                        &[("line", &line), ("column", &column)],
                    ),
                }
            }
        }
    }

    /// What is wrong, in `locale`.
    pub fn reason(&self, locale: Locale) -> String {
        let int = |v: i64| format_integer(v, locale);
        let text = self.text.as_str();
        let cell = |reason: String| {
            fill(
                ImportMsg::CellReason.text(locale),
                &[("text", text), ("reason", &reason)],
            )
        };
        match &self.kind {
            RowProblemKind::FieldCount { expected, found } => fill(
                ImportMsg::RowFieldCount.text(locale),
                &[
                    ("expected", &int(*expected as i64)),
                    ("found", &int(*found as i64)),
                ],
            ),
            RowProblemKind::Missing(role) => fill(
                ImportMsg::RowMissing.text(locale),
                &[("role", &role.label(locale))],
            ),
            RowProblemKind::Number(e) => cell(e.message(locale)),
            RowProblemKind::Date(DateProblem::NotInFormat(f)) => fill(
                ImportMsg::RowDateNotInFormat.text(locale),
                &[("text", text), ("format", f.label(locale))],
            ),
            RowProblemKind::Date(DateProblem::Impossible(e)) => cell(date_error(*e, locale)),
            RowProblemKind::AfterAnalysisDate { .. } => fill(
                ImportMsg::RowAfterAnalysisDate.text(locale),
                &[("text", text)],
            ),
            RowProblemKind::Rating => fill(ImportMsg::RowRating.text(locale), &[("text", text)]),
            RowProblemKind::Stage => fill(ImportMsg::RowStage.text(locale), &[("text", text)]),
            RowProblemKind::TooLong => ImportMsg::RowTooLong.text(locale).to_string(),
            RowProblemKind::UnterminatedQuote { lines } => fill(
                ImportMsg::RowUnterminatedQuote.text(locale),
                &[("lines", &int(*lines as i64))],
            ),
        }
    }

    /// Location and reason in one sentence, for a plain list.
    pub fn describe(&self, locale: Locale, column_name: Option<&str>) -> String {
        format!(
            "{}: {}",
            self.location(locale, column_name),
            self.reason(locale)
        )
    }
}

/// An impossible date, explained. (`DateError::Empty` and `Format` speak of
/// ISO dates; the importer never produces them, blank cells and other
/// formats having their own problems.)
fn date_error(e: DateError, locale: Locale) -> String {
    e.message(locale)
}

/// How an import went, row by row.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Report {
    /// Data rows read (not the header, not blank rows).
    pub rows: u64,
    /// Rows imported (in an accounts table, also those with unreadable
    /// cells).
    pub imported: u64,
    /// Rows left out: `rows − imported`.
    pub skipped: u64,
    /// The first [`MAX_LISTED_PROBLEMS`] problems, in file order.
    pub problems: Vec<RowProblem>,
    /// Problems found beyond those listed.
    pub unlisted: u64,
}

impl Report {
    pub(crate) fn push(&mut self, problem: RowProblem) {
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    /// "Rows imported: 12. Rows skipped: 3." in `locale`, with a note on
    /// the problems not listed.
    pub fn summary(&self, locale: Locale) -> String {
        let int = |v: u64| format_integer(v as i64, locale);
        let mut s = fill(
            ImportMsg::Summary.text(locale),
            &[
                ("imported", &int(self.imported)),
                ("skipped", &int(self.skipped)),
            ],
        );
        if self.unlisted > 0 {
            s.push(' ');
            s.push_str(&fill(
                ImportMsg::MoreProblems.text(locale),
                &[("n", &int(self.unlisted))],
            ));
        }
        s
    }
}
