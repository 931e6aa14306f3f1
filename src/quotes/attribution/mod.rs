//! Who said a quotation, and with which words: the attribution patterns of news writing.
//!
//! Tried in order for each quotation: an incise inside the marks (`« A, a-t-il dit, B »`), an
//! attribution right after it or closing its sentence (`», a déclaré X`, `," she said`,
//! `, selon X`), a colon introduction (`X a déclaré : « … »`), a source cue anywhere in the
//! sentence (`selon X`, `according to X`), then a speech verb earlier in the sentence whose
//! subject is the speaker (`X a qualifié d'« … »`). The mention found is resolved to a
//! canonical name by [`People`].

mod clause;
mod cue;
mod document;
mod sentence;
mod subject;

use super::doc::Doc;
use super::lexicon::class::*;
use super::lexicon::Gender;
use super::np::{np_forward, Np, NpKind};
use crate::offsets::Span;
use clause::{inverted, is_reflexive, past_short_name, subject_then_verb, verb_then_subject};
use cue::{
    describes_person, opening_source, source_cue, starts_source_cue, trailing_opinion_cue,
    verbless_source,
};
use document::{
    author_complement, authors_of_document, earlier_document_author, issuing_body_before,
    named_before_document, possessed_text_author, same_document_named_before,
};
use sentence::{
    cleft_report, document_opening, impersonal_at_place, inverted_before_colon,
    inverted_relative_subject, opinion_before_colon, person_sentence_before, presented_name,
    trailing_report,
};
use subject::{clause_phrase, clause_subject, subject_of};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum How {
    /// Inside the marks, splitting the quotation.
    Incise,
    /// After the closing mark.
    After,
    /// Before an introducing colon, with a speech verb (`X a déclaré : « … »`).
    Colon,
    /// Before an introducing colon, with no speech verb (`X was blunt: "…"`, a headline's
    /// `X : « … »`).
    Kicker,
    /// `selon X`, `according to X` in the sentence.
    Source,
    /// An opinion cue opening or closing the sentence: `Pour X, …`, `« … » pour Greenpeace`.
    Opening,
    /// The subject of a speech verb earlier in the sentence.
    Verb,
}

#[derive(Debug, Clone)]
pub(super) struct Attribution {
    pub how: How,
    pub cue: Option<Span>,
    pub np: Np,
    /// The mention as written (for `a-t-il`, the pronoun inside the word).
    pub mention: Span,
}

impl Attribution {
    fn new(doc: &Doc, how: How, cue: Option<Span>, np: Np) -> Attribution {
        let mention = np.span(doc);
        Attribution {
            how,
            cue,
            np,
            mention,
        }
    }
}

fn join(a: Span, b: Span) -> Span {
    Span::new(a.start.min(b.start), a.end.max(b.end))
}

/// The English pronoun for a body at token `k` (`it`), which no noun phrase takes in.
fn body_pronoun(doc: &Doc, k: usize) -> Option<Np> {
    let found = doc.english && k < doc.len() && doc.lex.body_pronouns.contains(doc.low(k).as_ref());
    found.then_some(Np {
        kind: NpKind::Other,
        first: k,
        last: k,
        name: None,
        head: None,
        gender: Gender::Unknown,
    })
}

/// Whether the attribution is a thing going on (`the statement continued`): it names no speaker
/// of its own.
pub(super) fn goes_on(doc: &Doc, a: &Attribution) -> bool {
    let np = &a.np;
    // (A document whose author is found is that author by now: what is left is the one
    // reported before, as for `"…," the statement said` in `subject_then_verb`.)
    let document = || {
        doc.english
            && a.how == How::After
            && np.last == np.first + 1
            && doc.has(np.first, DEFINITE)
            && doc.lex.document_nouns.contains(doc.low(np.last).as_ref())
    };
    np.kind == NpKind::Other
        && a.cue.is_some_and(|cue| {
            doc.lex
                .continuation_verbs
                .contains(cue.slice(doc.text).to_lowercase().as_str())
                || document()
        })
}

/// Whether a hearsay passive (`is said to`) comes before the quotation in its sentence, with
/// no other speech verb after it: the subject is talked about, nobody named speaks.
pub(super) fn hearsay_before(doc: &Doc, open: usize) -> bool {
    if doc.lex.hearsay_passives.is_empty() {
        return false;
    }
    let lo = doc.sentence_start(open).max(open.saturating_sub(WINDOW));
    let matches_at = |k: usize, words: &[String]| {
        words.iter().enumerate().all(|(n, w)| {
            k + n < open
                && !doc.tokens[k + n].quoted
                && doc.s(k + n).eq_ignore_ascii_case(w.as_str())
        })
    };
    let Some(end) = (lo..open).rev().find_map(|k| {
        doc.lex
            .hearsay_passives
            .iter()
            .find(|words| matches_at(k, words))
            .map(|words| k + words.len())
    }) else {
        return false;
    };
    !(end..open).any(|v| !doc.tokens[v].quoted && doc.is_speech_verb(v))
}

/// The first token after `k` that belongs to another quotation, or the paragraph end.
fn free_limit(doc: &Doc, k: usize) -> usize {
    let para = if k < doc.len() {
        doc.para_of(k)
    } else {
        return k;
    };
    let mut e = k;
    while e < doc.len()
        && doc.para_of(e) == para
        && !doc.tokens[e].quoted
        && doc.quote_at_mark(e).is_none()
    {
        e += 1;
    }
    e
}

/// The tokens after a closing mark that an attribution may use: from the first word to the end
/// of the sentence or the next quotation.
fn after_range(doc: &Doc, close: usize) -> (usize, usize) {
    let mut k = close + 1;
    if k >= doc.len() || doc.para_of(k) != doc.para_of(close) {
        return (k, k);
    }
    let lim = free_limit(doc, k).min(doc.sentence_end(k));
    while k < lim && doc.is_punct(k, ",—–-(") {
        k += 1;
    }
    (k, lim)
}

/// An attribution right after the closing mark (`», a déclaré X`, `," she said`).
pub(super) fn right_after(doc: &Doc, close: usize) -> Option<Attribution> {
    if doc.ends_sentence(close) {
        return asked_after(doc, close);
    }
    let (k, lim) = after_range(doc, close);
    // `"…", while the novelist X warned of "…"`: a contrasting clause that goes on to a
    // quotation of its own reports that one.
    let own_quotation = || {
        lim < doc.len()
            && doc.para_of(lim) == doc.para_of(k)
            && (doc.tokens[lim].quoted || doc.quote_at_mark(lim).is_some())
    };
    if k < lim
        && doc.has(k, CONNECTOR)
        && doc.lex.contrast_connectors.contains(doc.low(k).as_ref())
        && own_quotation()
    {
        return None;
    }
    inverted(doc, k, lim)
        .or_else(|| source_cue(doc, k, lim))
        .or_else(|| verb_then_subject(doc, k, lim))
        .or_else(|| subject_then_verb(doc, k, lim))
        .or_else(|| trailing_opinion_cue(doc, close, k, lim))
}

