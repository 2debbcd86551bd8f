//! Portfolio bubble chart for key-account selection: our strength (x)
//! against the account's attractiveness (y), bubble area by revenue.

use std::cmp::Ordering;

use super::{
    extent, percent, percent_scales, quarter_ticks, round2, PlotLayout, Point, Rect, Tick, ViewBox,
};
use crate::i18n::Dir;

/// One account to plot.
#[derive(Clone, Debug, PartialEq)]
pub struct BubbleInput {
    /// The caller's id for the account.
    pub id: String,
    /// Our relative strength with the account, 0–100.
    pub x: f64,
    /// The account's attractiveness, 0–100.
    pub y: f64,
    /// Revenue (or another size measure), at least 0.
    pub size: f64,
}

/// Where the quadrant borders are, in data units (0–100).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Splits {
    /// Strength at which "low" becomes "high".
    pub x: f64,
    /// Attractiveness at which "low" becomes "high".
    pub y: f64,
}

impl Default for Splits {
    fn default() -> Self {
        Splits { x: 50.0, y: 50.0 }
    }
}

impl Splits {
    /// The splits clamped to 0–100, with NaN or infinite ones set back to 50.
    pub fn sanitized(self) -> Splits {
        Splits {
            x: percent(self.x).unwrap_or(50.0),
            y: percent(self.y).unwrap_or(50.0),
        }
    }
}

/// A quadrant of the portfolio matrix. A value exactly on a split counts as high.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High attractiveness, high strength (top-right in LTR): invest as key accounts.
    Strategic,
    /// High attractiveness, low strength (top-left in LTR): develop our position.
    Develop,
    /// Low attractiveness, high strength (bottom-right in LTR): maintain efficiently.
    Maintain,
    /// Low attractiveness, low strength (bottom-left in LTR): streamline the service.
    Streamline,
}

impl Quadrant {
    /// All quadrants, in the order [`BubbleChart::quadrants`] lists them.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Strategic,
        Quadrant::Develop,
        Quadrant::Maintain,
        Quadrant::Streamline,
    ];
}

/// The quadrant a (strength, attractiveness) pair falls in; values on a split count as high.
pub fn quadrant_of(x: f64, y: f64, splits: Splits) -> Quadrant {
    let s = splits.sanitized();
    let high_x = x >= s.x;
    let high_y = y >= s.y;
    match (high_y, high_x) {
        (true, true) => Quadrant::Strategic,
        (true, false) => Quadrant::Develop,
        (false, true) => Quadrant::Maintain,
        (false, false) => Quadrant::Streamline,
    }
}

/// Sizes of a bubble chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BubbleLayout {
    /// The viewBox and plot margins.
    pub frame: PlotLayout,
    /// Radius of the bubble with the largest size.
    pub r_max: f64,
    /// Smallest radius drawn, so tiny or zero sizes stay visible and clickable.
    pub r_min: f64,
}

impl Default for BubbleLayout {
    fn default() -> Self {
        BubbleLayout {
            frame: PlotLayout::default(),
            r_max: 28.0,
            r_min: 3.0,
        }
    }
}

/// A computed bubble chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BubbleChart {
    /// The coordinate system everything below is in.
    pub view_box: ViewBox,
    /// The plot area inside the margins.
    pub plot: Rect,
    /// The four quadrant rectangles, in [`Quadrant::ALL`] order.
    pub quadrants: Vec<QuadrantArea>,
    /// Screen x of the vertical split line.
    pub split_x: f64,
    /// Screen y of the horizontal split line.
    pub split_y: f64,
    /// Ticks of the strength axis at 0, 25, 50, 75, 100 (`pos` is a screen x).
    pub x_ticks: Vec<Tick>,
    /// Ticks of the attractiveness axis at 0, 25, 50, 75, 100 (`pos` is a screen y).
    pub y_ticks: Vec<Tick>,
    /// The plotted accounts in keyboard order: by strength, then attractiveness, then id.
    pub points: Vec<Bubble>,
    /// Indexes into `points`, largest bubble first: draw in this order so small ones stay on top.
    pub paint_order: Vec<usize>,
    /// Input indexes of accounts not plotted because x or y was NaN or infinite.
    pub skipped: Vec<usize>,
}

/// A quadrant's rectangle on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuadrantArea {
    /// Which quadrant this is.
    pub quadrant: Quadrant,
    /// Its area inside the plot (mirrored in RTL).
    pub rect: Rect,
}

/// One plotted account.
#[derive(Clone, Debug, PartialEq)]
pub struct Bubble {
    /// The caller's id for the account.
    pub id: String,
    /// Position of the account in the input list.
    pub index: usize,
    /// Strength clamped to 0–100.
    pub x: f64,
    /// Attractiveness clamped to 0–100.
    pub y: f64,
    /// Size used for the area (negative, NaN or infinite sizes become 0).
    pub size: f64,
    /// The quadrant the account falls in.
    pub quadrant: Quadrant,
    /// Screen x of the centre.
    pub cx: f64,
    /// Screen y of the centre (higher attractiveness is higher up).
    pub cy: f64,
    /// Radius; the area is proportional to `size`, but never below the layout's `r_min`.
    pub r: f64,
}

impl Bubble {
    /// The centre as a point.
    pub fn center(&self) -> Point {
        Point {
            x: self.cx,
            y: self.cy,
        }
    }
}

impl BubbleChart {
    /// The centres of `points`, in the same order.
    pub fn centers(&self) -> Vec<Point> {
        self.points.iter().map(Bubble::center).collect()
    }

