//! Share links in the browser: the compression step is the browser's
//! `CompressionStream`, so the round trip compress → encode → decode →
//! decompress → read is tested here; a changed link is refused, a
//! decompression bomb stops at the limit, and the app shows a shared link
//! read-only or says why it cannot open it.

use kilit::platform::compress::{compress, decompress, CompressError};
use kilit_core::accounts::example_portfolio;
use kilit_core::assessment::Answer;
use kilit_core::date::Date;
use kilit_core::export::{shared_results, results_workspace};
use kilit_core::i18n::{Locale, ShareMsg};
use kilit_core::persist::{
    decode_share, encode_share, read_shared, workspace_share_json, ShareError, ShareKind, Shared, Timestamp,
    Workspace, MAX_SHARED_JSON_BYTES,
};
use kilit_core::route::Route;
use wasm_bindgen_test::*;

use super::{mount, text_of, wait_until};

fn day() -> Date {
    Date::parse_iso("2025-06-30").expect("a date")
}

fn sample() -> Workspace {
    let mut w = Workspace::new(Locale::Tr, "TRY", day());
    w.portfolio = example_portfolio(day());
    w.assessment.current = "kam-readiness".into();
    let answers = w.assessment.answers.entry("kam-readiness".into()).or_default();
    answers.insert("dif_01".into(), Answer::Value(4));
    answers.insert("dif_02".into(), Answer::NotApplicable);
    w
}

async fn link_for(kind: ShareKind, json: &str) -> String {
    let compressed = compress(json.as_bytes()).await.expect("the browser compresses");
    assert!(compressed.len() < json.len() / 2, "deflate-raw shrinks JSON");
    encode_share(kind, &compressed).expect("small enough for a link")
}

async fn open(link: &str, blank: &Workspace) -> Result<Shared, ShareError> {
    let frame = decode_share(link)?;
    let bytes = decompress(&frame.compressed, MAX_SHARED_JSON_BYTES).await.map_err(|_| ShareError::Unreadable)?;
    let json = String::from_utf8(bytes).map_err(|_| ShareError::Unreadable)?;
    read_shared(frame.kind, &json, blank)
}

#[wasm_bindgen_test]
async fn a_workspace_link_round_trips_through_the_browsers_compression() {
    let w = sample();
    let json = workspace_share_json(&w, "Anadolu Gıda", Timestamp(1_751_276_465_123));
    let link = link_for(ShareKind::Workspace, &json).await;
    let blank = Workspace::new(Locale::En, "EUR", day());
    match open(&link, &blank).await {
        Ok(Shared::Workspace(loaded)) => {
            assert_eq!(loaded.workspace, w, "everything comes back");
            assert_eq!(loaded.name.as_deref(), Some("Anadolu Gıda"));
            assert!(loaded.problems.is_empty());
        }
        other => panic!("expected a workspace, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_results_link_round_trips_and_copies_into_a_workspace() {
    let w = sample();
    let analysis = kilit_core::accounts::analyse(
        &w.portfolio,
        &kilit_core::accounts::Checklist::builtin(),
        &w.settings,
    );
    let assessment = kilit_core::persist::SharedAssessment {
        instrument: "kam-readiness".into(),
        instrument_version: "1".into(),
        answers: w.assessment.answers["kam-readiness"].clone(),
        plan: Default::default(),
    };
    let results = shared_results(Locale::Fa, Some(assessment), &w.portfolio, Some(&analysis));
    let link = link_for(ShareKind::Results, &results.to_json(Timestamp(0))).await;
    let blank = Workspace::new(Locale::En, "TRY", day());
    match open(&link, &blank).await {
        Ok(Shared::Results(r)) => {
            assert_eq!(r, results);
            let copy = results_workspace(&r, &blank);
            assert_eq!(copy.assessment.answers, w.assessment.answers);
        }
        other => panic!("expected results, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_tampered_or_cut_link_is_refused() {
    let json = workspace_share_json(&sample(), "x", Timestamp(0));
    let link = link_for(ShareKind::Workspace, &json).await;
    let blank = Workspace::new(Locale::En, "TRY", day());
    // One character changed in the middle.
    let mid = link.len() / 2;
    let c = if &link[mid..mid + 1] == "A" { "B" } else { "A" };
    let changed = format!("{}{}{}", &link[..mid], c, &link[mid + 1..]);
    assert_eq!(open(&changed, &blank).await.err(), Some(ShareError::Damaged));
    assert_eq!(open(&link[..link.len() - 30], &blank).await.err(), Some(ShareError::Truncated));
    // A frame whose checksum is right but whose bytes are not DEFLATE.
    let junk = encode_share(ShareKind::Workspace, b"not deflate at all").expect("small");
    assert_eq!(open(&junk, &blank).await.err(), Some(ShareError::Unreadable));
}

#[wasm_bindgen_test]
async fn decompression_stops_at_the_limit() {
    let zeros = vec![b'0'; MAX_SHARED_JSON_BYTES + 1024];
    let bomb = compress(&zeros).await.expect("compresses");
    assert!(bomb.len() < 32 * 1024, "a small link");
    assert_eq!(decompress(&bomb, MAX_SHARED_JSON_BYTES).await, Err(CompressError::TooLarge));
    assert_eq!(decompress(&bomb, usize::MAX).await.map(|b| b.len()), Ok(zeros.len()));
}

#[wasm_bindgen_test]
async fn the_app_shows_a_link_read_only_or_says_why_not() {
    let json = workspace_share_json(&sample(), "Ege", Timestamp(0));
    let link = link_for(ShareKind::Workspace, &json).await;
    let payload = link.trim_start_matches("#/share/").to_string();

    let root = mount(Locale::En, Route::Share(payload.clone())).await;
    wait_until("the shared view", || root.query_selector("#read-only-note").ok().flatten().is_some()).await;
    assert!(text_of(&root, "h1").contains(ShareMsg::SharedWorkspaceTitle.text(Locale::En)));
    wait_until("the shortlist", || root.query_selector("#report-shortlist").ok().flatten().is_some()).await;
    assert_eq!(root.query_selector_all("main input, main select").expect("query").length(), 0, "nothing editable");
    root.remove();

    let cut = payload[..payload.len() - 20].to_string();
    let root = mount(Locale::Tr, Route::Share(cut)).await;
    wait_until("the error", || root.query_selector("#share-open-error").ok().flatten().is_some()).await;
    assert_eq!(text_of(&root, "#share-open-error"), ShareError::Truncated.message(Locale::Tr));
    root.remove();
}