/// `"Did you write it?" Ms Varga asked.`: a question or an exclamation ends the quotation, not
/// the author's sentence, when a subject and a speech verb are all that follow to its end.
fn asked_after(doc: &Doc, close: usize) -> Option<Attribution> {
    let q = doc.quote_at_mark(close)?;
    let inner = doc.quotes[q].marked.inner.slice(doc.text).trim_end();
    if !doc.english || !inner.ends_with(['?', '!']) {
        return None;
    }
    let k = close + 1;
    if k >= doc.len() || doc.para_of(k) != doc.para_of(close) {
        return None;
    }
    let lim = free_limit(doc, k).min(doc.sentence_end(k));
    // `"…?" asked food writer X in a video`: a lowercase speech verb right after the marks
    // opens an inverted attribution, whatever follows its subject.
    if doc.is_speech_verb(k) && !doc.is_cap(k) {
        let inverted = verb_then_subject(doc, k, lim)
            .filter(|a| matches!(a.np.kind, NpKind::Name | NpKind::Role));
        if inverted.is_some() {
            return inverted;
        }
    }
    let found = subject_then_verb(doc, k, lim)?;
    let end = found.cue?.end;
    let rest = Span::new(end, doc.tokens[lim - 1].span.end).slice(doc.text);
    rest.trim_start()
        .trim_start_matches(['.', '!', '?'])
        .is_empty()
        .then_some(found)
}

/// `le recrutement, promis par la mairie « d'ici l'été »`: a speech verb's participle and its
/// agent right before the quotation.
fn agent_before(doc: &Doc, v: usize, open: usize) -> Option<Attribution> {
    let by = v + 1;
    if by + 2 > open || !doc.lex.passive_agents.contains(doc.low(by).as_ref()) {
        return None;
    }
    let np = np_forward(doc, by + 1, open)
        .filter(|np| np.last + 1 == open && np.kind != NpKind::Other)?;
    let cue = join(doc.tokens[v].span, doc.tokens[by].span);
    Some(Attribution::new(doc, How::Verb, Some(cue), np))
}

/// `qualifié d'« injuste » par les syndicats`, `called "reckless" by the governor`: a speech
/// verb's participle before the quotation and its agent right after it.
pub(super) fn passive_agent(doc: &Doc, open: usize, close: usize) -> Option<Attribution> {
    const PARTICIPLE_BEFORE: usize = 3;
    let by = close + 1;
    if by >= doc.len()
        || doc.para_of(by) != doc.para_of(close)
        || !doc.lex.passive_agents.contains(doc.low(by).as_ref())
    {
        return None;
    }
    let v = (open.saturating_sub(PARTICIPLE_BEFORE)..open)
        .rev()
        .find(|&v| !doc.tokens[v].quoted && doc.is_speech_verb(v))?;
    // `a défendu une mesure « attendue » par les résidents`: a verb with its own object is
    // active, and the agent belongs to the quoted participle.
    if (v + 1..open.saturating_sub(1)).any(|k| doc.has(k, DET)) {
        return None;
    }
    let lim = free_limit(doc, by + 1);
    let np = np_forward(doc, by + 1, lim).filter(|np| np.kind != NpKind::Other)?;
    let cue = join(doc.tokens[v].span, doc.tokens[by].span);
    Some(Attribution::new(doc, How::After, Some(cue), np))
}

/// An attribution closing the quotation's sentence after a comma (`» et ..., a-t-il dit.`).
pub(super) fn closing_sentence(doc: &Doc, close: usize) -> Option<Attribution> {
    // `« … sommet. » Un autre, plus lapidaire, parle de …`: the next sentence is another's.
    if doc.ends_sentence(close) {
        return None;
    }
    let (k, lim) = after_range(doc, close);
    // `… produced "unusable" data in 2017, he said.`: English puts the subject first. It
    // reports the whole sentence, not the quotation alone (`billed as "Bring Them Home", …,
    // the council said` still names a campaign): a verb of the sentence, no attribution.
    let subject_first = |c: usize| {
        doc.english
            .then(|| subject_then_verb(doc, c + 1, lim))
            .flatten()
            .filter(|a| a.np.kind != NpKind::Other)
            .map(|a| Attribution {
                how: How::Verb,
                ..a
            })
    };
    (k..lim).filter(|&c| doc.is_punct(c, ",")).find_map(|c| {
        inverted(doc, c + 1, lim)
            .or_else(|| source_cue(doc, c + 1, lim))
            .or_else(|| verb_then_subject(doc, c + 1, lim))
            .or_else(|| subject_first(c))
    })
}

/// An attribution inside the marks: the pieces around it and the attribution.
pub(super) fn incise(
    doc: &Doc,
    open: usize,
    close: usize,
    inner: Span,
) -> Option<(Vec<Span>, Attribution)> {
    for c in open + 1..close {
        // `« Qui paiera ? s'interroge X. On … »`: a question or exclamation mark ends the first
        // piece when a lowercase word opens the incise after it (French only; the mark stays
        // with the piece).
        let asked =
            !doc.english && doc.is_punct(c, "?!") && doc.is_word(c + 1) && !doc.is_cap(c + 1);
        if !doc.is_punct(c, ",—–") && !asked {
            continue;
        }
        let Some(mut found) =
            inverted(doc, c + 1, close).or_else(|| verb_then_subject(doc, c + 1, close))
        else {
            continue;
        };
        let end = found.np.last.max(match found.np.kind {
            NpKind::Pronoun(_) => found.np.last,
            _ => found.np.last,
        });
        let mut after = end + 1;
        // `prévient-il d'emblée.`, `she added quietly,`: a few lowercase words may follow.
        let short_tail = || {
            (after..close.min(after + 4))
                .take_while(|&k| doc.is_word(k) && !doc.is_cap(k) && !doc.is_speech_verb(k))
                .last()
                .is_some_and(|k| doc.is_punct(k + 1, ",.—–;"))
        };
        if after < close && (doc.has(after, STARTER | ADDRESSEE) || short_tail()) {
            // `a-t-il confié lors de la conférence de presse.`, `a poursuivi X au micro de
            // Canal+.`: an adverbial closes the incise.
            // The adverbial may hold a name with a sign of its own (`Canal+`).
            let closes = |k: usize| doc.is_punct(k, ",.—–;«»“”\"");
            match (after..close.min(after + 10)).find(|&k| closes(k)) {
                Some(p) if doc.is_punct(p, ",.—–;") => after = p,
                _ => match long_adverbial_end(doc, after, close) {
                    Some(p) => after = p,
                    None => continue,
                },
            }
        }
        if after < close && !doc.is_punct(after, ",.—–;") || after - c > 24 {
            continue;
        }
        if found.np.kind == NpKind::Name && doc.is_punct(after, ",") {
            after = apposition_end(doc, after, close).unwrap_or(after);
        }
        found.how = How::Incise;
        let resume = if after < close {
            doc.tokens[after].span.end
        } else {
            inner.end
        };
        let first_end = if asked {
            doc.tokens[c].span.end
        } else {
            doc.tokens[c].span.start
        };
        let pieces = vec![
            Span::new(inner.start, first_end),
            Span::new(resume.min(inner.end), inner.end),
        ];
        return Some((pieces, found));
    }
    None
}

