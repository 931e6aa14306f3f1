//! The people and bodies an article names, so that every mention resolves to one canonical
//! name: `Stoltenberg`, `M. Stoltenberg` and `il` all become `Jens Stoltenberg` when the article
//! names him so once.

use super::doc::Doc;
use super::lexicon::class::*;
use super::lexicon::FastMap;
use super::lexicon::Gender;
use super::np::{self, normalise, titled_name, Np, NpKind};

#[derive(Debug)]
struct Person {
    name: String,
    gender: Gender,
    /// The gender its given name tells, if any.
    named: Gender,
    /// Named with two words or more, a title or a role: a pronoun may refer to it.
    human: bool,
    /// Surely a person (a title, a role or a known given name), not an institution.
    person: bool,
    /// Surely an institution (an acronym, `Bank of England`, `le ministère de la Santé`).
    body: bool,
    /// A place (`Dunlap Road`, `Kestrel Point`): never a speaker nor an antecedent.
    place: bool,
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    tok: usize,
    person: usize,
    subject: bool,
    /// The gender its article tells, for a body (`la direction`): French `elle` may mean it.
    article: Gender,
}

/// Every named mention of a document, grouped by person.
#[derive(Debug, Default)]
pub(super) struct People {
    persons: Vec<Person>,
    mentions: Vec<Mention>,
    /// (role noun, person, token) for `le porte-parole X` and `X, the spokesman`.
    roles: Vec<(String, usize, usize)>,
    /// (organisation noun, body, token) for `le groupe Valmont`, `the company Acme`.
    bodies: Vec<(String, usize, usize)>,
    by_words: FastMap<String, usize>,
    by_name: FastMap<String, usize>,
    /// The persons named by a role only (`collègue`, `person`), in order of appearance.
    unnamed: Vec<usize>,
    /// (age, person) for `X, 46 ans,` and `X, 46,`: `le quadragénaire`, `the 46-year-old`.
    ages: Vec<(u32, usize)>,
    /// (role noun, person, token) for a definite description that took up a named person
    /// (`le prévenu` after `Didier X`): the same description names that person again.
    descriptions: Vec<(String, usize, usize)>,
    /// The key of a short name in brackets and the full name it stands for (`ars` ->
    /// `Agence régionale de santé`): the body's canonical name is its full one.
    long_names: FastMap<String, String>,
}

/// The lowercase words of tokens `f..=l`, joined by single spaces: a name's lookup key.
fn key_of(doc: &Doc, f: usize, l: usize) -> String {
    let bytes = doc
        .tokens
        .get(f..=l)
        .map_or(0, |t| t[t.len() - 1].span.end - t[0].span.start);
    let mut key = String::with_capacity(bytes);
    for k in (f..=l).filter(|&k| doc.is_word(k)) {
        if !key.is_empty() {
            key.push(' ');
        }
        // `Lee’` of `Ann Lee’s`: the possessive mark is no part of the name.
        let word = doc.s(k).trim_end_matches(['’', '\'']);
        // (A word with no char that lowercasing changes but ASCII capitals, as `Hélène`,
        // lowers in place too.)
        if doc.tokens[k].plain_lower {
            let from = key.len();
            key.push_str(word);
            key[from..].make_ascii_lowercase();
        } else {
            key.push_str(&word.to_lowercase());
        }
    }
    key
}

/// `X, que tout le monde appelle Abou Y`, `X, surnommé Y`: the name at `ts` is a nickname when
/// an alias word (`[alias_words]`) comes right before it, after a comma or in a relative clause
/// that a comma opens; the person named before that comma in the sentence (`named_before` gives
/// the last full name from a token on) is the one it names.
fn alias_of(
    doc: &Doc,
    ts: usize,
    lo: usize,
    named_before: impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<String> {
    const CLAUSE_WORDS: usize = 5;
    if doc.lex.alias_words.is_empty() || ts < lo + 2 {
        return None;
    }
    let w = ts - 1;
    if !doc.is_word(w) || doc.is_cap(w) || !doc.lex.alias_words.contains(doc.low(w).as_ref()) {
        return None;
    }
    let start = doc.sentence_start(w).max(lo);
    let comma = if doc.is_punct(w - 1, ",") {
        w - 1
    } else {
        (w.saturating_sub(CLAUSE_WORDS).max(start + 1)..w).find(|&r| {
            doc.is_punct(r - 1, ",") && doc.lex.object_relatives.contains(doc.low(r).as_ref())
        })? - 1
    };
    let (f, l) = named_before(start).filter(|&(_, l)| l < comma)?;
    let span = super::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end);
    Some(normalise(span.slice(doc.text)))
}

/// Whether token `k` is a demonstrative (`cette source`, `ce connaisseur`), which takes up
/// whoever was just described, under any noun.
fn is_demonstrative(doc: &Doc, k: usize) -> bool {
    matches!(
        doc.low(k).as_ref(),
        "ce" | "cet" | "cette" | "ces" | "this" | "that"
    )
}

/// The last word of a name key.
fn last_word(key: &str) -> &str {
    // A plain byte loop: keys are short, and a space byte is always a whole char in UTF-8.
    match key.as_bytes().iter().rposition(|&b| b == b' ') {
        Some(space) => &key[space + 1..],
        None => key,
    }
}

/// `Leung So-fong`, `Kelvin Yip Tsz-lok`, `Kim Min-jun`: a name ending on a hyphenated given
/// name in East Asian romanisation (lowercase after the hyphen, unlike `Dupont-Aignan`) puts
/// the family name before it; that word alone (`Leung said`) means the person.
fn family_word_first<'k>(doc: &Doc, key: &'k str, last: usize) -> Option<&'k str> {
    let given = doc.s(last).as_bytes();
    // Byte loops: most names have no hyphen, and this is asked of every name.
    let hyphen = given.iter().position(|&b| b == b'-')?;
    let space = key.as_bytes().iter().rposition(|&b| b == b' ')?;
    let after_hyphen = std::str::from_utf8(&given[hyphen + 1..]).ok()?;
    if !after_hyphen.starts_with(char::is_lowercase) || !doc.is_cap(last) {
        return None;
    }
    Some(last_word(&key[..space]))
}

/// Whether name key `long` ends with the whole words of `short`.
fn ends_with_words(long: &str, short: &str) -> bool {
    long.ends_with(short)
        && (long.len() == short.len() || long[..long.len() - short.len()].ends_with(' '))
}

/// Whether the mention that starts at token `start` opens a clause (a likely subject).
/// (Always inlined: the scan asks it of every name, and a call costs more than its usual answer.)
#[inline(always)]
fn opens_clause(doc: &Doc, start: usize) -> bool {
    if start == 0 || doc.para_of(start - 1) != doc.para_of(start) {
        return true;
    }
    let mut p = start - 1;
    // `Latvian President X`: capitalised words before the mention belong to it.
    let role = |k: usize| doc.has(k, ROLE);
    // A possessive `Ireland’s` belongs to the phrase too.
    let possessive = |k: usize| k > 0 && doc.s(k) == "s" && doc.s(k - 1).ends_with(['’', '\'']);
    // `la chercheuse X` after `Pour`/`selon`: the determiner of a role belongs to it too.
    // A descriptive noun too: `l'épidémiologiste X`, `le docteur X`.
    let noun = |k: usize| k + 1 == start && !doc.is_cap(k) && k > 0 && doc.has(k - 1, DET);
    // `…, the Federal Aviation Administration said`: the article of a body's name too.
    // (`…, le Dr X assure`: a title after the article, too.)
    // (`Dans un communiqué, la Fédération X explique`: in French too, after a comma only:
    // `racontent la France` is an object.)
    let det_of_role = |k: usize| {
        doc.has(k, DET) && (doc.has(k + 1, ROLE | TITLE) || k + 2 == start)
            || (doc.has(k, DEFINITE)
                && k + 1 == start
                && (doc.english || (k > 0 && doc.is_punct(k - 1, ","))))
    };
    // `FEMA regional administrator X`: a modifier between a body's name and a role.
    // `former doubles specialist X`: after a premodifier like `former` too.
    // `One of them, postdoctoral researcher X`: an adjective opening the role after a comma.
    let modifier = |k: usize| {
        k > 0
            && doc.is_word(k)
            && doc.has(k + 1, ROLE)
            && (doc.is_cap(k - 1)
                || doc.has(k - 1, PREMODIFIER)
                || (doc.english && doc.is_punct(k - 1, ",")))
            && !doc.has(k, DET)
    };
    let premodifier = |k: usize| doc.has(k, PREMODIFIER);
    // `Timber framer X drove over`: an occupation the roles do not list, by its agent ending,
    // between the capital opening the sentence and the name (not a verb: `X beat Y`).
    const AGENT_ENDINGS: [&str; 4] = ["er", "or", "ist", "ian"];
    let occupation = |k: usize| {
        doc.english
            && k + 1 == start
            && doc.is_cap(k - 1)
            && doc.sentence_start(k - 1) == k - 1
            && doc.is_word(k)
            && !doc.is_cap(k)
            && AGENT_ENDINGS.iter().any(|e| doc.s(k).ends_with(e))
            && !doc.has(k, DET | LINK | AUX | PRONOUN | ADVERB | SPEECH | ADDRESSEE)
    };
    // `State environment committee chairman X`: lowercase nouns between a capital opening the
    // sentence and the role before the name.
    if doc.english && role(p) && p > 1 && !doc.is_cap(p - 1) {
        const MAX_NOUNS: usize = 3;
        let plain = |k: usize| {
            doc.is_word(k)
                && !doc.is_cap(k)
                && !doc.has(
                    k,
                    DET | LINK | AUX | PRONOUN | SPEECH | ADVERB | CONNECTOR | COORD,
                )
        };
        let mut q = p - 1;
        while q > 0 && q + MAX_NOUNS >= p && plain(q) {
            q -= 1;
        }
        if q + 1 < p && doc.is_cap(q) && doc.sentence_start(q) == q {
            p = q;
        }
    }
    while p > 0
        && (doc.is_cap(p)
            || role(p)
            || possessive(p)
            || noun(p)
            || det_of_role(p)
            || modifier(p)
            || premodifier(p)
            || occupation(p))
        && doc.para_of(p - 1) == doc.para_of(start)
    {
        p -= 1;
    }
    if doc.is_cap(p) || role(p) {
        return true;
    }
    // `en` is an adverb (`en effet`) but before a name a preposition (`en Marésie`).
    doc.is_punct(p, ",;:(.!?»”\"—–•▪")
        || doc.has(p, CONNECTOR)
        || doc.is_speech_verb(p)
        || (doc.has(p, ADVERB) && !doc.has(p, LINK))
        || source_cue_ends_at(doc, p)
}

/// Whether a source cue (`selon`, `according to`) ends at token `p`: what it names is the
/// sentence's source, as salient as a subject.
fn source_cue_ends_at(doc: &Doc, p: usize) -> bool {
    source_cue_start(doc, p).is_some()
}

/// The first token of the source cue that ends at token `p` (`according` of `according to`).
/// (Inlined: the scan asks it of most short words, and the length test rules out nearly all.)
#[inline]
fn source_cue_start(doc: &Doc, p: usize) -> Option<usize> {
    let len = doc.tokens.get(p)?.span.len();
    if len >= 64 || doc.lex.source_cue_end_lengths & (1 << len) == 0 {
        return None;
    }
    source_cue_of_length(doc, p)
}

/// [`source_cue_start`] past its length test.
#[inline(never)]
fn source_cue_of_length(doc: &Doc, p: usize) -> Option<usize> {
    let word = doc.s(p);
    doc.lex.source_cues.iter().find_map(|cue| {
        let matches = cue.len() <= p + 1
            && cue
                .last()
                .is_some_and(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
            && cue
                .iter()
                .rev()
                .enumerate()
                .all(|(n, w)| doc.is_word(p - n) && doc.s(p - n).eq_ignore_ascii_case(w));
        matches.then(|| p + 1 - cue.len())
    })
}

/// `Founder and chief executive X`: the role coordinated before the role noun at `role`, with
/// at most two premodifiers between (`chief`).
fn coordinated_role(doc: &Doc, role: usize, lo: usize) -> Option<String> {
    const MAX_PREMODIFIERS: usize = 2;
    let coord = (role.saturating_sub(MAX_PREMODIFIERS + 1).max(lo + 1)..role)
        .rev()
        .take_while(|&k| doc.is_word(k) && (doc.has(k, COORD) || !doc.is_cap(k)))
        .find(|&k| doc.has(k, COORD))?;
    doc.has(coord - 1, ROLE)
        .then(|| doc.low(coord - 1).into_owned())
}

/// `Mrs Ashdown's son, Graham, checks …`: for the lone name at `ts..=l` set off by commas after
/// a family role of a titled or named person opening the clause, the role and the family's
/// surname.
fn relative_named(doc: &Doc, ts: usize, l: usize, lo: usize) -> Option<(String, String)> {
    if !doc.english
        || doc.lex.family_roles.is_empty()
        || ts != l
        || ts < lo + 5
        || !doc.is_punct(ts - 1, ",")
        || !doc.is_punct(l + 1, ",")
    {
        return None;
    }
    let role = ts - 2;
    let word = doc.low(role);
    if !doc.lex.family_roles.contains(word.as_ref()) || !np::is_possessive_mark(doc, role - 1) {
        return None;
    }
    // The possessor: `Ashdown’` before the `s` of the mark, after a title or a given name.
    let owner = role - 2;
    let named = doc.is_cap(owner)
        && (doc.has(owner - 1, TITLE) || doc.has(owner - 1, FIRST_NAME))
        && opens_clause(doc, owner - 1);
    let surname = doc.s(owner).trim_end_matches(['’', '\'']);
    named.then(|| (word.into_owned(), surname.to_string()))
}

/// Whether the lone capitalised word at `ts` is the region of a place set off by a comma after a
/// place preposition (`a plant in Dunmore, Ohio, found`, `from nearby Alva, Texas.`): no subject.
/// Set off on both sides: `In Sabou, Kane was waiting` is a subject after an opening phrase.
fn is_region_of_place(doc: &Doc, ts: usize, lo: usize) -> bool {
    place_preposition_before_region(doc, ts, lo).is_some()
}

/// The place preposition before `Place, Region` when token `ts` is such a region (see
/// [`is_region_of_place`]).
pub(super) fn place_preposition_before_region(doc: &Doc, ts: usize, lo: usize) -> Option<usize> {
    const MAX_PLACE_WORDS: usize = 4;
    if doc.lex.place_prepositions.is_empty()
        || ts < lo + 3
        || !doc.is_punct(ts - 1, ",")
        || !doc.is_cap(ts - 2)
    {
        return None;
    }
    let set_off = ts + 1 >= doc.len()
        || doc.para_of(ts + 1) != doc.para_of(ts)
        || doc.is_punct(ts + 1, ",.;:)—–");
    if !set_off {
        return None;
    }
    let mut k = ts - 2;
    while k > lo && k + MAX_PLACE_WORDS > ts - 2 && doc.is_cap(k) {
        k -= 1;
    }
    if doc.is_word(k) && doc.lex.place_premodifiers.contains(doc.low(k).as_ref()) && k > lo {
        k -= 1;
    }
    (doc.is_word(k) && !doc.is_cap(k) && doc.lex.place_prepositions.contains(doc.low(k).as_ref()))
        .then_some(k)
}

/// Whether the lone capitalised word at `i` opens a passive participle clause (`Contactée par
/// notre rédaction, ...`, `Asked by a reporter, ...`, `Condamnée, l'entreprise ...`): no name.
fn is_participle_clause(doc: &Doc, i: usize) -> bool {
    if doc.sentence_start(i) != i || doc.has(i, ROLE | ORG) {
        return false;
    }
    let bare_participle = || {
        doc.is_punct(i + 1, ",") && !doc.has(i, FIRST_NAME) && np::ends_like_past_participle(doc, i)
    };
    np::is_adverbial(doc, i) || bare_participle()
}

/// The short name in brackets after an institution's long name (`Centre européen de ... (ECDC)`).
/// Also any long name whose initials the short one spells (`Mouvement des entreprises de
/// France (Medef)`, `Programme des Nations unies pour l'environnement (PNUE)`).
fn short_name_after(doc: &Doc, f: usize, l: usize, hi: usize) -> Option<usize> {
    let lim = hi.min(l + 12);
    let bracketed = |open: usize| {
        doc.is_punct(open, "(") && doc.is_cap(open + 1) && doc.is_punct(open + 2, ")")
    };
    if doc.has(f, ORG) {
        // `… de l'alimentation, de l'environnement et du travail (Anses)`: a comma before
        // another complement goes on with the name.
        let goes_on = |k: usize| doc.is_punct(k, ",") && doc.has(k + 1, LINK);
        let open = (l + 1..lim).find(|&k| (!doc.is_word(k) && !goes_on(k)) || doc.is_cap(k))?;
        return bracketed(open).then_some(open + 1);
    }
    let open = (l + 1..lim).find(|&k| !doc.is_word(k))?;
    if !bracketed(open) || open < f + 2 {
        return None;
    }
    let long: Vec<&str> = (f..open).map(|k| doc.s(k)).collect();
    np::spells_initials(doc.s(open + 1), &long).then_some(open + 1)
}

/// The full name before the short name in brackets at token `short` (`l'agence régionale de
/// santé (ARS)`, `NHS North Wealdshire Integrated Care Board (ICB)`), as first and last token:
/// the words back to a determiner whose initials the short name spells, with the capitalised
/// words right before them.
fn long_name_before(doc: &Doc, short: usize, lo: usize) -> Option<(usize, usize)> {
    const MAX_WORDS: usize = 12;
    let open = short.checked_sub(1)?;
    // `(Cross Med)`: a short name may carry one more capitalised word, for the place.
    let closed =
        doc.is_punct(short + 1, ")") || (doc.is_cap(short + 1) && doc.is_punct(short + 2, ")"));
    if open <= lo || !doc.is_punct(open, "(") || !closed {
        return None;
    }
    let last = open - 1;
    // A determiner ends the phrase, unless a link makes it a complement's (`de la`, `du`).
    let article =
        |k: usize| k > lo && doc.has(k, DET) && !doc.has(k, LINK) && !doc.has(k - 1, LINK);
    // `Care and Community Workers’ Union (CCWU)`: a plural possessive inside the long name.
    let word = |k: usize| {
        doc.is_word(k)
            || (doc.english
                && k > lo
                && np::is_possessive_mark(doc, k)
                && doc.tokens[k].span.start == doc.tokens[k - 1].span.end)
    };
    let phrase = |k: usize| {
        word(k)
            && !doc.tokens[k].quoted
            && !doc.has(k, AUX)
            && !doc.is_speech_verb(k)
            && !article(k)
    };
    let mut first = last;
    while first > lo && first + MAX_WORDS > last && phrase(first - 1) {
        first -= 1;
    }
    if !phrase(last) {
        return None;
    }
    let words: Vec<&str> = (first..=last).map(|k| doc.s(k)).collect();
    // `les services départementaux de l'Éducation nationale (DSDEN)`: a whole institution
    // phrase after its article names the body, whatever its initials.
    let institution = || (first > lo && article(first - 1) && doc.has(first, ORG)).then_some(0);
    let spelled = (0..words.len())
        .find(|&n| !doc.has(first + n, LINK) && np::spells_initials(doc.s(short), &words[n..]))
        .or_else(institution)?;
    let mut start = first + spelled;
    while start > first && doc.is_cap(start - 1) {
        start -= 1;
    }
    (start < last).then_some((start, last))
}

/// `Traductrice de poésie depuis trente ans, X publie`: a role noun with no article opening
/// the sentence, then its complement up to the comma at `comma`, describes the name after it.
fn opening_role(doc: &Doc, comma: usize) -> Option<usize> {
    const MAX_TOKENS: usize = 16;
    let start = doc.sentence_start(comma);
    let apposed = start + 1 < comma
        && comma - start <= MAX_TOKENS
        && doc.is_cap(start)
        && doc.has(start, ROLE)
        && !doc.has(start + 1, ROLE)
        && (start + 1..comma).all(|k| doc.is_word(k) && !doc.is_cap(k));
    apposed.then_some(start)
}

/// The short capitalised contents of the quotations (`« Grand Angle »`): names of titles, so
/// the same words outside the marks name no person.
fn quoted_titles<'t>(doc: &Doc<'t>) -> Vec<&'t str> {
    const MAX_WORDS: usize = 5;
    doc.quotes
        .iter()
        .map(|q| q.marked.inner.slice(doc.text).trim())
        .filter(|c| {
            c.starts_with(char::is_uppercase)
                && c.split_whitespace().nth(MAX_WORDS).is_none()
                && !c.ends_with(['.', '!', '?', '…', ','])
        })
        .collect()
}

