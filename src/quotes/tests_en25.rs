//! English rules added in session 25 (blind24 and earlier misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_nickname_in_marks_inside_a_name_is_no_quote_and_the_name_stays_whole() {
    let text = "Mayor Tomas \u{201c}Bong\u{201d} Alvarado signed the order after the board \
                rated the hill \u{201c}very unstable\u{201d} in a report.\n\
                \u{201c}We cannot wait for the rains,\u{201d} Alvarado said.";
    let got = speakers(text);
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|(t, _)| t != "Bong"));
    assert_eq!(
        got[1],
        pair("We cannot wait for the rains,", Some("Tomas Alvarado"))
    );
}

#[test]
fn a_headline_quote_between_capitalised_words_is_no_nickname() {
    let text = "Minister Says \u{201c}Never Again\u{201d} About New Tax Plans\n\n\
                The minister spoke on Monday.";
    let got = speakers(text);
    assert_eq!(got.len(), 1);
}

#[test]
fn a_role_in_capitals_after_a_place_puts_the_name_after_it() {
    let text = "\u{201c}The levy was never debated,\u{201d} said Kilima Ward MCA Joseph Wanyama.";
    assert_eq!(
        speakers(text),
        vec![pair("The levy was never debated,", Some("Joseph Wanyama"))]
    );
    let text = "\u{201c}The levy was never debated,\u{201d} said Tory MP Joseph Wanyama.";
    assert_eq!(
        speakers(text),
        vec![pair("The levy was never debated,", Some("Joseph Wanyama"))]
    );
}

#[test]
fn the_subject_of_a_passive_speech_verb_is_no_speaker() {
    let text = "Inspector Dan Moyo inspected the slope.\n\
                He said he would ask that the hamlet be declared a \u{201c}red zone,\u{201d} \
                a step that would bar any new homes.";
    assert_eq!(speakers(text), vec![pair("red zone,", Some("Dan Moyo"))]);
}

#[test]
fn a_long_name_with_and_and_a_plural_possessive_goes_by_its_short_name() {
    let text = "Dock staff voted on Friday. The Port and Harbour Workers\u{2019} Union (PHWU) described the offer as \
                \u{201c}an insult\u{201d} to its members.";
    assert_eq!(
        speakers(text),
        vec![pair(
            "an insult",
            Some("Port and Harbour Workers\u{2019} Union")
        )]
    );
}

#[test]
fn and_goes_on_inside_a_body_complement_ending_on_a_body_noun() {
    let text = "The council passed the bill. The Regional Growers Association of Ashby and \
                Lorne Counties welcomed the vote. In a statement, the group said the rules had \u{201c}cost builders dearly.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![pair(
            "cost builders dearly.",
            Some("Regional Growers Association of Ashby and Lorne Counties")
        )]
    );
}

#[test]
fn a_portfolio_between_title_and_name_is_no_part_of_the_name() {
    let text = "Walkout in assembly\n\nHARBOURTON: The assembly saw a walkout after the local \
                government minister told the house that \u{201c}no illegal pump is working \
                today\u{201d}.\nResponding to a notice, Minister for Local Government Kamran \
                Bashir Qazi said the board had closed 38 pumps.";
    assert_eq!(
        speakers(text),
        vec![pair(
            "no illegal pump is working today",
            Some("Kamran Bashir Qazi")
        )]
    );
}

#[test]
fn a_person_of_the_institution_speaks_not_the_institution() {
    let text = "Climate modeller Hana Sorel of the University of Eastmarch Ocean Center says \
                buoys could fill \u{201c}much of the gap\u{201d} cheaply.";
    assert_eq!(
        speakers(text),
        vec![pair("much of the gap", Some("Hana Sorel"))]
    );
}

#[test]
fn a_feature_film_title_is_no_quote_in_the_body_nor_in_the_headline() {
    let text = "'The Ferryman's Song' Director Attacks Studio\n\n\
                Ada Bell, director of the animated feature \u{201c}The Ferryman\u{2019}s \
                Song,\u{201d} has attacked the studio.\n\
                \u{201c}We were told nothing,\u{201d} Bell said.";
    assert_eq!(
        speakers(text),
        vec![pair("We were told nothing,", Some("Ada Bell"))]
    );
}

#[test]
fn an_age_nobody_was_given_is_the_subject_named_last_in_the_paragraph() {
    let text = "Residents were split.\nA younger man who gave only his surname, Okoro, said he \
                had waited for years. \u{201c}This helps someone like me,\u{201d} the 31-year-old \
                said.";
    assert_eq!(
        speakers(text),
        vec![pair("This helps someone like me,", Some("Okoro"))]
    );
}

#[test]
fn a_pronoun_after_a_quote_takes_the_sole_person_of_the_sentence_before_the_quote() {
    let text = "Engineer Dario Vence, a geologist, said the cracks had widened.\n\
                He said he would ask for a new zone.\n\
                For farmers like Kelan Obuya, 34, the new site is no answer. \u{201c}Where will \
                we plant? The soil is rock,\u{201d} he said.";
    let got = speakers(text);
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Kelan Obuya")
    );
}

#[test]
fn a_body_classifying_a_thing_gives_its_words() {
    let text = "Mayor Ana Ruiz ordered the evacuation after the Regional Hazard Office (RHO) \
                classified the hillside as \u{201c}highly unstable\u{201d} last week.";
    assert_eq!(
        speakers(text),
        vec![pair("highly unstable", Some("Regional Hazard Office"))]
    );
}

#[test]
fn slogans_of_a_crowd_are_no_quotation() {
    let text = "Protesters gathered at the gate and chanted slogans of \u{201c}Jobs now, jobs \
                now\u{201d} before they left.";
    assert!(speakers(text).is_empty());
}

#[test]
fn a_body_s_letter_past_an_aside_speaks_for_the_body() {
    let text = "The Upland Growers Federation (UGF) met on Monday.\n\
                The federation\u{2019}s letter, seen by reporters, said that \u{201c}a transport \
                scheme must return without delay\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![pair(
            "a transport scheme must return without delay",
            Some("Upland Growers Federation")
        )]
    );
}
