//! French rules added in session 21 (misses of round 41), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn an_incise_may_follow_a_question_mark_inside_the_marks() {
    let text = "Les arboriculteurs de la vallée s'inquiètent. « Qui rachètera nos pommes à ce \
                prix ? s’inquiète leur présidente, Odile Marchal. Nous parlons de vergers \
                plantés par nos arrière-grands-parents. »";
    assert_eq!(
        speakers(text),
        [
            pair(
                "Qui rachètera nos pommes à ce prix ?",
                Some("Odile Marchal")
            ),
            pair(
                "Nous parlons de vergers plantés par nos arrière-grands-parents.",
                Some("Odile Marchal")
            ),
        ]
    );
}

#[test]
fn an_incise_may_follow_an_exclamation_mark_inside_the_marks() {
    let text = "Le gardien du phare, Yves Corlay, a vu la tempête arriver. « Quelle nuit ! \
                s'exclame-t-il. Les vagues passaient au-dessus de la digue. »";
    assert_eq!(
        speakers(text),
        [
            pair("Quelle nuit !", Some("Yves Corlay")),
            pair(
                "Les vagues passaient au-dessus de la digue.",
                Some("Yves Corlay")
            ),
        ]
    );
}
