//! Noun phrases that can be speakers: names with their titles, pronouns, and role or
//! organisation phrases (la ministre Catherine Colonna, le ministère de la Défense, the ministry).
//!
//! Parsing is word-level and bounded: a phrase never crosses a paragraph, and a caller gives
//! the token range it may use.

use super::doc::Doc;
use super::lexicon::class::*;
use super::lexicon::Gender;
use crate::offsets::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NpKind {
    /// A person or a named body (Jens Stoltenberg, Microsoft, le Kremlin).
    Name,
    Pronoun(Gender),
    /// A role with no name in the phrase (le porte-parole, the prime minister).
    Role,
    /// An institution (la préfecture du Gard, the ministry).
    Organisation,
    /// Any other determiner phrase.
    Other,
}

#[derive(Debug, Clone)]
pub(super) struct Np {
    pub kind: NpKind,
    /// First and last token of the mention as the attribution uses it.
    pub first: usize,
    pub last: usize,
    /// The name's tokens (titles excluded), first and last inclusive.
    pub name: Option<(usize, usize)>,
    /// The role or organisation noun heading the phrase.
    pub head: Option<String>,
    pub gender: Gender,
}

impl Np {
    pub fn span(&self, doc: &Doc) -> Span {
        Span::new(
            doc.tokens[self.first].span.start,
            doc.tokens[self.last].span.end,
        )
    }

    /// The phrase without its leading determiner, whitespace normalised (for role and
    /// organisation speakers).
    pub fn bare_text(&self, doc: &Doc) -> String {
        let mut first = self.first;
        if first < self.last && doc.has(first, DET) {
            first += 1;
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[self.last].span.end);
        normalise(span.slice(doc.text))
    }

    /// `l'entourage de la ministre`: the people around someone, a speaker of its own.
    pub fn is_circle(&self, doc: &Doc) -> bool {
        matches!(self.kind, NpKind::Other | NpKind::Role)
            && self.first < self.last
            && doc.has(self.first, DET)
            && doc
                .lex
                .circle_nouns
                .contains(doc.low(self.first + 1).as_ref())
    }

    /// Whether a possessor comes before the head (`the boy's mother`): the phrase names a
    /// relation of someone else, never that someone.
    pub fn possessed(&self, doc: &Doc) -> bool {
        // Not a possessor in a complement after the head (`the chef behind the city’s best`).
        let head = self.head.as_deref();
        (self.first + 1..=self.last)
            .take_while(|&k| head.is_none_or(|h| doc.s(k).len() != h.len() || doc.low(k) != h))
            .any(|k| is_possessive_mark(doc, k))
    }

    /// A role phrase cut after its head noun (`un cariste de l'entreprise` -> `cariste`, `a
    /// retired nurse` -> `retired nurse`): the complement describes, it does not name.
    pub fn role_text(&self, doc: &Doc) -> String {
        let head = self.head.as_deref().unwrap_or_default();
        let head_tok = (self.first..=self.last).find(|&k| {
            let low = doc.low(k);
            low == head
                || low.strip_suffix('s') == Some(head)
                || doc.lex.plural_roles.get(low.as_ref()).map(String::as_str) == Some(head)
        });
        let Some(h) = head_tok else {
            // `l'un d'eux` is one of the group named before: its role.
            if partitive_at(doc, self.first).is_some() {
                return head.to_string();
            }
            return self.bare_text(doc);
        };
        // `one of the sources` is a `source`.
        let mut first = partitive_at(doc, self.first).unwrap_or(self.first);
        // `the boy's mother` is a `mother`.
        if let Some(mark) = (first..h).rev().find(|&k| is_possessive_mark(doc, k)) {
            first = mark + 1;
        }
        // `the 61-year-old grandmother` is a `grandmother`.
        while first < h && (doc.has(first, DET) || doc.lex.is_role_by_suffix(doc.s(first))) {
            first += 1;
        }
        // `un lanceur d'alerte` keeps the complement that makes its role.
        let compound = doc.has(h + 1, LINK)
            && doc.is_word(h + 2)
            && !doc.is_cap(h + 2)
            && doc
                .lex
                .compound_roles
                .contains(&format!("{} {}", doc.low(h), doc.low(h + 2)));
        // `un conseiller ministériel`: so does a role of two words (no link between them).
        let adjoined = !compound
            && h < self.last
            && doc.is_word(h + 1)
            && !doc.is_cap(h + 1)
            && doc
                .lex
                .compound_roles
                .contains(&format!("{} {}", doc.low(h), doc.low(h + 1)));
        let end = if compound {
            h + 2
        } else if adjoined {
            h + 1
        } else {
            h
        };
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[end].span.end);
        let text = normalise(span.slice(doc.text));
        if compound || adjoined || doc.low(h) == head {
            return text;
        }
        match text.rsplit_once(' ') {
            Some((before, _)) => format!("{before} {head}"),
            None => head.to_string(),
        }
    }
}

