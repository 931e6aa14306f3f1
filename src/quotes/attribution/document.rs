//! The author of a document a quotation is taken from (`a report from X`, `the 2024 Acme
//! report`, `X said in a statement`): the person or body named before the document noun, as
//! its complement, or as the subject of the verb reporting it.

use super::subject::{clause_subject, subject_of};
use super::WINDOW;
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::np::{self, np_forward, Np, NpKind};

/// `a Harbour Authority briefing`, `the 2024 Acme report`: the body or person named between a
/// determiner (and a year) and the document noun at `noun` (English).
pub(super) fn named_before_document(doc: &Doc, noun: usize) -> Option<Np> {
    if !doc.english || noun < 2 || !doc.is_cap(noun - 1) || doc.has(noun - 1, ROLE) {
        return None;
    }
    let lo = doc.sentence_start(noun);
    let (f, _) = np::name_ending_at(doc, noun - 1, lo)?;
    let mut d = f.checked_sub(1)?;
    if d > lo && doc.s(d).bytes().all(|b| b.is_ascii_digit()) {
        d -= 1;
    }
    if d < lo || !doc.has(d, DET) || doc.lex.possessive_determiners.contains(doc.low(d).as_ref()) {
        return None;
    }
    np_forward(doc, f, noun)
        .filter(|n| n.last + 1 == noun && matches!(n.kind, NpKind::Name | NpKind::Organisation))
}

/// The subject of the speech verb reporting the last earlier mention of the document noun at
/// `noun`, in its paragraph or the one before (`X said in a statement`, `In a statement, X
/// said`).
pub(super) fn earlier_document_author(doc: &Doc, noun: usize) -> Option<Np> {
    let lo = doc.para_tokens(doc.paragraphs_back(noun, 1)).0;
    // `Dans un communiqué, X … précise le texte`: any document noun (`le texte`) takes up the
    // document named last.
    // (`The notice, published by X, … According to the notice, …`: a mention that names no
    // author hands over to the one before it.)
    (lo..doc.sentence_start(noun))
        .rev()
        .filter(|&k| {
            !doc.tokens[k].quoted
                && doc.is_word(k)
                && doc.lex.document_nouns.contains(doc.low(k).as_ref())
        })
        .find_map(|m| {
            // (`a submission from X, lodged last month, objects to …`: a verb whose subject is
            // a thing names no author; the complement may.)
            document_author_at(doc, m)
                .filter(|np| np.kind != NpKind::Other)
                .or_else(|| author_complement(doc, m))
                .or_else(|| relied_on_by_body(doc, m))
        })
}

/// `selon un rapport présenté par X … [paragraphs later] Le rapport relève « … »` (French): the
/// author a complement gave the same document noun as the one at `noun`, anywhere before.
pub(super) fn same_document_named_before(doc: &Doc, noun: usize) -> Option<Np> {
    if doc.english {
        return None;
    }
    let word = doc.low(noun);
    (0..doc.sentence_start(noun))
        .rev()
        .filter(|&k| !doc.tokens[k].quoted && doc.is_word(k) && doc.low(k) == word)
        .find_map(|m| author_complement(doc, m))
        .filter(|np| np.kind != NpKind::Other)
}

/// `Ses auteurs notent « … »` after a sentence about a report (French): the writers of the
/// document named last speak as its author.
pub(super) fn authors_of_document(doc: &Doc, np: &Np) -> Option<Np> {
    let writers = !doc.english
        && np.last == np.first + 1
        && doc
            .lex
            .author_determiners
            .contains(doc.low(np.first).as_ref())
        && doc.lex.author_nouns.contains(doc.low(np.last).as_ref());
    if !writers {
        return None;
    }
    earlier_document_author(doc, np.first).filter(|a| a.kind != NpKind::Other)
}

/// `Le département X a fixé le quota. … Le texte justifie « … »` (French): a definite document
/// that no earlier mention or complement gives an author is the body that the last sentence
/// with a body as its subject, in its paragraph or the two before, names. (The caller asks
/// only when a speech verb reports the document's words.)
pub(super) fn issuing_body_before(doc: &Doc, noun: usize) -> Option<Np> {
    const PARAGRAPHS_BACK: usize = 2;
    let lo = doc
        .para_tokens(doc.paragraphs_back(noun, PARAGRAPHS_BACK))
        .0;
    let mut s = doc.sentence_start(noun);
    while s > lo {
        s = doc.sentence_start(s - 1);
        let body = clause_subject(doc, s, doc.sentence_end(s))
            .filter(|np| np.kind == NpKind::Organisation || names_a_thing(doc, np));
        if body.is_some() {
            return body;
        }
    }
    None
}

/// `Riverside Learning Partnership, which runs …,` (English): a name that a relative pronoun
/// for things follows is a body's.
fn names_a_thing(doc: &Doc, np: &Np) -> bool {
    doc.english
        && np.kind == NpKind::Name
        && doc.is_punct(np.last + 1, ",")
        && doc.low(np.last + 2) == "which"
}

