//! Pareto (ABC) curve: cumulative share of revenue against share of accounts.

use super::{
    percent_scales, polyline_path, quarter_ticks, round2, PlotLayout, Point, Rect, Tick, ViewBox,
};
use crate::i18n::Dir;

/// Tolerance when deciding whether a cumulative share has reached a cut-off.
const EPS: f64 = 1e-9;

/// The cumulative-value shares (0–1) that close the A and B classes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AbcCutoffs {
    /// End of class A, e.g. 0.8 for "the accounts making the first 80%".
    pub a: f64,
    /// End of class B, e.g. 0.95.
    pub b: f64,
}

impl Default for AbcCutoffs {
    fn default() -> Self {
        AbcCutoffs { a: 0.8, b: 0.95 }
    }
}

/// A computed Pareto chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Pareto {
    /// The coordinate system everything below is in.
    pub view_box: ViewBox,
    /// The plot area inside the margins.
    pub plot: Rect,
    /// The curve's vertices: the origin, then one per account.
    pub points: Vec<Point>,
    /// The curve as an open path (`<path d>` with no fill).
    pub path: String,
    /// The A and B cut-offs, in that order.
    pub cutoffs: [ParetoCutoff; 2],
    /// Ticks of the account-share axis at 0, 25, 50, 75, 100% (`pos` is a screen x).
    pub x_ticks: Vec<Tick>,
    /// Ticks of the value-share axis at 0, 25, 50, 75, 100% (`pos` is a screen y).
    pub y_ticks: Vec<Tick>,
}

/// One cut-off line and where the curve meets it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParetoCutoff {
    /// The cut-off as a share 0–1 (clamped; NaN or infinite became the default).
    pub share: f64,
    /// Screen y of the horizontal cut-off line.
    pub y: f64,
    /// Screen x where the curve first reaches the line; `None` when it never
    /// does (all revenues are zero or there are none).
    pub crossing_x: Option<f64>,
    /// The same crossing as a share of accounts, 0–100 (interpolated).
    pub rank_share: Option<f64>,
    /// How many top accounts it takes to reach the cut-off (the size of the
    /// class up to this line).
    pub accounts: Option<usize>,
}

/// Lays out the cumulative-share curve for revenues sorted largest first.
///
/// x is the share of accounts (0–100%, towards the inline end: rightwards in
/// LTR, leftwards in RTL), y the cumulative share of revenue (0–100%, upwards);
/// the curve starts at the origin. Revenues that are not positive, or not
/// finite, count as 0. The order is the caller's: nothing is re-sorted.
pub fn pareto(revenues: &[f64], cutoffs: AbcCutoffs, dir: Dir, layout: &PlotLayout) -> Pareto {
    let (view_box, plot) = layout.frame(dir);
    let (sx, sy) = percent_scales(&plot, dir);

    // Dividing by the largest value first keeps the running sum finite.
    let clean: Vec<f64> = revenues
        .iter()
        .map(|&v| if v.is_finite() && v > 0.0 { v } else { 0.0 })
        .collect();
    let max = clean.iter().copied().fold(0.0, f64::max);
    let mut cumulative = Vec::with_capacity(clean.len() + 1);
    cumulative.push(0.0);
    let mut running = 0.0;
    for v in &clean {
        if max > 0.0 {
            running += v / max;
        }
        cumulative.push(running);
    }
    let total = running;
    let shares: Vec<f64> = cumulative
        .iter()
        .map(|c| if total > 0.0 { c / total } else { 0.0 })
        .collect();

    let n = clean.len();
    let rank = |i: f64| if n == 0 { 0.0 } else { 100.0 * i / n as f64 };
    let points: Vec<Point> = shares
        .iter()
        .enumerate()
        .map(|(i, s)| Point::new(sx.map(rank(i as f64)), sy.map(100.0 * s)))
        .collect();

    let defaults = AbcCutoffs::default();
    let share = |v: f64, default: f64| {
        if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            default
        }
    };
    let cutoff = |c: f64| {
        let crossing = crossing(&shares, c).map(|(accounts, at)| (accounts, rank(at)));
        ParetoCutoff {
            share: c,
            y: round2(sy.map(100.0 * c)),
            crossing_x: crossing.map(|(_, r)| round2(sx.map(r))),
            rank_share: crossing.map(|(_, r)| round2(r)),
            accounts: crossing.map(|(k, _)| k),
        }
    };

    Pareto {
        view_box,
        plot,
        path: polyline_path(&points),
        points,
        cutoffs: [
            cutoff(share(cutoffs.a, defaults.a)),
            cutoff(share(cutoffs.b, defaults.b)),
        ],
        x_ticks: quarter_ticks(&sx),
        y_ticks: quarter_ticks(&sy),
    }
}

/// The first vertex `k` whose cumulative share reaches `c`, and the
/// interpolated fractional rank (in accounts) where the curve crosses `c`.
fn crossing(shares: &[f64], c: f64) -> Option<(usize, f64)> {
    let k = shares.iter().position(|&s| s >= c - EPS)?;
    if k == 0 {
        return Some((0, 0.0));
    }
    let (before, after) = (shares[k - 1], shares[k]);
    let rise = after - before;
    let t = if rise > 0.0 {
        ((c - before) / rise).clamp(0.0, 1.0)
    } else {
        1.0
    };
    Some((k, (k - 1) as f64 + t))
}
