//! The app state, the actions that change it and the one reducer.
//!
//! The reducer is pure: it calls into `kilit_core` only. Effects that reach
//! the browser (storage, the document) run in the UI's effect hooks.

mod accounts;
mod assessment;
mod persist;
pub mod import;

use std::rc::Rc;

use kilit_core::accounts::Checklist;
use kilit_core::date::Date;
use kilit_core::i18n::Locale;
use kilit_core::persist::{AssessmentProgress, Workspace};
use kilit_core::route::Route;
use yew::Reducible;

pub use accounts::{AccountsAction, Page, SortKey, Workbench};
pub use persist::{Boot, Notice, PersistAction, PersistState, Request};
pub use import::{ImportAction, ImportState};
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
    /// Saving: the named workspace on screen, unsaved changes, notices.
    pub persist: PersistState,
    /// The import flow and the undo of the last import.
    pub import: ImportState,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
            && self.route == other.route
            && Rc::ptr_eq(&self.catalog, &other.catalog)
            && self.assessment == other.assessment
            && Rc::ptr_eq(&self.checklist, &other.checklist)
            && self.accounts == other.accounts
            && self.persist == other.persist
            && self.import == other.import
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
    /// The import flow (issue 5).
    Import(ImportAction),
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
    /// Saving and named workspaces (`state::persist`).
    Persist(PersistAction),
    /// Replace the workspace on screen with an empty one (after the user
    /// confirmed); it is saved over the current workspace.
    StartOver,
}

impl AppState {
    /// The state on start; `today` is the analysis date the workbench begins with.
    pub fn new(locale: Locale, route: Route, catalog: Rc<Catalog>, today: Date) -> Self {
        AppState::restored(locale, route, catalog, today, None, "")
    }

    /// The state on start with what was read from storage (`None`: the app
    /// runs without storage, as in component tests). `tab` names this tab
    /// in pings to other tabs.
    pub fn restored(locale: Locale, route: Route, catalog: Rc<Catalog>, today: Date, boot: Option<&Boot>, tab: &str) -> Self {
        let assessment = AssessmentState::new(&catalog);
        let checklist = Rc::new(Checklist::builtin());
        let accounts = Workbench::new(today, locale);
        let mut state = AppState {
            locale,
            route,
            catalog,
            assessment,
            checklist,
            accounts,
            import: ImportState::default(),
            persist: PersistState::new(None, Rc::new(Workspace::new(locale, "TRY", today)), tab.into()),
        };
        let blank = Rc::new(state.workspace());
        state.persist = PersistState::new(boot, blank, tab.into());
        match boot.and_then(|b| b.open.as_ref()) {
            Some((_, _, workspace)) => (*state.with_workspace(workspace)).clone(),
            None => state,
        }
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
        next.import = ImportState::default();
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
            Action::SetLocale(locale) if locale != self.locale => {
                Rc::new(AppState { locale, persist: self.persist.edited(), ..(*self).clone() })
            }
            Action::Navigate(route) if route != self.route => Rc::new(AppState { route, ..(*self).clone() }),
            Action::Assessment(action) => match self.assessment.apply(&self.catalog, action) {
                Some(assessment) => Rc::new(AppState { assessment, persist: self.persist.edited(), ..(*self).clone() }),
                None => self,
            },
            Action::Accounts(action) => match self.accounts.apply(&self.checklist, self.locale, action) {
                Some(accounts) => {
                    // Undoing an import would throw away later changes to
                    // the accounts, so a change to them ends the undo.
                    let mut import = self.import.clone();
                    let portfolio_changed = !Rc::ptr_eq(&accounts.portfolio, &self.accounts.portfolio);
                    if portfolio_changed {
                        import.undo = None;
                    }
                    import.undone = false;
                    // Sorting, filtering, paging and opening a row change
                    // only the view: nothing to save.
                    let persist = if portfolio_changed || accounts.settings != self.accounts.settings {
                        self.persist.edited()
                    } else {
                        self.persist.clone()
                    };
                    Rc::new(AppState { accounts, import, persist, ..(*self).clone() })
                }
                None => self,
            },
            Action::Import(action) => match import::reduce(&self.import, &self.accounts, self.locale, action) {
                Some((import, Some(accounts))) => {
                    Rc::new(AppState { accounts, import, persist: self.persist.edited(), ..(*self).clone() })
                }
                Some((import, None)) => {
                    Rc::new(AppState { import, ..(*self).clone() })
                }
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
            // The workspace on screen gets new contents, saved under its name.
            Action::OpenWorkspace(workspace) => {
                let mut next = (*self.with_workspace(&workspace)).clone();
                next.persist = self.persist.edited();
                Rc::new(next)
            }
            // A new named workspace (unique name), saved as such.
            Action::AdoptWorkspace { name, workspace } => {
                let mut next = (*self.with_workspace(&workspace)).clone();
                next.persist = self.persist.adopted(&name, self.locale);
                Rc::new(next)
            }
            Action::StartOver => {
                let mut next = (*self.with_workspace(&self.persist.blank.clone())).clone();
                next.persist = self.persist.edited();
                Rc::new(next)
            }
            Action::Persist(action) => {
                let (persist, replace) = self.persist.apply(action);
                let mut next = match replace {
                    Some(workspace) => (*self.with_workspace(&workspace)).clone(),
                    None => (*self).clone(),
                };
                next.persist = persist;
                Rc::new(next)
            }
            _ => self,
        }
    }
}