/// Collapses every run of whitespace to one space and drops a nickname in marks.
pub(super) fn normalise(text: &str) -> String {
    // `Rodolfo “Dodong” Ticbaen`: a name spans the nickname whose tokens are gone; it goes too.
    let has_marks = text.contains(['“', '"', '‘']);
    let mut in_nickname = false;
    // One allocation: no vector of the words before joining them.
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if has_marks {
            if in_nickname {
                in_nickname = !word.ends_with(['”', '"', '’']);
                continue;
            }
            if word.starts_with(['“', '"', '‘']) {
                in_nickname = word.chars().count() == 1 || !word.ends_with(['”', '"', '’']);
                continue;
            }
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

pub(super) fn gender_of_determiner(doc: &Doc, i: usize) -> Gender {
    let gender = doc.lex.determiner_genders.get(doc.low(i).as_ref());
    gender.copied().unwrap_or(Gender::Unknown)
}

/// The length of a title at `i` (`M`, `M.`, `Senator`) that precedes a name; 0 if none.
pub(super) fn title_at(doc: &Doc, i: usize) -> usize {
    if !doc.has(i, TITLE) {
        return 0;
    }
    let len = if doc.is_punct(i + 1, ".") { 2 } else { 1 };
    if doc.is_cap(i + len) {
        len
    } else {
        0
    }
}

fn is_non_name(doc: &Doc, i: usize) -> bool {
    // `June Haller`: a month that is also a given name, before a capitalised word.
    let given = || doc.has(i, FIRST_NAME) && doc.is_cap(i + 1) && !doc.has(i + 1, NON_NAME);
    (doc.has(i, NON_NAME) && !given())
        // `L'alerte`, `Lorsqu'il`: an elided word (not `Saint-Rambert-d’` in a place name).
        || (doc.s(i).ends_with(['\'', '’'])
            && !doc.s(i).contains('-')
            && doc.s(i + 1) != "s"
            && !is_name_prefix(doc, i))
        || doc.is_speech_verb(i)
        || doc.has(i, PRONOUN)
        || is_dateline(doc, i)
}

/// `Media coverage called it …`, `Police investigation found`: a lone capitalised word opening
/// a sentence before an abstract noun modifies that noun; it names nobody.
pub(super) fn opens_abstract_noun(doc: &Doc, f: usize) -> bool {
    const MIN_LEN: usize = 6;
    let next = doc.s(f + 1);
    doc.english
        && doc.is_word(f + 1)
        && !doc.is_cap(f + 1)
        && next.len() >= MIN_LEN
        && doc.sentence_start(f) == f
        && doc
            .lex
            .abstract_noun_endings
            .iter()
            .any(|e| next.ends_with(e))
}

/// `O'Neill`, `D’Arcy`: in English, a capital letter and an apostrophe glued to a capitalised
/// word open a surname, no elision.
pub(super) fn is_name_prefix(doc: &Doc, i: usize) -> bool {
    if !doc.english {
        return false;
    }
    let mut chars = doc.s(i).chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(|c| matches!(c, '\'' | '’'))
        && chars.next().is_none()
        && doc.is_cap(i + 1)
        && doc.tokens[i + 1].span.start == doc.tokens[i].span.end
}

/// Whether token `i` is the place of a wire dateline (`COLUMBUS, Ohio —`).
fn is_dateline(doc: &Doc, i: usize) -> bool {
    let para = doc.para_of(i);
    let lo = doc.para_tokens(para).0;
    i < lo + 4 && (lo..=i).all(|k| doc.is_acronym(k)) && doc.after_dateline(para).is_some()
}

/// `Elias Two Rivers`, `Rosa Many Horses`: between two name words, a capitalised word of
/// `[inner_name_words]` (otherwise no name: `Two people said`) is part of the name.
fn inner_name_word(doc: &Doc, last: usize, k: usize) -> bool {
    !doc.lex.inner_name_words.is_empty()
        && doc.is_cap(last)
        && !doc.has(last, NON_NAME)
        && doc.sentence_start(k) != k
        && doc.is_cap(k + 1)
        && !doc.has(k + 1, NON_NAME | TITLE)
        && !doc.is_acronym(k + 1)
        && doc.lex.inner_name_words.contains(doc.low(k).as_ref())
}

/// `la Région Grand Est assure`: inside a sentence, a capitalised word of `[name_final_words]`
/// after a name word ends the name (at a sentence start it is a verb: `Est-ce …`).
fn name_final_word(doc: &Doc, last: usize, k: usize) -> bool {
    !doc.lex.name_final_words.is_empty()
        && doc.is_cap(last)
        && !doc.has(last, NON_NAME)
        && doc.sentence_start(k) != k
        && doc.lex.name_final_words.contains(doc.low(k).as_ref())
}

fn is_first_name(doc: &Doc, i: usize) -> bool {
    doc.has(i, FIRST_NAME)
}

/// Whether the particle at `i` may start a run inside a name: `de la Fontaine` but not
/// `Castel le Prix` (lowercase `la`, `le`, `der`, `den`, `des` only follow another particle;
/// `Marine Le Pen` is capitalised).
fn opens_particle_run(doc: &Doc, i: usize) -> bool {
    !matches!(doc.s(i), "la" | "le" | "der" | "den" | "des")
}

fn is_particle(doc: &Doc, i: usize) -> bool {
    doc.has(i, PARTICLE)
}

/// A name starting at `i` (no titles), as first and last token.
pub(super) fn name_from(doc: &Doc, i: usize, lim: usize) -> Option<(usize, usize)> {
    let (f, l) = capitalised_name_from(doc, i, lim)?;
    // `le collectif Livreurs unis`: a body's name after its lowercase body noun.
    // (A body noun is no short word nor an elision: `de`, `à`, `l’` stay unclassified here.)
    let before = doc.s(i.wrapping_sub(1));
    let after_body_noun = !doc.english
        && i > 0
        && before.len() >= 3
        && !before.ends_with(['’', '\''])
        && !doc.is_cap(i - 1)
        && doc.has(i - 1, ORG);
    Some((
        f,
        if after_body_noun {
            body_name_tail(doc, l, lim)
        } else {
            l
        },
    ))
}

/// `C. Unnikrishnan`: in English, a capital letter whose period a space and a capitalised word
/// follow is an initial opening the name (not `U.S.`, written solid). (A middle initial, `Ann
/// C. Moss`, is left out: testing for it in every name costs more than it brings.)
fn is_initial(doc: &Doc, k: usize, lim: usize) -> bool {
    doc.english
        && k + 2 < lim
        && doc.s(k).len() == 1
        && doc.is_cap(k)
        && doc.is_punct(k + 1, ".")
        && doc.tokens[k + 1].span.start == doc.tokens[k].span.end
        && doc.tokens[k + 2].span.start > doc.tokens[k + 1].span.end
        && doc.is_cap(k + 2)
        && !is_non_name(doc, k + 2)
}

fn capitalised_name_from(doc: &Doc, i: usize, lim: usize) -> Option<(usize, usize)> {
    if i >= lim || !doc.is_cap(i) || is_non_name(doc, i) {
        return None;
    }
    if is_initial(doc, i, lim) {
        let (_, l) = capitalised_name_from(doc, i + 2, lim)?;
        return Some((i, l));
    }
    if doc.is_acronym(i) {
        return Some((i, i));
    }
    if is_role_before_name(doc, i) {
        return None;
    }
    if let Some(last) = french_body_name_end(doc, i, lim) {
        return Some((i, last));
    }
    let mut last = i;
    // Inside `Federation of ... Transport Workers`, a title word is just a word.
    let mut in_body = false;
    loop {
        let mut k = last + 1;
        while k < lim && is_particle(doc, k) && k < last + 3 {
            k += 1;
        }
        if k > last + 1 && !opens_particle_run(doc, last + 1) {
            // `Irène Castel le Prix`: an article is no particle of its own.
            return Some((i, last));
        }
        if k == last + 1 && body_of(doc, last, k, lim) {
            k += if doc.has(k + 1, DET) { 2 } else { 1 };
            in_body = true;
        } else if k == last + 1
            && (possessive_before_body_noun(doc, last, k, lim)
                || (in_body && and_in_body(doc, k, lim)))
        {
            k += 1;
        }
        // `Marsh Tolley LLP`: a legal suffix in capitals ends the name it follows.
        let joins = k < lim
            && doc.is_cap(k)
            && (!doc.is_acronym(k) || (k > i && doc.english && doc.has(k, ORG)))
            && doc.tokens[k].quoted == doc.tokens[i].quoted
            && (in_body || title_at(doc, k) == 0 || portfolio_inside_name(doc, k))
            && (k > last + 1
                || !is_non_name(doc, k)
                || inner_name_word(doc, last, k)
                || name_final_word(doc, last, k))
            && (!is_first_name(doc, k)
                || is_first_name(doc, last)
                || (starts_free(doc, i, last) && !qualifies_person_after(doc, i, k)));
        if !joins {
            return Some((i, last));
        }
        last = k;
    }
}

/// `Northfork Energy Storage`, `the Senate Foreign Relations Committee`: inside a name, a
/// portfolio title that names no role itself, before a capitalised word that is no title, role
/// or given name, is a word of that name (not `Ohio State Treasurer X`, `UK Energy Secretary`).
fn portfolio_inside_name(doc: &Doc, k: usize) -> bool {
    doc.english
        && doc.is_cap(k + 1)
        && !doc.has(k + 1, TITLE | ROLE | FIRST_NAME)
        && !doc.is_acronym(k + 1)
        && doc.lex.role_of_title(doc.s(k)).is_none()
}

/// `Fédération européenne des fabricants d’équipements de jardin`, `Agence sanitaire du
/// Val-d’Ardre`: a capitalised French institution noun followed by lowercase adjectives and
/// complements is one name, up to a clean boundary (punctuation, a verb, a relative pronoun).
/// Anything else after it (a determiner, a conjunction, another quotation) keeps the short name.
fn french_body_name_end(doc: &Doc, i: usize, lim: usize) -> Option<usize> {
    const MAX_TOKENS: usize = 10;
    if doc.english || !doc.has(i, ORG) || doc.is_cap(i + 1) || !doc.is_word(i + 1) {
        return None;
    }
    let mut last = i;
    for k in i + 1..lim.min(i + 1 + MAX_TOKENS + 1) {
        if !doc.is_word(k) {
            let clean = doc.is_punct(k, ",.;:()!?—–") && !doc.tokens[k].quoted;
            return (clean && last > i).then_some(last);
        }
        if doc.tokens[k].quoted != doc.tokens[i].quoted {
            return None;
        }
        if doc.has(k, LINK) || (doc.has(k, DET) && doc.has(k - 1, LINK)) {
            continue;
        }
        if doc.has(k, AUX | RELATIVE) || doc.is_speech_verb(k) {
            return (last > i && !doc.has(k - 1, LINK | DET)).then_some(last);
        }
        let stops = DET | PRONOUN | CONNECTOR | COORD | ADVERB | ADDRESSEE | STARTER;
        // `Parti prudemment, il a …`: a participle then an adverb, no body.
        if !doc.is_cap(k) && (doc.has(k, stops) || (k == i + 1 && doc.is_adverb(k))) {
            return None;
        }
        last = k;
    }
    (lim <= i + 1 + MAX_TOKENS && last > i).then_some(last)
}

/// `le collectif Livreurs unis, qui`: after a lowercase body noun, the body's name may go on
/// with a lowercase word or two up to a clean boundary (a comma, a relative, a verb). The last
/// token of the name.
fn body_name_tail(doc: &Doc, l: usize, lim: usize) -> usize {
    const MAX_WORDS: usize = 2;
    let stops = DET | LINK | PRONOUN | CONNECTOR | COORD | ADVERB | ADDRESSEE | STARTER | AUX;
    let inside = doc.tokens[l].quoted;
    let mut last = l;
    while last < l + MAX_WORDS
        && last + 1 < lim
        && doc.is_word(last + 1)
        && !doc.is_cap(last + 1)
        && doc.tokens[last + 1].quoted == inside
        && !doc.has(last + 1, stops | RELATIVE)
        && !doc.is_speech_verb(last + 1)
    {
        last += 1;
    }
    let k = last + 1;
    let clean =
        k < lim && (doc.is_punct(k, ",") || doc.has(k, RELATIVE | AUX) || doc.is_speech_verb(k));
    if clean {
        last
    } else {
        l
    }
}

/// `le député Insoumis Éric Coquerel`: after a role, a capitalised word then a given name and a
/// surname is a party or a place qualifying the role; the person starts at the given name.
fn qualifies_person_after(doc: &Doc, i: usize, given: usize) -> bool {
    i > 0 && doc.has(i - 1, ROLE) && doc.is_cap(given + 1) && !doc.is_acronym(given + 1)
}

/// `Camille Arnaud`: a name's first word that follows no article or `de`, so a given name
/// after it is its surname (`Arnaud`, `Thomas`); after `du`/`de`/`au` (`le député du Cher
/// Julien Morel`) the first word is a place and the given name starts a new name. A single
/// letter is no given name (`a réagi sur X Inès Morel`: the network, then the person).
fn starts_free(doc: &Doc, i: usize, last: usize) -> bool {
    let place_before = |k: usize| doc.has(k, PARTICLE | DET | ADDRESSEE);
    let letter = doc.s(i).chars().nth(1).is_none();
    last == i && !letter && (i == 0 || !place_before(i - 1))
}

/// A capitalised role noun before a name (`l'Américaine Dana Whitfield`): not part of it.
fn is_role_before_name(doc: &Doc, i: usize) -> bool {
    doc.has(i, ROLE) && !doc.has(i, TITLE) && doc.is_cap(i + 1) && !doc.is_acronym(i + 1)
}

/// `Bank of England`, `Department for Transport`: an institution noun, then `of`/`for` and a
/// capitalised word, is one name. Only after an institution noun, so that `Smith of Acme` stays
/// two names.
fn body_of(doc: &Doc, last: usize, k: usize, lim: usize) -> bool {
    let next = if doc.has(k + 1, DET) { k + 2 } else { k + 1 };
    doc.english
        && k < lim
        && doc.has(last, ORG)
        && matches!(doc.low(k).as_ref(), "of" | "for")
        && next < lim
        && doc.is_cap(next)
        && !doc.is_acronym(next)
}

/// `Association of King and Eastwood Counties`, `Department of Health and Human Services`:
/// inside a body's `of` complement, `and` at `k` goes on with the name when two or three
/// capitalised words follow that end on a body noun (`Bank of England and Goldman Sachs` is
/// two names).
fn and_in_body(doc: &Doc, k: usize, lim: usize) -> bool {
    const MAX_WORDS: usize = 3;
    if !doc.english || doc.s(k) != "and" || is_first_name(doc, k + 1) {
        return false;
    }
    let mut e = k + 1;
    while e < lim && e <= k + MAX_WORDS + 1 && doc.is_cap(e) && !doc.is_acronym(e) {
        e += 1;
    }
    let words = e - k - 1;
    let last = e - 1;
    let body_noun = || {
        doc.has(last, ORG)
            || doc
                .low(last)
                .strip_suffix("ies")
                .is_some_and(|stem| doc.lex.organisations.contains(format!("{stem}y").as_str()))
    };
    (2..=MAX_WORDS).contains(&words) && !doc.is_cap(e) && body_noun()
}

/// `Hoteliers’ Association`, `Workers’ Union`: a plural possessive glued to a capitalised
/// word at `k` and followed by a capitalised body noun stays inside the body's name.
fn possessive_before_body_noun(doc: &Doc, last: usize, k: usize, lim: usize) -> bool {
    doc.english
        && k + 1 < lim
        && matches!(doc.s(k), "’" | "'")
        && doc.s(last).ends_with('s')
        && doc.tokens[k].span.start == doc.tokens[last].span.end
        && doc.is_cap(k + 1)
        && doc.has(k + 1, ORG)
        && !doc.is_acronym(k + 1)
}

/// A name ending at `j`, as first and last token (titles not included).
pub(super) fn name_ending_at(doc: &Doc, j: usize, lo: usize) -> Option<(usize, usize)> {
    let final_word = || j > lo && name_final_word(doc, j - 1, j);
    if j < lo || !doc.is_cap(j) || (is_non_name(doc, j) && !final_word()) {
        return None;
    }
    if doc.is_acronym(j) {
        return Some((j, j));
    }
    let mut first = j;
    loop {
        let mut k = first;
        while k > lo && k + 3 > first && is_particle(doc, k - 1) {
            k -= 1;
        }
        if k < first && !opens_particle_run(doc, k) {
            return Some((first, j));
        }
        if k == lo {
            return Some((first, j));
        }
        let mut prev = k - 1;
        // `Ann Lee’s`, and `Hoteliers’ Association` inside a body's name.
        let possessive = prev > lo
            && ((doc.low(prev) == "s"
                && doc.s(prev - 1).ends_with(['’', '\''])
                && doc.is_cap(prev - 1))
                || (k == first && possessive_before_body_noun(doc, prev - 1, prev, j + 1)));
        if possessive {
            prev -= 1;
        }
        // `l'Américaine Dana Whitfield`: a role word right before stays out of the name.
        let role_word = doc.has(prev, ROLE) && prev + 1 == k;
        let joins = doc.is_cap(prev)
            && !doc.is_acronym(prev)
            && doc.tokens[prev].quoted == doc.tokens[j].quoted
            && !doc.has(prev, TITLE)
            && !role_word
            && !is_non_name(doc, prev)
            && !(is_first_name(doc, first) && !is_first_name(doc, prev) && k == first);
        if !joins {
            return Some((first, j));
        }
        first = prev;
    }
}

/// The first token of the titles right before `f` (`M.`, `Attorney General`), or `f`.
pub(super) fn titles_before(doc: &Doc, f: usize, lo: usize) -> usize {
    let mut start = f;
    loop {
        if start >= lo + 2 && doc.is_punct(start - 1, ".") && title_at(doc, start - 2) == 2 {
            start -= 2;
        } else if start > lo && title_at(doc, start - 1) == 1 {
            start -= 1;
        } else {
            return start;
        }
    }
}

/// Titles then a name from `i`: (titles start, name first, name last).
pub(super) fn titled_name(doc: &Doc, i: usize, lim: usize) -> Option<(usize, usize, usize)> {
    if doc.english && doc.has(i, TITLE) && !doc.is_cap(i + 1) {
        if let Some(named) = portfolio_then_name(doc, i, lim) {
            return Some(named);
        }
    }
    let mut k = i;
    while k < lim {
        let len = title_at(doc, k);
        if len == 0 {
            break;
        }
        k += len;
    }
    name_from(doc, k, lim).map(|(f, l)| (i, f, l))
}

/// `Minister for Local Government Ann Lee`, `Secretary of Health Ann Lee`: a title, `for` or
/// `of`, the capitalised portfolio up to its last title, body or common word, then a name of
/// two words or more ending the capitalised run: (title, name first, name last).
fn portfolio_then_name(doc: &Doc, i: usize, lim: usize) -> Option<(usize, usize, usize)> {
    const MAX_WORDS: usize = 7;
    if !matches!(doc.s(i + 1), "for" | "of") || !doc.is_cap(i + 2) {
        return None;
    }
    let mut e = i + 2;
    while e < lim && e < i + 2 + MAX_WORDS && doc.is_cap(e) && !doc.tokens[e].quoted {
        e += 1;
    }
    let m = (i + 2..e)
        .rev()
        .find(|&k| doc.has(k, TITLE | ORG | NON_NAME))?;
    let (f, l) = name_from(doc, m + 1, e)?;
    (l > f && l + 1 == e).then_some((i, f, l))
}

/// The gender that titles between `from` and `to` (exclusive) tell.
pub(super) fn title_gender(doc: &Doc, from: usize, to: usize) -> Gender {
    (from..to)
        .filter_map(|k| doc.lex.titles.get(doc.s(k)).copied())
        .find(|g| *g != Gender::Unknown)
        .unwrap_or(Gender::Unknown)
}

fn name_np(doc: &Doc, ts: usize, f: usize, l: usize, head: Option<String>, gender: Gender) -> Np {
    let titled = title_gender(doc, ts, f);
    let head = head.or_else(|| {
        (ts..f)
            .find(|&k| doc.has(k, ROLE))
            .map(|k| doc.low(k).into_owned())
    });
    Np {
        kind: NpKind::Name,
        first: ts,
        last: l,
        name: Some((f, l)),
        head,
        gender: if titled != Gender::Unknown {
            titled
        } else {
            gender
        },
    }
}

/// Whether token `i` may follow a complete subject or apposition.
/// `le capitaine de frégate Yann X` at `i`: a determiner, lowercase role words, then a name.
/// The name (titles included) as `titled_name` gives it.
fn role_then_name(doc: &Doc, i: usize, lim: usize) -> Option<(usize, usize, usize)> {
    const MAX_ROLE_WORDS: usize = 6;
    // `le médecin de la course, le Dr Hélène X,`: a title after the article opens the name.
    if doc.has(i, DET) && doc.has(i + 1, TITLE) && doc.is_cap(i + 1) {
        return titled_name(doc, i + 1, lim);
    }
    if !doc.has(i, DET) || !doc.has(i + 1, ROLE) {
        return None;
    }
    let end = lim.min(i + 2 + MAX_ROLE_WORDS);
    let c = (i + 1..end).find(|&c| !doc.is_word(c) || doc.is_cap(c))?;
    // `le maire de Lyon`: a capitalised complement is a place, not the name.
    if !doc.is_cap(c) || doc.has(c - 1, LINK | DET) {
        return None;
    }
    titled_name(doc, c, lim)
}

/// `retired firefighter Desmond Kyle` at `i` (English): a few lowercase describing words
/// with no article, then a name of two words or more.
pub(super) fn described_name(doc: &Doc, i: usize, lim: usize) -> Option<(usize, usize, usize)> {
    const MAX_WORDS: usize = 3;
    if !doc.english {
        return None;
    }
    let stops = LINK | DET | AUX | ADDRESSEE | STARTER | CONNECTOR | COORD | RELATIVE | PRONOUN;
    let end = lim.min(i + MAX_WORDS + 1);
    let c = (i..end).find(|&c| {
        !doc.is_word(c) || doc.is_cap(c) || doc.has(c, stops) || doc.is_speech_verb(c)
    })?;
    if c == i || !doc.is_cap(c) || doc.has(c, stops) {
        return None;
    }
    titled_name(doc, c, lim).filter(|&(_, f, l)| l > f)
}

fn closes_apposition(doc: &Doc, i: usize, lim: usize) -> bool {
    // `Selon un proche du ministre, Matignon « a fait ses comptes »`: a name before a quotation
    // is the subject of the clause, not an apposition.
    let opens_quote = doc
        .quote_at_mark(i)
        .is_some_and(|q| doc.quotes[q].open_tok == i);
    // `la maire, Soizic X (divers gauche), juge`: a party in brackets is an aside of the name.
    let party_aside = || {
        doc.is_punct(i, "(")
            && (i + 2..lim.min(i + 6))
                .find(|&c| doc.is_punct(c, ")"))
                .is_some_and(|c| c + 1 >= lim || doc.is_punct(c + 1, ",.;:!?"))
    };
    (i >= lim && !opens_quote)
        || doc.is_punct(i, ",.;:)!?")
        || party_aside()
        || doc.is_speech_verb(i)
        || doc.has(i, AUX)
        || doc.has(i, ADDRESSEE)
        || doc.has(i, ADVERB)
}

/// Whether token `k` is a role or organisation noun (singular or plural), with its gender.
fn role_or_org(doc: &Doc, k: usize) -> Option<(NpKind, Gender)> {
    if doc.has(k, ROLE) {
        Some((NpKind::Role, doc.lex.role_gender(doc.s(k))))
    } else if doc.has(k, ORG) {
        Some((NpKind::Organisation, Gender::Unknown))
    } else {
        None
    }
}

/// A name apposed after a role complement introduced by `au`/`aux`/`to` at `k`
/// (`l'adjoint aux finances, Karim Benali,`): never across another role noun, so that the
/// addressee of `a déclaré le ministre au journaliste X` stays out.
fn name_after_complement(doc: &Doc, k: usize, lim: usize) -> Option<(usize, usize, usize)> {
    let mut j = k + 1;
    while j < lim && j < k + 8 {
        if doc.is_word(j) && !doc.is_cap(j) && role_or_org(doc, j).is_some() {
            return None;
        }
        if doc.is_cap(j) && j > k + 1 {
            let prev_is_link = doc.has(j - 1, LINK) || doc.has(j - 1, DET);
            if !prev_is_link || doc.is_punct(j - 1, ",") {
                let (ts, f, l) = titled_name(doc, j, lim)?;
                return closes_apposition(doc, l + 1, lim).then_some((ts, f, l));
            }
        }
        if doc.is_cap(j) {
            j = name_from(doc, j, lim).map_or(j + 1, |(_, l)| l + 1);
            continue;
        }
        if doc.is_punct(j, ",") {
            let (ts, f, l) = titled_name(doc, j + 1, lim)?;
            return closes_apposition(doc, l + 1, lim).then_some((ts, f, l));
        }
        if !doc.is_word(j) || doc.is_speech_verb(j) || doc.has(j, AUX) {
            return None;
        }
        j += 1;
    }
    None
}

/// Takes token `k` as the phrase's head when it is a role or an organisation noun, with the
/// gender it tells (the determiner's gender stays when it tells none).
fn note_head(
    doc: &Doc,
    k: usize,
    head: &mut Option<String>,
    kind: &mut NpKind,
    gender: &mut Gender,
) {
    if let Some((found, g)) = role_or_org(doc, k) {
        *head = Some(doc.low(k).into_owned());
        *kind = found;
        // `les habitants`, `two officials`: a plural outweighs the role's gender.
        let word = doc.low(k);
        let plural = !doc.lex.roles.contains_key(word.as_ref())
            && doc.lex.singular_role(word.as_ref()).is_some();
        if plural {
            *gender = Gender::Plural;
        } else if g != Gender::Unknown && *gender != Gender::Plural {
            *gender = g;
        }
    }
}

/// `a cleaner surnamed X`: a participle giving a person's name (naming words are a class bit,
/// tested first).
pub(super) fn is_name_participle(doc: &Doc, k: usize) -> bool {
    doc.has(k, NAMING) && doc.lex.name_participles.contains(doc.low(k).as_ref())
}

/// `le rappeur Kazé`: a French noun naming a person by its ending (not a listed role nor
/// body), right before a capitalised name.
pub(super) fn is_person_noun_before_name(doc: &Doc, k: usize) -> bool {
    !doc.english
        && doc.is_cap(k + 1)
        && k > 0
        && doc.has(k - 1, DET)
        && doc.is_word(k)
        && !doc.is_cap(k)
        && !doc.has(k, ORG | NAMING | ROLE | DET | LINK)
        && doc.lex.is_person_noun(&doc.low(k))
}

/// Whether a lowercase role or institution noun follows `k`: the last noun of a compound heads
/// it (`company spokesman`, `UK economist`). French puts no noun before its head, so a role
/// word before an institution noun is an adjective there (`le principal opérateur`).
fn compound_goes_on(doc: &Doc, k: usize) -> bool {
    if !doc.is_word(k + 1) || doc.is_cap(k + 1) {
        return false;
    }
    if doc.english {
        role_or_org(doc, k + 1).is_some()
    } else {
        doc.has(k, ROLE) && doc.has(k + 1, ORG) && !doc.has(k + 1, ROLE)
    }
}

/// Whether token `k` is the possessive mark of the word before it: the `s` of `Microsoft’s`
/// or the lone apostrophe of `the Smiths’`.
pub(super) fn is_possessive_mark(doc: &Doc, k: usize) -> bool {
    k > 0
        && ((doc.s(k) == "s" && doc.s(k - 1).ends_with(['’', '\'']))
            || (matches!(doc.s(k), "’" | "'") && doc.s(k - 1).ends_with('s')))
}

/// An English role premodified by capitalised words, then a name or nothing: `Tesla CEO Elon
/// Musk`, `Ukrainian President Volodymyr Zelensky`, `White House spokeswoman Karine
/// Jean-Pierre`, `Microsoft’s president, Brad Smith`, `a U.S. official`.
fn premodified_role(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
    let has_det = doc.has(i, DET);
    let start = if has_det { i + 1 } else { i };
    let is_role = |k: usize| role_or_org(doc, k).is_some_and(|(kind, _)| kind == NpKind::Role);
    let mut k = start;
    while k < lim && k < start + 5 {
        let modifier = doc.is_cap(k) && !is_role(k) && !doc.has(k, DET | PRONOUN);
        if !(modifier || (k > start && is_possessive_mark(doc, k))) {
            break;
        }
        k += 1;
    }
    if k == start {
        return None;
    }
    // The role: role nouns and the lowercase words between them (`chief executive`,
    // `foreign minister`), up to the last role noun.
    let mut head = None;
    let mut m = k;
    while m < lim && m < k + 3 && doc.is_word(m) && !doc.is_speech_verb(m) {
        // `Conservation group Deepwater Watch`: an institution noun then its name.
        // (`Harbour police spokeswoman Kate X`: an institution noun before a role qualifies it.)
        let org_noun = !doc.is_cap(m)
            && role_or_org(doc, m).is_some_and(|(kind, _)| kind == NpKind::Organisation)
            && !(m + 1 < lim && is_role(m + 1));
        if head.is_none() && org_noun {
            // `Dastmir’s agriculture ministry`: a body that a possessor places, with no name.
            let possessed = is_possessive_mark(doc, k - 1) && !doc.is_cap(m + 1);
            let Some((ts, f, l)) = titled_name(doc, m + 1, lim) else {
                return possessed.then(|| Np {
                    kind: NpKind::Organisation,
                    first: i,
                    last: m,
                    name: None,
                    head: Some(doc.low(m).into_owned()),
                    gender: Gender::Unknown,
                });
            };
            let mut np = name_np(doc, ts, f, l, None, Gender::Unknown);
            np.first = i;
            return Some(np);
        }
        if is_role(m) {
            head = Some(m);
        } else if doc.is_cap(m) || doc.has(m, AUX | ADDRESSEE | STARTER | ADVERB) {
            break;
        }
        m += 1;
    }
    if head.is_none() {
        return described_name_opening(doc, i, k, m, lim);
    }
    let h = head?;
    let gender = doc.lex.role_gender(doc.s(h));
    let head_word = Some(doc.low(h).into_owned());
    let comma = doc.is_punct(h + 1, ",");
    let name_at = if comma {
        h + 2
    } else {
        past_bracketed_aside(doc, h + 1, lim)
    };
    if let Some((ts, f, l)) = titled_name(doc, name_at, lim) {
        if !comma || closes_apposition(doc, l + 1, lim) {
            let mut np = name_np(doc, ts, f, l, head_word, gender);
            np.first = i;
            return Some(np);
        }
    }
    // A capital right after the role is a name this phrase could not take: leave it alone.
    // `Wheat farmers say`: a bare role opening its sentence needs no article.
    let opens = has_det || doc.sentence_start(i) == i;
    (opens && !doc.is_cap(h + 1)).then_some(Np {
        kind: NpKind::Role,
        first: i,
        last: h,
        name: None,
        head: head_word,
        gender,
    })
}

/// `Garden tools maker Veltrop GmbH said`: a sentence opening on a capitalised modifier, plain
/// lowercase nouns the lexicon does not know, then a name that a verb follows describes that
/// name; the opening word names nobody. (`k`: first word after the modifiers, `m`: where the
/// lowercase words stop.)
fn described_name_opening(doc: &Doc, i: usize, k: usize, m: usize, lim: usize) -> Option<Np> {
    let plain = |w: usize| {
        doc.is_word(w)
            && !doc.is_cap(w)
            && !doc.has(w, DET | LINK | CONNECTOR | COORD | PRONOUN | RELATIVE)
    };
    if !doc.english
        || m == k
        || m >= lim
        || !doc.is_cap(m)
        || doc.has(i, DET)
        || doc.sentence_start(i) != i
        || !(k..m).all(plain)
    {
        return None;
    }
    let (ts, f, l) = titled_name(doc, m, lim)?;
    // (`Voice star X shared`, `Voice star X, who plays …,`: a past tense or a relative
    // clause after the name too.)
    let past = || doc.is_word(l + 1) && !doc.is_cap(l + 1) && doc.s(l + 1).ends_with("ed");
    let relative = || doc.is_punct(l + 1, ",") && doc.has(l + 2, RELATIVE);
    (doc.is_speech_verb(l + 1) || doc.has(l + 1, AUX) || past() || relative()).then(|| {
        let mut np = name_np(doc, ts, f, l, None, Gender::Unknown);
        np.first = i;
        np
    })
}

/// The noun phrase starting at `i`, using tokens before `lim`.
pub(super) fn np_forward(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
    // Callers may pass a limit past the last token; every loop below indexes up to `lim`.
    let lim = lim.min(doc.len());
    if i >= lim || !doc.is_word(i) {
        return None;
    }
    if doc.has(i, PRONOUN) {
        let g = doc
            .lex
            .pronouns
            .get(doc.low(i).as_ref())
            .copied()
            .unwrap_or(Gender::Unknown);
        return Some(Np {
            kind: NpKind::Pronoun(g),
            first: i,
            last: i,
            name: None,
            head: None,
            gender: g,
        });
    }
    if let Some(np) = partitive(doc, i, lim) {
        return Some(np);
    }
    // `U.S. Sen. Carl X`: an initialism before a title or a name qualifies it.
    if let Some(next) = initialism_end(doc, i).filter(|&n| n < lim && doc.is_cap(n)) {
        return np_forward(doc, next, lim).map(|np| Np { first: i, ..np });
    }
    // `Tens of thousands of people`, `dozens of residents`: a plural quantity before `of`
    // determines the phrase like an article.
    let quantity = doc.has(i, NON_NAME)
        && !doc.has(i, PRONOUN | DET)
        && doc.s(i).ends_with('s')
        && doc.has(i + 1, LINK);
    let has_det = doc.has(i, DET) || quantity;
    if !has_det && !doc.is_cap(i) {
        if let Some(np) = bare_role_before_name(doc, i, lim) {
            return Some(np);
        }
    }
    // `CEO Marta Quill`: a role written in capitals, then the name of its holder.
    if doc.english && !has_det && doc.has(i, ROLE) && doc.is_acronym(i) {
        if let Some((_, f, l)) = titled_name(doc, i + 1, lim) {
            let gender = doc.lex.role_gender(doc.s(i));
            return Some(name_np(doc, i, f, l, Some(doc.low(i).into_owned()), gender));
        }
    }
    if doc.english && (doc.is_cap(i) || (has_det && doc.is_cap(i + 1))) {
        if let Some(np) = premodified_role(doc, i, lim) {
            return Some(np);
        }
    }
    if !has_det && (doc.is_cap(i) || role_or_org(doc, i).is_none()) {
        let named = titled_name(doc, i, lim);
        let role_then_holder = named
            .filter(|_| doc.english)
            .and_then(|(_, _, l)| name_after_capital_role(doc, i, l, lim));
        if role_then_holder.is_some() {
            return role_then_holder;
        }
        // `St. Brendan’s had`: a possessor is no phrase of its own.
        return named
            .filter(|&(_, _, l)| !is_possessive_mark(doc, l + 1))
            .map(|(ts, f, l)| name_np(doc, ts, f, l, None, Gender::Unknown));
    }
    let mut gender = if has_det {
        gender_of_determiner(doc, i)
    } else {
        Gender::Unknown
    };
    let mut head: Option<String> = None;
    // The head so far is a premodifying role word (`ancienne`, `senior`).
    let mut provisional = false;
    let mut kind = NpKind::Other;
    let mut start = if has_det { i + 1 } else { i };
    // `Tens of thousands of people`: the head comes after every quantity and its `of`.
    while quantity && doc.has(start, LINK) && !doc.has(start + 1, DET) {
        let more = doc.has(start + 1, NON_NAME) && doc.has(start + 2, LINK);
        start += if more { 2 } else { 1 };
        if !more {
            break;
        }
    }
    // `l'association Les Amis de X`: a capitalised article inside a sentence opens a name, whose
    // capitalised words are no role.
    let proper = has_det && doc.is_cap(i) && doc.sentence_start(i) != i && doc.is_cap(i + 1);
    let mut k = start;
    let mut words = 0;
    while k < lim && doc.tokens[k].quoted == doc.tokens[i].quoted {
        // `the firm’s CEO`: a role in capitals is a role word, not a name.
        let capital_role = || doc.english && doc.has(k, ROLE) && doc.is_acronym(k);
        if doc.is_cap(k) && !doc.has(k, DET) && !capital_role() {
            // `the club thanked Ann Lee`: a past tense between the head noun and a name is the
            // verb, the name its object.
            let verb_before = doc.english
                && head.is_some()
                && k > start + 1
                && !doc.is_cap(k - 1)
                && !doc.has(k - 1, ROLE | ORG | TITLE)
                && doc.s(k - 1).ends_with("ed")
                && !is_name_participle(doc, k - 1)
                && !is_possessive_mark(doc, k - 2);
            if verb_before {
                k -= 1;
                break;
            }
            let after_link = k > start && (doc.has(k - 1, LINK) || doc.has(k - 1, DET));
            // The name right after the role (`the owner Ann X`), not after a preposition
            // (`a shop owner on Load Street`).
            // French puts adjectives after the role (`le manager bayonnais X`): English only.
            let joins_role =
                !doc.english || doc.has(k - 1, ROLE | ORG | TITLE) || doc.is_cap(k - 1);
            // `the veteran backbencher Ann Lee`: a describing noun the lexicon does not know
            // between the role and a full name.
            let stops = LINK | DET | AUX | ADDRESSEE | STARTER | CONNECTOR | COORD | RELATIVE;
            // Not `a broker in nearby Dale`: a place word after a preposition puts a place.
            let place = || {
                k > start + 1
                    && doc.has(k - 2, LINK)
                    && doc.lex.place_premodifiers.contains(doc.low(k - 1).as_ref())
            };
            let described_role = doc.english
                && kind == NpKind::Role
                && !doc.has(k - 1, stops)
                && doc.is_word(k - 1)
                && !place()
                && titled_name(doc, k, lim).is_some_and(|(_, f, l)| l > f);
            // `a 62-year-old cleaner surnamed X`: a naming participle gives the role's holder.
            let named_role = kind == NpKind::Role && k > start && is_name_participle(doc, k - 1);
            // `"…," a tearful Lee told reporters`: describing words between an indefinite
            // article and a name that speaks right after describe that person.
            let described_speaker = doc.english
                && kind == NpKind::Other
                && head.is_none()
                && has_det
                && !doc.has(i, DEFINITE)
                && !doc.is_cap(k - 1)
                && !doc.has(k - 1, stops)
                && titled_name(doc, k, lim).is_some_and(|(_, _, l)| doc.is_speech_verb(l + 1));
            let joins_role = joins_role || described_role || named_role || described_speaker;
            // `un député Renaissance, qui …`: after an indefinite role, a lone capitalised word
            // that is no given name qualifies the role (a party, a company).
            let qualifier = has_det
                && !doc.has(i, DEFINITE)
                && !doc.has(k, FIRST_NAME | TITLE)
                && !doc.is_cap(k + 1);
            // `director of the nonprofit X`: a name after a body noun in the role's complement
            // names that body, not the role's holder.
            let body_in_complement = doc.english
                && kind == NpKind::Role
                && k > start + 1
                && doc.has(k - 1, ORG)
                && !doc.is_cap(k - 1)
                && (start..k - 1).any(|m| doc.has(m, LINK));
            if (head.is_some() || words > 0)
                && !after_link
                && k > start
                && joins_role
                && (!qualifier || named_role || described_speaker)
                && !body_in_complement
            {
                if let Some((mut ts, mut f, mut l)) = titled_name(doc, k, lim) {
                    // `le député Renaissance de la Marne Thibault Lacombe`: a party or a place
                    // before the person's given name qualifies the role.
                    if kind == NpKind::Role && is_first_name(doc, l + 1) {
                        if let Some(person) = titled_name(doc, l + 1, lim) {
                            (ts, f, l) = person;
                        }
                    }
                    // `le patron des députés LR, Laurent X`: a party's initials qualify the
                    // role; the apposed name is the person.
                    let party = kind == NpKind::Role && f == l && doc.is_acronym(f);
                    if party && doc.is_punct(l + 1, ",") {
                        if let Some(person) = titled_name(doc, l + 2, lim)
                            .filter(|&(_, _, pl)| closes_apposition(doc, pl + 1, lim))
                        {
                            (ts, f, l) = person;
                        }
                    }
                    return Some(name_np(doc, ts, f, l, head, gender));
                }
            }
            // `the state’s Office of Border Affairs`, `the team’s Ann Lee`: after a lowercase
            // possessor, the name is the one meant; the possessor only places it.
            let after_possessor = doc.english
                && head.is_none()
                && k > start + 1
                && is_possessive_mark(doc, k - 1)
                && !doc.is_cap(k - 2);
            if after_possessor {
                if let Some((ts, f, l)) = titled_name(doc, k, lim) {
                    return Some(name_np(doc, ts, f, l, None, Gender::Unknown));
                }
            }
            if head.is_none() && words < 3 && !compound_goes_on(doc, k) && !proper {
                note_head(doc, k, &mut head, &mut kind, &mut gender);
                provisional = head.is_some() && doc.has(k, PREMODIFIER);
            }
            match name_from(doc, k, lim) {
                Some((_, l)) => {
                    words += 1;
                    k = l + 1;
                    continue;
                }
                None if is_role_before_name(doc, k) => {
                    words += 1;
                    k += 1;
                    continue;
                }
                None => break,
            }
        }
        if !doc.is_word(k) {
            // `le maire (LR) d'Oyonnax, X`: a party in brackets qualifies the role.
            if doc.is_punct(k, "(") && kind == NpKind::Role {
                if let Some(close) = (k + 1..lim.min(k + 6)).find(|&c| doc.is_punct(c, ")")) {
                    k = close + 1;
                    continue;
                }
            }
            if doc.is_punct(k, ",") && kind == NpKind::Role {
                let apposed = titled_name(doc, k + 1, lim)
                    .or_else(|| role_then_name(doc, k + 1, lim))
                    .or_else(|| described_name(doc, k + 1, lim));
                if let Some((ts, f, l)) = apposed {
                    if closes_apposition(doc, l + 1, lim) {
                        return Some(name_np(doc, ts, f, l, head, gender));
                    }
                }
            }
            break;
        }
        let role_to = |k: usize| kind == NpKind::Role && to_complements_role(doc, k);
        // `de la`, `de l'`: an article links only after a preposition (`dans un communiqué la
        // préfecture` is two phrases).
        let bare_article = doc.has(k, DEFINITE) && !doc.has(k.wrapping_sub(1), LINK);
        let linking = (doc.has(k, LINK) && !bare_article) || role_to(k);
        // `à l'AFP son président`: a determiner after the phrase's words starts the next one.
        if !linking && words > 0 && doc.has(k, DET) && !doc.has(k - 1, LINK) && !role_to(k - 1) {
            // `the board rejected a request`: a past tense before the object's determiner is
            // the verb, no word of the phrase.
            let verb = doc.english
                && k > start + 1
                && !doc.is_cap(k - 1)
                && !doc.has(k - 1, ROLE | ORG)
                && doc.s(k - 1).ends_with("ed");
            if verb {
                k -= 1;
            }
            break;
        }
        if !linking && doc.has(k, ADDRESSEE) && kind == NpKind::Role {
            if let Some((ts, f, l)) = name_after_complement(doc, k, lim) {
                return Some(name_np(doc, ts, f, l, head, gender));
            }
        }
        let stops = AUX | ADDRESSEE | STARTER | CONNECTOR | RELATIVE | ADVERB | PRONOUN;
        if !linking && ((doc.is_speech_verb(k) && k > start) || doc.has(k, stops)) {
            break;
        }
        // `une ancienne directrice`, `a senior Democratic aide`: a role word that also
        // premodifies gives way to the role noun after it (not across a complement).
        // `the union’s general secretary`: a role after a possessive body is the person meant.
        let possessed_role =
            kind == NpKind::Organisation && k > start + 1 && is_possessive_mark(doc, k - 1);
        let overrides = (provisional || possessed_role) && !linking && doc.has(k, ROLE);
        if (head.is_none() || overrides) && words < 3 && !compound_goes_on(doc, k) {
            note_head(doc, k, &mut head, &mut kind, &mut gender);
            provisional = !overrides && head.is_some() && doc.has(k, PREMODIFIER);
            // `le rappeur Kazé`, `du randonneur Paul X`: a person noun right before a name is
            // that person's role.
            if head.is_none() && is_person_noun_before_name(doc, k) {
                head = Some(doc.low(k).into_owned());
                kind = NpKind::Role;
            }
        }
        if linking {
            provisional = false;
        }
        // The `s` of a possessive (`the trust’s chief executive`) is no word of its own.
        let possessive = k > start && is_possessive_mark(doc, k);
        // `de la mer du Nord`: in a body's name, an article after a link adds no word.
        let article =
            kind == NpKind::Organisation && linking && doc.has(k, DET) && doc.has(k - 1, LINK);
        if !possessive && !article {
            words += 1;
        }
        // A body's name may coordinate two complements (`le ministère de l'Europe et des
        // affaires étrangères`): it gets a few more words than a role.
        let max_words = if kind == NpKind::Organisation { 9 } else { 7 };
        if words > max_words {
            break;
        }
        k += 1;
    }
    let mut last = k.checked_sub(1)?;
    while last > i && doc.has(last, LINK | DET) {
        last -= 1;
    }
    if last < start || (has_det && last == i) {
        return None;
    }
    // `a senior steward`, `one senior rider`: a premodifying role word before a noun the roles
    // do not list still gives way to that noun.
    if provisional {
        if let Some(h) = (start..last).find(|&h| head.as_deref() == Some(doc.low(h).as_ref())) {
            let noun = h + 1;
            let plain = doc.is_word(noun)
                && !doc.is_cap(noun)
                && !doc.has(noun, LINK | DET | PREMODIFIER)
                && !is_possessive_mark(doc, noun);
            if plain {
                head = Some(doc.low(noun).into_owned());
            }
        }
    }
    // `le Kremlin`, `la Russie`: a determiner before a proper noun names a body (not before a
    // compound adjective: `one London-based importer`).
    let adjective = || {
        doc.s(i + 1)
            .rsplit_once('-')
            .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()))
    };
    if kind == NpKind::Other && has_det && doc.is_cap(i + 1) && !adjective() {
        kind = NpKind::Organisation;
    }
    // `the Pika Ridge Resort … the resort said`: a noun that ended a name given before names
    // that body.
    if kind == NpKind::Other
        && last == i + 1
        && doc.english
        && doc.has(i, DEFINITE)
        && ends_earlier_name(doc, last)
    {
        kind = NpKind::Organisation;
        head = Some(doc.low(last).into_owned());
    }
    Some(Np {
        kind,
        first: i,
        last,
        name: None,
        head,
        gender,
    })
}

