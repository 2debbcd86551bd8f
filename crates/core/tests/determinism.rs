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
