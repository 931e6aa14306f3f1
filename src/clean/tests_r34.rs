//! Round-34 page shapes: an audio player's language buttons and translation note, the rest of a
//! French row of share buttons and a no-comment counter, an author's name over their place
//! between the player and the date, and a trending bar that stops at the headline. Every text
//! is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use crate::Lang;

const STANDFIRST_EN: &str =
    "Volunteers are rebuilding the old pier one plank at a time before the summer crossings";

#[test]
fn an_audio_players_language_buttons_and_translation_note_are_residue() {
    for line in [
        "Listen In English",
        "Listen in Spanish",
        "Powered by automated translation",
        "Read the Full Transcript",
    ] {
        assert!(
            matches!(kind(line, Lang::En), LineKind::Residue(_)),
            "{line}"
        );
    }
    // A sentence or an intertitle that opens on the verb stays.
    for line in [
        "Listen in silence to the tide",
        "Listen in, then decide",
        "Listen in English class was hard for him.",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
    }
}

#[test]
fn a_french_print_button_and_a_no_comment_counter_are_residue() {
    for line in [
        "Cliquez pour imprimer(ouvre dans une nouvelle fenêtre) Imprimer",
        "Cliquez pour envoyer un lien par e-mail à un ami(ouvre dans une nouvelle fenêtre) E-mail",
        "Aucun commentaire",
    ] {
        assert!(
            matches!(kind(line, Lang::Fr), LineKind::Residue(_)),
            "{line}"
        );
    }
    let mut page = vec![
        "Accueil | Société | Sport",
        "Accueil / Société",
        HEADLINE_FR,
        "Par Claire Morin",
        "14 mars 2026",
        "Aucun commentaire",
        "Partager :",
        "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre) Facebook",
        "Cliquez pour imprimer(ouvre dans une nouvelle fenêtre) Imprimer",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn an_authors_name_over_their_place_between_player_and_date_leaves_the_head_above() {
    let mut page = vec![
        "Skip to main content",
        "News | Sport | Culture",
        "Subscribe",
        HEADLINE_EN,
        STANDFIRST_EN,
        "Listen In English",
        "Listen In French",
        "Powered by automated translation",
        "Ann Lee",
        "Port Ellis",
        "Mar 13, 2026",
        "Updated: Mar 13, 2026, 7:41 AM",
        "Share",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, STANDFIRST_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_trending_bar_over_the_menu_stops_at_the_headline() {
    let mut page = vec![
        "Skip to content",
        "Subscribe Now",
        "Log In",
        "Trending:",
        "Harbour fair | Ferry strike | Spring tides | Budget vote",
        "News | Local | Sport | Business | Opinion",
        "News",
        "Local News",
        HEADLINE_EN,
        "Author",
        "By Ann Lee | alee@example.com | Harbour Daily",
        "UPDATED: March 13, 2026 at 6:12 PM CDT",
        "Click to share on Facebook (Opens in new window)",
        "Click to print (Opens in new window)",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_call_for_witnesses_and_a_channel_pitch_inside_a_paragraph_go() {
    let cases = [
        (
            "Le maire attend le rapport. Vous avez été témoin d’un accident ? Envoyez-nous vos photos au 079 000 00 00. Le conseil votera en juin.",
            "Le maire attend le rapport. Le conseil votera en juin.",
            Lang::Fr,
        ),
        (
            "Le maire attend le rapport. Rejoignez notre canal Telegram pour suivre l'actualité. Le conseil votera en juin.",
            "Le maire attend le rapport. Le conseil votera en juin.",
            Lang::Fr,
        ),
        (
            "The mayor awaits the report. Join the Harbour Daily community on Viber for the latest news. The council votes in June.",
            "The mayor awaits the report. The council votes in June.",
            Lang::En,
        ),
    ];
    for (paragraph, left, lang) in cases {
        let page = [HEADLINE_EN, paragraph, BODY_EN[0], BODY_EN[1]];
        assert_eq!(kept(&page, lang)[1], left, "{paragraph}");
    }
    // The article's own channel and witnesses stay.
    let page = [
        HEADLINE_EN,
        "Parents joined the school community on Viber last spring to share rides.",
        BODY_EN[0],
    ];
    assert_eq!(kept(&page, Lang::En)[1], page[1]);
}