/// The age apposed to the name ending at `l`: `X, 46 ans,` (fr), `X, 46,` (en).
fn age_after(doc: &Doc, l: usize, hi: usize) -> Option<u32> {
    if l + 3 >= hi || !doc.is_punct(l + 1, ",") {
        return None;
    }
    let age: u32 = doc.s(l + 2).parse().ok()?;
    let unit = if doc.english {
        doc.is_punct(l + 3, ",")
    } else {
        doc.lex.age_units.contains(doc.low(l + 3).as_ref())
    };
    (unit && age < 130).then_some(age)
}

/// The role apposed to the name ending at `l` (`X, le secrétaire général,`), past an apposed
/// age (`X, 66 ans, pharmacien,`) and a bare adjective before the role noun (`X, seul
/// pharmacien de l'île,`).
fn apposed_role(doc: &Doc, l: usize, hi: usize) -> Option<Np> {
    let age =
        age_after(doc, l, hi).is_some() && doc.is_punct(l + 4 - usize::from(doc.english), ",");
    let k = if age {
        l + 5 - usize::from(doc.english)
    } else {
        l + 2
    };
    let role = |np: Np| (np.kind == NpKind::Role).then_some(np);
    // `X, 43 ans, plongeur confirmé`: past an age, a bare noun of a person is a role too.
    let person_noun = || {
        let noun = !doc.english
            && age
            && doc.is_word(k)
            && !doc.is_cap(k)
            && !doc.has(k, DET | LINK | AUX | PRONOUN | ADVERB | RELATIVE | COORD)
            && doc.lex.is_person_noun(&doc.low(k));
        noun.then(|| Np {
            kind: NpKind::Role,
            first: k,
            last: k,
            name: None,
            head: Some(doc.low(k).into_owned()),
            gender: Gender::Unknown,
        })
    };
    np::np_forward(doc, k, hi)
        .and_then(role)
        .or_else(|| {
            let adjective = !doc.english
                && doc.is_word(k)
                && !doc.is_cap(k)
                && !doc.has(k, DET | LINK | AUX | PRONOUN | ADVERB | RELATIVE | COORD)
                && doc.has(k + 1, ROLE)
                && !doc.is_cap(k + 1);
            adjective
                .then(|| np::np_forward(doc, k + 1, hi))
                .flatten()
                .and_then(role)
        })
        .or_else(person_noun)
}

/// The ages an age noun fits: `quadragénaire` 40 to 49 (`[age_nouns]`), `46-year-old` 46.
fn age_range(doc: &Doc, head: &str) -> Option<(u32, u32)> {
    if let Some(&decade) = doc.lex.age_nouns.get(head) {
        return Some((decade, decade + 9));
    }
    let years = head.strip_suffix("-year-old")?.parse().ok()?;
    Some((years, years))
}

/// Whether a stock ticker in brackets follows the name ending at `l`: `(BWM.N)`, `(NYSE: ACME)`.
fn has_ticker(doc: &Doc, l: usize, hi: usize) -> bool {
    const TICKER_TOKENS: usize = 5;
    if !doc.is_punct(l + 1, "(") || !doc.is_acronym(l + 2) {
        return false;
    }
    let Some(close) = (l + 3..hi.min(l + 3 + TICKER_TOKENS)).find(|&k| doc.is_punct(k, ")")) else {
        return false;
    };
    (l + 2..close).any(|k| doc.is_punct(k, ".:"))
        && (l + 2..close).all(|k| doc.is_acronym(k) || doc.is_punct(k, ".:") || doc.s(k).len() <= 2)
}

/// Whether the name `ts..=l` is set off by commas after the noun of a work: `Her first album,
/// Low Water, sold`, `son premier roman, Marée basse, paraît`. A title is no one a pronoun
/// could mean.
fn names_a_work(doc: &Doc, ts: usize, f: usize, l: usize, lo: usize) -> bool {
    // The byte tests first: most names are not between two commas.
    if ts < lo + 2 || doc.punct_byte(ts - 1) != b',' || doc.punct_byte(l + 1) != b',' {
        return false;
    }
    // Not `le délégué du festival, Henri X,`: a person named after a role's complement.
    let complement = ts >= lo + 3 && doc.has(ts - 3, LINK);
    doc.has(ts - 2, NAMING)
        && !doc.has(ts - 2, ORG | ROLE | SPEECH)
        && !doc.is_cap(ts - 2)
        && !doc.has(f, FIRST_NAME)
        && !complement
}

/// `Exhibit P7`, `Gate B12`: a name of several words whose last one holds a digit labels a
/// thing, never a person a pronoun could mean.
fn ends_with_code(doc: &Doc, f: usize, l: usize) -> bool {
    l > f && doc.s(l).bytes().any(|b| b.is_ascii_digit())
}

/// Whether the name `ts..=l` is part of a photo credit: `(Jo Marr/pour Le Soir)`, `(Jo
/// Marr/Reuters)`, `AFP / Jo Marr` at the end of a caption. Neither the photographer nor the
/// outlet is in the story.
fn in_photo_credit(doc: &Doc, ts: usize, l: usize, lo: usize, hi: usize) -> bool {
    const REACH: usize = 7;
    // `… dimanche. Photo DDM, Jo Marr`: a credit label opening its sentence, with no colon.
    let labelled = ts > lo
        && doc.is_cap(ts - 1)
        && !doc.has(ts - 1, DET | LINK | STARTER | TITLE)
        && doc.sentence_start(ts - 1) == ts - 1
        && doc.lex.byline_words.contains(doc.low(ts - 1).as_ref());
    if labelled {
        return true;
    }
    // The cheap test first: a credit's name touches a slash, a label's colon or a bracket.
    let before = if ts > lo { doc.punct_byte(ts - 1) } else { 0 };
    let mark_before = matches!(before, b'/' | b':');
    if !mark_before && !matches!(doc.punct_byte(l + 1), b'/' | b')') {
        return false;
    }
    // `… in 1978. Photograph: Kellow family archive`: a credit after its label.
    if before == b':' {
        return ts >= lo + 2 && doc.lex.byline_words.contains(doc.low(ts - 2).as_ref());
    }
    // `… le 11 octobre. AFP / Jo Marr`, `Jo Marr/Reuters`: a slash credit ending its line.
    let slashed = mark_before || doc.punct_byte(l + 1) == b'/';
    if slashed && hi <= l + REACH && (l + 1..hi).all(|k| doc.is_word(k) || doc.is_punct(k, "/.)")) {
        return true;
    }
    // `(Jo Marr/pour Le Soir)`: a bracket holding a slash.
    let Some(open) = (ts.saturating_sub(REACH).max(lo)..ts)
        .rev()
        .find(|&k| !doc.is_word(k) && !doc.is_punct(k, "/"))
    else {
        return false;
    };
    if !doc.is_punct(open, "(") {
        return false;
    }
    let Some(close) =
        (l + 1..hi.min(l + 1 + REACH)).find(|&k| !doc.is_word(k) && !doc.is_punct(k, "/"))
    else {
        return false;
    };
    doc.is_punct(close, ")") && (open + 1..close).any(|k| doc.is_punct(k, "/"))
}

/// Whether paragraph tokens `lo..hi` are a byline: a short line opening with `By`/`Par`, or
/// an outlet's name ending with its team (`Courtside Sports staff`).
fn is_byline(doc: &Doc, lo: usize, hi: usize) -> bool {
    const MAX_TOKENS: usize = 16;
    const MAX_TEAM_TOKENS: usize = 6;
    if hi - lo > MAX_TOKENS || !doc.is_cap(lo) {
        return false;
    }
    if doc.lex.byline_words.contains(doc.low(lo).as_ref()) {
        return true;
    }
    // The team may be followed by its dateline (`Our Staff Reporter Published May 2, 2026`).
    let team_end = if hi - lo <= MAX_TEAM_TOKENS {
        hi
    } else {
        match (lo + 2..lo + MAX_TEAM_TOKENS)
            .find(|&e| doc.is_cap(e) && doc.lex.byline_datelines.contains(doc.low(e).as_ref()))
        {
            Some(e) => e,
            None => return false,
        }
    };
    team_end - lo >= 2
        && doc
            .lex
            .byline_tails
            .contains(doc.low(team_end - 1).as_ref())
        && (lo..team_end - 1).all(|k| doc.is_cap(k))
}

/// Whether paragraph tokens `lo..hi` are a full name alone on a line among the first lines of
/// the text: the author's byline (`Jess Carter` / `Political reporter`), no speaker.
fn is_name_line_at_top(doc: &Doc, lo: usize, hi: usize) -> bool {
    const TOP_PARAGRAPHS: usize = 10;
    const MAX_WORDS: usize = 3;
    const MAX_DESK_WORDS: usize = 4;
    // `Lucy X, Social Affairs Correspondent`: the name, then the author's desk and role.
    let desk = |l: usize| {
        let desk = l + 2..hi;
        doc.is_punct(l + 1, ",")
            && !desk.is_empty()
            && desk.len() <= MAX_DESK_WORDS
            && desk.clone().all(|k| doc.is_cap(k) && !doc.tokens[k].quoted)
            && doc.has(hi - 1, ROLE)
    };
    // (A comma past the name's last possible word leaves too many words: no need to look.)
    let end = (lo..hi.min(lo + MAX_WORDS + 1))
        .find(|&k| doc.is_punct(k, ","))
        .unwrap_or(hi);
    let words = end - lo;
    (2..=MAX_WORDS).contains(&words)
        && doc.para_of(lo) < TOP_PARAGRAPHS
        && (lo..end).all(|k| doc.is_cap(k) && !doc.is_acronym(k) && !doc.tokens[k].quoted)
        && np::titled_name(doc, lo, end)
            .is_some_and(|(ts, _, l)| ts == lo && (l + 1 == hi || (l + 1 == end && desk(l))))
}

/// Whether token `k` is a lowercase organisation noun (`groupe`, `société`, `company`).
fn is_org_noun(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) && !doc.is_cap(k) && doc.has(k, ORG) && !doc.has(k, ROLE)
}

/// Whether the name ending at `l` modifies the role or institution noun right after it (`UK
/// economist`, `Movely spokesman`): no mention of its own. English only: French puts the noun
/// first, and a verb after a name may spell like a noun (`Irène X enseigne`).
/// Whether the last word of the possessed name `f..=l` (`Tavish Quarrington’s`) stands alone
/// elsewhere in the text (`Quarrington batted`): a surname, so the name is a person's.
fn surname_recurs_alone(doc: &Doc, f: usize, l: usize) -> bool {
    let surname = doc.s(l).trim_end_matches(['’', '\'']);
    (0..doc.len()).any(|k| {
        (k < f || k > l + 1)
            && !doc.tokens[k].quoted
            && doc.s(k).trim_end_matches(['’', '\'']) == surname
            && !(k > 0 && doc.is_cap(k - 1) && doc.para_of(k - 1) == doc.para_of(k))
            && !doc.is_cap(k + 1)
    })
}

fn modifies_next_noun(doc: &Doc, l: usize) -> bool {
    doc.english && doc.is_word(l + 1) && !doc.is_cap(l + 1) && doc.has(l + 1, ROLE | ORG)
}

