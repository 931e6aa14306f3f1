//! Round 44 English misses, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn so_called_flags_a_name_nobody_says() {
    let text = "Marta Lindqvist said crews would avoid the so-called \"storm hour\" after dusk.\n";
    assert_eq!(speakers_in(text, Lang::En), vec![]);
}

#[test]
fn what_everyone_calls_a_thing_is_its_name() {
    let text = "The old quarry, which everyone calls \"the Bowl\", will reopen in June, \
                Piet Haverkamp said.\n";
    assert_eq!(speakers_in(text, Lang::En), vec![]);
}

#[test]
fn an_abbreviated_private_company_word_goes_on_to_its_legal_suffix() {
    let text =
        "Chennai: Brightwater Foods Pvt. Ltd said it would pay its growers \"within days\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("within days", Some("Brightwater Foods Pvt. Ltd"))]
    );
}
