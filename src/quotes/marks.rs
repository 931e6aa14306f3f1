//! Pairing quotation marks within a paragraph.
//!
//! Each mark is classified by what flanks it (an opening mark is followed by text and preceded
//! by a space or the paragraph start; a closing mark the reverse), then paired with a stack so
//! that nested quotes stay inside the outer one. Stray closing marks are ignored; a quote still
//! open at the end of its paragraph ends there. Nothing here can fail on unbalanced input.
//! In English a straight `'` is an inner mark inside a double-mark quote, and outside any quote
//! an outer mark when [`straight`] pairs it from the evidence of its whole paragraph.

mod nickname;
mod straight;

pub(super) use nickname::is_nickname;

use crate::offsets::Span;

/// One outermost pair of marks (or an opening mark left unclosed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Marked {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quote runs to the end of its paragraph.
    pub close: Option<Span>,
    /// Everything between the marks (or up to the paragraph end), untrimmed.
    pub inner: Span,
}

/// Whether `c` may be a quotation mark (a cheap pre-filter).
pub(super) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '"' | '‘' | '’' | '\''
    )
}

/// The first byte at or after `from` that may start a mark: `"`, `'`, or the lead byte C2
/// (« ») or E2 (“ ” „ ‹ › ‘ ’). Sixteen (with SSE2) or eight bytes at a time, as most of a
/// text holds none.
fn next_mark_byte(bytes: &[u8], from: usize) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A nonzero result iff some byte of `word` equals `b`.
    let has = |word: u64, b: u8| {
        let x = word ^ (LOW * u64::from(b));
        x.wrapping_sub(LOW) & !x & HIGH
    };
    let is_candidate = |b: &u8| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2);
    let mut at = from;
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(at..at + 16) {
        let found = sse2::candidates(chunk);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize);
        }
        at += 16;
    }
    let rest = bytes.get(at..)?;
    let mut chunks = rest.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        if has(word, b'"') | has(word, b'\'') | has(word, 0xC2) | has(word, 0xE2) != 0 {
            return chunk.iter().position(is_candidate).map(|k| at + k);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(is_candidate)
        .map(|k| at + k)
}

/// The candidate test of [`next_mark_byte`] sixteen bytes at a time, with SSE2 (part of every
/// x86_64 CPU).
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };

    /// One bit per byte of the first sixteen of `chunk`: those that may start a mark (`"`,
    /// `'`, 0xC2, 0xE2).
    #[inline(always)]
    pub fn candidates(chunk: &[u8]) -> u32 {
        assert!(chunk.len() >= 16);
        // SAFETY: `chunk` holds at least sixteen bytes, read unaligned; SSE2 is baseline on
        // x86_64.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
            let hits = _mm_or_si128(
                _mm_or_si128(eq(b'"'), eq(b'\'')),
                _mm_or_si128(eq(0xc2), eq(0xe2)),
            );
            _mm_movemask_epi8(hits) as u32
        }
    }
}

struct Open {
    mark: char,
    at: Span,
    closers: &'static [char],
    /// For a straight single outer mark: the byte of the paragraph where its closing mark
    /// is (`usize::MAX` when it runs to the paragraph end). Other `'` inside are apostrophes.
    straight_close: Option<usize>,
}

/// Deeper nesting is treated as text of the quote already open: real quotes nest two or three
/// levels, and a cap keeps a run of 100 000 opening marks linear.
const MAX_DEPTH: usize = 8;

enum Role {
    Open(&'static [char]),
    Close(usize),
    Ignore,
}

fn is_opening_context(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '['
                | '{'
                | '—'
                | '–'
                | '-'
                | '/'
                | ':'
                | '«'
                | '“'
                | '„'
                | '‹'
                | '"'
                | '‘'
                | '’'
                | '\''
        )
}

fn is_closing_context(c: char) -> bool {
    c.is_whitespace() || (!c.is_alphanumeric() && !matches!(c, '«' | '“' | '„' | '‹'))
}

/// Whether a paragraph (trimmed) opens with a single quotation mark, `‘` or a straight `'`
/// that is no elision (`'90s`).
pub(super) fn opens_with_single_mark(body: &str) -> bool {
    match body.strip_prefix('\'') {
        Some(rest) => straight::opens_quote(rest),
        None => body.starts_with('‘'),
    }
}

