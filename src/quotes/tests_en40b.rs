//! Round 40 English leftovers, in invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_two_word_short_name_stands_for_the_company_with_its_legal_form() {
    let text = "The developer, Northgate Cloud Partners LLC, has promised 90 jobs. A \
                spokesperson for Northgate Cloud said: \u{201c}Northgate Cloud has built this \
                site to last. We will pay for the roads.\u{201d}";
    assert_eq!(
        speaker_of(
            text,
            "Northgate Cloud has built this site to last. We will pay for the roads."
        )
        .as_deref(),
        Some("Northgate Cloud Partners LLC")
    );
}
