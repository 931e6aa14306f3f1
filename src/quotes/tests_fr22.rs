//! French attribution rules added in round 22 (blind22 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_titled_name_after_an_opening_apposition_is_the_subject() {
    let text = "Proposée par la sénatrice Anne Valois, la mesure fâche. L’élue écrit que « rien \
                ne bouge ». Elle insiste : « Il faut agir. »\n\
                Pharmacienne à Vierzon, la Dr Julie Perrot tient l’officine depuis vingt ans. \
                Elle ne décolère pas.\n\
                « On nous demande l’impossible », soupire-t-elle.";
    assert_eq!(
        speakers(text)[2],
        pair("On nous demande l’impossible", Some("Julie Perrot"))
    );
}

#[test]
fn an_opening_pour_names_the_source_of_a_colon_quotation() {
    let text = "Pour le Pr Henri Caron, historien à l’université de Caen, la question est \
                ailleurs : « Ce procès arrive trop tard. »";
    assert_eq!(
        speakers(text),
        [pair("Ce procès arrive trop tard.", Some("Henri Caron"))]
    );
}

#[test]
fn maman_is_a_role_apposed_to_a_name() {
    let text = "« Léo ne dort plus depuis lundi », explique sa maman, Aline Roche.";
    assert_eq!(
        speakers(text),
        [pair("Léo ne dort plus depuis lundi", Some("Aline Roche"))]
    );
}

#[test]
fn the_author_of_an_attack_is_an_unnamed_speaker() {
    let text = "Le pirate, qui se cache derrière un pseudonyme, réclame une rançon. Sur son \
                blog, il écrit : « Vous avez trois jours. »";
    assert_eq!(
        speakers(text),
        [pair("Vous avez trois jours.", Some("pirate"))]
    );
}

#[test]
fn a_proportion_is_no_antecedent() {
    let text = "« Nous manquons de bras », a déclaré la présidente du syndicat, Marie Caron. \
                Selon elle, une infirmière sur trois a quitté l’hôpital depuis 2020. « Elles \
                partent en Suisse », a-t-elle ajouté.";
    assert_eq!(
        speakers(text)[1],
        pair("Elles partent en Suisse", Some("Marie Caron"))
    );
}

#[test]
fn a_word_named_by_a_term_noun_is_no_quotation() {
    let text = "Le four a fini sa « campagne », le terme consacré chez les verriers. Les \
                écologistes rejettent le terme « croissance ». « Nous repartirons », dit Paul \
                Morel.";
    assert_eq!(
        speakers(text),
        [pair("Nous repartirons", Some("Paul Morel"))]
    );
}

#[test]
fn a_pronoun_takes_up_a_body_noun_inverted_after_a_quotation() {
    let text = "Verdal Mutuelle a subi une panne. « Le service est rétabli », écrit la \
                mutuelle dans un courriel. Elle promet « un geste commercial ».";
    assert_eq!(
        speakers(text),
        [
            pair("Le service est rétabli", Some("Verdal Mutuelle")),
            pair("un geste commercial", Some("Verdal Mutuelle")),
        ]
    );
}
