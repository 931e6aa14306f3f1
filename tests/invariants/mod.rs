//! The invariants every result of the core must satisfy, whatever the input.
//!
//! Shared by the proptest suite (`tests/core_properties.rs`) and the fuzz targets (`fuzz/`),
//! so a fuzzer finding and a property failure mean the same thing. Each check returns the
//! first violation as a message naming the offending piece.

#![allow(dead_code)] // Each user calls only some of the checks.

use depeche::clean::{self, CleanOptions, Cleaned};
use depeche::quotes::{self, Quote};
use depeche::{sentences, Lang, Span};
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;

pub type Check = Result<(), String>;

fn ensure(ok: bool, message: impl FnOnce() -> String) -> Check {
    if ok {
        Ok(())
    } else {
        Err(message())
    }
}

/// `span` lies inside `text`, is not reversed and starts and ends on char boundaries.
pub fn valid_span(text: &str, span: Span, what: &str) -> Check {
    ensure(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        || {
            format!(
                "{what} {span:?} is not a valid span of a {}-byte text",
                text.len()
            )
        },
    )
}

/// Sentences: valid, non-empty, trimmed, in order without overlap, and together covering
/// every non-whitespace character of the input.
pub fn check_sentences(text: &str, spans: &[Span]) -> Check {
    let mut previous_end = 0;
    for &span in spans {
        valid_span(text, span, "sentence")?;
        let piece = span.slice(text);
        ensure(!piece.is_empty(), || format!("empty sentence at {span:?}"))?;
        ensure(piece.trim() == piece, || {
            format!("sentence {span:?} is not trimmed: {piece:?}")
        })?;
        ensure(span.start >= previous_end, || {
            format!("sentence {span:?} starts before the previous one ends ({previous_end})")
        })?;
        previous_end = span.end;
    }
    let mut spans = spans.iter().peekable();
    for (i, c) in text.char_indices() {
        while spans.next_if(|s| s.end <= i).is_some() {}
        if c.is_whitespace() {
            continue;
        }
        ensure(spans.peek().is_some_and(|s| s.start <= i), || {
            format!("character {c:?} at byte {i} is in no sentence")
        })?;
    }
    Ok(())
}

/// Quotes: every span (content, speaker mention, cue) valid; content non-empty and not
/// overlapping another quote's content.
pub fn check_quotes(text: &str, found: &[Quote]) -> Check {
    let mut by_position: Vec<&Quote> = found.iter().collect();
    by_position.sort_by_key(|q| q.span);
    let mut previous_end = 0;
    for quote in by_position {
        valid_span(text, quote.span, "quote")?;
        ensure(!quote.span.is_empty(), || {
            format!("empty quote at {:?}", quote.span)
        })?;
        ensure(quote.span.start >= previous_end, || {
            format!(
                "quote {:?} overlaps the previous one (ending at {previous_end})",
                quote.span
            )
        })?;
        previous_end = quote.span.end;
        if let Some(mention) = quote.speaker_span {
            valid_span(text, mention, "speaker mention")?;
            ensure(!mention.is_empty(), || {
                format!("empty speaker mention at {mention:?}")
            })?;
        }
        if let Some(cue) = quote.cue {
            valid_span(text, cue, "cue")?;
        }
        if let Some(speaker) = &quote.speaker {
            ensure(!speaker.trim().is_empty(), || {
                format!("blank speaker name {speaker:?}")
            })?;
        }
    }
    Ok(())
}

/// The words of a text: maximal runs of letters, digits and soft hyphens, after NFC, without
/// their soft hyphens (`clean` applies NFC and joins `Ver\u{ad}sailles`).
pub fn words(text: &str) -> HashSet<String> {
    let normalized: String = text.nfc().collect();
    normalized
        .split(|c: char| !c.is_alphanumeric() && c != '\u{ad}')
        .map(|w| w.replace('\u{ad}', ""))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Clean's report: every edit valid, in input order, none overlapping another, and together
/// they turn the input into the output.
pub fn check_edits(text: &str, cleaned: &Cleaned) -> Check {
    let mut previous_end = 0;
    let mut rebuilt = String::with_capacity(text.len());
    for edit in &cleaned.edits {
        valid_span(text, edit.span, "edit")?;
        ensure(edit.span.start >= previous_end, || {
            format!(
                "edit {:?} ({}) overlaps or precedes the previous one (ending at {previous_end})",
                edit.span,
                edit.category.name()
            )
        })?;
        rebuilt.push_str(&text[previous_end..edit.span.start]);
        rebuilt.push_str(&edit.replacement);
        previous_end = edit.span.end;
    }
    rebuilt.push_str(&text[previous_end..]);
    ensure(rebuilt == cleaned.text, || {
        format!(
            "the edits make {rebuilt:?}, not the output {:?}",
            cleaned.text
        )
    })
}

/// Clean's text: no word that the input lacks.
pub fn check_no_new_word(text: &str, cleaned: &Cleaned) -> Check {
    let known = words(text);
    for word in words(&cleaned.text) {
        ensure(known.contains(&word), || {
            format!("clean invented the word {word:?}")
        })?;
    }
    Ok(())
}

/// Clean twice changes nothing more than clean once.
pub fn check_idempotent(text: &str, lang: Lang, options: &CleanOptions) -> Check {
    let once = clean::clean(text, lang, options).text;
    let twice = clean::clean(&once, lang, options).text;
    ensure(once == twice, || {
        format!("clean is not idempotent: {once:?} became {twice:?}")
    })
}

/// Runs the three functions on `text` and checks every invariant above.
pub fn check_all(text: &str, lang: Lang, options: &CleanOptions) -> Check {
    check_sentences(text, &sentences::split(text, lang))?;
    check_quotes(text, &quotes::extract(text, lang))?;
    let cleaned = clean::clean(text, lang, options);
    check_edits(text, &cleaned)?;
    check_no_new_word(text, &cleaned)?;
    check_idempotent(text, lang, options)
}
