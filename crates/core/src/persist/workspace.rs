//! The workspace: everything a user's session holds, as one value.

use std::collections::BTreeMap;

use crate::accounts::{Portfolio, Settings};
use crate::assessment::{ActionPlan, Answers};
use crate::date::Date;
use crate::i18n::Locale;

/// Everything that is saved: the language, the self-assessment, the
/// accounts with their monthly series and the selection settings (weights,
/// cut-offs, capacity, pins and exclusions).
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub locale: Locale,
    pub assessment: AssessmentProgress,
    /// The accounts and the analysis date.
    pub portfolio: Portfolio,
    pub settings: Settings,
}

/// The self-assessment as the app keeps it: per instrument, so switching
/// instruments loses nothing.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AssessmentProgress {
    /// The id of the instrument being shown; empty when none was chosen.
    pub current: String,
    /// Answers by instrument id.
    pub answers: BTreeMap<String, Answers>,
    /// The step (dimension index) each instrument is on.
    pub steps: BTreeMap<String, usize>,
    /// Action plans by instrument id.
    pub plans: BTreeMap<String, ActionPlan>,
}

impl Workspace {
    /// An empty workspace: no answers, no accounts, default settings.
    pub fn new(locale: Locale, currency: &str, analysis_date: Date) -> Workspace {
        Workspace {
            locale,
            assessment: AssessmentProgress::default(),
            portfolio: Portfolio::new(currency, analysis_date),
            settings: Settings::default(),
        }
    }

    /// Instruments that have anything saved, in id order.
    pub fn instruments(&self) -> Vec<&str> {
        let a = &self.assessment;
        let mut ids: Vec<&str> = a
            .answers
            .keys()
            .chain(a.steps.keys())
            .chain(a.plans.keys())
            .map(String::as_str)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}
