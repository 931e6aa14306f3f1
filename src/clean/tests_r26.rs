//! Round-26 page shapes: a head over correspondents' byline or an author's desk, a headline
//! as long as its standfirst, a `Save this story` button, a publication stamp written as a
//! sentence, a machine summary box closed by a photo's credit, and the recurring residue
//! lines (last-free-article bars, closed comment sections, tip boxes, translator's credits,
//! related headers, caption credits). Every text is invented.

use super::classify::LineKind;
use super::head::is_correspondents;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR,
};
use super::Category;
use crate::Lang;

/// A standfirst for the invented English article.
const STANDFIRST_EN: &str =
    "The island's council paid for new engines after the old operator walked away from its contract.";

/// The page with `furniture` between the head and the body keeps the head and the body.
fn assert_head_stays_over(furniture: &[&str], head: (&str, &str), lang: Lang) {
    let body = match lang {
        Lang::Fr => BODY_FR,
        _ => BODY_EN,
    };
    let mut page = vec!["Skip to content", "Sign in", head.0, head.1];
    page.extend(furniture);
    page.extend(body);
    let mut expected = vec![head.0.to_string(), head.1.to_string()];
    expected.extend(body.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, lang), expected);
}

#[test]
fn a_correspondents_byline_under_the_head_leaves_the_head() {
    let byline = "Ann Lee in Rome and Tom Hart in Oslo";
    assert_head_stays_over(
        &[byline, "Published 12 March 2026"],
        (HEADLINE_EN, STANDFIRST_EN),
        Lang::En,
    );
    assert!(is_correspondents(byline));
    assert!(is_correspondents("Ann Lee in Rome"));
    // A title-case headline is no byline: its parts are no names.
    assert!(!is_correspondents("Man in Court for Fraud"));
    assert!(!is_correspondents("The ferry returns to Millbrook"));
    assert!(!is_correspondents("Storm in Oslo"));
}

#[test]
fn a_headline_as_long_as_its_standfirst_stays_once_the_furniture_is_gone() {
    // Twelve words each: the second pass reads the head without its byline.
    let headline = "Harbour town agrees deal to buy back its night ferry from operator";
    let standfirst =
        "Council takes majority stake as ferry operators leave smaller island routes across the region";
    assert_head_stays_over(
        &[
            "Ann Lee in Rome and Tom Hart in Oslo",
            "Published 12 March 2026",
        ],
        (headline, standfirst),
        Lang::En,
    );
}

#[test]
fn an_authors_desk_under_their_name_leaves_the_head() {
    assert_head_stays_over(
        &[
            "Ann Lee",
            "Foreign Desk",
            "More from this author",
            "This content was published on March 12, 2026 - 09:00",
            "6 minutes",
        ],
        (HEADLINE_EN, STANDFIRST_EN),
        Lang::En,
    );
}

#[test]
fn save_this_story_is_a_share_button() {
    assert_eq!(
        kind("Save this story", Lang::En),
        LineKind::Residue(Category::Share)
    );
    assert_head_stays_over(
        &["Ann Lee", "Save this story", "Save", "Mar 12, 2026 6:00 AM"],
        (HEADLINE_EN, STANDFIRST_EN),
        Lang::En,
    );
}

#[test]
fn a_publication_stamp_written_as_a_sentence_is_a_byline() {
    for (line, lang) in [
        (
            "This content was published on March 12, 2026 - 09:00",
            Lang::En,
        ),
        ("This article was first published on Jan 20, 2025", Lang::En),
        ("Ce contenu a été publié le 12 mars 2026 - 09:00", Lang::Fr),
    ] {
        assert_eq!(
            kind(line, lang),
            LineKind::Residue(Category::Byline),
            "{line}"
        );
    }
    // A sentence about a publication is the article's.
    let text = "This content was published on the council's website without a date or a name.";
    assert_eq!(kind(text, Lang::En), LineKind::Text);
}

#[test]
fn a_machine_summary_closed_by_a_photos_credit_goes_whole() {
    let page = [
        HEADLINE_EN,
        STANDFIRST_EN,
        "Jo Roe",
        "Published 2:15 PM, March 12, 2026",
        "Summary",
        "This is AI generated summarization, which may have errors. For context, always refer to the full article.",
        "The night ferry to Millbrook sails again after a two-year pause.",
        "The council paid for new engines out of a reserve fund.",
        "FIRST NIGHT. Passengers board the night ferry in Millbrook on May 2, 2026.",
        "Jo Roe/Harbour Gazette",
        BODY_EN[0],
        BODY_EN[1],
        BODY_EN[2],
        BODY_EN[3],
    ];
    let mut expected = vec![HEADLINE_EN.to_string(), STANDFIRST_EN.to_string()];
    expected.extend(BODY_EN.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn recurring_english_residue_lines_go() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &["Jo Roe/Harbour Gazette"],
        &[
            "You’re reading your last free article. Subscribe to the Gazette for $5 a year.",
            "Must Read",
            "Why the island lost its last ferry in 2023",
            "How to plan a winter crossing when the boats run late",
        ],
        &[
            "Translated from Italian by Jo Roe",
            "Articles in this story",
            "Ferry towns: fewer boats, longer waits?",
            "In compliance with the JTI standards",
            "Let us know what you think about this article. Submit a letter to the editor at mail@example.com.",
            "How does this story make you feel?",
            "Comments under this article have been deactivated. You can find an overview of ongoing debates here.",
            "If you want to start a conversation about a topic raised in this article or want to report factual errors, email us at desk@example.com.",
        ],
        Lang::En,
    );
    // A line naming a person and a place with a slash is no credit when it runs as prose.
    let text = "Jo Roe/Harbour Gazette reported the crossing was full.";
    assert_eq!(kind(text, Lang::En), LineKind::Text);
}

#[test]
fn recurring_french_residue_lines_go() {
    assert_only_the_article_stays(
        (HEADLINE_FR, &BODY_FR),
        &["Voyez le reportage de Jeanne Roux dans la vidéo ci-dessus.", "Jo Roe/24 heures"],
        &[
            "Articles sur le même thème",
            "Le bac de nuit fait son retour à Valmont",
        ],
        &[
            "Traduit de l'italien par Jeanne Roux",
            "Vous avez un scoop à nous transmettre? Vous avez des informations sur cette histoire? Écrivez-nous à l'adresse ci-dessous.",
            "Vous avez une info, une photo, une vidéo ? Contactez la rédaction sur WhatsApp au 00 00 00 00.",
        ],
        Lang::Fr,
    );
}

#[test]
fn a_topic_digests_pitch_goes_from_its_paragraph() {
    let pitch = "Stay informed with free updates — simply sign up to the Ports Digest, delivered to your inbox.";
    let with_pitch = format!("{} {pitch}", BODY_EN[1]);
    let page = [HEADLINE_EN, BODY_EN[0], &with_pitch, BODY_EN[2], BODY_EN[3]];
    let mut expected = vec![HEADLINE_EN.to_string()];
    expected.extend(BODY_EN.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::En), expected);
    // A sentence about staying informed is the article's.
    let text = "Residents want to stay informed about the timetable, the harbour master said.";
    assert_eq!(kind(text, Lang::En), LineKind::Text);
}
