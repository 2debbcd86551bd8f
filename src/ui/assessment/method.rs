//! "How this is scored": the rules in plain words, the maturity levels and
//! the weight of every dimension, taken from the instrument itself.

use kilit_core::i18n::{fill, Msg};
use kilit_core::route::{AssessmentPage, Route};
use yew::prelude::*;

use super::Ctx;
use crate::platform::intl;

pub(crate) fn view(ctx: &Ctx) -> Html {
    let (inst, l) = (ctx.instrument, ctx.locale);
    html! {
        <div class="page narrow method">
            <h1 id="page-title" tabindex="-1">{ Msg::HowScored.text(l) }</h1>
            <p class="lead">{ inst.title(l) }</p>
            <p>{ Msg::MethodScale.text(l) }</p>
            <p>{ Msg::MethodArea.text(l) }</p>
            <p>{ Msg::MethodOverall.text(l) }</p>
            <h2>{ Msg::MethodBands.text(l) }</h2>
            <dl class="bands">
                for band in inst.bands() {
                    <dt>{ band.title(l) }{ " (" }{ fill(Msg::MethodFrom.text(l), &[("n", intl::number(l, f64::from(band.min()), 0).as_str())]) }{ ")" }</dt>
                    <dd>{ band.description(l) }</dd>
                }
            </dl>
            <h2>{ Msg::DimensionScores.text(l) }</h2>
            <table class="data-table">
                <thead><tr>
                    <th scope="col">{ Msg::TableArea.text(l) }</th>
                    <th scope="col">{ Msg::MethodWeight.text(l) }</th>
                    <th scope="col">{ Msg::MethodItems.text(l) }</th>
                </tr></thead>
                <tbody>
                    for d in inst.dimensions() {
                        <tr>
                            <th scope="row">{ d.title(l) }</th>
                            <td>{ intl::number(l, d.weight(), 2) }</td>
                            <td>{ intl::number(l, d.item_count() as f64, 0) }</td>
                        </tr>
                    }
                </tbody>
            </table>
            <p><a class="button" href={Route::Assessment(AssessmentPage::Results).to_fragment()}>{ Msg::ResultsTitle.text(l) }</a></p>
        </div>
    }
}
