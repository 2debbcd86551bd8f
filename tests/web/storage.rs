//! IndexedDB through `platform::storage` and the start-up restore in
//! `ui::persist`: a round trip, a damaged record kept under a backup key,
//! and erasing everything.

use std::rc::Rc;

use kilit::platform::storage;
use kilit::state::Notice;
use kilit::ui::persist::boot;
use kilit_core::accounts::example_portfolio;
use kilit_core::date::Date;
use kilit_core::i18n::Locale;
use kilit_core::persist::{
    save_workspace, Keep, LoadError, Timestamp, Workspace, WorkspaceIndex, BACKUP_KEY_PREFIX, INDEX_KEY,
};
use wasm_bindgen_test::*;

fn day() -> Date {
    Date::parse_iso("2025-06-30").expect("a date")
}

/// A workspace with the example accounts and amounts that are not plain
/// decimals, stored as the open workspace "Anadolu".
async fn store(text_of: impl FnOnce(&Workspace) -> String) -> (Workspace, String) {
    storage::erase_all().await.expect("erase");
    let mut w = Workspace::new(Locale::Tr, "TRY", day());
    w.portfolio = example_portfolio(day());
    w.settings.abc_a = 0.1 + 0.2;
    let mut index = WorkspaceIndex::new();
    let id = index.create("Anadolu", Timestamp(1_000)).expect("create");
    let key = id.storage_key();
    storage::put(INDEX_KEY, &index.to_json(Timestamp(1_000))).await.expect("index");
    storage::put(&key, &text_of(&w)).await.expect("workspace");
    (w, key)
}

