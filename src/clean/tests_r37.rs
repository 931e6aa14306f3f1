//! Round-37 page shapes: a reporter's beat and place under their name, and a signature with the
//! reporter's role, under the head; a key-points label over a lone standfirst, with the byline
//! maybe between the headline and the label; and the round's recurring residue lines and
//! pitches. Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

const STANDFIRST_EN: &str = "The island's fishing families crew the new boat, and the council says the crossing will run every night until the spring.";

#[test]
fn a_beat_and_place_under_the_name_leave_the_head_above() {
    let mut page = vec![
        "Skip to content",
        "Harbour Daily",
        "Coast | Business | Opinion | Newsletters",
        "Coast",
        HEADLINE_EN,
        STANDFIRST_EN,
        "Jo Marsh",
        "Island affairs reporter | Port Ellis",
        "6:00 AM GMT on Mar 3, 2027",
        "Share this: Facebook | X | Email | Print",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, STANDFIRST_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
    // A headline naming a reporter, with no bar and place, is no beat.
    assert_eq!(
        kind("Why the harbour needs a reporter", Lang::En),
        LineKind::Text
    );
}

#[test]
fn a_signature_with_the_reporters_role_is_a_byline() {
    let byline = LineKind::Residue(Category::Byline);
    assert_eq!(
        kind("Par Léa Brun, envoyée spéciale à Valmont", Lang::Fr),
        byline
    );
    assert_eq!(kind("Par Marc Roux, correspondant", Lang::Fr), byline);
    let mut page = vec![
        "Accueil | Régions | Sport | Culture",
        "Régions",
        HEADLINE_FR,
        "Publié le mardi 3 mars 2027",
        "Par Léa Brun, envoyée spéciale à Valmont",
        "Temps de lecture : 3 min",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_key_points_label_over_a_lone_standfirst_goes() {
    let mut page = vec![
        "Sign in",
        "Home | Latest | Coast | World",
        HEADLINE_EN,
        "Summary",
        STANDFIRST_EN,
        "Read Less",
        "By Jo Marsh, Port Ellis",
        "Mar 3, 2027 06:14 AM GMT",
        "Copy Link",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, STANDFIRST_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_label_under_the_byline_leaves_the_headline_above_it() {
    let mut page = vec![
        "Coast | Business | Sport | ePaper",
        "Log in",
        "Coast > Islands",
        HEADLINE_EN,
        "By Jo Marsh",
        "More by this author",
        "What you need to know:",
        STANDFIRST_EN,
        "Tuesday, March 3, 2027",
        "Share | Facebook | X | Email",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, STANDFIRST_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn pitches_inside_a_paragraph_go() {
    let line = "The ferry sailed at nine. Subscribe to Harbour Pro for in-depth reporting on the island's fisheries. It was full.";
    assert_eq!(
        paragraph_kept(line, Lang::En),
        "The ferry sailed at nine. It was full."
    );
    let line = "Le bac est parti à 21 h. Soutenez la presse de l'île en faisant un don dès aujourd'hui. Il était complet.";
    assert_eq!(
        paragraph_kept(line, Lang::Fr),
        "Le bac est parti à 21 h. Il était complet."
    );
    // Subscribers named in the story, and a gift made to a club, stay.
    for line in [
        "Islanders who subscribe to the ferry pass for a year save a third of the fare.",
        "Les habitants ont aidé le club en faisant un don de 200 euros.",
    ] {
        let lang = if line.starts_with("Les") {
            Lang::Fr
        } else {
            Lang::En
        };
        assert_eq!(paragraph_kept(line, lang), line);
    }
}

#[test]
fn a_paid_tiers_call_over_its_features_goes_whole() {
    let mut page = vec![HEADLINE_EN];
    page.extend(&BODY_EN[..2]);
    page.extend([
        "Subscribe Now! Get features like",
        "Today's paper | Ad-free reading | Unlimited access | Daily puzzles",
    ]);
    page.extend(&BODY_EN[2..]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn the_rounds_residue_lines_are_residue() {
    for (line, lang) in [
        ("Type of Story: Analysis", Lang::En),
        ("More by this author", Lang::En),
        (
            "Join the conversation. Sign in to comment or register to create an account.",
            Lang::En,
        ),
        (
            "Catch all the latest Coast News and Island News along with breaking news and top headlines from the region.",
            Lang::En,
        ),
        (
            "We think local news should reach everyone it touches. Our reporting depends on support from readers like you.",
            Lang::En,
        ),
        (
            "The rowing club's old boathouse on the quay last spring. Picture: Harbour Rowing Club/ Quayside",
            Lang::En,
        ),
    ] {
        assert!(
            matches!(kind(line, lang), LineKind::Residue(_)),
            "{line}"
        );
    }
    // A story about a club's support, or a picture quoted in running text, stays.
    for line in [
        "The rowing club depends on support from the council and its members.",
        "She said the picture was taken by a passenger on the quay.",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
    }
}