/// `a-t-il expliqué devant une centaine de délégués réunis à la salle des fêtes. Mais …`: a
/// longer adverbial closes the incise only at a period that a capitalised word inside the
/// marks follows (the quotation resumes), with no speech verb or mark on the way.
fn long_adverbial_end(doc: &Doc, after: usize, close: usize) -> Option<usize> {
    const MAX_TOKENS: usize = 20;
    let p = (after..close.min(after + MAX_TOKENS))
        .find(|&k| !doc.is_word(k) && !doc.is_punct(k, "’'-"))?;
    let resumes = doc.is_punct(p, ".") && p + 1 < close && doc.is_cap(p + 1);
    (resumes && !(after..p).any(|k| doc.is_speech_verb(k))).then_some(p)
}

/// `prévient X, biologiste à l'Institut Y. Mais …`: a role apposed to the name in an incise,
/// up to the end of the sentence that resumes the quotation: the period after it. A relative
/// clause (`témoigne X, qui vit ici. Et …`) describes the name the same way.
fn apposition_end(doc: &Doc, comma: usize, close: usize) -> Option<usize> {
    const MAX_TOKENS: usize = 12;
    const MAX_RELATIVE_TOKENS: usize = 24;
    let role = comma + 1;
    if role < close && doc.has(role, RELATIVE) && !doc.is_cap(role) {
        let end = (role + 1..close.min(role + MAX_RELATIVE_TOKENS))
            .find(|&k| !doc.is_word(k) && !doc.is_punct(k, "’'-,"))?;
        return (doc.is_punct(end, ".") && doc.is_cap(end + 1) && end + 1 < close).then_some(end);
    }
    let role = if doc.has(role, DET) { role + 1 } else { role };
    if role >= close || !doc.is_word(role) || doc.is_cap(role) || !doc.has(role, ROLE) {
        return None;
    }
    let end = (role + 1..close.min(role + MAX_TOKENS))
        .find(|&k| !doc.is_word(k) && !doc.is_punct(k, "’'-"))?;
    (doc.is_punct(end, ".") && doc.is_cap(end + 1) && end + 1 < close).then_some(end)
}

/// The subject of the sentence around a partial quotation that no speech verb governs
/// (`L'entreprise a mobilisé « 3 000 techniciens »`): the author reports that subject's words.
pub(super) fn sentence_subject(doc: &Doc, open: usize) -> Option<Attribution> {
    let lo = doc.sentence_start(open).max(open.saturating_sub(WINDOW));
    // `Elle garde confiance : ses élèves sont « plus audacieux »`: what follows the colon is
    // the view of the person the clause before it is about.
    let colon = (lo..open)
        .rev()
        .find(|&c| doc.is_punct(c, ":") && !doc.tokens[c].quoted);
    if let Some(c) = colon {
        let person = np_forward(doc, lo, c)
            .filter(|np| matches!(np.kind, NpKind::Pronoun(Gender::Male | Gender::Female)));
        if let Some(np) = person {
            return Some(Attribution::new(doc, How::Verb, None, np));
        }
    }
    // `Customers locked out; founder blames “…” outflows`: a semicolon opens another clause.
    let lo = (lo..open)
        .rev()
        .find(|&c| doc.is_punct(c, ";") && !doc.tokens[c].quoted)
        .map_or(lo, |c| c + 1);
    if let Some(a) = impersonal_at_place(doc, lo, open) {
        return Some(a);
    }
    match clause_subject(doc, lo, open) {
        Some(np) if np.kind != NpKind::Other && np.last < open => {
            let np = subject::owner_of_document(doc, &np, lo).unwrap_or(np);
            Some(Attribution::new(doc, How::Verb, None, np))
        }
        _ => document_opening(doc, lo, open),
    }
}

/// The start of the sentence before the one that the quotation at `open` opens, and the start
/// of their paragraph, when that sentence is short and holds no quotation of its own.
fn quote_free_sentence_before(doc: &Doc, open: usize) -> Option<(usize, usize)> {
    let para_start = doc.para_tokens(doc.para_of(open)).0;
    if doc.sentence_start(open) != open || open <= para_start {
        return None;
    }
    let lo = doc.sentence_start(open - 1).max(para_start);
    let quoted = (lo..open).any(|k| doc.tokens[k].quoted || doc.quote_at_mark(k).is_some());
    if quoted || open - lo > WINDOW {
        return None;
    }
    Some((lo, para_start))
}

/// The subject of the sentence right before a quotation that opens its own sentence, when that
/// sentence holds no quotation of its own: `Jane Park was blunt. "This budget is dead."`. The
/// quotation is what the sentence announced.
pub(super) fn previous_sentence(doc: &Doc, open: usize) -> Option<Attribution> {
    let (lo, para_start) = quote_free_sentence_before(doc, open)?;
    // `…, the data revealed where people live, she said. "If you …"`: the sentence's own
    // reporting clause names the speaker.
    // (`Le maire, X, conteste les chiffres.`: a verb's object is no inverted subject.)
    if let Some(a) = trailing_report(doc, lo, open).filter(|a| a.np.kind != NpKind::Other) {
        return Some(a);
    }
    if let Some(a) = opening_source(doc, lo, open) {
        return Some(a);
    }
    // `Chez Paul X, on songe à vendre. « … »`: `on` at a named place speaks for it.
    if let Some(a) = impersonal_at_place(doc, lo, open) {
        return Some(a);
    }
    // (`Sur la plage, une mareyeuse ne décolère pas.`: a noun the roles do not list but whose
    // ending names a person.)
    let np = clause_subject(doc, lo, open)
        .filter(|np| np.kind != NpKind::Other)
        .or_else(|| clause_phrase(doc, lo, open).filter(|np| clause::person_noun_phrase(doc, np)));
    let Some(np) = np else {
        // `La directrice … ne cache pas l'ampleur de la tâche. Le déficit atteint X. « … »`:
        // past one sentence about a thing, the person the sentence before it is about.
        return inverted_relative_subject(doc, lo, open)
            .or_else(|| verbless_source(doc, lo, open))
            .or_else(|| person_sentence_before(doc, lo, para_start));
    };
    let speaker = matches!(
        np.kind,
        NpKind::Name | NpKind::Pronoun(_) | NpKind::Role | NpKind::Organisation | NpKind::Other
    );
    speaker.then(|| Attribution::new(doc, How::Verb, None, np))
}

