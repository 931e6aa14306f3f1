//! English rules added in session 26 (blind25 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_parenthetical_reckons_attributes_the_partial_quote() {
    let text = "Ruth Calder, an analyst at a bank, spoke on Monday. Shops that miss the \
                deadline, she reckons, could face \u{201c}a very hard winter\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![pair("a very hard winter", Some("Ruth Calder"))]
    );
}

#[test]
fn a_given_name_both_sexes_bear_lets_she_refer_to_it() {
    let text = "The owner, Colin Marsh, was fined on Monday.\n\
                Judge Andrea Voss said the firm had ignored warnings.\n\
                \u{201c}This was no accident,\u{201d} she said.";
    assert_eq!(
        speakers(text),
        vec![pair("This was no accident,", Some("Andrea Voss"))]
    );
}

#[test]
fn a_surname_alone_is_the_person_not_a_longer_place_ending_with_it() {
    let text = "Residents complained about noise at the Riverside Park tennis courts.\n\
                Councilwoman Helen Park voted no.\n\
                \u{201c}We are rushing this,\u{201d} Park said.";
    assert_eq!(
        speakers(text),
        vec![pair("We are rushing this,", Some("Helen Park"))]
    );
}

#[test]
fn a_name_apposed_to_the_role_of_whose_is_the_speaker() {
    let text = "The bill awaits the signature of Governor Paul Brandt, whose spokesperson, \
                Nina Ocampo, said he was \u{201c}likely to sign it\u{201d} next week.";
    assert_eq!(
        speakers(text),
        vec![pair("likely to sign it", Some("Nina Ocampo"))]
    );
}
