//! French misses left from rounds 41-42, on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_shopkeeper_in_ier_is_a_person_a_later_pronoun_takes_up() {
    let text = "Les coupures durent depuis juin. Devant sa boutique de la rue Basse, un \
                poissonnier montre les congélateurs éteints. « Je vide tout avant minuit. \
                Comment tenir ? », soupire-t-il.";
    assert_eq!(
        speakers(text),
        [pair(
            "Je vide tout avant minuit. Comment tenir ?",
            Some("poissonnier")
        )]
    );
}

#[test]
fn a_quotation_after_a_sentence_about_an_unlisted_person_noun_is_theirs() {
    let text = "Le marché couvert a fermé en mars. Sur le parvis, une brodeuse, assise devant \
                son métier à l'arrêt, ne décolère pas. « Mes commandes sont parties à Lyon. \
                Que vais-je faire cet hiver ? »";
    assert_eq!(
        speakers(text),
        [pair(
            "Mes commandes sont parties à Lyon. Que vais-je faire cet hiver ?",
            Some("brodeuse")
        )]
    );
}
