//! French rules added in round 29 (blind29 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_name_without_its_last_family_name_is_the_full_name() {
    let text = "Le procès de Paulo Mendes Araujo s’est ouvert lundi. « Je n’ai rien pris », \
                a répondu Paulo Mendes. « Je le répète », a ajouté Mendes.";
    assert_eq!(
        speakers(text),
        [
            pair("Je n’ai rien pris", Some("Paulo Mendes Araujo")),
            pair("Je le répète", Some("Paulo Mendes Araujo")),
        ]
    );
}

#[test]
fn articles_after_links_do_not_count_against_a_body_name() {
    let text = "Dans une note, l’agence régionale de la Loire et de la vallée du Cher \
                invoque « un manque de moyens ».";
    assert_eq!(
        speakers(text),
        [pair(
            "un manque de moyens",
            Some("agence régionale de la Loire et de la vallée du Cher")
        )]
    );
}

#[test]
fn an_inverted_cue_before_a_later_quotation_of_the_sentence_is_its_cue() {
    let text = "« Tout va bien », précise Anne Colin, porte-parole du Syndicat du Nord. \
                Le syndicat dit suivre « avec attention » un dossier qui oppose, \
                rappelle-t-elle, « un patron à ses salariés ».";
    let found = speakers(text);
    assert_eq!(
        found[2],
        pair("un patron à ses salariés", Some("Anne Colin"))
    );
}

#[test]
fn a_bare_institution_noun_takes_up_a_body_whose_name_holds_it_capitalised() {
    let text = "Les ferries sont à quai, selon le Grand Port de Kerlan (GPK). \
                Les marins protestent.\n\
                Le trafic a baissé de moitié.\n\
                Les taxis attendent.\n\
                Les hôtels sont vides.\n\
                Le port se dit « ouvert au dialogue ».";
    assert_eq!(
        speakers(text),
        [pair("ouvert au dialogue", Some("Grand Port de Kerlan"))]
    );
}
