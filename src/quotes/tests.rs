//! End-to-end behaviour of `extract` on constructed sentences.

use super::*;

fn run(text: &str, lang: Lang) -> Vec<(String, Option<String>, Option<String>, &'static str)> {
    extract(text, lang)
        .into_iter()
        .map(|q| {
            (
                q.span.slice(text).to_string(),
                q.speaker,
                q.cue.map(|c| c.slice(text).to_string()),
                q.kind.name(),
            )
        })
        .collect()
}

fn speakers(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
    run(text, lang)
        .into_iter()
        .map(|(t, s, _, _)| (t, s))
        .collect()
}

fn pair(t: &str, s: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), s.map(str::to_string))
}

#[test]
fn finds_guillemets_and_attributes_postposed_speaker() {
    let text = "« Nous ne céderons pas sur ce point », a déclaré Jeanne Martin mardi.";
    let got = run(text, Lang::Fr);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Nous ne céderons pas sur ce point");
    assert_eq!(got[0].1.as_deref(), Some("Jeanne Martin"));
    assert_eq!(got[0].2.as_deref(), Some("a déclaré"));
    assert_eq!(got[0].3, "direct");
}

#[test]
fn inverted_pronoun_resolves_to_the_full_name_by_gender() {
    let text = "Le maire Paul Ricard a reçu Anne Vidal. « Le chantier avance », a-t-il assuré.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Le chantier avance", Some("Paul Ricard"))]
    );
}

#[test]
fn surname_and_title_resolve_to_the_full_name() {
    let text =
        "Marc Delorme, le président du club, est arrivé.\n« Nous jouerons », a dit M. Delorme.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Nous jouerons", Some("Marc Delorme"))]
    );
}

#[test]
fn incise_splits_the_quote_into_pieces_with_one_speaker() {
    let text = "« Le budget est prêt, a expliqué la ministre Claire Morel, et il sera voté. »";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("Le budget est prêt", Some("Claire Morel")),
            pair("et il sera voté.", Some("Claire Morel"))
        ]
    );
}

#[test]
fn addressee_is_never_the_speaker() {
    let text = "« Rien n’est décidé », a déclaré Luc Perrin au journaliste Hugo Marchand.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Rien n’est décidé", Some("Luc Perrin"))]
    );
    let en = "\"Nothing is settled,\" Dana Ortiz told reporter Sam Hill.";
    assert_eq!(
        speakers(en, Lang::En),
        [pair("Nothing is settled,", Some("Dana Ortiz"))]
    );
}

#[test]
fn english_patterns_and_follow_on() {
    let text = "Mayor Ruth Kline visited the plant. “It is safe,” she said. “We checked twice.”";
    assert_eq!(
        speakers(text, Lang::En),
        [
            pair("It is safe,", Some("Ruth Kline")),
            pair("We checked twice.", Some("Ruth Kline"))
        ]
    );
}

#[test]
fn names_of_works_and_operations_are_not_returned() {
    assert!(run(
        "L’armée a lancé l’opération « Tempête grise » hier.",
        Lang::Fr
    )
    .is_empty());
    assert!(run(
        "The app \"SafeRoute\" was downloaded a million times.",
        Lang::En
    )
    .is_empty());
}

#[test]
fn organisations_and_source_cues() {
    let text = "« Le site est fermé », a indiqué la préfecture du Var. La pollution reste « forte », selon Airparif.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("Le site est fermé", Some("préfecture du Var")),
            pair("forte", Some("Airparif"))
        ]
    );
}

#[test]
fn stray_marks_never_lose_the_document() {
    let text = "» « « “ ” \" ' ‘ ’ » texte « fin";
    let _ = extract(text, Lang::Fr);
    let _ = extract(text, Lang::En);
    let text = "Il a dit « oui ». . » Puis « non », a-t-il ajouté.";
    assert_eq!(run(text, Lang::Fr).len(), 2);
}

#[test]
fn a_quote_followed_only_by_punctuation_ends_the_text_cleanly() {
    // Regression (proptest): the attribution search ran one token past the end.
    for lang in Lang::ALL {
        for text in ["\"a\",", "« a »,", "“a”."] {
            for quote in extract(text, lang) {
                assert!(quote.span.end <= text.len());
            }
        }
    }
}

#[test]
fn a_role_prefix_at_the_end_of_the_text_stays_in_bounds() {
    // Regression (cargo fuzz): the noun-phrase scan was given a limit past the last token.
    for lang in Lang::ALL {
        let _ = extract("«\nLe D P", lang);
    }
}

// --- phenomena of the held-out-style set, each in its own words -----------------------------

fn speaker_of(text: &str, lang: Lang, quote: &str) -> Option<String> {
    run(text, lang)
        .into_iter()
        .find(|(t, ..)| t == quote)
        .unwrap_or_else(|| panic!("{quote:?} not found in {:?}", run(text, lang)))
        .1
}

#[test]
fn an_anonymous_source_is_named_by_its_role_and_its_pronoun_refers_to_it() {
    let text = "Marie Dubois a porté plainte en mars. Une voisine de la famille, installée dans \
                l’immeuble depuis vingt ans, a accepté de parler. « Je les entendais crier chaque \
                soir », raconte-t-elle.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Je les entendais crier chaque soir").as_deref(),
        Some("voisine")
    );
    let text = "A source close to the talks said a deal was near. “Nobody wants to walk away \
                now,” the source said.";
    assert_eq!(
        speaker_of(text, Lang::En, "Nobody wants to walk away now,").as_deref(),
        Some("source")
    );
}

#[test]
fn a_role_with_a_complement_is_cut_after_its_head() {
    let text = "« Personne ne nous a prévenus », a confié un infirmier de l’hôpital de Nîmes.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Personne ne nous a prévenus").as_deref(),
        Some("infirmier")
    );
}

#[test]
fn a_spokesperson_speaks_for_the_body_named_before() {
    let text = "Le ministère de l’Agriculture a publié jeudi ses chiffres.\nUne porte-parole du \
                ministère a assuré que les aides seraient versées « avant l’été ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "avant l’été").as_deref(),
        Some("ministère de l’Agriculture")
    );
    let text = "The Department for Education published the figures on Monday. A spokesman for \
                the department added: “Every school will be funded.”";
    assert_eq!(
        speaker_of(text, Lang::En, "Every school will be funded.").as_deref(),
        Some("Department for Education")
    );
    let text = "Trainly, the rail operator, cancelled 40 trains. A company spokeswoman said the \
                strike was “regrettable”.";
    assert_eq!(
        speaker_of(text, Lang::En, "regrettable").as_deref(),
        Some("Trainly")
    );
}

#[test]
fn an_institution_of_a_place_is_one_name() {
    let text = "The Bank of Canada cut its key rate on Wednesday. “Inflation is back near \
                target,” the bank said.";
    assert_eq!(
        speaker_of(text, Lang::En, "Inflation is back near target,").as_deref(),
        Some("Bank of Canada")
    );
}

#[test]
fn a_nationality_noun_refers_to_the_person_and_stays_out_of_the_name() {
    let text = "Carlos Vega won the final against Tom Harris in four sets. “I served better than \
                ever,” the Spaniard said.";
    assert_eq!(
        speaker_of(text, Lang::En, "I served better than ever,").as_deref(),
        Some("Carlos Vega")
    );
    let text = "L’Allemande Petra Vogel a gagné le slalom. « La neige était parfaite », a-t-elle \
                déclaré.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "La neige était parfaite").as_deref(),
        Some("Petra Vogel")
    );
}

#[test]
fn a_definite_description_subject_carries_the_pronoun_to_its_person() {
    let text = "Marc Petit a ouvert la cérémonie. Le prix a été remis à Hugo Lenoir par la \
                présidente du jury, Claire Martin. L’acteur, encore ému, a salué sa famille. \
                « J’ai pensé à mon père », a-t-il confié.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "J’ai pensé à mon père").as_deref(),
        Some("Hugo Lenoir")
    );
}

#[test]
fn a_name_before_a_role_noun_is_a_modifier_not_an_antecedent() {
    let text = "“Prices will keep rising,” said Emma Collins, chief EU economist at the bank. She \
                added that rates were “likely to stay high”.";
    assert_eq!(
        speaker_of(text, Lang::En, "likely to stay high").as_deref(),
        Some("Emma Collins")
    );
}

#[test]
fn an_incise_may_close_with_an_adverbial() {
    let text = "« Nous allons gagner, a-t-elle lancé devant ses partisans. Le pays nous attend. »";
    let got = speakers(text, Lang::Fr);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "Nous allons gagner");
    assert_eq!(got[1].0, "Le pays nous attend.");
}

#[test]
fn a_quote_resuming_after_its_attribution_keeps_the_speaker() {
    let text = "“We tried everything,” Laura Price said after the match, “but they were simply \
                better.”";
    assert_eq!(
        speakers(text, Lang::En),
        [
            pair("We tried everything,", Some("Laura Price")),
            pair("but they were simply better.", Some("Laura Price")),
        ]
    );
}

