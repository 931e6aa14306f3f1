//! Leftover English misses of rounds 33-40, as general rules in invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn one_of_a_group_with_a_role_in_apposition_is_that_role() {
    let text = "Kerrigan said she had heard from dozens of residents. One of them, a pensioner \
                from Ballymore who asked not to be named, said the ferry was \u{201c}the only \
                link to the mainland\u{201d} for him.";
    assert_eq!(
        speaker_of(text, "the only link to the mainland").as_deref(),
        Some("pensioner")
    );
}

#[test]
fn a_role_from_a_place_after_a_quote_is_the_speaker() {
    let text = "The pier is closed. \u{201c}It is the best place on the coast,\u{201d} a student \
                from Dunmore said.";
    assert_eq!(
        speaker_of(text, "It is the best place on the coast,").as_deref(),
        Some("student")
    );
}

#[test]
fn a_name_with_a_role_from_a_place_and_region_then_a_relative_speaks() {
    let text = "Dana Ortiz, a teacher in Wichita, Kansas, who launched the appeal, told the \
                paper she was \u{201c}completely stunned.\u{201d}";
    assert_eq!(
        speaker_of(text, "completely stunned.").as_deref(),
        Some("Dana Ortiz")
    );
}

#[test]
fn a_mouthpiece_for_a_body_with_a_plain_role_in_apposition_speaks_for_the_body() {
    let text = "A spokesperson for Tamworth County Council, the client, said: \u{201c}We are \
                working closely with the builders.\u{201d}";
    assert_eq!(
        speaker_of(text, "We are working closely with the builders.").as_deref(),
        Some("Tamworth County Council")
    );
}

#[test]
fn a_named_mouthpiece_in_apposition_is_the_person() {
    let text = "The regional police spokesperson, Inspector Ann Lee, said officers would \
                \u{201c}warn first, then fine\u{201d}.";
    assert_eq!(
        speaker_of(text, "warn first, then fine").as_deref(),
        Some("Ann Lee")
    );
}
