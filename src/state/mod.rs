//! The app state, the actions that change it and the one reducer.
//!
//! The reducer is pure: it calls into `kilit_core` only. Effects that reach
//! the browser (storage, the document) run in the UI's effect hooks.

use std::rc::Rc;

use kilit_core::i18n::Locale;
use kilit_core::route::Route;
use yew::Reducible;

/// Everything the app shows is derived from this.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub locale: Locale,
    pub route: Route,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The user picked a language.
    SetLocale(Locale),
    /// The URL fragment changed (link, back button, typed address).
    Navigate(Route),
}

impl AppState {
    pub fn new(locale: Locale, route: Route) -> Self {
        AppState { locale, route }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLocale(locale) if locale != self.locale => Rc::new(AppState { locale, ..(*self).clone() }),
            Action::Navigate(route) if route != self.route => Rc::new(AppState { route, ..(*self).clone() }),
            _ => self,
        }
    }
}
