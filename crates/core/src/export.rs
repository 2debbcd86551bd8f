//! The pure parts of exporting and sharing that the app's "Share and
//! export" panel, the shared view and the report need: file names, the
//! link's address, the rows of a results link, the workspace a shared
//! result becomes, and the name check for "copy into my workspace".
//! The formats themselves are in [`crate::persist`].

use crate::accounts::{Analysis, Portfolio};
use crate::assessment::{ActionPlan, Answers};
use crate::date::Date;
use crate::i18n::{fill, Locale};
use crate::persist::{
    PersistMsg, SharedAccount, SharedAssessment, SharedResults, Workspace, MAX_NAME_CHARS,
};

/// What a download holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFile {
    /// The JSON export of the whole workspace.
    Workspace,
    /// The accounts CSV.
    Accounts,
    /// The assessment CSV.
    Assessment,
}

impl ExportFile {
    fn suffix(self) -> &'static str {
        match self {
            ExportFile::Workspace => ".json",
            ExportFile::Accounts => "-accounts.csv",
            ExportFile::Assessment => "-assessment.csv",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ExportFile::Workspace => "application/json",
            ExportFile::Accounts | ExportFile::Assessment => "text/csv;charset=utf-8",
        }
    }
}

/// `kilit-<workspace>-<date><suffix>`: letters and digits of any script are
/// kept (`Anadolu Gıda` → `Anadolu-Gıda`), everything else becomes one `-`;
/// at most 40 characters of the name. Without a usable name:
/// `kilit-<date><suffix>`.
pub fn file_name(workspace: Option<&str>, date: Date, file: ExportFile) -> String {
    let mut slug = String::new();
    for c in workspace.unwrap_or("").chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let mut out = String::from("kilit-");
    if !slug.is_empty() {
        out.push_str(slug);
        out.push('-');
    }
    out.push_str(&date.to_iso());
    out.push_str(file.suffix());
    out
}

/// The address to share: the page's address without its fragment, then
/// the link's fragment (`#/share/1.…`).
pub fn share_url(page: &str, fragment: &str) -> String {
    let base = page.split('#').next().unwrap_or("");
    format!("{base}{fragment}")
}

/// The shortlist as a results link holds it: the accounts on the list, in
/// the list's order, with their computed scores and classes.
pub fn shortlist_rows(portfolio: &Portfolio, analysis: &Analysis) -> Vec<SharedAccount> {
    analysis
        .shortlist
        .entries
        .iter()
        .filter_map(|e| {
            let i = e.index as usize;
            let name = portfolio.accounts.get(i)?.name.as_str();
            Some(SharedAccount::from_result(name, analysis.accounts.get(i)?))
        })
        .collect()
}

/// What a results link holds. `assessment` is the current instrument's
/// answers and plan (left out when nothing was answered).
pub fn shared_results(
    locale: Locale,
    assessment: Option<SharedAssessment>,
    portfolio: &Portfolio,
    analysis: Option<&Analysis>,
) -> SharedResults {
    SharedResults {
        locale,
        assessment: assessment.filter(|a| !a.answers.is_empty()),
        shortlist: analysis.map(|a| shortlist_rows(portfolio, a)).unwrap_or_default(),
    }
}

/// The workspace that "copy into my workspace" keeps from shared results:
/// `blank` with the shared answers and plan. The shortlist is not kept:
/// the link holds results, not accounts.
pub fn results_workspace(shared: &SharedResults, blank: &Workspace) -> Workspace {
    let mut w = blank.clone();
    if let Some(a) = &shared.assessment {
        w.assessment.current = a.instrument.clone();
        w.assessment.answers.insert(a.instrument.clone(), a.answers.clone());
        if a.plan != ActionPlan::default() {
            w.assessment.plans.insert(a.instrument.clone(), a.plan.clone());
        }
    }
    w
}

