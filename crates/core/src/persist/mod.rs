//! Versioned stored shapes ⇄ domain: saving, loading, importing and
//! exporting a workspace, the list of named workspaces, CSV export and
//! share-link framing. The format is documented in
//! `docs/workspace-format.md`; keep the two in step.
//!
//! - [`save_workspace`] writes a [`Workspace`] as a JSON envelope
//!   (`format`, `schema_version`, `saved_at`, `name`, `data`); the same
//!   text is the JSON export. [`load_workspace`] and [`import_workspace`]
//!   read any past schema version, migrate it forward and keep every part
//!   they can read, listing the rest as [`DataProblem`]s; what cannot be
//!   read at all is a [`LoadError`]. Both have translated messages.
//! - Amounts round-trip bit for bit (see `amount.rs`).
//! - [`WorkspaceIndex`] is the list a consultant switches between.
//! - [`csv_text`] builds CSV from computed rows; [`accounts_table`] and
//!   [`assessment_table`] are the rows Kilit exports.
//! - [`encode_share`] / [`decode_share`] frame compressed bytes for a
//!   `#/share/` link; the compression itself happens in the browser.
//!
//! This is the only serde boundary for stored data: domain types do not
//! derive serde for storage; the shapes here do, and convert. Nothing here
//! reads a clock or storage, and nothing panics on stored or shared data.

mod amount;
mod csv;
mod decode;
mod encode;
mod envelope;
mod index;
mod messages;
mod migrate;
mod problem;
mod share;
mod sync;
mod time;
mod workspace;

pub use csv::{accounts_table, assessment_table, csv_text, Cell, Delimiter, Table, BOM};
pub use envelope::{
    import_workspace, load_workspace, save_workspace, Loaded, MAX_IMPORT_BYTES, SCHEMA_VERSION,
    WORKSPACE_FORMAT,
};
pub use index::{
    backup_key, IndexError, WorkspaceId, WorkspaceIndex, WorkspaceMeta, BACKUP_KEY_PREFIX,
    INDEX_FORMAT, INDEX_KEY, INDEX_SCHEMA_VERSION, MAX_NAME_CHARS, WORKSPACE_KEY_PREFIX,
};
pub use messages::PersistMsg;
pub use problem::{DataProblem, Effect, LoadError, Part, SettingName};
pub use share::{
    base64url_decode, base64url_encode, base64url_len, crc32, decode_share, encode_share,
    read_shared, workspace_share_json, ShareError, ShareFrame, ShareKind, Shared, SharedAccount,
    SharedAssessment, SharedResults, MAX_FRAGMENT_CHARS, MAX_SHARED_JSON_BYTES, RESULTS_FORMAT,
    RESULTS_SCHEMA_VERSION, SHARE_COMPRESSION, SHARE_PREFIX, SHARE_VERSION,
};
pub use sync::{next_revision, on_ping, save_delay_ms, Keep, Ping, Remote, SaveState, SaveStatus, KEEP_KEY, SAVE_DELAY_MS};
pub use time::Timestamp;
pub use workspace::{AssessmentProgress, Workspace};
