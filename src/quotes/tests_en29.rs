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

#[test]
fn it_after_the_quote_is_the_body_subject_of_the_sentence_before() {
    let text =
        "In a statement, the Ministry of Works said it was aware of \u{201c}delays\u{201d}.\n\
                \u{201c}The ministry regrets the inconvenience,\u{201d} it said.";
    assert_eq!(
        speakers(text),
        vec![
            pair("delays", Some("Ministry of Works")),
            pair(
                "The ministry regrets the inconvenience,",
                Some("Ministry of Works")
            ),
        ]
    );
}

#[test]
fn it_after_the_quote_is_the_nearest_body_not_the_last_speaker() {
    let text = "\u{201c}We will pay,\u{201d} the Ministry of Works said.\n\
                The Office of the Mayor said in a statement that the city would pay too. \
                \u{201c}No family will be left alone,\u{201d} it said.";
    assert_eq!(
        speakers(text),
        vec![
            pair("We will pay,", Some("Ministry of Works")),
            pair("No family will be left alone,", Some("Office of the Mayor")),
        ]
    );
}

#[test]
fn it_opening_the_sentence_is_the_body_that_spoke_before() {
    let text = "\u{201c}We will not approve this,\u{201d} the Ministry of Housing said.\n\
                It added that the minister would meet the group \u{201c}within the week\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![
            pair("We will not approve this,", Some("Ministry of Housing")),
            pair("within the week", Some("Ministry of Housing")),
        ]
    );
}

#[test]
fn it_alone_names_nobody() {
    let text = "The storm hit the coast on Monday.\n\
                \u{201c}Stay indoors,\u{201d} it said.";
    assert_eq!(speakers(text), vec![pair("Stay indoors,", None)]);
}

#[test]
fn a_period_between_words_ends_no_sentence() {
    let text = "Among those who signed it is the actor Tom Price, who grew up in the valley.\n\
                \u{201c}I owe that room a career,\u{201d} he told Wales.Online. \u{201c}My mother \
                cleaned the chapel on Saturdays.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![
            pair("I owe that room a career,", Some("Tom Price")),
            pair(
                "My mother cleaned the chapel on Saturdays.",
                Some("Tom Price")
            ),
        ]
    );
}

#[test]
fn an_object_pronoun_after_a_source_cue_is_the_source() {
    let text = "Union leader Kwame Mensah said fares would rise on Monday.\n\
                According to him, the union wrote to the ministry twice but received \
                \u{201c}not even an acknowledgement\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![pair("not even an acknowledgement", Some("Kwame Mensah"))]
    );
}
