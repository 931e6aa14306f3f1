//! English attribution rules added in round 19 (blind19 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_plural_possessive_stays_inside_a_body_name() {
    let text = "The Northern Hoteliers’ Association (NHA) met on Friday.\n\n\
                \u{201c}It is a bad tax,\u{201d} an NHA spokesperson said.\n\n\
                Later the Northern Hoteliers’ Association said: \u{201c}We will appeal.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("It is a bad tax,", Some("Northern Hoteliers’ Association")),
            pair("We will appeal.", Some("Northern Hoteliers’ Association")),
        ]
    );
}

#[test]
fn a_restrictive_relative_in_an_apposition_describes_the_subject() {
    let text = "A spokesperson for Bramble Food Services, the company that runs the canteens \
                under a contract with the city, said the change reflected \"higher costs.\"";
    assert_eq!(
        speakers(text),
        [pair("higher costs.", Some("Bramble Food Services"))]
    );
}
