//! Round-39 page shapes: stamps ending on an Asian or Pacific time zone; captions closing on a
//! dashed credit (`— Picture by …`, `— Agency pic`), on the paper's name in several words and
//! the photographer after a slash, or on bare initials; donation asks of a paper that says it
//! is independent or owned by its readers, inside a paragraph or as a closing box; follow and
//! contribution pitches; related links in square brackets and a `Related Reads` box between
//! paragraphs. Every text is invented.

use super::classify::LineKind;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN,
    HEADLINE_FR,
};
use super::Category;
use crate::Lang;

#[test]
fn stamps_ending_on_an_asian_or_pacific_time_zone_go() {
    for stamp in [
        "Monday, 3 Mar 2027 9:15 AM SGT",
        "Last updated Monday, 3 Mar 2027 10:02 AM SGT",
        "Mar 3, 2027, 6:40pm NZDT",
    ] {
        assert_ne!(kind(stamp, Lang::En), LineKind::Text, "{stamp}");
    }
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[
            "Wednesday, 4 Mar 2027 07:30 AM HKT",
            "Updated Wednesday, 4 Mar 2027 08:10 AM HKT",
        ],
        &[],
        &[],
        Lang::En,
    );
}

#[test]
fn captions_closing_on_a_dashed_credit_go() {
    let credit = LineKind::Residue(Category::Credit);
    for line in [
        "Fishermen mend their nets on the quay at Millbrook harbour. — Picture by Ann Lowry",
        "The old ferry waits at the pier before its last crossing. — Coastwire pic",
        "Passengers board the night ferry on Friday. – Harbour Press file pic",
    ] {
        assert_eq!(kind(line, Lang::En), credit, "{line}");
    }
    // A dash in running text, or a picture named in a sentence, stays.
    for line in [
        "The ferry sailed at nine — the crew said it was the best picture of the year.",
        "She kept the crossing going for ten years — a record nobody will beat.",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
    }
}

#[test]
fn captions_closing_on_a_papers_name_and_photographer_or_initials_go() {
    let credit = LineKind::Residue(Category::Credit);
    for line in [
        "Le capitaine vérifie les amarres avant le départ du bac. Photo Gazette de l'Est / Paul Mercier",
        "Les passagers attendent sur le quai, vendredi soir. JLMR",
    ] {
        assert_eq!(kind(line, Lang::Fr), credit, "{line}");
    }
    // A sentence ending on a full stop, or a line ending on a word in capitals after a colon, stays.
    for line in [
        "Le bac a été financé par la commune et par la région.",
        "Le syndicat des marins a signé l'accord avec l'armateur : la CGT.",
    ] {
        assert_eq!(kind(line, Lang::Fr), LineKind::Text, "{line}");
    }
}

#[test]
fn donation_asks_of_an_independent_paper_go_from_the_paragraph() {
    let sentence = "Le bac repartira chaque soir jusqu'à la fin du mois de mars.";
    for pitch in [
        "Pour lire une information indépendante des grands groupes, soutenez la Gazette : faites un don défiscalisable.",
        "Notre indépendance ne tient qu'à vous, nos lecteurs.",
        "Chaque don, même petit, nous permet de continuer à enquêter sur le littoral.",
        "Votre soutien garantit une presse locale libre.",
    ] {
        assert_eq!(
            paragraph_kept(&format!("{sentence} {pitch}"), Lang::Fr),
            sentence,
            "{pitch}"
        );
    }
    // A donation in the story stays.
    let article = "Chaque don versé à l'association a permis de réparer la coque du vieux bac.";
    assert_eq!(paragraph_kept(article, Lang::Fr), article);
}

#[test]
fn a_closing_donation_box_with_its_heading_goes() {
    let mut page = vec![HEADLINE_FR];
    page.extend(BODY_FR);
    page.extend([
        "La Gazette de Valmont est libre",
        "Sans milliardaire ni groupe de presse, la Gazette appartient à ses lecteurs et lectrices. Votre soutien garantit une information locale et exigeante.",
        "Je fais un don | Je m'abonne",
    ]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
    let mut page = vec![HEADLINE_FR];
    page.extend(BODY_FR);
    page.extend([
        "La Gazette a besoin de vous",
        "Depuis sa création, la Gazette refuse d'appartenir à un milliardaire. Notre indépendance ne dépend que de vous. Chaque don, même modeste, nous permet de tenir.",
    ]);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn follow_and_contribution_pitches_inside_a_paragraph_go() {
    let sentence = "The ferry will sail every night until the end of March.";
    for pitch in [
        "Follow us on Instagram @harbourgazette for more stories and join our Telegram channel for updates.",
        "Readers like you are keeping this reporting free for all – please chip in to the Gazette today.",
        "The Harbour Gazette is a nonprofit newsroom, and stories like this one are made possible by readers – donate now.",
    ] {
        assert_eq!(
            paragraph_kept(&format!("{sentence} {pitch}"), Lang::En),
            sentence,
            "{pitch}"
        );
    }
    // Readers in the story, and a channel the story names, stay.
    let article =
        "Readers of the harbour bulletin voted to name the new ferry after the old captain.";
    assert_eq!(paragraph_kept(article, Lang::En), article);
}

#[test]
fn a_contribution_box_under_the_article_goes() {
    let mut page = vec![HEADLINE_EN];
    page.extend(BODY_EN);
    page.extend([
        "Readers like you are keeping these stories free...",
        "Ads and reader contributions help keep paywalls away from reporting like this. Over 2,000 readers like you have already stepped up with a monthly gift.",
        "Learn More | Support Us",
    ]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn related_links_in_brackets_and_a_related_reads_box_between_paragraphs_go() {
    assert_eq!(
        kind(
            "[See also: Why the island ferries stopped at nine]",
            Lang::En
        ),
        LineKind::Residue(Category::Related)
    );
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[],
        &[
            "Related Reads",
            "Harbour master warns anglers to keep off the pier in storms",
            "Explainer: What a new ferry contract means for the islands",
        ],
        &[],
        Lang::En,
    );
}

#[test]
fn a_fact_boxs_first_heading_under_the_share_buttons_stays() {
    let page = [
        HEADLINE_FR,
        "Par Jeanne Roux",
        "3 mars 2026 à 9h12",
        "Partager | Facebook | X | Envoyer par mail",
        "Les faits",
        BODY_FR[0],
        "Les enjeux",
        BODY_FR[1],
        BODY_FR[2],
        BODY_FR[3],
    ];
    let expected = [
        HEADLINE_FR,
        "Les faits",
        BODY_FR[0],
        "Les enjeux",
        BODY_FR[1],
        BODY_FR[2],
        BODY_FR[3],
    ];
    assert_eq!(kept(&page, Lang::Fr), expected);
}
