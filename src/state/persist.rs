//! The saving part of the state: which named workspace is on screen, its
//! revision in storage, whether there are unsaved changes, the operation the
//! UI's storage effect should run next and the notice to show.
//!
//! The reducer only decides; `ui::persist` runs the storage operations and
//! reports back with [`PersistAction`]s.

use std::rc::Rc;

use kilit_core::i18n::Locale;
use kilit_core::persist::{
    on_ping, DataProblem, IndexError, Keep, LoadError, Ping, Remote, SaveStatus, Timestamp, Workspace, WorkspaceId,
    WorkspaceIndex,
};

/// What the app starts with, read from storage before the first render.
#[derive(Clone, Debug, PartialEq)]
pub struct Boot {
    pub keep: Keep,
    pub index: WorkspaceIndex,
    /// The workspace that was open, with its revision and contents.
    pub open: Option<(WorkspaceId, Timestamp, Rc<Workspace>)>,
    pub notice: Option<Notice>,
}

/// A storage operation for the UI's effect to run.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    Open(WorkspaceId),
    Create(String),
    Rename(WorkspaceId, String),
    Duplicate(WorkspaceId),
    Delete(WorkspaceId),
    /// After a conflict: load the stored version of the open workspace.
    LoadTheirs,
    /// After a conflict: store what is on screen as a new workspace.
    KeepMineAsCopy,
    /// Reread the list (another tab changed it).
    RefreshList,
    EraseAll,
    /// Erase everything and stop writing.
    KeepNothing,
    /// Start keeping again (stores what is on screen).
    KeepOnDevice,
}

/// What the page tells the user about storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Unavailable,
    SaveFailed,
    NotKept,
    /// Stored data could not be read, wholly (`error`) or in part.
    Damaged { error: Option<LoadError>, problems: Vec<DataProblem>, backup: Option<String> },
    Conflict,
    Reloaded,
    Erased,
    Refused(IndexError),
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersistState {
    /// `false` when the app was mounted without storage (component tests).
    pub enabled: bool,
    pub status: SaveStatus,
    pub index: Rc<WorkspaceIndex>,
    /// The stored workspace on screen; `None` until the first save.
    pub current: Option<WorkspaceId>,
    /// The revision of `current` this tab loaded or last saved.
    pub base: Option<Timestamp>,
    /// The name a not-yet-stored workspace gets (a copied one).
    pub new_name: Option<String>,
    pub request: Option<Request>,
    pub notice: Option<Notice>,
    /// What "start over" and a deleted last workspace return to.
    pub blank: Rc<Workspace>,
    /// This tab's id in pings.
    pub tab: Rc<str>,
}

/// Reports from the storage effect, and the user's notice dismissal.
#[derive(Clone, Debug, PartialEq)]
pub enum PersistAction {
    Request(Request),
    /// The effect took the request (or a timed save) and is running it.
    Begin,
    /// The edits up to `edits` are stored as `id` at revision `base`.
    Saved { edits: u64, id: WorkspaceId, base: Timestamp, index: Rc<WorkspaceIndex> },
    /// Another tab saved first; nothing was written.
    Conflict,
    /// Writing failed (quota, storage gone).
    Failed,
    /// The list changed; the workspace on screen did not.
    Listed { index: Rc<WorkspaceIndex>, notice: Option<Notice> },
    /// A stored workspace is now on screen (switch, create, load theirs).
    Opened { id: WorkspaceId, base: Timestamp, index: Rc<WorkspaceIndex>, workspace: Rc<Workspace>, notice: Option<Notice> },
    /// No stored workspace is on screen any more (the open one was deleted
    /// as the last, or everything was erased); `clear` empties the screen.
    Detached { index: Rc<WorkspaceIndex>, keep: Keep, clear: bool, notice: Option<Notice> },
    /// Another tab wrote something.
    Remote(Ping),
    Dismiss,
}

impl PersistState {
    pub fn new(boot: Option<&Boot>, blank: Rc<Workspace>, tab: Rc<str>) -> PersistState {
        let (enabled, keep) = match boot {
            Some(b) => (true, b.keep),
            None => (false, Keep::Nothing),
        };
        let open = boot.and_then(|b| b.open.as_ref());
        PersistState {
            enabled,
            status: SaveStatus::new(keep),
            index: Rc::new(boot.map(|b| b.index.clone()).unwrap_or_default()),
            current: open.map(|o| o.0),
            base: open.map(|o| o.1),
            new_name: None,
            request: None,
            notice: boot.and_then(|b| b.notice.clone()),
            blank,
            tab,
        }
    }

    /// The name of the workspace on screen.
    pub fn name(&self, locale: Locale) -> String {
        self.current
            .and_then(|id| self.index.get(id))
            .map(|m| m.name.clone())
            .or_else(|| self.new_name.clone())
            .unwrap_or_else(|| self.index.default_name(locale))
    }

