//! Quotation extraction with cue, kind and canonical speaker, for French and English news.
//!
//! [`extract`] finds every quotation of a text in four steps, each in its own module:
//!
//! 1. `marks` pairs quotation marks paragraph by paragraph: « » (with or without NBSP/NNBSP
//!    padding), “ ”, „ “, ‹ ›, straight `"`, and in English ‘ ’ and straight `'` (British
//!    outer marks, or inner quotes inside double marks). Nested quotes stay part of the outer
//!    one; an apostrophe is never a mark (l’Ukraine, d'« hystérie », don't, the Smiths’ house). Stray, reversed or unbalanced marks are handled locally: a stray
//!    closing mark is ignored and an unclosed quote ends at the end of its paragraph.
//! 2. `attribution` finds who said it and with which words (`cue`): an incise inside the
//!    marks, an attribution after them (`», a déclaré X`, `a-t-il ajouté`, `," she said`,
//!    `said X`, `selon X`, `according to X`), a colon introduction, or the subject of a speech
//!    verb earlier in the sentence. The words come from `src/lang/data/<code>/quotes.txt`.
//! 3. `people` resolves the mention to the canonical name within the document: surnames and
//!    titles (`M. Stoltenberg`) to the full name, roles and appositions (`le porte-parole ...,
//!    Igor Konashenkov`) to the named person, pronouns (`il` in `a-t-il déclaré`, `she`) by
//!    recency and gender; organisations are speakers too; an addressee (`au journaliste X`,
//!    `told X`) never is. A spokesperson speaks for its body (`une porte-parole du ministère`
//!    is the ministry named before); an unnamed source is named by its role, cut after the
//!    head noun (`un cariste de l'entreprise` -> `cariste`), and later pronouns and `cette
//!    source` / `the person` refer to it; a body given a short name in brackets goes by its full
//!    name (`l'Agence régionale de santé (ARS) ... l'ARS a indiqué` -> `Agence régionale de
//!    santé`, the mention staying `l'ARS`). `None` when nobody is identifiable.
//! 4. `assign` applies the inheritance rules: the pieces of an interrupted quote and of a
//!    multi-paragraph quote share one speaker, a follow-on quote with no cue takes the previous
//!    speaker of its paragraph, and a headline quote takes the speaker of the body.
//!
//! An interrupted quote (`« A, a-t-il dit, B. »`) yields one [`Quote`] per piece; a quote
//! spread over paragraphs (an opening mark on each, the closing one only at the end) yields one
//! piece per paragraph.
//!
//! **Names are not quotations.** Marks around the title of a work or the name of an event,
//! operation or product (l'opération « Bouclier d'hiver », the film "Oppenheimer", the app
//! "SafeRoute") are not returned at all: a short capitalised content right after a naming
//! noun (`[naming_nouns]` in the data files) or a reflexive naming verb (`s'appellera « … »`),
//! a title-case fragment inside the author's sentence with no attribution right at it, a
//! title after the colon of a related-article line (`Lire aussi : « … »`, `[related_labels]`),
//! or a bill's purpose (`la proposition de loi visant à « … »`, `[purpose_links]`).

mod assign;
mod attribution;
mod doc;
mod kind;
mod lexicon;
mod marks;
mod np;
mod people;
mod tokens;

use crate::lang::Lang;
pub(crate) use crate::offsets::Span;

/// What a pair of marks holds.
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

/// The lines of `text`, without their line breaks.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    // (As `split_inclusive('\n')`, with memchr's vectorised search for the line feeds.)
    while start < text.len() {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |k| start + k + 1);
        let body = text[start..end].trim_end_matches(['\n', '\r']);
        out.push(Span::new(start, start + body.len()));
        start = end;
    }
    out
}

#[cfg(test)]
#[test]
fn paragraphs_are_the_lines_split_inclusive_gives() {
    let texts = [
        "",
        "\n",
        "a",
        "a\n",
        "\r\n\r\nb\r",
        "« Un », dit-il.\n\nDeux\n",
    ];
    let long = format!(
        "{}\n{}\r\n\n{}",
        "é".repeat(20),
        "x".repeat(37),
        "y".repeat(16)
    );
    for text in texts.iter().copied().chain([long.as_str()]) {
        let mut want = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            want.push(Span::new(start, start + body.len()));
            start += line.len();
        }
        assert_eq!(paragraphs(text), want, "{text:?}");
    }
}

/// For each paragraph, whether the next non-blank one opens with `‘` or `'` (a British quote
/// going on), in one backward pass.
fn followed_by_single_mark(text: &str, paragraphs: &[Span]) -> Vec<bool> {
    let mut out = vec![false; paragraphs.len()];
    let mut next_opens = false;
    for (p, span) in paragraphs.iter().enumerate().rev() {
        out[p] = next_opens;
        let body = span.slice(text).trim_start();
        if !body.is_empty() {
            next_opens = marks::opens_with_single_mark(body);
        }
    }
    out
}

