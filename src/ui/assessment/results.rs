//! Results: overall index and maturity level, the headline dimension, radar
//! and bar charts with their data table, strongest and weakest dimensions,
//! recommendations and the editable 30/60/90-day action plan.

use kilit_core::assessment::{score, Horizon, Instrument, PlanRow, Results, RowFields, Term};
use kilit_core::i18n::{fill, Locale, Msg};
use kilit_core::route::{AssessmentPage, Route};
use yew::prelude::*;

use super::Ctx;
use crate::platform::intl;
use crate::state::AssessmentAction;
use crate::ui::chart::{BarsChart, RadarChart};

pub(crate) fn view(ctx: &Ctx) -> Html {
    let (inst, l) = (ctx.instrument, ctx.locale);
    let results = score(inst, ctx.app.assessment.answers());
    let num = |v: u8| intl::number(l, f64::from(v), 0);
    let dim_title = |id: &str| inst.dimension(id).map(|d| d.title(l).to_string()).unwrap_or_else(|| id.to_string());
    let band_title = |id: &str| inst.band(id).map(|b| b.title(l).to_string()).unwrap_or_default();

    let overall = match &results.overall {
        Some(o) => html! {
            <div class="score-card overall" id="overall">
                <h2>{ Msg::OverallIndex.text(l) }</h2>
                <p class="big-score"><span class="score-value" data-score={o.score.to_string()}>{ num(o.score) }</span>
                    <span class="out-of">{ "/" }{ num(100) }</span></p>
                <p class="band-name"><span class="muted">{ Msg::MaturityLevel.text(l) }{ ": " }</span>
                    <strong data-band={o.band.clone()}>{ band_title(&o.band) }</strong></p>
                <p>{ inst.band(&o.band).map(|b| b.description(l)).unwrap_or_default() }</p>
            </div>
        },
        None => html! {
            <div class="score-card overall" id="overall">
                <h2>{ Msg::OverallIndex.text(l) }</h2>
                <p class="big-score muted">{ Term::NotEnoughAnswers.text(l) }</p>
                <p>{ Msg::NoScoreYet.text(l) }</p>
            </div>
        },
    };

    let headline = results.headline().map(|d| {
        html! {
            <div class="score-card headline" id="headline">
                <h2>{ dim_title(&d.id) }</h2>
                if let Some(s) = d.score() {
                    <p class="big-score"><span class="score-value" data-score={s.to_string()}>{ num(s) }</span>
                        <span class="out-of">{ "/" }{ num(100) }</span></p>
                    <p class="band-name">{ d.band().map(band_title).unwrap_or_default() }</p>
                } else {
                    <p class="big-score muted">{ Term::NotEnoughAnswers.text(l) }</p>
                }
            </div>
        }
    });

    let completion = html! {
        <div class="score-card completion">
            <h2>{ Msg::Completion.text(l) }</h2>
            <p class="big-score"><span data-score={results.completion.to_string()}>{ intl::percent(l, f64::from(results.completion)) }</span></p>
            <p class="muted">{ fill(Msg::AnsweredCount.text(l), &[
                ("n", intl::number(l, results.answered as f64, 0).as_str()),
                ("total", intl::number(l, results.total as f64, 0).as_str()),
            ]) }</p>
        </div>
    };

    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ Msg::ResultsTitle.text(l) }</h1>
            <p class="lead">{ inst.title(l) }</p>
            <div class="score-grid keep-together">
                { overall }
                { headline.unwrap_or_default() }
                { completion }
            </div>
            { charts(ctx, &results) }
            { ranked(ctx, &results) }
            { recommendations(ctx, &results) }
            { plan(ctx, &results) }
            <p class="no-print">
                <a href={Route::Assessment(AssessmentPage::Method).to_fragment()}>{ Msg::HowScored.text(l) }</a>
                { " · " }
                <a href={Route::Assessment(AssessmentPage::Questions).to_fragment()}>{ Msg::BackToQuestions.text(l) }</a>
                { " · " }
                <a href={Route::Report.to_fragment()} id="to-report">{ kilit_core::i18n::ShareMsg::PanelTitle.text(l) }</a>
            </p>
        </>
    }
}

/// What the radar and the bar chart draw for `results`: the radar numbered
/// in the instrument's order, the bars strongest first (dimensions without a
/// score last, ties by id) with their value labels. The results page and the
/// report draw the same charts from this.
pub(crate) struct ChartInputs {
    pub radar_labels: Vec<String>,
    pub radar_values: Vec<Option<f64>>,
    pub bar_rows: Vec<(String, Option<f64>)>,
    pub bar_values: Vec<String>,
}

