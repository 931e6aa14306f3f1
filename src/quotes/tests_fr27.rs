//! French attribution rules added in round 27 (blind26 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_role_apposed_before_a_titled_name_is_that_persons() {
    let text = "Le ministre de l'Agriculture a lancé la campagne.\n\nHier, le ministre de \
                l'Agriculture, le Pr Paul Martin-Roy, a visité une ferme. « La récolte sera \
                bonne », a déclaré le ministre.";
    assert_eq!(
        speakers(text),
        [pair("La récolte sera bonne", Some("Paul Martin-Roy"))]
    );
}

#[test]
fn the_article_of_a_title_tells_the_gender_of_an_unlisted_given_name() {
    // `Odilia` would pass for a woman by its ending; `le Pr` says otherwise.
    let text = "Le ministre de l'Agriculture a lancé la campagne.\n\nHier, le ministre de \
                l'Agriculture, le Pr Odilia Martin-Roy, a visité une ferme. « La récolte sera \
                bonne », a déclaré le ministre.";
    assert_eq!(
        speakers(text),
        [pair("La récolte sera bonne", Some("Odilia Martin-Roy"))]
    );
}

#[test]
fn a_listed_given_name_outweighs_a_masculine_title_article() {
    let text = "La directrice de l'hôpital, le Dr Claire Vautrin, a visité le service. Plus \
                tard, le Dr Vautrin a reçu Paul Morel. « Tout ira bien », a-t-elle affirmé.";
    assert_eq!(
        speakers(text),
        [pair("Tout ira bien", Some("Claire Vautrin"))]
    );
}

#[test]
fn an_institution_phrase_takes_the_named_complement_said_before() {
    let text = "Le conseil a écrit au ministère des Transports du Québec en 2022. Par courriel, \
                le ministère des Transports a indiqué que le dossier « demeure à l’étude ».";
    assert_eq!(
        speakers(text),
        [pair(
            "demeure à l’étude",
            Some("ministère des Transports du Québec")
        )]
    );
    // A phrase never said with a complement stays as it is.
    let text = "Par courriel, le ministère des Transports a indiqué que le dossier « demeure à \
                l’étude ».";
    assert_eq!(
        speakers(text),
        [pair("demeure à l’étude", Some("ministère des Transports"))]
    );
}

#[test]
fn a_wilaya_is_an_institution() {
    let text = "Dans un communiqué, la wilaya de Béchar annonce « une enquête ».";
    assert_eq!(
        speakers(text),
        [pair("une enquête", Some("wilaya de Béchar"))]
    );
}

#[test]
fn a_bare_institution_is_not_another_institution_named_since() {
    let text = "Des copies circulaient hier. Le ministère de la Culture a annoncé, en fin de \
                journée, l’ouverture d’une enquête.\n« Toute fraude sera punie », a indiqué le \
                ministère dans un communiqué.\nLe festival a eu lieu hier.\nLes artistes sont \
                partis.\nLe public a applaudi.\nLa présidente de l’Union des musiciens de \
                Bretagne, Anne Kerhervé, plaide pour « une réforme ». « Rien ne va », a-t-elle \
                estimé.\nLe ministère a appelé les artistes à « rester calmes ».";
    let found = speakers(text);
    assert_eq!(
        found.last(),
        Some(&pair("rester calmes", Some("ministère de la Culture"))),
        "{found:?}"
    );
}
