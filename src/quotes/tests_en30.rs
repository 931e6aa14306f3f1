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

#[test]
fn a_past_tense_between_a_body_noun_and_a_name_ends_the_phrase() {
    let text = "The Harlow Rovers board met on Sunday.\n\
                In a statement, the board thanked Pellan for \u{201c}four loyal years\u{201d} \
                and wished him well.";
    assert_eq!(
        speakers(text),
        vec![pair("four loyal years", Some("board"))]
    );
}

#[test]
fn the_club_is_the_body_whose_name_ends_with_its_initials() {
    let text = "Kerrow Mariners FC dismissed head coach Ivo Brandt on Monday.\n\
                Brandt, 51, was in his second season.\n\
                The striker said the squad was shocked.\n\
                In a statement, the club said a successor would be named \
                \u{201c}in good time, not in a panic.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![pair(
            "in good time, not in a panic.",
            Some("Kerrow Mariners FC")
        )]
    );
}

#[test]
fn a_region_after_of_and_a_place_is_no_subject() {
    let text = "Brindle Home Care of Dalby, Conn., blamed rising costs.\n\
                \u{201c}We had no other choice,\u{201d} the company said.";
    assert_eq!(
        speakers(text),
        vec![pair("We had no other choice,", Some("Brindle Home Care"))]
    );
}

#[test]
fn a_role_that_bodies_hold_makes_no_person_of_a_name_without_a_given_name() {
    let text = "The clinic\u{2019}s owner, Ferncliff Health Partners, blamed rising costs.\n\
                \u{201c}We had no other choice,\u{201d} the company said.";
    assert_eq!(
        speakers(text),
        vec![pair(
            "We had no other choice,",
            Some("Ferncliff Health Partners")
        )]
    );
}

#[test]
fn a_constable_title_is_taken_up_with_the_surname() {
    let text = "PC Owain Trefor, of the rural crime team, says a dog was seen on the lane.\n\
                \u{2018}Come forward before we come to you,\u{2019} says PC Trefor.";
    assert_eq!(
        speakers(text),
        vec![pair(
            "Come forward before we come to you,",
            Some("Owain Trefor")
        )]
    );
}

#[test]
fn a_possessive_opening_the_paragraph_is_the_pronoun_topic() {
    let text = "\u{201c}We moved too fast,\u{201d} chief executive Ilse Moreau wrote in the post.\n\
                \u{201c}Testing at once is risky,\u{201d} said Dana Kowal, who studies reliability. \
                She added that startups often skip tests.\n\
                Moreau\u{2019}s post ends on a hopeful note. Engineers are still trying. \
                \u{201c}We are not giving up,\u{201d} she wrote.";
    let got = speakers(text);
    assert_eq!(
        got.last(),
        Some(&pair("We are not giving up,", Some("Ilse Moreau")))
    );
}