/// The indefinite subject of the sentence right before a quotation that opens its own
/// sentence, when the phrase is no listed role nor name (`Un planteur, qui …, confirme … « … »`):
/// the caller keeps it only if it brought on an unnamed person.
pub(super) fn previous_indefinite_subject(doc: &Doc, open: usize) -> Option<Attribution> {
    let (lo, _) = quote_free_sentence_before(doc, open)?;
    // (The sentence opens on it: no adverbial to skip.)
    let np = np_forward(doc, lo, open).filter(|np| {
        np.kind == NpKind::Other && doc.has(np.first, DET) && !doc.has(np.first, DEFINITE | LINK)
    })?;
    Some(Attribution::new(doc, How::Verb, None, np))
}

/// The attribution that the last sentence of paragraph `para` opens with (see
/// [`opening_source`]), when that sentence holds no quotation.
pub(super) fn opening_source_last(doc: &Doc, para: usize) -> Option<Attribution> {
    let (lo, hi) = doc.para_tokens(para);
    if hi <= lo {
        return None;
    }
    let start = doc.sentence_start(hi - 1).max(lo);
    let quoted = (start..hi).any(|k| doc.tokens[k].quoted || doc.quote_at_mark(k).is_some());
    if quoted {
        return None;
    }
    opening_source(doc, start, hi)
}

/// The subject of the sentence right after a quotation that ends its own sentence, when it
/// names someone: `« … » Devant la cour, l'avocate générale, X, a démonté …`.
pub(super) fn next_sentence(doc: &Doc, close: usize) -> Option<Attribution> {
    let k = close + 1;
    if k >= doc.len() || doc.para_of(k) != doc.para_of(close) || doc.sentence_start(k) != k {
        return None;
    }
    let hi = doc.sentence_end(k).min(k + WINDOW);
    if (k..hi).any(|t| doc.tokens[t].quoted || doc.quote_at_mark(t).is_some()) {
        return None;
    }
    if let Some(a) = cleft_report(doc, k, hi) {
        return Some(a);
    }
    let np = clause_subject(doc, k, hi)?;
    let names = matches!(np.kind, NpKind::Name | NpKind::Role);
    names.then(|| Attribution::new(doc, How::Verb, None, np))
}

/// `Kessler cautions that the results apply only to …` closing the paragraph before a
/// paragraph that opens with a quotation: the reported speaker goes on in direct speech.
pub(super) fn reported_before(doc: &Doc, para: usize) -> Option<Attribution> {
    let (lo, hi) = doc.para_tokens(para);
    if hi <= lo {
        return None;
    }
    let start = doc.sentence_start(hi - 1).max(lo);
    let v = (start..hi).find(|&v| !doc.tokens[v].quoted && doc.is_speech_verb(v))?;
    let (np, cue) = subject_of(doc, v, start)?;
    (np.kind != NpKind::Other).then(|| Attribution::new(doc, How::Verb, Some(cue), np))
}

/// The person the last sentence of paragraph `para` is about, when it holds no quotation:
/// `… Asked about a deal, he shrugged.` / `"Ask me Monday."`.
pub(super) fn last_sentence_subject(doc: &Doc, para: usize) -> Option<Attribution> {
    let (lo, hi) = doc.para_tokens(para);
    if hi <= lo {
        return None;
    }
    let start = doc.sentence_start(hi - 1).max(lo);
    let quoted = (start..hi).any(|k| doc.tokens[k].quoted || doc.quote_at_mark(k).is_some());
    if quoted || hi - start > WINDOW {
        return None;
    }
    if let Some(np) = presented_name(doc, start, hi) {
        return Some(Attribution::new(doc, How::Verb, None, np));
    }
    let np = clause_subject(doc, start, hi)?;
    // `the chief physician did not hesitate.`: a definite role is someone the text named.
    let person = matches!(
        np.kind,
        NpKind::Name | NpKind::Pronoun(Gender::Male | Gender::Female)
    ) || (np.kind == NpKind::Role && doc.has(np.first, DEFINITE));
    person.then(|| Attribution::new(doc, How::Verb, None, np))
}

/// `X a déclaré : « … »`, `X was blunt: "…"`, also when the colon ends the previous paragraph.
pub(super) fn colon(doc: &Doc, open: usize) -> Option<Attribution> {
    let colon = open.checked_sub(1)?;
    if !doc.is_punct(colon, ":") || doc.tokens[colon].quoted {
        return None;
    }
    let lo = doc.sentence_start(colon).max(colon.saturating_sub(WINDOW));
    // (`a réagi par une déclaration écrite :`: a participle qualifying a noun reports nothing.)
    let verb = (lo..colon).rev().find(|&v| {
        !doc.tokens[v].quoted && doc.is_speech_verb(v) && !is_adjectival_participle(doc, v, lo)
    });
    if let Some(v) = verb {
        let subject = subject_of(doc, v, lo);
        // `Les résultats sont nets, poursuit la chercheuse :`: with no speaker before the verb,
        // a person named between the verb and the colon.
        let no_speaker = subject
            .as_ref()
            .is_none_or(|(np, _)| np.kind == NpKind::Other);
        if no_speaker {
            if let Some(found) = inverted_before_colon(doc, v, lo, colon)
                .or_else(|| inverted_relative_subject(doc, lo, colon + 1))
            {
                return Some(found);
            }
        }
        if let Some((np, cue)) = subject {
            return Some(Attribution::new(doc, How::Colon, Some(cue), np));
        }
    }
    // `Une accusation que rejette X : « … »`: the person the relative clause makes the subject.
    if let Some(found) = opinion_before_colon(doc, lo, colon)
        .or_else(|| inverted_relative_subject(doc, lo, colon + 1))
    {
        return Some(found);
    }
    if let Some(author) = possessed_text_author(doc, lo, colon) {
        let cue = doc.tokens[colon - 1].span;
        return Some(Attribution::new(doc, How::Colon, Some(cue), author));
    }
    // `Selon X, la Ville « se trompe » : « … »`: a colon right after a quotation goes on with
    // that quotation's source, not with the subject of the clause quoted from.
    let after_quotation = colon.checked_sub(1).is_some_and(|before| {
        doc.quote_at_mark(before)
            .is_some_and(|q| doc.quotes[q].close_tok == before)
    });
    if after_quotation {
        return None;
    }
    if let Some(found) = received_by(doc, lo, colon) {
        return Some(found);
    }
    // `Pour le Pr X, spécialiste de …, le débat est mal posé : « … »`: the opening source, not
    // its apposition.
    if let Some(found) = opening_source(doc, lo, colon) {
        return Some(found);
    }
    let np = clause_subject(doc, lo, colon)?;
    let cue = (np.last + 1 < colon && colon - np.last <= 7)
        .then(|| join(doc.tokens[np.last + 1].span, doc.tokens[colon - 1].span));
    Some(Attribution::new(doc, How::Kicker, cue, np))
}

