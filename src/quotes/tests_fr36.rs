//! French rules added in round 36 (blind36 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn juge_des_referes_keeps_its_bench() {
    let text = "Dans son ordonnance, le juge des référés estime que l’arrêté « n’a pas de base \
                légale ».";
    assert_eq!(
        speakers(text),
        [pair("n’a pas de base légale", Some("juge des référés"))]
    );
}

#[test]
fn un_autre_role_is_the_role() {
    let text = "« On a payé pour rien », lâche Josette Marin. Un autre patient, ancien maçon à \
                Tulle, a déjà réservé son billet de retour : « Je reviendrai l’an prochain. »";
    assert_eq!(
        speakers(text)[1],
        pair("Je reviendrai l’an prochain.", Some("patient"))
    );
}

#[test]
fn a_short_participle_aside_leaves_the_subject_before_it() {
    let text = "Le procès s’est ouvert. Le rapport de la commission d’enquête, lu à l’audience, \
                évoque « une série de négligences graves » sur le chantier.";
    assert_eq!(
        speakers(text),
        [pair(
            "une série de négligences graves",
            Some("commission d’enquête")
        )]
    );
}

#[test]
fn qui_after_a_coordinated_role_apposition_is_the_person() {
    let text = "« On respecte déjà les règles », lance Paul Martinot, betteravier et président du \
                Syndicat des planteurs du Loiret, qui qualifie la mesure de « provocation pure ».";
    assert_eq!(
        speakers(text)[1],
        pair("provocation pure", Some("Paul Martinot"))
    );
}

#[test]
fn a_role_coordinated_after_a_body_takes_the_name_apposed_to_it() {
    let text = "La société et son directeur de site, Marc Dubreuil, sont poursuivis. « On avait \
                commandé la pièce », a répondu le directeur de site.";
    assert_eq!(
        speakers(text),
        [pair("On avait commandé la pièce", Some("Marc Dubreuil"))]
    );
}

#[test]
fn a_participle_describing_a_thing_leaves_the_quote_to_the_reporter() {
    let text =
        "Le juge estime que la commune « n’a pas compétence » dans un domaine relevant « de \
                la police de l’État ».";
    assert_eq!(
        speakers(text)[1],
        pair("de la police de l’État", Some("juge"))
    );
}

#[test]
fn an_indefinite_subject_of_a_reported_clause_leaves_the_quote_to_the_reporter() {
    let text =
        "Sa porte-parole, Julie Marchal, affirme que des voisins ont constaté des épandages \
                « par grand vent, à l’aube » au printemps.";
    assert_eq!(
        speakers(text),
        [pair("par grand vent, à l’aube", Some("Julie Marchal"))]
    );
}

#[test]
fn a_report_of_the_inspectorate_speaks_for_it() {
    let text = "Le procès s’est ouvert. Le rapport de l’inspection du travail, lu à l’audience, \
                évoque « une série de négligences graves » sur le chantier.";
    assert_eq!(
        speakers(text),
        [pair(
            "une série de négligences graves",
            Some("inspection du travail")
        )]
    );
}

#[test]
fn a_report_of_a_bare_kind_names_no_author() {
    let text = "Le projet a été abandonné. Un rapport d’inspection remis en 2022 pointait certes \
                « un empilement de structures », mais ne chiffrait rien.";
    assert_eq!(speakers(text), [pair("un empilement de structures", None)]);
}

#[test]
fn selon_lui_before_a_bare_quote_is_its_speaker() {
    let text = "« On ne va pas s’excuser », lance Paul Martinot, céréalier.\n\
                Selon lui, une dizaine d’exploitations sont concernées. « Le maire n’est jamais \
                venu nous voir. »";
    assert_eq!(
        speakers(text)[1],
        pair(
            "Le maire n’est jamais venu nous voir.",
            Some("Paul Martinot")
        )
    );
}