impl People {
    /// `incises`: the token ranges of the attributions inside quotation marks, where names
    /// are read as outside them.
    pub fn scan(doc: &Doc, incises: &[(usize, usize)]) -> People {
        struct Raw {
            start: usize,
            key: String,
            last: usize,
            gender: Gender,
            /// The gender comes from a title (`Mme`, `Mr.`), not only from a role's article.
            titled: bool,
            determined: bool,
            org_noun: Option<String>,
            head: Option<String>,
            tok: usize,
            subject: bool,
            /// The gender of the article before a body's name (`le groupe X`, `la Fédération`).
            article: Gender,
            age: Option<u32>,
            /// A capitalised plural role (`Parents`, `Investigators` opening a sentence): a group
            /// of people, never a body a `the company` could mean.
            group: bool,
            /// The first of two coordinated roles (`Founder and chief executive X`).
            co_role: Option<String>,
        }
        let mut raws: Vec<Raw> = Vec::new();
        let titles = quoted_titles(doc);
        let mut long_names: FastMap<String, String> = FastMap::default();
        let mut note_long_name = |short: usize, first: usize, last: usize| {
            let span = super::Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
            long_names
                .entry(key_of(doc, short, short))
                .or_insert_with(|| {
                    let full = normalise(span.slice(doc.text));
                    full.trim_end_matches(['’', '\'']).to_string()
                });
        };
        let mut family_names: Vec<(String, String)> = Vec::new();
        let mut i = 0;
        while i < doc.len() {
            let in_incise = |i: usize| incises.iter().any(|&(lo, hi)| lo <= i && i < hi);
            if !doc.is_cap(i) || (doc.tokens[i].quoted && !in_incise(i)) {
                i += 1;
                continue;
            }
            let (lo, hi) = doc.para_tokens(doc.para_of(i));
            if i == lo {
                if let Some(after) = doc.after_dateline(doc.para_of(i)) {
                    i = after;
                    continue;
                }
                // `By Helen Cartwright, Crime Correspondent`: the author reports, never speaks.
                if is_byline(doc, lo, hi) || is_name_line_at_top(doc, lo, hi) {
                    i = hi;
                    continue;
                }
                // `Lire aussi : Sécurité routière : …`: another article's title names nobody
                // of this one.
                if super::kind::related_link(doc, lo, hi) {
                    i = hi;
                    continue;
                }
                // `Newsletter Santé : chaque vendredi …`: a widget's capitalised label.
                if doc.lex.byline_words.contains(doc.low(lo).as_ref()) {
                    i = (lo + 1..hi).find(|&k| !doc.is_cap(k)).unwrap_or(hi);
                    continue;
                }
            }
            // `CEO Marta Quill`: a role in capitals is no name of its own.
            if doc.english && doc.has(i, ROLE) && doc.is_acronym(i) && doc.is_cap(i + 1) {
                i += 1;
                continue;
            }
            let Some((ts, f, l)) = titled_name(doc, i, hi) else {
                i += 1;
                continue;
            };
            // `Grand Angle` (a show's label line) when the text also quotes « Grand Angle »:
            // a title, never a speaker nor an antecedent.
            if !titles.is_empty() && l > f {
                let name = super::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end);
                if titles.contains(&name.slice(doc.text)) {
                    i = l + 1;
                    continue;
                }
            }
            // `l'ancienne Première ministre X`, `le Haut commissaire X`: a lone capitalised word
            // before a lowercase role word is part of the role.
            let in_role = l == f
                && ts == f
                && !doc.english
                && !doc.has(f, FIRST_NAME)
                && doc.has(l + 1, ROLE)
                && !doc.is_cap(l + 1);
            if in_role {
                i = l + 1;
                continue;
            }
            if doc.has(l + 1, FIRST_NAME) && doc.is_cap(l + 1) && !doc.has(f, FIRST_NAME) {
                // `le député Renaissance de la Marne Thibault Lacombe`: a party or a place
                // before a given name qualifies the person's role; the person comes next.
                i = l + 1;
                continue;
            }
            // `the patient group Parents United`: a capitalised plural role right after an
            // institution noun opens that body's name; it is no role of a person.
            let body_name = ts >= lo + 2
                && doc.is_cap(ts - 1)
                && is_org_noun(doc, ts - 2)
                && doc.has(ts - 1, ROLE)
                && !doc.is_acronym(ts - 1)
                && doc.lex.singular_role(&doc.low(ts - 1)).is_some();
            if body_name {
                i = l + 1;
                continue;
            }
            // Only a full name or a role word right before a name can carry a role: this skips
            // the many places and bodies (`de Moscou`, `l'Ukraine`) cheaply.
            let full = l > f || ts < f;
            // (`a cleaner surnamed X`: a naming participle between them.)
            let role_before = || {
                ts > lo
                    && (doc.has(ts - 1, ROLE)
                        || np::is_person_noun_before_name(doc, ts - 1)
                        || np::is_name_participle(doc, ts - 1))
            };
            let prefix = (full || role_before())
                .then(|| np::role_prefix(doc, ts, lo))
                .flatten();
            let (mut head, mut gender, role_start) = match prefix {
                Some((head, gender, d)) => (head, gender, d),
                None => (None, Gender::Unknown, ts),
            };
            // `Gov. Dana Whitfield` holds the role `the governor` refers to.
            if head.is_none() && ts < f {
                head = (ts..f)
                    .rev()
                    .filter(|&k| doc.is_word(k))
                    .find_map(|k| doc.lex.role_of_title(doc.s(k)));
            }
            // `CEO Marta Quill`, `chief executive Marta Quill`: a bare role noun right before
            // a full name is that person's role.
            // (`executive engineer (water works) Ravi X`: past a bracketed aside.)
            let mut co_role = None;
            let r = if ts > lo {
                np::before_bracketed_aside(doc, ts - 1, lo)
            } else {
                ts
            };
            if head.is_none() && full && doc.english && ts > lo && r < ts && doc.has(r, ROLE) {
                head = Some(doc.low(r).into_owned());
                gender = doc.lex.role_gender(doc.s(r));
                co_role = coordinated_role(doc, r, lo);
            }
            // `Ann Roe SC`: letters after the name that tell a role.
            if head.is_none() && full && doc.lex.post_nominals.contains(doc.s(l + 1)) {
                head = doc.lex.role_of_title(doc.s(l + 1));
            }
            let mut titled = np::title_gender(doc, ts, f);
            // `la Pr X`, `le Pr Adama X`: the article of a title that tells no gender tells it,
            // but `le Dr Mariam X` is a woman: a listed given name (or the one given before, for
            // a surname alone) outweighs a masculine one.
            if titled == Gender::Unknown && !doc.english && ts < f && ts > lo {
                match article_gender(doc, ts - 1) {
                    Gender::Female => titled = Gender::Female,
                    Gender::Male if l > f && !doc.has(f, FIRST_NAME) => titled = Gender::Male,
                    _ => {}
                }
            }
            if titled != Gender::Unknown {
                gender = titled;
            }
            // Appositions tell the role of a full name: `X, le secrétaire général de l'OTAN,`
            // or `La maire de Rouen, Hélène Garnier`; of a surname opening a clause too
            // (`Quist, the 30-year-old champion, laughed`).
            let opens = opens_clause(doc, role_start);
            // `Former national coach Sutarjo, who …, said`: a lone name after a bare role noun
            // opening the clause is a person holding that role.
            let bare_role =
                |r: usize| !doc.is_cap(r) && doc.lex.roles.contains_key(doc.low(r).as_ref());
            if head.is_none()
                && !full
                && doc.english
                && opens
                && r < ts
                && doc.has(r, ROLE)
                && bare_role(r)
            {
                head = Some(doc.low(r).into_owned());
                gender = doc.lex.role_gender(doc.s(r));
            }
            // (`Maya, étudiante de 22 ans, fait`: French apposes a bare role to a lone name.)
            let lone_opening = || ts == f && role_start == ts && opens;
            let apposed_to =
                || full || (lone_opening() && (doc.english || !doc.has(l + 2, DET | ORG)));
            // `Interrogé par Radio X, un conseiller assure`: after an opening adverbial, a phrase
            // with its article is the clause's subject, no apposition.
            let opening_adverbial =
                || doc.has(l + 2, DET) && np::is_adverbial(doc, doc.sentence_start(ts));
            if head.is_none() && doc.is_punct(l + 1, ",") && apposed_to() && !opening_adverbial() {
                if let Some(after) = apposed_role(doc, l, hi) {
                    head = after.head;
                    if gender == Gender::Unknown {
                        gender = after.gender;
                    }
                }
            }
            // `le ministre de la Santé, le Pr X`: the role apposed before a titled name is the
            // person's too, beside any role the title gives (`le professeur`).
            if !doc.english
                && ts < f
                && ts >= lo + 3
                && co_role.is_none()
                && doc.has(ts - 1, DEFINITE)
                && doc.is_punct(ts - 2, ",")
            {
                if let Some(before) =
                    np::np_backward(doc, ts - 3, lo).filter(|n| n.kind == NpKind::Role)
                {
                    if head.is_none() {
                        head = before.head;
                    } else {
                        co_role = before.head;
                    }
                }
            }
            // `Ma femme, Annick.`: a lone word apposed to a role is that person's name.
            let lone_apposed = !full && !doc.english && doc.is_punct(l + 1, ".,");
            if (full || lone_apposed) && head.is_none() && ts >= lo + 2 && doc.is_punct(ts - 1, ",")
            {
                if let Some(before) =
                    np::np_backward(doc, ts - 2, lo).filter(|n| n.kind == NpKind::Role)
                {
                    head = before.head;
                    if gender == Gender::Unknown {
                        gender = before.gender;
                    }
                } else if let Some(role) = opening_role(doc, ts - 1).filter(|_| full) {
                    head = Some(doc.low(role).into_owned());
                    if gender == Gender::Unknown {
                        gender = doc.lex.role_gender(doc.s(role));
                    }
                } else if full
                    && ts >= lo + 3
                    && doc.has(ts - 2, ROLE)
                    && !doc.is_cap(ts - 2)
                    && doc.has(ts - 3, ADDRESSEE)
                {
                    // `écrit au président, Hervé X`: the one addressed holds the role too.
                    head = Some(doc.low(ts - 2).into_owned());
                    if gender == Gender::Unknown {
                        gender = doc.lex.role_gender(doc.s(ts - 2));
                    }
                }
            }
            // `Ireland’s Data Protection Commission`: the possessor is no mention; a person's
            // full name (`Ann Lee’s house`) still introduces the person.
            let possessive = doc.s(l).ends_with(['’', '\'']) && doc.s(l + 1) == "s";
            // (`Vega’s film` after `Mary Vega`: a lone surname possessor is that person too.)
            let person_possessor = possessive
                && if l > f {
                    doc.has(f, FIRST_NAME) || surname_recurs_alone(doc, f, l)
                } else {
                    let word = key_of(doc, f, f);
                    raws.iter().any(|r| {
                        r.last > r.tok
                            && r.org_noun.is_none()
                            && r.key.ends_with(word.as_str())
                            && last_word(&r.key) == word
                    })
                };
            if possessive && !person_possessor {
                // `Halden Home’s hub … Halden said`: a body's first word alone goes by the full
                // name.
                if l > f && !doc.has(f, FIRST_NAME) {
                    note_long_name(f, f, l);
                }
                i = l + 1;
                continue;
            }
            // `Mrs Ashdown's son, Graham, checks …`: a relative's given name, the subject.
            let relative = (!full && head.is_none())
                .then(|| relative_named(doc, ts, l, lo))
                .flatten();
            if let Some((role, surname)) = &relative {
                gender = doc.lex.role_gender(role);
                head = Some(role.clone());
                let given = doc.s(f);
                family_names.push((key_of(doc, f, f), format!("{given} {surname}")));
            }
            let lone = !full && head.is_none();
            if modifies_next_noun(doc, l)
                || (lone && is_participle_clause(doc, f))
                || (lone && ts == f && np::opens_abstract_noun(doc, f))
            {
                i = l + 1;
                continue;
            }
            // `Saint-Quentin (Aisne)`: a bracketed word is an aside, never a subject.
            // `Lumina, the start-up behind X,` and `the union, the Y Alliance,`: an institution
            // noun in apposition makes the name a body.
            let person_name = doc.has(f, FIRST_NAME) || ts < f;
            let apposed_org = (head.is_none() && !person_name && doc.is_punct(l + 1, ","))
                .then(|| doc.has(l + 2, DET).then(|| np::np_forward(doc, l + 2, hi)))
                .flatten()
                .flatten()
                .or_else(|| {
                    let det = !person_name
                        && ts > lo + 2
                        && doc.has(ts - 1, DET)
                        && doc.is_punct(ts - 2, ",");
                    det.then(|| np::np_backward(doc, ts - 3, lo)).flatten()
                })
                .filter(|n| n.kind == NpKind::Organisation)
                .and_then(|n| n.head);
            let aside = ts > lo && doc.is_punct(ts - 1, "(") && doc.is_punct(l + 1, ")");
            if aside && (f == l || f + 1 == l) {
                if let Some((first, last)) = long_name_before(doc, f, lo) {
                    note_long_name(f, first, last);
                }
            }
            if (aside && !full)
                || in_photo_credit(doc, ts, l, lo, hi)
                || names_a_work(doc, ts, f, l, lo)
                || ends_with_code(doc, f, l)
            {
                i = l + 1;
                continue;
            }
            // `a déclaré à l'AFP`, `auprès de l'AFP`: the one spoken to is no subject.
            // `told BBC Radio Kent`: a broadcaster's initials before the station's name too.
            let addressed = (role_start.saturating_sub(3)..role_start)
                .rev()
                .find(|&k| !(doc.has(k, DET | LINK) || doc.is_acronym(k)) || doc.has(k, ADDRESSEE))
                .is_some_and(|k| doc.has(k, ADDRESSEE) && !source_cue_ends_at(doc, k));
            // `… at the Digital Rights Fund, which filed the complaint`: a body is the subject of
            // the relative clause after it.
            let thing_subject = || {
                doc.english
                    && doc.is_punct(l + 1, ",")
                    && doc.is_word(l + 2)
                    && doc.lex.thing_relatives.contains(doc.low(l + 2).as_ref())
            };
            // A lone surname possessor only owns the subject (`Reade’s driving had been`).
            let subject = (relative.is_some()
                || opens && !addressed && !(f == l && ts == f && is_region_of_place(doc, ts, lo))
                || thing_subject())
                && !(possessive && f == l);
            // `L'Agence nationale de sécurité sanitaire (Anses)`: the body's mentions go by its
            // short name, its canonical name is the full one.
            // (Its article stays the long name's: `Le Service … (ST) … il indique`.)
            let named_from = ts;
            let (ts, f, l) = match short_name_after(doc, f, l, hi) {
                Some(a) => {
                    note_long_name(a, f, a - 2);
                    (a, a, a)
                }
                None => (ts, f, l),
            };
            // `Fadi X, …, que tout le monde appelle Abou Y`: the nickname names the same person.
            if l > f {
                let named_before = |from: usize| {
                    raws.iter()
                        .rev()
                        .take_while(|r| r.tok >= from)
                        .find(|r| r.key.contains(' ') && r.org_noun.is_none())
                        .map(|r| (r.tok, r.last))
                };
                if let Some(name) = alias_of(doc, ts, lo, named_before) {
                    family_names.push((key_of(doc, f, l), name));
                }
            }
            // A lone capitalised word in an object position (`de Moscou`, `l'Ukraine`) names
            // no speaker and no antecedent: skip it, it is most of the capitals of an article.
            if full || head.is_some() || subject || person_possessor {
                let group = f == l
                    && ts == f
                    && doc.english
                    && doc.sentence_start(f) == f
                    && doc.has(f, ROLE)
                    && !doc.has(f, FIRST_NAME)
                    && doc.lex.singular_role(&doc.low(f)).is_some();
                if group {
                    gender = Gender::Plural;
                }
                raws.push(Raw {
                    // `le Grand Prix`, `the White House`: an article before a name makes it a
                    // thing or a body, never a person a pronoun could mean.
                    // (`le Polonais` is a person: an inhabitant's name is a role.)
                    // `le consortium X`: an institution noun heading the name takes its article.
                    article: if head.as_deref().is_some_and(|h| {
                        doc.lex.organisations.contains(h) && !doc.lex.roles.contains_key(h)
                    }) && doc.has(role_start, DET)
                    {
                        article_gender(doc, role_start)
                    } else if head.is_some() || ts <= lo || doc.has(f, ROLE) {
                        Gender::Unknown
                    } else if named_from > lo && doc.has(named_from - 1, DET) {
                        article_gender(doc, named_from - 1)
                    } else if ts > lo + 1 && doc.has(ts - 2, DET) && is_org_noun(doc, ts - 1) {
                        article_gender(doc, ts - 2)
                    } else {
                        Gender::Unknown
                    },
                    determined: head.is_none() && ts > lo && doc.has(ts - 1, DEFINITE),
                    // `le groupe Valmont`, `la société Minera X`: the name of a body.
                    org_noun: (head.is_none() && ts > lo && is_org_noun(doc, ts - 1))
                        .then(|| doc.low(ts - 1).into_owned())
                        .or(apposed_org)
                        // `Le bailleur, Habitat X, a réagi`: the noun set off before the name.
                        .or_else(|| {
                            let noun_before = head.is_none()
                                && !doc.english
                                && !person_name
                                && ts >= lo + 3
                                && doc.is_punct(ts - 1, ",")
                                && is_org_noun(doc, ts - 2)
                                && doc.has(ts - 3, DEFINITE);
                            noun_before.then(|| doc.low(ts - 2).into_owned())
                        })
                        // `Brightwell Mining (BWM.N)`: a stock ticker makes the name a company.
                        .or_else(|| {
                            has_ticker(doc, l, hi)
                                .then_some(if doc.english { "company" } else { "entreprise" })
                                .map(str::to_string)
                        }),
                    start: ts,
                    key: key_of(doc, f, l),
                    last: l,
                    gender,
                    titled: titled != Gender::Unknown,
                    head,
                    tok: f,
                    subject,
                    age: age_after(doc, l, hi),
                    group,
                    co_role,
                });
            }
            i = l + 1;
        }
        for (key, name) in family_names {
            long_names.entry(key).or_insert(name);
        }
        let mut people = People {
            persons: Vec::with_capacity(raws.len()),
            mentions: Vec::with_capacity(raws.len() + 8),
            by_words: FastMap::with_capacity_and_hasher(raws.len(), Default::default()),
            by_name: FastMap::with_capacity_and_hasher(raws.len(), Default::default()),
            ..People::default()
        };
        // Only a person's name takes up a given name (not `Trump Tower`, `Lee Foundation`).
        let personal = |r: &Raw| {
            r.org_noun.is_none()
                && !doc.has(r.last, ORG)
                && !doc.lex.place_nouns.contains(last_word(&r.key))
        };
        // `Minister for Community Living Nurul Azmina` then `Ms Nurul`: a given name taken up
        // after a gendered title starts the full name inside a run of capitalised words. Each
        // word is looked for once, and only for the first few: every look reads all the names,
        // and a text repeating `M. Dupont` thousands of times must stay linear.
        const MAX_GIVEN_WORDS: usize = 32;
        let mut looked_for: Vec<String> = Vec::new();
        for r in 0..raws.len() {
            let given = &raws[r];
            if !given.titled || given.key.contains(' ') || looked_for.contains(&given.key) {
                continue;
            }
            if looked_for.len() == MAX_GIVEN_WORDS {
                break;
            }
            looked_for.push(given.key.clone());
            let known = raws.iter().any(|o| {
                o.key != given.key
                    && (ends_with_words(&o.key, &given.key)
                        || o.key
                            .strip_prefix(given.key.as_str())
                            .is_some_and(|rest| rest.starts_with(' ')))
            });
            if known {
                continue;
            }
            let word = given.key.clone();
            let inner = raws.iter().position(|o| {
                personal(o)
                    && o.key
                        .split(' ')
                        .skip(1)
                        .position(|w| w == word)
                        .is_some_and(|at| o.key.split(' ').count() - at - 1 <= 3)
            });
            if let Some(o) = inner {
                let from = (raws[o].tok..=raws[o].last)
                    .find(|&k| doc.is_word(k) && key_of(doc, k, k) == word);
                if let Some(from) = from {
                    raws[o].key = key_of(doc, from, raws[o].last);
                    raws[o].tok = from;
                }
            }
        }
        // The canonical form of a mention is the longest name that ends with its words; in
        // English, one without a definite article first (`the Riverside Park courts` then
        // `Helen Park`: `Park` is her, a person's name takes no article).
        let bare = |r: &Raw| !(doc.english && r.determined);
        let mut longest: FastMap<&str, usize> =
            FastMap::with_capacity_and_hasher(raws.len(), Default::default());
        for (r, raw) in raws.iter().enumerate() {
            let family = family_word_first(doc, &raw.key, raw.last);
            for word in std::iter::once(last_word(&raw.key)).chain(family) {
                let entry = longest.entry(word).or_insert(r);
                let held = &raws[*entry];
                if (bare(held), held.key.len()) < (bare(raw), raw.key.len()) {
                    *entry = r;
                }
            }
        }
        // The name a titled word opens, found once per word and gender (a text may repeat
        // `M. Dupont` thousands of times).
        let mut opened: FastMap<(&str, Gender), Option<usize>> = FastMap::default();
        let mut first_opened: FastMap<&str, Option<usize>> = FastMap::default();
        for raw in &raws {
            let mut full = &raws[longest[last_word(&raw.key)]];
            // `Madam Tay` is not `Mr Marcus Tay`, and `Ms Nurul` is `Nurul Azmina`: names that
            // put the given name last (`Tay Hwee Ling`) or go by it (Malay) are taken up by
            // their first word after a title.
            let titled_word = raw.titled && !raw.key.contains(' ');
            // `Inès Belkacem … Inès sourit`: French features call a person by the given name
            // alone, which opens the full name.
            // English ones too when the given name is no listed one (`Shuttler Rizky X … Rizky
            // said`), if the full name is surely a person's (a title, a role, an age).
            let given_word = !raw.key.contains(' ')
                && raw.org_noun.is_none()
                && full.key == raw.key
                && if doc.english {
                    !raw.titled && !raw.determined && opened.len() < MAX_GIVEN_WORDS
                } else {
                    doc.has(raw.tok, FIRST_NAME)
                };
            if (titled_word && (full.key == raw.key || !raw.gender.agrees_with(full.gender)))
                || given_word
            {
                let surely_person =
                    |r: &Raw| r.head.is_some() || r.start < r.tok || r.age.is_some() || r.titled;
                let opens_name = |r: &&Raw| {
                    r.key
                        .strip_prefix(raw.key.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
                        && raw.gender.agrees_with(r.gender)
                        && personal(r)
                        && (titled_word || !doc.english || surely_person(r))
                };
                let found = *opened
                    .entry((raw.key.as_str(), raw.gender))
                    .or_insert_with(|| raws.iter().position(|r| opens_name(&r)));
                full = found.map_or(raw, |o| &raws[o]);
            }
            // `Lim Kok Wah … Lim said`: in English, an untitled lone word opening a sentence
            // that ends no longer name but opens exactly one person's name is that person (a
            // family name put first, or a given name alone).
            let lone_subject = doc.english
                && raw.subject
                && raw.start == raw.tok
                && raw.org_noun.is_none()
                && full.key == raw.key
                && !raw.key.contains(' ');
            let mut first_word = false;
            if lone_subject {
                let found = *first_opened.entry(raw.key.as_str()).or_insert_with(|| {
                    let opens = |r: &Raw| {
                        r.key
                            .strip_prefix(raw.key.as_str())
                            .is_some_and(|rest| rest.starts_with(' '))
                            && personal(r)
                            // A person: introduced with a role, or by a given name.
                            && (r.head.is_some() || doc.has(r.tok, FIRST_NAME))
                    };
                    let o = raws.iter().position(opens)?;
                    let unique = raws.iter().all(|r| !opens(r) || r.key == raws[o].key);
                    unique.then_some(o)
                });
                if let Some(o) = found.filter(|&o| raw.gender.agrees_with(raws[o].gender)) {
                    full = &raws[o];
                    first_word = true;
                }
            }
            // `le groupe Berthier` is not `Arnaud Berthier`, its chairman: a body named with its
            // institution noun keeps its own name.
            let by_family_name = || family_word_first(doc, &full.key, full.last) == Some(&raw.key);
            let canonical = if (titled_word
                || given_word
                || first_word
                || ends_with_words(&full.key, &raw.key)
                || by_family_name())
                && raw.org_noun.is_none()
            {
                full
            } else {
                raw
            };
            let person = match people.by_words.get(&canonical.key) {
                Some(&p) => p,
                None => {
                    let words: Vec<&str> = canonical.key.split(' ').collect();
                    // `Harborline Mutual, which …`: a relative for things makes the name a
                    // body, whatever its first word's ending suggests.
                    let last = canonical.last;
                    let thing = doc.is_punct(last + 1, ",")
                        && doc.is_word(last + 2)
                        && doc.lex.thing_relatives.contains(doc.low(last + 2).as_ref());
                    // `Tarvena Lithium Corp`, `Maple Crest Group`: a company, whatever its first
                    // word's ending suggests.
                    let company = words.len() >= 2
                        && doc.lex.company_nouns.contains(last_word(&canonical.key));
                    let gender = if thing || company {
                        Gender::Unknown
                    } else {
                        first_name_gender(doc, &words)
                    };
                    let span = super::Span::new(
                        doc.tokens[canonical.tok].span.start,
                        doc.tokens[canonical.last].span.end,
                    );
                    // `Festival de Cannes`, `Bank of England`, `Somerset Police`: several words,
                    // no person.
                    let body = thing
                        || doc.has(canonical.tok, ORG | NAMING)
                        || doc.has(canonical.last, ORG);
                    // `Kestrel Point`, `Dunlap Road`: a generic place noun ends the name of a
                    // place (not after a given name: `Harold Brooks`).
                    // (`Town of Fenwick Lake` is the body of that place.)
                    let place = words.len() >= 2
                        && gender == Gender::Unknown
                        && !(doc.has(canonical.tok, ORG) && doc.has(canonical.tok + 1, LINK))
                        && doc.lex.place_nouns.contains(last_word(&canonical.key));
                    let mut name = long_names
                        .get(&canonical.key)
                        .cloned()
                        .unwrap_or_else(|| normalise(span.slice(doc.text)));
                    // A possessor's mark (`Ann Lee’s`) is no part of the name.
                    if name.ends_with(['’', '\'']) {
                        name = name.trim_end_matches(['’', '\'']).to_string();
                    }
                    people.persons.push(Person {
                        name,
                        gender,
                        named: gender,
                        human: (words.len() >= 2 || gender != Gender::Unknown) && !body && !place,
                        person: gender != Gender::Unknown,
                        body: body || doc.is_acronym(canonical.tok),
                        place,
                    });
                    people
                        .by_words
                        .insert(canonical.key.clone(), people.persons.len() - 1);
                    let name = people.persons[people.persons.len() - 1].name.clone();
                    people
                        .by_name
                        .entry(name)
                        .or_insert(people.persons.len() - 1);
                    people.persons.len() - 1
                }
            };
            // `Le Goff, lui, préfère` after `Yannick Le Goff`: a capitalised article that the
            // full name holds is part of the surname, no article making a body.
            let surname_article = raw.determined
                && doc.is_cap(raw.start - 1)
                && ends_with_words(
                    &full.key,
                    &format!("{} {}", doc.low(raw.start - 1), raw.key),
                );
            let (determined, article) = if surname_article {
                (false, Gender::Unknown)
            } else {
                (raw.determined, raw.article)
            };
            let p = &mut people.persons[person];
            // A given name outweighs a role's article (`le maire, Johanna X` is a woman); a
            // title outweighs both.
            p.gender = if raw.titled {
                raw.gender
            } else if p.named == Gender::Unknown {
                merge(p.gender, raw.gender)
            } else {
                p.gender
            };
            // `la société Minera X` heads the name with an institution noun: a body.
            let org_head = raw
                .head
                .as_deref()
                .filter(|h| doc.lex.organisations.contains(*h) && !doc.lex.roles.contains_key(*h));
            let org_noun = org_head.or(raw.org_noun.as_deref());
            let titled_or_role = (raw.head.is_some() && org_head.is_none()) || raw.start < raw.tok;
            p.human |= titled_or_role || raw.group;
            p.person |= titled_or_role || raw.group;
            if (determined || org_noun.is_some()) && !titled_or_role {
                p.human = false;
                p.body = true;
            }
            if let Some(noun) = org_noun {
                people.bodies.push((noun.to_string(), person, raw.tok));
            }
            if let Some(age) = raw.age {
                people.ages.push((age, person));
                // `Jomar X, 34,`: a name given an age is surely a person's.
                if !p.body && !p.place {
                    p.person = true;
                    p.human = true;
                }
            }
            if let Some(role) = &raw.co_role {
                people.roles.push((role.clone(), person, raw.tok));
            }
            if let Some(head) = &raw.head {
                people.roles.push((head.clone(), person, raw.tok));
            }
            people.mentions.push(Mention {
                tok: raw.tok,
                person,
                subject: raw.subject,
                article,
            });
        }
        people.long_names = long_names;
        people.scan_unnamed_subjects(doc);
        people
    }

