//! French rules added in round 34 (blind34 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn la_cooperative_takes_up_the_cooperative_named_before() {
    let text = "Paul Morin dirige la Coopérative fromagère du Haut Jura, qui regroupe 80 fermes. \
                La coopérative estime que « sans aide, des fermes fermeront ».";
    assert_eq!(
        speakers(text),
        [pair(
            "sans aide, des fermes fermeront",
            Some("Coopérative fromagère du Haut Jura")
        )]
    );
}

#[test]
fn elle_after_a_cooperative_subject_is_the_cooperative() {
    let text = "La Coopérative fromagère des Monts-Jura promet de « payer les éleveurs à temps ». \
                Elle prévient que les prix « ne monteront pas avant longtemps ».";
    assert_eq!(
        speakers(text),
        [
            pair(
                "payer les éleveurs à temps",
                Some("Coopérative fromagère des Monts-Jura")
            ),
            pair(
                "ne monteront pas avant longtemps",
                Some("Coopérative fromagère des Monts-Jura")
            ),
        ]
    );
}

#[test]
fn selon_elle_then_a_body_leaves_elle_to_the_speaker() {
    let text = "La Fédération des vergers de la Vallée a mené un relevé. « Les pertes varient \
                beaucoup », d’expliquer sa directrice générale, Anne Roy. Selon elle, la \
                fédération pourrait ne pas honorer ses contrats. « On va leur dire la vérité, \
                a-t-elle ajouté. Mieux vaut perdre un peu. »";
    assert_eq!(
        speakers(text),
        [
            pair("Les pertes varient beaucoup", Some("Anne Roy")),
            pair("On va leur dire la vérité", Some("Anne Roy")),
            pair("Mieux vaut perdre un peu.", Some("Anne Roy")),
        ]
    );
}

#[test]
fn an_outlet_in_a_relative_aside_is_not_the_bare_body() {
    let text = "Dans un courriel, que Le Parisien a pu consulter, la préfecture écrit que « les \
                contrats sont maintenus ».";
    assert_eq!(
        speakers(text),
        [pair("les contrats sont maintenus", Some("préfecture"))]
    );
}

#[test]
fn a_direction_with_a_plural_complement_is_a_department() {
    let text = "Le groupe Valmorel rachète un atelier. Dans un courriel, la direction des \
                ressources humaines écrit que « les contrats sont maintenus ».";
    assert_eq!(
        speakers(text),
        [pair(
            "les contrats sont maintenus",
            Some("direction des ressources humaines")
        ),]
    );
}

#[test]
fn a_person_apposed_after_a_body_in_the_role_complement_is_the_speaker() {
    let text = "« Il parle de règles, mais les règles existent », a réagi la présidente de \
                l’association Sentiers libres, Anne Roy. « Nous irons au bout », prévient le \
                président du collectif Terre Vive, Paul Marnier.";
    assert_eq!(
        speakers(text),
        [
            pair(
                "Il parle de règles, mais les règles existent",
                Some("Anne Roy")
            ),
            pair("Nous irons au bout", Some("Paul Marnier")),
        ]
    );
}

#[test]
fn selon_lui_after_an_unnamed_broker_is_the_broker() {
    let text = "« Personne ne sait », confie son gérant, Paul Marnier. Un courtier en fibres, qui \
                préfère rester anonyme, se montre plus optimiste : selon lui, les acheteurs « \
                reviendront au printemps ».";
    assert_eq!(
        speakers(text),
        [
            pair("Personne ne sait", Some("Paul Marnier")),
            pair("reviendront au printemps", Some("courtier")),
        ]
    );
}
