//! English attribution rules added in round 22 (blind22 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_cantonese_given_name_is_part_of_the_name() {
    let text = "\u{201c}The lift is broken again,\u{201d} said Madam Chow So-wan, 68.";
    assert_eq!(
        speakers(text),
        [pair("The lift is broken again,", Some("Chow So-wan"))]
    );
}

#[test]
fn a_surname_first_name_goes_by_its_surname() {
    let text = "Legislator Anita Kwok Wai-lun wrote to the board. \u{201c}Nobody asked \
                us,\u{201d} Kwok said.";
    assert_eq!(
        speakers(text),
        [pair("Nobody asked us,", Some("Anita Kwok Wai-lun"))]
    );
}

#[test]
fn an_indefinite_role_in_the_lead_is_the_person_named_next_by_that_role() {
    let text = "A judge has criticised the \u{201c}chaotic state\u{201d} of the county's \
                courts.\n\n\
                Sentencing a burglar on Monday, district judge Marion Feld said the delays \
                were unacceptable.";
    assert_eq!(speakers(text), [pair("chaotic state", Some("Marion Feld"))]);
}

#[test]
fn an_indefinite_role_after_a_named_person_is_somebody_new() {
    let text = "Judge Marion Feld retired last year.\n\n\
                A judge has criticised the \u{201c}chaotic state\u{201d} of the courts.\n\n\
                District judge Colm Reyes said the delays were unacceptable.";
    assert_eq!(speakers(text), [pair("chaotic state", Some("judge"))]);
}

#[test]
fn the_group_is_the_body_subject_named_since_the_company() {
    let text = "Brello, the startup behind the Kite earbuds, faces a complaint.\n\n\
                \u{201c}This should never have shipped,\u{201d} said Ona Lisk, counsel at the \
                Open Ears Alliance, which filed the complaint on Monday. In its filing, the \
                group argues that the earbuds \u{201c}record every room they enter.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("This should never have shipped,", Some("Ona Lisk")),
            pair("record every room they enter.", Some("Open Ears Alliance")),
        ]
    );
}

#[test]
fn according_to_a_statement_from_someone_is_that_someone() {
    let text = "The gate had been \u{201c}left open for weeks\u{201d}, according to a witness \
                statement from a retired postman, Wendell Okoro.";
    assert_eq!(
        speakers(text),
        [pair("left open for weeks", Some("Wendell Okoro"))]
    );
}

#[test]
fn a_role_with_a_complement_before_who_is_the_subject_of_the_clause() {
    let text = "A surveyor from a neighbouring county who inspected the bridge, speaking on \
                condition of anonymity, said the cracks were \u{201c}older than anyone \
                admits.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("older than anyone admits.", Some("surveyor"))]
    );
}
