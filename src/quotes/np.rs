//! Noun phrases that can be speakers: names with their titles, pronouns, and role or
//! organisation phrases (la ministre Catherine Colonna, le ministère de la Défense, the ministry).
//!
//! Parsing is word-level and bounded: a phrase never crosses a paragraph, and a caller gives
//! the token range it may use.

use super::doc::Doc;
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
        Span::new(doc.tokens[self.first].span.start, doc.tokens[self.last].span.end)
    }

    /// The phrase without its leading determiner, whitespace normalised (for role and
    /// organisation speakers).
    pub fn bare_text(&self, doc: &Doc) -> String {
        let mut first = self.first;
        if first < self.last && doc.in_set(first, &doc.lex.determiners) {
            first += 1;
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[self.last].span.end);
        normalise(span.slice(doc.text))
    }
}

/// Collapses every run of whitespace to one space.
pub(super) fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn gender_of_determiner(doc: &Doc, i: usize) -> Gender {
    match doc.low(i).as_ref() {
        "le" | "un" | "ce" | "cet" => Gender::Male,
        "la" | "une" | "cette" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// The length of a title at `i` (`M`, `M.`, `Senator`) that precedes a name; 0 if none.
pub(super) fn title_at(doc: &Doc, i: usize) -> usize {
    if !doc.is_word(i) || !doc.lex.titles.contains_key(doc.s(i)) {
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
    doc.in_set(i, &doc.lex.non_names)
        || doc.is_speech_verb(i)
        || doc.in_set(i, &doc.lex.pronouns_set)
}

fn is_first_name(doc: &Doc, i: usize) -> bool {
    doc.in_set(i, &doc.lex.female_names) || doc.in_set(i, &doc.lex.male_names)
}

fn is_particle(doc: &Doc, i: usize) -> bool {
    doc.in_set(i, &doc.lex.name_particles)
}

/// A name starting at `i` (no titles), as first and last token.
pub(super) fn name_from(doc: &Doc, i: usize, lim: usize) -> Option<(usize, usize)> {
    if i >= lim || !doc.is_cap(i) || is_non_name(doc, i) {
        return None;
    }
    if doc.is_acronym(i) {
        return Some((i, i));
    }
    let mut last = i;
    loop {
        let mut k = last + 1;
        while k < lim && is_particle(doc, k) && k < last + 3 {
            k += 1;
        }
        let joins = k < lim
            && doc.is_cap(k)
            && !doc.is_acronym(k)
            && doc.tokens[k].quoted == doc.tokens[i].quoted
            && title_at(doc, k) == 0
            && (k > last + 1 || !is_non_name(doc, k))
            && !(is_first_name(doc, k) && !is_first_name(doc, last));
        if !joins {
            return Some((i, last));
        }
        last = k;
    }
}

/// A name ending at `j`, as first and last token (titles not included).
pub(super) fn name_ending_at(doc: &Doc, j: usize, lo: usize) -> Option<(usize, usize)> {
    if j < lo || !doc.is_cap(j) || is_non_name(doc, j) {
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
        if k == lo {
            return Some((first, j));
        }
        let prev = k - 1;
        let joins = doc.is_cap(prev)
            && !doc.is_acronym(prev)
            && doc.tokens[prev].quoted == doc.tokens[j].quoted
            && !doc.lex.titles.contains_key(doc.s(prev))
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
            .map(|k| doc.low(k).into_owned())
            .find(|w| doc.lex.roles.contains_key(w))
    });
    Np {
        kind: NpKind::Name,
        first: ts,
        last: l,
        name: Some((f, l)),
        head,
        gender: if titled != Gender::Unknown { titled } else { gender },
    }
}

/// Whether token `i` may follow a complete subject or apposition.
fn closes_apposition(doc: &Doc, i: usize, lim: usize) -> bool {
    i >= lim
        || doc.is_punct(i, ",.;:)!?")
        || doc.is_speech_verb(i)
        || doc.in_set(i, &doc.lex.auxiliaries)
        || doc.in_set(i, &doc.lex.addressee_markers)
        || doc.in_set(i, &doc.lex.adverbs)
}

/// The noun phrase starting at `i`, using tokens before `lim`.
pub(super) fn np_forward(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
    if i >= lim || !doc.is_word(i) {
        return None;
    }
    let low = doc.low(i);
    if let Some(&g) = doc.lex.pronouns.get(low.as_ref()) {
        return Some(Np {
            kind: NpKind::Pronoun(g),
            first: i,
            last: i,
            name: None,
            head: None,
            gender: g,
        });
    }
    if !doc.lex.determiners.contains(low.as_ref()) {
        return titled_name(doc, i, lim).map(|(ts, f, l)| name_np(doc, ts, f, l, None, Gender::Unknown));
    }
    let lex = doc.lex;
    let mut gender = gender_of_determiner(doc, i);
    let mut head: Option<String> = None;
    let mut kind = NpKind::Other;
    let mut k = i + 1;
    let mut words = 0;
    while k < lim && doc.tokens[k].quoted == doc.tokens[i].quoted {
        if doc.is_cap(k) && !doc.in_set(k, &lex.determiners) {
            let after_link = doc.in_set(k - 1, &lex.np_links) || doc.in_set(k - 1, &lex.determiners);
            if head.is_some() && !after_link {
                if let Some((ts, f, l)) = titled_name(doc, k, lim) {
                    return Some(name_np(doc, ts, f, l, head, gender));
                }
            }
            if head.is_some() || after_link {
                match name_from(doc, k, lim) {
                    Some((_, l)) => {
                        k = l + 1;
                        continue;
                    }
                    None => break,
                }
            }
            break;
        }
        if !doc.is_word(k) {
            if doc.is_punct(k, ",") && kind == NpKind::Role {
                if let Some((ts, f, l)) = titled_name(doc, k + 1, lim) {
                    if closes_apposition(doc, l + 1, lim) {
                        return Some(name_np(doc, ts, f, l, head, gender));
                    }
                }
            }
            break;
        }
        let w = doc.low(k);
        let w = w.as_ref();
        let linking = lex.np_links.contains(w);
        if !linking
            && (doc.is_speech_verb(k)
                || lex.auxiliaries.contains(w)
                || lex.addressee_markers.contains(w)
                || lex.adverbial_starters.contains(w)
                || lex.clause_connectors.contains(w)
                || lex.relatives.contains(w)
                || lex.adverbs.contains(w)
                || lex.pronouns.contains_key(w))
        {
            break;
        }
        if head.is_none() && words < 3 {
            if let Some(&g) = lex.roles.get(w) {
                head = Some(w.to_string());
                kind = NpKind::Role;
                if g != Gender::Unknown {
                    gender = g;
                }
            } else if lex.organisations.contains(w) {
                head = Some(w.to_string());
                kind = NpKind::Organisation;
            }
        }
        words += 1;
        if words > 7 {
            break;
        }
        k += 1;
    }
    let mut last = k.checked_sub(1)?;
    while last > i && (doc.in_set(last, &lex.np_links) || doc.in_set(last, &lex.determiners)) {
        last -= 1;
    }
    if last <= i {
        return None;
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

/// Whether a comma-delimited stretch starting at `i` is an adverbial (lors de..., Speaking to...).
fn is_adverbial(doc: &Doc, i: usize) -> bool {
    let lex = doc.lex;
    let starts = |k: usize| doc.in_set(k, &lex.adverbial_starters);
    let participle = |k: usize| {
        let w = doc.low(k);
        doc.is_word(k) && (w.ends_with("ant") || w.ends_with("ing")) && w.chars().count() > 5
    };
    starts(i)
        || participle(i)
        || (doc.s(i).ends_with(['’', '\'']) && (starts(i + 1) || participle(i + 1)))
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
    let lex = doc.lex;
    if doc.in_set(j, &lex.relatives) {
        let k = if j > lo && doc.is_punct(j - 1, ",") { j.checked_sub(2)? } else { j.checked_sub(1)? };
        return np_backward_depth(doc, k, lo, depth + 1);
    }
    if doc.in_set(j, &doc.lex.pronouns_set) {
        return np_forward(doc, j, j + 1);
    }
    if doc.is_punct(j, ",") {
        let inside = doc.tokens[j].quoted;
        let comma_before = (lo..j).rev().find(|&k| doc.is_punct(k, ",") || doc.tokens[k].quoted != inside);
        let seg_start = comma_before.map_or(lo, |c| c + 1);
        if seg_start >= j {
            return None;
        }
        let before = |d| comma_before.filter(|&c| doc.is_punct(c, ",") && c > lo).and_then(|c| np_backward_depth(doc, c - 1, lo, d));
        if is_adverbial(doc, seg_start) {
            return before(depth + 1);
        }
        return match np_forward(doc, seg_start, j) {
            Some(np) if np.last + 1 == j && np.kind == NpKind::Name => Some(np),
            Some(np) if np.last + 1 == j && matches!(np.kind, NpKind::Role | NpKind::Organisation) => {
                match before(depth + 1) {
                    Some(mut named) if named.kind == NpKind::Name => {
                        named.head = named.head.or(np.head);
                        if named.gender == Gender::Unknown {
                            named.gender = np.gender;
                        }
                        Some(named)
                    }
                    _ => Some(np),
                }
            }
            _ => np_backward_depth(doc, j - 1, seg_start, depth + 1),
        };
    }
    if doc.is_cap(j) {
        let (f, l) = name_ending_at(doc, j, lo)?;
        let ts = titles_before(doc, f, lo);
        let inside_phrase = ts > lo
            && (doc.in_set(ts - 1, &lex.np_links)
                || (doc.in_set(ts - 1, &lex.determiners) && ts - 1 > lo && doc.in_set(ts - 2, &lex.np_links)));
        if inside_phrase {
            if let Some(np) = phrase_covering(doc, ts - 1, j, lo) {
                return Some(np);
            }
        }
        let (head, gender) = role_prefix(doc, ts, lo).unwrap_or((None, Gender::Unknown));
        return Some(name_np(doc, ts, f, l, head, gender));
    }
    if doc.is_word(j) {
        return phrase_covering(doc, j, j, lo);
    }
    None
}

/// The determiner phrase that starts at or before `from` and reaches token `j`.
fn phrase_covering(doc: &Doc, from: usize, j: usize, lo: usize) -> Option<Np> {
    let floor = lo.max(from.saturating_sub(10));
    let mut d = from;
    loop {
        if !doc.is_word(d) || doc.tokens[d].quoted != doc.tokens[j].quoted {
            return None;
        }
        let det = doc.in_set(d, &doc.lex.determiners);
        let linked = d > lo && doc.in_set(d - 1, &doc.lex.np_links);
        if det && !linked {
            return np_forward(doc, d, j + 1).filter(|np| np.last >= j);
        }
        if d <= floor || doc.is_speech_verb(d) || doc.in_set(d, &doc.lex.auxiliaries) {
            return None;
        }
        d -= 1;
    }
}

/// The role noun and gender of a phrase right before a name (le chancelier Olaf Scholz).
pub(super) fn role_prefix(doc: &Doc, f: usize, lo: usize) -> Option<(Option<String>, Gender)> {
    let floor = lo.max(f.saturating_sub(8));
    let mut d = f;
    while d > floor {
        d -= 1;
        if !doc.is_word(d) || doc.tokens[d].quoted != doc.tokens[f].quoted || doc.is_speech_verb(d) {
            return None;
        }
        if doc.in_set(d, &doc.lex.determiners) && !(d > lo && doc.in_set(d - 1, &doc.lex.np_links)) {
            let np = np_forward(doc, d, f + 8)?;
            return (np.kind == NpKind::Name && np.name.map(|n| n.0) == Some(f))
                .then_some((np.head, np.gender));
        }
    }
    None
}