/// `L'association s'appuie sur une étude qu'elle a commandée` (French): a body the sentence
/// of the document noun at `m` has as its subject, before it, owns the document.
fn relied_on_by_body(doc: &Doc, m: usize) -> Option<Np> {
    let lo = doc.sentence_start(m);
    let body = (!doc.english)
        .then(|| clause_subject(doc, lo, m))
        .flatten()?;
    (body.kind == NpKind::Organisation && body.last < m).then_some(body)
}

/// `a report from X`, `a circular issued by the council`, `the report the town commissioned
/// from X`: the body or person that the complement of the document noun at `noun` names as its
/// author.
pub(super) fn author_complement(doc: &Doc, noun: usize) -> Option<Np> {
    named_complement(doc, noun).or_else(|| commissioned_from(doc, noun))
}

/// `the report the town commissioned last year from X`, `l'étude commandée au bureau X`: the
/// one a document was ordered from, in a clause right after its noun at `noun`.
fn commissioned_from(doc: &Doc, noun: usize) -> Option<Np> {
    // Words of the clause before its verb (`the town`, `que la commune a`), then of a time
    // phrase before the preposition (`last year`).
    const MAX_CLAUSE: usize = 5;
    const MAX_GAP: usize = 4;
    let lex = &doc.lex;
    if lex.commission_verbs.is_empty() {
        return None;
    }
    let end = doc.sentence_end(noun);
    let plain = |k: &usize| doc.is_word(*k) && !doc.tokens[*k].quoted;
    let start = past_title(doc, noun + 1, end);
    let v = (start..end.min(start + 1 + MAX_CLAUSE))
        .take_while(plain)
        .find(|&k| lex.commission_verbs.contains(doc.low(k).as_ref()))?;
    let p = (v + 1..end.min(v + 1 + MAX_GAP))
        .take_while(plain)
        .find(|&k| lex.commission_prepositions.contains(doc.low(k).as_ref()))?;
    author_after(doc, p)
}

/// `l'étude « Horizon 2030 », commandée à X`: the token after a document's quoted title and
/// the comma that may follow it, from `k` right after the noun (`k` itself when no title).
fn past_title(doc: &Doc, k: usize, end: usize) -> usize {
    // Tokens of a title, marks included.
    const MAX_TITLE: usize = 10;
    let in_title = |t: usize| doc.tokens[t].quoted || doc.quote_at_mark(t).is_some();
    if k >= end || doc.quote_at_mark(k).is_none() {
        return k;
    }
    let after = (k..end.min(k + MAX_TITLE))
        .find(|&t| !in_title(t))
        .unwrap_or(k);
    if after > k && doc.is_punct(after, ",") {
        after + 1
    } else {
        after
    }
}

/// `a report from X`, `a circular issued by the council`: the author named by a complement of
/// the document noun at `noun` (a preposition, maybe after a participle).
fn named_complement(doc: &Doc, noun: usize) -> Option<Np> {
    if doc.lex.author_prepositions.is_empty() {
        return None;
    }
    // Up to three words of a time phrase, then the preposition.
    const MAX_GAP: usize = 4;
    let mut k = noun + 1;
    // `The report, prepared by X, found`: the participle may open an apposition.
    let apposed = |k: usize| doc.is_punct(k, ",") && doc.is_word(k + 1);
    if apposed(k) && doc.lex.author_participles.contains(doc.low(k + 1).as_ref()) {
        k += 1;
    }
    if k < doc.len() && doc.lex.author_participles.contains(doc.low(k).as_ref()) {
        k += 1;
        // `a report released last year by X`: a short time phrase before the author.
        let gap_end = doc.len().min(k + MAX_GAP);
        let by = (k..gap_end)
            .take_while(|&g| doc.is_word(g) && !doc.tokens[g].quoted)
            .find(|&g| doc.lex.author_prepositions.contains(doc.low(g).as_ref()));
        if let Some(by) = by {
            k = by;
        }
    }
    if k >= doc.len()
        || doc.para_of(k) != doc.para_of(noun)
        || doc.tokens[k].quoted
        || !doc.lex.author_prepositions.contains(doc.low(k).as_ref())
    {
        return None;
    }
    author_after(doc, k)
}

