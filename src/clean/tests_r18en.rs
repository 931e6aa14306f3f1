//! Round-18 English page shapes: audio and app furniture, inline `Read:` links, reader-support
//! and donation boxes, a blog's comment thread and stamp, paywall reminders, captions closing
//! on their credit, a player's label, a wire's companies box, a teaser that closes the page,
//! and long paragraphs under a related insert. Every text is invented.

use super::classify::{classify, LineKind};
use super::lines::Shape;
use super::residue::residue;
use super::{clean, Category, CleanOptions};
use crate::Lang;

fn kind(text: &str) -> LineKind {
    classify(text, Shape::of(text), residue(Lang::En)).0
}

fn is_residue(text: &str) -> bool {
    matches!(kind(text), LineKind::Residue(_))
}

/// The cleaned text of `lines` joined as a page.
fn cleaned(lines: &[&str]) -> String {
    clean(&lines.join("\n"), Lang::En, &CleanOptions::default()).text
}

/// Paragraphs of a tram story, enough for an article block.
const TRAM_PARAGRAPHS: [&str; 6] = [
    "The city council voted on Tuesday to extend the tram line to the northern suburbs by 2030, adding six stops and a depot near the ring road.",
    "Engineers said the route would follow the old railway cutting for most of its length, which keeps the cost of buying land low.",
    "Residents along the cutting told the meeting they feared noise at night, and the council promised sound walls near the houses.",
    "The extension is expected to carry about 14,000 passengers a day once it opens, according to the transport authority's estimate.",
    "Bus routes that now run along the same corridor will be cut back to feed the new stops rather than compete with them.",
    "The work is expected to cost about 300 million euros, shared between the city, the region and a national fund.",
];

/// A tram page: its headline, the paragraphs, then `tail`.
fn tram_page<'a>(tail: &[&'a str]) -> Vec<&'a str> {
    let mut page: Vec<&str> = vec!["Tram line to reach the northern suburbs by 2030"];
    page.extend(TRAM_PARAGRAPHS);
    page.extend(tail);
    page
}

#[test]
fn audio_icon_and_app_furniture_is_residue() {
    for line in [
        "Narrated with AI voice technology. Listen to more stories in the app.",
        "An icon in the shape of a bookmark. It indicates the save feature.",
        "Read in app",
        "Loading...",
        "Donate today",
        "Advertise with Harbour Media.",
    ] {
        assert!(is_residue(line), "{line}");
    }
    assert_eq!(
        kind("The app was narrated with a warm voice, the designers said."),
        LineKind::Text
    );
}

#[test]
fn an_inline_read_link_is_related() {
    assert_eq!(
        kind("Read: Why the night trams never came back"),
        LineKind::Residue(Category::Related)
    );
}

#[test]
fn a_newsletter_pattern_stops_at_a_semicolon() {
    assert_eq!(
        kind("Her newsletter is free; she pays the email service about $40 a month herself."),
        LineKind::Text
    );
    assert!(is_residue(
        "This story was featured in the Morning Tram newsletter. Sign up for it here."
    ));
}

#[test]
fn reader_support_tips_and_consent_boxes_are_residue() {
    for line in [
        "Support journalism that goes deeper. Subscribe to the Harbour Review.",
        "Got a tip? Contact this reporter via email at jo@example.com or on Signal at jo.42. Use a personal device and a personal email address; here is our guide to sharing information safely.",
        "I would like to be emailed about offers, events and updates from the Harbour Review. Read our privacy notice",
        "Thank you for reading. Independent journalism costs money to produce, and our reporters go wherever the story leads, however long it takes to get it right.",
        "£10 could keep the late kitchen open for an evening.",
        "Reminder, this is a Premium article and requires a subscription to read.",
    ] {
        assert!(is_residue(line), "{line}");
    }
    assert_eq!(
        kind("Thank you for reading this far, the mayor told the council."),
        LineKind::Text
    );
    assert_eq!(
        kind("£10 could buy a week's groceries in 1990, she said, and now it buys two days."),
        LineKind::Text
    );
}

#[test]
fn pitch_sentences_inside_paragraphs_go() {
    let page = tram_page(&[]);
    let mut page = page.clone();
    let pitched = [
        "The depot will be built first. Subscribe to Plus now to keep reading our transport coverage.",
        "Bus drivers will be retrained. Stay updated with the latest city news on the Harbour Review app.",
        "Trams will run every six minutes. Every euro helps keep our reporting open to all.",
    ];
    page.extend(pitched);
    let text = cleaned(&page);
    for gone in ["keep reading", "Stay updated", "keep our reporting"] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    for kept in [
        "The depot will be built first.",
        "Bus drivers will be retrained.",
    ] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
}

#[test]
fn a_summary_label_over_its_points_is_kept() {
    let page = [
        "Tram line to reach the northern suburbs by 2030",
        "By Jo Marsh",
        "Posted 3h ago",
        "In short:",
        "The tram will reach the northern suburbs by 2030.",
        "Six stops and a depot will be built near the ring road.",
        TRAM_PARAGRAPHS[0],
        TRAM_PARAGRAPHS[1],
        TRAM_PARAGRAPHS[2],
        TRAM_PARAGRAPHS[3],
    ];
    let text = cleaned(&page);
    assert!(text.contains("In short:"), "{text}");
}

