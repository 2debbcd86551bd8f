//! The portfolio bubble chart: attractiveness up, our strength towards the
//! inline end, bubble area in proportion to revenue, quadrants shaded. The
//! bubbles are one tab stop (roving tabindex); the arrow keys move to the
//! nearest bubble in that direction and the focused one is described below
//! the chart. The same numbers are in a table under it.

use kilit_core::accounts::Quadrant as Q;
use kilit_core::chart::{bubble_chart, fmt_num, ArrowKey, BubbleInput, BubbleLayout, Quadrant, Splits};
use kilit_core::i18n::{fill, Dir, Msg};
use yew::prelude::*;

use super::View as Ctx;
use crate::platform::{self, intl};

/// One account as the chart shows it.
#[derive(Clone, PartialEq)]
pub(crate) struct Point {
    pub id: String,
    pub attractiveness: f64,
    pub strength: f64,
    pub revenue: f64,
    /// The accessible name and the details line.
    pub label: String,
    pub name: String,
    pub quadrant: String,
    pub cells: [String; 3],
}

fn quadrant(q: Quadrant) -> Q {
    match q {
        Quadrant::Strategic => Q::Strategic,
        Quadrant::Develop => Q::Star,
        Quadrant::Maintain => Q::Status,
        Quadrant::Streamline => Q::Streamline,
    }
}

/// Most bubbles drawn: beyond a few hundred the chart is a blot, each
/// bubble is a tab stop candidate and the SVG costs more than the table.
pub(crate) const CHART_MAX: usize = 200;

/// The accounts the chart draws: all of them up to [`CHART_MAX`], else the
/// shortlist, the near misses and the best-ranked up to that many.
fn charted(ctx: &Ctx) -> (Vec<usize>, bool) {
    let a = ctx.analysis;
    if a.accounts.len() <= CHART_MAX {
        return ((0..a.accounts.len()).collect(), false);
    }
    let mut keep = vec![false; a.accounts.len()];
    let list = &a.shortlist;
    for e in list.entries.iter().chain(list.near_misses.iter()) {
        if let Some(k) = keep.get_mut(e.index as usize) {
            *k = true;
        }
    }
    let mut count = keep.iter().filter(|k| **k).count();
    for &i in &a.ranking {
        if count >= CHART_MAX {
            break;
        }
        if !keep[i as usize] {
            keep[i as usize] = true;
            count += 1;
        }
    }
    ((0..keep.len()).filter(|&i| keep[i]).collect(), true)
}

