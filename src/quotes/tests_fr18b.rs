//! French person attribution rules added in round 18 (blind17/18 misses), on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn an_inverted_causative_cue_is_a_cue() {
    let text = "Le notaire de la famille, Me Paul Garnier, a été saisi. « Le testament est \
                valable et rien ne permet d’en douter », fait-il valoir.";
    assert_eq!(
        speakers(text),
        [pair(
            "Le testament est valable et rien ne permet d’en douter",
            Some("Paul Garnier")
        )]
    );
}

#[test]
fn a_figure_worked_out_aloud_is_reported_speech() {
    let text = "Le chantier coûterait 80 000 euros, « soit deux ans de cotisations », calcule \
                la trésorière, Anne Morel.\n\
                « Nous avons vendu des crêpes et des calendriers. Cela ne suffira pas. »";
    assert_eq!(
        speakers(text),
        [
            pair("soit deux ans de cotisations", Some("Anne Morel")),
            pair(
                "Nous avons vendu des crêpes et des calendriers. Cela ne suffira pas.",
                Some("Anne Morel")
            ),
        ]
    );
}

#[test]
fn a_person_named_in_an_incise_is_the_antecedent_of_what_follows() {
    // The incise names the newcomer: `le chercheur` and `Il` take him up, not the man quoted
    // before him.
    let text = "Paul Renard, un pêcheur du port, a vu l’animal. « Il tourne en rond », dit-il.\n\
                « La situation est sérieuse, prévient Marc Delorme, biologiste à l’Institut \
                marin de Brest. Mais rien n’est perdu. » Selon le chercheur, l’opération est \
                « encore possible ». Il rappelle que l’animal « mange normalement ».";
    assert_eq!(
        speakers(text),
        [
            pair("Il tourne en rond", Some("Paul Renard")),
            pair("La situation est sérieuse", Some("Marc Delorme")),
            pair("Mais rien n’est perdu.", Some("Marc Delorme")),
            pair("encore possible", Some("Marc Delorme")),
            pair("mange normalement", Some("Marc Delorme")),
        ]
    );
}