/// `Une annonce accueillie avec prudence par M. X : « … »`: the agent of a participle that
/// ends the clause before the colon (a reaction received, hailed, judged by someone) says it.
/// The clause is a noun and its participle, opening the sentence (not `Au fond, une banderole
/// déployée par des riverains affichait :`).
fn received_by(doc: &Doc, lo: usize, colon: usize) -> Option<Attribution> {
    const MAX_GAP: usize = 4;
    const MAX_NOUN_TOKENS: usize = 3;
    const ENDINGS: [&str; 8] = ["é", "ée", "és", "ées", "ie", "ies", "ue", "ues"];
    if doc.english {
        return None;
    }
    let par = (lo + 1..colon)
        .rev()
        .find(|&k| doc.lex.passive_agents.contains(doc.low(k).as_ref()))?;
    let participle = (par.saturating_sub(MAX_GAP).max(lo)..par)
        .rev()
        .take_while(|&k| doc.is_word(k) && !doc.is_cap(k))
        .find(|&k| {
            let w = doc.s(k);
            w.chars().nth(4).is_some() && ENDINGS.iter().any(|e| w.ends_with(e))
        })?;
    if participle > lo + MAX_NOUN_TOKENS || !doc.has(lo, DET) {
        return None;
    }
    let np = np_forward(doc, par + 1, colon).filter(|np| {
        np.last + 1 == colon
            && matches!(np.kind, NpKind::Name | NpKind::Role)
            && (doc.is_cap(np.last) || doc.has(np.last, ROLE))
    })?;
    let cue = doc.tokens[participle].span;
    Some(Attribution::new(doc, How::Colon, Some(cue), np))
}

/// `selon X` / `according to X` anywhere in the sentence around the quotation, or an opening
/// `Pour X, ...` / `For X, ...` naming a person or body.
pub(super) fn source_in_sentence(doc: &Doc, open: usize, close: usize) -> Option<Attribution> {
    let lo = doc.sentence_start(open).max(open.saturating_sub(WINDOW));
    let hi = doc
        .sentence_end(close.min(doc.len() - 1))
        .min(close + WINDOW);
    let anywhere = (lo..hi)
        .filter(|&k| !doc.tokens[k].quoted && starts_source_cue(doc, k))
        .find_map(|k| source_cue(doc, k, free_limit(doc, k).max(k + 1)));
    anywhere.or_else(|| {
        if !doc.has(lo, OPENING_CUE) {
            return None;
        }
        let np = np_forward(doc, lo + 1, open)?;
        // `Pour ce spécialiste du secteur, …`: a role refers to the person it describes;
        // `Pour elle, …` to the person named before.
        let named = matches!(
            np.kind,
            NpKind::Name
                | NpKind::Organisation
                | NpKind::Role
                | NpKind::Pronoun(Gender::Male | Gender::Female)
        ) || describes_person(doc, &np);
        (named && doc.is_punct(past_short_name(doc, np.last + 1), ","))
            .then(|| Attribution::new(doc, How::Opening, Some(doc.tokens[lo].span), np))
    })
}

/// `une motion demandant « … »` (French): a lowercase present participle right after the
/// document noun, which the document says.
fn participle_after(doc: &Doc, noun: usize) -> bool {
    !doc.english
        && doc.is_word(noun + 1)
        && !doc.is_cap(noun + 1)
        && doc.lex.has_participle_ending(doc.low(noun + 1).as_ref())
}

/// Whether the word at `k` is lowercase and in no class of the lexicon: an adjective after a
/// noun (`ouverte`), not a link or a verb.
fn is_plain_lowercase(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, u32::MAX)
}

/// The author a document speaks for, when the speaker found is a document (`[document_nouns]`):
/// `its final communique, which said` is the subject that owns it; `The statement called it
/// "…"` is the subject of the report that mentioned the statement before (`X said in a written
/// statement`). Any other attribution is returned as it is.
pub(super) fn document_author(doc: &Doc, a: Attribution) -> Attribution {
    const MAX_ADJECTIVES: usize = 2;
    let np = &a.np;
    // (`ses auteurs` may read as a role.)
    if let Some(np) = authors_of_document(doc, np) {
        return Attribution { np, ..a };
    }
    if np.kind != NpKind::Other || doc.lex.document_nouns.is_empty() {
        return a;
    }
    let is_document = |k: usize| doc.lex.document_nouns.contains(doc.low(k).as_ref());
    // `le rapport de la commission d'enquête`: the document noun heads the phrase, its author
    // in the complement.
    let head = || {
        (np.first + 1..np.last.min(np.first + 2 + MAX_ADJECTIVES))
            .find(|&k| is_document(k))
            .filter(|&k| {
                doc.lex
                    .author_prepositions
                    .contains(doc.low(k + 1).as_ref())
            })
    };
    // `une lettre ouverte`, `sa déclaration finale`: one adjective may follow the noun; in
    // English the noun may modify a plain head (`the consultation paper`).
    let plain_head =
        |k: usize| doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, ROLE | ORG) && !is_document(k);
    let post_adjective = np.last > np.first + 1
        && is_document(np.last - 1)
        && if doc.english {
            plain_head(np.last)
        } else {
            is_plain_lowercase(doc, np.last)
        };
    let noun = if is_document(np.last) {
        np.last
    } else if post_adjective {
        np.last - 1
    } else if let Some(k) = (!doc.english).then(head).flatten() {
        k
    } else {
        return a;
    };
    // The last word of the document's own words (the noun or its adjective).
    let tail = if post_adjective { np.last } else { noun };
    // `a 2024 Harbour Authority briefing`: a name before the document noun is its author.
    if let Some(np) = named_before_document(doc, noun) {
        return Attribution { np, ..a };
    }
    // The determiner before the noun and its adjectives (`its final`, `the written`).
    let Some(det) = (noun.saturating_sub(MAX_ADJECTIVES + 1)..noun)
        .rev()
        .take_while(|&k| doc.is_word(k) && (!doc.is_cap(k) || doc.has(k, DET)))
        .find(|&k| doc.has(k, DET))
    else {
        return a;
    };
    let author = if doc
        .lex
        .possessive_determiners
        .contains(doc.low(det).as_ref())
    {
        let lo = doc.sentence_start(det);
        clause_subject(doc, lo, det).filter(|s| s.last < det)
    } else if doc.has(det, DEFINITE) && (noun < np.last || authored_apposition(doc, noun)) {
        // (A complement names the author: it outweighs a document named before.)
        author_complement(doc, noun).or_else(|| earlier_document_author(doc, noun))
    } else if doc.has(det, DEFINITE) {
        earlier_document_author(doc, noun)
            .or_else(|| author_complement(doc, noun))
            .or_else(|| same_document_named_before(doc, noun))
            .or_else(|| a.cue.and_then(|_| issuing_body_before(doc, noun)))
    } else if (doc.has(tail + 1, RELATIVE) || participle_after(doc, tail))
        && det > doc.sentence_start(det)
    {
        // `X a justifié la fermeture par un arrêté qui évoque « … »`, `X a adopté une motion
        // demandant « … »`: the subject of the clause the document is part of.
        let lo = doc.sentence_start(det);
        // (`Le 2 mai, X a adopté …`: the subject may follow an opening phrase.)
        let after_comma = || {
            (lo..det)
                .rev()
                .find(|&k| doc.is_punct(k, ","))
                .map(|c| c + 1)
        };
        clause_subject(doc, lo, det)
            .or_else(|| clause_subject(doc, after_comma()?, det))
            .filter(|s| s.last < det)
    } else {
        author_complement(doc, noun)
    };
    match author.filter(|s| s.kind != NpKind::Other) {
        Some(np) => Attribution { np, ..a },
        None => a,
    }
}

