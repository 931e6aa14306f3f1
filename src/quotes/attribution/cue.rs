//! Source and opinion cues: `selon X`, `according to X`, a sentence opening on `Pour X,`
//! or `Même colère chez X`, a quotation closed by `pour Greenpeace`. It decides whether the
//! words at a position are such a cue and which person or body it gives the words to.

use super::document::{author_complement, earlier_document_author};
use super::{join, Attribution, How};
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::np::{np_forward, Np, NpKind};

/// Whether token `k` is the first word of a source cue (compared without a lookup: cheap).
/// (Inlined: the callers ask it of every token around a quotation, and the length and first
/// byte rule out nearly all.)
#[inline]
pub(super) fn starts_source_cue(doc: &Doc, k: usize) -> bool {
    let Some(token) = doc.tokens.get(k) else {
        return false;
    };
    let len = token.span.len();
    if len < 64 && doc.lex.source_cue_start_lengths & (1 << len) == 0 {
        return false;
    }
    let first = doc.text.as_bytes()[token.span.start].to_ascii_lowercase();
    doc.lex.source_cue_start_firsts.contains(first) && source_cue_starts_with(doc, k)
}

/// [`starts_source_cue`] past its byte tests.
#[inline(never)]
fn source_cue_starts_with(doc: &Doc, k: usize) -> bool {
    let word = doc.s(k);
    doc.lex.source_cues.iter().any(|c| {
        c.first()
            .is_some_and(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
    })
}

/// `selon X`, `according to X` at token `k`.
pub(super) fn source_cue(doc: &Doc, k: usize, lim: usize) -> Option<Attribution> {
    // A quote that ends the text leaves no token after it.
    if k >= lim.min(doc.len()) || !starts_source_cue(doc, k) {
        return None;
    }
    for cue in &doc.lex.source_cues {
        let matches = cue
            .iter()
            .enumerate()
            .all(|(n, w)| k + n < lim && doc.is_word(k + n) && doc.low(k + n) == w.as_str());
        if matches && !cue.is_empty() {
            let mut end = k + cue.len();
            // `selon l'expression de son entraîneur, X`: the words are the speaker's.
            let wording = doc.has(end, DET)
                && doc.lex.wording_nouns.contains(doc.low(end + 1).as_ref())
                && doc.has(end + 2, LINK);
            if wording && end + 3 < lim {
                end += 3;
            }
            // `according to him,`: an object pronoun ending the cue's phrase.
            let pronoun = || {
                let g = *doc.lex.source_pronouns.get(doc.low(end).as_ref())?;
                doc.is_punct(end + 1, ",").then_some(Np {
                    kind: NpKind::Pronoun(g),
                    first: end,
                    last: end,
                    name: None,
                    head: None,
                    gender: g,
                })
            };
            let np = np_forward(doc, end, lim).or_else(pronoun)?;
            // `according to a witness statement from X`: a document speaks for its author.
            let author = matches!(np.kind, NpKind::Other | NpKind::Role)
                .then(|| {
                    (np.first..=np.last)
                        .find(|&d| doc.lex.document_nouns.contains(doc.low(d).as_ref()))
                })
                .flatten()
                .and_then(|d| {
                    // (`According to the notice, …`: a definite document is the one named
                    // before, with its author.)
                    author_complement(doc, d).or_else(|| {
                        doc.has(np.first, DEFINITE)
                            .then(|| earlier_document_author(doc, d))
                            .flatten()
                    })
                });
            let np = author.unwrap_or(np);
            if np.kind == NpKind::Other && !describes_person(doc, &np) {
                return None;
            }
            let span = join(doc.tokens[k].span, doc.tokens[end - 1].span);
            return Some(Attribution::new(doc, How::Source, Some(span), np));
        }
    }
    None
}

/// `la praticienne`, `le randonneur`: a definite article and a noun the roles do not list but
/// whose ending names a person (`[person_noun_endings]`).
pub(super) fn describes_person(doc: &Doc, np: &Np) -> bool {
    np.kind == NpKind::Other
        && np.last == np.first + 1
        && doc.has(np.first, DEFINITE)
        && doc.is_word(np.last)
        && !doc.is_cap(np.last)
        && doc.lex.is_person_noun(&doc.low(np.last))
}

/// `« un passage en force » pour Greenpeace`: an opinion cue and a name that end the sentence
/// (a French headline's way of naming the speaker; English `for the Bank` is no attribution).
/// A speech verb before the quotation has its own subject: `X a parlé d'un « choc » pour le
/// groupe` names whom it is for.
/// So has a source cue before it: `Selon X, … « … » pour les entreprises`.
pub(super) fn trailing_opinion_cue(
    doc: &Doc,
    close: usize,
    k: usize,
    lim: usize,
) -> Option<Attribution> {
    if doc.english || !doc.has(k, OPENING_CUE) {
        return None;
    }
    let spoken_before = (doc.sentence_start(close)..close)
        .any(|j| !doc.tokens[j].quoted && (doc.is_speech_verb(j) || starts_source_cue(doc, j)));
    if spoken_before {
        return None;
    }
    let np = np_forward(doc, k + 1, lim)?;
    let named = matches!(np.kind, NpKind::Name | NpKind::Organisation);
    let ends = np.last + 1 >= lim || doc.is_punct(np.last + 1, ".!?");
    (named && ends).then(|| Attribution::new(doc, How::Opening, Some(doc.tokens[k].span), np))
}

/// `Pour Paulette X, le mal est fait.`, `Selon son président, Marc X, 180 postes sont menacés.`:
/// the person a sentence opening at `lo` (up to `end`) gives its view or its words to.
pub(super) fn opening_source(doc: &Doc, lo: usize, end: usize) -> Option<Attribution> {
    if doc.english || !doc.is_cap(lo) {
        return None;
    }
    let found = if doc.has(lo, OPENING_CUE) {
        np_forward(doc, lo + 1, end)
            .filter(|np| doc.is_punct(np.last + 1, ","))
            .map(|np| Attribution::new(doc, How::Verb, None, np))
    } else {
        source_cue(doc, lo, end)
    };
    // (`Selon lui, …` / `« … »`: a pronoun too, the person it stands for.)
    found.filter(|a| matches!(a.np.kind, NpKind::Name | NpKind::Role | NpKind::Pronoun(_)))
}

/// `Même colère chez Anne X, dont la fille …`: a verbless opening of a few lowercase words,
/// then a `[verbless_source_cues]` word and a person (French).
pub(super) fn verbless_source(doc: &Doc, lo: usize, end: usize) -> Option<Attribution> {
    const MAX_WORDS: usize = 4;
    if doc.english || doc.lex.verbless_source_cues.is_empty() {
        return None;
    }
    let c = (lo + 1..end.min(lo + MAX_WORDS + 1))
        .find(|&k| doc.is_word(k) && doc.lex.verbless_source_cues.contains(doc.low(k).as_ref()))?;
    const VERBAL: u32 = AUX | PRONOUN | RELATIVE | CLITIC | CONNECTOR;
    let verbless = (lo..c).all(|k| {
        doc.is_word(k)
            && (k == lo || !doc.is_cap(k))
            && !doc.has(k, VERBAL)
            && !doc.is_speech_verb(k)
    });
    let np = np_forward(doc, c + 1, end).filter(|np| matches!(np.kind, NpKind::Name))?;
    verbless.then(|| Attribution::new(doc, How::Verb, None, np))
}
