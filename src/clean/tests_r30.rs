//! Round-30 page shapes: a video's title between share buttons and its length, and a player's
//! note opening on a label in capitals, both under the head, which stays; and the round's
//! recurring residue lines and pitches. Every text is invented.

use super::classify::LineKind;
use super::test_support::paragraph_kept;
use super::test_support::{assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR};
use super::test_support::{HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

/// `page` cleaned keeps exactly `expected`.
fn assert_keeps(page: &[&str], expected: &[&str], lang: Lang) {
    let expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    assert_eq!(kept(page, lang), expected);
}

#[test]
fn a_video_title_between_share_buttons_and_its_length_leaves_the_headline() {
    let headline = "When the ferry stopped, the fishermen built a boat of their own";
    let mut page = vec![
        "Harbour News",
        "Politics | Coast | Weather | Sport",
        "Not Now | Turn On",
        "Coast",
        headline,
        "By Ann Lee",
        "Edited By Tom Hart",
        "Updated on: March 3, 2026 / 9:12 AM EST / Harbour News",
        "Follow Harbour News on Google",
        "Facebook | X | Reddit | Email",
        "Island fishermen launch a ferry of their own",
        "02:48",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![headline];
    expected.extend(BODY_EN);
    assert_keeps(&page, &expected, Lang::En);
}

#[test]
fn a_players_note_in_capitals_and_its_play_button_leave_the_headline() {
    let mut page = vec![
        "Harbour News",
        "Watch",
        "Coast | World | Politics | Money",
        "Coast",
        HEADLINE_EN,
        "By Ann Lee",
        "Harbour News",
        "Posted March 3, 2026 4:41 pm",
        "3 min read",
        "Click to play video: 'Night ferry sails again from Millbrook'",
        "Night ferry sails again from Millbrook",
        "2:04",
        "WATCH: After two winters without a late crossing, the night ferry is back, with forty passengers on its first trip. Ann Lee reports.",
        "Listen to this article",
        "0:00 / 4:10",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_keeps(&page, &expected, Lang::En);
}

#[test]
fn a_long_link_sentence_stays_text_unless_a_capital_label_opens_it() {
    let note = "WATCH: With the harbour road closed, the ferry crew, the council and the fishermen worked through the night to move the boats. Ann Lee reports.";
    assert_eq!(kind(note, Lang::En), LineKind::Residue(Category::Related));
    let sentence = "Read more about the closures on the council's site, officials urged, warning that the harbour road will stay shut until the end of the month.";
    assert_eq!(kind(sentence, Lang::En), LineKind::Text);
}

#[test]
fn the_rounds_residue_lines_go_en() {
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &["Become an Insider"],
        &[],
        &[],
        Lang::En,
    );
    for between in [
        "Read more in Harbour News: Ferry fares rise for the second time this year",
        "The new engines in the ferry's hold on Monday. / Harbour News",
    ] {
        assert_only_the_article_stays((HEADLINE_EN, &BODY_EN), &[], &[between], &[], Lang::En);
    }
    let trending = [
        "Trending Now",
        "Council votes to extend the cycle path to the pier",
        "Storm to bring heavy rain to the northern islands",
        "Man charged after a string of break-ins at beach huts",
    ];
    assert_only_the_article_stays((HEADLINE_EN, &BODY_EN), &[], &trending, &[], Lang::En);
    for after in [
        "— With files from Ann Lee, Harbour News",
        "Your support makes all the difference.",
        "Comments closed.",
        "Due to the legal subject matter of some of our content, we reserve the ability to disable comments from time to time.",
        "Comment Guidelines",
        "Please keep comments respectful and avoid phrasing that could be read as offensive.",
        "The Harbour Group encourages reader discussion on our stories. Please review our Community Guidelines before commenting.",
        "Our journalism is free to read, but it is not free to produce. If you value this work, become a member today.",
    ] {
        assert_only_the_article_stays((HEADLINE_EN, &BODY_EN), &[], &[], &[after], Lang::En);
    }
}

#[test]
fn the_rounds_residue_lines_go_fr() {
    let figure = [
        "Partager",
        "Le bac de nuit quitte le quai de Valmont, vendredi soir.",
        "Jeanne Roux pour Le Courrier",
    ];
    assert_only_the_article_stays((HEADLINE_FR, &BODY_FR), &figure, &[], &[], Lang::Fr);
    for between in [
        "Vous avez déjà un compte ? Connectez-vous",
        "Offre numérique : 1 € le premier mois",
        "Les passagers montent à bord du bac, vendredi soir (Ph. Le Courrier)",
        "Écoutez l'émission de Paul Morel en direct sur Radio Valmont, en semaine de 7 h à 9 h.",
    ] {
        assert_only_the_article_stays((HEADLINE_FR, &BODY_FR), &[], &[between], &[], Lang::Fr);
    }
    let tip = ["Vous avez un scoop à nous transmettre ?"];
    assert_only_the_article_stays((HEADLINE_FR, &BODY_FR), &[], &[], &tip, Lang::Fr);
}

#[test]
fn signed_comments_under_their_header_go_fr() {
    let mut page = vec![HEADLINE_FR];
    page.extend(BODY_FR);
    page.extend([
        "Vos commentaires",
        "1. Le 13 mars 2026 à 07:12, par Valmontais",
        "Enfin une bonne nouvelle pour le port.",
        "Répondre à ce message",
        "2. Le 13 mars 2026 à 09:47, par Un ancien du quai",
        "Il était temps, les familles attendaient depuis deux ans.",
        "Répondre à ce message",
    ]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    assert_keeps(&page, &expected, Lang::Fr);
}

#[test]
fn subscription_newsletter_and_tip_pitches_leave_their_paragraph() {
    let paragraph = "The ferry sailed again on Friday with forty passengers aboard.";
    let pitch = "Subscribe to the Harbour Gazette today and enjoy unlimited access to the island's best journalism.";
    assert_eq!(
        paragraph_kept(&format!("{paragraph} {pitch}"), Lang::En),
        paragraph
    );
    let paragraph = "Le bac a repris la mer vendredi soir avec quarante passagers à bord.";
    for pitch in [
        "Retrouvez chaque semaine l'essentiel de l'actualité du port dans notre newsletter gratuite.",
        "Vous avez un scoop à nous transmettre ? Écrivez-nous.",
    ] {
        assert_eq!(paragraph_kept(&format!("{paragraph} {pitch}"), Lang::Fr), paragraph, "{pitch}");
    }
}

#[test]
fn a_headline_under_share_buttons_over_its_time_stays() {
    let mut page = vec![
        "Harbour News",
        "Tuesday, March 3, 2026",
        "Home | Coast | Politics | Sport",
        "Share | Tweet | Email",
        HEADLINE_EN,
        "10:42",
        "By Ann Lee",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_keeps(&page, &expected, Lang::En);
}
