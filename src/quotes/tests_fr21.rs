//! French attribution rules added in round 21 (blind21 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_speech_verb_before_the_quotation_outweighs_a_trailing_pour() {
    let text = "La gardienne Julie Marchal, elle, a évoqué un « déclic » pour l’équipe.";
    assert_eq!(speakers(text), [pair("déclic", Some("Julie Marchal"))]);
}

#[test]
fn a_hashtag_or_a_handle_in_marks_is_no_quotation() {
    let text = "Les supporters ont lancé le mot-clic « #RemboursezNous », relayé par le compte \
                « @tribune.nord ». « Nous voulons des comptes », a dit Paul Morel.";
    assert_eq!(
        speakers(text),
        [pair("Nous voulons des comptes", Some("Paul Morel"))]
    );
}

#[test]
fn a_question_given_as_a_title_by_a_naming_verb_is_no_quotation() {
    let text = "Une étude intitulée « Que mangerons-nous demain ? » alerte sur les rendements. \
                « Le temps presse », avertit l’institut.";
    assert_eq!(speakers(text).len(), 1);
    assert_eq!(speakers(text)[0].0, "Le temps presse");
}

#[test]
fn a_role_subject_is_not_the_subject_before_holding_another_role() {
    let text = "Le directeur Marc Olivier a présenté le bilan. L’adjointe Lucie Fabre prendra le \
                relais. Le directeur a toutefois promis un suivi. « Nous resterons \
                vigilants », a-t-il ajouté.";
    assert_eq!(
        speakers(text),
        [pair("Nous resterons vigilants", Some("Marc Olivier"))]
    );
}

#[test]
fn le_dg_is_the_directeur_named_before() {
    let text = "Le directeur général Marc Olivier a présenté le bilan. L’adjoint Paul Fabre \
                prendra le relais. Le DG a toutefois promis un suivi. « Nous resterons \
                vigilants », a-t-il ajouté.";
    assert_eq!(
        speakers(text),
        [pair("Nous resterons vigilants", Some("Marc Olivier"))]
    );
}

#[test]
fn a_familiar_noun_for_a_man_is_an_unnamed_speaker() {
    let text = "Hier soir, un mec en costume de pirate est monté dans le bus. Il m’a dit : \
                « Je reviens d’un anniversaire. »";
    assert_eq!(
        speakers(text),
        [pair("Je reviens d’un anniversaire.", Some("mec"))]
    );
}

#[test]
fn a_capitalised_est_after_a_name_word_ends_the_name() {
    let text = "De son côté, la Région Grand Est assure « étudier toutes les pistes ».";
    assert_eq!(
        speakers(text),
        [pair("étudier toutes les pistes", Some("Région Grand Est"))]
    );
}

#[test]
fn an_intertitle_of_short_words_takes_the_speaker_of_the_quotation_it_opens() {
    let text = "Sophie, 35 ans, a compté ses heures. « Je perds une journée par semaine », \
                dit cette infirmière.\n\
                « On a tout essayé »\n\
                Le comité des usagers hausse le ton. « On a tout essayé, les pétitions et les \
                courriers », a déclaré son président, Hugo Lemaire.";
    assert_eq!(
        speakers(text)[1],
        pair("On a tout essayé", Some("Hugo Lemaire"))
    );
}

#[test]
fn a_verbless_opening_hands_the_quotation_to_the_person_after_chez() {
    let text = "Les parents s’inquiètent. Même inquiétude chez Claire Vidal, dont le fils est \
                scolarisé en CE2. « On ne nous dit rien. »";
    assert_eq!(
        speakers(text),
        [pair("On ne nous dit rien.", Some("Claire Vidal"))]
    );
}

#[test]
fn a_given_name_alone_is_the_full_name_it_opens() {
    let text = "Chaque matin, Margot Lefranc ouvre sa boulangerie à 5 heures. Cette année, \
                Margot a embauché deux apprentis. « Ils apprennent vite », sourit-elle.";
    assert_eq!(
        speakers(text),
        [pair("Ils apprennent vite", Some("Margot Lefranc"))]
    );
}

#[test]
fn the_line_under_a_bare_related_label_is_a_title() {
    let text = "« Nous fermerons à minuit », a dit le gérant, Paul Morel.\n\
                Articles en lien\n\
                Genève : le quartier veut devenir « sans voiture » d’ici à 2030";
    assert_eq!(
        speakers(text),
        [pair("Nous fermerons à minuit", Some("Paul Morel"))]
    );
}
