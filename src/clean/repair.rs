//! Repairs inside the kept text: runs of spaces, a missing space after a sentence end, a stray
//! `. .`, a space before a comma, Unicode NFC and (on request) French typographic spaces.

use super::Category;
use super::{CleanOptions, Edit};
use crate::offsets::Span;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Copies the kept piece `span` of `text` (part of one line) to `out`, repairing it and
/// recording each repair in `edits`.
/// `line_start`/`line_end` say whether the piece touches the line's edges (where spaces are
/// trimmed) rather than a removed sentence (where the joining space must stay).
///
/// Most text needs no repair: a cheap scan ([`first_damage`]) finds the places that may, and
/// only the few words around each go through the token-by-token path ([`Repairer::tokens`]);
/// the rest is copied as it is.
pub fn repair(
    text: &str,
    span: Span,
    (line_start, line_end): (bool, bool),
    options: &CleanOptions,
    out: &mut String,
    edits: &mut Vec<Edit>,
) {
    let piece = span.slice(text);
    // Any piece of NFC text is NFC: one check of the whole piece usually spares one per word.
    let check_nfc = options.enables(Category::Unicode) && nfc_quick(piece) != IsNormalized::Yes;
    let mut repairer = Repairer {
        piece,
        offset: span.start,
        line_start,
        line_end,
        options,
        check_nfc,
        out,
        edits,
    };
    if check_nfc {
        repairer.tokens(0, None, piece.len());
        return;
    }
    // `piece[..written]` is written out; it ends at the end of `previous_word`, if any.
    let mut written = 0;
    let mut previous_word: Option<&str> = None;
    while let Some(damage) = first_damage(piece, written, previous_word.is_some(), options) {
        let start = word_start_before(piece, damage, written);
        repairer.out.push_str(&piece[written..start]);
        if start > written {
            previous_word = None;
        }
        (written, previous_word) = repairer.tokens(start, previous_word, damage);
        if written == piece.len() {
            return;
        }
    }
    repairer.out.push_str(&piece[written..]);
}

/// The token-by-token repair of one piece.
struct Repairer<'p, 'o> {
    piece: &'p str,
    /// Where `piece` starts in the text.
    offset: usize,
    line_start: bool,
    line_end: bool,
    options: &'o CleanOptions,
    check_nfc: bool,
    out: &'o mut String,
    edits: &'o mut Vec<Edit>,
}

impl<'p> Repairer<'p, '_> {
    /// Repairs `piece[start..]` token by token, until the first word that ends after `until`;
    /// returns where it stopped and the last word it wrote. `start` is the start of the piece
    /// or of a word, or the end of `previous_word`.
    fn tokens(
        &mut self,
        start: usize,
        mut previous_word: Option<&'p str>,
        until: usize,
    ) -> (usize, Option<&'p str>) {
        let piece = self.piece;
        let options = self.options;
        let mut next = token_at(piece, start);
        while let Some((start, end, is_space)) = next {
            let token = &piece[start..end];
            let following = token_at(piece, end);
            let next_word = following.map(|(s, e, _)| &piece[s..e]);
            let absolute = Span::new(self.offset + start, self.offset + end);
            if !is_space {
                push_word(
                    token,
                    absolute,
                    options,
                    self.check_nfc,
                    self.out,
                    self.edits,
                );
                previous_word = Some(token);
                if end > until {
                    return (end, previous_word);
                }
                next = following;
                continue;
            }
            let edge = (self.line_start && previous_word.is_none())
                || (self.line_end && next_word.is_none());
            let stray_period = next_word == Some(".")
                && previous_word.is_some_and(|w| w.ends_with(['.', '!', '?', '…', '»']));
            if let (true, Some((_, word_end, _))) = (stray_period, following) {
                if options.enables(Category::StrayPunctuation) {
                    let span = Span::new(absolute.start, self.offset + word_end);
                    self.edits
                        .push(edit(span.start, span.end, Category::StrayPunctuation, ""));
                    next = token_at(piece, word_end);
                    continue;
                }
            }
            // Any run that a second pass would see as a plain space goes now, so that
            // `clean` is idempotent; a kept typographic space stays (it is kept again).
            let before_comma = next_word.is_some_and(|w| w.starts_with(','))
                && (options.enables(Category::Typography)
                    || !token.chars().any(is_typographic_space));
            if options.enables(Category::Spaces) && (edge || before_comma) {
                self.edits
                    .push(edit(absolute.start, absolute.end, Category::Spaces, ""));
            } else {
                push_space(token, absolute, options, self.out, self.edits);
            }
            next = following;
        }
        (piece.len(), previous_word)
    }
}

