//! Leftover English misses of rounds 43-46, as general rules in invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_release_speaks_for_the_body_that_issued_it() {
    let text = "Tidewater Marine Services Limited, which runs the island ferry, said in a \
                release on Monday that the pier would stay shut.\n\u{201c}We regret the \
                disruption to island families,\u{201d} the release said, adding that a \
                replacement boat would sail \u{201c}by the weekend\u{201d}.";
    assert_eq!(
        speaker_of(text, "We regret the disruption").as_deref(),
        Some("Tidewater Marine Services Limited")
    );
    assert_eq!(
        speaker_of(text, "by the weekend").as_deref(),
        Some("Tidewater Marine Services Limited")
    );
}
