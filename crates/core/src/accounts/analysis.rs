//! Scores, classes, types and signals of every account, in one pass.
//!
//! [`analyse`] is deterministic, never panics and never returns NaN: what
//! cannot be computed is `None` (or a `NoData`/`Unknown` variant) and the
//! reason is in [`Analysis::problems`]. The rules are written down in
//! `docs/selection-rules.md`; the comments here name the rule they implement.

use crate::date::Month;

use super::checklist::{Checklist, Direction, Group, NumericField, Source};
use super::model::{AccountId, Portfolio};
use super::settings::{AbcBasis, Settings};
use super::shortlist::{build_shortlist, Shortlist};
use super::sort::order_desc;
use super::validate::{self, AccountProblem};

/// Rating criteria the type rules read, by id (see `docs/selection-rules.md`).
pub const GROWTH_POTENTIAL: &str = "growth_potential";
pub const ABILITY_TO_PAY: &str = "ability_to_pay";
pub const REFERENCE_VALUE: &str = "reference_value";
pub const DELIVERY_SERVICE: &str = "delivery_service";
pub const STRATEGIC_FIT: &str = "strategic_fit";

/// Quadrant of the KAM portfolio matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High attractiveness, high strength: invest in a partnership.
    Strategic,
    /// High attractiveness, low strength: develop our position.
    Star,
    /// Low attractiveness, high strength: maintain efficiently.
    Status,
    /// Low attractiveness, low strength: streamline.
    Streamline,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Strategic,
        Quadrant::Star,
        Quadrant::Status,
        Quadrant::Streamline,
    ];
}

/// ABC class by revenue or profit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Abc {
    A,
    B,
    C,
}

/// XYZ class by regularity of monthly sales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Xyz {
    /// Regular: CV ≤ the X cut-off.
    X,
    /// Irregular.
    Y,
    /// Sporadic (also: mean monthly sales ≤ 0).
    Z,
    /// No monthly sales at all.
    NoData,
}

/// Outcome of a rule that may lack the data to decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Yes,
    No,
    /// A value the rule needs is unknown.
    Unknown,
}

impl Verdict {
    fn from_option(v: Option<bool>) -> Verdict {
        match v {
            Some(true) => Verdict::Yes,
            Some(false) => Verdict::No,
            None => Verdict::Unknown,
        }
    }

    /// Three-valued "and": one known `No` decides.
    fn and(self, other: Verdict) -> Verdict {
        match (self, other) {
            (Verdict::No, _) | (_, Verdict::No) => Verdict::No,
            (Verdict::Yes, Verdict::Yes) => Verdict::Yes,
            _ => Verdict::Unknown,
        }
    }

    fn not(self) -> Verdict {
        match self {
            Verdict::Yes => Verdict::No,
            Verdict::No => Verdict::Yes,
            Verdict::Unknown => Verdict::Unknown,
        }
    }

    pub fn is_yes(self) -> bool {
        self == Verdict::Yes
    }
}

/// The four account types of the course material; they may overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccountType {
    Breadwinner,
    Prospective,
    ImageMaker,
    Expert,
}

impl AccountType {
    pub const ALL: [AccountType; 4] = [
        AccountType::Breadwinner,
        AccountType::Prospective,
        AccountType::ImageMaker,
        AccountType::Expert,
    ];
}

/// The verdict of each type rule for one account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Types {
    pub breadwinner: Verdict,
    pub prospective: Verdict,
    pub image_maker: Verdict,
    pub expert: Verdict,
}

impl Types {
    pub fn get(&self, t: AccountType) -> Verdict {
        match t {
            AccountType::Breadwinner => self.breadwinner,
            AccountType::Prospective => self.prospective,
            AccountType::ImageMaker => self.image_maker,
            AccountType::Expert => self.expert,
        }
    }

    /// The types whose rule says yes.
    pub fn hits(&self) -> impl Iterator<Item = AccountType> + '_ {
        AccountType::ALL
            .into_iter()
            .filter(|t| self.get(*t).is_yes())
    }
}

/// Current giant or rising star (the two kinds of key account).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyAccountKind {
    /// Already large: among the largest accounts by revenue. Keep and protect.
    CurrentGiant,
    /// Not large yet, but high growth potential and strong fit.
    RisingStar,
    Neither,
    /// The data to decide is missing.
    Unknown,
}

/// A step of the customer ladder, derived from purchase regularity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LadderStage {
    OneTime,
    Occasional,
    Regular,
    Loyal,
}

/// What the ladder stage was derived from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LadderBasis {
    /// Months with sales in the monthly series.
    MonthsWithSales,
    /// Order counts, each order standing for a month with a purchase.
    OrderCounts,
}

/// The customer-ladder evidence of one account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ladder {
    /// `None` when there was no purchase in the last 24 months.
    pub stage: Option<LadderStage>,
    pub basis: LadderBasis,
    /// Months with a purchase (or orders, capped at 12) in the last 12 months.
    pub last_12: u32,
    /// The same for the 12 months before.
    pub prev_12: u32,
}

/// Churn warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Churn {
    /// No purchase for more than the set number of days.
    pub no_purchase: bool,
    /// Orders down more than the set percentage against the previous year.
    pub orders_down: bool,
}

impl Churn {
    pub fn any(self) -> bool {
        self.no_purchase || self.orders_down
    }
}

