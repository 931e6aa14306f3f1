//! French attribution and name rules added in round 19 (blind19 misses), on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn an_incise_may_drop_a_remark_with_laisser_tomber() {
    let text = "La gérante, Martine Roussel, baisse le rideau. « J’ai tenu ce commerce pendant \
                trente ans. Je n’ai jamais fermé un seul jour, a-t-elle laissé tomber au \
                téléphone. Cette fois, je n’ai plus le choix. »";
    assert_eq!(
        speakers(text),
        [
            pair(
                "J’ai tenu ce commerce pendant trente ans. Je n’ai jamais fermé un seul jour",
                Some("Martine Roussel")
            ),
            pair(
                "Cette fois, je n’ai plus le choix.",
                Some("Martine Roussel")
            ),
        ]
    );
}

#[test]
fn a_plural_pronoun_is_the_group_that_spoke_just_before() {
    let text = "« Les contrôles sont trop rares », écrivent les inspecteurs. Ils relèvent des \
                retards « de plusieurs mois » dans certains dossiers.";
    assert_eq!(
        speakers(text),
        [
            pair("Les contrôles sont trop rares", Some("inspecteurs")),
            pair("de plusieurs mois", Some("inspecteurs")),
        ]
    );
}

#[test]
fn a_plural_pronoun_takes_no_speaker_of_an_earlier_paragraph() {
    let text = "« Les contrôles sont trop rares », écrivent les inspecteurs.\n\
                Ils relèvent des retards « de plusieurs mois » dans certains dossiers.";
    assert_eq!(
        speakers(text),
        [
            pair("Les contrôles sont trop rares", Some("inspecteurs")),
            pair("de plusieurs mois", None),
        ]
    );
}

#[test]
fn parmi_opening_a_sentence_is_no_name() {
    let text = "Parmi les pistes figure un « bonus vert » pour les familles.";
    assert_eq!(speakers(text), [pair("bonus vert", None)]);
}

#[test]
fn a_relative_clause_describes_a_phrase_after_aux() {
    let text = "Le ministre répond aussi aux syndicats, qui jugent la réforme « trop brutale ».";
    assert_eq!(speakers(text), [pair("trop brutale", Some("syndicats"))]);
    let text = "La ministre répond aussi aux régions, qui jugent le projet « mal financé ».";
    assert_eq!(speakers(text), [pair("mal financé", Some("régions"))]);
}

#[test]
fn a_cleft_after_a_quotation_names_its_speaker() {
    let text = "« La route est une patinoire. » C’est ainsi que Marc Dupuis, livreur depuis dix \
                ans, résume la situation.";
    assert_eq!(
        speakers(text),
        [pair("La route est une patinoire.", Some("Marc Dupuis"))]
    );
}

#[test]
fn a_sentence_ending_on_the_person_a_relative_clause_names_announces_the_quote() {
    let text = "Une explication qui ne satisfait pas Hélène Vidal. « Personne ne nous a \
                prévenus. On a tout appris par la presse. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Personne ne nous a prévenus. On a tout appris par la presse.",
            Some("Hélène Vidal")
        )]
    );
}

#[test]
fn the_words_on_a_road_sign_are_a_name() {
    let text = "Le maire, Jean Paulin, a fait installer des panneaux « Danger verglas » à \
                l’entrée du village. « Il fallait agir », dit-il.";
    assert_eq!(
        speakers(text),
        [pair("Il fallait agir", Some("Jean Paulin"))]
    );
}

#[test]
fn a_name_apposed_to_an_unlisted_person_noun_is_the_speaker() {
    let text = "« Je suis inquiète », témoigne une auditrice, Odette, qui a appelé la radio.";
    assert_eq!(speakers(text), [pair("Je suis inquiète", Some("Odette"))]);
}

#[test]
fn a_proposal_reports_words_and_ends_the_subject() {
    let text = "Dans un amendement, le groupe centriste proposait de consacrer « 2 % du budget » \
                aux pistes cyclables.";
    assert_eq!(
        speakers(text),
        [pair("2 % du budget", Some("groupe centriste"))]
    );
}

#[test]
fn elle_may_mean_a_body_whose_elided_article_hides_a_feminine_noun() {
    let text = "« Nous tiendrons les délais », a promis la ministre, Claire Dubois. \
                L’Association des usagers du rail (AUR), qui regroupe 40 collectifs, se dit \
                « inquiète ». Elle réclame « un calendrier précis », selon un communiqué.";
    assert_eq!(
        speakers(text),
        [
            pair("Nous tiendrons les délais", Some("Claire Dubois")),
            pair("inquiète", Some("Association des usagers du rail")),
            pair(
                "un calendrier précis",
                Some("Association des usagers du rail")
            ),
        ]
    );
}

#[test]
fn the_purpose_of_a_bill_in_marks_is_its_title() {
    let text = "Le Sénat a adopté la proposition de loi visant à « mieux protéger les \
                locataires ». « C’est un premier pas », a salué la sénatrice Anne Morel.";
    assert_eq!(
        speakers(text),
        [pair("C’est un premier pas", Some("Anne Morel"))]
    );
}

#[test]
fn a_past_infinitive_has_the_subject_of_its_governing_verb() {
    let text = "Le voisin, Paul Roux, conteste la version du maire. M. Roux assure de son côté \
                avoir réclamé une « médiation » dès juin.";
    assert_eq!(speakers(text), [pair("médiation", Some("Paul Roux"))]);
}

#[test]
fn a_related_article_line_names_nobody() {
    let text = "La maire, Sophie Lambert, a présenté le budget. « Il est sincère », a-t-elle \
                dit.\n\
                Lire aussi : Budget : Claire Fontaine quitte la majorité\n\
                « Nous tiendrons », a-t-elle ajouté.";
    assert_eq!(
        speakers(text),
        [
            pair("Il est sincère", Some("Sophie Lambert")),
            pair("Nous tiendrons", Some("Sophie Lambert")),
        ]
    );
}

#[test]
fn a_possessive_co_role_is_the_partner_named_with_the_possessor() {
    let text = "Le rapport, signé par les sénateurs Anne Morel et Paul Garnier, sera présenté \
                mardi. Interrogée par la presse, Anne Morel assume. « Le marché ne fonctionne \
                pas. » Son corapporteur renchérit : « Personne ne publie les prix. »";
    assert_eq!(
        speakers(text),
        [
            pair("Le marché ne fonctionne pas.", Some("Anne Morel")),
            pair("Personne ne publie les prix.", Some("Paul Garnier")),
        ]
    );
}

#[test]
fn a_co_role_with_nobody_named_jointly_stays_a_role() {
    let text = "Le rapport de Paul Garnier sera présenté mardi. « Le marché ne fonctionne pas », \
                dit Anne Morel. Son corapporteur renchérit : « Personne ne publie les prix. »";
    assert_eq!(
        speakers(text),
        [
            pair("Le marché ne fonctionne pas", Some("Anne Morel")),
            pair("Personne ne publie les prix.", Some("corapporteur")),
        ]
    );
}
