//! Noun phrases that can be speakers: names with their titles, pronouns, and role or
//! organisation phrases (la ministre Catherine Colonna, le ministère de la Défense, the ministry).
//!
//! Parsing is word-level and bounded: a phrase never crosses a paragraph, and a caller gives
//! the token range it may use.

use super::doc::Doc;
use super::lexicon::class::*;
use super::lexicon::Gender;
use crate::offsets::Span;

mod backward;
mod forward;
mod names;
mod partitive;

pub(super) use backward::{
    ends_like_past_participle, is_adverbial, names_complement, np_backward, opens_other_participle,
    role_prefix, spells_initials,
};
use forward::honorific;
pub(super) use forward::{
    described_name, is_name_participle, is_person_noun_before_name, np_forward,
};
use names::{is_first_name, is_role_before_name, titles_before};
pub(super) use names::{name_ending_at, name_from, titled_name};
use partitive::partitive;
pub(super) use partitive::partitive_at;

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
        // `the 61-year-old grandmother` is a `grandmother`; `un autre patient` a `patient`.
        while first < h
            && (doc.has(first, DET)
                || doc.lex.is_role_by_suffix(doc.s(first))
                || doc.lex.another_words.contains(doc.low(first).as_ref()))
        {
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
        // `un directeur général des services`: a role, an adjective, a link and a noun.
        let qualified = !compound
            && !adjoined
            && h + 3 <= self.last
            && doc.has(h + 2, LINK)
            && [h + 1, h + 3]
                .iter()
                .all(|&k| doc.is_word(k) && !doc.is_cap(k))
            && doc.lex.compound_roles.contains(&format!(
                "{} {} {}",
                doc.low(h),
                doc.low(h + 1),
                doc.low(h + 3)
            ));
        let end = if qualified {
            h + 3
        } else if compound {
            h + 2
        } else if adjoined {
            h + 1
        } else {
            h
        };
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[end].span.end);
        let text = normalise(span.slice(doc.text));
        if compound || adjoined || qualified || doc.low(h) == head {
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
    if is_normal(text) {
        return text.to_string();
    }
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

/// Whether `normalise` leaves `text` as it is: single ASCII spaces between words, no other
/// whitespace and no mark (most names), in one byte pass. Every other whitespace char and the
/// marks `“ ‘` start with a byte C2, E1, E2 or E3 (NBSP, U+2009, U+3000): a text holding one
/// goes the long way.
fn is_normal(text: &str) -> bool {
    // (A space first is no normal text: as if one came before it.)
    let mut after_space = true;
    for &b in text.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'"' | 0xc2 | 0xe1 | 0xe2 | 0xe3 => return false,
            _ => after_space = b == b' ',
        }
    }
    !after_space || text.is_empty()
}

pub(super) fn gender_of_determiner(doc: &Doc, i: usize) -> Gender {
    let gender = doc.lex.determiner_genders.get(doc.low(i).as_ref());
    gender.copied().unwrap_or(Gender::Unknown)
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

/// Whether token `k` is the possessive mark of the word before it: the `s` of `Microsoft’s`
/// or the lone apostrophe of `the Smiths’`.
pub(super) fn is_possessive_mark(doc: &Doc, k: usize) -> bool {
    k > 0
        && ((doc.s(k) == "s" && doc.s(k - 1).ends_with(['’', '\'']))
            || (matches!(doc.s(k), "’" | "'") && doc.s(k - 1).ends_with('s')))
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

#[cfg(test)]
mod tests {
    use super::{is_normal, normalise};

    /// The words of `text` joined by one space, nicknames kept: `normalise` without its
    /// shortcut, for a text with no marks.
    fn joined(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_name_already_normal_is_kept_and_any_other_is_normalised() {
        for text in [
            "",
            "Ana",
            "Ana Lupo",
            "Hélène de Vries",
            "Jo  Ann",
            " Jo",
            "Jo ",
            "Jo\tAnn",
        ] {
            assert_eq!(normalise(text), joined(text), "{text:?}");
        }
        for text in [
            "Ana\u{a0}Lupo",
            "Ana\u{202f}Lupo",
            "Ana\u{3000}Lupo",
            "Ana\u{1680}Lupo",
        ] {
            assert!(!is_normal(text), "{text:?}");
            assert_eq!(normalise(text), "Ana Lupo", "{text:?}");
        }
        assert!(is_normal("Zoé Müller-Ñúñez"));
        assert_eq!(normalise("Rodolfo “Dodo” Tamar"), "Rodolfo Tamar");
        assert_eq!(normalise("Rodolfo \"Dodo\" Tamar"), "Rodolfo Tamar");
    }
}
