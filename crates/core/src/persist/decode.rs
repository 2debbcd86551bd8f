//! Stored JSON (schema version 1, already migrated) → domain, keeping
//! whatever can be read.
//!
//! Every part is read on its own: an unreadable account is left out and the
//! other accounts stay; an unreadable setting falls back to its default and
//! the other settings stay. Each such decision is a [`DataProblem`]. Nothing
//! here panics, whatever the JSON holds.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::accounts::{
    AbcBasis, Account, AccountField, AccountId, Capacity, Field, MonthlySales, Override, Portfolio,
    Rating, RelationshipStage, SettingKey, Settings,
};
use crate::assessment::{ActionKey, ActionPlan, Answer, Answers, Horizon, PlanRow, RowFields};
use crate::date::{Date, Month};
use crate::i18n::Locale;

use super::amount::Amount;
use super::encode::NOT_APPLICABLE;
use super::problem::{DataProblem, Effect, Part, SettingName};
use super::workspace::{AssessmentProgress, Workspace};

/// Collects the problems met while reading.
#[derive(Default)]
pub(crate) struct Reader {
    pub problems: Vec<DataProblem>,
}

impl Reader {
    pub fn problem(&mut self, path: String, part: Part, effect: Effect) {
        self.problems.push(DataProblem { path, part, effect });
    }
}

/// Reads a value of a serde type; `None` when it does not fit.
pub(crate) fn typed<T: DeserializeOwned>(v: &Value) -> Option<T> {
    T::deserialize(v).ok()
}

/// The member `key` of `map`, treating `null` as absent.
fn member<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    map.get(key).filter(|v| !v.is_null())
}

/// Reads the `data` object of a version-1 workspace. Parts that are absent
/// come from `blank` without a problem; parts that are present but
/// unreadable come from `blank` with one.
pub(crate) fn workspace(data: &Map<String, Value>, blank: &Workspace, r: &mut Reader) -> Workspace {
    let locale = match member(data, "locale") {
        None => blank.locale,
        Some(v) => match v.as_str().and_then(Locale::parse) {
            Some(l) => l,
            None => {
                r.problem("data.locale".into(), Part::Language, Effect::DefaultUsed);
                blank.locale
            }
        },
    };
    let assessment = match member(data, "assessment") {
        None => blank.assessment.clone(),
        Some(Value::Object(m)) => assessment(m, r),
        Some(_) => {
            r.problem("data.assessment".into(), Part::Assessment, Effect::LeftOut);
            blank.assessment.clone()
        }
    };
    let portfolio = match member(data, "portfolio") {
        None => blank.portfolio.clone(),
        Some(Value::Object(m)) => portfolio(m, &blank.portfolio, r),
        Some(_) => {
            r.problem("data.portfolio".into(), Part::Portfolio, Effect::LeftOut);
            blank.portfolio.clone()
        }
    };
    let settings = match member(data, "settings") {
        None => blank.settings.clone(),
        Some(Value::Object(m)) => settings(m, &blank.settings, r),
        Some(_) => {
            r.problem("data.settings".into(), Part::Settings, Effect::DefaultUsed);
            blank.settings.clone()
        }
    };
    Workspace {
        locale,
        assessment,
        portfolio,
        settings,
    }
}

// ---------------------------------------------------------------------------
// Assessment

