//! What can go wrong reading stored data, in words for the user.

use crate::accounts::{AccountField, SettingKey};
use crate::i18n::{fill, Locale};
use crate::number::{format_decimal, format_integer};

use super::messages::PersistMsg as M;

/// Why stored or imported data could not be read at all. The app then keeps
/// the raw text under a backup key, says so and starts clean.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Nothing but white space (or a byte-order mark).
    Empty,
    /// Not JSON; 1-based line and column of the first error.
    NotJson { line: usize, column: usize },
    /// JSON that stops in the middle: a cut-off file or copy.
    Truncated,
    /// JSON, but not an envelope (no `schema_version`).
    NotAWorkspace,
    /// Another kind of Kilit file (the `format` field names it).
    WrongFormat { found: String },
    /// `schema_version` is not a whole number of 1 or more.
    BadVersion,
    /// Saved by a newer Kilit than this one.
    TooNew { found: u64, supported: u32 },
    /// `data` is missing or not an object.
    NoData,
    /// A migration step refused the data; `detail` is for the console.
    Migration { from: u32, detail: String },
    /// Larger than [`MAX_IMPORT_BYTES`](super::MAX_IMPORT_BYTES).
    TooLarge { size: usize, max: usize },
}

impl LoadError {
    /// The error explained in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            LoadError::Empty => M::LoadEmpty.text(locale).to_string(),
            LoadError::NotJson { line, column } => fill(
                M::LoadNotJson.text(locale),
                &[
                    ("line", &int(*line, locale)),
                    ("column", &int(*column, locale)),
                ],
            ),
            LoadError::Truncated => M::LoadTruncated.text(locale).to_string(),
            LoadError::NotAWorkspace => M::LoadNotWorkspace.text(locale).to_string(),
            LoadError::WrongFormat { found } => {
                fill(M::LoadWrongFormat.text(locale), &[("found", found)])
            }
            LoadError::BadVersion => M::LoadBadVersion.text(locale).to_string(),
            LoadError::TooNew { found, supported } => fill(
                M::LoadTooNew.text(locale),
                &[
                    (
                        "found",
                        &format_integer(i64::try_from(*found).unwrap_or(i64::MAX), locale),
                    ),
                    ("supported", &int(*supported as usize, locale)),
                ],
            ),
            LoadError::NoData => M::LoadNoData.text(locale).to_string(),
            LoadError::Migration { from, .. } => fill(
                M::LoadMigration.text(locale),
                &[("from", &int(*from as usize, locale))],
            ),
            LoadError::TooLarge { size, max } => {
                let mb = |b: usize| format_decimal(b as f64 / 1_048_576.0, 1, locale);
                fill(
                    M::LoadTooLarge.text(locale),
                    &[("size", &mb(*size)), ("max", &mb(*max))],
                )
            }
        }
    }
}

fn int(v: usize, locale: Locale) -> String {
    format_integer(i64::try_from(v).unwrap_or(i64::MAX), locale)
}

/// A part of the stored data that could not be read, and what was done
/// about it. Everything else was kept.
#[derive(Clone, Debug, PartialEq)]
pub struct DataProblem {
    /// Where in the stored JSON (`data.portfolio.accounts[17].revenue`),
    /// for the console and for tests.
    pub path: String,
    pub part: Part,
    pub effect: Effect,
}

impl DataProblem {
    /// A sentence naming the part and what was done, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        let template = match self.effect {
            Effect::LeftOut => M::EffectLeftOut,
            Effect::DefaultUsed => M::EffectDefaultUsed,
            Effect::Duplicate => M::EffectDuplicate,
        };
        fill(template.text(locale), &[("part", &self.part.label(locale))])
    }
}

/// What was done with a part that could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Dropped; the rest of its section was kept.
    LeftOut,
    /// Replaced by the default value.
    DefaultUsed,
    /// Dropped because an earlier entry has the same id.
    Duplicate,
}

