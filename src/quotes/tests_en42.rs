//! Round 42 English misses, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn a_bracketed_acronym_with_a_department_letter_stands_for_the_long_name() {
    let text = "The pier belongs to Harbours and Coasts Ireland (DHC) under a grant scheme.\n\
                DHC said repairs were \"a priority for us\" and that work was \"expected soon.\"\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("a priority for us", Some("Harbours and Coasts Ireland")),
            pair("expected soon.", Some("Harbours and Coasts Ireland")),
        ]
    );
}

#[test]
fn a_bracketed_acronym_of_the_last_words_stands_for_the_long_name() {
    let text = "Kent and Medway Regional Water Board (RWB) said it would \"act fast\".\n\
                A RWB spokesman said: \"We will fix the pipes this week.\"\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("act fast", Some("Kent and Medway Regional Water Board")),
            pair(
                "We will fix the pipes this week.",
                Some("Kent and Medway Regional Water Board")
            ),
        ]
    );
}

#[test]
fn a_bracketed_acronym_after_a_clause_names_only_the_body() {
    let text = "Housing minister Priya Raman said the Dunmore Regional Housing Trust (DRHT) \
                had sold 40 plots. \"Every plot is accounted for,\" she said.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("Every plot is accounted for,", Some("Priya Raman"))]
    );
}
