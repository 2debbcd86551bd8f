//! The instruments that ship with Kilit, compiled in from `instruments/`.

use super::{load, Instrument, Problem};

/// The id and JSON source of every built-in instrument, in the order the
/// app lists them.
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