    /// Subjects with no name: an anonymous source (`Un collègue de la victime, ...`, `A person
    /// familiar with ...`) becomes a person named by its role, a description (`L'acteur`, `the
    /// Spaniard`) another mention of the person it refers to, and an institution phrase (`le
    /// ministère de la Santé`, `la direction de X`) a body: pronouns and `the person`, `le
    /// ministère` then refer to them.
    fn scan_unnamed_subjects(&mut self, doc: &Doc) {
        // `», explique un investisseur`, `», a dit une voisine`: the tokens after a speech verb
        // inverted after a quotation, where an indefinite subject may stand (not the object of
        // `il a décrit un homme`). Found from the quotations, so that no token pays for it.
        let mut after_inverted: Vec<usize> = Vec::new();
        if !doc.english {
            for q in doc.quotes.iter().filter(|q| q.marked.close.is_some()) {
                let mut v = q.close_tok + 1;
                if doc.is_punct(v, ",") {
                    v += 1;
                }
                if doc.has(v, AUX) {
                    v += 1;
                }
                if doc.is_speech_verb(v) {
                    after_inverted.push(v + 1);
                }
            }
            after_inverted.sort_unstable();
        }
        for k in 0..doc.len() {
            // Cheap tests first: this looks at every token of the document, and determiners
            // are short words.
            let token = doc.tokens[k];
            if !token.word || token.quoted || token.span.len() > doc.lex.longest_determiner {
                continue;
            }
            if !doc.is_word(k + 1) {
                continue;
            }
            // `But one minister …`: a coordinator opening the sentence (tested last, and only
            // there, as it classifies a word most tokens never need).
            let starts_clause = k == 0
                || doc.para_of(k - 1) != doc.para_of(k)
                // `• One support worker said …`: a list bullet opens its item's clause.
                || matches!(doc.punct_byte(k - 1), b',' | b';' | b':' | b'.' | b'!' | b'?' | b'"')
                || (doc.punct_byte(k - 1) >= 0x80 && doc.is_punct(k - 1, "»”•▪"))
                || (doc.sentence_start(k - 1) == k - 1 && doc.has(k - 1, COORD));
            // `Selon la chambre d'agriculture, ...`: a source cue opening the clause.
            // `According to a senior official, …`: a cue of several words too.
            // (A token opening a clause follows no cue: the cue's lookup is spared there.)
            let after_cue = !starts_clause
                && k >= 1
                && doc.is_word(k - 1)
                && source_cue_start(doc, k - 1).is_some_and(|c| {
                    c == 0
                        || doc.para_of(c - 1) != doc.para_of(k)
                        || doc.is_punct(c - 1, ",;:.!?»”\"")
                });
            // (`», écrit la mutuelle. Elle assure …`: a definite body noun too, which a later
            // pronoun takes up.)
            let after_verb = || {
                after_inverted.binary_search(&k).is_ok()
                    && doc.has(k, DET)
                    && (!doc.has(k, DEFINITE)
                        || (doc.has(k + 1, ORG) && !doc.has(k + 1, ROLE) && !doc.is_cap(k + 1)))
            };
            if !starts_clause && !after_cue && !after_verb() {
                continue;
            }
            let partitive = np::partitive_at(doc, k).is_some();
            if !doc.has(k, DET) && !partitive {
                continue;
            }
            // A capitalised role is a nationality (`the Briton`) unless a name follows; a
            // capitalised institution (`L'Agence nationale ...`) is a name, scanned before.
            // English premodifies the role (`one shop owner`, `a retired teacher`).
            // `a Western diplomat`: a capitalised adjective that is no given name.
            // `one support team lead`: a compound's body noun may come between.
            // `a packing house owner`: so may a plain noun.
            let plain = |t: usize| {
                doc.is_word(t)
                    && !doc.is_cap(t)
                    && !doc.has(t, DET | LINK | AUX | PRONOUN | SPEECH | RELATIVE | ADVERB)
            };
            let role_after_body = || {
                (doc.has(k + 2, ORG) || (doc.english && plain(k + 2)))
                    && doc.is_word(k + 3)
                    && !doc.is_cap(k + 3)
                    && doc.has(k + 3, ROLE)
            };
            let premodified = doc.english
                && doc.is_word(k + 1)
                && (!doc.is_cap(k + 1) || !doc.has(k + 1, FIRST_NAME | ROLE | ORG | TITLE))
                && !doc.is_cap(k + 2)
                && (doc.has(k + 2, ROLE) || role_after_body());
            // `un fonctionnaire`, `un haut fonctionnaire`: a French noun naming a person by
            // its ending (the roles do not list it), perhaps after an adjective.
            let person_noun = |t: usize| {
                doc.is_word(t)
                    && !doc.is_cap(t)
                    && !doc.has(t, DET | LINK | AUX | PRONOUN | ORG | NAMING)
                    && doc.lex.is_person_noun(&doc.low(t))
            };
            let unlisted = || {
                !doc.english
                    && !doc.has(k, DEFINITE)
                    && np::gender_of_determiner(doc, k) != Gender::Plural
                    && !doc.has(k + 1, ROLE)
                    && (person_noun(k + 1)
                        || (!doc.has(k + 1, DET | LINK | AUX | PRONOUN | ORG)
                            && person_noun(k + 2)))
            };
            // `The boy's mother`: a role after a possessor.
            let possessed = doc.english
                && !doc.is_cap(k + 1)
                && np::is_possessive_mark(doc, k + 2)
                && doc.has(k + 3, ROLE);
            // `One importer, who asked not to be named,`: a noun the roles do not list, that
            // only a person's relative clause follows.
            let person_relative = || {
                const MAX_WORDS: usize = 3;
                !doc.has(k, DEFINITE)
                    && !doc.lex.person_relatives.is_empty()
                    && (k + 1..k + 2 + MAX_WORDS)
                        .take_while(|&t| doc.is_word(t) || doc.is_punct(t, ",-"))
                        .any(|t| doc.lex.person_relatives.contains(doc.low(t).as_ref()))
            };
            // The ending test last: most determiners open no unnamed source.
            let described = partitive
                || premodified
                || possessed
                || !doc.is_cap(k + 1) && doc.has(k + 1, ROLE | ORG)
                || !doc.is_cap(k + 2) && doc.has(k + 1, ROLE)
                || unlisted()
                || person_relative();
            if !described {
                continue;
            }
            let hi = doc.para_tokens(doc.para_of(k)).1;
            let Some(np) = np::np_forward(doc, k, hi) else {
                continue;
            };
            if is_ratio_after(doc, np.last + 1) {
                continue;
            }
            // `The boy's mother` is somebody else than the boy named before.
            // `L'un d'eux` is one of a group, no description of somebody named before.
            let definite = doc.has(k, DEFINITE) && !np.possessed(doc) && !partitive;
            // `The developer, Harbourside Living, said`, `Son collègue, le Dr X, …`: the name
            // is the subject, scanned before.
            // `La cheffe de la mission de l'Alliance X (AX), l'ancienne ministre Y`: past the
            // phrase's complements and a body's short name in brackets, with no verb between.
            let after = (np.last + 1..hi.min(np.last + 14))
                .find(|&t| !(doc.is_word(t) || doc.is_punct(t, "()")) || doc.has(t, AUX | SPEECH))
                .unwrap_or(np.last + 1);
            // `Son équipementier, la marque X, …`: an institution or naming noun may head it.
            // `One of them, the veteran backbencher X,`: describing words after the article.
            let described = |t: usize| {
                t > after + 1
                    && doc.has(after + 1, DET)
                    && doc.is_word(t)
                    && !doc.has(t, AUX | SPEECH | RELATIVE | LINK | PRONOUN)
            };
            // (`A mother, a British national, said`: a capital between an indefinite article
            // and a lowercase noun is an adjective.)
            let adjective = |t: usize| {
                doc.english
                    && t == after + 2
                    && doc.has(after + 1, DET)
                    && !doc.has(after + 1, DEFINITE)
                    && doc.is_word(t + 1)
                    && !doc.is_cap(t + 1)
            };
            let apposed_name = doc.is_punct(after, ",")
                && (after + 1..after + 5)
                    .find(|&t| {
                        !(doc.has(t, DET | TITLE | ROLE | ORG | NAMING) || described(t))
                            || doc.is_cap(t)
                    })
                    .is_some_and(|t| doc.is_cap(t) && !doc.has(t, DET) && !adjective(t));
            // (`According to a team source, the Mariners …`: the comma closes the cue, and
            // the name after it opens the main clause.)
            if apposed_name && !after_cue {
                continue;
            }
            // `Jan Roelofs, an economist at ...`: an apposition, not another person.
            // (Not after an opening adverbial: `Interrogé par Jeune Afrique, un conseiller`.)
            // (`Ahmed X, 27, an engineer`: past the age set off after the name.)
            let age = |t: usize| {
                t >= 2
                    && doc.s(t).len() <= 3
                    && doc.s(t).bytes().all(|b| b.is_ascii_digit())
                    && doc.is_punct(t - 1, ",")
            };
            let named = |t: usize| doc.is_cap(t) || (age(t) && doc.is_cap(t - 2));
            let apposition = k >= 2
                && doc.is_punct(k - 1, ",")
                && named(k - 2)
                && !np::is_adverbial(doc, doc.sentence_start(k - 2));
            if apposition && !definite && np.kind == NpKind::Role {
                continue;
            }
            let body = matches!(np.kind, NpKind::Role | NpKind::Organisation)
                && (np.kind == NpKind::Organisation || doc.has(k + 1, MOUTHPIECE));
            let person = match np.kind {
                NpKind::Role if !doc.has(k + 1, MOUTHPIECE) => {
                    // The subject of the sentence before when it is surely a person (`X a
                    // gagné devant Y. Le Toulousain …` is X); else a person of the same
                    // paragraph (`… à Samir X. L'acteur …`); else the holder of the role (`the
                    // governor` is Gov. X); else anyone before.
                    let head = np.head.as_deref().unwrap_or_default();
                    let anonymous = doc.lex.anonymous_roles.contains(head);
                    let referent = (definite && !anonymous)
                        .then(|| {
                            let para = doc.para_of(k);
                            let before = self.antecedent_person(k, np.gender);
                            // An age noun fits one person exactly: it comes first.
                            // `le trésorier, X, écrit au président, Y … Le président`: not
                            // the subject before when it holds another role and Y this one;
                            // nor an unnamed person named by another role (`a board
                            // spokesperson` is no `the champion`).
                            // (`le DG` is the directeur: `[role_hypernyms]`.)
                            let this_role = |h: &str| {
                                same_role(h, head)
                                    || doc
                                        .lex
                                        .role_hypernyms
                                        .get(head)
                                        .is_some_and(|ks| ks.iter().any(|r| same_role(r, h)))
                            };
                            // `le Flandrien` is not the one called `le Namurois`.
                            let origin = doc.lex.is_origin_role(head);
                            let other_origin = |p: usize| {
                                origin
                                    && self.roles.iter().any(|(h, q, _)| {
                                        *q == p && !same_role(h, head) && doc.lex.is_origin_role(h)
                                    })
                            };
                            let other_role = |p: usize| {
                                let roles = || self.roles.iter().filter(|(_, q, _)| *q == p);
                                let holds_another = roles().next().is_some()
                                    && !roles().any(|(h, _, _)| this_role(h))
                                    && self
                                        .roles
                                        .iter()
                                        .any(|(h, q, t)| *q != p && *t < k && this_role(h));
                                holds_another
                                    || other_origin(p)
                                    || (self.unnamed.contains(&p)
                                        && !ends_with_words(&self.persons[p].name, head))
                            };
                            self.of_age(doc, head)
                                .or_else(|| self.described_person(doc, k, np.gender))
                                .filter(|&p| self.persons[p].person && !other_role(p))
                                // `L'adjoint X … Le directeur …`: not the subject before
                                // when it holds another role and somebody else this one.
                                .or_else(|| {
                                    before
                                        .filter(|&(p, tok)| {
                                            doc.para_of(tok) == para && !other_role(p)
                                        })
                                        .map(|(p, _)| p)
                                })
                                .or_else(|| self.holder_of(doc, np.head.as_deref()?, &np))
                                // `la Bretonne` is the singer named before, not `un Ehpad de
                                // Lannion` named since.
                                // `His son, 11, …` is no `the father` either.
                                .or_else(|| {
                                    let surely = if origin {
                                        self.nearest_person_but(k, np.gender, other_origin)
                                    } else {
                                        self.surely_person_before(k, np.gender)
                                    };
                                    surely.filter(|p| {
                                        !self.unnamed.contains(p)
                                            || ends_with_words(&self.persons[*p].name, head)
                                    })
                                })
                                .or(before.map(|(p, _)| p).filter(|&p| !other_origin(p)))
                        })
                        .flatten();
                    match referent {
                        Some(p) => {
                            if !head.is_empty() && !self.unnamed.contains(&p) {
                                self.descriptions.push((head.to_string(), p, k));
                            }
                            p
                        }
                        None => self.add_unnamed(np.role_text(doc), np.gender, true),
                    }
                }
                NpKind::Other if !partitive && !apposition && (unlisted() || person_relative()) => {
                    self.add_unnamed(cut_at_complement(doc, &np), np.gender, true)
                }
                NpKind::Role | NpKind::Organisation => {
                    let Some(name) = self.institution_of(doc, &np) else {
                        continue;
                    };
                    match self.by_name.get(&name) {
                        Some(&p) => p,
                        None => self.add_unnamed(name, Gender::Unknown, false),
                    }
                }
                _ => continue,
            };
            let at = self.mentions.partition_point(|m| m.tok < k);
            self.mentions.insert(
                at,
                Mention {
                    tok: k,
                    person,
                    subject: true,
                    article: if body { np.gender } else { Gender::Unknown },
                },
            );
        }
    }

    fn add_unnamed(&mut self, name: String, gender: Gender, human: bool) -> usize {
        self.persons.push(Person {
            name: name.clone(),
            gender,
            named: Gender::Unknown,
            human,
            person: human,
            body: !human,
            place: false,
        });
        let p = self.persons.len() - 1;
        self.by_name.entry(name).or_insert(p);
        self.unnamed.push(p);
        p
    }