/// Every quotation in `text`, in order of appearance.
pub fn extract(text: &str, lang: Lang) -> Vec<Quote> {
    let english = lang == Lang::En;
    // Pairing scans bytes for mark lead bytes, so a text with no marks costs one quick pass.
    let paragraphs = paragraphs(text);
    let continued = if english {
        followed_by_single_mark(text, &paragraphs)
    } else {
        vec![false; paragraphs.len()]
    };
    let mut marked: Vec<_> = paragraphs
        .iter()
        .enumerate()
        .flat_map(|(p, span)| {
            marks::pair(text, *span, english, continued[p])
                .into_iter()
                .map(move |m| (p, m))
        })
        .collect();
    if marked.is_empty() {
        return Vec::new();
    }
    let mut tokens = tokens::tokenize(text, &paragraphs);
    // `Rodolfo “Dodong” Ticbaen`: a nickname's marks quote nothing, and its tokens go, so that
    // the name around it reads whole.
    if english {
        let nicknames: Vec<Span> = marked
            .iter()
            .filter(|(_, m)| marks::is_nickname(text, m))
            .filter_map(|(_, m)| m.close.map(|c| Span::new(m.open.start, c.end)))
            .collect();
        if !nicknames.is_empty() {
            marked.retain(|(_, m)| !nicknames.iter().any(|n| n.start == m.open.start));
            tokens.retain(|t| {
                !nicknames
                    .iter()
                    .any(|n| n.start <= t.span.start && t.span.end <= n.end)
            });
            if marked.is_empty() {
                return Vec::new();
            }
        }
    }
    let ascii_lower = text.to_ascii_lowercase();
    let doc = doc::Doc::new(
        text,
        &ascii_lower,
        lexicon::Lexicon::of(lang),
        english,
        tokens,
        paragraphs,
        marked,
    );
    assign::quotations(&doc)
}

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_documents;
#[cfg(test)]
mod tests_en10;
#[cfg(test)]
mod tests_en11;
#[cfg(test)]
mod tests_en13;
#[cfg(test)]
mod tests_en15;
#[cfg(test)]
mod tests_en16;
#[cfg(test)]
mod tests_en18;
#[cfg(test)]
mod tests_en19;
#[cfg(test)]
mod tests_en20;
#[cfg(test)]
mod tests_en21;
#[cfg(test)]
mod tests_en22;
#[cfg(test)]
mod tests_en23;
#[cfg(test)]
mod tests_en24;
#[cfg(test)]
mod tests_en25;
#[cfg(test)]
mod tests_en26;
#[cfg(test)]
mod tests_en27;
#[cfg(test)]
mod tests_en27b;
#[cfg(test)]
mod tests_en28;
#[cfg(test)]
mod tests_en29;
#[cfg(test)]
mod tests_en30;
#[cfg(test)]
mod tests_en31;
#[cfg(test)]
mod tests_en32;
#[cfg(test)]
mod tests_en33;
#[cfg(test)]
mod tests_en34;
#[cfg(test)]
mod tests_en34b;
#[cfg(test)]
mod tests_en35;
#[cfg(test)]
mod tests_en36;
#[cfg(test)]
mod tests_en36b;
#[cfg(test)]
mod tests_en37;
#[cfg(test)]
mod tests_en38;
#[cfg(test)]
mod tests_en39;
#[cfg(test)]
mod tests_en40;
#[cfg(test)]
mod tests_en40b;
#[cfg(test)]
mod tests_en41;
#[cfg(test)]
mod tests_en42;
#[cfg(test)]
mod tests_en43;
#[cfg(test)]
mod tests_en44;
#[cfg(test)]
mod tests_en45;
#[cfg(test)]
mod tests_en45b;
#[cfg(test)]
mod tests_en46;
#[cfg(test)]
mod tests_en46b;
#[cfg(test)]
mod tests_en47;
#[cfg(test)]
mod tests_en47b;
#[cfg(test)]
mod tests_en48;
#[cfg(test)]
mod tests_en8;
#[cfg(test)]
mod tests_en9;
#[cfg(test)]
mod tests_en_left;
#[cfg(test)]
mod tests_en_left2;
#[cfg(test)]
mod tests_en_left3;
#[cfg(test)]
mod tests_en_left4;
#[cfg(test)]
mod tests_fr10;
#[cfg(test)]
mod tests_fr11;
#[cfg(test)]
mod tests_fr13;
#[cfg(test)]
mod tests_fr15;
#[cfg(test)]
mod tests_fr16;
#[cfg(test)]
mod tests_fr18a;
#[cfg(test)]
mod tests_fr18b;
#[cfg(test)]
mod tests_fr19;
#[cfg(test)]
mod tests_fr20;
#[cfg(test)]
mod tests_fr21;
#[cfg(test)]
mod tests_fr22;
#[cfg(test)]
mod tests_fr23;
#[cfg(test)]
mod tests_fr24;
#[cfg(test)]
mod tests_fr25;
#[cfg(test)]
mod tests_fr26;
#[cfg(test)]
mod tests_fr27;
#[cfg(test)]
mod tests_fr27b;
#[cfg(test)]
mod tests_fr28;
#[cfg(test)]
mod tests_fr29;
#[cfg(test)]
mod tests_fr30;
#[cfg(test)]
mod tests_fr31;
#[cfg(test)]
mod tests_fr32;
#[cfg(test)]
mod tests_fr33;
#[cfg(test)]
mod tests_fr34;
#[cfg(test)]
mod tests_fr35;
#[cfg(test)]
mod tests_fr36;
#[cfg(test)]
mod tests_fr36b;
#[cfg(test)]
mod tests_fr37;
#[cfg(test)]
mod tests_fr38;
#[cfg(test)]
mod tests_fr39;
#[cfg(test)]
mod tests_fr40;
#[cfg(test)]
mod tests_fr41;
#[cfg(test)]
mod tests_fr42;
#[cfg(test)]
mod tests_fr43;
#[cfg(test)]
mod tests_fr44;
#[cfg(test)]
mod tests_fr45;
#[cfg(test)]
mod tests_fr46;
#[cfg(test)]
mod tests_fr47;
#[cfg(test)]
mod tests_fr48;
#[cfg(test)]
mod tests_fr8;
#[cfg(test)]
mod tests_fr9;
#[cfg(test)]
mod tests_fr_left;
#[cfg(test)]
mod tests_fr_left2;
#[cfg(test)]
mod tests_fr_left3;
#[cfg(test)]
mod tests_fr_left4;
#[cfg(test)]
mod tests_fr_left5;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_single;
