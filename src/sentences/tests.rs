//! The splitting policy, rule by rule, on sentences written for these tests.

use super::*;

fn texts(text: &str, lang: Lang) -> Vec<&str> {
    split(text, lang).iter().map(|s| s.slice(text)).collect()
}

fn fr(text: &str) -> Vec<&str> {
    texts(text, Lang::Fr)
}

fn en(text: &str) -> Vec<&str> {
    texts(text, Lang::En)
}

fn assert_whole(text: &str, lang: Lang) {
    assert_eq!(texts(text, lang), vec![text], "{text:?} was split");
}

// Final punctuation and closing marks.

#[test]
fn splits_after_final_punctuation_and_keeps_closing_marks() {
    assert_eq!(
        fr("« On verra. » Il part demain ! Vraiment ?"),
        vec!["« On verra. »", "Il part demain !", "Vraiment ?"]
    );
    assert_eq!(
        en("He left (for good). She stayed. \"It's over.\" Nobody argued."),
        vec![
            "He left (for good).",
            "She stayed.",
            "\"It's over.\"",
            "Nobody argued."
        ]
    );
}

#[test]
fn a_padded_guillemet_belongs_to_the_sentence_it_closes() {
    for space in [" ", "\u{a0}", "\u{202f}"] {
        let text = format!("Il a dit : « C’est fini.{space}» Puis il est sorti.");
        assert_eq!(
            fr(&text),
            vec![
                format!("Il a dit : « C’est fini.{space}»").as_str(),
                "Puis il est sorti."
            ]
        );
    }
}

#[test]
fn repeated_marks_stay_together() {
    assert_eq!(
        fr("Quoi ?! Il a osé !!! Incroyable…"),
        vec!["Quoi ?!", "Il a osé !!!", "Incroyable…"]
    );
}

// Quotations.

#[test]
fn multi_sentence_quotations_are_split_inside() {
    assert_eq!(
        fr("« Nous partirons lundi. Rien ne changera », a-t-il assuré."),
        vec![
            "« Nous partirons lundi.",
            "Rien ne changera », a-t-il assuré."
        ]
    );
    assert_eq!(
        en("\"We will leave on Monday. Nothing changes,\" she said."),
        vec!["\"We will leave on Monday.", "Nothing changes,\" she said."]
    );
}

#[test]
fn a_question_or_exclamation_before_the_attribution_does_not_end_the_sentence() {
    assert_whole("« Qui paiera la facture ? », a-t-elle demandé.", Lang::Fr);
    assert_whole("« Qui paiera la facture ? » a demandé la maire.", Lang::Fr);
    assert_whole("« Assez ! », a crié un manifestant.", Lang::Fr);
    assert_whole("\"Who pays for this?\" she asked.", Lang::En);
    assert_whole("\"Enough!\" shouted a protester.", Lang::En);
    assert_whole("\"Who pays?,\" she asked the mayor.", Lang::En);
}

#[test]
fn omission_marks_in_brackets_do_not_end_a_sentence_unless_a_period_follows() {
    assert_whole("Il dénonce « les abus (...) de la direction ».", Lang::Fr);
    assert_eq!(
        fr("Il cite le texte (...). Les juges ont tranché."),
        vec!["Il cite le texte (...).", "Les juges ont tranché."]
    );
    assert_eq!(
        fr("Le jury a délibéré. (...) Les juges ont tranché."),
        vec!["Le jury a délibéré.", "(...) Les juges ont tranché."]
    );
}

#[test]
fn a_padded_straight_quote_closes_a_quotation_opened_earlier_in_the_paragraph() {
    assert_eq!(
        fr("\"Nous partons. Rien ne change. \" Elle a conclu."),
        vec!["\"Nous partons.", "Rien ne change. \"", "Elle a conclu."]
    );
    assert_eq!(
        fr("Il a conclu. \" Nous partons \", dit-elle."),
        vec!["Il a conclu.", "\" Nous partons \", dit-elle."]
    );
}

#[test]
fn a_quotation_that_ends_a_sentence_closes_it() {
    assert_eq!(
        fr("Elle a répondu : « Non. » La séance a été levée."),
        vec!["Elle a répondu : « Non. »", "La séance a été levée."]
    );
    assert_eq!(
        fr("Le maire parle d’une « erreur ». Il promet une enquête."),
        vec!["Le maire parle d’une « erreur ».", "Il promet une enquête."]
    );
}