#[test]
fn a_french_title_capitalised_on_its_first_word_is_no_quote() {
    let text = "Le public a réservé un triomphe à « La Nuit des rois », jouée mardi à Lyon.";
    assert!(run(text, Lang::Fr).is_empty());
}

#[test]
fn an_inverted_auxiliary_may_govern_an_infinitive_speech_verb() {
    let text =
        "Paul Morel a quitté la salle. « Je ne commente pas les rumeurs », s’est-il borné à \
                dire.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Je ne commente pas les rumeurs").as_deref(),
        Some("Paul Morel")
    );
}

#[test]
fn a_source_introduced_by_pour_is_a_salient_antecedent() {
    let text = "Marie Blanc a ouvert le colloque. Pour la sociologue Anne Roux, le phénomène est \
                ancien. « Il remonte aux années 1990 », précise-t-elle.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Il remonte aux années 1990").as_deref(),
        Some("Anne Roux")
    );
}

#[test]
fn a_passive_participle_opening_the_sentence_is_no_name() {
    let text = "Contactée par l’AFP, la direction de Transalp a exprimé ses « regrets ». \
                L’entreprise a promis « une enquête interne ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "une enquête interne").as_deref(),
        Some("Transalp")
    );
}

#[test]
fn an_institution_with_several_words_is_no_antecedent_of_a_pronoun() {
    let text = "La présidente Julie Marchand a inauguré le Festival de Genève. « Nous attendons \
                100 000 visiteurs », a-t-elle déclaré.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Nous attendons 100 000 visiteurs").as_deref(),
        Some("Julie Marchand")
    );
}

#[test]
fn a_reflexive_verb_before_a_colon_finds_a_role_with_a_place_complement() {
    let text =
        "Une habitante de Villeneuve-sur-Lot, qui tient à rester anonyme, s’alarme pour ses \
                enfants : « L’eau a un goût bizarre depuis un mois. »";
    assert_eq!(
        speaker_of(text, Lang::Fr, "L’eau a un goût bizarre depuis un mois.").as_deref(),
        Some("habitante")
    );
}

#[test]
fn a_body_named_after_a_source_cue_is_what_l_organisme_refers_to() {
    let text = "Selon l’office de tourisme, la saison est bonne. L’organisme a salué « une année \
                record ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "une année record").as_deref(),
        Some("office de tourisme")
    );
}

#[test]
fn a_possessive_role_with_an_apposed_name_before_the_verb() {
    let text = "“We will appeal,” the club’s managing director, Anna Price, said on Monday.";
    assert_eq!(
        speaker_of(text, Lang::En, "We will appeal,").as_deref(),
        Some("Anna Price")
    );
}

#[test]
fn one_witness_introduced_with_one_is_an_anonymous_speaker() {
    let text = "Paul Reed, the mayor, arrived later. One man, who lives nearby, told reporters he \
                heard the blast. “The windows shook,” he said.";
    assert_eq!(
        speaker_of(text, Lang::En, "The windows shook,").as_deref(),
        Some("man")
    );
}

#[test]
fn a_text_ending_on_an_institution_name_after_a_quote_is_read_to_its_end() {
    // Regression (blind set): `Council`, `Court` at the very end made a look-ahead read one
    // token past the text.
    for ending in ["Leeds Council", "Acme Group", "Crown Court", "Bank"] {
        let text = format!("\"We tried.\" {ending}");
        let got = speakers(&text, Lang::En);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].0, "We tried.");
    }
}

#[test]
fn reflexive_verbs_after_the_quote_name_their_subject() {
    for (text, cue) in [
        ("« C’est injuste », s’indigne Marion Lestrade.", "s’indigne"),
        (
            "« Nous avons gagné », se félicite Marion Lestrade.",
            "se félicite",
        ),
        (
            "« C’est injuste », s’est insurgée Marion Lestrade.",
            "s’est insurgée",
        ),
    ] {
        let got = run(text, Lang::Fr);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].1.as_deref(), Some("Marion Lestrade"), "{text}");
        assert_eq!(got[0].2.as_deref(), Some(cue), "{text}");
    }
}

#[test]
fn a_given_name_outweighs_the_article_of_a_role() {
    // `le maire` is said of women too: the given name tells the pronoun's referent.
    let text =
        "Le maire, Solène Quérard, a visité le chantier. « Il sera fini en mai », a-t-elle dit.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Il sera fini en mai", Some("Solène Quérard"))]
    );
    // A given name known to neither list but with a female ending does the same.
    let text =
        "Le juge, Vanessa Orlov, a lu la décision. « Elle est définitive », a-t-elle ajouté.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Elle est définitive", Some("Vanessa Orlov"))]
    );
}

#[test]
fn a_quote_announced_by_the_sentence_before_it_takes_that_subject() {
    let text = "Senator Maya Ortiz was blunt. \"This plan will not pass.\"";
    assert_eq!(
        speakers(text, Lang::En),
        [pair("This plan will not pass.", Some("Maya Ortiz"))]
    );
    // Only a sentence without a quotation of its own announces one.
    let text = "The vote was close. \"We lost by two,\" said Ian Bree. \"Next time.\"";
    assert_eq!(
        speakers(text, Lang::En),
        [
            pair("We lost by two,", Some("Ian Bree")),
            pair("Next time.", Some("Ian Bree"))
        ]
    );
}

#[test]
fn english_roles_premodified_by_capitalised_words() {
    for (text, speaker) in [
        ("\"It ships,\" Zenpod CEO Nadia Brook said.", "Nadia Brook"),
        (
            "\"It ships,\" said Estonian President Karl Vaher.",
            "Karl Vaher",
        ),
        (
            "\"It ships,\" City Hall spokeswoman Ines Doyle said.",
            "Ines Doyle",
        ),
        (
            "\"It ships,\" said Zenpod's chief executive, Nadia Brook.",
            "Nadia Brook",
        ),
        (
            "\"It ships,\" the Brooks' lawyer, Owen Tate, said.",
            "Owen Tate",
        ),
        ("\"It ships,\" a Zenpod engineer said.", "Zenpod engineer"),
    ] {
        let got = speakers(text, Lang::En);
        assert_eq!(got, [pair("It ships,", Some(speaker))], "{text}");
    }
}

#[test]
fn a_body_introduced_by_its_noun_is_what_that_noun_means_later() {
    let text =
        "Le groupe Corvel, qui emploie 900 personnes, a annoncé la fermeture de son site de \
                Marnay (Doubs). « Nous n’avons pas d’autre choix », a justifié la direction. \
                Le groupe assure que « chaque salarié sera accompagné ».";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("Nous n’avons pas d’autre choix", Some("Corvel")),
            pair("chaque salarié sera accompagné", Some("Corvel"))
        ]
    );
    // Another word for a company means the same body.
    let text = "Le silo, exploité par la société Granor Sud, a pris feu. Dans un communiqué, \
                l’entreprise a exprimé sa « vive inquiétude ».";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("vive inquiétude", Some("Granor Sud"))]
    );
}

#[test]
fn a_named_thing_after_an_article_is_no_pronoun_referent() {
    // `le Prix Lumière` is a prize: `elle` is the director named before it.
    let text = "Le jury a remis à Irène Castel le Prix Lumière. « Je suis émue », a-t-elle confié.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Je suis émue", Some("Irène Castel"))]
    );
}

#[test]
fn name_particles_join_names_but_articles_do_not() {
    for (text, speaker) in [
        ("« Oui », a dit Jean de la Ferté.", "Jean de la Ferté"),
        ("« Oui », a dit Anne Le Gall.", "Anne Le Gall"),
        ("« Oui », a dit Ulla von der Brück.", "Ulla von der Brück"),
    ] {
        assert_eq!(
            speakers(text, Lang::Fr),
            [pair("Oui", Some(speaker))],
            "{text}"
        );
    }
}

#[test]
fn a_description_takes_up_the_person_of_the_sentence_before() {
    // No person is the subject there: the last person named.
    let text = "Le prix du scénario est revenu à Nora Bellini. La scénariste, très applaudie, \
                n’a pas caché sa joie : « Je ne m’y attendais pas. »";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Je ne m’y attendais pas.", Some("Nora Bellini"))]
    );
    // A person is the subject there: that person, not the one named after.
    let text = "Rhys Evans will face Tom Wilde, who beat the Spaniard Luis Mora. Asked about it, \
                the Welshman said: \"It will be hard.\"";
    assert_eq!(
        speakers(text, Lang::En),
        [pair("It will be hard.", Some("Rhys Evans"))]
    );
}

