//! Round-32 page shapes: a key-points label between the headline and its points, which stays
//! with them; a stock image's long caption under the head's furniture; a caption printed as the
//! page printed one before, at the article's end; and the round's recurring residue lines and
//! pitches. Every text is invented.

use super::classify::LineKind;
use super::test_support::paragraph_kept;
use super::test_support::{assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR};
use super::test_support::{HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

const POINTS_EN: [&str; 2] = [
    "The island's fishing families have crewed a night ferry of their own after a two-year pause.",
    "They say the crossing is cheaper than the road bridge and has brought visitors back to the quay.",
];

#[test]
fn a_key_points_label_under_the_headline_stays_with_its_points() {
    let mut page = vec![
        "Harbour Daily",
        "Subscribe",
        "Coast | Business | World | Opinion",
        "Coast > Millbrook",
        HEADLINE_EN,
        "In Summary",
        POINTS_EN[0],
        POINTS_EN[1],
        "By Jo Marsh",
        "Published 3 March 2027 - 10:04",
        "Share | Facebook | X | WhatsApp | Email",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, "In Summary", POINTS_EN[0], POINTS_EN[1]];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
    assert_eq!(
        kind("In summary", Lang::En),
        LineKind::Text,
        "the label alone is no residue"
    );
}

#[test]
fn a_stock_image_caption_goes_and_the_headline_stays() {
    let caption = "A stock image of a ferry at a quay. A night ferry's return to a small harbour has drawn crowds of islanders and visitors on its first weekend.";
    assert_eq!(kind(caption, Lang::En), LineKind::Residue(Category::Credit));
    let mut page = vec![
        "Harbour Daily",
        "Log In",
        HEADLINE_EN,
        "By Jo Marsh",
        "Published Mar 3, 2027 at 9:41 AM EDT",
        "Share",
        "Link copied to clipboard",
        caption,
        "Ann Lee/Getty Images",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_caption_printed_as_before_goes_at_the_articles_end() {
    let first = "Le bac de nuit au départ du quai de Valmont, vendredi soir, devant une quarantaine de passagers.";
    let last = "Les passagers attendent sur le quai avant l'embarquement du premier départ.";
    let mut page = vec![
        HEADLINE_FR,
        "Par Jeanne Roux",
        "Publié le 03/03/2027 à 07:45",
        "Facebook | X | WhatsApp | Copier le lien",
        first,
        "Photo Paul Martin",
    ];
    page.extend(BODY_FR);
    page.extend([
        last,
        "Photo Paul Martin",
        "Facebook | X | WhatsApp | Copier le lien",
    ]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
    // A short last paragraph over the same credit closes the article.
    let mut short = page[..page.len() - 3].to_vec();
    short.extend(["Le chantier s'achève en mai.", "Photo Paul Martin"]);
    let mut expected_short = expected.clone();
    expected_short.push("Le chantier s'achève en mai.");
    assert_eq!(kept(&short, Lang::Fr), expected_short);
    // With no caption printed so before, the last paragraph over a credit stays.
    let mut page = vec![HEADLINE_FR];
    page.extend(BODY_FR);
    page.extend([last, "Photo Paul Martin"]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    expected.push(last);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn the_rounds_residue_lines_go_en() {
    for (line, category) in [
        ("Link copied to clipboard", Category::Share),
        (
            "Gazette AI is in beta. Translations may contain inaccuracies, please refer to the original.",
            Category::OutsideArticle,
        ),
        (
            "Do you have photos of your garden you want to share? Send them to gardens@example.com with a few details, and they could appear in our Garden of the Week.",
            Category::Subscribe,
        ),
        ("Comments: Our rules", Category::Comments),
        (
            "Please report any comments that break our rules.",
            Category::Comments,
        ),
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Residue(category), "{line}");
    }
    // A quoted question in the text names no address to send things to.
    let quoted = "Do you have any idea what this costs? Send them the bill, she told the council.";
    assert_eq!(kind(quoted, Lang::En), LineKind::Text);
    let rules = [
        "Comments: Our rules",
        "We want our comments to be a lively and valuable part of our community, a place where readers can debate the issues.",
        "Please report any comments that break our rules.",
        "Read the rules here",
        "Why are you making commenting available to subscribers only?",
        "It should be a safe space for all readers to share their views.",
    ];
    assert_only_the_article_stays((HEADLINE_EN, &BODY_EN), &[], &[], &rules, Lang::En);
}

#[test]
fn the_rounds_residue_lines_go_fr() {
    let note = "Cet article est paru dans Le Courrier du jeudi 3 mars 2027.";
    assert_eq!(
        kind(note, Lang::Fr),
        LineKind::Residue(Category::OutsideArticle)
    );
    // The article may say where something was first published.
    let text = "Cet article est paru dans une revue de géographie en 1998, avant d'être oublié.";
    assert_eq!(kind(text, Lang::Fr), LineKind::Text);
}

#[test]
fn tip_and_aggregator_pitches_leave_their_paragraph() {
    let paragraph = "The ferry sailed again on Friday with forty passengers aboard.";
    let pitch = "Got a story tip? Email us at tips@example.com.";
    assert_eq!(
        paragraph_kept(
            &format!("{paragraph} {pitch} The crossing took an hour."),
            Lang::En
        ),
        format!("{paragraph} The crossing took an hour.")
    );
    let paragraph = "Le bac a repris la mer vendredi soir avec quarante passagers à bord.";
    let pitch =
        "Suivez Le Courrier sur Google Actualités pour ne rien manquer de l'actualité du port.";
    assert_eq!(
        paragraph_kept(&format!("{paragraph} {pitch}"), Lang::Fr),
        paragraph
    );
}
