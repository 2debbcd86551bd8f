//! `#/share/<version>.<payload>`: opens a link read-only. Decoding and
//! reading are the core's; decompressing is the browser's. Opening never
//! touches the user's own work; "copy into my workspace" keeps the shared
//! workspace as a new one (the reducer's `AdoptWorkspace`).

use std::rc::Rc;

use kilit_core::date::Date;
use kilit_core::export::{check_name, results_workspace};
use kilit_core::i18n::{fill, Msg, ShareMsg as S};
use kilit_core::persist::{decode_share, read_shared, ShareError, Shared, Workspace, MAX_SHARED_JSON_BYTES};
use yew::prelude::*;

use super::{accounts_part, assessment_part, shared_shortlist_part};
use crate::platform::compress::{decompress, CompressError};
use crate::platform::{self, intl};
use crate::state::{Action, AppHandle, AppState, CatalogStatus};

#[derive(Clone, PartialEq)]
enum View {
    Opening,
    Failed(ShareError),
    Ready(Rc<Shared>),
}

fn blank(locale: kilit_core::i18n::Locale) -> Workspace {
    let today = Date::parse_iso(&intl::today_iso()).unwrap_or(Date::EPOCH);
    Workspace::new(locale, "TRY", today)
}

/// Link text → what it holds, or why it cannot be opened.
async fn open(payload: &str, blank: &Workspace) -> Result<Shared, ShareError> {
    let frame = decode_share(payload)?;
    let bytes = decompress(&frame.compressed, MAX_SHARED_JSON_BYTES).await.map_err(|e| match e {
        CompressError::TooLarge => ShareError::ContentsTooLarge,
        CompressError::Failed => ShareError::Unreadable,
    })?;
    let json = String::from_utf8(bytes).map_err(|_| ShareError::Unreadable)?;
    read_shared(frame.kind, &json, blank)
}

#[derive(Properties, PartialEq)]
pub struct SharedViewProps {
    pub payload: AttrValue,
}

