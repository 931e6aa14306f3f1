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
