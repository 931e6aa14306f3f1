//! Round-11 English attribution cases, each written for a weakness found on blind11_en.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_possessed_full_name_whose_surname_recurs_alone_is_a_person() {
    let text = "Harbour Vale won after Tavish Quarrington\u{2019}s unbeaten 96 sank the visitors. \
                Quarrington batted all afternoon. \u{2018}I rode my luck,\u{2019} the \
                29-year-old said.";
    assert_eq!(
        speakers(text),
        [pair("I rode my luck,", Some("Tavish Quarrington"))]
    );
}
