//! Leftover English misses of rounds 41-42, as general rules in invented sentences.

use super::test_support::speakers_in;
use crate::Lang;

#[test]
fn a_name_a_group_knows_a_thing_by_is_no_quotation() {
    let text =
        "The lane past the old mill, which most cyclists know as \u{201c}the Corkscrew\u{201d}, \
                will close in June.";
    assert!(speakers_in(text, Lang::En).is_empty());
}
