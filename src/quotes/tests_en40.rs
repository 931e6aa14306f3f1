//! Round-40 English attribution cases (blind40 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::{english_speaker_of as speaker_of, pair, speakers_in};
use crate::Lang;

#[test]
fn a_name_a_group_gives_itself_is_no_speech() {
    let text = "The last tenants have taken to calling themselves \u{201c}the Holdouts\u{201d} \
                on their group chat.\n\
                \u{201c}We are staying,\u{201d} said Ona Pertwee.";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("We are staying,", Some("Ona Pertwee"))]
    );
}

#[test]
fn a_name_locals_have_long_used_is_no_speech() {
    let text = "The quarry pond, which swimmers have always called \u{201c}the Blue Hole\u{201d} \
                for its colour, will be fenced off.\n\
                \u{201c}It is a shame,\u{201d} said Bram Oduya.";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("It is a shame,", Some("Bram Oduya"))]
    );
}

#[test]
fn a_name_known_to_a_group_as_is_no_speech() {
    let text = "Among them is Mr Ivo Clarkson, whose bakery is known to students as \
                \u{201c}the night oven\u{201d} for its late hours.\n\
                \u{201c}I will carry on,\u{201d} Mr Clarkson said.";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("I will carry on,", Some("Ivo Clarkson"))]
    );
}

#[test]
fn a_body_s_report_on_a_topic_speaks_for_the_body() {
    let text = "The Marsh Valley Water Board has raised prices for a third year.\n\
                The board\u{2019}s own report on the audit stated that \u{2018}trust in the \
                meters is low across all districts\u{2019}.";
    assert_eq!(
        speaker_of(text, "trust in the meters").as_deref(),
        Some("Marsh Valley Water Board")
    );
}