/// Where an account ended up in the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// On the shortlist by its score.
    Shortlisted,
    /// On the shortlist because the user pinned it.
    Pinned,
    /// One of the three best accounts that did not fit.
    NearMiss,
    /// Not on the shortlist.
    Out,
    /// Kept off the shortlist by the user.
    Excluded,
    /// No selection score: nothing weighted is known about it.
    NotScored,
}

/// Everything computed for one account.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AccountResult {
    pub id: AccountId,
    /// The valid revenue, if known.
    pub revenue: Option<f64>,
    /// Profit as typed, else revenue × gross margin, if known.
    pub profit: Option<f64>,
    /// Scores 0–100.
    pub attractiveness: Option<f64>,
    pub strength: Option<f64>,
    pub selection: Option<f64>,
    /// Weighted criteria whose value is unknown (excluded, not zeroed).
    pub unknown_criteria: u16,
    /// Share of the weight in force whose value is known, 0–1.
    pub coverage: f64,
    pub quadrant: Option<Quadrant>,
    /// ABC class on the basis in the settings; `None` when the value is unknown.
    pub abc: Option<Abc>,
    /// Cumulative share in percent, this account included.
    pub abc_share: Option<f64>,
    /// ABC class by revenue, whatever the basis in the settings.
    pub revenue_abc: Option<Abc>,
    pub xyz: Xyz,
    /// Coefficient of variation of monthly sales, when the mean is > 0.
    pub cv: Option<f64>,
    /// Share of the portfolio's total profit, percent.
    pub profit_share: Option<f64>,
    pub types: Types,
    pub kind: KeyAccountKind,
    pub ladder: Option<Ladder>,
    pub days_since_purchase: Option<i32>,
    /// Change of the order count against the previous 12 months, percent.
    pub order_change_pct: Option<f64>,
    pub churn: Churn,
    /// 1-based place in the ranking by selection score.
    pub rank: Option<u32>,
    pub status: Status,
}

impl AccountResult {
    /// Some weighted criterion is unknown.
    pub fn is_incomplete(&self) -> bool {
        self.unknown_criteria > 0
    }
}

/// A setting the analysis reads, for problems that name one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SettingKey {
    AttractivenessSplit,
    StrengthSplit,
    AbcA,
    AbcB,
    XyzX,
    XyzY,
    ChurnDropPct,
    BreadwinnerPct,
    GiantPct,
    NewCustomerYears,
    LoyalYears,
    GroupWeightAttractiveness,
    GroupWeightStrength,
}

/// A problem of the settings or of the portfolio as a whole.
#[derive(Clone, Debug, PartialEq)]
pub enum AnalysisProblem {
    NoAccounts,
    /// Every criterion weight is zero: nothing can be scored.
    AllWeightsZero,
    /// Every criterion of a group has weight zero: that axis is not scored.
    GroupWeightsZero {
        group: Group,
    },
    /// Both group weights are zero: no selection score.
    GroupWeightsBothZero,
    /// A weight below zero or not a number; zero is used instead.
    BadWeight {
        criterion: String,
        found: f64,
    },
    /// A weight for a criterion the checklist does not have; ignored.
    UnknownCriterion {
        criterion: String,
    },
    /// A setting outside its range; the default is used instead.
    BadSetting {
        setting: SettingKey,
        found: f64,
        default: f64,
    },
    /// Two cut-offs in the wrong order; the classes between them stay empty.
    CutoffsOutOfOrder {
        first: SettingKey,
        second: SettingKey,
    },
}

/// Totals over the portfolio.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Totals {
    pub accounts: u32,
    /// Sum of known revenues.
    pub revenue: f64,
    /// Sum of known profits (negative ones included).
    pub profit: f64,
    pub scored: u32,
    pub incomplete: u32,
}

/// A criterion's part in one account's selection score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Contribution {
    /// Index into [`Checklist::criteria`].
    pub criterion: usize,
    /// The criterion's score, 1–5.
    pub score: f64,
    /// Points (of 100) the criterion adds to the selection score.
    pub points: f64,
    /// Points it would add on top with a score of 5.
    pub lost: f64,
}

/// The result of [`analyse`].
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// One result per account, in portfolio order.
    pub accounts: Vec<AccountResult>,
    /// Indices of scored accounts, best first (score descending, then id).
    pub ranking: Vec<u32>,
    pub shortlist: Shortlist,
    pub account_problems: Vec<AccountProblem>,
    pub problems: Vec<AnalysisProblem>,
    pub totals: Totals,
    /// First and last month of sales in the portfolio (the XYZ window).
    pub window: Option<(Month, Month)>,
    /// Accounts per ABC class (A, B, C, unknown) and XYZ class (X, Y, Z, no data).
    pub abc_xyz: [[u32; 4]; 4],
    /// Accounts per quadrant, in [`Quadrant::ALL`] order.
    pub quadrants: [u32; 4],
    /// Weight in force per criterion, in checklist order (bad ones as 0).
    pub weights: Vec<f64>,
    pub group_weights: [f64; 2],
    /// The settings as used (bad values replaced by defaults).
    pub settings_used: UsedSettings,
    groups: Vec<Group>,
    /// Where each criterion's score comes from.
    sources: Vec<Src>,
    /// Copied ratings, `n_accounts × slots`, 0 when unknown.
    ratings: Vec<u8>,
    slots: usize,
    /// Rank percentile (0–1) of each numeric field used, −1 when unknown.
    field_pct: Vec<Vec<f32>>,
}

