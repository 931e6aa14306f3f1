//! Quotation extraction with cue and speaker.
//!
//! First implementation: pairs « », “ ” and straight double quotes within a paragraph and
//! attributes a quote to a capitalised name right after a speech verb that follows it.

use crate::lang::{Lang, Resource};
use crate::offsets::Span;
use regex::Regex;
use std::sync::OnceLock;

/// What a pair of quotation marks holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A quoted utterance.
    Direct,
    /// A fragment embedded in the author's sentence (a scare quote or a quoted word or phrase).
    Partial,
}

impl QuoteKind {
    pub const fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// One quotation, in byte offsets of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted content, marks and padding excluded.
    pub span: Span,
    pub kind: QuoteKind,
    /// The canonical name of the speaker within the document, if known.
    pub speaker: Option<String>,
    /// The mention that the attribution uses (may be a pronoun or a surname).
    pub speaker_span: Option<Span>,
    /// The attribution words as they appear (`a déclaré`, `said`).
    pub cue: Option<Span>,
}

const PAIRS: [(char, char); 3] = [('«', '»'), ('“', '”'), ('"', '"')];

fn attribution(lang: Lang) -> &'static Regex {
    static TABLES: OnceLock<Vec<Regex>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                // Stems of the infinitives, so any inflection that keeps the stem matches.
                let stems: Vec<String> = l
                    .entries(Resource::Quotes, "speech_verbs")
                    .iter()
                    .map(|v| {
                        let stem = v.trim_end_matches("er").trim_end_matches("re");
                        regex::escape(if stem.len() >= 3 { stem } else { v })
                    })
                    .collect();
                let verbs = if stems.is_empty() {
                    r"[^\s\S]".to_string()
                } else {
                    stems.join("|")
                };
                Regex::new(&format!(
                    r"^\s*,?\s*(?P<cue>(?:\w+(?:-t)?-?\s*)?(?:{verbs})\w*)\s+(?P<name>\p{{Lu}}[\w’'-]*(?:\s+\p{{Lu}}[\w’'-]*)*)"
                ))
                .expect("attribution pattern")
            })
            .collect()
    });
    &tables[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
}

/// Every quotation in `text`, in order of appearance.
pub fn extract(text: &str, lang: Lang) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut offset = 0;
    for paragraph in text.split_inclusive('\n') {
        extract_paragraph(text, paragraph, offset, lang, &mut out);
        offset += paragraph.len();
    }
    out
}

fn extract_paragraph(text: &str, paragraph: &str, offset: usize, lang: Lang, out: &mut Vec<Quote>) {
    let mut pos = 0;
    while pos < paragraph.len() {
        let Some((open_at, close_char)) = paragraph[pos..].char_indices().find_map(|(i, c)| {
            PAIRS
                .iter()
                .find(|(o, _)| *o == c)
                .map(|&(o, close)| (pos + i + o.len_utf8(), close))
        }) else {
            break;
        };
        let Some(close_rel) = paragraph[open_at..].find(close_char) else {
            break;
        };
        let close_at = open_at + close_rel;
        let content = Span::new(offset + open_at, offset + close_at).trim(text);
        pos = close_at + close_char.len_utf8();
        if content.is_empty() {
            continue;
        }
        let words = content.slice(text).split_whitespace().count();
        let kind = if words >= 4 {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
        let mut quote = Quote {
            span: content,
            kind,
            speaker: None,
            speaker_span: None,
            cue: None,
        };
        if let Some(caps) = attribution(lang).captures(&paragraph[pos..]) {
            let (cue, name) = (caps.name("cue"), caps.name("name"));
            if let (Some(cue), Some(name)) = (cue, name) {
                let base = offset + pos;
                quote.cue = Some(Span::new(base + cue.start(), base + cue.end()));
                quote.speaker_span = Some(Span::new(base + name.start(), base + name.end()));
                quote.speaker = Some(name.as_str().to_string());
            }
        }
        out.push(quote);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_guillemets_and_attributes_postposed_speaker() {
        let text = "« Nous ne céderons pas sur ce point », a déclaré Jeanne Martin mardi.";
        let quotes = extract(text, Lang::Fr);
        assert_eq!(quotes.len(), 1);
        assert_eq!(
            quotes[0].span.slice(text),
            "Nous ne céderons pas sur ce point"
        );
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
        assert_eq!(quotes[0].speaker.as_deref(), Some("Jeanne Martin"));
        assert_eq!(quotes[0].cue.map(|c| c.slice(text)), Some("a déclaré"));
    }

    #[test]
    fn a_short_fragment_is_partial_and_unclosed_marks_are_skipped() {
        let text = "Il parle d’une « erreur ». Puis « rien";
        let quotes = extract(text, Lang::Fr);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].span.slice(text), "erreur");
        assert_eq!(quotes[0].kind, QuoteKind::Partial);
    }
}
