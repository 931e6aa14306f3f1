//! Lines of the input and the shape features the classifiers read.

use super::residue::Header;
use crate::offsets::Span;

/// One line of the input: where it is and what it looks like.
#[derive(Debug, Clone)]
pub struct Line<'t> {
    /// The line without its line break.
    pub span: Span,
    /// The line with its line break (`\n` or `\r\n`), if any.
    pub full: Span,
    /// The line's text without surrounding whitespace.
    pub text: &'t str,
    pub shape: Shape,
    /// Whether the line heads a comment section or a related-links list (set by the caller,
    /// which knows the language).
    pub header: Header,
}

/// Cheap shape features of a line of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// Whitespace-separated tokens holding a letter or digit.
    pub words: usize,
    /// Words starting with a lowercase letter.
    pub lowercase_words: usize,
    /// The line ends like a sentence: `. ! ? …` or a closing quotation mark.
    pub terminal: bool,
}

impl Shape {
    pub fn of(text: &str) -> Shape {
        let mut words = 0;
        let mut lowercase_words = 0;
        for token in text.split_whitespace() {
            let Some(first) = token.chars().find(|c| c.is_alphanumeric()) else {
                continue;
            };
            words += 1;
            if first.is_lowercase() {
                lowercase_words += 1;
            }
        }
        Shape {
            words,
            lowercase_words,
            terminal: ends_like_sentence(text),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.words == 0
    }

    /// Looks like running text: a punctuated line of several words, or a long line.
    pub fn is_prose(&self) -> bool {
        (self.terminal && self.words >= 5) || self.words >= 16
    }
}

/// Whether `text` ends like a sentence or a quotation: `. ! ? …`, or a closing quotation mark
/// or bracket right after such a mark, or `»`/`”` (a French quote line ends in `»`).
pub fn ends_like_sentence(text: &str) -> bool {
    let mut chars = text.trim_end().chars().rev();
    match chars.next() {
        Some('.' | '!' | '?' | '…' | '»' | '”' | '"') => true,
        Some(')' | ']' | '’' | '\'') => matches!(chars.next(), Some('.' | '!' | '?' | '…')),
        _ => false,
    }
}

/// Splits `text` into lines, keeping exact spans.
pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for chunk in text.split_inclusive('\n') {
        let body = chunk.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        lines.push(Line {
            span: Span::new(offset, offset + body.len()),
            full: Span::new(offset, offset + chunk.len()),
            text: trimmed,
            shape: Shape::of(trimmed),
            header: Header::None,
        });
        offset += chunk.len();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_count_words_and_see_sentence_ends() {
        let shape = Shape::of("« Nous verrons bien demain », dit-elle.");
        assert_eq!(shape.words, 5);
        assert!(shape.terminal);
        assert!(Shape::of("Il a répondu : « Jamais »").terminal);
        assert!(!Shape::of("Un titre sans point").terminal);
        assert!(Shape::of("(Il est parti.)").terminal);
        assert!(!Shape::of("Photo (AFP)").terminal);
    }

    #[test]
    fn split_keeps_exact_spans_with_crlf() {
        let text = "a b\r\n\n  c  \nd";
        let lines = split(text);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].span.slice(text), "a b");
        assert_eq!(lines[0].full.slice(text), "a b\r\n");
        assert_eq!(lines[2].text, "c");
        assert_eq!(lines[3].full.slice(text), "d");
    }
}
