//! The import flow (issue 5): a file picked, its columns mapped, read in
//! chunks, reviewed, then applied to the workbench or thrown away; and the
//! one-step undo of the last import applied.
//!
//! The reducer part is pure: it calls the import core only. Reading and
//! decoding the file happen in the UI's task (`platform::file`), which
//! reports back with actions; the file handle is only carried here.

use std::cell::Cell;
use std::rc::Rc;

use kilit_core::accounts::{Portfolio, Settings};
use kilit_core::i18n::Locale;
use kilit_core::import::{
    preview, preview_with_delimiter, AccountsImport, Applied, DateFormat, Delimiter, Encoding, EncodingGuess,
    FileProblem, LedgerImport, NumberStyle, Preview, Question, Role, TableKind,
};

use super::Workbench;

/// Bytes of a file's start read for detection and the preview.
/// (128 KB hold far more than the 2,000 records the preview looks at, for
/// any usual row length, and parse in tens of milliseconds in wasm.)
pub const SAMPLE_BYTES: usize = 128 * 1024;

/// A flag the reading task checks between chunks.
#[derive(Clone, Debug, Default)]
pub struct CancelFlag(pub Rc<Cell<bool>>);

impl PartialEq for CancelFlag {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A picked file, compared by identity.
#[derive(Clone, Debug)]
pub struct FileHandle(pub web_sys::File);

impl PartialEq for FileHandle {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

/// The mapping step: the file, its decoded start and how to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Mapping {
    pub file: FileHandle,
    pub name: String,
    /// In bytes.
    pub size: f64,
    /// The file's first [`SAMPLE_BYTES`] bytes, to decode again when the
    /// user picks another encoding.
    pub head: Rc<Vec<u8>>,
    /// Whether `head` is the whole file.
    pub complete: bool,
    pub guess: EncodingGuess,
    pub encoding: Encoding,
    /// `head` decoded with `encoding`.
    pub text: Rc<str>,
    pub kind: TableKind,
    /// The rows as they will be read, with the settings in use.
    pub preview: Preview,
    /// What detection could not decide (kept while the user answers).
    pub questions: Vec<Question>,
    /// Replace the workbench's accounts instead of merging by name.
    pub replace: bool,
}

impl Mapping {
    fn detect(&mut self, delimiter: Delimiter, locale: Locale) {
        let p = preview_with_delimiter(&self.text, self.complete, self.kind, delimiter, locale);
        self.questions = p.questions.clone();
        self.preview = p;
    }

    fn reread(&mut self, locale: Locale) {
        let settings = self.preview.settings.clone();
        self.preview = preview(&self.text, self.complete, self.kind, Some(&settings), locale);
    }

    /// Whether the import can start: no file problem.
    pub fn ready(&self) -> bool {
        self.preview.problem.is_none()
    }
}

/// What reading the whole file gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Ledger(LedgerImport),
    Accounts(AccountsImport),
    /// A problem with the whole file (no data rows…).
    Problem(FileProblem),
    /// The browser could not read the file.
    Unreadable,
}

/// Where the flow is.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Step {
    #[default]
    Idle,
    /// Choosing a file; `refused` says why the last one picked cannot be
    /// imported at all (empty, binary, a workbook, unreadable).
    Choose { refused: Option<(String, Refusal)> },
    Mapping(Rc<Mapping>),
    Reading { mapping: Rc<Mapping>, job: u32, read: f64, cancel: CancelFlag },
    Review { mapping: Rc<Mapping>, outcome: Rc<Outcome> },
}

/// Why a picked file cannot be imported at all.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    Problem(FileProblem),
    /// The browser could not read it.
    Unreadable,
}

/// The workbench as it was before an import, to undo it in one step.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub portfolio: Rc<Portfolio>,
    pub settings: Settings,
    pub applied: Applied,
}

/// The import part of the state.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ImportState {
    pub step: Step,
    /// The last import applied, while it can be undone.
    pub undo: Option<Rc<Undo>>,
    /// Set after an undo, to say so (cleared by the next import action).
    pub undone: bool,
    /// Set when reading was cancelled (cleared by the next action).
    pub cancelled: bool,
    next_job: u32,
}