/// `The letter, signed by X,`: the document noun at `noun` opens an apposition with an author
/// participle (`[author_participles]`), which may name its author.
fn authored_apposition(doc: &Doc, noun: usize) -> bool {
    doc.is_punct(noun + 1, ",")
        && doc.is_word(noun + 2)
        && doc
            .lex
            .author_participles
            .contains(doc.low(noun + 2).as_ref())
}

/// `L'office de tourisme a fait savoir qu'il fermait le site et qu'il appelait à « … »`
/// (French): a subject pronoun opening a clause that a speech verb of its sentence reports is
/// the body opening the sentence as its subject (an unnamed body is no mention a pronoun finds).
/// Any other attribution is returned as it is.
pub(super) fn reported_body_pronoun(doc: &Doc, a: Attribution) -> Attribution {
    let NpKind::Pronoun(gender @ (Gender::Male | Gender::Female)) = a.np.kind else {
        return a;
    };
    let k = a.np.first;
    if doc.english || k < 2 || !doc.lex.object_relatives.contains(doc.low(k - 1).as_ref()) {
        return a;
    }
    let lo = doc.sentence_start(k);
    let Some(np) = clause_subject(doc, lo, k - 1) else {
        return a;
    };
    let reports = |v: usize| {
        !doc.tokens[v].quoted
            && (doc.is_speech_verb(v)
                || (doc.is_causative_verb(v)
                    && doc
                        .lex
                        .causative_infinitives
                        .contains(doc.low(v + 1).as_ref())))
    };
    let body = np.kind == NpKind::Organisation
        && doc.has(np.first, DEFINITE)
        && np.last + 1 < k
        && np.gender.agrees_with(gender)
        && (np.last + 1..k - 1).any(reports);
    if body {
        Attribution { np, ..a }
    } else {
        a
    }
}

/// `"Who will pay?" one resident asked the mayor. "I don't know," she replied` (English): a
/// pronoun replying right after a quotation takes up the one that the question just before,
/// in its paragraph or the one before, was asked of. Any other attribution is returned as it is.
pub(super) fn reply_addressee(doc: &Doc, a: Attribution) -> Attribution {
    const MAX_GAP: usize = 2;
    let NpKind::Pronoun(Gender::Male | Gender::Female) = a.np.kind else {
        return a;
    };
    let k = a.np.first;
    if !doc.english || k + 1 >= doc.len() || !doc.lex.reply_verbs.contains(doc.low(k + 1).as_ref())
    {
        return a;
    }
    // The reply: the quotation closing right before the pronoun.
    let Some(reply) = (k.saturating_sub(MAX_GAP)..k).rev().find_map(|t| {
        doc.quote_at_mark(t)
            .filter(|&q| doc.quotes[q].close_tok == t)
    }) else {
        return a;
    };
    // The question: the quotation before it, in its paragraph or the one before.
    let Some(question) = reply.checked_sub(1).map(|q| &doc.quotes[q]) else {
        return a;
    };
    let inner = question.marked.inner.slice(doc.text).trim_end();
    if !inner.ends_with('?') || question.para + 1 < doc.quotes[reply].para {
        return a;
    }
    // `… asked the mayor.`: the object of the asking verb after the question.
    let start = question.close_tok + 1;
    let end = doc
        .sentence_end(question.close_tok)
        .min(doc.quotes[reply].open_tok);
    let object = (start..end)
        .find(|&v| doc.lex.request_verbs.contains(doc.low(v).as_ref()))
        .and_then(|v| np_forward(doc, v + 1, end))
        .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Role));
    match object {
        Some(np) => Attribution { np, ..a },
        None => a,
    }
}

/// `Le rapport du cabinet X, remis lundi, est sévère. Il pointe « … »` (French): a pronoun
/// opening the sentence after one that opens on a definite document of its gender, with a
/// named author in its complement, takes up the document, which speaks for that author. Any
/// other attribution is returned as it is.
pub(super) fn document_pronoun(doc: &Doc, a: Attribution) -> Attribution {
    const MAX_AUTHOR_WORDS: usize = 5;
    let NpKind::Pronoun(gender @ (Gender::Male | Gender::Female)) = a.np.kind else {
        return a;
    };
    let k = a.np.first;
    if doc.english || doc.lex.document_nouns.is_empty() || doc.sentence_start(k) != k {
        return a;
    }
    if k <= doc.para_tokens(doc.para_of(k)).0 {
        return a;
    }
    let lo = doc.sentence_start(k - 1);
    let article = match doc.low(lo).as_ref() {
        "le" => Gender::Male,
        "la" => Gender::Female,
        _ => return a,
    };
    let noun = lo + 1;
    let opens = article == gender
        && noun < k
        && doc.is_word(noun)
        && doc.lex.document_nouns.contains(doc.low(noun).as_ref());
    if !opens {
        return a;
    }
    let mut c = noun + 1;
    while c < k && doc.has(c, LINK) {
        c += 1;
    }
    if c == noun + 1 {
        return a;
    }
    let author = (c..k.min(c + MAX_AUTHOR_WORDS))
        .take_while(|&t| doc.is_word(t) && !doc.tokens[t].quoted)
        .find(|&t| doc.is_cap(t) || doc.has(t, ORG))
        .and_then(|t| np_forward(doc, t, k))
        .filter(|n| matches!(n.kind, NpKind::Name | NpKind::Organisation));
    match author {
        Some(np) => Attribution { np, ..a },
        None => a,
    }
}

