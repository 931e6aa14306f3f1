//! The subject of a speech verb found earlier in the sentence: walking back from the verb
//! over asides, appositions, relatives, participles and coordination to the noun phrase that
//! speaks, and the subject of a clause read from its start.

use super::clause::{
    inverted, is_reflexive, is_two_token_adverb, past_short_name, person_noun_phrase,
    speaking_body, verb_then_subject,
};
use super::{body_pronoun, join};
use crate::offsets::Span;
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::Gender;
use crate::quotes::np::{self, np_backward, np_forward, Np, NpKind};

/// `a-t-il`, `avait-elle`: an auxiliary with its inverted subject pronoun.
fn is_inverted_auxiliary(doc: &Doc, k: usize) -> bool {
    doc.s(k).rsplit_once('-').is_some_and(|(verb, _)| {
        let verb = verb.strip_suffix("-t").unwrap_or(verb);
        doc.lex.auxiliaries.contains(&verb.to_lowercase())
    })
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
        && doc.lex.infinitive_links.contains(doc.low(v - 1).as_ref())
        && doc.is_modal_verb(v - 2)
    {
        return Some(v - 2);
    }
    doc.is_modal_verb(v - 1).then_some(v - 1)
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
    if let Some(np) = absolute_subject(doc, j + 1, lo).filter(|_| participle) {
        return Some((np, cue));
    }
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
            .and_then(|c| verb_then_subject(doc, c + 1, j))
            // (`Son avocat, X, a plaidé l'acquittement, estimant`: a verb's object after an
            // apposition is no inverted subject; a thing speaks only as a document.)
            .filter(|r| r.np.kind != NpKind::Other || is_document(doc, &r.np));
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
    if let Some(np) = before_place_and_region(doc, j, lo) {
        return Some((np, cue));
    }
    if let Some(leader) = leader_with_group(doc, j, lo) {
        return Some((leader, cue));
    }
    let np = np_backward(doc, j, lo).map(|np| partitive_around(doc, np, lo, j));
    if let Some(outer) = np
        .as_ref()
        .and_then(|n| reporter_of(doc, n, participle, lo))
    {
        return Some((outer, cue));
    }
    if let Some(group) = np.as_ref().and_then(|n| group_before_place(doc, n, lo)) {
        return Some((group, cue));
    }
    if let Some(group) = np
        .as_ref()
        .and_then(|n| group_opening_clause(doc, n, lo, j))
    {
        return Some((group, cue));
    }
    // `X said he had written to the chairman asking for “…”`: the one a message went to does
    // not ask; the participle has the subject of the clause.
    let addressed = |n: &Np| n.first > lo && doc.has(n.first - 1, ADDRESSEE);
    if participle && doc.english && np.as_ref().is_some_and(addressed) {
        return clause_subject(doc, lo, j).map(|np| (np, cue));
    }
    // `It added that …`: a pronoun for a body opening the sentence (`which it described as`
    // has the subject of the sentence, found below).
    // (`In a statement, it said`: after an opening adverbial too.)
    let opens = j == lo
        || (j >= lo + 2
            && doc.is_punct(j - 1, ",")
            && np::is_adverbial(doc, lo)
            && !(lo..j - 1).any(|k| doc.is_punct(k, ",")));
    if let Some(it) = body_pronoun(doc, j).filter(|_| np.is_none() && opens) {
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
    if let Some(owner) = np.as_ref().and_then(|n| owner_of_document(doc, n, lo)) {
        return Some((owner, cue));
    }
    if np.as_ref().is_none_or(|n| n.kind == NpKind::Other) {
        // `The association’s letter, seen by X, said`: the phrase's own noun, past an aside.
        let (first, last) = np.as_ref().map_or((j, j), |n| (n.first, n.last));
        let noun = document_of_topic(doc, first, last, lo).unwrap_or(last);
        if let Some(owner) = author_of_possessed(doc, noun, lo) {
            return Some((owner, cue));
        }
        if let Some(subject) = subject_before_participle(doc, lo, j) {
            return Some((subject, cue));
        }
    }
    np.map(|np| (np, cue))
}

/// `…, with one farmer calling the plan "…"`: the phrase between an absolute preposition
/// (`[absolute_prepositions]`) that opens a clause (after a comma or at the sentence start)
/// and the participle at `v` is its subject, not the main clause's.
fn absolute_subject(doc: &Doc, v: usize, lo: usize) -> Option<Np> {
    const MAX_WORDS: usize = 4;
    let prep = (lo..v)
        .rev()
        .take(MAX_WORDS + 1)
        .take_while(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
        .find(|&k| doc.lex.absolute_prepositions.contains(doc.low(k).as_ref()))?;
    let opens = prep == lo || doc.is_punct(prep - 1, ",");
    if !opens || prep + 1 >= v {
        return None;
    }
    np_forward(doc, prep + 1, v)
        .filter(|n| n.last + 1 == v && matches!(n.kind, NpKind::Role | NpKind::Name))
}

/// `Lindgren and her colleagues write`: in English, a named person then `and` with the
/// person's own group (a possessive determiner, then a plural ending at `j`) speaks as that
/// person.
fn leader_with_group(doc: &Doc, j: usize, lo: usize) -> Option<Np> {
    let (det, and) = (j.checked_sub(1)?, j.checked_sub(2)?);
    let grouped = doc.english
        && and > lo
        && doc.is_word(j)
        && !doc.is_cap(j)
        && doc.s(j).ends_with('s')
        && doc
            .lex
            .possessive_determiners
            .contains(doc.low(det).as_ref())
        && doc.has(and, COORD)
        && doc.is_cap(and - 1);
    if !grouped {
        return None;
    }
    np_backward(doc, and - 1, lo)
        .filter(|p| p.kind == NpKind::Name && p.last == and - 1 && !doc.has(p.last, ORG))
}

/// `Acme Care of Dunmore, Ohio, said`: a place and its region set off before the verb end the
/// subject; the phrase before their preposition is it, not the region.
fn before_place_and_region(doc: &Doc, j: usize, lo: usize) -> Option<Np> {
    if !doc.is_punct(j, ",") || j < lo + 5 {
        return None;
    }
    let prep = crate::quotes::people::place_preposition_before_region(doc, j - 1, lo)?;
    (prep > lo)
        .then(|| np_backward(doc, prep - 1, lo))
        .flatten()
}

/// `Contractors in Rio Verde say`: in English, a plural role then a place preposition before
/// the name found is the subject; the name only places it.
fn group_before_place(doc: &Doc, n: &Np, lo: usize) -> Option<Np> {
    if !doc.english || n.kind != NpKind::Name || n.first < lo + 2 {
        return None;
    }
    let (prep, noun) = (n.first - 1, n.first - 2);
    let placed = doc.is_word(prep)
        && !doc.is_cap(prep)
        && doc.lex.place_prepositions.contains(doc.low(prep).as_ref())
        && doc.is_word(noun)
        && doc.lex.singular_role(&doc.low(noun)).is_some();
    if !placed {
        return None;
    }
    np_backward(doc, noun, lo).filter(|g| g.last == noun)
}

/// `Landowners along the planned road to the lake have accused`: in English, a plural role
/// opening the clause, then a place preposition whose phrase runs to the verb with no comma
/// nor verb, is the subject; the thing found before the verb only places it.
fn group_opening_clause(doc: &Doc, n: &Np, lo: usize, j: usize) -> Option<Np> {
    let noun = lo;
    let prep = lo + 1;
    let placed = doc.english
        && matches!(n.kind, NpKind::Other | NpKind::Name)
        && n.first > prep
        && doc.is_word(noun)
        && doc.lex.singular_role(&doc.low(noun)).is_some()
        && doc.is_word(prep)
        && doc.lex.place_prepositions.contains(doc.low(prep).as_ref())
        && (prep + 1..=j).all(|k| doc.is_word(k) && !doc.is_speech_verb(k) && !doc.has(k, AUX));
    if !placed {
        return None;
    }
    np_backward(doc, noun, lo).filter(|g| g.last == noun)
}

/// `a nurse who asked to be identified only as Mira, said`: the name a subject goes by, ending
/// the phrase at the comma `j` before the verb.
fn identified_as(doc: &Doc, j: usize, lo: usize) -> Option<Np> {
    if !doc.is_punct(j, ",") {
        return None;
    }
    identity_name(doc, j, lo)
}

/// `said a baker, who gave only his first name, Tomas, "…"`: a relative clause after the
/// speaker phrase ending before `after` that gives the name the speaker goes by names that
/// speaker. (A describing phrase may come between: `a baker stacking crates, who gave …`.)
pub(super) fn name_in_relative(doc: &Doc, after: usize, lim: usize) -> Option<Np> {
    const MAX_CLAUSE: usize = 14;
    if !doc.english {
        return None;
    }
    let comma = (after..lim.min(after + MAX_CLAUSE))
        .take_while(|&k| !doc.tokens[k].quoted && (doc.is_word(k) || doc.is_punct(k, ",")))
        .find(|&k| doc.is_punct(k, ","))?;
    if !doc.has(comma + 1, RELATIVE) {
        return None;
    }
    let lo = comma + 2;
    for j in lo..lim.min(lo + MAX_CLAUSE) {
        if doc.tokens[j].quoted {
            return None;
        }
        if doc.is_punct(j, ",.;!?") {
            if let Some(name) = identity_name(doc, j, lo) {
                return Some(name);
            }
            if !doc.is_punct(j, ",") {
                return None;
            }
        }
    }
    None
}

/// The name ending before `j` that an identity phrase gives: `identified only as Mira`, `gave
/// his name only as Tam`, `gave only her first name, Mira`.
fn identity_name(doc: &Doc, j: usize, lo: usize) -> Option<Np> {
    if j < lo + 3 || !doc.is_cap(j - 1) {
        return None;
    }
    let (f, l) = np::name_ending_at(doc, j - 1, lo)?;
    if f < lo + 2 {
        return None;
    }
    // (`gave only her first name, Mira`: the name set off by a comma after the noun.)
    if doc.is_punct(f - 1, ",")
        && doc
            .lex
            .identity_participles
            .contains(doc.low(f - 2).as_ref())
    {
        return np_forward(doc, f, l + 1).filter(|n| n.kind == NpKind::Name);
    }
    if !doc
        .lex
        .identity_prepositions
        .contains(doc.low(f - 1).as_ref())
    {
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
    // (`Un camionneur qui livre l'épicerie`: a noun whose ending names a person, too.)
    let person = |np: &Np| {
        (np.kind != NpKind::Other && (doc.english || np.kind == NpKind::Role))
            || (!doc.english && person_noun_phrase(doc, np))
    };
    // `Du côté de la gendarmerie, un officier qui …`: the antecedent follows an opening phrase.
    let lo = (lo..who)
        .rev()
        .find(|&k| doc.is_punct(k, ","))
        .map_or(lo, |c| c + 1);
    // (The phrase whatever it names: `person` keeps only people, an unlisted noun included.)
    clause_phrase(doc, lo, who).filter(|np| up_to_who(np) && person(np))
}

/// French: the subject of an earlier speech verb of the sentence that reports the clause of
/// `np`, when `np` speaks for no one of its own: a thing a present participle describes (`le
/// juge estime que … dans un domaine relevant « de … »`) or an indefinite plural in the
/// reported clause (`X affirme que des riverains ont constaté « … »`).
fn reporter_of(doc: &Doc, np: &Np, participle: bool, lo: usize) -> Option<Np> {
    if doc.english || np.first <= lo {
        return None;
    }
    let thing = participle
        && np.kind == NpKind::Other
        && !doc.lex.document_nouns.contains(doc.low(np.last).as_ref());
    let reported = doc.low(np.first) == "des"
        && matches!(doc.low(np.first - 1).as_ref(), "que" | "qu’" | "qu'");
    if !(thing || reported) {
        return None;
    }
    earlier_subject(doc, lo, np.first)
}

/// Whether `np` ends on a noun of a text that can speak (`le communiqué`, `the report`).
fn is_document(doc: &Doc, np: &Np) -> bool {
    doc.lex.document_nouns.contains(doc.low(np.last).as_ref())
}

/// `L'un d'eux décrit`: the partitive that a plural pronoun ends (one of the group named
/// before), else the pronoun's phrase. A role in apposition before the verb at `j` names the
/// one better than the group does (`one of them, a pensioner from X, said`).
fn partitive_around(doc: &Doc, np: Np, lo: usize, j: usize) -> Np {
    if np.kind != NpKind::Pronoun(Gender::Plural) || np.first < lo + 2 {
        return np;
    }
    let start = np.first.saturating_sub(3).max(lo)..np.first - 1;
    let k = start
        .into_iter()
        .find(|&k| np::partitive_at(doc, k) == Some(np.first));
    let apposed = || {
        (doc.is_punct(np.last + 1, ",") && doc.has(np.last + 2, DET))
            .then(|| np_forward(doc, np.last + 2, j))
            .flatten()
            .filter(|a| a.kind == NpKind::Role)
    };
    if let Some(a) = k.and_then(|_| apposed()) {
        return a;
    }
    k.and_then(|k| np_forward(doc, k, np.last + 1))
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

/// `the trust’s own report on the survey stated`: the document noun whose complement (a
/// link word, then a phrase of plain words) runs to `last`, the word before the verb.
fn document_of_topic(doc: &Doc, first: usize, last: usize, lo: usize) -> Option<usize> {
    const MAX_BEFORE: usize = 4;
    let document = |k: usize| {
        doc.has(k + 1, LINK)
            && !doc.is_cap(k)
            && !doc.tokens[k].quoted
            && doc.lex.document_nouns.contains(doc.low(k).as_ref())
    };
    let from = first.saturating_sub(MAX_BEFORE).max(lo);
    let plain = |k: usize| doc.is_word(k) && !doc.tokens[k].quoted;
    doc.english
        .then(|| {
            (from..last)
                .rev()
                .take_while(|&k| plain(k))
                .find(|&k| document(k))
        })
        .flatten()
}

/// `The Harlow Institute’s report found`: the body that owns a document phrase read as a
/// body's (its name before a possessive mark).
pub(super) fn owner_of_document(doc: &Doc, np: &Np, lo: usize) -> Option<Np> {
    if np.kind != NpKind::Organisation || !is_document(doc, np) {
        return None;
    }
    // (`The Institute for Rural Affairs’ report`: the whole phrase before the mark, links
    // included.)
    let mark = (np.first + 1..np.last).find(|&k| np::is_possessive_mark(doc, k))?;
    np_forward(doc, np.first, mark)
        .filter(|o| o.last + 1 == mark && matches!(o.kind, NpKind::Name | NpKind::Organisation))
        .or_else(|| author_of_possessed(doc, np.last, lo))
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
    let that = (np.first.saturating_sub(1).max(lo)..=np.first).find(|&t| doc.is_complementiser(t));
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
    if !doc.is_cap(k) || doc.sentence_start(k) != k || doc.has(k, FIRST_NAME) {
        return false;
    }
    // `Renée X, 61 ans, …`: a given name that ends like `émue`, before a surname.
    if doc.is_cap(k + 1) && doc.is_word(k + 1) && !doc.has(k + 1, DET | LINK | PRONOUN) {
        return false;
    }
    let word = doc.low(k);
    // `Auteure d'un doublé, l'attaquante …`, `Originaire de Lyon, elle …`: a noun or an
    // adjective with its complement.
    // (`Ancien maire de X, Paul Y …`: a premodifier before the noun.)
    let noun = if doc.has(k, PREMODIFIER) && !doc.is_cap(k + 1) {
        k + 1
    } else {
        k
    };
    let with_complement = !doc.is_cap(noun + 1)
        && doc
            .lex
            .complement_links
            .contains(doc.low(noun + 1).as_ref());
    // `Côté syndical, le délégué …`: a word that is no name, then one lowercase word before
    // the comma, is a topic marker.
    let topic = doc.has(k, NON_NAME)
        && !doc.has(k, DET | PRONOUN)
        && doc.is_word(k + 1)
        && !doc.is_cap(k + 1)
        && doc.is_punct(k + 2, ",");
    // `Réunie à Lyon, la commission …`, `Saisi par la famille, le juge …`: a participle in
    // -i (-ie, -is, -ies) is one only before its complement (names end so too: `Rossi`).
    let ir_participle = doc
        .lex
        .name_like_participle_endings
        .iter()
        .any(|e| word.ends_with(e))
        && doc
            .lex
            .participle_complement_openers
            .contains(doc.low(k + 1).as_ref());
    let describing_ending = || {
        let lex = &doc.lex;
        let mut endings = lex
            .adverb_endings
            .iter()
            .chain(&lex.past_participle_endings);
        endings.any(|e| word.ends_with(e))
    };
    with_complement
        || topic
        || ir_participle
        || (word.chars().nth(4).is_some() && describing_ending())
}

/// `In its report, published last year, the board found`: a past participle right after the
/// comma closing an opening adverbial starts an aside about it, not the subject.
fn participle_aside(doc: &Doc, k: usize, lo: usize) -> bool {
    let word = doc.low(k);
    k > lo
        && doc.is_punct(k - 1, ",")
        && doc.is_word(k)
        && !doc.is_cap(k)
        && (doc.lex.author_participles.contains(word.as_ref())
            || doc
                .lex
                .past_participle_endings
                .iter()
                .any(|e| word.ends_with(e)))
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
pub(super) fn clause_subject(doc: &Doc, lo: usize, lim: usize) -> Option<Np> {
    clause_phrase(doc, lo, lim).filter(|np| np.kind != NpKind::Other || np.head.is_some())
}

/// The phrase that opens the clause `lo..lim` after any adverbial stretches, whatever it names.
pub(super) fn clause_phrase(doc: &Doc, lo: usize, lim: usize) -> Option<Np> {
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
            || (doc.is_word(k) && !doc.is_cap(k) && doc.lex.passive_agents.contains(doc.s(k + 1)))
            || participle_aside(doc, k, lo);
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
    Some(np)
}
