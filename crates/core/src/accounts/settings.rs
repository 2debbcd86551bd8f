//! Everything the user can tune in the selection workbench.

use std::collections::BTreeMap;

use super::checklist::{Checklist, GroupWeights};
use super::model::{AccountId, Override};

/// What ABC classes are computed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AbcBasis {
    #[default]
    Revenue,
    Profit,
}

/// How many key accounts the firm can look after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capacity {
    /// Key-account managers × accounts each can carry.
    Managers { managers: u32, accounts_each: u32 },
    /// A fixed maximum.
    Fixed { max: u32 },
}

impl Capacity {
    /// Number of places on the shortlist.
    pub fn places(self) -> u32 {
        match self {
            Capacity::Managers {
                managers,
                accounts_each,
            } => managers.saturating_mul(accounts_each),
            Capacity::Fixed { max } => max,
        }
    }
}

impl Default for Capacity {
    fn default() -> Self {
        Capacity::Managers {
            managers: 2,
            accounts_each: 6,
        }
    }
}

/// All settings of the selection workbench. Percentages are in percent
/// (80 means 80%), scores on 0–100.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Weights that differ from the checklist defaults, by criterion id.
    pub weights: BTreeMap<String, f64>,
    pub group_weights: GroupWeights,
    /// An account is "high" on an axis when its score is ≥ the split.
    pub attractiveness_split: f64,
    pub strength_split: f64,
    pub abc_basis: AbcBasis,
    /// A while the cumulative share ≤ `abc_a`, B while ≤ `abc_b`, else C.
    pub abc_a: f64,
    pub abc_b: f64,
    /// X while CV ≤ `xyz_x`, Y while ≤ `xyz_y`, else Z.
    pub xyz_x: f64,
    pub xyz_y: f64,
    /// Churn signal: no purchase for more than this many days.
    pub churn_days: u32,
    /// Churn signal: orders down by more than this percentage.
    pub churn_drop_pct: f64,
    /// Breadwinner: at least this share of the portfolio's profit, percent.
    pub breadwinner_pct: f64,
    /// Current giant: among the largest this-percent of accounts by revenue
    /// (rounded up).
    pub giant_pct: f64,
    /// Prospective: a customer for fewer than this many years.
    pub new_customer_years: f64,
    /// A rating at or above this counts as high (types, rising star).
    pub high_rating: u8,
    /// A rating at or below this counts as low (expert: demanding service).
    pub low_rating: u8,
    /// Customer ladder: "regular" buys in at least this many of 12 months.
    pub regular_months: u32,
    /// Customer ladder: "loyal" is regular in both years and a customer for
    /// at least this many years.
    pub loyal_years: f64,
    pub capacity: Capacity,
    /// Pins and exclusions, by account id; they survive every re-ranking.
    pub overrides: BTreeMap<AccountId, Override>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            weights: BTreeMap::new(),
            group_weights: GroupWeights::default(),
            attractiveness_split: 50.0,
            strength_split: 50.0,
            abc_basis: AbcBasis::Revenue,
            abc_a: 80.0,
            abc_b: 95.0,
            xyz_x: 0.5,
            xyz_y: 1.0,
            churn_days: 90,
            churn_drop_pct: 30.0,
            breadwinner_pct: 10.0,
            giant_pct: 20.0,
            new_customer_years: 2.0,
            high_rating: 4,
            low_rating: 2,
            regular_months: 6,
            loyal_years: 3.0,
            capacity: Capacity::default(),
            overrides: BTreeMap::new(),
        }
    }
}

impl Settings {
    /// Replaces the weights with those of a checklist preset, keeping every
    /// other setting. Returns `false` (and changes nothing) for an unknown id.
    pub fn apply_preset(&mut self, checklist: &Checklist, preset_id: &str) -> bool {
        let Some(preset) = checklist.preset(preset_id) else {
            return false;
        };
        self.weights = preset.weights.iter().cloned().collect();
        self.group_weights = preset.group_weights;
        true
    }

    /// The id of the preset whose weights are exactly the current ones.
    pub fn matching_preset<'c>(&self, checklist: &'c Checklist) -> Option<&'c str> {
        checklist
            .presets
            .iter()
            .find(|p| {
                p.group_weights == self.group_weights
                    && checklist
                        .criteria
                        .iter()
                        .all(|c| self.weight(checklist, &c.id) == preset_weight(p, &c.id, c.weight))
            })
            .map(|p| p.id.as_str())
    }

    /// The weight in force for a criterion: the user's, else the default.
    pub fn weight(&self, checklist: &Checklist, criterion: &str) -> f64 {
        match self.weights.get(criterion) {
            Some(&w) => w,
            None => checklist.criterion(criterion).map_or(0.0, |c| c.weight),
        }
    }

    pub fn set_weight(&mut self, criterion: &str, weight: f64) {
        self.weights.insert(criterion.to_string(), weight);
    }

    /// Pins, excludes or releases an account.
    pub fn set_override(&mut self, id: AccountId, decision: Override) {
        if decision == Override::None {
            self.overrides.remove(&id);
        } else {
            self.overrides.insert(id, decision);
        }
    }

    pub fn override_of(&self, id: AccountId) -> &Override {
        self.overrides.get(&id).unwrap_or(&Override::None)
    }
}

fn preset_weight(p: &super::checklist::Preset, id: &str, default: f64) -> f64 {
    p.weights
        .iter()
        .find(|(k, _)| k == id)
        .map_or(default, |(_, w)| *w)
}
