//! "Share and export": downloads (JSON, CSV), re-importing a JSON export
//! and making a share link. Everything is computed by the core; this
//! component only moves text to a file, a link or the clipboard.

use std::rc::Rc;

use kilit_core::accounts::analyse;
use kilit_core::assessment::score;
use kilit_core::date::Date;
use kilit_core::export::{file_name, share_url, shared_results, ExportFile};
use kilit_core::i18n::{fill, ShareMsg as S};
use kilit_core::persist::{
    accounts_table, assessment_table, csv_text, encode_share, import_workspace, save_workspace,
    workspace_share_json, Delimiter, LoadError, PersistMsg, ShareError, ShareKind, SharedAssessment, Workspace,
    MAX_IMPORT_BYTES,
};
use yew::prelude::*;

use super::workspace_name;
use crate::platform::{compress, download, file, intl};
use crate::state::{Action, AppHandle, AppState};

/// What the panel last did, shown in its status line (worded on render,
/// so it follows a language switch).
#[derive(Clone, PartialEq)]
enum Notice {
    Downloaded(String),
    DownloadFailed,
    Imported { name: String, problems: Vec<kilit_core::persist::DataProblem> },
    ImportFailed(LoadError),
    ImportUnreadable,
}

#[derive(Clone, PartialEq)]
enum LinkState {
    None,
    Creating,
    Ready(String),
    Failed(LinkError),
}

#[derive(Clone, PartialEq)]
enum LinkError {
    Share(ShareError),
    Compress,
    Nothing,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    NotYet,
    Done,
    Denied,
}

fn today() -> Date {
    Date::parse_iso(&intl::today_iso()).unwrap_or(Date::EPOCH)
}

fn export_name(app: &AppState) -> String {
    workspace_name(app).unwrap_or_else(|| fill(PersistMsg::WorkspaceDefaultName.text(app.locale), &[("n", "1")]))
}

