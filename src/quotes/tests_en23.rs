//! English attribution rules added in round 23 (blind23 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_capitalised_modifier_opening_the_sentence_describes_the_name_after_it() {
    let text = "Garden tools wholesaler Veltrop Handel said demand had \u{201c}simply \
                collapsed.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("simply collapsed.", Some("Veltrop Handel"))]
    );
}

#[test]
fn a_german_legal_suffix_ends_a_company_name() {
    let text = "Pump wholesaler Tollund AG said on Tuesday it would close its plant. \
                \u{201c}We looked at every option,\u{201d} the company said.";
    assert_eq!(
        speakers(text),
        [pair("We looked at every option,", Some("Tollund AG"))]
    );
}

#[test]
fn a_connector_after_a_trailing_cue_opens_the_reported_clause() {
    let text = "One insider described the talks as \u{201c}bitter from the outset,\u{201d} \
                adding that Moreau-Lind had walked out twice.";
    assert_eq!(
        speakers(text),
        [pair("bitter from the outset,", Some("insider"))]
    );
}

#[test]
fn an_indefinite_role_after_an_opening_adverbial_is_somebody_new() {
    let text = "The bureau's director, Joan Petrakis, approved the plan. In one instance, a \
                regional director told a clerk that the flight was \u{201c}strictly \
                business.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("strictly business.", Some("regional director"))]
    );
}

#[test]
fn an_intertitle_quote_is_spoken_by_the_section_under_it() {
    let text = "Depot workers fear for their jobs\n\n\
                Mayor Frank Olde said the city would \u{201c}do what it can.\u{201d}\n\n\
                \u{2018}We kept it alive\u{2019}\n\n\
                Marta Olsen, 61, has driven buses from the depot for 30 years. She told \
                reporters:\n\n\
                \u{201c}My mother drove here too.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("do what it can.", Some("Frank Olde")),
            pair("We kept it alive", Some("Marta Olsen")),
            pair("My mother drove here too.", Some("Marta Olsen")),
        ]
    );
}

#[test]
fn a_plural_role_opening_a_body_name_makes_no_person() {
    let text = "Tamsin Lark, the founder of the advocacy group Nurses United for Safe Wards, \
                wrote that the cuts were \u{201c}reckless\u{201d}. \u{201c}Wards are full \
                every night,\u{201d} she wrote.";
    assert_eq!(
        speakers(text),
        [
            pair("reckless", Some("Tamsin Lark")),
            pair("Wards are full every night,", Some("Tamsin Lark")),
        ]
    );
}

#[test]
fn a_lone_surname_possessor_is_the_person_a_pronoun_takes_up() {
    let text = "Mary Vega has left the opera. According to one person close to the company, \
                rehearsals had stalled.\n\n\
                The opera is Vega\u{2019}s third production after her debut, which she called \
                \u{201c}a fever dream in four acts.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("a fever dream in four acts.", Some("Mary Vega"))]
    );
}

#[test]
fn a_person_placed_by_a_body_after_a_preposition_is_the_subject() {
    let text = "Soil scientist Marit Oldaker of the Coastal Institute for Land Studies said \
                the fields were \u{201c}beyond saving\u{201d}.";
    assert_eq!(
        speakers(text),
        [pair("beyond saving", Some("Marit Oldaker"))]
    );
}

#[test]
fn a_company_name_without_its_body_noun_is_the_company() {
    let text = "Residents oppose the plan by Maple Crest Holdings, which was filed in May.\n\n\
                Maple Crest said in a reply that the depot would \u{201c}create local \
                jobs\u{201d}.";
    assert_eq!(
        speakers(text),
        [pair("create local jobs", Some("Maple Crest Holdings"))]
    );
}

#[test]
fn an_s_form_after_a_determiner_and_before_an_auxiliary_is_a_plural_noun() {
    let text = "The Harbour Traders Guild welcomed the vote. In a statement, the guild said \
                the old rules had \u{201c}cost members a fortune\u{201d}.";
    assert_eq!(
        speakers(text),
        [pair(
            "cost members a fortune",
            Some("Harbour Traders Guild")
        )]
    );
}

#[test]
fn an_initial_with_its_period_opens_a_name() {
    let text = "Ravi Menon said the fair would go ahead. The keeper of 30 years, \
                K. Pillaiyar, said the horse was calm. \u{201c}She trusts me,\u{201d} he said.";
    assert_eq!(
        speakers(text),
        [pair("She trusts me,", Some("K. Pillaiyar"))]
    );
}

#[test]
fn a_role_apposed_after_a_name_and_its_age_is_that_person() {
    let text = "Dr Lina Farsi said the archive was \u{201c}a race against time\u{201d}.\n\n\
                Mr Haddad\u{2019}s nephew, Omar Haddad, 31, a teacher who helped transcribe the \
                tapes, sat beside him.\n\n\
                \u{201c}I heard these stories as a boy,\u{201d} he said.";
    assert_eq!(
        speakers(text),
        [
            pair("a race against time", Some("Lina Farsi")),
            pair("I heard these stories as a boy,", Some("Omar Haddad")),
        ]
    );
}