#[test]
fn dialogue_dashes_open_a_new_sentence() {
    assert_eq!(
        fr("— Vous restez ? — Non, je pars."),
        vec!["— Vous restez ?", "— Non, je pars."]
    );
}

// Layout.

#[test]
fn a_line_break_ends_a_sentence_and_headlines_stand_alone() {
    assert_eq!(
        fr("Un titre sans point\n\nLe texte suit.  \nUn intertitre\nLa suite."),
        vec![
            "Un titre sans point",
            "Le texte suit.",
            "Un intertitre",
            "La suite."
        ]
    );
    assert_eq!(
        en("Breaking news\r\nThe bridge reopened."),
        vec!["Breaking news", "The bridge reopened."]
    );
}

#[test]
fn list_items_are_sentences() {
    assert_eq!(
        fr("Au programme :\n- la santé\n- l’école\n• le logement"),
        vec!["Au programme :", "- la santé", "- l’école", "• le logement"]
    );
    assert_eq!(
        en("• First point • Second point"),
        vec!["• First point", "• Second point"]
    );
    assert_eq!(
        en("1. Open the box 2. Read the manual"),
        vec!["1. Open the box", "2. Read the manual"]
    );
    assert_eq!(
        en("a) Red apples b) Green pears"),
        vec!["a) Red apples", "b) Green pears"]
    );
}

#[test]
fn an_inline_enumeration_in_lowercase_stays_one_sentence() {
    assert_whole("Deux urgences : 1. la dette ; 2. le chômage.", Lang::Fr);
}

// Titles, abbreviations, initials.

#[test]
fn titles_never_end_a_sentence() {
    assert_whole("M. Martin et MM. Durand et Petit ont voté pour.", Lang::Fr);
    assert_whole(
        "Mme Roux, le Dr. Haddad, le Pr. Lemoine et Me. Garnier sont venus.",
        Lang::Fr,
    );
    assert_whole(
        "Mr. Jones met Mrs. Lee and Dr. Patel in Gov. Hall's office.",
        Lang::En,
    );
}

#[test]
fn abbreviations_before_a_name_or_number_do_not_end_a_sentence() {
    assert_whole("Voir p. 14 et l’art. 12 du règlement.", Lang::Fr);
    assert_whole(
        "La loi date du 3 janv. 1905 et fut votée en 52 av. J.-C. selon lui.",
        Lang::Fr,
    );
    assert_whole("Le texte, c.-à-d. le projet de loi, sera voté.", Lang::Fr);
    assert_whole(
        "Il vit à St. Louis et travaille pour Acme Inc. depuis 2010.",
        Lang::Fr,
    );
    assert_whole(
        "The U.S. Senate met at 9 a.m. Tuesday with Acme Inc. lawyers.",
        Lang::En,
    );
    assert_whole(
        "She lives at No. 12 St. James Street with John Smith Jr. and his son.",
        Lang::En,
    );
}

#[test]
fn an_abbreviation_that_really_ends_a_sentence_splits() {
    assert_eq!(
        fr("Il a tout vendu : la maison, les meubles, etc. Le lendemain, il est parti."),
        vec![
            "Il a tout vendu : la maison, les meubles, etc.",
            "Le lendemain, il est parti."
        ]
    );
    assert_eq!(
        en("The meeting ended at 11 p.m. The vote is tomorrow."),
        vec!["The meeting ended at 11 p.m.", "The vote is tomorrow."]
    );
    assert_eq!(
        en("He moved to the U.S. They followed a year later."),
        vec!["He moved to the U.S.", "They followed a year later."]
    );
    assert_whole(
        "Les ministres, les préfets, etc. ont été convoqués.",
        Lang::Fr,
    );
}

#[test]
fn initials_do_not_end_a_sentence() {
    assert_whole(
        "Le livre de J. K. Rowling a été adapté par P.-A. Martin.",
        Lang::Fr,
    );
    assert_whole(
        "Selon J.-M. Le Pen et G. W. Bush, rien ne change.",
        Lang::Fr,
    );
    assert_whole(
        "Did you see Albert I. Jones and J. R. R. Tolkien yesterday?",
        Lang::En,
    );
}