/// The token (`start, end, is_whitespace`) of `piece` that starts at `start`: a run of
/// whitespace or of other characters.
fn token_at(piece: &str, start: usize) -> Option<(usize, usize, bool)> {
    let rest = piece.get(start..)?;
    let first = rest.chars().next()?;
    let is_space = first.is_whitespace();
    let length = rest
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() != is_space)
        .map_or(rest.len(), |(i, _)| i);
    Some((start, start + length, is_space))
}

/// The start of the word before the whitespace run before `damage` (a word, or the
/// whitespace or mark that starts one), not before `floor`: where the token-by-token repair
/// must start to see the words on both sides of the damage.
fn word_start_before(piece: &str, damage: usize, floor: usize) -> usize {
    let mut index = damage;
    let mut back_over = |space: bool| {
        while let Some(c) = piece[floor..index].chars().next_back() {
            if c.is_whitespace() != space {
                break;
            }
            index -= c.len_utf8();
        }
    };
    back_over(false);
    back_over(true);
    back_over(false);
    index
}

/// What the character before a place of [`first_damage`]'s scan was, as far as it cares.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Previous {
    Nothing,
    Space,
    SentenceMark,
    Other,
}

/// Past the plain bytes from `index` (words of bytes that need no decoding and the single
/// spaces between them), one at a time: where they stop and the state there.
fn skip_plain_bytes(bytes: &[u8], mut index: usize, mut previous: Previous) -> (usize, Previous) {
    while let Some(&byte) = bytes.get(index) {
        previous = if PLAIN[usize::from(byte)] {
            Previous::Other
        } else if byte == b' ' && previous == Previous::Other {
            Previous::Space
        } else {
            break;
        };
        index += 1;
    }
    (index, previous)
}

/// Where the first character that [`repair`] might change is in `piece[from..]`, if any:
/// a space at an edge or next to another, a space other than a plain or kept typographic one,
/// a space before `.` or `,`, a sentence mark glued to a capital. `after_word` says whether a
/// word ends at `from`. A cheap scan, many bytes at a time over ASCII letters, that spares the
/// token-by-token path (NFC is checked apart).
fn first_damage(
    piece: &str,
    from: usize,
    after_word: bool,
    options: &CleanOptions,
) -> Option<usize> {
    first_damage_scan::<true>(piece, from, after_word, options)
}

/// [`first_damage`], with the sixteen-byte skip (`WIDE`) or with its byte loop alone (tests
/// compare the two).
#[inline(always)]
fn first_damage_scan<const WIDE: bool>(
    piece: &str,
    from: usize,
    after_word: bool,
    options: &CleanOptions,
) -> Option<usize> {
    let typography = options.enables(Category::Typography);
    let bytes = piece.as_bytes();
    let mut previous = if after_word {
        Previous::Other
    } else {
        Previous::Nothing
    };
    let mut index = from;
    while index < bytes.len() {
        if previous != Previous::SentenceMark {
            // Words of plain bytes and the single spaces between them, with no decoding:
            // sixteen bytes at a time where the CPU can, then one at a time.
            #[cfg(target_arch = "x86_64")]
            if WIDE {
                (index, previous) = sse2::skip_plain(bytes, index, previous);
            }
            (index, previous) = skip_plain_bytes(bytes, index, previous);
            if index == bytes.len() {
                break;
            }
        }
        let byte = bytes[index];
        if byte.is_ascii() {
            previous = match byte {
                b' ' if matches!(previous, Previous::Nothing | Previous::Space) => {
                    return Some(index)
                }
                b' ' => Previous::Space,
                b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => return Some(index),
                b'.' | b',' if previous == Previous::Space => return Some(index),
                b'.' | b'!' | b'?' => Previous::SentenceMark,
                b'A'..=b'Z' if previous == Previous::SentenceMark => return Some(index),
                _ => Previous::Other,
            };
            index += 1;
            continue;
        }
        let c = piece[index..].chars().next()?;
        if c == SOFT_HYPHEN && options.enables(Category::Unicode) {
            return Some(index);
        }
        previous = if c.is_whitespace() {
            let plain = is_typographic_space(c) && !typography;
            if !plain || matches!(previous, Previous::Nothing | Previous::Space) {
                return Some(index);
            }
            Previous::Space
        } else if previous == Previous::SentenceMark && c.is_uppercase() {
            return Some(index);
        } else {
            Previous::Other
        };
        index += c.len_utf8();
    }
    (previous == Previous::Space).then_some(bytes.len())
}

