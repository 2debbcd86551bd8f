//! The home screen: what Kilit is and its two modules.

use kilit_core::i18n::{Locale, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    pub locale: Locale,
}

#[component]
pub fn Home(props: &HomeProps) -> Html {
    let l = props.locale;
    let card = |id: &'static str, href: &'static str, title: Msg, body: Msg, cta: Msg, icon: &'static str| {
        html! {
            <article class="module-card" aria-labelledby={id}>
                <div class="module-icon" aria-hidden="true">{ icon }</div>
                <h2 id={id}>{ title.text(l) }</h2>
                <p>{ body.text(l) }</p>
                <a class="button primary" {href}>{ cta.text(l) }</a>
            </article>
        }
    };
    html! {
        <section class="home" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ Msg::HomeTitle.text(l) }</h1>
            <p class="lead">{ Msg::HomeIntro.text(l) }</p>
            <div class="module-grid">
                { card("module-assessment", "#/assessment", Msg::ModuleAssessmentTitle, Msg::ModuleAssessmentBody, Msg::ModuleAssessmentCta, "✓") }
                { card("module-accounts", "#/accounts", Msg::ModuleAccountsTitle, Msg::ModuleAccountsBody, Msg::ModuleAccountsCta, "★") }
            </div>
        </section>
    }
}