#[test]
fn a_capital_letter_before_a_sentence_starter_ends_the_sentence() {
    assert_eq!(
        en("The winner was Plan B. They chose it unanimously."),
        vec!["The winner was Plan B.", "They chose it unanimously."]
    );
    assert_eq!(
        fr("Il a voté pour la liste A. Elle a voté contre."),
        vec!["Il a voté pour la liste A.", "Elle a voté contre."]
    );
}

#[test]
fn acronyms_with_periods_behave_like_abbreviations() {
    assert_whole("Il a rejoint l’O.N.U. en 1999 puis l’U.E. après.", Lang::Fr);
    assert_eq!(
        fr("Il travaille à l’O.N.U. Son frère aussi."),
        vec!["Il travaille à l’O.N.U.", "Son frère aussi."]
    );
}

// Numbers, times, addresses.

#[test]
fn numbers_and_times_do_not_end_a_sentence() {
    assert_whole(
        "Le taux passe à 3,5 % soit 1.2 million d’euros et 75,2232 roubles.",
        Lang::Fr,
    );
    assert_whole("La réunion commence à 15h30 et finit à 18 h 45.", Lang::Fr);
    assert_whole("Le décret 2023.45 du 12.03.2023 s’applique.", Lang::Fr);
    assert_whole(
        "The index rose 1.5 percent to 4,321.09 points at 9 a.m. local time.",
        Lang::En,
    );
}

#[test]
fn a_number_can_end_a_sentence() {
    assert_eq!(
        fr("Le bilan est de 12 morts. 40 personnes sont blessées."),
        vec!["Le bilan est de 12 morts.", "40 personnes sont blessées."]
    );
    assert_eq!(
        en("Sales rose in 2023. Profits did not."),
        vec!["Sales rose in 2023.", "Profits did not."]
    );
}

#[test]
fn urls_and_emails_are_not_split() {
    assert_eq!(
        fr("Écrivez à redaction@journal.example.fr ou lisez https://journal.example.fr/a.b.html. Merci."),
        vec![
            "Écrivez à redaction@journal.example.fr ou lisez https://journal.example.fr/a.b.html.",
            "Merci."
        ]
    );
    assert_whole(
        "Le site journal.example.fr et www.Example.Org sont en panne.",
        Lang::Fr,
    );
    assert_whole("Contact: Ann.Lee@example.com for details.", Lang::En);
}

// Ellipses.

#[test]
fn an_ellipsis_ends_a_sentence_only_before_a_capital() {
    assert_eq!(
        fr("Il hésita… Puis il partit. Et puis... plus rien."),
        vec!["Il hésita…", "Puis il partit.", "Et puis... plus rien."]
    );
    assert_whole("Il a cité le texte […] Tous ont applaudi.", Lang::Fr);
    assert_whole("The report says [...] Nothing more.", Lang::En);
}

#[test]
fn spaced_ellipses_follow_the_golden_rules() {
    assert_eq!(
        en("It ended with a period . . . . Next one."),
        vec!["It ended with a period . . . .", "Next one."]
    );
    assert_whole("It was . . . I mean it was fine.", Lang::En);
    assert_eq!(
        en("It was over. . . . The rest is history."),
        vec!["It was over.", ". . . The rest is history."]
    );
}

// Scraping damage.

#[test]
fn a_missing_space_after_a_sentence_end_splits() {
    assert_eq!(
        fr("Les pourparlers ont échoué.Certaines délégations sont parties."),
        vec![
            "Les pourparlers ont échoué.",
            "Certaines délégations sont parties."
        ]
    );
    assert_eq!(
        fr("Il a rejoint l’OTAN.La Suède suivra."),
        vec!["Il a rejoint l’OTAN.", "La Suède suivra."]
    );
    assert_eq!(
        fr("Pourquoi partir ?Personne ne sait."),
        vec!["Pourquoi partir ?", "Personne ne sait."]
    );
    assert_eq!(
        fr("Il est parti.\"Nous restons\", dit-elle."),
        vec!["Il est parti.", "\"Nous restons\", dit-elle."]
    );
    assert_eq!(
        en("\"It is over.\"Then she left."),
        vec!["\"It is over.\"", "Then she left."]
    );
    assert_eq!(
        fr("Il a gagné !Tout le monde applaudit."),
        vec!["Il a gagné !", "Tout le monde applaudit."]
    );
}

