//! Domain → stored JSON (schema version 1, `docs/workspace-format.md`).
//!
//! The shapes here borrow from the domain values and only serialise; the
//! reading side is [`decode`](super::decode), which is lenient. Keep the
//! two in step: the round-trip tests and the fixtures check that they are.

use std::collections::BTreeMap;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::accounts::{
    AbcBasis, Account, Capacity, Field, MonthlySales, Override, Portfolio, Settings,
};
use crate::assessment::{ActionKey, ActionPlan, Answer, Answers, PlanRow};
use crate::date::{Date, Month};

use super::amount::Amount;
use super::workspace::Workspace;

/// The `data` member of a version-1 envelope.
#[derive(Serialize)]
pub(crate) struct DataOut<'a> {
    locale: &'static str,
    assessment: AssessmentOut<'a>,
    portfolio: PortfolioOut<'a>,
    settings: SettingsOut<'a>,
}

pub(crate) fn data_out(ws: &Workspace) -> DataOut<'_> {
    DataOut {
        locale: ws.locale.code(),
        assessment: assessment_out(ws),
        portfolio: portfolio_out(&ws.portfolio),
        settings: settings_out(&ws.settings),
    }
}

// ---------------------------------------------------------------------------
// Assessment

#[derive(Serialize)]
struct AssessmentOut<'a> {
    current: &'a str,
    instruments: BTreeMap<&'a str, InstrumentOut<'a>>,
}

#[derive(Serialize)]
struct InstrumentOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<AnswersOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<PlanOut<'a>>,
}

fn assessment_out(ws: &Workspace) -> AssessmentOut<'_> {
    let a = &ws.assessment;
    let instruments = ws
        .instruments()
        .into_iter()
        .map(|id| {
            let out = InstrumentOut {
                step: a.steps.get(id).copied(),
                answers: a.answers.get(id).map(AnswersOut),
                plan: a.plans.get(id).map(plan_out),
            };
            (id, out)
        })
        .collect();
    AssessmentOut {
        current: &a.current,
        instruments,
    }
}

/// `{"item": 4, "other": "na"}`.
pub(crate) struct AnswersOut<'a>(pub &'a Answers);

impl Serialize for AnswersOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (item, answer) in self.0 {
            match answer {
                Answer::Value(v) => map.serialize_entry(item, v)?,
                Answer::NotApplicable => map.serialize_entry(item, NOT_APPLICABLE)?,
            }
        }
        map.end()
    }
}

/// How "not applicable / don't know" is stored.
pub(crate) const NOT_APPLICABLE: &str = "na";

#[derive(Serialize)]
pub(crate) struct PlanOut<'a> {
    rows: Vec<RowOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    dismissed: Vec<KeyOut<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum RowOut<'a> {
    Suggested(KeyOut<'a>),
    Edited {
        action: &'a str,
        owner: &'a str,
        due: Option<&'a str>,
        horizon: u16,
        origin: Option<KeyOut<'a>>,
    },
}

#[derive(Serialize)]
struct KeyOut<'a> {
    instrument: &'a str,
    action: &'a str,
    horizon: u16,
}

fn key_out(k: &ActionKey) -> KeyOut<'_> {
    KeyOut {
        instrument: &k.instrument,
        action: &k.action,
        horizon: k.horizon.days(),
    }
}

pub(crate) fn plan_out(plan: &ActionPlan) -> PlanOut<'_> {
    PlanOut {
        rows: plan
            .rows
            .iter()
            .map(|row| match row {
                PlanRow::Suggested(key) => RowOut::Suggested(key_out(key)),
                PlanRow::Edited { fields, origin } => RowOut::Edited {
                    action: &fields.action,
                    owner: &fields.owner,
                    due: fields.due.as_deref(),
                    horizon: fields.horizon.days(),
                    origin: origin.as_ref().map(key_out),
                },
            })
            .collect(),
        dismissed: plan.dismissed.iter().map(key_out).collect(),
    }
}

// ---------------------------------------------------------------------------
// Portfolio

#[derive(Serialize)]
struct PortfolioOut<'a> {
    currency: &'a str,
    analysis_date: String,
    next_id: u32,
    rating_columns: &'a [String],
    accounts: Vec<AccountOut<'a>>,
}

