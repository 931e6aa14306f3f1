//! Round-23 page shapes: offer widgets, app and messaging pitches, a shared article's notice,
//! chart and bar credits, video teasers with their length, a kicker in capitals over a
//! caption, intertitles that end on `says`, aggregator and access pitches (rounds 21-22).
//! Every text is invented.

use super::classify::LineKind;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR,
};
use super::Category;
use crate::Lang;

/// A page whose second paragraph ends on `pitch`: the pitch goes, the paragraph stays.
fn assert_pitch_is_cut((headline, body): (&str, &[&str]), pitch: &str, lang: Lang) {
    let second = format!("{} {pitch}", body[1]);
    let mut page = vec![headline, body[0], &second];
    page.extend(&body[2..]);
    let mut expected: Vec<String> = vec![headline.to_string()];
    expected.extend(body.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, lang), expected);
}

/// The article with `lines` set between its second and third paragraphs, all kept.
fn assert_kept_between((headline, body): (&str, &[&str]), lines: &[&str], lang: Lang) {
    let mut page = vec![headline];
    page.extend(&body[..2]);
    page.extend(lines);
    page.extend(&body[2..]);
    assert_eq!(kept(&page, lang), page);
}

#[test]
fn a_french_offer_widget_and_messaging_pitch_are_residue() {
    let article = (HEADLINE_FR, &BODY_FR[..]);
    let widget = [
        "Box Marée Fibre — 21,99 €/mois pendant 1 an — Voir l'offre",
        "Comparer toutes les offres",
    ];
    let follow = "👉 Suivez l'actualité du littoral en direct grâce au Courrier de Valmont sur WhatsApp et sur Google Actualités.";
    assert_only_the_article_stays(article, &[], &widget, &[follow], Lang::Fr);
}

#[test]
fn french_app_pitch_and_shared_article_notice_are_residue() {
    let article = (HEADLINE_FR, &BODY_FR[..]);
    let app = "Retrouvez toute l'actualité du port en téléchargeant l'application Radio Valmont.";
    assert_pitch_is_cut(article, app, Lang::Fr);
    let shared =
        "Cet article est réservé aux abonnés. Vous le lisez gratuitement grâce à un partage.";
    assert_only_the_article_stays(article, &[], &[], &[shared], Lang::Fr);
    // A sentence about reading for free stays.
    let free = "À la médiathèque, on lit gratuitement la presse locale depuis l'hiver.";
    assert_kept_between(article, &[free], Lang::Fr);
}

#[test]
fn english_app_subscription_and_tier_pitches_are_cut() {
    let article = (HEADLINE_EN, &BODY_EN[..]);
    for pitch in [
        "Get the latest ferry news from your area by downloading the Harbour News app.",
        "Get unlimited digital access to The Harbour Gazette with a subscription starting at $2 a week.",
        "Get more scoops like this with Harbour Pro Shipping, available to subscribers.",
    ] {
        assert_pitch_is_cut(article, pitch, Lang::En);
    }
}

#[test]
fn chart_bar_and_pic_credits_are_credits() {
    let credit = LineKind::Residue(Category::Credit);
    for line in [
        "Data: Harbour Survey; Chart: Jo Roe/Gazette",
        "PHOTO GALLERY (CLICK TO ENLARGE)",
        "Deckhands coil the mooring lines on the night ferry's first crossing. | Jo Roe",
        "Deckhands coil the mooring lines on the night ferry's first crossing (Pic: Jo Roe)",
    ] {
        assert_eq!(kind(line, Lang::En), credit, "{line}");
    }
    // A paragraph that opens on its data is text.
    let data = "Data: the harbour office counted 40 boats in the first week.";
    assert_ne!(kind(data, Lang::En), credit);
}

#[test]
fn a_video_teaser_with_its_length_is_residue() {
    let article = (HEADLINE_FR, &BODY_FR[..]);
    let teaser = "Valmont : à bord du bac de nuit pour sa première traversée 02:47";
    assert_only_the_article_stays(article, &[], &[teaser], &[], Lang::Fr);
    // Under its signature too.
    let signed = ["Vidéo par : Jo Roux", teaser];
    assert_only_the_article_stays(article, &[], &signed, &[], Lang::Fr);
    // A programme's time is article text.
    let programme = "Concert de la fanfare sur le quai 20:30";
    assert_kept_between(article, &[programme], Lang::Fr);
}

#[test]
fn a_kicker_in_capitals_over_a_caption_and_its_credit_is_the_figures() {
    let article = (HEADLINE_EN, &BODY_EN[..]);
    let figure = [
        "ALL ABOARD",
        "Passengers wait on the quay for the first night crossing in two years",
        "Credit: Jo Roe",
    ];
    assert_only_the_article_stays(article, &[], &figure, &[], Lang::En);
}

#[test]
fn an_intertitle_ending_on_says_is_text_but_a_commenter_is_not() {
    let comments = LineKind::Residue(Category::Comments);
    assert_ne!(kind("What the operator says", Lang::En), comments);
    for line in [
        "Jo Marsh says",
        "jomarsh says",
        "Jo Marsh says:",
        "harbour fan wrote:",
    ] {
        assert_eq!(kind(line, Lang::En), comments, "{line}");
    }
}

#[test]
fn an_aggregator_pitch_and_a_support_appeal_are_french_residue() {
    let article = (HEADLINE_FR, &BODY_FR[..]);
    let aggregator = "Le saviez-vous ? Google Actualités vous permet d'ajouter Le Courrier de Valmont à vos sources préférées. Essayez !";
    assert_only_the_article_stays(article, &[], &[], &[aggregator], Lang::Fr);
    let support = "Soutenez une rédaction indépendante et lisez Le Courrier sans publicité.";
    assert_pitch_is_cut(article, support, Lang::Fr);
}

#[test]
fn an_unlimited_access_offer_and_an_aggregator_pitch_are_cut() {
    let article = (HEADLINE_EN, &BODY_EN[..]);
    let offer = "Get unlimited access to exclusive stories and columns for $1 a month.";
    assert_pitch_is_cut(article, offer, Lang::En);
    let aggregator =
        "For more news, follow the Gazette on Google News and add us as a preferred source.";
    assert_pitch_is_cut(article, aggregator, Lang::En);
}

#[test]
fn deal_calls_link_headers_and_wire_titles_are_residue() {
    let article = (HEADLINE_EN, &BODY_EN[..]);
    let links = [
        "READ MORE ON TRAVEL",
        "SEA LEGS I'm a ferry captain - here's the one seat you should always book",
    ];
    assert_only_the_article_stays(article, &[], &links, &[], Lang::En);
    let deals = [
        "Book island breaks from £49pp - see all our deals here",
        "Compare all deals",
    ];
    assert_only_the_article_stays(article, &[], &deals, &[], Lang::En);
    let wire = LineKind::Residue(Category::Related);
    assert_eq!(kind("L'info en continu", Lang::Fr), wire);
    assert_eq!(
        kind("Comparer toutes les offres", Lang::Fr),
        LineKind::Residue(Category::Advertisement)
    );
}
