//! The printable report (`#/report`), the read-only view of a shared link
//! (`#/share/…`) and the "Share and export" panel. The report's parts are
//! plain functions of data (no state, no callbacks), so the report and the
//! shared view draw the same thing and nothing in either can be edited.

mod panel;
mod shared;

use kilit_core::accounts::{analyse, Abc, Analysis, Checklist, Portfolio, Quadrant as Q, Xyz};
use kilit_core::assessment::{score, ActionPlan, Answers, Instrument, Term};
use kilit_core::chart::{bubble_chart, fmt_num, BubbleInput, BubbleLayout, Quadrant, Splits};
use kilit_core::i18n::{fill, Dir, Locale, Msg, ShareMsg as S};
use kilit_core::persist::SharedAccount;
use kilit_core::route::{AssessmentPage, Route};
use yew::prelude::*;

pub use panel::SharePanel;
pub use shared::SharedView;

use crate::platform::{download, intl};
use crate::state::{AppHandle, AppState, CatalogStatus};
use crate::ui::assessment::results::{chart_inputs, ChartInputs};
use crate::ui::chart::{BarsChart, RadarChart};

/// The open workspace's name, shown by the report and used in export file
/// names.
pub(crate) fn workspace_name(app: &AppState) -> Option<String> {
    Some(app.persist.name(app.locale))
}

#[component]
pub fn Report() -> Html {
    let Some(app) = use_context::<AppHandle>() else { return html! {} };
    let l = app.locale;
    let print = Callback::from(|_: MouseEvent| download::print());
    let today = intl::date(l, &intl::today_iso());
    let assessment = match app.catalog.status {
        CatalogStatus::Ready => {
            let current = &app.assessment.current;
            assessment_part(l, app.catalog.get(current), app.assessment.answers(), app.assessment.plans.get(current))
        }
        CatalogStatus::Failed => html! {
            <section class="report-part" aria-labelledby="report-assessment">
                <h2 id="report-assessment">{ S::ReportAssessment.text(l) }</h2>
                <p class="notice error">{ Msg::InstrumentsLoadFailed.text(l) }</p>
            </section>
        },
        CatalogStatus::NotLoaded | CatalogStatus::Loading => html! {
            <section class="report-part" aria-labelledby="report-assessment" aria-busy="true">
                <h2 id="report-assessment">{ S::ReportAssessment.text(l) }</h2>
                <p role="status">{ Msg::InstrumentsLoading.text(l) }</p>
            </section>
        },
    };
    let accounts = accounts_part(l, &app.accounts.portfolio, &app.checklist, None);
    html! {
        <section class="report" aria-labelledby="page-title">
            <div class="report-head">
                <h1 id="page-title" tabindex="-1">{ S::ReportTitle.text(l) }</h1>
                if let Some(name) = workspace_name(&app) {
                    <p class="report-name">{ fill(S::ReportWorkspace.text(l), &[("name", &name)]) }</p>
                }
                <p class="muted" id="report-generated">{ fill(S::ReportGenerated.text(l), &[("date", &today)]) }</p>
                <button type="button" class="button primary no-print" id="print" onclick={print}>{ S::Print.text(l) }</button>
            </div>
            <SharePanel />
            { assessment }
            { accounts }
        </section>
    }
}

