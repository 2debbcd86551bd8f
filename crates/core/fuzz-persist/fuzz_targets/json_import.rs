//! Importing (and loading) never panics, whatever the text; whatever it
//! keeps can be saved and read back unchanged. The workspace list and
//! shared results readers get the same text.

#![no_main]

use kilit_core::date::Date;
use kilit_core::i18n::Locale;
use kilit_core::persist::{
    import_workspace, load_workspace, save_workspace, SharedResults, Timestamp, Workspace,
    WorkspaceIndex,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(day) = Date::from_ymd(2025, 1, 1) else {
        return;
    };
    let blank = Workspace::new(Locale::En, "EUR", day);
    if let Ok(loaded) = import_workspace(text, &blank) {
        for problem in &loaded.problems {
            let _ = problem.message(Locale::Fa);
        }
        let again = save_workspace(&loaded.workspace, "fuzz", Timestamp(0));
        let reloaded = load_workspace(&again, &blank).expect("a saved workspace loads");
        assert!(reloaded.problems.is_empty(), "{:?}", reloaded.problems);
        assert_eq!(save_workspace(&reloaded.workspace, "fuzz", Timestamp(0)), again);
    }
    let _ = WorkspaceIndex::from_json(text);
    let _ = SharedResults::from_json(text);
});
