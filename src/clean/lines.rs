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
    // Where sixteen bytes at a time may be tried again after a chunk they could not count.
    #[cfg(target_arch = "x86_64")]
    let mut chunks_from = 0;
    while index < bytes.len() {
        #[cfg(target_arch = "x86_64")]
        if !looking && index >= chunks_from {
            let counted = sse2::count_chunks(bytes, index, in_space);
            if counted.end > index {
                words += counted.words;
                lowercase_words += counted.lowercase_words;
                in_space = counted.in_space;
                index = counted.end;
                // A chunk may end inside a character of a word: the rest of it is in the word.
                while !text.is_char_boundary(index) {
                    index += 1;
                }
            }
            // The byte loop takes over up to the byte the chunks stopped at, and past it.
            chunks_from = counted.retry_from.max(index + 1);
        }
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
            looking = !is_alphanumeric(c);
            if !looking {
                words += 1;
                lowercase_words += usize::from(is_lowercase(c));
            }
        }
    }
    (words, lowercase_words)
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
        _mm_cvtsi32_si128, _mm_loadu_si128, _mm_max_epu8, _mm_min_epu8, _mm_movemask_epi8,
        _mm_or_si128, _mm_sad_epu8, _mm_set1_epi8, _mm_setzero_si128, _mm_slli_si128,
        _mm_srli_si128, _mm_sub_epi8,
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

    /// 0xFF at the bytes of `v` that start a space or may start one past its end: C2 before
    /// 85 or A0, E2 before 80 80..=8A, 80 A8, 80 A9, 80 AF or 81 9F, and any byte of the last
    /// two (read only at C2 and E2).
    #[inline(always)]
    unsafe fn spaces_after(v: __m128i) -> __m128i {
        let splat = |b: u8| _mm_set1_epi8(b as i8);
        let next = _mm_srli_si128::<1>(v);
        let third = _mm_srli_si128::<2>(v);
        let is = |m: __m128i, b: u8| _mm_cmpeq_epi8(m, splat(b));
        let low_third = {
            let d = _mm_sub_epi8(third, splat(0x80));
            _mm_cmpeq_epi8(_mm_min_epu8(d, splat(0x0a)), d)
        };
        // 0xA8 and 0xA9 read alike with `| 1`.
        let other_third = _mm_or_si128(is(_mm_or_si128(third, splat(1)), 0xa9), is(third, 0xaf));
        let after_80 = _mm_and_si128(is(next, 0x80), _mm_or_si128(low_third, other_third));
        let after_81 = _mm_and_si128(is(next, 0x81), is(third, 0x9f));
        let after_c2 = _mm_or_si128(is(next, 0x85), is(next, 0xa0));
        let last_two = _mm_slli_si128::<14>(splat(0xff));
        _mm_or_si128(
            _mm_or_si128(after_80, after_81),
            _mm_or_si128(after_c2, last_two),
        )
    }

    /// What [`count_chunks`] counted, and where it stopped.
    pub struct Counted {
        pub end: usize,
        /// Just past the first byte of the chunk at `end` that needs the byte loop.
        pub retry_from: usize,
        pub words: usize,
        pub lowercase_words: usize,
        /// Whether the last byte counted is a space.
        pub in_space: bool,
    }

    /// Counts the words of `bytes` from `index` (outside any token when `in_space`, else inside
    /// a counted one) chunk by chunk, as long as a chunk needs no decoding: every token that
    /// starts in it starts with an ASCII letter or digit or a Latin-1 letter, and it holds no
    /// control character and no byte that may start a non-ASCII space (C2, E1, E2, E3). Stops
    /// at the first chunk that does not, or where fewer than sixteen bytes are left.
    pub fn count_chunks(bytes: &[u8], mut index: usize, mut in_space: bool) -> Counted {
        let (mut words, mut lowercase_words) = (0, 0);
        let mut retry_from = bytes.len();
        while let Some(chunk) = bytes.get(index..index + 16) {
            // SAFETY: `chunk` holds sixteen bytes, read unaligned; SSE2 is baseline on x86_64.
            let counts = unsafe { chunk_counts(chunk, in_space) };
            let (chunk_words, chunk_lowercase) = match counts {
                Ok(counts) => counts,
                Err(bad) => {
                    retry_from = index + bad + 1;
                    break;
                }
            };
            words += chunk_words;
            lowercase_words += chunk_lowercase;
            in_space = chunk[15] == b' ';
            index += 16;
        }
        Counted {
            end: index,
            retry_from,
            words,
            lowercase_words,
            in_space,
        }
    }

    /// The words and lowercase words that start in a chunk of sixteen bytes after a space (when
    /// `in_space`) or inside a word, if it needs no decoding; else the offset of its first
    /// byte that does.
    #[inline(always)]
    unsafe fn chunk_counts(chunk: &[u8], in_space: bool) -> Result<(usize, usize), usize> {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let splat = |b: u8| _mm_set1_epi8(b as i8);
        // Bytes in `low..=high`: `v - low` (wrapping) is at most `high - low`.
        let within = |low: u8, high: u8| {
            let d = _mm_sub_epi8(v, splat(low));
            _mm_cmpeq_epi8(_mm_min_epu8(d, splat(high - low)), d)
        };
        let spaces = _mm_cmpeq_epi8(v, splat(b' '));
        // A Latin-1 letter (`à`, `É`: C3 and a byte) opens as many words of French text as
        // ASCII does: told from its second byte, which must be in the chunk (not at its end,
        // where the shift brings 0). C3 97 and C3 B7 are `×` and `÷`; from C3 9F, lowercase.
        let c3 = _mm_cmpeq_epi8(v, splat(0xc3));
        let next = _mm_srli_si128::<1>(v);
        let next_at_least = |low: u8| _mm_cmpeq_epi8(_mm_max_epu8(next, splat(low)), next);
        let sign = _mm_or_si128(
            _mm_cmpeq_epi8(next, splat(0x97)),
            _mm_cmpeq_epi8(next, splat(0xb7)),
        );
        let latin_letter = _mm_andnot_si128(sign, _mm_and_si128(c3, next_at_least(0x80)));
        let latin_lowercase = _mm_and_si128(latin_letter, next_at_least(0x9f));
        let lowercase = _mm_or_si128(within(b'a', b'z'), latin_lowercase);
        let alphanumeric = _mm_or_si128(
            _mm_or_si128(lowercase, latin_letter),
            _mm_or_si128(within(b'A', b'Z'), within(b'0', b'9')),
        );
        // `v | 2` reads 0xE1 as 0xE3, `v | 0x20` reads 0xC2 as 0xE2.
        let e1_e3 = _mm_cmpeq_epi8(_mm_or_si128(v, splat(2)), splat(0xe3));
        let c2_e2 = _mm_cmpeq_epi8(_mm_or_si128(v, splat(0x20)), splat(0xe2));
        let stops = _mm_or_si128(
            _mm_or_si128(within(0, 0x1f), e1_e3),
            _mm_and_si128(c2_e2, spaces_after(v)),
        );
        // A byte after a space (the first after the chunk before) that is not one starts a
        // token; each must be an ASCII letter or digit.
        let first = _mm_cvtsi32_si128(if in_space { 0xff } else { 0 });
        let after_space = _mm_or_si128(_mm_slli_si128::<1>(spaces), first);
        let starts = _mm_andnot_si128(spaces, after_space);
        let bad = _mm_or_si128(stops, _mm_andnot_si128(alphanumeric, starts));
        let bad = _mm_movemask_epi8(bad);
        if bad != 0 {
            return Err(bad.trailing_zeros() as usize);
        }
        // Count the 0xFF bytes: their low bits, summed by `_mm_sad_epu8` per half.
        let ones = splat(1);
        let count = |m: __m128i| {
            let sums = _mm_sad_epu8(_mm_and_si128(m, ones), _mm_setzero_si128());
            let total = _mm_add_epi64(sums, _mm_srli_si128::<8>(sums));
            _mm_cvtsi128_si32(total) as usize
        };
        Ok((count(starts), count(_mm_and_si128(starts, lowercase))))
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
