//! French misses left from rounds 43-44, on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn marks_read_by_on_give_a_sign_no_speech() {
    let text = "Ils étaient une vingtaine devant la gare de Molvent, pancartes à la main. Sur \
                la première, on pouvait lire « Rendez-nous nos guichets ». « On nous oublie », \
                résume Hélène Barrois, retraitée.";
    assert_eq!(
        speakers(text),
        [pair("On nous oublie", Some("Hélène Barrois"))]
    );
}

#[test]
fn marks_after_a_colon_on_a_banner_give_its_text() {
    let text = "Devant la scierie de Vaulmont, les ouvriers ont tendu une banderole entre deux \
                platanes : « Pas de bois, pas d'emplois ». Marc Tessier, délégué syndical, \
                prévient : « Nous resterons ici jusqu'à lundi. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Nous resterons ici jusqu'à lundi.",
            Some("Marc Tessier")
        )]
    );
}

#[test]
fn a_question_on_a_banner_addressed_to_someone_is_no_speech() {
    let text = "Avant le match, les supporters ont déployé une banderole adressée à \
                l'entraîneur, Paul Lemarchand : « Lemarchand, où est le jeu ? » Elle est restée \
                en tribune toute la soirée.";
    assert_eq!(speakers(text), []);
}

#[test]
fn a_speaker_holding_a_sign_still_speaks_after_a_colon() {
    let text = "Une pancarte à la main, l'infirmière Carole Vidal a lancé : « Nous ne lâcherons \
                rien. »";
    assert_eq!(
        speakers(text),
        [pair("Nous ne lâcherons rien.", Some("Carole Vidal"))]
    );
}