/// The numeric settings the analysis actually used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UsedSettings {
    pub attractiveness_split: f64,
    pub strength_split: f64,
    pub abc_basis: AbcBasis,
    pub abc_a: f64,
    pub abc_b: f64,
    pub xyz_x: f64,
    pub xyz_y: f64,
    pub churn_days: u32,
    pub churn_drop_pct: f64,
    pub breadwinner_pct: f64,
    pub giant_pct: f64,
    pub new_customer_years: f64,
    pub high_rating: u8,
    pub low_rating: u8,
    pub regular_months: u32,
    pub loyal_years: f64,
}

impl Analysis {
    /// The 1–5 score of account `index` on criterion `criterion` (checklist
    /// index), or `None` when unknown.
    pub fn score(&self, index: usize, criterion: usize) -> Option<f64> {
        if index >= self.accounts.len() {
            return None;
        }
        let s = self.sources.get(criterion)?.score(
            &self.ratings[index * self.slots..],
            &self.field_pct,
            index,
        );
        (s != 0.0).then_some(s as f64)
    }

    /// Each weighted, known criterion's part in the account's selection
    /// score; the points add up to the selection score.
    pub fn contributions(&self, index: usize) -> Vec<Contribution> {
        let n = self.groups.len();
        let mut den = [0.0f64; 2];
        for k in 0..n {
            if self.weights[k] > 0.0 && self.score(index, k).is_some() {
                den[self.groups[k].index()] += self.weights[k];
            }
        }
        let gsum: f64 = (0..2)
            .filter(|&g| den[g] > 0.0)
            .map(|g| self.group_weights[g])
            .sum();
        if gsum <= 0.0 {
            return Vec::new();
        }
        let mut out = Vec::new();
        for k in 0..n {
            let (w, g) = (self.weights[k], self.groups[k].index());
            if let (true, Some(score)) = (w > 0.0 && den[g] > 0.0, self.score(index, k)) {
                let share = 100.0 * self.group_weights[g] / gsum * w / den[g];
                let u = (score - 1.0) / 4.0;
                out.push(Contribution {
                    criterion: k,
                    score,
                    points: share * u,
                    lost: share * (1.0 - u),
                });
            }
        }
        out
    }
}

const NAN: f64 = f64::NAN;

