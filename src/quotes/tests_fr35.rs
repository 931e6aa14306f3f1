//! French rules added in round 35 (blind35 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_role_before_its_bodys_initials_keeps_the_name_apposed_to_it() {
    let text = "« Nous payons tout », s’indigne Jean Dupont, chauffeur depuis 22 ans.\n\
                Le secrétaire général du Syndicat national des professionnels de la pêche \
                (SNPP), Driss Alami, exige l’interdiction. « Nous avons saisi les autorités, \
                explique-t-il. Rien ne vient. »";
    assert_eq!(
        speakers(text),
        [
            pair("Nous payons tout", Some("Jean Dupont")),
            pair("Nous avons saisi les autorités", Some("Driss Alami")),
            pair("Rien ne vient.", Some("Driss Alami")),
        ]
    );
}

#[test]
fn the_place_after_a_short_name_ends_the_long_name() {
    let text = "La direction régionale des affaires culturelles (Drac) de Normandie impose un \
                contrôle. Dans son rapport, elle juge l’état « fragile mais stable ».";
    assert_eq!(
        speakers(text),
        [pair(
            "fragile mais stable",
            Some("direction régionale des affaires culturelles de Normandie")
        )]
    );
}

#[test]
fn initials_then_a_name_after_an_article_name_one_club() {
    let text = "Le RC Vallon-Nord a publié un communiqué dimanche soir. Le club y dénonce \
                « un geste inqualifiable ».";
    assert_eq!(
        speakers(text),
        [pair("un geste inqualifiable", Some("RC Vallon-Nord"))]
    );
}

#[test]
fn il_after_a_group_named_with_its_short_name_is_the_group() {
    let text = "« Rien ne va », explique Paul Morin, planteur. « On perd tout », poursuit-il.\n\
                Le groupe Sucrerie du Nord rural (SNR), propriétaire de l'usine, a réagi par \
                communiqué. Il estime que le blocage met « en péril la filière ».";
    assert_eq!(
        speakers(text),
        [
            pair("Rien ne va", Some("Paul Morin")),
            pair("On perd tout", Some("Paul Morin")),
            pair("en péril la filière", Some("Sucrerie du Nord rural")),
        ]
    );
}

#[test]
fn un_jeune_before_a_noun_only_qualifies_it() {
    let text = "« On ira bloquer le port », prévient un jeune pêcheur de Saint-Malo.";
    assert_eq!(
        speakers(text),
        [pair("On ira bloquer le port", Some("jeune pêcheur"))]
    );
    let text = "Dans le car, un jeune laborantin résumait l'ambiance : « On nous retire le bus. »";
    assert_eq!(
        speakers(text),
        [pair("On nous retire le bus.", Some("jeune laborantin"))]
    );
}

#[test]
fn le_jeune_attaquant_takes_up_the_young_one() {
    let text = "Théo Marin, 19 ans, a marqué son premier but. « J'ai fermé les yeux », a confié \
                le jeune attaquant.";
    assert_eq!(
        speakers(text),
        [pair("J'ai fermé les yeux", Some("Théo Marin"))]
    );
}

#[test]
fn a_given_name_ending_like_a_participle_opens_a_name() {
    let text = "Sur le quai, l'ambiance reste calme. Josée Martin, 61 ans, répare les filets \
                depuis l'enfance : « Mon père disait que la mer, c'est la vie. Il avait raison. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Mon père disait que la mer, c'est la vie. Il avait raison.",
            Some("Josée Martin")
        )]
    );
}
