//! French misses left from rounds 43-46, on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_body_named_in_full_before_its_initials_is_its_noun_later() {
    let text = "Le syndicat Bois et Papier Ardennes (BPA) conteste le calendrier. Sa secrétaire, \
                Julie Fontaine, dénonce une « consultation expédiée ».\n\nLe syndicat réclame \
                un plan social « à la hauteur ».";
    assert_eq!(
        speakers(text),
        [
            pair("consultation expédiée", Some("Julie Fontaine")),
            pair("à la hauteur", Some("Bois et Papier Ardennes")),
        ]
    );
}

#[test]
fn a_tribe_speaks_as_a_body_by_its_fuller_name() {
    let text = "Les habitants de la tribu de Koné protestent contre la route. Ils sont en \
                colère.\n\nMardi, le conseil a remis une lettre au préfet. Dans cette lettre, la \
                tribu exige « la fin des travaux » et « une route propre ».";
    assert_eq!(
        speakers(text),
        [
            pair("la fin des travaux", Some("tribu de Koné")),
            pair("une route propre", Some("tribu de Koné")),
        ]
    );
}

#[test]
fn an_unlisted_person_noun_before_a_relative_clause_is_the_subject() {
    let text = "Un ramoneur qui dessert les fermes du plateau chaque hiver se dit « débordé ».";
    assert_eq!(speakers(text), [pair("débordé", Some("ramoneur"))]);
}

#[test]
fn a_group_named_after_a_kind_complement_is_its_noun_later() {
    let text = "Le jury a écarté le groupe à tambours Ka Lanmè des concerts. Le groupe \
                conteste.\n\nDimanche, sur sa page, le groupe a publié un message : « Nous \
                jouerons dans la rue ! » Le message a circulé.";
    assert_eq!(
        speakers(text),
        [pair("Nous jouerons dans la rue !", Some("Ka Lanmè"))]
    );
}

#[test]
fn a_ministry_goes_by_the_coordinated_name_given_later() {
    let text = "Le ministère de la Santé parle d'une « grève illégitime ».\n\nLes infirmiers \
                ont manifesté lundi. Le ministère de la Santé et de la Prévention a réagi \
                mardi. Dans un communiqué, il annonce des contrôles « sans délai ».";
    let ministry = Some("ministère de la Santé et de la Prévention");
    assert_eq!(
        speakers(text),
        [
            pair("grève illégitime", ministry),
            pair("sans délai", ministry)
        ]
    );
}

#[test]
fn a_second_subject_with_its_verb_left_out_speaks_its_quotation() {
    let text = "Les pêcheurs parlent d'un « coup de massue », les biologistes d'une « mesure \
                sage ».";
    assert_eq!(
        speakers(text),
        [
            pair("coup de massue", Some("pêcheurs")),
            pair("mesure sage", Some("biologistes")),
        ]
    );
}

#[test]
fn the_lady_is_the_woman_just_named() {
    let text = "« Nous vendons tout », a expliqué Awa Ndiaye, présidente du groupement. La dame, \
                qui vend du poisson depuis vingt ans, estime les pertes à « plus du tiers ».";
    assert_eq!(
        speakers(text),
        [
            pair("Nous vendons tout", Some("Awa Ndiaye")),
            pair("plus du tiers", Some("Awa Ndiaye")),
        ]
    );
}

#[test]
fn a_pronoun_after_a_body_with_an_elided_article_is_that_body() {
    let text = "La présidente de l'Union des cyclistes vaudois (UCV), Anne Perrin, dénonce les \
                tarifs. « C'est trop cher », dit-elle.\n\nL'UCV a adressé une lettre au canton. \
                Elle y demande « une baisse immédiate » des prix.";
    assert_eq!(
        speakers(text),
        [
            pair("C'est trop cher", Some("Anne Perrin")),
            pair("une baisse immédiate", Some("Union des cyclistes vaudois")),
        ]
    );
}
