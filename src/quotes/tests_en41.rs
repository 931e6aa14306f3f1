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

/// Paragraphs about other things, so that the body's full name is far back.
const FILLER: &str = "The kiosk sold coffee to walkers.\nIts roof was made of old doors.\n\
                      Volunteers painted it in April.\nA photo of the kiosk by a neighbour.\n";

#[test]
fn a_bare_municipality_far_after_its_full_name_is_that_body() {
    let text = format!(
        "The municipality of Varnholm has shut a riverside kiosk.\n{FILLER}In a statement, \
         the municipality said the kiosk \u{201c}lacks a valid licence\u{201d}."
    );
    assert_eq!(
        speaker_of(&text, "lacks a valid licence").as_deref(),
        Some("municipality of Varnholm")
    );
}

#[test]
fn a_spokesperson_for_a_bare_body_speaks_for_its_full_name() {
    let text = format!(
        "The municipality of Varnholm has shut a riverside kiosk.\n{FILLER}\u{201c}Rules apply \
         to every stall,\u{201d} a spokesperson for the municipality said."
    );
    assert_eq!(
        speaker_of(&text, "Rules apply to every stall").as_deref(),
        Some("municipality of Varnholm")
    );
}

#[test]
fn a_capitalised_post_apposed_to_a_name_is_no_name_of_its_own() {
    let text = "Talking to reporters, the airline's Chief Operating Officer, Losana Vuki, said \
                two planes were grounded.\n\u{201c}We will run a reduced timetable,\u{201d} \
                the chief operating officer said.\nAsked about refunds, she replied: \u{201c}Every \
                ticket will be honoured.\u{201d}";
    assert_eq!(
        speaker_of(text, "We will run a reduced timetable").as_deref(),
        Some("Losana Vuki")
    );
    assert_eq!(
        speaker_of(text, "Every ticket will be honoured.").as_deref(),
        Some("Losana Vuki")
    );
}
