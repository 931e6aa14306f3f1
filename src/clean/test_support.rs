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
