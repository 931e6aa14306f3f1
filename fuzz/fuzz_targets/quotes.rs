#![no_main]
//! `quotes::extract` on any text keeps the quote invariants.

#[path = "../../tests/invariants/mod.rs"]
mod invariants;
mod input;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(input) = input::Input::parse(data) else {
        return;
    };
    let found = depeche::quotes::extract(&input.text, input.lang);
    if let Err(violation) = invariants::check_quotes(&input.text, &found) {
        panic!("{violation}\ninput: {:?}", input.text);
    }
});