#[test]
fn an_opening_adverb_or_participle_is_no_speaker() {
    let text = "Marion Leduc a reçu le prix. Visiblement émue, la lauréate a remercié sa mère, \
                « qui a tout relu ».";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("qui a tout relu", Some("Marion Leduc"))]
    );
    let text = "Le maire, Hugo Brant, a répondu. Joint par téléphone, il a ajouté : « Rien n’est \
                décidé. »";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Rien n’est décidé.", Some("Hugo Brant"))]
    );
}

#[test]
fn a_role_after_an_addressee_names_the_speaker() {
    let text = "« Personne ne nous a écoutés », a affirmé à l’AFP son président, Pablo Ruiz.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Personne ne nous a écoutés", Some("Pablo Ruiz"))]
    );
}

#[test]
fn a_party_between_role_and_name_qualifies_the_role() {
    let text = "« C’est une victoire », se félicite le député Horizons du Cher Julien Morel. \
                « Nous avons tenu bon », ajoute l’élu.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("C’est une victoire", Some("Julien Morel")),
            pair("Nous avons tenu bon", Some("Julien Morel"))
        ]
    );
}

#[test]
fn causative_cues_and_headline_opinion_cues() {
    let text = "« Le calendrier sera tenu », a fait valoir le préfet, Alain Sorel.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Le calendrier sera tenu", Some("Alain Sorel"))]
    );
    let text = "Barrage de Vézins : « un gâchis » pour Oxfam\nLe chantier a repris.";
    assert_eq!(speakers(text, Lang::Fr), [pair("un gâchis", Some("Oxfam"))]);
}

#[test]
fn an_agreeing_participle_is_no_speech_verb() {
    // `annoncée` describes the cut; the speaker is the subject who calls it so.
    let text = "Léna Roux s’inquiète de la baisse des aides, qualifiant la coupe annoncée en mai \
                de « mauvais signal ».";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("mauvais signal", Some("Léna Roux"))]
    );
}

#[test]
fn a_participle_clause_has_the_subject_of_the_main_clause() {
    let text = "Headline\nDENVER, Colo. — Rep. Lena Fisk dismissed the calls on Monday, telling \
                supporters that she was \"staying put.\"";
    assert_eq!(
        speakers(text, Lang::En),
        [pair("staying put.", Some("Lena Fisk"))]
    );
    let text = "Coach Ava Reid criticised a late call on Mia Tran, saying the referees had \"a \
                different whistle\" at each end.";
    assert_eq!(
        speakers(text, Lang::En),
        [pair("a different whistle", Some("Ava Reid"))]
    );
}

#[test]
fn a_possessor_or_a_saint_in_a_place_name_is_no_speaker() {
    let text = "\"We are tired,\" said Rhea Vance, a nurse who has worked at St. Jude's for ten \
                years. \"One nurse cannot care for six patients.\"";
    let got = speakers(text, Lang::En);
    assert_eq!(got.len(), 2);
    assert!(
        got.iter().all(|(_, s)| s.as_deref() == Some("Rhea Vance")),
        "{got:?}"
    );
}

#[test]
fn institutions_in_apposition_and_short_forms_of_a_body() {
    let text = "Headline\nNEW YORK, May 2 (Reuters) - Corlan Foods, the packaged-meals company, \
                plans a sale. \"We review our portfolio,\" Corlan said. Later, Zentri, the \
                start-up behind the app, apologised. \"We got this wrong,\" the company said.";
    assert_eq!(
        speakers(text, Lang::En),
        [
            pair("We review our portfolio,", Some("Corlan Foods")),
            pair("We got this wrong,", Some("Zentri"))
        ]
    );
}

#[test]
fn an_employer_inside_an_apposition_is_no_speaker() {
    let text = "Nell Ayers, a fund manager at Brightwater Capital, which owns shares, warned that \
                a sale now would be \"selling at the bottom.\"";
    assert_eq!(
        speakers(text, Lang::En),
        [pair("selling at the bottom.", Some("Nell Ayers"))]
    );
}

#[test]
fn an_apposition_or_a_naming_word_makes_marks_a_name() {
    let text = "Deauville : « Les Marées basses », premier film de Lou Vidal, primé.\nLe jury a \
                salué le film.";
    assert!(run(text, Lang::Fr).is_empty());
    let text = "Fans started a crowdfunding campaign called \"Save the Pier.\" It raised $40,000.";
    assert!(run(text, Lang::En).is_empty());
    // A naming word in the sentence before names nothing.
    let text = "Ben Orr signed the deal. \"Every dollar will be audited.\"";
    assert_eq!(run(text, Lang::En).len(), 1);
}

#[test]
fn titles_roles_and_brackets_name_the_holder() {
    let text = "Gov. Ada Pryce signed the bill. Critics were unmoved. \"It is a start,\" the \
                governor said.";
    assert_eq!(
        speakers(text, Lang::En),
        [pair("It is a start,", Some("Ada Pryce"))]
    );
    // The role's gender picks its holder.
    let text = "Le Premier ministre, Paul Vernet, a reçu la ministre du Travail, Claire Dune. \
                « Le cap est fixé », a précisé la ministre.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Le cap est fixé", Some("Claire Dune"))]
    );
    let text = "« Nous saisirons le juge », a averti le maire (LR) de Bron, Yves Tardy.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Nous saisirons le juge", Some("Yves Tardy"))]
    );
}

#[test]
fn a_headline_kicker_is_no_speaker() {
    let text = "Retraites : Claire Dune veut « aller vite »\nLa ministre Claire Dune a présenté \
                son plan.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("aller vite", Some("Claire Dune"))]
    );
}

#[test]
fn post_nominal_letters_and_reported_speech_before_a_quote_paragraph() {
    let text = "Judge Alan Reeve KC said the theft showed \"a rare greed\".";
    assert_eq!(
        speakers(text, Lang::En),
        [pair("a rare greed", Some("Alan Reeve"))]
    );
    let text = "Dr. Ines Caro led the trial.\n\nCaro cautions that the results apply to few \
                patients.\n\n\"We did not test this in healthy people.\"";
    assert_eq!(
        speakers(text, Lang::En),
        [pair(
            "We did not test this in healthy people.",
            Some("Ines Caro")
        )]
    );
}

#[test]
fn an_opening_noun_with_complement_and_an_incise_closed_by_an_adverbial() {
    let text = "Auteure d’un doublé, l’attaquante Inès Valon a savouré : « Je suis heureuse. »";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Je suis heureuse.", Some("Inès Valon"))]
    );
    let text = "« Le vestiaire a tenu, a poursuivi la Lyonnaise au micro de Canal+. Nous \
                finirons le travail. »";
    let got = speakers(text, Lang::Fr);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "Le vestiaire a tenu");
    assert_eq!(got[1].0, "Nous finirons le travail.");
}

#[test]
fn the_author_of_a_byline_is_no_speaker() {
    let text = "‘We were let down’: families speak out\n\nBy Nora Bright, Health Reporter\n\nThe \
                inquiry opened on Monday.";
    assert_eq!(speakers(text, Lang::En), [pair("We were let down", None)]);
}

#[test]
fn a_dateline_with_a_dash_only_is_no_speaker() {
    let text = "Headline\nSALEM — Gov. Ada Pryce signed the bill Tuesday, calling it \"a fair \
                deal\" as students watched.";
    assert_eq!(
        speakers(text, Lang::En),
        [pair("a fair deal", Some("Ada Pryce"))]
    );
}

#[test]
fn a_given_name_after_a_first_word_is_a_surname() {
    let text = "Le conseil a voté. Pour Noémie Laurent, c'est « un pas en avant ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "un pas en avant").as_deref(),
        Some("Noémie Laurent")
    );
}

