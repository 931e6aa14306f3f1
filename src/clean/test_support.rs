//! Helpers shared by the page-shape tests of each round.

use super::classify::{classify, LineKind};
use super::lines::Shape;
use super::residue::residue;
use super::{clean, CleanOptions};
use crate::Lang;

/// How `classify` reads one line on its own.
pub(super) fn kind(text: &str, lang: Lang) -> LineKind {
    classify(text, Shape::of(text), residue(lang)).0
}

/// The lines `clean` keeps of `page`.
pub(super) fn kept(page: &[&str], lang: Lang) -> Vec<String> {
    let cleaned = clean(&page.join("\n"), lang, &CleanOptions::default());
    cleaned.text.lines().map(str::to_string).collect()
}

/// What `clean` keeps of `line` set as the first paragraph of the invented article, under
/// its headline and over two more paragraphs (a pitch sentence inside it should go).
pub(super) fn paragraph_kept(line: &str, lang: Lang) -> String {
    let (headline, body) = match lang {
        Lang::Fr => (HEADLINE_FR, &BODY_FR),
        _ => (HEADLINE_EN, &BODY_EN),
    };
    kept(&[headline, line, body[1], body[2]], lang).swap_remove(1)
}

/// A page with residue lines after the headline, between two paragraphs and after the body:
/// only the headline and the body stay.
pub(super) fn assert_only_the_article_stays(
    (headline, body): (&str, &[&str]),
    before: &[&str],
    between: &[&str],
    after: &[&str],
    lang: Lang,
) {
    let (first, rest) = body.split_at(2);
    let mut page = vec![headline];
    page.extend(before);
    page.extend(first);
    page.extend(between);
    page.extend(rest);
    page.extend(after);
    let mut expected: Vec<String> = vec![headline.to_string()];
    expected.extend(body.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, lang), expected);
}

/// An invented article the round tests put residue around.
pub(super) const HEADLINE_EN: &str = "The night ferry returns to Millbrook after a two-year pause";
pub(super) const BODY_EN: [&str; 4] = [
    "For two winters the harbour road was dark after nine, the last boat gone and the ticket office shuttered until the morning crossing.",
    "On Friday the night ferry sailed again, with forty passengers aboard and a crew hired from the island's own fishing families.",
    "The council paid for the new engines out of a fund set aside when the old operator walked away from its contract.",
    "Ticket prices will stay at the old rate until the end of the year, the harbour master told the first passengers on the quay.",
];

pub(super) const HEADLINE_FR: &str =
    "À Valmont, le bac de nuit reprend du service après deux ans d'arrêt";
pub(super) const BODY_FR: [&str; 4] = [
    "Pendant deux hivers, la route du port s'éteignait après vingt et une heures, le dernier bateau parti et le guichet fermé.",
    "Vendredi soir, le bac de nuit a repris la mer avec quarante passagers à bord et un équipage recruté parmi les familles de pêcheurs.",
    "La commune a financé les nouveaux moteurs grâce à un fonds mis de côté quand l'ancien exploitant a quitté son contrat.",
    "Les tarifs resteront inchangés jusqu'à la fin de l'année, a assuré le capitaine du port aux premiers passagers sur le quai.",
];
