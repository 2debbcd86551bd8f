//! Small pages: not found, and modules that are still being built.

use kilit_core::i18n::{Locale, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    pub locale: Locale,
}

#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    let l = props.locale;
    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ Msg::NotFoundTitle.text(l) }</h1>
            <p>{ Msg::NotFoundBody.text(l) }</p>
            <a class="button" href="#/">{ Msg::BackHome.text(l) }</a>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    pub locale: Locale,
    pub title: Msg,
}

#[component]
pub fn ComingSoon(props: &ComingSoonProps) -> Html {
    let l = props.locale;
    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ props.title.text(l) }</h1>
            <h2>{ Msg::ComingSoonTitle.text(l) }</h2>
            <p>{ Msg::ComingSoonBody.text(l) }</p>
            <a class="button" href="#/">{ Msg::BackHome.text(l) }</a>
        </section>
    }
}
