//! French attribution rules added in round 25 (blind24 and earlier misses), on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_bare_noun_after_a_preposition_comes_before_the_inverted_subject() {
    let text = "« Les routes sont coupées depuis lundi », raconte au micro le maire de \
                Valmont, Paul Ardouin.";
    assert_eq!(
        speakers(text),
        [pair(
            "Les routes sont coupées depuis lundi",
            Some("Paul Ardouin")
        )]
    );
}

#[test]
fn an_unlisted_noun_takes_the_name_apposed_to_it_after_the_verb() {
    // `batelier` is in no list of roles and has no ending of a person's noun.
    let text = "« Les routes sont coupées depuis lundi », raconte le batelier de Valmont, \
                Paul Ardouin.";
    assert_eq!(
        speakers(text),
        [pair(
            "Les routes sont coupées depuis lundi",
            Some("Paul Ardouin")
        )]
    );
}

#[test]
fn a_pronoun_takes_up_the_unnamed_speaker_of_its_paragraph() {
    // `docker` is no listed role: only the quotation before makes it a speaker.
    let text = "Le directeur du port, Marc Morvan, a confirmé la fermeture. « Le quai \
                rouvrira en juin », a-t-il assuré.\nUn docker du terminal, qui a requis \
                l’anonymat, affirme que la grue était « hors d’usage ». « On l’avait dit \
                cent fois », lâche-t-il.";
    assert_eq!(
        speakers(text),
        [
            pair("Le quai rouvrira en juin", Some("Marc Morvan")),
            pair("hors d’usage", Some("docker")),
            pair("On l’avait dit cent fois", Some("docker")),
        ]
    );
}

#[test]
fn a_body_after_an_opening_adverbial_is_the_subject_a_generic_noun_takes_up() {
    let text = "Dans un courriel envoyé mardi, la Fédération des randonneurs explique que le \
                sentier est « trop dangereux ». « Nous attendons l’avis des géologues », \
                ajoute l’organisme.";
    assert_eq!(
        speakers(text),
        [
            pair("trop dangereux", Some("Fédération des randonneurs")),
            pair(
                "Nous attendons l’avis des géologues",
                Some("Fédération des randonneurs")
            ),
        ]
    );
}

#[test]
fn a_body_the_speaker_owns_in_a_reported_clause_gives_way_to_the_speaker() {
    let text = "La présidente du club, Anne Giraud, affirme que son association demande un \
                nouveau gymnase « depuis au moins dix ans ».";
    assert_eq!(
        speakers(text),
        [pair("depuis au moins dix ans", Some("Anne Giraud"))]
    );
}

#[test]
fn a_labelled_intertitle_takes_the_speaker_of_the_quotation_opening_with_its_words() {
    let text = "La mairie a fermé la piscine lundi pour des travaux urgents.\nRéouverture : « pas \
                avant la rentrée »\nUn agent du service des sports, croisé devant l’entrée, \
                prévient : « Pas avant la rentrée. La pompe est cassée et la pièce n’arrive \
                qu’en août. »";
    assert_eq!(
        speakers(text),
        [
            pair("pas avant la rentrée", Some("agent")),
            pair(
                "Pas avant la rentrée. La pompe est cassée et la pièce n’arrive qu’en août.",
                Some("agent")
            ),
        ]
    );
}

#[test]
fn a_role_of_two_words_keeps_both() {
    let text = "« La réforme passera avant l’été », glisse une conseillère ministérielle, qui \
                a requis l’anonymat.";
    assert_eq!(
        speakers(text),
        [pair(
            "La réforme passera avant l’été",
            Some("conseillère ministérielle")
        )]
    );
}

#[test]
fn a_regional_word_for_the_mayor_is_a_role_a_later_description_takes_up() {
    let text = "« La digue tiendra », assure le bourgmestre de Hamoir, Luc Devaux.\n« Les \
                pompes tournent jour et nuit », indique le directeur du service, Marc Lenoir.\n\
                Le bourgmestre, lui, réclame une aide de la Région. « Nous ne pouvons pas \
                payer seuls », tranche-t-il.";
    assert_eq!(
        speakers(text),
        [
            pair("La digue tiendra", Some("Luc Devaux")),
            pair("Les pompes tournent jour et nuit", Some("Marc Lenoir")),
            pair("Nous ne pouvons pas payer seuls", Some("Luc Devaux")),
        ]
    );
}

#[test]
fn a_document_speaks_for_the_author_its_complement_names() {
    let text = "Le rapport de la commission d’enquête, que notre journal a pu consulter, \
                qualifie les travaux de « bâclés ».";
    assert_eq!(
        speakers(text),
        [pair("bâclés", Some("commission d’enquête"))]
    );
}