/// Whether the lowercase word at `noun` is, capitalised, the last word of a name of two words
/// or more earlier in the text (`Harlow Oversight Panel` for `panel`).
fn ends_earlier_name(doc: &Doc, noun: usize) -> bool {
    // Cheap tests first: the scan compares lengths before any text.
    let word = doc.s(noun);
    if !doc.is_word(noun) || doc.is_cap(noun) || doc.tokens[noun].quoted {
        return false;
    }
    (1..noun).rev().any(|k| {
        doc.tokens[k].span.len() == word.len()
            && doc.is_cap(k)
            && doc.is_cap(k - 1)
            && !doc.is_cap(k + 1)
            && !doc.has(k - 1, DET)
            && doc.s(k).eq_ignore_ascii_case(word)
    })
}

/// `an aide to a committee chair said`: English `to` and a determiner complement a role, where
/// `to` after a verb would mark the one spoken to.
fn to_complements_role(doc: &Doc, k: usize) -> bool {
    doc.english && doc.has(k, ADDRESSEE) && doc.has(k + 1, DET) && doc.s(k) == "to"
}

/// One past an initialism of single capitals and periods starting at `i` (`U.S.`, `U.K.`).
fn initialism_end(doc: &Doc, i: usize) -> Option<usize> {
    // A single ASCII capital: one byte.
    let letter = |k: usize| doc.is_word(k) && doc.tokens[k].span.len() == 1 && doc.is_cap(k);
    let mut k = i;
    while letter(k) && doc.is_punct(k + 1, ".") {
        k += 2;
    }
    (k >= i + 4).then_some(k)
}

