//! Round-27 page shapes (second fixer): a head over byline furniture the head finder did not
//! expect (a name over a long title-case beat, a name, a follow button and a desk under a
//! standfirst of three sentences, an audio player's speed choices and notes, a `Highlights`
//! box), and the recurring residue lines of the round (feedback
//! boxes, push-alert prompts, pitches sent to the reader's phone, caption credits after a
//! dash). Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

const STANDFIRST_EN: &str =
    "The island's council paid for new engines after the old operator walked away from its contract.";

/// The page with `head` over `furniture` over the body keeps the head and the body.
fn assert_head_stays_over(head: &[&str], furniture: &[&str], lang: Lang) {
    let body = match lang {
        Lang::Fr => BODY_FR,
        _ => BODY_EN,
    };
    let mut page = vec!["Skip to content", "Sign in"];
    page.extend(head);
    page.extend(furniture);
    page.extend(body);
    let mut expected: Vec<String> = head.iter().map(|s| s.to_string()).collect();
    expected.extend(body.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, lang), expected);
}

#[test]
fn a_long_title_case_beat_under_the_authors_name_leaves_the_head() {
    assert_head_stays_over(
        &[HEADLINE_EN, STANDFIRST_EN],
        &[
            "Ann Lee",
            "North of England Correspondent",
            "Fri Mar 13 2026 - 06:00",
            "Share",
        ],
        Lang::En,
    );
}

#[test]
fn a_standfirst_of_three_sentences_over_a_name_a_follow_button_and_a_desk_stays() {
    let head = [
        HEADLINE_FR,
        "Depuis l'automne, la commune finance un bac de nuit qui relie les deux rives du port.",
        "Il transporte déjà quarante passagers par soir.",
        "Les marins espèrent une seconde rotation avant l'été.",
    ];
    let furniture = [
        "Jeanne Roux",
        "Suivre",
        "Rédaction Valmont",
        "Publié le 13/03/26 à 07h15",
        "Partager l'article",
    ];
    assert_head_stays_over(&head, &furniture, Lang::Fr);
    assert_eq!(
        kind("Suivre", Lang::Fr),
        LineKind::Residue(Category::Subscribe)
    );
}

#[test]
fn an_audio_players_speed_choices_under_the_byline_leave_the_head() {
    assert_head_stays_over(
        &[HEADLINE_EN, STANDFIRST_EN],
        &[
            "PUBLISHED : 13 Mar 2026 at 06:00",
            "Listen to this article",
            "Press play to listen to this content",
            "1x",
            "0.5x 0.75x 1x 1.25x 1.5x 2x",
            "Share",
        ],
        Lang::En,
    );
    for speeds in ["1x", "0.5x 0.75x 1x 1.25x 1.5x 2x", "1.5×"] {
        assert_eq!(kind(speeds, Lang::En), LineKind::Residue(Category::Share));
    }
    // A figure with its unit is no speed.
    assert_eq!(kind("4x4", Lang::En), LineKind::Text);
}

#[test]
fn an_audio_players_notes_over_the_byline_leave_the_head() {
    assert_head_stays_over(
        &[HEADLINE_EN, STANDFIRST_EN],
        &[
            "Press play to listen to this article",
            "Voiced by artificial intelligence.",
            "By Ann Lee",
            "March 13, 2026 4:00 am",
            "Share",
        ],
        Lang::En,
    );
}