/// `Celle-ci se dit « … »`: a demonstrative pronoun takes up the last person or body that the
/// sentence before names (`… l'intervention de la mairie d'arrondissement.`), whatever its
/// role there. Any other attribution is returned as it is.
pub(super) fn demonstrative_antecedent(doc: &Doc, a: Attribution) -> Attribution {
    const MAX_TOKENS: usize = 60;
    let np = &a.np;
    let single = np.first == np.last && doc.s(np.first).contains('-');
    let Some(&gender) = single
        .then(|| doc.lex.demonstratives.get(doc.low(np.first).as_ref()))
        .flatten()
    else {
        return a;
    };
    let Some(end) = doc.sentence_start(np.first).checked_sub(1) else {
        return a;
    };
    let lo = doc.sentence_start(end).max(end.saturating_sub(MAX_TOKENS));
    let antecedent = (lo..end).rev().find_map(|k| {
        let opens = !doc.tokens[k].quoted
            && (doc.has(k, DET) || doc.is_cap(k))
            && !(k > lo && doc.is_cap(k - 1) && doc.is_cap(k));
        opens
            .then(|| np_forward(doc, k, end + 1))
            .flatten()
            .filter(|n| {
                matches!(n.kind, NpKind::Name | NpKind::Organisation | NpKind::Role)
                    && n.gender.agrees_with(gender)
            })
    });
    match antecedent {
        Some(found) => Attribution { np: found, ..a },
        None => a,
    }
}

/// How far before a quotation its verb or cue is looked for, in tokens: enough for any real
/// sentence, and it keeps pathological run-on text linear.
const WINDOW: usize = 80;

/// The subject of the nearest speech verb before the quotation in its sentence; with `direct`,
/// only a verb in the same clause (no coordination between them).
pub(super) fn verb_before(doc: &Doc, open: usize, direct: bool) -> Option<Attribution> {
    let lo = doc.sentence_start(open).max(open.saturating_sub(WINDOW));
    let found = (lo..open).rev().find(|&v| {
        !doc.tokens[v].quoted
            && doc.is_speech_verb(v)
            && !in_closed_relative(doc, lo, v, open)
            && !is_adjectival_participle(doc, v, lo)
            && !is_passive(doc, v, lo)
    });
    // `Mais, ajoute-t-il, « … »`: an inverted cue set off by commas in a sentence with no other
    // speech verb (`Il lui répétait, raconte-t-elle, qu'« … »` quotes the one who repeated).
    if found.is_none() {
        let incise = (lo + 1..open)
            .rev()
            .filter(|&k| {
                !doc.tokens[k].quoted && doc.is_punct(k - 1, ",") && doc.s(k).contains('-')
            })
            .find_map(|k| inverted(doc, k, open).filter(|a| ends_incise(doc, a, open)));
        if let Some(a) = incise {
            return Some(Attribution {
                how: How::Verb,
                ..a
            });
        }
    }
    let v = found?;
    // `X dit suivre « … » un conflit qui oppose, rappelle-t-elle, « … »`: after a quotation of
    // its own verb, an inverted cue set off by commas right before the marks is the cue.
    if !doc.english && (v + 1..open).any(|k| doc.tokens[k].quoted) {
        let incise = (v + 2..open)
            .rev()
            .take_while(|&k| !doc.tokens[k].quoted)
            .filter(|&k| doc.is_punct(k - 1, ",") && doc.s(k).contains('-'))
            .find_map(|k| inverted(doc, k, open))
            .filter(|a| a.np.last + 2 == open && doc.is_punct(a.np.last + 1, ","));
        if let Some(a) = incise {
            return Some(Attribution {
                how: How::Verb,
                ..a
            });
        }
    }
    let coordinated =
        (v + 1..open).any(|k| !doc.tokens[k].quoted && (doc.is_punct(k, ";") || doc.has(k, COORD)));
    if direct && coordinated {
        return None;
    }
    if let Some(a) = agent_before(doc, v, open) {
        return Some(a);
    }
    if let Some(np) = gapped_subject(doc, v, open) {
        return Some(Attribution::new(
            doc,
            How::Verb,
            Some(doc.tokens[v].span),
            np,
        ));
    }
    // `By the spring, says X, "…"`: an inverted cue set off by commas just before the marks.
    if v > lo && doc.is_punct(v - 1, ",") {
        let incise = verb_then_subject(doc, v, open)
            .filter(|a| a.np.last + 2 == open && doc.is_punct(a.np.last + 1, ","));
        if let Some(a) = incise {
            return Some(Attribution::new(doc, How::Verb, a.cue, a.np));
        }
    }
    let (np, cue) = subject_of(doc, v, lo)?;
    // `on rappelle que les prescriptions relèvent « … »`: a thing as the subject of a clause
    // that an earlier speech verb reports gives way to that verb's subject.
    // (`X affirme que son association réclame « … »`: so does a body the speaker owns.)
    let owned = || {
        doc.lex
            .possessive_determiners
            .contains(doc.low(np.first).as_ref())
    };
    let reported = !doc.english
        && (np.kind == NpKind::Other || owned())
        && np.first > lo
        && doc.has(np.first - 1, CONNECTOR);
    // `X said the town had asked the state for a new monitor “…”`: in English, a bare definite
    // body or thing as the subject of a clause that an earlier speech verb reports (after
    // `that` or the verb itself) gives way too, when the quotation is no complement of its
    // verb but comes well after it (`said the council had called the site ‘…’` stays).
    // (`had written to the ministry “…”`: nor is it after the verb's addressee, unless a colon
    // or comma hands the quotation over.)
    const COMPLEMENT_REACH: usize = 4;
    let after_addressee = || {
        open > v + 2
            && doc.has(v + 1, ADDRESSEE)
            && !doc.is_punct(open - 1, ":")
            && !doc.is_punct(open - 1, ",")
    };
    // (`state that … and that the team had offered “…”`: nor in a second reported clause, which
    // carries on the reporter's account.)
    let second_clause =
        || np.first > lo + 1 && doc.is_complementiser(np.first - 1) && doc.has(np.first - 2, COORD);
    let reported_en = doc.english
        && (open > v + COMPLEMENT_REACH + 1 || after_addressee() || second_clause())
        && matches!(np.kind, NpKind::Other | NpKind::Organisation)
        && np.first > lo
        && doc.has(np.first, DEFINITE)
        && (doc.is_complementiser(np.first - 1) || doc.is_speech_verb(np.first - 1));
    if let Some(a) = outer_reporter(doc, &np, v, lo, open) {
        return Some(a);
    }
    if reported || reported_en {
        let earlier = (lo..np.first)
            .rev()
            .find(|&p| !doc.tokens[p].quoted && doc.is_speech_verb(p))
            .and_then(|p| subject_of(doc, p, lo))
            // (The reporter of a second clause is whoever reported the first: `the stewards`.)
            .filter(|(n, _)| n.kind != NpKind::Other || second_clause());
        if let Some((np, cue)) = earlier {
            return Some(Attribution::new(doc, How::Verb, Some(cue), np));
        }
    }
    Some(Attribution::new(doc, How::Verb, Some(cue), np))
}

