//! The people an article names by a role only (`le maire`, `a spokeswoman`): a person of
//! their own unless the role takes up someone named before.

use super::resolve::cut_at_participle;
use super::{
    cut_at_complement, ends_with_words, same_role, source_cue_start, Mention, People, Person,
};
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::Gender;
use crate::quotes::np::{self, NpKind};

impl People {
    /// Subjects with no name: an anonymous source (`Un collègue de la victime, ...`, `A person
    /// familiar with ...`) becomes a person named by its role, a description (`L'acteur`, `the
    /// Spaniard`) another mention of the person it refers to, and an institution phrase (`le
    /// ministère de la Santé`, `la direction de X`) a body: pronouns and `the person`, `le
    /// ministère` then refer to them.
    pub(super) fn scan_unnamed_subjects(&mut self, doc: &Doc) {
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
            // Only a determiner or a partitive word goes on past the tests below: a length and
            // first letter that none of them has rule the token out with no lookup.
            if !doc.may_open_phrase(k) {
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
            // only a person's relative clause follows (`A former Acme field engineer, who`:
            // after a few modifiers too).
            let person_relative = || {
                const MAX_WORDS: usize = 5;
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
                    let anonymous =
                        doc.lex.anonymous_roles.contains(head) || withheld_name(doc, np.last);
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
                        None => {
                            let gender = match np.gender {
                                Gender::Unknown => apposed_role_gender(doc, np.last, hi),
                                g => g,
                            };
                            self.add_unnamed(np.role_text(doc), gender, true)
                        }
                    }
                }
                // (`un pisteur rencontré au village` is a `pisteur`: the participle describes.)
                NpKind::Other if !partitive && !apposition && (unlisted() || person_relative()) => {
                    // (Not in a headline: `un plongeur retrouvé vivant` keeps its participle, or
                    // `le plongeur` would take it up rather than the person named later.)
                    let head = np.first + usize::from(doc.has(np.first, DET));
                    let name = (np::ends_like_past_participle(doc, head + 1)
                        && in_prose(doc, np.first))
                    .then(|| cut_at_participle(doc, &np))
                    .flatten()
                    .unwrap_or_else(|| cut_at_complement(doc, &np));
                    self.add_unnamed(name, np.gender, true)
                }
                // `A fish vendor, who asked not to be named,`: a company noun that only a
                // person's relative follows is somebody trading, no firm.
                NpKind::Organisation
                    if doc.english
                        && !partitive
                        && !apposition
                        && !doc.is_cap(np.last)
                        && person_relative() =>
                {
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
            guessed: false,
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
}

/// One role in either gender: `avocat` and `avocate`, `président` and `présidente`.
/// `The nurse, who spoke on condition of anonymity because …, said`: a person's relative
/// clause after the role ending at `last` says the name is withheld (`[anonymity_words]`).
fn withheld_name(doc: &Doc, last: usize) -> bool {
    let who = last + 2;
    if !doc.is_punct(last + 1, ",")
        || !doc.is_word(who)
        || !doc.lex.person_relatives.contains(doc.low(who).as_ref())
    {
        return false;
    }
    (who + 1..doc.sentence_end(who))
        .any(|k| doc.is_word(k) && doc.lex.anonymity_words.contains(doc.low(k).as_ref()))
}

/// Whether token `k` is in a paragraph of prose (one that ends a sentence), no display line.
fn in_prose(doc: &Doc, k: usize) -> bool {
    let body = doc.paragraphs[doc.para_of(k)].slice(doc.text).trim_end();
    body.trim_end_matches(['\'', '’', '"', '”', '»'])
        .ends_with(['.', '!', '?', '…'])
}

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

/// `One customer, a widow in her eighties,`: the gender of an indefinite role set off after
/// the phrase ending at `last`, which its own noun does not tell.
fn apposed_role_gender(doc: &Doc, last: usize, hi: usize) -> Gender {
    let apposed = last + 3 < hi
        && doc.is_punct(last + 1, ",")
        && doc.has(last + 2, DET)
        && !doc.has(last + 2, DEFINITE)
        && doc.has(last + 3, ROLE)
        && !doc.is_cap(last + 3);
    if !apposed {
        return Gender::Unknown;
    }
    match doc.lex.role_gender(doc.s(last + 3)) {
        g @ (Gender::Male | Gender::Female) => g,
        _ => Gender::Unknown,
    }
}
