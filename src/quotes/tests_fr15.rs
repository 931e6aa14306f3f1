//! French attribution rules added for rounds 14 and 15 (blind14 and blind15 misses), on
//! invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_short_name_spells_a_long_name_with_a_complement_after_contre() {
    // `de lutte contre le gaspillage`: the article after `contre` is the complement's, so the
    // long name goes back to `Office` (`français` after it is no role), whose initials the short name spells.
    let text = "Le rapport a été publié par l’Office français de lutte contre le gaspillage \
                (OFLG), qui suit les cantines depuis dix ans.\n\n\
                « Un repas sur trois finit à la poubelle », a déploré l’OFLG mardi.";
    assert_eq!(
        speakers(text),
        [pair(
            "Un repas sur trois finit à la poubelle",
            Some("Office français de lutte contre le gaspillage")
        )]
    );
}

#[test]
fn an_adverbial_set_off_by_commas_may_stand_between_the_verb_and_its_subject() {
    let text = "« Le quai sera rouvert avant l’été », a assuré mardi, en marge d’une réunion \
                publique, la directrice du port, Agnès Morvan. « Les travaux avancent. »\n\n\
                « Rien n’est joué », a prévenu, lors du conseil municipal, l’élu Paul Ternier.";
    assert_eq!(
        speakers(text),
        [
            pair("Le quai sera rouvert avant l’été", Some("Agnès Morvan")),
            pair("Les travaux avancent.", Some("Agnès Morvan")),
            pair("Rien n’est joué", Some("Paul Ternier")),
        ]
    );
}

#[test]
fn a_reporters_request_participle_opening_a_sentence_is_no_name() {
    // `Contacté,` / `Sollicitée,` set off the sentence's subject; the body it takes up is the
    // one named before.
    let text = "Son fournisseur, la marque Pimpolo, a rompu le contrat. Contacté, le groupe n’a \
                pas souhaité commenter, se bornant à rappeler son « engagement envers la \
                sécurité ».\n\n\
                La mutuelle Solvia a refusé le dossier. Sollicitée, l’entreprise évoque « une \
                erreur de saisie ».";
    assert_eq!(
        speakers(text),
        [
            pair("engagement envers la sécurité", Some("Pimpolo")),
            pair("une erreur de saisie", Some("Solvia")),
        ]
    );
}

#[test]
fn a_body_noun_apposed_to_a_named_brand_is_no_other_body() {
    // `son équipementier, la marque X,` names X: `le groupe` later is X, not `équipementier`.
    let text = "Selon la presse locale, son équipementier, la marque Gravik, a rompu le contrat. \
                Contacté, le groupe n’a pas souhaité commenter, se bornant à rappeler son \
                « attachement à la transparence ».";
    assert_eq!(
        speakers(text),
        [pair("attachement à la transparence", Some("Gravik"))]
    );
}

#[test]
fn a_share_widget_line_names_nobody() {
    // A quotation alone on its line answers for whom the line before ends on: a widget's
    // capitalised verb is nobody.
    let text = "Le maire Paul Girard a démissionné lundi. « C’est mûri », a-t-il dit.\n\n\
                Partager l’article sur les réseaux sociaux\n\n\
                « Une page se tourne »\n\n\
                Le conseil municipal se réunira jeudi.";
    assert_eq!(
        speakers(text),
        [
            pair("C’est mûri", Some("Paul Girard")),
            pair("Une page se tourne", None),
        ]
    );
}

#[test]
fn the_adverbial_pronoun_y_may_stand_before_an_inverted_speech_verb() {
    let text = "L’ancien ministre Henri Vasseur a publié une lettre ouverte. « Je ne me \
                représenterai pas », y écrit-il.\n\n\
                La chanteuse Maëlle Arnoux a posté une vidéo. « Je reviendrai sur scène », y \
                promet l’artiste.";
    let quotes = extract(text, Lang::Fr);
    let cues: Vec<_> = quotes
        .iter()
        .map(|q| q.cue.map(|c| c.slice(text)))
        .collect();
    assert_eq!(cues, [Some("écrit"), Some("promet")]);
    assert_eq!(
        speakers(text),
        [
            pair("Je ne me représenterai pas", Some("Henri Vasseur")),
            pair("Je reviendrai sur scène", Some("Maëlle Arnoux")),
        ]
    );
}

