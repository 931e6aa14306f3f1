//! Leftover English misses of rounds 43-44, as general rules in invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_phrase_its_speech_verb_follows_after_a_name_is_no_apposition_of_that_name() {
    // `seen by Farm Weekly, the society warned`: the publication is no society.
    let text = "Greenhill Growers' Co-operative Society, which has 900 members, says it sold \
                its crop to Ridge Mills Limited.\nIts chairman spoke to reporters on Monday.\n\
                In its latest letter, seen by Farm Weekly, the society warned that it would \
                \"burn its crop\" soon.";
    assert_eq!(
        speaker_of(text, "burn its crop").as_deref(),
        Some("Greenhill Growers' Co-operative Society")
    );
}