/// What can happen in the import flow.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportAction {
    /// Show the file picker (from the workbench).
    Begin,
    /// A file was picked and its start read and decoded with the detected
    /// encoding (`guess` is `Err` for an empty, binary or workbook file).
    Opened {
        file: FileHandle,
        name: String,
        size: f64,
        head: Rc<Vec<u8>>,
        guess: Result<EncodingGuess, FileProblem>,
        text: Rc<str>,
    },
    /// The browser could not read the picked file.
    OpenFailed { name: String },
    /// The sample decoded again with another encoding.
    Decoded { encoding: Encoding, text: Rc<str> },
    SetKind(TableKind),
    SetDelimiter(Delimiter),
    SetHeader(bool),
    SetNumbers(NumberStyle),
    SetDateFormat(DateFormat),
    SetRole { column: usize, role: Option<Role> },
    SetReplace(bool),
    /// Reading the whole file starts; the UI's task checks `cancel`.
    Start { cancel: CancelFlag },
    Progress { job: u32, read: f64 },
    Finished { job: u32, outcome: Rc<Outcome> },
    Cancel,
    /// From the review back to the mapping.
    Back,
    /// Apply the reviewed import to the workbench.
    Apply,
    /// Restore the workbench as it was before the last import.
    Undo,
    /// Leave the flow without importing.
    Close,
}

impl ImportState {
    /// The job number the next `Start` gets (the UI's task reports with it).
    pub fn next_job(&self) -> u32 {
        self.next_job
    }

    fn mapping(&self) -> Option<&Rc<Mapping>> {
        match &self.step {
            Step::Mapping(m) => Some(m),
            _ => None,
        }
    }
}

