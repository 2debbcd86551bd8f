//! The capped shortlist, and why each account is on it or just off it.

use super::analysis::{Abc, AccountType, Analysis, Contribution, KeyAccountKind, Quadrant, Status};
use super::model::{AccountId, Override};
use super::settings::{AbcBasis, Settings};

/// The usual number of key accounts (McDonald & Woodburn): 15 to 35; more
/// than 50 is too many to manage as key accounts.
pub const USUAL_MIN: u32 = 15;
pub const USUAL_MAX: u32 = 35;
pub const TOO_MANY: u32 = 50;

/// How many explanations of each kind an entry gets.
pub const TOP_REASONS: usize = 3;
/// How many near misses are explained.
pub const NEAR_MISSES: usize = 3;

/// The shortlist and its explanations.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Shortlist {
    /// Places on the list, from the capacity setting.
    pub capacity: u32,
    /// Accounts on the list, best score first (pinned ones without a score last).
    pub entries: Vec<Entry>,
    /// Up to three best-ranked accounts that did not fit, best first.
    pub near_misses: Vec<Entry>,
    /// Accounts the user excluded, in ranking order.
    pub excluded: Vec<Entry>,
    /// Selection score of the last account that got in on its score.
    pub cutoff: Option<f64>,
    pub guidance: Vec<Guidance>,
}

/// One account on (or near, or kept off) the list, with its reasons.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Index into the portfolio's accounts.
    pub index: u32,
    pub id: AccountId,
    pub reasons: Vec<Reason>,
}

/// One reason, as data; [`Reason::message`](super::explain) words it.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// The user pinned it, saying why.
    Pinned {
        reason: String,
    },
    /// The user excluded it, saying why.
    Excluded {
        reason: String,
    },
    /// Its place in the ranking and its selection score.
    Ranked {
        rank: u32,
        score: f64,
    },
    /// A criterion that adds much to its score.
    Strength(Contribution),
    /// A criterion that costs it the most points.
    Weakness(Contribution),
    /// Its score is below the last score that made the list.
    BelowCutoff {
        score: f64,
        cutoff: f64,
    },
    /// No place was left for an account on its score.
    NoPlaceLeft {
        capacity: u32,
    },
    Quadrant(Quadrant),
    Abc {
        class: Abc,
        basis: AbcBasis,
        share: f64,
    },
    Type(AccountType),
    Kind(KeyAccountKind),
    NoPurchase {
        days: i32,
        limit: u32,
    },
    OrdersDown {
        change_pct: f64,
        limit: f64,
    },
    /// Some weighted criteria are unknown; `coverage` is the known share of weight.
    Incomplete {
        unknown: u16,
        coverage: f64,
    },
    /// Nothing weighted is known about it.
    NotScored,
}

/// Advice on the size of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guidance {
    /// Capacity zero: nobody can be a key account.
    NoCapacity,
    /// Fewer than 15: fine for a small firm.
    SmallList { capacity: u32 },
    /// 15–35: the usual range.
    UsualRange { capacity: u32 },
    /// 36–50: more than usual.
    AboveUsual { capacity: u32 },
    /// More than 50: too many to manage as key accounts.
    TooMany { capacity: u32 },
    /// More places than accounts that could fill them.
    MoreThanCandidates { capacity: u32, candidates: u32 },
    /// The user pinned more accounts than there are places.
    PinnedOverCapacity { pinned: u32, capacity: u32 },
}

