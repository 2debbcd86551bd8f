//! Saving, as the user sees it: the header's workspace name and save
//! state, the notices under the header, and the workspaces page
//! (`#/workspaces`: create, open, rename, duplicate, delete, start over,
//! download, and this device's storage switches).

use kilit_core::i18n::{fill, Locale, Msg};
use kilit_core::persist::{save_workspace, Keep, PersistMsg as M, WorkspaceId};
use yew::prelude::*;

use kilit_core::export::{file_name, ExportFile};

use crate::platform::{download, intl};
use crate::state::{Action, AppHandle, AppState, Notice, PersistAction, Request};

/// Offers the workspace on screen as a JSON file.
fn download(state: &AppState) {
    let name = state.persist.name(state.locale);
    let text = save_workspace(&state.workspace(), &name, crate::platform::now());
    let today = kilit_core::date::Date::parse_iso(&intl::today_iso()).unwrap_or(state.accounts.portfolio.analysis_date);
    let file = ExportFile::Workspace;
    if !download::save_text(&file_name(Some(&name), today, file), file.mime(), &text) {
        crate::platform::log_error("Kilit: the browser refused the download");
    }
}

/// The header's link to the workspaces page with the current name, and the
/// save state (a polite live region with `data-save-state`).
#[component]
pub fn SaveIndicator() -> Html {
    let Some(state) = use_context::<AppHandle>() else { return html! {} };
    let l = state.locale;
    let name = state.persist.name(l);
    let save = state.persist.status.state();
    html! {
        <div class="save-indicator">
            <a class="workspace-link" href="#/workspaces"
               aria-label={fill(M::CurrentWorkspace.text(l), &[("name", &name)])}>
                <span aria-hidden="true">{ "▤ " }</span><bdi>{ name }</bdi>
            </a>
            <span class="save-state" role="status" aria-live="polite" data-save-state={save.code()}>
                { save.label(l) }
            </span>
        </div>
    }
}

/// Explains a notice in `l`.
fn notice_text(notice: &Notice, l: Locale) -> (Vec<String>, bool) {
    match notice {
        Notice::Unavailable => (vec![M::NoticeUnavailable.text(l).into()], true),
        Notice::SaveFailed => (vec![M::NoticeSaveFailed.text(l).into()], true),
        Notice::NotKept => (vec![M::NoticeNotKept.text(l).into()], false),
        Notice::Conflict => (vec![M::NoticeConflict.text(l).into()], true),
        Notice::Reloaded => (vec![M::NoticeReloaded.text(l).into()], false),
        Notice::Erased => (vec![M::NoticeErased.text(l).into()], false),
        Notice::Refused(e) => (vec![e.message(l)], true),
        Notice::Damaged { error, problems, backup } => {
            let mut lines = Vec::new();
            match error {
                Some(e) => {
                    lines.push(M::StartedClean.text(l).to_string());
                    lines.push(e.message(l));
                }
                None => {
                    lines.push(M::PartlyRecovered.text(l).to_string());
                    lines.extend(problems.iter().take(20).map(|p| p.message(l)));
                    if problems.len() > 20 {
                        lines.push("…".into());
                    }
                }
            }
            if let Some(key) = backup {
                lines.push(fill(M::NoticeBackupKept.text(l), &[("key", key)]));
            }
            (lines, true)
        }
    }
}

