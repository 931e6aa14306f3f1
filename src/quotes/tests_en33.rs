//! Round-33 English attribution cases (blind33 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::speakers_in;
use super::*;

fn speaker_of(text: &str, quote: &str) -> Option<String> {
    speakers_in(text, Lang::En)
        .into_iter()
        .find(|(q, _)| q.contains(quote))
        .and_then(|(_, s)| s)
}

#[test]
fn what_a_body_cites_is_its_wording() {
    let text = "In a notice seen by reporters, the Coastal Safety Board cites \u{201c}repeated \
                failures to log the cargo\u{201d} as the reason for the ban.";
    assert_eq!(
        speaker_of(text, "repeated failures").as_deref(),
        Some("Coastal Safety Board")
    );
}

#[test]
fn a_credit_line_ending_in_photo_names_no_speaker() {
    let text = "\u{201c}The river does not wait for anyone,\u{201d} said Dorje Lakpa Wangdi, a \
                boatman from Tarsa.\n\
                Valley Times File Photo\n\
                Wangdi, who lost a boat in 2020, said the season had started early. \u{201c}We \
                saw the water rise in one night,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "We saw the water").as_deref(),
        Some("Dorje Lakpa Wangdi")
    );
}

#[test]
fn a_gender_guessed_from_a_given_name_ending_yields_to_the_subject_opening_the_sentence() {
    let text = "\u{201c}The rope holds, the man holds,\u{201d} said Tenba Orsu Kalden, a guide \
                who has led 30 climbs on Tarsa Ridge and Oltu West.\n\
                Kalden, who lost a client in 2019, said the real problem was speed. \u{201c}They \
                rush up in a day and come down in a bag,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "They rush up").as_deref(),
        Some("Tenba Orsu Kalden")
    );
}

#[test]
fn a_name_ending_in_peak_is_a_place() {
    let text = "Arlo Finch Weston is a guide who has led 20 climbs on Korva Peak.\n\
                Weston said the real problem was speed. \u{201c}They rush up in a day,\u{201d} \
                he said.";
    assert_eq!(
        speaker_of(text, "They rush up").as_deref(),
        Some("Arlo Finch Weston")
    );
}