#[test]
fn a_missing_space_is_not_invented_inside_tokens() {
    assert_whole(
        "Aux U.S.A. la version 3.5 de example.com date de 52 av. J.-C. hélas.",
        Lang::Fr,
    );
    assert_whole(
        "Il écrit à Marie.Curie@example.fr depuis M.Dupont et St.Malo.",
        Lang::Fr,
    );
    assert_whole("Achetez 1.Pain, 2.Lait et un Ph.D.", Lang::Fr);
    assert_whole(
        "Voir https://example.org/archives/2023/politique/elections/resultats.Detail ici.",
        Lang::Fr,
    );
}

#[test]
fn stray_periods_never_make_a_sentence_alone() {
    assert_eq!(
        fr("Les négociations reprendront. . Le ministre l’a confirmé."),
        vec![
            "Les négociations reprendront. .",
            "Le ministre l’a confirmé."
        ]
    );
    assert_eq!(fr("Fin du texte. ."), vec!["Fin du texte. ."]);
    assert_eq!(fr("Il est parti.\n.\n»"), vec!["Il est parti.\n.\n»"]);
}

#[test]
fn a_lowercase_start_after_a_plain_word_is_a_new_sentence() {
    assert_eq!(
        fr("La Russie a rappelé ses troupes. coup de théâtre à Moscou."),
        vec![
            "La Russie a rappelé ses troupes.",
            "coup de théâtre à Moscou."
        ]
    );
    assert_eq!(
        en("what should i do? any idea is welcome."),
        vec!["what should i do?", "any idea is welcome."]
    );
    assert_whole("Il a reçu env. deux cents lettres, cf. la liste.", Lang::Fr);
    assert_whole("She works at Yahoo! in the sales team.", Lang::En);
    assert_eq!(
        en("He said no. then he left."),
        vec!["He said no.", "then he left."]
    );
    // French goes on after a question: the attribution follows in lowercase.
    assert_whole("Que faire ? s’interroge le ministre.", Lang::Fr);
}

#[test]
fn a_suffix_like_jr_can_end_a_sentence() {
    assert_eq!(
        fr("Il cite Martin Luther King Jr. Il le fait souvent."),
        vec!["Il cite Martin Luther King Jr.", "Il le fait souvent."]
    );
}

#[test]
fn after_a_clock_time_only_a_day_or_a_time_zone_goes_on() {
    assert_eq!(
        en("The quake struck at 4 a.m. Rescuers arrived within the hour."),
        vec![
            "The quake struck at 4 a.m.",
            "Rescuers arrived within the hour."
        ]
    );
    assert_whole("The polls open at 7 a.m. Eastern time.", Lang::En);
    assert_whole("The vote is at 6 P.M. Thursday in the chamber.", Lang::En);
}

#[test]
fn a_unit_that_is_a_common_word_abbreviates_only_after_a_number() {
    assert_whole("The pipe is 4 in. wide at the joint.", Lang::En);
    assert_eq!(
        en("The guests checked in. then they left"),
        vec!["The guests checked in.", "then they left"]
    );
}

// Sentence ends without punctuation.

#[test]
fn a_wire_dateline_is_a_sentence_of_its_own() {
    assert_eq!(
        fr("MARSEILLE (AFP) - Le port est bloqué."),
        vec!["MARSEILLE (AFP) -", "Le port est bloqué."]
    );
    assert_eq!(
        fr("SAINT-DENIS, 4 juin (Reuters) – La grève continue."),
        vec!["SAINT-DENIS, 4 juin (Reuters) –", "La grève continue."]
    );
    assert_eq!(
        en("SAN DIEGO — The port reopened."),
        vec!["SAN DIEGO —", "The port reopened."]
    );
    // A hyphen without an agency, or capitals inside a sentence, are no dateline.
    assert_whole("OTAN - la réunion est reportée.", Lang::Fr);
    assert_whole("Selon PARIS (AFP) - rien.", Lang::Fr);
}

