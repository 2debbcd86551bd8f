//! Keeping the open workspace in step with storage: when to save, what the
//! header says about it, how a save refuses to overwrite another tab's, and
//! what a tab does when another one saved. Pure decisions; the app does the
//! storage and the timers.

use crate::i18n::Locale;

use super::index::{WorkspaceId, WorkspaceMeta};
use super::messages::PersistMsg as M;
use super::time::Timestamp;

/// How long after the last change the workspace is saved. Typing does not
/// save on every key, and a 10,000-account save (~0.1–0.3 s) runs once the
/// user pauses.
pub const SAVE_DELAY_MS: u32 = 600;

/// The pause before saving a workspace with `accounts` accounts: longer
/// for large ones, whose save holds the page for a moment (about half a
/// second in Chromium for 10,000 accounts), so that it rarely falls
/// between two keystrokes.
pub fn save_delay_ms(accounts: usize) -> u32 {
    match accounts {
        0..=1_000 => SAVE_DELAY_MS,
        1_001..=5_000 => 1_200,
        _ => 2_000,
    }
}

/// The `localStorage` key of the "don't keep anything on this device"
/// switch (value `"no"`); the only thing Kilit writes in that mode.
pub const KEEP_KEY: &str = "kilit.keep";

/// Whether this device keeps the user's work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Saved in this browser after every change.
    Device,
    /// The user chose not to keep anything here (a shared computer).
    Nothing,
    /// The browser refuses storage (private mode, blocked, broken).
    Unavailable,
}

/// What the header says about saving (also `data-save-state`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Everything on screen is stored.
    Saved,
    /// A change waits for the pause before it is saved, or is being saved.
    Saving,
    /// The user chose not to keep anything on this device.
    NotKept,
    /// The browser does not let Kilit store anything.
    Unavailable,
    /// Another tab saved this workspace while this one has changes.
    Conflict,
    /// The last save failed (quota full, storage gone).
    Failed,
}

/// What the session knows about saving, as the reducer keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SaveStatus {
    pub keep: Keep,
    /// Changes made to the workspace on screen (a counter).
    pub edits: u64,
    /// The value of `edits` that was last stored.
    pub saved_edits: u64,
    /// A storage operation is running.
    pub busy: bool,
    pub conflict: bool,
    pub failed: bool,
}

impl SaveStatus {
    pub fn new(keep: Keep) -> SaveStatus {
        SaveStatus {
            keep,
            edits: 0,
            saved_edits: 0,
            busy: false,
            conflict: false,
            failed: false,
        }
    }

    /// There are changes that storage does not have yet.
    pub fn dirty(&self) -> bool {
        self.edits != self.saved_edits
    }

    /// Whether to start the save timer now: only when keeping, with
    /// changes, nothing else running and no conflict waiting for the user.
    /// A failed save is retried on the next change.
    pub fn should_schedule(&self) -> bool {
        self.keep == Keep::Device && self.dirty() && !self.busy && !self.conflict
    }

    pub fn state(&self) -> SaveState {
        match self.keep {
            Keep::Nothing => SaveState::NotKept,
            Keep::Unavailable => SaveState::Unavailable,
            Keep::Device if self.conflict => SaveState::Conflict,
            Keep::Device if self.failed && self.dirty() => SaveState::Failed,
            Keep::Device if self.dirty() => SaveState::Saving,
            Keep::Device => SaveState::Saved,
        }
    }
}

impl SaveState {
    /// The value of `data-save-state`.
    pub fn code(self) -> &'static str {
        match self {
            SaveState::Saved => "saved",
            SaveState::Saving => "saving",
            SaveState::NotKept => "not-kept",
            SaveState::Unavailable => "unavailable",
            SaveState::Conflict => "conflict",
            SaveState::Failed => "failed",
        }
    }

    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            SaveState::Saved => M::SaveSaved,
            SaveState::Saving => M::SaveSaving,
            SaveState::NotKept => M::SaveNotKept,
            SaveState::Unavailable => M::SaveUnavailable,
            SaveState::Conflict => M::SaveConflict,
            SaveState::Failed => M::SaveFailed,
        }
        .text(locale)
    }
}

