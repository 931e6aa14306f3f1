//! Words and punctuation with byte spans, and the paragraph and sentence structure around them.

use super::doc::lowercase_changes;
use crate::offsets::Span;

/// A word (letters, digits, inner hyphens, an elision apostrophe) or one punctuation char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    pub span: Span,
    pub word: bool,
    /// A word starting with an uppercase letter.
    pub cap: bool,
    /// Inside the content of a quotation.
    pub quoted: bool,
    /// No char that lowercasing changes but ASCII capitals (all ASCII words, and `é`, `l’`):
    /// its lowercase form is its bytes with ASCII capitals lowered, with no char decoding.
    pub plain_lower: bool,
    pub para: u32,
}

fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0x80..=0xbf => matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾'),
        // General punctuation (’ “ ” – — …, spaces): never inside a word.
        0x2000..=0x206f => false,
        // Latin-1 letters and Latin Extended-A/B: the accented letters of European news.
        0xc0..=0x24f => !matches!(c, '×' | '÷'),
        _ => c.is_alphanumeric(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AsciiKind {
    Space,
    Word,
    Punct,
}

/// The kind of each ASCII byte: `char::is_whitespace` spaces, letters and digits, the rest.
const ASCII_KIND: [AsciiKind; 128] = {
    let mut table = [AsciiKind::Punct; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if matches!(byte, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            AsciiKind::Space
        } else if byte.is_ascii_alphanumeric() {
            AsciiKind::Word
        } else {
            AsciiKind::Punct
        };
        b += 1;
    }
    table
};

/// Per byte: an ASCII letter or digit (a table lookup is cheaper than the range tests).
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// How many of the eight bytes of `chunk` (first byte lowest) are ASCII letters or digits
/// before the first other one: all eight tested at once, with no branch per byte (a word's
/// end, at a length no branch predicts, cost more than the tests).
fn ascii_word_run(chunk: u64) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // An ASCII byte plus `0x80 - lo` has its high bit set exactly when it is `lo` or more,
    // with no carry out of it. (A non-ASCII byte may carry into the bytes after it, which
    // its own stop makes moot.)
    let at_least = |x: u64, lo: u8| x.wrapping_add(LOW * u64::from(0x80 - lo));
    let between = |x: u64, lo: u8, hi: u8| at_least(x, lo) & !at_least(x, hi + 1);
    // (Setting 0x20 maps `A-Z` onto `a-z` and nothing else there.)
    let letters = between(chunk | (LOW * 0x20), b'a', b'z');
    let word = (letters | between(chunk, b'0', b'9')) & !chunk & HIGH;
    (!word & HIGH).trailing_zeros() as usize / 8
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '’' | '\'' | 'ʼ')
}

