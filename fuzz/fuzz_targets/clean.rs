#![no_main]
//! `clean::clean` on any text and options: valid edits in order, no invented word, idempotent.

#[path = "../../tests/invariants/mod.rs"]
mod invariants;
mod input;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// `DEPECHE_FUZZ_SKIP_EDIT_ORDER=1` leaves out the order of the edits, to look for other
/// violations while a known one is open.
fn skip_edit_order() -> bool {
    static SKIP: OnceLock<bool> = OnceLock::new();
    *SKIP.get_or_init(|| std::env::var_os("DEPECHE_FUZZ_SKIP_EDIT_ORDER").is_some())
}

fuzz_target!(|data: &[u8]| {
    let Some(input) = input::Input::parse(data) else {
        return;
    };
    let text = &input.text;
    let cleaned = depeche::clean::clean(text, input.lang, &input.options);
    let edits = if skip_edit_order() {
        Ok(())
    } else {
        invariants::check_edits(text, &cleaned)
    };
    let verdict = edits
        .and_then(|()| invariants::check_no_new_word(text, &cleaned))
        .and_then(|()| invariants::check_idempotent(text, input.lang, &input.options));
    if let Err(violation) = verdict {
        panic!("{violation}\ninput: {text:?}");
    }
});