#[test]
fn a_nationality_with_an_age_takes_up_the_person_before() {
    let text = "La nageuse Inès Caron a battu le record.\n« J'ai tout donné, a confié la \
                Française de 22 ans. Je suis épuisée. »";
    assert_eq!(
        speaker_of(text, Lang::Fr, "J'ai tout donné").as_deref(),
        Some("Inès Caron")
    );
    let text = "Guard Tom Reyes scored 30 points. \"We kept going,\" said the 27-year-old.";
    assert_eq!(
        speaker_of(text, Lang::En, "We kept going,").as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn a_participle_apposition_does_not_hide_the_subject() {
    let text = "La commune de Vernay manque d'eau. Un retraité, rencontré près de la \
                fontaine, soupire : « On n'a jamais vu ça. »";
    assert_eq!(
        speaker_of(text, Lang::Fr, "On n'a jamais vu ça.").as_deref(),
        Some("retraité")
    );
}

#[test]
fn a_pronoun_between_commas_repeats_the_subject() {
    let text = "Le syndicat Sud dénonce un plan brutal. La direction du groupe Morvan, elle, \
                se dit « prête à discuter ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "prête à discuter").as_deref(),
        Some("Morvan")
    );
}

#[test]
fn a_time_phrase_before_the_subject_pronoun_is_skipped() {
    let text = "Paul Vidal cultive des noix. Cette saison, il craint le pire. « Sans pluie, \
                je vendrai la moitié du troupeau. »";
    assert_eq!(
        speaker_of(
            text,
            Lang::Fr,
            "Sans pluie, je vendrai la moitié du troupeau."
        )
        .as_deref(),
        Some("Paul Vidal")
    );
}

#[test]
fn a_headline_topic_before_a_colon_gives_way_to_the_body_speaker() {
    let text = "Canicule en Provence : « On travaille à l'aube »\n\nÀ Lambesc, Marc Olivier \
                cueille ses abricots. « On travaille à l'aube, sinon c'est intenable », \
                explique le producteur.";
    let got = speakers(text, Lang::Fr);
    assert_eq!(got[0], pair("On travaille à l'aube", Some("Marc Olivier")));
}

#[test]
fn one_of_a_group_is_named_by_the_singular_role() {
    let text = "Two people close to the talks said a deal was near. \"It is done,\" one of \
                the people said.\n\nAnother official disagreed.\n\n\"Not yet,\" the person \
                added later.";
    assert_eq!(
        speakers(text, Lang::En),
        [
            pair("It is done,", Some("person")),
            pair("Not yet,", Some("person"))
        ]
    );
    let text = "« Nous tiendrons », a assuré l'une des infirmières.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Nous tiendrons").as_deref(),
        Some("infirmière")
    );
}

#[test]
fn a_description_noun_takes_up_the_lawyer_just_named() {
    let text = "Son avocate, Me Jeanne Roux, a dénoncé « un dossier vide ». « Il n'y a rien \
                contre lui », a ajouté la pénaliste.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Il n'y a rien contre lui").as_deref(),
        Some("Jeanne Roux")
    );
}

#[test]
fn a_british_quote_over_two_paragraphs_keeps_one_speaker() {
    let text = "Judge Alan Price spoke last.\n\n‘You lied to them,’ the judge told him. ‘They \
                trusted you, and you took everything.\n\n‘You have shown no remorse.’\n";
    assert_eq!(
        speakers(text, Lang::En),
        [
            pair("You lied to them,", Some("Alan Price")),
            pair(
                "They trusted you, and you took everything.",
                Some("Alan Price")
            ),
            pair("You have shown no remorse.", Some("Alan Price"))
        ]
    );
}

#[test]
fn a_quote_running_on_after_reported_speech_keeps_its_speaker() {
    let text = "Dr. Mara Lund leads the trial.\n\nLund warns that the sample was small.\n\n\"We \
                saw a signal, nothing more.\n\n\"Nobody should change their pills.\"\n";
    assert_eq!(
        speakers(text, Lang::En),
        [
            pair("We saw a signal, nothing more.", Some("Mara Lund")),
            pair("Nobody should change their pills.", Some("Mara Lund"))
        ]
    );
}

#[test]
fn a_premodified_anonymous_role_is_the_antecedent_of_he() {
    let text = "One cafe owner on Mill Lane, who asked not to be named, said trade had halved.\n\n\
                \"I may not reopen,\" he said.";
    assert_eq!(
        speaker_of(text, Lang::En, "I may not reopen,").as_deref(),
        Some("cafe owner")
    );
}

#[test]
fn a_role_named_by_a_title_refers_to_its_holder_across_paragraphs() {
    let text = "Gov. Ruth Alden signed the bill.\n\nSign up for Statehouse Notes, our daily \
                newsletter.\n\nAsked about taxes, the governor said she had no plans.\n\n\
                \"Not this year,\" she said.";
    assert_eq!(
        speaker_of(text, Lang::En, "Not this year,").as_deref(),
        Some("Ruth Alden")
    );
}

#[test]
fn a_body_named_by_initials_goes_by_its_full_name() {
    let text = "La Fédération nationale des transporteurs routiers (FNTR) a salué « un texte \
                équilibré ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "un texte équilibré").as_deref(),
        Some("Fédération nationale des transporteurs routiers")
    );
    let text = "Le maire (LR) a dénoncé « une erreur ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "une erreur").as_deref(),
        Some("maire")
    );
}

#[test]
fn an_inhabitant_noun_takes_up_the_player_just_named() {
    let text = "Le demi de mêlée Hugo Darrigade a marqué à la dernière minute. « J'ai tenté \
                ma chance », sourit le Basquais.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "J'ai tenté ma chance").as_deref(),
        Some("Hugo Darrigade")
    );
}

#[test]
fn a_speech_verb_before_a_partial_quote_outranks_a_source_after_it() {
    let text = "La sénatrice Anne Colin a exigé de « geler les primes » versées en 2024, soit \
                deux millions selon la chambre régionale des comptes.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "geler les primes").as_deref(),
        Some("Anne Colin")
    );
}

#[test]
fn a_role_with_en_chef_keeps_its_apposed_name() {
    let text = "Le chantier durera « au moins un mois », selon le médecin en chef du service, \
                Paul Arnal.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "au moins un mois").as_deref(),
        Some("Paul Arnal")
    );
}

#[test]
fn a_month_that_is_a_given_name_starts_a_name() {
    let text = "The critic Omar Reyes called it \"slow.\"\n\nThe score is by the composer June \
                Whitcombe.\n\nWhitcombe says she wrote it overnight. \"I could not sleep,\" she \
                says.";
    assert_eq!(
        speaker_of(text, Lang::En, "I could not sleep,").as_deref(),
        Some("June Whitcombe")
    );
}

#[test]
fn a_name_ending_with_an_institution_noun_is_no_antecedent_of_she() {
    let text = "Det Insp Carla Munro, of Kent and Medway Police, said the case was grim.\n\n\
                ‘The families have suffered,’ she said.";
    assert_eq!(
        speaker_of(text, Lang::En, "The families have suffered,").as_deref(),
        Some("Carla Munro")
    );
}

#[test]
fn an_inverted_role_after_an_addressee_keeps_its_apposed_name() {
    let text = "« Le navire est stable », a déclaré à l'AFP le porte-parole de la préfecture, le \
                commandant Loïc Guerned.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Le navire est stable").as_deref(),
        Some("Loïc Guerned")
    );
}

#[test]
fn on_speaks_for_the_body_named_after_the_verb() {
    let text =
        "Le dossier est suivi par la sous-préfecture de Brest. « Aucune fuite n'a été vue », \
                précise-t-on à la sous-préfecture.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Aucune fuite n'a été vue").as_deref(),
        Some("sous-préfecture de Brest")
    );
}

#[test]
fn a_bare_institution_takes_the_fuller_phrase_said_before() {
    let text = "L'alerte a été donnée par l'agence régionale de santé. Selon l'agence, \
                l'épidémie sera « lente et durable ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "lente et durable").as_deref(),
        Some("agence régionale de santé")
    );
}

#[test]
fn a_quote_opening_its_paragraph_is_spoken_by_the_next_sentence_subject() {
    let text = "Le procès s'est ouvert lundi.\n« Rien ne justifie ces coups. » Devant la cour, \
                la procureure, Hélène Brochard, a requis dix ans.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Rien ne justifie ces coups.").as_deref(),
        Some("Hélène Brochard")
    );
}

#[test]
fn a_feminine_description_refers_to_the_holder_of_the_masculine_title() {
    let text = "L'avocat général Marc Tissier a parlé le premier. Pour la défense, Me Lucie \
                Armand a plaidé l'acquittement. « Il n'y a pas de preuve », a conclu l'avocate.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Il n'y a pas de preuve").as_deref(),
        Some("Lucie Armand")
    );
}

#[test]
fn a_passive_agent_after_a_partial_quote_is_its_speaker() {
    let text = "Le report a été qualifié d'« inacceptable » par les syndicats enseignants.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "inacceptable").as_deref(),
        Some("syndicats enseignants")
    );
    let text = "The plan was called \"reckless\" by Senator Ada Price.";
    assert_eq!(
        speaker_of(text, Lang::En, "reckless").as_deref(),
        Some("Ada Price")
    );
}

#[test]
fn a_name_right_before_a_quote_is_no_apposition_of_a_source() {
    let text = "Selon un proche du maire, l'équipe municipale « a tout prévu ». Selon un \
                conseiller du ministre, Bercy « a fait ses calculs ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "a fait ses calculs").as_deref(),
        Some("conseiller")
    );
}

#[test]
fn a_decimal_point_ends_no_sentence() {
    let text = "Matignon a rappelé que le recours au 49.3 restait « un outil légal ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "un outil légal").as_deref(),
        Some("Matignon")
    );
}

#[test]
fn one_of_them_is_one_of_the_group_named_before() {
    let text = "Plusieurs infirmiers de garde décrivent un service à bout. « On ne dort plus », \
                confie l'un d'eux.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "On ne dort plus").as_deref(),
        Some("infirmier")
    );
}

