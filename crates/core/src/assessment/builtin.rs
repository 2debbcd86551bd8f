//! The instruments that ship with Kilit, compiled in from `instruments/`.

use super::{load, Instrument, Problem};

/// The ids of the built-in instruments, in the order the app lists them.
/// The browser app fetches `instruments/<id>.json` when the assessment
/// opens, so the text of all three languages is not in the initial download.
pub const BUILTIN_IDS: [&str; 2] = ["crm-readiness", "kam-readiness"];

/// The id and JSON source of every built-in instrument, in the order of
/// [`BUILTIN_IDS`], compiled in (for tests and native tools).
pub fn builtin_sources() -> [(&'static str, &'static str); 2] {
    [
        (
            "crm-readiness",
            include_str!("../../../../instruments/crm-readiness.json"),
        ),
        (
            "kam-readiness",
            include_str!("../../../../instruments/kam-readiness.json"),
        ),
    ]
}

/// Loads the built-in instrument `id`; `None` if there is no such built-in.
/// A test guarantees every built-in loads without problems.
pub fn builtin(id: &str) -> Option<Result<Instrument, Vec<Problem>>> {
    builtin_sources()
        .into_iter()
        .find(|(builtin_id, _)| *builtin_id == id)
        .map(|(_, json)| load(json))
}