    /// Whether an indefinite phrase with the same role noun comes shortly before token `tok`
    /// (`selon une source proche du dossier ... cette source`): the same unnamed person.
    fn introduced_before(&self, doc: &Doc, tok: usize, head: &str) -> bool {
        let para = doc.para_of(tok);
        let lo = doc.para_tokens(para.saturating_sub(2)).0;
        (lo.max(1)..tok).rev().any(|k| {
            if doc.s(k).len() != head.len() || doc.low(k) != head {
                return false;
            }
            // `his own accountant`, `a Senate aide`: one word may come between the article
            // and the noun.
            let d = if doc.has(k - 1, DET) {
                k - 1
            } else if k >= 2
                && doc.has(k - 2, DET)
                && doc.is_word(k - 1)
                && (doc.is_cap(k - 1) || doc.low(k - 1) == "own")
            {
                k - 2
            } else {
                return false;
            };
            // `Jalen Price, a junior from Toledo,` describes a named person: no new one.
            let apposed = d >= 2 && doc.is_punct(d - 1, ",") && doc.is_cap(d - 2);
            !doc.has(d, DEFINITE) && !apposed
        })
    }

    /// The person a definite description at token `tok` (`la comédienne`, `the Briton`) takes
    /// up from the sentence before: its subject when a person is the subject there, else the
    /// last person it names (`Le prix est revenu à Inès X. La comédienne …`).
    fn described_before(&self, doc: &Doc, tok: usize, gender: Gender) -> Option<String> {
        self.described_person(doc, tok, gender)
            .map(|p| self.persons[p].name.clone())
    }

    /// The nearest person named (not by a role only) before token `tok`, in its paragraph or
    /// the one before, of `gender`.
    fn named_person_before(&self, doc: &Doc, tok: usize, gender: Gender) -> Option<String> {
        let para_start = doc.para_tokens(doc.para_of(tok)).0;
        let lo = para_start
            .checked_sub(1)
            .map_or(para_start, |t| doc.para_tokens(doc.para_of(t)).0);
        self.mentions[..self.mentions.partition_point(|m| m.tok < tok)]
            .iter()
            .rev()
            .take_while(|m| m.tok >= lo)
            .find(|m| {
                let p = &self.persons[m.person];
                p.human
                    && !p.body
                    && !p.place
                    && !self.unnamed.contains(&m.person)
                    && gender.agrees_with(p.gender)
            })
            .map(|m| self.persons[m.person].name.clone())
    }

    /// The person index [`Self::described_before`] names.
    fn described_person(&self, doc: &Doc, tok: usize, gender: Gender) -> Option<usize> {
        let start = doc.sentence_start(tok);
        let previous = doc.sentence_start(start.checked_sub(1)?);
        let in_previous = |m: &&Mention| m.tok >= previous && m.tok < start;
        let fits = |m: &&Mention| {
            let p = &self.persons[m.person];
            p.human && gender.agrees_with(p.gender)
        };
        let mentions = &self.mentions[..self.mentions.partition_point(|m| m.tok < start)];
        let subject = mentions
            .iter()
            .filter(in_previous)
            .filter(fits)
            .find(|m| m.subject);
        let last = || mentions.iter().rev().filter(in_previous).find(fits);
        subject.or_else(last).map(|m| m.person)
    }

    /// `La direction assure … « … », indique-t-elle`: a body of the pronoun's grammatical gender
    /// that is the subject of the sentence before (or of the pronoun's own, before it), with no
    /// person as a subject there.
    fn body_subject_before(&self, doc: &Doc, tok: usize, gender: Gender) -> Option<String> {
        // (English articles tell no gender: there only `a spokesman for X` gives its body one.)
        if !matches!(gender, Gender::Male | Gender::Female) {
            return None;
        }
        let start = doc.sentence_start(tok);
        // The first sentence of a text has none before it: only its own start counts.
        let previous = start
            .checked_sub(1)
            .map_or(start, |p| doc.sentence_start(p));
        let near = &self.mentions[self.mentions.partition_point(|m| m.tok < previous)
            ..self.mentions.partition_point(|m| m.tok < tok)];
        let person_subject = near
            .iter()
            .any(|m| m.subject && (self.persons[m.person].human || self.persons[m.person].person));
        if person_subject {
            return None;
        }
        near.iter()
            .rev()
            .find(|m| m.subject && m.article == gender && !self.persons[m.person].human)
            .map(|m| self.persons[m.person].name.clone())
    }

    /// `The chef behind X has said …` opening the story, then `Ottoline X, 38, opened …`: a
    /// description with no person named before it presents the person that the next sentence
    /// names as its subject (one holding no other role).
    /// `A coroner has warned …` opening the article, `area coroner Jon Pryde` a paragraph or
    /// two later: an English lead brings on by its role the person it names next with that role.
    fn named_after_lead(&self, doc: &Doc, head: &str, np: &Np) -> Option<usize> {
        const PARAGRAPHS_AHEAD: usize = 2;
        let at = self.mentions.partition_point(|m| m.tok < np.first);
        let lead = doc.english
            && !self.mentions[..at]
                .iter()
                .any(|m| self.persons[m.person].human && !self.unnamed.contains(&m.person));
        if !lead {
            return None;
        }
        let last_para = doc.para_of(np.first) + PARAGRAPHS_AHEAD;
        self.roles
            .iter()
            .filter(|(h, p, t)| {
                *t > np.first
                    && doc.para_of(*t) <= last_para
                    && same_role(h, head)
                    && !self.unnamed.contains(p)
                    && np.gender.agrees_with(self.persons[*p].gender)
            })
            .min_by_key(|(_, _, t)| *t)
            .map(|(_, p, _)| *p)
    }

    fn presented_after(&self, doc: &Doc, np: &Np, head: &str) -> Option<String> {
        let at = self.mentions.partition_point(|m| m.tok < np.first);
        // (A standfirst may name the person already: `X (54) denies six charges`.)
        let named_before = |p: usize| {
            self.mentions[..at]
                .iter()
                .any(|m| m.person != p && self.persons[m.person].person)
        };
        let next = doc.sentence_end(np.first);
        let end = doc.sentence_end(next);
        let other_role = |p: usize| {
            self.roles
                .iter()
                .any(|(h, q, _)| *q == p && !same_role(h, head))
        };
        self.mentions[at..]
            .iter()
            .skip_while(|m| m.tok < next)
            .take_while(|m| m.tok < end)
            .find(|m| {
                let p = &self.persons[m.person];
                m.subject
                    && p.human
                    && !p.body
                    && !self.unnamed.contains(&m.person)
                    && np.gender.agrees_with(p.gender)
                    && !other_role(m.person)
            })
            .filter(|m| !named_before(m.person))
            .map(|m| self.persons[m.person].name.clone())
    }

