//! The import flow on the accounts page (issue 5): choose a file, map its
//! columns while looking at the first rows as they will be read, read the
//! whole file in chunks with a progress bar and Cancel, review the summary
//! and every rejected row, then apply, and undo in one step.
//!
//! The flow's state lives in the reducer (`state::import`); reading runs in
//! a task spawned here, which reports back with actions.

mod mapping;
mod review;

use std::rc::Rc;

use kilit_core::i18n::{fill, Locale};
use kilit_core::import::{
    detect_encoding, AccountsImporter, ImportMsg, LedgerImporter, TableKind,
};
use yew::prelude::*;

use crate::platform::{self, file};
use crate::state::import::{CancelFlag, FileHandle, Mapping, Outcome, Refusal, Step, SAMPLE_BYTES};
use crate::state::{Action, AppHandle, ImportAction};

/// The dispatcher of import actions.
pub(crate) type Act = Callback<ImportAction>;

/// Which part of the flow is shown; focus moves when it changes.
fn step_key(step: &Step) -> u8 {
    match step {
        Step::Idle => 0,
        Step::Choose { .. } => 1,
        Step::Mapping(_) => 2,
        Step::Reading { .. } => 3,
        Step::Review { .. } => 4,
    }
}

/// The import screens, shown instead of the workbench while the flow runs.
#[component]
pub fn ImportFlow() -> Html {
    let Some(app) = use_context::<AppHandle>() else { return html! {} };
    let l = app.locale;
    let act: Act = {
        let dispatcher = app.dispatcher();
        Callback::from(move |a: ImportAction| dispatcher.dispatch(Action::Import(a)))
    };
    // Focus follows the flow: the new step's heading, or Cancel while reading.
    use_effect_with(step_key(&app.import.step), |key| {
        let id = match key {
            1 => "import-title",
            2 => "mapping-title",
            3 => "cancel-import",
            4 => "review-title",
            _ => "",
        };
        if *key == 2 {
            platform::mark("kilit:import-mapped");
        }
        if *key == 4 {
            platform::mark("kilit:import-done");
        }
        platform::focus(id);
    });
    let close = act.reform(|_: MouseEvent| ImportAction::Close);
    let body = match &app.import.step {
        Step::Idle => return html! {},
        Step::Choose { refused } => choose(l, &act, refused.as_ref()),
        Step::Mapping(m) => html! {
            <>
                if app.import.cancelled {
                    <p class="notice" role="status" id="import-cancelled">{ ImportMsg::Cancelled.text(l) }</p>
                }
                { mapping::view(l, &act, m, &app.accounts.portfolio, start_reading(&app, &act, m)) }
            </>
        },
        Step::Reading { mapping, read, .. } => reading(l, &act, mapping, *read),
        Step::Review { mapping, outcome } => html! { <review::Review locale={l} act={act.clone()} mapping={mapping.clone()} outcome={outcome.clone()} /> },
    };
    html! {
        <section class="import page" aria-labelledby="import-title">
            <h1 id="import-title" tabindex="-1">{ ImportMsg::ImportTitle.text(l) }</h1>
            { body }
            if !matches!(app.import.step, Step::Reading { .. }) {
                <p class="import-close">
                    <button type="button" class="button" id="close-import" onclick={close}>{ ImportMsg::CloseImport.text(l) }</button>
                </p>
            }
        </section>
    }
}

/// Reads the start of `f`, detects its encoding, decodes the sample and
/// reports it.
fn open_file(act: Act, f: web_sys::File) {
    platform::mark("kilit:import-open");
    platform::spawn(async move {
        let name = f.name();
        let size = f.size();
        let Some(head) = file::read_head(&f, SAMPLE_BYTES).await else {
            act.emit(ImportAction::OpenFailed { name });
            return;
        };
        let complete = head.len() as f64 >= size;
        let guess = detect_encoding(&head);
        let text = match &guess {
            Ok(g) => match file::decode_sample(&head, g.encoding.label(), complete) {
                Some(t) => t,
                None => {
                    act.emit(ImportAction::OpenFailed { name });
                    return;
                }
            },
            Err(_) => String::new(),
        };
        platform::mark("kilit:import-decoded");
        act.emit(ImportAction::Opened {
            file: FileHandle(f),
            name,
            size,
            head: Rc::new(head),
            guess,
            text: Rc::from(text),
        });
    });
}

fn choose(l: Locale, act: &Act, refused: Option<&(String, Refusal)>) -> Html {
    let onchange = {
        let act = act.clone();
        Callback::from(move |e: Event| {
            if let Some(f) = file::file_of_input(&e) {
                open_file(act.clone(), f);
            }
            file::clear_input(&e);
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let act = act.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(f) = file::file_of_drop(&e) {
                open_file(act.clone(), f);
            }
        })
    };
    let refusal = refused.map(|(name, why)| {
        let text = match why {
            Refusal::Problem(p) => p.message(l),
            Refusal::Unreadable => ImportMsg::FileUnreadable.text(l).to_string(),
        };
        (name.clone(), text)
    });
    html! {
        <>
            <p class="lead">{ ImportMsg::ImportIntro.text(l) }</p>
            <div class="drop-zone" {ondragover} {ondrop}>
                <label for="import-file">{ ImportMsg::ChooseFile.text(l) }</label>
                <input type="file" id="import-file" accept=".csv,.txt,.tsv,text/csv,text/plain"
                       aria-describedby="drop-hint import-refused" {onchange} />
                <p id="drop-hint" class="muted">{ ImportMsg::DropHint.text(l) }</p>
            </div>
            <div id="import-refused" role="alert">
                if let Some((name, text)) = refusal {
                    <div class="notice error"><p><bdi>{ name }</bdi>{ ": " }{ text }</p></div>
                }
            </div>
        </>
    }
}

