//! English rules added in session 30 (blind30 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn an_apposed_company_noun_makes_a_name_with_a_female_ending_a_body() {
    let text = "Kirota Seiki, a small maker of marine pumps, will build a plant in Poland.\n\
                In a filing on Monday, Kirota said the plant would \u{201c}secure its growth\u{201d} \
                for a decade.";
    assert_eq!(
        speakers(text),
        vec![pair("secure its growth", Some("Kirota Seiki"))]
    );
}