/// Pairs the marks of one paragraph (`para` is a span of `text` with no line break inside).
/// `continued`: the next paragraph opens with `‘` or `'`, so a British quote may run on into it.
pub(super) fn pair(text: &str, para: Span, english: bool, continued: bool) -> Vec<Marked> {
    let body = para.slice(text);
    let bytes = body.as_bytes();
    let mut found = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut from = 0;
    // Straight single outer marks, paired on the first one met outside any quote.
    let mut singles: Option<(Vec<straight::SinglePair>, usize)> = None;
    // Every mark is ASCII or starts with byte C2 (« ») or E2 (“ ” „ ‹ › ‘ ’): scan bytes.
    while let Some(at) = next_mark_byte(bytes, from) {
        let Some(c) = body[at..].chars().next() else {
            break;
        };
        from = at + c.len_utf8();
        if !is_mark(c) {
            continue;
        }
        // An apostrophe matters only inside a quote that a single mark may close or open.
        let single_context = match c {
            '’' => closable(&stack, '’').is_some(),
            '\'' => english,
            _ => true,
        };
        if !single_context {
            continue;
        }
        let prev = body[..at].chars().next_back();
        let rest = &body[at + c.len_utf8()..];
        let next = rest.chars().next();
        let span = Span::new(para.start + at, para.start + at + c.len_utf8());
        // Inside a double-mark quote, `'` is an inner mark (`classify` below).
        let straight = (c == '\'')
            .then(|| straight_role(body, at, prev, next, &stack, &mut singles, continued))
            .flatten();
        if let Some(role) = straight {
            match role {
                Role::Close(depth) => close(&mut stack, depth, span, &mut found),
                Role::Open(_) => stack.push(Open {
                    mark: c,
                    at: span,
                    closers: &['\''],
                    straight_close: singles
                        .as_ref()
                        .and_then(|(pairs, k)| pairs.get(*k))
                        .map(|p| p.close.unwrap_or(usize::MAX)),
                }),
                Role::Ignore => {}
            }
            continue;
        }
        let left = prev.is_none_or(is_opening_context) && next.is_some_and(|n| !n.is_whitespace());
        let right = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(is_closing_context);
        // `‘… ¶ ‘… ’`: a quote opening a sentence may close only in a later paragraph.
        let runs_on = continued
            && body[..at]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|p| matches!(p, '.' | '!' | '?' | ':' | '…'));
        let role = classify(
            c,
            left,
            right,
            prev,
            next,
            &stack,
            english,
            &body[..at],
            rest,
            runs_on,
        );
        match role {
            Role::Ignore => {}
            Role::Open(_) if stack.len() >= MAX_DEPTH => {}
            Role::Open(closers) => stack.push(Open {
                mark: c,
                at: span,
                closers,
                straight_close: None,
            }),
            Role::Close(depth) => close(&mut stack, depth, span, &mut found),
        }
    }
    if let Some(open) = stack.first() {
        found.push(Marked {
            open: open.at,
            close: None,
            inner: Span::new(open.at.end, para.end),
        });
    }
    found
}

/// Closes the quote open at `depth` (and any left open inside it) with the mark at `span`.
fn close(stack: &mut Vec<Open>, depth: usize, span: Span, found: &mut Vec<Marked>) {
    stack.truncate(depth + 1);
    if let Some(open) = stack.pop() {
        if stack.is_empty() {
            found.push(Marked {
                open: open.at,
                close: Some(span),
                inner: Span::new(open.at.end, span.start),
            });
        }
    }
}

/// The role of a straight `'` at byte `at` of `body` in English, or `None` when it is left to
/// the double-mark rules (inside a `"` or `“` quote, where it is an inner mark). `singles`
/// holds the straight pairs of the paragraph, found on the first opening candidate met
/// outside any quote, and a cursor into them.
fn straight_role(
    body: &str,
    at: usize,
    prev: Option<char>,
    next: Option<char>,
    stack: &[Open],
    singles: &mut Option<(Vec<straight::SinglePair>, usize)>,
    continued: bool,
) -> Option<Role> {
    if let Some(outer) = stack.first() {
        let close_at = outer.straight_close?;
        return Some(if close_at == at {
            Role::Close(0)
        } else {
            Role::Ignore
        });
    }
    if !straight::may_open(prev, next) {
        return Some(Role::Ignore);
    }
    let (pairs, cursor) = singles.get_or_insert_with(|| (straight::pairs(body, at, continued), 0));
    while pairs.get(*cursor).is_some_and(|p| p.open < at) {
        *cursor += 1;
    }
    Some(match pairs.get(*cursor) {
        Some(p) if p.open == at => Role::Open(&['\'']),
        _ => Role::Ignore,
    })
}