/// The char at byte `i` of `text` (a char boundary), decoding only non-ASCII bytes.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// An apostrophe inside a name rather than an elision: the Breton `c'h` (`Le Floc'h`,
/// `Penmarc’h`; a lone `c'` is the elision of `ce`) and the Irish or West African prefixes
/// `O'` and `N'` before a capital (`O'Neill`, `N'Diaye`; French `n'` elides before a verb),
/// and brand names (`Coop’Alliance`).
/// `word` is `text[start..apostrophe]`, `after` the byte after the apostrophe.
fn name_apostrophe(text: &str, start: usize, apostrophe: usize, after: usize) -> bool {
    let word = &text[start..apostrophe];
    let next = char_at(text, after);
    if word.len() >= 2 && word.ends_with(['c', 'C']) {
        return next == Some('h');
    }
    // `Ndung'u`, `Kang'ethe`, `Ng'ang'a`: in a capitalised name, `ng` then an apostrophe
    // and a vowel spell one sound (no elision or contraction ends in `ng'`).
    let vowel = next.is_some_and(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'));
    if vowel && word.starts_with(char::is_uppercase) && word.ends_with("ng") {
        return true;
    }
    if !next.is_some_and(char::is_uppercase) {
        return false;
    }
    // `Coop’Alliance`, `Bio’Sphère`: a capitalised word of three letters or more glued to a
    // capital is one brand name (an elided `Lorsqu’`, `Jusqu’` is not).
    let brand = word.chars().nth(2).is_some()
        && word.starts_with(char::is_uppercase)
        && !word.to_lowercase().ends_with("qu");
    brand || matches!(word, "O" | "N")
}

/// `’Mamosa`, `’Malineo` (Sesotho names): a right single mark `c` at byte `at`, at a word's
/// start (a space or the line's start before it), glued to a capital and a lowercase letter,
/// opens a name; a quotation never opens with it. The name counts as capitalised.
fn name_opening_apostrophe(text: &str, line_start: usize, at: usize, c: char) -> bool {
    if c != '’' || (at > line_start && !text[..at].ends_with(char::is_whitespace)) {
        return false;
    }
    let mut next = text[at + c.len_utf8()..].chars();
    next.next().is_some_and(char::is_uppercase) && next.next().is_some_and(char::is_lowercase)
}

/// Splits `text` into tokens; `paragraphs` are the line spans, in order.
pub(super) fn tokenize(text: &str, paragraphs: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    for (p, para) in paragraphs.iter().enumerate() {
        // The bytes up to the paragraph's end: a byte past it is out of range, so that one
        // bounds test per byte stands for both.
        let end = para.end;
        let bytes = &text.as_bytes()[..end];
        let mut i = para.start;
        while let Some(&b) = bytes.get(i) {
            let start = i;
            // ASCII by table; other chars decoded.
            // (An ASCII char lowers to ASCII, and only ASCII letters are capitals: no tables.)
            let (word, cap, mut plain_lower) = if b.is_ascii() {
                i += 1;
                match ASCII_KIND[usize::from(b)] {
                    AsciiKind::Space => continue,
                    kind => (kind == AsciiKind::Word, b.is_ascii_uppercase(), true),
                }
            } else {
                let Some(c) = char_at(text, i) else { break };
                i += c.len_utf8();
                if c.is_whitespace() {
                    continue;
                }
                if name_opening_apostrophe(text, para.start, start, c) {
                    (true, true, true)
                } else {
                    (is_word_char(c), c.is_uppercase(), !lowercase_changes(c))
                }
            };
            if !word {
                tokens.push(Token {
                    span: Span::new(start, i),
                    word: false,
                    cap: false,
                    quoted: false,
                    plain_lower,
                    para: p as u32,
                });
                continue;
            }
            loop {
                // Fast path: a run of ASCII letters and digits, eight bytes at a time (byte by
                // byte in the paragraph's last seven).
                loop {
                    let Some(chunk) = bytes
                        .get(i..i + 8)
                        .and_then(|c| <[u8; 8]>::try_from(c).ok())
                    else {
                        while bytes.get(i).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
                            i += 1;
                        }
                        break;
                    };
                    let run = ascii_word_run(u64::from_le_bytes(chunk));
                    i += run;
                    if run < 8 {
                        break;
                    }
                }
                // Past the run, an ASCII byte ends the word unless it is a hyphen or an
                // apostrophe (the usual case: a space or a comma, with no char decoding).
                match bytes.get(i) {
                    Some(&b) if !b.is_ascii() || b == b'-' || b == b'\'' => {}
                    _ => break,
                }
                let Some(d) = char_at(text, i) else {
                    break;
                };
                if is_word_char(d) {
                    plain_lower &= !lowercase_changes(d);
                    i += d.len_utf8();
                    continue;
                }
                let hyphen = matches!(d, '-' | '‑');
                if !hyphen && !is_apostrophe(d) {
                    break;
                }
                let after = i + d.len_utf8();
                let joins = after < end && char_at(text, after).is_some_and(is_word_char);
                // A hyphen joins, and so does an apostrophe inside a name (`Le Floc'h`).
                // (Hyphens and apostrophes lower to themselves: `plain_lower` stays.)
                if joins && (hyphen || name_apostrophe(text, start, i, after)) {
                    i = after;
                } else if is_apostrophe(d) && joins {
                    // An elision (l’, d', qu’) ends its word: the next word stands alone.
                    i = after;
                    break;
                } else {
                    break;
                }
            }
            tokens.push(Token {
                span: Span::new(start, i),
                word: true,
                cap,
                quoted: false,
                plain_lower,
                para: p as u32,
            });
            // `Sandrine*, cuisinière`: a footnote star glued to a word is no punctuation.
            while bytes.get(i) == Some(&b'*') {
                i += 1;
            }
            // The space after a word (most of them), skipped here rather than by a turn of
            // the loop.
            if bytes.get(i) == Some(&b' ') {
                i += 1;
            }
        }
    }
    tokens
}

