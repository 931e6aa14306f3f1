//! Reading the names an article gives: people and bodies, their roles, titles, ages and
//! the short names that stand for them.

use super::{
    ends_with_words, key_of, last_word, place_preposition_before_region, short_name_after,
    source_cue_ends_at, Mention, People, Person,
};
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::FastMap;
use crate::quotes::lexicon::Gender;
use crate::quotes::np::{self, normalise, titled_name, Np, NpKind};

impl People {
    /// `incises`: the token ranges of the attributions inside quotation marks, where names
    /// are read as outside them.
    pub fn scan(doc: &Doc, incises: &[(usize, usize)]) -> People {
        let (mut raws, long_names) = raw_mentions(doc, incises);
        start_names_at_given_words(doc, &mut raws);
        let mut people = People::from_raws(doc, &raws, long_names);
        people.scan_unnamed_subjects(doc);
        people
    }

    /// Groups the raw mentions by person: each takes the canonical name of the longest name
    /// that ends with its words, and the person gathers what its mentions tell (gender, role,
    /// body, age).
    fn from_raws(doc: &Doc, raws: &[Raw], long_names: FastMap<String, String>) -> People {
        let mut people = People {
            persons: Vec::with_capacity(raws.len()),
            mentions: Vec::with_capacity(raws.len() + 8),
            by_words: FastMap::with_capacity_and_hasher(raws.len(), Default::default()),
            by_name: FastMap::with_capacity_and_hasher(raws.len(), Default::default()),
            ..People::default()
        };
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
        let mut body_opened: FastMap<&str, Option<usize>> = FastMap::default();
        // The personal names of three words or more, by their key without the last word
        // (`None` when two such names share it).
        let mut longer_of: FastMap<&str, Option<usize>> = FastMap::default();
        // The three-word personal names opening on a given name, by their middle word when it
        // is no listed given name (`Rosa Inuma Sangama … Inuma said`: a Spanish name goes by
        // its first family name); `None` when two such names share it.
        let mut middle_of: FastMap<&str, Option<usize>> = FastMap::default();
        for (r, raw) in raws.iter().enumerate() {
            // (Tokens first: most names have two words or fewer.)
            if raw.last < raw.tok + 2 {
                continue;
            }
            let Some((prefix, _)) = raw.key.rsplit_once(' ') else {
                continue;
            };
            if let Some((given, middle)) = prefix.split_once(' ') {
                if raw.last == raw.tok + 2
                    && doc.english
                    && !middle.contains(' ')
                    && raw.org_noun.is_none()
                    && doc.lex.given_name_gender(given) != Gender::Unknown
                    && !doc.has(raw.tok + 1, FIRST_NAME)
                    && is_personal(doc, raw)
                {
                    let entry = middle_of.entry(middle).or_insert(Some(r));
                    if entry.is_some_and(|o| raws[o].key != raw.key) {
                        *entry = None;
                    }
                }
            }
            if raw.org_noun.is_none() && prefix.contains(' ') && is_personal(doc, raw) {
                let entry = longer_of.entry(prefix).or_insert(Some(r));
                if entry.is_some_and(|o| raws[o].key != raw.key) {
                    *entry = None;
                }
            }
        }
        for raw in raws {
            let mut full = &raws[longest[last_word(&raw.key)]];
            // `Madam Tay` is not `Mr Marcus Tay`, and `Ms Nurul` is `Nurul Azmina`: names that
            // put the given name last (`Tay Hwee Ling`) or go by it (Malay) are taken up by
            // their first word after a title.
            let titled_word = raw.titled && !raw.key.contains(' ');
            // `Inès Belkacem … Inès sourit`: French features call a person by the given name
            // alone, which opens the full name.
            // English ones too when the given name is no listed one (`Shuttler Rizky X … Rizky
            // said`), if the full name is surely a person's (a title, a role, an age).
            let surely_person =
                |r: &Raw| r.head.is_some() || r.start < r.tok || r.age.is_some() || r.titled;
            // `Residents of Kampung Dorin … Village head Dorin Aping … Dorin said`: a longer
            // name that ends with the word but is no person's (no given name, title, role nor
            // age: a place) gives way to the person whose name the word opens.
            let ends_thing = doc.english
                && full.key != raw.key
                && full.last > full.tok
                && !surely_person(full)
                && !doc.has(full.tok, FIRST_NAME);
            let given_word = !raw.key.contains(' ')
                && raw.org_noun.is_none()
                && (full.key == raw.key || ends_thing)
                && if doc.english {
                    !raw.titled && !raw.determined && opened.len() < MAX_GIVEN_WORDS
                } else {
                    doc.has(raw.tok, FIRST_NAME)
                };
            if (titled_word && (full.key == raw.key || !raw.gender.agrees_with(full.gender)))
                || given_word
            {
                // (After a place's name, inside a person's name too: `Headman Dorin Aping`.)
                let inner = ends_thing.then(|| format!(" {} ", raw.key));
                let opens_name = |r: &&Raw| {
                    (r.key
                        .strip_prefix(raw.key.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
                        || inner.as_ref().is_some_and(|w| r.key.contains(w.as_str())))
                        && raw.gender.agrees_with(r.gender)
                        && is_personal(doc, r)
                        && (titled_word || !doc.english || surely_person(r))
                };
                let found = *opened
                    .entry((raw.key.as_str(), raw.gender))
                    .or_insert_with(|| raws.iter().position(|r| opens_name(&r)));
                let unopened = if ends_thing { full } else { raw };
                full = found.map_or(unopened, |o| &raws[o]);
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
            // `Datuk Ahmad Fadzli Othman … Ahmad Fadzli said`: so do the first words of a
            // name (a Malay or Arab name goes by its given names), whatever their position.
            let opening_words = doc.english
                && raw.org_noun.is_none()
                && full.key == raw.key
                && raw.key.contains(' ')
                && first_opened.len() < MAX_GIVEN_WORDS;
            let mut first_word = false;
            if lone_subject || opening_words {
                let found = *first_opened.entry(raw.key.as_str()).or_insert_with(|| {
                    let opens = |r: &Raw| {
                        r.key
                            .strip_prefix(raw.key.as_str())
                            .is_some_and(|rest| rest.starts_with(' '))
                            && is_personal(doc, r)
                            // A person: introduced with a role, or by a given name (or for
                            // the first words, by a title).
                            && (r.head.is_some()
                                || doc.has(r.tok, FIRST_NAME)
                                || (opening_words && (r.titled || r.start < r.tok)))
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
            // `Harbour Cove District Cooling … Harbour Cove said`: in English, a name of two
            // words or more that opens exactly one longer name, no person's nor a place's, is
            // that body's short name, once it is a subject somewhere.
            let body_subject = doc.english
                && !first_word
                && full.key == raw.key
                && raw.org_noun.is_none()
                && !raw.determined
                && !raw.titled
                && raw.key.contains(' ')
                && body_opened.len() < MAX_GIVEN_WORDS;
            let mut body_short = false;
            if body_subject {
                let found = *body_opened.entry(raw.key.as_str()).or_insert_with(|| {
                    raws.iter()
                        .any(|r| r.subject && r.key == raw.key)
                        .then(|| body_opening_with(doc, raws, &raw.key))
                        .flatten()
                });
                if let Some(o) = found {
                    full = &raws[o];
                    body_short = true;
                }
            }
            // `Ana Lobo Reis … Ana Lobo a répondu`: a name of two words or more that opens
            // exactly one personal name one word longer is that person (a last family name is
            // often dropped after the first mention).
            let longer = if longer_of.is_empty() || full.last == full.tok {
                None
            } else {
                longer_of
                    .get(full.key.as_str())
                    .copied()
                    .flatten()
                    .filter(|&o| raw.gender.agrees_with(raws[o].gender))
                    .filter(|_| full.org_noun.is_none() && is_personal(doc, full))
            };
            let shortened = longer.is_some();
            if let Some(o) = longer {
                full = &raws[o];
            }
            // A lone untitled word no longer name ends with: the middle word of one name.
            let by_middle = if middle_of.is_empty()
                || full.key != raw.key
                || raw.key.contains(' ')
                || raw.titled
                || raw.determined
                || raw.org_noun.is_some()
            {
                None
            } else {
                middle_of
                    .get(raw.key.as_str())
                    .copied()
                    .flatten()
                    .filter(|&o| raw.gender.agrees_with(raws[o].gender))
            };
            if let Some(o) = by_middle {
                full = &raws[o];
            }
            // `le groupe Berthier` is not `Arnaud Berthier`, its chairman: a body named with its
            // institution noun keeps its own name.
            let by_family_name = || family_word_first(doc, &full.key, full.last) == Some(&raw.key);
            let canonical = if (titled_word
                || given_word
                || first_word
                || body_short
                || shortened
                || by_middle.is_some()
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
                    // (A char set, not a char: no search set up for a short key.)
                    let words: Vec<&str> = canonical.key.split([' ']).collect();
                    // `Harborline Mutual, which …`: a relative for things makes the name a
                    // body, whatever its first word's ending suggests.
                    let last = canonical.last;
                    let thing = doc.is_punct(last + 1, ",")
                        && doc.is_word(last + 2)
                        && doc.lex.thing_relatives.contains(doc.low(last + 2).as_ref());
                    // `Tarvena Lithium Corp`, `Maple Crest Group`: a company, whatever its first
                    // word's ending suggests.
                    // (`Tacoma Pioneers FC`: an institution's initials end it too.)
                    let company = words.len() >= 2
                        && (doc.lex.company_nouns.contains(last_word(&canonical.key))
                            || (doc.has(last, ORG) && doc.is_acronym(last)));
                    let gender = if thing || company {
                        Gender::Unknown
                    } else {
                        first_name_gender(doc, &words)
                    };
                    let span = crate::quotes::Span::new(
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
                        guessed: gender != Gender::Unknown
                            && words.len() >= 2
                            && !doc.lex.lists_given_name(words[0]),
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
            // title outweighs both. A gender only guessed from an unlisted given name's ending
            // and an article that says otherwise (`le ministre, Alpha X`) leave it open.
            p.gender = if raw.titled {
                raw.gender
            } else if p.named == Gender::Unknown {
                merge(p.gender, raw.gender)
            } else if !doc.english
                && matches!(raw.gender, Gender::Male | Gender::Female)
                && merge(p.named, raw.gender) == Gender::Unknown
                && ending_only(doc, &canonical.key)
            {
                Gender::Unknown
            } else {
                p.gender
            };
            // `la société Minera X` heads the name with an institution noun: a body.
            let org_head = raw
                .head
                .as_deref()
                .filter(|h| doc.lex.organisations.contains(*h) && !doc.lex.roles.contains_key(*h));
            let org_noun = org_head.or(raw.org_noun.as_deref());
            // `The home’s owner, Larchmont Senior Care,`: a role that bodies hold too, apposed to
            // a name with no given name, tells no person.
            let body_role = raw.start == raw.tok
                && !raw.titled
                && p.named == Gender::Unknown
                && !doc.has(raw.tok, FIRST_NAME)
                && raw
                    .head
                    .as_deref()
                    .is_some_and(|h| doc.lex.body_roles.contains(h));
            let titled_or_role =
                (raw.head.is_some() && org_head.is_none() && !body_role) || raw.start < raw.tok;
            p.human |= titled_or_role || raw.group || raw.identified;
            p.person |= titled_or_role || raw.group || raw.identified;
            if (determined || org_noun.is_some()) && !titled_or_role {
                p.human = false;
                p.body = true;
                // `Tokala Denki, a maker of pumps,`: an institution noun outweighs a gender
                // that only the first word's ending suggested (a listed given name stays); a
                // French body takes its article's (`la société Minera X … elle`).
                if org_noun.is_some() && p.person && !raw.titled && !doc.has(raw.tok, FIRST_NAME) {
                    p.person = false;
                    p.gender = if doc.english {
                        Gender::Unknown
                    } else {
                        article
                    };
                    p.named = p.gender;
                }
            }
            if let Some(noun) = org_noun {
                people.bodies.push((noun.to_string(), person, raw.tok));
            } else if raw.subject && !p.person && raw.key.contains(' ') {
                // `Acme Holdings had asked …`: a company named as a subject by a name ending
                // with a company noun is the one `the company` then takes up.
                let last = last_word(&canonical.key);
                if doc.lex.company_nouns.contains(last) {
                    people.bodies.push((last.to_string(), person, raw.tok));
                }
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
        people
    }
}

/// Given words looked for at most, by a title's word and in the grouping: every look reads
/// all the names, and a text repeating `M. Dupont` thousands of times must stay linear.
const MAX_GIVEN_WORDS: usize = 32;

/// A capitalised name as the text gives it, before its mentions are grouped by person.
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
    /// A lone name a person goes by (`who asked to be identified only as Kerry`).
    identified: bool,
    /// The first of two coordinated roles (`Founder and chief executive X`).
    co_role: Option<String>,
}

/// Every capitalised name of the text that may be a person or a body, with what its context
/// tells (role, title, gender, subject position), and the full names that short names stand
/// for (`ars` -> `Agence régionale de santé`, a nickname -> the name).
fn raw_mentions(doc: &Doc, incises: &[(usize, usize)]) -> (Vec<Raw>, FastMap<String, String>) {
    let mut raws: Vec<Raw> = Vec::new();
    let titles = quoted_titles(doc);
    let mut long_names: FastMap<String, String> = FastMap::default();
    let mut note_long_name = |short: usize, first: usize, last: usize| {
        // `District Fire Officer (DFO) Ann Lee`: the short name of a post stands for its holder.
        let (first, last) = holder_after_short(doc, short, last).unwrap_or((first, last));
        let span =
            crate::quotes::Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        long_names
            .entry(key_of(doc, short, short))
            .or_insert_with(|| {
                let mut full = normalise(span.slice(doc.text));
                if let Some((from, to)) = place_after_short(doc, short) {
                    let place = doc.tokens[from].span.start..doc.tokens[to].span.end;
                    full = format!("{} {}", full, normalise(&doc.text[place]));
                }
                full.trim_end_matches(['’', '\'']).to_string()
            });
    };
    let mut family_names: Vec<(String, String)> = Vec::new();
    let mut place_keyed: Vec<(String, usize, usize)> = Vec::new();
    let mut note_long_name_key =
        |key: String, first: usize, last: usize| place_keyed.push((key, first, last));
    let mut i = 0;
    while i < doc.len() {
        let in_incise = |i: usize| incises.iter().any(|&(lo, hi)| lo <= i && i < hi);
        if !doc.is_cap(i) || (doc.tokens[i].quoted && !in_incise(i) && !marked_alias(doc, i)) {
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
            if crate::quotes::kind::related_link(doc, lo, hi) {
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
        let Some((ts, f, mut l)) = titled_name(doc, i, hi) else {
            i += 1;
            continue;
        };
        if let Some(end) = club_name_after_initials(doc, ts, f, l, lo, hi) {
            l = end;
        }
        // `Grand Angle` (a show's label line) when the text also quotes « Grand Angle »:
        // a title, never a speaker nor an antecedent.
        if !titles.is_empty() && l > f {
            let name = crate::quotes::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end);
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
        let apposed_to = || full || (lone_opening() && (doc.english || !doc.has(l + 2, DET | ORG)));
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
        if (full || lone_apposed) && head.is_none() && ts >= lo + 2 && doc.is_punct(ts - 1, ",") {
            if let Some(before) = np::np_backward(doc, ts - 2, lo)
                .filter(|n| n.kind == NpKind::Role)
                .or_else(|| role_after_conjunction(doc, ts - 2, lo))
            {
                head = before.head;
                if gender == Gender::Unknown {
                    gender = before.gender;
                }
            } else if let Some(role) = opening_role(doc, ts - 1)
                .or_else(|| opening_unlisted_role(doc, ts - 1))
                .or_else(|| apposed_person_noun(doc, ts - 1, lo))
                .filter(|_| full)
            {
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
        // `a mother who asked to be identified only as Kerry, said`: the lone name is that
        // person's, with the gender of the role before the relative, and the main subject when
        // a comma closes the clause.
        let relative_of_name = (!full && head.is_none())
            .then(|| identified_in_relative(doc, ts, lo))
            .flatten();
        let identified = relative_of_name.is_some();
        if let Some(who) = relative_of_name {
            if gender == Gender::Unknown {
                gender = gender_of_role_before(doc, who);
            }
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
        // (`le géochimiste Paolo X, de l'Institut Y,`: a noun with its article before the name
        // presents a person too.)
        let person_name = doc.has(f, FIRST_NAME) || ts < f || role_start < ts;
        // (`According to Lee, the firm said`: a source cue's comma opens the main clause, no
        // apposition.)
        let apposed_org = (head.is_none() && !person_name && doc.is_punct(l + 1, ","))
            .then(|| {
                let cued = ts > lo && source_cue_ends_at(doc, ts - 1);
                // (`Contactée par Ouest Matin, la direction …`: the name ends an opening
                // adverbial; the phrase after its comma is the subject.)
                let start = doc.sentence_start(ts);
                let adverbial =
                    np::is_adverbial(doc, start) && !(start..ts).any(|k| doc.is_punct(k, ","));
                (doc.has(l + 2, DET) && !cued && !adverbial).then(|| np::np_forward(doc, l + 2, hi))
            })
            .flatten()
            .flatten()
            // (`In a letter seen by Farm Weekly, the society warned`: a phrase its speech verb
            // follows is the main clause's subject, no apposition.)
            .filter(|n| !doc.is_speech_verb(n.last + 1))
            .or_else(|| {
                let det = !person_name
                    && ts > lo + 2
                    && doc.has(ts - 1, DET)
                    && doc.is_punct(ts - 2, ",");
                det.then(|| np::np_backward(doc, ts - 3, lo)).flatten()
            })
            .filter(|n| n.kind == NpKind::Organisation)
            .and_then(|n| n.head);
        // `(CISS du Val-Fleuri)`: initials with their place make an aside too.
        let placed = (ts == f && ts > lo && doc.is_punct(ts - 1, "("))
            .then(|| short_with_place(doc, f))
            .flatten();
        let l = placed.map_or(l, |close| close - 1);
        let aside = ts > lo && doc.is_punct(ts - 1, "(") && doc.is_punct(l + 1, ")");
        if aside && (f == l || f + 1 == l || placed.is_some()) {
            if let Some((first, last)) = long_name_before(doc, f, lo) {
                note_long_name(f, first, last);
                // (It later goes by its whole short name too.)
                if placed.is_some() {
                    note_long_name_key(key_of(doc, f, l), first, last);
                }
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
            || (identified && doc.is_punct(l + 1, ","))
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
        if full || head.is_some() || subject || person_possessor || identified {
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
                } else if named_from > lo + 1
                    && doc.has(named_from - 2, DET)
                    && is_org_noun(doc, named_from - 1)
                {
                    // (`Le groupe X (XG), … Il estime`: a short name keeps the long one's.)
                    article_gender(doc, named_from - 2)
                } else {
                    Gender::Unknown
                },
                determined: head.is_none() && ts > lo && doc.has(ts - 1, DEFINITE),
                // `le groupe Valmont`, `la société Minera X`: the name of a body.
                // (`le syndicat X et Y (XY)`: the noun before the long name, not its initials.)
                org_noun: (head.is_none() && named_from > lo)
                    .then(|| org_noun_before(doc, named_from, lo))
                    .flatten()
                    .map(|o| doc.low(o).into_owned())
                    .or(apposed_org)
                    // `Le bailleur, Habitat X, a réagi`: the noun set off before the name.
                    .or_else(|| {
                        // (English only opening the sentence and closed by a comma: `The
                        // company, Acme Holdings, did`; not `In the city, Ann Roe, 63, sat`.)
                        // (`devant la mairie, Rosemila, 15 ans,`: an age makes a person.)
                        let noun_before = head.is_none()
                            && !person_name
                            && age_after(doc, l, hi).is_none()
                            && ts >= lo + 3
                            && doc.is_punct(ts - 1, ",")
                            && is_org_noun(doc, ts - 2)
                            && doc.has(ts - 3, DEFINITE)
                            && (!doc.english
                                || ((doc.is_punct(l + 1, ",") || placed_set_off(doc, l, hi))
                                    && doc.sentence_start(ts - 3) == ts - 3));
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
                identified,
                co_role,
            });
        }
        i = l + 1;
    }
    for (key, name) in family_names {
        long_names.entry(key).or_insert(name);
    }
    for (key, first, last) in place_keyed {
        let span =
            crate::quotes::Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        long_names
            .entry(key)
            .or_insert_with(|| normalise(span.slice(doc.text)));
    }
    (raws, long_names)
}

/// The one raw name that `key` opens and that names no person nor place (no given name,
/// title, role or age), if exactly one name does.
fn body_opening_with(doc: &Doc, raws: &[Raw], key: &str) -> Option<usize> {
    let opens = |r: &Raw| {
        r.key
            .strip_prefix(key)
            .is_some_and(|rest| rest.starts_with(' '))
            && !doc.has(r.tok, FIRST_NAME)
            && !r.titled
            && r.head.is_none()
            && r.age.is_none()
            && r.start == r.tok
            && !doc.has(r.last, ORG)
            && !doc.lex.place_nouns.contains(last_word(&r.key))
            && !in_title_line(doc, r.tok)
    };
    let o = raws.iter().position(opens)?;
    let longer = |r: &Raw| {
        r.key
            .strip_prefix(key)
            .is_some_and(|rest| rest.starts_with(' '))
    };
    raws.iter()
        .all(|r| !longer(r) || r.key == raws[o].key)
        .then_some(o)
}

/// `The vendor, Acme Systems of Dunmore, Ohio, said`: a place preposition and a capitalised
/// place then a comma after name end `l` set the name off as a comma would.
fn placed_set_off(doc: &Doc, l: usize, hi: usize) -> bool {
    const MAX_PLACE_WORDS: usize = 3;
    if !doc.is_word(l + 1)
        || !doc.is_cap(l + 2)
        || !doc.lex.place_prepositions.contains(doc.low(l + 1).as_ref())
    {
        return false;
    }
    let mut k = l + 2;
    while k < hi && k < l + 2 + MAX_PLACE_WORDS && doc.is_cap(k) {
        k += 1;
    }
    doc.is_punct(k, ",")
}

/// `Marigold Antenna Cancel Tour`: a paragraph of capitalised words (with no lowercase word
/// of four letters or more) is a headline, whose names run into its other words.
fn in_title_line(doc: &Doc, tok: usize) -> bool {
    let (lo, hi) = doc.para_tokens(doc.para_of(tok));
    !(lo..hi).any(|k| doc.is_word(k) && !doc.is_cap(k) && doc.s(k).len() >= 4)
}

/// Only a person's name takes up a given name (not `Trump Tower`, `Lee Foundation`).
fn is_personal(doc: &Doc, r: &Raw) -> bool {
    r.org_noun.is_none()
        && !doc.has(r.last, ORG)
        && !doc.lex.place_nouns.contains(last_word(&r.key))
}

/// `Minister for Community Living Nurul Azmina` then `Ms Nurul`: a given name taken up
/// after a gendered title starts the full name inside a run of capitalised words. Each
/// word is looked for once, and only for the first few: every look reads all the names,
/// and a text repeating `M. Dupont` thousands of times must stay linear.
fn start_names_at_given_words(doc: &Doc, raws: &mut [Raw]) {
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
            is_personal(doc, o)
                && o.key
                    .split(' ')
                    .skip(1)
                    .position(|w| w == word)
                    .is_some_and(|at| o.key.split(' ').count() - at - 1 <= 3)
        });
        if let Some(o) = inner {
            let from =
                (raws[o].tok..=raws[o].last).find(|&k| doc.is_word(k) && key_of(doc, k, k) == word);
            if let Some(from) = from {
                raws[o].key = key_of(doc, from, raws[o].last);
                raws[o].tok = from;
            }
        }
    }
}

/// `X, que tout le monde appelle Abou Y`, `X, surnommé Y`: the name at `ts` is a nickname when
/// an alias word (`[alias_words]`) comes right before it (or before its opening mark), after a comma or in a relative clause
/// that a comma opens; the person named before that comma in the sentence (`named_before` gives
/// the last full name from a token on) is the one it names.
fn alias_of(
    doc: &Doc,
    ts: usize,
    lo: usize,
    named_before: impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<String> {
    const CLAUSE_WORDS: usize = 5;
    // `X, dit « Y »`: a name in marks may follow the word, and a marked name may follow a
    // word that is otherwise a speech verb (`[marked_alias_words]`).
    let marked = ts > lo && doc.is_punct(ts - 1, "«“\"");
    if doc.lex.alias_words.is_empty() || ts < lo + 2 + usize::from(marked) {
        return None;
    }
    let w = ts - 1 - usize::from(marked);
    let low = doc.low(w);
    let alias = doc.lex.alias_words.contains(low.as_ref())
        || marked && doc.lex.marked_alias_words.contains(low.as_ref());
    if !doc.is_word(w) || doc.is_cap(w) || !alias {
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
    let span = crate::quotes::Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end);
    Some(normalise(span.slice(doc.text)))
}

/// `X, dit « Y »`: whether token `i` opens a name in marks right after an alias word, a
/// nickname to read like a name out of marks.
fn marked_alias(doc: &Doc, i: usize) -> bool {
    let alias = |w: &str| doc.lex.alias_words.contains(w) || doc.lex.marked_alias_words.contains(w);
    i >= 2 && doc.is_punct(i - 1, "«“\"") && doc.is_word(i - 2) && alias(doc.low(i - 2).as_ref())
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
    // `Local resident and retired builder X`: a conjunction between two roles.
    let joins_roles = |k: usize| doc.english && k > 0 && doc.has(k, COORD) && role(k - 1);
    let modifier = |k: usize| {
        k > 0
            && doc.is_word(k)
            && doc.has(k + 1, ROLE)
            && (doc.is_cap(k - 1)
                || doc.has(k - 1, PREMODIFIER)
                || (doc.english && doc.is_punct(k - 1, ","))
                || joins_roles(k - 1))
            && !doc.has(k, DET)
    };
    let premodifier = |k: usize| doc.has(k, PREMODIFIER);
    // `Permanent secretary for Health X`: the link to a role's capitalised portfolio.
    let portfolio = |k: usize| {
        doc.english
            && matches!(doc.s(k), "for" | "of")
            && doc.has(k - 1, ROLE | TITLE)
            && doc.is_cap(k + 1)
    };
    // `La start-up lyonnaise X, qui …, a annoncé`: an institution noun and one adjective
    // before a French name, after its article.
    let body_adjective = |k: usize| {
        !doc.english
            && k + 3 >= start
            && start >= 3
            && doc.is_word(start - 1)
            && !doc.is_cap(start - 1)
            && doc.has(start - 2, ORG)
            && doc.has(start - 3, DET)
            && !doc.has(start - 1, DET | LINK)
    };
    // `The environmental group X said`: an article, an adjective and an institution noun.
    let described_body = |k: usize| {
        doc.english
            && k + 3 >= start
            && start >= 3
            && doc.has(start - 3, DET)
            && doc.is_word(start - 2)
            && !doc.is_cap(start - 2)
            && !doc.has(start - 2, DET | LINK | AUX | PRONOUN | ADVERB | SPEECH)
            && !doc.is_cap(start - 1)
            && doc.has(start - 1, ORG)
    };
    // `Timber framer X drove over`: an occupation the roles do not list, by its agent ending,
    // between the capital opening the sentence and the name (not a verb: `X beat Y`).
    const AGENT_ENDINGS: [&str; 4] = ["er", "or", "ist", "ian"];
    // `Longtime regular X`, `Local resident X`: endings that verbs share (`fear`, `want`), so
    // not after a plural capital, which would be the verb's subject.
    const NOUN_ENDINGS: [&str; 3] = ["ar", "ent", "ant"];
    let occupation = |k: usize| {
        doc.english
            && k + 1 == start
            && doc.is_cap(k - 1)
            && doc.sentence_start(k - 1) == k - 1
            && doc.is_word(k)
            && !doc.is_cap(k)
            && (AGENT_ENDINGS.iter().any(|e| doc.s(k).ends_with(e))
                || (NOUN_ENDINGS.iter().any(|e| doc.s(k).ends_with(e))
                    && !doc.s(k - 1).ends_with('s')))
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
            || portfolio(p)
            || (joins_roles(p) && (role(p + 1) || modifier(p + 1)))
            || occupation(p)
            || body_adjective(p)
            || described_body(p))
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

/// `La société et son directeur de site, X,`: the role phrase ending at `j` after a conjunction
/// (the phrase read across it is the body, not the role apposed to the name).
fn role_after_conjunction(doc: &Doc, j: usize, lo: usize) -> Option<Np> {
    const MAX_ROLE_TOKENS: usize = 6;
    let c = (j.saturating_sub(MAX_ROLE_TOKENS).max(lo)..j)
        .rev()
        .find(|&k| doc.has(k, COORD))?;
    np::np_backward(doc, j, c + 1).filter(|n| n.kind == NpKind::Role)
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

/// Whether the name at `ts` follows `as` after an identity participle (`[identity_participles]`,
/// perhaps one adverb between) in a relative clause only a person takes: `a mother of three who
/// asked to be identified only as Kerry`, `a driver who gave his name as Tam`.
/// The relative's token.
fn identified_in_relative(doc: &Doc, ts: usize, lo: usize) -> Option<usize> {
    const MAX_CLAUSE: usize = 8;
    let as_ = ts.checked_sub(1).filter(|&a| a > lo + 1)?;
    if !doc.english
        || !doc
            .lex
            .identity_prepositions
            .contains(doc.low(as_).as_ref())
    {
        return None;
    }
    let identity = |p: usize| doc.lex.identity_participles.contains(doc.low(p).as_ref());
    let participle = if identity(as_ - 1) {
        as_ - 1
    } else if as_ >= lo + 3 && !doc.is_cap(as_ - 1) && doc.is_word(as_ - 1) && identity(as_ - 2) {
        as_ - 2
    } else {
        return None;
    };
    (lo..participle)
        .rev()
        .take(MAX_CLAUSE)
        .take_while(|&k| doc.is_word(k))
        .find(|&k| doc.lex.person_relatives.contains(doc.low(k).as_ref()))
}

/// The gender of the nearest role word of the sentence before token `who` that tells one
/// (`The tenant, a mother of three who`: female).
fn gender_of_role_before(doc: &Doc, who: usize) -> Gender {
    (doc.sentence_start(who)..who)
        .rev()
        .filter(|&k| doc.is_word(k) && !doc.is_cap(k) && doc.has(k, ROLE))
        .map(|k| doc.lex.role_gender(doc.s(k)))
        .find(|&g| g != Gender::Unknown)
        .unwrap_or(Gender::Unknown)
}

/// Whether the lone capitalised word at `ts` is the region of a place set off by a comma after a
/// place preposition (`a plant in Dunmore, Ohio, found`, `from nearby Alva, Texas.`): no subject.
/// Set off on both sides: `In Sabou, Kane was waiting` is a subject after an opening phrase.
fn is_region_of_place(doc: &Doc, ts: usize, lo: usize) -> bool {
    place_preposition_before_region(doc, ts, lo).is_some()
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

/// The full name before the short name in brackets at token `short` (`l'agence régionale de
/// santé (ARS)`, `NHS North Wealdshire Integrated Care Board (ICB)`), as first and last token:
/// the words back to a determiner whose initials the short name spells, with the capitalised
/// words right before them.
fn long_name_before(doc: &Doc, short: usize, lo: usize) -> Option<(usize, usize)> {
    const MAX_WORDS: usize = 12;
    let open = short.checked_sub(1)?;
    // `(Cross Med)`: a short name may carry one more capitalised word, for the place.
    let closed = doc.is_punct(short + 1, ")")
        || (doc.is_cap(short + 1) && doc.is_punct(short + 2, ")"))
        || short_with_place(doc, short).is_some();
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
    // (Not a sentence's capitalised article: `La direction … (Drac)`.)
    while start > first && doc.is_cap(start - 1) && !doc.has(start - 1, DET) {
        start -= 1;
    }
    (start < last).then_some((start, last))
}

/// `(CISS du Val-Fleuri)`, `(ARS de la Réunion)`: French initials at `short` followed, inside
/// the brackets, by `de`/`du` and a place of one or two capitalised words; the closing bracket.
fn short_with_place(doc: &Doc, short: usize) -> Option<usize> {
    if doc.english
        || !doc.is_acronym(short)
        || !matches!(doc.low(short + 1).as_ref(), "de" | "du" | "d'" | "d’")
    {
        return None;
    }
    let mut k = short + 2;
    if matches!(doc.low(k).as_ref(), "la" | "l'" | "l’") {
        k += 1;
    }
    let first = k;
    while k < first + 2 && doc.is_cap(k) && !doc.has(k, FIRST_NAME | ROLE | TITLE) {
        k += 1;
    }
    (k > first && doc.is_punct(k, ")")).then_some(k)
}

/// `Harbour Master (HM) Ann Lee`, `the Harbour Master (HM), Ann Lee,`: the person's name right
/// after the bracketed short name of a post (a long name ending in a role word), as its first
/// and last token.
fn holder_after_short(doc: &Doc, short: usize, long_last: usize) -> Option<(usize, usize)> {
    let english_post = doc.english && doc.has(long_last, ROLE) && doc.is_cap(long_last);
    if !english_post || !doc.is_punct(short + 1, ")") {
        return None;
    }
    let at = short + 2 + usize::from(doc.is_punct(short + 2, ","));
    let hi = doc.para_tokens(doc.para_of(short)).1;
    let (ts, f, l) = titled_name(doc, at, hi)?;
    (ts == at && l > f && !doc.has(f, ORG) && !doc.has(l, ORG | ROLE)).then_some((f, l))
}

/// `la direction régionale des affaires culturelles (Drac) de Normandie`: the place after the
/// short name in brackets at `short` ends the long name, as its first and last token.
/// (Not a person: `la Fédération X (FFX) de Jean Y`.)
fn place_after_short(doc: &Doc, short: usize) -> Option<(usize, usize)> {
    const MAX_WORDS: usize = 3;
    if doc.english || !doc.is_punct(short + 1, ")") {
        return None;
    }
    let link = short + 2;
    if link + 2 >= doc.len() || !matches!(doc.s(link), "de" | "du" | "d'" | "d’") {
        return None;
    }
    let mut first = link + 1;
    if matches!(doc.s(first), "la" | "l'" | "l’") && doc.s(link) == "de" {
        first += 1;
    }
    let place = |k: usize| k < doc.len() && doc.is_cap(k) && !doc.has(k, FIRST_NAME | ROLE | TITLE);
    if !place(first) {
        return None;
    }
    let mut last = first;
    while last < first + MAX_WORDS && place(last + 1) {
        last += 1;
    }
    (doc.para_of(last) == doc.para_of(short)).then_some((link, last))
}

/// `le RC Vallon-Nord a publié`: initials after an article, then a capitalised name that is
/// no given name, name one body (a club, a section); the name's last token.
fn club_name_after_initials(
    doc: &Doc,
    ts: usize,
    f: usize,
    l: usize,
    lo: usize,
    hi: usize,
) -> Option<usize> {
    let initials = !doc.english
        && f == l
        && ts == f
        && f > lo
        && doc.is_acronym(f)
        && doc.has(f - 1, DET)
        && !doc.has(f, ROLE | ORG | TITLE);
    if !initials
        || l + 1 >= hi
        || !doc.is_cap(l + 1)
        || doc.is_acronym(l + 1)
        || doc.has(l + 1, FIRST_NAME)
    {
        return None;
    }
    let (ts2, f2, l2) = titled_name(doc, l + 1, hi)?;
    (ts2 == l + 1 && f2 == ts2).then_some(l2)
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

/// `Le mukhtar de Qasr, Firstname X,` (French): the noun the roles do not list after the
/// definite article opening the sentence, when a place's capitalised name is its only
/// complement before the comma at `comma`: a local office its holder is apposed to.
fn opening_unlisted_role(doc: &Doc, comma: usize) -> Option<usize> {
    const MAX_PLACE_TOKENS: usize = 6;
    let start = doc.sentence_start(comma);
    let noun = start + 1;
    let place = noun + 2;
    let apposed = !doc.english
        && place < comma
        && comma - place <= MAX_PLACE_TOKENS
        && doc.has(start, DEFINITE)
        && doc.is_word(noun)
        && !doc.is_cap(noun)
        && !doc.has(noun, DET | LINK | ORG | NAMING | PRONOUN | AUX | ADVERB)
        && matches!(doc.low(noun + 1).as_ref(), "de" | "d’" | "d'")
        && doc.is_cap(place)
        && (place..comma).all(|k| doc.is_word(k) && (doc.is_cap(k) || doc.has(k, LINK)));
    apposed.then_some(noun)
}

/// `détaille le chimiste cantonal, Markus X` (French): a definite noun naming a person by its
/// ending (the roles do not list it), perhaps with one adjective, right before the comma at
/// `comma` and a full name: the role that `le chimiste` later takes up.
fn apposed_person_noun(doc: &Doc, comma: usize, lo: usize) -> Option<usize> {
    const PLAIN: u32 = DET | LINK | ORG | NAMING | PRONOUN | AUX | ADVERB | ROLE | COORD;
    let plain = |k: usize| doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, PLAIN);
    if doc.english {
        return None;
    }
    [2, 3].into_iter().find_map(|back| {
        let d = comma.checked_sub(back).filter(|&d| d >= lo)?;
        let noun = d + 1;
        let apposed = doc.has(d, DEFINITE)
            && !doc.has(d, LINK)
            && plain(noun)
            && doc.lex.is_person_noun(&doc.low(noun))
            && (noun + 1..comma).all(plain);
        apposed.then_some(noun)
    })
}

/// The short capitalised contents of the quotations (`« Grand Angle »`): names of titles, so
/// the same words outside the marks name no person.
fn quoted_titles<'t>(doc: &Doc<'t>) -> Vec<&'t str> {
    const MAX_WORDS: usize = 5;
    doc.quotes
        .iter()
        // (`X, dit « Y »`: a nickname, no title.)
        .filter(|q| !marked_alias(doc, q.open_tok + 1))
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
    // `Reporter: Ann Lee`: a label and its colon.
    if doc.is_punct(lo + 1, ":") && doc.lex.byline_labels.contains(doc.low(lo).as_ref()) {
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
    // `Ann Roe / May 6, 2024`: the name, a separator, then the date.
    let dated = |l: usize| {
        doc.is_punct(l + 1, "/|·—–")
            && (l + 2..hi).any(|k| doc.s(k).starts_with(|c: char| c.is_ascii_digit()))
    };
    // (A comma past the name's last possible word leaves too many words: no need to look.)
    let end = (lo..hi.min(lo + MAX_WORDS + 1))
        .find(|&k| doc.is_punct(k, ",/|·—–"))
        .unwrap_or(hi);
    let words = end - lo;
    let plain = |k: usize| doc.is_cap(k) && !doc.tokens[k].quoted;
    // `ANN ROE`: a byline in capitals, opening on a given name.
    let shouted = || doc.has(lo, FIRST_NAME) && (lo..end).all(|k| doc.is_acronym(k) && plain(k));
    let ends = |l: usize| l + 1 == hi || (l + 1 == end && (desk(l) || dated(l)));
    (2..=MAX_WORDS).contains(&words)
        && doc.para_of(lo) < TOP_PARAGRAPHS
        && (((lo..end).all(|k| plain(k) && !doc.is_acronym(k))
            && np::titled_name(doc, lo, end).is_some_and(|(ts, _, l)| ts == lo && ends(l)))
            || (shouted() && ends(end - 1)))
}

/// The institution noun that introduces the name opening at `ts`: right before it (`le groupe
/// X`), or French, before a lowercase noun complement that says its kind (`le groupe à peau X`,
/// `le groupe de rock X`).
fn org_noun_before(doc: &Doc, ts: usize, lo: usize) -> Option<usize> {
    if is_org_noun(doc, ts - 1) {
        return Some(ts - 1);
    }
    let kind = |k: usize| doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, ORG | ROLE | DET);
    let link = |k: usize| matches!(doc.low(k).as_ref(), "à" | "de" | "d'" | "d’");
    (!doc.english && ts >= lo + 3 && kind(ts - 1) && link(ts - 2) && is_org_noun(doc, ts - 3))
        // (Lazily: `ts - 3` underflows when the test fails for a name opening the text.)
        .then(|| ts - 3)
}

/// Whether token `k` is a lowercase organisation noun (`groupe`, `société`, `company`).
fn is_org_noun(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) && !doc.is_cap(k) && doc.has(k, ORG) && !doc.has(k, ROLE)
}

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

/// Whether the given name opening `key` is listed in neither list of given names: its gender
/// is only guessed from its ending.
fn ending_only(doc: &Doc, key: &str) -> bool {
    let first = key.split([' ', '-']).next().unwrap_or(key);
    !doc.lex.female_names.contains(first) && !doc.lex.male_names.contains(first)
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