/// The answers of the instrument a workspace shows, if any were given.
pub fn current_answers(workspace: &Workspace) -> Option<&Answers> {
    let a = &workspace.assessment;
    a.answers.get(&a.current).filter(|x| !x.is_empty())
}

/// A name typed for a new workspace, trimmed, or the translated reason it
/// cannot be used (empty, too long). Whether it is taken is the workspace
/// list's business.
pub fn check_name(name: &str, locale: Locale) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(PersistMsg::NameEmpty.text(locale).to_string());
    }
    if name.chars().count() > MAX_NAME_CHARS {
        let max = crate::number::format_integer(MAX_NAME_CHARS as i64, locale);
        return Err(fill(PersistMsg::NameTooLong.text(locale), &[("max", &max)]));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{analyse, example_portfolio, Checklist, Settings};
    use crate::assessment::Answer;

    fn day() -> Date {
        Date::parse_iso("2025-06-30").unwrap()
    }

    #[test]
    fn file_names_keep_letters_of_every_script() {
        let d = day();
        assert_eq!(file_name(Some("Anadolu Gıda"), d, ExportFile::Workspace), "kilit-Anadolu-Gıda-2025-06-30.json");
        assert_eq!(file_name(Some("  شرکت / آلفا!! "), d, ExportFile::Accounts), "kilit-شرکت-آلفا-2025-06-30-accounts.csv");
        assert_eq!(file_name(None, d, ExportFile::Assessment), "kilit-2025-06-30-assessment.csv");
        assert_eq!(file_name(Some("../.."), d, ExportFile::Workspace), "kilit-2025-06-30.json");
        let long = "x".repeat(100);
        assert_eq!(file_name(Some(&long), d, ExportFile::Workspace).len(), "kilit-".len() + 40 + "-2025-06-30.json".len());
    }

    #[test]
    fn share_url_replaces_the_fragment() {
        assert_eq!(share_url("https://a.b/k/?lang=tr#/report", "#/share/1.x"), "https://a.b/k/?lang=tr#/share/1.x");
        assert_eq!(share_url("https://a.b/", "#/share/1.x"), "https://a.b/#/share/1.x");
    }

    #[test]
    fn results_hold_the_shortlist_in_order_and_copy_keeps_the_answers() {
        let portfolio = example_portfolio(day());
        let checklist = Checklist::builtin();
        let analysis = analyse(&portfolio, &checklist, &Settings::default());
        let mut answers = Answers::new();
        answers.insert("dif_01".into(), Answer::Value(4));
        let assessment = SharedAssessment {
            instrument: "kam-readiness".into(),
            instrument_version: "1".into(),
            answers,
            plan: ActionPlan::default(),
        };
        let r = shared_results(Locale::Tr, Some(assessment), &portfolio, Some(&analysis));
        assert_eq!(r.shortlist.len(), analysis.shortlist.entries.len());
        assert!(!r.shortlist.is_empty());
        let first = analysis.shortlist.entries[0].index as usize;
        assert_eq!(r.shortlist[0].name, portfolio.accounts[first].name);

        let blank = Workspace::new(Locale::En, "TRY", day());
        let w = results_workspace(&r, &blank);
        assert_eq!(w.assessment.current, "kam-readiness");
        assert_eq!(current_answers(&w).map(|a| a.len()), Some(1));
        assert!(w.portfolio.accounts.is_empty());

        let empty = shared_results(Locale::Tr, None, &portfolio, None);
        assert!(empty.assessment.is_none() && empty.shortlist.is_empty());
        assert_eq!(results_workspace(&empty, &blank), blank);
    }

    #[test]
    fn names_are_checked_and_trimmed() {
        assert_eq!(check_name("  Ege  ", Locale::En), Ok("Ege".into()));
        assert!(check_name("   ", Locale::Tr).is_err());
        assert!(check_name(&"ş".repeat(MAX_NAME_CHARS + 1), Locale::Fa).is_err());
        assert!(check_name(&"ş".repeat(MAX_NAME_CHARS), Locale::Fa).is_ok());
    }
}
