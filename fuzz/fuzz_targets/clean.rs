#![no_main]
//! `clean::clean` on any text and options: valid edits in order, no invented word, idempotent.

mod input;
#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// Whether `DEPECHE_FUZZ_SKIP` (a comma-separated list) names `check`: a known, reported
/// violation can be left out while the fuzzer looks for others.
fn skipped(check: &str) -> bool {
    static SKIP: OnceLock<Vec<String>> = OnceLock::new();
    SKIP.get_or_init(|| {
        std::env::var("DEPECHE_FUZZ_SKIP")
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_string())
            .collect()
    })
    .iter()
    .any(|s| s == check)
}

fuzz_target!(|data: &[u8]| {
    let Some(input) = input::Input::parse(data) else {
        return;
    };
    let text = &input.text;
    let cleaned = depeche::clean::clean(text, input.lang, &input.options);
    let mut verdict = invariants::check_edits(text, &cleaned)
        .and_then(|()| invariants::check_no_new_word(text, &cleaned));
    if !skipped("idempotence") {
        verdict =
            verdict.and_then(|()| invariants::check_idempotent(text, input.lang, &input.options));
    }
    if let Err(violation) = verdict {
        panic!("{violation}\ninput: {text:?}");
    }
});
