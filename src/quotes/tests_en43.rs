//! Round 43 English misses, in invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_body_named_for_a_plural_possessor_is_the_body_named_before() {
    let text = "A letter from the Hillcrest Lane Tenants' Association objected to the plans.\n\
                The tenants' association, in a statement to the paper, said it \u{201c}strongly \
                backs\u{201d} the school.\n\u{201c}We are not against the school,\u{201d} the \
                statement said.";
    assert_eq!(
        speaker_of(text, "strongly backs").as_deref(),
        Some("Hillcrest Lane Tenants' Association")
    );
    assert_eq!(
        speaker_of(text, "We are not against the school").as_deref(),
        Some("Hillcrest Lane Tenants' Association")
    );
}