#[test]
fn a_rapper_is_a_role_that_takes_up_a_stage_name() {
    let text = "La mairie a annulé le spectacle du rappeur Orkan.\n\n\
                Orkan a réagi sur Instagram. « Je chanterai ailleurs », assure le rappeur.";
    assert_eq!(
        speakers(text),
        [pair("Je chanterai ailleurs", Some("Orkan"))]
    );
}

#[test]
fn a_bare_body_noun_takes_up_the_fuller_phrase_paragraphs_before_past_blank_lines() {
    // Blank lines between paragraphs do not shorten how far back the fuller phrase is looked
    // for.
    let text = "Le conseil départemental des sages de Vendée a rejeté le projet.\n\n\
                « Nous l’avons appris par courrier », déplore Anne Joly, qui porte le projet.\n\n\
                Le conseil justifie son avis par un « coût disproportionné ».";
    assert_eq!(
        speakers(text),
        [
            pair("Nous l’avons appris par courrier", Some("Anne Joly")),
            pair(
                "coût disproportionné",
                Some("conseil départemental des sages de Vendée")
            ),
        ]
    );
}

#[test]
fn a_phrase_no_fuller_than_the_mention_or_a_modifying_noun_is_no_fuller_phrase() {
    // The headline's `l'agence européenne` says no more than the mention: the body named in
    // the lead speaks. `the county fairgrounds` holds `county` as a modifier only.
    let text = "Grippe : l’agence européenne s’inquiète d’une saison « précoce »\n\n\
                L’Office européen de veille sanitaire (OEVS) a compté 9 000 cas en octobre. \
                Dans un bulletin publié lundi, l’agence européenne évoque une hausse « sans \
                équivalent récent ».";
    assert_eq!(
        speakers(text)[1],
        pair(
            "sans équivalent récent",
            Some("Office européen de veille sanitaire")
        )
    );
    let text = "Officials in Birch County ordered new evacuations on Monday.\n\n\
                Ray Dunn drove his horses to the county fairgrounds in Elmvale. \"We left \
                everything,\" he said.\n\n\
                A spokesperson for the county said that \"every shelter is open.\"";
    assert_eq!(
        speakers_in(text, Lang::En)[1],
        pair("every shelter is open.", Some("Birch County"))
    );
}

#[test]
fn a_body_with_a_short_name_keeps_the_gender_of_its_long_names_article() {
    // `il` is the body (masculine `Le Bureau`), not the unnamed employee before it.
    let text = "Un agent du port, qui a requis l’anonymat, affirme que les grues « étaient \
                usées ».\n\n\
                Le Bureau d’enquêtes sur les accidents portuaires (BEAP) a ouvert une enquête. \
                Dans un communiqué, il indique que le terminal restera fermé « jusqu’à nouvel \
                ordre ».";
    assert_eq!(
        speakers(text),
        [
            pair("étaient usées", Some("agent")),
            pair(
                "jusqu’à nouvel ordre",
                Some("Bureau d’enquêtes sur les accidents portuaires")
            ),
        ]
    );
}

#[test]
fn a_title_case_label_after_an_elided_article_is_no_speech() {
    // `l’« … »`: the tokens split the elided article from its apostrophe before the mark.
    let text = "La pâtissière, connue pour sa tarte fétiche, l’« Éclat des quatre saisons », \
                refuse de changer sa carte. Elle a aussi remporté l’«Trophée des Cimes» en mai.";
    assert_eq!(speakers(text), []);
}

#[test]
fn an_attribution_far_after_a_title_case_label_does_not_make_it_speech() {
    // The cue ends the author's sentence, clauses away from the marks: the marks name a race.
    // Right after the marks, the cue still makes the words speech.
    let text = "La course des « Foulées de Montbrun », prévue en mai, est pour l’instant \
                maintenue, a indiqué la préfecture.\n\n\
                Le maire dénonce une « Décision Brutale », a déclaré son cabinet.";
    assert_eq!(speakers(text), [pair("Décision Brutale", Some("cabinet"))]);
}

