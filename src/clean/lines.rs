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
/// have a lowercase first letter or digit. Every line of the input is read this way: sixteen
/// bytes at a time, its whitespace found as a mask whose gaps are the tokens, of which only the
/// start is read (a byte, most often).
fn count_words(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut words, mut lowercase_words) = (0, 0);
    let mut index = 0;
    // Whether the character before `index` is whitespace, or there is none.
    let mut after_space = true;
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(index..index + 16) {
        // SAFETY: `chunk` holds sixteen bytes; SSE2 is baseline on x86_64.
        let counted = unsafe { sse2::chunk_words(chunk, after_space) };
        let mut leads = counted.leads;
        // The bytes that may start a non-ASCII space are read one by one; the chunk ends
        // before a space that runs into the next one, which is passed over on its own.
        let mut spaces = counted.spaces;
        let mut end = 16;
        while leads != 0 {
            let at = leads.trailing_zeros() as usize;
            leads &= leads - 1;
            if is_utf8_whitespace(&bytes[index + at..]) {
                let len = utf8_len(bytes[index + at]);
                if at + len > 16 {
                    end = at;
                    break;
                }
                spaces |= ((1 << len) - 1) << at;
            }
        }
        // Tokens that open on an ASCII letter or digit are counted; the others are read.
        let mut starts = if spaces == counted.spaces && end == 16 {
            words += counted.words;
            lowercase_words += counted.lowercase_words;
            counted.other_starts
        } else {
            !spaces & ((spaces << 1) | u32::from(after_space)) & ((1u32 << end) - 1)
        };
        while starts != 0 {
            let at = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let (word, lowercase) = token_word(text, index + at);
            words += usize::from(word);
            lowercase_words += usize::from(lowercase);
        }
        if end < 16 {
            index += end + utf8_len(bytes[index + end]);
            after_space = true;
        } else {
            after_space = spaces & (1 << 15) != 0;
            index += 16;
        }
    }
    // The chunks may end inside a character of a token: the rest of it is in the token.
    while !text.is_char_boundary(index) {
        index += 1;
    }
    for (at, c) in text[index..].char_indices() {
        let space = c.is_whitespace();
        if after_space && !space {
            let (word, lowercase) = token_word(text, index + at);
            words += usize::from(word);
            lowercase_words += usize::from(lowercase);
        }
        after_space = space;
    }
    (words, lowercase_words)
}

/// Whether the token that starts at `start` (after whitespace, or at the start of `text`) is a
/// word, holding a letter or digit before the next whitespace; and whether the first one is
/// lowercase.
#[inline(always)]
fn token_word(text: &str, start: usize) -> (bool, bool) {
    if let Some(&byte) = text.as_bytes().get(start) {
        let class = ASCII_CLASS.get(usize::from(byte)).copied().unwrap_or(0);
        if class & ALPHANUMERIC != 0 {
            return (true, class == LOWERCASE);
        }
    }
    for c in text[start..].chars() {
        if c.is_whitespace() {
            break;
        }
        if is_alphanumeric(c) {
            return (true, is_lowercase(c));
        }
    }
    (false, false)
}

/// [`char::is_alphanumeric`], told for Latin-1 (`à`, `É`, `«`: most of what opens a word past
/// ASCII in Western text) without reading the Unicode tables.
fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{80}'..='\u{ff}' => matches!(
            c,
            'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼'..='¾' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ'
        ),
        _ => c.is_alphanumeric(),
    }
}

/// [`char::is_lowercase`], told for Latin-1 without reading the Unicode tables.
fn is_lowercase(c: char) -> bool {
    match c {
        '\u{80}'..='\u{ff}' => matches!(c, 'ª' | 'µ' | 'º' | 'ß'..='ö' | 'ø'..='ÿ'),
        _ => c.is_lowercase(),
    }
}

