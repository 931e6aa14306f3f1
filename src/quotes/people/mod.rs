//! The people and bodies an article names, so that every mention resolves to one canonical
//! name: `Stoltenberg`, `M. Stoltenberg` and `il` all become `Jens Stoltenberg` when the article
//! names him so once.
//!
//! [`People::scan`] reads the names an article gives (`scan`), then the people it names by a
//! role only (`unnamed`); [`People::resolve`] takes an attribution's mention to its canonical
//! name (`resolve`). What both sides use (name keys, source cues, institution phrases) is here.

use super::doc::Doc;
use super::lexicon::class::*;
use super::lexicon::FastMap;
use super::lexicon::Gender;
use super::np::{self, normalise, Np, NpKind};

mod resolve;
mod scan;
mod unnamed;

#[derive(Debug)]
struct Person {
    name: String,
    gender: Gender,
    /// The gender its given name tells, if any.
    named: Gender,
    /// That gender is only guessed from the given name's ending (`Pemba`), no listed name.
    guessed: bool,
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

/// A definite institution noun with adjectives only (`l'agence européenne`, `the regional
/// council`): it refers back to a body named before.
/// `la préfecture maritime de l'Atlantique … Selon la préfecture`: the fuller phrase with the
/// same institution noun shortly before token `tok`, without its determiner.
/// How many paragraphs back a bare institution noun looks first for a fuller phrase.
const NEAR_PARAS: usize = 3;

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

/// The last word of a name key.
fn last_word(key: &str) -> &str {
    // A plain byte loop: keys are short, and a space byte is always a whole char in UTF-8.
    match key.as_bytes().iter().rposition(|&b| b == b' ') {
        Some(space) => &key[space + 1..],
        None => key,
    }
}

/// What a body's short name leaves out of its full name: one word (`Holdings`), or a word and
/// a legal form (`Digital LLC`).
fn one_word_or_legal_form(doc: &Doc, rest: &str) -> bool {
    match rest.split_once(' ') {
        None => true,
        Some((_, last)) => {
            !last.contains(' ') && doc.lex.company_nouns.contains(last.to_lowercase().as_str())
        }
    }
}

/// Whether name key `long` ends with the whole words of `short`.
fn ends_with_words(long: &str, short: &str) -> bool {
    long.ends_with(short)
        && (long.len() == short.len() || long[..long.len() - short.len()].ends_with(' '))
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
    let span = doc.tokens.get(p)?.span;
    let len = span.len();
    if len >= 64 || doc.lex.source_cue_end_lengths & (1 << len) == 0 {
        return None;
    }
    // (`eq_ignore_ascii_case` below: the first bytes agree once ASCII-lowercased.)
    let first = doc.text.as_bytes()[span.start].to_ascii_lowercase();
    if !doc.lex.source_cue_end_firsts.contains(first) {
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
    (np::spells_initials(doc.s(open + 1), &long) || spells_loosely(doc, f, open))
        .then_some(open + 1)
}

/// Looser readings of a bracketed acronym after a long name of three words or more, all
/// capitalised or links: it spells the name's last capitalised words (`Kent and Medway
/// Integrated Care Board (ICB)`), or all but a first letter that stands for an unwritten body
/// noun (`Forests and Lakes Finland (DFL)`, a department's initials).
fn spells_loosely(doc: &Doc, f: usize, open: usize) -> bool {
    const MIN_LETTERS: usize = 3;
    let short = doc.s(open + 1);
    let long: Vec<&str> = (f..open).map(|k| doc.s(k)).collect();
    doc.is_acronym(open + 1)
        && long.len() >= 3
        && short.chars().count() >= MIN_LETTERS
        && (f..open).all(|k| doc.is_cap(k) || doc.has(k, LINK))
        && ((f + 1..open).any(|k| doc.is_cap(k) && np::spells_initials(short, &long[k - f..]))
            || short
                .char_indices()
                .nth(1)
                .is_some_and(|(b, _)| np::spells_initials(&short[b..], &long)))
}

/// The ages an age noun fits: `quadragénaire` 40 to 49 (`[age_nouns]`), `46-year-old` 46.
fn age_range(doc: &Doc, head: &str) -> Option<(u32, u32)> {
    if let Some(&decade) = doc.lex.age_nouns.get(head) {
        return Some((decade, decade + 9));
    }
    let years = head.strip_suffix("-year-old")?.parse().ok()?;
    Some((years, years))
}

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

/// Whether a word of body name `name` is the noun `head` or abbreviates it (`FC`, `club`).
fn holds_noun(doc: &Doc, name: &str, head: &str) -> bool {
    name.split(' ')
        .any(|w| names_noun(w, head) || abbreviates_noun(doc, w, head))
}

/// `the county` after `the Dunmore County Sheriff’s Office`: a noun in the possessor of a
/// body's name names that possessor (`Dunmore County`), not the body it owns.
fn possessor_part(name: String, head: &str) -> String {
    let Some(mark) = name.find("’s ").or_else(|| name.find("'s ")) else {
        return name;
    };
    let owner = &name[..mark];
    // The end of the owner's last word that is the noun.
    let mut end = None;
    let mut pos = 0;
    for w in owner.split(' ') {
        pos += w.len();
        if names_noun(w, head) {
            end = Some(pos);
        }
        pos += 1;
    }
    match end {
        Some(e) => owner[..e].to_string(),
        None => name,
    }
}

/// Whether `w` is initials that stand for the noun `head` (`FC` for `club`).
fn abbreviates_noun(doc: &Doc, w: &str, head: &str) -> bool {
    let abbreviations = &doc.lex.body_abbreviations;
    w.len() <= 4
        && abbreviations
            .get(w.to_lowercase().as_str())
            .is_some_and(|n| n == head)
}

/// `l'Association sportive de X` for `le club` (French): a name opening with a phrase that
/// `[body_name_openers]` gives for the noun `head`.
fn opens_with_kind(doc: &Doc, name: &str, head: &str) -> bool {
    let low = name.to_lowercase();
    doc.lex
        .body_name_openers
        .iter()
        .filter(|(noun, _)| noun == head)
        .flat_map(|(_, phrases)| phrases)
        .any(|p| low.starts_with(p.as_str()) && low[p.len()..].starts_with(' '))
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

impl People {
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
            // (`structural engineers Acme Partnership … the engineers`: a firm named with a
            // plural role holds it, whatever its gender.)
            .filter(|(h, p, _)| {
                let gender = self.persons[*p].gender;
                let firm = np.gender == Gender::Plural && gender == Gender::Unknown && h == head;
                (same_role(h, head) || covers(h)) && (firm || np.gender.agrees_with(gender))
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
                    return Some(self.full_body_name(doc, p));
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
            let known = self.by_words.get(&key).copied();
            // (A later body goes before a first name that is no body: `de l'Aube de l'ARS`.)
            let later = || {
                mouthpiece
                    .filter(|_| known.is_none_or(|p| !self.persons[p].body))
                    .and_then(|_| self.body_named_after(doc, l, np.last))
            };
            if let Some(body) = later() {
                return Some(body);
            }
            if let Some(p) = known {
                return Some(self.full_body_name(doc, p));
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
            // (`a spokesperson for the municipality` after `the municipality of X`: that one.)
            Some(
                self.recent_institution(doc, np.first, &head)
                    .or_else(|| resolve::named_complement_before(doc, np.first, &head))
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
            // `L'entreprise familiale`: a definite company or generic body noun with only
            // adjectives after it is the body named before, when there is one.
            (None, Some(o)) if self.adjectives_only(doc, np, o) => self
                .company_subject_before(doc, np.first)
                .or_else(|| Some(np.bare_text(doc))),
            // `la direction départementale de la sécurité publique`: an adjective makes the
            // mouthpiece an administration named by the phrase itself.
            (Some(m), None)
                if m < np.last
                    && doc.is_word(m + 1)
                    && !doc.is_cap(m + 1)
                    && !doc.has(m + 1, LINK | DET) =>
            {
                // (`… culturelles (Drac) de Normandie`: the long name noted for its short one.)
                Some(
                    self.short_name_after(doc, np)
                        .unwrap_or_else(|| np.bare_text(doc)),
                )
            }
            // `la direction des ressources humaines`: a plural lowercase complement names a
            // department, which speaks by that phrase (`la direction du site` is the company's).
            // So does a bare one (`la direction de course`; not `la direction de l'usine`).
            (Some(m), None)
                if !doc.english
                    && m + 2 <= np.last
                    && matches!(doc.low(m + 1).as_ref(), "des" | "de" | "d’" | "d'")
                    && (m + 2..=np.last).all(|k| {
                        doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, ORG | ROLE | DET)
                    }) =>
            {
                Some(np.bare_text(doc))
            }
            // `la direction`: the management of the company introduced before.
            (Some(m), None) => {
                if let Some(body) = self.body_of_earlier_mouthpiece(doc, np, m) {
                    return Some(body);
                }
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

    /// `An Acme Council spokesperson said … The spokesperson added`: an English bare definite
    /// mouthpiece `m` is the body that the same mouthpiece noun, named with its body's words
    /// before it, spoke for in the paragraph before.
    fn body_of_earlier_mouthpiece(&self, doc: &Doc, np: &Np, m: usize) -> Option<String> {
        let bare = doc.english && m == np.last && m == np.first + 1 && doc.has(np.first, DEFINITE);
        if !bare {
            return None;
        }
        let word = doc.low(m);
        let para = doc.para_of(np.first);
        let k = (0..np.first)
            .rev()
            .take_while(|&k| doc.para_of(k) + 1 >= para)
            .find(|&k| doc.low(k) == word)
            // (Within its own paragraph `the spokesperson` stays the unnamed person.)
            .filter(|&k| doc.para_of(k) < para)?;
        let mut first = k;
        while first > 0 && doc.is_cap(first - 1) && !doc.has(first - 1, DET | ROLE | TITLE) {
            first -= 1;
        }
        // An indefinite determiner opens that compound (`An Acme Council spokesperson`): the
        // body it introduced is the one `the spokesperson` goes back to.
        let opens =
            first > 0 && first < k && doc.has(first - 1, DET) && !doc.has(first - 1, DEFINITE);
        if !opens {
            return None;
        }
        let earlier = Np {
            first: first - 1,
            last: k,
            ..np.clone()
        };
        self.institution_of(doc, &earlier)
    }

    /// `la délégation de Toulon de la CAF`: past a first name the text gave no body for (a
    /// place), a later name of the mouthpiece's complement, up to token `last`, that is a body
    /// the text named, by its canonical name.
    fn body_named_after(&self, doc: &Doc, from: usize, last: usize) -> Option<String> {
        let mut k = from + 1;
        while k <= last {
            if !doc.is_cap(k) || doc.has(k, DET | ROLE) {
                k += 1;
                continue;
            }
            let l = np::name_from(doc, k, last + 1).map_or(k, |(_, l)| l);
            let key = key_of(doc, k, l);
            if let Some(full) = self.long_names.get(&key) {
                return Some(full.clone());
            }
            if let Some(&p) = self.by_words.get(&key).filter(|&&p| self.persons[p].body) {
                return Some(self.full_body_name(doc, p));
            }
            k = l + 1;
        }
        None
    }

    /// French `l'entreprise familiale`: a definite company or generic body noun `o` that only
    /// lowercase adjectives follow to the end of `np`.
    fn adjectives_only(&self, doc: &Doc, np: &Np, o: usize) -> bool {
        let head = doc.low(o);
        !doc.english
            && o > np.first
            && o < np.last
            && doc.has(np.first, DEFINITE)
            && (doc.lex.company_nouns.contains(head.as_ref())
                || doc.lex.generic_body_nouns.contains(head.as_ref()))
            && (o + 1..=np.last)
                .all(|k| doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, LINK | DET | ORG | ROLE))
    }

    /// The body (no person, no place) that is the subject of the sentence before the one at
    /// `tok`, or of that sentence before `tok`.
    fn company_subject_before(&self, doc: &Doc, tok: usize) -> Option<String> {
        let start = doc.sentence_start(tok);
        let lo = start
            .checked_sub(1)
            .map_or(start, |p| doc.sentence_start(p));
        self.mentions
            .iter()
            .filter(|m| m.tok >= lo && m.tok < tok && m.subject)
            .filter(|m| {
                let p = &self.persons[m.person];
                !p.person && !p.place && !self.unnamed.contains(&m.person)
            })
            .max_by_key(|m| m.tok)
            .map(|m| self.persons[m.person].name.clone())
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

    /// The name of person `p`, or the full name of the body it shortens (`Harwick` for
    /// `Harwick Foods`): a body is cut from the end, a person from the start.
    fn full_body_name(&self, doc: &Doc, p: usize) -> String {
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
                        && one_word_or_legal_form(doc, &q.name[n + 1..])
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

    /// The institution a bare `the company` / `l'agence` refers to: the nearest earlier name in
    /// this or the previous paragraph that contains the noun, else the nearest institution
    /// named as a subject there.
    fn recent_institution(&self, doc: &Doc, tok: usize, head: &str) -> Option<String> {
        let para = doc.para_of(tok);
        let near = |m: &&Mention| m.tok < tok && doc.para_of(m.tok) + 1 >= para;
        let named = self.mentions.iter().filter(near).rev().find(|m| {
            let name = &self.persons[m.person].name;
            holds_noun(doc, name, head)
        });
        // A headline names its body before the article does: look ahead from the first line.
        let headline = doc.para_of(0) == para;
        // Not in a label line (`AFP · Publié le …`): in a paragraph that ends a sentence.
        let ahead = |m: &&Mention| {
            let (_, hi) = doc.para_tokens(doc.para_of(m.tok));
            m.tok > tok && doc.para_of(m.tok) <= para + 8 && doc.is_punct(hi - 1, ".!?…»”\"")
        };
        // `Dans un courriel, que Le Parisien a pu consulter, la direction écrit`: the subject
        // of a relative clause set off before the noun, in its sentence, is not what it means.
        let sentence = doc.sentence_start(tok);
        let in_aside = |m: &&Mention| {
            m.tok > sentence
                && (m.tok.saturating_sub(2).max(sentence + 1)..m.tok).any(|k| {
                    doc.is_punct(k - 1, ",")
                        && doc.lex.object_relatives.contains(doc.low(k).as_ref())
                })
        };
        let subject_near = |body: bool| {
            self.mentions
                .iter()
                .filter(near)
                .filter(|m| !in_aside(m))
                .filter(|m| m.subject && !self.persons[m.person].person)
                .filter(|m| !self.persons[m.person].place)
                .filter(|m| self.persons[m.person].body || !body)
                .max_by_key(|m| m.tok)
        };
        // `le groupe Valmont ... Le groupe`, `la société X ... l'entreprise`: the body last
        // introduced by the same noun, or by another word for a company.
        let company = |noun: &str| doc.lex.company_nouns.contains(noun);
        let consultancy = |noun: &str| doc.lex.consultancy_nouns.contains(noun);
        let introduced = self
            .bodies
            .iter()
            .rev()
            .filter(|(_, _, t)| *t < tok)
            .find(|(noun, _, _)| {
                noun == head
                    || (company(noun) && company(head))
                    || (consultancy(noun) && consultancy(head))
            })
            .map(|(noun, p, t)| (*p, *t, noun == head));
        // `The Bank of Estmark raised … [paragraphs later] the bank warned`: a body whose
        // name holds the noun, named earlier anywhere, outweighs a nearer subject of
        // another kind. (French bodies go by their adjectives too: `l'agence européenne`.)
        // French: only when the noun is a capitalised word of that name (`le Grand Port
        // de X … le port`); initials stand for their noun (`FC` for `the club`).
        let holds = |w: &str| {
            (names_noun(w, head) && (doc.english || w.starts_with(char::is_uppercase)))
                || abbreviates_noun(doc, w, head)
        };
        // (English: not in the name's `of` complement; `the Federation of University
        // Staff` is no university.)
        let own_words = |name: &str| {
            let own = if doc.english {
                name.split_once(" of ").map_or(name, |(own, _)| own)
            } else {
                name
            };
            own.split(' ').any(holds) || opens_with_kind(doc, name, head)
        };
        // `la Banque Vautier SA … le groupe Alpestra … la banque`: a body whose own name holds
        // the noun outweighs one introduced by another word for a company.
        if let (None, Some((_, _, false))) = (named, introduced) {
            if let Some(body) = self.body_named_before(doc, tok, own_words) {
                return Some(possessor_part(body, head));
            }
        }
        if let (None, Some((p, t, _))) = (named, introduced) {
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
            if let Some(body) = self.body_named_before(doc, tok, own_words) {
                return Some(possessor_part(body, head));
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
        if let Some(m) = named {
            return Some(possessor_part(self.persons[m.person].name.clone(), head));
        }
        subject_near(true)
            .filter(named_body)
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
            // `Le CHU de X a confirmé …` [blank line] `l'établissement explique`: French, a
            // company or generic body noun with no subject near takes up the body subject of
            // the paragraph before, past the blank line. (Not any institution noun: `le
            // rectorat` is no council named before.)
            .or_else(|| {
                let from = doc.paragraphs_back(tok, 1);
                let before = |m: &&Mention| m.tok < tok && doc.para_of(m.tok) >= from;
                let body = |m: &&Mention| {
                    let p = &self.persons[m.person];
                    m.subject && p.body && !p.person && !p.place
                };
                (any_body && !head.is_empty() && !doc.english)
                    .then(|| {
                        self.mentions
                            .iter()
                            .filter(before)
                            .filter(|m| !in_aside(m))
                            .filter(body)
                            .max_by_key(|m| m.tok)
                    })
                    .flatten()
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
