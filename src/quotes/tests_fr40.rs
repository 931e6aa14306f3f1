//! French rules added in session 20 (misses of round 40), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn company_noun_with_adjectives_is_the_company_subject_before() {
    let text = "Verreries Ostal a annoncé la fermeture de son four de Givet. L'entreprise \
                centenaire, créée en 1911, a lancé une consultation.\nDans un courrier, la \
                direction évoque un recul de « près d'un tiers des ventes ».";
    assert_eq!(
        speakers(text),
        [pair("près d'un tiers des ventes", Some("Verreries Ostal"))]
    );
}

#[test]
fn a_role_that_companies_hold_makes_no_person() {
    let text = "Verreries Ostal, spécialiste du verre creux, a annoncé la fermeture de son four \
                de Givet.\nDans un courrier, l'entreprise évoque un recul de « près d'un tiers \
                des ventes ».";
    assert_eq!(
        speakers(text),
        [pair("près d'un tiers des ventes", Some("Verreries Ostal"))]
    );
}

#[test]
fn a_section_label_names_no_body() {
    let text = "Verreries Ostal ferme son four\n\nEntreprises & Commerce | 3 mars 2025\n\n\
                Verreries Ostal, spécialiste du verre creux, a annoncé la fermeture de son four \
                de Givet.\nDans un courrier, l'entreprise évoque un recul de « près d'un tiers \
                des ventes ».";
    assert_eq!(
        speakers(text),
        [pair("près d'un tiers des ventes", Some("Verreries Ostal"))]
    );
}
