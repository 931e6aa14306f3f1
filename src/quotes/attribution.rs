//! Who said a quotation, and with which words: the attribution patterns of news writing.
//!
//! Tried in order for each quotation: an incise inside the marks (`« A, a-t-il dit, B »`), an
//! attribution right after it or closing its sentence (`», a déclaré X`, `," she said`,
//! `, selon X`), a colon introduction (`X a déclaré : « … »`), a source cue anywhere in the
//! sentence (`selon X`, `according to X`), then a speech verb earlier in the sentence whose
//! subject is the speaker (`X a qualifié d'« … »`). The mention found is resolved to a
//! canonical name by [`People`].

use super::doc::Doc;
use super::lexicon::class::*;
use super::lexicon::Gender;
use super::np::{self, np_backward, np_forward, Np, NpKind};
use crate::offsets::Span;

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

fn skip_adverbs(doc: &Doc, mut k: usize, lim: usize) -> usize {
    let starts_phrase = |k: usize| doc.has(k, DET) || doc.has(k, PRONOUN);
    loop {
        // (Before the one-word test: `en` of `en outre` is an adverb alone too.)
        if k + 1 < lim && (is_two_token_adverb(doc, k) || is_gerund(doc, k)) {
            k += 2;
        } else if k < lim && doc.is_adverb(k) && !starts_phrase(k) {
            k += 1;
        } else {
            return k;
        }
    }
}

/// `d'ailleurs`, `par ailleurs`, `en outre` at token `k`: an adverb of two tokens.
fn is_two_token_adverb(doc: &Doc, k: usize) -> bool {
    is_elided_adverb(doc, k)
        || (!doc.lex.adverb_phrases.is_empty()
            && doc.is_word(k)
            && doc.is_word(k + 1)
            && doc.lex.adverb_phrases.iter().any(|(a, b)| {
                doc.s(k).eq_ignore_ascii_case(a) && doc.s(k + 1).eq_ignore_ascii_case(b)
            }))
}

/// `de lancer en riant X`: a French gerund between the verb and its subject.
fn is_gerund(doc: &Doc, k: usize) -> bool {
    doc.is_word(k + 1)
        && !doc.is_cap(k + 1)
        && doc.lex.has_participle_ending(doc.s(k + 1))
        && doc.s(k + 1).chars().nth(4).is_some()
        && doc.lex.gerund_markers.contains(doc.s(k))
}

/// `a-t-il`, `avait-elle`: an auxiliary with its inverted subject pronoun.
fn is_inverted_auxiliary(doc: &Doc, k: usize) -> bool {
    doc.s(k).rsplit_once('-').is_some_and(|(verb, _)| {
        let verb = verb.strip_suffix("-t").unwrap_or(verb);
        doc.lex.auxiliaries.contains(&verb.to_lowercase())
    })
}

/// `d'emblée`, `d’ailleurs`: an adverb the tokens split after its elided `d'`.
fn is_elided_adverb(doc: &Doc, k: usize) -> bool {
    let elided = doc.s(k);
    // Only an elided `d'` is looked up (the join allocates): it rarely follows a verb.
    matches!(elided, "d’" | "d'" | "D’" | "D'")
        && doc.is_word(k + 1)
        && doc
            .lex
            .adverbs
            .contains(&format!("{}{}", elided.to_lowercase(), doc.low(k + 1)))
}

/// `a-t-il déclaré`, `ajoute-t-elle`, `dit-il` at token `k`: the cue, the pronoun and the last
/// token used.
fn inverted(doc: &Doc, k: usize, lim: usize) -> Option<Attribution> {
    if k >= lim || !doc.is_word(k) {
        return None;
    }
    // `y écrit-il`, `lui a-t-elle dit`: an object pronoun before the verb.
    let k = if !doc.english && k + 1 < lim && doc.has(k, CLITIC) && doc.is_word(k + 1) {
        k + 1
    } else {
        k
    };
    // A reflexive verb: `s'est-il dit`, `s’est-elle bornée à dire`.
    let reflexive = doc.s(k).ends_with(['’', '\'']) && doc.low(k).starts_with('s') && k + 1 < lim;
    let cue_start = doc.tokens[k].span.start;
    let k = if reflexive { k + 1 } else { k };
    let word = doc.s(k);
    let (verb, pronoun) = word.rsplit_once('-')?;
    let pronoun_low = pronoun.to_lowercase();
    let impersonal = doc.lex.impersonal_pronouns.contains(&pronoun_low);
    let gender = match doc.lex.pronouns.get(&pronoun_low) {
        Some(&g) => g,
        None if impersonal => Gender::Unknown,
        None => return None,
    };
    let verb = verb.strip_suffix("-t").unwrap_or(verb);
    let token = doc.tokens[k].span;
    let pronoun_span = Span::new(token.end - pronoun.len(), token.end);
    let verb_low = verb.to_lowercase();
    let (cue, last) = if doc.lex.auxiliaries.contains(&verb_low) {
        let mut v = skip_adverbs(doc, k + 1, lim);
        // `s'est-il contenté de déclarer`, `s'est-elle bornée à dire`, `a-t-il fini par lâcher`.
        let infinitive = v + 2 < lim
            && doc.is_word(v)
            && matches!(doc.low(v + 1).as_ref(), "de" | "à" | "par")
            && doc.has(v + 2, LEMMA);
        let reported = v < lim && doc.is_speech_verb(v);
        // `a-t-il fait valoir`: the infinitive after `fait` is the speech verb.
        let causative = v + 1 < lim && doc.is_causative_verb(v) && doc.is_speech_verb(v + 1);
        if causative {
            v += 1;
        } else if infinitive && !reported {
            v += 2;
        } else if !reported {
            return None;
        }
        (Span::new(cue_start, doc.tokens[v].span.end), v)
    } else if doc.lex.speech_verbs.contains(&verb_low) {
        (Span::new(cue_start, token.start + verb.len()), k)
    } else if k + 1 < lim
        && doc.is_word(k + 1)
        && doc.lex.causative_verbs.contains(&verb_low)
        && doc
            .lex
            .causative_infinitives
            .contains(doc.low(k + 1).as_ref())
    {
        // `fait-il valoir`: the infinitive after the inverted `fait` reports speech.
        (Span::new(cue_start, doc.tokens[k + 1].span.end), k + 1)
    } else {
        return None;
    };
    if impersonal {
        return speaking_body(doc, last + 1, lim)
            .map(|np| Attribution::new(doc, How::After, Some(cue), np));
    }
    let np = Np {
        kind: NpKind::Pronoun(gender),
        first: k,
        last,
        name: None,
        head: None,
        gender,
    };
    Some(Attribution {
        how: How::After,
        cue: Some(cue),
        np,
        mention: pronoun_span,
    })
}

