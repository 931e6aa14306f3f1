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

#[test]
fn a_body_owning_a_document_by_a_possessive_speaks_for_it() {
    // `The X’s report found`: the owner, its links kept and its mark dropped.
    let text = "Clubs are cutting back. The Harlow Institute for Rural Sport’s report \
                \u{201c}Thin Ice\u{201d}, published in May, found that one in four clubs were \
                \u{201c}cutting coaching staff within a year\u{201d}.";
    assert_eq!(
        speaker_of(text, "cutting coaching staff").as_deref(),
        Some("Harlow Institute for Rural Sport")
    );
    let text = "Clubs are cutting back. The Harlow Institute’s report found that one in four \
                clubs were \u{201c}selling their grounds\u{201d}.";
    assert_eq!(
        speaker_of(text, "selling their grounds").as_deref(),
        Some("Harlow Institute")
    );
}

#[test]
fn a_notification_speaks_for_the_body_that_issued_it() {
    let text = "Farmers lost crops to wild pigs again this year. A notification issued by the \
                Upland Crop Protection Office last month advised farmers to \u{201c}log every \
                broken fence within a week\u{201d} and keep records.";
    assert_eq!(
        speaker_of(text, "log every broken fence").as_deref(),
        Some("Upland Crop Protection Office")
    );
}