/// The revision a save writes, if the stored entry is still the one this
/// tab loaded or last saved (`base`): a compare-and-swap on the entry's
/// `updated` time. `None` means another tab saved, renamed away or deleted
/// it since, and the save must not overwrite it. The new revision is later
/// than `base` even if the clock went back.
pub fn next_revision(
    stored: Option<&WorkspaceMeta>,
    base: Timestamp,
    now: Timestamp,
) -> Option<Timestamp> {
    let stored = stored?;
    (stored.updated == base).then(|| Timestamp(now.0.max(base.0.saturating_add(1))))
}

/// A note one tab sends the others after writing (over a
/// `BroadcastChannel`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ping {
    /// Workspace `id` was saved with revision `updated`.
    Saved {
        id: WorkspaceId,
        updated: Timestamp,
        tab: String,
    },
    /// The list changed (create, rename, duplicate, delete).
    List { tab: String },
    /// Everything was erased.
    Erased { tab: String },
}

impl Ping {
    pub fn to_text(&self) -> String {
        match self {
            Ping::Saved { id, updated, tab } => format!("kilit1 saved {id} {} {tab}", updated.0),
            Ping::List { tab } => format!("kilit1 list {tab}"),
            Ping::Erased { tab } => format!("kilit1 erased {tab}"),
        }
    }

    /// Reads [`to_text`](Self::to_text); anything else is `None`.
    pub fn parse(text: &str) -> Option<Ping> {
        let mut words = text.split(' ');
        if words.next()? != "kilit1" {
            return None;
        }
        let ping = match words.next()? {
            "saved" => {
                let id = WorkspaceId(words.next()?.parse().ok()?);
                let updated = Timestamp(words.next()?.parse().ok()?);
                Ping::Saved {
                    id,
                    updated,
                    tab: words.next()?.to_string(),
                }
            }
            "list" => Ping::List {
                tab: words.next()?.to_string(),
            },
            "erased" => Ping::Erased {
                tab: words.next()?.to_string(),
            },
            _ => return None,
        };
        words.next().is_none().then_some(ping)
    }

    pub fn tab(&self) -> &str {
        match self {
            Ping::Saved { tab, .. } | Ping::List { tab } | Ping::Erased { tab } => tab,
        }
    }
}

/// What a tab does about another tab's ping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remote {
    /// Its own ping, or a tab that keeps nothing.
    Ignore,
    /// Reread the list (names and times may have changed).
    RefreshList,
    /// The open workspace changed elsewhere and this tab has no unsaved
    /// changes: load the other tab's version.
    Reload,
    /// The open workspace changed elsewhere while this tab has changes:
    /// ask the user (load theirs, or keep mine as a copy). Never overwrite.
    Conflict,
}

