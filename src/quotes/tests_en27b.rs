//! English rules added in session 27 (blind27 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_given_name_alone_takes_up_the_full_name_it_opens() {
    let text = "The federation dropped singles player Wira Santoso from the squad.\n\
                \u{201c}I gave everything for this team,\u{201d} Wira said.";
    assert_eq!(
        speakers(text),
        vec![pair(
            "I gave everything for this team,",
            Some("Wira Santoso")
        )]
    );
}

#[test]
fn the_witness_replying_is_the_one_the_question_addressed() {
    let text = "Tom Becker gave evidence on Monday.\n\
                Ruth Halloran SC, for the State, said the van was his.\n\
                \u{201c}Where were you that night, Mr Becker?\u{201d} counsel asked.\n\
                \u{201c}At home,\u{201d} the witness replied. \u{201c}I was asleep.\u{201d}\n\
                \u{201c}Can anyone confirm that?\u{201d}\n\
                \u{201c}My wife.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![
            pair(
                "Where were you that night, Mr Becker?",
                Some("Ruth Halloran")
            ),
            pair("At home,", Some("Tom Becker")),
            pair("I was asleep.", Some("Tom Becker")),
            pair("Can anyone confirm that?", Some("Ruth Halloran")),
            pair("My wife.", Some("Tom Becker")),
        ]
    );
}

#[test]
fn an_unlisted_role_word_before_an_inverted_full_name_is_no_obstacle() {
    let text = "The glacier lost a tenth of its mass.\n\
                \u{201c}We are watching it die,\u{201d} says limnologist Ines Maroto, who \
                leads the survey.";
    assert_eq!(
        speakers(text),
        vec![pair("We are watching it die,", Some("Ines Maroto"))]
    );
}

#[test]
fn a_coordinated_speech_verb_skips_the_verb_of_a_relative_clause() {
    let text = "Mayor Jane Lowe defended the budget.\n\
                Opposition leader Sam Reed said the council had been warned. He pointed to a \
                memo, which described the plan as risky, and said Ms Lowe had \
                \u{201c}ignored it\u{201d}.";
    assert_eq!(speakers(text), vec![pair("ignored it", Some("Sam Reed"))]);
}

#[test]
fn which_never_takes_up_a_person() {
    let text = "Sam Reed pointed to a 2023 Harbour Authority briefing to the minister, which \
                described the plan as \u{201c}deeply flawed\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![pair("deeply flawed", Some("Harbour Authority"))]
    );
}

#[test]
fn identified_only_as_gives_the_speaker_name() {
    let text = "A second tenant, a nurse who asked to be identified only as Mira, said the \
                landlord had \u{201c}never once replied\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![pair("never once replied", Some("Mira"))]
    );
}

#[test]
fn a_person_of_a_named_body_is_the_speaker_not_the_body() {
    let text =
        "The only trustee to object, Paul Denning of the campaign group Parkwatch Alliance, \
                called the deal \u{201c}a giveaway\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![pair("a giveaway", Some("Paul Denning"))]
    );
}

#[test]
fn a_coordinated_speech_verb_goes_back_to_the_main_subject() {
    let text = "Harlow County Police said in a statement that officers had responded to six \
                crashes this month, and urged drivers to \u{201c}slow down on the bridge.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![pair(
            "slow down on the bridge.",
            Some("Harlow County Police")
        )]
    );
}

#[test]
fn the_email_speaks_for_the_one_who_sent_it() {
    let text = "Bellmoor Homes informed investors by email on Friday that work had stopped. \
                The email, seen by reporters, said the delay was due to \u{201c}factors outside \
                our control\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![pair("factors outside our control", Some("Bellmoor Homes"))]
    );
}

#[test]
fn a_one_word_name_after_a_role_is_a_person() {
    let text = "The club's sponsor, Arkwell Sport, declined to comment.\n\
                Former coach Sutarjo, who goes by one name, said the board had failed. \
                \u{201c}We never had this problem,\u{201d} he said.";
    assert_eq!(
        speakers(text),
        vec![pair("We never had this problem,", Some("Sutarjo"))]
    );
}

#[test]
fn a_standfirst_quote_repeated_in_the_body_takes_its_named_speaker() {
    let text = "Bus cuts anger commuters\n\n\
                Thousands of trips cancelled. \"We feel forgotten,\" says one Ridgeway dad.\n\n\
                Ridgeway father of two Tom Alder said he had been stranded twice.\n\
                \"We feel forgotten,\" he said.";
    assert_eq!(
        speakers(text),
        vec![
            pair("We feel forgotten,", Some("Tom Alder")),
            pair("We feel forgotten,", Some("Tom Alder")),
        ]
    );
}

#[test]
fn a_lead_description_presents_the_person_a_standfirst_named() {
    let text = "Pub owner tells court he \u{2018}never saw the fire\u{2019}\n\n\
                Patrick Doyle (61) denies four charges\n\n\
                The owner of a Galway pub has told a jury he \u{201c}never saw the fire\u{201d} \
                that gutted the building.\n\
                Patrick Doyle (61), of Mill Street, Galway, has pleaded not guilty.";
    assert_eq!(
        speakers(text),
        vec![
            pair("never saw the fire", Some("Patrick Doyle")),
            pair("never saw the fire", Some("Patrick Doyle")),
        ]
    );
}

#[test]
fn one_of_a_group_described_in_apposition_is_named_by_the_role() {
    let text = "One of the injured, a 30-year-old teacher who asked not to be named, said \
                she was still shaken. \u{201c}I thought the bus would roll over.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![pair("I thought the bus would roll over.", Some("teacher"))]
    );
}

#[test]
fn senior_counsel_letters_after_a_name_give_the_role_counsel() {
    let text = "Tom Becker denies the charge.\n\
                Ruth Halloran SC, for the State, opened the case on Monday.\n\
                \u{201c}The van was his,\u{201d} counsel said.";
    assert_eq!(
        speakers(text),
        vec![pair("The van was his,", Some("Ruth Halloran"))]
    );
}