/// Whether `short` reads as an acronym of `words`: each of its letters continues the word
/// being spelled or starts a later one, beginning with the first word (`Medef`: `M`ouvement
/// des `E`ntreprises `DE` `F`rance). Each part of a hyphenated word counts as a word
/// (`UFCP`: `U`nion `F`rançaise de `C`anoë-`P`olo).
pub(super) fn spells_initials(short: &str, words: &[&str]) -> bool {
    const MAX_LETTERS: usize = 10;
    let letters: Vec<char> = short.chars().flat_map(char::to_lowercase).collect();
    let words: Vec<Vec<char>> = words
        .iter()
        .flat_map(|w| w.split(['-', '‑']))
        .filter(|part| !part.is_empty())
        .map(|w| w.chars().flat_map(char::to_lowercase).collect())
        .collect();
    letters.len() >= 2
        && letters.len() <= MAX_LETTERS
        && letters.iter().all(|c| c.is_alphabetic())
        && words.first().and_then(|w| w.first()) == letters.first()
        && {
            // The (word, next letter) places the letters read so far may end at.
            let mut places = vec![(0, 1)];
            for &c in &letters[1..] {
                let mut next: Vec<(usize, usize)> = Vec::new();
                for &(w, at) in &places {
                    if words[w].get(at) == Some(&c) {
                        next.push((w, at + 1));
                    }
                    next.extend(
                        (w + 1..words.len())
                            .filter(|&n| words[n].first() == Some(&c))
                            .map(|n| (n, 1)),
                    );
                }
                next.sort_unstable();
                next.dedup();
                places = next;
            }
            !places.is_empty()
        }
}