#[test]
fn a_generic_body_noun_refers_to_the_body_named_before() {
    let text = "Pour Oxfam, qui publie un rapport mardi, la mesure est injuste. L'organisation \
                dénonce aussi un calendrier « indécent ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "indécent").as_deref(),
        Some("Oxfam")
    );
    let text = "Une patrouille est passée à minuit. Selon la gendarmerie, l'origine du feu \
                reste « inconnue ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "inconnue").as_deref(),
        Some("gendarmerie")
    );
}

#[test]
fn a_song_in_apposition_is_a_name() {
    let text = "Les supporters ont entonné \"Allez les Verts\", le chant du club, jusqu'au bout.";
    assert!(run(text, Lang::Fr).is_empty());
}

#[test]
fn an_apposition_with_a_relative_clause_describes_the_subject_before_it() {
    let text = "One neighbor, a retired teacher who asked not to be named, told the board: \"You \
                are making a mistake.\"";
    assert_eq!(
        speaker_of(text, Lang::En, "You are making a mistake.").as_deref(),
        Some("neighbor")
    );
}

#[test]
fn a_reporting_clause_ending_the_sentence_before_names_the_next_quote_speaker() {
    let text = "Ana Ruiz found the flaw in May.\n\nBecause most accounts were public, anyone \
                could read them, she said. \"It took me ten minutes.\"";
    assert_eq!(
        speaker_of(text, Lang::En, "It took me ten minutes.").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_medium_addressee_ends_before_the_speaker_name() {
    let text = "« Le site restera ouvert », explique à l'AFP Paul Martin, maire de Givors. « Rien \
                n'est décidé », a confié au Parisien Julie Moreau.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("Le site restera ouvert", Some("Paul Martin")),
            pair("Rien n'est décidé", Some("Julie Moreau"))
        ]
    );
}

#[test]
fn a_prepositional_phrase_may_sit_between_verb_and_subject() {
    let text = "« C'est un grand jour », s'est réjoui sur BFMTV Gabriel Attal.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "C'est un grand jour").as_deref(),
        Some("Gabriel Attal")
    );
}

#[test]
fn a_party_acronym_qualifies_the_role_before_an_apposed_name() {
    let text = "« Nous ne lâcherons rien », martèle le patron des députés LR, Laurent Wauquiez.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Nous ne lâcherons rien").as_deref(),
        Some("Laurent Wauquiez")
    );
}

#[test]
fn a_bracketed_aside_after_the_subject_and_an_age_before_the_role() {
    let text = "\"We're done,\" Rep. Ann Lee (D-Calif.) said.";
    assert_eq!(
        speaker_of(text, Lang::En, "We're done,").as_deref(),
        Some("Ann Lee")
    );
    let text = "\"I saw it,\" the 61-year-old grandmother said.";
    assert_eq!(
        speaker_of(text, Lang::En, "I saw it,").as_deref(),
        Some("grandmother")
    );
}

#[test]
fn a_compound_body_before_a_mouthpiece_is_named_whole() {
    let text = "\"Crews will stay overnight,\" a fire department spokesman said.";
    assert_eq!(
        speaker_of(text, Lang::En, "Crews will stay overnight,").as_deref(),
        Some("fire department")
    );
}

#[test]
fn a_party_between_role_and_given_name_is_no_part_of_the_name() {
    let text = "« C'est inadmissible », a réagi le député Insoumis Éric Coquerel.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "C'est inadmissible").as_deref(),
        Some("Éric Coquerel")
    );
}

#[test]
fn a_person_named_by_a_given_name_only_is_the_antecedent_of_a_description() {
    let text = "« On nous enlève tout », soupire Josiane, 68 ans. La sexagénaire n'a « jamais \
                utilisé une appli ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "jamais utilisé une appli").as_deref(),
        Some("Josiane")
    );
}

#[test]
fn a_role_with_an_apposed_titled_name_is_that_person() {
    let text = "La Pr Anne Roux a présenté l'étude. Son collègue, le Dr Karim Saïd, obstétricien, \
                partage cette prudence. « Pas de panique », explique-t-il.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Pas de panique").as_deref(),
        Some("Karim Saïd")
    );
}

#[test]
fn a_body_given_a_short_name_in_brackets_goes_by_its_full_name() {
    let text = "L'Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et \
                du travail (Anses) a salué « un travail solide ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "un travail solide").as_deref(),
        Some(
            "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du \
             travail"
        )
    );
}

#[test]
fn a_name_after_an_addressee_is_no_subject_but_a_source_is() {
    let text =
        "Des foyers sont privés de courant, selon Enedis. « Nos équipes sont mobilisées », a \
                déclaré à l'AFP un porte-parole de l'entreprise. « Trois jours sans sortir, c'est \
                dur », a témoigné auprès de l'AFP Loïc Abgrall.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("Nos équipes sont mobilisées", Some("Enedis")),
            pair("Trois jours sans sortir, c'est dur", Some("Loïc Abgrall"))
        ]
    );
}

#[test]
fn a_plural_role_is_no_antecedent_of_a_singular_pronoun() {
    let text = "Le menuisier Yannick Le Goff a sauvé une famille. Les habitants saluent son \
                courage.\nL'intéressé reste modeste. « N'importe qui aurait fait pareil », \
                lâche-t-il.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "N'importe qui aurait fait pareil").as_deref(),
        Some("Yannick Le Goff")
    );
}

#[test]
fn a_body_named_before_an_english_mouthpiece_speaks() {
    let text = "A Downing Street spokesperson said the prime minister had ‘full confidence’ in \
                her.";
    assert_eq!(
        speaker_of(text, Lang::En, "full confidence").as_deref(),
        Some("Downing Street")
    );
}

#[test]
fn a_bare_role_before_a_name_heads_the_subject() {
    let text = "In a statement, press secretary Alana Brooks called the vote \"reckless.\"";
    assert_eq!(
        speaker_of(text, Lang::En, "reckless.").as_deref(),
        Some("Alana Brooks")
    );
}

#[test]
fn a_party_member_noun_takes_up_the_person_before() {
    let text = "Rival Nigel Pembry spoke next. \"She has lost her own benches,\" the Conservative \
                added.";
    assert_eq!(
        speaker_of(text, Lang::En, "She has lost her own benches,").as_deref(),
        Some("Nigel Pembry")
    );
}

#[test]
fn singular_they_refers_to_an_unnamed_source() {
    let text =
        "No 10 played down the row.\n\nBut one minister, speaking privately, was less calm. \
                ‘It is a mess we made,’ they said.";
    assert_eq!(
        speaker_of(text, Lang::En, "It is a mess we made,").as_deref(),
        Some("minister")
    );
}

#[test]
fn a_possessive_in_ss_or_before_and_closes_a_single_quote() {
    let text = "The family said they were ‘overwhelmed by people’s kindness’ and hoped to return \
                ‘when the time is right’.";
    let got: Vec<String> = run(text, Lang::En).into_iter().map(|q| q.0).collect();
    assert_eq!(
        got,
        ["overwhelmed by people’s kindness", "when the time is right"]
    );
}

#[test]
fn an_indefinite_apposition_describes_a_body_or_a_mouthpiece_before_it() {
    let text = "A spokesperson for Nordvolt Cells, a Swedish startup that scouts sites in Asia, \
                said the company \"would welcome\" a deal.";
    assert_eq!(
        speaker_of(text, Lang::En, "would welcome").as_deref(),
        Some("Nordvolt Cells")
    );
    let text = "One victim, a retired nurse, said: \"I lost my home.\"";
    assert_eq!(
        speaker_of(text, Lang::En, "I lost my home.").as_deref(),
        Some("retired nurse")
    );
}

#[test]
fn a_state_after_a_town_continues_the_apposition() {
    let text = "Eve Lamb, head of a union local in Norfolk, Virginia, told reporters that members \
                were \"worried.\"";
    assert_eq!(
        speaker_of(text, Lang::En, "worried.").as_deref(),
        Some("Eve Lamb")
    );
}

#[test]
fn pour_with_a_role_names_the_person_it_describes() {
    let text = "« Le plan surprend », observe Julien Masset, analyste. Pour ce spécialiste du \
                secteur, l'objectif paraît « très ambitieux ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "très ambitieux").as_deref(),
        Some("Julien Masset")
    );
}

#[test]
fn on_speaks_for_the_place_put_first() {
    let text = "Au ministère de la Santé, on indique que l'étude « sera examinée avec attention ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "sera examinée avec attention").as_deref(),
        Some("ministère de la Santé")
    );
}

#[test]
fn banners_chants_and_long_titles_after_a_naming_word_are_names() {
    let text = "The study, titled \"Evening Walks and Blood Sugar in Older Adults Across Three \
                Regions,\" appears today. Fans held a banner that read \"Thank You Coach.\"";
    assert!(run(text, Lang::En).is_empty());
    let text = "Les supporters entonnaient « Allez les bleus » sous la pluie.";
    assert!(run(text, Lang::Fr).is_empty());
}

