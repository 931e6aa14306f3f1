//! French attribution rules added in round 13 (blind12 and blind13 misses), on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_breton_or_irish_apostrophe_stays_inside_the_surname() {
    let text = "Le maire Erwan Le Goarc’h a ouvert la séance. « Le port sera rénové », a-t-il \
                assuré. Plus tard, Le Goarc’h a ajouté : « Sans hausse d'impôts. »\n\n\
                « Nous suivrons », a déclaré Siobhan O'Neill, consule à Brest.";
    assert_eq!(
        speakers(text),
        [
            pair("Le port sera rénové", Some("Erwan Le Goarc’h")),
            pair("Sans hausse d'impôts.", Some("Erwan Le Goarc’h")),
            pair("Nous suivrons", Some("Siobhan O'Neill")),
        ]
    );
}
