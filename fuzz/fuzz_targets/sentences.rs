#![no_main]
//! `sentences::split` on any text keeps the sentence invariants.

#[path = "../../tests/invariants/mod.rs"]
mod invariants;
mod input;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(input) = input::Input::parse(data) else {
        return;
    };
    let spans = depeche::sentences::split(&input.text, input.lang);
    if let Err(violation) = invariants::check_sentences(&input.text, &spans) {
        panic!("{violation}\ninput: {:?}", input.text);
    }
});
