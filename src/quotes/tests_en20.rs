//! English attribution rules added in round 20 (blind20 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn coun_is_a_councillor_title() {
    let text = "\"The pool stays open,\" said Coun. Marta Quill (Ward 3, Elmside), who chairs the \
                parks committee.";
    assert_eq!(
        speakers(text),
        [pair("The pool stays open,", Some("Marta Quill"))]
    );
}

#[test]
fn went_on_reports_the_second_piece_of_a_quote() {
    let text = "Ivo Brandt spoke first. \"The buses,\" he went on, \"are always late. Nobody \
                trusts them.\"";
    assert_eq!(
        speakers(text),
        [
            pair("The buses,", Some("Ivo Brandt")),
            pair("are always late. Nobody trusts them.", Some("Ivo Brandt")),
        ]
    );
}

#[test]
fn back_opening_a_sentence_is_no_name() {
    let text = "\"We lost everything,\" said Nora Pell.\n\n\
                Back at the shelter, Mrs Pell was folding blankets.\n\n\
                \"Where would we even go?\"";
    assert_eq!(
        speakers(text),
        [
            pair("We lost everything,", Some("Nora Pell")),
            pair("Where would we even go?", Some("Nora Pell")),
        ]
    );
}

#[test]
fn a_lone_quote_answers_for_the_definite_role_before_it() {
    let text = "Head teacher Alma Voss said the roof leaked again on Monday.\n\n\
                Asked what the school needed, the head teacher smiled.\n\n\
                \"A new roof. And some patience.\"";
    assert_eq!(
        speakers(text),
        [pair("A new roof. And some patience.", Some("Alma Voss"))]
    );
}

#[test]
fn a_post_nominal_between_commas_is_no_speaker() {
    let text = "The defence barrister, Oriel Banks, KC, had argued the sentence was \"far too \
                harsh\".";
    assert_eq!(speakers(text), [pair("far too harsh", Some("Oriel Banks"))]);
}

#[test]
fn a_verb_coordinated_by_but_shares_the_subject() {
    let text = "The water board said on Friday that \"every reservoir is full\" but \
                acknowledged that repairs had been \"slowed by the frost.\"";
    assert_eq!(
        speakers(text),
        [
            pair("every reservoir is full", Some("water board")),
            pair("slowed by the frost.", Some("water board")),
        ]
    );
}

#[test]
fn a_title_followed_by_its_author_is_no_quote() {
    let text = "A new opera has sold out.\n\n\
                \u{2018}The Harbour Sleeps\u{2019}, by the composer Ines Varga, opens on Friday.";
    assert!(speakers(text).is_empty());
}
