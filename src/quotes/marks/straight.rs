//! Straight single marks (`'`) as the outer quotation marks of English text, British style:
//! `'We were not told,' he said.` The same character is also the apostrophe (`don't`,
//! `O'Brien`, `the Smiths' house`, `goin' home`, `'90s`, `give 'em`, `rock 'n' roll`), so a
//! mark is decided per paragraph from evidence, never from one character alone:
//!
//! - an opening candidate starts a word (after the paragraph start, a space, a bracket or a
//!   dash, before a letter, a digit or an inner mark) and is not an elision (`'em`, `'90s`);
//! - a closing candidate ends a word (after a letter, digit or punctuation, before a space,
//!   punctuation or the paragraph end);
//! - an opening pairs with the nearest plausible closing: an `s'` (or `in'`) before a
//!   lowercase content word (`the nurses' union`) is a possessive or an elision when another
//!   closing follows before any opening, or when the quote neither opens a clause nor is a
//!   lowercase phrase within one sentence (`the 'Boro say the players' wages`);
//! - a quote holds at least one word, and a candidate left unpaired is never a mark, except an
//!   opening that starts a sentence when the next paragraph opens with a mark (a quote running
//!   on over paragraphs, British style).

use crate::lang::{Lang, Resource};
use std::collections::HashSet;
use std::sync::OnceLock;

/// One pair of straight single marks, in byte offsets of the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SinglePair {
    pub open: usize,
    /// `None`: the quote runs on into the next paragraph.
    pub close: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `strong`: at the start of a sentence or clause, where a quotation begins (not
    /// mid-phrase, where elisions like `the 'burbs` sit).
    Open { strong: bool },
    /// `possessive`: `s'` or `in'` before a lowercase content word.
    Close { possessive: bool },
}

struct Words {
    elided: Vec<&'static str>,
    after_close: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words {
        elided: Lang::En.entries(Resource::Quotes, "elided_openings"),
        after_close: Lang::En
            .entries(Resource::Quotes, "after_closing_mark")
            .into_iter()
            .collect(),
    })
}

/// Whether a `'` after `prev` and before `next` may open a quote.
pub(super) fn may_open(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_none_or(super::is_opening_context)
        && next.is_some_and(|n| {
            n.is_alphanumeric() || matches!(n, '"' | '“' | '«' | '…' | '.' | '(' | '[')
        })
}

/// Whether a `'` at a paragraph start, before `rest`, may open a quote.
pub(super) fn opens_quote(rest: &str) -> bool {
    may_open(None, rest.chars().next()) && elision(rest).is_none()
}