    /// The nearest unnamed person mentioned as a subject in the paragraph of token `tok` or
    /// the one before.
    fn unnamed_before(&self, doc: &Doc, tok: usize) -> Option<String> {
        let para = doc.para_of(tok);
        let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < tok)];
        before
            .iter()
            .rev()
            .take_while(|m| doc.para_of(m.tok) + 1 >= para)
            .find(|m| {
                let p = &self.persons[m.person];
                // A group named by a capitalised plural role (`Analysts said`) too.
                let group = p.gender == Gender::Plural && p.person;
                m.subject && p.human && (group || self.unnamed.contains(&m.person))
            })
            .map(|m| self.persons[m.person].name.clone())
    }

    /// The head of a definite description that no named person holds (`l'accusé`, `the
    /// defendant`): once it has named a person, it names that person again further on.
    pub fn description_head<'n>(&self, doc: &Doc, np: &'n Np) -> Option<&'n str> {
        let head = np.head.as_deref()?;
        let plain = np.kind == NpKind::Role
            && doc.has(np.first, DEFINITE)
            && !np.possessed(doc)
            && np::partitive_at(doc, np.first).is_none()
            && !(np.first..=np.last).any(|k| doc.has(k, MOUTHPIECE));
        (plain && self.holder_of(doc, head, np).is_none() && self.of_age(doc, head).is_none())
            .then_some(head)
    }

    /// Whether the sentence before a description names a person with no role of their own
    /// (`… de Paul X. Le réalisateur …`): the description presents that person, not the one it
    /// named earlier.
    pub fn introduces_new_referent(&self, doc: &Doc, np: &Np) -> bool {
        self.described_person(doc, np.first, np.gender)
            .is_some_and(|p| !self.roles.iter().any(|(_, q, _)| *q == p))
    }

    /// The gender of the unnamed person that `name` (a role text) stands for, if it is one.
    pub fn unnamed_gender(&self, name: &str) -> Option<Gender> {
        self.by_name
            .get(name)
            .filter(|p| self.unnamed.contains(p))
            .map(|&p| self.persons[p].gender)
    }

    /// The gender of person `name` when it is named with no role and first at or after token
    /// `tok` (someone the text brings on there), else `None`.
    pub fn newcomer_gender(&self, name: &str, tok: usize) -> Option<Gender> {
        let &p = self.by_name.get(name)?;
        let person = &self.persons[p];
        let first = self.mentions.iter().find(|m| m.person == p)?;
        let fresh = person.human
            && !person.body
            && !self.unnamed.contains(&p)
            && first.tok >= tok
            && !self.roles.iter().any(|(_, q, _)| *q == p);
        fresh.then_some(person.gender)
    }

    /// Whether `name` is a person of this document (not a body, not a role text).
    pub fn is_person(&self, name: &str) -> bool {
        self.by_name
            .get(name)
            .is_some_and(|&p| self.persons[p].human && !self.unnamed.contains(&p))
    }

    /// The person an earlier definite description with role `head` took up, before `tok`.
    fn described_as(&self, head: &str, tok: usize) -> Option<usize> {
        self.descriptions
            .iter()
            .rev()
            .find(|(h, _, t)| *t < tok && same_role(h, head))
            .map(|&(_, p, _)| p)
    }

    /// The one person whose age the age noun `head` fits (`le quadragénaire` is `X, 46 ans`,
    /// `the 46-year-old` is `X, 46`), if exactly one fits.
    fn of_age(&self, doc: &Doc, head: &str) -> Option<usize> {
        let (low, high) = age_range(doc, head)?;
        let mut fitting = self
            .ages
            .iter()
            .filter(|(age, _)| (low..=high).contains(age));
        let (_, p) = fitting.next()?;
        fitting.all(|(_, q)| q == p).then_some(*p)
    }

    /// `Chan, said he … “…,” the 29-year-old said`: an age nobody was given before, in a definite
    /// phrase, is the subject named last in its paragraph.
    fn unaged_subject(&self, doc: &Doc, head: &str, np: &Np) -> Option<usize> {
        if !doc.english || !doc.has(np.first, DEFINITE) {
            return None;
        }
        let (low, high) = age_range(doc, head)?;
        if self.ages.iter().any(|(age, _)| (low..=high).contains(age)) {
            return None;
        }
        let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < np.first)];
        let m = before.last()?;
        let p = &self.persons[m.person];
        let fits = m.subject && !p.body && !p.place && doc.para_of(m.tok) == doc.para_of(np.first);
        fits.then_some(m.person)
    }

    /// The person named with role `head` nearest to the phrase (before it, if any); else with a
    /// role that `head` covers (`le magistrat` is the procureur named before).
    fn holder_of(&self, doc: &Doc, head: &str, np: &Np) -> Option<usize> {
        // Only a definite description takes up someone named before (`un élu` is somebody new).
        let kinds = &doc.lex.role_hypernyms;
        let covered = doc
            .has(np.first, DEFINITE)
            .then(|| {
                kinds
                    .get(head)
                    .or_else(|| kinds.get(head.strip_suffix('e')?))
            })
            .flatten();
        let covers = |h: &str| covered.is_some_and(|kinds| kinds.iter().any(|k| same_role(k, h)));
        // `Sen. Ann Lee … Sen. Bob Ray … Lee said … the senator`: the holder named last.
        const MAX_LOOKBACK: usize = 64;
        let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < np.first)];
        let last_seen = |p: usize, tok: usize| {
            before
                .iter()
                .rev()
                .take(MAX_LOOKBACK)
                .find(|m| m.person == p)
                .map_or(tok, |m| m.tok.max(tok))
        };
        self.roles
            .iter()
            // `la ministre` is not the (male) prime minister named last.
            .filter(|(h, p, _)| {
                (same_role(h, head) || covers(h)) && np.gender.agrees_with(self.persons[*p].gender)
            })
            .min_by_key(|&&(ref h, p, tok)| {
                let seen = if tok > np.first {
                    tok
                } else {
                    last_seen(p, tok)
                };
                (!same_role(h, head), tok > np.first, seen.abs_diff(np.first))
            })
            .map(|(_, p, _)| *p)
    }

    /// Whether body `name` may be the bare institution `np` (head noun `head`): `la police
    /// cantonale` is no railway company named paragraphs before, while `l'agence européenne`
    /// may be the `Office européen …`. A phrase with adjectives of its own (not a company's or
    /// a generic body's noun) takes up a body named in an earlier paragraph only if that name
    /// holds its noun or one of its adjectives.
    fn fits_qualifiers(&self, doc: &Doc, np: &Np, head: &str, name: &str) -> bool {
        const STEM: usize = 5;
        if np.last < np.first + 2
            || doc.lex.company_nouns.contains(head)
            || doc.lex.generic_body_nouns.contains(head)
        {
            return true;
        }
        let stem = |w: &str| w.chars().take(STEM).collect::<String>().to_lowercase();
        let words: Vec<String> = name.split(' ').map(stem).collect();
        let para = doc.para_of(np.first);
        (np.first + 1..=np.last).any(|k| words.contains(&stem(doc.s(k))))
            || self.mentions.iter().any(|m| {
                (m.tok > np.first || doc.para_of(m.tok) == para)
                    && self.persons[m.person].name == name
            })
    }

    /// The named holder of a French bare definite mouthpiece (`la porte-parole`), if any.
    fn bare_mouthpiece_holder(&self, doc: &Doc, np: &Np) -> Option<usize> {
        let bare = !doc.english
            && np.last == np.first + 1
            && doc.has(np.first, DEFINITE)
            && doc.has(np.last, MOUTHPIECE);
        if !bare {
            return None;
        }
        self.holder_of(doc, &doc.low(np.last), np)
    }

    /// Whether person `p` holds a role near the word of a body's name at token `body` (`Paul
    /// X, président de la Fédération Y`): the holder of that body's roles.
    fn holds_for(&self, doc: &Doc, p: usize, body: usize) -> bool {
        const NEAR: usize = 10;
        let word = doc.low(body);
        self.roles
            .iter()
            .filter(|(_, q, _)| *q == p)
            .any(|&(_, _, tok)| {
                let (lo, hi) = doc.para_tokens(doc.para_of(tok));
                (lo.max(tok.saturating_sub(NEAR))..hi.min(tok + NEAR)).any(|k| doc.low(k) == word)
            })
    }

    /// The nearest earlier person of a compatible gender, in any position, and its mention.
    fn antecedent_person(&self, tok: usize, gender: Gender) -> Option<(usize, usize)> {
        self.nearest_before(tok, |p| {
            (p.human || p.person) && gender.agrees_with(p.gender)
        })
        .map(|m| (m.person, m.tok))
    }

    /// The nearest earlier person surely a person (a given name, a title, a role) of a
    /// compatible gender.
    fn surely_person_before(&self, tok: usize, gender: Gender) -> Option<usize> {
        self.nearest_before(tok, |p| p.person && !p.body && gender.agrees_with(p.gender))
            .map(|m| m.person)
    }

    /// The nearest earlier person (surely one, or named with a role), of a compatible gender,
    /// that `excluded` does not rule out.
    fn nearest_person_but(
        &self,
        tok: usize,
        gender: Gender,
        excluded: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < tok)];
        before.iter().rev().map(|m| m.person).find(|&p| {
            let person = &self.persons[p];
            // A two-word name with a role or a description is surely a person too.
            let described = || {
                self.roles
                    .iter()
                    .chain(&self.descriptions)
                    .any(|&(_, q, _)| q == p)
            };
            (person.person || (person.human && described()))
                && !person.body
                && !person.place
                && gender.agrees_with(person.gender)
                && !excluded(p)
        })
    }

    /// The nearest mention before token `tok` whose person passes `fits`.
    fn nearest_before(&self, tok: usize, fits: impl Fn(&Person) -> bool) -> Option<&Mention> {
        let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < tok)];
        before.iter().rev().find(|m| fits(&self.persons[m.person]))
    }

    /// The body an institution phrase or a mouthpiece names: `la direction de Logistra` and `le
    /// porte-parole de Logistra` are Logistra, `une porte-parole du ministère` the ministry last
    /// named, `le ministère de la Santé` itself, `a company spokesman` the company last named.
    fn institution_of(&self, doc: &Doc, np: &Np) -> Option<String> {
        let mouthpiece = (np.first..=np.last).find(|&k| doc.has(k, MOUTHPIECE));
        // `a Downing Street spokesperson`: English names the body before the mouthpiece.
        if let Some(m) = mouthpiece {
            let f = (np.first..m).find(|&k| doc.is_cap(k) && !doc.has(k, DET | ROLE | TITLE));
            if let Some(f) = f.filter(|&f| (f..m).all(|k| doc.is_cap(k) || doc.has(k, LINK))) {
                let key = key_of(doc, f, m - 1);
                if let Some(&p) = self.by_words.get(&key) {
                    return Some(self.full_body_name(p));
                }
                let span = super::Span::new(doc.tokens[f].span.start, doc.tokens[m - 1].span.end);
                return Some(self.longer_body(normalise(span.slice(doc.text))));
            }
        }
        let body = mouthpiece.map_or(np.first, |m| m + 1);
        let named = (body..=np.last).find(|&k| doc.is_cap(k) && !doc.has(k, DET | ROLE));
        if let Some(f) = named {
            let l = np::name_from(doc, f, np.last + 1).map_or(f, |(_, l)| l);
            let key = key_of(doc, f, l);
            if let Some(&p) = self.by_words.get(&key) {
                return Some(self.full_body_name(p));
            }
            if mouthpiece.is_some() {
                let span = super::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end);
                return Some(self.longer_body(normalise(span.slice(doc.text))));
            }
        }
        let org = (np.first..=np.last).find(|&k| doc.has(k, ORG) && Some(k) != mouthpiece);
        let recent = |o: usize| {
            let head = doc.low(o);
            // `a fire department spokesman`: the words before the noun name the body.
            let words_before = mouthpiece.is_some_and(|m| o < m);
            let compound = || {
                let mut first = np.first;
                while first < o && doc.has(first, DET) {
                    first += 1;
                }
                let span = super::Span::new(doc.tokens[first].span.start, doc.tokens[o].span.end);
                normalise(span.slice(doc.text))
            };
            Some(
                self.recent_institution(doc, np.first, &head)
                    .unwrap_or_else(|| {
                        if words_before {
                            compound()
                        } else {
                            head.into_owned()
                        }
                    }),
            )
        };
        match (mouthpiece, org) {
            (Some(_), Some(o)) => recent(o),
            // `the department`, `l'entreprise`: the body named just before.
            (None, Some(o)) if o == np.last => recent(o),
            // `la direction départementale de la sécurité publique`: an adjective makes the
            // mouthpiece an administration named by the phrase itself.
            (Some(m), None)
                if m < np.last
                    && doc.is_word(m + 1)
                    && !doc.is_cap(m + 1)
                    && !doc.has(m + 1, LINK | DET) =>
            {
                Some(np.bare_text(doc))
            }
            // `la direction`: the management of the company introduced before.
            (Some(m), None) => {
                let word = doc.low(m);
                let company = doc.lex.company_nouns.contains(word.as_ref());
                if let Some(body) = (!company)
                    .then(|| self.body_asked_before(doc, np))
                    .flatten()
                {
                    return Some(body);
                }
                self.recent_institution(doc, np.first, if company { &word } else { "" })
            }
            (None, _) => Some(np.bare_text(doc)),
        }
    }

    fn person_of_name(&self, doc: &Doc, np: &Np) -> Option<usize> {
        let (f, l) = np.name?;
        let key = key_of(doc, f, l);
        if let Some(&p) = self.by_words.get(&key) {
            return Some(p);
        }
        // `Ms Nurul`, `Madam Tay`, `Minister for Community Living Nurul Azmina`: the scan took
        // this very mention up under another key.
        let at = self.mentions.partition_point(|m| m.tok < f);
        if let Some(m) = self.mentions.get(at).filter(|m| m.tok <= l) {
            return Some(m.person);
        }
        self.by_words
            .iter()
            .filter(|(k, _)| ends_with_words(k, &key))
            .max_by_key(|(k, _)| k.len())
            .map(|(_, &p)| p)
    }

    /// The canonical speaker a mention names; `None` when a pronoun finds no antecedent.
    pub fn resolve(&self, doc: &Doc, np: &Np, speakers: &[(usize, String)]) -> Option<String> {
        // `l'entourage du maire` is the mayor's circle, not the mayor.
        if np.is_circle(doc) {
            return Some(cut_at_complement(doc, np));
        }
        if let Some(partner) = self.co_role_partner(doc, np, speakers) {
            return Some(partner);
        }
        match np.kind {
            // `l'Union des commerçants de X (UCX)`: the body its short name stands for.
            // (A role phrase only when capitalised, a name: not `un cadre de la direction (D)`.)
            NpKind::Name | NpKind::Organisation | NpKind::Role
                if !self.long_names.is_empty()
                    && (np.kind != NpKind::Role
                        || doc.is_cap(np.first + usize::from(doc.has(np.first, DET))))
                    && self.short_name_after(doc, np).is_some() =>
            {
                self.short_name_after(doc, np)
            }
            NpKind::Name => Some(match self.person_of_name(doc, np) {
                Some(p) => self.full_body_name(p),
                None => {
                    let (f, l) = np.name?;
                    if let Some(full) = (f == l)
                        .then(|| self.long_names.get(&key_of(doc, f, l)))
                        .flatten()
                    {
                        return Some(full.clone());
                    }
                    normalise(
                        super::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end)
                            .slice(doc.text),
                    )
                }
            }),
            // `one minister, speaking privately … ‘…,’ they said`: English singular `they`
            // for an unnamed person of the paragraph or the one before.
            NpKind::Pronoun(Gender::Plural) if doc.english => self
                .unnamed_before(doc, np.first)
                .or_else(|| bare_plural_role_opening(doc, np.first)),
            // `« … », écrivent les rapporteurs. Ils relèvent « … »`: French `ils` is the group
            // that spoke last, in its sentence or the one before.
            NpKind::Pronoun(Gender::Plural) => plural_speaker_before(doc, np.first, speakers)
                .or_else(|| plural_role_opening_before(doc, np.first)),
            NpKind::Pronoun(gender) => self
                .body_subject_before(doc, np.first, gender)
                .or_else(|| self.antecedent(doc, np.first, gender, speakers)),
            // `La porte-parole a jugé` after `la porte-parole du gouvernement, Élodie X`: a bare
            // definite mouthpiece is the person the text named in that role.
            NpKind::Role if self.bare_mouthpiece_holder(doc, np).is_some() => self
                .bare_mouthpiece_holder(doc, np)
                .map(|p| self.persons[p].name.clone()),
            NpKind::Role | NpKind::Organisation if speaks_for_a_body(doc, np) => self
                .institution_of(doc, np)
                .or_else(|| Some(np.role_text(doc))),
            // `l'un d'eux`, `one of the sources`: one unnamed member of a group.
            NpKind::Role if np::partitive_at(doc, np.first).is_some() => Some(np.role_text(doc)),
            NpKind::Role => {
                let head = np.head.as_deref()?;
                if let Some(p) = self.of_age(doc, head) {
                    return Some(self.persons[p].name.clone());
                }
                if let Some(p) = self.unaged_subject(doc, head, np) {
                    return Some(self.persons[p].name.clone());
                }
                let possessor = possessor_body(doc, np);
                // `lâche un éleveur du département`: an indefinite role brings somebody new,
                // not the named holder of that role (an apposition `X, a fund manager,` or a
                // possessive `sa mère` still describes someone known).
                let indefinite = doc.has(np.first, DET)
                    && !doc.has(np.first, DEFINITE | LINK)
                    && possessor.is_none()
                    && !np.possessed(doc)
                    && (np.first == 0
                        || !doc.is_punct(np.first - 1, ",")
                        || after_opening_adverbial(doc, np.first - 1))
                    && !doc
                        .lex
                        .possessive_determiners
                        .contains(doc.low(np.first).as_ref());
                if let Some(p) = self.holder_of(doc, head, np).filter(|_| !indefinite) {
                    if possessor.is_none_or(|body| self.holds_for(doc, p, body)) {
                        return Some(self.persons[p].name.clone());
                    }
                }
                if let Some(p) = indefinite
                    .then(|| self.named_after_lead(doc, head, np))
                    .flatten()
                {
                    return Some(self.persons[p].name.clone());
                }
                // `son président` of a body named as the subject: its own, unnamed, role.
                if possessor.is_some() {
                    return Some(np.role_text(doc));
                }
                let again = doc.has(np.first, DEFINITE)
                    && !np.possessed(doc)
                    && !self.introduces_new_referent(doc, np);
                if let Some(p) = again.then(|| self.described_as(head, np.first)).flatten() {
                    return Some(self.persons[p].name.clone());
                }
                let text = np.role_text(doc);
                // An anonymous source met before under the same role (`the person`, `cette
                // source`), perhaps with a qualifier then (`a Western diplomat` ... `the
                // diplomat`).
                let definite = doc.has(np.first, DEFINITE) && !np.possessed(doc);
                // Only one met before: `le dirigeant` is not `un dirigeant` quoted later.
                let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < np.first)];
                let unnamed = self
                    .unnamed
                    .iter()
                    .filter(|&&p| definite && before.iter().any(|m| m.person == p))
                    .map(|&p| &self.persons[p].name)
                    .rfind(|name| ends_with_words(name, &text));
                if let Some(name) = unnamed {
                    return Some(name.clone());
                }
                if definite && self.introduced_before(doc, np.first, head) {
                    return Some(text);
                }
                // A definite role with nobody holding it by name (`l'élue`) refers back to the
                // sentence before, like a pronoun, to the last person of its gender.
                // `le gérant d'un fonds`, `the manager of a fund`: a complement with an
                // indefinite article brings someone new.
                let new_one = (np.first + 2..=np.last).any(|k| {
                    doc.has(k - 1, LINK) && doc.has(k, DET) && !doc.has(k, DEFINITE | LINK)
                });
                // `the person said` is an anonymous source, no named person.
                let anonymous = doc.lex.anonymous_roles.contains(head);
                let referent = (definite && !new_one && !anonymous)
                    .then(|| {
                        self.described_before(doc, np.first, np.gender)
                            .or_else(|| self.antecedent(doc, np.first, np.gender, speakers))
                    })
                    .flatten()
                    .filter(|name| self.is_human(name))
                    // `Une cliente écrit à Anaïs X. … assure la créatrice`: a description with
                    // another noun than an unnamed person's is a named person.
                    .and_then(|name| match self.by_name.get(&name) {
                        Some(&p)
                            if self.unnamed.contains(&p)
                                && !same_role(last_word(&name), head)
                                && !is_demonstrative(doc, np.first) =>
                        {
                            self.named_person_before(doc, np.first, np.gender)
                        }
                        _ => Some(name),
                    })
                    .or_else(|| {
                        (definite && !anonymous)
                            .then(|| self.presented_after(doc, np, head))
                            .flatten()
                    });
                Some(referent.unwrap_or(text))
            }
            // `précisent les services de l'État` after `la préfecture` spoke: a generic body
            // phrase with no name of its own is the body quoted just before.
            NpKind::Organisation
                if !is_bare_institution(doc, np)
                    && generic_body_phrase(doc, np)
                    && self.body_speaker_before(doc, np.first, speakers).is_some() =>
            {
                self.body_speaker_before(doc, np.first, speakers)
            }
            // `the agency`, `l'agence européenne`: an institution named just before.
            NpKind::Organisation if is_bare_institution(doc, np) => {
                let head = np.head.as_deref().unwrap_or_default();
                let fits = |name: &String| self.fits_qualifiers(doc, np, head, name);
                Some(
                    self.recent_institution(doc, np.first, head)
                        .filter(|name| !name.eq_ignore_ascii_case(head) && fits(name))
                        .or_else(|| named_complement_before(doc, np.first, head))
                        .or_else(|| {
                            self.recent_institution(doc, np.first, head)
                                .filter(|name| fits(name) && !name.eq_ignore_ascii_case(head))
                        })
                        .or_else(|| fuller_phrase_after(doc, np, head))
                        .unwrap_or_else(|| np.bare_text(doc)),
                )
            }
            // `Au ministère, on indiquait`: a lone institution noun after a place word.
            NpKind::Organisation if np.first == np.last && !doc.is_cap(np.first) => {
                let head = doc.low(np.first);
                Some(
                    named_complement_before(doc, np.first, &head)
                        .unwrap_or_else(|| np.bare_text(doc)),
                )
            }
            // `l'ARS`, `le Kremlin`: a name after an article is the body of that name.
            NpKind::Organisation if np.head.is_none() && np.last == np.first + 1 => {
                // `dit Le Goff`: a capitalised article that a person's full name holds.
                if doc.is_cap(np.first) {
                    let surname = key_of(doc, np.first, np.last);
                    let person = self
                        .by_words
                        .iter()
                        .filter(|(k, &p)| self.persons[p].person && ends_with_words(k, &surname))
                        .max_by_key(|(k, _)| k.len());
                    if let Some((_, &p)) = person {
                        return Some(self.persons[p].name.clone());
                    }
                }
                let key = key_of(doc, np.last, np.last);
                Some(match self.by_words.get(&key) {
                    Some(&p) => self.full_body_name(p),
                    // `la Ligue` after `la Ligue de X`: the body whose name it opens.
                    None => self
                        .long_names
                        .get(&key)
                        .cloned()
                        .unwrap_or_else(|| np.bare_text(doc)),
                })
            }
            // `une fédération d'artisans`: an unnamed body goes by its noun, like an unnamed
            // person.
            NpKind::Organisation
                if !doc.english
                    && doc.has(np.first, DET)
                    && !doc.has(np.first, DEFINITE)
                    && !doc.is_cap(np.first + 1) =>
            {
                Some(cut_at_complement(doc, np))
            }
            // `la Ligue` after `la Ligue de X`: the body whose name its lone institution noun
            // opens (a role apposed to that body, `organisatrice du tournoi`, makes no person).
            NpKind::Organisation if np.last == np.first + 1 && doc.is_cap(np.last) => {
                let short = np.bare_text(doc);
                let opened = self.persons.iter().find(|q| {
                    q.name.len() > short.len()
                        && q.name.starts_with(&short)
                        && q.name[short.len()..].starts_with(' ')
                });
                Some(opened.map_or(short, |q| q.name.clone()))
            }
            NpKind::Organisation => {
                Some(extended_phrase_before(doc, np).unwrap_or_else(|| np.bare_text(doc)))
            }
            // (`… said that it would`: the conjunction may open the phrase.)
            NpKind::Other
                if np.last <= np.first + 1
                    && (np.first == np.last || doc.has(np.first, CONNECTOR))
                    && doc.lex.body_pronouns.contains(doc.low(np.last).as_ref()) =>
            {
                Some(
                    self.body_subject_in_sentence(doc, np.last)
                        .unwrap_or_else(|| np.bare_text(doc)),
                )
            }
            // `Un rapport remis en 2022 pointait « … »`: a document whose author the text does
            // not give speaks for nobody.
            // (`le document` alone still speaks as itself.)
            NpKind::Other if !doc.has(np.first, DEFINITE) && names_a_document(doc, np) => None,
            // `un cariste de l'entreprise`: the complement describes, it does not name.
            NpKind::Other => Some(match self.described_named_person(doc, np) {
                Some(p) => self.persons[p].name.clone(),
                None => cut_at_complement(doc, np),
            }),
        }
    }

    /// `les députés Anne X et Paul Y` … Anne X speaks … `Son corapporteur renchérit`: a
    /// possessive and a co-role (`co` and a role) is the person named jointly (`A et B`) with
    /// the last speaker.
    fn co_role_partner(&self, doc: &Doc, np: &Np, speakers: &[(usize, String)]) -> Option<String> {
        const MAX_NAME_TOKENS: usize = 4;
        if doc.english || np.last != np.first + 1 || !doc.s(np.last).starts_with("co") {
            return None;
        }
        let word = doc.low(np.last);
        let role = word
            .strip_prefix("co-")
            .or_else(|| word.strip_prefix("co"))?;
        let possessive = doc
            .lex
            .possessive_determiners
            .contains(doc.low(np.first).as_ref());
        if !possessive || !doc.lex.roles.contains_key(role) {
            return None;
        }
        // The possessor: the person last named or quoted.
        let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < np.first)];
        let named = before.iter().rev().find(|m| self.persons[m.person].person);
        let spoke = speakers.iter().rev().find(|(t, _)| *t < np.first);
        let p = match (named, spoke) {
            (Some(m), Some((t, name))) if *t > m.tok => *self.by_name.get(name)?,
            (Some(m), _) => m.person,
            (None, Some((_, name))) => *self.by_name.get(name)?,
            (None, None) => return None,
        };
        // Two mentions joined by `et`, the first one's name running up to it.
        let joined = |a: &Mention, b: &Mention| {
            b.tok > a.tok + 1
                && b.tok - a.tok <= MAX_NAME_TOKENS
                && doc.low(b.tok - 1) == "et"
                && (a.tok..b.tok - 1).all(|k| doc.is_cap(k))
        };
        before.windows(2).find_map(|pair| {
            let (a, b) = (&pair[0], &pair[1]);
            let other = match (a.person == p, b.person == p) {
                (true, false) => b.person,
                (false, true) => a.person,
                _ => return None,
            };
            (joined(a, b) && self.persons[other].person).then(|| self.persons[other].name.clone())
        })
    }

    /// `admet le randonneur`, `raconte cette aide-soignante de 41 ans`: a definite description
    /// the lexicon knows as no role, with nobody met before under it, is the person the text is
    /// about: the nearest named person before it, in its paragraph or the one before, of its
    /// gender and holding no other role (a named `maire` is no `randonneur`).
    fn described_named_person(&self, doc: &Doc, np: &Np) -> Option<usize> {
        let head_tok = np.first + 1;
        let plain = doc.has(np.first, DEFINITE)
            && head_tok <= np.last
            && doc.is_word(head_tok)
            && !doc.is_cap(head_tok)
            && !doc.has(head_tok, ORG | NAMING)
            && !np.possessed(doc)
            && np::partitive_at(doc, np.first).is_none();
        if !plain {
            return None;
        }
        let head = doc.low(head_tok);
        if !doc.lex.is_person_noun(&head) {
            return None;
        }
        let text = cut_at_complement(doc, np);
        let met = self
            .unnamed
            .iter()
            .any(|&p| ends_with_words(&self.persons[p].name, &text));
        if met || self.introduced_before(doc, np.first, &head) {
            return None;
        }
        // `X, 43 ans, plongeur confirmé` … `le plongeur`: the one apposed that noun, however far.
        let apposed = self.roles.iter().rev().find(|(h, p, t)| {
            *t < np.first && same_role(h, &head) && np.gender.agrees_with(self.persons[*p].gender)
        });
        if let Some(&(_, p, _)) = apposed {
            return Some(p);
        }
        // A headline names the person before the article does (`…, plaide le négociant
        // lyonnais` … `Le négociant X`): the first one apposed that noun after it.
        let headline = doc.para_of(np.first) == doc.para_of(0);
        let presented = headline
            .then(|| {
                self.roles.iter().find(|(h, p, t)| {
                    *t > np.first
                        && same_role(h, &head)
                        && np.gender.agrees_with(self.persons[*p].gender)
                })
            })
            .flatten();
        if let Some(&(_, p, _)) = presented {
            return Some(p);
        }
        let para_start = doc.para_tokens(doc.para_of(np.first)).0;
        let lo = para_start
            .checked_sub(1)
            .map_or(para_start, |t| doc.para_tokens(doc.para_of(t)).0);
        let near = &self.mentions[self.mentions.partition_point(|m| m.tok < lo)
            ..self.mentions.partition_point(|m| m.tok < np.first)];
        // `cette aide-soignante de 41 ans` is not the girl of 13 named before.
        let hi = doc.para_tokens(doc.para_of(np.first)).1;
        let age = (head_tok..(np.last + 3).min(hi)).find_map(|k| {
            let unit = doc.lex.age_units.contains(doc.low(k + 1).as_ref());
            unit.then(|| doc.s(k).parse::<u32>().ok()).flatten()
        });
        let other_age =
            |p: usize| age.is_some_and(|a| self.ages.iter().any(|&(b, q)| q == p && b != a));
        let fits = |p: &usize| {
            let person = &self.persons[*p];
            person.human
                && !person.body
                && !person.place
                && !self.unnamed.contains(p)
                && np.gender.agrees_with(person.gender)
                && !other_age(*p)
        };
        // Where one comes from (`le Breton X`) is no role.
        let other_role = |p: &usize| {
            self.roles
                .iter()
                .any(|(h, q, _)| q == p && !same_role(h, &head) && !doc.lex.is_origin_role(h))
        };
        // One with no other role first (`le vainqueur` is not the named race leader), else the
        // nearest (`X, un skieur de 19 ans` … `le vainqueur`).
        let candidates = || near.iter().rev().map(|m| m.person).filter(fits);
        candidates()
            .find(|p| !other_role(p))
            .or_else(|| candidates().next())
    }

    /// `The Herald asked the town for the reports. A spokesperson said`: a bare mouthpiece
    /// opening its sentence speaks for the body that the sentence before asked.
    fn body_asked_before(&self, doc: &Doc, np: &Np) -> Option<String> {
        let start = doc.sentence_start(np.first);
        if doc.lex.request_verbs.is_empty() || start != np.first {
            return None;
        }
        let prev = start.checked_sub(1)?;
        if doc.para_of(prev) + 1 < doc.para_of(start) {
            return None;
        }
        let lo = doc.sentence_start(prev);
        let v = (lo..prev).find(|&k| {
            doc.is_word(k)
                && !doc.tokens[k].quoted
                && doc.lex.request_verbs.contains(doc.low(k).as_ref())
        })?;
        let mut asked = np::np_forward(doc, v + 1, prev + 1)
            .filter(|n| matches!(n.kind, NpKind::Organisation | NpKind::Name))?;
        // `the town for the reports`: the body noun ends what was asked.
        if asked.name.is_none() {
            if let Some(h) = (asked.first..=asked.last).find(|&k| doc.has(k, ORG)) {
                asked.last = h;
            }
        }
        let name = self.resolve(doc, &asked, &[])?;
        let body = self
            .by_name
            .get(&name)
            .is_none_or(|&p| !self.persons[p].person && !self.persons[p].place);
        body.then_some(name)
    }

    /// `The Ministry of X said that it would …`: the last body named as a subject earlier in
    /// the sentence of token `tok`.
    fn body_subject_in_sentence(&self, doc: &Doc, tok: usize) -> Option<String> {
        let start = doc.sentence_start(tok);
        self.mentions[self.mentions.partition_point(|m| m.tok < start)
            ..self.mentions.partition_point(|m| m.tok < tok)]
            .iter()
            .rev()
            .find(|m| {
                let p = &self.persons[m.person];
                m.subject && !p.person && !p.place && (p.body || !p.human)
            })
            .map(|m| self.persons[m.person].name.clone())
    }

    /// The full name of the body whose short name in brackets follows the phrase `np`.
    /// (A role phrase may end on the bracket: `le maire (LR)`.)
    fn short_name_after(&self, doc: &Doc, np: &Np) -> Option<String> {
        let short = if doc.is_punct(np.last, ")") {
            np.last.checked_sub(1)?
        } else {
            np.last + 2
        };
        let bracketed = doc.is_punct(short - 1, "(") && doc.is_punct(short + 1, ")");
        if self.long_names.is_empty() || !bracketed || !doc.is_cap(short) {
            return None;
        }
        self.long_names.get(&key_of(doc, short, short)).cloned()
    }

    /// The name of person `p`, or the full name of the body it shortens (`Harwick` for
    /// `Harwick Foods`): a body is cut from the end, a person from the start.
    fn full_body_name(&self, p: usize) -> String {
        let short = &self.persons[p];
        if short.person {
            return short.name.clone();
        }
        if short.name.contains(' ') {
            // `Maple Crest said` after `Maple Crest Holdings`: a company's name without its
            // last word, a body noun.
            let n = short.name.len();
            return self
                .persons
                .iter()
                .find(|q| {
                    q.body
                        && !q.person
                        && q.name.len() > n
                        && q.name.starts_with(&short.name)
                        && q.name[n..].starts_with(' ')
                        && !q.name[n + 1..].contains(' ')
                })
                .map_or_else(|| short.name.clone(), |q| q.name.clone());
        }
        self.persons
            .iter()
            .find(|q| {
                !q.person
                    && q.name.len() > short.name.len()
                    && q.name.starts_with(&short.name)
                    && q.name[short.name.len()..].starts_with(' ')
            })
            .map_or_else(|| short.name.clone(), |q| q.name.clone())
    }

    /// The full name of a body that `short` shortens (`Ashgrove` for `Ashgrove Capital`
    /// named before), or `short` itself.
    fn longer_body(&self, short: String) -> String {
        self.persons
            .iter()
            .find(|q| {
                !q.person
                    && q.name.len() > short.len()
                    && q.name.starts_with(&short)
                    && q.name[short.len()..].starts_with(' ')
            })
            .map_or(short, |q| q.name.clone())
    }

    /// The last speaker before token `tok`, in its paragraph or the one before, when it is a
    /// body (a named one, or a phrase headed by an institution noun).
    fn body_speaker_before(
        &self,
        doc: &Doc,
        tok: usize,
        speakers: &[(usize, String)],
    ) -> Option<String> {
        let (t, name) = speakers.iter().rev().find(|(t, _)| *t < tok)?;
        let body = match self.by_name.get(name) {
            Some(&p) => self.persons[p].body,
            None => name
                .split(' ')
                .next()
                .is_some_and(|w| doc.lex.organisations.contains(w)),
        };
        (body && doc.para_of(*t) + 1 >= doc.para_of(tok)).then(|| name.clone())
    }

    /// Whether `name` is a person (not a body) of this document.
    fn is_human(&self, name: &str) -> bool {
        self.by_name
            .get(name)
            .is_some_and(|&p| self.persons[p].human || self.persons[p].person)
    }

    fn gender_of(&self, name: &str) -> Gender {
        self.by_name
            .get(name)
            .map_or(Gender::Unknown, |&p| self.persons[p].gender)
    }

    /// The referent of a pronoun at token `tok`: the nearest earlier compatible person who
    /// opens a clause or has spoken, else the nearest compatible person.
    fn antecedent(
        &self,
        doc: &Doc,
        tok: usize,
        gender: Gender,
        speakers: &[(usize, String)],
    ) -> Option<String> {
        if gender == Gender::Plural {
            return None;
        }
        if let Some(p) = self.sole_person_before(doc, tok, gender) {
            return Some(self.persons[p].name.clone());
        }
        // Mentions are in text order: walk back from the pronoun.
        let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < tok)];
        // `Selon un proche, il aurait reconnu`: the source of the pronoun's own sentence reports
        // on someone else.
        let sentence = doc.sentence_start(tok);
        let reports_on = |m: &Mention| m.tok > sentence && source_cue_ends_at(doc, m.tok - 1);
        let fits = |m: &&Mention| {
            self.persons[m.person].human
                && gender.agrees_with(self.persons[m.person].gender)
                && !reports_on(m)
        };
        let subject = before.iter().rev().filter(fits).find(|m| m.subject);
        let speaker = speakers
            .iter()
            .rev()
            .filter(|(t, _)| *t < tok)
            .find(|(t, name)| {
                (self.is_human(name) && gender.agrees_with(self.gender_of(name)))
                    || self.unlisted_speaker(doc, *t, tok, name, gender)
            });
        let (best, best_tok) = match (subject, speaker) {
            (Some(m), Some((t, name))) if *t > m.tok => (Some(name.clone()), *t),
            (Some(m), _) => (Some(self.persons[m.person].name.clone()), m.tok),
            (None, Some((t, name))) => (Some(name.clone()), *t),
            (None, None) => (None, 0),
        };
        // `Rachel X said Crane had … She told …`: a person of unknown gender gives way to one
        // of the pronoun's gender who is a subject or a speaker in the same paragraph.
        let unsure = best
            .as_deref()
            .is_some_and(|name| self.gender_of(name) == Gender::Unknown);
        if unsure && matches!(gender, Gender::Male | Gender::Female) {
            let para = doc.para_of(tok);
            // (`Ann X said … that Whyte should …` then `"…," she said`: in the paragraph
            // before too, when the unsure one was met there.)
            let from_para = doc
                .para_of(best_tok)
                .max(doc.paragraphs_back(tok, 1))
                .min(para);
            let exact_subject = before
                .iter()
                .rev()
                .take_while(|m| doc.para_of(m.tok) >= from_para)
                .find(|m| m.subject && self.persons[m.person].gender == gender)
                .map(|m| (m.tok, self.persons[m.person].name.clone()));
            let exact_speaker = speakers
                .iter()
                .rev()
                .filter(|(t, _)| *t < tok && doc.para_of(*t) >= from_para)
                .find(|(_, name)| self.gender_of(name) == gender)
                .map(|(t, name)| (*t, name.clone()));
            let exact = match (exact_subject, exact_speaker) {
                (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
                (a, b) => a.or(b),
            };
            if let Some((_, name)) = exact {
                return Some(name);
            }
            // `For residents like Ana X, 70, the change …. "…," she said`: a person of the
            // pronoun's gender named after that one, in this paragraph or the one before, in a
            // sentence with no person as subject (that sentence brought her on).
            let from = doc.para_tokens(doc.paragraphs_back(tok, 1)).0.max(best_tok);
            let subject_in_sentence = |m: &Mention| {
                let start = doc.sentence_start(m.tok);
                let end = doc.sentence_end(m.tok);
                before[before.partition_point(|o| o.tok < start)..]
                    .iter()
                    .take_while(|o| o.tok < end)
                    .any(|o| o.subject && self.persons[o.person].human)
            };
            let later = before.iter().rev().take_while(|m| m.tok > from).find(|m| {
                let p = &self.persons[m.person];
                p.human && p.gender == gender && !m.subject && !subject_in_sentence(m)
            });
            if let Some(m) = later {
                return Some(self.persons[m.person].name.clone());
            }
        }
        best.or_else(|| {
            before
                .iter()
                .rev()
                .find(fits)
                .map(|m| self.persons[m.person].name.clone())
        })
    }

    /// `Un marin, qui a requis l'anonymat, affirme « … ». « … », assure-t-il`: a speaker of the
    /// pronoun's paragraph described by a noun nobody else is (the scan did not take it as a
    /// person), whose article has the pronoun's gender.
    fn unlisted_speaker(
        &self,
        doc: &Doc,
        t: usize,
        tok: usize,
        name: &str,
        gender: Gender,
    ) -> bool {
        matches!(gender, Gender::Male | Gender::Female)
            && doc.para_of(t) == doc.para_of(tok)
            && doc.has(t, DET)
            && !doc.is_cap(t + 1)
            && np::gender_of_determiner(doc, t) == gender
            && !self.by_name.contains_key(name)
    }

    /// `Une promesse qui ne rassure guère Rémi X, délégué syndical. « … », a-t-il réagi`: the one
    /// person of the pronoun's gender that the sentence before names, when nobody (no person, no
    /// pronoun) is its subject: that sentence brought the speaker on.
    fn sole_person_before(&self, doc: &Doc, tok: usize, gender: Gender) -> Option<usize> {
        let mut start = doc.sentence_start(tok);
        // `“Where do we go? We lose all,” he said`: the quotation that closes before the
        // pronoun is part of its sentence, which starts where the quotation's does.
        let closing = (start.saturating_sub(1)..tok).rev().find_map(|k| {
            doc.quote_at_mark(k)
                .filter(|&q| doc.quotes[q].close_tok == k)
        });
        if let Some(q) = closing {
            let open = doc.quotes[q].open_tok;
            if open < start && doc.para_of(open) == doc.para_of(tok) {
                start = doc.sentence_start(open);
            }
        }
        let previous = doc.sentence_start(start.checked_sub(1)?);
        if doc.para_of(previous) != doc.para_of(tok) {
            return None;
        }
        let mentions = &self.mentions[self.mentions.partition_point(|m| m.tok < previous)
            ..self.mentions.partition_point(|m| m.tok < start)];
        let human = |m: &&Mention| self.persons[m.person].human || self.persons[m.person].person;
        if mentions.iter().filter(human).any(|m| m.subject) {
            return None;
        }
        // Surely a person (a given name, a title, a role), not `l'Ehpad de Lannion`.
        let mut fitting = mentions.iter().filter(|m| {
            let p = &self.persons[m.person];
            p.person && gender.agrees_with(p.gender)
        });
        let p = fitting.next()?.person;
        // The token scan last: most sentences before a pronoun name no such person.
        let pronoun = (previous..start).any(|k| !doc.tokens[k].quoted && doc.has(k, PRONOUN));
        (!pronoun && fitting.all(|m| m.person == p)).then_some(p)
    }

    /// The institution a bare `the company` / `l'agence` refers to: the nearest earlier name in
    /// this or the previous paragraph that contains the noun, else the nearest institution
    /// named as a subject there.
    fn recent_institution(&self, doc: &Doc, tok: usize, head: &str) -> Option<String> {
        let para = doc.para_of(tok);
        let near = |m: &&Mention| m.tok < tok && doc.para_of(m.tok) + 1 >= para;
        let named = self.mentions.iter().filter(near).rev().find(|m| {
            let name = &self.persons[m.person].name;
            name.split(' ').any(|w| names_noun(w, head))
        });
        // A headline names its body before the article does: look ahead from the first line.
        let headline = doc.para_of(0) == para;
        // Not in a label line (`AFP · Publié le …`): in a paragraph that ends a sentence.
        let ahead = |m: &&Mention| {
            let (_, hi) = doc.para_tokens(doc.para_of(m.tok));
            m.tok > tok && doc.para_of(m.tok) <= para + 8 && doc.is_punct(hi - 1, ".!?…»”\"")
        };
        let subject_near = |body: bool| {
            self.mentions
                .iter()
                .filter(near)
                .filter(|m| m.subject && !self.persons[m.person].person)
                .filter(|m| !self.persons[m.person].place)
                .filter(|m| self.persons[m.person].body || !body)
                .max_by_key(|m| m.tok)
        };
        // `le groupe Valmont ... Le groupe`, `la société X ... l'entreprise`: the body last
        // introduced by the same noun, or by another word for a company.
        let company = |noun: &str| doc.lex.company_nouns.contains(noun);
        let introduced = self
            .bodies
            .iter()
            .rev()
            .filter(|(_, _, t)| *t < tok)
            .find(|(noun, _, _)| noun == head || (company(noun) && company(head)))
            .map(|&(_, p, t)| (p, t));
        if let (None, Some((p, t))) = (named, introduced) {
            // `Luma, the startup …` then `X, which filed a complaint … the group argues`: a
            // generic noun takes up a body subject named since.
            let since = doc
                .lex
                .generic_body_nouns
                .contains(head)
                .then(|| subject_near(true))
                .flatten()
                .filter(|m| m.tok > t);
            return Some(self.persons[since.map_or(p, |m| m.person)].name.clone());
        }
        if named.is_none() {
            if let Some(full) = fuller_phrase_before(doc, tok, head, &self.long_names, NEAR_PARAS) {
                return Some(full);
            }
            // `The Bank of Estmark raised … [paragraphs later] the bank warned`: a body whose
            // name holds the noun, named earlier anywhere, outweighs a nearer subject of
            // another kind. (French bodies go by their adjectives too: `l'agence européenne`.)
            let earlier = doc.english.then(|| {
                self.mentions[..self.mentions.partition_point(|m| m.tok < tok)]
                    .iter()
                    .rev()
                    .map(|m| &self.persons[m.person])
                    .find(|p| {
                        !p.person
                            && !p.place
                            && p.name.contains(' ')
                            && p.name.split(' ').any(|w| names_noun(w, head))
                    })
            });
            if let Some(body) = earlier.flatten() {
                return Some(body.name.clone());
            }
        }
        let any_body =
            head.is_empty() || company(head) || doc.lex.generic_body_nouns.contains(head);
        // A body described by another noun (`la présidence karvane`) is not `l'opposition`; a
        // generic noun (`l'organisme`) may stand for it.
        let named_body = |m: &&Mention| any_body || !self.unnamed.contains(&m.person);
        let generic = doc.english && doc.lex.generic_body_nouns.contains(head);
        // `Le ministère a appelé` after the `Ligue des X` spoke: a body whose name opens with
        // another institution noun is not it when the text named `le ministère de Y` before.
        if named.is_none() && !any_body && !doc.english {
            let other = subject_near(true).filter(|m| {
                opens_with_other_institution(doc, &self.persons[m.person].name, head, tok)
            });
            if let Some(full) = other
                .and_then(|_| fuller_phrase_before(doc, tok, head, &self.long_names, usize::MAX))
            {
                return Some(full);
            }
        }
        // `the spokesperson for Acme Power Plc … the company said`: a company of the last few
        // paragraphs whose name ends with a company noun, even named in a complement.
        let company_near = || {
            let ends_company = |name: &str| {
                name.rsplit_once(' ')
                    .is_some_and(|(_, w)| company(w.to_ascii_lowercase().as_str()))
            };
            const PARAGRAPHS: usize = 4;
            let recent = |m: &&Mention| m.tok < tok && doc.para_of(m.tok) + PARAGRAPHS >= para;
            self.mentions.iter().filter(recent).rev().find(|m| {
                let p = &self.persons[m.person];
                !p.person && !p.place && ends_company(&p.name)
            })
        };
        named
            .or_else(|| subject_near(true).filter(named_body))
            .or_else(|| (doc.english && company(head)).then(company_near).flatten())
            .or_else(|| {
                self.mentions
                    .iter()
                    .filter(|m| headline && ahead(m))
                    .find(|m| m.subject && self.persons[m.person].body)
            })
            // Any subject that is no person only for a company or a generic body noun (`the
            // company`, `l'organisation`): `la gendarmerie` is no earlier subject of another kind.
            // (English `the civic body` is no person holding a role: `DMC engineer X said`.)
            .or_else(|| {
                any_body
                    .then(|| subject_near(false))
                    .flatten()
                    .filter(|m| !(generic && self.roles.iter().any(|r| r.1 == m.person)))
            })
            // `the civic body` with no body subject near: the body named last before it.
            .or_else(|| {
                let before = &self.mentions[..self.mentions.partition_point(|m| m.tok < tok)];
                generic
                    .then(|| {
                        before.iter().rev().find(|m| {
                            let p = &self.persons[m.person];
                            !p.person
                                && !p.place
                                && (p.body || !p.human)
                                && !self.unnamed.contains(&m.person)
                        })
                    })
                    .flatten()
            })
            // `Sorelia déçoit la Bourse` … `le groupe indique`: with no body near, a company
            // noun takes up the company the headline is about.
            // `Le bailleur social promet …` in a standfirst, `Le bailleur, Habitat X,` later:
            // with nothing named before, the body the article introduces by the same noun.
            .or_else(|| {
                let (_, p, t) = self
                    .bodies
                    .iter()
                    .find(|(noun, _, t)| *t > tok && noun == head)?;
                self.mentions.iter().find(|m| m.tok == *t && m.person == *p)
            })
            // `Maple Crest Nutrition is recalling …` in the lead, `the company said` paragraphs
            // later with no body near: the company the article opens with.
            .or_else(|| {
                (company(head) && doc.english)
                    .then(|| self.lead_company(doc, tok))
                    .flatten()
            })
            // (French: `Chile's central bank` is no `Chile`. The body is named again in the body
            // of the article, so a headline's kicker is no company.)
            .or_else(|| {
                let first_para = doc.tokens.first().map_or(0, |t| t.para as usize);
                let body_text = &doc.text[doc.paragraphs.get(first_para)?.end..];
                let about = |m: &&Mention| {
                    let p = &self.persons[m.person];
                    m.subject
                        && doc.para_of(m.tok) == first_para
                        && !p.person
                        && !p.place
                        && body_text.contains(p.name.as_str())
                };
                (company(head) && !doc.english)
                    .then(|| self.mentions.iter().take_while(|m| m.tok < tok).find(about))
                    .flatten()
            })
            .map(|m| self.persons[m.person].name.clone())
    }

    /// The first body named in the article's sentences before token `tok` (not in a headline
    /// or label line, which ends with no full stop) that may be a company: no person, place,
    /// acronym (`FDA`) or institution whose name ends with a noun for another kind of body
    /// (`Federal Aviation Administration`).
    fn lead_company(&self, doc: &Doc, tok: usize) -> Option<&Mention> {
        let ends_sentence = |para: usize| {
            let (lo, hi) = doc.para_tokens(para);
            hi > lo && doc.is_punct(hi - 1, ".!?…»”\"")
        };
        // `The San Jose, Calif.-based company`: a place set before its region, and the region.
        let before_region = |f: usize| {
            let after = (f..f + 8).find(|&k| !doc.is_cap(k)).unwrap_or(f);
            let region = f >= 2 && doc.is_punct(f - 1, ",") && doc.is_cap(f - 2);
            region || (doc.is_punct(after, ",") && doc.is_cap(after + 1))
        };
        // The lead names its company among the article's first names: a bounded look.
        const LEAD_MENTIONS: usize = 32;
        self.mentions
            .iter()
            .take(LEAD_MENTIONS)
            .take_while(|m| m.tok < tok)
            .filter(|m| ends_sentence(doc.para_of(m.tok)))
            .find(|m| {
                let p = &self.persons[m.person];
                !p.person && !p.place && !self.unnamed.contains(&m.person) && !before_region(m.tok)
            })
            .filter(|m| {
                let p = &self.persons[m.person];
                let last = last_word(&p.name).to_lowercase();
                !doc.is_acronym(m.tok)
                    && (!doc.lex.organisations.contains(&last)
                        || doc.lex.company_nouns.contains(&last))
            })
    }

    /// The first person named in full in tokens `lo..hi`, as subject or not.
    pub fn first_named_in(&self, lo: usize, hi: usize) -> Option<String> {
        self.mentions
            .iter()
            .filter(|m| m.tok >= lo && m.tok < hi)
            .find(|m| {
                let p = &self.persons[m.person];
                p.human && !p.body && p.name.contains(' ') && !self.unnamed.contains(&m.person)
            })
            .map(|m| self.persons[m.person].name.clone())
    }

    /// The first person named as a clause subject in paragraph tokens `lo..hi`.
    pub fn first_subject_in(&self, lo: usize, hi: usize) -> Option<String> {
        self.mentions
            .iter()
            .find(|m| m.tok >= lo && m.tok < hi && m.subject && self.persons[m.person].human)
            .map(|m| self.persons[m.person].name.clone())
    }
}

