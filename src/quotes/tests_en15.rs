//! Round-15 English attribution cases (blind14/15 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_source_after_a_cue_of_several_words_is_an_unnamed_person() {
    let text = "The minister said the plan was ready. A ministry spokeswoman said the order \
                would follow.\n\
                According to a senior diplomat close to the talks, the ceasefire has nearly \
                collapsed twice. \u{201c}We could lose it all,\u{201d} the diplomat said.";
    assert_eq!(
        speakers(text),
        [pair("We could lose it all,", Some("senior diplomat"))]
    );
}

#[test]
fn a_name_after_the_comma_of_a_source_cue_opens_the_main_clause() {
    let text = "\u{201c}We got faster,\u{201d} coach Ilse Varga said.\n\
                According to a club source, the Rovers have been chasing the winger since \
                June. \u{201c}They were relentless,\u{201d} the source said.";
    assert_eq!(
        speakers(text),
        [
            pair("We got faster,", Some("Ilse Varga")),
            pair("They were relentless,", Some("club source"))
        ]
    );
}
