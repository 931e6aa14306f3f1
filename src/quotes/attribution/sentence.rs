//! Speakers read from a whole sentence around the quotation rather than from a clause
//! right at it: the opening of its sentence (`Au ministère de X, on …`, `The report, titled
//! "…", found`), the sentence before or after it (`C'est le cas de X, …`, `…, she said.`),
//! and the words before an introducing colon (`Trop tard pour X :`, `…, poursuit la
//! chercheuse :`).

use super::clause::{
    inverted, is_reflexive, past_short_name, skip_adverbs, speaking_body, subject_then_verb,
    verb_then_subject,
};
use super::subject::{clause_subject, subject_of};
use super::{document_author, Attribution, How, WINDOW};
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::Gender;
use crate::quotes::np::{np_forward, Np, NpKind};

/// `Au ministère de X, on suit le dossier « … »` (French): with no speech verb, `on` after the
/// opening place phrase speaks for the body it names.
pub(super) fn impersonal_at_place(doc: &Doc, lo: usize, open: usize) -> Option<Attribution> {
    if doc.english || doc.lex.impersonal_pronouns.is_empty() {
        return None;
    }
    let on = (lo + 2..open).find(|&k| {
        doc.is_punct(k - 1, ",") && doc.lex.impersonal_pronouns.contains(doc.low(k).as_ref())
    })?;
    let np = speaking_body(doc, lo, on)?;
    doc.is_punct(past_short_name(doc, np.last + 1), ",")
        .then(|| Attribution::new(doc, How::Verb, None, np))
}

/// `The report, titled "…", found "…"`: a document noun after the determiner opening the
/// sentence speaks for its author.
pub(super) fn document_opening(doc: &Doc, lo: usize, open: usize) -> Option<Attribution> {
    const MAX_ADJECTIVES: usize = 2;
    if doc.lex.document_nouns.is_empty() || !doc.has(lo, DET) {
        return None;
    }
    let noun = (lo + 1..open.min(lo + 2 + MAX_ADJECTIVES))
        .take_while(|&k| doc.is_word(k) && !doc.is_cap(k) && !doc.tokens[k].quoted)
        .find(|&k| doc.lex.document_nouns.contains(doc.low(k).as_ref()))?;
    let np = Np {
        kind: NpKind::Other,
        first: lo,
        last: noun,
        name: None,
        head: None,
        gender: Gender::Unknown,
    };
    let a = document_author(doc, Attribution::new(doc, How::Verb, None, np));
    (a.np.kind != NpKind::Other).then_some(a)
}

/// `Un récit que conteste Nadia X. « … »`: a sentence (or a clause before a colon) about a
/// thing that ends on the person its relative clause makes the subject (French puts it after
/// the verb).
pub(super) fn inverted_relative_subject(doc: &Doc, lo: usize, end: usize) -> Option<Attribution> {
    if doc.english || end < lo + 4 || !doc.is_punct(end - 1, ".:") {
        return None;
    }
    // `Un argument qui ne convainc pas X.`: the person a subject relative ends on, too.
    let r = (lo + 1..end - 3).find(|&r| {
        doc.lex.object_relatives.contains(doc.low(r).as_ref()) || doc.has(r, RELATIVE)
    })?;
    let subject_relative = doc.has(r, RELATIVE);
    let verb = if subject_relative {
        skip_adverbs(doc, r + 1, end)
    } else {
        r + 1
    };
    if !doc.is_word(verb) || doc.is_cap(verb) || doc.has(verb, DET | PRONOUN | LINK) {
        return None;
    }
    let subject = if subject_relative {
        skip_adverbs(doc, verb + 1, end)
    } else {
        verb + 1
    };
    let np = np_forward(doc, subject, end - 1)?;
    // `… que conteste Nadia X, mère de l'élève.`: an apposition may end the clause.
    let ends_clause = np.last + 2 == end || doc.is_punct(np.last + 1, ",");
    (np.kind == NpKind::Name && ends_clause).then(|| Attribution::new(doc, How::Verb, None, np))
}

/// The person subject of the sentence that ends right before token `end` (French), when that
/// sentence reports no speech.
pub(super) fn person_sentence_before(
    doc: &Doc,
    end: usize,
    para_start: usize,
) -> Option<Attribution> {
    if doc.english || end <= para_start {
        return None;
    }
    let lo = doc.sentence_start(end - 1).max(para_start);
    // A quotation there with a speech verb has its own speaker (a title has none).
    let reports = (lo..end).any(|k| !doc.tokens[k].quoted && doc.is_speech_verb(k));
    if reports || end - lo > WINDOW {
        return None;
    }
    let np = clause_subject(doc, lo, end)?;
    let person = matches!(np.kind, NpKind::Name | NpKind::Pronoun(_) | NpKind::Role);
    person.then(|| Attribution::new(doc, How::Verb, None, np))
}

