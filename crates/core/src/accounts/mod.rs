//! Key-account selection: accounts, the checklist, scores, classes and the
//! capped shortlist with its reasons.
//!
//! The flow is: a [`Portfolio`] of [`Account`]s (each field keeps the text
//! as typed next to its parsed value), a [`Checklist`] (data, see
//! `instruments/selection-checklist.json`) and [`Settings`] go into
//! [`analyse`], which returns an [`Analysis`]: per-account results, the
//! ranking, the [`Shortlist`] with reasons, and every problem found. Nothing
//! here formats text except [`explain`], which words the data in each
//! locale. The rules are documented in `docs/selection-rules.md`.

pub mod analysis;
pub mod checklist;
pub mod example;
pub mod explain;
pub mod model;
pub mod settings;
pub mod shortlist;
mod sort;
pub mod validate;
pub mod workbench;

pub use analysis::{
    analyse, Abc, AccountResult, AccountType, Analysis, AnalysisProblem, Churn, Contribution,
    KeyAccountKind, Ladder, LadderBasis, LadderStage, Quadrant, SettingKey, Status, Totals, Types,
    UsedSettings, Verdict, Xyz,
};
pub use checklist::{
    Checklist, ChecklistError, ChecklistProblem, Criterion, Direction, Group, GroupWeights,
    NumericField, Preset, Source, Text,
};
pub use example::example_portfolio;
pub use explain::AccountsMsg;
pub use model::{
    Account, AccountId, Field, MonthlySales, Override, Portfolio, Rating, RelationshipStage,
};
pub use settings::{AbcBasis, Capacity, Settings};
pub use shortlist::{Entry, Guidance, Reason, Shortlist};
pub use validate::{validate, AccountField, AccountProblem, ProblemKind};
pub use workbench::{generated_portfolio, SettingField, SettingInputError, WorkbenchMsg};
