//! Round-10 English attribution cases, each written for a weakness found on blind10_en.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_described_name_in_apposition_to_a_known_role_is_the_person() {
    let text = "Another passenger, retired teacher Ada Brynmor, praised the crew. \
                \u{201c}They never hesitated,\u{201d} she said.";
    assert_eq!(
        speakers(text),
        [pair("They never hesitated,", Some("Ada Brynmor"))]
    );
}