/// Analyses the portfolio with the checklist and settings.
///
/// Each account is read once, in one pass that validates it and copies what
/// the rules need into compact columns; everything after works on those.
pub fn analyse(portfolio: &Portfolio, checklist: &Checklist, settings: &Settings) -> Analysis {
    let n = portfolio.accounts.len();
    let accounts = &portfolio.accounts;
    let today = portfolio.analysis_date;
    let this_month = today.month();
    let mut problems = Vec::new();
    if n == 0 {
        problems.push(AnalysisProblem::NoAccounts);
    }
    let used = sanitise(settings, &mut problems);
    let (weights, group_weights) = weights_in_force(checklist, settings, &mut problems);
    let nc = checklist.criteria.len();
    let groups: Vec<Group> = checklist.criteria.iter().map(|c| c.group).collect();

    // Rating columns the criteria and the type rules read, one slot each.
    let mut slot_cols: Vec<Option<usize>> = Vec::new();
    let mut slot_of = |id: &str| -> usize {
        let col = portfolio.rating_column(id);
        match slot_cols.iter().position(|c| *c == col && col.is_some()) {
            Some(s) => s,
            None => {
                slot_cols.push(col);
                slot_cols.len() - 1
            }
        }
    };
    let criterion_slot: Vec<Option<usize>> = checklist
        .criteria
        .iter()
        .map(|c| (c.source == Source::Rating).then(|| slot_of(&c.id)))
        .collect();
    let [s_growth, s_pay, s_ref, s_service, s_fit] = [
        GROWTH_POTENTIAL,
        ABILITY_TO_PAY,
        REFERENCE_VALUE,
        DELIVERY_SERVICE,
        STRATEGIC_FIT,
    ]
    .map(&mut slot_of);
    let ns = slot_cols.len();

    // The one pass over the accounts.
    let mut col = Columns::with_capacity(n);
    let mut ratings = vec![0u8; n * ns];
    let mut sales: Vec<SalesStats> = Vec::with_capacity(n);
    let mut field_problems = Vec::new();
    let mut hashes = Vec::with_capacity(n);
    let mut window: Option<(Month, Month)> = None;
    for (i, a) in accounts.iter().enumerate() {
        if i % PREFETCH == 0 {
            prefetch(&accounts[i..(i + PREFETCH).min(n)]);
        }
        // Validates the account and copies its valid values in one go: each
        // field is checked once (`validate::check_account` gives the same
        // problems, in the same order).
        col.push_checked(a, i as u32, today, this_month, &mut field_problems);
        hashes.push((validate::name_hash(&a.name), i as u32));
        let row = &mut ratings[i * ns..(i + 1) * ns];
        for (slot, c) in slot_cols.iter().enumerate() {
            row[slot] = c
                .and_then(|c| a.ratings.get(c))
                .and_then(|r| r.value())
                .unwrap_or(0);
        }
        let st = SalesStats::of(&a.sales, this_month);
        if st.count > 0 {
            window = Some(match window {
                None => (st.first, st.last),
                Some((f, l)) => (f.min(st.first), l.max(st.last)),
            });
        }
        sales.push(st);
    }
    let account_problems = validate::with_duplicates(portfolio, field_problems, hashes);

    // Numeric criteria: the rank percentile of each field used. Each field
    // is sorted once; ABC reuses the order.
    let ids: Vec<u32> = accounts.iter().map(|a| a.id.0).collect();
    let mut orders = Orders {
        ids_ascending: ids.windows(2).all(|w| w[0] < w[1]),
        ids,
        cache: Vec::new(),
    };
    let mut pct_fields: Vec<NumericField> = Vec::new();
    let mut field_pct: Vec<Vec<f32>> = Vec::new();
    let sources: Vec<Src> = checklist
        .criteria
        .iter()
        .zip(&criterion_slot)
        .map(|(c, slot)| match (c.source, slot) {
            (Source::Field { field, direction }, _) => {
                let pos = match pct_fields.iter().position(|f| *f == field) {
                    Some(p) => p,
                    None => {
                        let order = orders.get(&col, field);
                        field_pct.push(percentiles_of(&col.values(field), &order));
                        pct_fields.push(field);
                        field_pct.len() - 1
                    }
                };
                Src::Field(pos, direction)
            }
            (Source::Rating, slot) => Src::Rating(slot.unwrap_or(0)),
        })
        .collect();

    // ABC by revenue, and by profit when that is the basis.
    let rev_order = orders.get(&col, NumericField::Revenue);
    let (rev_class, rev_share, rev_pos) =
        abc_classes(&col.revenue, &rev_order, used.abc_a, used.abc_b);
    let by_profit = (used.abc_basis == AbcBasis::Profit).then(|| {
        let order = orders.get(&col, NumericField::Profit);
        abc_classes(&col.profit, &order, used.abc_a, used.abc_b)
    });
    // Current giants: the largest `giant_pct` of accounts with a known
    // revenue, rounded up, in the same order as ABC.
    let known_revenue = col.revenue.iter().filter(|r| r.is_finite()).count() as f64;
    let giants = (known_revenue * used.giant_pct / 100.0 - 1e-9)
        .ceil()
        .max(0.0) as u32;
    let total_profit: f64 = col.profit.iter().filter(|p| !p.is_nan()).sum();
    let window_len = window.map_or(0.0, |(f, l)| (f.months_until(l) + 1) as f64);

    // Everything per account, from the columns.
    let mut results: Vec<AccountResult> = Vec::with_capacity(n);
    let total_weight: f64 = weights.iter().sum();
    let high = |v: u8| {
        if v == 0 {
            Verdict::Unknown
        } else {
            Verdict::from_option(Some(v >= used.high_rating))
        }
    };
    let low = |v: u8| {
        if v == 0 {
            Verdict::Unknown
        } else {
            Verdict::from_option(Some(v <= used.low_rating))
        }
    };
    // The weighted criteria, in checklist order, with what scoring needs.
    let active: Vec<(Src, f64, bool)> = (0..nc)
        .filter(|&k| weights[k] > 0.0)
        .map(|k| (sources[k], weights[k], groups[k] == Group::Attractiveness))
        .collect();
    for i in 0..n {
        let rat = &ratings[i * ns..(i + 1) * ns];
        // Weighted sums per group, in registers: (numerator, denominator).
        let (mut na, mut da, mut ns_, mut ds) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
        let mut unknown = 0u16;
        for &(src, w, attractiveness) in &active {
            let s = src.score(rat, &field_pct, i);
            if s == 0.0 {
                unknown += 1;
            } else if attractiveness {
                na += w * (s as f64 - 1.0);
                da += w;
            } else {
                ns_ += w * (s as f64 - 1.0);
                ds += w;
            }
        }
        let num = [na / 4.0, ns_ / 4.0];
        let den = [da, ds];
        let group_score = |g: usize| (den[g] > 0.0).then(|| 100.0 * num[g] / den[g]);
        let (att, st) = (group_score(0), group_score(1));
        let (mut sel_num, mut sel_den) = (0.0, 0.0);
        for (g, s) in [att, st].into_iter().enumerate() {
            if let Some(s) = s {
                sel_num += group_weights[g] * s;
                sel_den += group_weights[g];
            }
        }
        let quadrant = match (att, st) {
            (Some(x), Some(y)) => Some(
                match (x >= used.attractiveness_split, y >= used.strength_split) {
                    (true, true) => Quadrant::Strategic,
                    (true, false) => Quadrant::Star,
                    (false, true) => Quadrant::Status,
                    (false, false) => Quadrant::Streamline,
                },
            ),
            _ => None,
        };
        let (abc, abc_share) = match &by_profit {
            None => (rev_class[i], finite(rev_share[i])),
            Some((c, s, _)) => (c[i], finite(s[i])),
        };
        let (xyz, cv) = sales[i].xyz(window_len, &used);

        // Types (rules in docs/selection-rules.md).
        let p = col.profit[i];
        let profit_share = (!p.is_nan() && total_profit > 0.0).then(|| p / total_profit * 100.0);
        let breadwinner = match profit_share {
            Some(s) => Verdict::from_option(Some(s >= used.breadwinner_pct - 1e-9)),
            None if !p.is_nan() => Verdict::No,
            None => Verdict::Unknown,
        };
        let years = col.years[i];
        let is_new = Verdict::from_option(finite(years).map(|y| y < used.new_customer_years));
        let growth = high(rat[s_growth]);
        let types = Types {
            breadwinner,
            // "Not yet a breadwinner" only rules out a known breadwinner.
            prospective: is_new
                .and(growth)
                .and(high(rat[s_pay]))
                .and(if breadwinner.is_yes() {
                    Verdict::No
                } else {
                    Verdict::Yes
                }),
            image_maker: high(rat[s_ref]),
            expert: low(rat[s_service]),
        };
        let giant =
            Verdict::from_option(finite(col.revenue[i]).map(|r| r > 0.0 && rev_pos[i] < giants));
        let kind = match giant {
            Verdict::Yes => KeyAccountKind::CurrentGiant,
            _ => match giant.not().and(growth).and(high(rat[s_fit])) {
                Verdict::Yes => KeyAccountKind::RisingStar,
                Verdict::No => KeyAccountKind::Neither,
                Verdict::Unknown => KeyAccountKind::Unknown,
            },
        };
        let ladder = sales[i]
            .ladder(col.orders[i], col.orders_prev[i])
            .map(|(basis, l12, p12)| {
                let rm = used.regular_months;
                let stage = match l12 + p12 {
                    0 => None,
                    1 => Some(LadderStage::OneTime),
                    _ if l12 >= rm && p12 >= rm && years >= used.loyal_years => {
                        Some(LadderStage::Loyal)
                    }
                    _ if l12 >= rm => Some(LadderStage::Regular),
                    _ => Some(LadderStage::Occasional),
                };
                Ladder {
                    stage,
                    basis,
                    last_12: l12,
                    prev_12: p12,
                }
            });
        let days_since_purchase = finite(col.days_since[i]).map(|d| d as i32);
        let order_change_pct = finite(col.order_change(i));
        results.push(AccountResult {
            id: accounts[i].id,
            revenue: finite(col.revenue[i]),
            profit: finite(p),
            attractiveness: att,
            strength: st,
            selection: (sel_den > 0.0).then(|| sel_num / sel_den),
            unknown_criteria: unknown,
            coverage: if total_weight > 0.0 {
                (den[0] + den[1]) / total_weight
            } else {
                0.0
            },
            quadrant,
            abc,
            abc_share,
            revenue_abc: rev_class[i],
            xyz,
            cv,
            profit_share,
            types,
            kind,
            ladder,
            days_since_purchase,
            order_change_pct,
            churn: Churn {
                no_purchase: days_since_purchase.is_some_and(|d| d > used.churn_days as i32),
                orders_down: order_change_pct.is_some_and(|c| c < -used.churn_drop_pct),
            },
            rank: None,
            status: Status::NotScored,
        });
    }

    // Ranking: selection score descending, ties by id.
    let selections: Vec<f64> = results.iter().map(|r| r.selection.unwrap_or(NAN)).collect();
    let ranking = order_desc(&selections, &orders.ids, orders.ids_ascending);
    for (place, &i) in ranking.iter().enumerate() {
        results[i as usize].rank = Some(place as u32 + 1);
    }

    let mut totals = Totals {
        accounts: n as u32,
        profit: total_profit,
        ..Totals::default()
    };
    let mut abc_xyz = [[0u32; 4]; 4];
    let mut quadrants = [0u32; 4];
    for r in &results {
        totals.revenue += r.revenue.unwrap_or(0.0);
        totals.scored += r.selection.is_some() as u32;
        totals.incomplete += r.is_incomplete() as u32;
        abc_xyz[r.abc.map_or(3, |c| c as usize)][r.xyz as usize] += 1;
        if let Some(q) = r.quadrant {
            quadrants[q as usize] += 1;
        }
    }

    let mut analysis = Analysis {
        accounts: results,
        ranking,
        shortlist: Shortlist::default(),
        account_problems,
        problems,
        totals,
        window,
        abc_xyz,
        quadrants,
        weights,
        group_weights,
        settings_used: used,
        groups,
        sources,
        ratings,
        slots: ns,
        field_pct,
    };
    analysis.shortlist = build_shortlist(&mut analysis, settings);
    analysis
}

