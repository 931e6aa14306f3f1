//! Round 46 English misses still left, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn a_full_name_apposed_to_an_indefinite_seller_is_the_speaker() {
    let text = "Shoppers at the covered market were split over the plan.\n\
                A vendor at the ferry landing, Nadra Okonji, said she backed the drivers. \
                \"Prices keep climbing. Nobody can cope.\"\n\
                \"We lose a day every week,\" a vendor by the quay, Tomas Ruelle, said.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair(
                "Prices keep climbing. Nobody can cope.",
                Some("Nadra Okonji")
            ),
            pair("We lose a day every week,", Some("Tomas Ruelle")),
        ]
    );
}
