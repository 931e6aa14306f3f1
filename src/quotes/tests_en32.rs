//! Round-32 English attribution cases (blind32 misses), each written for a weakness found
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
fn a_named_possessor_after_the_cue_only_places_the_person_named_after_it() {
    let text = "The coach Paul Remy said the team was tired. \u{201c}We rode well,\u{201d} Remy \
                said.\n\u{201c}He is angry, that is normal,\u{201d} said Morvel-Tisk\u{2019}s \
                Stéphane Orlac. \u{201c}He keeps the jersey.\u{201d}";
    assert_eq!(
        speaker_of(text, "that is normal").as_deref(),
        Some("Stéphane Orlac")
    );
    assert_eq!(
        speaker_of(text, "keeps the jersey").as_deref(),
        Some("Stéphane Orlac")
    );
}

#[test]
fn an_ampersand_between_capitalised_words_goes_on_with_the_name() {
    let text = "Pellow & Gant has recalled the cookbook after readers found errors.\n\
                The publisher said on Monday that the book would be withdrawn \
                \u{2018}with immediate effect\u{2019}.";
    assert_eq!(
        speaker_of(text, "with immediate effect").as_deref(),
        Some("Pellow & Gant")
    );
}
