//! Round-11 English attribution cases, each written for a weakness found on blind11_en.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_possessed_full_name_whose_surname_recurs_alone_is_a_person() {
    let text = "Harbour Vale won after Tavish Quarrington\u{2019}s unbeaten 96 sank the visitors. \
                Quarrington batted all afternoon. \u{2018}I rode my luck,\u{2019} the \
                29-year-old said.";
    assert_eq!(
        speakers(text),
        [pair("I rode my luck,", Some("Tavish Quarrington"))]
    );
}

#[test]
fn a_title_before_the_first_word_of_a_name_takes_up_that_name() {
    // Surname first (`Tay Hwee Ling`) or a Malay given name (`Ms Nurul`): the title and word
    // name the person whose name opens with it, not a man whose name ends with it.
    let text = "\u{201c}We cannot win,\u{201d} said Madam Tay Hwee Ling, who sells noodles. Her \
                son, Mr Marcus Tay, said the family had tried.\n\n\
                Trade Minister Nurul Azmina told Parliament the board would act.\n\n\
                Ms Nurul said the review would look at \u{201c}all options\u{201d}.\n\n\
                \u{201c}I will try again,\u{201d} Madam Tay said. \u{201c}Me too,\u{201d} said \
                Mr Tay.";
    assert_eq!(
        speakers(text),
        [
            pair("We cannot win,", Some("Tay Hwee Ling")),
            pair("all options", Some("Nurul Azmina")),
            pair("I will try again,", Some("Tay Hwee Ling")),
            pair("Me too,", Some("Marcus Tay")),
        ]
    );
}

#[test]
fn a_quoted_code_identifier_is_no_quotation() {
    let text = "The leak held a column labelled \"risk_flag\" for every account. \"It is \
                bad,\" said Ivo Brenn.";
    assert_eq!(speakers(text), [pair("It is bad,", Some("Ivo Brenn"))]);
}

#[test]
fn a_role_complemented_with_to_is_the_subject_after_a_quotation() {
    let text = "Gov. Ada Brill vetoed the bill. \u{201c}She warned us,\u{201d} one senior aide to \
                a committee chair told reporters, speaking on condition of anonymity.";
    assert_eq!(
        speakers(text),
        [pair("She warned us,", Some("senior aide"))]
    );
}

#[test]
fn a_month_abbreviation_before_a_day_ends_no_sentence() {
    let text = "Press aide Noor Vantongeren said the offer was sent on Oct. 30 and that the \
                office was still \u{201c}ready to talk.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("ready to talk.", Some("Noor Vantongeren"))]
    );
}

#[test]
fn a_text_signed_by_someone_speaks_for_its_signer() {
    let text = "Staff learnt of the plan from a memo. \"Nobody is watching you,\" the memo, \
                signed by operations chief Ilse Marwood, reads. \"We just count.\"";
    assert_eq!(
        speakers(text),
        [
            pair("Nobody is watching you,", Some("Ilse Marwood")),
            pair("We just count.", Some("Ilse Marwood")),
        ]
    );
}

#[test]
fn a_named_possessors_own_text_speaks_for_the_possessor() {
    let text = "Finance chief Odile Brack wrote to staff on Monday. Brack\u{2019}s note also says \
                the freeze is \"temporary at most\". Her lawyer said it was \"routine\".";
    assert_eq!(
        speakers(text),
        [
            pair("temporary at most", Some("Odile Brack")),
            pair("routine", Some("lawyer")),
        ]
    );
}

#[test]
fn a_given_name_after_a_title_starts_the_name_after_a_long_portfolio() {
    let text = "Minister of State for Rural Living Nurul Azmina told Parliament the board would \
                act. \u{201c}It is a heritage,\u{201d} she said.\n\n\
                Ms Nurul said the review would look at \u{201c}all options\u{201d}.";
    assert_eq!(
        speakers(text),
        [
            pair("It is a heritage,", Some("Nurul Azmina")),
            pair("all options", Some("Nurul Azmina")),
        ]
    );
}

#[test]
fn a_titled_word_is_not_taken_up_by_a_place_or_a_body_it_opens() {
    let text = "Crowds gathered outside Brannock Tower on Sunday. \u{201c}We stay,\u{201d} Mayor \
                Brannock said. \u{201c}So do we,\u{201d} Mr Osei said at the Kofi Osei \
                Foundation.";
    assert_eq!(
        speakers(text),
        [
            pair("We stay,", Some("Brannock")),
            pair("So do we,", Some("Osei")),
        ]
    );
}

#[test]
fn a_text_that_goes_on_keeps_the_speaker_quoted_before() {
    let text = "In a statement, Harbourline Ltd said it had \"fixed\" the fault.\n\n\
                \"We take safety seriously,\" the statement continued. \"We are sorry.\"";
    assert_eq!(
        speakers(text),
        [
            pair("fixed", Some("Harbourline Ltd")),
            pair("We take safety seriously,", Some("Harbourline Ltd")),
            pair("We are sorry.", Some("Harbourline Ltd")),
        ]
    );
}

#[test]
fn he_after_a_spokesman_for_a_body_is_that_body_not_an_earlier_man() {
    let text = "Mr Ivo Brenn asked about the fees. \u{201c}Rents are high,\u{201d} he said.\n\n\
                A spokesman for Harbour Group, which won four stalls, said the firm pays well. \
                \u{201c}We are local,\u{201d} he said.";
    assert_eq!(
        speakers(text),
        [
            pair("Rents are high,", Some("Ivo Brenn")),
            pair("We are local,", Some("Harbour Group")),
        ]
    );
}