pub(crate) fn build_shortlist(analysis: &mut Analysis, settings: &Settings) -> Shortlist {
    let capacity = settings.capacity.places();
    let mut pinned: Vec<u32> = Vec::new();
    let mut excluded: Vec<u32> = Vec::new();
    if !settings.overrides.is_empty() {
        for (i, r) in analysis.accounts.iter().enumerate() {
            match settings.overrides.get(&r.id) {
                Some(Override::Pin { .. }) => pinned.push(i as u32),
                Some(Override::Exclude { .. }) => excluded.push(i as u32),
                _ => {}
            }
        }
    }
    let is_pinned = |i: u32| pinned.binary_search(&i).is_ok();
    let is_excluded = |i: u32| excluded.binary_search(&i).is_ok();

    for r in analysis.accounts.iter_mut() {
        r.status = if r.selection.is_some() {
            Status::Out
        } else {
            Status::NotScored
        };
    }
    let places = capacity.saturating_sub(pinned.len() as u32) as usize;
    let mut by_score = Vec::new();
    let mut near = Vec::new();
    for &i in &analysis.ranking {
        if is_pinned(i) || is_excluded(i) {
            continue;
        }
        if by_score.len() < places {
            by_score.push(i);
        } else if near.len() < NEAR_MISSES {
            near.push(i);
        } else {
            break;
        }
    }
    let cutoff = by_score
        .last()
        .and_then(|&i| analysis.accounts[i as usize].selection);

    let mut on_list: Vec<u32> = by_score.iter().chain(pinned.iter()).copied().collect();
    on_list.sort_unstable_by(|&a, &b| {
        let (ra, rb) = (
            &analysis.accounts[a as usize],
            &analysis.accounts[b as usize],
        );
        match (ra.selection, rb.selection) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then(ra.id.cmp(&rb.id))
    });
    for &i in &by_score {
        analysis.accounts[i as usize].status = Status::Shortlisted;
    }
    for &i in &pinned {
        analysis.accounts[i as usize].status = Status::Pinned;
    }
    for &i in &near {
        analysis.accounts[i as usize].status = Status::NearMiss;
    }
    for &i in &excluded {
        analysis.accounts[i as usize].status = Status::Excluded;
    }

    let user_reason = |i: u32| -> Option<Reason> {
        match settings.override_of(analysis.accounts[i as usize].id) {
            Override::Pin { reason } => Some(Reason::Pinned {
                reason: reason.clone(),
            }),
            Override::Exclude { reason } => Some(Reason::Excluded {
                reason: reason.clone(),
            }),
            Override::None => None,
        }
    };
    let entries = on_list
        .iter()
        .map(|&i| {
            let mut reasons: Vec<Reason> = user_reason(i).into_iter().collect();
            why_in(analysis, i as usize, &mut reasons);
            Entry {
                index: i,
                id: analysis.accounts[i as usize].id,
                reasons,
            }
        })
        .collect();
    let near_misses = near
        .iter()
        .map(|&i| {
            let mut reasons = vec![match cutoff {
                Some(c) => Reason::BelowCutoff {
                    score: analysis.accounts[i as usize].selection.unwrap_or(0.0),
                    cutoff: c,
                },
                None => Reason::NoPlaceLeft { capacity },
            }];
            why_not(analysis, i as usize, &mut reasons);
            Entry {
                index: i,
                id: analysis.accounts[i as usize].id,
                reasons,
            }
        })
        .collect();
    let mut excluded_sorted = excluded.clone();
    excluded_sorted.sort_by_key(|&i| {
        let r = &analysis.accounts[i as usize];
        (r.rank.unwrap_or(u32::MAX), r.id)
    });
    let excluded = excluded_sorted
        .iter()
        .map(|&i| {
            let mut reasons: Vec<Reason> = user_reason(i).into_iter().collect();
            let r = &analysis.accounts[i as usize];
            if let (Some(rank), Some(score)) = (r.rank, r.selection) {
                reasons.push(Reason::Ranked { rank, score });
            }
            Entry {
                index: i,
                id: r.id,
                reasons,
            }
        })
        .collect();

    let mut guidance = vec![match capacity {
        0 => Guidance::NoCapacity,
        c if c < USUAL_MIN => Guidance::SmallList { capacity: c },
        c if c <= USUAL_MAX => Guidance::UsualRange { capacity: c },
        c if c <= TOO_MANY => Guidance::AboveUsual { capacity: c },
        c => Guidance::TooMany { capacity: c },
    }];
    let candidates = analysis
        .accounts
        .iter()
        .filter(|r| {
            r.status != Status::Excluded && (r.selection.is_some() || r.status == Status::Pinned)
        })
        .count() as u32;
    if capacity > 0 && capacity > candidates {
        guidance.push(Guidance::MoreThanCandidates {
            capacity,
            candidates,
        });
    }
    if pinned.len() as u32 > capacity {
        guidance.push(Guidance::PinnedOverCapacity {
            pinned: pinned.len() as u32,
            capacity,
        });
    }

    Shortlist {
        capacity,
        entries,
        near_misses,
        excluded,
        cutoff,
        guidance,
    }
}

/// The top criteria by points, ties by checklist order.
fn top(mut c: Vec<Contribution>, key: fn(&Contribution) -> f64) -> Vec<Contribution> {
    c.sort_by(|a, b| {
        key(b)
            .total_cmp(&key(a))
            .then(a.criterion.cmp(&b.criterion))
    });
    c.truncate(TOP_REASONS);
    c
}

fn why_in(analysis: &Analysis, i: usize, out: &mut Vec<Reason>) {
    let r = &analysis.accounts[i];
    match (r.rank, r.selection) {
        (Some(rank), Some(score)) => out.push(Reason::Ranked { rank, score }),
        _ => out.push(Reason::NotScored),
    }
    let strengths = top(analysis.contributions(i), |c| c.points);
    out.extend(
        strengths
            .into_iter()
            .filter(|c| c.points > 0.0)
            .map(Reason::Strength),
    );
    rules(analysis, i, out);
}

fn why_not(analysis: &Analysis, i: usize, out: &mut Vec<Reason>) {
    let weaknesses = top(analysis.contributions(i), |c| c.lost);
    out.extend(
        weaknesses
            .into_iter()
            .filter(|c| c.lost > 0.0)
            .map(Reason::Weakness),
    );
    rules(analysis, i, out);
}

/// The rules an account hits: quadrant, ABC class, kind, types, churn
/// signals, incomplete rating.
fn rules(analysis: &Analysis, i: usize, out: &mut Vec<Reason>) {
    let r = &analysis.accounts[i];
    let used = &analysis.settings_used;
    if let Some(q) = r.quadrant {
        out.push(Reason::Quadrant(q));
    }
    if let (Some(class), Some(share)) = (r.abc, r.abc_share) {
        out.push(Reason::Abc {
            class,
            basis: used.abc_basis,
            share,
        });
    }
    if matches!(
        r.kind,
        KeyAccountKind::CurrentGiant | KeyAccountKind::RisingStar
    ) {
        out.push(Reason::Kind(r.kind));
    }
    out.extend(r.types.hits().map(Reason::Type));
    if r.churn.no_purchase {
        out.push(Reason::NoPurchase {
            days: r.days_since_purchase.unwrap_or(0),
            limit: used.churn_days,
        });
    }
    if r.churn.orders_down {
        out.push(Reason::OrdersDown {
            change_pct: r.order_change_pct.unwrap_or(0.0),
            limit: used.churn_drop_pct,
        });
    }
    if r.is_incomplete() {
        out.push(Reason::Incomplete {
            unknown: r.unknown_criteria,
            coverage: r.coverage,
        });
    }
}