/// The id the portfolio will give the next new account. `Portfolio` keeps
/// it private and hands it out only through `fresh_id(&mut self)`, so it
/// is read from a copy. (A `Portfolio::next_id()` accessor would save the
/// copy.)
pub(crate) fn next_id(p: &Portfolio) -> u32 {
    p.clone().fresh_id().0
}

fn portfolio_out(p: &Portfolio) -> PortfolioOut<'_> {
    PortfolioOut {
        currency: &p.currency,
        analysis_date: p.analysis_date.to_iso(),
        next_id: next_id(p),
        rating_columns: &p.rating_columns,
        accounts: p.accounts.iter().map(account_out).collect(),
    }
}

#[derive(Serialize)]
struct AccountOut<'a> {
    id: u32,
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    sector: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    revenue: Option<NumberOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gross_margin: Option<NumberOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    profit: Option<NumberOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    orders_last_12: Option<NumberOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    orders_prev_12: Option<NumberOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_purchase: Option<DateOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    share_of_wallet: Option<NumberOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    years_as_customer: Option<NumberOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    relationship_stage: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    complaints: Option<NumberOut<'a>>,
    #[serde(skip_serializing_if = "<[u8]>::is_empty")]
    ratings: Vec<u8>,
    #[serde(skip_serializing_if = "SalesOut::is_empty")]
    sales: SalesOut<'a>,
}

fn account_out(a: &Account) -> AccountOut<'_> {
    AccountOut {
        id: a.id.0,
        name: &a.name,
        sector: &a.sector,
        revenue: number_out(&a.revenue),
        gross_margin: number_out(&a.gross_margin),
        profit: number_out(&a.profit),
        orders_last_12: number_out(&a.orders_last_12),
        orders_prev_12: number_out(&a.orders_prev_12),
        last_purchase: date_out(&a.last_purchase),
        share_of_wallet: number_out(&a.share_of_wallet),
        years_as_customer: number_out(&a.years_as_customer),
        relationship_stage: a.relationship_stage.map(|s| s.code()),
        complaints: number_out(&a.complaints),
        ratings: a.ratings.iter().map(|r| r.value().unwrap_or(0)).collect(),
        sales: SalesOut(&a.sales),
    }
}

/// A typed number: a bare amount when the text is exactly what
/// `Field::known` writes for the value, else `{"raw": …, "value": …}`.
enum NumberOut<'a> {
    Known(Amount),
    Typed { raw: &'a str, value: Option<Amount> },
}

fn number_out(f: &Field<f64>) -> Option<NumberOut<'_>> {
    match f.value {
        None if f.raw.is_empty() => None,
        Some(v) if Field::known(v).raw == f.raw => Some(NumberOut::Known(Amount(v))),
        value => Some(NumberOut::Typed {
            raw: &f.raw,
            value: value.map(Amount),
        }),
    }
}

impl Serialize for NumberOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            NumberOut::Known(v) => v.serialize(s),
            NumberOut::Typed { raw, value } => {
                let mut map = s.serialize_map(Some(2))?;
                map.serialize_entry("raw", raw)?;
                map.serialize_entry("value", value)?;
                map.end()
            }
        }
    }
}

/// A typed date: `"2025-06-30"` when the text is exactly the ISO form of
/// the value, else `{"raw": …, "value": "2025-06-30" | null}`.
enum DateOut<'a> {
    Known(Date),
    Typed { raw: &'a str, value: Option<Date> },
}

fn date_out(f: &Field<Date>) -> Option<DateOut<'_>> {
    match f.value {
        None if f.raw.is_empty() => None,
        Some(d) if d.to_iso() == f.raw => Some(DateOut::Known(d)),
        value => Some(DateOut::Typed { raw: &f.raw, value }),
    }
}

impl Serialize for DateOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            DateOut::Known(d) => s.collect_str(d),
            DateOut::Typed { raw, value } => {
                let mut map = s.serialize_map(Some(2))?;
                map.serialize_entry("raw", raw)?;
                map.serialize_entry("value", &value.map(|d| d.to_iso()))?;
                map.end()
            }
        }
    }
}

/// Monthly sales as runs of consecutive months:
/// `[{"from": "2023-07", "amounts": [1200, 0, 980.5]}, …]`. A gap between
/// months starts a new run, so a missing month stays missing.
struct SalesOut<'a>(&'a MonthlySales);

