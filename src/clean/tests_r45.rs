//! Round-45 page shapes: the author's place under their name between the head and the dates, a
//! `Related News` label mid-body, e-paper and donation pitches inside a paragraph, an offer's
//! price alone on its line, a French staff bio. Every text is invented.

use super::classify::LineKind;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN,
    HEADLINE_FR,
};
use super::Category;
use crate::Lang;

#[test]
fn an_authors_place_under_their_name_leaves_the_head_above() {
    let standfirst = "Islanders say the restored crossing will bring evening trade back to the quay and spare commuters the long road round the bay.";
    let mut page = vec![
        "Monday, March 8, 2027",
        "The Harbour Tribune",
        "News | Coast | Business | Sport | Opinion | E-Paper",
        "Coastal Region",
        HEADLINE_EN,
        standfirst,
        "Mira Castell",
        "Dunmore",
        "Published at : March 8, 2027",
        "Updated at : March 8, 2027 09:10",
        "Share on Facebook | Twitter | Mail",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, standfirst];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_related_news_label_takes_the_titles_under_it_mid_body() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[],
        &[
            "Related News",
            "Lighthouse cottages on the north cape put up for sale",
            "Fishing quotas cut again as cod stocks fail to recover, report says",
        ],
        &[],
        Lang::En,
    );
}

#[test]
fn e_paper_and_donation_pitches_inside_a_paragraph_go() {
    let paragraph = "The crossing takes forty minutes. Read today's full edition on our E-Paper, available to subscribers from 6am. Tickets are sold on board.";
    assert_eq!(
        paragraph_kept(paragraph, Lang::En),
        "The crossing takes forty minutes. Tickets are sold on board."
    );
    let paragraph = "La traversée dure quarante minutes. Pour continuer à lire des nouvelles régionales gratuites, faites un don au Courrier du Port. Les billets sont vendus à bord.";
    assert_eq!(
        paragraph_kept(paragraph, Lang::Fr),
        "La traversée dure quarante minutes. Les billets sont vendus à bord."
    );
}

#[test]
fn an_offers_price_alone_on_its_line_goes() {
    for line in [
        "$2 a week for the first six months. Cancel anytime.",
        "£3 per month for your first year",
    ] {
        assert_eq!(
            kind(line, Lang::En),
            LineKind::Residue(Category::Paywall),
            "{line}"
        );
    }
    assert_eq!(
        kind("3,99 € par mois pendant un an. Sans engagement.", Lang::Fr),
        LineKind::Residue(Category::Paywall)
    );
    for line in [
        "$2 a week was all the ferry company asked of the council.",
        "Tickets cost $2 a week for commuters who buy a season pass, the operator said.",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
    }
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[],
        &[],
        &[
            "Subscribe now for unlimited access.",
            "$2 a week for the first six months. Cancel anytime.",
            "Already a subscriber? Log in",
        ],
        Lang::En,
    );
}

#[test]
fn a_french_staff_bio_naming_the_beat_the_paper_and_the_year_goes() {
    assert_only_the_article_stays(
        (HEADLINE_FR, &BODY_FR),
        &[],
        &[],
        &["Gaëlle Dufresnoy couvre la vie portuaire à Valmont pour Le Courrier du Port depuis 2019."],
        Lang::Fr,
    );
    assert_eq!(
        kind(
            "Le maire suit le dossier pour la commune depuis des mois.",
            Lang::Fr
        ),
        LineKind::Text
    );
}
