//! French misses left from rounds 41-42, on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_shopkeeper_in_ier_is_a_person_a_later_pronoun_takes_up() {
    let text = "Les coupures durent depuis juin. Devant sa boutique de la rue Basse, un \
                poissonnier montre les congélateurs éteints. « Je vide tout avant minuit. \
                Comment tenir ? », soupire-t-il.";
    assert_eq!(
        speakers(text),
        [pair(
            "Je vide tout avant minuit. Comment tenir ?",
            Some("poissonnier")
        )]
    );
}

#[test]
fn a_quotation_after_a_sentence_about_an_unlisted_person_noun_is_theirs() {
    let text = "Le marché couvert a fermé en mars. Sur le parvis, une brodeuse, assise devant \
                son métier à l'arrêt, ne décolère pas. « Mes commandes sont parties à Lyon. \
                Que vais-je faire cet hiver ? »";
    assert_eq!(
        speakers(text),
        [pair(
            "Mes commandes sont parties à Lyon. Que vais-je faire cet hiver ?",
            Some("brodeuse")
        )]
    );
}

#[test]
fn title_case_marks_filling_a_bracket_name_what_the_person_goes_with() {
    let text = "En tête, Lina Kervella (« Vent du Large ») comptait lundi 40 milles d'avance. \
                « Je ne lâche rien », a-t-elle écrit.";
    assert_eq!(
        speakers(text),
        [pair("Je ne lâche rien", Some("Lina Kervella"))]
    );
}

#[test]
fn marks_after_a_colon_closing_a_nickname_give_the_nickname() {
    let text = "Les pêcheurs du port ont déjà trouvé un surnom au phare : « la grande \
                chandelle ». Un marin assure : « On le voit depuis le large. »";
    assert_eq!(
        speakers(text),
        [pair("On le voit depuis le large.", Some("marin"))]
    );
}

#[test]
fn the_representative_of_the_state_is_the_prefect_named_before() {
    let text = "Le préfet de l'Aube, Marc Ollier, a reçu les élus mardi. À la sortie, le \
                représentant de l'État a promis une inspection « dans la semaine ».";
    assert_eq!(
        speakers(text),
        [pair("dans la semaine", Some("Marc Ollier"))]
    );
    let text = "La préfète de l'Aube, Anne Ollier, a signé l'arrêté. « Le projet a été \
                concerté », a fait valoir la représentante de l'État.";
    assert_eq!(
        speakers(text),
        [pair("Le projet a été concerté", Some("Anne Ollier"))]
    );
    let text = "La procureure, Claire Dumontet, a requis deux ans. « Ce n'est pas un vol \
                d'occasion », a martelé la représentante du parquet.";
    assert_eq!(
        speakers(text),
        [pair(
            "Ce n'est pas un vol d'occasion",
            Some("Claire Dumontet")
        )]
    );
}

#[test]
fn the_representative_of_the_state_is_no_official_of_another_role() {
    let text = "Le directeur de l'usine, Marc Ollier, a reçu les élus. À la sortie, le \
                représentant de l'État a promis une inspection « dans la semaine ».";
    assert_eq!(speakers(text), [pair("dans la semaine", Some("État"))]);
}

#[test]
fn a_verb_after_a_body_named_with_a_place_ends_the_body_name() {
    let text = "Le conseil départemental de Loir-et-Cher finance la passerelle. Le Département \
                évoque des travaux « d'au moins deux ans ».";
    assert_eq!(
        speakers(text),
        [pair(
            "d'au moins deux ans",
            Some("conseil départemental de Loir-et-Cher")
        )]
    );
}
