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
            pair("Et quand il pleut, personne ne vient.", Some("Paul Marnier")),
        ]
    );
}