#[test]
fn a_title_in_marks_on_a_related_article_line_is_no_speech() {
    let text = "« Nous tiendrons », a promis la maire, Ana Roux.\n\n\
                Lire aussi notre reportage : « Les digues, la mer et nous »\n\n\
                À lire aussi : « Défi Minuit » : les médecins s’alarment\n\n\
                La commune votera jeudi.";
    assert_eq!(speakers(text), [pair("Nous tiendrons", Some("Ana Roux"))]);
}

#[test]
fn marks_after_a_reflexive_naming_verb_hold_a_name() {
    // `s'appellera « … »` names the new body; `appelle « … »` without `s'` is a call, speech.
    let text = "La nouvelle mutuelle s’appellera « Harmonie régionale & alpine » dès janvier.\n\n\
                Le syndicat appelle « à la grève générale », a indiqué son secrétaire, Luc Morin.";
    assert_eq!(
        speakers(text),
        [pair("à la grève générale", Some("Luc Morin"))]
    );
}

#[test]
fn a_passive_participle_with_its_agent_opens_an_adverbial_before_the_subject() {
    let text = "Dans son rapport, consulté par la presse, l’arbitre du match, Paul Mercier, \
                écrit avoir constaté « une faute nette ».";
    assert_eq!(
        speakers(text),
        [pair("une faute nette", Some("Paul Mercier"))]
    );
}

#[test]
fn a_role_set_off_right_before_a_headline_quotation_says_it() {
    let text = "Brégny : une riveraine attaque le carillon, le maire « ne reculera pas »\n\n\
                Le maire, Étienne Vautrin, refuse de faire taire le carillon. « Je ne reculerai \
                jamais », a-t-il affirmé lundi.";
    assert_eq!(
        speakers(text),
        [
            pair("ne reculera pas", Some("Étienne Vautrin")),
            pair("Je ne reculerai jamais", Some("Étienne Vautrin")),
        ]
    );
}

#[test]
fn a_past_participle_phrase_may_stand_between_the_subject_and_its_speech_verb() {
    let text = "Un plaisancier amarré trois pontons plus loin s’interroge : « Qui surveille le \
                port la nuit ? »\n\n\
                La gardienne Inès Caradec, postée à l’entrée du quai, raconte : « J’ai vu la \
                fumée. »";
    assert_eq!(
        speakers(text),
        [
            pair("Qui surveille le port la nuit ?", Some("plaisancier")),
            pair("J’ai vu la fumée.", Some("Inès Caradec")),
        ]
    );
}

#[test]
fn one_of_a_group_as_the_subject_before_a_speech_verb_is_named_by_the_groups_role() {
    let text = "Les douaniers fouillent le cargo. L’un d’eux, qui a requis l’anonymat, décrit \
                une cargaison « très bien cachée ». « Ils connaissent nos méthodes », ajoute-t-il.";
    assert_eq!(
        speakers(text),
        [
            pair("très bien cachée", Some("douanier")),
            pair("Ils connaissent nos méthodes", Some("douanier")),
        ]
    );
}

#[test]
fn one_of_a_group_opening_a_sentence_is_no_description_of_a_person_named_before() {
    // `il` after `L'un d'eux` is that one, not the spokesman named in the paragraph before.
    let text = "L’armateur, par la voix de son porte-parole, Marc Delval, dit n’avoir « rien \
                vu ».\n\n\
                Les douaniers fouillent le cargo. L’un d’eux décrit une cargaison « très bien \
                cachée ». « Ils connaissent nos méthodes », ajoute-t-il.";
    assert_eq!(
        speakers(text)[1..],
        [
            pair("très bien cachée", Some("douanier")),
            pair("Ils connaissent nos méthodes", Some("douanier")),
        ]
    );
}