/// The index of the first token starting at or after byte `at`.
pub(super) fn first_at(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.span.start < at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_table_agrees_with_char_classes() {
        for b in 0u8..128 {
            let c = char::from(b);
            let want = if c.is_whitespace() {
                AsciiKind::Space
            } else if is_word_char(c) {
                AsciiKind::Word
            } else {
                AsciiKind::Punct
            };
            assert!(ASCII_KIND[usize::from(b)] == want, "{b:#x}");
            assert_eq!(ASCII_WORD[usize::from(b)], is_word_char(c), "{b:#x}");
        }
    }

    #[test]
    fn eight_byte_runs_agree_with_the_byte_table() {
        let run = |bytes: [u8; 8]| {
            bytes
                .iter()
                .take_while(|&&b| ASCII_WORD[usize::from(b)])
                .count()
        };
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'a', b'Z', b'5', b' ', 0xc3, 0x80, 0x7f, 0] {
                    let mut bytes = [b'm'; 8];
                    bytes[at] = b;
                    if at + 1 < 8 {
                        bytes[at + 1] = fill;
                    }
                    let got = ascii_word_run(u64::from_le_bytes(bytes));
                    assert_eq!(got, run(bytes), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn elisions_hyphens_and_marks() {
        let text = "« l’OTAN », a-t-il dit à Jean-Michel.";
        let toks = tokenize(text, &[Span::new(0, text.len())]);
        let words: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            words,
            [
                "«",
                "l’",
                "OTAN",
                "»",
                ",",
                "a-t-il",
                "dit",
                "à",
                "Jean-Michel",
                "."
            ]
        );
    }

    #[test]
    fn plain_lower_flag_matches_the_token_text() {
        let text = "« L’État », a-t-il dit à Jean‑Michel d'Ornano, O'Brien et Zoë.";
        let toks = tokenize(text, &[Span::new(0, text.len())]);
        for t in &toks {
            let s = t.span.slice(text);
            assert_eq!(
                t.plain_lower,
                s.to_lowercase() == s.to_ascii_lowercase(),
                "{s}"
            );
        }
    }

    #[test]
    fn name_apostrophes_stay_inside_the_name() {
        let text = "Yves Le Goarc’h et Sean O'Brien, N'Dour. C'hier, c’est l’Ouest, d'Ouessant. \
                    Ndung'u's Kang'ethe.";
        let toks = tokenize(text, &[Span::new(0, text.len())]);
        let words: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            words,
            [
                "Yves",
                "Le",
                "Goarc’h",
                "et",
                "Sean",
                "O'Brien",
                ",",
                "N'Dour",
                ".",
                "C'",
                "hier",
                ",",
                "c’",
                "est",
                "l’",
                "Ouest",
                ",",
                "d'",
                "Ouessant",
                ".",
                "Ndung'u'",
                "s",
                "Kang'ethe",
                "."
            ]
        );
    }
}
