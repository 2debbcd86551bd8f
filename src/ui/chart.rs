//! SVG charts drawn from the core's chart geometry. The charts are pictures
//! (`role="img"` with a label); the numbers they show are also in a data
//! table next to them for screen readers and print.

use kilit_core::chart::{bar_chart, fmt_num, radar, BarLayout, RadarLayout};
use kilit_core::i18n::Dir;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    /// Short axis labels (numbers keyed to the table).
    pub labels: Vec<String>,
    pub values: Vec<Option<f64>>,
    pub dir: Dir,
    /// Accessible name of the picture.
    pub title: AttrValue,
}

#[component]
pub fn RadarChart(props: &RadarProps) -> Html {
    let chart = radar(&props.values, props.dir, &RadarLayout::default());
    let n = |v: f64| fmt_num(v);
    html! {
        <svg class="chart radar" viewBox={chart.view_box.attr()} role="img" aria-label={props.title.clone()}
             preserveAspectRatio="xMidYMid meet">
            <g class="grid">
                for ring in chart.rings.iter() {
                    <path d={ring.path.clone()} class="ring" />
                }
                for axis in chart.axes.iter() {
                    <line x1={n(chart.center.x)} y1={n(chart.center.y)} x2={n(axis.end.x)} y2={n(axis.end.y)} class="axis" />
                }
            </g>
            <path d={chart.data_path.clone()} class="data" />
            for axis in chart.axes.iter() {
                <circle cx={n(axis.point.x)} cy={n(axis.point.y)} r="4"
                        class={if axis.missing { "point missing" } else { "point" }} />
                <text x={n(axis.label.x)} y={n(axis.label.y)} text-anchor={axis.anchor.svg_anchor(props.dir)}
                      dominant-baseline={axis.baseline.svg_baseline()} class="label">
                    { props.labels.get(axis.index).cloned().unwrap_or_default() }
                </text>
            }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct BarsProps {
    /// `(label, value out of 100)` rows in the order to draw them.
    pub rows: Vec<(String, Option<f64>)>,
    /// The value of each row as it should read (formatted for the locale,
    /// or "not enough answers").
    pub value_labels: Vec<String>,
    pub dir: Dir,
    pub title: AttrValue,
}

#[component]
pub fn BarsChart(props: &BarsProps) -> Html {
    let layout = BarLayout { width: 640.0, label_width: 260.0, ..BarLayout::default() };
    let chart = bar_chart(&props.rows, props.dir, &layout);
    let n = |v: f64| fmt_num(v);
    // About 6.5 user units per character at the chart's font size.
    let max_chars = (chart.label_max_width / 6.5).max(8.0) as usize;
    html! {
        <svg class="chart bars" viewBox={chart.view_box.attr()} role="img" aria-label={props.title.clone()}>
            for (i, bar) in chart.bars.iter().enumerate() {
                <g class="bar-row">
                    <rect class="track" x={n(bar.track.x)} y={n(bar.track.y)} width={n(bar.track.width)} height={n(bar.track.height)} rx="3" />
                    <rect class="bar" x={n(bar.bar.x)} y={n(bar.bar.y)} width={n(bar.bar.width)} height={n(bar.bar.height)} rx="3" />
                    <text class="label" x={n(bar.label.x)} y={n(bar.label.y)} text-anchor={bar.label_anchor.svg_anchor(props.dir)}
                          dominant-baseline={bar.baseline.svg_baseline()}>{ shorten(&bar.key, max_chars) }</text>
                    <text class={if bar.value_inside { "value inside" } else { "value" }}
                          x={n(bar.value_pos.x)} y={n(bar.value_pos.y)} text-anchor={bar.value_anchor.svg_anchor(props.dir)}
                          dominant-baseline={bar.baseline.svg_baseline()}>
                        { props.value_labels.get(i).cloned().unwrap_or_default() }
                    </text>
                </g>
            }
        </svg>
    }
}

/// Cuts `s` to at most `max` characters, ending with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}