/// `‘Residents’ families have…’`: a `’` after an `s` and before a lowercase word, with a later
/// `’` that may close the quote, is a plural possessive, not the closing mark.
fn is_plural_possessive(prev: Option<char>, before: &str, rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    // A bounded look ahead keeps a paragraph of many `s’ a` linear.
    const LOOK_AHEAD: usize = 300;
    if prev != Some('s') || !after.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    // `‘… people’s kindness’ and hoped`: a singular noun in -ss, or a function word after the
    // mark (a conjunction, a preposition: `‘thousands of visitors’ into the town`), means the
    // mark closes.
    if before.ends_with("ss") || straight::never_possessed(after) {
        return false;
    }
    let end = after
        .char_indices()
        .nth(LOOK_AHEAD)
        .map_or(after.len(), |(k, _)| k);
    let after = &after[..end];
    after.match_indices('’').any(|(k, _)| {
        let before = after[..k].chars().next_back();
        let next = after[k + '’'.len_utf8()..].chars().next();
        before.is_some_and(|b| !b.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
    })
}

/// The deepest open quote that `c` can close, if any.
fn closable(stack: &[Open], c: char) -> Option<usize> {
    stack.iter().rposition(|o| o.closers.contains(&c))
}

#[allow(clippy::too_many_arguments)]
fn classify(
    c: char,
    left: bool,
    right: bool,
    prev: Option<char>,
    next: Option<char>,
    stack: &[Open],
    english: bool,
    before: &str,
    rest: &str,
    runs_on: bool,
) -> Role {
    let close_or = |fallback: Role| closable(stack, c).map_or(fallback, Role::Close);
    let word_before = prev.is_some_and(char::is_alphanumeric);
    let word_after = next.is_some_and(char::is_alphanumeric);
    match c {
        '«' => match stack.iter().rposition(|o| o.mark == '»') {
            Some(depth) if right && !left => Role::Close(depth),
            _ => Role::Open(&['»']),
        },
        '»' => {
            if let Some(depth) = closable(stack, '»') {
                Role::Close(depth)
            } else if left && !right {
                Role::Open(&['»', '«'])
            } else {
                Role::Ignore
            }
        }
        '„' => Role::Open(&['“', '”']),
        '“' => {
            if let Some(depth) = stack.iter().rposition(|o| o.mark == '„') {
                Role::Close(depth)
            } else if let (Some(depth), true) = (closable(stack, '“'), right && !left) {
                Role::Close(depth)
            } else {
                Role::Open(&['”', '“'])
            }
        }
        '”' => close_or(if left && !right {
            Role::Open(&['”'])
        } else {
            Role::Ignore
        }),
        '‹' => Role::Open(&['›']),
        '›' => close_or(if left && !right {
            Role::Open(&['›', '‹'])
        } else {
            Role::Ignore
        }),
        '"' => close_or(if left {
            Role::Open(&['"'])
        } else {
            Role::Ignore
        }),
        '‘' => {
            // A top-level ‘ opens a quote only if a closing ’ follows (British style).
            let top_level_ok = english
                && (runs_on || {
                    let mut prev_char = ' ';
                    let mut chars = rest.chars().peekable();
                    let mut found = false;
                    while let Some(r) = chars.next() {
                        if r == '’'
                            && !prev_char.is_whitespace()
                            && chars.peek().is_none_or(|n| !n.is_alphanumeric())
                        {
                            found = true;
                            break;
                        }
                        prev_char = r;
                    }
                    found
                });
            if left && !word_before && word_after && (!stack.is_empty() || top_level_ok) {
                Role::Open(&['’'])
            } else {
                Role::Ignore
            }
        }
        '’' => match closable(stack, '’') {
            Some(depth)
                if !word_after
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && !is_plural_possessive(prev, before, rest) =>
            {
                Role::Close(depth)
            }
            _ => Role::Ignore,
        },
        '\'' if english => match closable(stack, '\'') {
            Some(depth) if !word_after && prev.is_some_and(|p| !p.is_whitespace()) => {
                Role::Close(depth)
            }
            _ if !stack.is_empty() && left && !word_before && word_after => Role::Open(&['\'']),
            _ => Role::Ignore,
        },
        _ => Role::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str, english: bool) -> Vec<(String, bool)> {
        pair(text, Span::new(0, text.len()), english, false)
            .into_iter()
            .map(|m| (m.inner.slice(text).trim().to_string(), m.close.is_some()))
            .collect()
    }

    #[test]
    fn mark_bytes_found_at_every_position_and_start() {
        for len in 0..40 {
            for at in 0..len {
                for b in [b'"', b'\'', 0xc2, 0xe2, b'a', 0xc3, 0x80] {
                    let mut bytes = vec![b'x'; len];
                    bytes[at] = b;
                    for from in 0..=len + 1 {
                        let want = bytes
                            .iter()
                            .enumerate()
                            .skip(from)
                            .find(|(_, b)| matches!(b, b'"' | b'\'' | 0xc2 | 0xe2))
                            .map(|(k, _)| k);
                        assert_eq!(next_mark_byte(&bytes, from), want, "{bytes:?} {from}");
                    }
                }
            }
        }
    }

    #[test]
    fn pairs_guillemets_curly_low_and_straight_marks() {
        let text = "« un » “deux” „drei“ ‹ quatre › \"five\"";
        let got: Vec<String> = contents(text, true).into_iter().map(|c| c.0).collect();
        assert_eq!(got, ["un", "deux", "drei", "quatre", "five"]);
    }

    #[test]
    fn nested_quotes_stay_inside_and_apostrophes_are_not_marks() {
        let text = "“He told me ‘never give up,’ and I haven’t,” she said about the Smiths’ house.";
        assert_eq!(
            contents(text, true),
            [(
                "He told me ‘never give up,’ and I haven’t,".to_string(),
                true
            )]
        );
        let fr = "Il parle d'« hystérie » et de l’Ukraine.";
        assert_eq!(contents(fr, false), [("hystérie".to_string(), true)]);
    }

    #[test]
    fn stray_reversed_and_unclosed_marks_are_handled_locally() {
        let text = "Il a qualifié d' »hystérie » les propos. » Puis « fin ouverte";
        assert_eq!(
            contents(text, false),
            [
                ("hystérie".to_string(), true),
                ("fin ouverte".to_string(), false)
            ]
        );
    }

    #[test]
    fn a_british_quote_runs_on_when_the_next_paragraph_opens_with_a_single_mark() {
        let text = "‘It was cold,’ he said. ‘We waited for hours, and nobody came.";
        let pieces = |continued| {
            pair(text, Span::new(0, text.len()), true, continued)
                .into_iter()
                .map(|m| (m.inner.slice(text).to_string(), m.close.is_some()))
                .collect::<Vec<_>>()
        };
        assert_eq!(pieces(false), [("It was cold,".to_string(), true)]);
        assert_eq!(
            pieces(true),
            [
                ("It was cold,".to_string(), true),
                ("We waited for hours, and nobody came.".to_string(), false)
            ]
        );
    }

    #[test]
    fn a_plural_possessive_inside_single_marks_does_not_close_them() {
        let text = "‘The nurses’ union has been patient,’ she said.";
        assert_eq!(
            contents(text, true),
            [("The nurses’ union has been patient,".to_string(), true)]
        );
    }

    #[test]
    fn a_paragraph_may_open_with_a_straight_single_mark_in_english() {
        let text = "'We fixed the roof ourselves': Village left waiting";
        assert_eq!(
            contents(text, true),
            [("We fixed the roof ourselves".to_string(), true)]
        );
        assert!(contents("'Tis the season, said the Smiths' cousin.", true).is_empty());
    }

    #[test]
    fn inches_and_lone_closers_open_nothing() {
        assert!(contents("A 6\" pipe and a » here.", true).is_empty());
    }
}