/// The rule for two tabs: a save of another workspace, or of this one at
/// the revision this tab already has, only refreshes the list; a newer save
/// of the open workspace reloads it when this tab has nothing unsaved, and
/// otherwise asks the user.
pub fn on_ping(
    ping: &Ping,
    own_tab: &str,
    status: &SaveStatus,
    current: Option<WorkspaceId>,
    base: Option<Timestamp>,
) -> Remote {
    if ping.tab() == own_tab || status.keep != Keep::Device {
        return Remote::Ignore;
    }
    match ping {
        Ping::Saved { id, updated, .. } if Some(*id) == current && Some(*updated) != base => {
            if status.dirty() || status.conflict {
                Remote::Conflict
            } else {
                Remote::Reload
            }
        }
        _ => Remote::RefreshList,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(updated: i64) -> WorkspaceMeta {
        WorkspaceMeta {
            id: WorkspaceId(1),
            name: "A".into(),
            created: Timestamp(0),
            updated: Timestamp(updated),
        }
    }

    #[test]
    fn schedules_only_when_keeping_with_changes_and_nothing_running() {
        let mut s = SaveStatus::new(Keep::Device);
        assert!(!s.should_schedule());
        assert_eq!(s.state(), SaveState::Saved);
        s.edits = 3;
        assert!(s.should_schedule());
        assert_eq!(s.state(), SaveState::Saving);
        s.busy = true;
        assert!(!s.should_schedule());
        s.busy = false;
        s.conflict = true;
        assert!(!s.should_schedule());
        assert_eq!(s.state(), SaveState::Conflict);
        s.conflict = false;
        s.failed = true;
        assert!(s.should_schedule(), "a failed save is tried again");
        assert_eq!(s.state(), SaveState::Failed);
        s.saved_edits = 3;
        assert_eq!(s.state(), SaveState::Saved);
        for keep in [Keep::Nothing, Keep::Unavailable] {
            let mut s = SaveStatus::new(keep);
            s.edits = 1;
            assert!(!s.should_schedule());
        }
        assert_eq!(SaveStatus::new(Keep::Nothing).state().code(), "not-kept");
        assert_eq!(SaveStatus::new(Keep::Unavailable).state().code(), "unavailable");
    }

    #[test]
    fn large_workspaces_wait_longer_before_saving() {
        assert_eq!(save_delay_ms(0), SAVE_DELAY_MS);
        assert_eq!(save_delay_ms(25), SAVE_DELAY_MS);
        assert!(save_delay_ms(3_000) > SAVE_DELAY_MS);
        assert_eq!(save_delay_ms(10_000), 2_000);
        let delays: Vec<u32> = [0, 1_000, 1_001, 5_000, 5_001, 1_000_000].map(save_delay_ms).to_vec();
        assert!(delays.windows(2).all(|w| w[0] <= w[1]), "never shorter for more accounts");
    }

    #[test]
    fn a_save_does_not_overwrite_a_newer_revision() {
        let now = Timestamp(1000);
        assert_eq!(next_revision(Some(&meta(500)), Timestamp(500), now), Some(now));
        assert_eq!(next_revision(Some(&meta(700)), Timestamp(500), now), None);
        assert_eq!(next_revision(None, Timestamp(500), now), None, "deleted elsewhere");
        // A clock set back still moves the revision forward.
        assert_eq!(
            next_revision(Some(&meta(5000)), Timestamp(5000), now),
            Some(Timestamp(5001))
        );
    }

    #[test]
    fn pings_round_trip_and_junk_is_ignored() {
        let pings = [
            Ping::Saved {
                id: WorkspaceId(17),
                updated: Timestamp(1_751_276_465_123),
                tab: "t1".into(),
            },
            Ping::List { tab: "x".into() },
            Ping::Erased { tab: "y".into() },
        ];
        for p in pings {
            assert_eq!(Ping::parse(&p.to_text()), Some(p));
        }
        for bad in [
            "",
            "kilit1",
            "kilit2 list a",
            "kilit1 saved 1 2",
            "kilit1 saved x 2 t",
            "kilit1 list a b",
            "kilit1 nope a",
        ] {
            assert_eq!(Ping::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn two_tabs_rule() {
        let id = WorkspaceId(1);
        let clean = SaveStatus::new(Keep::Device);
        let mut dirty = clean;
        dirty.edits = 1;
        let saved = |updated: i64, tab: &str| Ping::Saved {
            id,
            updated: Timestamp(updated),
            tab: tab.into(),
        };
        let base = Some(Timestamp(10));
        let rule = |p: &Ping, s: &SaveStatus| on_ping(p, "me", s, Some(id), base);
        assert_eq!(rule(&saved(20, "me"), &dirty), Remote::Ignore);
        assert_eq!(rule(&saved(20, "other"), &clean), Remote::Reload);
        assert_eq!(rule(&saved(20, "other"), &dirty), Remote::Conflict);
        assert_eq!(rule(&saved(10, "other"), &dirty), Remote::RefreshList, "already have it");
        let other_ws = Ping::Saved {
            id: WorkspaceId(2),
            updated: Timestamp(20),
            tab: "other".into(),
        };
        assert_eq!(rule(&other_ws, &dirty), Remote::RefreshList);
        assert_eq!(rule(&Ping::List { tab: "o".into() }, &clean), Remote::RefreshList);
        let nothing = SaveStatus::new(Keep::Nothing);
        assert_eq!(rule(&saved(20, "other"), &nothing), Remote::Ignore);
        let mut waiting = clean;
        waiting.conflict = true;
        assert_eq!(rule(&saved(30, "other"), &waiting), Remote::Conflict);
    }
}
