//! Round-33 page shapes: a byline's row between bars (date, name, reading time); a short
//! standfirst, or one with figures, under a headline with furniture over it; a stamp over the
//! headline; a poll whose answers stand in one row of text; captions closing on a listed credit
//! or on a name the page prints elsewhere; and the round's recurring residue lines. Every text
//! is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

const STANDFIRST_EN: &str = "Plans would add a second deck and a bar to boats";

#[test]
fn a_bylines_row_of_date_name_and_reading_time_is_a_byline() {
    let byline = LineKind::Residue(Category::Byline);
    for line in [
        "May 3, 2026 | Ann Lee | 4 min read",
        "Ann Lee | May 3, 2026 | 4 min read",
        "4 min read | May 3, 2026",
    ] {
        assert_eq!(kind(line, Lang::En), byline, "{line}");
    }
    // A menu row has no stamp; a stamp in the middle of a row of labels is no byline row.
    for line in [
        "News | Sport | Culture",
        "Ferries | 3 May 2026 | Harbour | Weather",
    ] {
        assert_ne!(kind(line, Lang::En), byline, "{line}");
    }
}

#[test]
fn a_short_standfirst_under_a_headline_with_furniture_over_it_stays() {
    let mut page = vec![
        "Harbour Daily",
        "Log in",
        "Local | Business | World | Opinion",
        "Local",
        HEADLINE_EN,
        STANDFIRST_EN,
        "May 3, 2026 | Ann Lee | 4 min read",
        "Listen to this article",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, STANDFIRST_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
    // A menu flattened into a line over the headline is no headline over a standfirst.
    let mut page = vec![
        "Home Mail News Sport",
        "Markets Home Watchlists Portfolio News Videos",
    ];
    page.push(HEADLINE_EN);
    page.extend(["Reuters", "May 3, 2026 at 9:41 AM", "Share"]);
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_standfirst_with_names_and_figures_stays_under_its_headline() {
    // Fewer than two words in three in lowercase: its names and its figure count against.
    let standfirst =
        "Crew of the Quay Road ferry say Harbour Board wants £40,000 a year for moorings";
    let mut page = vec![
        "Harbour Daily",
        "News | Sport | Business",
        "News > Coast",
        HEADLINE_EN,
        standfirst,
        "Ann Lee",
        "Follow",
        "2 hours ago",
        "Comments",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, standfirst];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_stamp_over_the_headline_goes_and_the_headline_stays() {
    assert_eq!(
        kind("This was published 3 hours ago", Lang::En),
        LineKind::Residue(Category::Byline)
    );
    assert_eq!(
        kind("Originally published March 3, 2026 at 6:00 am", Lang::En),
        LineKind::Residue(Category::Byline)
    );
    let mut page = vec![
        "Coast | Transport",
        "This was published 3 hours ago",
        HEADLINE_EN,
        "By Ann Lee",
        "May 3, 2026 — 5.00am",
        "Share",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_poll_with_its_answers_in_one_row_of_text_goes() {
    let mut page = vec![HEADLINE_FR, BODY_FR[0], BODY_FR[1]];
    page.extend([
        "SONDAGE",
        "Prenez-vous souvent le bac de nuit ?",
        "Oui, chaque semaine | Oui, de temps en temps | Non, jamais",
        "Voter | Voir les résultats",
    ]);
    page.extend(&BODY_FR[2..]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_caption_closing_on_a_listed_credit_in_brackets_is_a_credit() {
    let credit = LineKind::Residue(Category::Credit);
    for line in [
        "The night ferry at the quay before its first crossing in two years (Handout)",
        "Passengers queue on the harbour road on Friday evening (Getty Images)",
    ] {
        assert_eq!(kind(line, Lang::En), credit, "{line}");
    }
    // A paragraph closes on its stop; a source is labelled; a party is no credit.
    for line in [
        "The ferry sailed at nine, the harbour master said. (Handout)",
        "Fares rose again in May (Source: Harbour Office)",
        "The seat was held by the sitting councillor (Labour)",
    ] {
        assert_ne!(kind(line, Lang::En), credit, "{line}");
    }
}

#[test]
fn a_caption_closing_on_a_name_the_page_prints_elsewhere_goes() {
    // The author's name under the head credits the photo in brackets.
    let caption = "The ticket office on the quay, shut for two winters (Ann Lee)";
    let mut page = vec![HEADLINE_EN, "Ann Lee", "2 hours ago", BODY_EN[0], caption];
    page.extend(&BODY_EN[1..]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
    // The same photographer closes two captions, after their stop.
    let first = "Les avis officiels sont déjà affichés sur le quai. Jeanne Roux";
    let second = "Le capitaine du port défend un projet «de bon sens». Jeanne Roux";
    let mut page = vec![HEADLINE_FR, first, BODY_FR[0], BODY_FR[1], second];
    page.extend(&BODY_FR[2..]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
    // A name closing one line only is the article's.
    let line = "Le bac repart samedi. Jeanne Roux";
    let mut page = vec![HEADLINE_FR, BODY_FR[0], BODY_FR[1], line];
    page.extend(&BODY_FR[2..]);
    assert!(kept(&page, Lang::Fr).iter().any(|l| l == line));
    // A button's label in title case closing quotes, a product's note in brackets closing its
    // listings: no credits.
    let quotes = [
        "The ferry is the only road the island has ever had. Click To Tweet",
        "Every crossing we cancel is a day the island is cut off. Click To Tweet",
    ];
    let listings = [
        "Harbour Lamp with Brass Hood (Latest Model)",
        "Harbour Lamp with Copper Hood (Latest Model)",
    ];
    for lines in [quotes, listings] {
        let mut page = vec![HEADLINE_EN, BODY_EN[0], lines[0], BODY_EN[1], lines[1]];
        page.extend(&BODY_EN[2..]);
        let kept = kept(&page, Lang::En);
        assert!(
            lines.iter().all(|l| kept.iter().any(|k| k == l)),
            "{kept:?}"
        );
    }
}

#[test]
fn the_rounds_residue_lines_go() {
    assert_eq!(
        kind(
            "Independent journalism costs money. Support the Gazette for the price of a coffee.",
            Lang::En
        ),
        LineKind::Residue(Category::Subscribe)
    );
    assert_eq!(
        kind("Une erreur dans cet article ? Signalez-la.", Lang::Fr),
        LineKind::Residue(Category::Navigation)
    );
    assert_eq!(
        kind(
            "Le marché couvert a rouvert ses portes samedi. Photo d'archives Le Courrier/Jeanne Roux",
            Lang::Fr
        ),
        LineKind::Residue(Category::Credit)
    );
    // The article's own sentence on what news costs stays.
    assert_eq!(
        kind(
            "The paper said its journalism costs more to produce every year.",
            Lang::En
        ),
        LineKind::Text
    );
}
