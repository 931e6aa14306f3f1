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
    /// The shape of `text` (blank until the caller sets it: see [`split`]).
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
        let (words, lowercase_words) = count_words(text);
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

/// The whitespace-separated tokens of `text` that hold a letter or digit, and how many of them
/// have a lowercase first letter or digit. One pass, a byte at a time over ASCII: every line
/// of the input is read this way.
fn count_words(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut words, mut lowercase_words) = (0, 0);
    let mut in_space = true;
    // Inside a token whose first letter or digit is not found yet.
    let mut looking = false;
    let mut index = 0;
    while index < bytes.len() {
        if !in_space && !looking {
            // The rest of a counted token: printable ASCII, and other characters but the few
            // spaces, need no decoding.
            loop {
                index += printable_ascii_run(&bytes[index..]);
                match bytes.get(index..) {
                    Some(rest @ [lead, ..]) if *lead >= 0x80 && !is_utf8_whitespace(rest) => {
                        index += utf8_len(*lead);
                    }
                    _ => break,
                }
            }
            // Most often a space and an ASCII word follow: count it at once.
            if let Some(&[b' ', next]) = bytes.get(index..index + 2) {
                let class = ASCII_CLASS.get(usize::from(next)).copied().unwrap_or(0);
                if class & ALPHANUMERIC != 0 {
                    words += 1;
                    lowercase_words += usize::from(class == LOWERCASE);
                    index += 2;
                    continue;
                }
            }
        }
        let c = match bytes.get(index) {
            None => break,
            Some(&byte) if byte.is_ascii() => {
                index += 1;
                let class = ASCII_CLASS[usize::from(byte)];
                if class == SPACE {
                    in_space = true;
                    looking = false;
                } else if in_space || looking {
                    in_space = false;
                    looking = class & ALPHANUMERIC == 0;
                    if !looking {
                        words += 1;
                        lowercase_words += usize::from(class == LOWERCASE);
                    }
                }
                continue;
            }
            Some(_) => match text.get(index..).and_then(|rest| rest.chars().next()) {
                Some(c) => c,
                None => break,
            },
        };
        index += c.len_utf8();
        // The Unicode tables are read only when the answer matters.
        if c.is_whitespace() {
            in_space = true;
            looking = false;
        } else if in_space || looking {
            in_space = false;
            looking = !c.is_alphanumeric();
            if !looking {
                words += 1;
                lowercase_words += usize::from(c.is_lowercase());
            }
        }
    }
    (words, lowercase_words)
}

const SPACE: u8 = 1;
const ALPHANUMERIC: u8 = 2;
const LOWERCASE: u8 = ALPHANUMERIC | 4;

/// What [`count_words`] needs of each ASCII byte, as `char` methods say it.
const ASCII_CLASS: [u8; 128] = {
    let mut table = [0; 128];
    let mut byte = 0;
    while byte < 128 {
        let c = byte as u8 as char;
        table[byte] = if c.is_ascii_whitespace() || byte == 0x0b {
            SPACE
        } else if c.is_ascii_lowercase() {
            LOWERCASE
        } else if c.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else {
            0
        };
        byte += 1;
    }
    table
};

/// Whether the UTF-8 of a non-ASCII character at the start of `bytes` is whitespace
/// (`char::is_whitespace`: U+0085, U+00A0, U+1680, U+2000..=U+200A, U+2028, U+2029, U+202F,
/// U+205F, U+3000), read from its bytes without decoding it.
fn is_utf8_whitespace(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [0xC2, 0x85 | 0xA0, ..]
            | [0xE1, 0x9A, 0x80, ..]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
            | [0xE2, 0x81, 0x9F, ..]
            | [0xE3, 0x80, 0x80, ..]
    )
}

/// The length of the UTF-8 character whose lead byte is `lead` (not ASCII).
fn utf8_len(lead: u8) -> usize {
    match lead {
        ..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// How many bytes `bytes` starts with in `!`..=`~` (printable ASCII), eight at a time.
fn printable_ascii_run(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH_BITS: u64 = u64::from_le_bytes([0x80; 8]);
    let mut index = 0;
    while let Some(chunk) = bytes.get(index..index + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // The high bit of each byte below `!` (x - 0x21), from 0x7F (x + 1) or from 0x80 (x).
        // Borrows and carries only reach bytes after a flagged one, so the first flag is true.
        let flags = (x.wrapping_sub(0x21 * ONES) | x.wrapping_add(ONES) | x) & HIGH_BITS;
        if flags != 0 {
            return index + (flags.trailing_zeros() / 8) as usize;
        }
        index += 8;
    }
    index
        + bytes[index..]
            .iter()
            .take_while(|b| b.is_ascii_graphic())
            .count()
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

/// Splits `text` into lines, keeping exact spans. Their shapes are left blank: the caller reads
/// them once it knows the text the line keeps.
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
            shape: Shape::default(),
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

    fn reference_count(text: &str) -> (usize, usize) {
        let firsts: Vec<char> = text
            .split_whitespace()
            .filter_map(|t| t.chars().find(|c| c.is_alphanumeric()))
            .collect();
        let lowercase = firsts.iter().filter(|c| c.is_lowercase()).count();
        (firsts.len(), lowercase)
    }

    proptest::proptest! {
        #[test]
        fn word_count_matches_split_whitespace(text in "[a-zA-Z0-9 .,«»é É\u{a0}\u{2003}\t\u{b}\u{1}-]{0,40}|\\PC{0,40}") {
            proptest::prop_assert_eq!(count_words(&text), reference_count(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn printable_runs_are_found_eight_bytes_at_a_time(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![8 => 0x21u8..=0x7e, 1 => proptest::num::u8::ANY],
                0..40,
            )
        ) {
            let expected = bytes.iter().take_while(|b| b.is_ascii_graphic()).count();
            proptest::prop_assert_eq!(printable_ascii_run(&bytes), expected);
        }
    }

    #[test]
    fn whitespace_is_read_from_utf8_as_char_says() {
        for c in ('\u{80}'..=char::MAX).filter(|c| c.len_utf8() > 1) {
            let mut utf8 = [0; 4];
            let encoded = c.encode_utf8(&mut utf8).as_bytes();
            assert_eq!(is_utf8_whitespace(encoded), c.is_whitespace(), "{c:?}");
            assert_eq!(utf8_len(encoded[0]), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn words_are_counted_as_whitespace_tokens_with_a_letter_or_digit() {
        for text in [
            "",
            "   ",
            "« Oui », a-t-il dit\u{a0}: 42 fois.",
            "-- (ÉTÉ) ...été\u{202f}x\u{3000}y\tz\u{b}w",
            "«\u{a0}» — ½ 3e Ωmega ωmega",
        ] {
            assert_eq!(count_words(text), reference_count(text), "{text:?}");
        }
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
