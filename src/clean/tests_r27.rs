//! Round-27 page shapes: a reader poll closed by its buttons, a reader-support box naming the
//! outlet, a video player's placeholder and buttons, classified ads between paragraphs,
//! captions closed by a copyright or a stopped credit, and pitches for messaging channels,
//! e-papers and catch-up television. Every text is invented.

use super::classify::LineKind;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR,
};
use super::Category;
use crate::Lang;

/// The page with `widget` between the second and third paragraphs keeps only the article.
fn assert_widget_goes(widget: &[&str], headline: &str, body: &[&str; 4], lang: Lang) {
    let mut page = vec![headline, body[0], body[1]];
    page.extend(widget);
    page.extend(&body[2..]);
    let mut expected = vec![headline.to_string()];
    expected.extend(body.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, lang), expected);
}

#[test]
fn a_poll_closed_by_its_buttons_goes_whole() {
    assert_widget_goes(
        &[
            "Sondage",
            "Faut-il un bac de nuit toute l'année?",
            "Oui, c'est indispensable pour les habitants",
            "Non, seulement l'été",
            "Sans avis",
            "Voter | Voir les résultats",
        ],
        HEADLINE_FR,
        &BODY_FR,
        Lang::Fr,
    );
    assert_widget_goes(
        &[
            "Should the night ferry run all year?",
            "Yes",
            "No, only in summer",
            "Vote",
            "View results",
        ],
        HEADLINE_EN,
        &BODY_EN,
        Lang::En,
    );
}

#[test]
fn a_question_over_a_short_list_without_buttons_stays() {
    let page = [
        HEADLINE_EN,
        BODY_EN[0],
        "Who pays for the night ferry?",
        "The council",
        "The island's fishing families",
        BODY_EN[1],
        BODY_EN[2],
        BODY_EN[3],
    ];
    let expected: Vec<String> = page.iter().map(|s| s.to_string()).collect();
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_reader_support_box_naming_the_outlet_goes() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &["Support HGZ"],
        &[
            "Support HGZ",
            "HGZ is a small newsroom run by its readers. We answer to nobody else. Please think about joining them.",
            "Donate now",
        ],
        &[
            "Support HARBOUR GAZETTE's journalism of courage and care",
            "Good reporting takes time and it costs money to make.",
            "To keep our investigations free for everyone, we ask for a little help each month.",
            "Every gift to the Gazette helps keep our journalism open to all.",
            "Donate",
        ],
        Lang::En,
    );
    // A title-case intertitle and a sentence on support for the paper are the article's.
    for text in [
        "Support for the Gazette's journalism grew last year, the editor said.",
        "Support grows",
    ] {
        assert_eq!(kind(text, Lang::En), LineKind::Text, "{text}");
    }
}

#[test]
fn a_pitch_for_the_outlets_journalism_goes_from_its_paragraph() {
    let pitch = "The Gazette is paid for by readers – support our local journalism from as little as £3 a month.";
    let with_pitch = format!("{pitch} {}", BODY_EN[1]);
    let page = [HEADLINE_EN, BODY_EN[0], &with_pitch, BODY_EN[2], BODY_EN[3]];
    let mut expected = vec![HEADLINE_EN.to_string()];
    expected.extend(BODY_EN.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_video_players_placeholder_and_buttons_go() {
    assert_widget_goes(
        &[
            "Video Loading",
            "Video Unavailable",
            "Click to play Tap to play",
            "The video will start in 8 Cancel",
            "Play now",
        ],
        HEADLINE_EN,
        &BODY_EN,
        Lang::En,
    );
}

#[test]
fn classified_ads_and_whatsapp_pitches_go() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[],
        &[
            "TEXT AD: Rooms to let by the harbour, sea views. Call 0000 000 000",
            "Join the Harbour Gazette's WhatsApp community here to get the latest news sent to your phone",
        ],
        &[],
        Lang::En,
    );
    let pitch = "Join the HARBOUR GAZETTE WhatsApp channel for breaking news and local reports.";
    let with_pitch = format!("{} {pitch}", BODY_EN[1]);
    let page = [HEADLINE_EN, BODY_EN[0], &with_pitch, BODY_EN[2], BODY_EN[3]];
    let mut expected = vec![HEADLINE_EN.to_string()];
    expected.extend(BODY_EN.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::En), expected);
    // Joining a channel is news when nothing is offered to the reader.
    let text = "Parents were asked to join the school's WhatsApp channel before the trip.";
    assert_eq!(kind(text, Lang::En), LineKind::Text);
}

#[test]
fn captions_closed_by_a_copyright_or_a_stopped_credit_are_credits() {
    for caption in [
        "Passengers board the night ferry at the quay in Millbrook, May 2026 - Copyright AP Photo/Jo Roe",
        "Ann Lee at her stall by the ferry quay. Photo: Jo Roe/HGZ.",
    ] {
        assert_eq!(
            kind(caption, Lang::En),
            LineKind::Residue(Category::Credit),
            "{caption}"
        );
    }
    // A sentence on copyright law, or a stopped credit with no outlet, is not the rule's.
    let text = "The band sued in 2019 - Copyright law was on their side, the court found.";
    assert_eq!(kind(text, Lang::En), LineKind::Text);
}

#[test]
fn french_pitches_for_e_papers_go_from_their_paragraph() {
    for pitch in [
        "Retrouvez tous nos dossiers sur la mer dans l'e-paper du journal, disponible dès 5 heures sur abonnement.",
        "Plus de Valmont: découvrez toutes nos offres d’abonnement et lisez l’édition numérique dès 5 heures du matin.",
    ] {
        let with_pitch = format!("{} {pitch}", BODY_FR[1]);
        let page = [HEADLINE_FR, BODY_FR[0], &with_pitch, BODY_FR[2], BODY_FR[3]];
        let mut expected = vec![HEADLINE_FR.to_string()];
        expected.extend(BODY_FR.iter().map(|s| s.to_string()));
        assert_eq!(kept(&page, Lang::Fr), expected, "{pitch}");
    }
    // A sentence on a paper's digital edition is the article's.
    let text = "L'édition numérique du journal a gagné 2 000 lecteurs cette année.";
    assert_eq!(kind(text, Lang::Fr), LineKind::Text);
}

#[test]
fn a_line_that_is_all_pitch_weighs_as_a_residue_line() {
    // The pitch is found by the sentence search; the bookmark notice under it stays outside.
    let page = [
        HEADLINE_EN,
        BODY_EN[0],
        BODY_EN[1],
        BODY_EN[2],
        BODY_EN[3],
        "Join our Harbour News WhatsApp community to get the latest stories sent straight to your phone",
        "Story Saved",
        "You can find this story in My Bookmarks.",
        "Or by navigating to the user icon in the top right.",
        "Follow Harbour Gazette",
        "Harbour Council",
    ];
    let mut expected = vec![HEADLINE_EN.to_string()];
    expected.extend(BODY_EN.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::En), expected);
}