/// The assessment's results, charts and plan; a short note when nothing
/// was answered.
pub(crate) fn assessment_part(l: Locale, instrument: Option<&Instrument>, answers: &Answers, plan: Option<&ActionPlan>) -> Html {
    let heading = html! { <h2 id="report-assessment">{ S::ReportAssessment.text(l) }</h2> };
    let Some(inst) = instrument.filter(|_| !answers.is_empty()) else {
        return html! {
            <section class="report-part" aria-labelledby="report-assessment" id="report-assessment-part">
                { heading }
                <p class="notice empty-part">{ S::ReportNoAnswers.text(l) }</p>
                <p class="no-print"><a href={Route::Assessment(AssessmentPage::Questions).to_fragment()}>{ S::GoToAssessment.text(l) }</a></p>
            </section>
        };
    };
    let results = score(inst, answers);
    let plan = plan.cloned().unwrap_or_else(|| ActionPlan::suggested(&results.suggested_actions));
    let num = |v: f64| intl::number(l, v, 0);
    let dim_title = |id: &str| inst.dimension(id).map(|d| d.title(l).to_string()).unwrap_or_else(|| id.to_string());
    let band_title = |id: &str| inst.band(id).map(|b| b.title(l).to_string()).unwrap_or_default();
    let dir = l.dir();
    let ChartInputs { radar_labels, radar_values, bar_rows, bar_values } = chart_inputs(inst, &results, l);
    let overall = match &results.overall {
        Some(o) => html! {
            <p class="report-score" id="report-overall">
                { Msg::OverallIndex.text(l) }{ ": " }
                <strong class="score-value" data-score={o.score.to_string()}>{ num(f64::from(o.score)) }</strong>
                { "/" }{ num(100.0) }{ " · " }{ Msg::MaturityLevel.text(l) }{ ": " }
                <strong data-band={o.band.clone()}>{ band_title(&o.band) }</strong>
            </p>
        },
        None => html! { <p class="report-score" id="report-overall">{ Msg::OverallIndex.text(l) }{ ": " }{ Msg::NoScoreYet.text(l) }</p> },
    };
    let completion = fill(
        Msg::AnsweredCount.text(l),
        &[("n", &num(results.answered as f64)), ("total", &num(results.total as f64))],
    );
    html! {
        <section class="report-part" aria-labelledby="report-assessment" id="report-assessment-part">
            { heading }
            <p class="lead">{ inst.title(l) }</p>
            <div class="keep-together">
                { overall }
                <p class="muted">{ Msg::Completion.text(l) }{ ": " }{ intl::percent(l, f64::from(results.completion)) }{ " · " }{ completion }</p>
            </div>
            <div class="chart-grid">
                <figure class="keep-together">
                    <figcaption>{ Msg::RadarChartTitle.text(l) }</figcaption>
                    <RadarChart labels={radar_labels} values={radar_values} {dir} title={AttrValue::from(Msg::RadarChartTitle.text(l))} />
                </figure>
                <figure class="keep-together">
                    <figcaption>{ Msg::BarChartTitle.text(l) }</figcaption>
                    <BarsChart rows={bar_rows} value_labels={bar_values} {dir} title={AttrValue::from(Msg::BarChartTitle.text(l))} />
                </figure>
            </div>
            <table class="data-table keep-together" id="report-scores">
                <caption>{ Msg::DimensionScores.text(l) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ Msg::TableArea.text(l) }</th>
                        <th scope="col">{ Msg::TableScore.text(l) }</th>
                        <th scope="col">{ Msg::TableLevel.text(l) }</th>
                    </tr>
                </thead>
                <tbody>
                    for (i, d) in results.dimensions.iter().enumerate() {
                        <tr data-dimension={d.id.clone()}>
                            <td>{ num((i + 1) as f64) }</td>
                            <th scope="row">{ dim_title(&d.id) }</th>
                            <td class="score-cell" data-score={d.score().map(|s| s.to_string()).unwrap_or_default()}>
                                { d.score().map(|s| num(f64::from(s))).unwrap_or_else(|| Term::NotEnoughAnswers.text(l).to_string()) }
                            </td>
                            <td>{ d.band().map(band_title).unwrap_or_else(|| "–".to_string()) }</td>
                        </tr>
                    }
                </tbody>
            </table>
            if !results.recommendations.is_empty() {
                <h3>{ Msg::Recommendations.text(l) }</h3>
                for key in results.recommendations.iter() {
                    <div class="recommendation keep-together">
                        <h4>{ dim_title(&key.dimension) }</h4>
                        <p>{ inst.recommendation(&key.dimension, &key.band).map(|r| r.text(l)).unwrap_or_default() }</p>
                    </div>
                }
            }
            <h3>{ Msg::ActionPlan.text(l) }</h3>
            if plan.rows.is_empty() {
                <p class="notice">{ Msg::PlanEmpty.text(l) }</p>
            } else {
                <table class="data-table" id="report-plan">
                    <thead>
                        <tr>
                            <th scope="col">{ Msg::PlanHorizon.text(l) }</th>
                            <th scope="col">{ Msg::PlanAction.text(l) }</th>
                            <th scope="col">{ Msg::PlanOwner.text(l) }</th>
                            <th scope="col">{ Msg::PlanDue.text(l) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for row in plan.rows.iter() {
                            { plan_row(l, inst, row) }
                        }
                    </tbody>
                </table>
            }
        </section>
    }
}

fn plan_row(l: Locale, inst: &Instrument, row: &kilit_core::assessment::PlanRow) -> Html {
    let f = row.fields(inst, l);
    let due = f.due.as_deref().map(|d| intl::date(l, d)).unwrap_or_default();
    html! {
        <tr class="keep-together">
            <td>{ f.horizon.label().text(l) }</td>
            <td>{ f.action }</td>
            <td>{ f.owner }</td>
            <td>{ due }</td>
        </tr>
    }
}

/// The shortlist with its reasons, the portfolio chart and the ABC–XYZ
/// matrix of a portfolio; a short note when there are no accounts.
/// `analysis` is computed when not given.
pub(crate) fn accounts_part(l: Locale, portfolio: &Portfolio, checklist: &Checklist, analysis: Option<&Analysis>) -> Html {
    let heading = html! { <h2 id="report-accounts">{ S::ReportAccounts.text(l) }</h2> };
    if portfolio.accounts.is_empty() {
        return html! {
            <section class="report-part" aria-labelledby="report-accounts" id="report-accounts-part">
                { heading }
                <p class="notice empty-part">{ S::ReportNoAccounts.text(l) }</p>
                <p class="no-print"><a href={Route::Accounts.to_fragment()}>{ S::GoToAccounts.text(l) }</a></p>
            </section>
        };
    }
    let owned;
    let analysis = match analysis {
        Some(a) => a,
        None => {
            owned = analyse(portfolio, checklist, &Default::default());
            &owned
        }
    };
    let name = |i: usize| portfolio.accounts.get(i).map(|a| a.name.clone()).unwrap_or_default();
    let used = &analysis.settings_used;
    let list = &analysis.shortlist;
    let date = intl::date(l, &portfolio.analysis_date.to_iso());
    let points: Vec<ChartPoint> = analysis
        .accounts
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            Some(ChartPoint {
                name: name(i),
                attractiveness: r.attractiveness?,
                strength: r.strength?,
                size: r.revenue.unwrap_or(0.0),
                quadrant: r.quadrant,
            })
        })
        .collect();
    let splits = Splits { x: used.strength_split, y: used.attractiveness_split };
    html! {
        <section class="report-part" aria-labelledby="report-accounts" id="report-accounts-part">
            { heading }
            <p class="muted">{ fill(S::ReportAnalysisDate.text(l), &[("date", &date)]) }</p>
            <h3>{ Msg::ShortlistTitle.text(l) }</h3>
            if list.entries.is_empty() {
                <p class="notice">{ Msg::ShortlistEmpty.text(l) }</p>
            } else {
                <ol class="report-shortlist" id="report-shortlist">
                    for e in list.entries.iter() {
                        <li class="keep-together" data-account={e.id.0.to_string()}>
                            <strong>{ name(e.index as usize) }</strong>{ " " }
                            <span class="badge">{ analysis.accounts.get(e.index as usize).map(|r| r.status.label(l)).unwrap_or_default() }</span>
                            <ul class="reasons">
                                for r in e.reasons.iter() { <li>{ r.message(l, checklist, used) }</li> }
                            </ul>
                        </li>
                    }
                </ol>
            }
            <div class="chart-grid">
                { bubble_figure(l, &points, splits, BubbleLayout::default(), None) }
                { matrix(l, analysis) }
            </div>
            { bubble_table(l, &points) }
        </section>
    }
}