#[test]
fn a_domain_glued_to_its_name_is_not_two_sentences() {
    assert_whole("Posted via Newsfeed.Com for free.", Lang::En);
}

#[test]
fn a_rule_of_stars_or_equals_signs_stands_alone() {
    assert_eq!(
        en("The vote is on Monday. *** The count starts at noon."),
        vec!["The vote is on Monday.", "***", "The count starts at noon."]
    );
    assert_eq!(
        en("Call me if needed ===== Notice: this message is private."),
        vec![
            "Call me if needed",
            "=====",
            "Notice: this message is private."
        ]
    );
    // `---` is also a dash between words.
    assert_whole("The line was cut --- do you know why?", Lang::En);
}

#[test]
fn an_email_header_timestamp_is_a_sentence() {
    assert_eq!(
        en("Nora Blake 03/14/2002 09:41 AM Can we move the call to Friday?"),
        vec![
            "Nora Blake",
            "03/14/2002 09:41 AM",
            "Can we move the call to Friday?"
        ]
    );
    assert_eq!(
        en("The notes were added on 11/02/03 17:05:12 We kept them."),
        vec!["The notes were added on 11/02/03 17:05:12", "We kept them."]
    );
    assert_whole("The meeting on 03/14/2002 09:41 was short.", Lang::En);
}

#[test]
fn a_capitalised_word_after_an_address_opens_a_sentence() {
    assert_eq!(
        en("Write to nora.blake@example.org Our office replies within a day."),
        vec![
            "Write to nora.blake@example.org",
            "Our office replies within a day."
        ]
    );
    assert_eq!(
        en("https://example.org/a.html https://example.org/b.html"),
        vec!["https://example.org/a.html", "https://example.org/b.html"]
    );
    assert_eq!(
        fr("Contact : accueil@mairie.fr Téléphone : 01 02 03 04 05"),
        vec!["Contact : accueil@mairie.fr", "Téléphone : 01 02 03 04 05"]
    );
    assert_whole("Write to nora.blake@example.org or call us.", Lang::En);
    assert_whole("The mayor wrote @CityHall Tuesday night.", Lang::En);
    assert_whole(
        "Contact: nora.blake@example.org, Sales Department.",
        Lang::En,
    );
}

#[test]
fn an_emoticon_ends_its_sentence() {
    assert_eq!(
        en("We won the cup :) Now the party starts."),
        vec!["We won the cup :)", "Now the party starts."]
    );
    assert_eq!(
        en("That was fun! :P see you soon"),
        vec!["That was fun! :P", "see you soon"]
    );
}

#[test]
fn a_salutation_before_a_comma_is_a_sentence() {
    assert_eq!(
        en("Best regards, Nora Blake"),
        vec!["Best regards,", "Nora Blake"]
    );
    assert_eq!(
        en("Hi Tom, The report is attached."),
        vec!["Hi Tom,", "The report is attached."]
    );
    // A vocative that ends there is part of the thanks.
    assert_whole("Thanks, Tom.", Lang::En);
    assert_whole("Thanks, everyone.", Lang::En);
    assert_whole("Regards, Nora", Lang::Fr);
}

#[test]
fn a_capitalised_starter_after_a_semicolon_opens_a_sentence() {
    assert_eq!(
        fr("le festival a lieu en juillet ; Il accueille dix mille visiteurs"),
        vec![
            "le festival a lieu en juillet ;",
            "Il accueille dix mille visiteurs"
        ]
    );
    assert_whole("Trois villes : Lyon ; Marseille ; Nantes.", Lang::Fr);
    assert_whole("Deux étapes : Lyon ; Le Havre.", Lang::Fr);
    assert_whole("Il a tranché ; il partira demain.", Lang::Fr);
    assert_whole("Tom &amp; The Band play tonight.", Lang::En);
}

#[test]
fn a_missing_space_after_a_number_splits_but_not_after_a_list_marker() {
    assert_eq!(
        fr("Le score final est de 2-0.Les supporters ont envahi la pelouse."),
        vec![
            "Le score final est de 2-0.",
            "Les supporters ont envahi la pelouse."
        ]
    );
    assert_eq!(
        fr("La loi date de 2019.Elle sera revue."),
        vec!["La loi date de 2019.", "Elle sera revue."]
    );
    assert_whole("Au menu : 1.Entrée, 2.Plat, 3.Dessert.", Lang::Fr);
}