/// Accounts whose heap data is touched ahead of the pass (see [`prefetch`]).
const PREFETCH: usize = 16;

/// Reads one byte of each account's name, ratings and sales in a tight loop,
/// so that the cache misses of a block overlap instead of stalling the pass
/// one by one. Portable (no prefetch intrinsics); it only loads.
fn prefetch(block: &[super::model::Account]) {
    let mut sink = 0u64;
    for a in block {
        sink = sink.wrapping_add(a.name.as_bytes().first().copied().unwrap_or(0) as u64);
        sink = sink.wrapping_add(a.ratings.first().map_or(0, |r| r.value().unwrap_or(0)) as u64);
        // Every fourth entry: one per 64-byte cache line.
        for e in a.sales.entries().iter().step_by(4) {
            sink = sink.wrapping_add(e.0.index() as u64);
        }
    }
    std::hint::black_box(sink);
}

/// Where a criterion's score comes from, resolved for the analysis.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Src {
    /// A slot of the copied ratings.
    Rating(usize),
    /// An entry of the field percentiles, and the direction.
    Field(usize, Direction),
}

impl Src {
    /// The 1–5 score, 0 when unknown. `rat` starts at the account's ratings.
    #[inline]
    fn score(self, rat: &[u8], field_pct: &[Vec<f32>], i: usize) -> f32 {
        match self {
            Src::Rating(slot) => rat[slot] as f32,
            Src::Field(p, dir) => match field_pct[p][i] {
                x if x < 0.0 => 0.0,
                x if dir == Direction::HigherIsBetter => 1.0 + 4.0 * x,
                x => 5.0 - 4.0 * x,
            },
        }
    }
}

