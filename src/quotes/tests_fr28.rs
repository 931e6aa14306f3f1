//! French rules added in round 28 (blind28 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn an_elided_adverb_after_an_inverted_auxiliary_is_no_subject() {
    let text = "Le maire, Paul Martin, a pris la parole. « Nous partons », a-t-il d’abord \
                lâché en anglais, avant de poursuivre : « Nous restons ici. »";
    assert_eq!(
        speakers(text),
        [
            pair("Nous partons", Some("Paul Martin")),
            pair("Nous restons ici.", Some("Paul Martin")),
        ]
    );
}

#[test]
fn rigoler_is_a_speech_verb() {
    let text = "Le coach est content. « Je suis ravi », a rigolé Paul Martin.";
    assert_eq!(speakers(text), [pair("Je suis ravi", Some("Paul Martin"))]);
}

#[test]
fn a_gerund_between_the_verb_and_its_subject_is_skipped() {
    let text = "Les fêtes auront lieu. « On aura du monde », de lancer en riant la présidente \
                du comité, Marie Dupont.";
    assert_eq!(
        speakers(text),
        [pair("On aura du monde", Some("Marie Dupont"))]
    );
}

#[test]
fn an_inverted_cue_before_a_colon_quotes_its_pronoun() {
    let text = "L’agronome Marie Dupont se veut prudente. Les plants ne sont pas morts, \
                rappelle-t-elle : « Le bleuet est vivace. »";
    assert_eq!(
        speakers(text),
        [pair("Le bleuet est vivace.", Some("Marie Dupont"))]
    );
}

#[test]
fn a_passive_agent_right_before_the_marks_speaks() {
    let text = "Le député Paul Martin défend le plan. Il juge « urgent » le recrutement de deux \
                médecins, promis par le ministère de la Santé « d’ici l’été ».";
    assert_eq!(
        speakers(text),
        [
            pair("urgent", Some("Paul Martin")),
            pair("d’ici l’été", Some("ministère de la Santé")),
        ]
    );
}

#[test]
fn marks_after_classe_hold_a_label() {
    let text = "Plus de 300 maisons de la ville sont classées « monument historique ». Les \
                familles restent.";
    assert_eq!(speakers(text), []);
}

#[test]
fn marks_right_after_a_new_banner_hold_its_words() {
    let text = "Dans les gradins, une banderole « Ici, on ne lâche rien » rappelait la devise du \
                club. « On a joué avec nos tripes », a souligné le capitaine Paul Martin.";
    assert_eq!(
        speakers(text),
        [pair("On a joué avec nos tripes", Some("Paul Martin"))]
    );
}

#[test]
fn marks_after_a_banner_a_speaker_judges_are_his() {
    let text = "Le maire Paul Martin a parlé. Il a jugé les panneaux « ridicules et coûteux ».";
    assert_eq!(
        speakers(text),
        [pair("ridicules et coûteux", Some("Paul Martin"))]
    );
}

#[test]
fn a_person_noun_in_the_headline_is_the_one_the_article_presents() {
    let text = "Procès : « J’ai voulu sauver la maison », plaide le négociant lyonnais\n\n\
                Le négociant Paul Martin, 61 ans, comparaissait mardi devant le tribunal.\n\n\
                Il a parlé longtemps.";
    assert_eq!(
        speakers(text),
        [pair("J’ai voulu sauver la maison", Some("Paul Martin"))]
    );
}

#[test]
fn one_lowercase_word_after_an_article_in_a_headline_is_a_label() {
    let text = "Entre Lyon et Vienne, le bus revient et les « navettes » grincent des dents\n\n\
                Le fondateur Paul Martin a parlé. « Les gens ne prennent pas le bus », dit-il.";
    assert_eq!(
        speakers(text),
        [pair("Les gens ne prennent pas le bus", Some("Paul Martin"))]
    );
}

#[test]
fn a_lone_name_with_a_bare_role_apposed_is_a_person() {
    let text = "Derrière la ligne, une société privée, Bus Express, fondée par un ingénieur, \
                Paul Martin. « Nous avons des horaires », affirme-t-il. Maya, étudiante en \
                pharmacie de 22 ans, fait le trajet tous les jours. « Avant, j’arrivais en \
                retard », raconte-t-elle.";
    assert_eq!(
        speakers(text),
        [
            pair("Nous avons des horaires", Some("Paul Martin")),
            pair("Avant, j’arrivais en retard", Some("Maya")),
        ]
    );
}

#[test]
fn a_presenting_c_est_gives_the_next_quotation_paragraphs_their_speaker() {
    let text = "Beaucoup de petites fermes ne sont pas assurées.\nC’est le cas de Julie Morin, \
                31 ans, qui a repris l’an dernier les champs de son père.\n« J’ai payé la \
                machinerie. Tout était prêt.\n« Je ne lâcherai pas. »";
    assert_eq!(
        speakers(text),
        [
            pair(
                "J’ai payé la machinerie. Tout était prêt.",
                Some("Julie Morin")
            ),
            pair("Je ne lâcherai pas.", Some("Julie Morin")),
        ]
    );
}

#[test]
fn a_capitalised_naming_noun_after_du_opens_a_name() {
    let text = "Malgré tout, les organisateurs du « Festival de la mer » ont maintenu \
                l’événement. « On aura du monde », a lancé la présidente, Marie Dupont.";
    assert_eq!(
        speakers(text),
        [pair("On aura du monde", Some("Marie Dupont"))]
    );
}
