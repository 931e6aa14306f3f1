//! Round-46 page shapes: newsletter, channel and tip pitches set inside a paragraph, and a
//! caption between paragraphs over its archive photo's credit. Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

#[test]
fn newsletter_channel_and_tip_pitches_inside_a_paragraph_go() {
    let before = "The harbour master said the crossing would run every night until March.";
    let after = "Passengers can buy tickets on board with cash or a card.";
    for pitch in [
        "Sign up to receive daily headline news from the Harbour Courier, a division of Coastline Media.",
        "Follow the Courier on our Telegram channel for the latest news from the islands.",
        "Have a story? Send your tips to the Courier via WhatsApp at 555-0190.",
        "Have a news tip? Email the newsroom at desk@example.com.",
    ] {
        let line = format!("{before} {pitch} {after}");
        assert_eq!(
            paragraph_kept(&line, Lang::En),
            format!("{before} {after}"),
            "{pitch}"
        );
    }
    // The same words telling the story stay.
    for line in [
        "Residents can sign up to receive flood alerts from the county by text message.",
        "The ferry's Telegram channel posted the new timetable on Monday, the operator said.",
    ] {
        assert_eq!(paragraph_kept(line, Lang::En), line);
    }
}

#[test]
fn a_caption_over_its_archive_photo_credit_between_paragraphs_goes() {
    let mut page = vec![HEADLINE_FR, BODY_FR[0], BODY_FR[1]];
    page.extend([
        "Sur le quai de Valmont, les passagers du soir sont surtout des saisonniers.",
        "Photo d'archives Loïc Berthelin",
    ]);
    page.extend(&BODY_FR[2..]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_writer_named_with_the_outlet_after_a_slash_is_a_byline_under_the_headline() {
    for line in [
        "Orla Finnegan-Pryce/Courier Writer",
        "Tomas Reyes / Staff Reporter",
    ] {
        assert_eq!(
            kind(line, Lang::En),
            LineKind::Residue(Category::Byline),
            "{line}"
        );
    }
    // A photographer's credit stays a credit.
    assert_ne!(
        kind("Orla Finnegan/Photographer", Lang::En),
        LineKind::Residue(Category::Byline)
    );
    let mut page = vec![
        "Harbour Courier",
        "Home | News | Business | Sport",
        "News | Top Stories",
        HEADLINE_EN,
        "Orla Finnegan-Pryce/Courier Writer",
        "Published: Monday | March 8, 2027 | 6:05 AM",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}
