//! French rules added in session 24 (misses of round 48), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_trainee_or_a_band_member_is_an_unnamed_speaker() {
    let text = "Les frontaliers, eux, s'adaptent. Une apprentie de 16 ans, qui travaille dans une \
                boulangerie de Morges, se lève désormais à 4h30. « Je dors dans le train. Ma \
                patronne comprend, heureusement. »\n\n\
                Devant la salle, un choriste venu de Lyon souffle, las : « On chante pour les \
                autres, jamais pour nous. »";
    assert_eq!(
        speakers(text),
        [
            pair(
                "Je dors dans le train. Ma patronne comprend, heureusement.",
                Some("apprentie")
            ),
            pair(
                "On chante pour les autres, jamais pour nous.",
                Some("choriste")
            ),
        ]
    );
}

#[test]
fn a_nickname_in_marks_after_dit_names_the_person_before() {
    let text = "Les luthiers ont défilé samedi. En tête, Ousmane Diabaté, dit « Djéli Blues », \
                qui joue depuis trente ans. « Nous voulons être payés », a-t-il lancé.\n\n\
                Le préfet n'a pas répondu. En partant, Djéli Blues a averti : « Nous reviendrons \
                lundi. »";
    assert_eq!(
        speakers(text)[1],
        pair("Nous reviendrons lundi.", Some("Ousmane Diabaté"))
    );
}

#[test]
fn a_generic_body_noun_takes_up_the_body_of_the_paragraph_before_a_blank_line() {
    let text = "La Fondation Rives-Vertes a confirmé mardi la fermeture du refuge.\n\n\
                Dans un communiqué, l'établissement explique que « trois postes de soigneurs \
                restent vacants ».";
    assert_eq!(
        speakers(text),
        [pair(
            "trois postes de soigneurs restent vacants",
            Some("Fondation Rives-Vertes")
        )]
    );
}

#[test]
fn a_body_noun_takes_up_the_name_in_marks_it_gave_before() {
    let text = "La finale s'est achevée dans la confusion. Le collectif « Voix du Lagon », de \
                Punaauia, a été écarté pour une minute de trop.\n\n\
                Le jury défend sa décision.\n\n\
                Sur sa page Facebook, le collectif a annoncé un recours : « Nous irons \
                jusqu'au bout. »";
    assert_eq!(
        speakers(text),
        [pair("Nous irons jusqu'au bout.", Some("Voix du Lagon"))]
    );
}

#[test]
fn on_at_a_cabinet_is_the_minister_s_cabinet_named_before() {
    let text = "Joint par Radio Sud, le cabinet du ministre régional de la Pêche indique \
                qu'une aide est « à l'étude ». « Rien ne sera tranché avant janvier », \
                précise-t-on au cabinet.";
    assert_eq!(
        speakers(text),
        [
            pair(
                "à l'étude",
                Some("cabinet du ministre régional de la Pêche")
            ),
            pair(
                "Rien ne sera tranché avant janvier",
                Some("cabinet du ministre régional de la Pêche")
            ),
        ]
    );
}

#[test]
fn a_ministry_named_short_first_is_the_one_named_later_with_its_portfolios() {
    let text = "Des pêcheurs de Sète bloquent le port. Le ministère de la Mer parle d'un « abus \
                manifeste ».\n\n\
                Le ministère de la Mer et de la Pêche durable a réagi mardi. Dans un \
                communiqué, il rappelle que « les quotas sont fixés par Bruxelles ».";
    assert_eq!(
        speakers(text),
        [
            pair(
                "abus manifeste",
                Some("ministère de la Mer et de la Pêche durable")
            ),
            pair(
                "les quotas sont fixés par Bruxelles",
                Some("ministère de la Mer et de la Pêche durable")
            ),
        ]
    );
}

#[test]
fn an_unnamed_care_worker_goes_by_the_noun_without_its_adjective() {
    let text = "Le maire s'inquiète. Une sage-femme libérale du canton, qui assure déjà des \
                suivis à domicile, se dit « épuisée depuis un an ». Un kinésithérapeute \
                installé au bourg parle d'un « vide ».";
    assert_eq!(
        speakers(text),
        [
            pair("épuisée depuis un an", Some("sage-femme")),
            pair("vide", Some("kinésithérapeute")),
        ]
    );
}

#[test]
fn la_dame_takes_up_the_woman_named_before() {
    let text = "« On vend à même le sable », a expliqué Awa Diop, présidente du collectif, la \
                voix couverte par les moteurs.\n\n\
                La dame, qui fume elle-même du poisson depuis l'âge de quinze ans, estime les \
                pertes à « plus de la moitié » des recettes.";
    assert_eq!(
        speakers(text)[1],
        pair("plus de la moitié", Some("Awa Diop"))
    );
}

#[test]
fn a_name_given_to_an_object_with_a_noun_complement_is_no_quotation() {
    let text = "Au village, on a surnommé la pompe de relevage « a bestia », la bête. Une \
                habitante soupire : « On l'entend toute la nuit. »";
    assert_eq!(
        speakers(text),
        [pair("On l'entend toute la nuit.", Some("habitante"))]
    );
}
