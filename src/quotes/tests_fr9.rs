//! French attribution rules added in round 9 (blind9 misses), on invented sentences.

use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    extract(text, Lang::Fr)
        .into_iter()
        .map(|q| (q.span.slice(text).to_string(), q.speaker))
        .collect()
}

fn pair(t: &str, s: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), s.map(str::to_string))
}

#[test]
fn a_modal_verb_before_the_speech_verb_keeps_the_cue() {
    let text = "« Les comptes sont justes », a tenu à préciser la trésorière, Lise Caron, \
                devant le conseil. « Tout est publié. »\n\n\
                « La ferme sera reprise », veut croire Hugo Perrin.";
    assert_eq!(
        speakers(text),
        [
            pair("Les comptes sont justes", Some("Lise Caron")),
            pair("Tout est publié.", Some("Lise Caron")),
            pair("La ferme sera reprise", Some("Hugo Perrin")),
        ]
    );
}
