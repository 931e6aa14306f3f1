//! The attribution clause itself: a speech verb and its subject in either order, next to
//! the quotation (`a déclaré X`, `a-t-il dit`, `X said`, `said X`), with the adverbs,
//! auxiliaries, modals and phrasal particles that may come between them. It decides whether
//! the words at a position make such a clause and which noun phrase is its speaker.

use super::cue::starts_source_cue;
use super::document::earlier_document_author;
use super::subject::name_in_relative;
use super::{body_pronoun, join, Attribution, How};
use crate::offsets::Span;
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::Gender;
use crate::quotes::np::{self, np_forward, Np, NpKind};

pub(super) fn skip_adverbs(doc: &Doc, mut k: usize, lim: usize) -> usize {
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
pub(super) fn is_two_token_adverb(doc: &Doc, k: usize) -> bool {
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
pub(super) fn inverted(doc: &Doc, k: usize, lim: usize) -> Option<Attribution> {
    if k >= lim || !doc.is_word(k) {
        return None;
    }
    // `y écrit-il`, `lui a-t-elle dit`: an object pronoun before the verb.
    let k = if !doc.english && k + 1 < lim && doc.has(k, CLITIC) && doc.is_word(k + 1) {
        k + 1
    } else {
        k
    };
    // A reflexive verb: `s'est-il dit`, `s’est-elle bornée à dire`, `se réjouit-elle`.
    let reflexive = ((doc.s(k).ends_with(['’', '\'']) && doc.low(k).starts_with('s'))
        || (!doc.english && doc.low(k) == "se"))
        && k + 1 < lim;
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
pub(super) fn speaking_body(doc: &Doc, k: usize, lim: usize) -> Option<Np> {
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
pub(super) fn past_short_name(doc: &Doc, k: usize) -> usize {
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
pub(super) fn is_reflexive(doc: &Doc, k: usize) -> bool {
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
    let w = if doc.lex.infinitive_links.contains(doc.low(v + 1).as_ref()) {
        v + 2
    } else {
        v + 1
    };
    let reports = w < lim
        && doc.is_word(w)
        && (doc.has(w, LEMMA) || doc.lex.modal_infinitives.contains(doc.low(w).as_ref()));
    reports.then_some(w)
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
pub(super) fn verb_then_subject(doc: &Doc, k: usize, lim: usize) -> Option<Attribution> {
    let (cue, v) = verb_group(doc, k, lim).or_else(|| narrative_infinitive(doc, k, lim))?;
    if doc.has(v, ADDRESSEE) {
        return None;
    }
    // `», évoquant la location de X`: a French present participle takes an object, never an
    // inverted subject.
    if !doc.english && v == k && doc.lex.has_participle_ending(doc.s(v)) {
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
        let mut np = np_forward(doc, n, lim).or_else(described)?;
        // `sourit une navetteuse rencontrée à l'arrêt`: a participle after a noun naming a
        // person describes that person; the noun ends the phrase (French).
        let participle =
            |k: usize| np::ends_like_past_participle(doc, k) || np::opens_other_participle(doc, k);
        let noun = Np {
            last: np.first + 1,
            ..np.clone()
        };
        if !doc.english
            && np.kind == NpKind::Other
            && np.last <= np.first + 2
            && person_noun_phrase(doc, &noun)
            && participle(np.first + 2)
        {
            np = noun;
        }
        let ends = np.last + 1 >= lim
            || doc.is_punct(np.last + 1, ",.;:!?)")
            || (np.kind == NpKind::Other
                && person_noun_phrase(doc, &np)
                && participle(np.last + 1));
        let np = match np.kind {
            NpKind::Pronoun(_) if !doc.english => return None,
            NpKind::Other if !ends => {
                n = skip_adverbs(doc, np.last + 1, lim);
                continue;
            }
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
                match apposed {
                    Some(name) => Np {
                        head: name.head.or(np.head),
                        ..name
                    },
                    None => np,
                }
            }
            _ => np,
        };
        // `said a baker, who gave only his first name, Tomas,`: the name the clause gives.
        let np = name_in_relative(doc, np.last + 1, lim).unwrap_or(np);
        return Some(Attribution::new(doc, How::After, Some(cue), np));
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
pub(super) fn subject_then_verb(doc: &Doc, k: usize, lim: usize) -> Option<Attribution> {
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
        // `"…," the letter reads`: a text's own verb reports it too (the phrase reader takes
        // it in as a noun).
        let is_text_verb = |v: usize| v < lim && doc.lex.text_verbs.contains(doc.low(v).as_ref());
        let is_document = |k: usize| doc.lex.document_nouns.contains(doc.low(k).as_ref());
        let np = if np.last > np.first + 1 && is_text_verb(np.last) && is_document(np.last - 1) {
            Np {
                last: np.last - 1,
                head: None,
                ..np
            }
        } else {
            np
        };
        // `"…," the communiqué said`: a document named before speaks for its author.
        let document = doc.has(np.first, DEFINITE) && is_document(np.last);
        if document {
            let v = skip_adverbs(doc, np.last + 1, lim);
            let cue = verb_group(doc, v, lim)
                .or_else(|| is_text_verb(v).then(|| (doc.tokens[v].span, v)));
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

/// `une auditrice`: an article and one lowercase noun whose ending names a person.
pub(super) fn person_noun_phrase(doc: &Doc, np: &Np) -> bool {
    np.last == np.first + 1
        && doc.has(np.first, DET)
        && doc.is_word(np.last)
        && !doc.is_cap(np.last)
        && doc.lex.is_person_noun(&doc.low(np.last))
}
