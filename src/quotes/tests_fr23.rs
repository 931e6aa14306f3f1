//! French attribution rules added in round 23 (blind23 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_figure_in_marks_is_named_only_right_after_its_noun() {
    // `le projet créera « 80 logements »` quotes an amount; `le film « 1917 »` names a film.
    let text = "Le bailleur assure que le projet créera « 80 logements neufs ». Le cinéma \
                projette le film « 1917 » ce soir.";
    assert_eq!(
        speakers(text),
        [pair("80 logements neufs", Some("bailleur"))]
    );
}

#[test]
fn signs_in_a_prepositional_phrase_display_no_words() {
    let text = "Dans une lettre aux parents, elle évoquait « une école modèle », avec des \
                panneaux solaires sur « 100 % des préaux ».";
    assert_eq!(
        speakers(text)
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>(),
        ["une école modèle", "100 % des préaux"]
    );
}

#[test]
fn a_participle_qualifying_a_noun_before_a_colon_reports_nothing() {
    let text = "Son avocate, Me Claire Vidal, a réagi par une déclaration écrite : « Ma cliente \
                conteste chacun de ces faits. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Ma cliente conteste chacun de ces faits.",
            Some("Claire Vidal")
        )]
    );
}

#[test]
fn a_qualified_institution_is_no_other_body_named_paragraphs_before() {
    let text = "Les Transports du Val d’Arve (TVA) ont mis en place des bus. « Le service \
                reprendra demain », indique leur directeur, Marc Blanc.\n\
                La gendarmerie départementale savoyarde confirme qu’« aucun blessé n’est à \
                déplorer ».";
    assert_eq!(
        speakers(text)[1],
        pair(
            "aucun blessé n’est à déplorer",
            Some("gendarmerie départementale savoyarde")
        )
    );
}

#[test]
fn a_two_word_adverb_sits_inside_the_verb_group() {
    let text = "Le maire de Lunel, Paul Arnaud, a présenté son budget. Le maire a par ailleurs \
                jugé « inutile » de relever les impôts. Il a d’ailleurs qualifié la dette de \
                « maîtrisée ».";
    assert_eq!(
        speakers(text),
        [
            pair("inutile", Some("Paul Arnaud")),
            pair("maîtrisée", Some("Paul Arnaud")),
        ]
    );
}

#[test]
fn a_bare_definite_spokeswoman_is_the_one_named_in_that_role() {
    let text = "Invitée de la radio, la porte-parole du gouvernement, Inès Morel, a défendu la \
                réforme. La porte-parole a jugé « prématuré » de parler d’un vote bloqué.";
    assert_eq!(speakers(text), [pair("prématuré", Some("Inès Morel"))]);
}

#[test]
fn a_nickname_given_in_a_relative_clause_is_the_same_person() {
    let text = "« Je ne baisserai pas mes prix », lance Karim Haddad, boulanger du quartier, \
                que tout le monde appelle Abou Sami. Les clients grognent. Abou Sami, lui, \
                assure qu’il n’a « rien à se reprocher ».";
    assert_eq!(
        speakers(text)[1],
        pair("rien à se reprocher", Some("Karim Haddad"))
    );
}

#[test]
fn an_internaute_and_a_residant_are_unnamed_speakers() {
    let text = "« Le train est encore en retard », a ironisé une internaute sur un réseau \
                social. « On parle de 20 000 euros par foyer », a calculé un résidant qui \
                préfère taire son nom.";
    assert_eq!(
        speakers(text),
        [
            pair("Le train est encore en retard", Some("internaute")),
            pair("On parle de 20 000 euros par foyer", Some("résidant")),
        ]
    );
}

#[test]
fn a_name_with_another_role_is_not_the_unnamed_speaker_before() {
    let text = "« Encore une panne », a ironisé une internaute sur un réseau social. Pas \
                toutes : « J’ai raté mon oral », déplore Zoé, étudiante de 20 ans.";
    assert_eq!(
        speakers(text),
        [
            pair("Encore une panne", Some("internaute")),
            pair("J’ai raté mon oral", Some("Zoé")),
        ]
    );
}

#[test]
fn a_communaute_de_communes_is_a_body() {
    let text = "La communauté de communes du Haut-Jura, compétente pour les transports, a \
                promis dans un communiqué « un car gratuit dès mardi ».";
    assert_eq!(
        speakers(text),
        [pair(
            "un car gratuit dès mardi",
            Some("communauté de communes du Haut-Jura")
        )]
    );
}

#[test]
fn on_after_an_opening_place_phrase_speaks_for_the_body_without_a_speech_verb() {
    let text = "Au ministère de la Culture, on suit la vente « de très près ».";
    assert_eq!(
        speakers(text),
        [pair("de très près", Some("ministère de la Culture"))]
    );
}

#[test]
fn a_pronoun_after_a_sentence_opening_on_a_document_is_its_author() {
    let text = "Le maire, Jean Roux, a fermé le pont. Le rapport du cabinet Alpha Ingénierie, \
                remis lundi, est sévère. Il pointe des « fissures profondes » et préconise \
                « un chantier urgent ».";
    assert_eq!(
        speakers(text),
        [
            pair("fissures profondes", Some("Alpha Ingénierie")),
            pair("un chantier urgent", Some("Alpha Ingénierie")),
        ]
    );
}

#[test]
fn capitalised_marks_apposed_to_a_clause_naming_a_work_hold_its_title() {
    let text =
        "Pour la suite, Léa a déjà un projet : un roman, dont le titre est choisi, « Dernier \
                arrêt, tout le monde descend ». « Mais d’abord, je dors », sourit-elle.";
    assert_eq!(speakers(text), [pair("Mais d’abord, je dors", Some("Léa"))]);
}

#[test]
fn capitalised_marks_after_a_comma_with_no_work_before_are_speech() {
    let text = "Le maire, Paul Roux, a parlé. Son message est clair, « Personne ne sera oublié ».";
    assert_eq!(
        speakers(text)
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>(),
        ["Personne ne sera oublié"]
    );
}

#[test]
fn a_bare_institution_in_a_standfirst_takes_the_fuller_phrase_given_later() {
    let text = "Marché de Noël : la grogne\n\n\
                La commission a écarté six exposants. La mairie invoque un « choix nécessaire ».\n\n\
                Par Anne Weber\n\n\
                Joseph Kern vendait des poteries. « On m’a retiré mon chalet », souffle-t-il.\n\
                Dans un communiqué, la mairie de Colmar indique que « les exposants seront \
                prioritaires ».";
    assert_eq!(
        speakers(text)[0],
        pair("choix nécessaire", Some("mairie de Colmar"))
    );
}