#[test]
fn one_of_a_group_is_no_named_holder_of_the_role() {
    let text = "Le député Paul Morin a voté pour. En coulisses, plusieurs députés confient leur \
                lassitude. « On vote à l'aveugle », soupire l'un d'eux.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "On vote à l'aveugle").as_deref(),
        Some("député")
    );
}

#[test]
fn a_passive_agent_is_in_the_quotation_paragraph() {
    let text =
        "Union says ‘the fight is not over’\n\nBy Marc Lee\n\nThe union said it would go on.";
    let got = run(text, Lang::En);
    assert!(
        got.iter().all(|q| q.1.as_deref() != Some("Marc Lee")),
        "{got:?}"
    );
}

#[test]
fn an_incise_may_end_with_a_few_lowercase_words() {
    let text = "Le chef nous reçoit. « Je ne suis pas revenu par nostalgie, prévient-il d'emblée. \
                Je suis revenu pour cuisiner. »";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("Je ne suis pas revenu par nostalgie", Some("chef")),
            pair("Je suis revenu pour cuisiner.", Some("chef"))
        ]
    );
}

#[test]
fn a_credit_line_names_no_antecedent() {
    let text = "Le chef Yann Morel a rouvert l'auberge.\nPhoto DDM, Claude Fau\nSon retour fut \
                difficile. Il raconte : « La première année, j'ai failli tout arrêter. »";
    assert_eq!(
        speaker_of(
            text,
            Lang::Fr,
            "La première année, j'ai failli tout arrêter."
        )
        .as_deref(),
        Some("Yann Morel")
    );
}

#[test]
fn a_description_takes_up_the_previous_sentence_subject_before_an_object() {
    let text = "Hugo Roux a gagné l'étape devant le Danois Rasmus Holm. Le Toulousain, 23 ans, \
                prend le maillot. « J'ai attaqué à l'instinct », a-t-il raconté.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "J'ai attaqué à l'instinct").as_deref(),
        Some("Hugo Roux")
    );
}

#[test]
fn a_party_tag_after_a_name_is_an_aside() {
    let text = "Sen. Carl Hendricks, R-Texas, told reporters the shutdown was \"avoidable.\"";
    assert_eq!(
        speaker_of(text, Lang::En, "avoidable.").as_deref(),
        Some("Carl Hendricks")
    );
}

#[test]
fn a_capitalised_word_inside_a_name_is_no_speech_verb() {
    let text = "Mr. Osei said staff in the United States would get severance and that the company \
                would \"do right by everyone.\"";
    assert_eq!(
        speaker_of(text, Lang::En, "do right by everyone.").as_deref(),
        Some("Osei")
    );
}

#[test]
fn an_apposed_indefinite_role_introduces_no_new_person() {
    let text =
        "Point guard Jalen Price, a junior from Toledo, added 12 points.\n\n\"We learned how \
                to close,\" said the junior.";
    assert_eq!(
        speaker_of(text, Lang::En, "We learned how to close,").as_deref(),
        Some("Jalen Price")
    );
}

#[test]
fn a_widget_label_and_an_anonymity_aside_name_nobody() {
    let text = "« On tient », regrette Nadia Ferri, de SUD Santé. Elle cite une aide-soignante \
                « rappelée trois fois ».\nUn médecin urgentiste, sous couvert d'anonymat, \
                confie : « Les lits manquent. »\nNewsletter Santé : chaque vendredi, l'essentiel.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("On tient", Some("Nadia Ferri")),
            pair("rappelée trois fois", Some("Nadia Ferri")),
            pair("Les lits manquent.", Some("médecin"))
        ]
    );
}

#[test]
fn a_party_tag_before_another_apposition_is_an_aside_too() {
    let text =
        "Rep. Angela Ruiz, D-El Paso, vice chair of the committee, said they would not \"go \
                backwards.\"";
    assert_eq!(
        speaker_of(text, Lang::En, "go backwards.").as_deref(),
        Some("Angela Ruiz")
    );
}

#[test]
fn a_sentence_after_a_closed_quote_attributes_nothing_to_it() {
    let text =
        "Un diplomate, sous couvert d'anonymat, relativise : « Tout le monde est content. » \
                Un autre, plus sec, parle d'un accord « de façade ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Tout le monde est content.").as_deref(),
        Some("diplomate")
    );
}

#[test]
fn an_opening_pour_gives_way_to_the_clause_speech_verb() {
    let text = "Pour le club, partie civile, Me Hélène Costes a décrit une association « saignée \
                à blanc ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "saignée à blanc").as_deref(),
        Some("Hélène Costes")
    );
}

#[test]
fn elle_may_mean_the_feminine_body_that_is_the_subject_before() {
    let text =
        "Élodie Marchand, infirmière, s'inquiète.\nLa préfecture du Gard assure avoir « pris \
                la mesure ». « Des renforts arrivent », indique-t-elle dans un communiqué.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Des renforts arrivent").as_deref(),
        Some("préfecture du Gard")
    );
}

#[test]
fn sentence_adverbs_numbers_and_elided_words_are_no_speakers() {
    let text = "Souvent, les patients attendent. « On ne peut plus », souffle-t-il. Trois \
                infirmières ont démissionné. Lorsqu'il arrive, le médecin dit « courage ».";
    let got = run(text, Lang::Fr);
    for name in ["Souvent", "Trois", "Lorsqu'"] {
        assert!(got.iter().all(|q| q.1.as_deref() != Some(name)), "{got:?}");
    }
}

#[test]
fn a_title_after_under_the_title_is_no_speech_whatever_its_case() {
    let text = "The paper, published under the title \u{201c}Deep currents shape the slow growth \
                of reef sponges in cold water\u{201d}, covers twelve sites.";
    assert_eq!(run(text, Lang::En), []);
}

#[test]
fn releve_with_its_accent_is_a_speech_verb() {
    let text = "Dans sa note annuelle, la Cour des comptes relève « une dérive inquiétante des \
                dépenses ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "une dérive inquiétante des dépenses").as_deref(),
        Some("Cour des comptes")
    );
}

#[test]
fn a_rugby_position_names_the_player_presented_with_it() {
    let text = "Lucas Ferrand, le troisième-ligne du club, a marqué deux essais.\n« On a tenu \
                jusqu'au bout », a soufflé le troisième-ligne au micro de la radio locale.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "On a tenu jusqu'au bout").as_deref(),
        Some("Lucas Ferrand")
    );
}

#[test]
fn a_premodifying_role_word_gives_way_to_the_role_noun_after_it() {
    let fr = "Un ancien conseiller du ministre, qui a requis l'anonymat, confirme la pression. \
              « Tout était décidé d'avance », raconte-t-il.";
    assert_eq!(
        speaker_of(fr, Lang::Fr, "Tout était décidé d'avance").as_deref(),
        Some("ancien conseiller")
    );
    let en =
        "A senior Republican adviser, who spoke on condition of anonymity, said the party had \
              \u{201c}no plan B\u{201d}.";
    assert_eq!(
        speaker_of(en, Lang::En, "no plan B").as_deref(),
        Some("senior Republican adviser")
    );
}

#[test]
fn a_place_name_is_never_a_speaker() {
    let text = "Production at Heron Point resumed on Tuesday. Heron Point supplies a fifth of the \
                region's gas.\nAnother engineer, who asked not to be named, said the repairs were \
                rushed. \u{201c}They cut corners,\u{201d} he told reporters.";
    assert_eq!(
        speaker_of(text, Lang::En, "They cut corners,").as_deref(),
        Some("engineer")
    );
    let text = "Crews repaired a water main on Garland Road.\nThe driver's sister, who asked not \
                to be named, said he was \u{201c}doing fine\u{201d}.";
    assert_ne!(
        speaker_of(text, Lang::En, "doing fine").as_deref(),
        Some("Garland Road")
    );
}

#[test]
fn a_role_with_a_possessor_is_not_the_person_named_before() {
    let text = "Darnell Okoye, 12, was hit by a van on Tuesday.\nThe boy's father, who asked not \
                to be named, said his son was \u{201c}doing fine\u{201d}. \u{201c}He is a tough kid,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, Lang::En, "doing fine").as_deref(),
        Some("father")
    );
    assert_eq!(
        speaker_of(text, Lang::En, "He is a tough kid,").as_deref(),
        Some("father")
    );
}

#[test]
fn an_analyst_rating_in_marks_is_no_speech() {
    let en = "Kim Laurent, an analyst at Brookvale Partners, cut the shares to \"sell\" from \
              \"hold.\"";
    assert_eq!(run(en, Lang::En), []);
    let fr = "Le courtier a relevé sa recommandation à « achat » contre « neutre » auparavant.";
    assert_eq!(run(fr, Lang::Fr), []);
}

