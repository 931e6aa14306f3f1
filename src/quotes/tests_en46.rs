//! Round 46 English misses, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn a_document_signed_by_a_company_officer_speaks_for_the_officer() {
    let text = "Drivers at the depot were told of the change on Friday.\n\
                The memo, signed by Ortega Freight Ltd finance director Paul Nkemelu, says \
                the depot is \"too small for the fleet\".\n\
                The notice, signed by GHA chief engineer Ines Laduc, says: \"We will not \
                close the yard.\"\n\
                The circular, signed by Maluti Grain (Pty) Ltd operations manager Lerato \
                Dube, says the fee will \"pay for the new scales\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("too small for the fleet", Some("Paul Nkemelu")),
            pair("We will not close the yard.", Some("Ines Laduc")),
            pair("pay for the new scales", Some("Lerato Dube")),
        ]
    );
}
