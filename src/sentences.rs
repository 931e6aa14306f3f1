//! Sentence splitting with exact byte spans.
//!
//! First implementation: a line ends a sentence, and so does `.`, `!`, `?` or `…` (with any
//! closing marks after it) followed by whitespace and a capital, a digit or an opening mark,
//! unless the word before the period is a known abbreviation or a single-letter initial.

use crate::lang::{Lang, Resource};
use crate::offsets::Span;
use std::collections::HashSet;
use std::sync::OnceLock;

fn abbreviations(lang: Lang) -> &'static HashSet<&'static str> {
    static TABLES: OnceLock<Vec<HashSet<&'static str>>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                l.entries(Resource::Sentences, "abbreviations")
                    .into_iter()
                    .collect()
            })
            .collect()
    });
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &tables[index]
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '»' | '”' | '"' | '\'' | '’' | ')' | ']')
}

fn opens_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '«' | '“' | '"' | '(' | '‘' | '[' | '—' | '-')
}

/// The word that ends at byte `end` (exclusive), e.g. `M` in `M.` or `J.-C` in `J.-C.`.
fn word_before(line: &str, end: usize) -> &str {
    let start = line[..end]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '“' | '"'))
        .map_or(0, |i| {
            i + line[i..].chars().next().map_or(1, char::len_utf8)
        });
    &line[start..end]
}

fn is_abbreviation(word: &str, lang: Lang) -> bool {
    let mut chars = word.chars();
    let single_letter =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    single_letter || abbreviations(lang).contains(word)
}

/// Splits `text` into sentences: in order, trimmed, covering every non-whitespace character.
pub fn split(text: &str, lang: Lang) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(line, line_start, lang, &mut out);
        line_start += line.len();
    }
    out
}

fn split_line(line: &str, offset: usize, lang: Lang, out: &mut Vec<Span>) {
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_terminator(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if is_terminator(next) || is_closer(next) {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // A French closing guillemet is padded: `verra. »` still closes the sentence.
        let padded = line[end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if padded.starts_with(['»', '”']) {
            end = line.len() - padded.len() + padded.chars().next().map_or(0, char::len_utf8);
        }
        let rest = &line[end..];
        let after = rest.trim_start();
        let spaced = after.len() < rest.len();
        let next_opens = after.chars().next().is_some_and(opens_sentence);
        if !(spaced && next_opens) {
            continue;
        }
        if c == '.' && is_abbreviation(word_before(line, i), lang) {
            continue;
        }
        push_trimmed(Span::new(offset + start, offset + end), line, offset, out);
        start = end;
    }
    push_trimmed(
        Span::new(offset + start, offset + line.len()),
        line,
        offset,
        out,
    );
}

fn push_trimmed(span: Span, line: &str, offset: usize, out: &mut Vec<Span>) {
    let local = Span::new(span.start - offset, span.end - offset).trim(line);
    if !local.is_empty() {
        out.push(Span::new(local.start + offset, local.end + offset));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, lang: Lang) -> Vec<&str> {
        split(text, lang).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn splits_after_final_punctuation_and_keeps_closing_marks() {
        assert_eq!(
            texts("« On verra. » Il part demain ! Vraiment ?", Lang::Fr),
            vec!["« On verra. »", "Il part demain !", "Vraiment ?"]
        );
    }

    #[test]
    fn does_not_split_after_titles_or_initials() {
        assert_eq!(
            texts(
                "M. Dupont et J. K. Rowling sont là. Le Dr Martin aussi.",
                Lang::Fr
            ),
            vec!["M. Dupont et J. K. Rowling sont là.", "Le Dr Martin aussi."]
        );
    }

    #[test]
    fn a_line_break_ends_a_sentence() {
        assert_eq!(
            texts("Un titre sans point\n\nLe texte suit.  ", Lang::Fr),
            vec!["Un titre sans point", "Le texte suit."]
        );
    }

    #[test]
    fn whitespace_only_gives_nothing() {
        assert!(split(" \n\t ", Lang::En).is_empty());
    }
}
