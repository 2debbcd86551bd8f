//! The editable 30/60/90-day action plan.
//!
//! A plan starts as the suggested actions of the weakest dimensions. A
//! suggested row is stored as a key, so its text follows the UI's language,
//! and it follows the answers: [`ActionPlan::refresh`] replaces the suggested
//! rows with the current suggestions. Once the user edits a row it is theirs:
//! refreshing keeps it, in its place, and does not suggest its origin again.
//! Removing a suggested row dismisses that suggestion for good.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::model::{ActionKey, Horizon, Instrument};
use crate::i18n::Locale;

/// The action plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActionPlan {
    /// Rows in the order the user sees them (the UI may group them by
    /// horizon; the order within a horizon is this one).
    pub rows: Vec<PlanRow>,
    /// Suggestions the user removed; not suggested again. (An edited row
    /// keeps its suggestion out by naming it as its origin.)
    #[serde(default)]
    pub dismissed: BTreeSet<ActionKey>,
}

/// One row of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanRow {
    /// A suggestion, not touched by the user: its text comes from the
    /// instrument in the UI's language.
    Suggested(ActionKey),
    /// A row the user wrote or edited.
    Edited {
        fields: RowFields,
        /// The suggestion it was edited from, if any.
        origin: Option<ActionKey>,
    },
}

/// What the user can edit in a row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowFields {
    pub action: String,
    pub owner: String,
    /// An ISO 8601 date (`2025-03-31`), as the date input gives it.
    pub due: Option<String>,
    pub horizon: Horizon,
}

impl PlanRow {
    pub fn horizon(&self) -> Horizon {
        match self {
            PlanRow::Suggested(key) => key.horizon,
            PlanRow::Edited { fields, .. } => fields.horizon,
        }
    }

    /// The action text to show: the instrument's text in `locale` for a
    /// suggestion (`None` if the instrument no longer has that action), the
    /// user's text for an edited row.
    pub fn text<'a>(&'a self, instrument: &'a Instrument, locale: Locale) -> Option<&'a str> {
        match self {
            PlanRow::Suggested(key) => instrument.action(key).map(|a| a.text(locale)),
            PlanRow::Edited { fields, .. } => Some(&fields.action),
        }
    }

    /// The fields an editor starts from: for a suggestion, its text in
    /// `locale`, no owner, no date.
    pub fn fields(&self, instrument: &Instrument, locale: Locale) -> RowFields {
        match self {
            PlanRow::Suggested(key) => RowFields {
                action: self.text(instrument, locale).unwrap_or_default().to_owned(),
                owner: String::new(),
                due: None,
                horizon: key.horizon,
            },
            PlanRow::Edited { fields, .. } => fields.clone(),
        }
    }

    /// The suggestion this row is or came from.
    fn key(&self) -> Option<&ActionKey> {
        match self {
            PlanRow::Suggested(key) => Some(key),
            PlanRow::Edited { origin, .. } => origin.as_ref(),
        }
    }
}

impl ActionPlan {
    /// A plan made of the given suggestions.
    pub fn suggested(keys: &[ActionKey]) -> ActionPlan {
        let mut plan = ActionPlan::default();
        plan.refresh(keys);
        plan
    }

    /// Follows new answers: suggested rows no longer in `suggested` go,
    /// those still in it stay where they are, and new ones are appended in
    /// the order given. Edited rows are kept, in place; a suggestion that
    /// was edited or dismissed is not added again.
    pub fn refresh(&mut self, suggested: &[ActionKey]) {
        self.rows.retain(|row| match row {
            PlanRow::Suggested(key) => suggested.contains(key),
            PlanRow::Edited { .. } => true,
        });
        for key in suggested {
            let present = self.rows.iter().any(|row| row.key() == Some(key));
            if !present && !self.dismissed.contains(key) {
                self.rows.push(PlanRow::Suggested(key.clone()));
            }
        }
    }

    /// Replaces row `index` with the user's fields; a suggested row becomes
    /// an edited one that remembers its origin. Returns `false` (and changes
    /// nothing) if there is no such row.
    pub fn edit(&mut self, index: usize, fields: RowFields) -> bool {
        let Some(row) = self.rows.get_mut(index) else {
            return false;
        };
        let origin = row.key().cloned();
        *row = PlanRow::Edited { fields, origin };
        true
    }

    /// Appends a row the user wrote from scratch.
    pub fn add(&mut self, fields: RowFields) {
        self.rows.push(PlanRow::Edited {
            fields,
            origin: None,
        });
    }

    /// Removes row `index`; its suggestion, if any, is not made again.
    /// Returns `false` if there is no such row.
    pub fn remove(&mut self, index: usize) -> bool {
        if index >= self.rows.len() {
            return false;
        }
        let row = self.rows.remove(index);
        if let Some(key) = row.key() {
            self.dismissed.insert(key.clone());
        }
        true
    }

    /// Forgets dismissed suggestions and brings the current ones back; edited
    /// rows stay.
    pub fn restore_suggestions(&mut self, suggested: &[ActionKey]) {
        self.dismissed.clear();
        self.refresh(suggested);
    }
}
