//! Round-22 page shapes: breadcrumbs without spaces round their separator, captions closing
//! on a credit in square brackets, synthetic-voice notices, newsletter boxes, reader-support
//! appeals and bare `Lire` links. Every text is invented.

use super::classify::LineKind;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR,
};
use super::Category;
use crate::Lang;

#[test]
fn a_breadcrumb_needs_no_spaces_round_its_separator() {
    let nav = LineKind::Residue(Category::Navigation);
    for line in ["Sport›Rugby", "Local News|Environment", "Monde>Europe"] {
        assert_eq!(kind(line, Lang::En), nav, "{line}");
    }
    // Still not a crumb: a kicker over a headline with lowercase words.
    assert_ne!(
        kind("Analysis|Why the ferry fares keep rising", Lang::En),
        nav
    );
}

#[test]
fn a_caption_closing_on_a_credit_in_square_brackets_is_dropped() {
    let caption = "Passengers boarding the night ferry on Friday [Jo Roe/Harbour Gazette]";
    assert_only_the_article_stays((HEADLINE_EN, &BODY_EN), &[], &[caption], &[], Lang::En);
    // A sentence that cites a bracketed source without a credit's slash is article text.
    let cited = "The ferry carried 40 passengers [according to the operator's own log].";
    let mut page = vec![HEADLINE_EN, cited];
    page.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), page);
}

#[test]
fn english_voice_share_and_newsletter_widgets_are_residue() {
    let article = (HEADLINE_EN, &BODY_EN[..]);
    let voice =
        "This is read by an automated voice. Please report any issues or inconsistencies here.";
    assert_only_the_article_stays(article, &[voice], &[], &[], Lang::En);
    let share = "Click here to share on social media";
    assert_only_the_article_stays(article, &[share], &[], &[], Lang::En);
    let newsletter = ["Enter email address", "Sign me up"];
    assert_only_the_article_stays(article, &[], &[], &newsletter, Lang::En);
}

#[test]
fn french_voice_support_offer_and_bare_lire_links_are_residue() {
    let article = (HEADLINE_FR, &BODY_FR[..]);
    let voice = "La lecture audio de cet article est générée par une voix de synthèse.";
    assert_only_the_article_stays(article, &[voice], &[], &[], Lang::Fr);
    let link = "Lire Transports : la ligne de bus du littoral prolongée jusqu'en 2030";
    assert_only_the_article_stays(article, &[], &[link], &[], Lang::Fr);
    let support = "Soutenez une rédaction indépendante et lisez tous nos articles sans publicité.";
    assert_only_the_article_stays(article, &[], &[], &[support, "Voir l'offre"], Lang::Fr);
    // A sentence that starts with the verb is article text.
    let sentence = "Lire la suite du rapport prendra du temps : les élus ont jusqu'à mars.";
    let mut page = vec![HEADLINE_FR, sentence];
    page.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), page);
}