impl SalesOut<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Splits sales entries into runs of consecutive months.
fn runs(entries: &[(Month, f64)]) -> impl Iterator<Item = &[(Month, f64)]> {
    entries.chunk_by(|a, b| a.0.add_months(1) == Some(b.0))
}

impl Serialize for SalesOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let entries = self.0.entries();
        let mut seq = s.serialize_seq(Some(runs(entries).count()))?;
        for run in runs(entries) {
            seq.serialize_element(&RunOut(run))?;
        }
        seq.end()
    }
}

struct RunOut<'a>(&'a [(Month, f64)]);

impl Serialize for RunOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        if let Some((first, _)) = self.0.first() {
            map.serialize_entry("from", &first.to_string())?;
        }
        map.serialize_entry("amounts", &AmountsOut(self.0))?;
        map.end()
    }
}

struct AmountsOut<'a>(&'a [(Month, f64)]);

impl Serialize for AmountsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|(_, v)| Amount(*v)))
    }
}

// ---------------------------------------------------------------------------
// Settings

#[derive(Serialize)]
struct SettingsOut<'a> {
    weights: BTreeMap<&'a str, Amount>,
    group_weights: GroupWeightsOut,
    attractiveness_split: Amount,
    strength_split: Amount,
    abc_basis: &'static str,
    abc_a: Amount,
    abc_b: Amount,
    xyz_x: Amount,
    xyz_y: Amount,
    churn_days: u32,
    churn_drop_pct: Amount,
    breadwinner_pct: Amount,
    giant_pct: Amount,
    new_customer_years: Amount,
    high_rating: u8,
    low_rating: u8,
    regular_months: u32,
    loyal_years: Amount,
    capacity: CapacityOut,
    overrides: Vec<OverrideOut<'a>>,
}

#[derive(Serialize)]
struct GroupWeightsOut {
    attractiveness: Amount,
    strength: Amount,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum CapacityOut {
    Managers { managers: u32, accounts_each: u32 },
    Fixed { max: u32 },
}

#[derive(Serialize)]
struct OverrideOut<'a> {
    account: u32,
    decision: &'static str,
    #[serde(skip_serializing_if = "str::is_empty")]
    reason: &'a str,
}

pub(crate) fn abc_basis_code(b: AbcBasis) -> &'static str {
    match b {
        AbcBasis::Revenue => "revenue",
        AbcBasis::Profit => "profit",
    }
}

fn settings_out(s: &Settings) -> SettingsOut<'_> {
    SettingsOut {
        weights: s
            .weights
            .iter()
            .map(|(k, v)| (k.as_str(), Amount(*v)))
            .collect(),
        group_weights: GroupWeightsOut {
            attractiveness: Amount(s.group_weights.attractiveness),
            strength: Amount(s.group_weights.strength),
        },
        attractiveness_split: Amount(s.attractiveness_split),
        strength_split: Amount(s.strength_split),
        abc_basis: abc_basis_code(s.abc_basis),
        abc_a: Amount(s.abc_a),
        abc_b: Amount(s.abc_b),
        xyz_x: Amount(s.xyz_x),
        xyz_y: Amount(s.xyz_y),
        churn_days: s.churn_days,
        churn_drop_pct: Amount(s.churn_drop_pct),
        breadwinner_pct: Amount(s.breadwinner_pct),
        giant_pct: Amount(s.giant_pct),
        new_customer_years: Amount(s.new_customer_years),
        high_rating: s.high_rating,
        low_rating: s.low_rating,
        regular_months: s.regular_months,
        loyal_years: Amount(s.loyal_years),
        capacity: match s.capacity {
            Capacity::Managers {
                managers,
                accounts_each,
            } => CapacityOut::Managers {
                managers,
                accounts_each,
            },
            Capacity::Fixed { max } => CapacityOut::Fixed { max },
        },
        overrides: s
            .overrides
            .iter()
            .map(|(id, o)| {
                let (decision, reason) = match o {
                    Override::None => ("none", ""),
                    Override::Pin { reason } => ("pin", reason.as_str()),
                    Override::Exclude { reason } => ("exclude", reason.as_str()),
                };
                OverrideOut {
                    account: id.0,
                    decision,
                    reason,
                }
            })
            .collect(),
    }
}
