//! French attribution rules added in round 25 (blind24 and earlier misses), on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_bare_noun_after_a_preposition_comes_before_the_inverted_subject() {
    let text = "« Les routes sont coupées depuis lundi », raconte au micro le maire de \
                Valmont, Paul Ardouin.";
    assert_eq!(
        speakers(text),
        [pair("Les routes sont coupées depuis lundi", Some("Paul Ardouin"))]
    );
}

#[test]
fn an_unlisted_noun_takes_the_name_apposed_to_it_after_the_verb() {
    // `syndic` is in no list of roles and has no ending of a person's noun.
    let text = "« Les routes sont coupées depuis lundi », raconte le syndic de Valmont, \
                Paul Ardouin.";
    assert_eq!(
        speakers(text),
        [pair("Les routes sont coupées depuis lundi", Some("Paul Ardouin"))]
    );
}
