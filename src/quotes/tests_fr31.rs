//! French rules added in round 31 (blind31 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_sentence_opening_participle_in_i_is_no_name() {
    let text = "Le verdict est tombé. Saisie par la famille, la commission de discipline a \
                prononcé la sanction, estimant que le club présentait « un déficit grave ».";
    assert_eq!(
        speakers(text),
        [pair("un déficit grave", Some("commission de discipline"))]
    );
}

#[test]
fn a_relative_clause_after_an_incise_name_belongs_to_the_incise() {
    let text = "Les habitants attendent. « On est nombreux ici. Si tout le monde part, il ne \
                reste rien, témoigne Paul Marnier, qui vit sur place depuis dix ans. Et quand \
                il pleut, personne ne vient. »";
    assert_eq!(
        speakers(text),
        [
            pair(
                "On est nombreux ici. Si tout le monde part, il ne reste rien",
                Some("Paul Marnier")
            ),
            pair(
                "Et quand il pleut, personne ne vient.",
                Some("Paul Marnier")
            ),
        ]
    );
}

#[test]
fn a_fear_voiced_with_redouter_or_craindre_is_speech() {
    let text = "Le chantier ferme. Paul Marnier redoute que les postes soient « confiés à un \
                concurrent ». Sa collègue Anne Roux craint « une fermeture définitive ».";
    assert_eq!(
        speakers(text),
        [
            pair("confiés à un concurrent", Some("Paul Marnier")),
            pair("une fermeture définitive", Some("Anne Roux")),
        ]
    );
}

#[test]
fn party_initials_with_a_complement_qualify_the_role_of_the_apposed_name() {
    let text = "L’usine attend. Le délégué CGT de l’atelier, Gwenn Kerbrat, redoute que les \
                lignes soient « fermées avant l’été ». « On ne tiendra pas longtemps », \
                dit-il.";
    assert_eq!(
        speakers(text),
        [
            pair("fermées avant l’été", Some("Gwenn Kerbrat")),
            pair("On ne tiendra pas longtemps", Some("Gwenn Kerbrat")),
        ]
    );
}

#[test]
fn a_lead_opening_on_a_quote_and_a_colon_echoes_the_longer_body_quote() {
    let text = "Une statue divise la commune\n\n« On aurait voulu des bancs » : sur la place, \
                l’œuvre installée en mai ne plaît pas.\n\nLe Journal · Publié le 9 mai \
                2023\n\nLa statue coûte cher. « On aurait voulu des bancs, franchement », \
                soupire Josette Lebrun, 71 ans.";
    assert_eq!(
        speakers(text),
        [
            pair("On aurait voulu des bancs", Some("Josette Lebrun")),
            pair(
                "On aurait voulu des bancs, franchement",
                Some("Josette Lebrun")
            ),
        ]
    );
}

#[test]
fn ricaner_reports_a_sneer() {
    let text = "Le ministre parle d’un cas exceptionnel. « Chez lui, c’est tous les jours », \
                ricane un conseiller du gouvernement.";
    assert_eq!(
        speakers(text),
        [pair("Chez lui, c’est tous les jours", Some("conseiller"))]
    );
}

#[test]
fn the_agent_of_a_received_announcement_before_a_colon_speaks() {
    let text = "Les riverains ont un porte-parole, Léon Dubreuil. Le ministère a indiqué jeudi \
                qu’une commission serait installée. Une annonce accueillie avec prudence par \
                M. Dubreuil : « On a déjà eu trois commissions. Nous attendons des actes. »";
    assert_eq!(
        speakers(text),
        [pair(
            "On a déjà eu trois commissions. Nous attendons des actes.",
            Some("Léon Dubreuil")
        )]
    );
}
