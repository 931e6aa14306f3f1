//! English rules added in session 27 (blind26 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_role_of_hyphenated_with_of_before_a_name_is_that_person() {
    let text = "Residents say they are struggling.\n\
                \u{201c}We are tired,\u{201d} said mum-of-four Jane Doe, 36. \u{201c}It is hard.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![
            pair("We are tired,", Some("Jane Doe")),
            pair("It is hard.", Some("Jane Doe")),
        ]
    );
}

#[test]
fn a_role_surnamed_a_name_is_that_person() {
    let text = "One tenant, a 62-year-old cleaner surnamed Wong, has lived there for years.\n\
                \u{201c}It is too small,\u{201d} she said.";
    assert_eq!(speakers(text), vec![pair("It is too small,", Some("Wong"))]);
}

#[test]
fn a_passive_speech_verb_with_as_leaves_the_quote_to_the_reporting_verb() {
    let text = "Mrs Obi told the court that the search found drugs.\n\
                She added that the boxes were labelled as \u{201c}vitamin pills\u{201d} on the papers.";
    assert_eq!(speakers(text), vec![pair("vitamin pills", Some("Obi"))]);
}

#[test]
fn a_name_with_a_code_of_digits_is_no_person_a_pronoun_refers_to() {
    let text = "Mrs Obi told the court that the search found drugs.\n\
                The lawyer, John Ade, asked the witness about a report tendered as Exhibit P7.\n\
                \u{201c}No. The laboratory did,\u{201d} she replied.";
    assert_eq!(
        speakers(text),
        vec![pair("No. The laboratory did,", Some("Obi"))]
    );
}

#[test]
fn a_portfolio_word_inside_a_company_name_is_part_of_it() {
    let text = "Greenfield Energy Storage LLC wants to build a plant.\n\
                In a statement, Greenfield Energy Storage said the project would \
                \u{201c}help the grid\u{201d} in summer.";
    assert_eq!(
        speakers(text),
        vec![pair("help the grid", Some("Greenfield Energy Storage LLC"))]
    );
}

#[test]
fn a_lone_subject_word_opening_one_full_name_is_that_person() {
    let text = "Residents association chairman Chan Wai Ming, 63, said houses had been raided.\n\
                A licensed trapper, who declined to be named, said relocation would not work.\n\
                \u{201c}Another troop comes in,\u{201d} he said.\n\
                Chan said residents were also worried. \u{201c}Who will help them?\u{201d} he asked.";
    assert_eq!(
        speakers(text),
        vec![
            pair("Another troop comes in,", Some("licensed trapper")),
            pair("Who will help them?", Some("Chan Wai Ming")),
        ]
    );
}

#[test]
fn an_indefinite_role_in_a_lead_is_the_person_the_next_paragraph_opens_on() {
    let text =
        "A grieving widow has told of her \u{2018}anger\u{2019} after mourners were fined.\n\
                Jane Calloway, 78, buried her husband at a village church in May.";
    assert_eq!(speakers(text), vec![pair("anger", Some("Jane Calloway"))]);
}

#[test]
fn a_participle_phrase_between_a_role_and_its_verb_is_skipped() {
    let text = "Police said the man was wanted.\n\
                \u{201c}We are tracking the money,\u{201d} an investigator handling the case said.";
    assert_eq!(
        speakers(text),
        vec![pair("We are tracking the money,", Some("investigator"))]
    );
}

#[test]
fn lowercase_nouns_before_a_role_still_open_the_clause_of_its_holder() {
    let text = "Retired teacher Anna Perrin, 58, said her grandson had a lucky escape.\n\
                \u{201c}He shouted for help,\u{201d} she said.\n\
                State environment committee chairman Rosnah Kamaruddin said culling was a last resort.\n\
                \u{201c}We will not cull the monkeys,\u{201d} she said.";
    assert_eq!(
        speakers(text),
        vec![
            pair("He shouted for help,", Some("Anna Perrin")),
            pair("We will not cull the monkeys,", Some("Rosnah Kamaruddin")),
        ]
    );
}

#[test]
fn a_capitalised_adjective_in_an_apposition_is_no_apposed_name() {
    let text = "\u{201c}We were told by email,\u{201d} said Priya Nair, an expatriate.\n\
                Nair said she had called other schools.\n\
                Another mother, a British national who asked not to be named, said families \
                felt trapped. \u{201c}I cannot move him,\u{201d} she said.";
    assert_eq!(
        speakers(text),
        vec![
            pair("We were told by email,", Some("Priya Nair")),
            pair("I cannot move him,", Some("mother")),
        ]
    );
}

#[test]
fn a_base_form_after_a_possessive_is_a_noun_no_cue() {
    let text = "Voice star Dana Whitcombe, who plays the lead, shared the director\u{2019}s post \
                with a single line: \u{201c}Let them see it.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![pair("Let them see it.", Some("Dana Whitcombe"))]
    );
}

#[test]
fn a_described_name_opening_its_sentence_before_a_past_tense_is_the_subject() {
    let text = "Voice star Dana Whitcombe shared the director\u{2019}s post with a single line: \
                \u{201c}Let them see it.\u{201d}";
    assert_eq!(
        speakers(text),
        vec![pair("Let them see it.", Some("Dana Whitcombe"))]
    );
}

#[test]
fn words_on_shirts_or_a_slogan_are_no_speech() {
    let text = "Dozens of people spoke at the meeting. Some players wore shirts reading \
                \u{201c}Play Fair.\u{201d} The club\u{2019}s slogan reads \u{201c}Courts for all\u{201d}.";
    assert_eq!(speakers(text), vec![]);
}
