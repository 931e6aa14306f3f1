//! Round-34 English leftovers (blind34 and blind33 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_body_in_a_reported_clause_gives_way_when_the_quote_follows_its_addressee() {
    let text = "Harbour master Odile Brenn said the guild had written to the county \
                \u{201c}twice since June\u{201d} without an answer.";
    assert_eq!(
        speaker_of(text, "twice since June").as_deref(),
        Some("Odile Brenn")
    );
    // A colon hands the quotation to the one who wrote.
    let text = "Harbour master Odile Brenn said the guild had written to the county: \
                \u{201c}We cannot wait another winter.\u{201d}";
    assert_ne!(
        speaker_of(text, "another winter").as_deref(),
        Some("Odile Brenn")
    );
}
