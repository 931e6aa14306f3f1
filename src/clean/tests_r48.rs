//! Round-48 page shapes: a video under the topics' links between the standfirst and the byline,
//! opening hours listed under their label, a newsletter pitch signing readers up `to our`
//! newsletter, the print edition's title and the comment box's title and disclaimer under
//! the story, the masthead repeated as the site's sign-off, and a caption with no credit
//! under the head's share buttons. Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

const STANDFIRST_EN: &str = "A small operator has won the contract to run the crossing for ten years, in the first test of whether a night service can pay its way on the coast.";

#[test]
fn a_video_under_the_topics_links_leaves_the_headline_and_standfirst_above() {
    assert_eq!(
        kind(
            "Read related topics: Ferries | Tourism | Millbrook",
            Lang::En
        ),
        LineKind::Residue(Category::Tags)
    );
    let mut page = vec![
        "The Coast Herald",
        "News | Business | Sport | Travel",
        "Business > Transport",
        HEADLINE_EN,
        STANDFIRST_EN,
        "Read related topics: Ferries | Tourism | Millbrook",
        "Night crossings: can the small ports keep their boats running?",
        "03:12",
        "By Nora Quill",
        "8:15AM March 3, 2027.",
        "12 comments",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, STANDFIRST_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn opening_hours_under_their_label_are_the_articles() {
    for line in [
        "le lundi et le jeudi, de 14h à 18h ;",
        "le mercredi, de 9h30 à 11h30 ;",
        "le vendredi de 10h à 16h",
    ] {
        assert_eq!(kind(line, Lang::Fr), LineKind::Text, "{line}");
    }
    // A stamp stays one.
    assert_eq!(
        kind("Publié le 3 mars 2027 à 10h15", Lang::Fr),
        LineKind::Residue(Category::Byline)
    );
    let mut page = vec![HEADLINE_FR, BODY_FR[0], BODY_FR[1], "La navette circule :"];
    page.extend([
        "le lundi et le jeudi, de 14h à 18h ;",
        "le mercredi, de 9h30 à 11h30 ;",
        "le samedi matin en été.",
    ]);
    page.extend(&BODY_FR[2..]);
    assert_eq!(kept(&page, Lang::Fr), page);
}

#[test]
fn a_pitch_signing_readers_up_to_our_newsletter_goes() {
    let before = "The harbour master said the crossing would run every night until March.";
    let after = "Passengers can buy tickets on board with cash or a card.";
    let pitch = "Get the top stories from the coast by signing up to our free daily newsletter.";
    assert_eq!(
        paragraph_kept(&format!("{before} {pitch} {after}"), Lang::En),
        format!("{before} {after}")
    );
    let line = "More than 200 residents are signing up to the ferry club, the operator said.";
    assert_eq!(paragraph_kept(line, Lang::En), line);
}

#[test]
fn the_print_title_and_the_comment_boxs_title_and_disclaimer_go() {
    for (line, category) in [
        ("Print Headline: Night boat back on the water", Category::OutsideArticle),
        (
            "Comments on: Night ferry to return to Millbrook next week",
            Category::Comments,
        ),
        (
            "Disclaimer: Comments expressed here do not reflect the opinions of the Herald or its staff.",
            Category::Comments,
        ),
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Residue(category), "{line}");
    }
}

#[test]
fn the_masthead_repeated_under_the_story_goes() {
    let mut page = vec![
        "Coast Herald",
        "Home | News | Business | Sport",
        HEADLINE_EN,
        "By Nora Quill",
        "March 3, 2027",
    ];
    page.extend(BODY_EN);
    page.extend(["Coast Herald", "Follow the Coast Herald on Google News"]);
    let kept = kept(&page, Lang::En);
    assert!(!kept.iter().any(|line| line == "Coast Herald"), "{kept:?}");
    assert!(BODY_EN.iter().all(|line| kept.iter().any(|k| k == line)));
}

/// A first paragraph as long as a report's lead.
const LEAD_FR: &str = "Il est vingt et une heures passées quand le moteur du bac se met à gronder sur le quai de Valmont, sous les yeux d'une poignée d'habitués venus assister au premier départ depuis deux ans.";

#[test]
fn a_caption_with_no_credit_under_the_heads_share_buttons_goes() {
    let standfirst = "Le bac de nuit reprend du service entre Valmont et l'île après deux hivers d'arrêt, avec un équipage recruté parmi les familles de pêcheurs.";
    let mut page = vec![
        HEADLINE_FR,
        standfirst,
        "Publié le 3 mars 2027",
        "Partager : Facebook | WhatsApp | E-mail",
        "Des passagers embarquent sur le quai de Valmont à la tombée de la nuit.",
        LEAD_FR,
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR, standfirst, LEAD_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
    // Under a share bar between paragraphs, a short paragraph is the article's.
    let mut page = vec![HEADLINE_FR, BODY_FR[0], BODY_FR[1]];
    page.extend([
        "Partager : Facebook | WhatsApp | E-mail",
        "Le premier départ est prévu lundi soir.",
    ]);
    page.extend(&BODY_FR[2..]);
    assert_eq!(
        kept(&page, Lang::Fr)[..3],
        [HEADLINE_FR, BODY_FR[0], BODY_FR[1]]
    );
    assert!(kept(&page, Lang::Fr).contains(&"Le premier départ est prévu lundi soir.".to_string()));
}
