//! The app state, the actions that change it and the one reducer.
//!
//! The reducer is pure: it calls into `kilit_core` only. Effects that reach
//! the browser (storage, the document) run in the UI's effect hooks.

mod accounts;
mod assessment;

use std::rc::Rc;

use kilit_core::accounts::Checklist;
use kilit_core::date::Date;
use kilit_core::i18n::Locale;
use kilit_core::persist::{AssessmentProgress, Workspace};
use kilit_core::route::Route;
use yew::Reducible;

pub use accounts::{AccountsAction, Page, SortKey, Workbench};
pub use assessment::{AssessmentAction, AssessmentState, Catalog, CatalogEntry, CatalogRef, CatalogStatus};

/// The state handle that pages read from context (`use_context::<AppHandle>()`).
pub type AppHandle = yew::UseReducerHandle<AppState>;

/// Everything the app shows is derived from this.
#[derive(Clone, Debug)]
pub struct AppState {
    pub locale: Locale,
    pub route: Route,
    /// The instruments on offer; loaded once, never changed by actions.
    pub catalog: Rc<Catalog>,
    pub assessment: AssessmentState,
    /// The key-account selection checklist; built in, never changed by actions.
    pub checklist: Rc<Checklist>,
    pub accounts: Workbench,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
            && self.route == other.route
            && Rc::ptr_eq(&self.catalog, &other.catalog)
            && self.assessment == other.assessment
            && Rc::ptr_eq(&self.checklist, &other.checklist)
            && self.accounts == other.accounts
    }
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The user picked a language.
    SetLocale(Locale),
    /// The URL fragment changed (link, back button, typed address).
    Navigate(Route),
    Assessment(AssessmentAction),
    Accounts(AccountsAction),
    /// The instruments are being fetched.
    CatalogLoading,
    /// The fetch ended: `(id, JSON)` for each instrument, or `None` if any failed.
    CatalogArrived(Option<Vec<(String, String)>>),
    /// Forget a failed fetch so it is tried again.
    CatalogRetry,
    /// Replace everything the user made with `workspace` (restore on load,
    /// switch workspaces, copy a shared link in). The language is kept: the
    /// URL and the language switch own it.
    OpenWorkspace(Rc<Workspace>),
    /// Keep `workspace` as a new named workspace and switch to it ("copy
    /// into my workspace" from a share link, a re-imported JSON export).
    AdoptWorkspace { name: String, workspace: Rc<Workspace> },
}

impl AppState {
    /// The state on start; `today` is the analysis date the workbench begins with.
    pub fn new(locale: Locale, route: Route, catalog: Rc<Catalog>, today: Date) -> Self {
        let assessment = AssessmentState::new(&catalog);
        let checklist = Rc::new(Checklist::builtin());
        AppState { locale, route, catalog, assessment, checklist, accounts: Workbench::new(today, locale) }
    }
}

impl AppState {
    /// Everything the user made, as the one value that is saved, exported
    /// and shared.
    pub fn workspace(&self) -> Workspace {
        let a = &self.assessment;
        Workspace {
            locale: self.locale,
            assessment: AssessmentProgress {
                current: a.current.clone(),
                answers: a.answers.clone(),
                steps: a.steps.clone(),
                plans: a.plans.clone(),
            },
            portfolio: (*self.accounts.portfolio).clone(),
            settings: self.accounts.settings.clone(),
        }
    }

    /// The state holding `workspace`, everything else (language, route,
    /// catalog, checklist) unchanged.
    fn with_workspace(&self, workspace: &Workspace) -> Rc<Self> {
        let mut next = self.clone();
        let w = &workspace.assessment;
        next.assessment = AssessmentState {
            current: w.current.clone(),
            answers: w.answers.clone(),
            steps: w.steps.clone(),
            plans: w.plans.clone(),
        };
        next.assessment.adopt(&self.catalog);
        next.accounts = Workbench::with(workspace.portfolio.clone(), workspace.settings.clone());
        Rc::new(next)
    }

    fn with_catalog(&self, catalog: Catalog) -> Rc<Self> {
        let mut next = self.clone();
        next.assessment.adopt(&catalog);
        next.catalog = Rc::new(catalog);
        Rc::new(next)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLocale(locale) if locale != self.locale => Rc::new(AppState { locale, ..(*self).clone() }),
            Action::Navigate(route) if route != self.route => Rc::new(AppState { route, ..(*self).clone() }),
            Action::Assessment(action) => match self.assessment.apply(&self.catalog, action) {
                Some(assessment) => Rc::new(AppState { assessment, ..(*self).clone() }),
                None => self,
            },
            Action::Accounts(action) => match self.accounts.apply(&self.checklist, self.locale, action) {
                Some(accounts) => Rc::new(AppState { accounts, ..(*self).clone() }),
                None => self,
            },
            Action::CatalogLoading if self.catalog.status == CatalogStatus::NotLoaded => {
                self.with_catalog(Catalog::with_status(CatalogStatus::Loading))
            }
            Action::CatalogRetry if self.catalog.status == CatalogStatus::Failed => {
                self.with_catalog(Catalog::with_status(CatalogStatus::NotLoaded))
            }
            Action::CatalogArrived(Some(sources)) => {
                self.with_catalog(Catalog::from_sources(sources.iter().map(|(id, json)| (id.as_str(), json.as_str()))))
            }
            Action::CatalogArrived(None) => self.with_catalog(Catalog::with_status(CatalogStatus::Failed)),
            Action::OpenWorkspace(workspace) => self.with_workspace(&workspace),
            // Until named workspaces are kept, adopting one opens it.
            Action::AdoptWorkspace { workspace, .. } => self.with_workspace(&workspace),
            _ => self,
        }
    }
}