#[test]
fn an_intertitle_quotation_repeated_word_for_word_later_is_that_speakers() {
    let text = "La saisie porte sur 9 000 montres.\n\n\
                Un manque à gagner « vertigineux »\n\n\
                Pour l’horloger Maison Dervaz, le manque à gagner est « vertigineux ». La maison \
                a porté plainte.";
    assert_eq!(
        speakers(text),
        [
            pair("vertigineux", Some("Maison Dervaz")),
            pair("vertigineux", Some("Maison Dervaz")),
        ]
    );
}

#[test]
fn an_opening_cue_before_a_person_noun_the_roles_do_not_list_names_the_person() {
    let text = "Généraliste à Brest, la docteure Lise Kerhervé s’alarme. « Les salles \
                d’attente débordent », a-t-elle expliqué. Pour la praticienne, « le système \
                tient par miracle ». Selon la praticienne, les délais sont « intenables ».";
    assert_eq!(
        speakers(text)[1..],
        [
            pair("le système tient par miracle", Some("Lise Kerhervé")),
            pair("intenables", Some("Lise Kerhervé")),
        ]
    );
}

#[test]
fn a_bare_body_noun_in_a_headline_gives_way_to_the_body_quotation_repeating_the_words() {
    let text = "Grève des bus : la direction promet un retour « dès lundi »\n\n\
                La directrice du réseau, Claire Ansel, a promis jeudi un service normal « dès \
                lundi ». « Nous avons trouvé un accord », a-t-elle assuré.";
    assert_eq!(
        speakers(text),
        [
            pair("dès lundi", Some("Claire Ansel")),
            pair("dès lundi", Some("Claire Ansel")),
            pair("Nous avons trouvé un accord", Some("Claire Ansel")),
        ]
    );
}

#[test]
fn a_definite_document_noun_takes_up_the_document_named_before_and_speaks_for_its_author() {
    let text = "Dans un communiqué publié mardi, la fédération Voile Ouest justifie sa décision \
                par « des vents trop forts ».\n\n\
                « La sécurité des équipages passe avant tout », précise le texte.";
    assert_eq!(
        speakers(text),
        [
            pair("des vents trop forts", Some("Voile Ouest")),
            pair(
                "La sécurité des équipages passe avant tout",
                Some("Voile Ouest")
            ),
        ]
    );
}

#[test]
fn a_participle_after_the_phrase_following_a_partial_quotation_is_no_verb_of_that_phrase() {
    // (`guide` is a role too: the phrase is no speaker either way.)
    let text = "La gérante, Inès Morvan, parle d’une « injustice ».\n\
                Le maire du village, Paul Tessier, a jugé « absurde » la décision du guide, \
                rappelant que la commune compte 900 habitants.";
    assert_eq!(
        speakers(text),
        [
            pair("injustice", Some("Inès Morvan")),
            pair("absurde", Some("Paul Tessier")),
        ]
    );
}

#[test]
fn a_medium_whose_name_opens_with_a_number_is_the_one_spoken_to() {
    let text = "« Le collège a été évacué en cinq minutes », a réagi auprès de 20 Minutes la \
                principale, Anne Ruiz.";
    assert_eq!(
        speakers(text),
        [pair(
            "Le collège a été évacué en cinq minutes",
            Some("Anne Ruiz")
        )]
    );
}

#[test]
fn a_management_noun_with_an_adjective_names_an_administration_by_itself() {
    // Not the company the article is about: `direction départementale …` is its own body.
    let text = "Le groupe Ventora a fermé son usine.\n\n\
                La direction départementale des territoires a rappelé que le site était « classé \
                à risque ».";
    assert_eq!(
        speakers(text),
        [pair(
            "classé à risque",
            Some("direction départementale des territoires")
        )]
    );
}

#[test]
fn a_past_participle_set_off_at_the_start_of_a_sentence_is_no_name() {
    // `Condamnée,` opens the sentence about the company named before; `René,` is a name.
    let text = "La société Rivaz a perdu son procès. Condamnée, l’entreprise évoque une \
                « décision injuste ».\n\n\
                René, lui, parle d’un « gâchis ».";
    assert_eq!(
        speakers(text),
        [
            pair("décision injuste", Some("Rivaz")),
            pair("gâchis", Some("René")),
        ]
    );
}