/// The callback that starts reading the whole file with the mapping's
/// settings.
fn start_reading(app: &AppHandle, act: &Act, m: &Rc<Mapping>) -> Callback<MouseEvent> {
    let act = act.clone();
    let m = m.clone();
    let job = app.import.next_job();
    let analysis_date = app.accounts.portfolio.analysis_date;
    Callback::from(move |_: MouseEvent| {
        let cancel = CancelFlag::default();
        act.emit(ImportAction::Start { cancel: cancel.clone() });
        let (act, m) = (act.clone(), m.clone());
        platform::mark("kilit:import-read");
        platform::spawn(async move {
            let settings = &m.preview.settings;
            let label = m.encoding.label();
            let progress = {
                let act = act.clone();
                move |read: f64| act.emit(ImportAction::Progress { job, read })
            };
            let outcome = match m.kind {
                TableKind::Ledger => match LedgerImporter::new(settings, analysis_date) {
                    Err(p) => Outcome::Problem(p),
                    Ok(mut imp) => {
                        let read = file::stream_text(&m.file.0, label, cancel.0.clone(), |t| imp.push(t), progress).await;
                        match read {
                            Err(file::Stop::Cancelled) => return,
                            Err(file::Stop::Unreadable) => Outcome::Unreadable,
                            Ok(()) => {
                                platform::mark("kilit:import-finish");
                                imp.finish().map_or_else(Outcome::Problem, Outcome::Ledger)
                            }
                        }
                    }
                },
                TableKind::Accounts => match AccountsImporter::new(settings) {
                    Err(p) => Outcome::Problem(p),
                    Ok(mut imp) => {
                        let read = file::stream_text(&m.file.0, label, cancel.0.clone(), |t| imp.push(t), progress).await;
                        match read {
                            Err(file::Stop::Cancelled) => return,
                            Err(file::Stop::Unreadable) => Outcome::Unreadable,
                            Ok(()) => imp.finish().map_or_else(Outcome::Problem, Outcome::Accounts),
                        }
                    }
                },
            };
            platform::mark("kilit:import-finished");
            act.emit(ImportAction::Finished { job, outcome: Rc::new(outcome) });
        });
    })
}

fn reading(l: Locale, act: &Act, m: &Mapping, read: f64) -> Html {
    let fraction = if m.size > 0.0 { (read / m.size).clamp(0.0, 1.0) } else { 0.0 };
    let percent = crate::platform::intl::percent(l, (fraction * 100.0).floor());
    let cancel = act.reform(|_: MouseEvent| ImportAction::Cancel);
    html! {
        <div class="import-reading">
            <p id="progress-label">{ ImportMsg::ProgressLabel.text(l) }</p>
            <progress id="import-progress" max="1000" value={((fraction * 1000.0).round() as u32).to_string()}
                      aria-labelledby="progress-label" aria-describedby="progress-text"></progress>
            <p id="progress-text" aria-live="polite">{ fill(ImportMsg::Reading.text(l), &[("percent", &percent)]) }</p>
            <button type="button" class="button" id="cancel-import" onclick={cancel}>{ ImportMsg::CancelImport.text(l) }</button>
        </div>
    }
}

/// After an import was applied or undone: what happened and the undo.
#[component]
pub fn ImportNotice() -> Html {
    let Some(app) = use_context::<AppHandle>() else { return html! {} };
    let l = app.locale;
    let undo = {
        let dispatcher = app.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Import(ImportAction::Undo)))
    };
    let state = &app.import;
    // Focus goes to the notice after applying or undoing, so that keyboard
    // and screen-reader users hear what happened.
    let key = (state.undo.as_ref().map(Rc::as_ptr), state.undone);
    use_effect_with(key, |(undo, undone)| {
        if undo.is_some() || *undone {
            platform::focus("import-notice");
        }
    });
    html! {
        <div role="status">
            if let Some(u) = &state.undo {
                <div class="notice good import-notice" id="import-notice" tabindex="-1">
                    <p>{ fill(ImportMsg::ImportDone.text(l), &[("applied", &u.applied.message(l))]) }</p>
                    <button type="button" class="button" id="undo-import" onclick={undo}>{ ImportMsg::UndoImport.text(l) }</button>
                </div>
            } else if state.undone {
                <p class="notice import-notice" id="import-notice" tabindex="-1">{ ImportMsg::ImportUndone.text(l) }</p>
            }
        </div>
    }
}

/// The "Import file" button of the workbench.
#[component]
pub fn ImportButton(props: &ImportButtonProps) -> Html {
    let Some(app) = use_context::<AppHandle>() else { return html! {} };
    let onclick = {
        let dispatcher = app.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Import(ImportAction::Begin)))
    };
    let class = if props.primary { "button primary" } else { "button" };
    html! {
        <button type="button" {class} id="import-open" {onclick}>{ ImportMsg::ImportFile.text(app.locale) }</button>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportButtonProps {
    #[prop_or_default]
    pub primary: bool,
}