// Other languages.

#[test]
fn german_ordinals_and_abbreviations() {
    assert_whole(
        "Die Wahl findet am 12. Juni statt, z. B. in Berlin.",
        Lang::De,
    );
    assert_eq!(
        texts("Er kam im Jahr 2020. Die Lage war ernst.", Lang::De),
        vec!["Er kam im Jahr 2020.", "Die Lage war ernst."]
    );
    assert_eq!(
        texts("„Wir bleiben hier.“ Das sagte Hr. Schmidt.", Lang::De),
        vec!["„Wir bleiben hier.“", "Das sagte Hr. Schmidt."]
    );
}

#[test]
fn spanish_inverted_marks_open_a_sentence() {
    assert_eq!(
        texts("La Sra. Gómez llegó. ¿Quién lo sabía? ¡Nadie!", Lang::Es),
        vec!["La Sra. Gómez llegó.", "¿Quién lo sabía?", "¡Nadie!"]
    );
}

#[test]
fn italian_portuguese_and_dutch_titles() {
    assert_whole("Il Dott. Rossi ha incontrato la Sig.ra Bianchi.", Lang::It);
    assert_whole(
        "O Sr. Silva falou com a Dra. Costa, p. ex. sobre o orçamento.",
        Lang::Pt,
    );
    assert_whole(
        "Dhr. De Vries sprak met mevr. Jansen, bijv. over de begroting.",
        Lang::Nl,
    );
    assert_eq!(
        texts("Il Sig. Verdi è partito. Nessuno lo sapeva.", Lang::It),
        vec!["Il Sig. Verdi è partito.", "Nessuno lo sapeva."]
    );
}

// Spans.

#[test]
fn whitespace_only_gives_nothing() {
    assert!(split(" \n\t\u{a0} ", Lang::En).is_empty());
    assert!(split("", Lang::Fr).is_empty());
}

fn check_invariants(text: &str, lang: Lang) -> Result<(), String> {
    let spans = split(text, lang);
    let mut covered = 0;
    for span in &spans {
        if span.start < covered || span.end > text.len() || span.is_empty() {
            return Err(format!("bad span {span:?} after {covered} in {text:?}"));
        }
        let gap = &text[covered..span.start];
        if !gap.chars().all(char::is_whitespace) {
            return Err(format!("{gap:?} is in no sentence of {text:?}"));
        }
        let inner = span.slice(text);
        if inner.trim() != inner {
            return Err(format!("{inner:?} is not trimmed"));
        }
        covered = span.end;
    }
    if !text[covered..].chars().all(char::is_whitespace) {
        return Err(format!("the tail of {text:?} is in no sentence"));
    }
    Ok(())
}

#[test]
fn long_inputs_without_spaces_or_breaks_stay_linear() {
    // Each would take minutes if a rule rescanned the text at every period.
    let patterns = [
        "abc.Def",
        "ab.\"Cd",
        "a. \" B",
        "abc . def ",
        " •",
        "1. Xy ",
    ];
    for pattern in patterns {
        let text = pattern.repeat(50_000);
        let spans = split(&text, Lang::Fr);
        assert!(spans.last().is_some_and(|s| s.end == text.trim_end().len()));
    }
}

proptest::proptest! {
    #[test]
    fn spans_are_ordered_trimmed_and_cover_every_visible_char(
        text in "[a-zA-Zé0-9 .!?…«»\"'’()\\[\\]\\n\u{a0}\u{202f}•@:/,;-]{0,80}"
    ) {
        for lang in Lang::ALL {
            if let Err(e) = check_invariants(&text, lang) {
                return Err(proptest::test_runner::TestCaseError::fail(e));
            }
        }
    }

    #[test]
    fn any_text_is_split_without_panicking(text in "\\PC{0,60}") {
        for lang in Lang::ALL {
            if let Err(e) = check_invariants(&text, lang) {
                return Err(proptest::test_runner::TestCaseError::fail(e));
            }
        }
    }
}
