//! From a mention in an attribution (`il`, `M. Stoltenberg`, `the ministry`) to the
//! canonical name it stands for.

use super::{
    age_range, cut_at_complement, ends_with_words, key_of, last_word, names_noun, same_role,
    source_cue_ends_at, Mention, People,
};
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::Gender;
use crate::quotes::np::{self, normalise, Np, NpKind};

impl People {
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
                    && !names_a_complement(doc, m.tok)
            })
            .map(|m| self.persons[m.person].name.clone())
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
        // `Selon elle, la coopérative pourrait … « … », a-t-elle ajouté`: the sentence before
        // gave the words of the one the same pronoun stands for; its body is only her topic.
        // (`a-t-elle` is one token: the pronouns compare by gender.)
        let reported = previous < start
            && doc.has(previous + 1, PRONOUN)
            && source_cue_ends_at(doc, previous)
            && doc.lex.pronouns.get(doc.low(previous + 1).as_ref()) == Some(&gender);
        if reported {
            return None;
        }
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
            // (French `L'ASR … Elle`: an elided article tells no gender, and rules none out.)
            .find(|m| {
                let elided = || {
                    !doc.english
                        && m.article == Gender::Unknown
                        && m.tok > 0
                        && matches!(doc.low(m.tok - 1).as_ref(), "l'" | "l’")
                        // (Not a complement's: `le ministère de l'Énergie`.)
                        && !(m.tok >= 2 && doc.has(m.tok - 2, LINK))
                };
                m.subject && (m.article == gender || elided()) && !self.persons[m.person].human
            })
            .map(|m| self.long_body_name(doc, m.person))
    }

    /// `la Régie … Elle`: a body named by its lone institution noun goes by the long name that
    /// noun opens (`Régie autonome de X (RAX)`), if the text gave one.
    fn long_body_name(&self, doc: &Doc, p: usize) -> String {
        let name = self.full_body_name(doc, p);
        if name.contains(' ') {
            return name;
        }
        self.long_names
            .values()
            .filter(|full| {
                full.strip_prefix(name.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
            })
            .min()
            .cloned()
            .unwrap_or(name)
    }

    /// `The chef behind X has said …` opening the story, then `Ottoline X, 38, opened …`: a
    /// description with no person named before it presents the person that the next sentence
    /// names as its subject (one holding no other role).
    /// `A coroner has warned …` opening the article, `area coroner Jon Pryde` a paragraph or
    /// two later: an English lead brings on by its role the person it names next with that role.
    fn named_after_lead(&self, doc: &Doc, head: &str, np: &Np) -> Option<usize> {
        const PARAGRAPHS_AHEAD: usize = 2;
        let at = self.mentions.partition_point(|m| m.tok < np.first);
        // (French: a headline's role, `…, alerte un sénateur`, then `Le sénateur de X, Y,`.)
        let headline = !doc.english && doc.para_of(np.first) == doc.para_of(0);
        let lead = (doc.english || headline)
            && !self.mentions[..at]
                .iter()
                .any(|m| self.persons[m.person].human && !self.unnamed.contains(&m.person));
        if !lead {
            return None;
        }
        let para = doc.para_of(np.first);
        self.roles
            .iter()
            .filter(|(h, p, t)| {
                *t > np.first
                    && same_role(h, head)
                    && !self.unnamed.contains(p)
                    && np.gender.agrees_with(self.persons[*p].gender)
                    // (Bylines, dates and tags between the lead and the story do not count.)
                    && doc.prose_paragraphs_between(para, doc.para_of(*t)) <= PARAGRAPHS_AHEAD
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

    /// The person an earlier definite description with role `head` took up, before `tok`.
    fn described_as(&self, head: &str, tok: usize) -> Option<usize> {
        self.descriptions
            .iter()
            .rev()
            .find(|(h, _, t)| *t < tok && same_role(h, head))
            .map(|&(_, p, _)| p)
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

    /// `le Conseil national de X` named paragraphs before `le conseil` at `tok` (French): the
    /// nearest body whose name the institution noun `head` opens.
    fn body_opened_by(&self, doc: &Doc, tok: usize, head: &str) -> Option<String> {
        if doc.english || head.is_empty() {
            return None;
        }
        self.body_named_before(doc, tok, |name| {
            name.split(' ').next().is_some_and(|w| names_noun(w, head))
        })
    }

    /// The nearest body of several words named before token `tok`, anywhere earlier, whose
    /// name passes `fits`. (Not in a label line below the headline, which ends no sentence:
    /// `Entreprises & Marchés | 26 novembre` is a section, no body.)
    pub(super) fn body_named_before(
        &self,
        doc: &Doc,
        tok: usize,
        fits: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let first_para = doc.tokens.first().map_or(0, |t| t.para as usize);
        let in_label = |m: &Mention| {
            let para = doc.para_of(m.tok);
            let (lo, hi) = doc.para_tokens(para);
            para != first_para && hi > lo && !doc.is_punct(hi - 1, ".!?…»”\"")
        };
        self.mentions[..self.mentions.partition_point(|m| m.tok < tok)]
            .iter()
            .rev()
            .filter(|m| !in_label(m))
            .map(|m| &self.persons[m.person])
            .find(|p| !p.person && !p.place && p.name.contains(' ') && fits(&p.name))
            .map(|p| p.name.clone())
    }

    /// `le collège des commissaires … les commissaires relèvent`, `le tribunal … Pour les
    /// juges,`: the members of a body named before speak as that body, when its name holds
    /// their noun or it is a body they make up (`[member_bodies]`).
    fn members_body(&self, doc: &Doc, np: &Np) -> Option<String> {
        let members = np.last == np.first + 1
            && doc
                .lex
                .member_determiners
                .contains(doc.low(np.first).as_ref());
        if !members {
            return None;
        }
        let word = doc.low(np.last);
        let singular = word.strip_suffix('s').unwrap_or(&word);
        let bodies = doc.lex.member_bodies.get(singular);
        const PARAGRAPHS: usize = 6;
        let lo = doc.para_tokens(doc.paragraphs_back(np.first, PARAGRAPHS)).0;
        let found = (lo.max(1)..np.first)
            .rev()
            .filter(|&k| !doc.tokens[k].quoted && doc.is_word(k))
            .find_map(|k| {
                let low = doc.low(k);
                let det = if low == word && k >= 3 && doc.has(k - 1, LINK) && doc.has(k - 2, ORG) {
                    k - 3
                } else if bodies.is_some_and(|b| b.iter().any(|w| *w == low)) {
                    k - 1
                } else {
                    return None;
                };
                let hi = doc.para_tokens(doc.para_of(k)).1;
                np::np_forward(doc, det, hi).filter(|n| {
                    let body = matches!(n.kind, NpKind::Organisation | NpKind::Name);
                    doc.has(det, DET) && body && n.last >= k
                })
            })?;
        self.resolve(doc, &found, &[])
            .or_else(|| Some(found.bare_text(doc)))
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

    /// `la représentante du parquet` after `la procureure, Anne X,`: a definite mouthpiece of a
    /// body whose official the text named before in a role (`[represented_bodies]`), of its
    /// gender, is that official, the one named last.
    fn represented_official(&self, doc: &Doc, np: &Np) -> Option<usize> {
        if doc.english
            || doc.lex.represented_bodies.is_empty()
            || !doc.has(np.first, DEFINITE)
            || !doc.has(np.first + 1, MOUTHPIECE)
            || np.last < np.first + 2
        {
            return None;
        }
        let text = np.bare_text(doc).to_lowercase();
        let (_, roles) = doc.lex.represented_bodies.iter().find(|(body, _)| {
            text.strip_suffix(body.as_str())
                .is_some_and(|before| before.ends_with([' ', '’', '\'']))
        })?;
        self.roles
            .iter()
            .filter(|&&(ref h, p, tok)| {
                tok < np.first
                    && roles.iter().any(|r| same_role(r, h))
                    && np.gender.agrees_with(self.persons[p].gender)
            })
            .max_by_key(|&&(_, _, tok)| tok)
            .map(|&(_, p, _)| p)
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

    /// `Ashford Mayor tells council` (a headline), then `Mayor Ann Lee`: in English, a name
    /// of a place ending on a capitalised title is the one person the text names after that
    /// title.
    fn titled_holder(&self, doc: &Doc, np: &Np) -> Option<usize> {
        let (f, l) = np.name?;
        if !doc.english || l == f || !doc.has(l, TITLE) || doc.has(f, FIRST_NAME) {
            return None;
        }
        let title = doc.low(l);
        let mut holders = self
            .mentions
            .iter()
            .filter(|m| m.tok > 0 && !(f..=l).contains(&(m.tok - 1)))
            .filter(|m| doc.has(m.tok - 1, TITLE) && doc.low(m.tok - 1) == title)
            .map(|m| m.person)
            .filter(|&p| self.persons[p].human);
        let p = holders.next()?;
        holders.all(|q| q == p).then_some(p)
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
            NpKind::Name if self.titled_holder(doc, np).is_some() => self
                .titled_holder(doc, np)
                .map(|p| self.persons[p].name.clone()),
            NpKind::Name => Some(match self.person_of_name(doc, np) {
                Some(p) => self
                    .council_of(doc, &self.persons[p].name)
                    .unwrap_or_else(|| self.full_body_name(doc, p)),
                None => {
                    let (f, l) = np.name?;
                    if let Some(full) = (f == l)
                        .then(|| self.long_names.get(&key_of(doc, f, l)))
                        .flatten()
                    {
                        return Some(full.clone());
                    }
                    // `chez Kalos` after `Kalos Studio`: a company's name without its company
                    // noun.
                    let company =
                        |w: &str| doc.lex.company_nouns.contains(w.to_lowercase().as_str());
                    let word = doc.s(f);
                    let body = (f == l)
                        .then(|| {
                            self.persons.iter().find(|q| {
                                !q.person
                                    && !q.place
                                    && q.name
                                        .split_once(' ')
                                        .is_some_and(|(a, b)| a == word && company(b))
                            })
                        })
                        .flatten();
                    if let Some(q) = body {
                        return Some(q.name.clone());
                    }
                    normalise(
                        crate::quotes::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end)
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
                .or_else(|| plural_role_opening_here(doc, np.first))
                .or_else(|| plural_role_opening_before(doc, np.first)),
            NpKind::Pronoun(gender) => same_pronoun_before(doc, np.first, speakers)
                .or_else(|| self.body_subject_before(doc, np.first, gender))
                .or_else(|| self.antecedent(doc, np.first, gender, speakers)),
            // `La porte-parole a jugé` after `la porte-parole du gouvernement, Élodie X`: a bare
            // definite mouthpiece is the person the text named in that role.
            NpKind::Role if self.bare_mouthpiece_holder(doc, np).is_some() => self
                .bare_mouthpiece_holder(doc, np)
                .map(|p| self.persons[p].name.clone()),
            // `Velvet Harbour have cancelled … the Leeds band wrote`: a definite ensemble noun is
            // the last subject named with neither a person's nor a body's name.
            NpKind::Other | NpKind::Organisation
                if doc.english
                    && doc.has(np.first, DEFINITE)
                    && doc.lex.ensemble_nouns.contains(doc.low(np.last).as_ref())
                    && self.ensemble_before(np.first).is_some() =>
            {
                self.ensemble_before(np.first)
            }
            // `le représentant de l'État` after `le préfet, Paul X,`: the official it stands for.
            NpKind::Role | NpKind::Organisation if self.represented_official(doc, np).is_some() => {
                self.represented_official(doc, np)
                    .map(|p| self.persons[p].name.clone())
            }
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
                if let Some(body) = self.members_body(doc, np) {
                    return Some(body);
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
            // `« … », a réagi son service juridique` after `La société X conteste`: a department
            // that a possessive ties to a body speaks for the body named before.
            NpKind::Organisation if possessed_department(doc, np) => self
                .recent_institution(doc, np.first, "")
                .or_else(|| Some(np.bare_text(doc))),
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
                    marked_name_before(doc, np.first, head)
                        .or_else(|| self.recent_institution(doc, np.first, head))
                        .filter(|name| !name.eq_ignore_ascii_case(head) && fits(name))
                        .or_else(|| named_complement_before(doc, np.first, head))
                        .or_else(|| {
                            self.recent_institution(doc, np.first, head)
                                .filter(|name| fits(name) && !name.eq_ignore_ascii_case(head))
                        })
                        .or_else(|| fuller_phrase_after(doc, np, head))
                        .or_else(|| self.body_opened_by(doc, np.first, head).filter(fits))
                        .or_else(|| introduced_then_named(doc, np.first, head))
                        .unwrap_or_else(|| np.bare_text(doc)),
                )
            }
            // `Au ministère, on indiquait`: a lone institution noun after a place word.
            NpKind::Organisation if np.first == np.last && !doc.is_cap(np.first) => {
                let head = doc.low(np.first);
                Some(
                    named_complement_before(doc, np.first, &head)
                        .or_else(|| headline_body_after(doc, np, &head))
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
                    Some(&p) => self.full_body_name(doc, p),
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
            // (`le Syndicat mixte` after `le Syndicat mixte de la vallée de X`: its adjectives
            // too.)
            NpKind::Organisation
                if (np.last == np.first + 1 && doc.is_cap(np.last))
                    || opens_with_adjectives(doc, np) =>
            {
                let short = np.bare_text(doc);
                let opened = self.persons.iter().find(|q| opens_name(&q.name, &short));
                Some(opened.map_or_else(
                    || self.council_of(doc, &short).unwrap_or(short.clone()),
                    |q| q.name.clone(),
                ))
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
                let found = self.body_subject_in_sentence(doc, np.last);
                if !doc.english {
                    return Some(found.unwrap_or_else(|| np.bare_text(doc)));
                }
                // `"…," it said` (English): else the body subject of the sentence before, or
                // the body that spoke last, in this paragraph or the one before; `it` alone
                // names nobody.
                found
                    .or_else(|| {
                        let before = doc.sentence_start(np.first).checked_sub(1)?;
                        self.body_subject_in_sentence(doc, before)
                    })
                    .or_else(|| self.body_speaker_before(doc, np.first, speakers))
            }
            // `Un rapport remis en 2022 pointait « … »`: a document whose author the text does
            // not give speaks for nobody.
            // (`le document` alone still speaks as itself.)
            NpKind::Other if !doc.has(np.first, DEFINITE) && names_a_document(doc, np) => None,
            // `un cariste de l'entreprise`: the complement describes, it does not name.
            NpKind::Other => Some(match self.described_named_person(doc, np) {
                Some(p) => self.persons[p].name.clone(),
                None => cut_at_participle(doc, np).unwrap_or_else(|| cut_at_complement(doc, np)),
            }),
        }
    }

    /// `le Département` after `le conseil départemental du Jura`: the council whose full name
    /// the text gave, its short name `short` standing for the phrase it opens with.
    fn council_of(&self, doc: &Doc, short: &str) -> Option<String> {
        let phrase = doc.lex.council_short_names.get(&short.to_lowercase())?;
        self.persons
            .iter()
            .find(|q| !q.person && opens_name(&q.name.to_lowercase(), phrase))
            .map(|q| q.name.clone())
    }

    /// The last name before token `tok`, as a subject, that is neither surely a person's nor a
    /// body's nor a place's (`Velvet Harbour`): an ensemble's.
    fn ensemble_before(&self, tok: usize) -> Option<String> {
        self.mentions[..self.mentions.partition_point(|m| m.tok < tok)]
            .iter()
            .rev()
            .find(|m| {
                let p = &self.persons[m.person];
                m.subject && p.human && !p.person && !p.body && !p.place
            })
            .map(|m| self.persons[m.person].name.clone())
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
        // (`le mukhtar` after `Le mukhtar de Qasr, X,`: a noun apposed to a name before.)
        let apposed_before = || {
            self.roles
                .iter()
                .any(|(h, _, t)| *t < np.first && *h == head)
        };
        if !doc.lex.is_person_noun(&head) && !apposed_before() {
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
        // (So does a standfirst or lead naming nobody before it: `…, avertit le chimiste
        // cantonal.` … `le chimiste cantonal, Markus X`.)
        let at = self.mentions.partition_point(|m| m.tok < np.first);
        let lead = || {
            !self.mentions[..at]
                .iter()
                .any(|m| self.persons[m.person].human && !self.unnamed.contains(&m.person))
        };
        let headline = doc.para_of(np.first) == doc.para_of(0) || lead();
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
    pub(super) fn short_name_after(&self, doc: &Doc, np: &Np) -> Option<String> {
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
                && !names_a_complement(doc, m.tok)
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
        // `Vega’s post ends on a hopeful note. … “…,” she wrote`: a person whose possessive
        // opens a sentence of the pronoun's paragraph, since the best one, is its topic.
        let para = doc.para_of(tok);
        let topic = before
            .iter()
            .rev()
            .take_while(|m| m.tok > best_tok && doc.para_of(m.tok) == para)
            .filter(fits)
            .find(|m| {
                doc.sentence_start(m.tok) == m.tok
                    && doc.s(m.tok).ends_with(['’', '\''])
                    && doc.s(m.tok + 1) == "s"
            });
        if let Some(m) = topic.filter(|_| best.is_some()) {
            return Some(self.persons[m.person].name.clone());
        }
        // `Its spokesman, X, said … That is not the experience of Jan Y, a 71-year-old miner.
        // “…,” he told`: a person fitting the pronoun's gender brought on with an age since the best
        // one, in this paragraph or the one before, in a sentence with no named subject.
        if best.is_some() && matches!(gender, Gender::Male | Gender::Female) && doc.english {
            let from = doc.para_tokens(doc.paragraphs_back(tok, 1)).0.max(best_tok);
            let aged = before.iter().rev().take_while(|m| m.tok > from).find(|m| {
                let p = &self.persons[m.person];
                p.human
                    && gender.agrees_with(p.gender)
                    && !m.subject
                    && brought_on_with_age(doc, m.tok)
                    && {
                        let start = doc.sentence_start(m.tok);
                        let end = doc.sentence_end(m.tok);
                        !before[before.partition_point(|o| o.tok < start)..]
                            .iter()
                            .take_while(|o| o.tok < end)
                            .any(|o| o.subject && self.persons[o.person].human)
                    }
            });
            if let Some(m) = aged {
                return Some(self.persons[m.person].name.clone());
            }
        }
        // `Rachel X said Crane had … She told …`: a person of unknown gender gives way to one
        // of the pronoun's gender who is a subject or a speaker in the same paragraph.
        // (Not when that person is the subject of the pronoun's own sentence.)
        let unsure = best
            .as_deref()
            .is_some_and(|name| self.gender_of(name) == Gender::Unknown)
            && best_tok < doc.sentence_start(tok);
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
            // `Pemba X, a guide … X, who …, said … “…,” he said`: a person whose gender only
            // the ending of the given name suggested, named opening a sentence of the
            // pronoun's paragraph since the unsure one, is the referent rather than that one.
            let guess = before
                .iter()
                .rev()
                .take_while(|m| m.tok > best_tok && doc.para_of(m.tok) == para)
                .find(|m| {
                    let p = &self.persons[m.person];
                    m.subject
                        && p.person
                        && p.guessed
                        && p.gender == p.named
                        && doc.sentence_start(m.tok) == m.tok
                        && p.name.contains(doc.s(m.tok))
                });
            if let Some(m) = guess {
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
        let human = |m: &&Mention| self.persons[m.person].human || self.persons[m.person].person;
        // `X, a retired driver, has eaten there “…,” he says`: a person who is the subject of
        // the pronoun's own sentence is the one meant, not someone the sentence before named.
        let own = &self.mentions[self.mentions.partition_point(|m| m.tok < start)
            ..self.mentions.partition_point(|m| m.tok < tok)];
        if own.iter().filter(human).any(|m| m.subject) {
            return None;
        }
        let mentions = &self.mentions[self.mentions.partition_point(|m| m.tok < previous)
            ..self.mentions.partition_point(|m| m.tok < start)];
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
}

/// Whether token `k` is a demonstrative (`cette source`, `ce connaisseur`), which takes up
/// whoever was just described, under any noun.
/// `Jan Y, 71,`, `Jan Y, a 71-year-old miner`: the name opening at `tok` has an age apposed.
/// `sourit une baigneuse venue de Lyon`: a participle after the noun opens what describes the
/// person, no part of the noun; the noun alone (French).
pub(super) fn cut_at_participle(doc: &Doc, np: &Np) -> Option<String> {
    let head = np.first + usize::from(doc.has(np.first, DET));
    let participle = !doc.english
        && head < np.last
        && doc.is_word(head)
        && !doc.is_cap(head)
        && (np::ends_like_past_participle(doc, head + 1)
            || np::opens_other_participle(doc, head + 1));
    participle.then(|| doc.low(head).into_owned())
}

fn brought_on_with_age(doc: &Doc, tok: usize) -> bool {
    const MAX_WORDS: usize = 4;
    let hi = doc.len().min(tok + MAX_WORDS + 1);
    let Some(c) = (tok + 1..hi).find(|&k| !doc.is_cap(k)) else {
        return false;
    };
    if c + 2 >= doc.len() || !doc.is_punct(c, ",") {
        return false;
    }
    let number = |k: usize| doc.s(k).starts_with(|ch: char| ch.is_ascii_digit());
    (number(c + 1) && doc.is_punct(c + 2, ","))
        || (doc.has(c + 1, DET) && number(c + 2) && doc.lex.is_role_by_suffix(doc.s(c + 2)))
}

fn is_demonstrative(doc: &Doc, k: usize) -> bool {
    doc.lex
        .demonstrative_determiners
        .contains(doc.low(k).as_ref())
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
    let repeats = |k: usize| {
        !doc.tokens[k].quoted
            && doc.s(k).len() == doc.s(head).len()
            && (0..=words).all(|d| doc.low(k + d) == doc.low(head + d))
            && doc.has(k + words + 1, LINK)
    };
    let fuller = |k: usize| {
        let hi = doc.para_tokens(doc.para_of(k)).1;
        // (`au ministère de X`: the article may be merged with the preposition.)
        let start = if doc.has(k - 1, DET) { k - 1 } else { k };
        let n = np::np_forward(doc, start, hi).filter(|n| n.kind == NpKind::Organisation)?;
        let span = |last: usize| {
            normalise(
                crate::quotes::Span::new(doc.tokens[k].span.start, doc.tokens[last].span.end)
                    .slice(doc.text),
            )
        };
        // `le ministère du Commerce et de la Promotion des exportations`: a second complement
        // coordinated to the first is the rest of the name, all of it.
        if doc.low(k + words + 1) == "et" {
            return (n.last > k + words + 2).then(|| span(n.last));
        }
        // The one named complement it adds (`de l'Ontario`, not `en 2022` after it).
        let mut last = (k + words + 2..=n.last).find(|&j| doc.is_cap(j))?;
        while last < n.last && doc.is_cap(last + 1) {
            last += 1;
        }
        Some(span(last))
    };
    (lo.max(1)..np.first)
        .rev()
        .filter(|&k| repeats(k))
        .find_map(fuller)
        // `Le ministère du Commerce parle de « … »` in a standfirst: the coordinated name
        // the article gives it after.
        // (Lines, blank ones included, as for any standfirst.)
        .or_else(|| {
            const PARAGRAPHS_AHEAD: usize = 24;
            let last_para = doc.para_of(np.last) + PARAGRAPHS_AHEAD;
            (np.last + 1..doc.len())
                .take_while(|&k| doc.para_of(k) <= last_para)
                .filter(|&k| repeats(k) && doc.low(k + words + 1) == "et")
                .find_map(fuller)
        })
}

fn fuller_phrase_after(doc: &Doc, np: &Np, head: &str) -> Option<String> {
    // (Lines, blank ones included: a standfirst is some twenty lines from the body's end.)
    const PARAGRAPHS_AHEAD: usize = 24;
    // (French: its complements mark where the phrase ends, `de`, `du`.)
    if doc.english || head.is_empty() || np.last != np.first + 1 {
        return None;
    }
    body_phrase_after(doc, np, head, PARAGRAPHS_AHEAD)
}

/// `A multi-academy trust is planning cuts. Riverside Learning Partnership, which runs 14
/// schools, …` (English): news brings a body on by its kind, an indefinite phrase opening a
/// sentence, and names it at the start of the next; `the trust` after that is the body named.
fn introduced_then_named(doc: &Doc, tok: usize, head: &str) -> Option<String> {
    const MAX_MODIFIERS: usize = 2;
    if !doc.english || head.is_empty() {
        return None;
    }
    let introduced = |k: usize| {
        let s = doc.sentence_start(k);
        !doc.tokens[k].quoted
            && k > s + 1
            && k - s <= MAX_MODIFIERS + 1
            && doc.has(s, DET)
            && !doc.has(s, DEFINITE)
            && !doc.lex.possessive_determiners.contains(doc.low(s).as_ref())
            && (s + 1..k).all(|t| doc.is_word(t) && !doc.is_cap(t))
    };
    let k = (0..tok).find(|&k| doc.low(k) == head && introduced(k))?;
    let next = doc.sentence_end(k);
    if next >= tok {
        return None;
    }
    np::np_forward(doc, next, doc.sentence_end(next))
        .filter(|n| {
            n.first == next
                && (n.kind == NpKind::Organisation
                    || (n.kind == NpKind::Name
                        && doc.is_punct(n.last + 1, ",")
                        && doc.low(n.last + 2) == "which"))
        })
        .map(|n| n.bare_text(doc))
        .filter(|name| !name.eq_ignore_ascii_case(head))
}

/// `Minibus fares up; ministry says hike “not sanctioned”`: a headline drops the article,
/// and its lone institution noun is the body the article names in full with it after.
fn headline_body_after(doc: &Doc, np: &Np, head: &str) -> Option<String> {
    // (Lines, as for a standfirst: byline and date lines come first.)
    const PARAGRAPHS_AHEAD: usize = 24;
    if !doc.english || doc.para_of(np.first) != 0 || (np.first > 0 && doc.has(np.first - 1, DET)) {
        return None;
    }
    body_phrase_after(doc, np, head, PARAGRAPHS_AHEAD)
}

/// The first body's name after `np`, within `ahead` lines, that opens with an article and
/// holds the institution noun `head` (`the Ministry of X`, `le ministère de X`).
fn body_phrase_after(doc: &Doc, np: &Np, head: &str, ahead: usize) -> Option<String> {
    let last_para = doc.para_of(np.last) + ahead;
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

/// `reçu au ministère de l'Industrie … le ministère a indiqué`: the nearest earlier phrase, in
/// a window of tokens before, that gives the bare institution noun `head` a named
/// complement (`de` and a capitalised word).
pub(super) fn named_complement_before(doc: &Doc, tok: usize, head: &str) -> Option<String> {
    if head.is_empty() {
        return None;
    }
    const WINDOW: usize = 400;
    let lo = tok.saturating_sub(WINDOW);
    let k = (lo..tok).rev().find(|&k| {
        // (`le cabinet de la ministre de X`: a role may open the complement.)
        let named = |c: usize| doc.is_cap(c) || (doc.has(c, ROLE) && !doc.english);
        !doc.tokens[k].quoted
            && doc.low(k) == head
            && doc.has(k + 1, LINK)
            && (named(k + 2) || (doc.has(k + 2, DET) && named(k + 3)))
    })?;
    let hi = doc.para_tokens(doc.para_of(k)).1;
    np::np_forward(doc, k, hi)
        .filter(|n| n.kind == NpKind::Organisation && n.last > k + 1)
        .map(|n| n.bare_text(doc))
}

/// `le groupe « Tamarii Nui », de Faa'a, …` then `le groupe a annoncé`: the name in marks that
/// the same institution noun `head`, after an article, gave a body last before token `tok`
/// (a few capitalised-first words, no sentence).
pub(super) fn marked_name_before(doc: &Doc, tok: usize, head: &str) -> Option<String> {
    const MAX_WORDS: usize = 6;
    if head.is_empty() || doc.english {
        return None;
    }
    let q = doc.quotes.iter().rev().find(|q| {
        let (open, close) = (q.open_tok, q.close_tok);
        let words = (open + 1..close).filter(|&k| doc.is_word(k)).count();
        q.marked.close.is_some()
            && close < tok
            && open >= 2
            && doc.low(open - 1) == head
            && doc.has(open - 2, DET)
            && doc.is_cap(open + 1)
            && (1..=MAX_WORDS).contains(&words)
            && (open + 1..close).all(|k| doc.is_word(k) || doc.is_punct(k, "-'’&"))
    })?;
    Some(normalise(q.marked.inner.slice(doc.text)))
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

/// `son service juridique`, `sa cellule de communication`: a possessive, then a department noun
/// (`[department_nouns]`).
fn possessed_department(doc: &Doc, np: &Np) -> bool {
    np.first < np.last
        && doc
            .lex
            .possessive_determiners
            .contains(doc.low(np.first).as_ref())
        && doc
            .lex
            .department_nouns
            .contains(doc.low(np.first + 1).as_ref())
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

/// Whether `name` opens with the whole words of `start` and goes on.
fn opens_name(name: &str, start: &str) -> bool {
    name.len() > start.len() && name.starts_with(start) && name[start.len()..].starts_with(' ')
}

/// `le Syndicat mixte`: an article, a capitalised noun and lower-case adjectives, no
/// complement.
fn opens_with_adjectives(doc: &Doc, np: &Np) -> bool {
    doc.has(np.first, DET)
        && np.last > np.first + 1
        && doc.is_cap(np.first + 1)
        && (np.first + 2..=np.last)
            .all(|k| doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, LINK | DET))
}

fn is_bare_institution(doc: &Doc, np: &Np) -> bool {
    // `the Lisbon-based company`: a place made an adjective names no body of its own.
    let adjective = |k: usize| {
        doc.s(k)
            .rsplit_once('-')
            .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
    };
    // (`the residents’ association`: a plural possessor's apostrophe is part of the phrase.)
    let word = |k: usize| doc.is_word(k) || np::is_possessive_mark(doc, k);
    doc.has(np.first, DEFINITE)
        && (np.first + 1..=np.last)
            .all(|k| word(k) && (!doc.is_cap(k) || adjective(k)) && !doc.has(k, LINK))
}

/// `Il relève que « … ». Il en déduit que « … »`: a French pronoun opening its sentence, after
/// a sentence that the same pronoun opened to report a quotation, is the same speaker.
/// Also `« … », a-t-il déclaré, selon un témoin. « …, a-t-il poursuivi, … »`: a pronoun
/// after its verb, after the same pronoun after its verb in the sentence before, goes on with
/// that speaker.
fn same_pronoun_before(doc: &Doc, tok: usize, speakers: &[(usize, String)]) -> Option<String> {
    // (`a-t-il`, `martèle-t-elle`: one token, the pronoun after its last hyphen.)
    let pronoun = |k: usize| doc.s(k).rsplit('-').next().unwrap_or_default();
    let inverted = |k: usize| doc.s(k).contains('-');
    let both_inverted = |t: usize| inverted(t) && inverted(tok);
    if doc.english || tok == 0 || (doc.sentence_start(tok) != tok && !inverted(tok)) {
        return None;
    }
    let (t, name) = speakers.iter().rev().find(|(t, _)| *t < tok)?;
    let previous = doc.sentence_start(tok - 1);
    let previous = doc
        .sentence_start(doc.sentence_start(tok).max(1) - 1)
        .min(previous);
    // (`Dans un communiqué, il affirme « … ». Il ajoute …`: a subject pronoun after an
    // opening adverbial of the sentence before stands for the same one.)
    let after_opening =
        |t: usize| t > previous && !inverted(t) && !inverted(tok) && doc.is_punct(t - 1, ",");
    let placed = *t == previous || (both_inverted(*t) && *t >= previous) || after_opening(*t);
    let same = placed
        && doc.para_of(*t) == doc.para_of(tok)
        && pronoun(*t).eq_ignore_ascii_case(pronoun(tok));
    same.then(|| name.clone())
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

/// `Au terme de la réunion, les éleveurs ont voté une motion dans laquelle ils menacent de
/// « … »`: French `ils` inside its sentence is the plural role that opens that sentence (after
/// an opening adverbial).
fn plural_role_opening_here(doc: &Doc, tok: usize) -> Option<String> {
    let start = doc.sentence_start(tok);
    let mut k = start;
    if np::is_adverbial(doc, k) {
        k = (k..tok).find(|&c| doc.is_punct(c, ",") && !doc.tokens[c].quoted)? + 1;
    }
    if k >= tok || np::gender_of_determiner(doc, k) != Gender::Plural {
        return None;
    }
    let np = np::np_forward(doc, k, tok)?;
    (np.kind == NpKind::Role && np.last < tok).then(|| np.role_text(doc))
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

/// `Ann Roe, manager of the co-operative, Comhar Teo, said`: a name starting at `tok` that is
/// apposed to a role's complement names a thing, no one a pronoun takes up.
fn names_a_complement(doc: &Doc, tok: usize) -> bool {
    let lo = doc.para_tokens(doc.para_of(tok)).0;
    tok > lo && crate::quotes::np::names_complement(doc, tok - 1, lo)
}