/// The body or person named after the author preposition at `k` (`by X`, `from X`).
fn author_after(doc: &Doc, k: usize) -> Option<Np> {
    // `by the Greenway Institute found that`: the sentence's verb ends the author's name.
    let end = doc.sentence_end(k);
    // `un arrêté de la préfecture du Cantal du 3 mai classe`: a link before a number opens the
    // document's date, no part of the name.
    let dated =
        |e: usize| doc.has(e, LINK) && doc.s(e + 1).starts_with(|c: char| c.is_ascii_digit());
    let end = (k + 2..end)
        .find(|&e| {
            dated(e)
                || (doc.is_word(e)
                    && !doc.is_cap(e)
                    && doc.is_cap(e - 1)
                    && !doc.has(e, LINK | DET | ORG | ROLE))
        })
        .unwrap_or(end);
    let np = match counted_noun(doc, k + 1, end) {
        Some(c) => np_forward(doc, c, end).filter(|n| n.kind == NpKind::Role)?,
        None => np_forward(doc, k + 1, end)?,
    };
    if matches!(np.kind, NpKind::Name | NpKind::Organisation) {
        return Some(officer_of(doc, &np).unwrap_or(np));
    }
    // `a petition signed by 300 farmers`: unnamed people who signed it speak through it.
    if np.kind == NpKind::Role {
        return Some(np);
    }
    // `a statement from a local angler, Ann Lee`: the name apposed to the author's description.
    let apposed = doc.english && doc.is_punct(np.last + 1, ",") && doc.is_cap(np.last + 2);
    apposed
        .then(|| np_forward(doc, np.last + 2, end))
        .flatten()
        .filter(|n| {
            n.kind == NpKind::Name && (n.last + 1 >= end || doc.is_punct(n.last + 1, ",.;"))
        })
}

/// `by 1,140 farmers` (English): the token after the count opening at `k`, when one does.
fn counted_noun(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let digits = |t: usize| doc.s(t).bytes().all(|b| b.is_ascii_digit() || b == b',');
    if !doc.english || k >= end || !doc.s(k).starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    (k..end).find(|&t| !digits(t))
}

/// `signed by Acme Ltd finance director Ann Lee, says`: the named officer of the body `body`,
/// when a role and a name run from it to the end of the author's phrase (a comma or the
/// sentence's end), signs for it.
fn officer_of(doc: &Doc, body: &Np) -> Option<Np> {
    // `Acme (Pty) Ltd`: a bracketed legal suffix the phrase reader stops before.
    const MAX_SUFFIX: usize = 4;
    let end = doc.sentence_end(body.last);
    let suffix = |t: usize| doc.is_cap(t) || doc.is_punct(t, "()");
    let k = (body.last + 1..end.min(body.last + 2 + MAX_SUFFIX)).find(|&t| !suffix(t))?;
    if !doc.english || doc.is_cap(k) || !doc.is_word(k) {
        return None;
    }
    np_forward(doc, k, end).filter(|n| {
        n.kind == NpKind::Name
            && n.first == k
            && (n.last + 1 >= end || doc.is_punct(n.last + 1, ",;"))
    })
}

/// `Its final line read: "…"` after `X declined to comment beyond the letter.`: a part of the
/// document named last, in this paragraph or the one before, speaks for its author.
pub(super) fn possessed_text_author(doc: &Doc, lo: usize, colon: usize) -> Option<Np> {
    const MAX_WORDS: usize = 3;
    let verb = colon.checked_sub(1)?;
    let opens = doc
        .lex
        .possessive_determiners
        .contains(doc.low(lo).as_ref())
        && verb > lo + 1
        && verb - lo <= MAX_WORDS + 1
        && doc.lex.text_verbs.contains(doc.low(verb).as_ref())
        && (lo + 1..verb).all(|k| doc.is_word(k) && !doc.is_cap(k));
    if !opens {
        return None;
    }
    let from = doc.para_tokens(doc.paragraphs_back(lo, 1)).0;
    let m = (from..lo)
        .rev()
        .find(|&k| !doc.tokens[k].quoted && doc.lex.document_nouns.contains(doc.low(k).as_ref()))?;
    // `X declined to comment beyond the letter`: else the person its sentence is about.
    document_author_at(doc, m).or_else(|| {
        clause_subject(doc, doc.sentence_start(m), m)
            .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
    })
}

/// The subject of the speech verb that reports the document noun at `m`.
fn document_author_at(doc: &Doc, m: usize) -> Option<Np> {
    const VERB_AFTER: usize = 8;
    const OPENING_WORDS: usize = 3;
    let start = doc.sentence_start(m);
    // `In a communiqué read on the radio …, a group said`: a document in the opening phrase
    // goes with the sentence's main verb, however far (no participle: `calling itself`).
    let opening = m <= start + OPENING_WORDS;
    let end = if opening {
        doc.sentence_end(m).min(m + WINDOW)
    } else {
        doc.len().min(m + VERB_AFTER)
    };
    let v = (start..m).rev().chain(m + 1..end).find(|&v| {
        !doc.tokens[v].quoted
            && doc.sentence_start(v) == start
            && doc.is_speech_verb(v)
            && !(opening && v > m && doc.low(v).ends_with("ing"))
    });
    let Some(v) = v else {
        // `X informed buyers by email that …`: the sender of a document sent `by` it.
        // (The name opening the sentence, up to its last word: `X informed investors`.)
        let sent = m > start + 1 && doc.lex.passive_agents.contains(doc.low(m - 1).as_ref());
        let (_, _, l) = np::titled_name(doc, start, m).filter(|_| sent)?;
        return np_forward(doc, start, l + 1)
            .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Organisation));
    };
    subject_of(doc, v, start)
        .map(|(np, _)| np)
        .filter(|np| !doc.lex.document_nouns.contains(doc.low(np.last).as_ref()))
}
