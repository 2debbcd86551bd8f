//! The root component: owns the state, wires the browser effects, lays out
//! header, page and footer.

use std::rc::Rc;

use kilit_core::assessment::BUILTIN_IDS;
use kilit_core::config::with_query_param;
use kilit_core::date::Date;
use kilit_core::i18n::{Locale, Msg};
use kilit_core::route::Route;
use yew::prelude::*;

use crate::platform;
use crate::state::{Action, AppHandle, AppState, Boot, Catalog, CatalogStatus};
use crate::ui::persist;
use crate::ui::workspaces::{Notices, Workspaces};
use crate::ui::accounts::Accounts;
use crate::ui::assessment::Assessment;
use crate::ui::header::Header;
use crate::ui::home::Home;
use crate::ui::pages::NotFound;
use crate::ui::report::{Report, SharedView};

/// What the app starts with; `start` reads it from the page.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub locale: Locale,
    pub route: Route,
    /// Instruments to use instead of fetching them (tests).
    #[prop_or_default]
    pub catalog: Option<Rc<Catalog>>,
    /// What was read from storage; `None` runs without storage (tests).
    #[prop_or_default]
    pub boot: Option<Rc<Boot>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let props = props.clone();
        move || {
            let catalog = props.catalog.unwrap_or_else(|| Rc::new(Catalog::with_status(CatalogStatus::NotLoaded)));
            // The analysis date starts as today, in the user's time zone.
            let today = Date::parse_iso(&platform::intl::today_iso()).unwrap_or(Date::EPOCH);
            let tab = if props.boot.is_some() { platform::storage::tab_id() } else { String::new() };
            AppState::restored(props.locale, props.route, catalog, today, props.boot.as_deref(), &tab)
        }
    });
    persist::use_persistence(&state);
    let locale = state.locale;

    use_effect_with(locale, |&locale| {
        crate::set_current_locale(locale);
        platform::apply_locale(locale);
    });

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                platform::on_fragment_change(move |fragment| dispatcher.dispatch(Action::Navigate(Route::parse(&fragment))));
            platform::mark("kilit:ready");
            move || drop(listener)
        });
    }

    // After a navigation (not on first load), start at the top and put focus
    // on the new page's heading so screen readers announce it.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.route.clone(), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::scroll_to_top();
                platform::focus("page-title");
            }
        });
    }

    // The instruments are fetched the first time a page needs them.
    {
        // The report and a shared link show assessment results too.
        let needed = matches!(state.route, Route::Assessment(_) | Route::Report | Route::Share(_))
            && state.catalog.status == CatalogStatus::NotLoaded;
        let dispatcher = state.dispatcher();
        use_effect_with(needed, move |&needed| {
            if needed {
                dispatcher.dispatch(Action::CatalogLoading);
                platform::spawn(async move {
                    let urls: Vec<String> = BUILTIN_IDS.iter().map(|id| format!("instruments/{id}.json")).collect();
                    let arrived = platform::fetch_texts(&urls).await.map(|texts| {
                        BUILTIN_IDS.iter().map(|id| id.to_string()).zip(texts).collect()
                    });
                    dispatcher.dispatch(Action::CatalogArrived(arrived));
                });
            }
        });
    }

    // Stable across renders, so the header is not re-rendered on every answer.
    let on_locale = use_callback(state.dispatcher(), |l: Locale, dispatcher| {
        platform::save_language(l);
        platform::replace_query(&with_query_param(&platform::query(), "lang", l.code()));
        dispatcher.dispatch(Action::SetLocale(l));
    });

    let page = match &state.route {
        Route::Home => html! { <Home {locale} /> },
        Route::Assessment(page) => html! { <Assessment page={*page} /> },
        Route::Accounts => html! { <Accounts /> },
        Route::Report => html! { <Report /> },
        Route::Workspaces => html! { <Workspaces /> },
        Route::Share(payload) => html! { <SharedView payload={AttrValue::from(payload.clone())} /> },
        Route::NotFound(_) => html! { <NotFound {locale} /> },
    };

    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        platform::focus("main");
    });

    html! {
        <ContextProvider<AppHandle> context={state.clone()}>
        <div class="app">
            <a class="skip-link" href="#main" onclick={skip}>{ Msg::SkipToContent.text(locale) }</a>
            <Header {locale} section={state.route.section()} on_locale={on_locale} />
            <Notices />
            <main id="main" tabindex="-1">{ page }</main>
            <footer class="site-footer">
                <p>
                    <span class="lock" aria-hidden="true">{ "🔒" }</span>
                    { Msg::FooterPrivacy.text(locale) }
                </p>
            </footer>
        </div>
        </ContextProvider<AppHandle>>
    }
}
