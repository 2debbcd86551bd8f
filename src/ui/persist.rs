//! The storage effects: restore before the first render, the debounced
//! autosave, the workspace operations the state asks for, and pings from
//! other tabs. The decisions are in `state::persist` and
//! `kilit_core::persist`; this module only sequences storage calls.
//!
//! One operation runs at a time: the state's `busy` flag is set before an
//! operation starts and cleared by its report, and the save timer is only
//! armed when nothing runs. Every write goes through
//! `platform::storage::transact`, which rereads the list inside the
//! transaction, so another tab's changes to the list are never lost and a
//! save never overwrites another tab's newer revision.

use std::rc::Rc;

use kilit_core::i18n::Locale;
use kilit_core::persist::{
    backup_key, load_workspace, next_revision, save_delay_ms, save_workspace, IndexError, Keep, Ping, Timestamp, Workspace,
    WorkspaceId, WorkspaceIndex, INDEX_KEY, KEEP_KEY,
};
use yew::prelude::*;

use crate::platform::{self, storage};
use crate::state::{Action, AppHandle, AppState, Boot, Notice, PersistAction as P, Request};

/// Reads the open workspace before the app is shown. Never fails: what
/// cannot be read is kept under a backup key and reported as a notice.
pub async fn boot(locale: Locale, blank: &Workspace) -> Boot {
    platform::mark("kilit:restore:start");
    let boot = read_boot(locale, blank).await;
    platform::mark("kilit:restore:end");
    boot
}

async fn read_boot(locale: Locale, blank: &Workspace) -> Boot {
    let empty = |keep, notice| Boot { keep, index: WorkspaceIndex::new(), open: None, notice };
    if storage::local_get(KEEP_KEY).as_deref() == Some("no") {
        platform::set_keeping(false);
        return empty(Keep::Nothing, Some(Notice::NotKept));
    }
    if let Err(e) = storage::probe().await {
        platform::log_warn(&format!("Kilit: storage unavailable: {e}"));
        return empty(Keep::Unavailable, Some(Notice::Unavailable));
    }
    let mut notice = None;
    let index = match storage::get(INDEX_KEY).await {
        Err(e) => {
            platform::log_warn(&format!("Kilit: storage unavailable: {e}"));
            return empty(Keep::Unavailable, Some(Notice::Unavailable));
        }
        Ok(None) => recover(locale).await,
        Ok(Some(text)) => match WorkspaceIndex::from_json(&text) {
            Ok((index, problems)) => {
                if !problems.is_empty() {
                    let backup = backup(INDEX_KEY, &text).await;
                    notice = Some(Notice::Damaged { error: None, problems, backup });
                }
                index
            }
            Err(error) => {
                let backup = backup(INDEX_KEY, &text).await;
                notice = Some(Notice::Damaged { error: Some(error), problems: Vec::new(), backup });
                let index = recover(locale).await;
                let json = index.to_json(platform::now());
                let _ = storage::transact(&[], move |_| Some((vec![(INDEX_KEY.to_string(), Some(json))], ()))).await;
                index
            }
        },
    };
    let Some(meta) = index.current().cloned() else {
        return Boot { keep: Keep::Device, index, open: None, notice };
    };
    let key = meta.id.storage_key();
    let workspace = match storage::get(&key).await {
        Ok(Some(text)) => {
            let (workspace, damaged) = read(&key, &text, blank).await;
            notice = damaged.or(notice);
            workspace
        }
        _ => Rc::new(blank.clone()),
    };
    Boot { keep: Keep::Device, open: Some((meta.id, meta.updated, workspace)), index, notice }
}

/// A lost list rebuilt from the workspaces found in storage.
async fn recover(locale: Locale) -> WorkspaceIndex {
    let ids: Vec<WorkspaceId> =
        storage::keys().await.unwrap_or_default().iter().filter_map(|k| WorkspaceId::from_storage_key(k)).collect();
    let mut found = Vec::new();
    for id in ids {
        let text = storage::get(&id.storage_key()).await.ok().flatten().unwrap_or_default();
        let blank = Workspace::new(locale, "", kilit_core::date::Date::EPOCH);
        let (name, saved) = load_workspace(&text, &blank).map(|l| (l.name, l.saved_at)).unwrap_or((None, None));
        found.push((id, name, saved));
    }
    WorkspaceIndex::recover(found, platform::now(), locale)
}