/// `'90s`, `'em`, `'n'`: the length of the elided word after the apostrophe (apostrophe of
/// `'n'` included), or `None` if `rest` does not start with one.
fn elision(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let ends_word = |k: usize| {
        rest[k..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    if bytes.len() >= 2 && bytes[0].is_ascii_digit() && bytes[1].is_ascii_digit() {
        // `'90s`, or a lone year (`the class of '99.`) before punctuation.
        if bytes.get(2) == Some(&b's') && ends_word(3) {
            return Some(3);
        }
        let punct = bytes
            .get(2)
            .is_none_or(|b| matches!(b, b'.' | b',' | b')' | b'!' | b'?' | b';' | b':'));
        return punct.then_some(2);
    }
    words().elided.iter().find_map(|word| {
        let head = rest.get(..word.len())?;
        (head.eq_ignore_ascii_case(word) && ends_word(word.len())).then_some(word.len())
    })
}

/// A closing `'` after a word ending in `s` (not `ss`) or `in`, followed by a lowercase word
/// that is not a function word: `the players' wages`, `goin' home`.
fn looks_possessive(before: &str, rest: &str) -> bool {
    let word_end = before.ends_with('s') && !before.ends_with("ss") || before.ends_with("in");
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    if !word_end || !after.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    !never_possessed(after)
}

/// Whether the lowercase word opening `after` is a function word, which never follows a
/// plural possessive (`the players' of` is no possessive): a mark before it closes.
pub(super) fn never_possessed(after: &str) -> bool {
    let word = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    words().after_close.contains(word)
}

/// Whether an opening at `at` starts a sentence or clause: the paragraph start, or after a
/// sentence end, a colon, a comma, a dash or a bracket.
fn starts_clause(body: &str, at: usize) -> bool {
    let before = body[..at].trim_end();
    before.chars().next_back().is_none_or(|p| {
        matches!(
            p,
            '.' | '!' | '?' | '…' | ':' | ';' | ',' | '—' | '–' | '-' | '(' | '[' | '"' | '”'
        )
    })
}

/// The straight single marks of `body[from..]` that may open or close a quote.
fn candidates(body: &str, from: usize) -> Vec<(usize, Shape)> {
    let mut out = Vec::new();
    let mut skip_until = from;
    for (k, _) in body[from..].match_indices('\'') {
        let at = from + k;
        if at < skip_until {
            continue;
        }
        let prev = body[..at].chars().next_back();
        let rest = &body[at + 1..];
        let next = rest.chars().next();
        if may_open(prev, next) {
            if let Some(len) = elision(rest) {
                skip_until = at + 1 + len;
            } else {
                let strong = starts_clause(body, at);
                out.push((at, Shape::Open { strong }));
            }
        } else if next.is_none_or(|n| !n.is_alphanumeric())
            && (prev.is_some_and(|p| !p.is_whitespace()) || after_inner_close(&body[..at]))
        {
            let possessive = looks_possessive(&body[..at], rest);
            out.push((at, Shape::Close { possessive }));
        }
    }
    out
}

/// `‘the lad,’ '`: a space may part an inner closing mark from the outer one.
fn after_inner_close(before: &str) -> bool {
    before.ends_with(char::is_whitespace) && before.trim_end().ends_with(['’', '”', '"'])
}

/// Whether `inner` holds a word: two letters or digits at least (`'n'` or `'A'` do not).
fn holds_word(inner: &str) -> bool {
    inner
        .chars()
        .filter(|c| c.is_alphanumeric())
        .nth(1)
        .is_some()
}

/// The pairs of straight single marks in `body[from..]` (`from`: the first opening candidate
/// outside any other quote). `continued`: the next paragraph opens with a mark, so a quote
/// opening a sentence may run on into it.
pub(super) fn pairs(body: &str, from: usize, continued: bool) -> Vec<SinglePair> {
    let found = candidates(body, from);
    // Per candidate: whether another closing follows before any opening (backward pass).
    let mut close_follows = vec![false; found.len()];
    let mut seen_close = false;
    for (k, (_, shape)) in found.iter().enumerate().rev() {
        close_follows[k] = seen_close;
        seen_close = match shape {
            Shape::Open { .. } => false,
            Shape::Close { .. } => true,
        };
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < found.len() {
        let Shape::Open { strong } = found[k].1 else {
            k += 1;
            continue;
        };
        // Openings before the closing: a quote inside a quote that opens a clause (British
        // style nests `"`, but straight ones are seen too), else an apostrophe. Take the last
        // that starts a clause, else the last one.
        let mut open = (found[k].0, strong);
        let mut inner: Option<(usize, bool)> = None;
        let closes = |j: usize, open: (usize, bool)| match found.get(j) {
            Some(&(at, Shape::Close { possessive })) => {
                !possessive
                    || (!close_follows[j] && may_close_at_possessive(body, open, at, continued))
            }
            _ => false,
        };
        let mut close = None;
        let mut j = k + 1;
        while j < found.len() {
            match found[j].1 {
                Shape::Open { strong } => {
                    let latest = (found[j].0, strong);
                    match inner {
                        None if open.1 => inner = Some(latest),
                        None if strong || !open.1 => open = latest,
                        Some(i) if strong || !i.1 => inner = Some(latest),
                        _ => {}
                    }
                }
                Shape::Close { .. } if closes(j, inner.unwrap_or(open)) => {
                    // A nested quote ends right before its outer one (`… yet,'' she said`,
                    // `'… 'no' to them,'`); otherwise the inner opening was the quote's own.
                    close = Some(j);
                    if let Some(i) = inner {
                        if closes(j + 1, open) {
                            close = Some(j + 1);
                        } else if i.1 {
                            open = i;
                        }
                    }
                    break;
                }
                Shape::Close { .. } => {}
            }
            j += 1;
        }
        let runs_on = continued && open.1 && starts_sentence(body, open.0);
        match close {
            Some(j) => {
                let at = found[j].0;
                if holds_word(&body[open.0 + 1..at]) {
                    out.push(SinglePair {
                        open: open.0,
                        close: Some(at),
                    });
                }
                k = j + 1;
            }
            None => {
                // No closing anywhere after: only a quote running on into the next paragraph.
                if runs_on {
                    out.push(SinglePair {
                        open: open.0,
                        close: None,
                    });
                }
                break;
            }
        }
    }
    out
}

/// Whether a closing candidate at `at` that looks like a possessive (`s'` before a lowercase
/// word) closes the quote opened at `open` (`(byte, starts a clause)`), no other closing
/// following: a quote opening its sentence closes there, unless it may run on into the next
/// paragraph; a partial quote (`sponges 'older than the pyramids' elsewhere`) when it starts
/// lowercase and stays within one sentence, unlike an elision (`the 'Boro say the players'`).
fn may_close_at_possessive(body: &str, open: (usize, bool), at: usize, continued: bool) -> bool {
    if open.1 {
        return !(continued && starts_sentence(body, open.0));
    }
    let inner = &body[open.0 + 1..at];
    let sentence_end = inner
        .match_indices(' ')
        .any(|(k, _)| inner[..k].ends_with(['.', '!', '?']));
    inner.starts_with(char::is_lowercase) && !sentence_end
}

/// Whether `at` starts a sentence: the paragraph start or after `.` `!` `?` `:` `…`.
fn starts_sentence(body: &str, at: usize) -> bool {
    body[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|p| matches!(p, '.' | '!' | '?' | ':' | '…'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(body: &str) -> Vec<&str> {
        pairs(body, 0, false)
            .into_iter()
            .map(|p| &body[p.open + 1..p.close.unwrap_or(body.len())])
            .collect()
    }

    #[test]
    fn elisions_and_years_open_nothing() {
        assert_eq!(elision("90s band"), Some(3));
        assert_eq!(elision("em all"), Some(2));
        assert_eq!(elision("n' roll"), Some(2));
        assert_eq!(elision("emblem"), None);
        assert_eq!(elision("99 people"), None);
        assert!(quoted("Give 'em the '90s, and rock 'n' roll's best.").is_empty());
    }

    #[test]
    fn a_possessive_closes_only_when_nothing_else_can() {
        assert_eq!(
            quoted("'The nurses' union waited,' she said."),
            ["The nurses' union waited,"]
        );
        assert_eq!(quoted("He called them 'heroes' in the report."), ["heroes"]);
        assert!(quoted("Fans of the 'Boro say the players' wages are high.").is_empty());
    }
}
