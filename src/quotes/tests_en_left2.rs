//! Leftover English misses of rounds 41-42, as general rules in invented sentences.

use super::test_support::{english_speaker_of as speaker_of, pair, speakers_in};
use crate::Lang;

#[test]
fn a_name_a_group_knows_a_thing_by_is_no_quotation() {
    let text =
        "The lane past the old mill, which most cyclists know as \u{201c}the Corkscrew\u{201d}, \
                will close in June.";
    assert!(speakers_in(text, Lang::En).is_empty());
}

#[test]
fn a_lone_word_ending_a_place_name_and_opening_a_persons_name_is_the_person() {
    let text = "Residents of Kampung Dorin in Ulu Baram are asking when the road will be \
                finished.\nVillage head Dorin Aping, 61, said the village still relied on \
                boats.\nDorin said the workers left the site in May.\n\u{201c}When the river \
                is low, the boat cannot pass,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "When the river is low").as_deref(),
        Some("Dorin Aping")
    );
    // (A capitalised word the name opens with, a title the lexicon does not know.)
    let text = "Residents of Kampung Dorin in Ulu Baram are asking when the road will be \
                finished.\nHeadman Dorin Aping, 61, said the village still relied on boats.\n\
                Dorin said the workers left the site in May.\n\u{201c}When the river is low, \
                the boat cannot pass,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "When the river is low").as_deref(),
        Some("Headman Dorin Aping")
    );
}

#[test]
fn fishers_are_a_role_that_speaks() {
    let text = "\u{2018}It won't last the winter,\u{2019} fishers warn of sagging pier\n\nBy Ann \
                Other\n\nThe pier is old.";
    assert_eq!(
        speaker_of(text, "It won't last the winter,").as_deref(),
        Some("fishers")
    );
}

#[test]
fn a_role_after_an_absolute_with_speaks_with_its_participle() {
    let text = "Tenants have protested against the new permit fees, with one resident calling the \
                scheme \u{201c}a tax on a hobby\u{201d}.";
    assert_eq!(
        speakers_in(text, Lang::En),
        [pair("a tax on a hobby", Some("resident"))]
    );
    let text = "Traders reacted with dismay to the parking plan, with the mayor describing it \
                as \u{201c}unworkable\u{201d}.";
    assert_eq!(speaker_of(text, "unworkable").as_deref(), Some("mayor"));
}

#[test]
fn a_place_and_a_title_in_a_headline_is_the_person_named_with_that_title() {
    let text = "Parking charge \u{2018}a tax on shoppers\u{2019}, Dunmore Mayor tells council\n\n\
                By Ann Other\n\nPlans for new parking charges were criticised yesterday.\n\
                During question time, Mayor Colin Petrie asked whether traders had been \
                consulted.\n\u{201c}Nobody asked us,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "a tax on shoppers").as_deref(),
        Some("Colin Petrie")
    );
}

#[test]
fn a_headline_under_a_related_label_is_no_quotation_but_a_sentence_is() {
    let text =
        "The ferry will run twice a day.\nRead more\nIsland traders \u{2018}squeezed\u{2019} \
                by fuel costs, chamber warns\nRelated articles\nHarbour fees to rise in spring";
    assert!(speakers_in(text, Lang::En).is_empty());
    let text = "The ferry will run twice a day.\nRead more\nSkipper Ruth Dane said the timetable \
                was \u{201c}a step forward\u{201d}.";
    assert_eq!(
        speaker_of(text, "a step forward").as_deref(),
        Some("Ruth Dane")
    );
}