pub(crate) fn chart_inputs(inst: &Instrument, results: &Results, l: Locale) -> ChartInputs {
    let num = |v: usize| intl::number(l, v as f64, 0);
    let title = |id: &str| inst.dimension(id).map(|d| d.title(l).to_string()).unwrap_or_default();
    let mut order: Vec<usize> = (0..results.dimensions.len()).collect();
    order.sort_by(|&a, &b| {
        let (da, db) = (&results.dimensions[a], &results.dimensions[b]);
        db.score().cmp(&da.score()).then_with(|| da.id.cmp(&db.id))
    });
    ChartInputs {
        radar_labels: (1..=results.dimensions.len()).map(num).collect(),
        radar_values: results.dimensions.iter().map(|d| d.score().map(f64::from)).collect(),
        bar_rows: order
            .iter()
            .map(|&i| (title(&results.dimensions[i].id), results.dimensions[i].score().map(f64::from)))
            .collect(),
        bar_values: order
            .iter()
            .map(|&i| match results.dimensions[i].score() {
                Some(s) => intl::number(l, f64::from(s), 0),
                None => Term::NotEnoughAnswers.text(l).to_string(),
            })
            .collect(),
    }
}

fn charts(ctx: &Ctx, results: &Results) -> Html {
    let (inst, l) = (ctx.instrument, ctx.locale);
    let dir = l.dir();
    let num = |v: usize| intl::number(l, v as f64, 0);
    let title = |id: &str| inst.dimension(id).map(|d| d.title(l).to_string()).unwrap_or_default();
    let ChartInputs { radar_labels, radar_values, bar_rows, bar_values } = chart_inputs(inst, results, l);
    html! {
        <section class="charts" aria-labelledby="scores-title">
            <h2 id="scores-title">{ Msg::DimensionScores.text(l) }</h2>
            <div class="chart-grid">
                <figure class="keep-together">
                    <figcaption>{ Msg::RadarChartTitle.text(l) }</figcaption>
                    <RadarChart labels={radar_labels} values={radar_values} {dir}
                                title={AttrValue::from(Msg::RadarChartTitle.text(l))} />
                </figure>
                <figure class="keep-together">
                    <figcaption>{ Msg::BarChartTitle.text(l) }</figcaption>
                    <BarsChart rows={bar_rows} value_labels={bar_values} {dir}
                               title={AttrValue::from(Msg::BarChartTitle.text(l))} />
                </figure>
            </div>
            <table class="data-table" id="scores-table">
                <caption class="visually-hidden">{ Msg::DimensionScores.text(l) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ Msg::TableArea.text(l) }</th>
                        <th scope="col">{ Msg::TableScore.text(l) }</th>
                        <th scope="col">{ Msg::TableLevel.text(l) }</th>
                        <th scope="col">{ Msg::TableAnswered.text(l) }</th>
                    </tr>
                </thead>
                <tbody>
                    for (i, d) in results.dimensions.iter().enumerate() {
                        <tr data-dimension={d.id.clone()}>
                            <td>{ num(i + 1) }</td>
                            <th scope="row">{ title(&d.id) }</th>
                            <td class="score-cell" data-score={d.score().map(|s| s.to_string()).unwrap_or_default()}>
                                { d.score().map(|s| num(usize::from(s))).unwrap_or_else(|| Term::NotEnoughAnswers.text(l).to_string()) }
                            </td>
                            <td>{ d.band().and_then(|b| inst.band(b)).map(|b| b.title(l)).unwrap_or("–") }</td>
                            <td>{ format!("{}/{}", num(d.scored_items + d.na_items), num(d.total_items)) }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </section>
    }
}

fn ranked(ctx: &Ctx, results: &Results) -> Html {
    let (inst, l) = (ctx.instrument, ctx.locale);
    if results.strongest.is_empty() && results.weakest.is_empty() {
        return html! {};
    }
    let list = |ids: &[String], id: &'static str| {
        html! {
            <ol id={id}>
                for d in ids.iter() {
                    <li data-dimension={d.clone()}>
                        { inst.dimension(d).map(|x| x.title(l)).unwrap_or_default() }
                        { " — " }
                        { results.dimension(d).and_then(|r| r.score()).map(|s| intl::number(l, f64::from(s), 0)).unwrap_or_default() }
                    </li>
                }
            </ol>
        }
    };
    html! {
        <div class="ranked keep-together">
            <section aria-labelledby="strongest-title">
                <h2 id="strongest-title">{ Msg::Strongest.text(l) }</h2>
                { list(&results.strongest, "strongest") }
            </section>
            <section aria-labelledby="weakest-title">
                <h2 id="weakest-title">{ Msg::Weakest.text(l) }</h2>
                { list(&results.weakest, "weakest") }
            </section>
        </div>
    }
}

