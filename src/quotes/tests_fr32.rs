//! French rules added in round 32 (blind32 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn the_management_speaks_for_the_studio_not_for_the_outlet_that_read_its_note() {
    let text = "Le studio Ombrelune, installé à Nantes, ferme un site. « Nous devons réduire nos \
                coûts », indique la direction dans une note que Jeuxmag a pu lire. La direction \
                y évoque « une année difficile ».";
    assert_eq!(
        speakers(text),
        [
            pair("Nous devons réduire nos coûts", Some("Ombrelune")),
            pair("une année difficile", Some("Ombrelune")),
        ]
    );
}

#[test]
fn a_pseudonym_apposed_to_a_user_is_the_speaker() {
    let text = "Le forum du jeu s'enflamme. « Bravo à toute l'équipe », a écrit un utilisateur, \
                Sombreval, sous la vidéo.";
    assert_eq!(
        speakers(text),
        [pair("Bravo à toute l'équipe", Some("Sombreval"))]
    );
}

#[test]
fn a_role_of_four_words_keeps_its_complement() {
    let text = "Dans les villages, on s'organise. Une directrice générale des services d'une \
                commune de 3 000 habitants raconte la méthode. « Ce n'est pas parfait, mais ça \
                tient », reconnaît-elle.";
    assert_eq!(
        speakers(text),
        [pair(
            "Ce n'est pas parfait, mais ça tient",
            Some("directrice générale des services")
        )]
    );
}

#[test]
fn a_race_official_goes_by_role_and_function() {
    let text = "La course a repris. Un commissaire technique bénévole défend « un contrôle \
                identique pour tous ».";
    assert_eq!(
        speakers(text),
        [pair(
            "un contrôle identique pour tous",
            Some("commissaire technique")
        )]
    );
}

#[test]
fn an_inhabitant_with_an_irregular_ending_is_the_person_named_before() {
    let text = "« Nous ferons appel », lance Hugo Marsal, le pilote de la voiture. Le Manceau \
                assure avoir acheté le moteur « en bon état » en 2019.";
    assert_eq!(
        speakers(text),
        [
            pair("Nous ferons appel", Some("Hugo Marsal")),
            pair("en bon état", Some("Hugo Marsal")),
        ]
    );
}

#[test]
fn a_masculine_role_article_outweighs_a_given_name_ending_in_a() {
    let text = "Face à la colère, le ministre des Mines, Elia Tounkara, s'est rendu à Kindia. \
                «Nous savons ce que vivent les familles», a déclaré le ministre.";
    assert_eq!(
        speakers(text),
        [pair(
            "Nous savons ce que vivent les familles",
            Some("Elia Tounkara")
        )]
    );
}

#[test]
fn a_present_participle_after_the_quotation_takes_an_object_not_a_subject() {
    let text = "Devant les habitants, le maire, Paul Ravier, a promis « des travaux avant \
                l'été », évoquant la réfection de deux ponts.";
    assert_eq!(
        speakers(text),
        [pair("des travaux avant l'été", Some("Paul Ravier"))]
    );
}

#[test]
fn a_court_deducing_reports_what_follows() {
    let text = "Le tribunal a tranché. Il en déduit que « le licenciement est abusif ».";
    assert_eq!(
        speakers(text),
        [pair("le licenciement est abusif", Some("tribunal"))]
    );
}

#[test]
fn a_verb_before_a_demonstrative_ends_the_body_phrase() {
    let text = "Le tribunal de commerce a tranché. Le tribunal retient cette analyse. Il relève \
                que la plateforme « disposait d'un pouvoir ».";
    assert_eq!(
        speakers(text),
        [pair("disposait d'un pouvoir", Some("tribunal de commerce"))]
    );
}

#[test]
fn a_pronoun_opening_the_next_sentence_keeps_the_same_speaker() {
    let text = "Le demandeur, M. Paul Renaud, a livré des repas. Le tribunal de commerce a \
                tranché. Le tribunal retient cette analyse. Il relève que la plateforme « \
                disposait d'un pouvoir ». Il en déduit que « l'indépendance est fictive ».";
    assert_eq!(
        speakers(text),
        [
            pair("disposait d'un pouvoir", Some("tribunal de commerce")),
            pair("l'indépendance est fictive", Some("tribunal de commerce")),
        ]
    );
}

#[test]
fn the_members_named_in_a_body_speak_as_that_body() {
    let text = "Vendredi, le collège des commissaires sportifs a prononcé son exclusion. Dans \
                leur décision, les commissaires relèvent que « la cylindrée est trop forte ».";
    assert_eq!(
        speakers(text),
        [pair(
            "la cylindrée est trop forte",
            Some("collège des commissaires sportifs")
        )]
    );
}

#[test]
fn the_judges_speak_as_the_court_named_before() {
    let text = "Le tribunal de commerce a tranché. La société invoquait son contrat. Pour les \
                juges, cette liberté « ne résiste pas à l'examen ».";
    assert_eq!(
        speakers(text),
        [pair(
            "ne résiste pas à l'examen",
            Some("tribunal de commerce")
        )]
    );
}

#[test]
fn a_possessed_department_speaks_for_the_body_named_before() {
    let text = "La société Tramix conteste. « Ce jugement est faux », a réagi son service \
                juridique dans une déclaration.";
    assert_eq!(
        speakers(text),
        [pair("Ce jugement est faux", Some("Tramix"))]
    );
}

#[test]
fn a_company_name_without_its_company_noun_is_the_company() {
    let text = "Contactée, la société de production Ombre Studio précise que l'émission dure « \
                une heure ». « Nous avons tenu parole », ajoute-t-on chez Ombre.";
    assert_eq!(
        speakers(text),
        [
            pair("une heure", Some("Ombre Studio")),
            pair("Nous avons tenu parole", Some("Ombre Studio")),
        ]
    );
}

#[test]
fn marks_after_a_naming_verb_with_an_object_pronoun_hold_a_name() {
    let text = "Paul Vernet enseigne depuis vingt ans. Ses élèves l'appellent « le Sage » depuis \
                la rentrée.";
    assert!(speakers(text).is_empty());
}

#[test]
fn a_capitalised_naming_noun_after_an_article_opens_a_name() {
    let text = "La chaîne a déjà annoncé que la gagnante serait invitée au « Tournoi des \
                champions », en juin.";
    assert!(speakers(text).is_empty());
}