/// The import state and workbench after `action`, or `None` when nothing
/// changes.
pub fn reduce(
    state: &ImportState,
    workbench: &Workbench,
    locale: Locale,
    action: ImportAction,
) -> Option<(ImportState, Option<Workbench>)> {
    let mut next = state.clone();
    next.cancelled = false;
    next.undone = false;
    let edit = |f: &dyn Fn(&mut Mapping)| -> Option<ImportState> {
        let mut m = (**state.mapping()?).clone();
        f(&mut m);
        let mut next = state.clone();
        next.cancelled = false;
        next.undone = false;
        next.step = Step::Mapping(Rc::new(m));
        Some(next)
    };
    match action {
        ImportAction::Begin => next.step = Step::Choose { refused: None },
        ImportAction::Opened { file, name, size, head, guess, text } => {
            next.step = match guess {
                Err(problem) => Step::Choose { refused: Some((name, Refusal::Problem(problem))) },
                Ok(guess) => {
                    let complete = head.len() as f64 >= size;
                    let (kind, preview) = guess_kind(&text, complete, locale);
                    let m = Mapping {
                        file,
                        name,
                        size,
                        head,
                        complete,
                        guess,
                        encoding: guess.encoding,
                        text,
                        kind,
                        questions: preview.questions.clone(),
                        preview,
                        replace: false,
                    };
                    match m.preview.problem.clone() {
                        Some(p @ (FileProblem::Empty | FileProblem::Binary | FileProblem::Spreadsheet)) => {
                            Step::Choose { refused: Some((m.name, Refusal::Problem(p))) }
                        }
                        _ => Step::Mapping(Rc::new(m)),
                    }
                }
            };
        }
        ImportAction::OpenFailed { name } => {
            next.step = Step::Choose { refused: Some((name, Refusal::Unreadable)) };
        }
        ImportAction::Decoded { encoding, text } => {
            return Some((
                edit(&|m| {
                    m.encoding = encoding;
                    m.text = text.clone();
                    let d = m.preview.settings.delimiter;
                    m.detect(d, locale);
                })?,
                None,
            ))
        }
        ImportAction::SetKind(kind) => {
            return Some((
                edit(&|m| {
                    m.kind = kind;
                    let d = m.preview.settings.delimiter;
                    m.detect(d, locale);
                })?,
                None,
            ))
        }
        ImportAction::SetDelimiter(d) => return Some((edit(&|m| m.detect(d, locale))?, None)),
        ImportAction::SetHeader(on) => {
            return Some((
                edit(&|m| {
                    m.preview.settings.has_header = on;
                    m.reread(locale);
                })?,
                None,
            ))
        }
        ImportAction::SetNumbers(style) => {
            return Some((
                edit(&|m| {
                    m.preview.settings.numbers = style;
                    m.reread(locale);
                })?,
                None,
            ))
        }
        ImportAction::SetDateFormat(format) => {
            return Some((
                edit(&|m| {
                    m.preview.settings.date_format = format;
                    m.reread(locale);
                })?,
                None,
            ))
        }
        ImportAction::SetRole { column, role } => {
            return Some((
                edit(&|m| {
                    m.preview.settings.set_role(column, role.clone());
                    m.reread(locale);
                })?,
                None,
            ))
        }
        ImportAction::SetReplace(on) => return Some((edit(&|m| m.replace = on)?, None)),
        ImportAction::Start { cancel } => {
            let m = state.mapping()?;
            if !m.ready() {
                return None;
            }
            next.step = Step::Reading { mapping: m.clone(), job: state.next_job, read: 0.0, cancel };
            next.next_job = state.next_job.wrapping_add(1);
        }
        ImportAction::Progress { job, read } => match &state.step {
            Step::Reading { mapping, job: j, cancel, .. } if *j == job => {
                next.step = Step::Reading { mapping: mapping.clone(), job, read, cancel: cancel.clone() };
            }
            _ => return None,
        },
        ImportAction::Finished { job, outcome } => match &state.step {
            Step::Reading { mapping, job: j, .. } if *j == job => {
                next.step = Step::Review { mapping: mapping.clone(), outcome };
            }
            _ => return None,
        },
        ImportAction::Cancel => match &state.step {
            Step::Reading { mapping, cancel, .. } => {
                cancel.0.set(true);
                next.step = Step::Mapping(mapping.clone());
                next.cancelled = true;
            }
            _ => return None,
        },
        ImportAction::Back => match &state.step {
            Step::Review { mapping, .. } => next.step = Step::Mapping(mapping.clone()),
            _ => return None,
        },
        ImportAction::Apply => {
            let Step::Review { mapping, outcome } = &state.step else { return None };
            let mut wb = workbench.clone();
            let before = Undo { portfolio: wb.portfolio.clone(), settings: wb.settings.clone(), applied: Applied::default() };
            if mapping.replace {
                let mut fresh = Portfolio::new(wb.portfolio.currency.clone(), wb.portfolio.analysis_date);
                fresh.rating_columns = wb.portfolio.rating_columns.clone();
                wb.portfolio = Rc::new(fresh);
                wb.settings.overrides.clear();
            }
            let applied = match &**outcome {
                Outcome::Ledger(l) => l.apply(Rc::make_mut(&mut wb.portfolio)),
                Outcome::Accounts(a) => a.apply(Rc::make_mut(&mut wb.portfolio)),
                Outcome::Problem(_) | Outcome::Unreadable => return None,
            };
            wb.filter = None;
            next.undo = Some(Rc::new(Undo { applied, ..before }));
            next.step = Step::Idle;
            return Some((next, Some(wb)));
        }
        ImportAction::Undo => {
            let undo = state.undo.as_ref()?;
            let wb = Workbench::with((*undo.portfolio).clone(), undo.settings.clone());
            next.undo = None;
            next.undone = true;
            return Some((next, Some(wb)));
        }
        ImportAction::Close => {
            if let Step::Reading { cancel, .. } = &state.step {
                cancel.0.set(true);
            }
            next.step = Step::Idle;
        }
    }
    Some((next, None))
}

/// A ledger when the sample reads as one without a problem, else an
/// accounts table; with its preview.
fn guess_kind(text: &str, complete: bool, locale: Locale) -> (TableKind, Preview) {
    let ledger = preview(text, complete, TableKind::Ledger, None, locale);
    if ledger.problem.is_none() {
        (TableKind::Ledger, ledger)
    } else {
        (TableKind::Accounts, preview(text, complete, TableKind::Accounts, None, locale))
    }
}
