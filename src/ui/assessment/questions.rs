//! One dimension per step: its statements as native radio groups (arrow
//! keys move, one tab stop per group), progress, step list, back and next.

use kilit_core::assessment::{Answer, ItemKind, Term};
use kilit_core::i18n::{fill, small_number, Locale, Msg};
use kilit_core::route::{AssessmentPage, Route};
use yew::prelude::*;

use super::Ctx;
use crate::platform;
use crate::state::{AssessmentAction, CatalogRef};

pub(crate) fn view(ctx: &Ctx) -> Html {
    let (inst, l) = (ctx.instrument, ctx.locale);
    let dims = inst.dimensions();
    let step = ctx.app.assessment.step().min(dims.len().saturating_sub(1));
    let Some(dim) = dims.get(step) else { return html! {} };
    let answers = ctx.app.assessment.answers();
    let answered = |d: &kilit_core::assessment::Dimension| {
        inst.items_of(d).filter(|i| answers.contains_key(i.id())).count()
    };
    let total = inst.items().len();
    let done: usize = dims.iter().map(answered).sum();
    let n = |v: usize| small_number(l, v);
    let go = |to: usize| {
        ctx.act.reform(move |_: MouseEvent| {
            platform::scroll_to_top();
            platform::focus("step-title");
            AssessmentAction::GoToStep(to)
        })
    };
    let last = step + 1 == dims.len();
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ inst.title(l) }</h1>
            <p class="lead">{ inst.description(l) }</p>
            <div class="progress-row">
                <span id="progress-label">{ fill(Msg::AnsweredCount.text(l), &[("n", n(done).as_str()), ("total", n(total).as_str())]) }</span>
                <progress aria-labelledby="progress-label" max={total.to_string()} value={done.to_string()} />
            </div>
            <div class="assessment-layout">
                <nav class="step-list no-print" aria-label={Msg::StepsLabel.text(l)}>
                    <ol>
                        for (i, d) in dims.iter().enumerate() {
                            <li>
                                <button type="button" class="step-link" onclick={go(i)}
                                        aria-current={(i == step).then_some("step")}>
                                    <span class="step-title">{ d.title(l) }</span>
                                    <span class="step-count">
                                        { format!("{}/{}", n(answered(d)), n(d.item_count())) }
                                    </span>
                                </button>
                            </li>
                        }
                    </ol>
                </nav>
                <div class="step">
                    <p class="step-of">{ fill(Msg::StepOf.text(l), &[("n", n(step + 1).as_str()), ("total", n(dims.len()).as_str())]) }</p>
                    <h2 id="step-title" tabindex="-1">{ dim.title(l) }</h2>
                    <p class="muted">{ dim.description(l) }</p>
                    for item in inst.items_of(dim) {
                        <ItemGroup key={item.id().to_string()}
                                   catalog={CatalogRef(ctx.app.catalog.clone())}
                                   instrument={inst.id().to_string()}
                                   item={item.id().to_string()}
                                   answer={answers.get(item.id()).copied()}
                                   locale={l}
                                   act={ctx.act.clone()} />
                    }
                    <div class="step-nav">
                        if step > 0 {
                            <button type="button" class="button" onclick={go(step - 1)}>{ Msg::Previous.text(l) }</button>
                        }
                        if last {
                            <a class="button primary" href={Route::Assessment(AssessmentPage::Review).to_fragment()}>
                                { Msg::ReviewAnswers.text(l) }
                            </a>
                        } else {
                            <button type="button" class="button primary" onclick={go(step + 1)}>{ Msg::Next.text(l) }</button>
                        }
                    </div>
                </div>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ItemGroupProps {
    catalog: CatalogRef,
    /// The instrument's id (item ids are unique only within an instrument).
    instrument: String,
    /// The item's id in that instrument.
    item: String,
    answer: Option<Answer>,
    locale: Locale,
    act: Callback<AssessmentAction>,
}

/// One statement: a fieldset of radios, the "not applicable" choice last.
/// A component, so only the group whose answer changed re-renders.
#[component]
fn ItemGroup(props: &ItemGroupProps) -> Html {
    let catalog = &props.catalog.0;
    let Some(item) = catalog.get(&props.instrument).and_then(|i| i.item(&props.item)) else {
        return html! {};
    };
    let (l, current, act) = (props.locale, props.answer, &props.act);
    let id = item.id().to_string();
    let name = format!("q-{id}");
    let kind = item.kind();
    let option = |answer: Answer, label: String, class: &'static str| {
        let input_id = match answer {
            Answer::Value(v) => format!("q-{id}-{v}"),
            Answer::NotApplicable => format!("q-{id}-na"),
        };
        let item_id = id.clone();
        let onchange = act.reform(move |_: Event| {
            platform::mark("kilit:answer");
            AssessmentAction::Answer { item: item_id.clone(), answer: Some(answer) }
        });
        html! {
            <label class={classes!("option", class)} for={input_id.clone()}>
                <input type="radio" id={input_id} name={name.clone()} checked={current == Some(answer)} {onchange} />
                <span>{ label }</span>
            </label>
        }
    };
    let values: Html = kind
        .values()
        .map(|v| {
            let label = match (kind, kind.label(v)) {
                (ItemKind::Scale10, _) => small_number(l, usize::from(v)),
                (_, Some(term)) => term.text(l).to_string(),
                (_, None) => small_number(l, usize::from(v)),
            };
            option(Answer::Value(v), label, kind.code())
        })
        .collect();
    let legend_id = format!("q-{id}-legend");
    html! {
        <fieldset class="item" aria-describedby={item.help(l).map(|_| format!("q-{id}-help"))}>
            <legend id={legend_id}>{ item.text(l) }</legend>
            if let Some(help) = item.help(l) {
                <p class="help" id={format!("q-{id}-help")}>{ help }</p>
            }
            if kind == ItemKind::Scale10 {
                <p class="scale-ends" aria-hidden="true">
                    <span>{ Term::ScaleLow.text(l) }</span><span>{ Term::ScaleHigh.text(l) }</span>
                </p>
            }
            <div class={classes!("options", kind.code())}>
                { values }
                { option(Answer::NotApplicable, Term::NotApplicable.text(l).to_string(), "na") }
            </div>
        </fieldset>
    }
}
