//! Round-46 page shapes: newsletter, channel and tip pitches set inside a paragraph, and a
//! caption between paragraphs over its archive photo's credit. Every text is invented.

use super::test_support::{kept, paragraph_kept, BODY_FR, HEADLINE_FR};
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