/// [`count_words`] over whole chunks of sixteen bytes, with SSE2 (part of every x86_64 CPU).
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi64, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cvtsi128_si32,
        _mm_cvtsi32_si128, _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_sad_epu8, _mm_set1_epi8, _mm_setzero_si128, _mm_slli_si128, _mm_srli_si128,
        _mm_sub_epi8,
    };

    /// One bit per byte of the first sixteen of `chunk`: its line feeds.
    #[inline(always)]
    pub fn newlines(chunk: &[u8]) -> u32 {
        assert!(chunk.len() >= 16);
        // SAFETY: `chunk` holds at least sixteen bytes, read unaligned; SSE2 is baseline on
        // x86_64.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8))) as u32
        }
    }

    /// What [`chunk_words`] reads of a chunk.
    pub struct ChunkWords {
        /// One bit per byte: its ASCII whitespace (`\t` to `\r` and the space).
        pub spaces: u32,
        /// One bit per byte that may start a non-ASCII space (C2, E1, E2, E3).
        pub leads: u32,
        /// The tokens that start in the chunk (after its ASCII whitespace, or at its start
        /// after a space) on an ASCII letter or digit, and those on a lowercase letter.
        pub words: usize,
        pub lowercase_words: usize,
        /// One bit per byte where another token starts.
        pub other_starts: u32,
    }

    /// The words of a chunk of sixteen bytes as its ASCII whitespace parts it, after a space
    /// when `after_space`. Right unless one of its `leads` starts a space.
    ///
    /// # Safety
    /// `chunk` holds at least sixteen bytes; SSE2 (baseline on x86_64) is there.
    #[inline(always)]
    pub unsafe fn chunk_words(chunk: &[u8], after_space: bool) -> ChunkWords {
        assert!(chunk.len() >= 16);
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let splat = |b: u8| _mm_set1_epi8(b as i8);
        // Bytes of `x` in `low..=high`: `x - low` (wrapping) is at most `high - low`.
        let within = |x: __m128i, low: u8, high: u8| {
            let d = _mm_sub_epi8(x, splat(low));
            _mm_cmpeq_epi8(_mm_min_epu8(d, splat(high - low)), d)
        };
        let spaces = _mm_or_si128(within(v, b'\t', b'\r'), _mm_cmpeq_epi8(v, splat(b' ')));
        // `v | 0x20` reads C2 as E2 and capitals as small letters, `v | 2` reads E1 as E3.
        let folded = _mm_or_si128(v, splat(0x20));
        let leads = _mm_or_si128(
            _mm_cmpeq_epi8(folded, splat(0xe2)),
            _mm_cmpeq_epi8(_mm_or_si128(v, splat(2)), splat(0xe3)),
        );
        let lowercase = within(v, b'a', b'z');
        let alphanumeric = _mm_or_si128(within(folded, b'a', b'z'), within(v, b'0', b'9'));
        let first = _mm_cvtsi32_si128(if after_space { 0xff } else { 0 });
        let starts = _mm_andnot_si128(spaces, _mm_or_si128(_mm_slli_si128::<1>(spaces), first));
        // Each word counts 1 and each lowercase one 32 more: one sum holds both (at most 528).
        let counts = _mm_or_si128(
            _mm_and_si128(_mm_and_si128(starts, alphanumeric), splat(1)),
            _mm_and_si128(_mm_and_si128(starts, lowercase), splat(32)),
        );
        let sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        let total = _mm_cvtsi128_si32(_mm_add_epi64(sums, _mm_srli_si128::<8>(sums))) as usize;
        ChunkWords {
            spaces: _mm_movemask_epi8(spaces) as u32,
            leads: _mm_movemask_epi8(leads) as u32,
            words: total & 31,
            lowercase_words: total >> 5,
            other_starts: _mm_movemask_epi8(_mm_andnot_si128(alphanumeric, starts)) as u32,
        }
    }
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

/// The end of the line that starts at `start`: after its `\n`, or the end of `bytes`.
fn line_end(bytes: &[u8], start: usize) -> usize {
    let mut index = start;
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(index..index + 16) {
        let found = sse2::newlines(chunk);
        if found != 0 {
            return index + found.trailing_zeros() as usize + 1;
        }
        index += 16;
    }
    bytes[index..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |n| index + n + 1)
}

/// Splits `text` into lines, keeping exact spans. Their shapes are left blank: the caller reads
/// them once it knows the text the line keeps.
pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    while offset < text.len() {
        let end = line_end(text.as_bytes(), offset);
        let chunk = &text[offset..end];
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
    fn latin_1_letters_are_told_as_the_unicode_tables_tell_them() {
        for c in '\0'..='\u{17f}' {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
        }
    }

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
    fn every_space_splits_words_wherever_it_falls_in_a_chunk() {
        let spaces = ('\u{0}'..=char::MAX).filter(|c| c.is_whitespace());
        for space in spaces.chain(['’', '«', '–', '\u{1}', 'é']) {
            for offset in 0..34 {
                let text = format!(
                    "{}{space}Mot suite{space}des mots ici et là, (voilà) encore {space}fin",
                    "a".repeat(offset)
                );
                assert_eq!(count_words(&text), reference_count(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn a_latin_1_character_opening_a_word_is_counted_wherever_it_falls_in_a_chunk() {
        for c in '\u{a0}'..='\u{ff}' {
            for offset in 0..34 {
                let text = format!(
                    "{} {c}tat des mots {c} ici et là, {c}{c} encore des mots {c}",
                    "a".repeat(offset)
                );
                assert_eq!(count_words(&text), reference_count(&text), "{text:?}");
            }
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
    fn lines_end_after_each_line_feed_wherever_it_falls() {
        for length in 0..40 {
            for at in 0..length {
                let mut text = "x".repeat(length);
                text.replace_range(at..=at, "\n");
                let expected: Vec<&str> = text.split_inclusive('\n').collect();
                let found: Vec<&str> = split(&text).iter().map(|l| l.full.slice(&text)).collect();
                assert_eq!(found, expected, "{text:?}");
            }
        }
        assert!(split("").is_empty());
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
