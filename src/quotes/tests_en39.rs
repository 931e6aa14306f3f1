//! Blind round 39 (English): names given by a group or after `known … as`, a body's name
//! apposed to a role's complement, a figure's comma inside a relative clause.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn a_name_after_known_as_is_no_quotation() {
    let text = "One farmhouse on Tarrow Lane is known up and down the valley as \u{201c}the Hen \
                House.\u{201d} The old mill, known on the estate as \u{201c}the Grey Tower\u{201d}, \
                is for sale.";
    assert!(speakers_in(text, Lang::En).is_empty());
}

#[test]
fn a_name_a_group_calls_a_thing_is_no_quotation() {
    let text = "Anglers call the breakwater \u{201c}the Long Arm\u{201d}, and many came to \
                the meeting. Tenants have already taken to calling it \u{201c}the dial-a-van\u{201d}.";
    assert!(speakers_in(text, Lang::En).is_empty());
}

#[test]
fn a_plain_phrase_a_group_calls_a_thing_is_still_a_quotation() {
    let text = "Critics call the bypass \u{201c}the worst deal\u{201d} in years.";
    let quotes: Vec<String> = speakers_in(text, Lang::En)
        .into_iter()
        .map(|(q, _)| q)
        .collect();
    assert_eq!(quotes, vec!["the worst deal".to_string()]);
}

#[test]
fn a_name_after_a_naming_verb_may_end_on_the_sentence_period() {
    let text = "Drivers refused the jobs, a tactic they have dubbed \u{201c}wheel strike.\u{201d}";
    assert!(speakers_in(text, Lang::En).is_empty());
}

#[test]
fn a_name_apposed_to_the_complement_of_a_role_is_not_the_speaker() {
    let text = "Maura Teague, secretary of the village co-operative, Comhar Dhún Lir, said \
                families felt \u{201c}cut off\u{201d}.\n\u{201c}The boat is all we have,\u{201d} \
                she said.";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("cut off", Some("Maura Teague")),
            pair("The boat is all we have,", Some("Maura Teague")),
        ]
    );
}

#[test]
fn a_figure_with_a_comma_in_a_relative_clause_keeps_the_subject() {
    let text = "The Northern Drivers Guild, which says it speaks for about 4,500 cabbies, \
                called the rule \u{201c}unworkable\u{201d}.";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("unworkable", Some("Northern Drivers Guild"))]
    );
}

#[test]
fn a_pronoun_skips_a_name_apposed_to_a_role_complement() {
    let text = "Aoibhe Ní Dhuinn, manager of the island co-operative, Comhar Dhún Lir, said \
                families felt \u{201c}cut off\u{201d}.\n\u{201c}The boat is all we have,\u{201d} \
                she said.";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("cut off", Some("Aoibhe Ní Dhuinn")),
            pair("The boat is all we have,", Some("Aoibhe Ní Dhuinn")),
        ]
    );
}

#[test]
fn a_name_after_its_nickname_noun_is_no_quotation() {
    let text = "The cottages earned the lane its nickname \"the Painted Row\", and tourists \
                come to see them.";
    assert!(speakers_in(text, Lang::En).is_empty());
}