/// `a-t-on indiqué à la préfecture`, `explique-t-on chez Renault`: the body where `on` speaks.
fn speaking_body(doc: &Doc, k: usize, lim: usize) -> Option<Np> {
    let mut k = skip_adverbs(doc, k, lim);
    // `Du côté de l'évêché, on assure`: the link before the place word.
    if doc.has(k, LINK) && doc.lex.impersonal_places.contains(doc.low(k + 1).as_ref()) {
        k += 1;
    }
    if !doc.has(k, ADDRESSEE) && !doc.lex.impersonal_places.contains(doc.low(k).as_ref()) {
        return None;
    }
    // `auprès de la direction`: the link after the marker.
    let link = doc.has(k + 1, LINK) && (!doc.has(k + 1, DET) || doc.has(k + 2, DET));
    // `du côté du ministère de X`: a contracted article (a link and a determiner, not `la`)
    // is definite, no `un ministère`; the phrase starts at the noun, as in `au ministère de X`.
    let contracted = doc.has(k + 1, LINK)
        && doc.has(k + 1, DET)
        && !doc.has(k + 1, DEFINITE)
        && doc.has(k + 2, ORG);
    let start = if link || contracted { k + 2 } else { k + 1 };
    np_forward(doc, start, lim)
        .filter(|np| matches!(np.kind, NpKind::Organisation | NpKind::Name) || np.is_circle(doc))
}

/// The token after a body's short name in brackets at `k` (`(RTV)`), or `k` when there is none:
/// `À la Régie des transports (RTV), on évoque`, `Pour l'Association X (AX), …`; a party
/// after a name is skipped too (`Pour la maire, Ana X (divers gauche), …`).
fn past_short_name(doc: &Doc, k: usize) -> usize {
    const MAX_WORDS: usize = 3;
    if doc.is_punct(k, "(") && doc.is_cap(k + 1) && doc.is_punct(k + 2, ")") {
        return k + 3;
    }
    if !doc.is_punct(k, "(") {
        return k;
    }
    (k + 1..(k + 2 + MAX_WORDS).min(doc.len()))
        .take_while(|&c| doc.is_word(c) || doc.is_punct(c, ")"))
        .find(|&c| doc.is_punct(c, ")"))
        .filter(|&c| c > k + 1)
        .map_or(k, |c| c + 1)
}

/// Whether token `k` is the reflexive pronoun of a pronominal verb (`s'inquiète`, `se dit`).
fn is_reflexive(doc: &Doc, k: usize) -> bool {
    !doc.english && matches!(doc.low(k).as_ref(), "s’" | "s'" | "se")
}

/// A speech verb group starting at `k` (`a déclaré`, `has said`, `said`, `s'emporte`,
/// `s'est indigné`): its span and last token.
fn verb_group(doc: &Doc, k: usize, lim: usize) -> Option<(Span, usize)> {
    // `», nous a confié l'artiste`, `», m'a dit X`: an object pronoun before the verb.
    let object = !doc.english
        && k + 1 < lim
        && (doc.has(k, CLITIC) || matches!(doc.s(k), "nous" | "vous"))
        && (doc.has(k + 1, AUX) || doc.is_speech_verb(k + 1));
    let k = if object { k + 1 } else { k };
    let mut v = k;
    if v < lim && is_reflexive(doc, v) {
        v += 1;
    }
    loop {
        // `a par ailleurs jugé` (before the one-word test: `en` of `en outre` is one too).
        if v > k && v + 1 < lim && is_two_token_adverb(doc, v) {
            v += 2;
        } else if v < lim && (doc.has(v, AUX) || (v > k && doc.is_adverb(v))) {
            v += 1;
        } else {
            break;
        }
    }
    if is_causative_cue(doc, v, lim) {
        // `a fait valoir X`, `fait savoir le ministère`.
        return Some((join(doc.tokens[k].span, doc.tokens[v + 1].span), v + 1));
    }
    if let Some(last) = modal_cue(doc, v, lim) {
        // `a tenu à préciser X`, `veut croire X`.
        return Some((join(doc.tokens[k].span, doc.tokens[last].span), last));
    }
    if v + 1 < lim && is_phrasal_speech_verb(doc, v) {
        return Some((join(doc.tokens[k].span, doc.tokens[v + 1].span), v + 1));
    }
    if v >= lim || !doc.is_speech_verb(v) {
        return None;
    }
    Some((join(doc.tokens[k].span, doc.tokens[v].span), v))
}

/// Whether tokens `v` and `v + 1` are a verb and a particle reporting speech (`went on`).
fn is_phrasal_speech_verb(doc: &Doc, v: usize) -> bool {
    let (verb, particle) = (doc.s(v), doc.s(v + 1));
    doc.lex
        .phrasal_speech_verbs
        .iter()
        .any(|(a, b)| a.eq_ignore_ascii_case(verb) && b.eq_ignore_ascii_case(particle))
}

/// `fait valoir`, `fait savoir`, `a fait remarquer` at token `v`: a form of a causative verb
/// and the infinitive that makes it a speech act (`[causative_verbs]`, `[causative_infinitives]`).
fn is_causative_cue(doc: &Doc, v: usize, lim: usize) -> bool {
    v + 1 < lim
        && doc.is_word(v + 1)
        && doc.is_causative_verb(v)
        && doc
            .lex
            .causative_infinitives
            .contains(doc.low(v + 1).as_ref())
}

/// `veut croire`, `a tenu à préciser` at token `v`: a modal verb (`[modal_verbs]`), maybe `à`/`de`,
/// then a speech verb's infinitive or one of `[modal_infinitives]`; the infinitive's index.
fn modal_cue(doc: &Doc, v: usize, lim: usize) -> Option<usize> {
    if v + 1 >= lim || !doc.is_modal_verb(v) {
        return None;
    }
    let w = if matches!(doc.low(v + 1).as_ref(), "à" | "de" | "d'" | "d’") {
        v + 2
    } else {
        v + 1
    };
    let reports = w < lim
        && doc.is_word(w)
        && (doc.has(w, LEMMA) || doc.lex.modal_infinitives.contains(doc.low(w).as_ref()));
    reports.then_some(w)
}

/// The verb that carries the speech infinitive at `v`, if any: `fait` in `a fait valoir`, `borne`
/// in `se borne à rappeler`, `veut` in `veut croire`. The subject is that verb's.
fn infinitive_head(doc: &Doc, v: usize, lo: usize) -> Option<usize> {
    if doc.english || v <= lo {
        return None;
    }
    if doc.is_causative_verb(v - 1) {
        return Some(v - 1);
    }
    if v > lo + 1
        && matches!(doc.low(v - 1).as_ref(), "à" | "de" | "d'" | "d’")
        && doc.is_modal_verb(v - 2)
    {
        return Some(v - 2);
    }
    doc.is_modal_verb(v - 1).then_some(v - 1)
}

/// `», de dire la mairesse`, `», d’ajouter X`: a narrative infinitive (`[narrative_infinitives]`
/// after `de`) stands for the speech verb of an incise.
fn narrative_infinitive(doc: &Doc, k: usize, lim: usize) -> Option<(Span, usize)> {
    if doc.lex.narrative_infinitives.is_empty() || k + 1 >= lim {
        return None;
    }
    if !matches!(doc.s(k), "de" | "d'" | "d’") {
        return None;
    }
    let v = k + 1;
    doc.lex
        .narrative_infinitives
        .contains(doc.low(v).as_ref())
        .then(|| (join(doc.tokens[k].span, doc.tokens[v].span), v))
}