/// A definite institution noun with adjectives only (`l'agence européenne`, `the regional
/// council`): it refers back to a body named before.
/// `la préfecture maritime de l'Atlantique … Selon la préfecture`: the fuller phrase with the
/// same institution noun shortly before token `tok`, without its determiner.
/// How many paragraphs back a bare institution noun looks first for a fuller phrase.
const NEAR_PARAS: usize = 3;

fn fuller_phrase_before(
    doc: &Doc,
    tok: usize,
    head: &str,
    long_names: &FastMap<String, String>,
    paragraphs_back: usize,
) -> Option<String> {
    if head.is_empty() {
        return None;
    }
    let lo = doc.para_tokens(doc.paragraphs_back(tok, paragraphs_back)).0;
    // The words after the noun in the phrase at `tok` itself (`l'agence européenne`): a fuller
    // phrase says more after it.
    let own = np::np_forward(doc, tok, doc.para_tokens(doc.para_of(tok)).1).map_or(0, |np| {
        (np.first..=np.last)
            .find(|&h| doc.low(h) == head)
            .map_or(0, |h| np.last - h)
    });
    // `the county fairgrounds`: an English noun before another is its modifier, no head.
    let modifier =
        |k: usize| doc.english && doc.is_word(k + 1) && !doc.is_cap(k + 1) && !doc.has(k + 1, LINK);
    let fullest = (lo.max(1)..tok)
        .rev()
        .filter(|&k| {
            !doc.tokens[k].quoted
                && doc.s(k).len() == head.len()
                && doc.low(k) == head
                && doc.has(k - 1, DET)
                && !modifier(k)
        })
        .filter_map(|k| {
            let hi = doc.para_tokens(doc.para_of(k)).1;
            np::np_forward(doc, k - 1, hi)
                .filter(|np| np.kind == NpKind::Organisation && np.last > k && np.last - k > own)
        })
        // The nearest of the longest (`la préfecture maritime de l'Atlantique` over a later
        // `la préfecture maritime`).
        .max_by_key(|np| (np.last - np.first, std::cmp::Reverse(tok - np.first)))?;
    // `L'Agence nationale … (Anses)`: the body's canonical name.
    let short = fullest.last + 2;
    if doc.is_punct(short - 1, "(") && doc.is_cap(short) && doc.is_punct(short + 1, ")") {
        if let Some(full) = long_names.get(&key_of(doc, short, short)) {
            return Some(full.clone());
        }
    }
    Some(fullest.bare_text(doc))
}

