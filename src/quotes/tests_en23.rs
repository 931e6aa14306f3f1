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