/// `Eastfield Ward MCA Ann Lee`, `Tory MP Ann Lee`: a capitalised place or party, a role in
/// capitals (known or not), then a full name: the person is the name; the words before only
/// place the role.
/// `l` is the last token of the name at `i`.
fn name_after_capital_role(doc: &Doc, i: usize, l: usize, lim: usize) -> Option<Np> {
    let role = l + 1;
    if role >= lim || !doc.is_acronym(role) {
        return None;
    }
    let (_, f, last) = titled_name(doc, role + 1, lim).filter(|&(_, f, l)| l > f)?;
    let head = doc.has(role, ROLE).then(|| doc.low(role).into_owned());
    let gender = doc.lex.role_gender(doc.s(role));
    Some(name_np(doc, i, f, last, head, gender))
}

/// `press secretary Alana Brooks`, `manager Pep Guardiola`, `veteran left tackle Ian Roe`:
/// lowercase role words with no article, then a name. The role is the last role noun; the
/// words after it only describe (a position, a speciality), never link or open a clause.
fn bare_role_before_name(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
    const MAX_ROLE_WORDS: usize = 4;
    let end = (i..lim.min(i + MAX_ROLE_WORDS))
        .find(|&k| !doc.is_word(k) || doc.is_cap(k))
        .unwrap_or(lim.min(i + MAX_ROLE_WORDS));
    let h = (i..end).rev().find(|&h| doc.has(h, ROLE))?;
    let stops = LINK | DET | STARTER | ADDRESSEE | AUX | CONNECTOR | COORD | PRONOUN | ADVERB;
    let describes = |k: usize| !doc.has(k, stops | ROLE | ORG) && !doc.is_speech_verb(k);
    if !(h + 1..end).all(describes) {
        return None;
    }
    let (_, f, l) = titled_name(doc, past_bracketed_aside(doc, end, lim), lim)?;
    let gender = doc.lex.role_gender(doc.s(h));
    Some(name_np(doc, i, f, l, Some(doc.low(h).into_owned()), gender))
}

/// The token before a short lowercase aside in brackets that closes at `k` (`engineer` in
/// `engineer (water works)`), else `k`.
pub(super) fn before_bracketed_aside(doc: &Doc, k: usize, lo: usize) -> usize {
    const MAX_WORDS: usize = 3;
    if !doc.is_punct(k, ")") {
        return k;
    }
    (lo.max(k.saturating_sub(MAX_WORDS + 1))..k)
        .rev()
        .take_while(|&c| doc.is_punct(c, "(") || (doc.is_word(c) && !doc.is_cap(c)))
        .find(|&c| doc.is_punct(c, "("))
        .filter(|&c| c + 1 < k && c > lo)
        .map_or(k, |c| c - 1)
}

/// `executive engineer (water works) Ravi X`: the token after a short lowercase aside in
/// brackets that opens at `k` (it qualifies the role before the name), else `k`.
fn past_bracketed_aside(doc: &Doc, k: usize, lim: usize) -> usize {
    const MAX_WORDS: usize = 3;
    if !doc.is_punct(k, "(") {
        return k;
    }
    (k + 1..lim.min(k + 2 + MAX_WORDS))
        .take_while(|&c| doc.is_punct(c, ")") || (doc.is_word(c) && !doc.is_cap(c)))
        .find(|&c| doc.is_punct(c, ")"))
        .filter(|&c| c > k + 1)
        .map_or(k, |c| c + 1)
}

/// Where a partitive starts at `i` (`one of the sources`, `l'une des salariées`): the token
/// after the partitive word and its link.
pub(super) fn partitive_at(doc: &Doc, i: usize) -> Option<usize> {
    let p = if doc.has(i, DEFINITE) && doc.has(i + 1, PARTITIVE) {
        i + 1
    } else {
        i
    };
    (doc.has(p, PARTITIVE) && doc.has(p + 1, LINK)).then(|| {
        // French `des` is both the link and the determiner of what follows (not in `d'eux`).
        if !doc.english && doc.low(p + 2) == "entre" && doc.has(p + 3, PRONOUN) {
            // `l'un d'entre eux`.
            p + 3
        } else if doc.has(p + 1, DET) && !doc.has(p + 2, PRONOUN) {
            p + 1
        } else {
            p + 2
        }
    })
}

