//! French attribution rules added in round 26 (blind25 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn mentionner_is_a_speech_verb() {
    let text = "La police a ouvert une enquête. « Rien ne laisse croire à un crime », a \
                mentionné la sergente Marie Tremblay, porte-parole du corps policier.";
    assert_eq!(
        speakers(text),
        [pair(
            "Rien ne laisse croire à un crime",
            Some("Marie Tremblay")
        )]
    );
}

#[test]
fn marks_in_parentheses_after_marks_gloss_them() {
    let text = "Devant la mairie, Paul Roy a lancé : « Basta ya » (« Ça suffit »).";
    let found = speakers(text);
    assert!(found.iter().all(|(t, _)| t != "Ça suffit"), "{found:?}");
    assert!(found.iter().any(|(t, _)| t == "Basta ya"), "{found:?}");
}

#[test]
fn marks_after_a_label_noun_give_a_label() {
    let text = "Le classement officiel affiche désormais une mention « titre retiré ».";
    assert_eq!(speakers(text), []);
    // `mention` not right before the marks labels nothing.
    let text = "Le rapport fait mention d’une « crise sans précédent », a dit le ministre.";
    assert_eq!(
        speakers(text),
        [pair("crise sans précédent", Some("ministre"))]
    );
}

#[test]
fn ils_takes_up_the_plural_role_opening_the_sentence_before() {
    let text = "Les organisateurs du festival ont annoncé une enquête. Dans un communiqué, ils \
                jugent que la décision a été prise « en accord avec les artistes ».";
    assert_eq!(
        speakers(text),
        [pair("en accord avec les artistes", Some("organisateurs"))]
    );
}

#[test]
fn un_autre_is_one_more_of_the_role_quoted_last() {
    let text = "« On ne voulait pas ça », lâche un éleveur du village, sous couvert d’anonymat. \
                Un autre estime au contraire que les règles étaient « trop strictes ».";
    assert_eq!(
        speakers(text),
        [
            pair("On ne voulait pas ça", Some("éleveur")),
            pair("trop strictes", Some("éleveur")),
        ]
    );
    // After a named person, `un autre` is not that person.
    let text = "« On ne voulait pas ça », lâche Paul Roy, éleveur. Un autre estime au contraire \
                que les règles étaient « trop strictes ».";
    let found = speakers(text);
    assert_ne!(found[1].1.as_deref(), Some("Paul Roy"), "{found:?}");
}

#[test]
fn a_verb_with_its_own_object_takes_no_passive_agent() {
    let text = "Le maire Paul Roy a pour sa part défendu une mesure « attendue » par une \
                majorité de résidents.";
    assert_eq!(speakers(text), [pair("attendue", Some("Paul Roy"))]);
    let text = "La réforme a été qualifiée d’« injuste » par les syndicats.";
    assert_eq!(speakers(text), [pair("injuste", Some("syndicats"))]);
}

#[test]
fn a_source_cue_outweighs_a_trailing_pour() {
    let text = "Selon le maire, les contrevenants s’exposeront à des amendes « de 500 $ à \
                2000 $ » pour les entreprises.";
    assert_eq!(speakers(text), [pair("de 500 $ à 2000 $", Some("maire"))]);
}
