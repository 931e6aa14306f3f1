//! Round-47 English attribution cases (blind47 misses, from the end of the list), each
//! written for a weakness found there, with invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn the_spokesperson_goes_back_to_the_body_of_a_named_spokesperson() {
    let text = "A Kestrel Valley Water spokesperson said: \u{2018}The pipe was inspected in \
                March and found sound.\u{2019}\n\
                The spokesperson added that the utility \u{2018}will pay for the cleaning of \
                the cellars\u{2019}.";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair(
                "The pipe was inspected in March and found sound.",
                Some("Kestrel Valley Water")
            ),
            pair(
                "will pay for the cleaning of the cellars",
                Some("Kestrel Valley Water")
            ),
        ]
    );
}