#[component]
pub fn SharedView(props: &SharedViewProps) -> Html {
    let app = use_context::<AppHandle>();
    let view = use_state(|| View::Opening);
    let asking = use_state(|| false);
    let name = use_state(String::new);
    let name_error = use_state(|| None::<String>);
    {
        let (view, locale) = (view.clone(), app.as_ref().map(|a| a.locale));
        use_effect_with(props.payload.clone(), move |payload| {
            view.set(View::Opening);
            let payload = payload.to_string();
            let blank = blank(locale.unwrap_or(kilit_core::i18n::Locale::En));
            platform::spawn(async move {
                view.set(match open(&payload, &blank).await {
                    Ok(shared) => View::Ready(Rc::new(shared)),
                    Err(e) => View::Failed(e),
                });
                platform::refocus_if_lost("page-title");
            });
        });
    }
    let Some(app) = app else { return html! {} };
    let l = app.locale;
    let shared = match &*view {
        View::Opening => {
            return html! {
                <section class="page narrow" aria-labelledby="page-title" aria-busy="true">
                    <h1 id="page-title" tabindex="-1">{ S::SharedResultsTitle.text(l) }</h1>
                    <p role="status">{ S::SharedOpening.text(l) }</p>
                </section>
            }
        }
        View::Failed(e) => {
            return html! {
                <section class="page narrow shared-error" aria-labelledby="page-title">
                    <h1 id="page-title" tabindex="-1">{ S::SharedErrorTitle.text(l) }</h1>
                    <p class="notice error" role="alert" id="share-open-error">{ e.message(l) }</p>
                    <p>{ S::OwnWorkUntouched.text(l) }</p>
                    <a class="button" href="#/">{ Msg::BackHome.text(l) }</a>
                </section>
            }
        }
        View::Ready(shared) => shared.clone(),
    };
    let (title, shared_name) = match &*shared {
        Shared::Results(_) => (S::SharedResultsTitle, None),
        Shared::Workspace(loaded) => (S::SharedWorkspaceTitle, loaded.name.clone().filter(|n| !n.trim().is_empty())),
    };
    let default_name = shared_name.clone().unwrap_or_else(|| S::SharedDefaultName.text(l).to_string());
    let ask = {
        let (asking, name, name_error, default_name) = (asking.clone(), name.clone(), name_error.clone(), default_name.clone());
        Callback::from(move |_: MouseEvent| {
            name.set(default_name.clone());
            name_error.set(None);
            asking.set(true);
        })
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let e: Event = e.into();
            name.set(crate::ui::event_value(&e));
        })
    };
    let confirm = {
        let (name, name_error, shared, dispatcher) = (name.clone(), name_error.clone(), shared.clone(), app.dispatcher());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check_name(&name, l) {
                Err(msg) => name_error.set(Some(msg)),
                Ok(name) => {
                    let workspace = match &*shared {
                        Shared::Results(r) => results_workspace(r, &blank(l)),
                        Shared::Workspace(loaded) => loaded.workspace.clone(),
                    };
                    dispatcher.dispatch(Action::AdoptWorkspace { name, workspace: Rc::new(workspace) });
                    platform::set_fragment(&kilit_core::route::Route::Report.to_fragment());
                }
            }
        })
    };
    let copy_form = if *asking {
        html! {
            <form class="copy-form" onsubmit={confirm}>
                <label for="copy-name">{ S::CopyNameLabel.text(l) }</label>
                <input type="text" id="copy-name" value={(*name).clone()} oninput={on_name}
                       aria-invalid={name_error.is_some().then_some("true")} aria-describedby="copy-name-error" />
                <p class="field-error" id="copy-name-error">{ (*name_error).clone().unwrap_or_default() }</p>
                <div class="button-row">
                    <button type="submit" class="button primary" id="copy-confirm">{ S::CopyConfirm.text(l) }</button>
                    <button type="button" class="button" onclick={cancel}>{ S::Cancel.text(l) }</button>
                </div>
            </form>
        }
    } else {
        html! { <button type="button" class="button primary" id="copy-into" onclick={ask}>{ S::CopyIntoWorkspace.text(l) }</button> }
    };
    let body = match &*shared {
        Shared::Workspace(loaded) => {
            let w = &loaded.workspace;
            let current = &w.assessment.current;
            let none = kilit_core::assessment::Answers::new();
            let answers = w.assessment.answers.get(current).unwrap_or(&none);
            html! {
                <>
                    { assessment_with_catalog(&app, |catalog| {
                        assessment_part(l, catalog.get(current), answers, w.assessment.plans.get(current))
                    }) }
                    { accounts_part(l, &w.portfolio, &app.checklist, None) }
                </>
            }
        }
        Shared::Results(r) => {
            let assessment = match &r.assessment {
                None => assessment_part(l, None, &kilit_core::assessment::Answers::new(), None),
                Some(a) => assessment_with_catalog(&app, |catalog| match catalog.get(&a.instrument) {
                    None => html! {
                        <p class="notice error">{ fill(S::InstrumentMissing.text(l), &[("id", &a.instrument)]) }</p>
                    },
                    Some(inst) => html! {
                        <>
                            if inst.version() != a.instrument_version {
                                <p class="notice">{ fill(S::InstrumentChanged.text(l), &[("then", &a.instrument_version), ("now", inst.version())]) }</p>
                            }
                            { assessment_part(l, Some(inst), &a.answers, Some(&a.plan)) }
                        </>
                    },
                }),
            };
            html! {
                <>
                    { assessment }
                    { shared_shortlist_part(l, &r.shortlist) }
                </>
            }
        }
    };
    html! {
        <section class="report shared-view" aria-labelledby="page-title">
            <div class="report-head">
                <h1 id="page-title" tabindex="-1">{ title.text(l) }</h1>
                if let Some(n) = shared_name {
                    <p class="report-name">{ fill(S::SharedName.text(l), &[("name", &n)]) }</p>
                }
                <p class="notice" id="read-only-note">{ S::SharedReadOnly.text(l) }</p>
                <div class="no-print copy-into">
                    { copy_form }
                    if matches!(&*shared, Shared::Results(_)) {
                        <p class="muted">{ S::CopyResultsNote.text(l) }</p>
                    }
                </div>
            </div>
            { body }
        </section>
    }
}

/// `f(catalog)` once the instruments are here; a loading or failure note
/// until then.
fn assessment_with_catalog(app: &AppState, f: impl FnOnce(&crate::state::Catalog) -> Html) -> Html {
    let l = app.locale;
    match app.catalog.status {
        CatalogStatus::Ready => f(&app.catalog),
        CatalogStatus::Failed => html! { <p class="notice error">{ Msg::InstrumentsLoadFailed.text(l) }</p> },
        CatalogStatus::NotLoaded | CatalogStatus::Loading => html! { <p role="status">{ Msg::InstrumentsLoading.text(l) }</p> },
    }
}
