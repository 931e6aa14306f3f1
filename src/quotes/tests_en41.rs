//! Round 41 English misses, in invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_name_given_in_an_identity_relative_is_taken_up_by_a_later_pronoun() {
    let text = "The driver, a father of two who asked to be identified only as Tomasz, said \
                the depot had cut his hours twice.\nHe said: \u{201c}Every week there is a new \
                rota. Nobody tells us anything.\u{201d}";
    assert_eq!(
        speaker_of(text, "Every week there is a new rota.").as_deref(),
        Some("Tomasz")
    );
}

#[test]
fn an_identified_name_takes_the_gender_of_its_role() {
    let text = "Another resident, a grandmother who asked to be identified only as Wenna, said \
                the lift had been broken since June.\n\u{201c}I have not left the flat in a week,\u{201d} she said.";
    assert_eq!(
        speaker_of(text, "I have not left the flat in a week").as_deref(),
        Some("Wenna")
    );
}
