//! French attribution rules for bodies added in round 18 (blind17/18 misses), on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn an_article_after_a_complement_opens_the_inverted_subject() {
    let text = "« Le port restera fermé », a indiqué dans un communiqué la préfecture de la \
                Sarthe.";
    assert_eq!(
        speakers(text),
        [pair(
            "Le port restera fermé",
            Some("préfecture de la Sarthe")
        )]
    );
}

#[test]
fn a_union_is_named_in_full() {
    let text = "L’Union des artisans boulangers de l’Ain (UABA) dénonce « une hausse brutale ».";
    assert_eq!(
        speakers(text),
        [pair(
            "une hausse brutale",
            Some("Union des artisans boulangers de l’Ain")
        )]
    );
}

#[test]
fn a_lone_institution_noun_takes_up_the_body_it_opens() {
    let text = "La Ligue de tennis de Bourgogne, organisatrice du tournoi, a ouvert une \
                enquête. « Rien n’est décidé », a indiqué la Ligue.";
    assert_eq!(
        speakers(text),
        [pair(
            "Rien n’est décidé",
            Some("Ligue de tennis de Bourgogne")
        )]
    );
}

#[test]
fn the_local_authority_is_the_council_named_before() {
    let text = "Le conseil régional de Bretagne, qui finance le projet, a été alerté. « Nous \
                suspendrons les versements », fait savoir la collectivité.";
    assert_eq!(
        speakers(text),
        [pair(
            "Nous suspendrons les versements",
            Some("conseil régional de Bretagne")
        )]
    );
}

#[test]
fn a_feminine_participle_after_a_noun_is_no_verb() {
    let text = "Le ministère des Sports, sollicité, indique dans une réponse écrite que le \
                calendrier sera « revu en juin ».";
    assert_eq!(
        speakers(text),
        [pair("revu en juin", Some("ministère des Sports"))]
    );
}

#[test]
fn a_possessive_aside_between_auxiliary_and_participle_is_no_subject() {
    let text = "Le maire, Paul Girard, a de son côté qualifié la décision d’« absurde ».";
    assert_eq!(speakers(text), [pair("absurde", Some("Paul Girard"))]);
}

#[test]
fn a_short_name_stands_for_the_institution_phrase_before_it() {
    let text = "Selon les services régionaux de l’Agriculture (SRAL), la récolte est « en \
                recul ». Dans une note, le SRAL évoque « une année noire ».";
    assert_eq!(
        speakers(text),
        [
            pair("en recul", Some("services régionaux de l’Agriculture")),
            pair(
                "une année noire",
                Some("services régionaux de l’Agriculture")
            ),
        ]
    );
}

#[test]
fn a_brand_speaks_as_the_company_named_before() {
    let text = "Une artisane accuse la marque Velora de copie. « Nos modèles sont originaux », \
                écrit la marque.";
    assert_eq!(
        speakers(text),
        [pair("Nos modèles sont originaux", Some("Velora"))]
    );
}

#[test]
fn a_demonstrative_takes_up_the_body_named_last() {
    let text = "Les riverains réclament l’intervention de la mairie de quartier. Celle-ci se \
                dit « prête à discuter ».";
    assert_eq!(
        speakers(text),
        [pair("prête à discuter", Some("mairie de quartier"))]
    );
}

#[test]
fn the_object_of_a_closing_verb_is_no_speaker() {
    let text = "Le maire, Jean Roux, conteste les chiffres. « Ils oublient les nouveaux \
                habitants. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Ils oublient les nouveaux habitants.",
            Some("Jean Roux")
        )]
    );
}

#[test]
fn a_document_in_a_relative_speaks_for_the_clause_subject() {
    let text = "Le conseil départemental de l’Aude a justifié la fermeture par un arrêté qui \
                évoque « un danger grave ».";
    assert_eq!(
        speakers(text),
        [pair(
            "un danger grave",
            Some("conseil départemental de l’Aude")
        )]
    );
}

#[test]
fn a_document_with_no_author_speaks_for_nobody() {
    let text = "La fusion des deux agences est prévue en janvier. Un rapport publié en mars \
                pointait « des doublons coûteux ».";
    assert_eq!(speakers(text), [pair("des doublons coûteux", None)]);
}

#[test]
fn a_thing_in_a_reported_clause_gives_way_to_the_reporter() {
    let text = "Du côté de la préfecture de l’Aude, on rappelle que les règles relèvent « du \
                cas par cas ».";
    assert_eq!(
        speakers(text),
        [pair("du cas par cas", Some("préfecture de l’Aude"))]
    );
}

#[test]
fn a_generic_body_phrase_is_the_body_quoted_before() {
    let text = "Du côté de la préfecture de l’Aude, on rappelle que les règles relèvent « du \
                cas par cas ». « Aucune obligation nationale n’existe », précisent les services \
                de l’État.";
    assert_eq!(
        speakers(text),
        [
            pair("du cas par cas", Some("préfecture de l’Aude")),
            pair(
                "Aucune obligation nationale n’existe",
                Some("préfecture de l’Aude")
            ),
        ]
    );
}