pub(crate) fn view(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let mut points = Vec::new();
    let mut missing = Vec::new();
    let (indices, sampled) = charted(ctx);
    for i in indices {
        let Some(r) = ctx.analysis.accounts.get(i) else { continue };
        let name = ctx.name(i).to_string();
        match (r.attractiveness, r.strength) {
            (Some(a), Some(s)) => {
                let revenue = r.revenue.unwrap_or(0.0);
                let cells = [intl::number(l, a, 1), intl::number(l, s, 1), intl::number(l, revenue, 0)];
                let label = fill(
                    Msg::ChartPoint.text(l),
                    &[("name", name.as_str()), ("a", &cells[0]), ("s", &cells[1]), ("r", &cells[2])],
                );
                points.push(Point {
                    id: r.id.0.to_string(),
                    attractiveness: a,
                    strength: s,
                    revenue,
                    label,
                    name,
                    quadrant: r.quadrant.map(|q| q.label(l)).unwrap_or("–").to_string(),
                    cells,
                });
            }
            _ => missing.push(name),
        }
    }
    let used = &ctx.analysis.settings_used;
    let splits = Splits { x: used.strength_split, y: used.attractiveness_split };
    let quadrant_labels: Vec<(Quadrant, String)> =
        Quadrant::ALL.into_iter().map(|q| (q, quadrant(q).label(l).to_string())).collect();
    use kilit_core::accounts::AccountsMsg as A;
    html! {
        <figure class="portfolio keep-together">
            <figcaption id="bubble-title">{ Msg::ChartTitle.text(l) }</figcaption>
            <p class="muted" id="bubble-hint">{ Msg::ChartHint.text(l) }</p>
            <BubbleChart points={points.clone()} {splits} dir={l.dir()} quadrants={quadrant_labels}
                         x_label={AttrValue::from(Msg::ColStrength.text(l))}
                         y_label={AttrValue::from(Msg::ColAttractiveness.text(l))}
                         tick_labels={[0.0, 25.0, 50.0, 75.0, 100.0].map(|v| intl::number(l, v, 0)).to_vec()} />
            if sampled {
                <p class="muted" id="chart-sample">{ fill(kilit_core::accounts::WorkbenchMsg::ChartSample.text(l), &[
                    ("shown", &intl::number(l, points.len() as f64, 0)),
                    ("n", &intl::number(l, ctx.analysis.totals.scored as f64, 0)),
                ]) }</p>
            }
            if !missing.is_empty() {
                <p class="muted">{ fill(Msg::NotOnChart.text(l), &[("n", &missing.join(", "))]) }</p>
            }
            <details class="chart-data">
                <summary>{ Msg::ChartData.text(l) }</summary>
                <table class="data-table" id="bubble-table">
                    <thead>
                        <tr>
                            <th scope="col">{ A::FieldName.text(l) }</th>
                            <th scope="col">{ Msg::ColAttractiveness.text(l) }</th>
                            <th scope="col">{ Msg::ColStrength.text(l) }</th>
                            <th scope="col">{ A::FieldRevenue.text(l) }</th>
                            <th scope="col">{ Msg::ColQuadrant.text(l) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for p in points.iter() {
                            <tr>
                                <th scope="row">{ p.name.clone() }</th>
                                <td class="num">{ p.cells[0].clone() }</td>
                                <td class="num">{ p.cells[1].clone() }</td>
                                <td class="num">{ p.cells[2].clone() }</td>
                                <td>{ p.quadrant.clone() }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct BubbleProps {
    pub points: Vec<Point>,
    pub splits: Splits,
    pub dir: Dir,
    pub quadrants: Vec<(Quadrant, String)>,
    pub x_label: AttrValue,
    pub y_label: AttrValue,
    /// The axis tick values (0, 25, 50, 75, 100) written in the locale's digits.
    pub tick_labels: Vec<String>,
}

fn arrow(key: &str) -> Option<ArrowKey> {
    match key {
        "ArrowUp" => Some(ArrowKey::Up),
        "ArrowDown" => Some(ArrowKey::Down),
        "ArrowLeft" => Some(ArrowKey::Left),
        "ArrowRight" => Some(ArrowKey::Right),
        _ => None,
    }
}

fn quadrant_class(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Strategic => "q-strategic",
        Quadrant::Develop => "q-star",
        Quadrant::Maintain => "q-status",
        Quadrant::Streamline => "q-streamline",
    }
}

#[component]
pub(crate) fn BubbleChart(props: &BubbleProps) -> Html {
    // The focused account, by id, so it stays focused when the ranking moves.
    let focused = use_state(|| None::<String>);
    let moved_by_key = use_mut_ref(|| false);
    let inputs: Vec<BubbleInput> = props
        .points
        .iter()
        .map(|p| BubbleInput { id: p.id.clone(), x: p.strength, y: p.attractiveness, size: p.revenue })
        .collect();
    let layout = BubbleLayout::default();
    let chart = bubble_chart(&inputs, props.splits, props.dir, &layout);
    let current = focused
        .as_ref()
        .and_then(|id| chart.points.iter().position(|b| &b.id == id))
        .unwrap_or(0);

    {
        let moved = moved_by_key.clone();
        use_effect_with((*focused).clone(), move |id| {
            if std::mem::replace(&mut *moved.borrow_mut(), false) {
                if let Some(id) = id {
                    platform::focus(&format!("bubble-{id}"));
                }
            }
        });
    }

    let n = |v: f64| fmt_num(v);
    let details = chart
        .points
        .get(current)
        .and_then(|b| props.points.get(b.index))
        .map(|p| format!("{} — {}", p.label, p.quadrant))
        .unwrap_or_default();
    let plot = chart.plot;
    let (y_label_x, x_label_y) = match props.dir {
        Dir::Ltr => (plot.x - 40.0, plot.bottom() + 38.0),
        Dir::Rtl => (plot.right() + 40.0, plot.bottom() + 38.0),
    };
    html! {
        <div class="bubble-wrap">
            <svg class="chart bubble" viewBox={chart.view_box.attr()} role="group"
                 aria-labelledby="bubble-title" aria-describedby="bubble-hint">
                for area in chart.quadrants.iter() {
                    <rect class={classes!("quadrant", quadrant_class(area.quadrant))} x={n(area.rect.x)} y={n(area.rect.y)}
                          width={n(area.rect.width)} height={n(area.rect.height)} />
                }
                for area in chart.quadrants.iter() {
                    <text class="quadrant-label" x={n(area.rect.x + area.rect.width / 2.0)} y={n(area.rect.y + 16.0)}
                          text-anchor="middle" aria-hidden="true">
                        { props.quadrants.iter().find(|(q, _)| *q == area.quadrant).map(|(_, s)| s.clone()).unwrap_or_default() }
                    </text>
                }
                <line class="split" x1={n(chart.split_x)} x2={n(chart.split_x)} y1={n(plot.y)} y2={n(plot.bottom())} />
                <line class="split" x1={n(plot.x)} x2={n(plot.right())} y1={n(chart.split_y)} y2={n(chart.split_y)} />
                <g aria-hidden="true" class="ticks">
                    for (i, t) in chart.x_ticks.iter().enumerate() {
                        <text x={n(t.pos)} y={n(plot.bottom() + 16.0)} text-anchor="middle">{ props.tick_labels.get(i).cloned().unwrap_or_default() }</text>
                    }
                    for (i, t) in chart.y_ticks.iter().enumerate() {
                        <text x={n(if props.dir == Dir::Ltr { plot.x - 6.0 } else { plot.right() + 6.0 })} y={n(t.pos)}
                              text-anchor="end" dominant-baseline="middle">{ props.tick_labels.get(i).cloned().unwrap_or_default() }</text>
                    }
                    <text class="axis-label" x={n(plot.x + plot.width / 2.0)} y={n(x_label_y)} text-anchor="middle">
                        { props.x_label.to_string() }{ if props.dir == Dir::Ltr { " →" } else { " ←" } }
                    </text>
                    <text class="axis-label" x={n(y_label_x)} y={n(plot.y + plot.height / 2.0)} text-anchor="middle"
                          transform={format!("rotate(-90 {} {})", n(y_label_x), n(plot.y + plot.height / 2.0))}>
                        { props.y_label.to_string() }{ " →" }
                    </text>
                </g>
                for &k in chart.paint_order.iter() {
                    { bubble(&chart, &props.points, k, current, &focused, &moved_by_key) }
                }
            </svg>
            <p class="point-details" id="bubble-details" aria-live="polite">{ details }</p>
        </div>
    }
}

fn bubble(
    chart: &kilit_core::chart::BubbleChart,
    points: &[Point],
    k: usize,
    current: usize,
    focused: &UseStateHandle<Option<String>>,
    moved: &std::rc::Rc<std::cell::RefCell<bool>>,
) -> Html {
    let Some(b) = chart.points.get(k) else { return html! {} };
    let label = points.get(b.index).map(|p| p.label.clone()).unwrap_or_default();
    let onkeydown = {
        let (focused, moved) = (focused.clone(), moved.clone());
        let next: Vec<(ArrowKey, Option<String>)> = [ArrowKey::Up, ArrowKey::Down, ArrowKey::Left, ArrowKey::Right]
            .into_iter()
            .map(|a| (a, chart.nearest_in_direction(k, a).and_then(|j| chart.points.get(j)).map(|p| p.id.clone())))
            .collect();
        Callback::from(move |e: KeyboardEvent| {
            let Some(key) = arrow(&e.key()) else { return };
            e.prevent_default();
            if let Some((_, Some(id))) = next.iter().find(|(a, _)| *a == key) {
                *moved.borrow_mut() = true;
                focused.set(Some(id.clone()));
            }
        })
    };
    let onfocus = {
        let (focused, id) = (focused.clone(), b.id.clone());
        Callback::from(move |_: FocusEvent| {
            if focused.as_deref() != Some(id.as_str()) {
                focused.set(Some(id.clone()));
            }
        })
    };
    html! {
        <circle id={format!("bubble-{}", b.id)} data-account={b.id.clone()}
                class={classes!("bubble", quadrant_class(b.quadrant), (k == current).then_some("current"))}
                cx={fmt_num(b.cx)} cy={fmt_num(b.cy)} r={fmt_num(b.r)}
                tabindex={if k == current { "0" } else { "-1" }} role="img" aria-label={label}
                {onkeydown} {onfocus} />
    }
}
