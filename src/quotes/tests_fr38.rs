//! French rules added in session 19 (misses of round 38), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn unlisted_local_office_apposed_to_a_name_is_taken_up() {
    let text = "Le mukhtar de Qasr-Hilal, Karim Haddad, a réclamé une aide. « Nous ne lâcherons \
                rien, dit le mukhtar. Le puits nourrit tout le village. »";
    assert_eq!(
        speakers(text),
        [
            pair("Nous ne lâcherons rien", Some("Karim Haddad")),
            pair("Le puits nourrit tout le village.", Some("Karim Haddad")),
        ]
    );
}

#[test]
fn naming_verb_then_article_gives_a_name() {
    let text = "Le Phare, un café situé dans ce que les Lillois surnomment la « rue des \
                Brumes », a fermé. « Nous reviendrons », promet son patron, Luc Amand.";
    assert_eq!(
        speakers(text),
        [pair("Nous reviendrons", Some("Luc Amand"))]
    );
}

#[test]
fn title_in_a_de_complement_is_a_name_not_speech() {
    let text = "Le comité de la « Fête des Granges » a annoncé mardi l’annulation du cortège. \
                « C’est un crève-cœur », confie sa présidente, Anne Rochat.";
    assert_eq!(
        speakers(text),
        [pair("C’est un crève-cœur", Some("Anne Rochat"))]
    );
}

#[test]
fn word_glossed_by_an_apposition_is_a_term() {
    let text = "Au village, certains réclament un « tapu », une interdiction coutumière de \
                pêcher. « Il faut laisser le récif respirer », estime Hina Teriki.";
    assert_eq!(
        speakers(text),
        [pair(
            "Il faut laisser le récif respirer",
            Some("Hina Teriki")
        )]
    );
}

#[test]
fn definite_report_takes_up_a_study_its_body_relies_on() {
    let text = "La Fédération des usagers du rail (FUR) s’appuie sur une étude qu’elle a \
                financée l’an dernier. Le rapport conclut que les retards « ont triplé en dix \
                ans ».";
    assert_eq!(
        speakers(text),
        [pair(
            "ont triplé en dix ans",
            Some("Fédération des usagers du rail")
        )]
    );
}