    /// [`nearest_in_direction`] over this chart's points.
    pub fn nearest_in_direction(&self, current: usize, key: ArrowKey) -> Option<usize> {
        nearest_in_direction(&self.centers(), current, key)
    }
}

/// Lays out the portfolio matrix.
///
/// Strength runs along x (towards the inline end: rightwards in LTR,
/// leftwards in RTL), attractiveness up the y axis. x and y are clamped to
/// 0–100; accounts whose x or y is NaN or infinite are listed in `skipped`.
/// A bubble's radius is `r_max·√(size / largest size)`, at least `r_min`.
pub fn bubble_chart(
    inputs: &[BubbleInput],
    splits: Splits,
    dir: Dir,
    layout: &BubbleLayout,
) -> BubbleChart {
    let d = BubbleLayout::default();
    let (view_box, plot) = layout.frame.frame(dir);
    let r_max = extent(layout.r_max, d.r_max);
    let r_min = extent(layout.r_min, d.r_min).min(r_max);
    let splits = splits.sanitized();
    let (sx, sy) = percent_scales(&plot, dir);

    let mut skipped = Vec::new();
    let mut placed = Vec::with_capacity(inputs.len());
    for (index, input) in inputs.iter().enumerate() {
        match (percent(input.x), percent(input.y)) {
            (Some(x), Some(y)) => {
                let size = if input.size.is_finite() {
                    input.size.max(0.0)
                } else {
                    0.0
                };
                placed.push((index, input, x, y, size));
            }
            _ => skipped.push(index),
        }
    }
    let max_size = placed.iter().map(|p| p.4).fold(0.0, f64::max);

    let mut points: Vec<Bubble> = placed
        .into_iter()
        .map(|(index, input, x, y, size)| {
            let r = if max_size > 0.0 {
                r_max * (size / max_size).sqrt()
            } else {
                0.0
            };
            Bubble {
                id: input.id.clone(),
                index,
                x,
                y,
                size,
                quadrant: quadrant_of(x, y, splits),
                cx: round2(sx.map(x)),
                cy: round2(sy.map(y)),
                r: round2(r.max(r_min)),
            }
        })
        .collect();
    points.sort_by(|a, b| {
        a.x.total_cmp(&b.x)
            .then(a.y.total_cmp(&b.y))
            .then_with(|| a.id.cmp(&b.id))
            .then(a.index.cmp(&b.index))
    });
    let mut paint_order: Vec<usize> = (0..points.len()).collect();
    paint_order.sort_by(|&a, &b| points[b].r.total_cmp(&points[a].r).then(a.cmp(&b)));

    let split_x = round2(sx.map(splits.x));
    let split_y = round2(sy.map(splits.y));
    let (x_low, x_high) = (sx.map(0.0), sx.map(100.0));
    let (y_low, y_high) = (sy.map(0.0), sy.map(100.0));
    let quadrants = Quadrant::ALL
        .into_iter()
        .map(|quadrant| {
            let (x_end, y_end) = match quadrant {
                Quadrant::Strategic => (x_high, y_high),
                Quadrant::Develop => (x_low, y_high),
                Quadrant::Maintain => (x_high, y_low),
                Quadrant::Streamline => (x_low, y_low),
            };
            QuadrantArea {
                quadrant,
                rect: Rect::between(split_x, x_end, split_y, y_end),
            }
        })
        .collect();

    BubbleChart {
        view_box,
        plot,
        quadrants,
        split_x,
        split_y,
        x_ticks: quarter_ticks(&sx),
        y_ticks: quarter_ticks(&sy),
        points,
        paint_order,
        skipped,
    }
}

/// An arrow key, as a physical screen direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrowKey {
    /// Towards the top of the screen.
    Up,
    /// Towards the bottom of the screen.
    Down,
    /// Towards the left of the screen (whatever the writing direction).
    Left,
    /// Towards the right of the screen (whatever the writing direction).
    Right,
}

/// The index of the point nearest to `points[current]` among those strictly
/// on the `key` side of it, or `None` if there is none (or `current` is out of range).
///
/// Distance is straight-line; ties go to the lower index. Points at exactly
/// the same position count as lying Right/Down if they come later in the
/// list and Left/Up if earlier, so stacked points stay reachable. Points with
/// a NaN or infinite coordinate are ignored.
pub fn nearest_in_direction(points: &[Point], current: usize, key: ArrowKey) -> Option<usize> {
    let here = *points.get(current)?;
    if !here.x.is_finite() || !here.y.is_finite() {
        return None;
    }
    let mut best: Option<(f64, usize)> = None;
    for (i, p) in points.iter().enumerate() {
        if i == current || !p.x.is_finite() || !p.y.is_finite() {
            continue;
        }
        let (dx, dy) = (p.x - here.x, p.y - here.y);
        let along = match key {
            ArrowKey::Right => dx,
            ArrowKey::Left => -dx,
            ArrowKey::Down => dy,
            ArrowKey::Up => -dy,
        };
        let stacked_on_side = dx == 0.0 && dy == 0.0 && {
            let later = i > current;
            match key {
                ArrowKey::Right | ArrowKey::Down => later,
                ArrowKey::Left | ArrowKey::Up => !later,
            }
        };
        if along <= 0.0 && !stacked_on_side {
            continue;
        }
        let dist = dx.hypot(dy);
        let closer = match best {
            None => true,
            Some((b, _)) => dist.partial_cmp(&b) == Some(Ordering::Less),
        };
        if closer {
            best = Some((dist, i));
        }
    }
    best.map(|(_, i)| i)
}
