//! Round-35 page shapes: a reporter's role alone under their name, a save-for-later button, a
//! share's price chip, an ad slot over its loading notice, an academic site's byline and
//! footer (authors, disclosure, partners, DOI, republishing licence), wire and paper photo
//! credits, a blocked player's cookie notice and a video's title over its length. Every text
//! is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use crate::Lang;

const STANDFIRST_FR: &str =
    "Les bénévoles reconstruisent la vieille jetée planche par planche avant les traversées de l'été.";

fn is_residue(line: &str, lang: Lang) -> bool {
    matches!(kind(line, lang), LineKind::Residue(_))
}

#[test]
fn a_role_alone_under_the_authors_name_leaves_the_head_above() {
    for line in ["Journaliste", "Rédactrice", "Lire plus tard"] {
        assert!(is_residue(line, Lang::Fr), "{line}");
    }
    let mut page = vec![
        "Économie | Entreprises | Opinions",
        "S'abonner",
        "Entreprises > Transport",
        "Abonnés",
        "Lire plus tard",
        HEADLINE_FR,
        STANDFIRST_FR,
        "Claire Morin",
        "Journaliste",
        "14 mars 2026 18:32",
        "Temps de lecture: 4 min",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR, STANDFIRST_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_price_chip_an_offer_and_a_blocked_player_are_residue() {
    for (line, lang) in [
        ("Harbour Group 41,80 EUR +3,15%", Lang::Fr),
        ("Valmont Marine 1.204,50 € -0,8%", Lang::Fr),
        ("Profitez du Courrier du Port sans limite", Lang::Fr),
        (
            "Vous devez accepter les cookies de tiers pour afficher cette vidéo.",
            Lang::Fr,
        ),
        (
            "You must accept third-party cookies to watch this video.",
            Lang::En,
        ),
        ("Le bac de nuit reprend la mer à Valmont - JT 13h - 01:58", Lang::Fr),
        ("Why you can trust the Harbour Gazette", Lang::En),
        ("Why you can trust us", Lang::En),
        (
            "Exclusive articles from Jo Roe, Al Li and others. Plus, Harbour Notes and other newsletters.",
            Lang::En,
        ),
        (
            "Unlimited online access to the Gazette and 15 news sites with one account.",
            Lang::En,
        ),
    ] {
        assert!(is_residue(line, lang), "{line}");
    }
    // The article's own figures, results and questions stay.
    for (line, lang) in [
        (
            "Le titre a gagné 3,15% à la clôture, à 41,80 euros.",
            Lang::Fr,
        ),
        ("3. Ann Lee of Harbour City - 4:05", Lang::En),
        ("Why you can trust your own eyes at sea", Lang::En),
        ("Les marins refusent les cookies du boulanger.", Lang::Fr),
    ] {
        assert_eq!(kind(line, lang), LineKind::Text, "{line}");
    }
    // A stamp ending in its time stays a byline line.
    assert_eq!(
        kind("Fri Mar 13 2026 - 06:00", Lang::En),
        LineKind::Residue(super::Category::Byline)
    );
}

#[test]
fn wire_and_paper_credits_close_their_captions() {
    for line in [
        "A deckhand coils a rope on the night ferry. AP Photo/Jo Roe",
        "The ferry leaves the quay at dawn on March 3, 2026. (Jo Roe, The Harbour Gazette)",
    ] {
        assert_eq!(
            kind(line, Lang::En),
            LineKind::Residue(super::Category::Credit),
            "{line}"
        );
    }
    let line = "The vote was close. (Jo Roe, Harbour Ward)";
    assert_eq!(kind(line, Lang::En), LineKind::Text);
}

#[test]
fn a_newsletter_pitch_by_signing_up_goes_from_its_paragraph() {
    let paragraph = format!(
        "{} Get more harbour news by signing up for our daily Morning Tide email newsletter.",
        BODY_EN[0]
    );
    assert_eq!(paragraph_kept(&paragraph, Lang::En), BODY_EN[0]);
}

#[test]
fn an_ad_slot_over_its_loading_notice_is_one_widget() {
    let page = [
        "News | Canada | World",
        "Subscribe",
        HEADLINE_EN,
        "Published Mar 13, 2026",
        "Share this article",
        "Article content",
        BODY_EN[0],
        "Article content",
        BODY_EN[1],
        "Advertisement 2",
        "This advertisement has not loaded yet, but your article continues below.",
        "Article content",
        BODY_EN[2],
        "Subscribe now to read the latest news in your city.",
        "Exclusive articles from Jo Roe, Al Li and others. Plus, Harbour Notes and other newsletters.",
        "Unlimited online access to the Gazette and 15 news sites with one account.",
        "SUBSCRIBE TO UNLOCK MORE ARTICLES",
        "Article content",
        BODY_EN[3],
        "The pier reopens on Saturday, and the first crossing leaves at seven in the morning from the old quay.",
    ];
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    expected.push(page[19]);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn an_academic_sites_byline_and_footer_go() {
    assert_eq!(
        kind("Jo Roe, University of Harbourtown", Lang::En),
        LineKind::Residue(super::Category::Byline)
    );
    let mut page = vec![
        "Edition: United Kingdom",
        "Donate",
        HEADLINE_EN,
        "Published: March 13, 2026 8:14am GMT",
        "Jo Roe, University of Harbourtown",
    ];
    page.extend(BODY_EN);
    page.extend([
        "Authors",
        "Jo Roe",
        "Professor of Marine Biology, University of Harbourtown",
        "Disclosure statement",
        "Jo Roe receives funding from the Harbour Trust and a regional fisheries fund. She sits on the board of a sailing club.",
        "Partners",
        "University of Harbourtown provides funding as a member of The Conversation UK.",
        "View all partners",
        "DOI: https://doi.org/10.1234/abcd.5678",
        "Republish this article",
        "We believe in the free flow of information. Republish our articles for free, online or in print.",
    ]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn an_offer_an_app_pitch_a_transcript_notice_and_a_poll_title_are_residue() {
    for (line, lang) in [
        (
            "Get unlimited digital access to the Gazette for just 99 cents for your first 4 weeks.",
            Lang::En,
        ),
        ("CONTRIBUTED PHOTO", Lang::En),
        (
            "Stream Harbour News anytime, anywhere, on the free Harbour App.",
            Lang::En,
        ),
        (
            "Notice: Transcripts are machine and human generated and lightly edited for accuracy.",
            Lang::En,
        ),
        ("Donnez votre avis", Lang::Fr),
    ] {
        assert!(is_residue(line, lang), "{line}");
    }
    // The words in the article's own sentence stay.
    let line = "Officials said the river can flood anytime, anywhere along the valley.";
    assert_eq!(kind(line, Lang::En), LineKind::Text);
}

#[test]
fn a_digital_offer_and_an_app_pitch_go_from_their_paragraph() {
    for pitch in [
        "Get unlimited digital access to the Gazette for just 99 cents for your first 4 weeks.",
        "Stream Harbour News anytime, anywhere, on the free Harbour App.",
    ] {
        let paragraph = format!("{} {pitch}", BODY_EN[0]);
        assert_eq!(paragraph_kept(&paragraph, Lang::En), BODY_EN[0], "{pitch}");
    }
}
