//! French attribution rules added in round 16 (blind16 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_body_name_may_coordinate_two_complements() {
    let text = "Dans un arrêté publié hier, le ministère de l’Enseignement supérieur et de la \
                recherche annonce le report, « au plus tôt en septembre », de la réforme.";
    assert_eq!(
        speakers(text),
        [pair(
            "au plus tôt en septembre",
            Some("ministère de l’Enseignement supérieur et de la recherche")
        )]
    );
}

#[test]
fn a_note_speaks_for_the_body_that_wrote_it() {
    let text = "Dans une note interne, l'Agence nationale des fréquences annonce des \
                contrôles renforcés. La note évoque « un relâchement préoccupant » dans \
                plusieurs aéroports.";
    assert_eq!(
        speakers(text),
        [pair(
            "un relâchement préoccupant",
            Some("Agence nationale des fréquences")
        )]
    );
}

#[test]
fn a_topic_marker_opening_a_sentence_is_no_name() {
    let text = "Côté syndical, le délégué Marc Pinel a « pris note » du projet, selon un texte \
                publié mardi.";
    assert_eq!(speakers(text), [pair("pris note", Some("Marc Pinel"))]);
}

#[test]
fn a_party_in_brackets_after_an_apposed_name_is_an_aside() {
    let text = "Le port de Kerlouan sera fermé en mars. Pour la maire, Anne Le Bihan (divers \
                droite), la décision est « un coup dur pour les pêcheurs ».";
    assert_eq!(
        speakers(text),
        [pair("un coup dur pour les pêcheurs", Some("Anne Le Bihan"))]
    );
}

#[test]
fn an_apposed_role_after_an_age_or_an_adjective_names_the_person() {
    // `le boulanger` later takes up the person the apposition described, even with another
    // man named since.
    let text = "Gaël Tanguy, 58 ans, unique boulanger du bourg, cherche un repreneur. « Personne \
                ne répond », déplore-t-il.\n\n\
                Le conseiller départemental, Paul Mévellec, a promis son aide. « Le bourg ne \
                mourra pas », a-t-il assuré.\n\n\
                Une camionnette pourrait passer deux fois par semaine. Le boulanger reste \
                sceptique. « Le pain de la veille, personne n'en veut », glisse-t-il.";
    assert_eq!(
        speakers(text),
        [
            pair("Personne ne répond", Some("Gaël Tanguy")),
            pair("Le bourg ne mourra pas", Some("Paul Mévellec")),
            pair(
                "Le pain de la veille, personne n'en veut",
                Some("Gaël Tanguy")
            ),
        ]
    );
}

#[test]
fn an_apposition_opened_by_an_adverb_describes_the_group_before_it() {
    let text = "Les riverains, majoritairement des retraités, dénoncent un chantier « démesuré » \
                et « bruyant ».";
    assert_eq!(
        speakers(text),
        [
            pair("démesuré", Some("riverains")),
            pair("bruyant", Some("riverains")),
        ]
    );
}

#[test]
fn an_indefinite_role_is_somebody_new_not_the_named_holder() {
    // Jeanne Cabrol is a `viticultrice`; `une viticultrice du canton` quoted later is another.
    let text = "La présidente de la cave, Jeanne Cabrol, viticultrice à Cahors, défend la \
                fusion. « Seuls, nous ne tiendrons pas », a-t-elle expliqué.\n\n\
                « On nous vend notre propre disparition », lâche une viticultrice du canton, \
                qui tient à rester anonyme.";
    assert_eq!(
        speakers(text),
        [
            pair("Seuls, nous ne tiendrons pas", Some("Jeanne Cabrol")),
            pair(
                "On nous vend notre propre disparition",
                Some("viticultrice")
            ),
        ]
    );
}

#[test]
fn a_stressed_pronoun_between_commas_leaves_the_subject_before_it() {
    // `lui` repeats the union: not Paul Roux named before.
    let text = "Le PDG, Paul Roux, a salué des résultats « solides ».\n\n\
                La fédération Force commune, elle, reste prudente. « Le flou demeure. »";
    assert_eq!(
        speakers(text),
        [
            pair("solides", Some("Paul Roux")),
            pair("Le flou demeure.", Some("Force commune")),
        ]
    );
}

#[test]
fn a_relative_clause_before_a_colon_puts_its_subject_after_the_verb() {
    let text = "Le syndicat parle d'un plan caché. Une version que rejette Claire Dumas, \
                directrice du site : « Aucun licenciement n'est prévu. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Aucun licenciement n'est prévu.",
            Some("Claire Dumas")
        )]
    );
}

#[test]
fn a_role_word_before_an_institution_noun_is_an_adjective_in_french() {
    // `principal` is a role (`le principal du collège`), but `le principal opérateur` is a
    // company, which `l'entreprise` then takes up.
    let text = "Le principal opérateur du pays, Orvalis Télécom, a perdu 9 % de ses abonnés. \
                Dans un communiqué, l'entreprise réclame « un moratoire immédiat ».";
    assert_eq!(
        speakers(text),
        [pair("un moratoire immédiat", Some("Orvalis Télécom"))]
    );
}

#[test]
fn an_unnamed_source_after_an_opening_adverbial_is_no_apposition() {
    // `un conseiller` follows `Interrogé par Radio Sahel,`: a new subject, which `il` takes up.
    let text = "Le ministre Paul Sarr défend la taxe.\n\n\
                Interrogé par Radio Sahel, un conseiller du Premier ministre assure que le seuil \
                « pourrait être relevé ». « Nous ne sommes pas sourds », tranche-t-il.";
    assert_eq!(
        speakers(text),
        [
            pair("pourrait être relevé", Some("conseiller")),
            pair("Nous ne sommes pas sourds", Some("conseiller")),
        ]
    );
}
