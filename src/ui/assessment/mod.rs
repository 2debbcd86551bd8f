//! The self-assessment module: questions one dimension per step, review,
//! results with charts and an action plan, and how the scores are computed.

mod method;
mod questions;
pub(crate) mod results;
mod review;

use kilit_core::assessment::Instrument;
use kilit_core::i18n::{Locale, Msg};
use kilit_core::route::AssessmentPage;
use yew::prelude::*;

use crate::state::{Action, AppHandle, AppState, AssessmentAction, CatalogStatus};

/// What every assessment page gets: the state, the instrument and a way to act.
pub(crate) struct Ctx<'a> {
    pub app: &'a AppState,
    pub instrument: &'a Instrument,
    pub locale: Locale,
    pub act: Callback<AssessmentAction>,
}

#[derive(Properties, PartialEq)]
pub struct AssessmentProps {
    pub page: AssessmentPage,
}

#[component]
pub fn Assessment(props: &AssessmentProps) -> Html {
    let Some(app) = use_context::<AppHandle>() else { return html! {} };
    // Stable across renders, so statement groups whose answer did not change
    // skip re-rendering.
    let act = use_callback(app.dispatcher(), |a: AssessmentAction, dispatcher| {
        dispatcher.dispatch(Action::Assessment(a))
    });
    let locale = app.locale;
    // When the instruments arrive the loading heading is replaced; keep the
    // keyboard user's place.
    use_effect_with(app.catalog.status, |status| {
        if *status == CatalogStatus::Ready {
            crate::platform::refocus_if_lost("page-title");
        }
    });
    match app.catalog.status {
        CatalogStatus::Ready => {}
        CatalogStatus::Failed => {
            let retry = {
                let dispatcher = app.dispatcher();
                Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::CatalogRetry))
            };
            return html! {
                <section class="assessment page narrow" aria-labelledby="page-title">
                    <h1 id="page-title" tabindex="-1">{ Msg::NavAssessment.text(locale) }</h1>
                    <p class="notice error" role="alert">{ Msg::InstrumentsLoadFailed.text(locale) }</p>
                    <button type="button" class="button primary" onclick={retry}>{ Msg::Retry.text(locale) }</button>
                </section>
            };
        }
        CatalogStatus::NotLoaded | CatalogStatus::Loading => {
            return html! {
                <section class="assessment page narrow" aria-labelledby="page-title" aria-busy="true">
                    <h1 id="page-title" tabindex="-1">{ Msg::NavAssessment.text(locale) }</h1>
                    <p role="status">{ Msg::InstrumentsLoading.text(locale) }</p>
                </section>
            };
        }
    }
    let chooser = chooser(&app, locale, act.clone());
    let entry = app.catalog.entry(&app.assessment.current);
    let body = match entry.map(|e| &e.loaded) {
        Some(Ok(instrument)) => {
            let ctx = Ctx { app: &app, instrument, locale, act };
            match props.page {
                AssessmentPage::Questions => questions::view(&ctx),
                AssessmentPage::Review => review::view(&ctx),
                AssessmentPage::Results => results::view(&ctx),
                AssessmentPage::Method => method::view(&ctx),
            }
        }
        Some(Err(problems)) => html! {
            <div class="notice error" role="alert">
                <p>{ Msg::InstrumentProblems.text(locale) }</p>
                <ul>
                    for p in problems.iter() { <li><code>{ p.message(locale) }</code></li> }
                </ul>
            </div>
        },
        None => html! {},
    };
    html! {
        <section class="assessment" aria-labelledby="page-title">
            { chooser }
            { body }
        </section>
    }
}

/// The questionnaire picker, shown when there is more than one.
fn chooser(app: &AppState, locale: Locale, act: Callback<AssessmentAction>) -> Html {
    if app.catalog.entries.len() < 2 {
        return html! {};
    }
    let onchange = act.reform(|e: Event| {
        AssessmentAction::SelectInstrument(crate::ui::event_value(&e))
    });
    html! {
        <div class="instrument-chooser no-print">
            <label for="instrument">{ Msg::InstrumentLabel.text(locale) }</label>
            <select id="instrument" {onchange}>
                for entry in app.catalog.entries.iter() {
                    <option value={entry.id.clone()} selected={entry.id == app.assessment.current}>
                        { entry.loaded.as_ref().map(|i| i.title(locale).to_string()).unwrap_or_else(|_| entry.id.clone()) }
                    </option>
                }
            </select>
        </div>
    }
}
