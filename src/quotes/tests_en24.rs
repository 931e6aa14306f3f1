//! English attribution rules added in round 24 (blind24 misses), on invented sentences.

use super::test_support::speakers_in;
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_team_byline_running_on_into_its_dateline_names_no_speaker() {
    let text = "Council backs new ferry route\n\nOur Staff Reporter Published March 4, 2026\n\n\
                HARBOURTON: The council on Tuesday approved the route after the transport \
                minister told members that \u{201c}the ferry will run by summer\u{201d}.\n\
                Transport Minister Olwen Brackett said the funds were ready.";
    let got = speakers(text);
    assert_eq!(got.len(), 1);
    assert_ne!(got[0].1.as_deref(), Some("Staff Reporter Published"));
}