/// The shortlist a results link holds.
pub(crate) fn shared_shortlist_part(l: Locale, rows: &[SharedAccount]) -> Html {
    let heading = html! { <h2 id="report-accounts">{ S::ReportAccounts.text(l) }</h2> };
    if rows.is_empty() {
        return html! {
            <section class="report-part" aria-labelledby="report-accounts" id="report-accounts-part">
                { heading }
                <p class="notice empty-part">{ S::ReportNoShortlist.text(l) }</p>
            </section>
        };
    }
    let score = |v: Option<f64>| v.map(|v| intl::number(l, v, 1)).unwrap_or_else(|| "–".into());
    let points: Vec<ChartPoint> = rows
        .iter()
        .filter_map(|r| {
            Some(ChartPoint {
                name: r.name.clone(),
                attractiveness: r.attractiveness?,
                strength: r.strength?,
                size: 1.0,
                quadrant: r.quadrant,
            })
        })
        .collect();
    html! {
        <section class="report-part" aria-labelledby="report-accounts" id="report-accounts-part">
            { heading }
            <div class="table-scroll">
            <table class="data-table" id="shared-shortlist">
                <caption>{ Msg::ShortlistTitle.text(l) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ S::ColRank.text(l) }</th>
                        <th scope="col">{ S::ColAccount.text(l) }</th>
                        <th scope="col">{ Msg::ColStatus.text(l) }</th>
                        <th scope="col">{ S::ColSelection.text(l) }</th>
                        <th scope="col">{ Msg::ColAttractiveness.text(l) }</th>
                        <th scope="col">{ Msg::ColStrength.text(l) }</th>
                        <th scope="col">{ Msg::ColQuadrant.text(l) }</th>
                        <th scope="col">{ S::ColClasses.text(l) }</th>
                    </tr>
                </thead>
                <tbody>
                    for r in rows.iter() {
                        <tr>
                            <td>{ r.rank.map(|n| intl::number(l, f64::from(n), 0)).unwrap_or_else(|| "–".into()) }</td>
                            <th scope="row">{ r.name.clone() }</th>
                            <td>{ r.status.label(l) }</td>
                            <td class="num">{ score(r.selection) }</td>
                            <td class="num">{ score(r.attractiveness) }</td>
                            <td class="num">{ score(r.strength) }</td>
                            <td>{ r.quadrant.map(|q| q.label(l)).unwrap_or("–") }</td>
                            <td>{ format!("{}{}", r.abc.map(Abc::letter).unwrap_or("–"), xyz_letter(r.xyz)) }</td>
                        </tr>
                    }
                </tbody>
            </table>
            </div>
            { bubble_figure(l, &points, Splits { x: 50.0, y: 50.0 }, BubbleLayout { r_max: 8.0, r_min: 8.0, ..BubbleLayout::default() },
                             Some(S::SharedChartNote.text(l))) }
            { bubble_table(l, &points) }
        </section>
    }
}