/// `C'est le cas de Julie X, 31 ans, qui …` at `k` (French): the name a presenting `c'est`
/// puts forward within its first words.
pub(super) fn presented_name(doc: &Doc, k: usize, hi: usize) -> Option<Np> {
    const MAX_FOCUS_WORDS: usize = 5;
    if doc.english || !matches!(doc.s(k), "C’" | "C'") || doc.s(k + 1) != "est" {
        return None;
    }
    let f = (k + 2..hi.min(k + 2 + MAX_FOCUS_WORDS))
        .take_while(|&t| doc.is_word(t))
        .find(|&t| doc.is_cap(t))?;
    np_forward(doc, f, hi).filter(|np| np.kind == NpKind::Name)
}

/// `C'est ainsi que X, chauffeur, résume la situation.` at `k` (French): a cleft that looks back
/// at the quotation, with a speech verb whose subject follows `que`.
pub(super) fn cleft_report(doc: &Doc, k: usize, hi: usize) -> Option<Attribution> {
    const MAX_FOCUS_WORDS: usize = 4;
    if doc.english || !matches!(doc.s(k), "C’" | "C'" | "c’" | "c'") || doc.s(k + 1) != "est" {
        return None;
    }
    let q = (k + 2..hi.min(k + 3 + MAX_FOCUS_WORDS))
        .take_while(|&t| doc.is_word(t))
        .find(|&t| doc.lex.object_relatives.contains(doc.low(t).as_ref()))?;
    let v = (q + 1..hi).find(|&t| doc.is_speech_verb(t))?;
    let (np, cue) = subject_of(doc, v, q + 1)?;
    matches!(np.kind, NpKind::Name | NpKind::Role)
        .then(|| Attribution::new(doc, How::Verb, Some(cue), np))
}

/// A reporting clause closing sentence `lo..end` after a comma: `…, she said.`, `…, a-t-il
/// précisé.`
pub(super) fn trailing_report(doc: &Doc, lo: usize, end: usize) -> Option<Attribution> {
    const CLAUSE_TOKENS: usize = 6;
    let stop = (lo..end).rev().find(|&k| doc.is_word(k))? + 1;
    let comma = (lo..stop)
        .rev()
        .take(CLAUSE_TOKENS)
        .find(|&c| doc.is_punct(c, ","))?;
    let k = comma + 1;
    inverted(doc, k, stop)
        .or_else(|| verb_then_subject(doc, k, stop))
        .or_else(|| subject_then_verb(doc, k, stop))
        // `Le maire, X, conteste les chiffres.`: a thing after the verb is its object.
        .filter(|a| a.np.kind != NpKind::Other)
        .filter(|a| {
            a.np.last + 1 >= stop
                || a.cue
                    .is_some_and(|c| c.end >= doc.tokens[stop - 1].span.end)
        })
}

/// `Trop tard pour Nadia X : « … »`: an opinion cue and a person or body right up to the colon
/// (French).
pub(super) fn opinion_before_colon(doc: &Doc, lo: usize, colon: usize) -> Option<Attribution> {
    const CUE_BEFORE: usize = 8;
    if doc.english {
        return None;
    }
    let cue = (lo.max(colon.saturating_sub(CUE_BEFORE))..colon)
        .rev()
        .find(|&k| doc.has(k, OPENING_CUE) && !doc.tokens[k].quoted)?;
    let np = np_forward(doc, cue + 1, colon)?;
    let named = matches!(np.kind, NpKind::Name | NpKind::Organisation | NpKind::Role);
    (named && np.last + 1 == colon)
        .then(|| Attribution::new(doc, How::Kicker, Some(doc.tokens[cue].span), np))
}

/// `…, poursuit la chercheuse :`: a verb after a comma, then a person or a role right up to the
/// colon.
pub(super) fn inverted_before_colon(
    doc: &Doc,
    v: usize,
    lo: usize,
    colon: usize,
) -> Option<Attribution> {
    let mut g = v;
    while g > lo && (doc.has(g - 1, AUX) || is_reflexive(doc, g - 1)) {
        g -= 1;
    }
    if g == lo || !doc.is_punct(g - 1, ",") {
        return None;
    }
    let mut found = inverted(doc, g, colon)
        .or_else(|| verb_then_subject(doc, g, colon))
        .filter(|a| a.np.last + 1 == colon)
        // A role right after its article (`la chercheuse`, not `le sentiment général`).
        .filter(|a| match a.np.kind {
            NpKind::Name => true,
            NpKind::Role => doc.has(a.np.first, DET) && doc.has(a.np.first + 1, ROLE),
            _ => false,
        })?;
    found.how = How::Colon;
    Some(found)
}
