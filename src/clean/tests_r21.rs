//! Round-21 page shapes: a two-label breadcrumb and a contributor's beat over the head, reader
//! polls, related lists under a header that reads as text, captions closing on a bracketed
//! credit, embedded posts, video player controls, end-of-story boxes. Every text is invented.

use super::classify::{classify, LineKind};
use super::lines::Shape;
use super::residue::residue;
use super::{clean, Category, CleanOptions};
use crate::Lang;

fn kind(text: &str, lang: Lang) -> LineKind {
    classify(text, Shape::of(text), residue(lang)).0
}

/// The lines `clean` keeps of `page`.
fn kept(page: &[&str], lang: Lang) -> Vec<String> {
    let cleaned = clean(&page.join("\n"), lang, &CleanOptions::default());
    cleaned.text.lines().map(str::to_string).collect()
}

fn strings(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|s| s.to_string()).collect()
}

const HEADLINE_EN: &str = "Herring are back in Millbrook Bay, forty years after the cannery closed";
const BODY_EN: [&str; 4] = [
    "For as long as anyone on the harbour road can remember, Millbrook Bay was a quiet inlet where nothing much happened between the ferry crossings.",
    "This past winter, it became something else: a spawning ground, with divers counting herring eggs on the kelp beds along the old cannery pier.",
    "Volunteers recorded more than two thousand spawning fish in February, the first such count since the cannery's waste pipe was removed last year.",
    "The council says it will keep the pier closed to boats during the spawning season, a rule the fishing club has agreed to respect for now.",
];

#[test]
fn a_breadcrumb_of_two_labels_is_navigation_and_keeps_the_headline_under_it() {
    let nav = LineKind::Residue(Category::Navigation);
    assert_eq!(kind("Local News | Environment", Lang::En), nav);
    assert_eq!(kind("Sport › Rugby", Lang::En), nav);
    // A kicker and a headline, or a sentence, are not crumbs.
    for line in [
        "Analysis | Why the ferry fares keep rising",
        "Ferry fares | a winter of complaints",
    ] {
        assert_ne!(kind(line, Lang::En), nav, "{line}");
    }
    let mut page = vec![
        "Local News | Environment",
        HEADLINE_EN,
        "By Jo Marsh",
        "Harbour Gazette staff reporter",
        "Originally published March 3, 2026 at 6:00 am",
        "Updated March 3, 2026 at 9:12 am",
        "Share story",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), strings(&expected));
}

#[test]
fn a_contributors_beat_under_the_byline_is_a_byline() {
    let byline = LineKind::Residue(Category::Byline);
    assert_eq!(
        kind(
            "Jo Marsh writes about ports and the people who work them.",
            Lang::En
        ),
        byline
    );
    assert_eq!(
        kind("Ann Lee Roe reports on coastal towns.", Lang::En),
        byline
    );
    // A sentence about someone's writing with more to it stays.
    assert_ne!(
        kind(
            "Jo Marsh writes about ports, and her last book sold well.",
            Lang::En
        ),
        byline
    );
    let mut page = vec![
        "EDITORS' PICK",
        HEADLINE_EN,
        "By Jo Marsh, Senior Contributor.",
        "Jo Marsh writes about ports and the people who work them.",
        "Follow Author",
        "Mar 3, 2026, 07:30am EST",
        "Share to Facebook",
        "Save Article",
        "Opinions expressed by Harbour Contributors are their own.",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), strings(&expected));
}

#[test]
fn a_reader_poll_goes_with_its_answers_and_count() {
    let mut page = vec![BODY_EN[0], BODY_EN[1]];
    page.extend([
        "Poll",
        "Have you ever seen herring spawn in the bay?",
        "Yes, every year",
        "Once or twice",
        "Never",
        "1,284 votes",
    ]);
    page.extend([BODY_EN[2], BODY_EN[3]]);
    assert_eq!(kept(&page, Lang::En), strings(&BODY_EN));
    // A question the article asks over a short list, with no count of votes under it, stays.
    let mut page = vec![BODY_EN[0], BODY_EN[1]];
    page.extend([
        "What did the divers find on the kelp?",
        "Eggs by the thousand",
        "Young crabs",
    ]);
    page.extend([BODY_EN[2], BODY_EN[3]]);
    assert_eq!(kept(&page, Lang::En), strings(&page));
}

#[test]
fn a_related_header_that_reads_as_text_goes_with_its_titles() {
    let mut page = vec![BODY_EN[0], BODY_EN[1]];
    page.extend([
        "Most Read Harbour Stories",
        "1. New ferry timetable leaves early commuters waiting",
        "2. Storm closes the coast road for the third time this month",
        "3. Lifeboat crew rescues two kayakers off the point",
        "Unlimited Digital Access: $1 for 4 weeks.",
        "What the count still misses",
    ]);
    page.extend([BODY_EN[2], BODY_EN[3]]);
    let expected = [
        BODY_EN[0],
        BODY_EN[1],
        "What the count still misses",
        BODY_EN[2],
        BODY_EN[3],
    ];
    assert_eq!(kept(&page, Lang::En), strings(&expected));
}

