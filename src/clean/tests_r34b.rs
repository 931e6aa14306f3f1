//! Round-34 leftovers: bylines with a dash between the opener and the name, under the
//! headline. Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, BODY_EN, HEADLINE_EN};
use super::Category;
use crate::Lang;

#[test]
fn a_byline_with_a_dash_after_its_opener_is_a_byline() {
    let byline = LineKind::Residue(Category::Byline);
    assert_eq!(kind("By — Ann Lee", Lang::En), byline);
    assert_eq!(kind("By – Tom Hart", Lang::En), byline);
    assert_eq!(kind("Par — Jeanne Martin", Lang::Fr), byline);
}

#[test]
fn the_headline_over_dashed_bylines_stays() {
    let mut page = vec![
        "Skip to main content",
        "Donate",
        HEADLINE_EN,
        "By — Ann Lee",
        "By — Tom Hart",
        "Leave your feedback",
        "Share",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_related_title_written_as_sentences_over_other_titles_is_a_link() {
    let mut page = vec![HEADLINE_EN, "By Ann Lee"];
    page.extend(&BODY_EN[..2]);
    page.extend([
        "Related Articles",
        "The town sold its empty lots for a dollar. Here is who bought them.",
        "Harbour gardens brace for a dry summer",
        "Corner bakery reopens after a long closure",
    ]);
    page.extend(&BODY_EN[2..]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_short_sentence_under_a_related_header_over_prose_stays() {
    let mut page = vec![HEADLINE_EN, "By Ann Lee"];
    page.extend(&BODY_EN[..2]);
    page.extend([
        "Related Articles",
        "Harbour gardens brace for a dry summer",
        "The council met again on Tuesday night.",
    ]);
    page.extend(&BODY_EN[2..]);
    let kept = kept(&page, Lang::En);
    assert!(kept.contains(&"The council met again on Tuesday night.".to_string()));
    assert!(!kept.contains(&"Harbour gardens brace for a dry summer".to_string()));
}

#[test]
fn a_caption_over_a_photo_by_or_contributed_photo_credit_between_paragraphs_is_a_credit() {
    for credit in ["CONTRIBUTED PHOTO", "PHOTO BY ANN LEE", "Photo by Ann Lee"] {
        let mut page = vec![HEADLINE_EN, "By Ann Lee"];
        page.extend(&BODY_EN[..2]);
        page.extend([
            "Volunteers paint the old boathouse on the quay ahead of the summer season.",
            credit,
        ]);
        page.extend(&BODY_EN[2..]);
        let mut expected = vec![HEADLINE_EN];
        expected.extend(BODY_EN);
        assert_eq!(kept(&page, Lang::En), expected, "{credit}");
    }
}

#[test]
fn a_quoted_sentence_under_a_related_header_over_an_embedded_post_stays() {
    let mut page = vec![HEADLINE_EN, "By Ann Lee"];
    page.extend(&BODY_EN[..2]);
    page.extend([
        "More from the coast",
        "Harbour gardens brace for a dry summer",
        "Corner bakery reopens after a long closure",
        "\"She has run the ferry line for twenty years and knows every crossing.",
        "Club statement",
        "— Harbour Ferries (@HarbourFerries) March 3, 2026",
    ]);
    page.extend(&BODY_EN[2..]);
    let kept = kept(&page, Lang::En);
    let quote = "\"She has run the ferry line for twenty years and knows every crossing.";
    assert!(kept.contains(&quote.to_string()));
}
