//! Chart geometry: numbers in, SVG coordinates and path strings out.
//!
//! Nothing here knows about Html, yew or words: each chart function takes
//! plain numbers (and a writing direction) and returns a struct of
//! coordinates in a viewBox it also returns. The UI turns those structs into
//! `<svg>` elements.
//!
//! Invariants, tested in `tests/chart.rs`:
//! - no function panics, and no output holds NaN or an infinity, whatever the
//!   input (empty lists, NaN, negative or huge values): bad numbers are
//!   clamped into range or skipped, as each function documents;
//! - every coordinate is rounded to two decimals with [`round2`], and path
//!   data is written compactly (`"M10 20L30.5 40Z"`) by [`fmt_num`];
//! - right-to-left mirroring is done here, so the UI never flips a number.
//!
//! Text anchors are the one place the UI has to take care; see
//! [`TextAnchor::svg_anchor`].

mod bars;
mod bubble;
mod pareto;
mod radar;
mod scale;

pub use bars::{bar_chart, Bar, BarChart, BarLayout};
pub use bubble::{
    bubble_chart, nearest_in_direction, quadrant_of, ArrowKey, Bubble, BubbleChart, BubbleInput,
    BubbleLayout, Quadrant, QuadrantArea, Splits,
};
pub use pareto::{pareto, AbcCutoffs, Pareto, ParetoCutoff};
pub use radar::{
    radar, Radar, RadarAxis, RadarLayout, RadarRing, RADAR_MAX_AXES, RADAR_RING_LEVELS,
};
pub use scale::{linear_scale, nice_ticks, LinearScale};

use crate::i18n::Dir;

/// The largest width, height, margin or radius a layout may ask for; bigger
/// (or non-finite) layout numbers are replaced so coordinates stay sane.
pub const MAX_EXTENT: f64 = 1_000_000.0;

/// The size of a chart's coordinate system, for `viewBox="0 0 width height"`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    /// Width in viewBox units.
    pub width: f64,
    /// Height in viewBox units.
    pub height: f64,
}

impl ViewBox {
    /// The value of the `viewBox` attribute, e.g. `"0 0 480 320"`.
    pub fn attr(&self) -> String {
        format!("0 0 {} {}", fmt_num(self.width), fmt_num(self.height))
    }
}

/// A point in viewBox coordinates (y grows downwards, as in SVG).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Horizontal position from the left edge.
    pub x: f64,
    /// Vertical position from the top edge.
    pub y: f64,
}

impl Point {
    /// A point with both coordinates rounded by [`round2`].
    pub fn new(x: f64, y: f64) -> Point {
        Point {
            x: round2(x),
            y: round2(y),
        }
    }
}

/// An axis-aligned rectangle in viewBox coordinates, as an SVG `<rect>` takes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width, never negative.
    pub width: f64,
    /// Height, never negative.
    pub height: f64,
}

impl Rect {
    /// A rectangle with every number rounded and the size made non-negative.
    pub fn new(x: f64, y: f64, width: f64, height: f64) -> Rect {
        Rect {
            x: round2(x),
            y: round2(y),
            width: round2(width.max(0.0)),
            height: round2(height.max(0.0)),
        }
    }

    /// The rectangle spanning two horizontal and two vertical positions, in any order.
    pub fn between(x0: f64, x1: f64, y0: f64, y1: f64) -> Rect {
        Rect::new(x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs())
    }

    /// The right edge (`x + width`).
    pub fn right(&self) -> f64 {
        round2(self.x + self.width)
    }

    /// The bottom edge (`y + height`).
    pub fn bottom(&self) -> f64 {
        round2(self.y + self.height)
    }
}

/// An axis tick: the data value and where it sits on its axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// The value in data units (for example 25 for 25%).
    pub value: f64,
    /// The x position for a horizontal axis or the y position for a vertical one.
    pub pos: f64,
}

/// How a text's horizontal extent sits around its anchor point, described
/// physically as if the text were left-to-right.
///
/// The variant is chosen from where the point is on screen, so labels grow
/// away from the chart. Never print it directly; ask [`TextAnchor::svg_anchor`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextAnchor {
    /// The text runs rightwards from the point (its left edge is at the point).
    Start,
    /// The text is centred on the point.
    Middle,
    /// The text runs leftwards from the point (its right edge is at the point).
    End,
}

impl TextAnchor {
    /// The `text-anchor` attribute value to write, given the `direction` the
    /// `<text>` element is rendered with.
    ///
    /// Pass the direction in effect on the `<svg>` (the page's [`Dir`] when
    /// the svg inherits `direction: rtl` from an RTL page, or [`Dir::Ltr`] if
    /// the UI sets `direction="ltr"` on the svg). In RTL, SVG's `"start"` is
    /// the right edge of the text, so `Start` and `End` swap there.
    pub fn svg_anchor(self, dir: Dir) -> &'static str {
        match (self, dir) {
            (TextAnchor::Middle, _) => "middle",
            (TextAnchor::Start, Dir::Ltr) | (TextAnchor::End, Dir::Rtl) => "start",
            (TextAnchor::End, Dir::Ltr) | (TextAnchor::Start, Dir::Rtl) => "end",
        }
    }

    /// The anchor for the physically mirrored position (`Start` ⇄ `End`).
    pub fn mirrored(self) -> TextAnchor {
        match self {
            TextAnchor::Start => TextAnchor::End,
            TextAnchor::Middle => TextAnchor::Middle,
            TextAnchor::End => TextAnchor::Start,
        }
    }
}

