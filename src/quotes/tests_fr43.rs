//! French rules added in session 22 (misses of round 43), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn an_imperfect_of_a_cer_verb_keeps_its_cedilla() {
    let text = "Le Syndicat des eaux du Morvan (SEM) gère le réseau. Dans un communiqué, le SEM \
                invitait les usagers « à la prudence » et annonçait « un contrôle par quartier ».";
    assert_eq!(
        speakers(text),
        [
            pair("à la prudence", Some("Syndicat des eaux du Morvan")),
            pair(
                "un contrôle par quartier",
                Some("Syndicat des eaux du Morvan")
            ),
        ]
    );
}

#[test]
fn restating_and_mocking_verbs_are_cues() {
    let text = "« Moderniser, ça veut dire fermer », traduit Mme Perrin.\n\n« Bientôt on paiera \
                l’air qu’on respire », se moque une passante.";
    assert_eq!(
        speakers(text),
        [
            pair("Moderniser, ça veut dire fermer", Some("Perrin")),
            pair("Bientôt on paiera l’air qu’on respire", Some("passante")),
        ]
    );
}

#[test]
fn a_document_noun_may_take_one_adjective_after_it() {
    let text = "Les infirmières de l’hôpital, qui avaient signé en mai une lettre ouverte \
                dénonçant un « manque de moyens », attendent la réponse de l’agence.";
    assert_eq!(
        speakers(text),
        [pair("manque de moyens", Some("infirmières"))]
    );
}

#[test]
fn a_document_with_an_author_complement_speaks_for_that_author() {
    let text = "La mairie a pris acte d’un rapport du cabinet d’expertise Géostrat jugeant les \
                fondations « hors d’usage ».";
    assert_eq!(speakers(text), [pair("hors d’usage", Some("Géostrat"))]);
}

#[test]
fn a_person_noun_before_a_relative_clause_is_the_subject() {
    let text = "Un boulanger qui fournit la cantine de l’école chaque matin se dit « inquiet ».";
    assert_eq!(speakers(text), [pair("inquiet", Some("boulanger"))]);
}

#[test]
fn a_document_ordered_from_a_firm_speaks_for_it_past_its_title() {
    let text = "Selon l’étude « Horizon Bocage », commandée par le département au bureau \
                Terralys Conseil, les haies reculent de 2 % par an. Le document évoque « un \
                déclin rapide des bocages ».";
    assert_eq!(
        speakers(text),
        [pair(
            "un déclin rapide des bocages",
            Some("Terralys Conseil")
        )]
    );
}