fn assessment(m: &Map<String, Value>, r: &mut Reader) -> AssessmentProgress {
    let mut out = AssessmentProgress::default();
    match member(m, "current") {
        None => {}
        Some(Value::String(s)) => out.current = s.clone(),
        Some(_) => r.problem(
            "data.assessment.current".into(),
            Part::CurrentInstrument,
            Effect::LeftOut,
        ),
    }
    let instruments = match member(m, "instruments") {
        None => return out,
        Some(Value::Object(i)) => i,
        Some(_) => {
            r.problem(
                "data.assessment.instruments".into(),
                Part::Assessment,
                Effect::LeftOut,
            );
            return out;
        }
    };
    for (id, entry) in instruments {
        let path = format!("data.assessment.instruments.{id}");
        let Value::Object(entry) = entry else {
            r.problem(
                path,
                Part::Instrument {
                    instrument: id.clone(),
                },
                Effect::LeftOut,
            );
            continue;
        };
        if let Some(v) = member(entry, "step") {
            match typed::<usize>(v) {
                Some(step) => {
                    out.steps.insert(id.clone(), step);
                }
                None => r.problem(
                    format!("{path}.step"),
                    Part::Step {
                        instrument: id.clone(),
                    },
                    Effect::LeftOut,
                ),
            }
        }
        if let Some(v) = member(entry, "answers") {
            match v {
                Value::Object(a) => {
                    out.answers.insert(id.clone(), answers(id, &path, a, r));
                }
                _ => r.problem(
                    format!("{path}.answers"),
                    Part::Answers {
                        instrument: id.clone(),
                    },
                    Effect::LeftOut,
                ),
            }
        }
        if let Some(v) = member(entry, "plan") {
            match v {
                Value::Object(p) => {
                    out.plans.insert(id.clone(), plan(id, &path, p, r));
                }
                _ => r.problem(
                    format!("{path}.plan"),
                    Part::Plan {
                        instrument: id.clone(),
                    },
                    Effect::LeftOut,
                ),
            }
        }
    }
    out
}