/// Where the byte loop of [`first_damage`], at the stop of the sixteen-byte skip at `at` in the
/// state `previous` (not after a sentence mark), would be once past it with no damage, when it
/// is one of the commonest and leaves that loop in a word's or a space's state: a character
/// led by C2 or E2 that is neither whitespace nor the soft hyphen (`«`, `’`, `–`); a comma
/// after no space; `.`, `!` or `?` and a space (no space before the `.`).
fn pass_stop(bytes: &[u8], at: usize, previous: Previous) -> Option<(usize, Previous)> {
    let after_space = previous == Previous::Space;
    match bytes.get(at..)? {
        [b',', ..] if !after_space => Some((at + 1, Previous::Other)),
        [b'.', b' ', ..] if !after_space => Some((at + 2, Previous::Space)),
        [b'!' | b'?', b' ', ..] => Some((at + 2, Previous::Space)),
        [0xC2, second, ..] if !matches!(second, 0x85 | 0xA0 | 0xAD) => {
            Some((at + 2, Previous::Other))
        }
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => None,
        [0xE2, _, _, ..] => Some((at + 3, Previous::Other)),
        _ => None,
    }
}

const LOW_BITS: u64 = u64::from_le_bytes([0x7f; 8]);
const HIGH_BITS: u64 = !LOW_BITS;

/// The bytes that [`first_damage`] passes over as part of a word: ASCII but whitespace and
/// `. , ! ?`, and every byte of the other characters but those that the lead bytes C2, E1, E2
/// and E3 start, among which are all the non-ASCII spaces and the soft hyphen (`é`, C3 A9,
/// needs no decoding; `«`, `’` and U+00A0 are read as characters).
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = if b.is_ascii() {
            b.is_ascii_graphic() && !matches!(b, b'.' | b',' | b'!' | b'?')
        } else {
            !matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
        };
        byte += 1;
    }
    table
};

