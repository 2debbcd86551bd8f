//! The app's routes, read from and written to the URL fragment.
//!
//! The fragment belongs to the app: `#/` home, `#/assessment`,
//! `#/accounts`, `#/report`, `#/workspaces`, `#/share/<payload>`. Parsing is total: anything
//! unknown becomes [`Route::NotFound`], never an error.

use crate::config::Module;

/// A page of the assessment module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessmentPage {
    /// The current question step of the chosen instrument.
    Questions,
    /// The list of unanswered items before the results.
    Review,
    /// Scores, charts, recommendations and the action plan.
    Results,
    /// How the scores are computed.
    Method,
}

/// Where the user is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Assessment(AssessmentPage),
    Accounts,
    Report,
    /// The list of named workspaces and the device's storage settings.
    Workspaces,
    /// A shared result; the payload is opaque here.
    Share(String),
    /// Anything else; keeps what was asked for, to show it.
    NotFound(String),
}

impl Route {
    /// Reads a fragment, with or without the leading `#`.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#');
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.trim_end_matches('/');
        let mut parts = path.splitn(2, '/');
        let head = parts.next().unwrap_or("");
        let rest = parts.next();
        match (head, rest) {
            ("", None) => Route::Home,
            ("assessment", None) => Route::Assessment(AssessmentPage::Questions),
            ("assessment", Some("review")) => Route::Assessment(AssessmentPage::Review),
            ("assessment", Some("results")) => Route::Assessment(AssessmentPage::Results),
            ("assessment", Some("method")) => Route::Assessment(AssessmentPage::Method),
            ("accounts", None) => Route::Accounts,
            ("report", None) => Route::Report,
            ("workspaces", None) => Route::Workspaces,
            ("share", Some(payload)) if !payload.is_empty() => Route::Share(payload.to_string()),
            _ => Route::NotFound(fragment.trim_start_matches('#').to_string()),
        }
    }

    /// The fragment for this route, with the leading `#`.
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Assessment(AssessmentPage::Questions) => "#/assessment".into(),
            Route::Assessment(AssessmentPage::Review) => "#/assessment/review".into(),
            Route::Assessment(AssessmentPage::Results) => "#/assessment/results".into(),
            Route::Assessment(AssessmentPage::Method) => "#/assessment/method".into(),
            Route::Accounts => "#/accounts".into(),
            Route::Report => "#/report".into(),
            Route::Workspaces => "#/workspaces".into(),
            Route::Share(payload) => format!("#/share/{payload}"),
            Route::NotFound(path) => format!("#{path}"),
        }
    }

    /// The route a page opens on: the fragment if it names one, else the
    /// module the query asks for, else home.
    pub fn initial(fragment: &str, module: Option<Module>) -> Route {
        let route = Route::parse(fragment);
        match (route, module) {
            (Route::Home, Some(Module::Assessment)) => Route::Assessment(AssessmentPage::Questions),
            (Route::Home, Some(Module::Accounts)) => Route::Accounts,
            (route, _) => route,
        }
    }

    /// The top-level section, for marking the current navigation link.
    pub fn section(&self) -> Section {
        match self {
            Route::Home | Route::NotFound(_) | Route::Share(_) => Section::Home,
            Route::Assessment(_) => Section::Assessment,
            Route::Accounts => Section::Accounts,
            Route::Report => Section::Report,
            Route::Workspaces => Section::Workspaces,
        }
    }
}

/// The top-level sections of the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Home,
    Assessment,
    Accounts,
    Report,
    Workspaces,
}
