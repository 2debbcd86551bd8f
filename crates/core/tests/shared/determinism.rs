//! Shared by the native test `determinism.rs` and the wasm test `tests/web.rs`:
//! checks a fixture of answers against the scores the independent scorer computed.

use kilit_core::assessment::{builtin, score, Answers};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    instrument: String,
    answers: Answers,
    expected: Expected,
}

#[derive(Deserialize)]
struct Expected {
    overall: Option<Overall>,
    completion: u8,
    dimensions: Vec<Dim>,
}

#[derive(Deserialize)]
struct Overall {
    score: u8,
    band: String,
}

#[derive(Deserialize)]
struct Dim {
    id: String,
    score: Option<u8>,
    band: Option<String>,
}

pub fn check(json: &str) {
    let fixture: Fixture = serde_json::from_str(json).unwrap();
    let instrument = builtin(&fixture.instrument).unwrap().unwrap();
    let results = score(&instrument, &fixture.answers);
    let overall = results.overall.as_ref().map(|o| (o.score, o.band.clone()));
    assert_eq!(overall, fixture.expected.overall.map(|o| (o.score, o.band)), "{}: overall", fixture.instrument);
    assert_eq!(results.completion, fixture.expected.completion);
    assert_eq!(results.dimensions.len(), fixture.expected.dimensions.len());
    for (got, want) in results.dimensions.iter().zip(&fixture.expected.dimensions) {
        assert_eq!(got.id, want.id);
        assert_eq!(got.score(), want.score, "{}", want.id);
        assert_eq!(got.band().map(str::to_string), want.band, "{}", want.id);
    }
}

