//! French attribution rules added in round 20 (blind20 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_colon_right_after_a_quotation_keeps_its_source() {
    let text = "Selon la conseillère, Marie Lenoir, la préfecture « fait fausse route » : « Ce \
                quartier a besoin d’une école, pas d’un parking. »";
    assert_eq!(
        speakers(text),
        [
            pair("fait fausse route", Some("Marie Lenoir")),
            pair(
                "Ce quartier a besoin d’une école, pas d’un parking.",
                Some("Marie Lenoir")
            ),
        ]
    );
}

#[test]
fn a_named_subject_between_two_quotations_takes_the_second() {
    let text = "Au marché, un client s’inquiétait : « Tout augmente. » Un peu plus loin, Paul \
                Morel rangeait déjà ses caisses. « Je vais arrêter cet hiver. »";
    assert_eq!(
        speakers(text),
        [
            pair("Tout augmente.", Some("client")),
            pair("Je vais arrêter cet hiver.", Some("Paul Morel")),
        ]
    );
}

#[test]
fn a_person_noun_apposed_after_an_age_describes_the_named_person() {
    let text = "Au bout du quai, Marc Duval, 52 ans, guide expérimenté originaire de Sète, \
                attendait les secours.\n\
                Les pompiers sont arrivés une heure plus tard.\n\
                « Nous avons suivi la procédure », affirme leur commandant, Luc Perrin.\n\
                « Il faisait très froid », précise-t-il.\n\
                Le guide dit devoir « une fière reconnaissance » aux secouristes.";
    assert_eq!(
        speakers(text)[2],
        pair("une fière reconnaissance", Some("Marc Duval"))
    );
}

#[test]
fn a_bracketed_short_name_with_a_place_word_opens_on_its_initials() {
    let text = "L’alerte a été transmise au Centre départemental d’alerte et de secours en \
                montagne (Cedas Alpes). Le groupe a dormi dans un refuge, « sans chauffage », a \
                indiqué le Cedas dans la soirée.";
    assert_eq!(
        speakers(text),
        [pair(
            "sans chauffage",
            Some("Centre départemental d’alerte et de secours en montagne")
        )]
    );
}

#[test]
fn portuguese_particles_join_a_name() {
    let text = "Le journal citait Ana Pereira da Costa et Rui Santos do Vale. « Nous \
                partirons », a dit Santos do Vale.";
    assert_eq!(
        speakers(text),
        [pair("Nous partirons", Some("Rui Santos do Vale"))]
    );
}

#[test]
fn an_elided_time_adverb_opens_no_subject() {
    let text = "Marie Lenoir, graphiste, a eu un accident. Aujourd’hui, elle vit avec « une \
                douleur sourde ».";
    assert_eq!(
        speakers(text),
        [pair("une douleur sourde", Some("Marie Lenoir"))]
    );
}