fn recommendations(ctx: &Ctx, results: &Results) -> Html {
    let (inst, l) = (ctx.instrument, ctx.locale);
    if results.recommendations.is_empty() {
        return html! {};
    }
    html! {
        <section class="recommendations" aria-labelledby="recs-title">
            <h2 id="recs-title">{ Msg::Recommendations.text(l) }</h2>
            for key in results.recommendations.iter() {
                <article class="recommendation keep-together" data-dimension={key.dimension.clone()}>
                    <h3>{ inst.dimension(&key.dimension).map(|d| d.title(l)).unwrap_or_default() }</h3>
                    <p>{ inst.recommendation(&key.dimension, &key.band).map(|r| r.text(l)).unwrap_or_default() }</p>
                </article>
            }
        </section>
    }
}

fn horizon_label(l: Locale, h: Horizon) -> &'static str {
    h.label().text(l)
}

fn plan(ctx: &Ctx, results: &Results) -> Html {
    let l = ctx.locale;
    let plan = ctx.app.assessment.plan(&results.suggested_actions);
    let add = ctx.act.reform(|_: MouseEvent| {
        AssessmentAction::PlanAdd(RowFields { action: String::new(), owner: String::new(), due: None, horizon: Horizon::Days30 })
    });
    html! {
        <section class="plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{ Msg::ActionPlan.text(l) }</h2>
            <p class="muted no-print">{ Msg::ActionPlanHint.text(l) }</p>
            if plan.rows.is_empty() {
                <p class="notice">{ Msg::PlanEmpty.text(l) }</p>
            } else {
                <div class="table-scroll">
                <table class="data-table plan-table" id="plan-table">
                    <thead>
                        <tr>
                            <th scope="col">{ Msg::PlanHorizon.text(l) }</th>
                            <th scope="col">{ Msg::PlanAction.text(l) }</th>
                            <th scope="col">{ Msg::PlanOwner.text(l) }</th>
                            <th scope="col">{ Msg::PlanDue.text(l) }</th>
                            <th scope="col"><span class="visually-hidden">{ Msg::PlanRemoveRow.text(l) }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        for (i, row) in plan.rows.iter().enumerate() {
                            { plan_row(ctx, i, row) }
                        }
                    </tbody>
                </table>
                </div>
            }
            <button type="button" class="button no-print" onclick={add}>{ Msg::PlanAddRow.text(l) }</button>
        </section>
    }
}

/// A change handler for one field of plan row `index`: reads the input's
/// value, applies `change` to the row's fields and saves them.
fn edit(act: &Callback<AssessmentAction>, index: usize, fields: RowFields, change: fn(&mut RowFields, String)) -> Callback<Event> {
    act.reform(move |e: Event| {
        let mut fields = fields.clone();
        change(&mut fields, crate::ui::event_value(&e));
        AssessmentAction::PlanEdit { index, fields }
    })
}

fn plan_row(ctx: &Ctx, i: usize, row: &PlanRow) -> Html {
    let (inst, l) = (ctx.instrument, ctx.locale);
    let act = &ctx.act;
    let fields = row.fields(inst, l);
    let suggested = matches!(row, PlanRow::Suggested(_));
    let n = intl::number(l, (i + 1) as f64, 0);
    let label = |what: Msg| format!("{} {}", what.text(l), n);
    let remove = ctx.act.reform(move |_: MouseEvent| AssessmentAction::PlanRemove(i));
    html! {
        <tr class={classes!(suggested.then_some("suggested"))}>
            <td>
                <select aria-label={label(Msg::PlanHorizon)}
                        onchange={edit(act, i, fields.clone(), |f, v| {
                            if let Some(h) = v.parse().ok().and_then(Horizon::from_days) { f.horizon = h; }
                        })}>
                    for h in Horizon::ALL {
                        <option value={h.days().to_string()} selected={h == fields.horizon}>{ horizon_label(l, h) }</option>
                    }
                </select>
            </td>
            <td class="plan-action">
                <input type="text" value={fields.action.clone()} aria-label={label(Msg::PlanAction)}
                       onchange={edit(act, i, fields.clone(), |f, v| f.action = v)} />
                if suggested { <span class="badge">{ Msg::PlanSuggested.text(l) }</span> }
            </td>
            <td>
                <input type="text" value={fields.owner.clone()} aria-label={label(Msg::PlanOwner)}
                       onchange={edit(act, i, fields.clone(), |f, v| f.owner = v)} />
            </td>
            <td>
                <input type="date" value={fields.due.clone().unwrap_or_default()} aria-label={label(Msg::PlanDue)}
                       onchange={edit(act, i, fields.clone(), |f, v| f.due = if v.is_empty() { None } else { Some(v) })} />
            </td>
            <td>
                <button type="button" class="icon-button no-print" onclick={remove} aria-label={label(Msg::PlanRemoveRow)}>{ "×" }</button>
            </td>
        </tr>
    }
}