/// A part of a workspace (or of the workspace list), as the user knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Language,
    SavedAt,
    Name,
    /// The whole self-assessment section.
    Assessment,
    CurrentInstrument,
    /// Everything saved for one instrument.
    Instrument {
        instrument: String,
    },
    Answers {
        instrument: String,
    },
    Answer {
        instrument: String,
        item: String,
    },
    Step {
        instrument: String,
    },
    Plan {
        instrument: String,
    },
    /// `row` is 1-based.
    PlanRow {
        instrument: String,
        row: usize,
    },
    Dismissed {
        instrument: String,
    },
    /// The whole account section.
    Portfolio,
    Currency,
    AnalysisDate,
    RatingColumns,
    NextId,
    /// `position` is 1-based, in the stored order; the name when it could
    /// be read.
    Account {
        position: usize,
        name: Option<String>,
    },
    AccountField {
        name: String,
        field: AccountField,
    },
    AccountRatings {
        name: String,
    },
    /// The whole settings section.
    Settings,
    Setting(SettingName),
    /// A pin or exclusion; the account id when it could be read.
    Override {
        account: Option<u32>,
    },
    /// `position` is 1-based.
    IndexEntry {
        position: usize,
    },
    /// The whole list of workspaces.
    WorkspaceList,
    CurrentWorkspace,
}

/// A setting, as named in problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingName {
    Weights,
    GroupWeights,
    Key(SettingKey),
    AbcBasis,
    ChurnDays,
    HighRating,
    LowRating,
    RegularMonths,
    Capacity,
}

impl SettingName {
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            SettingName::Key(key) => key.label(locale),
            SettingName::Weights => M::SettingWeights.text(locale),
            SettingName::GroupWeights => M::SettingGroupWeights.text(locale),
            SettingName::AbcBasis => M::SettingAbcBasis.text(locale),
            SettingName::ChurnDays => M::SettingChurnDays.text(locale),
            SettingName::HighRating => M::SettingHighRating.text(locale),
            SettingName::LowRating => M::SettingLowRating.text(locale),
            SettingName::RegularMonths => M::SettingRegularMonths.text(locale),
            SettingName::Capacity => M::SettingCapacity.text(locale),
        }
    }
}

impl Part {
    /// The part's name in `locale`, as the subject of a sentence.
    pub fn label(&self, locale: Locale) -> String {
        let t = |m: M| m.text(locale).to_string();
        let with = |m: M, args: &[(&str, &str)]| fill(m.text(locale), args);
        match self {
            Part::Language => t(M::PartLanguage),
            Part::SavedAt => t(M::PartSavedAt),
            Part::Name => t(M::PartName),
            Part::Assessment => t(M::PartAssessment),
            Part::CurrentInstrument => t(M::PartCurrentInstrument),
            Part::Instrument { instrument } => {
                with(M::PartInstrument, &[("instrument", instrument)])
            }
            Part::Answers { instrument } => with(M::PartAnswers, &[("instrument", instrument)]),
            Part::Answer { instrument, item } => {
                with(M::PartAnswer, &[("instrument", instrument), ("item", item)])
            }
            Part::Step { instrument } => with(M::PartStep, &[("instrument", instrument)]),
            Part::Plan { instrument } => with(M::PartPlan, &[("instrument", instrument)]),
            Part::PlanRow { instrument, row } => with(
                M::PartPlanRow,
                &[("instrument", instrument), ("row", &int(*row, locale))],
            ),
            Part::Dismissed { instrument } => with(M::PartDismissed, &[("instrument", instrument)]),
            Part::Portfolio => t(M::PartPortfolio),
            Part::Currency => t(M::PartCurrency),
            Part::AnalysisDate => t(M::PartAnalysisDate),
            Part::RatingColumns => t(M::PartRatingColumns),
            Part::NextId => t(M::PartNextId),
            Part::Account { position, name } => {
                let n = int(*position, locale);
                match name.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                    Some(name) => with(M::PartAccountNamed, &[("n", &n), ("name", name)]),
                    None => with(M::PartAccount, &[("n", &n)]),
                }
            }
            Part::AccountField { name, field } => with(
                M::PartAccountField,
                &[("name", name), ("field", field.label(locale))],
            ),
            Part::AccountRatings { name } => with(
                M::PartAccountField,
                &[("name", name), ("field", M::PartRatings.text(locale))],
            ),
            Part::Settings => t(M::PartSettings),
            Part::Setting(name) => with(M::PartSetting, &[("setting", name.label(locale))]),
            Part::Override { account: Some(id) } => {
                with(M::PartOverride, &[("id", &int(*id as usize, locale))])
            }
            Part::Override { account: None } => t(M::PartOverrideUnknown),
            Part::IndexEntry { position } => {
                with(M::PartIndexEntry, &[("n", &int(*position, locale))])
            }
            Part::WorkspaceList => t(M::PartWorkspaceList),
            Part::CurrentWorkspace => t(M::PartCurrentWorkspace),
        }
    }
}
