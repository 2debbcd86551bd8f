//! Named workspaces: the list a consultant switches between, one entry per
//! client, and the storage keys the app keeps them under.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::i18n::{fill, Locale};
use crate::number::format_integer;

use super::decode::typed;
use super::envelope::{self, open};
use super::messages::PersistMsg as M;
use super::migrate::INDEX_STEPS;
use super::problem::{DataProblem, Effect, LoadError, Part};
use super::time::Timestamp;

/// The storage key of the workspace list.
pub const INDEX_KEY: &str = "kilit.workspaces";
/// Workspaces are stored under this prefix followed by their id.
pub const WORKSPACE_KEY_PREFIX: &str = "kilit.workspace.";
/// Raw copies of data that could not be read are kept under this prefix.
pub const BACKUP_KEY_PREFIX: &str = "kilit.backup.";
/// The `format` of the stored workspace list.
pub const INDEX_FORMAT: &str = "kilit-workspace-index";
/// The schema version of the workspace list.
pub const INDEX_SCHEMA_VERSION: u32 = 1;
/// The longest workspace name, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// Where to keep the raw text of `key` that could not be read at `at`:
/// `kilit.backup.<millis>.<key>`. Backups are never read back by the app;
/// the user can recover them from the browser's storage inspector.
pub fn backup_key(key: &str, at: Timestamp) -> String {
    format!("{BACKUP_KEY_PREFIX}{}.{key}", at.0)
}

/// A workspace's identifier: unique in the list, never reused, and the
/// last part of its storage key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WorkspaceId(pub u64);

impl WorkspaceId {
    /// `kilit.workspace.<id>`.
    pub fn storage_key(self) -> String {
        format!("{WORKSPACE_KEY_PREFIX}{}", self.0)
    }

    /// The id in a storage key written by [`storage_key`](Self::storage_key).
    pub fn from_storage_key(key: &str) -> Option<WorkspaceId> {
        let digits = key.strip_prefix(WORKSPACE_KEY_PREFIX)?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok().map(WorkspaceId)
    }
}

impl fmt::Display for WorkspaceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One entry of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkspaceMeta {
    pub id: WorkspaceId,
    /// Trimmed, not blank, at most [`MAX_NAME_CHARS`], unique in the list
    /// ignoring case.
    pub name: String,
    pub created: Timestamp,
    /// When its data was last saved.
    pub updated: Timestamp,
}

/// Why a change to the list was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndexError {
    NameEmpty,
    NameTooLong { max: usize },
    NameTaken { name: String },
    NotFound,
}

impl IndexError {
    pub fn message(&self, locale: Locale) -> String {
        match self {
            IndexError::NameEmpty => M::NameEmpty.text(locale).to_string(),
            IndexError::NameTooLong { max } => fill(
                M::NameTooLong.text(locale),
                &[("max", &format_integer(*max as i64, locale))],
            ),
            IndexError::NameTaken { name } => fill(M::NameTaken.text(locale), &[("name", name)]),
            IndexError::NotFound => M::WorkspaceNotFound.text(locale).to_string(),
        }
    }
}

/// The list of named workspaces and which one is open. The app stores it
/// under [`INDEX_KEY`] and each workspace under its
/// [`storage_key`](WorkspaceId::storage_key).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct WorkspaceIndex {
    /// In creation order.
    pub workspaces: Vec<WorkspaceMeta>,
    /// The open workspace; always one of `workspaces` when set.
    pub current: Option<WorkspaceId>,
}

impl WorkspaceIndex {
    pub fn new() -> WorkspaceIndex {
        WorkspaceIndex::default()
    }

    pub fn get(&self, id: WorkspaceId) -> Option<&WorkspaceMeta> {
        self.workspaces.iter().find(|w| w.id == id)
    }

    /// The open workspace's entry.
    pub fn current(&self) -> Option<&WorkspaceMeta> {
        self.current.and_then(|id| self.get(id))
    }

    /// The entries, most recently updated first (ties: newest created).
    pub fn by_recent(&self) -> Vec<&WorkspaceMeta> {
        let mut v: Vec<&WorkspaceMeta> = self.workspaces.iter().collect();
        v.sort_by(|a, b| b.updated.cmp(&a.updated).then(b.id.cmp(&a.id)));
        v
    }

