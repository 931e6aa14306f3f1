//! English rules added in session 28 (blind28 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn the_role_takes_up_an_unnamed_one_after_a_capitalised_modifier() {
    let text = "Ms Dana Holt said the firm had cut staff.\n\
                A Senate aide said the vote would slip to June.\n\
                \u{201c}Nobody here wants a fight over this,\u{201d} the aide said.";
    assert_eq!(
        speakers(text),
        vec![pair("Nobody here wants a fight over this,", Some("aide"))]
    );
}

#[test]
fn the_role_takes_up_his_own_role_met_before() {
    let text = "Prosecutor Ben Okafor said the builder kept taking deposits after his own \
                accountant warned him.\n\
                \u{201c}The business cannot pay its debts,\u{201d} the accountant wrote in a letter.";
    assert_eq!(
        speakers(text),
        vec![pair(
            "The business cannot pay its debts,",
            Some("accountant")
        )]
    );
}

#[test]
fn a_whether_clause_opening_the_sentence_names_nobody() {
    let text = "Marine biologist Ana Lindqvist said the water stayed warm for weeks.\n\
                Whether the kelp returns depends on the winter, she said, adding: \
                \u{201c}One warm year is survivable.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![pair("One warm year is survivable.", Some("Ana Lindqvist"))]
    );
}

#[test]
fn describing_words_after_an_indefinite_article_describe_the_name_that_speaks() {
    let text = "Striker Jaden Okoro limped off before half-time.\n\
                \u{201c}It just locked up on me,\u{201d} a visibly upset Okoro told reporters.";
    assert_eq!(
        speakers(text),
        vec![pair("It just locked up on me,", Some("Jaden Okoro"))]
    );
}

#[test]
fn she_prefers_the_speaker_of_the_paragraph_before_to_a_person_she_mentioned() {
    let text = "Winger Jaden Okoro limped off in the first half.\n\
                Club doctor Rita Vance said the injury was \u{201c}a mild strain\u{201d} and that \
                Okoro would be back \u{201c}within a month\u{201d}.\n\
                \u{201c}He heals quickly,\u{201d} she said.";
    assert_eq!(
        speakers(text),
        vec![
            pair("a mild strain", Some("Rita Vance")),
            pair("within a month", Some("Rita Vance")),
            pair("He heals quickly,", Some("Rita Vance")),
        ]
    );
}

#[test]
fn a_plural_role_after_and_ending_a_thing_opens_a_clause() {
    let text = "The council says the plan will ease the parking shortage and cyclists call it \
                \u{201c}a death trap.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![pair("a death trap.", Some("cyclists"))]
    );
}

#[test]
fn they_is_the_bare_plural_role_opening_its_sentence() {
    let text = "Council tenants on the north side have decried what they called \
                \u{201c}a scandal\u{201d}, saying repairs take months.";
    assert_eq!(speakers(text), vec![pair("a scandal", Some("tenants"))]);
}

#[test]
fn a_campaign_tagged_gives_a_name_nobody_says() {
    let text = "Parents have launched a campaign tagged \u{201c}Safe Streets Now\u{201d}, urging \
                the council to act.";
    assert!(speakers(text).is_empty());
}

#[test]
fn the_company_takes_up_a_company_named_in_a_complement_paragraphs_before() {
    let text = "Residents of Hillside said the outages had worsened.\n\
                The spokesperson for Lakeside Power Distribution Plc, Mrs Ann Obi, blamed the \
                gas supply.\n\
                \u{201c}We are sharing what we get,\u{201d} Obi said.\n\
                She added, \u{201c}Customers will see the difference soon.\u{201d}\n\
                The company had earlier, in a post on its X handle, said it was \
                \u{201c}working round the clock to restore supply\u{201d}.";
    assert_eq!(
        speakers(text),
        vec![
            pair("We are sharing what we get,", Some("Ann Obi")),
            pair("Customers will see the difference soon.", Some("Ann Obi")),
            pair(
                "working round the clock to restore supply",
                Some("Lakeside Power Distribution Plc")
            ),
        ]
    );
}