pub(crate) fn answers(
    instrument: &str,
    path: &str,
    m: &Map<String, Value>,
    r: &mut Reader,
) -> Answers {
    let mut out = Answers::new();
    for (item, v) in m {
        let answer = match v {
            Value::String(s) if s == NOT_APPLICABLE => Some(Answer::NotApplicable),
            _ => typed::<u8>(v).map(Answer::Value),
        };
        match answer {
            Some(a) => {
                out.insert(item.clone(), a);
            }
            None => r.problem(
                format!("{path}.answers.{item}"),
                Part::Answer {
                    instrument: instrument.to_string(),
                    item: item.clone(),
                },
                Effect::LeftOut,
            ),
        }
    }
    out
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RowIn {
    Suggested(KeyIn),
    Edited {
        action: String,
        #[serde(default)]
        owner: String,
        #[serde(default)]
        due: Option<String>,
        #[serde(deserialize_with = "horizon")]
        horizon: Horizon,
        #[serde(default)]
        origin: Option<KeyIn>,
    },
}

#[derive(Deserialize)]
struct KeyIn {
    instrument: String,
    action: String,
    #[serde(deserialize_with = "horizon")]
    horizon: Horizon,
}

fn horizon<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Horizon, D::Error> {
    let days = u16::deserialize(d)?;
    Horizon::from_days(days).ok_or_else(|| serde::de::Error::custom("horizon must be 30, 60 or 90"))
}

impl From<KeyIn> for ActionKey {
    fn from(k: KeyIn) -> ActionKey {
        ActionKey {
            instrument: k.instrument,
            action: k.action,
            horizon: k.horizon,
        }
    }
}

pub(crate) fn plan(
    instrument: &str,
    path: &str,
    m: &Map<String, Value>,
    r: &mut Reader,
) -> ActionPlan {
    let mut out = ActionPlan::default();
    let plan_part = || Part::Plan {
        instrument: instrument.to_string(),
    };
    match member(m, "rows") {
        None => {}
        Some(Value::Array(rows)) => {
            for (i, row) in rows.iter().enumerate() {
                match typed::<RowIn>(row) {
                    Some(RowIn::Suggested(key)) => out.rows.push(PlanRow::Suggested(key.into())),
                    Some(RowIn::Edited {
                        action,
                        owner,
                        due,
                        horizon,
                        origin,
                    }) => out.rows.push(PlanRow::Edited {
                        fields: RowFields {
                            action,
                            owner,
                            due,
                            horizon,
                        },
                        origin: origin.map(Into::into),
                    }),
                    None => r.problem(
                        format!("{path}.plan.rows[{i}]"),
                        Part::PlanRow {
                            instrument: instrument.to_string(),
                            row: i + 1,
                        },
                        Effect::LeftOut,
                    ),
                }
            }
        }
        Some(_) => r.problem(format!("{path}.plan.rows"), plan_part(), Effect::LeftOut),
    }
    match member(m, "dismissed") {
        None => {}
        Some(Value::Array(keys)) => {
            for (i, key) in keys.iter().enumerate() {
                match typed::<KeyIn>(key) {
                    Some(k) => {
                        out.dismissed.insert(k.into());
                    }
                    None => r.problem(
                        format!("{path}.plan.dismissed[{i}]"),
                        Part::Dismissed {
                            instrument: instrument.to_string(),
                        },
                        Effect::LeftOut,
                    ),
                }
            }
        }
        Some(_) => r.problem(
            format!("{path}.plan.dismissed"),
            Part::Dismissed {
                instrument: instrument.to_string(),
            },
            Effect::LeftOut,
        ),
    }
    out
}

// ---------------------------------------------------------------------------
// Portfolio

fn portfolio(m: &Map<String, Value>, blank: &Portfolio, r: &mut Reader) -> Portfolio {
    let currency = match member(m, "currency") {
        None => blank.currency.clone(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            r.problem(
                "data.portfolio.currency".into(),
                Part::Currency,
                Effect::DefaultUsed,
            );
            blank.currency.clone()
        }
    };
    let analysis_date = match member(m, "analysis_date") {
        None => blank.analysis_date,
        Some(v) => match v.as_str().and_then(|s| Date::parse_iso(s).ok()) {
            Some(d) => d,
            None => {
                r.problem(
                    "data.portfolio.analysis_date".into(),
                    Part::AnalysisDate,
                    Effect::DefaultUsed,
                );
                blank.analysis_date
            }
        },
    };
    let mut p = Portfolio::new(currency, analysis_date);
    match member(m, "rating_columns") {
        None => {}
        Some(v) => match typed::<Vec<String>>(v) {
            Some(c) => p.rating_columns = c,
            None => r.problem(
                "data.portfolio.rating_columns".into(),
                Part::RatingColumns,
                Effect::LeftOut,
            ),
        },
    }
    match member(m, "accounts") {
        None => {}
        Some(Value::Array(list)) => {
            p.accounts.reserve(list.len());
            for (i, v) in list.iter().enumerate() {
                let path = || format!("data.portfolio.accounts[{i}]");
                let name = || v.get("name").and_then(Value::as_str).map(str::to_string);
                let Some(account) = account(v, &path, r) else {
                    r.problem(
                        path(),
                        Part::Account {
                            position: i + 1,
                            name: name(),
                        },
                        Effect::LeftOut,
                    );
                    continue;
                };
                if !p.insert_with_id(account) {
                    r.problem(
                        path(),
                        Part::Account {
                            position: i + 1,
                            name: name(),
                        },
                        Effect::Duplicate,
                    );
                }
            }
        }
        Some(_) => r.problem(
            "data.portfolio.accounts".into(),
            Part::Portfolio,
            Effect::LeftOut,
        ),
    }
    match member(m, "next_id") {
        None => {}
        Some(v) => match typed::<u32>(v) {
            Some(next) => advance_next_id(&mut p, next),
            None => r.problem(
                "data.portfolio.next_id".into(),
                Part::NextId,
                Effect::DefaultUsed,
            ),
        },
    }
    p
}

/// Moves the portfolio's id counter on to `next`, never back: a counter
/// below an id in use would hand that id out again.
pub(crate) fn advance_next_id(p: &mut Portfolio, next: u32) {
    let Some(last) = next.checked_sub(1) else {
        return;
    };
    let probe = AccountId(last);
    if p.index_of(probe).is_none()
        && p.insert_with_id(Account {
            id: probe,
            ..Account::default()
        })
    {
        p.remove(probe);
    }
}

/// Reads one account; `None` when it is not an object or has no usable id.
/// A field that cannot be read is left blank, with a problem.
fn account(v: &Value, path: &dyn Fn() -> String, r: &mut Reader) -> Option<Account> {
    let m = v.as_object()?;
    let id = typed::<u32>(member(m, "id")?)?;
    let mut a = Account {
        id: AccountId(id),
        ..Account::default()
    };
    // Fields that could not be read, in stored order; `None` is the ratings.
    let mut bad: Vec<(&'static str, Option<AccountField>)> = Vec::new();
    let text = |key: &'static str, field: AccountField, bad: &mut Vec<_>| match member(m, key) {
        None => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            bad.push((key, Some(field)));
            String::new()
        }
    };
    a.name = text("name", AccountField::Name, &mut bad);
    a.sector = text("sector", AccountField::Sector, &mut bad);
    let numbers: [(&'static str, AccountField, &mut Field<f64>); 8] = [
        ("revenue", AccountField::Revenue, &mut a.revenue),
        (
            "gross_margin",
            AccountField::GrossMargin,
            &mut a.gross_margin,
        ),
        ("profit", AccountField::Profit, &mut a.profit),
        (
            "orders_last_12",
            AccountField::OrdersLast12,
            &mut a.orders_last_12,
        ),
        (
            "orders_prev_12",
            AccountField::OrdersPrev12,
            &mut a.orders_prev_12,
        ),
        (
            "share_of_wallet",
            AccountField::ShareOfWallet,
            &mut a.share_of_wallet,
        ),
        (
            "years_as_customer",
            AccountField::YearsAsCustomer,
            &mut a.years_as_customer,
        ),
        ("complaints", AccountField::Complaints, &mut a.complaints),
    ];
    for (key, field, slot) in numbers {
        if let Some(v) = member(m, key) {
            match number_field(v) {
                Some(f) => *slot = f,
                None => bad.push((key, Some(field))),
            }
        }
    }
    if let Some(v) = member(m, "last_purchase") {
        match date_field(v) {
            Some(f) => a.last_purchase = f,
            None => bad.push(("last_purchase", Some(AccountField::LastPurchase))),
        }
    }
    if let Some(v) = member(m, "relationship_stage") {
        match v.as_str().and_then(RelationshipStage::from_code) {
            Some(s) => a.relationship_stage = Some(s),
            None => bad.push(("relationship_stage", Some(AccountField::RelationshipStage))),
        }
    }
    if let Some(v) = member(m, "ratings") {
        match ratings(v) {
            Some(list) => a.ratings = list,
            None => bad.push(("ratings", None)),
        }
    }
    if let Some(v) = member(m, "sales") {
        match sales(v) {
            Some(s) => a.sales = s,
            None => bad.push(("sales", Some(AccountField::Sales))),
        }
    }
    let label = || {
        if a.name.trim().is_empty() {
            format!("#{id}")
        } else {
            a.name.clone()
        }
    };
    for (key, field) in bad {
        let part = match field {
            Some(field) => Part::AccountField {
                name: label(),
                field,
            },
            None => Part::AccountRatings { name: label() },
        };
        r.problem(format!("{}.{key}", path()), part, Effect::LeftOut);
    }
    Some(a)
}

/// A bare amount is `Field::known`; `{"raw": …, "value": …}` is a typed text.
fn number_field(v: &Value) -> Option<Field<f64>> {
    match v {
        Value::Object(m) => {
            let raw = match member(m, "raw") {
                None => String::new(),
                Some(v) => v.as_str()?.to_string(),
            };
            let value = match member(m, "value") {
                None => None,
                Some(v) => Some(typed::<Amount>(v)?.0),
            };
            Some(Field { raw, value })
        }
        _ => typed::<Amount>(v).map(|a| Field::known(a.0)),
    }
}

/// A bare ISO date is `Field::known_date`; `{"raw": …, "value": …}` is a
/// typed text.
fn date_field(v: &Value) -> Option<Field<Date>> {
    match v {
        Value::String(s) => Date::parse_iso(s).ok().map(Field::known_date),
        Value::Object(m) => {
            let raw = match member(m, "raw") {
                None => String::new(),
                Some(v) => v.as_str()?.to_string(),
            };
            let value = match member(m, "value") {
                None => None,
                Some(v) => Some(Date::parse_iso(v.as_str()?).ok()?),
            };
            Some(Field { raw, value })
        }
        _ => None,
    }
}

fn ratings(v: &Value) -> Option<Vec<Rating>> {
    v.as_array()?
        .iter()
        .map(|x| match typed::<u8>(x)? {
            0 => Some(Rating::UNKNOWN),
            n => Rating::new(n),
        })
        .collect()
}

/// `YYYY-MM` (four-digit year).
pub(crate) fn parse_month(s: &str) -> Option<Month> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    Month::from_ym(y.parse().ok()?, m.parse().ok()?)
}

