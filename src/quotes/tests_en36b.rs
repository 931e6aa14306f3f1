//! Round-36 English attribution cases (blind36 misses, second fixer), each written for a
//! weakness found there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_past_tense_after_a_body_noun_opens_no_body_name() {
    let text = "Corvane Freight Lines has sued a supplier over late parts. The firm blamed \
                shortages of steel castings. The first part would arrive \u{201c}by the end of \
                the month\u{201d}, the firm said.";
    assert_eq!(
        speaker_of(text, "by the end of the month").as_deref(),
        Some("Corvane Freight Lines")
    );
}

#[test]
fn a_past_tense_before_a_capitalised_object_opens_no_body_name() {
    let text = "Corvane Freight Lines has sued a supplier over late parts. The company \
                blamed shortages of ABX tanks. The ships would come \u{201c}later than \
                planned\u{201d}, the company said.";
    assert_eq!(
        speaker_of(text, "later than planned").as_deref(),
        Some("Corvane Freight Lines")
    );
}

#[test]
fn a_body_after_a_source_cue_is_no_apposition_of_its_name() {
    let text = "Halvard Holdings has delayed four ships. According to Lindqvist, the \
                company blamed the weather. The first ship would come \u{201c}by June\u{201d}, \
                the company said.";
    assert_eq!(
        speaker_of(text, "by June").as_deref(),
        Some("Halvard Holdings")
    );
}

#[test]
fn a_shipyard_is_a_company() {
    let text = "Halvard Shipbuilding has delayed four ships. The first ship would come \
                \u{201c}by June\u{201d}, the yard said.";
    assert_eq!(
        speaker_of(text, "by June").as_deref(),
        Some("Halvard Shipbuilding")
    );
}
