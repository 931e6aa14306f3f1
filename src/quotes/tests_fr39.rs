//! French rules added in session 20 (misses of round 39), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn unlisted_noun_with_adjective_apposed_to_a_name_is_taken_up() {
    let text = "Des algues toxiques envahissent l’étang de Vaux. « Un chien peut en mourir », \
                détaille le biologiste départemental, Paul Keller.\n\
                Le conseiller municipal, Jean Dubois, regrette une situation « pénible ».\n\
                « Les analyses auront lieu mardi, précise le biologiste. La baignade attendra. »";
    assert_eq!(
        speakers(text),
        [
            pair("Un chien peut en mourir", Some("Paul Keller")),
            pair("pénible", Some("Jean Dubois")),
            pair("Les analyses auront lieu mardi", Some("Paul Keller")),
            pair("La baignade attendra.", Some("Paul Keller")),
        ]
    );
}

#[test]
fn standfirst_description_is_the_person_the_body_presents() {
    let text = "Pollution au port\n\n\
                Des hydrocarbures ont été repérés au large. « Restez loin de l’eau », prévient \
                le naturaliste régional.\n\n\
                Les prélèvements ont confirmé la fuite, explique le naturaliste régional, Hugo \
                Vernet, qui suit le dossier.";
    assert_eq!(
        speakers(text),
        [pair("Restez loin de l’eau", Some("Hugo Vernet"))]
    );
}

#[test]
fn headline_pronoun_for_an_unnamed_role_takes_the_body_speaker() {
    let text = "La boulangère qui offrait ses invendus rappelée à l’ordre : « Je ne voulais \
                rien gâcher », confie-t-elle\n\n\
                Une boulangère de Montluel a reçu un avertissement de la mairie.\n\
                Martine Roux, 52 ans, tient la boutique depuis vingt ans. « Je ne voulais rien \
                gâcher. Le pain part à la benne sinon », assure-t-elle.";
    assert_eq!(
        speakers(text),
        [
            pair("Je ne voulais rien gâcher", Some("Martine Roux")),
            pair(
                "Je ne voulais rien gâcher. Le pain part à la benne sinon",
                Some("Martine Roux")
            ),
        ]
    );
}

#[test]
fn participle_after_an_unlisted_person_noun_describes_the_speaker() {
    let text = "Au marché, les prix grimpent. « On achète moins qu’avant », soupire une \
                maraîchère croisée devant l’église. « Tout a doublé en un an », lâche une \
                pêcheuse venue de Sète.";
    assert_eq!(
        speakers(text),
        [
            pair("On achète moins qu’avant", Some("maraîchère")),
            pair("Tout a doublé en un an", Some("pêcheuse")),
        ]
    );
}

#[test]
fn citizens_group_name_after_its_noun_is_no_speech() {
    let text = "Le regroupement « Riverains pour un canal propre », fondé l’an dernier, conteste \
                le projet. « Nous irons au tribunal », prévient sa présidente, Anne Morel.";
    assert_eq!(
        speakers(text),
        [pair("Nous irons au tribunal", Some("Anne Morel"))]
    );
}