#[test]
fn an_opening_pour_with_a_pronoun_names_the_person_before() {
    let text =
        "Hélène Dumontel a enseigné l'histoire à Lyon pendant vingt ans. Pour elle, l'école \
                reste « le seul lieu où tout le monde se croise ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "le seul lieu où tout le monde se croise").as_deref(),
        Some("Hélène Dumontel")
    );
}

#[test]
fn selon_l_expression_de_names_the_source() {
    let text = "Les Lyonnais ont joué « avec le frein à main », selon l'expression de leur \
                entraîneur, Marc Vidalou.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "avec le frein à main").as_deref(),
        Some("Marc Vidalou")
    );
}

#[test]
fn an_inverted_subject_before_a_colon_introduces_the_quotation() {
    let text = "Sophie Arnaud dirige le laboratoire depuis 2019.\nLes résultats sont nets, \
                poursuit la biologiste :\n« Aucune colonie n'a survécu à l'hiver. »";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Aucune colonie n'a survécu à l'hiver.").as_deref(),
        Some("Sophie Arnaud")
    );
}

#[test]
fn a_verb_object_before_a_colon_is_no_inverted_subject() {
    let text = "Un riverain, croisé devant la gare, résume le sentiment général : « On attend \
                depuis des années. »";
    assert_eq!(
        speaker_of(text, Lang::Fr, "On attend depuis des années.").as_deref(),
        Some("riverain")
    );
}

#[test]
fn il_or_elle_may_mean_a_named_body_by_its_article() {
    let text = "Un proche du dossier parle d'un plan « brutal ».\nSollicité, le groupe Varlane a \
                répondu par écrit. Il assure que le plan « n'a jamais visé les salaires ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "n'a jamais visé les salaires").as_deref(),
        Some("Varlane")
    );
}

#[test]
fn a_french_body_name_runs_over_its_lowercase_complements() {
    let text = "La Fédération nationale des producteurs de fruits, qui regroupe 300 \
                exploitants, « suit le dossier de près », a-t-elle indiqué.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "suit le dossier de près").as_deref(),
        Some("Fédération nationale des producteurs de fruits")
    );
    let text = "L'Office régional de l'eau du Morvan relève « une baisse inédite des nappes ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "une baisse inédite des nappes").as_deref(),
        Some("Office régional de l'eau du Morvan")
    );
}

#[test]
fn a_compound_given_name_after_an_institution_starts_the_person() {
    let text = "Le négociateur, l'ancien président de la Fédération Klaus-Peter Obermann, a salué \
                « une étape utile ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "une étape utile").as_deref(),
        Some("Klaus-Peter Obermann")
    );
}

#[test]
fn a_hyphenated_place_with_a_given_name_in_it_is_no_given_name() {
    let text = "« Nous irons au bout », a promis le député de Seine-Saint-Denis Julien Ferhat.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Nous irons au bout").as_deref(),
        Some("Julien Ferhat")
    );
}

#[test]
fn a_bare_institution_is_no_other_unnamed_body_but_a_generic_noun_may_be() {
    let text = "La présidence du conseil a salué le projet. L'opposition municipale dénonce « un \
                gâchis ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "un gâchis").as_deref(),
        Some("opposition municipale")
    );
    let text = "Selon la chambre des métiers, 40 artisans sont touchés. L'organisme promet « un \
                suivi individuel ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "un suivi individuel").as_deref(),
        Some("chambre des métiers")
    );
}

#[test]
fn a_singular_relative_verb_agrees_with_the_named_complement() {
    let text = "La réunion s'est tenue en présence de délégués de l'Alliance des ports du Nord, \
                qui a dit souhaiter « une feuille de route précise ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "une feuille de route précise").as_deref(),
        Some("Alliance des ports du Nord")
    );
}

#[test]
fn an_institution_noun_premodified_by_a_capital_then_named_is_the_name() {
    let text = "Wildlife charity Hedge Trust welcomed the ban, saying the meadows were \
                \u{201c}finally safe\u{201d}.";
    assert_eq!(
        speaker_of(text, Lang::En, "finally safe").as_deref(),
        Some("Hedge Trust")
    );
}

#[test]
fn a_gendered_pronoun_prefers_a_person_of_its_gender_in_the_paragraph() {
    let text = "Dorian Vale, 41, admitted the thefts.\nFor the defence, Maria Lindqvist said Vale \
                had been \u{201c}pressured\u{201d} by lenders. She told the court her client was \
                \u{201c}deeply sorry\u{201d} and would repay everything.";
    assert_eq!(
        speaker_of(text, Lang::En, "deeply sorry").as_deref(),
        Some("Maria Lindqvist")
    );
}

#[test]
fn a_lone_quotation_paragraph_answers_for_the_person_the_paragraph_before_ended_on() {
    let text = "Governor Ada Fenwick signed the budget on Friday. Asked whether she would run \
                again, she laughed.\n\n\u{201c}Not this week.\u{201d}";
    assert_eq!(
        speaker_of(text, Lang::En, "Not this week.").as_deref(),
        Some("Ada Fenwick")
    );
}

#[test]
fn a_stock_ticker_makes_a_name_the_company_referred_to() {
    let text = "Shares of Larkspur Energy (LKE.N) fell 9% on Tuesday.\nIn a filing, the company \
                said the delay was \u{201c}temporary\u{201d}.";
    assert_eq!(
        speaker_of(text, Lang::En, "temporary").as_deref(),
        Some("Larkspur Energy")
    );
}

#[test]
fn an_age_noun_names_the_person_of_that_age() {
    let fr = "Bruno Aubel, 57 ans, est jugé depuis mardi. Le maire, Paul Morin, 44 ans, a \
              témoigné contre lui.\n« Je n'ai rien allumé », assure le quinquagénaire.";
    assert_eq!(
        speaker_of(fr, Lang::Fr, "Je n'ai rien allumé").as_deref(),
        Some("Bruno Aubel")
    );
    let en = "Nora Pell, 29, sued her landlord. Her sister, Ada Pell, 35, backed her in court.\n\
              \u{201c}I had no choice,\u{201d} said the 29-year-old.";
    assert_eq!(
        speaker_of(en, Lang::En, "I had no choice,").as_deref(),
        Some("Nora Pell")
    );
}

#[test]
fn uncued_turns_of_a_question_and_answer_dialogue_alternate() {
    let text = "Le juge Henri Valat a longuement interrogé Marc Tessier.\n« Où étiez-vous ce \
                soir-là ? » demande le juge. « Chez moi, devant la télévision », répond \
                Marc Tessier. « Quelqu'un peut-il le confirmer ? » « Non. Personne. »";
    let got = speakers(text, Lang::Fr);
    assert_eq!(
        got[2],
        pair("Quelqu'un peut-il le confirmer ?", Some("Henri Valat"))
    );
    assert_eq!(got[3], pair("Non. Personne.", Some("Marc Tessier")));
}

#[test]
fn a_description_keeps_the_person_it_first_named() {
    let text = "Dix ans requis contre Yann Berthou\nL'accusé a répété n'avoir « rien vu \
                venir ».\nUn gendarme, Luc Perrin, a décrit une scène « d'une rare violence ».\n\
                Invité à conclure, l'accusé s'est tourné vers le jury : « Je regrette tout. »";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Je regrette tout.").as_deref(),
        Some("Yann Berthou")
    );
}

#[test]
fn a_description_right_after_a_new_person_presents_that_person() {
    let text = "Le jury, présidé par Anne Sorel, a primé « Les Vagues ».\nLa réalisatrice a dit \
                son « immense joie ». Le prix du public revient à un film de Lina Castel. La \
                réalisatrice s'est dite « sans voix ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "sans voix").as_deref(),
        Some("Lina Castel")
    );
}

#[test]
fn the_first_person_of_an_interview_is_the_interviewee() {
    let text = "Entretien\nNadia Berrani : « Le fleuve ne ment jamais »\nPropos recueillis par \
                Hugo Lemaire\nPourquoi ce livre ?\nUn pêcheur m'a dit un jour : « Tu verras, \
                l'eau revient toujours. » Je lui ai répondu : « Alors j'attendrai. » Il a ri.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Alors j'attendrai.").as_deref(),
        Some("Nadia Berrani")
    );
    let plain = "Un pêcheur m'a dit un jour : « Tu verras, l'eau revient toujours. » Je lui ai \
                 répondu : « Alors j'attendrai. »";
    assert_eq!(speaker_of(plain, Lang::Fr, "Alors j'attendrai."), None);
}

#[test]
fn a_quoted_title_that_the_text_repeats_without_marks_is_no_speech() {
    let text = "Paul Anselme a traversé l'Atlantique à la rame. Dans « la Grande Traversée », il \
                raconte ses nuits « sans sommeil ni étoiles ».\nLa Grande Traversée, de Paul \
                Anselme, éditions du Phare, 240 p.";
    let got = run(text, Lang::Fr);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "sans sommeil ni étoiles");
}

