//! Round-13 English attribution cases (blind12/13 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn the_region_after_a_place_is_no_subject_for_the_company() {
    let text = "Brindle Foods is recalling 3,000 jars after tests at its plant in Harwick, \
                Vermont, found salmonella, the company said.\n\
                \u{201c}We are asking customers to return the jars,\u{201d} the company said.";
    assert_eq!(
        speakers(text),
        [pair(
            "We are asking customers to return the jars,",
            Some("Brindle Foods")
        )]
    );
}

#[test]
fn a_subject_after_an_opening_place_phrase_is_no_region() {
    let text = "Leni Marsh lost her house in the flood.\n\
                A council official, speaking on condition of anonymity, said repairs had \
                stalled. \u{201c}The money went elsewhere,\u{201d} the official said.\n\
                Back in Tolby, Marsh was waiting for a boat. Asked what she needed, she \
                replied: \u{201c}Dry socks.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("The money went elsewhere,", Some("council official")),
            pair("Dry socks.", Some("Leni Marsh"))
        ]
    );
}
