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

#[test]
fn an_aside_between_auxiliary_and_participle_is_no_subject() {
    let text = "Le préfet du Var, Marc Olivier, a de son côté qualifié la crue d’« historique » \
                et appelé à « la plus grande prudence ».";
    assert_eq!(
        speakers(text),
        [
            pair("historique", Some("Marc Olivier")),
            pair("la plus grande prudence", Some("Marc Olivier")),
        ]
    );
}

#[test]
fn an_indefinite_role_with_an_apposed_name_introduces_that_person() {
    let text = "La réunion a été houleuse. Un copropriétaire, Jean Morin, 70 ans, défend son \
                choix : « Je ne paierai pas pour un musée. »";
    assert_eq!(
        speakers(text),
        [pair("Je ne paierai pas pour un musée.", Some("Jean Morin"))]
    );
}

#[test]
fn an_unnamed_role_named_in_the_next_quotation_is_that_person() {
    let text = "Le chat a disparu dimanche. Sa maîtresse, une retraitée du quartier, dit avoir « \
                tout cherché ». « Je l’ai appelé toute la nuit », raconte Lucie Ferrand, 71 ans.";
    assert_eq!(
        speakers(text),
        [
            pair("tout cherché", Some("Lucie Ferrand")),
            pair("Je l’ai appelé toute la nuit", Some("Lucie Ferrand")),
        ]
    );
    // A man named next is someone else.
    let text = "Le chat a disparu dimanche. Une retraitée du quartier dit avoir « tout \
                cherché ». « Je l’ai vu partir », raconte Paul Ferrand, 71 ans.";
    assert_eq!(
        speakers(text),
        [
            pair("tout cherché", Some("retraitée")),
            pair("Je l’ai vu partir", Some("Paul Ferrand")),
        ]
    );
}

#[test]
fn a_description_with_another_noun_than_an_unnamed_person_is_the_named_one() {
    // `la potière` is not the customer who is the subject before: it is the named woman.
    let text = "Une cliente montre à Julie Marchal la photo d’un vase. Même forme, même \
                émail. « C’était mon vase », assure la potière de 40 ans. « Je n’y croyais \
                pas », sourit-elle.";
    assert_eq!(
        speakers(text),
        [
            pair("C’était mon vase", Some("Julie Marchal")),
            pair("Je n’y croyais pas", Some("Julie Marchal")),
        ]
    );
    // A demonstrative takes up the unnamed person under any noun.
    let text = "Selon un proche du dossier, la décision est prise. « Il n’y avait pas le \
                choix », confie ce connaisseur des couloirs.";
    assert_eq!(
        speakers(text),
        [pair("Il n’y avait pas le choix", Some("proche"))]
    );
}

#[test]
fn a_footnote_star_after_a_name_is_no_punctuation() {
    let text = "Les consignes sont vite tombées. Julie*, aide-soignante dans l’un des \
                établissements du groupe, raconte :\n\
                « On nous a demandé de presser le pas. »\n\
                * Le prénom a été modifié.";
    assert_eq!(
        speakers(text),
        [pair("On nous a demandé de presser le pas.", Some("Julie"))]
    );
}

#[test]
fn a_connective_phrase_before_the_inverted_subject_is_skipped() {
    let text = "Le maire, Jean Dulac, se montre prudent. « Nous verrons », dit-il. « Ce projet \
                passera », confie en revanche un adjoint de sa majorité.";
    assert_eq!(
        speakers(text),
        [
            pair("Nous verrons", Some("Jean Dulac")),
            pair("Ce projet passera", Some("adjoint")),
        ]
    );
}

#[test]
fn a_swiss_municipal_is_a_role() {
    let text = "Marie Dubois, municipale chargée des finances, a présenté le budget. Un \
                conseiller parle d’un trou d’un million.\n\
                La municipale conteste ce chiffre : « Le déficit est de 300 000 francs. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Le déficit est de 300 000 francs.",
            Some("Marie Dubois")
        )]
    );
}

#[test]
fn a_thing_after_the_verb_closing_a_sentence_is_no_inverted_subject() {
    let text = "Le directeur, Paul Bastide, conteste les conclusions. « Ils n’ont pas visité \
                l’usine. »";
    assert_eq!(
        speakers(text),
        [pair("Ils n’ont pas visité l’usine.", Some("Paul Bastide"))]
    );
}

#[test]
fn a_sentence_opening_on_a_source_announces_the_next_quotation() {
    let text = "Le magasin a fermé. Pour Marthe Giraud, la perte est immense. « Les anciens \
                n’ont plus où aller. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Les anciens n’ont plus où aller.",
            Some("Marthe Giraud")
        )]
    );
    // A paragraph that is only a quotation goes on with the source the paragraph before ends
    // on, not with that paragraph's quotation.
    let text = "Le syndicat SNA dénonce « une casse sociale ». Selon son délégué, Marc Vial, \
                60 postes seraient menacés.\n\
                « On nous parle de réforme, on nous prépare des départs. »";
    assert_eq!(
        speakers(text),
        [
            pair("une casse sociale", Some("SNA")),
            pair(
                "On nous parle de réforme, on nous prépare des départs.",
                Some("Marc Vial")
            ),
        ]
    );
}

#[test]
fn a_headline_label_between_an_article_and_a_relative_is_no_quotation() {
    let text = "Réforme des hôpitaux : le « virage ambulatoire » qui vide les services\n\n\
                Par Anne Roux\n\n\
                La ministre, Claire Vidal, défend « une médecine de proximité ».";
    assert_eq!(
        speakers(text),
        [pair("une médecine de proximité", Some("Claire Vidal"))]
    );
}

#[test]
fn one_among_a_group_is_a_member_of_the_group() {
    let text = "Les bénévoles sont partis. « On ne pouvait plus continuer », raconte l’un \
                d’entre eux.";
    assert_eq!(
        speakers(text),
        [pair("On ne pouvait plus continuer", Some("bénévole"))]
    );
}
