//! Round-36 page shapes: a top-stories bar over an audio player and the headline; captions
//! closing on a dashed or capitalised credit, and one over a credit the page printed inline
//! before; a pitch joined to the sentence before it by a word's period; an author box under
//! the article; and the round's recurring residue lines. Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

#[test]
fn a_top_stories_bar_stops_at_the_headline_under_the_player() {
    let mut page = vec![
        "Skip to main content",
        "Subscribe",
        "Top stories",
        "Ferry fares frozen for winter",
        "Harbour wall repairs delayed",
        "Lighthouse open days announced",
        "Listen to this article",
        "Powered by Trinity Audio",
        HEADLINE_EN,
        "By Ann Lee",
        "Updated March 13, 2026 7:14 AM",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_caption_closing_on_a_capitalised_or_dashed_credit_is_a_credit() {
    let credit = LineKind::Residue(Category::Credit);
    assert_eq!(
        kind(
            "Volunteers outside the old boathouse on the quay. PICTURE: ANN LEE",
            Lang::En
        ),
        credit
    );
    assert_eq!(
        kind(
            "Les bénévoles devant l'ancien hangar du port. - Photo Le Courrier - Jeanne Roux",
            Lang::Fr
        ),
        credit
    );
    // A sentence naming a picture, or a dash in running text, stays.
    assert_eq!(
        kind("She framed it. PICTURE: the old harbour at dawn", Lang::En),
        LineKind::Text
    );
    assert_eq!(
        kind(
            "Le bac est reparti. - Photo prise au port par un passager",
            Lang::Fr
        ),
        LineKind::Text
    );
}

#[test]
fn a_caption_over_a_credit_printed_inline_before_is_a_credit() {
    let caption = "Sur le quai, les passagers attendent le premier départ de la saison.";
    let mut page = vec![
        HEADLINE_FR,
        "Les bénévoles devant l'ancien hangar du port. - Photo Le Courrier - Jeanne Roux",
        BODY_FR[0],
        BODY_FR[1],
        caption,
        "Photo Le Courrier - archives",
    ];
    page.extend(&BODY_FR[2..]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_pitch_joined_to_a_sentence_by_a_words_period_goes_alone() {
    let line = "Le port a sorti le grand jeu. Offre spéciale : tous nos articles en illimité pour 1 € le premier mois. Les quais ont été refaits.";
    assert_eq!(
        paragraph_kept(line, Lang::Fr),
        "Le port a sorti le grand jeu. Les quais ont été refaits."
    );
}

#[test]
fn pitches_inside_a_paragraph_go() {
    for (line, kept_text) in [
        (
            "The ferry sailed at nine. Follow the Harbour Daily on Google News for the latest updates.",
            "The ferry sailed at nine.",
        ),
        (
            "The ferry sailed at nine. Have a story idea from the coast? Send it to our team at tips@example.com.",
            "The ferry sailed at nine.",
        ),
        (
            "The ferry sailed at nine. Support local news: subscribe to the Harbour Daily for just $1 for 6 months. It was full.",
            "The ferry sailed at nine. It was full.",
        ),
        (
            "The ferry sailed at nine. Get unlimited digital access to the Harbour Daily for just 99 cents for your first 4 weeks.",
            "The ferry sailed at nine.",
        ),
    ] {
        assert_eq!(paragraph_kept(line, Lang::En), kept_text, "{line}");
    }
}

#[test]
fn the_rounds_residue_lines_are_residue() {
    for (line, lang) in [
        ("Powered by Trinity Audio", Lang::En),
        ("See all newsletters", Lang::En),
        ("CONTRIBUTED PHOTO", Lang::En),
        (
            "This story was originally published March 3, 2026 at 5:00 AM.",
            Lang::En,
        ),
        ("Vous avez trouvé cet article intéressant ?", Lang::Fr),
        ("Je soutiens", Lang::Fr),
        (
            "Le Courrier est un média indépendant et gratuit. Pour nous aider à le rester, soutenez-nous à partir de 2 euros.",
            Lang::Fr,
        ),
        ("Photo de Jeanne Roux", Lang::Fr),
    ] {
        assert!(
            matches!(kind(line, lang), LineKind::Residue(_)),
            "{line}"
        );
    }
    // A sentence on a story first published in print stays.
    assert_eq!(
        kind(
            "This story was originally published in a local paper, the council said.",
            Lang::En
        ),
        LineKind::Text
    );
}

#[test]
fn a_related_stories_from_header_ends_the_page() {
    let mut page = vec![HEADLINE_EN];
    page.extend(BODY_EN);
    page.extend([
        "Related stories from Harbour Daily",
        "Harbour News",
        "Lighthouse keeper retires after forty years",
        "Harbour News",
        "Will the new pier open before the summer?",
        "Take Us With You",
    ]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn an_authors_box_under_the_article_goes() {
    let mut page = vec![HEADLINE_FR, "Écrit par Jeanne Roux"];
    page.extend(BODY_FR);
    page.extend([
        "Jeanne Roux",
        "Photo de Jeanne Roux",
        "Journaliste installée à Valmont depuis 2019, Jeanne couvre la vie du port pour l'édition locale.",
    ]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_newsletter_box_over_its_link_to_the_others_goes() {
    let mut page = vec![HEADLINE_EN];
    page.extend(&BODY_EN[..2]);
    page.extend([
        "Harbour newsletter",
        "Stories from the quays and the islands, delivered every Thursday.",
        "Enter your email | Sign up",
        "See all newsletters",
    ]);
    page.extend(&BODY_EN[2..]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}
