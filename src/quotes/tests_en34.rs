//! Round-34 English attribution cases (blind34 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::speakers_in;
use super::*;

fn speaker_of(text: &str, quote: &str) -> Option<String> {
    speakers_in(text, Lang::En)
        .into_iter()
        .find(|(q, _)| q.contains(quote))
        .and_then(|(_, s)| s)
}

#[test]
fn a_lone_middle_word_of_a_three_word_name_is_that_person() {
    let text = "The boats leave before dawn, says Maria Quispel Tarrago, who leads the fishers \
                of the upper valley.\n\
                \u{201c}We count them every night,\u{201d} Quispel told reporters.";
    assert_eq!(
        speaker_of(text, "We count them").as_deref(),
        Some("Maria Quispel Tarrago")
    );
}

#[test]
fn a_lone_word_ending_another_name_is_not_a_middle_word() {
    let text = "The boats leave before dawn, says Maria Quispel Tarrago, who leads the fishers.\n\
                Dan Quispel, a trader, disagreed. \u{201c}Nobody counts anything,\u{201d} \
                Quispel said.";
    assert_eq!(
        speaker_of(text, "Nobody counts").as_deref(),
        Some("Dan Quispel")
    );
}
