//! Round-38 English attribution cases (blind38 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn the_short_name_of_a_post_stands_for_the_person_named_after_it() {
    let text = "Heavy rain closed three roads in the valley on Friday.\n\
                Kessling District Fire Officer (DFO) Tomasz Reyes said the crews were ready.\n\
                \u{201c}We have enough pumps for three days,\u{201d} the DFO said.";
    assert_eq!(
        speaker_of(text, "enough pumps").as_deref(),
        Some("Tomasz Reyes")
    );
}

#[test]
fn the_short_name_of_a_post_stands_for_the_person_in_apposition() {
    let text = "Heavy rain closed three roads in the valley on Friday.\n\
                The Norvale Chief Fisheries Inspector (CFI), Ines Carvalho, who met the \
                fishermen on Monday, asked for patience.\n\
                \u{201c}Nobody will lose a mooring,\u{201d} the CFI said.";
    assert_eq!(
        speaker_of(text, "lose a mooring").as_deref(),
        Some("Ines Carvalho")
    );
}

#[test]
fn the_short_name_of_a_body_still_stands_for_the_body() {
    let text = "The Vestry Tenants Union (VTU) said rents had doubled.\n\
                \u{201c}Nobody can pay this,\u{201d} the VTU said.";
    assert_eq!(
        speaker_of(text, "Nobody can pay").as_deref(),
        Some("Vestry Tenants Union")
    );
}