/// The storage notice under the header, if any.
#[component]
pub fn Notices() -> Html {
    let Some(state) = use_context::<AppHandle>() else { return html! {} };
    let Some(notice) = state.persist.notice.clone() else { return html! {} };
    let l = state.locale;
    let (lines, serious) = notice_text(&notice, l);
    let dispatch = |a: PersistAction| {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Persist(a.clone())))
    };
    let offer_download = matches!(notice, Notice::Unavailable | Notice::NotKept | Notice::SaveFailed);
    let on_download = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| download(&state))
    };
    let kind = match notice {
        Notice::Conflict => "conflict",
        Notice::Damaged { .. } => "damaged",
        Notice::Unavailable => "unavailable",
        Notice::NotKept => "not-kept",
        Notice::SaveFailed => "save-failed",
        Notice::Erased => "erased",
        Notice::Reloaded => "reloaded",
        Notice::Refused(_) => "refused",
    };
    html! {
        <div class={classes!("storage-notice", "notice", serious.then_some("error"))}
             role={if serious { "alert" } else { "status" }} data-notice={kind}>
            <div class="storage-notice-text">
                for line in lines { <p>{ line }</p> }
            </div>
            <div class="storage-notice-actions">
                if notice == Notice::Conflict {
                    <button type="button" class="button primary" onclick={dispatch(PersistAction::Request(Request::LoadTheirs))}>
                        { M::LoadTheirs.text(l) }
                    </button>
                    <button type="button" class="button" onclick={dispatch(PersistAction::Request(Request::KeepMineAsCopy))}>
                        { M::KeepMine.text(l) }
                    </button>
                } else {
                    if offer_download {
                        <button type="button" class="button" onclick={on_download}>{ M::DownloadJson.text(l) }</button>
                    }
                    <button type="button" class="icon-button" aria-label={M::NoticeClose.text(l)}
                            onclick={dispatch(PersistAction::Dismiss)}>{ "✕" }</button>
                }
            </div>
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Confirm {
    Delete(WorkspaceId),
    StartOver,
    EraseAll,
    KeepNothing,
}

fn input_value(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
}

/// `#/workspaces`.
#[component]
pub fn Workspaces() -> Html {
    let state = use_context::<AppHandle>();
    let confirm = use_state(|| None::<Confirm>);
    let renaming = use_state(|| None::<WorkspaceId>);
    let error = use_state(String::new);
    let new_name = use_node_ref();
    let rename_input = use_node_ref();
    let Some(state) = state else { return html! {} };
    let l = state.locale;
    let p = &state.persist;
    let request = |r: Request| {
        let d = state.dispatcher();
        let confirm = confirm.clone();
        Callback::from(move |_: MouseEvent| {
            confirm.set(None);
            d.dispatch(Action::Persist(PersistAction::Request(r.clone())));
        })
    };
    let ask = |c: Option<Confirm>| {
        let confirm = confirm.clone();
        Callback::from(move |_: MouseEvent| confirm.set(c))
    };
    let busy = p.status.busy || p.request.is_some();
    let current_name = p.name(l);

    let on_create = {
        let d = state.dispatcher();
        let index = p.index.clone();
        let (node, error) = (new_name.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match index.check_name(&input_value(&node), None) {
                Ok(name) => {
                    error.set(String::new());
                    d.dispatch(Action::Persist(PersistAction::Request(Request::Create(name))));
                }
                Err(err) => error.set(err.message(l)),
            }
        })
    };
    let on_rename = {
        let d = state.dispatcher();
        let index = p.index.clone();
        let (node, error, renaming) = (rename_input.clone(), error.clone(), renaming.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(id) = *renaming else { return };
            match index.check_name(&input_value(&node), Some(id)) {
                Ok(name) => {
                    error.set(String::new());
                    renaming.set(None);
                    d.dispatch(Action::Persist(PersistAction::Request(Request::Rename(id, name))));
                }
                Err(err) => error.set(err.message(l)),
            }
        })
    };
    let on_keep = {
        let d = state.dispatcher();
        let confirm = confirm.clone();
        let keep = p.status.keep;
        Callback::from(move |_: MouseEvent| {
            if keep == Keep::Nothing {
                d.dispatch(Action::Persist(PersistAction::Request(Request::KeepOnDevice)));
            } else {
                confirm.set(Some(Confirm::KeepNothing));
            }
        })
    };
    let on_download = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| download(&state))
    };
    let start_over = {
        let d = state.dispatcher();
        let confirm = confirm.clone();
        Callback::from(move |_: MouseEvent| {
            confirm.set(None);
            d.dispatch(Action::StartOver);
        })
    };
    let confirm_box = |text: String, yes: Html| {
        html! {
            <div class="confirm notice error" role="group">
                <p>{ text }</p>
                <div class="confirm-actions">
                    { yes }
                    <button type="button" class="button" onclick={ask(None)}>{ M::Cancel.text(l) }</button>
                </div>
            </div>
        }
    };
    let list = p.index.by_recent();
    let error_id = "workspace-name-error";

    html! {
        <section class="page workspaces-page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ M::WorkspacesTitle.text(l) }</h1>
            <p class="lead">{ M::WorkspacesIntro.text(l) }</p>
            if !p.can_manage() {
                <p class="notice">{ M::WorkspacesNeedStorage.text(l) }</p>
            } else {
                if list.is_empty() {
                    <p>{ fill(M::WorkspacesNone.text(l), &[("name", &current_name)]) }</p>
                }
                <ul class="workspace-list">
                    for meta in list {
                        {{
                            let id = meta.id;
                            let is_current = p.current == Some(id);
                            let name_id = format!("ws-name-{id}");
                            let saved = intl::date(l, &meta.updated.date().to_iso());
                            html! {
                                <li class="workspace-item" data-workspace={id.to_string()} key={id.0}>
                                    <div class="workspace-head">
                                        <strong class="workspace-name" id={name_id.clone()}><bdi>{ meta.name.clone() }</bdi></strong>
                                        if is_current { <span class="badge">{ M::WorkspaceOpenNow.text(l) }</span> }
                                        <span class="muted">{ fill(M::WorkspaceLastSaved.text(l), &[("time", &saved)]) }</span>
                                    </div>
                                    if *renaming == Some(id) {
                                        <form class="workspace-rename" onsubmit={on_rename.clone()}>
                                            <label for="rename-input">{ M::WorkspaceName.text(l) }</label>
                                            <input id="rename-input" type="text" ref={rename_input.clone()}
                                                   value={meta.name.clone()} maxlength="80"
                                                   aria-describedby={error_id} />
                                            <button type="submit" class="button primary" disabled={busy}>{ M::WorkspaceSaveName.text(l) }</button>
                                            <button type="button" class="button" onclick={{
                                                let renaming = renaming.clone();
                                                Callback::from(move |_: MouseEvent| renaming.set(None))
                                            }}>{ M::Cancel.text(l) }</button>
                                        </form>
                                    } else {
                                        <div class="workspace-actions">
                                            if !is_current {
                                                <button type="button" class="button primary" data-action="open" disabled={busy}
                                                        aria-describedby={name_id.clone()} onclick={request(Request::Open(id))}>
                                                    { M::WorkspaceOpen.text(l) }
                                                </button>
                                            }
                                            <button type="button" class="button" data-action="rename" disabled={busy}
                                                    aria-describedby={name_id.clone()} onclick={{
                                                        let renaming = renaming.clone();
                                                        Callback::from(move |_: MouseEvent| renaming.set(Some(id)))
                                                    }}>{ M::WorkspaceRename.text(l) }</button>
                                            <button type="button" class="button" data-action="duplicate" disabled={busy}
                                                    aria-describedby={name_id.clone()} onclick={request(Request::Duplicate(id))}>
                                                { M::WorkspaceDuplicate.text(l) }
                                            </button>
                                            <button type="button" class="button" data-action="delete" disabled={busy}
                                                    aria-describedby={name_id.clone()} onclick={ask(Some(Confirm::Delete(id)))}>
                                                { M::WorkspaceDelete.text(l) }
                                            </button>
                                        </div>
                                    }
                                    if *confirm == Some(Confirm::Delete(id)) {
                                        { confirm_box(fill(M::ConfirmDelete.text(l), &[("name", &meta.name)]), html! {
                                            <button type="button" class="button primary" data-action="confirm-delete"
                                                    onclick={request(Request::Delete(id))}>{ M::WorkspaceDelete.text(l) }</button>
                                        }) }
                                    }
                                </li>
                            }
                        }}
                    }
                </ul>
                <form class="new-workspace" onsubmit={on_create}>
                    <h2>{ M::WorkspaceNew.text(l) }</h2>
                    <div class="field">
                        <label for="new-workspace-name">{ M::WorkspaceName.text(l) }</label>
                        <input id="new-workspace-name" type="text" ref={new_name} maxlength="80"
                               value={p.index.default_name(l)} aria-describedby={error_id} />
                    </div>
                    <button type="submit" class="button primary" disabled={busy}>{ M::WorkspaceCreate.text(l) }</button>
                </form>
            }
            <p class="field-error" id={error_id} role="alert">{ (*error).clone() }</p>

            <h2><bdi>{ current_name.clone() }</bdi></h2>
            <div class="workspace-actions">
                <button type="button" class="button" data-action="download" onclick={on_download}>{ M::DownloadJson.text(l) }</button>
                <button type="button" class="button" data-action="start-over" onclick={ask(Some(Confirm::StartOver))}>{ M::StartOver.text(l) }</button>
            </div>
            if *confirm == Some(Confirm::StartOver) {
                <div class="confirm notice error" role="group">
                    <p>{ fill(M::ConfirmStartOver.text(l), &[("name", &current_name)]) }</p>
                    <div class="confirm-actions">
                        <button type="button" class="button" onclick={{
                            let state = state.clone();
                            Callback::from(move |_: MouseEvent| download(&state))
                        }}>{ M::DownloadJson.text(l) }</button>
                        <button type="button" class="button primary" data-action="confirm-start-over" onclick={start_over}>{ M::StartOver.text(l) }</button>
                        <button type="button" class="button" onclick={ask(None)}>{ M::Cancel.text(l) }</button>
                    </div>
                </div>
            }

            <h2>{ M::DeviceTitle.text(l) }</h2>
            if p.enabled && p.status.keep != Keep::Unavailable {
                <button type="button" class="keep-switch" id="keep-nothing" role="switch"
                        aria-checked={if p.status.keep == Keep::Nothing { "true" } else { "false" }}
                        disabled={busy} onclick={on_keep} aria-describedby="keep-nothing-hint">
                    <span class="keep-switch-track" aria-hidden="true"></span>
                    { M::KeepNothing.text(l) }
                </button>
                <p class="muted" id="keep-nothing-hint">{ M::KeepNothingHint.text(l) }</p>
                if *confirm == Some(Confirm::KeepNothing) {
                    { confirm_box(M::ConfirmKeepNothing.text(l).into(), html! {
                        <button type="button" class="button primary" data-action="confirm-keep-nothing"
                                onclick={request(Request::KeepNothing)}>{ M::EraseAndStop.text(l) }</button>
                    }) }
                }
                <div class="workspace-actions">
                    <button type="button" class="button" data-action="erase-all" disabled={busy}
                            onclick={ask(Some(Confirm::EraseAll))}>{ M::EraseAll.text(l) }</button>
                </div>
                if *confirm == Some(Confirm::EraseAll) {
                    { confirm_box(M::ConfirmEraseAll.text(l).into(), html! {
                        <button type="button" class="button primary" data-action="confirm-erase-all"
                                onclick={request(Request::EraseAll)}>{ M::EraseConfirmButton.text(l) }</button>
                    }) }
                }
            } else {
                <p>{ Msg::FooterPrivacy.text(l) }</p>
            }
        </section>
    }
}
