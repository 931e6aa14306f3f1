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

#[test]
fn a_body_in_a_second_reported_clause_gives_way_to_the_reporter() {
    let text = "In their ruling, the judges state that the boat \u{201c}was not seaworthy\u{201d} \
                and that the club had offered \u{201c}no credible account\u{201d} of the repairs.";
    assert_eq!(
        speaker_of(text, "no credible account").as_deref(),
        Some("judges")
    );
}