#[component]
pub fn SharePanel() -> Html {
    let app = use_context::<AppHandle>();
    let delimiter = use_state(|| None::<Delimiter>);
    let notice = use_state(|| None::<Notice>);
    let kind = use_state(|| ShareKind::Results);
    let link = use_state(|| LinkState::None);
    let copied = use_state(|| CopyState::NotYet);
    let Some(app) = app else { return html! {} };
    let l = app.locale;
    let delim = delimiter.unwrap_or_else(|| Delimiter::for_locale(l));
    let has_accounts = !app.accounts.portfolio.accounts.is_empty();
    let instrument = app.catalog.get(&app.assessment.current).cloned();
    let has_answers = instrument.is_some() && !app.assessment.answers().is_empty();

    let save = {
        let notice = notice.clone();
        move |file: String, kind: ExportFile, text: String| {
            let ok = download::save_text(&file, kind.mime(), &text);
            notice.set(Some(if ok { Notice::Downloaded(file) } else { Notice::DownloadFailed }));
        }
    };
    let export_json = {
        let (app, save) = (app.clone(), save.clone());
        Callback::from(move |_: MouseEvent| {
            let name = export_name(&app);
            let text = save_workspace(&app.workspace(), &name, crate::platform::now());
            save(file_name(workspace_name(&app).as_deref(), today(), ExportFile::Workspace), ExportFile::Workspace, text);
        })
    };
    let export_accounts = {
        let (app, save) = (app.clone(), save.clone());
        Callback::from(move |_: MouseEvent| {
            let p = &app.accounts.portfolio;
            let analysis = analyse(p, &app.checklist, &app.accounts.settings);
            let text = csv_text(&accounts_table(p, &app.checklist, &analysis, app.locale), delim);
            save(file_name(workspace_name(&app).as_deref(), today(), ExportFile::Accounts), ExportFile::Accounts, text);
        })
    };
    let export_assessment = {
        let (app, save, instrument) = (app.clone(), save.clone(), instrument.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(inst) = instrument.as_ref() else { return };
            let answers = app.assessment.answers();
            let results = score(inst, answers);
            let text = csv_text(&assessment_table(inst, answers, &results, app.locale), delim);
            save(file_name(workspace_name(&app).as_deref(), today(), ExportFile::Assessment), ExportFile::Assessment, text);
        })
    };
    let on_delimiter = {
        let delimiter = delimiter.clone();
        Callback::from(move |e: Event| {
            let d = if crate::ui::event_value(&e) == ";" { Delimiter::Semicolon } else { Delimiter::Comma };
            delimiter.set(Some(d));
        })
    };
    let on_import = {
        let (app, notice) = (app.clone(), notice.clone());
        Callback::from(move |e: Event| {
            let Some(file) = file::file_of_input(&e) else { return };
            file::clear_input(&e);
            let size = file.size();
            if size > MAX_IMPORT_BYTES as f64 {
                notice.set(Some(Notice::ImportFailed(LoadError::TooLarge { size: size as usize, max: MAX_IMPORT_BYTES })));
                return;
            }
            let (notice, dispatcher, locale) = (notice.clone(), app.dispatcher(), app.locale);
            crate::platform::spawn(async move {
                let Some(text) = download::read_text(&file).await else {
                    notice.set(Some(Notice::ImportUnreadable));
                    return;
                };
                let blank = Workspace::new(locale, "TRY", today());
                match import_workspace(&text, &blank) {
                    Ok(loaded) => {
                        let name = loaded
                            .name
                            .clone()
                            .filter(|n| !n.trim().is_empty())
                            .unwrap_or_else(|| S::ImportedName.text(locale).to_string());
                        notice.set(Some(Notice::Imported { name: name.clone(), problems: loaded.problems.clone() }));
                        dispatcher.dispatch(Action::AdoptWorkspace { name, workspace: Rc::new(loaded.workspace) });
                    }
                    Err(e) => notice.set(Some(Notice::ImportFailed(e))),
                }
            });
        })
    };
    let on_kind = |k: ShareKind| {
        let (kind, link) = (kind.clone(), link.clone());
        Callback::from(move |_: Event| {
            kind.set(k);
            link.set(LinkState::None);
        })
    };
    let create = {
        let (app, link, copied, kind, instrument) = (app.clone(), link.clone(), copied.clone(), *kind, instrument.clone());
        Callback::from(move |_: MouseEvent| {
            copied.set(CopyState::NotYet);
            let json = match kind {
                ShareKind::Results => {
                    let p = &app.accounts.portfolio;
                    let analysis = (!p.accounts.is_empty()).then(|| analyse(p, &app.checklist, &app.accounts.settings));
                    let assessment = instrument.as_ref().map(|inst| {
                        let answers = app.assessment.answers().clone();
                        let plan = app.assessment.plan(&score(inst, &answers).suggested_actions);
                        SharedAssessment {
                            instrument: inst.id().to_string(),
                            instrument_version: inst.version().to_string(),
                            answers,
                            plan,
                        }
                    });
                    let shared = shared_results(app.locale, assessment, p, analysis.as_ref());
                    if shared.assessment.is_none() && shared.shortlist.is_empty() {
                        link.set(LinkState::Failed(LinkError::Nothing));
                        return;
                    }
                    shared.to_json(crate::platform::now())
                }
                ShareKind::Workspace => workspace_share_json(&app.workspace(), &export_name(&app), crate::platform::now()),
            };
            link.set(LinkState::Creating);
            let link = link.clone();
            crate::platform::spawn(async move {
                let state = match compress::compress(json.as_bytes()).await {
                    Err(_) => LinkState::Failed(LinkError::Compress),
                    Ok(bytes) => match encode_share(kind, &bytes) {
                        Ok(fragment) => LinkState::Ready(share_url(&download::page_url(), &fragment)),
                        Err(e) => LinkState::Failed(LinkError::Share(e)),
                    },
                };
                link.set(state);
            });
        })
    };
    let copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let LinkState::Ready(url) = (*link).clone() else { return };
            let copied = copied.clone();
            crate::platform::spawn(async move {
                if download::copy_text(&url).await {
                    copied.set(CopyState::Done);
                } else {
                    copied.set(CopyState::Denied);
                    download::select_text("share-link");
                }
            });
        })
    };

    let export_label = PersistMsg::ExportJson.text(l);
    let notice_view = match &*notice {
        None => html! {},
        Some(Notice::Downloaded(file)) => html! { <p class="notice">{ fill(S::Downloaded.text(l), &[("file", file)]) }</p> },
        Some(Notice::DownloadFailed) => html! { <p class="notice error">{ S::DownloadFailed.text(l) }</p> },
        Some(Notice::Imported { name, problems }) if problems.is_empty() => {
            html! { <p class="notice">{ fill(S::ImportDone.text(l), &[("name", name)]) }</p> }
        }
        Some(Notice::Imported { name, problems }) => html! {
            <div class="notice">
                <p>{ fill(S::ImportPartly.text(l), &[("name", name)]) }</p>
                <ul>
                    for p in problems.iter() { <li>{ p.message(l) }</li> }
                </ul>
            </div>
        },
        Some(Notice::ImportFailed(e)) => {
            html! { <p class="notice error">{ fill(S::ImportFailed.text(l), &[("reason", &e.message(l))]) }</p> }
        }
        Some(Notice::ImportUnreadable) => html! { <p class="notice error">{ S::ImportReadFailed.text(l) }</p> },
    };
    let link_view = match &*link {
        LinkState::None => html! {},
        LinkState::Creating => html! { <p>{ S::Creating.text(l) }</p> },
        LinkState::Failed(e) => {
            let text = match e {
                LinkError::Share(e) => e.message(l),
                LinkError::Compress => fill(S::CompressFailed.text(l), &[("export", export_label)]),
                LinkError::Nothing => S::NothingToShare.text(l).to_string(),
            };
            html! { <p class="notice error" id="share-error">{ text }</p> }
        }
        LinkState::Ready(url) => {
            let length = intl::number(l, url.chars().count() as f64, 0);
            html! {
                <div class="share-result">
                    <label for="share-link">{ S::LinkLabel.text(l) }</label>
                    <input type="text" id="share-link" readonly=true value={url.clone()} aria-describedby="share-link-length" />
                    <p class="muted" id="share-link-length">{ fill(S::LinkLength.text(l), &[("n", &length)]) }</p>
                    <button type="button" class="button" id="copy-link" onclick={copy}>{ S::CopyLink.text(l) }</button>
                </div>
            }
        }
    };
    let copy_status = match *copied {
        CopyState::NotYet => html! {},
        CopyState::Done => html! { <p class="notice" id="copy-status">{ S::Copied.text(l) }</p> },
        CopyState::Denied => html! { <p class="notice error" id="copy-status">{ S::CopyDenied.text(l) }</p> },
    };
    let kind_now = *kind;
    html! {
        <section class="share-panel no-print" id="share-export" aria-labelledby="share-export-title">
            <h2 id="share-export-title">{ S::PanelTitle.text(l) }</h2>
            <p class="muted">{ S::PanelIntro.text(l) }</p>
            <div class="share-grid">
                <div class="share-box">
                    <h3>{ S::ExportTitle.text(l) }</h3>
                    <p class="muted">{ S::ExportJsonHint.text(l) }</p>
                    <button type="button" class="button" id="export-json" onclick={export_json}>{ export_label }</button>
                    <p class="muted">{ S::ExportCsvHint.text(l) }</p>
                    <div class="field">
                        <label for="csv-delimiter">{ S::DelimiterLabel.text(l) }</label>
                        <select id="csv-delimiter" onchange={on_delimiter}>
                            <option value="," selected={delim == Delimiter::Comma}>{ S::DelimiterComma.text(l) }</option>
                            <option value=";" selected={delim == Delimiter::Semicolon}>{ S::DelimiterSemicolon.text(l) }</option>
                        </select>
                    </div>
                    <div class="button-row">
                        <button type="button" class="button" id="export-accounts" disabled={!has_accounts} onclick={export_accounts}>
                            { S::ExportCsvAccounts.text(l) }</button>
                        <button type="button" class="button" id="export-assessment" disabled={!has_answers} onclick={export_assessment}>
                            { S::ExportCsvAssessment.text(l) }</button>
                    </div>
                    if !has_accounts { <p class="muted">{ S::NoAccountsToExport.text(l) }</p> }
                    if !has_answers { <p class="muted">{ S::NoAnswersToExport.text(l) }</p> }
                </div>
                <div class="share-box">
                    <h3>{ S::LinkTitle.text(l) }</h3>
                    <fieldset class="share-kind">
                        <legend>{ S::LinkWhat.text(l) }</legend>
                        <label><input type="radio" name="share-kind" id="share-kind-results" checked={kind_now == ShareKind::Results}
                                      onchange={on_kind(ShareKind::Results)} />{ S::KindResults.text(l) }</label>
                        <label><input type="radio" name="share-kind" id="share-kind-workspace" checked={kind_now == ShareKind::Workspace}
                                      onchange={on_kind(ShareKind::Workspace)} />{ S::KindWorkspace.text(l) }</label>
                    </fieldset>
                    <p class="muted">{ S::LinkPrivacy.text(l) }</p>
                    <button type="button" class="button primary" id="create-link" onclick={create}
                            disabled={*link == LinkState::Creating}>{ S::CreateLink.text(l) }</button>
                    <div aria-live="polite">{ link_view }{ copy_status }</div>
                </div>
                <div class="share-box">
                    <h3>{ S::ImportTitle.text(l) }</h3>
                    <p class="muted" id="import-hint">{ S::ImportHint.text(l) }</p>
                    <label for="import-file">{ S::ImportFileLabel.text(l) }</label>
                    <input type="file" id="import-file" accept=".json,application/json" aria-describedby="import-hint" onchange={on_import} />
                </div>
            </div>
            <div role="status" id="share-status">{ notice_view }</div>
        </section>
    }
}

