//! Scores of fixed answer sets, computed by the independent JavaScript scorer
//! of the end-to-end tests (`tests/e2e/scoring.mjs`). The same fixtures are
//! checked in wasm (`tests/web.rs`), so native and browser scoring agree.

mod shared;

use shared::determinism::check;

#[test]
fn crm_readiness_matches_the_independent_scorer() {
    check(include_str!("fixtures/determinism/crm-readiness.json"));
}

#[test]
fn kam_readiness_matches_the_independent_scorer() {
    check(include_str!("fixtures/determinism/kam-readiness.json"));
}

#[test]
fn the_builtin_ids_name_the_builtin_sources_in_order() {
    let ids: Vec<&str> = kilit_core::assessment::builtin_sources().iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, kilit_core::assessment::BUILTIN_IDS);
    for id in kilit_core::assessment::BUILTIN_IDS {
        assert!(std::path::Path::new(&format!("../../instruments/{id}.json")).exists(), "instruments/{id}.json");
    }
}