/// `one of the sources`, `l'un des manifestants`: one person of a group, named by the
/// singular of the group's role (`source`, `manifestant`).
fn partitive(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
    let inner = partitive_at(doc, i)?;
    let np = np_forward(doc, inner, lim)?;
    if np.kind == NpKind::Pronoun(Gender::Plural) {
        // `plusieurs députés confient … l'un d'eux`: one of the group just named.
        return one_of_group(doc, i, np.last);
    }
    // `One of the injured, a 22-year-old student who …,`: a group the roles do not name, with
    // a role in apposition: that role.
    if np.kind != NpKind::Role && doc.is_punct(np.last + 1, ",") && doc.has(np.last + 2, DET) {
        let apposed = np_forward(doc, np.last + 2, lim).filter(|n| n.kind == NpKind::Role)?;
        return Some(apposed);
    }
    let np = Some(np).filter(|np| np.kind == NpKind::Role)?;
    let singular = doc.lex.singular_role(np.head.as_deref()?)?;
    let gender = match doc.lex.role_gender(&singular) {
        Gender::Unknown => gender_of_determiner(doc, i),
        g => g,
    };
    Some(Np {
        first: i,
        head: Some(singular),
        gender,
        ..np
    })
}

/// One person of the plural role named last before `i` (`députés`, `MPs`), as the phrase
/// `i..=last`.
fn one_of_group(doc: &Doc, i: usize, last: usize) -> Option<Np> {
    // Words of the author's text, past any quotation between (bounded: a long quotation is
    // no reason to scan far).
    const GROUP_BEFORE: usize = 40;
    const QUOTED_MAX: usize = 120;
    let group = (i.saturating_sub(GROUP_BEFORE + QUOTED_MAX)..i)
        .rev()
        .filter(|&k| !doc.tokens[k].quoted)
        .take(GROUP_BEFORE)
        .find_map(|k| {
            // `MPs`: a plural of capitals is a group too.
            let capitals = || {
                let w = doc.s(k);
                w.len() > 2
                    && w.ends_with('s')
                    && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
            };
            let plural = doc.has(k, ROLE) && (!doc.is_cap(k) || capitals());
            plural
                .then(|| doc.lex.singular_role(doc.low(k).as_ref()))
                .flatten()
        })?;
    let gender = match doc.lex.role_gender(&group) {
        Gender::Unknown => gender_of_determiner(doc, i),
        g => g,
    };
    Some(Np {
        kind: NpKind::Role,
        first: i,
        last,
        name: None,
        head: Some(group),
        gender,
    })
}

/// Whether a party-and-place tag starts at `i` (`R-Texas`, `D-El Paso`).
fn is_party_tag(doc: &Doc, i: usize) -> bool {
    let t = doc.s(i);
    doc.lex
        .party_tag_prefixes
        .iter()
        .any(|p| t.starts_with(p) || (p.strip_suffix('-') == Some(t) && doc.is_punct(i + 1, "-")))
}

/// `Une habitante, croisée devant la mairie, résume`, `the firm, based in Leeds, said`: a
/// lowercase past participle opening an apposition describes the subject before it.
fn opens_participle_apposition(doc: &Doc, i: usize) -> bool {
    const ENDINGS_FR: [&str; 4] = ["é", "ée", "és", "ées"];
    let word = doc.low(i);
    let participle = if doc.english {
        word.ends_with("ed")
    } else {
        ENDINGS_FR.iter().any(|e| word.ends_with(e))
    };
    participle
        && doc.is_word(i)
        && !doc.is_cap(i)
        && word.chars().nth(4).is_some()
        && !doc.has(i, ROLE | ORG | DET)
}

/// `entendue la veille`, `saisie du dossier`, `mise en cause`, `reçu mardi`: a French
/// participle of another ending opening an apposition (it is less sure: `rue`, `partie`).
fn opens_other_participle(doc: &Doc, i: usize) -> bool {
    const ENDINGS_FR: [&str; 8] = ["ue", "ues", "ie", "ies", "ise", "ises", "u", "us"];
    if doc.english || !doc.is_word(i) || doc.is_cap(i) || doc.has(i, ROLE | ORG | DET) {
        return false;
    }
    let word = doc.low(i);
    // Not `lieu`, `bureau`, `trou`: a vowel before a final `u` makes a noun.
    let noun_u = word
        .trim_end_matches('s')
        .strip_suffix('u')
        .is_some_and(|stem| stem.ends_with(['a', 'e', 'o']));
    word.chars().nth(3).is_some() && !noun_u && ENDINGS_FR.iter().any(|e| word.ends_with(e))
}

/// Whether token `k` has the ending of a French past participle (`amarré`, `condamnées`).
pub(super) fn ends_like_past_participle(doc: &Doc, k: usize) -> bool {
    // The word as written (no lowercase copy): a capitalised participle ends in lowercase too.
    let w = doc.s(k);
    !doc.english
        && doc.is_word(k)
        && (w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées"))
}

/// Whether a comma-delimited stretch starting at `i` is an adverbial (lors de..., Speaking to...).
pub(super) fn is_adverbial(doc: &Doc, i: usize) -> bool {
    let starts = |k: usize| doc.has(k, STARTER);
    let participle = |k: usize| {
        let w = doc.low(k);
        doc.is_word(k) && doc.lex.has_participle_ending(&w) && w.chars().nth(5).is_some()
    };
    // A passive participle with its agent: `menée par X`, `led by X`.
    let passive = doc.is_word(i)
        && (!doc.is_cap(i) || doc.sentence_start(i) == i)
        && doc.is_word(i + 1)
        && doc.lex.passive_agents.contains(doc.low(i + 1).as_ref());
    starts(i)
        || passive
        || participle(i)
        || (doc.s(i).ends_with(['’', '\'']) && (starts(i + 1) || participle(i + 1)))
}

/// Whether the comma-delimited stretch ending before the comma at `c` is a bare apposition: a
/// role or body noun (or one after a modifier) with no article right after another comma
/// (`Marc Roy, analyste chez X,`, `une élue, conseillère du maire,`, `premier syndicat du
/// groupe`): it describes the phrase before it. A clause (`, took over from X,`) or a name
/// apposed after its modifiers (`, former champion X,`) is none.
fn bare_apposition_before(doc: &Doc, c: usize, lo: usize) -> bool {
    let inside = doc.tokens[c].quoted;
    let Some(p) = (lo..c)
        .rev()
        .find(|&k| doc.is_punct(k, ",") || doc.tokens[k].quoted != inside)
    else {
        return false;
    };
    let s = p + 1;
    let stops = DET | RELATIVE | PRONOUN | LINK | STARTER | ADVERB | AUX | CONNECTOR | COORD;
    p > lo
        && s < c
        && doc.is_punct(p, ",")
        && doc.is_word(s)
        && !doc.is_cap(s)
        && !doc.has(s, stops)
        && !doc.is_speech_verb(s)
        && (doc.has(s, ROLE | ORG) || (s + 1 < c && doc.has(s + 1, ROLE | ORG)))
}

/// A person: a name or a role (the subject a description is apposed to).
fn is_person(np: &Np) -> bool {
    matches!(np.kind, NpKind::Name | NpKind::Role)
}

/// What a relative pronoun after the comma at `c` describes: the phrase before the comma, the
/// person a bare apposition there describes (`Marc Roy, analyste chez X, qui juge`), or the
/// role opening the stretch when its last noun names no one (`un diplomate en poste dans la
/// capitale, qui`).
fn relative_antecedent(doc: &Doc, c: usize, lo: usize, depth: u8) -> Option<Np> {
    // `X, a nurse from Tulsa, Oklahoma, who`: a place and its region end the phrase before.
    let place = c
        .checked_sub(1)
        .and_then(|ts| super::people::place_preposition_before_region(doc, ts, lo));
    if let Some(prep) = place.filter(|&p| p > lo + 1) {
        if let Some(np) = np_backward_depth(doc, prep - 1, lo, depth) {
            return Some(np);
        }
    }
    if bare_apposition_before(doc, c, lo) {
        if let Some(np) = np_backward_depth(doc, c, lo, depth).filter(is_person) {
            return Some(np);
        }
    }
    let end = c.checked_sub(1 + apposed_age_len(doc, c, lo))?;
    let np = np_backward_depth(doc, end, lo, depth).or_else(|| after_contraction(doc, end, lo))?;
    // `a memo to the minister, which said`: `which` takes up no person; the thing before the
    // person's preposition.
    let thing = doc.is_word(c + 1) && doc.lex.thing_relatives.contains(doc.low(c + 1).as_ref());
    if thing
        && np.kind == NpKind::Role
        && np.gender != Gender::Plural
        && np.first > lo + 1
        && doc.has(np.first - 1, LINK | ADDRESSEE)
    {
        if let Some(before) = np_backward_depth(doc, np.first - 2, lo, depth) {
            return Some(before);
        }
    }
    if np.kind == NpKind::Other && !np.is_circle(doc) {
        let inside = doc.tokens[c].quoted;
        let start = (lo..np.first)
            .rev()
            .find(|&k| doc.is_punct(k, ",") || doc.tokens[k].quoted != inside)
            .map_or(lo, |k| k + 1);
        let opening = np_forward(doc, start, np.first)
            .filter(|n| n.kind == NpKind::Role && doc.has(start, DET));
        if opening.is_some() {
            return opening;
        }
    }
    Some(np)
}

/// `Ann Lee of the University of Eastmarch Ocean Center`: before the body's name starting at
/// `ts` (itself maybe a complement: `University of` then `Eastmarch …`), `of` or `of the` after
/// a person's full name, who is the phrase meant. A name ending on a body noun is a body
/// (`Royal Academy of the Arts`).
fn person_of_body(doc: &Doc, ts: usize, lo: usize) -> Option<Np> {
    const MAX_LINKS: usize = 3;
    if !doc.english {
        return None;
    }
    const MAX_DESCRIBERS: usize = 2;
    let mut b = ts;
    for _ in 0..MAX_LINKS {
        // `Ann Lee of the opposition party X`: the body's own lowercase nouns go with it.
        // (The last of them a role or body noun: `the opposition party`.)
        let plain = |k: usize| {
            doc.is_word(k)
                && !doc.is_cap(k)
                && !doc.has(k, DET | LINK | AUX | PRONOUN | ADVERB)
                && !doc.is_speech_verb(k)
        };
        let m = (b.saturating_sub(MAX_DESCRIBERS).max(lo + 1)..b)
            .rev()
            .take_while(|&k| plain(k))
            .last()
            .filter(|&m| m > lo && doc.low(m - 1) == "the" && doc.has(b - 1, ROLE | ORG));
        let d = if let Some(m) = m {
            m - 1
        } else if b > lo && doc.low(b - 1) == "the" {
            b - 1
        } else {
            b
        };
        if d < lo + 2 || doc.low(d - 1) != "of" || !doc.is_cap(d - 2) {
            return None;
        }
        let (pf, pl) = name_ending_at(doc, d - 2, lo)?;
        if pl > pf && !doc.has(pl, ORG) {
            // (`Ann Lee of Acme` is read where the caller handles a plain `of`.)
            if b == ts && d == b {
                return None;
            }
            let pts = titles_before(doc, pf, lo);
            return Some(name_np(doc, pts, pf, pl, None, Gender::Unknown));
        }
        b = pf;
    }
    None
}

/// `Elle répond aux régions, qui jugent`: the lowercase phrase ending at `end` after a French
/// `au` / `aux` (`à` and an article), which is its article; a relative clause may describe it.
fn after_contraction(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    const MAX_WORDS: usize = 3;
    if doc.english {
        return None;
    }
    let plain = |k: usize| {
        doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, DET | LINK | PRONOUN | ADDRESSEE)
    };
    let c = (end.saturating_sub(MAX_WORDS).max(lo)..end)
        .rev()
        .find(|&k| !plain(k))
        .filter(|&k| (k + 1..=end).all(plain))?;
    let gender = *doc.lex.contracted_articles.get(doc.low(c).as_ref())?;
    let np = np_forward(doc, c + 1, end + 1).filter(|n| n.last == end);
    Some(np.unwrap_or(Np {
        kind: NpKind::Other,
        first: c + 1,
        last: end,
        name: None,
        head: None,
        gender,
    }))
}

