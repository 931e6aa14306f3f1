//! Round-20 page shapes: an editor's line under the byline. Every text is invented.

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

const HEADLINE_FR: &str = "Pourquoi les cyclistes du dimanche délaissent les routes de campagne";
const STANDFIRST_FR: &str = "Circulation plus dense, chaussées abîmées, météo capricieuse: les clubs de vélo voient fondre le nombre de leurs sorties, sans que les adhérents ne quittent pour autant la selle.";
const BODY_FR: [&str; 3] = [
    "Chaque dimanche matin, une quinzaine de cyclistes se retrouvent devant la mairie de Valbrune pour une sortie de soixante kilomètres, un rendez-vous que le club organise depuis trente ans.",
    "Mais depuis deux saisons, le parcours a changé: les routes départementales, jugées trop dangereuses, ont laissé la place aux voies vertes et aux chemins de halage.",
    "«Nous roulons autant qu'avant, mais plus au même endroit», résume la présidente du club, qui a vu le nombre d'adhérents rester stable malgré tout.",
];

#[test]
fn an_editor_line_under_the_byline_is_a_byline() {
    assert_eq!(
        kind("Édité par Jeanne Roux", Lang::Fr),
        LineKind::Residue(Category::Byline)
    );
    assert_eq!(
        kind("Éditée par Paul Morel", Lang::Fr),
        LineKind::Residue(Category::Byline)
    );
    // A sentence that opens on the words stays text.
    assert_ne!(
        kind(
            "Édité par une petite maison de Lille, le livre a trouvé ses lecteurs.",
            Lang::Fr
        ),
        LineKind::Residue(Category::Byline)
    );
    // The editor's line keeps the headline and standfirst above the byline in the article.
    let mut page = vec![
        HEADLINE_FR,
        STANDFIRST_FR,
        "Marc Dorval",
        "Édité par Jeanne Roux",
        "3 mars 2026 à 8h00",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR.to_string(), STANDFIRST_FR.to_string()];
    expected.extend(BODY_FR.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::Fr), expected);
}

fn en_kind(text: &str) -> LineKind {
    kind(text, Lang::En)
}

fn fr_kind(text: &str) -> LineKind {
    kind(text, Lang::Fr)
}

const HEADLINE_EN: &str = "Council to rebuild the harbour wall after winter storms";
const BODY_EN: [&str; 3] = [
    "The council voted on Tuesday to rebuild the old harbour wall before the next winter storms arrive on the coast, officials said.",
    "Residents have complained for months about the state of the promenade, which has been closed to walkers since a landslip in the autumn.",
    "Works are expected to begin in the spring and to last about eighteen months, according to a timetable released by the council.",
];

#[test]
fn a_caption_ending_in_its_credit_goes() {
    let credit = LineKind::Residue(Category::Credit);
    // The label glued to the caption's stop, or spaced.
    for caption in [
        "Swimmers at the pool last August, before the storm broke part of its wall.Credit: Jo Markey",
        "Swimmers at the pool last August, before the storm broke part of its wall. Credit: Harbour Council",
        "A tenant climbs the stairs of her tower on Monday morning. Ann Lee / Harbour Gazette",
    ] {
        assert_eq!(en_kind(caption), credit, "{caption}");
    }
    // A sentence naming two sides of a slash, or a credit in its words, stays.
    assert_eq!(
        en_kind("The fund gives tax credit: Harbour Council pays the rest."),
        LineKind::Text
    );
}

#[test]
fn newsletter_box_lines_go() {
    let subscribe = LineKind::Residue(Category::Subscribe);
    for line in [
        "Get the top weekly stories by email",
        "See our privacy notice",
        "Invalid Email",
        "Log in, register or subscribe to save articles for later.",
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info",
    ] {
        assert_eq!(en_kind(line), subscribe, "{line}");
    }
    // The newsletter's blurb goes with its sign-up, the paragraph before stays.
    let pitch = "Begin your day with a round-up of the harbour's top stories. Sign up for our Morning Tide newsletter.";
    let mut page = vec![HEADLINE_EN, BODY_EN[0], pitch];
    page.extend(&BODY_EN[1..]);
    let mut expected = vec![HEADLINE_EN, BODY_EN[0]];
    expected.extend(&BODY_EN[1..]);
    assert_eq!(kept(&page, Lang::En), expected);
    // A sentence about someone's morning stays.
    let line = "The skippers start the day with a coffee on the quay before the boats leave.";
    assert_eq!(en_kind(line), LineKind::Text);
}

#[test]
fn french_furniture_under_the_article_goes() {
    assert_eq!(
        fr_kind("(jr/Le Courrier)"),
        LineKind::Residue(Category::Byline)
    );
    assert_eq!(fr_kind("(ab/L'hebdo)"), LineKind::Residue(Category::Byline));
    assert_eq!(fr_kind("(voir page 3)"), LineKind::Text);
    assert_ne!(
        fr_kind("Tu as repéré une erreur? Signale-la-nous."),
        LineKind::Text
    );
    assert_ne!(fr_kind("Déjà abonné ? Je me connecte"), LineKind::Text);
    let podcast = "Écoutez «Le Quai», le podcast de Courrier.fr qui raconte la vie du port, chaque lundi sur toutes les plateformes d'écoute.";
    assert_eq!(fr_kind(podcast), LineKind::Residue(Category::Advertisement));
}

#[test]
fn a_short_caption_over_its_photographer_and_outlet_goes() {
    let mut page = vec![HEADLINE_FR];
    page.extend(&BODY_FR[..2]);
    page.extend([
        "Les cyclistes du club partent chaque dimanche devant la mairie.",
        "Le Courrier/Jo Roux",
        "Des voies vertes plus sûres",
    ]);
    page.push(BODY_FR[2]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(&BODY_FR[..2]);
    expected.extend(["Des voies vertes plus sûres", BODY_FR[2]]);
    assert_eq!(kept(&page, Lang::Fr), expected);
}
