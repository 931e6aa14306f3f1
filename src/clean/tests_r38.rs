//! Round-38 page shapes: a video player naming its own video over the headline; a consent
//! banner's title and the site speaking with its partners; captions closing on a capitalised
//! photographer or a file label after a bar, and a gallery's counter; newsletter blurbs,
//! subscription asks and what a subscription buys, inside paragraphs or alone. Every text is
//! invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

#[test]
fn the_headline_under_a_player_naming_its_video_stays() {
    let mut page = vec![
        "Radio Valmont",
        "Se connecter",
        "Accueil | Région | Sport | Météo",
        "VIDÉO - Valmont : le bac de nuit reprend la mer - 1:48",
        HEADLINE_FR,
        "Publié le 3 mars 2026 à 9h12",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_consent_banners_title_and_its_partners_cookies_are_cookie_lines() {
    let cookie = LineKind::Residue(Category::Cookie);
    for (line, lang) in [
        ("Nous respectons votre vie privée", Lang::Fr),
        ("We value your privacy", Lang::En),
        (
            "Nous et nos partenaires utilisons des cookies pour mesurer l'audience du site.",
            Lang::Fr,
        ),
        (
            "We and our partners use cookies to measure how the site is read.",
            Lang::En,
        ),
    ] {
        assert_eq!(kind(line, lang), cookie, "{line}");
    }
    assert_eq!(
        kind(
            "Le maire a promis que la commune respecterait la vie privée des riverains.",
            Lang::Fr
        ),
        LineKind::Text
    );
}

#[test]
fn captions_closing_on_a_bar_credit_and_gallery_counters_are_credits() {
    let credit = LineKind::Residue(Category::Credit);
    for line in [
        "Divers check the hull of the ferry before its first crossing. ANN LEE | Gazette",
        "A deckhand coils rope on the quay at dawn. PHOTO | FILE",
        "3 of 8 photos",
    ] {
        assert_eq!(kind(line, Lang::En), credit, "{line}");
    }
    // A bar in running text, or a count of photos in a sentence, stays.
    for line in [
        "The board voted 5 to 2. Fares | Timetables | Routes are next on its list.",
        "Two of the eight photos were taken by passengers on the night crossing.",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
    }
}

#[test]
fn newsletter_blurbs_and_subscription_asks_inside_a_paragraph_go() {
    let sentence = "The ferry will sail every night until the end of March.";
    for pitch in [
        "Get the week’s top news, recipes and a long read for Sunday. Sign up to receive our Weekend newsletter.",
        "Subscribe to the Harbour Gazette ePaper for the full week of coast news.",
        "Subscribe to the Gazette for unlimited access to reporting like this.",
        "The Gazette is going further, bringing the best reporting straight to your inbox.",
    ] {
        assert_eq!(
            paragraph_kept(&format!("{sentence} {pitch}"), Lang::En),
            sentence,
            "{pitch}"
        );
    }
    // A reader who subscribes to a service, or the news reaching an inbox, is the article's.
    let article = "Residents who subscribe to the ferry pass for a year save a third on fares.";
    assert_eq!(paragraph_kept(article, Lang::En), article);
}

#[test]
fn a_subscription_ask_and_what_it_buys_go_whole() {
    let mut page = vec![HEADLINE_EN];
    page.extend(BODY_EN);
    page.extend([
        "Support local journalism. Subscribe to the Gazette for unlimited access to stories like this. Get your first month for $2.",
        "Support the Gazette and become a subscriber today. Your subscription will help us keep reporting on the coast. In return, you’ll see fewer ads, and receive members-only offers.",
    ]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}
