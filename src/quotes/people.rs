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
    /// Named with two words or more, a title or a role: a pronoun may refer to it.
    human: bool,
    /// Surely a person (a title, a role or a known given name), not an institution.
    person: bool,
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    tok: usize,
    person: usize,
    subject: bool,
}

/// Every named mention of a document, grouped by person.
#[derive(Debug, Default)]
pub(super) struct People {
    persons: Vec<Person>,
    mentions: Vec<Mention>,
    /// (role noun, person, token) for `le porte-parole X` and `X, the spokesman`.
    roles: Vec<(String, usize, usize)>,
    by_words: FastMap<String, usize>,
}

fn words(doc: &Doc, f: usize, l: usize) -> Vec<String> {
    (f..=l)
        .filter(|&k| doc.is_word(k))
        .map(|k| doc.low(k).into_owned())
        .collect()
}

/// Whether the mention that starts at token `start` opens a clause (a likely subject).
fn opens_clause(doc: &Doc, start: usize) -> bool {
    if start == 0 || doc.para_of(start - 1) != doc.para_of(start) {
        return true;
    }
    let mut p = start - 1;
    // `Latvian President X`: capitalised words before the mention belong to it.
    let role = |k: usize| doc.has(k, ROLE);
    while p > 0 && (doc.is_cap(p) || role(p)) && doc.para_of(p - 1) == doc.para_of(start) {
        p -= 1;
    }
    if doc.is_cap(p) || role(p) {
        return true;
    }
    doc.is_punct(p, ",;:(.!?»”\"—–")
        || doc.has(p, CONNECTOR)
        || doc.is_speech_verb(p)
        || doc.has(p, ADVERB)
}