/// Sorted orders of the numeric fields, each computed once.
struct Orders {
    ids: Vec<u32>,
    ids_ascending: bool,
    cache: Vec<(NumericField, std::rc::Rc<[u32]>)>,
}

impl Orders {
    /// Indices of the accounts with a known value, largest first, ties by id.
    fn get(&mut self, col: &Columns, field: NumericField) -> std::rc::Rc<[u32]> {
        if let Some((_, o)) = self.cache.iter().find(|(f, _)| *f == field) {
            return o.clone();
        }
        let order: std::rc::Rc<[u32]> =
            order_desc(&col.values(field), &self.ids, self.ids_ascending).into();
        self.cache.push((field, order.clone()));
        order
    }
}

/// Criterion weights (bad ones as 0) and group weights in force, with the
/// problems they raise.
fn weights_in_force(
    checklist: &Checklist,
    settings: &Settings,
    problems: &mut Vec<AnalysisProblem>,
) -> (Vec<f64>, [f64; 2]) {
    let weights: Vec<f64> = checklist
        .criteria
        .iter()
        .map(|c| {
            let w = settings.weight(checklist, &c.id);
            if w.is_finite() && w >= 0.0 {
                w
            } else {
                problems.push(AnalysisProblem::BadWeight {
                    criterion: c.id.clone(),
                    found: w,
                });
                0.0
            }
        })
        .collect();
    for key in settings.weights.keys() {
        if checklist.criterion(key).is_none() {
            problems.push(AnalysisProblem::UnknownCriterion {
                criterion: key.clone(),
            });
        }
    }
    let mut group_weights = [
        settings.group_weights.attractiveness,
        settings.group_weights.strength,
    ];
    let keys = [
        SettingKey::GroupWeightAttractiveness,
        SettingKey::GroupWeightStrength,
    ];
    for (g, key) in keys.into_iter().enumerate() {
        if !(group_weights[g].is_finite() && group_weights[g] >= 0.0) {
            problems.push(AnalysisProblem::BadSetting {
                setting: key,
                found: group_weights[g],
                default: 1.0,
            });
            group_weights[g] = 1.0;
        }
    }
    let mut group_total = [0.0f64; 2];
    for (c, w) in checklist.criteria.iter().zip(&weights) {
        group_total[c.group.index()] += w;
    }
    if group_total.iter().all(|&t| t == 0.0) {
        problems.push(AnalysisProblem::AllWeightsZero);
    } else {
        for g in Group::ALL {
            if group_total[g.index()] == 0.0 {
                problems.push(AnalysisProblem::GroupWeightsZero { group: g });
            }
        }
        if group_weights.iter().all(|&w| w == 0.0) {
            problems.push(AnalysisProblem::GroupWeightsBothZero);
        }
    }
    (weights, group_weights)
}

/// Valid values of the numeric fields, one column each; NaN when unknown or
/// invalid.
struct Columns {
    revenue: Vec<f64>,
    margin: Vec<f64>,
    profit: Vec<f64>,
    share_of_wallet: Vec<f64>,
    complaints: Vec<f64>,
    orders: Vec<f64>,
    orders_prev: Vec<f64>,
    years: Vec<f64>,
    days_since: Vec<f64>,
}

impl Columns {
    fn with_capacity(n: usize) -> Columns {
        let v = || Vec::with_capacity(n);
        Columns {
            revenue: v(),
            margin: v(),
            profit: v(),
            share_of_wallet: v(),
            complaints: v(),
            orders: v(),
            orders_prev: v(),
            years: v(),
            days_since: v(),
        }
    }

    /// Pushes the account's valid values (NaN when unknown or invalid) and
    /// its field problems, exactly those of [`validate::check_account`] in
    /// its order: name, the numbers, last purchase, sales.
    fn push_checked(
        &mut self,
        a: &super::model::Account,
        index: u32,
        today: crate::date::Date,
        this_month: Month,
        out: &mut Vec<(u32, AccountProblem)>,
    ) {
        use super::validate::{AccountField as F, ProblemKind};
        let mut push = |field, kind| {
            out.push((
                index,
                AccountProblem {
                    account: a.id,
                    field,
                    kind,
                },
            ))
        };
        if a.name.trim().is_empty() {
            push(F::Name, ProblemKind::EmptyName);
        }
        #[inline(always)]
        fn read(
            f: &super::model::Field<f64>,
            check: fn(f64) -> Option<ProblemKind>,
        ) -> (f64, Option<ProblemKind>) {
            match f.value {
                Some(v) => match check(v) {
                    Some(kind) => (NAN, Some(kind)),
                    None if v.is_finite() => (v, None),
                    None => (NAN, None),
                },
                None => (NAN, f.error().map(ProblemKind::NotANumber)),
            }
        }
        let mut take = |field, f, check| {
            let (v, problem) = read(f, check);
            if let Some(kind) = problem {
                push(field, kind);
            }
            v
        };
        let r = take(F::Revenue, &a.revenue, validate::check_revenue);
        let m = take(F::GrossMargin, &a.gross_margin, validate::check_margin);
        let p = take(F::Profit, &a.profit, |_| None);
        let orders = take(F::OrdersLast12, &a.orders_last_12, validate::check_count);
        let orders_prev = take(F::OrdersPrev12, &a.orders_prev_12, validate::check_count);
        let sow = take(
            F::ShareOfWallet,
            &a.share_of_wallet,
            validate::check_percent,
        );
        let years = take(
            F::YearsAsCustomer,
            &a.years_as_customer,
            validate::check_non_negative,
        );
        let complaints = take(F::Complaints, &a.complaints, validate::check_count);
        let days_since = match a.last_purchase.value {
            Some(d) => match validate::check_date(d, today) {
                Some(kind) => {
                    push(F::LastPurchase, kind);
                    NAN
                }
                None => d.days_until(today) as f64,
            },
            None => {
                if let Some(e) = a.last_purchase.error() {
                    push(F::LastPurchase, ProblemKind::NotADate(e));
                }
                NAN
            }
        };
        if a.sales.last_month().is_some_and(|m| m > this_month) {
            let entries = a.sales.entries();
            let first = entries[entries.partition_point(|(m, _)| *m <= this_month)].0;
            push(F::Sales, ProblemKind::SalesInFuture { month: first });
        }
        self.revenue.push(r);
        self.margin.push(m);
        self.profit.push(if !p.is_nan() {
            p
        } else if !r.is_nan() && !m.is_nan() {
            r * m / 100.0
        } else {
            NAN
        });
        self.share_of_wallet.push(sow);
        self.complaints.push(complaints);
        self.orders.push(orders);
        self.orders_prev.push(orders_prev);
        self.years.push(years);
        self.days_since.push(days_since);
    }

