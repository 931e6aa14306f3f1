//! French attribution rules added in round 24 (blind24 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn words_read_in_a_relative_on_a_sign_are_no_speech() {
    let text = "Devant la mairie, des centaines d’habitants agitaient des banderoles sur \
                lesquelles on pouvait lire « Rendez-nous le train » ou encore « Pas sans \
                nous ». Le maire a répondu : « Nous les recevrons lundi. »";
    assert_eq!(
        speakers(text)
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>(),
        ["Nous les recevrons lundi."]
    );
}

#[test]
fn a_narrative_infinitive_after_de_opens_an_incise() {
    // `mairesse`, the Canadian feminine of `maire`, is a role that takes an apposed name.
    let text = "« Le pont doit rouvrir avant l’été », de dire la mairesse de Val-Comeau, \
                Hélène Vasseur. « Nous suivons le dossier », d’ajouter le maire.";
    assert_eq!(
        speakers(text),
        [
            pair("Le pont doit rouvrir avant l’été", Some("Hélène Vasseur")),
            pair("Nous suivons le dossier", Some("maire")),
        ]
    );
}
