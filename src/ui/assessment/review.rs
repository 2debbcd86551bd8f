//! The review screen: unanswered statements per dimension, with a way back
//! to each step, then on to the results.

use kilit_core::i18n::Msg;
use kilit_core::route::{AssessmentPage, Route};
use yew::prelude::*;

use super::Ctx;
use crate::platform;
use crate::state::AssessmentAction;

pub(crate) fn view(ctx: &Ctx) -> Html {
    let (inst, l) = (ctx.instrument, ctx.locale);
    let answers = ctx.app.assessment.answers();
    let missing: Vec<(usize, &kilit_core::assessment::Dimension, Vec<&kilit_core::assessment::Item>)> = inst
        .dimensions()
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let items = inst.items_of(d).filter(|it| !answers.contains_key(it.id())).collect();
            (i, d, items)
        })
        .filter(|(_, _, items): &(usize, _, Vec<_>)| !items.is_empty())
        .collect();
    let questions = Route::Assessment(AssessmentPage::Questions).to_fragment();
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ Msg::ReviewTitle.text(l) }</h1>
            <p class="lead">{ inst.title(l) }</p>
            if missing.is_empty() {
                <p class="notice good">{ Msg::ReviewAllAnswered.text(l) }</p>
            } else {
                <p>{ Msg::ReviewUnanswered.text(l) }</p>
                <ul class="review-list">
                    for (step, dim, items) in missing.iter() {
                        <li>
                            <h2>{ dim.title(l) }</h2>
                            <ul>
                                for item in items.iter() { <li>{ item.text(l) }</li> }
                            </ul>
                            <a class="button" href={questions.clone()}
                               onclick={ctx.act.reform({ let step = *step; move |_: MouseEvent| {
                                   platform::scroll_to_top();
                                   AssessmentAction::GoToStep(step)
                               }})}
                               aria-label={format!("{}: {}", Msg::GoToStep.text(l), dim.title(l))}>
                                { Msg::GoToStep.text(l) }
                            </a>
                        </li>
                    }
                </ul>
            }
            <div class="step-nav">
                <a class="button" href={questions}>{ Msg::BackToQuestions.text(l) }</a>
                <a class="button primary" href={Route::Assessment(AssessmentPage::Results).to_fragment()}>{ Msg::SeeResults.text(l) }</a>
            </div>
        </>
    }
}
