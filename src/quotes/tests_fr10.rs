//! French attribution rules added in round 10 (blind10 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_causative_cue_works_inverted_and_after_its_subject() {
    let text = "Le directeur du port, Alain Morvan, a reçu les pêcheurs. « Le quai sera \
                refait », a-t-il fait valoir mardi.\n\n\
                La coopérative Terres d'Ouest a fait savoir qu'elle voulait « un délai ».";
    assert_eq!(
        speakers(text),
        [
            pair("Le quai sera refait", Some("Alain Morvan")),
            pair("un délai", Some("Terres d'Ouest")),
        ]
    );
}

#[test]
fn a_modal_verb_carries_the_subject_of_the_speech_infinitive() {
    let text = "La trésorière Lise Caron a tenu à rappeler que « les comptes sont justes ».\n\n\
                Au ministère de l'Agriculture, on se borne à rappeler que « la règle est \
                connue ».\n\n\
                Le maire, Paul Guérin, s'est contenté de dire : « Nous verrons. »";
    assert_eq!(
        speakers(text),
        [
            pair("les comptes sont justes", Some("Lise Caron")),
            pair("la règle est connue", Some("ministère de l'Agriculture")),
            pair("Nous verrons.", Some("Paul Guérin")),
        ]
    );
}
