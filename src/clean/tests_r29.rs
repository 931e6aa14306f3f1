//! Round-29 page shapes: a chain's markers and empty ad slots between paragraphs, its video
//! player's failure notice and comment counter under the head, a donation box, a newsletter's
//! note over the story, a caption closing on its source in brackets or on its labelled
//! photographer, a site's name glued to its photographer or `DR`, a link under its wire
//! byline, and the round's pitches and author lines. Every text is invented.

use super::classify::LineKind;
use super::test_support::{assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR};
use super::test_support::{HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

/// `page` cleaned keeps exactly `expected`.
fn assert_keeps(page: &[&str], expected: &[&str], lang: Lang) {
    let expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    assert_eq!(kept(page, lang), expected);
}

/// `pitch` set inside a paragraph goes, the paragraph around it stays.
fn assert_pitch_leaves_its_paragraph(pitch: &str, body: &[&str; 4], lang: Lang) {
    let line = format!("{} {pitch} {}", body[1], body[2]);
    let page = [body[0], line.as_str(), body[3]];
    let expected = format!("{} {}", body[1], body[2]);
    assert_keeps(&page, &[body[0], expected.as_str(), body[3]], lang);
}

#[test]
fn the_rounds_residue_lines_go_en() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[
            "Join the conversation 57",
            "We apologize, but this video has failed to load.",
            "Try refreshing your browser, or tap here to see other videos from our team.",
            "You can save this article by registering for free here. Or sign-in if you have an account.",
            "Article content",
        ],
        &[
            "Advertisement 2",
            "This advertisement has not loaded yet, but your article continues below.",
            "Article content",
        ],
        &[],
        Lang::En,
    );
}

#[test]
fn a_donation_box_and_a_newsletter_blurb_are_subscribe_lines() {
    for line in [
        "We rely on readers like you to keep our work free. Will you support the Gazette today?",
        "Yes, I'll give $10/month",
        "Will you support the Gazette today?",
        "You can save this story by registering for free here.",
        "We accept credit card, Apple Pay, and Google Pay. You can also contribute via PayPal.",
        "Understand the coast with a daily briefing plus the best stories of the day.",
        "This story appeared in Ferry Notes, a weekly newsletter about island life. Sign up here.",
    ] {
        assert_eq!(
            kind(line, Lang::En),
            LineKind::Residue(Category::Subscribe),
            "{line}"
        );
    }
    // A paragraph about the day's stories stays.
    assert_eq!(
        kind(
            "The editors meet at nine to pick the stories of the day.",
            Lang::En
        ),
        LineKind::Text
    );
}

#[test]
fn a_newsletter_pitch_for_the_top_stories_leaves_its_paragraph() {
    assert_pitch_leaves_its_paragraph(
        "Subscribe to the Gazette's daily newsletter for the top stories from the coast.",
        &BODY_EN,
        Lang::En,
    );
}

#[test]
fn a_recommended_from_editorial_box_goes() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[],
        &[
            "RECOMMENDED FROM EDITORIAL",
            "Council delays vote on the new marina",
            "Lifeboat crew rescues two walkers at Point Ellis",
        ],
        &[],
        Lang::En,
    );
}

#[test]
fn a_caption_ending_on_its_labelled_photographer_goes() {
    assert_eq!(
        kind(
            "Skipper Tom Hart on the quay at Millbrook, where the night ferry docks. Picture: Jo Roe",
            Lang::En
        ),
        LineKind::Residue(Category::Credit)
    );
}

#[test]
fn a_caption_closing_on_its_source_in_brackets_under_the_share_buttons_goes() {
    let caption = "Passengers, including the mayor (second from left), board the night ferry at Millbrook on March 3. (Coast Press)";
    let mut page = vec![HEADLINE_EN, "By Ann Lee", "Print", "Share", caption];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_keeps(&page, &expected, Lang::En);
    // Between two paragraphs, the same line may be the article's: it stays.
    let page = [
        HEADLINE_EN,
        "By Ann Lee",
        "Share",
        BODY_EN[0],
        caption,
        BODY_EN[1],
        BODY_EN[2],
    ];
    assert!(kept(&page, Lang::En).contains(&caption.to_string()));
}

#[test]
fn the_rounds_residue_lines_go_fr() {
    assert_only_the_article_stays(
        (HEADLINE_FR, &BODY_FR),
        &["Auteur", "Jeanne Roux"],
        &[],
        &["Chaque jour, recevez l'essentiel de l'info de votre région dans votre boîte mail."],
        Lang::Fr,
    );
    assert_only_the_article_stays(
        (HEADLINE_FR, &BODY_FR),
        &[],
        &[],
        &["Correspondante du Courrier dans le Nord, Jeanne Roux couvre la vie du port depuis 2019."],
        Lang::Fr,
    );
}

#[test]
fn a_follow_pitch_for_the_papers_page_leaves_its_paragraph_fr() {
    assert_pitch_leaves_its_paragraph(
        "Suivez toute l'actualité de Valmont et du littoral sur notre page Facebook.",
        &BODY_FR,
        Lang::Fr,
    );
}

#[test]
fn captions_closing_on_the_sites_name_and_photographer_or_on_dr_go_fr() {
    for caption in [
        "Les cuves du port de Valmont, le 12 mars 2026. Courrier24/Jeanne Roux",
        "Paul Morel, président de la coopérative, devant les bassins. DR",
    ] {
        assert_eq!(
            kind(caption, Lang::Fr),
            LineKind::Residue(Category::Credit),
            "{caption}"
        );
    }
    // A sentence ending on an abbreviation in capitals stays.
    assert_eq!(
        kind("Le bac a été repeint aux couleurs de la SNCM.", Lang::Fr),
        LineKind::Text
    );
}

#[test]
fn a_link_under_its_wire_byline_between_paragraphs_goes() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[],
        &["Staff writer, with CNA: Island council votes to keep the night ferry running"],
        &[],
        Lang::En,
    );
}