    /// The name trimmed, if it is allowed for workspace `except` (or for a
    /// new one when `None`).
    pub fn check_name(
        &self,
        name: &str,
        except: Option<WorkspaceId>,
    ) -> Result<String, IndexError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(IndexError::NameEmpty);
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(IndexError::NameTooLong {
                max: MAX_NAME_CHARS,
            });
        }
        let taken = self
            .workspaces
            .iter()
            .any(|w| Some(w.id) != except && same_name(&w.name, name));
        if taken {
            return Err(IndexError::NameTaken {
                name: name.to_string(),
            });
        }
        Ok(name.to_string())
    }

    /// "Workspace 1", "Workspace 2"…: the first such name not taken.
    pub fn default_name(&self, locale: Locale) -> String {
        (1..)
            .map(|n| {
                fill(
                    M::WorkspaceDefaultName.text(locale),
                    &[("n", &crate::i18n::small_number(locale, n))],
                )
            })
            .find(|name| !self.workspaces.iter().any(|w| same_name(&w.name, name)))
            .unwrap_or_default()
    }

    /// Adds an empty workspace named `name` and returns its id. It is not
    /// opened; call [`switch`](Self::switch) for that. The first workspace
    /// of an empty list is opened.
    pub fn create(&mut self, name: &str, now: Timestamp) -> Result<WorkspaceId, IndexError> {
        let name = self.check_name(name, None)?;
        let id = self.fresh_id(now);
        self.workspaces.push(WorkspaceMeta {
            id,
            name,
            created: now,
            updated: now,
        });
        if self.current.is_none() {
            self.current = Some(id);
        }
        Ok(id)
    }

    pub fn rename(&mut self, id: WorkspaceId, name: &str) -> Result<(), IndexError> {
        let name = self.check_name(name, Some(id))?;
        let entry = self
            .workspaces
            .iter_mut()
            .find(|w| w.id == id)
            .ok_or(IndexError::NotFound)?;
        entry.name = name;
        Ok(())
    }

    /// Adds a copy of workspace `id`'s entry named "… (copy)" and returns
    /// the new id; the app then stores the same data under the new key.
    pub fn duplicate(
        &mut self,
        id: WorkspaceId,
        now: Timestamp,
        locale: Locale,
    ) -> Result<WorkspaceId, IndexError> {
        let original = self.get(id).ok_or(IndexError::NotFound)?.name.clone();
        let name = self.copy_name(&original, locale);
        let new_id = self.fresh_id(now);
        self.workspaces.push(WorkspaceMeta {
            id: new_id,
            name,
            created: now,
            updated: now,
        });
        Ok(new_id)
    }

    /// The name of a copy of `name`: "Acme (copy)", then "Acme (copy 2)"…,
    /// shortened so it stays within [`MAX_NAME_CHARS`].
    pub fn copy_name(&self, name: &str, locale: Locale) -> String {
        (1u32..)
            .map(|n| {
                let template = if n == 1 {
                    M::WorkspaceCopyName
                } else {
                    M::WorkspaceCopyNameN
                };
                let n = crate::i18n::small_number(locale, n as usize);
                let make = |base: &str| fill(template.text(locale), &[("name", base), ("n", &n)]);
                let room = MAX_NAME_CHARS.saturating_sub(make("").chars().count());
                let base: String = name.trim().chars().take(room).collect();
                make(base.trim_end())
            })
            .find(|candidate| self.check_name(candidate, None).is_ok())
            .unwrap_or_default()
    }

    /// Removes workspace `id` from the list and returns its entry; the app
    /// then removes its data. If it was open, the most recently updated
    /// remaining one is opened (or none).
    pub fn delete(&mut self, id: WorkspaceId) -> Result<WorkspaceMeta, IndexError> {
        let i = self
            .workspaces
            .iter()
            .position(|w| w.id == id)
            .ok_or(IndexError::NotFound)?;
        let removed = self.workspaces.remove(i);
        if self.current == Some(id) {
            self.current = self.by_recent().first().map(|w| w.id);
        }
        Ok(removed)
    }

    /// Opens workspace `id`.
    pub fn switch(&mut self, id: WorkspaceId) -> Result<(), IndexError> {
        self.get(id).ok_or(IndexError::NotFound)?;
        self.current = Some(id);
        Ok(())
    }

    /// Records that workspace `id` was saved at `now`.
    pub fn touch(&mut self, id: WorkspaceId, now: Timestamp) {
        if let Some(w) = self.workspaces.iter_mut().find(|w| w.id == id) {
            w.updated = w.updated.max(now);
        }
    }

    /// An id not in the list: the time in milliseconds, or one past the
    /// largest id when that is later (two workspaces made in the same
    /// millisecond, or a clock set back).
    fn fresh_id(&self, now: Timestamp) -> WorkspaceId {
        let after_last = self
            .workspaces
            .iter()
            .map(|w| w.id.0.saturating_add(1))
            .max()
            .unwrap_or(1);
        WorkspaceId(u64::try_from(now.0).unwrap_or(0).max(after_last))
    }

    /// Rebuilds a list from the workspaces found in storage when the list
    /// itself was lost: each with the name stored in it (or a default
    /// name) and the time it was saved (or `now`). Names are made unique.
    pub fn recover(
        found: impl IntoIterator<Item = (WorkspaceId, Option<String>, Option<Timestamp>)>,
        now: Timestamp,
        locale: Locale,
    ) -> WorkspaceIndex {
        let mut index = WorkspaceIndex::new();
        let mut found: Vec<_> = found.into_iter().collect();
        found.sort_by_key(|f| f.0);
        for (id, name, saved) in found {
            if index.get(id).is_some() {
                continue;
            }
            let name = match name.map(|n| index.check_name(&n, None)) {
                Some(Ok(n)) => n,
                Some(Err(IndexError::NameTaken { name })) => index.copy_name(&name, locale),
                _ => index.default_name(locale),
            };
            let at = saved.unwrap_or(now);
            index.workspaces.push(WorkspaceMeta {
                id,
                name,
                created: at,
                updated: at,
            });
        }
        index.current = index.by_recent().first().map(|w| w.id);
        index
    }

    /// The list as stored: an envelope of format [`INDEX_FORMAT`].
    pub fn to_json(&self, saved_at: Timestamp) -> String {
        #[derive(Serialize)]
        struct Data<'a> {
            current: Option<u64>,
            workspaces: Vec<Entry<'a>>,
        }
        #[derive(Serialize)]
        struct Entry<'a> {
            id: u64,
            name: &'a str,
            created: String,
            updated: String,
        }
        let data = Data {
            current: self.current.map(|id| id.0),
            workspaces: self
                .workspaces
                .iter()
                .map(|w| Entry {
                    id: w.id.0,
                    name: &w.name,
                    created: w.created.to_iso(),
                    updated: w.updated.to_iso(),
                })
                .collect(),
        };
        envelope::write(INDEX_FORMAT, INDEX_SCHEMA_VERSION, saved_at, None, data)
    }

    /// Reads a stored list, keeping every entry that can be read. Entries
    /// with a repeated id or name are left out; an open workspace that is
    /// not in the list is forgotten.
    pub fn from_json(text: &str) -> Result<(WorkspaceIndex, Vec<DataProblem>), LoadError> {
        let opened = open(text, INDEX_FORMAT, INDEX_STEPS)?;
        let mut r = opened.reader;
        let mut index = WorkspaceIndex::new();
        match opened.data.get("workspaces") {
            None | Some(Value::Null) => {}
            Some(Value::Array(list)) => {
                for (i, v) in list.iter().enumerate() {
                    let path = format!("data.workspaces[{i}]");
                    let part = Part::IndexEntry { position: i + 1 };
                    let Some(meta) = entry(v) else {
                        r.problem(path, part, Effect::LeftOut);
                        continue;
                    };
                    if index.get(meta.id).is_some() || index.check_name(&meta.name, None).is_err() {
                        r.problem(path, part, Effect::Duplicate);
                        continue;
                    }
                    index.workspaces.push(meta);
                }
            }
            Some(_) => r.problem(
                "data.workspaces".into(),
                Part::WorkspaceList,
                Effect::LeftOut,
            ),
        }
        match opened.data.get("current") {
            None | Some(Value::Null) => {}
            Some(v) => match typed::<u64>(v).map(WorkspaceId) {
                Some(id) if index.get(id).is_some() => index.current = Some(id),
                _ => r.problem(
                    "data.current".into(),
                    Part::CurrentWorkspace,
                    Effect::LeftOut,
                ),
            },
        }
        Ok((index, r.problems))
    }
}

fn entry(v: &Value) -> Option<WorkspaceMeta> {
    let id = WorkspaceId(typed::<u64>(v.get("id")?)?);
    let name = v.get("name")?.as_str()?.trim().to_string();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return None;
    }
    let time = |key| {
        v.get(key)
            .and_then(Value::as_str)
            .and_then(Timestamp::parse_iso)
    };
    let created = time("created")?;
    let updated = time("updated").unwrap_or(created);
    Some(WorkspaceMeta {
        id,
        name,
        created,
        updated,
    })
}

/// Names are compared trimmed and ignoring case.
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}