fn xyz_letter(x: Xyz) -> &'static str {
    match x {
        Xyz::X => "X",
        Xyz::Y => "Y",
        Xyz::Z => "Z",
        Xyz::NoData => "–",
    }
}

struct ChartPoint {
    name: String,
    attractiveness: f64,
    strength: f64,
    size: f64,
    quadrant: Option<Q>,
}

fn quadrant_class(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Strategic => "q-strategic",
        Quadrant::Develop => "q-star",
        Quadrant::Maintain => "q-status",
        Quadrant::Streamline => "q-streamline",
    }
}

fn quadrant_label(q: Quadrant, l: Locale) -> &'static str {
    match q {
        Quadrant::Strategic => Q::Strategic.label(l),
        Quadrant::Develop => Q::Star.label(l),
        Quadrant::Maintain => Q::Status.label(l),
        Quadrant::Streamline => Q::Streamline.label(l),
    }
}

/// The portfolio bubble chart as a picture (nothing to focus or change),
/// with its numbers in a table below.
fn bubble_figure(l: Locale, points: &[ChartPoint], splits: Splits, layout: BubbleLayout, note: Option<&str>) -> Html {
    let dir = l.dir();
    let inputs: Vec<BubbleInput> = points
        .iter()
        .enumerate()
        .map(|(i, p)| BubbleInput { id: i.to_string(), x: p.strength, y: p.attractiveness, size: p.size })
        .collect();
    let chart = bubble_chart(&inputs, splits, dir, &layout);
    let n = fmt_num;
    let plot = chart.plot;
    let (y_label_x, x_label_y) = match dir {
        Dir::Ltr => (plot.x - 40.0, plot.bottom() + 38.0),
        Dir::Rtl => (plot.right() + 40.0, plot.bottom() + 38.0),
    };
    let ticks: Vec<String> = [0.0, 25.0, 50.0, 75.0, 100.0].iter().map(|v| intl::number(l, *v, 0)).collect();
    html! {
        <figure class="portfolio keep-together">
            <figcaption>{ Msg::ChartTitle.text(l) }</figcaption>
            <svg class="chart bubble" viewBox={chart.view_box.attr()} role="img" aria-label={Msg::ChartTitle.text(l)}>
                for area in chart.quadrants.iter() {
                    <rect class={classes!("quadrant", quadrant_class(area.quadrant))} x={n(area.rect.x)} y={n(area.rect.y)}
                          width={n(area.rect.width)} height={n(area.rect.height)} />
                    <text class="quadrant-label" x={n(area.rect.x + area.rect.width / 2.0)} y={n(area.rect.y + 16.0)}
                          text-anchor="middle">{ quadrant_label(area.quadrant, l) }</text>
                }
                <line class="split" x1={n(chart.split_x)} x2={n(chart.split_x)} y1={n(plot.y)} y2={n(plot.bottom())} />
                <line class="split" x1={n(plot.x)} x2={n(plot.right())} y1={n(chart.split_y)} y2={n(chart.split_y)} />
                <g class="ticks">
                    for (i, t) in chart.x_ticks.iter().enumerate() {
                        <text x={n(t.pos)} y={n(plot.bottom() + 16.0)} text-anchor="middle">{ ticks.get(i).cloned().unwrap_or_default() }</text>
                    }
                    for (i, t) in chart.y_ticks.iter().enumerate() {
                        <text x={n(if dir == Dir::Ltr { plot.x - 6.0 } else { plot.right() + 6.0 })} y={n(t.pos)}
                              text-anchor="end" dominant-baseline="middle">{ ticks.get(i).cloned().unwrap_or_default() }</text>
                    }
                    <text class="axis-label" x={n(plot.x + plot.width / 2.0)} y={n(x_label_y)} text-anchor="middle">
                        { Msg::ColStrength.text(l) }{ if dir == Dir::Ltr { " →" } else { " ←" } }
                    </text>
                    <text class="axis-label" x={n(y_label_x)} y={n(plot.y + plot.height / 2.0)} text-anchor="middle"
                          transform={format!("rotate(-90 {} {})", n(y_label_x), n(plot.y + plot.height / 2.0))}>
                        { Msg::ColAttractiveness.text(l) }{ " →" }
                    </text>
                </g>
                for &k in chart.paint_order.iter() {
                    if let Some(b) = chart.points.get(k) {
                        <circle class={classes!("bubble", quadrant_class(b.quadrant))} cx={n(b.cx)} cy={n(b.cy)} r={n(b.r)} />
                    }
                }
            </svg>
            if let Some(note) = note { <p class="muted">{ note }</p> }
        </figure>
    }
}