#[test]
fn a_highlights_box_under_the_byline_opens_the_article() {
    let points = [
        "Forty passengers took the first night crossing in two years",
        "The council paid for the new engines out of a reserve fund",
    ];
    let mut page = vec!["Skip to content", HEADLINE_EN, STANDFIRST_EN];
    page.extend(["By Ann Lee", "Published: March 13, 2026 07:30", "Share"]);
    page.push("Highlights");
    page.extend(points);
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, STANDFIRST_EN, "Highlights"];
    expected.extend(points);
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn round_27_residue_lines_are_removed() {
    for (line, category) in [
        ("Promotional content", Category::Advertisement),
        (
            "Do you like the content of this article?",
            Category::OutsideArticle,
        ),
        (
            "We’ll send you the latest news updates all day. Turn them off in your settings.",
            Category::Subscribe,
        ),
        (
            "This story is part of Harbour Pro's Shipping coverage. Our analysts follow every port.",
            Category::Subscribe,
        ),
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Residue(category), "{line}");
    }
    for (line, category) in [
        (
            "Vous avez aimé cet article ? Dites-le-nous.",
            Category::Subscribe,
        ),
        (
            "Notre dossier : Le port de Valmont se réinvente",
            Category::Related,
        ),
        (
            "Le quai, au printemps dernier. Photo d'illustration",
            Category::Credit,
        ),
        (
            "Le quai, au printemps dernier. - Le Courrier: Jeanne Roux",
            Category::Credit,
        ),
        (
            "Le quai, au printemps dernier. — Jeanne Roux / 24 Heures",
            Category::Credit,
        ),
        ("Plus d'infos", Category::Cookie),
        (
            "Vous réparez vos objets ? Racontez-nous votre histoire en écrivant à lecteurs@exemple.fr.",
            Category::OutsideArticle,
        ),
        (
            "Toute l'actu de Valmont et de sa région, chaque matin à 7h.",
            Category::Subscribe,
        ),
    ] {
        assert_eq!(kind(line, Lang::Fr), LineKind::Residue(category), "{line}");
    }
    assert_eq!(
        kind("WRITER: Ann Lee", Lang::En),
        LineKind::Residue(Category::Byline)
    );
    // A caption's sentence ending on a quoted name is no credit.
    assert_eq!(
        kind("Le maire a tranché. « Le quai restera ouvert »", Lang::Fr),
        LineKind::Text
    );
}

#[test]
fn round_27_pitch_sentences_leave_their_paragraph() {
    let cases = [
        (
            "The ferry sailed at nine. Add the Gazette on Signal to get the latest news delivered straight to your phone. It returned at dawn.",
            Lang::En,
        ),
        (
            "The ferry sailed at nine. Follow the Gazette on our WhatsApp channel for the latest news. It returned at dawn.",
            Lang::En,
        ),
        (
            "The ferry sailed at nine. Harbour Pro gives subscribers the inside track on every port deal. It returned at dawn.",
            Lang::En,
        ),
        (
            "Le bac est parti à neuf heures. Envie de soutenir la presse locale? Découvrez nos offres dès 1 euro. Il est rentré à l'aube.",
            Lang::Fr,
        ),
        (
            "Le bac est parti à neuf heures. Vous lisez un article offert par un abonné. Il est rentré à l'aube.",
            Lang::Fr,
        ),
    ];
    for (paragraph, lang) in cases {
        let expected = match lang {
            Lang::Fr => "Le bac est parti à neuf heures. Il est rentré à l'aube.",
            _ => "The ferry sailed at nine. It returned at dawn.",
        };
        let body = match lang {
            Lang::Fr => BODY_FR,
            _ => BODY_EN,
        };
        let mut page = vec![body[0], paragraph];
        page.extend(&body[1..]);
        let out = kept(&page, lang);
        assert_eq!(out[1], expected, "{paragraph}");
    }
    // Parcels or an app's alerts sent to the reader are no pitch.
    for sentence in [
        "Parcels are delivered straight to your door by the night ferry since Friday, the council said.",
        "Flood alerts are delivered directly to your phone once the river passes two metres, the council said.",
    ] {
        let mut page = vec![BODY_EN[0], sentence];
        page.extend(&BODY_EN[1..]);
        assert_eq!(kept(&page, Lang::En)[1], sentence);
    }
    // A quoted call to back the market is the article's.
    let quote = "« Envie de soutenir les producteurs ? Venez au marché », lance la maire, qui a ouvert la halle samedi.";
    let mut page = vec![BODY_FR[0], quote];
    page.extend(&BODY_FR[1..]);
    assert_eq!(kept(&page, Lang::Fr)[1], quote);
}
