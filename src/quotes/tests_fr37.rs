//! French rules added in round 37 (blind37 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_small_poster_quotes_no_speaker() {
    let text = "Devant la boulangerie de Lunel, des affichettes « Fermé pour travaux jusqu’au \
                15 mai » ont été collées sur la vitrine.";
    assert!(speakers(text).iter().all(|(_, s)| s.is_none()) || speakers(text).is_empty());
}

#[test]
fn an_epicene_given_name_takes_a_masculine_pronoun() {
    let text = "Le maire de Vierzon, Paul Martineau, évoque « des retards ». Interrogé par nos \
                soins, son premier adjoint, Alix Renaud, se montre confiant. « Le chantier \
                reprendra lundi, a-t-il indiqué. Tout sera prêt en juin. »";
    assert_eq!(
        speakers(text)[1],
        pair("Le chantier reprendra lundi", Some("Alix Renaud"))
    );
}

#[test]
fn a_participle_after_an_apposed_subject_skips_the_verbs_object() {
    let text = "Son conseil, Me Hugo Varenne, a réclamé la relaxe pour son client, estimant que \
                les pièces « ne prouvent rien ». « Le dossier est vide. »";
    assert_eq!(
        speakers(text),
        [
            pair("ne prouvent rien", Some("Hugo Varenne")),
            pair("Le dossier est vide.", Some("Hugo Varenne")),
        ]
    );
}

#[test]
fn a_fronted_role_with_a_premodifier_is_no_name() {
    let text = "Ancienne gérante de la mercerie du bourg, Odile Ferrand y voit un signe. « Quand \
                j’ai baissé le rideau, personne n’y croyait. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Quand j’ai baissé le rideau, personne n’y croyait.",
            Some("Odile Ferrand")
        )]
    );
}

#[test]
fn a_brand_glued_by_an_apostrophe_is_one_name() {
    let text = "Le réseau Bio’Marché Services a fermé deux magasins. Bio’Marché se dit « prêt à \
                rouvrir » à l’automne.";
    assert_eq!(
        speakers(text),
        [pair("prêt à rouvrir", Some("Bio’Marché Services"))]
    );
}

#[test]
fn selon_un_acheteur_names_the_buyer() {
    let text = "Une remise « habituelle », selon une acheteuse d’une chaîne rivale.";
    assert_eq!(speakers(text), [pair("habituelle", Some("acheteuse"))]);
}