/// The noun phrase ending at token `j`, using tokens from `lo`; follows appositions and relative
/// pronouns back to the name they describe.
pub(super) fn np_backward(doc: &Doc, j: usize, lo: usize) -> Option<Np> {
    np_backward_depth(doc, j, lo, 0)
}

fn np_backward_depth(doc: &Doc, j: usize, lo: usize, depth: u8) -> Option<Np> {
    if j < lo || j >= doc.len() || depth > 4 {
        return None;
    }
    if doc.has(j, RELATIVE) {
        let after_comma = j > lo && doc.is_punct(j - 1, ",");
        let k = if after_comma {
            j.checked_sub(2)?
        } else {
            j.checked_sub(1)?
        };
        let np = if after_comma {
            relative_antecedent(doc, j - 1, lo, depth + 1)?
        } else {
            np_backward_depth(doc, k, lo, depth + 1)?
        };
        // `les estimations de la chambre d'agriculture, qui évoque`: a phrase that names no one
        // leaves the relative to its complement that does.
        if np.kind == NpKind::Other && !np.is_circle(doc) {
            if let Some(complement) = speaking_complement(doc, &np, k + 1) {
                return Some(complement);
            }
        }
        // `des observateurs de l'Union X, qui a dit`: a singular verb after the relative
        // agrees with the named complement, not with the plural head.
        let singular = doc.has(j + 1, SINGULAR_AUX);
        if singular && np.gender == Gender::Plural {
            let complement = (np.first + 1..=np.last)
                .find(|&c| doc.is_cap(c) && doc.has(c - 1, LINK | DET))
                .and_then(|c| np_forward(doc, c - 1, k + 1).or_else(|| np_forward(doc, c, k + 1)))
                .filter(|n| matches!(n.kind, NpKind::Name | NpKind::Organisation));
            if complement.is_some() {
                return complement;
            }
        }
        return Some(np);
    }
    if doc.has(j, PRONOUN) {
        return np_forward(doc, j, j + 1);
    }
    // `Le Mouvement des entreprises de France (Medef) a salué`: the body by its short name;
    // any other bracket (`le maire (LR) a dit`) is an aside.
    if doc.is_punct(j, ")") && j >= lo + 3 && doc.is_punct(j - 2, "(") && doc.is_word(j - 1) {
        let before = np_backward_depth(doc, j - 3, lo, depth + 1)?;
        let long: Vec<&str> = (before.first..=before.last)
            .filter(|&k| !doc.has(k, DET) || k > before.first)
            .map(|k| doc.s(k))
            .collect();
        let short = j - 1;
        // Any capitalised word in brackets after a body's name (or a long phrase ending one:
        // `… de l'environnement et du travail (Anses)`) is its short name; after a person or a
        // role it is a party (`le maire (LR)`).
        let body = matches!(before.kind, NpKind::Organisation | NpKind::Other);
        if doc.is_cap(short) && !long.is_empty() && (body || spells_initials(doc.s(short), &long)) {
            return Some(name_np(doc, short, short, short, None, Gender::Unknown));
        }
        return Some(before);
    }
    if doc.is_punct(j, ",") {
        let inside = doc.tokens[j].quoted;
        let comma_before = (lo..j)
            .rev()
            .find(|&k| doc.is_punct(k, ",") || doc.tokens[k].quoted != inside);
        let seg_start = comma_before.map_or(lo, |c| c + 1);
        if seg_start >= j {
            return None;
        }
        let before = |d| {
            comma_before
                .filter(|&c| doc.is_punct(c, ",") && c > lo)
                .and_then(|c| {
                    // `X, déléguée de Y, premier syndicat, dénonce`: past an earlier apposition.
                    let past_apposition = bare_apposition_before(doc, c, lo)
                        .then(|| np_backward_depth(doc, c, lo, d).filter(is_person))
                        .flatten();
                    past_apposition.or_else(|| {
                        np_backward_depth(doc, c - 1 - apposed_age_len(doc, c, lo), lo, d)
                    })
                })
        };
        // `Ann Roe, KC, argued`: a post-nominal between commas is an aside after the name.
        if seg_start + 1 == j && doc.lex.post_nominals.contains(doc.s(seg_start)) {
            return before(depth + 1);
        }
        if doc.has(seg_start, RELATIVE) {
            let c = comma_before.filter(|&c| doc.is_punct(c, ",") && c > lo);
            return c.and_then(|c| relative_antecedent(doc, c, lo, depth + 1));
        }
        if is_adverbial(doc, seg_start) || opens_participle_apposition(doc, seg_start) {
            return before(depth + 1);
        }
        // `Un témoin, employé de la mairie, décrit`: a bare apposition describes the person
        // before it.
        if bare_apposition_before(doc, j, lo) {
            // `Its organiser, school board member Ann Lee, says`: unless it ends on a full name
            // after describing words, the person it names.
            // (Not after a complement: `the daughter of one resident, 91-year-old X,`.)
            let bare_role = |n: &Np| (n.first..=n.last).all(|k| !doc.has(k, LINK));
            if doc.english
                && doc.is_cap(j - 1)
                && !doc.is_cap(seg_start)
                && before(depth + 1).is_some_and(|n| n.kind == NpKind::Role && bare_role(&n))
            {
                let named = np_backward_depth(doc, j - 1, seg_start, depth + 1)
                    .filter(|n| n.kind == NpKind::Name && n.first > seg_start && n.last > n.first)
                    .filter(|n| {
                        (seg_start..n.first).all(|k| doc.is_word(k) && !doc.has(k, LINK | DET))
                    });
                if named.is_some() {
                    return named;
                }
            }
            if let Some(np) = before(depth + 1).filter(|n| n.kind == NpKind::Role) {
                return Some(np);
            }
        }
        // `X, who lives with his wife, designer Clara Y, told`: a name apposed to the last noun
        // of a relative clause; the subject is the one the clause describes.
        let relative_comma = comma_before
            .filter(|&c| doc.english && doc.is_cap(j - 1) && doc.is_punct(c, ","))
            .and_then(|c| (lo..c).rev().find(|&k| doc.is_punct(k, ",")))
            .filter(|&p| p > lo && doc.has(p + 1, RELATIVE));
        if let Some(p) = relative_comma {
            // `Mayor X, whose spokesperson, Ann Cruz, said`: a name apposed to the bare role a
            // possessive relative opens is that role's holder, the clause's own subject.
            let role_end = seg_start - 1;
            let owned_role = role_end > p + 2
                && role_end <= p + 5
                && doc.has(role_end - 1, ROLE)
                && (p + 2..role_end)
                    .all(|k| doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, LINK | DET | PRONOUN));
            if owned_role {
                let named = np_backward_depth(doc, j - 1, seg_start, depth + 1)
                    .filter(|n| n.kind == NpKind::Name && n.first == seg_start);
                if named.is_some() {
                    return named;
                }
            }
            let apposed = doc.is_cap(j - 1) && name_ending_at(doc, j - 1, seg_start).is_some();
            let described = np_backward_depth(doc, p - 1, lo, depth + 1)
                .filter(|n| apposed && n.kind != NpKind::Other);
            if described.is_some() {
                return described;
            }
        }
        // The phrase before it (`Une fédération, entendue la veille, a dénoncé`), not one
        // inside a complement (`Une patiente croisée dans le hall, venue pour …`).
        if opens_other_participle(doc, seg_start) {
            let whole = |n: &Np| {
                n.kind != NpKind::Other
                    || n.first == lo
                    || doc.sentence_start(n.first) == n.first
                    || doc.is_punct(n.first - 1, ",")
            };
            if let Some(np) = before(depth + 1).filter(whole) {
                return Some(np);
            }
        }
        // `One resident, a retired deputy who declined to give his name, warned`: an
        // apposition with a relative clause describes the subject before it.
        let relative = (seg_start..j).any(|k| {
            !doc.tokens[k].quoted
                && (doc.has(k, RELATIVE)
                    || (k > seg_start + 1
                        && doc.has(seg_start, DET)
                        && doc.lex.apposition_relatives.contains(doc.low(k).as_ref())))
        });
        if relative {
            if let Some(np) = before(depth + 1).filter(|n| n.kind != NpKind::Other) {
                return Some(np);
            }
            // `A geologist who asked not to be named because she advises one of the firms,
            // said`: the phrase the relative clause describes, not the clause's last noun.
            let described = np_forward(doc, seg_start, j).filter(|n| {
                n.kind != NpKind::Other && doc.has(n.last + 1, RELATIVE) && doc.english
            });
            if described.is_some() {
                return described;
            }
        }
        // `Les opposants, pour la plupart des jeunes, dénoncent`, `Residents, mostly retired
        // farmers, say`: an apposition opened by an adverb describes the subject before it.
        // (The adverb list holds clitics too: not `l'ancien président`.)
        let hedged = doc.is_adverb(seg_start)
            && !doc.has(seg_start, DET | PRONOUN | CLITIC)
            && seg_start + 1 < j
            && (doc.has(seg_start + 1, DET) || doc.has(seg_start + 1, ROLE));
        if hedged {
            if let Some(np) = before(depth + 1).filter(|n| n.kind != NpKind::Other) {
                return Some(np);
            }
        }
        // `Nordvolt Cells, a Swedish startup …, said`: an indefinite phrase in apposition
        // describes the subject before it.
        let indefinite = doc.has(seg_start, DET) && !doc.has(seg_start, DEFINITE);
        if indefinite {
            // A body or a mouthpiece (`A spokesperson for X`), not another role (`One victim, a
            // retired nurse,` is the nurse).
            let described = |n: &Np| {
                matches!(n.kind, NpKind::Name | NpKind::Organisation)
                    || (n.first..=n.last).any(|k| doc.has(k, MOUTHPIECE))
            };
            if let Some(np) = before(depth + 1).filter(described) {
                return Some(np);
            }
        }
        // `a source close to X, 37, told`: an age between commas is an aside of the phrase
        // before it, whatever that phrase is.
        let age = seg_start + 1 == j
            && doc.s(seg_start).len() <= 3
            && doc.s(seg_start).bytes().all(|b| b.is_ascii_digit());
        if age {
            if let Some(np) = before(depth + 1).filter(|n| n.kind != NpKind::Other) {
                return Some(np);
            }
        }
        // `X, president of a union local in Norfolk, Virginia, told`: a state after a town
        // continues the apposition before it.
        let town =
            comma_before.is_some_and(|c| c > lo + 1 && doc.is_cap(c - 1) && doc.has(c - 2, LINK));
        if town && seg_start + 1 == j && doc.is_cap(seg_start) {
            let previous_comma = comma_before
                .and_then(|c| (lo..c).rev().find(|&k| doc.is_punct(k, ",")))
                .filter(|&k| k > lo);
            if let Some(np) = previous_comma
                .and_then(|k| np_backward_depth(doc, k - 1, lo, depth + 1))
                .filter(|n| n.kind == NpKind::Name)
            {
                return Some(np);
            }
        }
        // `Sen. Carl X, R-Texas, told`: a party-and-place tag is an aside.
        if is_party_tag(doc, seg_start) {
            if let Some(np) = before(depth + 1).filter(|n| n.kind == NpKind::Name) {
                return Some(np);
            }
        }
        let segment = np_forward(doc, seg_start, j);
        // `La direction, elle, se dit`, `Le maire, lui, a refusé`: a pronoun set off by commas
        // repeats the subject before it.
        let repeats_subject = seg_start + 1 == j && doc.has(seg_start, PRONOUN);
        if repeats_subject {
            if let Some(np) = before(depth + 1).filter(|n| n.kind != NpKind::Other) {
                return Some(np);
            }
        }
        // Post-nominals (`Oliver Grant KC,`) may follow a name inside its segment.
        let fills = |np: &Np| (np.last + 1..j).all(|k| doc.is_acronym(k) || doc.is_punct(k, "."));
        // `X, présidente du groupement Y, prévient`: a name in the complement of a bare role
        // names the body, not the person the apposition describes.
        let complement_name = |np: &Np| {
            (seg_start..np.first).any(|k| doc.has(k, LINK)) && bare_apposition_before(doc, j, lo)
        };
        if let Some(np) = &segment {
            if np.kind == NpKind::Name && fills(np) && !complement_name(np) {
                return segment;
            }
        }
        // `La CFE-CGC, deuxième syndicat du groupe, réclame`: a named body counts as a name.
        let named_before = before(depth + 1).filter(|n| {
            matches!(n.kind, NpKind::Name | NpKind::Pronoun(_))
                || (n.kind == NpKind::Organisation && doc.is_cap(n.last))
        });
        // `La cheffe de la mission de l'Alliance X (AX), l'ancienne Première ministre Y, a
        // salué`: a role apposition that ends on a person's name names the speaker, not the
        // body before it.
        let body_before = named_before
            .as_ref()
            .is_some_and(|n| n.kind == NpKind::Organisation || doc.is_acronym(n.first));
        if !doc.english && body_before && doc.has(seg_start, DET) {
            let person = np_backward_depth(doc, j - 1, seg_start, depth + 1)
                .filter(|n| n.kind == NpKind::Name && n.last + 1 == j);
            if let Some(person) = person {
                return Some(person);
            }
        }
        return match (segment, named_before) {
            (Some(np), Some(mut named))
                if matches!(np.kind, NpKind::Role | NpKind::Organisation) =>
            {
                named.head = named.head.or(np.head);
                if named.gender == Gender::Unknown {
                    named.gender = np.gender;
                }
                Some(named)
            }
            // An apposition that is no phrase of its own (`, 20,`, `, director of X,`).
            (_, Some(named)) => Some(named),
            (Some(np), None) if np.last + 1 == j && np.kind != NpKind::Other => Some(np),
            _ => np_backward_depth(doc, j - 1, seg_start, depth + 1),
        };
    }
    // `Michael Ashworth KC said`: post-nominal letters after a name belong to it.
    let mut j = j;
    while j > lo
        && doc.is_acronym(j)
        && doc.is_cap(j - 1)
        && !doc.is_acronym(j - 1)
        && !doc.has(j - 1, DET | TITLE)
    {
        j -= 1;
    }
    // `the Briton`, `l'Américaine`: a nationality noun, not a name.
    // `the firm’s CEO`: a role in capitals, not a name.
    let described =
        doc.has(j, ROLE) && ((j > lo && doc.has(j - 1, DET)) || (doc.english && doc.is_acronym(j)));
    if doc.is_cap(j) && !described {
        let (f, l) = name_ending_at(doc, j, lo)?;
        // `l'agence régionale de santé (ARS) Occitanie`: a region after a body's short name
        // qualifies the body.
        let after_short_name = f >= lo + 4
            && doc.is_punct(f - 1, ")")
            && doc.is_punct(f - 3, "(")
            && doc.is_acronym(f - 2);
        if after_short_name {
            return np_backward_depth(doc, f - 1, lo, depth + 1);
        }
        // `Rep. Ann Ruiz, D-El Paso, vice chair …`: a party tag is an aside.
        if is_party_tag(doc, f) && f >= lo + 2 && doc.is_punct(f - 1, ",") {
            return np_backward_depth(doc, f - 2, lo, depth + 1);
        }
        let ts = titles_before(doc, f, lo);
        // `a source close to X`: `to` after an adjective complements the phrase before.
        let close_to = ts > lo + 1 && doc.low(ts - 1) == "to" && !doc.has(ts - 2, SPEECH);
        // `la ministre déléguée aux Transports`, `un diplomate en poste à X`: a French `à`
        // before the name completes a phrase before it.
        let delegated = !doc.english && ts > lo && doc.has(ts - 1, ADDRESSEE);
        // `Ann Lee of the University of X says`: the person, not the institution.
        if let Some(person) = person_of_body(doc, ts, lo) {
            return Some(person);
        }
        // `les pêcheurs de l'île X`: a one-word name after a plain noun in a complement names
        // a place.
        let common = |k: usize| doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, ROLE | ORG | DET);
        let placed = !doc.english
            && f == l
            && ts == f
            && ts >= lo + 3
            && common(ts - 1)
            && (doc.has(ts - 2, LINK) || (doc.has(ts - 2, DET) && doc.has(ts - 3, LINK)));
        let inside_phrase = ts > lo
            && (doc.has(ts - 1, LINK)
                || close_to
                || delegated
                || placed
                || (doc.has(ts - 1, DET) && ts - 1 > lo && doc.has(ts - 2, LINK)));
        if inside_phrase {
            if let Some(np) = phrase_covering(doc, ts - 1, j, lo) {
                return Some(np);
            }
            // `after stewards at Carrowmore ruled`: a bare plural role with its complement.
            let bare_plural = doc.english
                && ts >= lo + 2
                && doc.has(ts - 1, LINK)
                && doc.has(ts - 2, ROLE)
                && !doc.is_cap(ts - 2)
                && doc.s(ts - 2).ends_with('s')
                && ts.checked_sub(3).is_none_or(|d| !doc.has(d, DET));
            if bare_plural {
                if let Some(np) = np_forward(doc, ts - 2, j + 1).filter(|n| n.last == j) {
                    return Some(np);
                }
            }
        }
        if doc.english && ts >= lo + 2 && doc.low(ts - 1) == "of" {
            // `Mark Ellis of King's College London`: the person, not the institution.
            if let Some((pf, pl)) = name_ending_at(doc, ts - 2, lo) {
                if pl > pf {
                    let pts = titles_before(doc, pf, lo);
                    return Some(name_np(doc, pts, pf, pl, None, Gender::Unknown));
                }
            }
        }
        let (head, gender, _) = role_prefix(doc, ts, lo).unwrap_or((None, Gender::Unknown, ts));
        return Some(name_np(doc, ts, f, l, head, gender));
    }
    // `…; government says`: a headline's bare body or role noun opening a clause.
    let bare_after_break = doc.english
        && j > lo
        && doc.is_punct(j - 1, ";:")
        && !doc.tokens[j - 1].quoted
        && role_or_org(doc, j).is_some();
    if bare_after_break {
        return np_forward(doc, j, j + 1);
    }
    if doc.is_word(j) {
        let phrase = phrase_covering(doc, j, j, lo);
        // `as furious neighbours say`: a plural role needs no article.
        // `… ease the shortage and critics call it`: nor after `and` ending a phrase that
        // names nobody (a new clause, no coordinated subject).
        let after_thing = || {
            j > lo
                && doc.has(j - 1, COORD)
                && phrase.as_ref().is_some_and(|p| {
                    p.first < j - 1
                        && (p.first..j - 1).all(|t| !doc.is_cap(t) && !doc.has(t, ROLE | ORG))
                })
        };
        let bare_plural = (phrase.is_none() || after_thing())
            && doc.english
            && doc.has(j, ROLE)
            && doc.s(j).ends_with('s')
            && !doc.is_cap(j);
        if bare_plural {
            return np_forward(doc, j, j + 1);
        }
        return phrase;
    }
    None
}

