//! The word before a period, and what kind of word it is.

use super::chars::{is_apostrophe, is_bullet, is_opener};
use super::knowledge::{AbbreviationKind, Knowledge};

/// The word before a period: from the previous space or opening mark up to the period.
pub struct Word<'t> {
    pub start: usize,
    pub text: &'t str,
}

/// Words longer than this are plain words whatever they look like.
const MAX_WORD: usize = 64;

/// The word that ends at byte `end`, elision removed (`art` in `l’art.`).
pub fn word_before(text: &str, end: usize) -> Word<'_> {
    let bytes = text.as_bytes();
    let mut start = end;
    while start > 0 && end - start <= MAX_WORD {
        let b = bytes[start - 1];
        if b.is_ascii() {
            if b.is_ascii_whitespace() || is_opener(char::from(b)) {
                break;
            }
            start -= 1;
            continue;
        }
        let Some(c) = text[..start].chars().next_back() else {
            break;
        };
        if c.is_whitespace() || is_opener(c) || is_bullet(c) {
            break;
        }
        start -= c.len_utf8();
    }
    // `l’art`, `d'Italie`, `qu’etc`: the elided article is not part of the word.
    let word = &text[start..end];
    if let Some((k, c)) = word.char_indices().find(|&(_, c)| is_apostrophe(c)) {
        let prefix = &word[..k];
        if !prefix.is_empty() && prefix.len() <= 7 && prefix.chars().all(char::is_alphabetic) {
            let cut = k + c.len_utf8();
            return Word {
                start: start + cut,
                text: &word[cut..],
            };
        }
    }
    Word { start, text: word }
}

/// What the word before a period says about that period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// `M`, `Dr`, `J.-L`: written before a name, never ends a sentence.
    Title,
    /// `etc`, `janv`, `U.S`, `a.m`: ends a sentence only before a sentence starter.
    Abbreviation,
    /// A capital letter alone: an initial unless a sentence starter follows.
    Initial,
    /// A lowercase letter alone: a list marker at the start of a sentence, else a word.
    Enumerator,
    /// Digits (with separators): a list marker at the start of a sentence, else a number.
    Number,
    /// Anything else: the period ends the sentence.
    Plain,
}

pub fn classify(word: &str, knowledge: &Knowledge) -> WordKind {
    if word.is_empty() || looks_like_address(word) {
        return WordKind::Plain;
    }
    match knowledge.abbreviation(word) {
        Some(AbbreviationKind::Title) => return WordKind::Title,
        Some(AbbreviationKind::Abbreviation) => return WordKind::Abbreviation,
        None => {}
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() && first.is_alphabetic() {
        return if first.is_uppercase() {
            WordKind::Initial
        } else {
            WordKind::Enumerator
        };
    }
    if is_number(word) {
        return WordKind::Number;
    }
    if is_hyphenated_initials(word) {
        return WordKind::Title;
    }
    if is_dotted_acronym(word) {
        return WordKind::Abbreviation;
    }
    WordKind::Plain
}

/// `12`, `1.500`, `6 543,21`'s last part, `$100.00`, `3,5`.
fn is_number(word: &str) -> bool {
    let digits = word.trim_start_matches(['$', '€', '£', '¥']);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '/'))
}

/// `J.-L`, `P.-A`, `J.-M`: initials of a hyphenated first name.
fn is_hyphenated_initials(word: &str) -> bool {
    if word.len() > 9 || !word.as_bytes().windows(2).any(|w| w == b".-") {
        return false;
    }
    let mut parts = word.split(".-");
    let (Some(first), Some(second), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    [first, second].iter().all(|p| {
        let n = p.chars().count();
        (1..=2).contains(&n)
            && p.starts_with(char::is_uppercase)
            && p.chars().all(char::is_alphabetic)
    })
}

/// `U.S`, `O.N.U`, `Ph.D`, `LL.AA.II.RR`, `e.g`: short letter groups joined by periods.
fn is_dotted_acronym(word: &str) -> bool {
    word.as_bytes().contains(&b'.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=3).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// An e-mail address or a URL, whose periods are not sentence ends.
pub fn looks_like_address(token: &str) -> bool {
    let bytes = token.as_bytes();
    bytes.contains(&b'@')
        || bytes.windows(3).any(|w| w == b"://")
        || bytes.len() > 4 && bytes[..4].eq_ignore_ascii_case(b"www.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::sentences::knowledge::knowledge;

    fn kind(word: &str) -> WordKind {
        classify(word, knowledge(Lang::Fr))
    }

    #[test]
    fn finds_the_word_before_a_period_without_its_elision() {
        let text = "utilisé l’art. 49";
        let w = word_before(text, text.find('.').unwrap());
        assert_eq!(w.text, "art");
        assert_eq!(&text[w.start..w.start + 3], "art");
        let text = "(voir p. 12)";
        assert_eq!(word_before(text, 7).text, "p");
        let text = "« Oui.";
        assert_eq!(word_before(text, text.len() - 1).text, "Oui");
    }

    #[test]
    fn classifies_words_before_a_period() {
        assert_eq!(kind("M"), WordKind::Title);
        assert_eq!(kind("etc"), WordKind::Abbreviation);
        assert_eq!(kind("J"), WordKind::Initial);
        assert_eq!(kind("J.-L"), WordKind::Title);
        assert_eq!(kind("O.N.U"), WordKind::Abbreviation);
        assert_eq!(kind("a"), WordKind::Enumerator);
        assert_eq!(kind("2023"), WordKind::Number);
        assert_eq!(kind("1.500"), WordKind::Number);
        assert_eq!(kind("Moscou"), WordKind::Plain);
        assert_eq!(kind("www.exemple.fr"), WordKind::Plain);
        assert_eq!(kind("15h30"), WordKind::Plain);
    }

    #[test]
    fn recognises_addresses() {
        assert!(looks_like_address("Jane.Doe@example.com"));
        assert!(looks_like_address("https://exemple.fr/a.html"));
        assert!(!looks_like_address("Ukraine.Certaines"));
    }
}