/// Which edge of a text's line box touches its anchor point vertically.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VAnchor {
    /// The text sits above the point.
    Bottom,
    /// The text is centred vertically on the point.
    Middle,
    /// The text hangs below the point.
    Top,
}

impl VAnchor {
    /// The `dominant-baseline` attribute value to write on the `<text>`.
    pub fn svg_baseline(self) -> &'static str {
        match self {
            VAnchor::Bottom => "auto",
            VAnchor::Middle => "central",
            VAnchor::Top => "hanging",
        }
    }
}

/// Rounds to two decimals; NaN and infinities become 0 and `-0` becomes `0`.
pub fn round2(v: f64) -> f64 {
    if !v.is_finite() {
        return 0.0;
    }
    if v.abs() >= 1e15 {
        // No fractional digits are left to round at this size.
        return v + 0.0;
    }
    (v * 100.0).round() / 100.0 + 0.0
}

/// Writes a number for SVG path data or attributes: rounded by [`round2`],
/// without trailing zeros (`10`, `10.5`, `-3.25`).
pub fn fmt_num(v: f64) -> String {
    format!("{}", round2(v))
}

/// A closed path through the points (`"M x y L x y … Z"`); empty for no points.
pub fn polygon_path(points: &[Point]) -> String {
    let mut d = polyline_path(points);
    if !d.is_empty() {
        d.push('Z');
    }
    d
}

/// An open path through the points (`"M x y L x y …"`); empty for no points.
pub fn polyline_path(points: &[Point]) -> String {
    let mut d = String::with_capacity(points.len() * 12);
    for (i, p) in points.iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        d.push_str(&fmt_num(p.x));
        d.push(' ');
        d.push_str(&fmt_num(p.y));
    }
    d
}

/// A layout number made safe: finite, non-negative and at most [`MAX_EXTENT`],
/// or `default` when it is not finite.
pub(crate) fn extent(v: f64, default: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, MAX_EXTENT)
    } else {
        default
    }
}

/// A data value clamped into `0..=100`, or `None` when it is NaN or infinite.
pub(crate) fn percent(v: f64) -> Option<f64> {
    v.is_finite().then(|| v.clamp(0.0, 100.0))
}

/// A frame for charts with a rectangular plot area and axes.
///
/// Margins are named by logical side: the inline-start margin holds the
/// vertical axis labels, so it is on the left in LTR and on the right in RTL.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotLayout {
    /// Total width of the viewBox.
    pub width: f64,
    /// Total height of the viewBox.
    pub height: f64,
    /// Space on the inline-start side (left in LTR, right in RTL) for y-axis labels.
    pub margin_start: f64,
    /// Space on the inline-end side.
    pub margin_end: f64,
    /// Space above the plot.
    pub margin_top: f64,
    /// Space below the plot for x-axis labels.
    pub margin_bottom: f64,
}

impl Default for PlotLayout {
    fn default() -> Self {
        PlotLayout {
            width: 520.0,
            height: 420.0,
            margin_start: 56.0,
            margin_end: 16.0,
            margin_top: 16.0,
            margin_bottom: 48.0,
        }
    }
}

impl PlotLayout {
    /// The sanitised viewBox and plot rectangle for a writing direction.
    pub(crate) fn frame(&self, dir: Dir) -> (ViewBox, Rect) {
        let d = PlotLayout::default();
        let width = extent(self.width, d.width);
        let height = extent(self.height, d.height);
        let start = extent(self.margin_start, d.margin_start);
        let end = extent(self.margin_end, d.margin_end);
        let top = extent(self.margin_top, d.margin_top);
        let bottom = extent(self.margin_bottom, d.margin_bottom);
        let left = match dir {
            Dir::Ltr => start,
            Dir::Rtl => end,
        };
        let plot = Rect::new(left, top, width - start - end, height - top - bottom);
        (
            ViewBox {
                width: round2(width),
                height: round2(height),
            },
            plot,
        )
    }
}

/// The scales from data percentages (0–100) to a plot rectangle: x grows
/// towards the inline end (rightwards in LTR, leftwards in RTL), y upwards.
pub(crate) fn percent_scales(plot: &Rect, dir: Dir) -> (LinearScale, LinearScale) {
    let (x0, x1) = match dir {
        Dir::Ltr => (plot.x, plot.right()),
        Dir::Rtl => (plot.right(), plot.x),
    };
    (
        linear_scale((0.0, 100.0), (x0, x1)),
        linear_scale((0.0, 100.0), (plot.bottom(), plot.y)),
    )
}

/// The fixed axis ticks 0, 25, 50, 75 and 100 placed by a scale.
pub(crate) fn quarter_ticks(scale: &LinearScale) -> Vec<Tick> {
    [0.0, 25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|value| Tick {
            value,
            pos: round2(scale.map(value)),
        })
        .collect()
}
