//! French rules added in session 23 (misses of round 45), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_dated_order_keeps_its_issuer_apart_from_the_date() {
    let text = "Les fontaines du bourg sont fermées. Un arrêté de la préfecture du Cantal du \
                3 mai classe par ailleurs le canton en « alerte renforcée » et proscrit « le \
                lavage des véhicules hors des stations » jusqu'en octobre.";
    assert_eq!(
        speakers(text),
        [
            pair("alerte renforcée", Some("préfecture du Cantal")),
            pair(
                "le lavage des véhicules hors des stations",
                Some("préfecture du Cantal")
            ),
        ]
    );
}

#[test]
fn the_club_takes_up_the_sports_association_named_before() {
    let text = "Depuis septembre, les 240 adhérents de l'Union sportive de Brémont-la-Forêt \
                (USBF) jouent sur un terrain gelé. La commune refuse de chauffer les vestiaires.\n\n\
                « Nos gamins se changent dehors », déplore Luc Arnaud, président depuis 2019.\n\n\
                Dans un message publié sur son site, le club affirme que « l'avenir de l'école \
                de foot est menacé ».";
    assert_eq!(
        speakers(text),
        [
            pair("Nos gamins se changent dehors", Some("Luc Arnaud")),
            pair(
                "l'avenir de l'école de foot est menacé",
                Some("Union sportive de Brémont-la-Forêt")
            ),
        ]
    );
}

#[test]
fn a_study_named_paragraphs_before_speaks_for_its_author() {
    let text = "Un tiers des lignes de car ont fermé, selon une étude présentée lundi par \
                l'Institut des mobilités rurales.\n\n\
                L'étude de l'Institut décrit un « recul continu » de l'offre. Ses auteurs \
                constatent que les usagers se tournent vers une « voiture contrainte ».\n\n\
                « Sans car, pas d'emploi », résume la géographe Anne Poulain.\n\n\
                « Le car du marché, c'était notre sortie », raconte une retraitée.\n\n\
                L'étude préconise aussi un « service de transport à la demande » dans chaque \
                canton.";
    assert_eq!(
        speakers(text),
        [
            pair("recul continu", Some("Institut des mobilités rurales")),
            pair("voiture contrainte", Some("Institut des mobilités rurales")),
            pair("Sans car, pas d'emploi", Some("Anne Poulain")),
            pair("Le car du marché, c'était notre sortie", Some("retraitée")),
            pair(
                "service de transport à la demande",
                Some("Institut des mobilités rurales")
            ),
        ]
    );
}

#[test]
fn a_role_in_the_headline_is_the_one_named_with_it_below() {
    let text = "Saint-Pierre : les liaisons aériennes « à bout de souffle », alerte un député\n\n\
                Par la rédaction | 4 février 2026\n\n\
                Le député de Saint-Pierre-et-Miquelon, Marc Leborgne, a écrit au ministre des \
                Transports. « Trois vols sur quatre partent en retard », écrit-il.";
    assert_eq!(
        speakers(text),
        [
            pair("à bout de souffle", Some("Marc Leborgne")),
            pair(
                "Trois vols sur quatre partent en retard",
                Some("Marc Leborgne")
            ),
        ]
    );
}

#[test]
fn a_name_given_by_an_object_relative_is_no_quotation() {
    let text = "Près de la digue que les pêcheurs du coin appellent « la Baignoire », l'eau \
                monte vite. « On a vu la vague arriver », raconte Marc Olier.";
    assert_eq!(
        speakers(text),
        [pair("On a vu la vague arriver", Some("Marc Olier"))]
    );
}

#[test]
fn a_phrase_glossed_by_a_bare_term_noun_is_no_quotation() {
    let text = "L'étude décrit la montée du « travail en miettes », terme employé par les \
                sociologues pour les contrats très courts. « Je cumule quatre employeurs », \
                témoigne Lina Ferraz.";
    assert_eq!(
        speakers(text),
        [pair("Je cumule quatre employeurs", Some("Lina Ferraz"))]
    );
}