    /// Order change against the previous 12 months, percent.
    fn order_change(&self, i: usize) -> f64 {
        let (o, p) = (self.orders[i], self.orders_prev[i]);
        if p > 0.0 && !o.is_nan() {
            (o - p) / p * 100.0
        } else {
            NAN
        }
    }

    fn values(&self, f: NumericField) -> std::borrow::Cow<'_, [f64]> {
        use std::borrow::Cow::{Borrowed, Owned};
        match f {
            NumericField::Revenue => Borrowed(&self.revenue),
            NumericField::GrossMargin => Borrowed(&self.margin),
            NumericField::Profit => Borrowed(&self.profit),
            NumericField::ShareOfWallet => Borrowed(&self.share_of_wallet),
            NumericField::Complaints => Borrowed(&self.complaints),
            NumericField::YearsAsCustomer => Borrowed(&self.years),
            NumericField::OrdersLast12 => Borrowed(&self.orders),
            NumericField::OrderChange => Owned(
                (0..self.orders.len())
                    .map(|i| self.order_change(i))
                    .collect(),
            ),
            NumericField::DaysSinceLastPurchase => Borrowed(&self.days_since),
        }
    }
}

/// What the XYZ class and the customer ladder need from a monthly series
/// (entries up to the analysis month only).
#[derive(Clone, Copy)]
struct SalesStats {
    count: u32,
    sum: f64,
    /// The first amount, the shift for a stable variance.
    shift: f64,
    /// Σ (x − shift)² over the entries present.
    sq: f64,
    first: Month,
    last: Month,
    /// Months with sales > 0 in the last 12 months and the 12 before.
    last_12: u32,
    prev_12: u32,
    /// Whether the account has a series at all.
    has_series: bool,
}

impl SalesStats {
    #[inline(never)]
    fn of(sales: &super::model::MonthlySales, this_month: Month) -> SalesStats {
        let all = sales.entries();
        let entries = match all.last() {
            Some((m, _)) if *m > this_month => {
                &all[..all.partition_point(|(m, _)| *m <= this_month)]
            }
            _ => all,
        };
        // One pass of sums shifted by the first amount (stable enough, and
        // the accumulators stay in registers).
        let shift = entries.first().map_or(0.0, |e| e.1);
        let (mut s1, mut s2) = (0.0f64, 0.0f64);
        let (mut last_12, mut prev_12) = (0u32, 0u32);
        for &(m, x) in entries {
            let d = x - shift;
            s1 += d;
            s2 += d * d;
            let ago = m.months_until(this_month);
            let bought = x > 0.0;
            last_12 += (bought && ago < 12) as u32;
            prev_12 += (bought && (12..24).contains(&ago)) as u32;
        }
        let count = entries.len() as u32;
        SalesStats {
            count,
            sum: s1 + count as f64 * shift,
            shift,
            sq: s2,
            first: entries.first().map_or(this_month, |e| e.0),
            last: entries.last().map_or(this_month, |e| e.0),
            last_12,
            prev_12,
            has_series: !all.is_empty(),
        }
    }

    /// XYZ class and coefficient of variation over a window of `len` months,
    /// months without an entry counting as zero.
    fn xyz(&self, len: f64, used: &UsedSettings) -> (Xyz, Option<f64>) {
        if self.count == 0 || len <= 0.0 {
            return (Xyz::NoData, None);
        }
        let mean = self.sum / len;
        if mean.is_nan() || mean <= 0.0 {
            return (Xyz::Z, None);
        }
        // Σ over all months of (x − shift)², then the variance about the mean.
        let absent = len - self.count as f64;
        let d = mean - self.shift;
        let var = ((self.sq + absent * self.shift * self.shift) / len - d * d).max(0.0);
        let cv = var.sqrt() / mean;
        let class = if cv <= used.xyz_x {
            Xyz::X
        } else if cv <= used.xyz_y {
            Xyz::Y
        } else {
            Xyz::Z
        };
        (class, Some(cv))
    }

    /// Purchase regularity for the customer ladder: months with sales when
    /// there is a series, else order counts (capped at 12).
    fn ladder(&self, orders: f64, orders_prev: f64) -> Option<(LadderBasis, u32, u32)> {
        if self.has_series {
            return Some((LadderBasis::MonthsWithSales, self.last_12, self.prev_12));
        }
        if orders.is_nan() {
            return None;
        }
        let cap = |v: f64| if v.is_nan() { 0 } else { v.min(12.0) as u32 };
        Some((LadderBasis::OrderCounts, cap(orders), cap(orders_prev)))
    }
}

fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

/// Mid-rank percentile of each known value, 0 (lowest) to 1 (highest),
/// −1 when unknown; ties share the average of their ranks; a single value
/// is 0.5. `order` holds the known indices, largest value first, and
/// `values` decides what is a tie.
fn percentiles_of(values: &[f64], order: &[u32]) -> Vec<f32> {
    let mut out = vec![-1.0f32; values.len()];
    let m = order.len();
    let mut start = 0;
    while start < m {
        let v = values[order[start] as usize];
        let mut end = start + 1;
        while end < m && values[order[end] as usize] == v {
            end += 1;
        }
        // Descending positions start..end are ascending ranks m-end..m-start.
        let p = if m == 1 {
            0.5
        } else {
            (2 * m - start - end - 1) as f64 / 2.0 / (m - 1) as f64
        };
        for &i in &order[start..end] {
            out[i as usize] = p as f32;
        }
        start = end;
    }
    out
}

/// ABC classes, cumulative shares (percent, this account included) and
/// 0-based positions in the order (`u32::MAX` when unknown):
/// sorted by value descending, ties by id; A while the share ≤ `a`, B while
/// ≤ `b`, else C; a value ≤ 0 is C; an unknown value has no class.
fn abc_classes(
    values: &[f64],
    order: &[u32],
    a: f64,
    b: f64,
) -> (Vec<Option<Abc>>, Vec<f64>, Vec<u32>) {
    let total: f64 = order
        .iter()
        .map(|&i| values[i as usize])
        .filter(|&v| v > 0.0)
        .sum();
    let mut classes = vec![None; values.len()];
    let mut shares = vec![NAN; values.len()];
    let mut positions = vec![u32::MAX; values.len()];
    let mut cum = 0.0;
    // Cumulative shares are compared with a little room for rounding.
    const EPS: f64 = 1e-9;
    for (pos, &i) in order.iter().enumerate() {
        positions[i as usize] = pos as u32;
        let v = values[i as usize];
        let class = if v <= 0.0 || total <= 0.0 {
            Abc::C
        } else {
            cum += v;
            let share = cum / total * 100.0;
            shares[i as usize] = share;
            if share <= a + EPS {
                Abc::A
            } else if share <= b + EPS {
                Abc::B
            } else {
                Abc::C
            }
        };
        classes[i as usize] = Some(class);
    }
    (classes, shares, positions)
}

/// Settings as used: a value outside its range is replaced by its default
/// and reported.
fn sanitise(s: &Settings, problems: &mut Vec<AnalysisProblem>) -> UsedSettings {
    let d = Settings::default();
    let mut check = |key: SettingKey, v: f64, default: f64, lo: f64, hi: f64| -> f64 {
        if v.is_finite() && (lo..=hi).contains(&v) {
            v
        } else {
            problems.push(AnalysisProblem::BadSetting {
                setting: key,
                found: v,
                default,
            });
            default
        }
    };
    let used = UsedSettings {
        attractiveness_split: check(
            SettingKey::AttractivenessSplit,
            s.attractiveness_split,
            d.attractiveness_split,
            0.0,
            100.0,
        ),
        strength_split: check(
            SettingKey::StrengthSplit,
            s.strength_split,
            d.strength_split,
            0.0,
            100.0,
        ),
        abc_basis: s.abc_basis,
        abc_a: check(SettingKey::AbcA, s.abc_a, d.abc_a, 0.0, 100.0),
        abc_b: check(SettingKey::AbcB, s.abc_b, d.abc_b, 0.0, 100.0),
        xyz_x: check(SettingKey::XyzX, s.xyz_x, d.xyz_x, 0.0, f64::MAX),
        xyz_y: check(SettingKey::XyzY, s.xyz_y, d.xyz_y, 0.0, f64::MAX),
        churn_days: s.churn_days,
        churn_drop_pct: check(
            SettingKey::ChurnDropPct,
            s.churn_drop_pct,
            d.churn_drop_pct,
            0.0,
            100.0,
        ),
        breadwinner_pct: check(
            SettingKey::BreadwinnerPct,
            s.breadwinner_pct,
            d.breadwinner_pct,
            0.0,
            100.0,
        ),
        giant_pct: check(SettingKey::GiantPct, s.giant_pct, d.giant_pct, 0.0, 100.0),
        new_customer_years: check(
            SettingKey::NewCustomerYears,
            s.new_customer_years,
            d.new_customer_years,
            0.0,
            200.0,
        ),
        high_rating: s.high_rating.clamp(1, 5),
        low_rating: s.low_rating.clamp(1, 5),
        regular_months: s.regular_months.clamp(1, 12),
        loyal_years: check(
            SettingKey::LoyalYears,
            s.loyal_years,
            d.loyal_years,
            0.0,
            200.0,
        ),
    };
    if used.abc_a > used.abc_b {
        problems.push(AnalysisProblem::CutoffsOutOfOrder {
            first: SettingKey::AbcA,
            second: SettingKey::AbcB,
        });
    }
    if used.xyz_x > used.xyz_y {
        problems.push(AnalysisProblem::CutoffsOutOfOrder {
            first: SettingKey::XyzX,
            second: SettingKey::XyzY,
        });
    }
    used
}
