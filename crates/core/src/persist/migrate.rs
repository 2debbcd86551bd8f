//! Bringing stored data of an older schema version up to the current one.
//!
//! A step turns the `data` object of version `n` into that of version
//! `n + 1`, on the JSON tree, before anything is read into domain types.
//! Steps only ever move forward; every stored version keeps a fixture in
//! `tests/fixtures/persist/` that must load through the whole chain.
//!
//! Version 1 is the first stored version, so the chain of the workspace is
//! still empty. To add version 2: write the step, append it to
//! [`WORKSPACE_STEPS`], bump [`SCHEMA_VERSION`](super::SCHEMA_VERSION),
//! change the writer, add a `v2/` fixture and keep the `v1/` ones.

use serde_json::{Map, Value};

use super::problem::LoadError;

/// One forward step. An `Err` carries a note for the console; the user is
/// told that the data could not be brought up to date.
pub(crate) type Step = fn(&mut Map<String, Value>) -> Result<(), String>;

/// `WORKSPACE_STEPS[i]` turns version `i + 1` into version `i + 2`.
pub(crate) const WORKSPACE_STEPS: &[Step] = &[];

/// The steps of the workspace list (`kilit-workspace-index`).
pub(crate) const INDEX_STEPS: &[Step] = &[];

// The current version is one past the last step.
const _: () = assert!(super::SCHEMA_VERSION as usize == WORKSPACE_STEPS.len() + 1);
const _: () = assert!(super::INDEX_SCHEMA_VERSION as usize == INDEX_STEPS.len() + 1);

/// The version the steps lead to.
pub(crate) fn current(steps: &[Step]) -> u32 {
    u32::try_from(steps.len()).map_or(u32::MAX, |n| n.saturating_add(1))
}

/// Runs the steps from version `from` (1-based) to the current one. The
/// caller has checked that `from` is between 1 and [`current`].
pub(crate) fn migrate(
    steps: &[Step],
    data: &mut Map<String, Value>,
    from: u32,
) -> Result<(), LoadError> {
    let start = (from as usize).saturating_sub(1);
    for (i, step) in steps.iter().enumerate().skip(start) {
        step(data).map_err(|detail| LoadError::Migration {
            from: u32::try_from(i + 1).unwrap_or(u32::MAX),
            detail,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // An example chain, as a real version 2 and 3 might look: version 2
    // renamed `currency` to `currency_code`, version 3 moved it into a
    // `money` object.
    fn v1_to_v2(d: &mut Map<String, Value>) -> Result<(), String> {
        if let Some(c) = d.remove("currency") {
            d.insert("currency_code".into(), c);
        }
        Ok(())
    }

    fn v2_to_v3(d: &mut Map<String, Value>) -> Result<(), String> {
        let code = d.remove("currency_code").ok_or("no currency_code")?;
        d.insert("money".into(), json!({ "code": code }));
        Ok(())
    }

    const CHAIN: &[Step] = &[v1_to_v2, v2_to_v3];

    fn object(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => unreachable!("test data is an object"),
        }
    }

    #[test]
    fn every_past_version_reaches_the_current_one() {
        assert_eq!(current(CHAIN), 3);
        let mut from1 = object(json!({ "currency": "TRY", "x": 1 }));
        migrate(CHAIN, &mut from1, 1).unwrap();
        let mut from2 = object(json!({ "currency_code": "TRY", "x": 1 }));
        migrate(CHAIN, &mut from2, 2).unwrap();
        let mut from3 = object(json!({ "money": { "code": "TRY" }, "x": 1 }));
        migrate(CHAIN, &mut from3, 3).unwrap();
        let want = object(json!({ "money": { "code": "TRY" }, "x": 1 }));
        assert_eq!(from1, want);
        assert_eq!(from2, want);
        assert_eq!(from3, want);
    }

    #[test]
    fn a_failing_step_names_the_version_it_started_from() {
        let mut d = object(json!({ "x": 1 }));
        let err = migrate(CHAIN, &mut d, 1).unwrap_err();
        assert_eq!(
            err,
            LoadError::Migration {
                from: 2,
                detail: "no currency_code".into()
            }
        );
    }

    #[test]
    fn the_real_chain_is_empty_at_version_1() {
        assert_eq!(current(WORKSPACE_STEPS), 1);
        let mut d = object(json!({ "locale": "tr" }));
        migrate(WORKSPACE_STEPS, &mut d, 1).unwrap();
        assert_eq!(d, object(json!({ "locale": "tr" })));
    }
}