/// Reads stored text; what cannot be read is backed up and reported.
async fn read(key: &str, text: &str, blank: &Workspace) -> (Rc<Workspace>, Option<Notice>) {
    match load_workspace(text, blank) {
        Ok(loaded) if loaded.problems.is_empty() => (Rc::new(loaded.workspace), None),
        Ok(loaded) => {
            for p in &loaded.problems {
                platform::log_warn(&format!("Kilit: {key}: {} left out", p.path));
            }
            let backup = backup(key, text).await;
            (Rc::new(loaded.workspace), Some(Notice::Damaged { error: None, problems: loaded.problems, backup }))
        }
        Err(error) => {
            platform::log_warn(&format!("Kilit: {key} could not be read: {error:?}"));
            let backup = backup(key, text).await;
            (Rc::new(blank.clone()), Some(Notice::Damaged { error: Some(error), problems: Vec::new(), backup }))
        }
    }
}

/// Keeps `text` under a new backup key (never over an existing backup) and
/// returns the key.
pub async fn backup(key: &str, text: &str) -> Option<String> {
    let start = platform::now();
    for n in 0..100 {
        let candidate = backup_key(key, Timestamp(start.0 + n));
        let (k, t) = (candidate.clone(), text.to_string());
        let done = storage::transact(&[&candidate], move |values| {
            values.first().and_then(|v| v.is_none().then(|| (vec![(k, Some(t))], ())))
        })
        .await;
        match done {
            Ok(Some(())) => return Some(candidate),
            Ok(None) => continue,
            Err(e) => {
                platform::log_warn(&format!("Kilit: could not keep a backup of {key}: {e}"));
                return None;
            }
        }
    }
    None
}

fn parse_index(text: Option<&String>) -> Option<WorkspaceIndex> {
    match text {
        None => Some(WorkspaceIndex::new()),
        Some(t) => WorkspaceIndex::from_json(t).ok().map(|(index, _)| index),
    }
}

enum Saved {
    Done { id: WorkspaceId, base: Timestamp, index: WorkspaceIndex },
    Conflict,
    Failed,
}

/// Stores the workspace on screen: over its revision (refused if another
/// tab saved since), or as a new workspace when it has none or `as_new`.
async fn save(snap: &AppState, as_new: Option<String>) -> Saved {
    let p = &snap.persist;
    let workspace = snap.workspace();
    let (current, base) = if as_new.is_some() { (None, None) } else { (p.current, p.base) };
    let new_name = as_new.or_else(|| p.new_name.clone());
    let locale = snap.locale;
    let key = current.map(|id| id.storage_key()).unwrap_or_default();
    let result = storage::transact(&[INDEX_KEY], move |values| {
        let now = platform::now();
        let mut index = parse_index(values.first().and_then(|v| v.as_ref()))?;
        let (id, rev) = match (current, base) {
            (Some(id), Some(base)) => match next_revision(index.get(id), base, now) {
                Some(rev) => (id, rev),
                None => return Some((vec![], Saved::Conflict)),
            },
            _ => {
                let wanted = new_name.unwrap_or_else(|| index.default_name(locale));
                let name = match index.check_name(&wanted, None) {
                    Ok(n) => n,
                    Err(_) => index.copy_name(&wanted, locale),
                };
                let id = index.create(&name, now).ok()?;
                (id, now)
            }
        };
        index.switch(id).ok()?;
        let meta = index.workspaces.iter_mut().find(|w| w.id == id)?;
        meta.updated = rev;
        let name = meta.name.clone();
        let text = save_workspace(&workspace, &name, rev);
        let key = if key.is_empty() || current != Some(id) { id.storage_key() } else { key };
        let writes = vec![(key, Some(text)), (INDEX_KEY.to_string(), Some(index.to_json(now)))];
        Some((writes, Saved::Done { id, base: rev, index }))
    })
    .await;
    match result {
        Ok(Some(saved)) => {
            if let Saved::Done { id, base, .. } = &saved {
                storage::post(&Ping::Saved { id: *id, updated: *base, tab: p.tab.to_string() }.to_text());
            }
            saved
        }
        Ok(None) => Saved::Failed,
        Err(e) => {
            platform::log_warn(&format!("Kilit: saving failed: {e}"));
            Saved::Failed
        }
    }
}

/// Saves and reports; `true` when the workspace is stored.
async fn save_and_report(snap: &AppState, as_new: Option<String>, h: &AppHandle) -> bool {
    let edits = snap.persist.status.edits;
    match save(snap, as_new).await {
        Saved::Done { id, base, index } => {
            h.dispatch(Action::Persist(P::Saved { edits, id, base, index: Rc::new(index) }));
            true
        }
        Saved::Conflict => {
            h.dispatch(Action::Persist(P::Conflict));
            false
        }
        Saved::Failed => {
            h.dispatch(Action::Persist(P::Failed));
            false
        }
    }
}

