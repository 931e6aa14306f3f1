//! French rules added in round 27 (blind27 misses, second group), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn incise_with_a_long_adverbial_ends_at_the_period() {
    let text = "La maire, Sophie Lambert, a pris la parole. « Nous avons tenu bon jusqu'au bout, \
                a-t-elle déclaré devant une foule de parents venus de toutes les écoles du \
                quartier. Mais la rectorat n'a rien voulu entendre. »";
    assert_eq!(
        speakers(text),
        [
            pair("Nous avons tenu bon jusqu'au bout", Some("Sophie Lambert")),
            pair(
                "Mais la rectorat n'a rien voulu entendre.",
                Some("Sophie Lambert")
            ),
        ]
    );
}

#[test]
fn a_capitalised_name_after_comite_is_no_speech() {
    let text = "Le comité « Sauvons la gare » a déposé un recours. « Nous irons jusqu'au bout », \
                a déclaré son président, Marc Dubois.";
    assert_eq!(
        speakers(text),
        [pair("Nous irons jusqu'au bout", Some("Marc Dubois"))]
    );
}

#[test]
fn a_demonym_is_not_the_one_called_by_another_demonym() {
    let text = "Sport\n\nPaul Martin a gagné la course avec 20 secondes sur le Normand Luc \
                Petit, 20 ans.\n« J’ai souffert », a confié le coureur de 26 ans.\nParti \
                prudemment, le Lorrain a fait la différence. « J’ai vu que Luc glissait, \
                a-t-il raconté. Il ne faut pas réfléchir. »";
    let found = speakers(text);
    assert!(
        found
            .iter()
            .all(|(_, s)| s.as_deref() == Some("Paul Martin")),
        "{found:?}"
    );
}

#[test]
fn a_name_in_the_complement_of_a_bare_role_is_no_speaker() {
    let text = "Marie Dubois, présidente du groupement Panga-Wendé de Noyon, prévient : \
                « Beaucoup de femmes vont partir. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Beaucoup de femmes vont partir.",
            Some("Marie Dubois")
        )]
    );
}

#[test]
fn a_one_word_place_name_in_a_complement_is_no_speaker() {
    let text = "Le récif souffre. Les pêcheurs de l’île Tanao nous disent « le poisson est \
                parti », et ils ont raison.";
    assert_eq!(
        speakers(text),
        [pair("le poisson est parti", Some("pêcheurs"))]
    );
}

#[test]
fn an_adverb_after_a_body_noun_makes_no_body() {
    let text = "Marc Roy a gagné hier.\nParti prudemment, le coureur a fait la différence. \
                « J’ai attendu, a-t-il raconté. Puis j’ai attaqué. »";
    let found = speakers(text);
    assert!(
        found.iter().all(|(_, s)| s.as_deref() == Some("Marc Roy")),
        "{found:?}"
    );
}

#[test]
fn capitalised_titles_listed_with_their_publishers_are_no_speech() {
    let text = "La sélection comptait six titres, dont « Les Nuits blanches » (éditions du \
                Phare) et « Terre brûlée » (Le Grenier). Le jury doit se réunir lundi.";
    assert_eq!(speakers(text), []);
}

#[test]
fn a_plural_role_in_a_headline_keeps_its_own_words() {
    let text = "Lait : « Le prix ne couvre même pas nos frais », s'indignent les éleveurs de \
                la vallée\n\nLe prix est bas. « Le prix ne couvre même pas nos frais, sans \
                parler du reste », s'emporte Paul Dubois, 52 ans.";
    let found = speakers(text);
    assert_eq!(found[0].1.as_deref(), Some("éleveurs"), "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("Paul Dubois"), "{found:?}");
}

#[test]
fn juré_and_medical_specialists_are_roles() {
    let text = "Un juré démissionnaire, qui souhaite rester anonyme, glisse que le différend \
                couvait « depuis des mois ».";
    assert_eq!(speakers(text), [pair("depuis des mois", Some("juré"))]);
    let text = "Le Dr Anne Roux, néphrologue à l’hôpital, est inquiète. Selon la néphrologue, \
                le service a besoin de « 600 kits par mois ».";
    assert_eq!(
        speakers(text),
        [pair("600 kits par mois", Some("Anne Roux"))]
    );
}

#[test]
fn capitalised_marks_apposed_to_an_opening_naming_noun_are_no_speech() {
    let text = "Le slogan de la campagne régionale, « Vos dents, votre sourire », sonne creux \
                à Brest.";
    assert_eq!(speakers(text), []);
}
