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
