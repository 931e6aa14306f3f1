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

#[test]
fn a_pronoun_reported_by_a_person_is_that_person() {
    let text = "Arnold Pike runs the ferry at Dunmere.\nThe owner of a bakery, who asked not to \
                be named, says she has told her staff to expect \u{201c}shorter shifts\u{201d}.";
    assert_eq!(speaker_of(text, "shorter shifts").as_deref(), Some("owner"));
}

#[test]
fn a_body_in_a_reported_clause_gives_way_to_the_person_reporting() {
    let text = "Aled Morgan, who chairs the Valley Rowing Club, says the club has agreed \
                \u{201c}in principle\u{201d} to sell the boathouse.";
    assert_eq!(
        speaker_of(text, "in principle").as_deref(),
        Some("Aled Morgan")
    );
}

#[test]
fn a_body_naming_an_object_in_a_reported_clause_keeps_its_words() {
    let text = "Councillor Ruth Ames said the council had called the depot \u{201c}surplus to \
                needs\u{201d} in 2019.";
    assert_eq!(
        speaker_of(text, "surplus to needs").as_deref(),
        Some("council")
    );
}
