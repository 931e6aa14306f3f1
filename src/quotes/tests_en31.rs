//! Round-31 English attribution cases (blind31 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;
use super::test_support::speakers_in;
use super::*;

#[test]
fn a_company_named_as_a_subject_outweighs_a_group_introduced_before() {
    let text = "The council voted to lease the park to Oru Tama, a volunteer group that \
                planted the trees.\n\
                Corvel Bay Holdings had asked the council to delay the vote. In a letter, the \
                company said the lease would \u{201c}close the beach for a generation\u{201d} \
                and asked for a path.";
    assert_eq!(
        speaker_of(text, "close the beach").as_deref(),
        Some("Corvel Bay Holdings")
    );
}

#[test]
fn a_company_noun_opening_the_sentence_introduces_the_name_set_off_after_it() {
    let text = "A farmer said the trucks belonged to a company with ties to the mayor.\n\
                The company, Dravo Quarry Holdings, did not answer calls. On Monday, the \
                company said it \u{201c}works strictly within the permit\u{201d}.";
    assert_eq!(
        speaker_of(text, "works strictly").as_deref(),
        Some("Dravo Quarry Holdings")
    );
}

#[test]
fn an_abbreviated_co_before_a_legal_suffix_goes_on_with_the_name() {
    let text = "A farmer said the trucks belonged to a company with ties to the mayor.\n\
                The company, Dravo Quarry Co. Ltd., did not answer calls. On Monday, the \
                company said it \u{201c}works strictly within the permit\u{201d}.";
    assert_eq!(
        speaker_of(text, "works strictly").as_deref(),
        Some("Dravo Quarry Co. Ltd")
    );
}

#[test]
fn a_noun_after_an_opening_phrase_does_not_make_the_name_after_it_a_body() {
    let text = "At a checkpoint west of the city, Ilka Varo, 63, sat on a suitcase.\n\
                \u{201c}I am not staying again,\u{201d} she said.";
    assert_eq!(
        speaker_of(text, "I am not staying").as_deref(),
        Some("Ilka Varo")
    );
}

#[test]
fn and_after_a_portfolio_goes_on_with_the_body_name() {
    let text = "Under a rule published by the Ministry of the Interior and Marine Parks, the \
                permits will be drawn by lot.\n\
                Ms Hale replied that the ministry had \u{201c}listened\u{201d} to the divers.\n\
                One diver said he would keep diving. \u{201c}What else can I do?\u{201d} he \
                said.\n\
                The season runs from May.\n\
                A ministry spokeswoman told reporters: \u{201c}The numbers will be reviewed \
                next year.\u{201d}";
    assert_eq!(
        speaker_of(text, "The numbers will be reviewed").as_deref(),
        Some("Ministry of the Interior and Marine Parks")
    );
}

#[test]
fn a_closing_single_mark_after_a_plural_before_a_preposition_closes_the_quote() {
    let text = "A spokesman for the Fell Walkers Trust said the path brought \u{2018}thousands \
                of hikers\u{2019} into the valley each year and that the trust would \
                \u{2018}weigh every offer\u{2019} to help.";
    let quotes: Vec<String> = speakers_in(text, Lang::En)
        .into_iter()
        .map(|(q, _)| q)
        .collect();
    assert_eq!(quotes, ["thousands of hikers", "weigh every offer"]);
}

#[test]
fn a_firm_named_after_a_plural_role_is_the_plural_role_taken_up_later() {
    let text = "The survey, carried out in May by structural engineers Bellcote Marsh \
                Partnership, found two cracked piers. In their report, the engineers warn that \
                the pier is \u{201c}not safe for vehicles\u{201d}.";
    assert_eq!(
        speaker_of(text, "not safe for vehicles").as_deref(),
        Some("Bellcote Marsh Partnership")
    );
}