/// `La mairie invoque « … »` in a standfirst, `la mairie d'Obersheim indique` further down: a
/// bare institution noun that nothing before names takes the fuller phrase given it later
/// (French).
/// `le ministère de l'Éducation` after `au ministère de l'Éducation de l'Ontario`: a French
/// institution phrase with a complement that an earlier phrase of a few paragraphs before
/// repeats word for word and extends with a named complement is that fuller body.
fn extended_phrase_before(doc: &Doc, np: &Np) -> Option<String> {
    const PARAGRAPHS_BACK: usize = 3;
    let head = np.first + usize::from(doc.has(np.first, DET));
    if doc.english || head + 2 > np.last || !(head + 1..=np.last).any(|k| doc.has(k, LINK)) {
        return None;
    }
    let words = np.last - head;
    let lo = doc
        .para_tokens(doc.paragraphs_back(np.first, PARAGRAPHS_BACK))
        .0;
    (lo.max(1)..np.first)
        .rev()
        .filter(|&k| {
            !doc.tokens[k].quoted
                && doc.s(k).len() == doc.s(head).len()
                && (0..=words).all(|d| doc.low(k + d) == doc.low(head + d))
                && doc.has(k + words + 1, LINK)
        })
        .find_map(|k| {
            let hi = doc.para_tokens(doc.para_of(k)).1;
            // (`au ministère de X`: the article may be merged with the preposition.)
            let start = if doc.has(k - 1, DET) { k - 1 } else { k };
            let n = np::np_forward(doc, start, hi).filter(|n| n.kind == NpKind::Organisation)?;
            // The one named complement it adds (`de l'Ontario`, not `en 2022` after it).
            let mut last = (k + words + 2..=n.last).find(|&j| doc.is_cap(j))?;
            while last < n.last && doc.is_cap(last + 1) {
                last += 1;
            }
            let span = super::Span::new(doc.tokens[k].span.start, doc.tokens[last].span.end);
            Some(normalise(span.slice(doc.text)))
        })
}

fn fuller_phrase_after(doc: &Doc, np: &Np, head: &str) -> Option<String> {
    // (Lines, blank ones included: a standfirst is some twenty lines from the body's end.)
    const PARAGRAPHS_AHEAD: usize = 24;
    // (French: its complements mark where the phrase ends, `de`, `du`.)
    if doc.english || head.is_empty() || np.last != np.first + 1 {
        return None;
    }
    let last_para = doc.para_of(np.last) + PARAGRAPHS_AHEAD;
    (np.last + 1..doc.len())
        .take_while(|&k| doc.para_of(k) <= last_para)
        .filter(|&k| {
            !doc.tokens[k].quoted
                && doc.s(k).len() == head.len()
                && doc.has(k - 1, DET)
                && doc.low(k) == head
        })
        .find_map(|k| {
            let hi = doc.para_tokens(doc.para_of(k)).1;
            np::np_forward(doc, k - 1, hi).filter(|n| n.kind == NpKind::Organisation && n.last > k)
        })
        .map(|n| n.bare_text(doc))
}

/// One role in either gender: `avocat` and `avocate`, `président` and `présidente`.
/// Whether the word `w` of a body's name is the noun `head`, or its plural (`SkyLine
/// Airlines` ... `the airline`).
/// `une éducatrice sur quatre`, `un salarié sur 10`: a proportion follows at `k` (`[ratio_phrases]`).
fn is_ratio_after(doc: &Doc, k: usize) -> bool {
    let ratios = &doc.lex.ratio_phrases;
    if ratios.is_empty() || !doc.is_word(k) || !doc.is_word(k + 1) || doc.s(k).len() > 4 {
        return false;
    }
    let (word, number) = (doc.low(k), doc.low(k + 1));
    let digits = number.bytes().all(|b| b.is_ascii_digit());
    ratios.contains(&format!("{word} {number}"))
        || (digits
            && ratios
                .iter()
                .any(|r| r.split(' ').next() == Some(word.as_ref())))
}

/// Whether body `name` opens with an institution noun other than `head` (`Ligue des X` for
/// `le ministère` at `tok`) and holds none of the words after it (`l'agence européenne` may be
/// the `Centre européen de X`).
fn opens_with_other_institution(doc: &Doc, name: &str, head: &str, tok: usize) -> bool {
    const STEM: usize = 5;
    let first = name.split(' ').next().unwrap_or_default().to_lowercase();
    if doc.english || first == head || !doc.lex.organisations.contains(first.as_str()) {
        return false;
    }
    let stem = |w: &str| w.chars().take(STEM).collect::<String>().to_lowercase();
    let words: Vec<String> = name.split(' ').map(stem).collect();
    !(tok + 1..(tok + 4).min(doc.len()))
        .any(|k| doc.is_word(k) && doc.low(k) != head && words.contains(&stem(doc.s(k))))
}

fn names_noun(w: &str, head: &str) -> bool {
    w.eq_ignore_ascii_case(head)
        || (!head.is_empty()
            && w.len() == head.len() + 1
            && w.ends_with('s')
            && w.is_char_boundary(head.len())
            && w[..head.len()].eq_ignore_ascii_case(head))
}

fn same_role(a: &str, b: &str) -> bool {
    let feminine =
        |m: &str, f: &str| f.len() == m.len() + 1 && f.starts_with(m) && f.ends_with('e');
    a == b || feminine(a, b) || feminine(b, a)
}

/// `reçu au ministère de l'Industrie … le ministère a indiqué`: the nearest earlier phrase, in
/// a window of tokens before, that gives the bare institution noun `head` a named
/// complement (`de` and a capitalised word).
fn named_complement_before(doc: &Doc, tok: usize, head: &str) -> Option<String> {
    if doc.english || head.is_empty() {
        return None;
    }
    const WINDOW: usize = 400;
    let lo = tok.saturating_sub(WINDOW);
    let k = (lo..tok).rev().find(|&k| {
        !doc.tokens[k].quoted
            && doc.low(k) == head
            && doc.has(k + 1, LINK)
            && (doc.is_cap(k + 2) || (doc.has(k + 2, DET) && doc.is_cap(k + 3)))
    })?;
    let hi = doc.para_tokens(doc.para_of(k)).1;
    np::np_forward(doc, k, hi)
        .filter(|n| n.kind == NpKind::Organisation && n.last > k + 1)
        .map(|n| n.bare_text(doc))
}

/// `In one case, a regional director …`: the comma at `comma` closes the adverbial that opens
/// the sentence (its first comma), no apposition to a name before.
fn after_opening_adverbial(doc: &Doc, comma: usize) -> bool {
    let start = doc.sentence_start(comma);
    doc.has(start, STARTER) && !(start..comma).any(|k| doc.is_punct(k, ","))
}

/// Whether a mouthpiece in the phrase speaks for a body: `la direction de X`, `a company
/// spokesman`, not `un agent de la direction` (French: a person role heads the phrase).
/// `La confrérie des Amis de X maintient …, reconnaît son président`: the last capitalised token
/// of the body a French possessive role belongs to, the subject opening its sentence (no
/// person, no pronoun).
fn possessor_body(doc: &Doc, np: &Np) -> Option<usize> {
    if doc.english
        || !doc
            .lex
            .possessive_determiners
            .contains(doc.low(np.first).as_ref())
    {
        return None;
    }
    let start = doc.sentence_start(np.first);
    let subject = np::np_forward(doc, start, np.first)?;
    // `le maire Paul X` is a person; `la confrérie des Amis de X`, a body (a capitalised role
    // word is part of its name).
    let role_word = |h: &str| {
        doc.lex.roles.contains_key(h)
            && (subject.first..=subject.last).any(|k| !doc.is_cap(k) && doc.low(k) == h)
    };
    let person = match subject.kind {
        NpKind::Organisation | NpKind::Other => false,
        NpKind::Name | NpKind::Role => subject.head.as_deref().is_some_and(role_word),
        NpKind::Pronoun(_) => true,
    };
    // Its last capitalised word (the phrase may run on into a verb the lexicon does not know).
    let named = (start + 1..=subject.last).rev().find(|&k| doc.is_cap(k))?;
    (!person && doc.has(start, DET)).then_some(named)
}

fn speaks_for_a_body(doc: &Doc, np: &Np) -> bool {
    let Some(m) = (np.first..=np.last).find(|&k| doc.has(k, MOUTHPIECE)) else {
        return false;
    };
    doc.english || !(np.first..m).any(|k| doc.has(k, ROLE) && !doc.has(k, MOUTHPIECE | DET))
}

/// `les services de l'État`: a generic body noun whose complements are institution nouns only,
/// no name.
fn generic_body_phrase(doc: &Doc, np: &Np) -> bool {
    let head = np.first + usize::from(doc.has(np.first, DET));
    head < np.last
        && doc.lex.generic_body_nouns.contains(doc.low(head).as_ref())
        && (head + 1..=np.last).all(|k| doc.has(k, LINK | DET | ORG) && doc.is_word(k))
}

/// Whether the phrase is a document (`[document_nouns]`) by its head noun or its last word.
fn names_a_document(doc: &Doc, np: &Np) -> bool {
    let nouns = &doc.lex.document_nouns;
    let head = np.first + usize::from(doc.has(np.first, DET));
    !nouns.is_empty()
        && (nouns.contains(doc.low(head).as_ref()) || nouns.contains(doc.low(np.last).as_ref()))
}

fn is_bare_institution(doc: &Doc, np: &Np) -> bool {
    // `the Lisbon-based company`: a place made an adjective names no body of its own.
    let adjective = |k: usize| {
        doc.s(k)
            .rsplit_once('-')
            .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
    };
    doc.has(np.first, DEFINITE)
        && (np.first + 1..=np.last)
            .all(|k| doc.is_word(k) && (!doc.is_cap(k) || adjective(k)) && !doc.has(k, LINK))
}

/// The phrase without its determiner, up to its first complement (`de`, `of`).
fn cut_at_complement(doc: &Doc, np: &Np) -> String {
    let mut first = np.first;
    if first < np.last && doc.has(first, DET) {
        first += 1;
    }
    let last = (first + 1..=np.last)
        .find(|&k| doc.has(k, LINK))
        .map_or(np.last, |k| k - 1);
    let span = super::Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
    normalise(span.slice(doc.text))
}

/// The last speaker before token `tok`, when a plural article named it (`les rapporteurs`) in
/// the sentence of `tok` or the one before, in its paragraph.
fn plural_speaker_before(doc: &Doc, tok: usize, speakers: &[(usize, String)]) -> Option<String> {
    let start = doc.sentence_start(tok);
    let previous = start
        .checked_sub(1)
        .map_or(start, |p| doc.sentence_start(p));
    let (t, name) = speakers.iter().rev().find(|(t, _)| *t < tok)?;
    let plural = *t >= previous
        && doc.para_of(*t) == doc.para_of(tok)
        && np::gender_of_determiner(doc, *t) == Gender::Plural;
    plural.then(|| name.clone())
}

/// `Angry customers have decried what they called "…"`: English `they` with no unnamed person
/// before is the bare plural role that opens its own sentence (a few describing words first).
fn bare_plural_role_opening(doc: &Doc, tok: usize) -> Option<String> {
    const MAX_WORDS: usize = 3;
    let start = doc.sentence_start(tok);
    let stops = DET | LINK | AUX | PRONOUN | SPEECH | RELATIVE | CONNECTOR | COORD;
    let k = (start..tok.min(start + MAX_WORDS))
        .take_while(|&k| doc.is_word(k) && !doc.has(k, stops))
        .find(|&k| doc.has(k, ROLE) && (k == start || !doc.is_cap(k)) && doc.s(k).ends_with('s'))?;
    Some(doc.low(k).into_owned())
}

/// `Les organisateurs ont annoncé … . Dans un communiqué, ils jugent « … »`: French `ils` with
/// no group quoted before is the plural role that opens the sentence before, in its paragraph.
fn plural_role_opening_before(doc: &Doc, tok: usize) -> Option<String> {
    let start = doc.sentence_start(tok).checked_sub(1)?;
    let previous = doc.sentence_start(start);
    if doc.para_of(previous) != doc.para_of(tok)
        || np::gender_of_determiner(doc, previous) != Gender::Plural
    {
        return None;
    }
    let np = np::np_forward(doc, previous, start)?;
    (np.kind == NpKind::Role).then(|| np.role_text(doc))
}

/// The gender the article at `det` gives a body's name; an elided one (`l'`) hides it, and the
/// noun's ending tells it (`l'Association X` is feminine, so French `elle` may mean it).
fn article_gender(doc: &Doc, det: usize) -> Gender {
    let gender = np::gender_of_determiner(doc, det);
    let elided = gender == Gender::Unknown && doc.s(det).ends_with(['’', '\'']);
    if elided && doc.is_word(det + 1) && doc.lex.is_feminine_noun(&doc.low(det + 1)) {
        Gender::Female
    } else {
        gender
    }
}

fn merge(a: Gender, b: Gender) -> Gender {
    match (a, b) {
        (Gender::Unknown, g) | (g, Gender::Unknown) => g,
        (a, b) if a == b => a,
        _ => Gender::Unknown,
    }
}

fn first_name_gender(doc: &Doc, words: &[&str]) -> Gender {
    match words {
        // `soupire Josiane, 68 ans`: a person named by a listed given name only.
        [single] if doc.lex.female_names.contains(*single) => Gender::Female,
        [single] if doc.lex.male_names.contains(*single) => Gender::Male,
        [_] | [] => Gender::Unknown,
        _ => doc.lex.given_name_gender(words[0]),
    }
}
