//! French rules added in session 18 (leftovers of rounds 34 and 36), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn motion_with_participle_speaks_for_its_voter() {
    let text = "« Nous sommes à bout », soupire Marc Dubreuil, directeur de la Coopérative \
                fruitière du Val (CFV), qui regroupe 80 producteurs.\n\nLe 3 mai, la CFV a \
                adopté une motion demandant « un stockage aidé » et « un prêt à taux zéro » pour \
                passer l’hiver.";
    assert_eq!(
        speakers(text)[1..],
        [
            pair("un stockage aidé", Some("Coopérative fruitière du Val")),
            pair("un prêt à taux zéro", Some("Coopérative fruitière du Val")),
        ]
    );
}

#[test]
fn communique_with_participle_speaks_for_its_publisher() {
    let text = "Lundi soir, le syndicat a diffusé un communiqué dénonçant « un mépris total » \
                des élus.";
    assert_eq!(speakers(text), [pair("un mépris total", Some("syndicat"))]);
}

#[test]
fn cabinet_takes_up_the_bureau_named_before() {
    let text =
        "Le club s’appuie sur une étude commandée au bureau Hydroplan Conseil. Le cabinet y \
                conclut que la digue « ne tiendra pas une crue centennale ».";
    assert_eq!(
        speakers(text),
        [pair(
            "ne tiendra pas une crue centennale",
            Some("Hydroplan Conseil")
        )]
    );
}

#[test]
fn bureau_de_vote_names_no_body() {
    let text = "« Rien n’est joué », a dit Paul Martin au sortir du bureau de vote.";
    assert_eq!(
        speakers(text),
        [pair("Rien n’est joué", Some("Paul Martin"))]
    );
}
