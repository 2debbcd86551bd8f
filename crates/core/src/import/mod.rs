//! Importing an accounts table or a sales ledger from CSV text.
//!
//! The steps, each a pure function of what the browser hands over:
//!
//! 1. [`detect_encoding`] looks at the file's bytes and says which encoding
//!    to decode them with (the browser's `TextDecoder` decodes), how sure it
//!    is, or that the file is empty, binary or a spreadsheet workbook.
//! 2. [`preview`] reads a sample of the decoded text: it detects the
//!    delimiter, the header row, each column's role (from header names in
//!    Turkish, English or Persian, or from the values), the date format and
//!    the decimal mark, and shows the first rows as they will be read. The
//!    user corrects the [`ImportSettings`] and previews again.
//! 3. [`LedgerImporter`] or [`AccountsImporter`] takes the confirmed settings
//!    and the text in chunks of any size (a Web Worker's decoded chunks);
//!    the ledger importer aggregates per customer as it goes and keeps no
//!    row.
//! 4. `finish()` returns a value ([`LedgerImport`], [`AccountsImport`]) with
//!    the summary and every rejected row by line, column and reason; nothing
//!    changes until the app calls its `apply` on the workspace's
//!    [`Portfolio`](crate::accounts::Portfolio), after the user confirms.
//!
//! Numbers go through [`crate::number::parse_number`]; dates through
//! [`parse_date`], which also reads Solar Hijri dates ([`solar_hijri`]). The
//! rules are written down in `docs/import.md`.

mod accounts;
mod cells;
mod columns;
mod dates;
mod encoding;
mod fold;
mod ledger;
mod messages;
mod numbers;
mod preview;
mod problems;
mod records;
mod settings;
pub mod solar_hijri;

pub use accounts::{AccountsImport, AccountsImporter, ImportedAccount};
pub use columns::Role;
pub use dates::{guess_date_format, parse_date, DateFormat, DateGuess, DateProblem};
pub use encoding::{detect_encoding, Confidence, Encoding, EncodingGuess};
pub use ledger::{Applied, CustomerSales, LedgerImport, LedgerImporter, OrderBasis};
pub use messages::ImportMsg;
pub use numbers::{guess_number_style, NumberGuess};
pub use preview::{
    preview, preview_with_delimiter, CellValue, Preview, PreviewCell, PreviewRow, Question,
    PREVIEW_ROWS, SAMPLE_RECORDS,
};
pub use problems::{FileProblem, Report, RowProblem, RowProblemKind, MAX_LISTED_PROBLEMS};
pub use records::{MAX_FIELDS, MAX_RECORD_BYTES};
pub use settings::{Delimiter, ImportSettings, NumberStyle, TableKind};