/// `Les armateurs parlent d'un « … », les scientifiques d'une « … »`: after the first
/// quotation of the verb at `v`, a comma and a second subject whose verb is left out (French
/// gapping); that subject speaks the quotation opening at `open`.
fn gapped_subject(doc: &Doc, v: usize, open: usize) -> Option<Np> {
    if doc.english || open < v + 5 {
        return None;
    }
    let mut k = open - 1;
    if matches!(
        doc.low(k).as_ref(),
        "un" | "une" | "la" | "le" | "l'" | "l’" | "les"
    ) {
        k -= 1;
    }
    if !matches!(doc.low(k).as_ref(), "de" | "d'" | "d’" | "du" | "des") {
        return None;
    }
    let np = super::np::np_backward(doc, k - 1, v + 1)?;
    let comma = np.first.checked_sub(1)?;
    let parallel = np.last + 1 == k
        && doc.is_punct(comma, ",")
        && doc.has(np.first, DET)
        && !matches!(np.kind, NpKind::Pronoun(_))
        && (v + 1..comma).any(|t| doc.tokens[t].quoted)
        && !(comma + 1..k).any(|t| doc.tokens[t].quoted || doc.is_speech_verb(t));
    parallel.then_some(np)
}

/// `X says she has told her staff to expect "…"`, `X says the trust has agreed "…"`,
/// `X says members are reporting yields of "…"` (English): the subject `np` of a clause that
/// the speech verb right before it reports (maybe after `that`) is the person reporting, when
/// it is a pronoun of that person's gender, or a definite body or thing, or a bare plural,
/// whose verb at `v` names no object (`said the council had called the site "…"` stays).
fn outer_reporter(doc: &Doc, np: &Np, v: usize, lo: usize, open: usize) -> Option<Attribution> {
    if !doc.english || np.first < lo + 2 {
        return None;
    }
    let mut p = np.first - 1;
    if doc.is_complementiser(p) {
        p -= 1;
    }
    if doc.tokens[p].quoted || !doc.is_speech_verb(p) {
        return None;
    }
    let (outer, cue) = subject_of(doc, p, lo)?;
    let person = match outer.kind {
        NpKind::Name | NpKind::Role => outer.gender != Gender::Plural,
        NpKind::Pronoun(g) => matches!(g, Gender::Male | Gender::Female),
        _ => false,
    };
    if !person {
        return None;
    }
    let takes_up = match np.kind {
        NpKind::Pronoun(g @ (Gender::Male | Gender::Female)) => outer.gender.agrees_with(g),
        NpKind::Other | NpKind::Organisation | NpKind::Role => {
            let bare_plural = np.gender == Gender::Plural && !doc.has(np.first, DET);
            let definite = np.kind != NpKind::Role && doc.has(np.first, DEFINITE);
            (bare_plural || definite) && no_object(doc, v, open)
        }
        _ => false,
    };
    takes_up.then(|| Attribution::new(doc, How::Verb, Some(cue), outer))
}

/// Whether no determiner or pronoun comes between the verb at `v` and the quotation: the verb
/// has no object that the quotation would describe (`called the site "…"`, `called it "…"`).
fn no_object(doc: &Doc, v: usize, open: usize) -> bool {
    !(v + 1..open).any(|k| doc.has(k, DET | PRONOUN))
}

/// Whether an inverted cue's subject is followed by a comma, or by the colon right before the
/// marks (`Rien n'est perdu, rappelle-t-elle : « … »`).
fn ends_incise(doc: &Doc, a: &Attribution, open: usize) -> bool {
    let after = a.np.last + 1;
    doc.is_punct(after, ",") || (after + 1 == open && doc.is_punct(after, ":"))
}

/// `that the site be declared a "no-build zone"`, `the plan was called "…"`: a speech verb after
/// a form of `be` (an adverb may come between; English only lists them) is a passive, whose
/// subject is what is spoken of, never the speaker.
fn is_passive(doc: &Doc, v: usize, lo: usize) -> bool {
    let be_forms = &doc.lex.passive_auxiliaries;
    if be_forms.is_empty() || v <= lo || doc.lex.has_participle_ending(doc.s(v)) {
        return false;
    }
    let be = |p: usize| be_forms.contains(doc.low(p).as_ref());
    // (`were labelled`: the adverbs list the auxiliaries too, so `be` is tested first.)
    let p = v - 1;
    be(p) || (p > lo && doc.is_adverb(p) && be(p - 1))
}

/// Whether the French speech verb at `v` is a participle agreeing with a noun, with no
/// auxiliary (`la coupe annoncée au printemps`): an adjective, not the verb of a clause.
fn is_adjectival_participle(doc: &Doc, v: usize, lo: usize) -> bool {
    if v <= lo {
        return false;
    }
    if doc.english {
        return document_participle(doc, v, lo);
    }
    let word = doc.low(v);
    // `une réponse écrite`, `la phrase dite`: a feminine participle is the masculine one
    // (`écrit`, `dit`) and an `e`, never a finite form.
    let feminine = || {
        let stem = word
            .strip_suffix("tes")
            .or_else(|| word.strip_suffix("te"))
            .map(|s| format!("{s}t"));
        stem.is_some_and(|m| doc.lex.speech_verbs.contains(&m))
    };
    let agreeing = ["ée", "ées", "és"].iter().any(|e| word.ends_with(e)) || feminine();
    let mut p = v - 1;
    while p > lo && doc.is_adverb(p) {
        p -= 1;
    }
    agreeing && !doc.has(p, AUX) && !is_reflexive(doc, p)
}

/// `X said in a notice posted at the depot that …` (English): a participle right after a
/// document noun describes the document, when a speech verb before it reports the sentence
/// (a verb, not a document noun read as one: `The trust's report on the survey stated`).
fn document_participle(doc: &Doc, v: usize, lo: usize) -> bool {
    let word = doc.low(v);
    let document = |k: usize| doc.lex.document_nouns.contains(doc.low(k).as_ref());
    (word.ends_with("ed") || word == "written")
        && document(v - 1)
        && (lo..v - 1).any(|k| !doc.tokens[k].quoted && doc.is_speech_verb(k) && !document(k))
}

/// Whether the verb at `v` sits in a relative clause (`, which he called X,`) that closes before
/// token `open`: such a verb does not govern what follows.
fn in_closed_relative(doc: &Doc, lo: usize, v: usize, open: usize) -> bool {
    let Some(comma) = (lo..v).rev().find(|&c| doc.is_punct(c, ",")) else {
        return false;
    };
    let relative = (comma + 1..v).take(3).any(|k| doc.has(k, RELATIVE));
    relative && (v + 1..open).any(|c| doc.is_punct(c, ",") && !doc.tokens[c].quoted)
}
