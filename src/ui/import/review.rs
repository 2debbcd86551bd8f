//! The review screen: what reading the whole file gave, every rejected row
//! by line, column and reason, and the choice to apply it or go back.
//! Nothing has changed in the workbench yet.

use std::rc::Rc;

use kilit_core::i18n::{fill, Locale};
use kilit_core::import::{ImportMsg, LedgerImport, OrderBasis, Report};
use yew::prelude::*;

use super::Act;
use crate::platform::intl;
use crate::state::import::{Mapping, Outcome};
use crate::state::ImportAction;

/// Problems shown at first, and added by each "Show more".
const PAGE: usize = 100;

#[derive(Properties, PartialEq)]
pub(super) struct ReviewProps {
    pub locale: Locale,
    pub act: Act,
    pub mapping: Rc<Mapping>,
    pub outcome: Rc<Outcome>,
}

#[component]
pub(super) fn Review(props: &ReviewProps) -> Html {
    let l = props.locale;
    let shown = use_state(|| PAGE);
    let back = props.act.reform(|_: MouseEvent| ImportAction::Back);
    let apply = props.act.reform(|_: MouseEvent| ImportAction::Apply);
    let (summary, report, header): (String, Option<&Report>, &[String]) = match &*props.outcome {
        Outcome::Ledger(g) => (ledger_summary(l, g), Some(&g.report), &g.header),
        Outcome::Accounts(a) => {
            let read = fill(ImportMsg::AccountsRead.text(l), &[("n", &intl::number(l, a.accounts.len() as f64, 0))]);
            (format!("{read} {}", a.report.summary(l)), Some(&a.report), &a.header)
        }
        Outcome::Problem(p) => (p.message(l), None, &[]),
        Outcome::Unreadable => (ImportMsg::FileUnreadable.text(l).to_string(), None, &[]),
    };
    let column_name = |c: u32| -> Option<String> {
        header.get(c as usize).map(|h| h.trim().to_string()).filter(|h| !h.is_empty())
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <>
            <h2 id="review-title" tabindex="-1">{ ImportMsg::ReviewTitle.text(l) }</h2>
            if let Some(report) = report {
                <p id="import-summary">{ summary }</p>
                <p class="notice">{ ImportMsg::NothingApplied.text(l) }</p>
                <p class="import-actions">
                    <button type="button" class="button primary" id="apply-import" onclick={apply}>{ ImportMsg::ApplyImport.text(l) }</button>
                    <button type="button" class="button" id="back-to-columns" onclick={back}>{ ImportMsg::BackToColumns.text(l) }</button>
                </p>
                <section aria-labelledby="problems-title">
                    <h3 id="problems-title">{ ImportMsg::ProblemsTitle.text(l) }</h3>
                    if report.problems.is_empty() {
                        <p id="no-problems">{ ImportMsg::NoRowProblems.text(l) }</p>
                    } else {
                        <ul class="import-problems" id="import-problems">
                            for p in report.problems.iter().take(*shown) {
                                <li>{ p.describe(l, p.column.and_then(column_name).as_deref()) }</li>
                            }
                        </ul>
                        { shown_count(l, report, *shown, more) }
                    }
                </section>
            } else {
                <p class="notice error" id="import-summary" role="alert">{ summary }</p>
                <p class="import-actions">
                    <button type="button" class="button" id="back-to-columns" onclick={back}>{ ImportMsg::BackToColumns.text(l) }</button>
                </p>
            }
        </>
    }
}

/// "Showing 100 of 2,345 problems" and the button for more.
fn shown_count(l: Locale, report: &Report, shown: usize, more: Callback<MouseEvent>) -> Html {
    let listed = report.problems.len();
    let total = listed as u64 + report.unlisted;
    let visible = shown.min(listed);
    if visible as u64 == total {
        return html! {};
    }
    let n = |v: u64| intl::number(l, v as f64, 0);
    html! {
        <p class="muted" id="problems-count">
            { fill(ImportMsg::ShowingProblems.text(l), &[("shown", &n(visible as u64)), ("total", &n(total))]) }
            if visible < listed {
                { " " }
                <button type="button" class="button small" id="more-problems" onclick={more}>{ ImportMsg::ShowMoreProblems.text(l) }</button>
            }
        </p>
    }
}

/// The core's ledger summary, with the dates in the reader's calendar
/// (Solar Hijri in Persian) instead of ISO.
fn ledger_summary(l: Locale, g: &LedgerImport) -> String {
    let date = |d: Option<kilit_core::date::Date>| d.map(|d| intl::date(l, &d.to_iso())).unwrap_or_default();
    let customers = intl::number(l, g.customers.len() as f64, 0);
    let head = fill(
        ImportMsg::LedgerSummary.text(l),
        &[("customers", &customers), ("first", &date(g.first_date)), ("last", &date(g.last_date))],
    );
    let orders = match g.order_basis {
        OrderBasis::OrderNumbers => ImportMsg::OrdersByNumber.text(l),
        OrderBasis::PurchaseDays => ImportMsg::OrdersByDay.text(l),
    };
    format!("{head} {orders} {}", g.report.summary(l))
}
