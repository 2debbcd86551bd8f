//! Self-assessment instruments: the declarative format, its validation, the
//! scoring of answers and the action plan they suggest.
//!
//! - [`load`] reads an instrument file (`docs/instrument-format.md`) and
//!   returns a validated [`Instrument`] or every [`Problem`] in it, each with
//!   its path and a translated [`Problem::message`].
//! - [`score`] turns [`Answers`] into [`Results`] (`docs/scoring.md`).
//! - [`builtin_sources`] are the instruments shipped in `instruments/`.
//! - [`ActionPlan`] is the editable 30/60/90-day plan pre-filled from
//!   [`Results::suggested_actions`].
//!
//! Nothing here panics on input data, and scoring uses only `+ − × ÷` on
//! `f64` in a fixed order, so results are identical natively and in wasm.

pub mod builtin;
mod json;
mod load;
mod messages;
mod model;
mod plan;
mod problem;
mod score;

pub use builtin::{builtin, builtin_sources, BUILTIN_IDS};
pub use load::{load, FORMAT, MAX_ID_LEN, MAX_WEIGHT};
pub use messages::{ProblemMsg, Term};
pub use model::{
    Action, ActionKey, Band, Dimension, Horizon, Instrument, Item, ItemKind, Recommendation,
    RecommendationKey, Text,
};
pub use plan::{ActionPlan, PlanRow, RowFields};
pub use problem::{Expected, Problem, ProblemKind};
pub use score::{
    enough_answers, round_score, score, Answer, Answers, DimensionResult, Results, Scored, Status,
    RANKED,
};