/// The plain loop of [`first_damage`] sixteen bytes at a time, with SSE2 (part of every x86_64
/// CPU).
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use super::Previous;
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_max_epu8, _mm_min_epu8, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };

    /// One bit per byte of the first sixteen of `chunk`: those at least `low`.
    #[inline(always)]
    pub fn at_least(chunk: &[u8], low: u8) -> u32 {
        assert!(chunk.len() >= 16);
        // SAFETY: `chunk` holds at least sixteen bytes, read unaligned; SSE2 is baseline on
        // x86_64.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let high = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(low as i8)), v);
            _mm_movemask_epi8(high) as u32
        }
    }

    /// From `index` and `previous` (not after a sentence mark), passes over what the byte loop
    /// of [`super::first_damage`] would (plain bytes, spaces alone after them, and what
    /// [`super::pass_stop`] passes) sixteen bytes at a time; stops at the first byte that loop
    /// needs, or where fewer than sixteen are left. Returns where it stopped and the state there.
    pub fn skip_plain(bytes: &[u8], mut index: usize, mut previous: Previous) -> (usize, Previous) {
        while let Some(chunk) = bytes.get(index..index + 16) {
            let (stops, spaces) = masks(chunk);
            // A space after a space, or first after anything but a word, is damage.
            let space_first_is_bad = u32::from(previous != Previous::Other);
            let bad_spaces = spaces & ((spaces << 1) | space_first_is_bad);
            let end = (stops | bad_spaces).trailing_zeros() as usize;
            if end > 0 {
                let last_is_space = spaces & (1 << (end.min(16) - 1)) != 0;
                previous = if last_is_space {
                    Previous::Space
                } else {
                    Previous::Other
                };
            }
            if end < 16 {
                // The commonest stops (`’`, `«`, `, `, `. `) need a look, not the byte loop.
                match super::pass_stop(bytes, index + end, previous) {
                    Some((next, state)) => (index, previous) = (next, state),
                    None => return (index + end, previous),
                }
                continue;
            }
            index += 16;
        }
        (index, previous)
    }

    /// One bit per byte of the first sixteen of `chunk`: the bytes that are neither plain (see
    /// [`super::PLAIN`]) nor a space, and the spaces.
    #[inline(always)]
    fn masks(chunk: &[u8]) -> (u32, u32) {
        assert!(chunk.len() >= 16);
        // SAFETY: `chunk` holds at least sixteen bytes, read unaligned; SSE2 is baseline on
        // x86_64.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
            // `v | 2` reads `,` as `.`, and 0xE1 as 0xE3.
            let v2 = _mm_or_si128(v, _mm_set1_epi8(2));
            let eq2 = |b: u8| _mm_cmpeq_epi8(v2, _mm_set1_epi8(b as i8));
            // Unsigned `v <= 0x1f`: the control characters.
            let controls = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
            let stops = _mm_or_si128(
                _mm_or_si128(
                    _mm_or_si128(controls, eq(0x7f)),
                    _mm_or_si128(eq2(b'.'), eq(b'!')),
                ),
                _mm_or_si128(
                    _mm_or_si128(eq(b'?'), eq(0xc2)),
                    _mm_or_si128(eq(0xe2), eq2(0xe3)),
                ),
            );
            let stops = _mm_movemask_epi8(stops) as u32;
            let spaces = _mm_movemask_epi8(eq(b' ')) as u32;
            (stops, spaces)
        }
    }
}

/// The first byte from `from` on that is at least 0xCC, the UTF-8 lead byte of U+0300,
/// sixteen (with SSE2) or eight bytes at a time.
fn find_lead_from_u0300(bytes: &[u8], from: usize) -> Option<usize> {
    // (b & 0x7F) + 0x34 reaches 0x80 exactly when b & 0x7F >= 0x4C; it never carries over.
    const SHIFT: u64 = u64::from_le_bytes([0x80 - 0x4c; 8]);
    let mut index = from;
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(index..index + 16) {
        let found = sse2::at_least(chunk, 0xcc);
        if found != 0 {
            return Some(index + found.trailing_zeros() as usize);
        }
        index += 16;
    }
    while let Some(chunk) = bytes.get(index..index + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let flags = ((x & LOW_BITS) + SHIFT) & x & HIGH_BITS;
        if flags != 0 {
            return Some(index + (flags.trailing_zeros() / 8) as usize);
        }
        index += 8;
    }
    let rest = bytes.get(index..)?;
    rest.iter().position(|&b| b >= 0xCC).map(|n| index + n)
}

/// General punctuation (dashes, quotes, bullets, ellipsis): every one is an NFC starter.
const PUNCTUATION_STARTERS: std::ops::RangeInclusive<char> = '\u{2010}'..='\u{205f}';

/// The end of a character of [`PUNCTUATION_STARTERS`] at `start` that starts a run of one
/// (see [`nfc_quick`]), told from its bytes: the common case of French text, so it spares the
/// decoding.
fn lone_punctuation_end(bytes: &[u8], start: usize) -> Option<usize> {
    // U+2010..=U+203F and U+2040..=U+205F.
    let punctuation = matches!(
        bytes.get(start..start + 3)?,
        [0xE2, 0x80, 0x90..=0xBF] | [0xE2, 0x81, 0x80..=0x9F]
    );
    // The next character, if any, is below U+0300 (ASCII, or a lead byte below 0xCC).
    let alone = bytes
        .get(start + 3)
        .is_none_or(|&b| b.is_ascii() || (0xC0..0xCC).contains(&b));
    (punctuation && alone).then_some(start + 3)
}

