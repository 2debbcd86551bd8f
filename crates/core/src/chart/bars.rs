//! Horizontal bar chart of scores out of 100, one row per dimension.

use super::{extent, percent, round2, Point, Rect, TextAnchor, VAnchor, ViewBox};
use crate::i18n::Dir;

/// Sizes of a horizontal bar chart.
///
/// A row is, from the inline-start side: the label column, a gap, then the
/// 0–100 track running to the far padding.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BarLayout {
    /// Width of the viewBox.
    pub width: f64,
    /// Empty space on every side of the chart.
    pub padding: f64,
    /// Width of the label column on the inline-start side.
    pub label_width: f64,
    /// Space between the label column and the track.
    pub label_gap: f64,
    /// Height of each bar and its track.
    pub bar_height: f64,
    /// Vertical space between rows.
    pub row_gap: f64,
    /// Space between a bar's end and its value text.
    pub value_gap: f64,
    /// Room the value text needs; when less is left after the bar, the text goes inside it.
    pub value_text_width: f64,
}

impl Default for BarLayout {
    fn default() -> Self {
        BarLayout {
            width: 480.0,
            padding: 8.0,
            label_width: 160.0,
            label_gap: 8.0,
            bar_height: 18.0,
            row_gap: 10.0,
            value_gap: 6.0,
            value_text_width: 40.0,
        }
    }
}

/// A computed bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// The coordinate system everything below is in; the height fits the rows.
    pub view_box: ViewBox,
    /// The widest a label may be before the UI should shorten it.
    pub label_max_width: f64,
    /// One bar per input row, in input order.
    pub bars: Vec<Bar>,
}

/// One row of a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The caller's key for this row (a dimension id).
    pub key: String,
    /// The value clamped to 0–100, or `None` when missing or not a number.
    pub value: Option<f64>,
    /// The full 0–100 background rectangle.
    pub track: Rect,
    /// The value rectangle, growing from the track's inline-start end (zero width when missing).
    pub bar: Rect,
    /// Where the row's label goes, at the inline-start edge, vertically centred.
    pub label: Point,
    /// How the label sits on `label`; its `svg_anchor` is `"start"` in both directions.
    pub label_anchor: TextAnchor,
    /// Where the value text goes: just past the bar's end, or just inside it.
    pub value_pos: Point,
    /// How the value text sits on `value_pos`.
    pub value_anchor: TextAnchor,
    /// True when the value text is inside the bar (draw it in a contrasting colour).
    pub value_inside: bool,
    /// Vertical anchoring for both texts (centred on the row).
    pub baseline: VAnchor,
}

/// Lays out horizontal bars for `(key, value out of 100)` rows, in the order
/// given (the caller sorts).
///
/// Bars grow from the inline-start side: from the left in LTR, from the right
/// in RTL. Values are clamped to 0–100; NaN or infinite values count as missing.
/// Write text anchors with [`TextAnchor::svg_anchor`] and the svg's direction.
pub fn bar_chart(rows: &[(String, Option<f64>)], dir: Dir, layout: &BarLayout) -> BarChart {
    let d = BarLayout::default();
    let width = extent(layout.width, d.width);
    let padding = extent(layout.padding, d.padding);
    let label_width = extent(layout.label_width, d.label_width);
    let label_gap = extent(layout.label_gap, d.label_gap);
    let bar_height = extent(layout.bar_height, d.bar_height);
    let row_gap = extent(layout.row_gap, d.row_gap);
    let value_gap = extent(layout.value_gap, d.value_gap);
    let value_text_width = extent(layout.value_text_width, d.value_text_width);

    // Geometry is worked out left-to-right, then mirrored for RTL.
    let track_x = padding + label_width + label_gap;
    let track_width = (width - padding - track_x).max(0.0);
    let track_end = track_x + track_width;
    let mirror_x = |x: f64| match dir {
        Dir::Ltr => x,
        Dir::Rtl => width - x,
    };
    let rect = |x: f64, y: f64, w: f64, h: f64| match dir {
        Dir::Ltr => Rect::new(x, y, w, h),
        Dir::Rtl => Rect::new(width - x - w, y, w, h),
    };
    let anchor = |a: TextAnchor| match dir {
        Dir::Ltr => a,
        Dir::Rtl => a.mirrored(),
    };

    let bars: Vec<Bar> = rows
        .iter()
        .enumerate()
        .map(|(i, (key, raw))| {
            let value = raw.and_then(percent);
            let y = padding + i as f64 * (bar_height + row_gap);
            let mid = y + bar_height / 2.0;
            let bar_width = track_width * value.unwrap_or(0.0) / 100.0;
            let bar_end = track_x + bar_width;
            let inside = value.is_some() && track_end - bar_end < value_gap + value_text_width;
            let (value_x, value_anchor) = if inside {
                (bar_end - value_gap, TextAnchor::End)
            } else {
                (bar_end + value_gap, TextAnchor::Start)
            };
            Bar {
                key: key.clone(),
                value,
                track: rect(track_x, y, track_width, bar_height),
                bar: rect(track_x, y, bar_width, bar_height),
                label: Point::new(mirror_x(padding), mid),
                label_anchor: anchor(TextAnchor::Start),
                value_pos: Point::new(mirror_x(value_x), mid),
                value_anchor: anchor(value_anchor),
                value_inside: inside,
                baseline: VAnchor::Middle,
            }
        })
        .collect();

    let n = rows.len() as f64;
    let height = 2.0 * padding + n * bar_height + (n - 1.0).max(0.0) * row_gap;
    BarChart {
        view_box: ViewBox {
            width: round2(width),
            height: round2(height),
        },
        label_max_width: round2(label_width),
        bars,
    }
}
