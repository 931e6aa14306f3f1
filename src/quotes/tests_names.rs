//! How names are taken up: name orders and forms that later mentions shorten, on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

#[test]
fn a_family_name_before_a_hyphenated_given_name_is_the_short_form() {
    let text = "Residents packed the hall. Wong Mei-ling, who runs a noodle stall nearby, was \
                among them.\n\n\"Nobody asked us,\" Wong said.\n\n\
                The committee chair, Daniel Cheung Ka-wai, disagreed. \"We held four \
                meetings,\" Cheung said.";
    assert_eq!(
        speakers_in(text, Lang::En),
        [
            pair("Nobody asked us,", Some("Wong Mei-ling")),
            pair("We held four meetings,", Some("Daniel Cheung Ka-wai")),
        ]
    );
}

#[test]
fn a_short_given_syllable_is_no_number_word() {
    // `So` is a connector, but `So-fong` is a given name, no number word like `Twenty-five`.
    let text =
        "Tenants gathered in the lobby.\n\n\"We will not move,\" said Leung So-fong, 71.\n\n\
                \"The lift has been broken for weeks,\" Leung said.";
    assert_eq!(
        speakers_in(text, Lang::En),
        [
            pair("We will not move,", Some("Leung So-fong")),
            pair("The lift has been broken for weeks,", Some("Leung So-fong")),
        ]
    );
}
