//! Radar (spider) chart of self-assessment dimension scores.

use super::{extent, percent, polygon_path, round2, Point, TextAnchor, VAnchor, ViewBox};
use crate::i18n::Dir;

/// The most axes a radar draws; values past this many are ignored.
pub const RADAR_MAX_AXES: usize = 20;

/// The score levels (0–100) at which grid rings are drawn.
pub const RADAR_RING_LEVELS: [f64; 5] = [20.0, 40.0, 60.0, 80.0, 100.0];

/// Sizes of a radar chart; the centre is the middle of the viewBox.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RadarLayout {
    /// Width of the viewBox, including room for labels at the sides.
    pub width: f64,
    /// Height of the viewBox, including room for labels above and below.
    pub height: f64,
    /// Radius of the 100 ring.
    pub radius: f64,
    /// Distance from an axis end to its label anchor.
    pub label_gap: f64,
}

impl Default for RadarLayout {
    fn default() -> Self {
        RadarLayout {
            width: 520.0,
            height: 420.0,
            radius: 150.0,
            label_gap: 14.0,
        }
    }
}

/// A computed radar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    /// The coordinate system everything below is in.
    pub view_box: ViewBox,
    /// The centre of the chart.
    pub center: Point,
    /// The radius of the 100 ring.
    pub radius: f64,
    /// One entry per drawn axis, in input order.
    pub axes: Vec<RadarAxis>,
    /// Grid rings at [`RADAR_RING_LEVELS`], innermost first.
    pub rings: Vec<RadarRing>,
    /// The closed data polygon (`<path d>`); empty when there are no axes.
    pub data_path: String,
}

/// One axis (dimension) of a radar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    /// Position of this axis in the input list.
    pub index: usize,
    /// Screen angle in degrees from straight up, positive clockwise (negative in RTL).
    pub angle_deg: f64,
    /// The end of the axis line, on the 100 ring.
    pub end: Point,
    /// The score clamped to 0–100, or `None` when it was missing or not a number.
    pub value: Option<f64>,
    /// The data point; a missing value is drawn at the centre.
    pub point: Point,
    /// True when the value was missing, so the UI can mark the point as "not enough answers".
    pub missing: bool,
    /// Where the axis label goes, just outside the axis end.
    pub label: Point,
    /// How the label text sits horizontally on `label` (see [`TextAnchor::svg_anchor`]).
    pub anchor: TextAnchor,
    /// How the label text sits vertically on `label`.
    pub baseline: VAnchor,
}

/// A grid ring of a radar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarRing {
    /// The score this ring marks (20, 40, … 100).
    pub level: f64,
    /// The closed polygon through every axis at this level.
    pub path: String,
}

/// Lays out a radar chart for scores in `0..=100` (`None` = not enough answers).
///
/// The first axis points straight up; the others follow clockwise in LTR and
/// counter-clockwise in RTL, so the reading order mirrors. Only the first
/// [`RADAR_MAX_AXES`] values are drawn; fewer than three still lay out (as a
/// line or a point) without failing. Scores are clamped to 0–100, and NaN or
/// infinite scores count as missing.
///
/// Labels: write `<text x y text-anchor={axis.anchor.svg_anchor(dir)}
/// dominant-baseline={axis.baseline.svg_baseline()}>` with `dir` being the
/// direction the svg is rendered in; text then grows away from the chart.
pub fn radar(values: &[Option<f64>], dir: Dir, layout: &RadarLayout) -> Radar {
    let d = RadarLayout::default();
    let width = extent(layout.width, d.width);
    let height = extent(layout.height, d.height);
    let radius = extent(layout.radius, d.radius);
    let gap = extent(layout.label_gap, d.label_gap);
    let (cx, cy) = (width / 2.0, height / 2.0);

    let values = &values[..values.len().min(RADAR_MAX_AXES)];
    let n = values.len();
    let turn = match dir {
        Dir::Ltr => 1.0,
        Dir::Rtl => -1.0,
    };
    let angles: Vec<f64> = (0..n)
        .map(|i| turn * std::f64::consts::TAU * i as f64 / n as f64)
        .collect();
    let at = |angle: f64, r: f64| Point::new(cx + r * angle.sin(), cy - r * angle.cos());

    let label_r = radius + gap;
    let axes: Vec<RadarAxis> = values
        .iter()
        .zip(&angles)
        .enumerate()
        .map(|(index, (raw, &angle))| {
            let value = raw.and_then(percent);
            let (sin, cos) = (angle.sin(), angle.cos());
            RadarAxis {
                index,
                angle_deg: round2(angle.to_degrees()),
                end: at(angle, radius),
                value,
                point: at(angle, radius * value.unwrap_or(0.0) / 100.0),
                missing: value.is_none(),
                label: at(angle, label_r),
                anchor: if sin.abs() < 0.1 {
                    TextAnchor::Middle
                } else if sin > 0.0 {
                    TextAnchor::Start
                } else {
                    TextAnchor::End
                },
                baseline: if cos > 0.5 {
                    VAnchor::Bottom
                } else if cos < -0.5 {
                    VAnchor::Top
                } else {
                    VAnchor::Middle
                },
            }
        })
        .collect();

    let rings = RADAR_RING_LEVELS
        .iter()
        .map(|&level| {
            let ring: Vec<Point> = angles
                .iter()
                .map(|&a| at(a, radius * level / 100.0))
                .collect();
            RadarRing {
                level,
                path: polygon_path(&ring),
            }
        })
        .collect();
    let data: Vec<Point> = axes.iter().map(|a| a.point).collect();

    Radar {
        view_box: ViewBox {
            width: round2(width),
            height: round2(height),
        },
        center: Point::new(cx, cy),
        radius: round2(radius),
        axes,
        rings,
        data_path: polygon_path(&data),
    }
}
