//! English attribution rules added in round 16 (blind16 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_learned_society_named_with_of_is_one_body() {
    let text = "A spokesperson for the Society of Coastal Engineers said the sea wall had \
                \"outlived its design\". The society has warned about it since 2019.";
    assert_eq!(
        speakers(text),
        [pair(
            "outlived its design",
            Some("Society of Coastal Engineers")
        )]
    );
}

#[test]
fn a_compound_of_woman_before_a_full_name_is_a_title() {
    let text = "Alderwoman Rosa Quintal, who chairs the parks board, said she was \"deeply \
                disappointed.\"\n\n\
                Selectwoman Dana Whitcomb called the vote \"a mistake\".";
    assert_eq!(
        speakers(text),
        [
            pair("deeply disappointed.", Some("Rosa Quintal")),
            pair("a mistake", Some("Dana Whitcomb")),
        ]
    );
}

#[test]
fn an_occupation_before_a_name_opening_a_sentence_leaves_the_name_the_subject() {
    // `He` is the restorer, the subject of his sentence, not the man quoted before.
    let text = "Mayor Tom Bradley said the repairs would \"take the summer.\"\n\n\
                Heritage restorer Neil Okafor, whose firm built the wall, inspected it on \
                Friday. He said the mortar had \"turned to sand\" in places.";
    assert_eq!(
        speakers(text),
        [
            pair("take the summer.", Some("Tom Bradley")),
            pair("turned to sand", Some("Neil Okafor")),
        ]
    );
}

#[test]
fn a_premodifier_gives_way_to_an_unlisted_noun_after_it() {
    let text = "One senior porter, who asked not to be named, said: \"Nobody told us a thing.\"";
    assert_eq!(
        speakers(text),
        [pair("Nobody told us a thing.", Some("senior porter"))]
    );
}

#[test]
fn a_bare_plural_role_with_its_complement_rules() {
    let text = "The trainer was fined after stewards at Kelmore ruled that the colt had been \
                \"tenderly handled\" in the finish.";
    assert_eq!(speakers(text), [pair("tenderly handled", Some("stewards"))]);
}

#[test]
fn a_body_placed_by_a_possessor_is_a_speaker() {
    let text = "Veloria’s energy ministry cut its forecast on Monday, calling the drought \"the \
                worst in living memory.\"";
    assert_eq!(
        speakers(text),
        [pair(
            "the worst in living memory.",
            Some("Veloria’s energy ministry")
        )]
    );
}

#[test]
fn an_unlisted_noun_that_a_person_relative_follows_is_an_unnamed_person() {
    // `he` is the wholesaler (a noun the roles do not list), not the person quoted before.
    let text = "Sigrun Dahl said the shelves were bare. One Rotterdam-based wholesaler, who \
                asked not to be named, said he had stopped taking orders. \"Nobody can promise \
                a date,\" he said.";
    assert_eq!(
        speakers(text),
        [pair(
            "Nobody can promise a date,",
            Some("Rotterdam-based wholesaler")
        )]
    );
}

#[test]
fn a_subject_and_verb_closing_the_sentence_report_its_partial_quote() {
    let text = "Mara Quist defended the plan. The old scheme left \"no room\" for small farms, \
                she said in a letter to the board.";
    assert_eq!(speakers(text), [pair("no room", Some("Mara Quist"))]);
}

#[test]
fn a_statement_named_across_a_blank_line_speaks_for_its_author() {
    let text = "Brightwater Ferries said in a statement on Monday that the crossing was \
                \"suspended until further notice\".\n\n\
                \"We apologise to every passenger,\" the statement said.";
    assert_eq!(
        speakers(text),
        [
            pair(
                "suspended until further notice",
                Some("Brightwater Ferries")
            ),
            pair(
                "We apologise to every passenger,",
                Some("Brightwater Ferries")
            ),
        ]
    );
}

#[test]
fn one_of_them_is_a_member_of_the_group_named_before_a_long_quotation() {
    let text = "Three junior doctors at the hospital told us that rotas had been cut twice this \
                winter.\n\n\
                \"We are covering two wards at night with one registrar and nobody senior in the \
                building, and everyone upstairs knows it,\" one of them said.";
    assert_eq!(
        speakers(text),
        [pair(
            "We are covering two wards at night with one registrar and nobody senior in the \
             building, and everyone upstairs knows it,",
            Some("doctor")
        )]
    );
}

#[test]
fn one_of_them_with_an_apposed_name_is_that_person() {
    let text = "Dozens of MPs signed the letter. One of them, the veteran backbencher Ruth \
                Calloway, has held her seat since 1997.\n\n\
                \"People are furious,\" the 66-year-old told reporters.";
    assert_eq!(
        speakers(text),
        [pair("People are furious,", Some("Ruth Calloway"))]
    );
}

#[test]
fn marks_after_a_naming_verb_hold_a_name() {
    let text = "In a blog post titled “Sync paused after v2.4 update,” the company said the fix \
                would take \"several days\".";
    assert_eq!(speakers(text), [pair("several days", Some("company"))]);
}