impl People {
    pub fn scan(doc: &Doc) -> People {
        struct Raw {
            start: usize,
            words: Vec<String>,
            text: String,
            gender: Gender,
            head: Option<String>,
            tok: usize,
            subject: bool,
        }
        let mut raws: Vec<Raw> = Vec::new();
        let mut i = 0;
        while i < doc.len() {
            if doc.tokens[i].quoted || !doc.is_cap(i) {
                i += 1;
                continue;
            }
            let (lo, hi) = doc.para_tokens(doc.para_of(i));
            let Some((ts, f, l)) = titled_name(doc, i, hi) else {
                i += 1;
                continue;
            };
            // Only a full name or a role word right before a name can carry a role: this skips
            // the many places and bodies (`de Moscou`, `l'Ukraine`) cheaply.
            let full = l > f || ts < f;
            let prefix = (full || (ts > lo && doc.has(ts - 1, ROLE)))
                .then(|| np::role_prefix(doc, ts, lo))
                .flatten();
            let (mut head, mut gender, role_start) = match prefix {
                Some((head, gender, d)) => (head, gender, d),
                None => (None, Gender::Unknown, ts),
            };
            let titled = np::title_gender(doc, ts, f);
            if titled != Gender::Unknown {
                gender = titled;
            }
            // Appositions tell the role of a full name: `X, le secrétaire général de l'OTAN,`
            // or `La maire de Rouen, Hélène Garnier`.
            if full && head.is_none() && doc.is_punct(l + 1, ",") {
                if let Some(after) =
                    np::np_forward(doc, l + 2, hi).filter(|n| n.kind == NpKind::Role)
                {
                    head = after.head;
                    if gender == Gender::Unknown {
                        gender = after.gender;
                    }
                }
            }
            if full && head.is_none() && ts >= lo + 2 && doc.is_punct(ts - 1, ",") {
                if let Some(before) =
                    np::np_backward(doc, ts - 2, lo).filter(|n| n.kind == NpKind::Role)
                {
                    head = before.head;
                    if gender == Gender::Unknown {
                        gender = before.gender;
                    }
                }
            }
            raws.push(Raw {
                start: ts,
                words: words(doc, f, l),
                text: normalise(
                    super::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end)
                        .slice(doc.text),
                ),
                gender,
                head,
                tok: f,
                subject: opens_clause(doc, role_start),
            });
            i = l + 1;
        }
        let mut people = People::default();
        // The canonical form of a mention is the longest name that ends with its words.
        let mut longest: FastMap<String, usize> = FastMap::default();
        for (r, raw) in raws.iter().enumerate() {
            let last = raw.words.last().cloned().unwrap_or_default();
            let entry = longest.entry(last).or_insert(r);
            if raws[*entry].words.len() < raw.words.len() {
                *entry = r;
            }
        }
        for raw in &raws {
            let last = raw.words.last().cloned().unwrap_or_default();
            let full = &raws[longest[&last]];
            let canonical = if full.words.ends_with(&raw.words) {
                full
            } else {
                raw
            };
            let key = canonical.words.join(" ");
            let person = *people.by_words.entry(key).or_insert_with(|| {
                let gender = first_name_gender(doc, &canonical.words);
                people.persons.push(Person {
                    name: canonical.text.clone(),
                    gender,
                    human: canonical.words.len() >= 2,
                    person: gender != Gender::Unknown,
                });
                people.persons.len() - 1
            });
            let p = &mut people.persons[person];
            p.gender = merge(p.gender, raw.gender);
            let titled_or_role = raw.head.is_some() || raw.start < raw.tok;
            p.human |= titled_or_role;
            p.person |= titled_or_role;
            if let Some(head) = &raw.head {
                people.roles.push((head.clone(), person, raw.tok));
            }
            people.mentions.push(Mention {
                tok: raw.tok,
                person,
                subject: raw.subject,
            });
        }
        people
    }

    fn person_of_name(&self, doc: &Doc, np: &Np) -> Option<usize> {
        let (f, l) = np.name?;
        let key = words(doc, f, l);
        if let Some(&p) = self.by_words.get(&key.join(" ")) {
            return Some(p);
        }
        self.by_words
            .iter()
            .filter(|(k, _)| {
                k.split(' ')
                    .collect::<Vec<_>>()
                    .ends_with(&key.iter().map(String::as_str).collect::<Vec<_>>())
            })
            .map(|(_, &p)| p)
            .next()
    }

    /// The canonical speaker a mention names; `None` when a pronoun finds no antecedent.
    pub fn resolve(&self, doc: &Doc, np: &Np, speakers: &[(usize, String)]) -> Option<String> {
        match np.kind {
            NpKind::Name => Some(match self.person_of_name(doc, np) {
                Some(p) => self.persons[p].name.clone(),
                None => {
                    let (f, l) = np.name?;
                    normalise(
                        super::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end)
                            .slice(doc.text),
                    )
                }
            }),
            NpKind::Pronoun(gender) => self.antecedent(np.first, gender, speakers),
            NpKind::Role => {
                let head = np.head.as_deref()?;
                let holder = self
                    .roles
                    .iter()
                    .filter(|(h, _, _)| h == head)
                    .min_by_key(|(_, _, tok)| (*tok > np.first, tok.abs_diff(np.first)));
                if let Some((_, p, _)) = holder {
                    return Some(self.persons[*p].name.clone());
                }
                // A definite role with nobody holding it by name (`l'élue`) refers back like a
                // pronoun, to the last person of its gender.
                let definite = doc.has(np.first, DEFINITE);
                let referent = definite
                    .then(|| self.antecedent(np.first, np.gender, speakers))
                    .flatten()
                    .filter(|name| self.persons.iter().any(|p| &p.name == name && p.person));
                Some(referent.unwrap_or_else(|| np.bare_text(doc)))
            }
            NpKind::Organisation if np.last == np.first + 1 && doc.has(np.first, DEFINITE) => {
                // `the company`, `l'agence`: the last institution named as a subject nearby.
                Some(
                    self.recent_institution(doc, np.first)
                        .unwrap_or_else(|| np.bare_text(doc)),
                )
            }
            NpKind::Organisation | NpKind::Other => Some(np.bare_text(doc)),
        }
    }

    fn gender_of(&self, name: &str) -> Gender {
        self.persons
            .iter()
            .find(|p| p.name == name)
            .map_or(Gender::Unknown, |p| p.gender)
    }

    /// The referent of a pronoun at token `tok`: the nearest earlier compatible person who
    /// opens a clause or has spoken, else the nearest compatible person.
    fn antecedent(
        &self,
        tok: usize,
        gender: Gender,
        speakers: &[(usize, String)],
    ) -> Option<String> {
        if gender == Gender::Plural {
            return None;
        }
        let earlier = |m: &&Mention| {
            m.tok < tok
                && self.persons[m.person].human
                && gender.agrees_with(self.persons[m.person].gender)
        };
        let subject = self
            .mentions
            .iter()
            .filter(earlier)
            .filter(|m| m.subject)
            .max_by_key(|m| m.tok);
        let speaker = speakers
            .iter()
            .filter(|(t, name)| *t < tok && gender.agrees_with(self.gender_of(name)))
            .max_by_key(|(t, _)| *t);
        let best = match (subject, speaker) {
            (Some(m), Some((t, name))) if *t > m.tok => Some(name.clone()),
            (Some(m), _) => Some(self.persons[m.person].name.clone()),
            (None, Some((_, name))) => Some(name.clone()),
            (None, None) => None,
        };
        best.or_else(|| {
            self.mentions
                .iter()
                .filter(earlier)
                .max_by_key(|m| m.tok)
                .map(|m| self.persons[m.person].name.clone())
        })
    }

    fn recent_institution(&self, doc: &Doc, tok: usize) -> Option<String> {
        let para = doc.para_of(tok);
        self.mentions
            .iter()
            .filter(|m| m.tok < tok && m.subject && !self.persons[m.person].person)
            .filter(|m| doc.para_of(m.tok) + 1 >= para)
            .max_by_key(|m| m.tok)
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

fn merge(a: Gender, b: Gender) -> Gender {
    match (a, b) {
        (Gender::Unknown, g) | (g, Gender::Unknown) => g,
        (a, b) if a == b => a,
        _ => Gender::Unknown,
    }
}

fn first_name_gender(doc: &Doc, words: &[String]) -> Gender {
    if words.len() < 2 {
        return Gender::Unknown;
    }
    let first = &words[0];
    if doc.lex.female_names.contains(first) {
        Gender::Female
    } else if doc.lex.male_names.contains(first) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}
