//! Round-10 English attribution cases, each written for a weakness found on blind10_en.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_described_name_in_apposition_to_a_known_role_is_the_person() {
    let text = "Another passenger, retired teacher Ada Brynmor, praised the crew. \
                \u{201c}They never hesitated,\u{201d} she said.";
    assert_eq!(
        speakers(text),
        [pair("They never hesitated,", Some("Ada Brynmor"))]
    );
}

#[test]
fn a_role_described_by_a_long_relative_clause_is_the_subject_not_its_last_noun() {
    let text = "One visitor, a marine biologist who asked not to be named because she advises \
                one of the fisheries, called the plan \u{2018}naive at best\u{2019}.";
    assert_eq!(
        speakers(text),
        [pair("naive at best", Some("marine biologist"))]
    );
}

#[test]
fn an_inverted_cue_between_commas_before_the_marks_names_the_speaker() {
    let text = "Tomas Erwood thinks the bridge will hold. By the winter, predicts Erwood, \
                \u{2018}the cracks will have spread to the pillars\u{2019}.";
    assert_eq!(
        speakers(text),
        [pair(
            "the cracks will have spread to the pillars",
            Some("Tomas Erwood")
        )]
    );
}

#[test]
fn a_role_in_capitals_before_a_name_after_the_marks_is_that_person() {
    let text = "\u{201c}We will ship in May,\u{201d} CFO Dana Whitlock said on Monday. \
                \u{201c}The date holds,\u{201d} said COO Ines Farrow.";
    assert_eq!(
        speakers(text),
        [
            pair("We will ship in May,", Some("Dana Whitlock")),
            pair("The date holds,", Some("Ines Farrow")),
        ]
    );
}

#[test]
fn a_role_in_a_standfirst_is_the_person_later_introduced_with_that_role() {
    let text = "Ferry firm cancels winter routes\n\n\
                The firm\u{2019}s CEO says the cuts are \u{201c}about survival, not greed.\u{201d}\n\n\
                Northway Ferries will stop two routes in December.\n\n\
                \u{201c}We cannot sail empty boats,\u{201d} CEO Petra Lindqvist said on Monday.";
    assert_eq!(
        speakers(text),
        [
            pair("about survival, not greed.", Some("Petra Lindqvist")),
            pair("We cannot sail empty boats,", Some("Petra Lindqvist")),
        ]
    );
}

#[test]
fn a_role_in_capitals_after_a_possessor_is_the_holder_named_before() {
    let text = "CEO Petra Lindqvist met the unions on Monday. \u{201c}Nothing is decided,\u{201d} \
                said the firm\u{2019}s CEO.";
    assert_eq!(
        speakers(text),
        [pair("Nothing is decided,", Some("Petra Lindqvist"))]
    );
}

#[test]
fn a_statement_mentioned_before_speaks_for_the_one_who_issued_it() {
    let text = "Governor Iris Vandermeer said in a written statement that the bridge would \
                reopen soon. The statement called the delay \u{201c}regrettable\u{201d}.";
    assert_eq!(
        speakers(text),
        [pair("regrettable", Some("Iris Vandermeer"))]
    );
}

#[test]
fn a_document_owned_by_the_subject_speaks_for_that_subject() {
    let text = "The Harbour Board, which runs four ports, did not publish the new rate in its \
                short communique, which said only that it would \u{201c}review the fees\u{201d}.";
    assert_eq!(
        speakers(text),
        [pair("review the fees", Some("Harbour Board"))]
    );
}

#[test]
fn a_nickname_opening_with_an_article_is_a_name_not_a_quotation() {
    let text = "The Kelvin Bridge, nicknamed \u{201c}the Harp of the North\u{201d} by \
                locals, reopens on Monday.";
    assert_eq!(speakers(text), []);
}

#[test]
fn a_name_apposed_inside_a_relative_clause_is_not_the_subject() {
    let text = "Owen Tarrant, who runs the farm with his sister, vet Nora Tarrant, told \
                reporters he was \u{2018}gutted\u{2019} by the ruling.";
    assert_eq!(speakers(text), [pair("gutted", Some("Owen Tarrant"))]);
}

#[test]
fn a_plural_role_with_an_adjective_and_no_article_is_the_subject() {
    let text = "The old mill will be demolished, as angry residents say \u{2018}it is about \
                time\u{2019}.";
    assert_eq!(
        speakers(text),
        [pair("it is about time", Some("residents"))]
    );
}

#[test]
fn a_standfirst_role_quoting_the_first_words_of_a_named_quote_is_that_person() {
    let text = "Village fury over floodlit paddock\n\
                Resident: 'It feels like a football stadium'\n\n\
                By Ann Carrow\n\n\
                Retired nurse Elsie Marrable, 80, said: 'It feels like a football stadium. \
                I cannot sleep.'";
    assert_eq!(
        speakers(text),
        [
            pair("It feels like a football stadium", Some("Elsie Marrable")),
            pair(
                "It feels like a football stadium. I cannot sleep.",
                Some("Elsie Marrable")
            ),
        ]
    );
}

#[test]
fn a_role_in_a_standfirst_line_echoing_a_body_quote_is_its_speaker() {
    let text = "Baker Nell Pardoe's shop to close after rent rise\n\n\
                Owner, 61, says she is 'devastated' and blames landlord\n\n\
                By Ann Carrow\n\n\
                Nell Pardoe, whose sister also runs a café, told the paper she was \
                'devastated' by the news.";
    assert_eq!(
        speakers(text),
        [
            pair("devastated", Some("Nell Pardoe")),
            pair("devastated", Some("Nell Pardoe")),
        ]
    );
}

#[test]
fn a_name_inside_a_whose_clause_is_not_the_subject() {
    let text =
        "A neighbour, whose husband Len Oduya was hurt, said: \u{201c}We are scared.\u{201d} \
                A driver, whose van Tim Garrow had lent him, told police the road was \
                \u{201c}pitch black\u{201d}.";
    assert_eq!(
        speakers(text),
        [
            pair("We are scared.", Some("neighbour")),
            pair("pitch black", Some("driver")),
        ]
    );
}