/// Runs of months; a month listed twice (only in edited files) is added up.
/// Sums that overflow to infinity are dropped here, as `from_entries`
/// drops infinite amounts, so what is read can be saved and read again.
fn sales(v: &Value) -> Option<MonthlySales> {
    let mut entries: BTreeMap<Month, f64> = BTreeMap::new();
    for run in v.as_array()? {
        let run = run.as_object()?;
        let from = parse_month(member(run, "from")?.as_str()?)?;
        let amounts = member(run, "amounts")?.as_array()?;
        for (k, amount) in amounts.iter().enumerate() {
            let month = from.add_months(i32::try_from(k).ok()?)?;
            let Amount(value) = typed::<Amount>(amount)?;
            if value.is_finite() {
                // Not `or_insert(0.0)`: 0.0 + -0.0 would lose the sign.
                entries
                    .entry(month)
                    .and_modify(|sum| *sum += value)
                    .or_insert(value);
            }
        }
    }
    Some(MonthlySales::from_entries(
        entries.into_iter().filter(|(_, v)| v.is_finite()),
    ))
}

// ---------------------------------------------------------------------------
// Settings

fn settings(m: &Map<String, Value>, blank: &Settings, r: &mut Reader) -> Settings {
    let mut s = blank.clone();
    let bad = |key: &str, name: SettingName, r: &mut Reader| {
        r.problem(
            format!("data.settings.{key}"),
            Part::Setting(name),
            Effect::DefaultUsed,
        );
    };

    if let Some(v) = member(m, "weights") {
        match v.as_object() {
            Some(w) => {
                s.weights = BTreeMap::new();
                for (criterion, v) in w {
                    match typed::<Amount>(v) {
                        Some(Amount(x)) => {
                            s.weights.insert(criterion.clone(), x);
                        }
                        None => r.problem(
                            format!("data.settings.weights.{criterion}"),
                            Part::Setting(SettingName::Weights),
                            Effect::LeftOut,
                        ),
                    }
                }
            }
            None => bad("weights", SettingName::Weights, r),
        }
    }
    if let Some(v) = member(m, "group_weights") {
        let read = |key| v.get(key).and_then(typed::<Amount>).map(|a| a.0);
        match (read("attractiveness"), read("strength")) {
            (Some(a), Some(st)) => {
                s.group_weights.attractiveness = a;
                s.group_weights.strength = st;
            }
            _ => bad("group_weights", SettingName::GroupWeights, r),
        }
    }

    let amounts: [(&str, SettingKey, &mut f64); 11] = [
        (
            "attractiveness_split",
            SettingKey::AttractivenessSplit,
            &mut s.attractiveness_split,
        ),
        (
            "strength_split",
            SettingKey::StrengthSplit,
            &mut s.strength_split,
        ),
        ("abc_a", SettingKey::AbcA, &mut s.abc_a),
        ("abc_b", SettingKey::AbcB, &mut s.abc_b),
        ("xyz_x", SettingKey::XyzX, &mut s.xyz_x),
        ("xyz_y", SettingKey::XyzY, &mut s.xyz_y),
        (
            "churn_drop_pct",
            SettingKey::ChurnDropPct,
            &mut s.churn_drop_pct,
        ),
        (
            "breadwinner_pct",
            SettingKey::BreadwinnerPct,
            &mut s.breadwinner_pct,
        ),
        ("giant_pct", SettingKey::GiantPct, &mut s.giant_pct),
        (
            "new_customer_years",
            SettingKey::NewCustomerYears,
            &mut s.new_customer_years,
        ),
        ("loyal_years", SettingKey::LoyalYears, &mut s.loyal_years),
    ];
    for (key, setting, slot) in amounts {
        if let Some(v) = member(m, key) {
            match typed::<Amount>(v) {
                Some(Amount(x)) => *slot = x,
                None => bad(key, SettingName::Key(setting), r),
            }
        }
    }
    let counts: [(&str, SettingName, &mut u32); 2] = [
        ("churn_days", SettingName::ChurnDays, &mut s.churn_days),
        (
            "regular_months",
            SettingName::RegularMonths,
            &mut s.regular_months,
        ),
    ];
    for (key, name, slot) in counts {
        if let Some(v) = member(m, key) {
            match typed::<u32>(v) {
                Some(x) => *slot = x,
                None => bad(key, name, r),
            }
        }
    }
    let small: [(&str, SettingName, &mut u8); 2] = [
        ("high_rating", SettingName::HighRating, &mut s.high_rating),
        ("low_rating", SettingName::LowRating, &mut s.low_rating),
    ];
    for (key, name, slot) in small {
        if let Some(v) = member(m, key) {
            match typed::<u8>(v) {
                Some(x) => *slot = x,
                None => bad(key, name, r),
            }
        }
    }
    if let Some(v) = member(m, "abc_basis") {
        match v.as_str() {
            Some("revenue") => s.abc_basis = AbcBasis::Revenue,
            Some("profit") => s.abc_basis = AbcBasis::Profit,
            _ => bad("abc_basis", SettingName::AbcBasis, r),
        }
    }
    if let Some(v) = member(m, "capacity") {
        match typed::<CapacityIn>(v) {
            Some(CapacityIn::Managers {
                managers,
                accounts_each,
            }) => {
                s.capacity = Capacity::Managers {
                    managers,
                    accounts_each,
                }
            }
            Some(CapacityIn::Fixed { max }) => s.capacity = Capacity::Fixed { max },
            None => bad("capacity", SettingName::Capacity, r),
        }
    }
    if let Some(v) = member(m, "overrides") {
        s.overrides = BTreeMap::new();
        match v.as_array() {
            Some(list) => {
                for (i, o) in list.iter().enumerate() {
                    match typed::<OverrideIn>(o) {
                        Some(o) => {
                            let decision = match o.decision.as_str() {
                                "pin" => Some(Override::Pin { reason: o.reason }),
                                "exclude" => Some(Override::Exclude { reason: o.reason }),
                                "none" => Some(Override::None),
                                _ => None,
                            };
                            match decision {
                                Some(d) => {
                                    s.overrides.insert(AccountId(o.account), d);
                                }
                                None => r.problem(
                                    format!("data.settings.overrides[{i}]"),
                                    Part::Override {
                                        account: Some(o.account),
                                    },
                                    Effect::LeftOut,
                                ),
                            }
                        }
                        None => r.problem(
                            format!("data.settings.overrides[{i}]"),
                            Part::Override {
                                account: o.get("account").and_then(typed::<u32>),
                            },
                            Effect::LeftOut,
                        ),
                    }
                }
            }
            None => r.problem(
                "data.settings.overrides".into(),
                Part::Override { account: None },
                Effect::LeftOut,
            ),
        }
    }
    s
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum CapacityIn {
    Managers { managers: u32, accounts_each: u32 },
    Fixed { max: u32 },
}

#[derive(Deserialize)]
struct OverrideIn {
    account: u32,
    decision: String,
    #[serde(default)]
    reason: String,
}
