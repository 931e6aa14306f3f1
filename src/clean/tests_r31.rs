//! Round-31 page shapes: a key figure written in groups of digits under its label, which stays;
//! a headline and standfirst over a dateline with a bullet between place and date; and the
//! round's recurring residue lines and pitches. Every text is invented.

use super::classify::LineKind;
use super::test_support::paragraph_kept;
use super::test_support::{assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR};
use super::test_support::{HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

#[test]
fn a_figure_in_groups_of_digits_is_no_timestamp() {
    for figure in ["1 800", "12 500", "2 350 000"] {
        assert_eq!(kind(figure, Lang::Fr), LineKind::Text, "{figure}");
    }
    // A date of numbers only stays one.
    assert_eq!(
        kind("12 03 2026", Lang::Fr),
        LineKind::Residue(Category::Byline)
    );
    let mut page = vec![HEADLINE_FR, BODY_FR[0], BODY_FR[1], "Le chiffre", "1 800"];
    page.extend(&BODY_FR[2..]);
    assert_eq!(kept(&page, Lang::Fr), page);
}

#[test]
fn a_dateline_across_a_bullet_leaves_the_headline_and_standfirst() {
    assert_eq!(
        kind("Millbrook ● Tue, March 3, 2026", Lang::En),
        LineKind::Residue(Category::Byline)
    );
    assert_eq!(
        kind("Port Vale • 3 March 2026", Lang::En),
        LineKind::Residue(Category::Byline)
    );
    // A headline with a bullet but no date is no dateline.
    assert_eq!(kind("Ferry ● The night crossing", Lang::En), LineKind::Text);
    let standfirst = "The island's fishing families have crewed a night ferry of their own after the old operator walked away from its contract.";
    let mut page = vec![
        "Harbour Daily",
        "Log in | Subscribe",
        "Coast | Business | World | Opinion",
        "Coast",
        HEADLINE_EN,
        standfirst,
        "Ann Lee (Harbour Daily)",
        "PREMIUM",
        "Millbrook ● Tue, March 3, 2026",
        "Share This Article",
        "Facebook | Twitter | LinkedIn | WhatsApp | Copy Link",
        "Change Size",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, standfirst];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn the_rounds_residue_lines_go_en() {
    let gift = [
        "Gift Premium Articles to Anyone",
        "Share the best of the Harbour Daily with friends. As a subscriber, you can gift 5 articles each month that anyone can read.",
    ];
    assert_only_the_article_stays((HEADLINE_EN, &BODY_EN), &[], &gift, &[], Lang::En);
    let form = [
        "Our Privacy Notice explains more about how we use your data, and your rights. You can unsubscribe at any time.",
    ];
    assert_only_the_article_stays((HEADLINE_EN, &BODY_EN), &[], &form, &[], Lang::En);
    let after = [
        "We also treat our community members to special offers, promotions, and adverts from us and our partners. If you don't like our community, you can leave at any time you like, no questions asked.",
        "Share your experiences, suggestions, and any issues you've had with the Harbour Daily. We're listening.",
        "Enter your comment here",
        "Thank you for sharing your thoughts. We appreciate your feedback.",
    ];
    assert_only_the_article_stays((HEADLINE_EN, &BODY_EN), &[], &[], &after, Lang::En);
}

#[test]
fn the_rounds_residue_lines_go_fr() {
    let tip = ["Vous avez une nouvelle ? Une idée de reportage ? Écrivez-nous à la rédaction."];
    assert_only_the_article_stays((HEADLINE_FR, &BODY_FR), &[], &[], &tip, Lang::Fr);
}

#[test]
fn newsletter_group_and_aggregator_pitches_leave_their_paragraph() {
    let paragraph = "The ferry sailed again on Friday with forty passengers aboard.";
    for pitch in [
        "Sign up for the Harbour Morning Wire, delivered to your email inbox every weekday.",
        "For all the latest from the island, join our Millbrook Facebook group.",
    ] {
        assert_eq!(
            paragraph_kept(&format!("{paragraph} {pitch}"), Lang::En),
            paragraph,
            "{pitch}"
        );
    }
    let paragraph = "Le bac a repris la mer vendredi soir avec quarante passagers à bord.";
    let pitch = "Suivez Le Courrier sur Google News pour ne rien rater de l'actualité du port.";
    assert_eq!(
        paragraph_kept(&format!("{paragraph} {pitch}"), Lang::Fr),
        paragraph
    );
}

#[test]
fn bracketed_credits_close_their_caption() {
    let en = "The new engines in the ferry's hold on Monday. (HD/Ana Maria Lopez Ruiz)";
    assert_eq!(kind(en, Lang::En), LineKind::Residue(Category::Credit));
    let fr =
        "Les bénévoles déneigent le quai après une tempête, en février. (Le Courrier, Jeanne Roux)";
    assert_eq!(kind(fr, Lang::Fr), LineKind::Residue(Category::Credit));
    // A place and a country in brackets after a sentence are the article's.
    let place = "Le bac a repris la mer vendredi soir. (Valmont, France)";
    assert_eq!(kind(place, Lang::Fr), LineKind::Text);
    assert_eq!(
        kind("Infographie Le Courrier", Lang::Fr),
        LineKind::Residue(Category::Credit)
    );
}

#[test]
fn an_offer_to_read_every_story_leaves_its_paragraph_fr() {
    let paragraph = "Le bac a repris la mer vendredi soir avec quarante passagers à bord.";
    let pitch = "Pour 1 € le premier mois, accédez à tous nos reportages sur la vie du port.";
    assert_eq!(
        paragraph_kept(&format!("{paragraph} {pitch}"), Lang::Fr),
        paragraph
    );
}