/// [`is_nfc_quick`] of `text`, reading only its characters from U+0300 on: every character
/// below is a starter that the check passes over (combining class 0, quick check Yes), so
/// each run of the others is checked on its own.
fn nfc_quick(text: &str) -> IsNormalized {
    const FIRST_LEAD: u8 = 0xCC; // The UTF-8 lead byte of U+0300.
    let bytes = text.as_bytes();
    let mut result = IsNormalized::Yes;
    let mut index = 0;
    while let Some(start) = find_lead_from_u0300(bytes, index) {
        if let Some(end) = lone_punctuation_end(bytes, start) {
            index = end;
            continue;
        }
        // The run ends at the next ASCII byte or lead byte of a character below U+0300.
        let end = bytes[start..]
            .iter()
            .position(|&b| b.is_ascii() || (0xC0..FIRST_LEAD).contains(&b))
            .map_or(bytes.len(), |n| start + n);
        let run = text.get(start..end);
        // A lone quote, dash or ellipsis (`’`, `–`, `…`), as in most French text, is NFC.
        let mut chars = run.unwrap_or_default().chars();
        let lone = chars.next().filter(|_| chars.next().is_none());
        if lone.is_some_and(|c| PUNCTUATION_STARTERS.contains(&c)) {
            index = end;
            continue;
        }
        match run.map(|run| is_nfc_quick(run.chars())) {
            Some(IsNormalized::Yes) => {}
            Some(IsNormalized::Maybe) => result = IsNormalized::Maybe,
            Some(IsNormalized::No) | None => return IsNormalized::No,
        }
        index = end;
    }
    result
}

/// An invisible hint where a word may break (`Ver\u{ad}sailles`); pages use it for
/// hyphenation, and it splits the word for search and tokenisers, so the `unicode` repair
/// drops it between two letters or digits (elsewhere, dropping it could bring punctuation or
/// spaces together that a second pass would repair).
pub const SOFT_HYPHEN: char = '\u{ad}';

/// Whether `word` has a soft hyphen between two letters or digits.
fn inner_soft_hyphen(word: &str) -> bool {
    word.contains(SOFT_HYPHEN) && without_inner_soft_hyphens(word).len() < word.len()
}

/// `word` without its soft hyphens that stand between two letters or digits (a run of them
/// counts as one).
fn without_inner_soft_hyphens(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut kept = String::with_capacity(word.len());
    for (index, &c) in chars.iter().enumerate() {
        if c == SOFT_HYPHEN {
            let before = chars[..index].iter().rev().find(|&&b| b != SOFT_HYPHEN);
            let after = chars[index + 1..].iter().find(|&&a| a != SOFT_HYPHEN);
            if before.is_some_and(|b| b.is_alphanumeric())
                && after.is_some_and(|a| a.is_alphanumeric())
            {
                continue;
            }
        }
        kept.push(c);
    }
    kept
}

fn edit(start: usize, end: usize, category: Category, replacement: &str) -> Edit {
    Edit {
        span: Span::new(start, end),
        category,
        replacement: replacement.to_string(),
    }
}

fn is_typographic_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// A whitespace run between two words: one plain space stays, a run becomes one space (one
/// typographic space when the run holds one and typography is kept).
fn push_space(
    run: &str,
    span: Span,
    options: &CleanOptions,
    out: &mut String,
    edits: &mut Vec<Edit>,
) {
    let mut chars = run.chars();
    let single = chars.next().filter(|_| chars.next().is_none());
    match single {
        Some(' ') => out.push(' '),
        Some(c) if is_typographic_space(c) => {
            if options.enables(Category::Typography) {
                edits.push(edit(span.start, span.end, Category::Typography, " "));
                out.push(' ');
            } else {
                out.push(c);
            }
        }
        _ if options.enables(Category::Spaces) => {
            let typographic = run.chars().find(|&c| is_typographic_space(c));
            let replacement = match typographic {
                Some(c) if !options.enables(Category::Typography) => c.to_string(),
                _ => " ".to_string(),
            };
            out.push_str(&replacement);
            edits.push(edit(span.start, span.end, Category::Spaces, &replacement));
        }
        _ => out.push_str(run),
    }
}

