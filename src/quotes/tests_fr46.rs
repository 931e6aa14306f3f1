//! French rules added in session 23 (misses of round 46), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_ministry_listing_its_portfolios_with_commas_is_one_name() {
    let text = "Le porte-parole de la Compagnie fluviale, Marc Tardieu, parle d'« un retard ». \
                « Les barges attendent », ajoute-t-il.\n\n\
                Le ministère des Routes, des Ponts et des Canaux, lui, se montre confiant. Dans \
                une note lue mardi, il affirme que « le trafic reprendra ».";
    assert_eq!(
        speakers(text)[2],
        pair(
            "le trafic reprendra",
            Some("ministère des Routes, des Ponts et des Canaux")
        )
    );
}

#[test]
fn a_pronoun_opening_a_sentence_takes_up_the_subject_pronoun_before() {
    let text = "Le porte-parole de la Compagnie fluviale, Marc Tardieu, parle d'« un retard ». \
                « Les barges attendent », ajoute-t-il.\n\n\
                Le ministère des Routes se montre confiant. Dans une note lue mardi, il affirme \
                que « le trafic reprendra ». Il prévient les fraudeurs, qui risquent « de lourdes \
                amendes ».";
    let got = speakers(text);
    assert_eq!(
        got[2..],
        [
            pair("le trafic reprendra", Some("ministère des Routes")),
            pair("de lourdes amendes", Some("ministère des Routes")),
        ]
    );
}

#[test]
fn a_local_branch_speaks_for_the_body_in_its_complement() {
    let text = "Vienne | Social\n\n\
                La Caisse d'allocations familiales de la Vienne (CAF) y annonce que le guichet \
                « ne peut plus ouvrir ».\n\n\
                Contactée, la délégation locale de Vienne de la CAF assure que la décision est \
                « provisoire ». « Dès que deux agents seront recrutés, le guichet rouvrira », nous \
                a répondu la délégation, qui promet une « permanence ».";
    let body = Some("Caisse d'allocations familiales de la Vienne");
    assert_eq!(
        speakers(text),
        [
            pair("ne peut plus ouvrir", body),
            pair("provisoire", body),
            pair(
                "Dès que deux agents seront recrutés, le guichet rouvrira",
                body
            ),
            pair("permanence", body),
        ]
    );
}

#[test]
fn a_text_with_no_author_named_is_the_body_that_was_the_subject_before() {
    let text = "Le ministère des Forêts a fixé le volume de coupe au plus bas depuis dix ans.\n\n\
                La saison d'abattage s'ouvre lundi. Selon la décision publiée jeudi, le volume \
                est ramené à 9 000 mètres cubes.\n\n\
                Le texte justifie cette baisse par « un dépérissement rapide des sapins ».";
    assert_eq!(
        speakers(text),
        [pair(
            "un dépérissement rapide des sapins",
            Some("ministère des Forêts")
        )]
    );
}
