//! French misses left from rounds 33-40, on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_body_noun_with_its_adjectives_stands_for_the_full_name_it_opens() {
    let text = "Le Syndicat intercommunal des eaux du Haut-Lizon (SIEHL), qui gère le réseau \
                depuis 1990, a voté mardi. Dans un communiqué, le Syndicat intercommunal \
                assure étudier « toutes les options ».";
    assert_eq!(
        speakers(text),
        [pair(
            "toutes les options",
            Some("Syndicat intercommunal des eaux du Haut-Lizon")
        )]
    );
}

#[test]
fn the_departement_is_the_departmental_council_named_before() {
    let text = "Le conseil départemental du Jura a confirmé lundi qu'il couperait sa subvention. \
                Dans un communiqué, le Département justifie sa décision par « un budget très \
                contraint ».";
    assert_eq!(
        speakers(text),
        [pair(
            "un budget très contraint",
            Some("conseil départemental du Jura")
        )]
    );
}

#[test]
fn an_inverted_pronoun_goes_on_with_the_same_inverted_pronoun_before() {
    let text = "Le sous-préfet, Karim Benali, a reçu les grévistes samedi. « Personne ne sera \
                oublié », a-t-il déclaré aux délégués, selon un représentant du syndicat. « Nous \
                avons demandé, a-t-il poursuivi, que les bus soient rétablis. »";
    assert_eq!(
        speakers(text),
        [
            pair("Personne ne sera oublié", Some("Karim Benali")),
            pair("Nous avons demandé", Some("Karim Benali")),
            pair("que les bus soient rétablis.", Some("Karim Benali")),
        ]
    );
}
