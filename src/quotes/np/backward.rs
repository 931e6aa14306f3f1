//! The noun phrase that ends at a token (`np_backward`), as a speaker placed after a quote or
//! before a verb: it walks back over appositions, ages, party tags, participle clauses and
//! relatives (`X, 45 ans, qui ...`) to the phrase's start, and decides which phrase the
//! walk lands on (a name, the person of a body, a role before a name).

use super::{
    honorific, name_ending_at, name_np, np_forward, partitive_at, role_or_org, titles_before, Np,
    NpKind,
};
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::Gender;

/// Whether `short` reads as an acronym of `words`: each of its letters continues the word
/// being spelled or starts a later one, beginning with the first word (`Medef`: `M`ouvement
/// des `E`ntreprises `DE` `F`rance). Each part of a hyphenated word counts as a word
/// (`UFCP`: `U`nion `F`rançaise de `C`anoë-`P`olo).
pub(in crate::quotes) fn spells_initials(short: &str, words: &[&str]) -> bool {
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

/// `Le secrétaire général du Syndicat national des taxis (SNT), X`: the short name in brackets
/// at `short` spells the body named in the role's complement, so the role stands (its initials
/// may read from the role's own first word too: `s`ecrétaire).
fn initials_of_complement(doc: &Doc, role: &Np, short: usize) -> bool {
    let Some(body) = (role.first + 1..=role.last).find(|&k| doc.is_cap(k) && doc.has(k - 1, LINK))
    else {
        return false;
    };
    let words: Vec<&str> = (body..=role.last).map(|k| doc.s(k)).collect();
    spells_initials(doc.s(short), &words)
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
pub(in crate::quotes) fn opens_other_participle(doc: &Doc, i: usize) -> bool {
    const ENDINGS_FR: [&str; 8] = ["ue", "ues", "ie", "ies", "ise", "ises", "u", "us"];
    if doc.english || !doc.is_word(i) || doc.is_cap(i) || doc.has(i, ROLE | ORG | DET) {
        return false;
    }
    let word = doc.low(i);
    // `lu à l'audience`: too short for the ending test.
    if word.len() <= 4 && doc.lex.short_participles.contains(word.as_ref()) {
        return true;
    }
    // Not `lieu`, `bureau`, `trou`: a vowel before a final `u` makes a noun.
    let noun_u = word
        .trim_end_matches('s')
        .strip_suffix('u')
        .is_some_and(|stem| stem.ends_with(['a', 'e', 'o']));
    word.chars().nth(3).is_some() && !noun_u && ENDINGS_FR.iter().any(|e| word.ends_with(e))
}

/// Whether token `k` has the ending of a French past participle (`amarré`, `condamnées`).
pub(in crate::quotes) fn ends_like_past_participle(doc: &Doc, k: usize) -> bool {
    // The word as written (no lowercase copy): a capitalised participle ends in lowercase too.
    let w = doc.s(k);
    !doc.english
        && doc.is_word(k)
        && (w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées"))
}

/// Whether a comma-delimited stretch starting at `i` is an adverbial (lors de..., Speaking to...).
pub(in crate::quotes) fn is_adverbial(doc: &Doc, i: usize) -> bool {
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
        && (doc.has(s, ROLE | ORG)
            || (s + 1 < c && doc.has(s + 1, ROLE | ORG))
            // `X, céréalier et président du syndicat, qui`: a word coordinated with a role.
            || (s + 2 < c && doc.has(s + 1, COORD) && doc.has(s + 2, ROLE)))
}

/// `Ann Roe, manager of the island co-operative, Comhar Teo, said`: whether the comma at `c`
/// closes a bare role apposition whose complement ends on a common noun, so that a name set
/// off right after it names that complement (the co-operative), not the speaker.
pub(in crate::quotes) fn names_complement(doc: &Doc, c: usize, lo: usize) -> bool {
    let Some(start) = (lo..c).rev().find(|&k| doc.is_punct(k, ",")).map(|k| k + 1) else {
        return false;
    };
    doc.is_punct(c, ",")
        && c > start + 2
        && doc.is_word(c - 1)
        && !doc.is_cap(c - 1)
        && !doc.has(c - 1, ROLE)
        && (start + 1..c - 1).any(|k| doc.has(k, LINK))
        && bare_apposition_before(doc, c, lo)
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
        .and_then(|ts| crate::quotes::people::place_preposition_before_region(doc, ts, lo));
    if let Some(prep) = place.filter(|&p| p > lo + 1) {
        if let Some(np) = np_backward_depth(doc, prep - 1, lo, depth) {
            return Some(named_before_apposition(doc, &np, lo, depth).unwrap_or(np));
        }
    }
    if bare_apposition_before(doc, c, lo) {
        if let Some(np) = np_backward_depth(doc, c, lo, depth).filter(is_person) {
            return Some(np);
        }
    }
    // `Ann Lee, 74, from Tulsa, who`: a place set off before `who` only places the person.
    if let Some(comma) = placed_apposition(doc, c, lo) {
        let end = comma.checked_sub(1 + apposed_age_len(doc, comma, lo))?;
        let person = np_backward_depth(doc, end, lo, depth)
            .filter(|n| matches!(n.kind, NpKind::Name | NpKind::Role));
        if person.is_some() {
            return person;
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

/// `Ann Lee, 74, from Tulsa, who` (English): the comma opening a place phrase (a place
/// preposition, then capitalised words only) that ends at the comma `c`.
fn placed_apposition(doc: &Doc, c: usize, lo: usize) -> Option<usize> {
    const MAX_PLACE_WORDS: usize = 4;
    let last = c.checked_sub(1)?;
    if !doc.english || last <= lo || !doc.is_cap(last) {
        return None;
    }
    let prep = (lo..last)
        .rev()
        .take(MAX_PLACE_WORDS + 1)
        .find(|&k| !doc.is_cap(k))?;
    let placed = prep > lo + 1
        && doc.is_word(prep)
        && doc.lex.place_prepositions.contains(doc.low(prep).as_ref())
        && doc.is_punct(prep - 1, ",");
    // (Lazily: `prep - 1` underflows for a first word that is no place.)
    placed.then(|| prep - 1)
}

/// `Ann Lee, a nurse from Tulsa, Oklahoma, who`: the name an indefinite role is apposed to.
fn named_before_apposition(doc: &Doc, np: &Np, lo: usize, depth: u8) -> Option<Np> {
    let apposed = np.kind == NpKind::Role
        && np.first > lo + 1
        && doc.has(np.first, DET)
        && !doc.has(np.first, DEFINITE)
        && doc.is_punct(np.first - 1, ",");
    apposed
        .then(|| np_backward_depth(doc, np.first - 2, lo, depth + 1))
        .flatten()
        .filter(|n| n.kind == NpKind::Name)
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
pub(in crate::quotes) fn np_backward(doc: &Doc, j: usize, lo: usize) -> Option<Np> {
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
    if let Some(np) = j.checked_sub(1).and_then(|d| honorific(doc, d, j + 1)) {
        return Some(np);
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
        if before.kind == NpKind::Role && initials_of_complement(doc, &before, short) {
            return Some(before);
        }
        if doc.is_cap(short) && !long.is_empty() && (body || spells_initials(doc.s(short), &long)) {
            return Some(name_np(doc, short, short, short, None, Gender::Unknown));
        }
        return Some(before);
    }
    if doc.is_punct(j, ",") {
        let inside = doc.tokens[j].quoted;
        // (`which represents 6,000 riders,`: a figure's comma breaks no clause.)
        let comma_before = (lo..j).rev().find(|&k| {
            (doc.is_punct(k, ",") && !doc.is_digit_comma(k)) || doc.tokens[k].quoted != inside
        });
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
        // `Un voisin, la quarantaine, raconte`: so is a round age.
        let round_age = seg_start + 2 == j
            && doc.has(seg_start, DET)
            && doc.lex.approximate_ages.contains(doc.low(j - 1).as_ref());
        if round_age {
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
        if let Some(person) = segment
            .as_ref()
            .filter(|n| {
                n.first == seg_start && comma_before.is_some_and(|c| names_complement(doc, c, lo))
            })
            .and_then(|_| before(depth + 1))
            .filter(|n| n.kind == NpKind::Name)
        {
            return Some(person);
        }
        if let Some(np) = &segment {
            if np.kind == NpKind::Name && fills(np) && !complement_name(np) {
                return segment;
            }
        }
        // `La CFE-CGC, deuxième syndicat du groupe, réclame`: a named body counts as a name,
        // and so does its mouthpiece before words with no name (`A spokesperson for X, the client,
        // said`; not `The Police spokesperson, ASP Ann Lee, said`).
        let plain_role = (seg_start..j).all(|k| !doc.is_cap(k));
        let named_before = before(depth + 1).filter(|n| {
            matches!(n.kind, NpKind::Name | NpKind::Pronoun(_))
                || (n.kind == NpKind::Organisation && doc.is_cap(n.last))
                || (plain_role && (n.first..=n.last).any(|k| doc.has(k, MOUTHPIECE)))
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
        // `a farmer in mid Wales`: a place word between the preposition and the name.
        let placed_after_word = doc.english
            && ts >= lo + 2
            && doc.has(ts - 2, LINK)
            && doc
                .lex
                .place_premodifiers
                .contains(doc.low(ts - 1).as_ref());
        // `a member of the IOC Executive Board`: initials before the name, in a complement.
        let initialled = doc.english
            && ts >= lo + 3
            && doc.is_acronym(ts - 1)
            && doc.has(ts - 2, DET)
            && doc.has(ts - 3, LINK);
        let inside_phrase = ts > lo
            && (doc.has(ts - 1, LINK)
                || initialled
                || close_to
                || delegated
                || placed
                || placed_after_word
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
    // `Un voisin, la quarantaine, raconte`: a decade of age given as a round figure.
    let decade = c >= lo + 4
        && doc.is_punct(c - 3, ",")
        && doc.has(c - 2, DET)
        && doc.lex.approximate_ages.contains(doc.low(c - 1).as_ref());
    if decade {
        return 3;
    }
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
pub(in crate::quotes) fn role_prefix(
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
        // (`Pour le chercheur X`: a link opening the clause continues no phrase.)
        let continues = d > lo + 1 && doc.has(d - 1, LINK) && doc.is_word(d - 2);
        if doc.has(d, DET) && !continues {
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
