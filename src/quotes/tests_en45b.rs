//! Round-45 English attribution cases left after the first pass (blind45 misses), each written
//! for a weakness found there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;
use super::test_support::speakers_in;
use crate::Lang;

#[test]
fn a_relative_giving_the_first_name_after_an_inverted_subject_names_the_speaker() {
    let text = "Opinions differ. \u{201c}The bread is late,\u{201d} said a man stacking crates \
                into a van outside Hillcrest Bakery, who gave only his first name, Tomas, \
                \u{201c}but the rolls are worth the wait.\u{201d}";
    assert_eq!(speaker_of(text, "bread is late").as_deref(), Some("Tomas"));
    assert_eq!(
        speaker_of(text, "rolls are worth").as_deref(),
        Some("Tomas")
    );
}

#[test]
fn a_relative_giving_the_name_only_as_after_an_inverted_role_names_the_speaker() {
    let text = "\u{201c}We wait every morning,\u{201d} said a ferry pilot, who gave his name \
                only as Brannoc. \u{201c}Nobody tells us anything.\u{201d}";
    assert_eq!(speaker_of(text, "We wait").as_deref(), Some("Brannoc"));
}

#[test]
fn a_first_name_set_off_by_commas_before_the_verb_names_the_speaker() {
    let text = "A nurse who gave only her first name, Ottilie, said: \u{201c}We are tired of \
                double shifts.\u{201d}";
    assert_eq!(speaker_of(text, "We are tired").as_deref(), Some("Ottilie"));
}

#[test]
fn what_a_whole_field_calls_a_thing_is_its_name_and_no_cue() {
    let text = "\u{201c}Sales are flat,\u{201d} said analyst Mara Quill. She added that the \
                firm\u{2019}s reliance on what the trade calls \u{201c}ghost\u{201d} kitchens \
                had been \u{201c}a quiet worry for years\u{201d}.";
    let quotes = speakers_in(text, Lang::En);
    assert!(quotes.iter().all(|(q, _)| !q.contains("ghost")));
    assert_eq!(
        speaker_of(text, "a quiet worry").as_deref(),
        Some("Mara Quill")
    );
}
