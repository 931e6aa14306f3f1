//! English attribution rules added in round 18 (blind17/18 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_singular_noun_takes_up_a_body_named_in_the_plural() {
    let text = "Northgate Airlines raised its fees on Monday.\n\n\
                The airline said the change was \"long overdue.\"";
    assert_eq!(
        speakers(text),
        [pair("long overdue.", Some("Northgate Airlines"))]
    );
}

#[test]
fn the_town_is_the_town_named_before() {
    let text = "The Town of Millbrook closed the pool on Monday.\n\n\
                In a statement, the town said repairs were \"well under way.\"";
    assert_eq!(
        speakers(text),
        [pair("well under way.", Some("Town of Millbrook"))]
    );
}

#[test]
fn a_legal_suffix_is_part_of_a_body_name() {
    let text = "The liquidators, Marsh Tolley LLP, said the firm had been \"insolvent for \
                months\".";
    assert_eq!(
        speakers(text),
        [pair("insolvent for months", Some("Marsh Tolley LLP"))]
    );
}

#[test]
fn it_after_a_body_that_said_is_that_body() {
    let text = "The Ministry of Transport later said in a statement that it would ask the \
                regulator to act \"before the winter.\"";
    assert_eq!(
        speakers(text),
        [pair("before the winter.", Some("Ministry of Transport"))]
    );
}

#[test]
fn a_rating_after_rates_the_stock_is_no_quotation() {
    let text = "\"The plan is bold,\" said Ann Lee, an analyst at Brightwater, who rates the \
                stock 'buy'. \"It will cost them.\"";
    assert_eq!(
        speakers(text),
        [
            pair("The plan is bold,", Some("Ann Lee")),
            pair("It will cost them.", Some("Ann Lee")),
        ]
    );
}

#[test]
fn a_title_ending_with_a_question_mark_is_no_quotation() {
    let text = "The Guild of Translators said it would publish guidance under the title \
                \"Who Owns This?\".";
    assert_eq!(speakers(text), []);
}

#[test]
fn a_place_in_an_apposition_is_no_antecedent_of_who() {
    let text = "Maria Lopez, a teacher from Austin, Texas, who organised the march, told the \
                Herald she was \"very proud.\"";
    assert_eq!(speakers(text), [pair("very proud.", Some("Maria Lopez"))]);
}

#[test]
fn an_inverted_asked_takes_a_role_and_name_after_it() {
    let text = "\"Is this really the end?\" asked pastry blogger Ian Webb in a video, before \
                taking what he called \"the final slice.\"";
    assert_eq!(
        speakers(text),
        [
            pair("Is this really the end?", Some("Ian Webb")),
            pair("the final slice.", Some("Ian Webb")),
        ]
    );
}

#[test]
fn a_body_in_an_apposition_does_not_call() {
    let text = "Nina Ortiz, director of the nonprofit Fair Fares Group, called the change \"a \
                swindle.\"";
    assert_eq!(speakers(text), [pair("a swindle.", Some("Nina Ortiz"))]);
}

#[test]
fn the_first_of_two_coordinated_cues_keeps_its_own_subject() {
    let text = "The poet Ann Lee called the resignations \"an act of courage\", while the \
                novelist Tom Rix warned of \"a witch-hunt\".";
    assert_eq!(
        speakers(text),
        [
            pair("an act of courage", Some("Ann Lee")),
            pair("a witch-hunt", Some("Tom Rix")),
        ]
    );
}

#[test]
fn a_mouthpiece_named_after_the_quote_told_a_news_conference() {
    let text = "\"At first they thought it was a joke,\" Harbour police spokeswoman Kate Moss \
                told a news conference. \"Then they called us.\"";
    assert_eq!(
        speakers(text),
        [
            pair("At first they thought it was a joke,", Some("Kate Moss")),
            pair("Then they called us.", Some("Kate Moss")),
        ]
    );
}

#[test]
fn a_bracketed_remark_inside_a_role_before_a_name() {
    let text = "\"The pipe is old,\" city engineer (roads) Ravi Menon told reporters.";
    assert_eq!(
        speakers(text),
        [pair("The pipe is old,", Some("Ravi Menon"))]
    );
}

#[test]
fn a_body_of_a_place_is_no_place() {
    let text = "The Town of Cedar Lake closed the rink on Monday.\n\n\
                Parents were angry.\n\n\
                Coaches were angrier.\n\n\
                In a statement, the town said crews were \"doing their best.\"";
    assert_eq!(
        speakers(text),
        [pair("doing their best.", Some("Town of Cedar Lake"))]
    );
}

#[test]
fn a_bare_spokesperson_answers_for_the_body_asked_before() {
    let text = "The Town of Ashby closed the library in May.\n\n\
                The Ridgeway Herald asked the town for the inspection reports. A spokesperson \
                said they would be released \"after the council meeting.\"";
    assert_eq!(
        speakers(text),
        [pair("after the council meeting.", Some("Town of Ashby"))]
    );
}

#[test]
fn a_report_speaks_for_the_firm_it_came_from() {
    let text = "The council received a survey report from Keel Surveyors on Friday. The \
                report found \"severe corrosion\" in the beams.";
    assert_eq!(
        speakers(text),
        [pair("severe corrosion", Some("Keel Surveyors"))]
    );
}

#[test]
fn a_circular_speaks_for_the_body_that_issued_it() {
    let text = "A circular issued by the Harwick Water Board asked residents to \"boil all \
                drinking water\".";
    assert_eq!(
        speakers(text),
        [pair("boil all drinking water", Some("Harwick Water Board"))]
    );
}

#[test]
fn a_generic_body_noun_is_no_role_holder_but_the_body_named_before() {
    let text = "The Harwick Water Board (HWB) will repair the main this week.\n\n\
                \"It is old,\" HWB engineer (roads) Ravi Menon told reporters on Monday. Menon \
                said the work would end soon.\n\n\
                A circular issued by the civic body asked residents to \"boil all water\".";
    assert_eq!(
        speakers(text),
        [
            pair("It is old,", Some("Ravi Menon")),
            pair("boil all water", Some("Harwick Water Board")),
        ]
    );
}
