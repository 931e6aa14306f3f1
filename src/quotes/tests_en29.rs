//! English rules added in session 29 (blind29 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_malaysian_honorific_is_a_title_and_the_first_words_take_up_the_name() {
    let text = "State health chairman Datuk Rahim Aziz Hamdan, who visited the clinic on \
                Monday, said the ward was full.\n\
                \u{201c}The building is too old,\u{201d} Rahim Aziz said.";
    assert_eq!(
        speakers(text),
        vec![pair("The building is too old,", Some("Rahim Aziz Hamdan"))]
    );
}

#[test]
fn the_first_words_of_a_name_take_up_the_full_name() {
    let text = "The council leader, Mary Ann Holt, said the plan was late.\n\
                \u{201c}We will act,\u{201d} Mary Ann said.";
    assert_eq!(
        speakers(text),
        vec![pair("We will act,", Some("Mary Ann Holt"))]
    );
}
