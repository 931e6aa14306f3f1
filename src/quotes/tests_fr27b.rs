//! French rules added in round 27 (blind27 misses, second group), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn incise_with_a_long_adverbial_ends_at_the_period() {
    let text = "La maire, Sophie Lambert, a pris la parole. « Nous avons tenu bon jusqu'au bout, \
                a-t-elle déclaré devant une foule de parents venus de toutes les écoles du \
                quartier. Mais la rectorat n'a rien voulu entendre. »";
    assert_eq!(
        speakers(text),
        [
            pair("Nous avons tenu bon jusqu'au bout", Some("Sophie Lambert")),
            pair(
                "Mais la rectorat n'a rien voulu entendre.",
                Some("Sophie Lambert")
            ),
        ]
    );
}

#[test]
fn a_capitalised_name_after_comite_is_no_speech() {
    let text = "Le comité « Sauvons la gare » a déposé un recours. « Nous irons jusqu'au bout », \
                a déclaré son président, Marc Dubois.";
    assert_eq!(
        speakers(text),
        [pair("Nous irons jusqu'au bout", Some("Marc Dubois"))]
    );
}