    /// Operations other than saving need storage.
    pub fn can_manage(&self) -> bool {
        self.enabled && self.status.keep == Keep::Device
    }

    /// A change to the workspace on screen.
    pub fn edited(&self) -> PersistState {
        let mut next = self.clone();
        next.status.edits = next.status.edits.wrapping_add(1);
        next
    }

    /// The workspace on screen is now stored as `id` at `base`, unchanged.
    fn attach(&mut self, id: WorkspaceId, base: Timestamp, index: Rc<WorkspaceIndex>) {
        self.current = Some(id);
        self.base = Some(base);
        self.index = index;
        self.new_name = None;
        self.status.saved_edits = self.status.edits;
        self.status.busy = false;
        self.status.conflict = false;
        self.status.failed = false;
    }

    /// The state after `action`; `Some(workspace)` when the workspace on
    /// screen is to be replaced.
    pub fn apply(&self, action: PersistAction) -> (PersistState, Option<Rc<Workspace>>) {
        let mut next = self.clone();
        let mut replace = None;
        match action {
            PersistAction::Request(r) => {
                let allowed = match r {
                    Request::KeepOnDevice => self.enabled && self.status.keep == Keep::Nothing,
                    Request::EraseAll => self.enabled && self.status.keep != Keep::Unavailable,
                    _ => self.can_manage(),
                };
                if allowed && !self.status.busy && self.request.is_none() {
                    next.request = Some(r);
                }
            }
            PersistAction::Begin => {
                next.request = None;
                next.status.busy = true;
            }
            PersistAction::Saved { edits, id, base, index } => {
                let edits_now = next.status.edits;
                next.attach(id, base, index);
                next.status.saved_edits = edits;
                next.status.edits = edits_now;
                if matches!(next.notice, Some(Notice::SaveFailed | Notice::Conflict)) {
                    next.notice = None;
                }
            }
            PersistAction::Conflict => {
                next.status.busy = false;
                next.status.conflict = true;
                next.notice = Some(Notice::Conflict);
            }
            PersistAction::Failed => {
                next.status.busy = false;
                next.status.failed = true;
                next.notice = Some(Notice::SaveFailed);
            }
            PersistAction::Listed { index, notice } => {
                next.index = index;
                next.status.busy = false;
                if notice.is_some() {
                    next.notice = notice;
                }
            }
            PersistAction::Opened { id, base, index, workspace, notice } => {
                next.attach(id, base, index);
                // "Updated from another tab" was set when the reload was asked for.
                let reloaded = matches!(self.notice, Some(Notice::Reloaded));
                next.notice = notice.or_else(|| reloaded.then_some(Notice::Reloaded));
                replace = Some(workspace);
            }
            PersistAction::Detached { index, keep, clear, notice } => {
                next.index = index;
                next.current = None;
                next.base = None;
                next.new_name = None;
                next.status = SaveStatus::new(keep);
                next.status.edits = self.status.edits;
                next.status.saved_edits = self.status.edits;
                next.notice = notice;
                if clear {
                    replace = Some(self.blank.clone());
                } else if keep == Keep::Device {
                    // Keeping again: what is on screen is to be stored.
                    next.status.saved_edits = self.status.edits.wrapping_sub(1);
                }
            }
            PersistAction::Remote(ping) => {
                if !self.enabled {
                    return (next, None);
                }
                match on_ping(&ping, &self.tab, &self.status, self.current, self.base) {
                    Remote::Ignore => {}
                    Remote::Conflict => {
                        next.status.conflict = true;
                        next.notice = Some(Notice::Conflict);
                    }
                    Remote::Reload => {
                        if let Some(id) = self.current {
                            next.request = Some(Request::Open(id));
                            next.notice = Some(Notice::Reloaded);
                        }
                    }
                    Remote::RefreshList => {
                        if next.request.is_none() {
                            next.request = Some(Request::RefreshList);
                        }
                    }
                }
            }
            PersistAction::Dismiss => next.notice = None,
        }
        (next, replace)
    }

    /// The state after a shared or imported workspace was adopted: on
    /// screen, not stored yet, to be saved as a new workspace named `name`
    /// (made unique).
    pub fn adopted(&self, name: &str, locale: Locale) -> PersistState {
        let mut next = self.edited();
        let name = match self.index.check_name(name, None) {
            Ok(n) => n,
            Err(IndexError::NameTaken { name }) => self.index.copy_name(&name, locale),
            Err(_) => self.index.default_name(locale),
        };
        next.current = None;
        next.base = None;
        next.new_name = Some(name);
        next.status.conflict = false;
        next
    }
}