#[test]
fn captions_closing_on_a_slashed_or_supplied_credit_are_credits() {
    let credit = LineKind::Residue(Category::Credit);
    assert_eq!(
        kind("Commuters wait at the old depot on Monday morning. Photo / Kit Moss"),
        credit
    );
    assert_eq!(
        kind("Night cameras caught the trams on the cutting. (Supplied: Northside Residents)"),
        credit
    );
    assert_eq!(
        kind("Riders can find the timetable online. (Supplied documents are attached.)"),
        LineKind::Text
    );
}

#[test]
fn an_intertitle_under_a_captioned_figure_stays() {
    let mut page = tram_page(&[]);
    page.splice(
        4..4,
        [
            "The planned depot site near the ring road, looking north.",
            "Photograph: Kit Moss/Harbour Review",
            "Noise at the centre of the debate",
        ],
    );
    let text = cleaned(&page);
    assert!(!text.contains("looking north"), "{text}");
    assert!(text.contains("Noise at the centre of the debate"), "{text}");
}

#[test]
fn a_blog_comment_thread_and_stamp_are_residue() {
    assert_eq!(
        kind("1 thought on \"A winter on the night trams\""),
        LineKind::Residue(Category::Comments)
    );
    assert_eq!(
        kind("Ann L. says: 14 March 2027 at 8:12 am"),
        LineKind::Residue(Category::Comments)
    );
    assert_eq!(
        kind("Posted on 12 March 2027 by Jo Marsh"),
        LineKind::Residue(Category::Byline)
    );
    let page = tram_page(&[
        "1 thought on \"Tram line to reach the northern suburbs by 2030\"",
        "Ann L. says: 14 March 2027 at 8:12 am",
        "Great news for our street. The buses were always full.",
        "Leave a Reply",
    ]);
    let text = cleaned(&page);
    assert!(!text.contains("Great news"), "{text}");
    assert!(text.starts_with(page[0]), "{text}");
}

#[test]
fn a_companies_box_of_follow_buttons_is_residue() {
    let page = tram_page(&[
        "Companies",
        "Northline Rail Ltd",
        "Follow",
        "Harbour Trams SA",
        "Follow",
    ]);
    let text = cleaned(&page);
    assert!(!text.contains("Northline"), "{text}");
    assert!(!text.contains("Companies"), "{text}");
}

#[test]
fn a_teaser_sentence_closing_the_page_under_its_list_is_related() {
    let page = tram_page(&[
        "Read next",
        "The city that tore up its tram lines and then rebuilt them",
        "I sold my car to ride the tram for a year. Here's what I learned.",
        "Terms of Service | Privacy Policy | Accessibility",
    ]);
    let text = cleaned(&page);
    assert!(!text.contains("I sold my car"), "{text}");
    assert!(text.contains(TRAM_PARAGRAPHS[5]), "{text}");
}

#[test]
fn a_player_label_between_the_head_and_the_text_is_furniture() {
    let mut page = vec![
        "Tram line to reach the northern suburbs by 2030",
        "Six stops and a depot near the ring road are planned as the city tries to cut car traffic",
        "Jo Marsh",
        "Wednesday 4 March 2027 06:00 GMT",
        "Sign up for our free Transport email",
        "I would like to be emailed about offers, events and updates from the Harbour Review. Read our privacy notice",
        "Harbour TV",
        "Watch: Inside the tram depot at night",
        "01:48",
    ];
    page.extend(TRAM_PARAGRAPHS);
    let text = cleaned(&page);
    assert!(text.starts_with(page[0]), "{text}");
    assert!(text.contains("Six stops"), "{text}");
    assert!(!text.contains("Harbour TV"), "{text}");
}

#[test]
fn two_long_paragraphs_under_a_related_insert_close_the_article() {
    let mut page = tram_page(&[]);
    page.extend([
        "Also Read",
        "Region to vote on new bus fares in the spring",
        "Transport data shows that about 38,000 cars cross the northern ring road on an average weekday, rising to more than 50,000 on weekends and during the summer holidays. Officials said a trial closure of one lane last year had cut journey times for buses by almost a third. Planners have long argued for a tram on the corridor, pointing to the damage the traffic does to the air quality of the old quarter.",
        "Officials said the first tenders would be published in May, and that the works would be split into four sections to keep the ring road open throughout. The council will meet residents' groups on Friday, a senior official said, adding that the 2030 date was firm but that the order of the sections could still change.",
        "end of article",
        "Trending",
        "Ten cafés with a view of the old harbour",
        "Heatwave alert for the coast this weekend",
        "Most read",
    ]);
    let text = cleaned(&page);
    assert!(text.contains("Transport data shows"), "{text}");
    assert!(text.contains("the 2030 date was firm"), "{text}");
    assert!(!text.contains("Ten cafés"), "{text}");
}