/// `a déclaré X`, `said X`, `explique le ministre`, `a confié à Y un témoin` at token `k`.
fn verb_then_subject(doc: &Doc, k: usize, lim: usize) -> Option<Attribution> {
    let (cue, v) = verb_group(doc, k, lim).or_else(|| narrative_infinitive(doc, k, lim))?;
    if doc.has(v, ADDRESSEE) {
        return None;
    }
    let mut n = skip_adverbs(doc, v + 1, lim);
    for _ in 0..3 {
        // `a expliqué lundi, lors d'une conférence de presse, le directeur X`: an adverbial set
        // off by commas before the subject.
        if let Some(after) = adverbial_between_commas(doc, n, lim) {
            n = skip_adverbs(doc, after, lim);
            continue;
        }
        // `s'est réjoui sur BFMTV X`, `said on Tuesday X`: a prepositional phrase before the
        // subject (not an agent `par X`, which names the speaker).
        let aside = doc.has(n, STARTER)
            && !doc.has(n, ADDRESSEE)
            && !doc.lex.passive_agents.contains(doc.low(n).as_ref())
            && !starts_source_cue(doc, n);
        if aside {
            // `résume au téléphone le maire`, `confie en aparté X`: a bare noun after the
            // preposition is a phrase of one word.
            n = skip_adverbs(doc, phrase_end(doc, n + 1, lim)? + 1, lim);
            continue;
        }
        if doc.has(n, ADDRESSEE) {
            // The person spoken to comes first: `a confié à notre journaliste X un témoin`.
            // `à l'AFP Paul X`: a medium named right after its article ends there.
            // `auprès de l'AFP`: the link after the marker, then the article.
            let mut at = n + 1;
            while at < n + 3 && doc.has(at, LINK | DET) && !doc.is_cap(at) {
                at += 1;
            }
            let medium = (at > n + 1 && doc.is_acronym(at))
                || (doc.is_cap(at) && !doc.has(at, FIRST_NAME) && doc.has(at + 1, FIRST_NAME));
            // `auprès de 20 Minutes`: a medium whose name opens with a number.
            let numbered = doc.s(at).bytes().all(|b| b.is_ascii_digit()) && doc.is_cap(at + 1);
            let last = if medium {
                at
            } else if numbered {
                at + 1
            } else {
                phrase_end(doc, n + 1, lim)?
            };
            n = skip_adverbs(doc, last + 1, lim);
            continue;
        }
        // `," adding that Ann Lee had …`: a subordinating connector after the verb opens the
        // reported clause; its subject is no speaker.
        if doc.has(n, CONNECTOR) && !doc.has(n, COORD) {
            return None;
        }
        // `says limnologist Ann Lee,`: a describing word the roles do not list, then the name.
        let described = || {
            let (ts, _, _) = np::described_name(doc, n, lim).filter(|_| doc.english)?;
            np_forward(doc, ts, lim).filter(|np| np.kind == NpKind::Name)
        };
        let np = np_forward(doc, n, lim).or_else(described)?;
        let ends = np.last + 1 >= lim || doc.is_punct(np.last + 1, ",.;:!?)");
        match np.kind {
            NpKind::Pronoun(_) if !doc.english => return None,
            NpKind::Other if !ends => n = skip_adverbs(doc, np.last + 1, lim),
            // `a indiqué sa présidente, la Dr Nadia X.`: the name apposed to the role.
            // (`une auditrice, Odette,`: a noun the roles do not list but that names a person.)
            // (`le tavana de Makemo, X`: a noun the roles do not list heads the phrase too,
            // when a name ending the sentence follows.)
            NpKind::Role | NpKind::Other
                if doc.punct_byte(np.last + 1) == b','
                    && (np.kind == NpKind::Role
                        || person_noun_phrase(doc, &np)
                        || (!doc.english
                            && doc.has(np.first, DET)
                            && !doc.is_cap(np.first + 1))) =>
            {
                // `témoigne une auditrice, Odette, qui a appelé`: a relative clause may follow.
                let apposed = np_forward(doc, np.last + 2, lim).filter(|n| {
                    n.kind == NpKind::Name
                        && (n.last + 1 >= lim
                            || doc.is_punct(n.last + 1, ".;!?")
                            || (doc.is_punct(n.last + 1, ",") && doc.has(n.last + 2, RELATIVE)))
                });
                let np = match apposed {
                    Some(name) => Np {
                        head: name.head.or(np.head),
                        ..name
                    },
                    None => np,
                };
                return Some(Attribution::new(doc, How::After, Some(cue), np));
            }
            _ => return Some(Attribution::new(doc, How::After, Some(cue), np)),
        }
    }
    None
}

/// The last token of the phrase after a preposition at `k - 1`; a lowercase noun with no
/// article is a phrase of one word when more words follow (`au téléphone le maire`).
fn phrase_end(doc: &Doc, k: usize, lim: usize) -> Option<usize> {
    let bare = || {
        doc.is_word(k)
            && !doc.is_cap(k)
            && !doc.has(k, DET | PRONOUN | AUX | SPEECH | LINK)
            && k + 1 < lim
            && doc.is_word(k + 1)
    };
    match np_forward(doc, k, lim) {
        Some(phrase) => Some(phrase.last),
        None => bare().then_some(k),
    }
}

/// The token after the closing comma of an adverbial that a comma at `comma` opens (`, lors
/// d'une conférence de presse,`, `, in a statement,`), if the stretch is short, holds words only
/// and opens like an adverbial (a preposition, a participle).
fn adverbial_between_commas(doc: &Doc, comma: usize, lim: usize) -> Option<usize> {
    const MAX_WORDS: usize = 8;
    if !doc.is_punct(comma, ",") || comma + 1 >= lim || !np::is_adverbial(doc, comma + 1) {
        return None;
    }
    let end = lim.min(comma + 2 + MAX_WORDS);
    let close = (comma + 1..end).find(|&k| !doc.is_word(k))?;
    let plain = close > comma + 1
        && doc.is_punct(close, ",")
        && !(comma + 1..close).any(|k| doc.is_speech_verb(k) || doc.has(k, AUX));
    plain.then_some(close + 1)
}

