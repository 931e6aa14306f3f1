//! Round-47 page shapes: a reporter's beat under their name, a stamp with the places it was
//! filed from, a headline written as two sentences over the byline, captions closing on their
//! credit, a video's title over its length between paragraphs, and the notes and calls around
//! the comment box. Every text is invented.

use super::classify::LineKind;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR,
};
use super::Category;
use crate::Lang;

const STANDFIRST_EN: &str =
    "Islanders say the late crossing will bring back the evening trade that left with the old operator";

/// The page's furniture, the head given, the byline's lines under it, then the body.
fn page_with_head<'a>(head: &[&'a str], byline: &[&'a str]) -> Vec<&'a str> {
    let mut page = vec![
        "Harbour Courier",
        "NEWS | BUSINESS | SPORT | OPINION",
        "Subscribe",
        "Sign in",
    ];
    page.extend(head);
    page.extend(byline);
    page.push("Share | Facebook | X | Email");
    page.extend(BODY_EN);
    page
}

fn head_and_body(head: &[&str]) -> Vec<String> {
    head.iter().chain(&BODY_EN).map(|s| s.to_string()).collect()
}

#[test]
fn a_reporters_beat_under_their_name_is_no_headline() {
    for beat in [
        "Ports and shipping writer",
        "Senior health reporter",
        "Transport correspondent",
    ] {
        let head = [HEADLINE_EN, STANDFIRST_EN];
        let page = page_with_head(&head, &["Orla Pryce", beat, "3 March 2027 - 06:15"]);
        assert_eq!(kept(&page, Lang::En), head_and_body(&head), "{beat}");
    }
}

#[test]
fn a_stamp_with_the_places_it_was_filed_from_is_a_byline() {
    for line in [
        "Mar 3rd 2027 | Port Ellis, Lakeside and New Harbour",
        "Mar 3rd 2027 | Oslo and Bergen",
    ] {
        assert_eq!(
            kind(line, Lang::En),
            LineKind::Residue(Category::Byline),
            "{line}"
        );
    }
    // A stamp over other words is no dateline.
    assert_eq!(
        kind("Mar 3rd 2027 | the ferry returns, at last", Lang::En),
        LineKind::Text
    );
    let head = ["Last boat home", STANDFIRST_EN];
    let mut page = vec!["Harbour Weekly", "Menu", "Subscribe", "Sea trade"];
    page.extend(head);
    page.extend([
        "Mar 3rd 2027 | Port Ellis, Lakeside and New Harbour",
        "Listen to this story",
    ]);
    page.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), head_and_body(&head));
}

#[test]
fn a_headline_of_two_sentences_over_the_authors_name_stays() {
    let headline = "Stallholders say gulls are ruining the fish market. Now they want nets.";
    let mut page = page_with_head(
        &["PORT ELLIS", headline],
        &[
            "Orla Pryce",
            "Port Ellis Courier",
            "Published 6:02 a.m. ET Mar. 3, 2027",
        ],
    );
    page.push(headline);
    page.push("More Stories");
    assert_eq!(kept(&page, Lang::En), head_and_body(&[headline]));
}

#[test]
fn captions_closing_on_their_credit_and_a_gallerys_button_go() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &["Crates of apples wait on the quay at Port Ellis. Picture: SUPPLIED"],
        &[
            "A gull lands on a stall at the fish market on Monday, March 1, 2027. Al Reyes Jr./Harbour Courier",
            "Chart: The Harbour Courier",
            "View 4 Images",
            "A crewman ties up the night ferry on Friday evening. Tom Hale for Harbour Courier",
        ],
        &[],
        Lang::En,
    );
}

#[test]
fn a_videos_title_over_its_length_between_paragraphs_goes() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[],
        &[
            "Passengers board the first night ferry in two years",
            "1:24",
        ],
        &[],
        Lang::En,
    );
    // An intertitle over a paragraph stays.
    let mut page = vec![HEADLINE_EN, BODY_EN[0], BODY_EN[1], "What the crew wants"];
    page.extend(&BODY_EN[2..]);
    assert_eq!(kept(&page, Lang::En), page);
}

#[test]
fn the_comment_boxs_calls_the_authors_address_and_an_update_note_go() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[],
        &[],
        &[
            "Reach Orla Pryce at opryce@example.com or on X at @orlapryce.",
            "This article was updated to add a statement from the ferry operator.",
            "Would you like to comment on this story? Register or sign in now.",
            "Please read our House Rules before commenting.",
        ],
        Lang::En,
    );
    // A sentence telling readers whom to write to stays.
    let line = "Islanders can reach the harbour office at desk@example.com until the end of March.";
    assert_eq!(kind(line, Lang::En), LineKind::Text);
}

#[test]
fn a_subscriber_login_and_a_trial_price_after_the_outlet_go() {
    assert_only_the_article_stays(
        (HEADLINE_FR, &BODY_FR),
        &[],
        &[],
        &[
            "Cet article est réservé à nos abonnés.",
            "Vous avez déjà un abonnement ? Connectez-vous",
            "Découvrez Le Courrier du Port en illimité : 1 € le premier mois, sans engagement.",
        ],
        Lang::Fr,
    );
}