/// A change to the list in one transaction: `change` gets the list and
/// returns the writes besides the list itself.
async fn change_list<T: 'static>(
    extra_reads: Vec<String>,
    change: impl FnOnce(&mut WorkspaceIndex, Timestamp, &[Option<String>]) -> Result<(Vec<storage::Write>, T), IndexError>
        + 'static,
) -> Result<(WorkspaceIndex, T), Option<IndexError>> {
    let mut reads: Vec<&str> = vec![INDEX_KEY];
    reads.extend(extra_reads.iter().map(String::as_str));
    let result = storage::transact(&reads, move |values| {
        let now = platform::now();
        let mut index = parse_index(values.first().and_then(|v| v.as_ref()))?;
        match change(&mut index, now, &values[1..]) {
            Ok((mut writes, value)) => {
                writes.push((INDEX_KEY.to_string(), Some(index.to_json(now))));
                Some((writes, Ok((index, value))))
            }
            Err(e) => Some((vec![], Err(Some(e)))),
        }
    })
    .await;
    match result {
        Ok(Some(r)) => r,
        Ok(None) => Err(None),
        Err(e) => {
            platform::log_warn(&format!("Kilit: storage failed: {e}"));
            Err(None)
        }
    }
}

fn ping_list(tab: &str) {
    storage::post(&Ping::List { tab: tab.to_string() }.to_text());
}

/// Opens stored workspace `id` and reports it.
async fn open(id: WorkspaceId, snap: &AppState, h: &AppHandle) {
    let key = id.storage_key();
    let result = change_list(vec![key.clone()], move |index, _, values| {
        index.switch(id)?;
        let updated = index.get(id).map(|m| m.updated).unwrap_or(Timestamp(0));
        Ok((vec![], (values.first().cloned().flatten(), updated)))
    })
    .await;
    match result {
        Ok((index, (text, updated))) => {
            let blank = &snap.persist.blank;
            let (workspace, notice) = match text {
                Some(text) => read(&key, &text, blank).await,
                None => (blank.clone(), None),
            };
            h.dispatch(Action::Persist(P::Opened { id, base: updated, index: Rc::new(index), workspace, notice }));
        }
        Err(e) => report_refused(e, snap, h),
    }
}

fn report_refused(e: Option<IndexError>, snap: &AppState, h: &AppHandle) {
    match e {
        Some(e) => h.dispatch(Action::Persist(P::Listed { index: snap.persist.index.clone(), notice: Some(Notice::Refused(e)) })),
        None => h.dispatch(Action::Persist(P::Failed)),
    }
}

