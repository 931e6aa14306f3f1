//! French rules added in round 30 (blind30 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_harbour_office_is_an_institution() {
    let text = "Le cargo est bloqué depuis deux mois. La capitainerie du port de Brest indique \
                avoir « fourni de l’eau aux marins ». Elle rappelle que « l’armateur est \
                responsable ».";
    assert_eq!(
        speakers(text),
        [
            pair(
                "fourni de l’eau aux marins",
                Some("capitainerie du port de Brest")
            ),
            pair(
                "l’armateur est responsable",
                Some("capitainerie du port de Brest")
            ),
        ]
    );
}

#[test]
fn a_groupement_named_before_is_taken_up_by_its_noun() {
    let text = "Le Groupement des producteurs de cidre du Perche (GPCP) s’inquiète des prix. \
                Le groupement appelle les acheteurs à « refuser les fruits abîmés ».";
    assert_eq!(
        speakers(text),
        [pair(
            "refuser les fruits abîmés",
            Some("Groupement des producteurs de cidre du Perche")
        )]
    );
}

#[test]
fn a_contracted_article_after_a_place_word_keeps_the_whole_body_name() {
    let text = "Les éleveurs attendent. Du côté du ministère de l’Agriculture, on indique que \
                « les aides seront versées ».";
    assert_eq!(
        speakers(text),
        [pair(
            "les aides seront versées",
            Some("ministère de l’Agriculture")
        )]
    );
}

#[test]
fn a_role_before_a_relative_clause_is_the_subject() {
    let text = "Le chantier a pris du retard. Un ouvrier qui a travaillé sur le site jusqu’à \
                l’hiver assure, sous couvert d’anonymat, que l’entreprise « n’a plus de \
                trésorerie ».";
    assert_eq!(
        speakers(text),
        [pair("n’a plus de trésorerie", Some("ouvrier"))]
    );
}

#[test]
fn a_bare_institution_noun_takes_up_the_body_whose_name_it_opens() {
    let text = "Le Conseil supérieur de la pêche côtière (CSPC) a rendu un avis sévère.\n\
                Les pêcheurs sont inquiets.\n\
                Les mareyeurs aussi.\n\
                Le port attend.\n\
                Les élus se taisent.\n\
                Pierre Durand, patron d’un chalutier, conteste. Le conseil écrit lui-même que \
                la flotte est « en bonne voie ».";
    assert_eq!(
        speakers(text),
        [pair(
            "en bonne voie",
            Some("Conseil supérieur de la pêche côtière")
        )]
    );
}

#[test]
fn a_role_before_a_relative_clause_after_an_opening_phrase_is_the_subject() {
    let text = "Les vols se multiplient. Du côté de la police, un gardien qui a requis \
                l’anonymat reconnaît que les moyens sont « très limités ».";
    assert_eq!(speakers(text), [pair("très limités", Some("gardien"))]);
}

#[test]
fn a_participle_used_as_a_preposition_is_no_name() {
    let text = "La start-up nantaise Domova, qui vend des serrures connectées, a annoncé \
                mardi la fermeture de ses serveurs. Passé cette date, les serrures ne \
                s’ouvriront plus à distance.\n« Nous avons tout essayé », écrit l’entreprise, \
                placée en redressement judiciaire.";
    assert_eq!(
        speakers(text),
        [pair("Nous avons tout essayé", Some("Domova"))]
    );
}

#[test]
fn an_aside_opened_by_dont_is_skipped_before_the_verb() {
    let text = "Les stocks débordent. Un rapport de la direction régionale des pêches, dont \
                nous avons obtenu copie, évoque « un risque de pénurie ».";
    assert_eq!(
        speakers(text),
        [pair(
            "un risque de pénurie",
            Some("direction régionale des pêches")
        )]
    );
}

#[test]
fn a_body_noun_and_an_adjective_before_a_name_open_its_clause() {
    let text = "Les clients sont furieux. La société bretonne Kervia, qui fabrique des \
                chaudières, a annoncé son départ. Les techniciens sont partis.\n\
                « Nous n’avions plus le choix », justifie l’entreprise.";
    assert_eq!(
        speakers(text),
        [pair("Nous n’avions plus le choix", Some("Kervia"))]
    );
}

#[test]
fn a_pronoun_in_a_reported_clause_is_the_body_reporting_it() {
    let text = "« Le bruit est insupportable », déplore Paul Girard, riverain.\n\
                L’office de tourisme intercommunal a fait savoir dans un communiqué qu’il \
                fermait le site « jusqu’à nouvel ordre » et qu’il appelait les visiteurs à « la \
                plus grande prudence ».";
    assert_eq!(
        speakers(text),
        [
            pair("Le bruit est insupportable", Some("Paul Girard")),
            pair(
                "jusqu’à nouvel ordre",
                Some("office de tourisme intercommunal")
            ),
            pair(
                "la plus grande prudence",
                Some("office de tourisme intercommunal")
            ),
        ]
    );
}

#[test]
fn a_freight_forwarder_is_a_role() {
    let text = "Le port est saturé. La direction a annoncé une remise, une mesure jugée \
                « insuffisante » par les transitaires.";
    assert_eq!(speakers(text), [pair("insuffisante", Some("transitaires"))]);
}