/// The numbers of the bubble chart, with the account names the picture
/// leaves out.
fn bubble_table(l: Locale, points: &[ChartPoint]) -> Html {
    let one = |v: f64| intl::number(l, v, 1);
    html! {
        <table class="data-table report-bubble-table">
                <caption>{ Msg::ChartData.text(l) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ S::ColAccount.text(l) }</th>
                        <th scope="col">{ Msg::ColAttractiveness.text(l) }</th>
                        <th scope="col">{ Msg::ColStrength.text(l) }</th>
                        <th scope="col">{ Msg::ColQuadrant.text(l) }</th>
                    </tr>
                </thead>
                <tbody>
                    for p in points.iter() {
                        <tr>
                            <th scope="row">{ p.name.clone() }</th>
                            <td class="num">{ one(p.attractiveness) }</td>
                            <td class="num">{ one(p.strength) }</td>
                            <td>{ p.quadrant.map(|q| q.label(l)).unwrap_or("–") }</td>
                        </tr>
                    }
                </tbody>
            </table>
    }
}

/// The ABC–XYZ matrix as a table of counts.
fn matrix(l: Locale, analysis: &Analysis) -> Html {
    const ABC: [Abc; 3] = [Abc::A, Abc::B, Abc::C];
    const XYZ: [Xyz; 3] = [Xyz::X, Xyz::Y, Xyz::Z];
    html! {
        <figure class="matrix keep-together">
            <figcaption id="report-matrix-title">{ Msg::MatrixTitle.text(l) }</figcaption>
            <table class="abc-xyz report-matrix" id="report-matrix" aria-labelledby="report-matrix-title">
                <thead>
                    <tr>
                        <td></td>
                        for x in XYZ { <th scope="col">{ x.label(l) }</th> }
                    </tr>
                </thead>
                <tbody>
                    for a in ABC {
                        <tr>
                            <th scope="row">{ Abc::label(Some(a), l) }</th>
                            for x in XYZ {
                                <td data-cell={format!("{}{}", a.letter(), xyz_letter(x))}>
                                    { intl::number(l, f64::from(analysis.abc_xyz[a as usize][x as usize]), 0) }
                                </td>
                            }
                        </tr>
                    }
                </tbody>
            </table>
        </figure>
    }
}
