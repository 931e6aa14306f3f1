//! English attribution rules added in round 21 (blind21 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_definite_noun_ending_a_name_before_is_that_body() {
    let text = "Skiers crowded the Westbrook Ski Resort on Sunday.\n\n\
                The resort announced a fee on Monday, saying its lots had become \
                \u{201c}dangerous\u{201d} on busy days.";
    assert_eq!(
        speakers(text),
        [pair("dangerous", Some("Westbrook Ski Resort"))]
    );
}

#[test]
fn a_panel_recommends_its_words() {
    let text = "The Harlow Oversight Panel studied the fares for a year. In its report, the \
                panel recommended that riders pay \u{201c}no more than a fair share\u{201d} of \
                the repairs.";
    assert_eq!(
        speakers(text),
        [pair(
            "no more than a fair share",
            Some("Harlow Oversight Panel")
        )]
    );
}

#[test]
fn a_report_prepared_by_a_body_between_commas_speaks_for_it() {
    let text = "The report, prepared by Linden Rock Surveys, found \u{201c}deep cracks\u{201d} \
                in the dam.";
    assert_eq!(
        speakers(text),
        [pair("deep cracks", Some("Linden Rock Surveys"))]
    );
}

#[test]
fn the_statement_with_no_document_before_is_the_body_reported_before() {
    let text = "The organisers Brightwater Events said the fair was off \u{2018}for safety \
                reasons\u{2019}. \u{2018}The main tent was damaged by the storm,\u{2019} the \
                statement said.";
    assert_eq!(
        speakers(text),
        [
            pair("for safety reasons", Some("Brightwater Events")),
            pair(
                "The main tent was damaged by the storm,",
                Some("Brightwater Events")
            ),
        ]
    );
}

#[test]
fn the_person_before_a_commaless_relative_clause_is_the_subject() {
    let text = "A security guard who asked not to be named because he feared losing his job said \
                staff heard of it \u{201c}from the radio.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("from the radio.", Some("security guard"))]
    );
}

#[test]
fn one_commenter_wrote_is_an_unnamed_reader() {
    let text = "The council's post drew hundreds of replies. \u{201c}Fix the roads \
                first,\u{201d} one commenter wrote.";
    assert_eq!(
        speakers(text),
        [pair("Fix the roads first,", Some("commenter"))]
    );
}

#[test]
fn a_role_after_two_plain_nouns_is_an_unnamed_source() {
    let text = "Mayor Tessa Vrande spoke first.\n\n\
                A fish market owner, who asked not to be named, denied the claims.\n\n\
                \u{201c}Nobody told us anything,\u{201d} he said.";
    assert_eq!(
        speakers(text),
        [pair("Nobody told us anything,", Some("fish market owner"))]
    );
}

#[test]
fn a_bare_role_apposition_ending_on_a_full_name_names_the_speaker() {
    let text = "A petition has 900 signatures. Its organiser, parish council member Ilse \
                Brannock, says residents were heard \u{201c}for show\u{201d}.";
    assert_eq!(speakers(text), [pair("for show", Some("Ilse Brannock"))]);
}

#[test]
fn a_full_name_apposed_to_a_role_complement_is_not_the_role() {
    let text = "In a statement, the son of one tenant, 88-year-old Mabel Crane, said his \
                mother was \u{201c}cold all winter\u{201d}.";
    assert_ne!(
        speakers(text),
        [pair("cold all winter", Some("Mabel Crane"))]
    );
}
