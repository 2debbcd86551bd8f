//! The versioned envelope around everything stored or exported:
//! `{"format", "schema_version", "saved_at", "name"?, "data"}`.

use serde::Serialize;
use serde_json::error::Category;
use serde_json::{Map, Value};

use super::decode::{self, Reader};
use super::encode;
use super::migrate::{self, Step};
use super::problem::{DataProblem, Effect, LoadError, Part};
use super::time::Timestamp;
use super::workspace::Workspace;

/// The `format` of a stored or exported workspace.
pub const WORKSPACE_FORMAT: &str = "kilit-workspace";
/// The schema version this build writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;
/// Imports larger than this are refused before parsing (64 MiB; a
/// 10,000-account workspace with 24 months each is about 5 MB).
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    format: &'a str,
    schema_version: u32,
    saved_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    data: T,
}

/// Writes an envelope as compact JSON.
pub(crate) fn write<T: Serialize>(
    format: &str,
    version: u32,
    saved_at: Timestamp,
    name: Option<&str>,
    data: T,
) -> String {
    let envelope = EnvelopeOut {
        format,
        schema_version: version,
        saved_at: saved_at.to_iso(),
        name,
        data,
    };
    // Every map key is a string and every number finite, so this cannot
    // fail; the error arm is never taken.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// An opened envelope: the `data` object migrated to the current version.
pub(crate) struct Opened {
    pub data: Map<String, Value>,
    /// The version the data was stored in, before migration.
    pub version: u32,
    pub saved_at: Option<Timestamp>,
    pub name: Option<String>,
    pub reader: Reader,
}

/// Strips a byte-order mark and surrounding white space.
pub(crate) fn clean(text: &str) -> &str {
    text.trim_start_matches('\u{feff}').trim()
}

/// Parses JSON, telling a cut-off text from one that is not JSON.
pub(crate) fn parse_json(text: &str) -> Result<Value, LoadError> {
    serde_json::from_str::<Value>(text).map_err(|e| match e.classify() {
        Category::Eof => LoadError::Truncated,
        _ => LoadError::NotJson {
            line: e.line(),
            column: e.column(),
        },
    })
}

/// Opens an envelope of `format`, migrating its data through `steps`.
pub(crate) fn open(text: &str, format: &str, steps: &[Step]) -> Result<Opened, LoadError> {
    let text = clean(text);
    if text.is_empty() {
        return Err(LoadError::Empty);
    }
    let Value::Object(mut top) = parse_json(text)? else {
        return Err(LoadError::NotAWorkspace);
    };
    match top.get("format") {
        None => {}
        Some(Value::String(f)) if f == format => {}
        Some(Value::String(f)) => return Err(LoadError::WrongFormat { found: f.clone() }),
        Some(_) => return Err(LoadError::NotAWorkspace),
    }
    let supported = migrate::current(steps);
    let version = match top.get("schema_version") {
        None => return Err(LoadError::NotAWorkspace),
        Some(v) => match v.as_u64() {
            Some(0) | None => return Err(LoadError::BadVersion),
            Some(n) if n > u64::from(supported) => {
                return Err(LoadError::TooNew {
                    found: n,
                    supported,
                })
            }
            // At most `supported`, so it fits.
            Some(n) => n as u32,
        },
    };
    let Some(Value::Object(mut data)) = top.remove("data") else {
        return Err(LoadError::NoData);
    };
    migrate::migrate(steps, &mut data, version)?;

    let mut reader = Reader::default();
    let saved_at = match top.get("saved_at").filter(|v| !v.is_null()) {
        None => None,
        Some(v) => {
            let t = v.as_str().and_then(Timestamp::parse_iso);
            if t.is_none() {
                reader.problem("saved_at".into(), Part::SavedAt, Effect::LeftOut);
            }
            t
        }
    };
    let name = match top.get("name").filter(|v| !v.is_null()) {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            reader.problem("name".into(), Part::Name, Effect::LeftOut);
            None
        }
    };
    Ok(Opened {
        data,
        version,
        saved_at,
        name,
        reader,
    })
}

/// A workspace read from storage or from an imported file.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub workspace: Workspace,
    /// The name stored with it, if any (exports carry it).
    pub name: Option<String>,
    pub saved_at: Option<Timestamp>,
    /// The schema version it was stored in; below [`SCHEMA_VERSION`] it
    /// was migrated.
    pub schema_version: u32,
    /// Parts that could not be read; empty when everything was read. When
    /// not empty the app keeps the raw text under a backup key and tells
    /// the user (see [`PersistMsg::PartlyRecovered`](super::PersistMsg)).
    pub problems: Vec<DataProblem>,
}

impl Loaded {
    pub fn was_migrated(&self) -> bool {
        self.schema_version < SCHEMA_VERSION
    }
}

/// The workspace as stored and exported: a compact JSON envelope of the
/// current schema version (`docs/workspace-format.md`). `name` is the
/// workspace's name in the list, so an exported file can be imported
/// under it and a lost list can be rebuilt.
pub fn save_workspace(workspace: &Workspace, name: &str, saved_at: Timestamp) -> String {
    write(
        WORKSPACE_FORMAT,
        SCHEMA_VERSION,
        saved_at,
        Some(name),
        encode::data_out(workspace),
    )
}

/// Reads a stored workspace of any past schema version. Parts that cannot
/// be read are replaced by those of `blank` (the workspace the app would
/// start with) and listed in [`Loaded::problems`]. Never panics.
pub fn load_workspace(text: &str, blank: &Workspace) -> Result<Loaded, LoadError> {
    let opened = open(text, WORKSPACE_FORMAT, migrate::WORKSPACE_STEPS)?;
    let mut reader = opened.reader;
    let workspace = decode::workspace(&opened.data, blank, &mut reader);
    Ok(Loaded {
        workspace,
        name: opened.name,
        saved_at: opened.saved_at,
        schema_version: opened.version,
        problems: reader.problems,
    })
}

/// Reads an exported workspace file: [`load_workspace`] after refusing a
/// file over [`MAX_IMPORT_BYTES`].
pub fn import_workspace(text: &str, blank: &Workspace) -> Result<Loaded, LoadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(LoadError::TooLarge {
            size: text.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    load_workspace(text, blank)
}