#[test]
fn captions_closing_on_a_bracketed_credit_and_capital_credits_are_credits() {
    let credit = LineKind::Residue(Category::Credit);
    for line in [
        "Divers count herring eggs on the kelp near the pier in February. (Jo Roe / The Harbour Gazette)",
        "JO ROE/THE HARBOUR GAZETTE",
        "getty",
        "Open this photo in gallery:",
    ] {
        assert_eq!(kind(line, Lang::En), credit, "{line}");
    }
    // A source in brackets is not a credit.
    assert_ne!(
        kind(
            "Unemployment fell again in May. (Source: Statistics Office)",
            Lang::En
        ),
        credit
    );
}

#[test]
fn embedded_posts_player_controls_and_widget_labels_are_residue() {
    for (line, lang, category) in [
        ("View this post on Instagram", Lang::En, Category::Share),
        (
            "A post shared by Harbour Club (@harbourclub)",
            Lang::En,
            Category::Share,
        ),
        ("♬ original sound - Harbour Club", Lang::En, Category::Share),
        (
            "Voir cette publication sur Instagram",
            Lang::Fr,
            Category::Share,
        ),
        (
            "Une publication partagée par Le Club (@leclub)",
            Lang::Fr,
            Category::Share,
        ),
        ("Plein écran", Lang::Fr, Category::Credit),
        ("Son coupé", Lang::Fr, Category::Credit),
        ("Sous-titres", Lang::Fr, Category::Credit),
        ("Unmute", Lang::En, Category::Credit),
        ("Advertising", Lang::En, Category::Advertisement),
        (
            "Unlimited Digital Access: Only $1 for 4 weeks",
            Lang::En,
            Category::Subscribe,
        ),
        ("MORE FOR YOU", Lang::En, Category::Related),
        (
            "À lire -> Ce couple a ouvert une librairie dans une gare",
            Lang::Fr,
            Category::Related,
        ),
        ("Lire l'article original", Lang::Fr, Category::Related),
        (
            "Cet article vous a fait réagir ?",
            Lang::Fr,
            Category::Comments,
        ),
        (
            "Opinions expressed by Harbour Contributors are their own.",
            Lang::En,
            Category::OutsideArticle,
        ),
    ] {
        assert_eq!(kind(line, lang), LineKind::Residue(category), "{line}");
    }
    // The same words in running text stay.
    for (line, lang) in [
        (
            "Advertising revenue fell by a third last year, the board said.",
            Lang::En,
        ),
        (
            "La lecture du rapport a pris trois heures au conseil municipal.",
            Lang::Fr,
        ),
    ] {
        assert_eq!(kind(line, lang), LineKind::Text, "{line}");
    }
}

#[test]
fn closing_boxes_about_the_author_or_the_source_paper_go_at_the_end() {
    let bio = LineKind::BioCandidate;
    for (line, lang) in [
        (
            "Jo Marsh: jmarsh@example.com; Jo Marsh covers ports and ferries for the Gazette.",
            Lang::En,
        ),
        (
            "I am a harbour strategist and former port executive who helps towns plan their waterfronts. Read More",
            Lang::En,
        ),
        (
            "Quotidien régional fondé en 1950, Le Phare est le journal de référence de la côte.",
            Lang::Fr,
        ),
    ] {
        assert_eq!(kind(line, lang), bio, "{line}");
    }
    let mut page = BODY_EN.to_vec();
    page.push("Jo Marsh: jmarsh@example.com; Jo Marsh covers ports and ferries for the Gazette.");
    assert_eq!(kept(&page, Lang::En), strings(&BODY_EN));
}

#[test]
fn a_french_related_header_that_reads_as_text_goes_with_its_titles() {
    let body = [
        "Chaque vélo valait environ sept mille francs, selon la Ville, qui dit avoir sous-estimé l'intérêt de ces engins sur le marché de l'occasion.",
        "La police cantonale confirme avoir ouvert une enquête, sans s'exprimer sur d'éventuelles interpellations dans les prochains jours.",
        "Au total, le préjudice dépasse cent mille francs, sans compter les réparations après des actes de vandalisme sur les stations.",
    ];
    let page = [
        body[0],
        body[1],
        "Plus sur le sujet",
        "Mobilité: Le Conseil municipal veut doubler les places vélo à la gare",
        "Vélos électriques: Les vols de batteries explosent dans le canton",
        body[2],
    ];
    assert_eq!(kept(&page, Lang::Fr), strings(&body));
}