/// Runs `request` (or, with `None`, the timed save) for the state `h` shows.
fn run(h: AppHandle, request: Option<Request>) {
    h.dispatch(Action::Persist(P::Begin));
    platform::spawn(async move {
        let snap: &AppState = &h;
        let p = &snap.persist;
        let tab = p.tab.to_string();
        let Some(request) = request else {
            platform::mark("kilit:save:start");
            save_and_report(snap, None, &h).await;
            platform::mark("kilit:save:end");
            return;
        };
        // Operations that leave the workspace on screen store it first.
        let flush = matches!(request, Request::Open(_) | Request::Create(_) | Request::Duplicate(_));
        if flush && p.status.keep == Keep::Device && p.status.dirty() && !p.status.conflict {
            if !save_and_report(snap, None, &h).await {
                return;
            }
            // The request runs on the next state (fresh revision).
            h.dispatch(Action::Persist(P::Request(request)));
            return;
        }
        match request {
            Request::Open(id) => open(id, snap, &h).await,
            Request::LoadTheirs => match p.current {
                Some(id) => open(id, snap, &h).await,
                None => report_refused(Some(IndexError::NotFound), snap, &h),
            },
            Request::Create(name) => {
                let blank = p.blank.clone();
                let result = change_list(vec![], move |index, now, _| {
                    let id = index.create(&name, now)?;
                    index.switch(id)?;
                    let name = index.get(id).map(|m| m.name.clone()).unwrap_or_default();
                    Ok((vec![(id.storage_key(), Some(save_workspace(&blank, &name, now)))], (id, now)))
                })
                .await;
                match result {
                    Ok((index, (id, base))) => {
                        ping_list(&tab);
                        let workspace = p.blank.clone();
                        h.dispatch(Action::Persist(P::Opened { id, base, index: Rc::new(index), workspace, notice: None }));
                    }
                    Err(e) => report_refused(e, snap, &h),
                }
            }
            Request::Rename(id, name) => {
                match change_list(vec![], move |index, _, _| index.rename(id, &name).map(|()| (vec![], ()))).await {
                    Ok((index, ())) => {
                        ping_list(&tab);
                        h.dispatch(Action::Persist(P::Listed { index: Rc::new(index), notice: None }));
                    }
                    Err(e) => report_refused(e, snap, &h),
                }
            }
            Request::Duplicate(id) => {
                let locale = snap.locale;
                let result = change_list(vec![id.storage_key()], move |index, now, values| {
                    let text = values.first().cloned().flatten().ok_or(IndexError::NotFound)?;
                    let copy = index.duplicate(id, now, locale)?;
                    Ok((vec![(copy.storage_key(), Some(text))], ()))
                })
                .await;
                match result {
                    Ok((index, ())) => {
                        ping_list(&tab);
                        h.dispatch(Action::Persist(P::Listed { index: Rc::new(index), notice: None }));
                    }
                    Err(e) => report_refused(e, snap, &h),
                }
            }
            Request::Delete(id) => {
                match change_list(vec![], move |index, _, _| index.delete(id).map(|_| (vec![(id.storage_key(), None)], ()))).await {
                    Ok((index, ())) => {
                        ping_list(&tab);
                        let index = Rc::new(index);
                        if p.current != Some(id) {
                            h.dispatch(Action::Persist(P::Listed { index, notice: None }));
                        } else if let Some(next) = index.current {
                            open(next, snap, &h).await;
                        } else {
                            h.dispatch(Action::Persist(P::Detached { index, keep: Keep::Device, clear: true, notice: None }));
                        }
                    }
                    Err(e) => report_refused(e, snap, &h),
                }
            }
            Request::KeepMineAsCopy => {
                let name = snap.persist.index.copy_name(&p.name(snap.locale), snap.locale);
                save_and_report(snap, Some(name), &h).await;
            }
            Request::RefreshList => {
                let index = match storage::get(INDEX_KEY).await {
                    Ok(text) => parse_index(text.as_ref()),
                    Err(_) => None,
                };
                let index = index.map(Rc::new).unwrap_or_else(|| p.index.clone());
                h.dispatch(Action::Persist(P::Listed { index, notice: None }));
            }
            Request::EraseAll | Request::KeepNothing => {
                let stop = request == Request::KeepNothing || p.status.keep == Keep::Nothing;
                if let Err(e) = storage::erase_all().await {
                    platform::log_warn(&format!("Kilit: erasing failed: {e}"));
                }
                storage::post(&Ping::Erased { tab }.to_text());
                if stop {
                    storage::local_set(KEEP_KEY, Some("no"));
                }
                platform::set_keeping(!stop);
                let (keep, notice) = if stop { (Keep::Nothing, Notice::NotKept) } else { (Keep::Device, Notice::Erased) };
                let clear = request == Request::EraseAll;
                let notice = if clear { Notice::Erased } else { notice };
                h.dispatch(Action::Persist(P::Detached { index: Rc::default(), keep, clear, notice: Some(notice) }));
            }
            Request::KeepOnDevice => {
                storage::local_set(KEEP_KEY, None);
                let keep = match storage::probe().await {
                    Ok(()) => Keep::Device,
                    Err(_) => Keep::Unavailable,
                };
                platform::set_keeping(keep == Keep::Device);
                let notice = (keep == Keep::Unavailable).then_some(Notice::Unavailable);
                h.dispatch(Action::Persist(P::Detached { index: Rc::default(), keep, clear: false, notice }));
                if keep == Keep::Device {
                    h.dispatch(Action::Persist(P::Request(Request::RefreshList)));
                }
            }
        }
    });
}

/// Wires saving into the app: pings from other tabs, the save timer and
/// the operations the state asks for.
#[hook]
pub fn use_persistence(state: &AppHandle) {
    let p = &state.persist;
    let enabled = p.enabled;
    {
        let dispatcher = state.dispatcher();
        use_effect_with(enabled, move |&enabled| {
            if enabled {
                storage::listen(move |text| {
                    if let Some(ping) = Ping::parse(&text) {
                        dispatcher.dispatch(Action::Persist(P::Remote(ping)));
                    }
                });
            }
        });
    }
    {
        let armed = enabled && p.status.should_schedule() && p.request.is_none();
        let h = state.clone();
        let delay = save_delay_ms(state.accounts.portfolio.accounts.len());
        use_effect_with((armed, p.status.edits), move |&(armed, _)| {
            let timer = if armed { storage::timeout(delay, move || run(h, None)) } else { None };
            move || drop(timer)
        });
    }
    {
        let h = state.clone();
        use_effect_with((p.request.clone(), p.status.busy), move |(request, busy)| {
            if let (Some(request), false) = (request.clone(), *busy) {
                run(h, Some(request));
            }
        });
    }
}