/// The person or body in the first complement of a phrase that names no one (`les estimations
/// de la chambre d'agriculture` -> `la chambre d'agriculture`), within tokens before `lim`.
fn speaking_complement(doc: &Doc, np: &Np, lim: usize) -> Option<Np> {
    let link = (np.first + 1..=np.last).find(|&c| doc.has(c, LINK))?;
    let start = if doc.has(link + 1, DET) || doc.is_cap(link + 1) {
        link + 1
    } else {
        link
    };
    np_forward(doc, start, lim)
        .filter(|n| matches!(n.kind, NpKind::Name | NpKind::Organisation | NpKind::Role))
}

/// The tokens of an age apposed before the comma at `c`, with its opening comma: `, 34 ans`
/// (fr), `, 34` (en); 0 if none. `Paul Roy, 34 ans, boulanger à Brest, dit`: the age is an
/// aside between the name and its role.
fn apposed_age_len(doc: &Doc, c: usize, lo: usize) -> usize {
    let unit = usize::from(!doc.english);
    let number = c.wrapping_sub(1 + unit);
    let is_age = c >= lo + 3 + unit
        && doc.is_punct(number - 1, ",")
        && doc.s(number).bytes().all(|b| b.is_ascii_digit())
        && doc.s(number).len() <= 3
        && (unit == 0 || doc.lex.age_units.contains(doc.low(c - 1).as_ref()));
    if is_age {
        2 + unit
    } else {
        0
    }
}

/// The determiner phrase that starts at or before `from` and reaches token `j`; a phrase
/// headed by a role or an institution wins over a shorter one (`le ministère de la Défense`
/// over `de la Défense`).
fn phrase_covering(doc: &Doc, from: usize, j: usize, lo: usize) -> Option<Np> {
    let floor = lo.max(from.saturating_sub(10));
    let mut d = from;
    let mut found: Option<Np> = None;
    loop {
        if !doc.is_word(d) || doc.tokens[d].quoted != doc.tokens[j].quoted {
            return found;
        }
        let det = doc.has(d, DET) || partitive_at(doc, d).is_some();
        // `…, and the bank warned`: a conjunction after a comma opens a clause, it links nothing.
        let opens_clause = d > lo + 1 && doc.has(d - 1, COORD) && doc.is_punct(d - 2, ",");
        let linked = d > lo && doc.has(d - 1, LINK) && !opens_clause;
        if det && !linked {
            // A phrase may stop before a complement (`le syndicat CGT du site`).
            // `la ministre déléguée à l'Énergie`, `un diplomate en poste à X`: French `à`
            // completes a phrase too.
            let complemented = |k: usize| {
                doc.has(k, LINK) || doc.low(k) == "to" || (!doc.english && doc.has(k, ADDRESSEE))
            };
            let reaches = |np: &Np| {
                np.last >= j || (np.head.is_some() && complemented(np.last + 1) && d + 12 > j)
            };
            if let Some(np) = np_forward(doc, d, j + 1).filter(reaches) {
                // `du ministère` may complement a longer phrase (`une porte-parole du
                // ministère`): look further back, keeping this one if none is found.
                if np.head.is_some() && !doc.has(d, LINK) {
                    return Some(np);
                }
                // `de Saint-Rambert` complements `un arboriculteur de Saint-Rambert`.
                let complement = found.as_ref().is_none_or(|f| doc.has(f.first, LINK));
                if np.head.is_some() || complement {
                    found = Some(np);
                }
            }
        }
        if d <= floor || doc.is_speech_verb(d) || doc.has(d, AUX) {
            return found;
        }
        d -= 1;
    }
}

/// The role noun and gender of a phrase right before a name (le chancelier Olaf Scholz).
pub(super) fn role_prefix(
    doc: &Doc,
    f: usize,
    lo: usize,
) -> Option<(Option<String>, Gender, usize)> {
    let floor = lo.max(f.saturating_sub(8));
    let mut d = f;
    while d > floor {
        d -= 1;
        if !doc.is_word(d) || doc.tokens[d].quoted != doc.tokens[f].quoted || doc.is_speech_verb(d)
        {
            return None;
        }
        if doc.has(d, DET) && !(d > lo && doc.has(d - 1, LINK)) {
            let linking = doc.has(d, LINK);
            // `la députée du groupe Gauche unie Inès X`: a party's institution noun is no role
            // of the person a given name opens.
            let party_noun = |np: &Np| {
                linking
                    && doc.has(f, FIRST_NAME)
                    && np
                        .head
                        .as_deref()
                        .is_some_and(|h| !doc.lex.roles.contains_key(h))
            };
            match np_forward(doc, d, f + 8) {
                // `des` in `le ministre des Affaires étrangères X` links: look further back.
                Some(np)
                    if np.kind == NpKind::Name
                        && np.name.map(|n| n.0) == Some(f)
                        && (np.head.is_some() || !linking)
                        && !party_noun(&np) =>
                {
                    return Some((np.head, np.gender, d));
                }
                _ if linking => {}
                _ => return None,
            }
        }
    }
    None
}
