//! Round-37 English attribution cases (blind37 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_document_named_again_without_author_takes_the_author_named_first() {
    let text = "The new notice, issued on 3 June by Marlow Press, concerns a survey of \
                eels. According to the notice, the review found that two tables were \
                \u{201c}copied in full\u{201d} from an older study.\n\
                \u{201c}The board has lost confidence in the data,\u{201d} the notice says.";
    assert_eq!(
        speaker_of(text, "copied in full").as_deref(),
        Some("Marlow Press")
    );
    assert_eq!(
        speaker_of(text, "lost confidence").as_deref(),
        Some("Marlow Press")
    );
}

#[test]
fn a_group_name_for_a_thing_after_what_is_no_quotation() {
    let text = "Tomas Reiher said the valley had become what river guides call \
                \u{201c}dead water\u{201d}, and he blamed the dam.";
    let found = super::test_support::speakers_in(text, crate::Lang::En);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn one_speaker_naming_a_thing_after_what_is_still_quoted() {
    let text = "Tomas Reiher criticised what he called \u{201c}a reckless plan\u{201d} for \
                the valley.";
    assert_eq!(
        speaker_of(text, "a reckless plan").as_deref(),
        Some("Tomas Reiher")
    );
}

#[test]
fn words_on_a_sign_read_past_its_complement_are_no_quotation() {
    let text = "Ines Marlowe said the beach was busy. Someone had posted a photo of the \
                old banner on the pier reading \u{201c}No dogs after noon\u{201d}.";
    let found = super::test_support::speakers_in(text, crate::Lang::En);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_plural_role_placed_along_a_route_is_the_subject() {
    let text = "Tenants along the old canal towpath near Harwick Mill have accused the \
                developer of planning homes \u{2018}from a spreadsheet\u{2019} without a visit.";
    assert_eq!(
        speaker_of(text, "from a spreadsheet").as_deref(),
        Some("Tenants")
    );
}