#[test]
fn a_description_met_as_a_subject_names_the_same_person_later() {
    let text =
        "Yves Cambon comparaissait mardi. Le prévenu, voix basse, a reconnu les faits.\nSon \
                avocat, Me Paul Ribot, a plaidé la clémence.\nInvité à parler en dernier, le \
                prévenu a seulement dit : « Je regrette. »";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Je regrette.").as_deref(),
        Some("Yves Cambon")
    );
}

#[test]
fn fini_par_and_an_age_noun_subject_lead_to_the_person_of_that_age() {
    let text = "Marc Dubreuil, 47 ans, était entendu mardi.\nLe juge, Alain Ferrand, l'a coupé : \
                « Pourquoi ? » Le quadragénaire a baissé les yeux. « Je ne sais pas », a-t-il \
                fini par lâcher.";
    assert_eq!(
        run(text, Lang::Fr)[1],
        (
            "Je ne sais pas".to_string(),
            Some("Marc Dubreuil".to_string()),
            Some("a-t-il fini par lâcher".to_string()),
            "direct"
        )
    );
}

#[test]
fn an_initialism_before_a_title_and_a_name_is_no_speaker() {
    let text = "The dispute reached Washington. U.S. Rep. Nora Halvorsen, D-Minn., called the \
                delay \u{201c}absurd\u{201d} and urged both sides to \u{201c}settle it now.\u{201d}";
    assert_eq!(
        speaker_of(text, Lang::En, "settle it now.").as_deref(),
        Some("Nora Halvorsen")
    );
}

#[test]
fn plural_quantities_opening_a_sentence_are_no_speakers() {
    let text = "Thousands marched on Sunday, calling the cuts \u{201c}a disgrace\u{201d}.";
    assert_ne!(
        speaker_of(text, Lang::En, "a disgrace").as_deref(),
        Some("Thousands")
    );
}

#[test]
fn a_spokesperson_for_a_short_body_name_speaks_for_its_full_name() {
    let text = "Shares of Brennock Capital rose 4%. A spokesperson for Brennock said the firm was \
                \u{201c}confident in the plan\u{201d}.";
    assert_eq!(
        speaker_of(text, Lang::En, "confident in the plan").as_deref(),
        Some("Brennock Capital")
    );
}

#[test]
fn a_hyphenated_number_opening_a_sentence_is_no_speaker() {
    let text = "Vingt-sept villages manquent d'eau.\nUn cadre de la direction des routes (DDR), \
                qui a requis l'anonymat, admet toutefois que le texte « aurait pu être mieux écrit ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "aurait pu être mieux écrit").as_deref(),
        Some("cadre")
    );
    let text = "Thirty-two towns ran dry.\nA clerk at the water board, who asked not to be named, \
                admitted the notice \u{201c}could have been clearer\u{201d}.";
    assert_ne!(
        speaker_of(text, Lang::En, "could have been clearer").as_deref(),
        Some("Thirty-two")
    );
}

#[test]
fn an_apposed_age_between_a_name_and_a_role_leaves_the_name_the_speaker() {
    let text = "Paul Vernet, 41 ans, potier à Quimper, résume : « Je tourne des bols. »";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Je tourne des bols.").as_deref(),
        Some("Paul Vernet")
    );
    let text = "Nell Ashby, 52, a potter in Leeds, said: \u{201c}I throw bowls.\u{201d}";
    assert_eq!(
        speaker_of(text, Lang::En, "I throw bowls.").as_deref(),
        Some("Nell Ashby")
    );
}

#[test]
fn a_bracketed_photo_credit_names_no_one_in_the_story() {
    let text = "Jeanne Morel répare des horloges depuis trente ans.\nJeanne Morel dans son \
                atelier, le 3 mai. (Paul Lenoir/pour Nouvel Écho)\n« Je suis seule », dit-elle.\n\
                Le réalisateur Marc Roy lui a consacré un film. Elle ne l’a regardé qu’une fois.\n\
                La sexagénaire cherche un apprenti. Elle qualifie les horloges numériques de \
                « tristesse en boîte ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "tristesse en boîte").as_deref(),
        Some("Jeanne Morel")
    );
}

#[test]
fn a_work_named_in_apposition_is_no_one_a_pronoun_means() {
    let text =
        "Kerensa Vell, who has died aged 84, sang about pilchard boats.\n\nHer first album, \
                Low Water, did not appear until 1974, when she was 32.\n\n\u{201c}I never wanted \
                to be famous,\u{201d} she told Folk Roots Monthly in 1985.";
    assert_eq!(
        speaker_of(text, Lang::En, "I never wanted to be famous,").as_deref(),
        Some("Kerensa Vell")
    );
}

#[test]
fn a_promoter_named_after_a_capitalised_modifier_is_the_subject_a_pronoun_means() {
    let text = "Ann Lee wrote on X: \u{2018}What a shame.\u{2019}\n\nConcert promoter Rudd Kemble, of \
                Brightway Live, said the dates had sold out. \u{2018}The demand is huge,\u{2019} he \
                said.";
    assert_eq!(
        speaker_of(text, Lang::En, "The demand is huge,").as_deref(),
        Some("Rudd Kemble")
    );
}

#[test]
fn a_role_after_a_body_and_a_modifier_opens_the_clause() {
    let text = "A volunteer clears rubble on Oak Street on Friday. (AP Photo/Jim Vance)\n\nThe \
                agency said crews had arrived. NOAA regional director Petra Olund urged residents \
                to stay home.\n\n\u{201c}Please keep off the roads,\u{201d} she said.";
    assert_eq!(
        speaker_of(text, Lang::En, "Please keep off the roads,").as_deref(),
        Some("Petra Olund")
    );
}

#[test]
fn a_degree_phrase_opening_the_sentence_leaves_the_subject_after_it() {
    let text = "Plus prudente, Inès Valade, de Parents unis, « comprend le projet » mais juge \
                le délai « irréaliste ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "irréaliste").as_deref(),
        Some("Inès Valade")
    );
}

#[test]
fn a_definite_role_with_an_indefinite_complement_is_someone_new() {
    let text = "Louis Perrin est économiste. « Les ventes reculent », confie le trésorier d’une \
                coopérative bretonne.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Les ventes reculent").as_deref(),
        Some("trésorier")
    );
}

#[test]
fn a_slash_credit_ending_a_caption_names_no_one_in_the_story() {
    let text = "Le maire, Paul Roy, a reçu les grévistes.\nLa foule devant la mairie, le 3 mai. \
                AFP / Dan Petrescu\nLe chef de l'exécutif local a ensuite appelé au « calme ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "calme").as_deref(),
        Some("Paul Roy")
    );
}

#[test]
fn slogans_on_banners_and_named_reforms_are_not_speech() {
    let text =
        "Le ministre a présenté la réforme « Cap Avenir ». Des pancartes proclamaient « Non \
                au péage » et « Routes gratuites ».";
    assert!(run(text, Lang::Fr).is_empty());
}

#[test]
fn a_title_case_name_opened_by_its_naming_noun_is_not_speech() {
    let text = "State television described the raid as \"Operation Iron Gate.\"";
    assert!(run(text, Lang::En).is_empty());
}

#[test]
fn a_labelled_photo_credit_names_no_one_in_the_story() {
    let text = "Kerensa Vell obituary\n\nEwan Marsh\n\nKerensa Vell, who has died aged 84, sang \
                about boats.\n\nKerensa Vell at the regatta in 1978. Photograph: Marsh family \
                archive\n\nIn a long interview in 1998, she described the storm:\n\n\u{201c}We \
                waited on the slip until it was light.\u{201d}";
    assert_eq!(
        speaker_of(text, Lang::En, "We waited on the slip until it was light.").as_deref(),
        Some("Kerensa Vell")
    );
}

#[test]
fn a_bare_plural_role_opening_a_sentence_is_the_speaker_not_its_modifier() {
    let text = "Barley growers say the new levy is \u{2018}the last straw\u{2019}.";
    let speaker = speaker_of(text, Lang::En, "the last straw");
    assert!(speaker.as_deref().is_some_and(|s| s.ends_with("growers")));
}

#[test]
fn a_name_apposed_to_a_postposed_role_is_the_speaker() {
    let text = "Le syndicat des pharmaciens s'inquiète. « Neuf officines fermeront cet été », a \
                indiqué sa présidente, la Dr Léa Morvan.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Neuf officines fermeront cet été").as_deref(),
        Some("Léa Morvan")
    );
}

#[test]
fn an_object_pronoun_before_a_postposed_cue_is_skipped() {
    let text = "« Je reviendrai l'an prochain », nous a confié la chanteuse Léa Morvan.";
    assert_eq!(
        speaker_of(text, Lang::Fr, "Je reviendrai l'an prochain").as_deref(),
        Some("Léa Morvan")
    );
}