#[wasm_bindgen_test]
async fn a_workspace_round_trips_through_indexeddb_exactly() {
    let (w, key) = store(|w| save_workspace(w, "Anadolu", Timestamp(1_000))).await;
    assert_eq!(storage::get(&key).await.expect("get").map(|t| t.len()).unwrap_or(0) > 1000, true);
    let blank = Workspace::new(Locale::En, "TRY", day());
    let b = boot(Locale::En, &blank).await;
    assert_eq!(b.keep, Keep::Device);
    assert_eq!(b.notice, None);
    assert_eq!(b.index.current().map(|m| m.name.as_str()), Some("Anadolu"));
    let (_, base, restored) = b.open.expect("the open workspace");
    assert_eq!(base, Timestamp(1_000));
    assert_eq!(*restored, w, "every amount, setting and account as saved");
    assert_eq!(restored.settings.abc_a.to_bits(), (0.1f64 + 0.2).to_bits());
    storage::erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn a_damaged_record_is_kept_under_a_backup_key_and_reported() {
    let (_, key) = store(|w| {
        let t = save_workspace(w, "Anadolu", Timestamp(1_000));
        t[..t.len() / 2].to_string()
    })
    .await;
    let damaged = storage::get(&key).await.expect("get").expect("stored");
    let blank = Workspace::new(Locale::En, "TRY", day());
    let b = boot(Locale::En, &blank).await;
    let Some(Notice::Damaged { error, backup, .. }) = b.notice else { panic!("no damage reported: {:?}", b.notice) };
    assert_eq!(error, Some(LoadError::Truncated));
    let backup = backup.expect("a backup key");
    assert!(backup.starts_with(BACKUP_KEY_PREFIX) && backup.ends_with(&key), "{backup}");
    assert_eq!(storage::get(&backup).await.expect("get"), Some(damaged.clone()), "the raw text, unchanged");
    let (_, _, started) = b.open.expect("still the open workspace");
    assert_eq!(started, Rc::new(blank.clone()), "started clean");
    // A second failure the same millisecond gets its own key.
    let b2 = boot(Locale::En, &blank).await;
    let Some(Notice::Damaged { backup: Some(second), .. }) = b2.notice else { panic!("no second report") };
    assert_ne!(second, backup);
    let backups = storage::keys().await.expect("keys").into_iter().filter(|k| k.starts_with(BACKUP_KEY_PREFIX)).count();
    assert_eq!(backups, 2);
    storage::erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn erase_all_leaves_nothing() {
    store(|w| save_workspace(w, "Anadolu", Timestamp(1_000))).await;
    assert!(storage::local_set("kilit.lang", Some("fa")));
    assert!(storage::local_set("other.app", Some("kept")));
    storage::erase_all().await.expect("erase");
    assert_eq!(storage::local_get("kilit.lang"), None);
    assert_eq!(storage::local_get("other.app").as_deref(), Some("kept"), "only Kilit's keys");
    storage::local_set("other.app", None);
    assert_eq!(storage::keys().await.expect("keys"), Vec::<String>::new());
    let blank = Workspace::new(Locale::En, "TRY", day());
    let b = boot(Locale::En, &blank).await;
    assert!(b.open.is_none() && b.index.workspaces.is_empty() && b.notice.is_none());
    storage::erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
fn adopting_a_workspace_makes_a_new_one_with_a_unique_name() {
    use kilit::state::{Action, AppState, Boot, Catalog};
    use kilit_core::route::Route;
    use yew::Reducible;
    let mut index = WorkspaceIndex::new();
    let id = index.create("Anadolu", Timestamp(1_000)).expect("create");
    let blank = Rc::new(Workspace::new(Locale::En, "TRY", day()));
    let boot = Boot { keep: Keep::Device, index, open: Some((id, Timestamp(1_000), blank)), notice: None };
    let state = Rc::new(AppState::restored(Locale::En, Route::Home, Rc::new(Catalog::builtin()), day(), Some(&boot), "t"));
    assert_eq!(state.persist.name(Locale::En), "Anadolu");
    assert!(!state.persist.status.dirty());
    let mut shared = Workspace::new(Locale::En, "TRY", day());
    shared.portfolio = example_portfolio(day());
    let next = state.reduce(Action::AdoptWorkspace { name: " anadolu ".into(), workspace: Rc::new(shared.clone()) });
    assert_eq!(next.persist.current, None, "not the open workspace any more");
    assert_eq!(next.persist.name(Locale::En), "anadolu (copy)");
    assert!(next.persist.status.dirty(), "to be saved as a new workspace");
    assert_eq!(next.workspace().portfolio, shared.portfolio);
    // Opening replaces the open workspace's contents and saves them there.
    let opened = next.reduce(Action::OpenWorkspace(Rc::new(Workspace::new(Locale::En, "TRY", day()))));
    assert!(opened.workspace().portfolio.accounts.is_empty());
}

#[wasm_bindgen_test]
fn only_changes_to_the_workspace_are_saved_not_changes_to_the_view() {
    use kilit::state::{AccountsAction, Action, AppState, Boot, Catalog, SortKey};
    use kilit_core::route::Route;
    use yew::Reducible;
    let mut index = WorkspaceIndex::new();
    let id = index.create("Anadolu", Timestamp(1_000)).expect("create");
    let blank = Rc::new(Workspace::new(Locale::En, "TRY", day()));
    let boot = Boot { keep: Keep::Device, index, open: Some((id, Timestamp(1_000), blank)), notice: None };
    let state = Rc::new(AppState::restored(Locale::En, Route::Home, Rc::new(Catalog::builtin()), day(), Some(&boot), "t"));
    let loaded = state.reduce(Action::Accounts(AccountsAction::LoadExample));
    assert!(loaded.persist.status.dirty(), "new accounts are to be saved");
    let edits = loaded.persist.status.edits;
    let sorted = loaded.clone().reduce(Action::Accounts(AccountsAction::SortBy(SortKey::Name)));
    assert_eq!(sorted.accounts.sort, SortKey::Name, "the view changed");
    assert_eq!(sorted.persist.status.edits, edits, "sorting is not an edit");
    let weighted = sorted.reduce(Action::Accounts(AccountsAction::SetWeight { criterion: "margin".into(), weight: 9.0 }));
    assert_eq!(weighted.persist.status.edits, edits + 1, "a weight is part of the workspace");
}
