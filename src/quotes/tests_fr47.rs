//! French rules added in session 24 (misses of round 47), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_capitalised_particle_after_a_title_opens_the_surname() {
    let text = "La conseillère chargée du port, Maëlle Le Goff, a présenté le plan. \
                « Le quai sera rénové », a-t-elle promis.\n\n\
                « Nous écoutons les pêcheurs », a ajouté Mme Le Goff jeudi.";
    assert_eq!(
        speakers(text)[1],
        pair("Nous écoutons les pêcheurs", Some("Maëlle Le Goff"))
    );
}

#[test]
fn a_capitalised_role_after_a_title_is_no_surname() {
    let text = "« Le quai sera rénové », a répondu M. Le Maire de Lorient.";
    assert_ne!(speakers(text)[0].1.as_deref(), Some("Le Maire de Lorient"));
}

#[test]
fn a_capitalised_name_in_marks_after_groupe_names_the_group() {
    let text = "Sur les réseaux, le groupe « Rouler à Dinan » a partagé des photos. \
                Jeanne Morvan lui a lancé le groupe Facebook « Sauvons nos piscines », qui \
                compte 300 membres.";
    assert!(speakers(text).is_empty());
}

#[test]
fn a_works_speaks_for_its_firm_after_the_verb() {
    let text = "« Nous respectons la loi », nous a répondu la raffinerie par courriel, tout en \
                promettant « un geste ».";
    assert_eq!(
        speakers(text),
        [
            pair("Nous respectons la loi", Some("raffinerie")),
            pair("un geste", Some("raffinerie")),
        ]
    );
}

#[test]
fn a_capitalised_place_after_its_article_goes_on_with_a_body_name() {
    let text = "La Fromagerie de l'Ouest normand assure que « les prix tiendront ».";
    assert_eq!(
        speakers(text),
        [pair(
            "les prix tiendront",
            Some("Fromagerie de l'Ouest normand")
        )]
    );
}