/// Byte offsets of sentence marks in `word` that lack the space after them
/// (`Ukraine.Certaines`), never in `U.S.`, `3.5`, `example.com`, `J.-C.` or `Mr.Smith`.
fn missing_spaces(word: &str) -> Vec<usize> {
    let inner = &word[..word.char_indices().next_back().map_or(0, |(i, _)| i)];
    if !inner.bytes().any(|b| matches!(b, b'.' | b'!' | b'?')) {
        return Vec::new();
    }
    if word.contains("://") || word.contains("www.") || word.contains('@') {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut found = Vec::new();
    for (k, &(offset, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') || k + 2 >= chars.len() {
            continue;
        }
        let capital_word_after = chars[k + 1].1.is_uppercase() && chars[k + 2].1.is_lowercase();
        if capital_word_after && ends_a_sentence(&chars[..k], c) {
            found.push(offset);
        }
    }
    found
}

/// Whether the word part `before` a glued `.`/`!`/`?` ends a sentence: a word of three
/// letters or more ending in lowercase (`pleuvait.Demain`) or all capitals (`OTAN.La`), a
/// number of two digits or more that is no decimal (`120.Le`), or nothing at all for `?`/`!`
/// (French spacing, `maintenant ?Personne`). `Mr.Smith`, `U.S.The`, `3.5` and `1.Item` stay.
fn ends_a_sentence(before: &[(usize, char)], mark: char) -> bool {
    let Some(&(_, last)) = before.last() else {
        return mark != '.';
    };
    let run = |pred: fn(&char) -> bool| before.iter().rev().take_while(|(_, c)| pred(c)).count();
    let letters = run(|c| c.is_alphabetic());
    if letters >= 3 {
        let upper = run(|c| c.is_uppercase());
        let lowercase_end = last.is_lowercase() && before[before.len() - 2].1.is_lowercase();
        return lowercase_end || upper == letters;
    }
    let digits = run(char::is_ascii_digit);
    digits >= 2
        && (digits == before.len() || !matches!(before[before.len() - digits - 1].1, '.' | ','))
}

fn push_word(
    word: &str,
    span: Span,
    options: &CleanOptions,
    check_nfc: bool,
    out: &mut String,
    edits: &mut Vec<Edit>,
) {
    let gaps = if options.enables(Category::MissingSpace) {
        missing_spaces(word)
    } else {
        Vec::new()
    };
    let needs_nfc = check_nfc && nfc_quick(word) != IsNormalized::Yes;
    let soft_hyphens = options.enables(Category::Unicode) && inner_soft_hyphen(word);
    if needs_nfc || soft_hyphens {
        let mut spaced = word.to_string();
        for &offset in gaps.iter().rev() {
            spaced.insert(offset + 1, ' ');
        }
        if soft_hyphens {
            spaced = without_inner_soft_hyphens(&spaced);
        }
        let normalized: String = spaced.nfc().collect();
        if normalized != word {
            out.push_str(&normalized);
            edits.push(edit(span.start, span.end, Category::Unicode, &normalized));
            return;
        }
    }
    let mut last = 0;
    for offset in gaps {
        out.push_str(&word[last..=offset]);
        out.push(' ');
        let mark = &word[offset..=offset];
        edits.push(edit(
            span.start + offset,
            span.start + offset + 1,
            Category::MissingSpace,
            &format!("{mark} "),
        ));
        last = offset + 1;
    }
    out.push_str(&word[last..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(text: &str, options: CleanOptions) -> (String, Vec<Edit>) {
        let mut out = String::new();
        let mut edits = Vec::new();
        repair(
            text,
            Span::new(0, text.len()),
            (true, true),
            &options,
            &mut out,
            &mut edits,
        );
        (out, edits)
    }

    /// The token-by-token path over the whole piece: what [`repair`] must give.
    fn repaired_token_by_token(text: &str, options: CleanOptions) -> (String, Vec<Edit>) {
        let mut out = String::new();
        let mut edits = Vec::new();
        let mut repairer = Repairer {
            piece: text,
            offset: 0,
            line_start: true,
            line_end: true,
            options: &options,
            check_nfc: options.enables(Category::Unicode) && nfc_quick(text) != IsNormalized::Yes,
            out: &mut out,
            edits: &mut edits,
        };
        repairer.tokens(0, None, text.len());
        (out, edits)
    }

    proptest::proptest! {
        #[test]
        fn repairing_around_the_damage_is_repairing_everything(
            text in "[a-zA-Z .,!?»é’\u{ad}\u{a0}\u{202f}\u{2003}\t\u{1}\u{7f}]{0,80}",
            typography in proptest::bool::ANY,
        ) {
            let options = CleanOptions::default().with(Category::Typography, typography);
            proptest::prop_assert_eq!(
                repaired(&text, options),
                repaired_token_by_token(&text, options)
            );
        }
    }

    #[test]
    fn sixteen_bytes_at_a_time_find_the_damage_the_byte_loop_finds() {
        let samples = [
            "mot", "Mot", " ", "  ", ".", ",", "!", "?", "é", "É", "«", "»", "’", "–", "\t",
            "\u{7f}", "\u{1680}", "\u{3000}", "\u{e1}", "\u{a0}", "\u{ad}", "\u{85}", "\u{202f}",
            "\u{2003}", "\u{2028}", "\u{205f}", "\u{2060}", "\u{2010}", "\u{20ac}", ". ", ", ",
        ];
        let mut seed = 7u64;
        for round in 0..6000 {
            let mut text = String::new();
            while text.len() < 20 + round % 40 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(samples[(seed >> 33) as usize % samples.len()]);
            }
            for typography in [false, true] {
                let options = CleanOptions::default().with(Category::Typography, typography);
                for after_word in [false, true] {
                    assert_eq!(
                        first_damage(&text, 0, after_word, &options),
                        first_damage_scan::<false>(&text, 0, after_word, &options),
                        "{text:?} {typography} {after_word}"
                    );
                }
            }
        }
    }

    #[test]
    fn missing_space_after_sentence_end_only() {
        let (out, edits) = repaired(
            "Il pleuvait.Demain il fera beau. Les U.S. et 3.5 et site.com et J.-C. et Mr.Smith.",
            CleanOptions::default(),
        );
        assert_eq!(
            out,
            "Il pleuvait. Demain il fera beau. Les U.S. et 3.5 et site.com et J.-C. et Mr.Smith."
        );
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].category, Category::MissingSpace);
        assert_eq!(edits[0].replacement, ". ");
    }

    #[test]
    fn missing_space_after_numbers_acronyms_and_spaced_question_marks() {
        let (out, edits) = repaired(
            "par 21 voix contre 120.Le texte de l’OTAN.La suite maintenant ?Personne ne sait.",
            CleanOptions::default(),
        );
        assert_eq!(
            out,
            "par 21 voix contre 120. Le texte de l’OTAN. La suite maintenant ? Personne ne sait."
        );
        assert_eq!(edits.len(), 3);
        let (kept, edits) = repaired(
            "Le 1.Item et 3,14.Pi et U.S.The et Mr.Smith et ok.Go",
            CleanOptions::default(),
        );
        assert_eq!(kept, "Le 1.Item et 3,14.Pi et U.S.The et Mr.Smith et ok.Go");
        assert!(edits.is_empty());
    }

    #[test]
    fn any_plain_whitespace_before_a_comma_goes_in_one_pass() {
        for text in ["le\r, la", "le\u{b}, la", "le\u{3000}, la", "le \t , la"] {
            let (out, _) = repaired(text, CleanOptions::default());
            assert_eq!(out, "le, la", "{text:?}");
        }
        let (kept, _) = repaired("« oui »\u{a0}, dit-il", CleanOptions::default());
        assert_eq!(kept, "« oui »\u{a0}, dit-il");
    }

    #[test]
    fn stray_period_and_space_before_comma() {
        let (out, _) = repaired(
            "Elle est partie. . Puis « oui » , dit-il.",
            CleanOptions::default(),
        );
        assert_eq!(out, "Elle est partie. Puis « oui », dit-il.");
    }

    #[test]
    fn french_spaces_are_kept_unless_typography_is_asked() {
        let text = "Il a dit\u{a0}: «\u{a0}non\u{a0}»  !";
        let (kept, _) = repaired(text, CleanOptions::default());
        assert_eq!(kept, "Il a dit\u{a0}: «\u{a0}non\u{a0}» !");
        let (plain, _) = repaired(
            text,
            CleanOptions::default().with(Category::Typography, true),
        );
        assert_eq!(plain, "Il a dit : « non » !");
    }

    #[test]
    fn characters_below_u0300_are_nfc_starters() {
        // What `nfc_quick` relies on to skip them.
        use unicode_normalization::char::canonical_combining_class;
        for c in '\0'..'\u{300}' {
            assert_eq!(is_nfc_quick([c].into_iter()), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        assert_ne!(canonical_combining_class('\u{300}'), 0);
        for c in PUNCTUATION_STARTERS {
            assert_eq!(is_nfc_quick([c].into_iter()), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn leads_from_u0300_are_found_eight_bytes_at_a_time(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40),
            from in 0usize..40,
        ) {
            let expected = bytes.iter().enumerate().skip(from).find(|(_, &b)| b >= 0xCC).map(|(i, _)| i);
            proptest::prop_assert_eq!(find_lead_from_u0300(&bytes, from), expected);
        }
    }

    #[test]
    fn nfc_quick_agrees_with_the_full_check() {
        let cases = [
            "",
            "plain ascii",
            "déjà l’été « oui »",
            "cafe\u{301}",
            "e\u{301}\u{316}",
            "e\u{316}\u{301}",
            "x\u{340}y",
            "\u{1100}\u{1161} et \u{ac00}",
            "ok \u{300}",
            "é\u{301}",
            "l’été – oui…",
            "’\u{301}",
            "\u{2019}\u{316}\u{301}",
            "\u{2010}\u{205f}\u{2060}\u{200f}é–\u{2019}ok",
            "–\u{2019}",
        ];
        for text in cases {
            assert_eq!(nfc_quick(text), is_nfc_quick(text.chars()), "{text:?}");
        }
    }

    #[test]
    fn spaces_and_soft_hyphens_never_start_with_a_plain_byte() {
        for c in ('\u{80}'..=char::MAX).filter(|&c| c.is_whitespace() || c == SOFT_HYPHEN) {
            let mut utf8 = [0; 4];
            let lead = c.encode_utf8(&mut utf8).as_bytes()[0];
            assert!(!PLAIN[usize::from(lead)], "{c:?}");
        }
    }

    #[test]
    fn lone_punctuation_is_told_from_its_bytes() {
        for c in '\u{1fff}'..='\u{2070}' {
            for next in ["", "a", "é", "\u{301}", "\u{2019}"] {
                let text = format!("{c}{next}");
                let lone = PUNCTUATION_STARTERS.contains(&c) && next.chars().all(|n| n < '\u{300}');
                let expected = lone.then_some(c.len_utf8());
                assert_eq!(
                    lone_punctuation_end(text.as_bytes(), 0),
                    expected,
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn soft_hyphens_inside_words_go_with_the_unicode_repair() {
        let text = "La ré\u{ad}forme de Ver\u{ad}\u{ad}sailles.Elle \u{ad} passe\u{ad}";
        let (out, edits) = repaired(text, CleanOptions::default());
        assert_eq!(out, "La réforme de Versailles. Elle \u{ad} passe\u{ad}");
        let unicode: Vec<&str> = edits
            .iter()
            .filter(|e| e.category == Category::Unicode)
            .map(|e| e.span.slice(text))
            .collect();
        assert_eq!(unicode, ["ré\u{ad}forme", "Ver\u{ad}\u{ad}sailles.Elle"]);
        let kept = CleanOptions::default().with(Category::Unicode, false);
        assert!(repaired(text, kept).0.contains("ré\u{ad}forme"));
    }

    #[test]
    fn nfc_is_reported_per_word() {
        let text = "Un cafe\u{301} noir";
        let (out, edits) = repaired(text, CleanOptions::default());
        assert_eq!(out, "Un café noir");
        assert_eq!(edits[0].span.slice(text), "cafe\u{301}");
    }
}
