//! French misses left from rounds 45-46, on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_round_age_apposed_leaves_the_noun_before_the_speaker() {
    let text = "Au marché de Pradelles, les étals se vident avant midi. Une de ses voisines, la \
                cinquantaine, tranche : « On ne tiendra pas un hiver de plus. »";
    assert_eq!(
        speakers(text),
        [pair("On ne tiendra pas un hiver de plus.", Some("voisine"))]
    );
}
