//! The site header: brand, main navigation and the language switcher.

use kilit_core::i18n::{Locale, Msg};
use kilit_core::route::Section;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub locale: Locale,
    pub section: Section,
    pub on_locale: Callback<Locale>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let locale = props.locale;
    let link = |section: Section, href: &'static str, label: Msg| {
        let current = (props.section == section).then_some("page");
        html! { <li><a {href} aria-current={current}>{ label.text(locale) }</a></li> }
    };
    html! {
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">{ "◆" }</span>
                <span class="brand-name">{ Msg::AppName.text(locale) }</span>
            </a>
            <nav aria-label={Msg::MainNavigation.text(locale)}>
                <ul class="nav-list">
                    { link(Section::Home, "#/", Msg::NavHome) }
                    { link(Section::Assessment, "#/assessment", Msg::NavAssessment) }
                    { link(Section::Accounts, "#/accounts", Msg::NavAccounts) }
                    { link(Section::Report, "#/report", Msg::NavReport) }
                </ul>
            </nav>
            <crate::ui::workspaces::SaveIndicator />
            <LanguageSwitcher {locale} on_select={props.on_locale.clone()} />
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct LanguageSwitcherProps {
    pub locale: Locale,
    pub on_select: Callback<Locale>,
}

/// Three buttons, each labelled in its own language; the current one is pressed.
#[component]
pub fn LanguageSwitcher(props: &LanguageSwitcherProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={Msg::LanguageLabel.text(props.locale)}>
            for l in Locale::ALL {
                <button
                    type="button"
                    lang={l.code()}
                    dir={l.dir().as_str()}
                    class="lang-button"
                    aria-pressed={if l == props.locale { "true" } else { "false" }}
                    onclick={props.on_select.reform(move |_| l)}
                >{ l.native_name() }</button>
            }
        </div>
    }
}