/// `X said`, `he told reporters`, `the ministry said`, `X, 20, said` at token `k`.
fn subject_then_verb(doc: &Doc, k: usize, lim: usize) -> Option<Attribution> {
    // `"…," it said`: a pronoun for a body (see `People::resolve`).
    if let Some(np) = body_pronoun(doc, k) {
        let (cue, _) = verb_group(doc, skip_adverbs(doc, k + 1, lim), lim)?;
        return Some(Attribution::new(doc, How::After, Some(cue), np));
    }
    let np = np_forward(doc, k, lim)?;
    if np.kind == NpKind::Other {
        // `"…," the statement continued`: a text goes on, its speaker is the one quoted before.
        let v = skip_adverbs(doc, np.last + 1, lim);
        let goes_on = doc.has(np.first, DEFINITE)
            && v < lim
            && doc.lex.continuation_verbs.contains(doc.low(v).as_ref());
        if goes_on {
            return Some(Attribution::new(
                doc,
                How::After,
                Some(doc.tokens[v].span),
                np,
            ));
        }
        // `"…," the communiqué said`: a document named before speaks for its author.
        let document = doc.has(np.first, DEFINITE)
            && doc.lex.document_nouns.contains(doc.low(np.last).as_ref());
        if document {
            let cue = verb_group(doc, skip_adverbs(doc, np.last + 1, lim), lim);
            match (cue, earlier_document_author(doc, np.last)) {
                (Some((cue, _)), Some(author)) => {
                    return Some(Attribution::new(doc, How::After, Some(cue), author));
                }
                // `X said the show was off. "…," the statement said`: with no document named
                // before, it is the words of the one reported just before (see `goes_on`).
                (Some((cue, _)), None) if doc.english => {
                    return Some(Attribution::new(doc, How::After, Some(cue), np));
                }
                _ => {}
            }
        }
        // `"…," the cleaner said` after `A station cleaner who … said`: someone the text brought
        // on with an indefinite article, by a noun the roles do not list.
        if !document && introduced_indefinitely(doc, &np) {
            if let Some((cue, _)) = verb_group(doc, skip_adverbs(doc, np.last + 1, lim), lim) {
                return Some(Attribution::new(doc, How::After, Some(cue), np));
            }
        }
        let (signer, v) = signer_after(doc, np.last + 1, lim)?;
        let v = skip_adverbs(doc, v, lim);
        // `the memo … reads`: a text's own verb.
        let cue = verb_group(doc, v, lim).map(|(cue, _)| cue).or_else(|| {
            (v < lim && doc.lex.text_verbs.contains(doc.low(v).as_ref()))
                .then(|| doc.tokens[v].span)
        })?;
        return Some(Attribution::new(doc, How::After, Some(cue), signer));
    }
    let mut v = np.last + 1;
    while v < lim && doc.is_acronym(v) {
        v += 1;
    }
    // `Rep. Ann Lee (D-Calif.) said`: a bracketed aside after the subject.
    if doc.is_punct(v, "(") {
        v = (v + 1..lim.min(v + 10)).find(|&c| doc.is_punct(c, ")"))? + 1;
    }
    // (`…» la décision du guide, rappelant que`: a participle after the comma opens a clause of
    // the sentence's own subject, no verb of the phrase before.)
    let participle = |k: usize| doc.lex.has_participle_ending(&doc.low(k));
    let closes_apposition =
        doc.is_punct(v, ",") && !participle(v + 1) && verb_group(doc, v + 1, lim).is_some();
    if closes_apposition {
        // `the chief executive, Dr X, said`: the phrase ended on its apposed name.
        v += 1;
    } else if doc.is_punct(v, ",") {
        // An apposition between subject and verb: `X, 20,` or `X, director of Y,`.
        v = (v + 1..lim.min(v + 14)).find(|&c| doc.is_punct(c, ","))? + 1;
    } else if let Some(p) = role_participle(doc, &np, v) {
        // `an investigator handling the case said`: a participle phrase with no commas (the
        // phrase may have taken the participle in).
        const MAX_WORDS: usize = 6;
        v = (p + 1..lim.min(p + 1 + MAX_WORDS))
            .find(|&c| !doc.is_word(c) || doc.is_speech_verb(c))
            .filter(|&c| doc.is_speech_verb(c))?;
    }
    let (cue, last) = verb_group(doc, skip_adverbs(doc, v, lim), lim)?;
    // `« … », l'opposition dénonce un coup de force`: a French verb with an object of its own
    // opens a new clause; it does not report the quotation.
    if !doc.english && doc.has(last + 1, DET) && !doc.has(last + 1, LINK) {
        return None;
    }
    Some(Attribution::new(doc, How::After, Some(cue), np))
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

/// The `-ing` participle right after the role noun of English `np`, at or before token `v`
/// (`an investigator handling the case`).
fn role_participle(doc: &Doc, np: &Np, v: usize) -> Option<usize> {
    if !doc.english || np.kind != NpKind::Role || np.name.is_some() {
        return None;
    }
    let p = (np.first + 1..=v).find(|&k| doc.has(k, ROLE))? + 1;
    (p <= v && doc.is_word(p) && doc.s(p).ends_with("ing") && !doc.is_speech_verb(p)).then_some(p)
}

/// Whether English `np` is `the` and one lowercase noun that an indefinite phrase brought on
/// earlier in its paragraph or the two before (`a station cleaner` … `the cleaner`).
fn introduced_indefinitely(doc: &Doc, np: &Np) -> bool {
    const PARAGRAPHS_BACK: usize = 2;
    const MAX_PREMODIFIERS: usize = 2;
    let head = np.last;
    let plain = doc.english
        && head == np.first + 1
        && doc.has(np.first, DEFINITE)
        && doc.is_word(head)
        && !doc.is_cap(head)
        // `a report … the report said`: a thing with a name or a text is nobody.
        && !doc.has(head, NAMING)
        && !doc.lex.inscription_nouns.contains(doc.low(head).as_ref());
    if !plain {
        return false;
    }
    let lo = doc
        .para_tokens(doc.para_of(head).saturating_sub(PARAGRAPHS_BACK))
        .0;
    let word = doc.s(head);
    let indefinite = |d: usize| doc.has(d, DET) && !doc.has(d, DEFINITE);
    (lo.max(1)..np.first).rev().any(|k| {
        doc.s(k).eq_ignore_ascii_case(word)
            && !doc.tokens[k].quoted
            && (k.saturating_sub(MAX_PREMODIFIERS + 1).max(lo)..k)
                .rev()
                .find(|&d| indefinite(d) || !doc.is_word(d) || doc.is_cap(d))
                .is_some_and(indefinite)
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

/// `the memo, signed by X, reads`: the author named in an apposition at `comma` speaks for the
/// text, and the token after the apposition.
fn signer_after(doc: &Doc, comma: usize, lim: usize) -> Option<(Np, usize)> {
    let authored = doc.is_punct(comma, ",")
        && doc.is_word(comma + 1)
        && doc
            .lex
            .author_participles
            .contains(doc.low(comma + 1).as_ref())
        && doc.lex.passive_agents.contains(doc.low(comma + 2).as_ref());
    if !authored {
        return None;
    }
    let signer = np_forward(doc, comma + 3, lim).filter(|n| n.kind == NpKind::Name)?;
    let after = signer.last + 1;
    doc.is_punct(after, ",").then_some((signer, after + 1))
}

/// Whether token `k` is the first word of a source cue (compared without a lookup: cheap).
/// (Inlined: the callers ask it of every token around a quotation, and the length and first
/// byte rule out nearly all.)
#[inline]
fn starts_source_cue(doc: &Doc, k: usize) -> bool {
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
fn source_cue(doc: &Doc, k: usize, lim: usize) -> Option<Attribution> {
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
                .and_then(|d| author_complement(doc, d));
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

/// `une auditrice`: an article and one lowercase noun whose ending names a person.
fn person_noun_phrase(doc: &Doc, np: &Np) -> bool {
    np.last == np.first + 1
        && doc.has(np.first, DET)
        && doc.is_word(np.last)
        && !doc.is_cap(np.last)
        && doc.lex.is_person_noun(&doc.low(np.last))
}

/// `la praticienne`, `le randonneur`: a definite article and a noun the roles do not list but
/// whose ending names a person (`[person_noun_endings]`).
fn describes_person(doc: &Doc, np: &Np) -> bool {
    np.kind == NpKind::Other
        && np.last == np.first + 1
        && doc.has(np.first, DEFINITE)
        && doc.is_word(np.last)
        && !doc.is_cap(np.last)
        && doc.lex.is_person_noun(&doc.low(np.last))
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

/// `« un passage en force » pour Greenpeace`: an opinion cue and a name that end the sentence
/// (a French headline's way of naming the speaker; English `for the Bank` is no attribution).
/// A speech verb before the quotation has its own subject: `X a parlé d'un « choc » pour le
/// groupe` names whom it is for.
/// So has a source cue before it: `Selon X, … « … » pour les entreprises`.
fn trailing_opinion_cue(doc: &Doc, close: usize, k: usize, lim: usize) -> Option<Attribution> {
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
        if !doc.is_punct(c, ",—–") {
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
        let pieces = vec![
            Span::new(inner.start, doc.tokens[c].span.start),
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
/// up to the end of the sentence that resumes the quotation: the period after it.
fn apposition_end(doc: &Doc, comma: usize, close: usize) -> Option<usize> {
    const MAX_TOKENS: usize = 12;
    let role = comma + 1;
    let role = if doc.has(role, DET) { role + 1 } else { role };
    if role >= close || !doc.is_word(role) || doc.is_cap(role) || !doc.has(role, ROLE) {
        return None;
    }
    let end = (role + 1..close.min(role + MAX_TOKENS))
        .find(|&k| !doc.is_word(k) && !doc.is_punct(k, "’'-"))?;
    (doc.is_punct(end, ".") && doc.is_cap(end + 1) && end + 1 < close).then_some(end)
}

/// The auxiliary before `de son côté`, `pour sa part`, `à son tour` that ends right before the
/// participle at `v` (French).
fn possessive_aside_before(doc: &Doc, v: usize, lo: usize) -> Option<usize> {
    if doc.english || v < lo + 4 {
        return None;
    }
    let (noun, det, link, aux) = (v - 1, v - 2, v - 3, v - 4);
    let aside = doc.is_word(noun)
        && !doc.is_cap(noun)
        && doc
            .lex
            .possessive_determiners
            .contains(doc.low(det).as_ref())
        && matches!(doc.low(link).as_ref(), "de" | "pour" | "à")
        && doc.has(aux, AUX);
    aside.then_some(aux)
}

/// The subject of the speech verb at `v`, looking no further back than `lo`.
/// `Water expert Ann Lee of the Centre for Rivers said`: a body after a preposition that
/// follows a person's full name places that person, who is the subject. (The body's name may
/// hold prepositions of its own: walk back through them.)
fn affiliated_person(doc: &Doc, body: &Np, lo: usize) -> Option<Np> {
    const MAX_LINKS: usize = 3;
    if !doc.english || !matches!(body.kind, NpKind::Name | NpKind::Organisation) {
        return None;
    }
    let mut k = body.first;
    for _ in 0..MAX_LINKS {
        let link = k.checked_sub(1)?;
        if link < lo + 2 || !doc.has(link, LINK) || doc.has(link, COORD) || !doc.is_cap(link - 1) {
            return None;
        }
        let (f, l) = np::name_ending_at(doc, link - 1, lo)?;
        let person = np_backward(doc, link - 1, lo).filter(|n| {
            n.kind == NpKind::Name
                && n.last == l
                && l > f
                && !doc.has(l, ORG)
                && (n.head.is_some()
                    || n.first < f
                    || doc.has(f, FIRST_NAME)
                    || (f > lo && doc.has(f - 1, ROLE) && !doc.is_cap(f - 1)))
        });
        if person.is_some() {
            return person;
        }
        k = if f > lo && doc.has(f - 1, DET) {
            f - 1
        } else {
            f
        };
    }
    None
}

pub(super) fn subject_of(doc: &Doc, v: usize, lo: usize) -> Option<(Np, Span)> {
    let mut j = v;
    let mut cue = doc.tokens[v].span;
    if let Some(head) = infinitive_head(doc, v, lo) {
        j = head;
        cue = join(cue, doc.tokens[head].span);
    }
    // `s'inquiète`, `se dit`: the reflexive pronoun belongs to the verb.
    loop {
        // `a de son côté qualifié`, `a pour sa part estimé`: a possessive phrase between the
        // auxiliary and the participle.
        if let Some(aux) = possessive_aside_before(doc, j, lo) {
            j = aux + 1;
        }
        // `a par ailleurs jugé`, `a d'ailleurs estimé`: an adverb of two tokens.
        // (`a-t-il d'abord lâché`: after an inverted auxiliary too.)
        if j >= lo + 3
            && is_two_token_adverb(doc, j - 2)
            && (doc.has(j - 3, AUX) || is_inverted_auxiliary(doc, j - 3))
        {
            j -= 2;
            continue;
        }
        let verbal =
            j > lo && (doc.has(j - 1, AUX) || doc.is_adverb(j - 1) || is_reflexive(doc, j - 1));
        if !verbal {
            break;
        }
        j -= 1;
        if doc.has(j, AUX) || is_reflexive(doc, j) {
            cue = join(cue, doc.tokens[j].span);
        }
    }
    if j == lo {
        return None;
    }
    let mut j = j - 1;
    // `assure avoir proposé une « médiation »`: a past infinitive has the subject of the verb
    // that governs it.
    if doc.lex.auxiliary_infinitives.contains(doc.s(j)) {
        let np = earlier_subject(doc, lo, j).or_else(|| clause_subject(doc, lo, j));
        return np.map(|np| (np, cue));
    }
    // `je lui ai répondu`, `il m'a dit`: an object pronoun between subject and verb.
    if j > lo && doc.has(j, CLITIC) && doc.has(j - 1, PRONOUN) {
        j -= 1;
    }
    // `…, telling supporters that`, `…, qualifiant le projet de`: a participle clause has the
    // subject of the sentence's main clause.
    let participle = doc.lex.has_participle_ending(&doc.low(v));
    // `tout en rappelant`: a gerund, whatever comes before `en`.
    let gerund_marker = |k: usize| doc.lex.gerund_markers.contains(doc.low(k).as_ref());
    let gerund = || v > lo && gerund_marker(v - 1);
    if participle && (doc.is_punct(j, ",") || gerund_marker(j) || gerund()) {
        // `…, a indiqué la préfecture, précisant que`: the participle goes with the inverted
        // report just before it.
        let report = (lo..j)
            .rev()
            .filter(|_| !doc.english)
            .find(|&c| doc.is_punct(c, ","))
            .and_then(|c| verb_then_subject(doc, c + 1, j));
        if let Some(report) = report {
            return Some((report.np, cue));
        }
        if let Some(np) = earlier_subject(doc, lo, j) {
            return Some((np, cue));
        }
        return clause_subject(doc, lo, v).map(|np| (np, cue));
    }
    if let Some(inv) = inverted(doc, j, v + 1) {
        return Some((inv.np, cue));
    }
    // `Au ministère de la Santé, on indique que …`: `on` speaks for the place put first.
    if doc.lex.impersonal_pronouns.contains(doc.low(j).as_ref()) {
        let np = speaking_body(doc, lo, j)?;
        // `À la Régie des transports (RT), on évoque`: the short name in brackets goes with it.
        return doc
            .is_punct(past_short_name(doc, np.last + 1), ",")
            .then_some((np, cue));
    }
    if doc.has(j, CONNECTOR) {
        // `X a salué « … », mais relevé « … »`: a coordinated verb shares the subject.
        let np = coordinated_subject(doc, lo, j).or_else(|| clause_subject(doc, lo, j));
        return np.map(|np| (np, cue));
    }
    if let Some(name) = identified_as(doc, j, lo) {
        return Some((name, cue));
    }
    let np = np_backward(doc, j, lo).map(|np| partitive_around(doc, np, lo));
    // `It added that …`: a pronoun for a body opening the sentence (`which it described as`
    // has the subject of the sentence, found below).
    if let Some(it) = body_pronoun(doc, j).filter(|_| np.is_none() && j == lo) {
        return Some((it, cue));
    }
    if let Some(person) = np.as_ref().and_then(|n| affiliated_person(doc, n, lo)) {
        return Some((person, cue));
    }
    // (`A diplomat who attended as an observer, speaking …, said`: a role too.)
    if let Some(antecedent) = np
        .as_ref()
        .filter(|n| matches!(n.kind, NpKind::Other | NpKind::Role))
        .and_then(|n| relative_antecedent(doc, lo, n.first))
    {
        return Some((antecedent, cue));
    }
    if np.as_ref().is_none_or(|n| n.kind == NpKind::Other) {
        // `The association’s letter, seen by X, said`: the phrase's own noun, past an aside.
        let noun = np.as_ref().map_or(j, |n| n.last);
        if let Some(owner) = author_of_possessed(doc, noun, lo) {
            return Some((owner, cue));
        }
        if let Some(subject) = subject_before_participle(doc, lo, j) {
            return Some((subject, cue));
        }
    }
    np.map(|np| (np, cue))
}

/// `a nurse who asked to be identified only as Mira, said`: the name a subject goes by, ending
/// the phrase at the comma `j` before the verb.
fn identified_as(doc: &Doc, j: usize, lo: usize) -> Option<Np> {
    if !doc.is_punct(j, ",") || j < lo + 3 || !doc.is_cap(j - 1) {
        return None;
    }
    let (f, l) = np::name_ending_at(doc, j - 1, lo)?;
    if f < lo + 2 || doc.low(f - 1) != "as" {
        return None;
    }
    // (An adverb may come between: `identified only as`, `known locally as`.)
    let identity = |p: usize| doc.lex.identity_participles.contains(doc.low(p).as_ref());
    let adverb_between = f >= lo + 3 && doc.is_word(f - 2) && !doc.is_cap(f - 2) && identity(f - 3);
    if !(identity(f - 2) || adverb_between) {
        return None;
    }
    np_forward(doc, f, l + 1).filter(|n| n.kind == NpKind::Name)
}

/// `A guard who feared losing his job said`: a thing ending a relative clause with no commas is
/// no subject; the person before `who` at the clause's start is. (French `qui` may follow a
/// thing too: there only a role before it, `un agent qui a travaillé pour X jusqu'à l'été`.)
fn relative_antecedent(doc: &Doc, lo: usize, end: usize) -> Option<Np> {
    const MAX_CLAUSE: usize = 16;
    let relatives = if doc.english {
        &doc.lex.person_relatives
    } else {
        &doc.lex.relatives
    };
    if relatives.is_empty() {
        return None;
    }
    let who = (lo + 1..end)
        .rev()
        .take(MAX_CLAUSE)
        .take_while(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
        .find(|&k| relatives.contains(doc.low(k).as_ref()))?;
    // (Its complement may run up to `who`: `A diplomat from a third country who`.)
    let up_to_who =
        |np: &Np| np.last < who && (np.last + 1..who).all(|k| doc.is_word(k) && !doc.has(k, AUX));
    let person = |np: &Np| np.kind != NpKind::Other && (doc.english || np.kind == NpKind::Role);
    // `Du côté de la gendarmerie, un officier qui …`: the antecedent follows an opening phrase.
    let lo = (lo..who)
        .rev()
        .find(|&k| doc.is_punct(k, ","))
        .map_or(lo, |c| c + 1);
    clause_subject(doc, lo, who).filter(|np| up_to_who(np) && person(np))
}

/// `L'un d'eux décrit`: the partitive that a plural pronoun ends (one of the group named
/// before), else the pronoun's phrase.
fn partitive_around(doc: &Doc, np: Np, lo: usize) -> Np {
    if np.kind != NpKind::Pronoun(Gender::Plural) || np.first < lo + 2 {
        return np;
    }
    let start = np.first.saturating_sub(3).max(lo)..np.first - 1;
    start
        .into_iter()
        .find(|&k| np::partitive_at(doc, k) == Some(np.first))
        .and_then(|k| np_forward(doc, k, np.last + 1))
        .filter(|p| p.last == np.last)
        .unwrap_or(np)
}

/// `Un plaisancier amarré deux pontons plus loin s'interroge`: the phrase opening the clause at
/// `lo`, when a French past participle phrase with no comma nor verb runs from it to the verb
/// at `j + 1`.
fn subject_before_participle(doc: &Doc, lo: usize, j: usize) -> Option<Np> {
    const MAX_SUBJECT_TOKENS: usize = 6;
    if doc.english {
        return None;
    }
    let is_participle = |k: usize| {
        !doc.is_cap(k) && !doc.has(k, DET | LINK | ROLE) && np::ends_like_past_participle(doc, k)
    };
    let p = (lo + 2..=j.min(lo + MAX_SUBJECT_TOKENS)).find(|&k| is_participle(k))?;
    let np = np_forward(doc, lo, p).filter(|np| np.first == lo && np.last + 1 == p)?;
    let plain = (p..=j).all(|k| doc.is_word(k) && !doc.has(k, AUX) && !doc.is_speech_verb(k));
    // `Un plaisancier`: a noun the roles do not list, as the clause's subject, speaks too.
    let speaker = matches!(np.kind, NpKind::Role | NpKind::Name | NpKind::Other);
    (plain && speaker).then_some(np)
}

/// `Voss’s memo also says`, `Lee’s latest post said`: a named possessor's own text (a noun
/// that is no role nor body) speaks for the possessor.
fn author_of_possessed(doc: &Doc, noun: usize, lo: usize) -> Option<Np> {
    const MAX_ADJECTIVES: usize = 1;
    if !doc.english || !doc.is_word(noun) || doc.is_cap(noun) || doc.has(noun, ROLE | ORG) {
        return None;
    }
    let mark = (noun.saturating_sub(MAX_ADJECTIVES + 1)..noun)
        .rev()
        .take_while(|&k| k > lo && (doc.is_word(k) || np::is_possessive_mark(doc, k)))
        .find(|&k| np::is_possessive_mark(doc, k))?;
    let owner_end = mark.checked_sub(1)?;
    let owner = np_backward(doc, owner_end, lo)
        .filter(|o| matches!(o.kind, NpKind::Name | NpKind::Organisation));
    // (A body's document only: `the city’s best-loved bakeries` are no author.)
    let document = || doc.lex.document_nouns.contains(doc.low(noun).as_ref());
    owner.or_else(|| document().then(|| definite_body_owner(doc, owner_end, lo))?)
}

/// `the federation’` before a possessive `s`: a definite body noun glued to its apostrophe,
/// which the phrase readers do not take for the noun.
fn definite_body_owner(doc: &Doc, owner: usize, lo: usize) -> Option<Np> {
    let word = doc.low(owner);
    let noun = word.strip_suffix(['’', '\''])?;
    let det = owner
        .checked_sub(1)
        .filter(|&d| d >= lo && doc.has(d, DEFINITE))?;
    doc.lex.organisations.contains(noun).then(|| Np {
        kind: NpKind::Organisation,
        first: det,
        last: owner,
        name: None,
        head: Some(noun.to_string()),
        gender: Gender::Unknown,
    })
}

/// In French, the subject of the nearest speech verb before token `j` (`X a salué « … », tout
/// en rappelant que`, `…, mais relevé`): a participle or a coordinated verb shares it.
fn earlier_subject(doc: &Doc, lo: usize, j: usize) -> Option<Np> {
    if doc.english {
        return None;
    }
    coordinated_subject(doc, lo, j)
}

/// The subject of the nearest speech verb before token `j`, which a verb coordinated with it
/// shares (`X said that "…" but acknowledged that`).
fn coordinated_subject(doc: &Doc, lo: usize, j: usize) -> Option<Np> {
    // (Not the verb of a relative clause: `He pointed to a memo, which described …, and said`.)
    let p = (lo..j).rev().find(|&p| {
        !doc.tokens[p].quoted && doc.is_speech_verb(p) && !(p > lo && doc.has(p - 1, RELATIVE))
    })?;
    let np = subject_of(doc, p, lo).map(|(np, _)| np)?;
    // `X said that deputies had responded …, and urged`: a verb of the reported clause is no
    // partner; the verb that reports it is.
    let that = (np.first.saturating_sub(1).max(lo)..=np.first).find(|&t| doc.low(t) == "that");
    if let Some(outer) = that.and_then(|t| coordinated_subject(doc, lo, t)) {
        return Some(outer);
    }
    Some(np)
}

/// Whether the sentence-opening word at `k` is an adverb or a participle that describes the
/// subject to come (`Visiblement émue, la réalisatrice …`, `Joint par téléphone, il …`,
/// `Clearly shaken, she …`), not a name: a capitalised word with such an ending that is no
/// known given name.
fn opens_with_modifier(doc: &Doc, k: usize) -> bool {
    const ENDINGS_FR: [&str; 7] = ["ment", "é", "ée", "és", "ées", "int", "inte"];
    const ENDINGS_EN: [&str; 2] = ["ly", "ed"];
    if !doc.is_cap(k) || doc.sentence_start(k) != k || doc.has(k, FIRST_NAME) {
        return false;
    }
    let word = doc.low(k);
    let endings: &[&str] = if doc.english {
        &ENDINGS_EN
    } else {
        &ENDINGS_FR
    };
    // `Auteure d'un doublé, l'attaquante …`, `Originaire de Lyon, elle …`: a noun or an
    // adjective with its complement.
    let with_complement = !doc.english
        && !doc.is_cap(k + 1)
        && matches!(doc.low(k + 1).as_ref(), "de" | "d'" | "d’" | "du" | "des");
    // `Côté syndical, le délégué …`: a word that is no name, then one lowercase word before
    // the comma, is a topic marker.
    let topic = doc.has(k, NON_NAME)
        && !doc.has(k, DET | PRONOUN)
        && doc.is_word(k + 1)
        && !doc.is_cap(k + 1)
        && doc.is_punct(k + 2, ",");
    with_complement
        || topic
        || (word.chars().nth(4).is_some() && endings.iter().any(|e| word.ends_with(e)))
}

/// Whether a short lowercase phrase opened by an adverb and closed by a comma starts at `k`:
/// `Plus modéré, X …`, `Bien plus prudente, la maire …`. It describes the subject to come.
fn opens_degree_phrase(doc: &Doc, k: usize, lim: usize) -> bool {
    const MAX_WORDS: usize = 3;
    if !doc.is_cap(k) || !doc.has(k, ADVERB) {
        return false;
    }
    let end = lim.min(k + 1 + MAX_WORDS);
    (k + 1..end)
        .find(|&c| !doc.is_word(c) || doc.is_cap(c))
        .is_some_and(|c| c > k + 1 && doc.is_punct(c, ","))
}

/// The subject that opens the clause `lo..lim`, after any adverbial stretches.
fn clause_subject(doc: &Doc, lo: usize, lim: usize) -> Option<Np> {
    let mut k = lo;
    if doc.para_tokens(doc.para_of(lo)).0 == lo {
        k = doc.after_dateline(doc.para_of(lo)).unwrap_or(lo).min(lim);
    }
    // `Assurance-chômage : Claire X veut « … »`: a headline's kicker is no subject.
    if let Some(colon) = (k..lim)
        .rev()
        .find(|&c| doc.is_punct(c, ":") && !doc.tokens[c].quoted)
    {
        k = colon + 1;
    }
    // `Two years ago the board rejected …`: a short time phrase needs no comma.
    const TIME_PHRASE_WORDS: usize = 4;
    if let Some(end) = (k + 1..lim.min(k + TIME_PHRASE_WORDS))
        .take_while(|&c| doc.is_word(c))
        .find(|&c| doc.lex.time_phrase_ends.contains(doc.low(c).as_ref()))
    {
        k = end + 1;
        // `Quelques jours plus tard, un agent …`: the comma closing it.
        if doc.is_punct(k, ",") {
            k += 1;
        }
    }
    for _ in 0..4 {
        let starts_adverbial = doc.has(k, STARTER)
            || opens_degree_phrase(doc, k, lim)
            || doc.lex.has_participle_ending(&doc.low(k))
            || opens_with_modifier(doc, k)
            || (doc.s(k).ends_with(['’', '\'']) && doc.lex.has_participle_ending(&doc.low(k + 1)))
            // `Dans son rapport, consulté par la presse, l'arbitre …`: a passive with its agent.
            || (doc.is_word(k) && !doc.is_cap(k) && doc.lex.passive_agents.contains(doc.s(k + 1)));
        if !starts_adverbial {
            break;
        }
        match (k..lim).find(|&c| doc.is_punct(c, ",")) {
            Some(c) => k = c + 1,
            None => return None,
        }
    }
    let np = np_forward(doc, k, lim)?;
    // `Media coverage called it …`: a capitalised word modifying the subject names nobody.
    if np.kind == NpKind::Name && np.first == np.last && np::opens_abstract_noun(doc, np.first) {
        return None;
    }
    // `Cette année, il redoute pire`: a time phrase before a comma, then the subject pronoun.
    let after_comma = np.last + 2;
    // (`Le Varois, lui, pense`: a pronoun set off by commas only repeats the subject.)
    if doc.is_punct(np.last + 1, ",")
        && after_comma < lim
        && doc.has(after_comma, PRONOUN)
        && !doc.is_punct(after_comma + 1, ",")
    {
        return np_forward(doc, after_comma, lim);
    }
    (np.kind != NpKind::Other || np.head.is_some()).then_some(np)
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
            Some(Attribution::new(doc, How::Verb, None, np))
        }
        _ => document_opening(doc, lo, open),
    }
}

/// `Au ministère de X, on suit le dossier « … »` (French): with no speech verb, `on` after the
/// opening place phrase speaks for the body it names.
fn impersonal_at_place(doc: &Doc, lo: usize, open: usize) -> Option<Attribution> {
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
fn document_opening(doc: &Doc, lo: usize, open: usize) -> Option<Attribution> {
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

/// The subject of the sentence right before a quotation that opens its own sentence, when that
/// sentence holds no quotation of its own: `Jane Park was blunt. "This budget is dead."`. The
/// quotation is what the sentence announced.
pub(super) fn previous_sentence(doc: &Doc, open: usize) -> Option<Attribution> {
    let para_start = doc.para_tokens(doc.para_of(open)).0;
    if doc.sentence_start(open) != open || open <= para_start {
        return None;
    }
    let lo = doc.sentence_start(open - 1).max(para_start);
    let quoted = (lo..open).any(|k| doc.tokens[k].quoted || doc.quote_at_mark(k).is_some());
    if quoted || open - lo > WINDOW {
        return None;
    }
    // `…, the data revealed where people live, she said. "If you …"`: the sentence's own
    // reporting clause names the speaker.
    // (`Le maire, X, conteste les chiffres.`: a verb's object is no inverted subject.)
    if let Some(a) = trailing_report(doc, lo, open).filter(|a| a.np.kind != NpKind::Other) {
        return Some(a);
    }
    if let Some(a) = opening_source(doc, lo, open) {
        return Some(a);
    }
    let np = clause_subject(doc, lo, open).filter(|np| np.kind != NpKind::Other);
    let Some(np) = np else {
        // `La directrice … ne cache pas l'ampleur de la tâche. Le déficit atteint X. « … »`:
        // past one sentence about a thing, the person the sentence before it is about.
        return inverted_relative_subject(doc, lo, open)
            .or_else(|| verbless_source(doc, lo, open))
            .or_else(|| person_sentence_before(doc, lo, para_start));
    };
    let speaker = matches!(
        np.kind,
        NpKind::Name | NpKind::Pronoun(_) | NpKind::Role | NpKind::Organisation
    );
    speaker.then(|| Attribution::new(doc, How::Verb, None, np))
}

/// `Pour Paulette X, le mal est fait.`, `Selon son président, Marc X, 180 postes sont menacés.`:
/// the person a sentence opening at `lo` (up to `end`) gives its view or its words to.
fn opening_source(doc: &Doc, lo: usize, end: usize) -> Option<Attribution> {
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
    found.filter(|a| matches!(a.np.kind, NpKind::Name | NpKind::Role))
}

/// `Même colère chez Anne X, dont la fille …`: a verbless opening of a few lowercase words,
/// then a `[verbless_source_cues]` word and a person (French).
fn verbless_source(doc: &Doc, lo: usize, end: usize) -> Option<Attribution> {
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

/// `Un récit que conteste Nadia X. « … »`: a sentence (or a clause before a colon) about a
/// thing that ends on the person its relative clause makes the subject (French puts it after
/// the verb).
fn inverted_relative_subject(doc: &Doc, lo: usize, end: usize) -> Option<Attribution> {
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
fn person_sentence_before(doc: &Doc, end: usize, para_start: usize) -> Option<Attribution> {
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

/// `C'est le cas de Julie X, 31 ans, qui …` at `k` (French): the name a presenting `c'est`
/// puts forward within its first words.
fn presented_name(doc: &Doc, k: usize, hi: usize) -> Option<Np> {
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
fn cleft_report(doc: &Doc, k: usize, hi: usize) -> Option<Attribution> {
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
fn trailing_report(doc: &Doc, lo: usize, end: usize) -> Option<Attribution> {
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

/// `Trop tard pour Nadia X : « … »`: an opinion cue and a person or body right up to the colon
/// (French).
fn opinion_before_colon(doc: &Doc, lo: usize, colon: usize) -> Option<Attribution> {
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
fn inverted_before_colon(doc: &Doc, v: usize, lo: usize, colon: usize) -> Option<Attribution> {
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

/// The author a document speaks for, when the speaker found is a document (`[document_nouns]`):
/// `its final communique, which said` is the subject that owns it; `The statement called it
/// "…"` is the subject of the report that mentioned the statement before (`X said in a written
/// statement`). Any other attribution is returned as it is.
pub(super) fn document_author(doc: &Doc, a: Attribution) -> Attribution {
    const MAX_ADJECTIVES: usize = 2;
    let np = &a.np;
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
    let noun = if is_document(np.last) {
        np.last
    } else if let Some(k) = (!doc.english).then(head).flatten() {
        k
    } else {
        return a;
    };
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
    } else if doc.has(det, DEFINITE) && noun < np.last {
        // (A complement names the author: it outweighs a document named before.)
        author_complement(doc, noun).or_else(|| earlier_document_author(doc, noun))
    } else if doc.has(det, DEFINITE) {
        earlier_document_author(doc, noun).or_else(|| author_complement(doc, noun))
    } else if doc.has(noun + 1, RELATIVE) && det > doc.sentence_start(det) {
        // `X a justifié la fermeture par un arrêté qui évoque « … »`: the subject of the
        // clause the document is part of.
        let lo = doc.sentence_start(det);
        clause_subject(doc, lo, det).filter(|s| s.last < det)
    } else {
        author_complement(doc, noun)
    };
    match author.filter(|s| s.kind != NpKind::Other) {
        Some(np) => Attribution { np, ..a },
        None => a,
    }
}

/// `a Harbour Authority briefing`, `the 2024 Acme report`: the body or person named between a
/// determiner (and a year) and the document noun at `noun` (English).
fn named_before_document(doc: &Doc, noun: usize) -> Option<Np> {
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

/// The subject of the speech verb reporting the last earlier mention of the document noun at
/// `noun`, in its paragraph or the one before (`X said in a statement`, `In a statement, X
/// said`).
fn earlier_document_author(doc: &Doc, noun: usize) -> Option<Np> {
    let lo = doc.para_tokens(doc.paragraphs_back(noun, 1)).0;
    // `Dans un communiqué, X … précise le texte`: any document noun (`le texte`) takes up the
    // document named last.
    let m = (lo..doc.sentence_start(noun)).rev().find(|&k| {
        !doc.tokens[k].quoted
            && doc.is_word(k)
            && doc.lex.document_nouns.contains(doc.low(k).as_ref())
    })?;
    document_author_at(doc, m).or_else(|| author_complement(doc, m))
}

/// `a report from X`, `a circular issued by the council`: the body or person that the
/// complement of the document noun at `noun` names as its author.
fn author_complement(doc: &Doc, noun: usize) -> Option<Np> {
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
    // `by the Greenway Institute found that`: the sentence's verb ends the author's name.
    let end = doc.sentence_end(k);
    let end = (k + 2..end)
        .find(|&e| {
            doc.is_word(e)
                && !doc.is_cap(e)
                && doc.is_cap(e - 1)
                && !doc.has(e, LINK | DET | ORG | ROLE)
        })
        .unwrap_or(end);
    let np = np_forward(doc, k + 1, end)?;
    if matches!(np.kind, NpKind::Name | NpKind::Organisation) {
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

/// `Its final line read: "…"` after `X declined to comment beyond the letter.`: a part of the
/// document named last, in this paragraph or the one before, speaks for its author.
fn possessed_text_author(doc: &Doc, lo: usize, colon: usize) -> Option<Np> {
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
    if reported {
        let earlier = (lo..np.first - 1)
            .rev()
            .find(|&p| !doc.tokens[p].quoted && doc.is_speech_verb(p))
            .and_then(|p| subject_of(doc, p, lo))
            .filter(|(n, _)| n.kind != NpKind::Other);
        if let Some((np, cue)) = earlier {
            return Some(Attribution::new(doc, How::Verb, Some(cue), np));
        }
    }
    Some(Attribution::new(doc, How::Verb, Some(cue), np))
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
    if doc.english || v <= lo {
        return false;
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

/// Whether the verb at `v` sits in a relative clause (`, which he called X,`) that closes before
/// token `open`: such a verb does not govern what follows.
fn in_closed_relative(doc: &Doc, lo: usize, v: usize, open: usize) -> bool {
    let Some(comma) = (lo..v).rev().find(|&c| doc.is_punct(c, ",")) else {
        return false;
    };
    let relative = (comma + 1..v).take(3).any(|k| doc.has(k, RELATIVE));
    relative && (v + 1..open).any(|c| doc.is_punct(c, ",") && !doc.tokens[c].quoted)
}
