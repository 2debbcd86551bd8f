//! The ABC Pareto curve: accounts from largest to smallest against the
//! cumulative share of the ABC basis (revenue or profit), with the A and B
//! cut-offs, and the same numbers as a table.

use kilit_core::accounts::{Abc, AbcBasis};
use kilit_core::chart::{fmt_num, pareto, AbcCutoffs, PlotLayout, TextAnchor};
use kilit_core::i18n::{fill, Dir, Msg};
use yew::prelude::*;

use super::View as Ctx;
use crate::platform::intl;

/// How many rows the data table lists (the largest accounts).
const TABLE_ROWS: usize = 100;

pub(crate) fn view(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let dir = l.dir();
    let used = &ctx.analysis.settings_used;
    let basis = used.abc_basis;
    // Largest first, ties by id, as the ABC rule orders them.
    let mut order: Vec<(usize, f64)> = ctx
        .analysis
        .accounts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let v = match basis {
                AbcBasis::Revenue => a.revenue,
                AbcBasis::Profit => a.profit,
            };
            (i, v.filter(|v| v.is_finite()).unwrap_or(0.0))
        })
        .collect();
    order.sort_by(|a, b| {
        b.1.total_cmp(&a.1).then_with(|| ctx.analysis.accounts[a.0].id.cmp(&ctx.analysis.accounts[b.0].id))
    });
    let values: Vec<f64> = order.iter().map(|(_, v)| *v).collect();
    let chart = pareto(&values, AbcCutoffs { a: used.abc_a / 100.0, b: used.abc_b / 100.0 }, dir, &PlotLayout::default());
    let total: f64 = values.iter().filter(|v| **v > 0.0).sum();
    let y_label = match basis {
        AbcBasis::Revenue => Msg::ParetoYRevenue,
        AbcBasis::Profit => Msg::ParetoYProfit,
    };
    let n = |v: f64| fmt_num(v);
    let pct = |share: f64| intl::percent(l, share * 100.0);
    let plot = chart.plot;
    let cutoff_text = |i: usize, class: &str| {
        let c = &chart.cutoffs[i];
        fill(
            Msg::ParetoCutoff.text(l),
            &[
                ("class", class),
                ("pct", pct(c.share).as_str()),
                ("n", intl::number(l, c.accounts.unwrap_or(0) as f64, 0).as_str()),
            ],
        )
    };
    // Cut-off labels sit inside the plot on the side the curve leaves empty
    // (right in LTR, left in RTL), running towards the plot's middle.
    let (label_x, anchor) = match dir {
        Dir::Ltr => (plot.right() - 4.0, TextAnchor::End.svg_anchor(dir)),
        Dir::Rtl => (plot.x + 4.0, TextAnchor::Start.svg_anchor(dir)),
    };
    let mut running = 0.0;
    html! {
        <figure class="pareto keep-together">
            <figcaption id="pareto-title">{ Msg::ParetoTitle.text(l) }</figcaption>
            <p class="muted" id="pareto-hint">{ Msg::ParetoHint.text(l) }</p>
            <svg class="chart pareto-chart" viewBox={chart.view_box.attr()} role="img"
                 aria-labelledby="pareto-title" aria-describedby="pareto-hint">
                <rect class="plot-area" x={n(plot.x)} y={n(plot.y)} width={n(plot.width)} height={n(plot.height)} />
                <g class="ticks" aria-hidden="true">
                    for t in chart.x_ticks.iter() {
                        <text x={n(t.pos)} y={n(plot.bottom() + 16.0)} text-anchor="middle">{ pct(t.value / 100.0) }</text>
                    }
                    for t in chart.y_ticks.iter() {
                        <text x={n(if dir == Dir::Ltr { plot.x - 6.0 } else { plot.right() + 6.0 })} y={n(t.pos)}
                              text-anchor="end" dominant-baseline="middle">{ pct(t.value / 100.0) }</text>
                    }
                    <text class="axis-label" x={n(plot.x + plot.width / 2.0)} y={n(plot.bottom() + 36.0)} text-anchor="middle">
                        { Msg::ParetoXAxis.text(l) }
                    </text>
                </g>
                for (i, class) in ["A", "B"].into_iter().enumerate() {
                    <line class="cutoff" x1={n(plot.x)} x2={n(plot.right())} y1={n(chart.cutoffs[i].y)} y2={n(chart.cutoffs[i].y)} />
                    <text class="cutoff-label" x={n(label_x)} y={n(chart.cutoffs[i].y + 14.0)} text-anchor={anchor}>
                        { cutoff_text(i, class) }
                    </text>
                    if let Some(x) = chart.cutoffs[i].crossing_x {
                        <circle class="crossing" cx={n(x)} cy={n(chart.cutoffs[i].y)} r="4" />
                    }
                }
                <path class="curve" d={chart.path.clone()} />
            </svg>
            <p class="muted">{ y_label.text(l) }</p>
            <details class="chart-data">
                <summary>{ Msg::ChartData.text(l) }</summary>
                <table class="data-table" id="pareto-table">
                    <caption>{ fill(Msg::ParetoFirstRows.text(l), &[("n", intl::number(l, order.len().min(TABLE_ROWS) as f64, 0).as_str())]) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            <th scope="col">{ kilit_core::accounts::AccountsMsg::FieldName.text(l) }</th>
                            <th scope="col">{ Msg::ParetoShare.text(l) }</th>
                            <th scope="col">{ Msg::ParetoCumulative.text(l) }</th>
                            <th scope="col">{ Msg::ParetoClass.text(l) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for (rank, (i, v)) in order.iter().take(TABLE_ROWS).enumerate() {
                            {{
                                let share = if total > 0.0 && *v > 0.0 { v / total } else { 0.0 };
                                running += share;
                                let class = ctx.analysis.accounts[*i].abc.map(Abc::letter).unwrap_or("–");
                                html! {
                                    <tr>
                                        <td class="num">{ intl::number(l, (rank + 1) as f64, 0) }</td>
                                        <th scope="row">{ ctx.name(*i).to_string() }</th>
                                        <td class="num">{ intl::percent(l, share * 100.0) }</td>
                                        <td class="num">{ intl::percent(l, running * 100.0) }</td>
                                        <td>{ class }</td>
                                    </tr>
                                }
                            }}
                        }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
