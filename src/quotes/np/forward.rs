//! The noun phrase that starts at a token (`np_forward`): a name with its titles or role
//! (`le chancelier Olaf Scholz`, `former minister X`), a pronoun, a role or an organisation
//! phrase with its complements, or any other determiner phrase. It decides the phrase's kind,
//! its extent (where a complement or an apposition stops it) and its head noun and gender.

use super::names::possessive_before_body_noun;
use super::{
    gender_of_determiner, is_first_name, is_possessive_mark, is_role_before_name, name_from,
    name_np, partitive, role_or_org, titled_name, Np, NpKind,
};
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::Gender;

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
pub(in crate::quotes) fn described_name(
    doc: &Doc,
    i: usize,
    lim: usize,
) -> Option<(usize, usize, usize)> {
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

/// `Arvena’s Lucas Pinheiro` (English): a named possessor (a team, a firm) only places the
/// person named after it, whose first name tells that it is a person.
fn person_after_capital_possessor(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
    const MAX_WORDS: usize = 4;
    if !doc.english {
        return None;
    }
    let end = lim.min(i + MAX_WORDS + 1);
    let mark = (i + 1..end).find(|&k| !doc.is_cap(k) || is_possessive_mark(doc, k))?;
    if !is_possessive_mark(doc, mark) {
        return None;
    }
    let (ts, f, pl) = titled_name(doc, mark + 1, lim)?;
    (pl > f && is_first_name(doc, f))
        .then(|| name_np(doc, ts, f, pl, None, Gender::Unknown))
        .map(|np| Np { first: i, ..np })
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
pub(in crate::quotes) fn is_name_participle(doc: &Doc, k: usize) -> bool {
    doc.has(k, NAMING) && doc.lex.name_participles.contains(doc.low(k).as_ref())
}

/// `le rappeur Kazé`: a French noun naming a person by its ending (not a listed role nor
/// body), right before a capitalised name.
pub(in crate::quotes) fn is_person_noun_before_name(doc: &Doc, k: usize) -> bool {
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

/// `the Gazette’s board of directors`: `of` and a plural role after a body noun at `m` tell
/// its members; the last token of that complement.
fn members_after(doc: &Doc, m: usize, lim: usize) -> Option<usize> {
    let members = m + 2 < lim
        && doc.s(m + 1) == "of"
        && doc.is_word(m + 2)
        && !doc.is_cap(m + 2)
        && doc.lex.singular_role(&doc.low(m + 2)).is_some();
    members.then_some(m + 2)
}

/// An English role premodified by capitalised words, then a name or nothing: `Tesla CEO Elon
/// Musk`, `Ukrainian President Volodymyr Zelensky`, `White House spokeswoman Karine
/// Jean-Pierre`, `Microsoft’s president, Brad Smith`, `a U.S. official`.
fn premodified_role(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
    let has_det = doc.has(i, DET);
    let start = if has_det { i + 1 } else { i };
    let is_role = |k: usize| role_or_org(doc, k).is_some_and(|(kind, _)| kind == NpKind::Role);
    let mut k = start;
    while k < lim && k < start + 6 {
        let modifier = doc.is_cap(k) && !is_role(k) && !doc.has(k, DET | PRONOUN);
        // `a Federal Circuit and Family Court judge`: two capitalised bodies coordinated.
        let coordinated = k > start
            && doc.is_cap(k - 1)
            && (doc.has(k, COORD) || doc.punct_byte(k) == b'&')
            && k + 1 < lim
            && doc.is_cap(k + 1)
            && !doc.has(k + 1, DET | PRONOUN);
        if !(modifier || coordinated || (k > start && is_possessive_mark(doc, k))) {
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
                    last: members_after(doc, m, lim).unwrap_or(m),
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
    // `the Mill Lane Residents’ Association`: a role word possessing a body noun is part of
    // the body's name.
    if possessive_before_body_noun(doc, h, h + 1, lim) {
        return None;
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
/// `her Honour`, `his Lordship`: a possessive determiner then a form of address of
/// `[honorifics]` is the holder of its role (`judge`), like `the judge`.
pub(super) fn honorific(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
    let form = i + 1;
    if form >= lim
        || !doc.is_cap(form)
        || !doc.lex.possessive_determiners.contains(doc.low(i).as_ref())
    {
        return None;
    }
    let role = doc.lex.honorifics.get(doc.s(form))?;
    Some(Np {
        kind: NpKind::Role,
        first: i,
        last: form,
        name: None,
        head: Some(role.clone()),
        gender: Gender::Unknown,
    })
}

pub(in crate::quotes) fn np_forward(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
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
    if let Some(np) = honorific(doc, i, lim) {
        return Some(np);
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
    // `Senior Superintendent Ann Lee`: a capitalised premodifier before a title belongs to it.
    if doc.english && !has_det && doc.has(i, PREMODIFIER) && doc.is_cap(i) && doc.has(i + 1, TITLE)
    {
        if let Some((_, f, l)) = titled_name(doc, i + 1, lim) {
            return Some(name_np(doc, i, f, l, None, Gender::Unknown));
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
        if let Some(np) = person_after_capital_possessor(doc, i, lim) {
            return Some(np);
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
    // (`un jeune laborantin`: some only after an indefinite article, `[indefinite_premodifiers]`.)
    let indefinite = has_det && !doc.has(i, DEFINITE);
    let premodifies = |k: usize| {
        doc.has(k, PREMODIFIER)
            || (indefinite
                && doc
                    .lex
                    .indefinite_premodifiers
                    .contains(doc.low(k).as_ref()))
    };
    // A noun a premodifying head gives way to (`a senior steward`).
    let plain_noun = |noun: usize| {
        doc.is_word(noun)
            && !doc.is_cap(noun)
            && !doc.has(noun, LINK | DET | PREMODIFIER)
            && !is_possessive_mark(doc, noun)
    };
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
        // `the 68-year-old Romanian told`: nor is an inhabitant's noun ending the phrase.
        let capital_role = || {
            doc.english
                && doc.has(k, ROLE)
                && (doc.is_acronym(k) || (!doc.is_cap(k + 1) && doc.lex.is_inhabitant(doc.s(k))))
        };
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
            // (`a member of the IOC Executive Board`: initials after the article too.)
            let after_link = k > start
                && (doc.has(k - 1, LINK)
                    || doc.has(k - 1, DET)
                    || (k > start + 1 && doc.is_acronym(k - 1) && doc.has(k - 2, LINK | DET)));
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
                    // `la présidente de l’association Terre Vive, Anne X`: a name after a body
                    // noun of the role's complement is the body's; the apposed name is the
                    // person (past the name's lowercase words: `Sentiers libres`).
                    let body = kind == NpKind::Role
                        && !doc.english
                        && k > start + 1
                        && doc.has(k - 1, ORG)
                        && !doc.is_cap(k - 1)
                        && (start..k - 1).any(|m| doc.has(m, LINK));
                    // (`le délégué CFDT du site, Paul X`: past the role's complement too.)
                    const MAX_COMPLEMENT: usize = 6;
                    let comma = if (body || doc.has(l + 1, LINK)) && !doc.english {
                        (l + 1..lim.min(l + 2 + MAX_COMPLEMENT))
                            .find(|&c| !doc.is_word(c) && !doc.is_punct(c, "’'-"))
                            .filter(|&c| doc.is_punct(c, ","))
                            .unwrap_or(l + 1)
                    } else {
                        l + 1
                    };
                    if (party || body) && doc.is_punct(comma, ",") {
                        if let Some(person) = titled_name(doc, comma + 1, lim)
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
            // `the residents’ association`: a body that a plural role possesses is the body
            // meant, not the people it is named for.
            if body_after_plural_possessor(doc, k, lim) && kind == NpKind::Role {
                head = None;
                kind = NpKind::Other;
                gender = Gender::Unknown;
                k += 1;
                continue;
            }
            // `le maire (LR) d'Oyonnax, X`: a party in brackets qualifies the role.
            if doc.is_punct(k, "(") && kind == NpKind::Role {
                if let Some(close) = (k + 1..lim.min(k + 6)).find(|&c| doc.is_punct(c, ")")) {
                    k = close + 1;
                    continue;
                }
            }
            if kind == NpKind::Organisation && portfolio_list_goes_on(doc, k, lim) {
                k += 1;
                continue;
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
            // `A vendor at the market, Joan Pettit, said`: a person's full name apposed to an
            // indefinite body noun (one who sells) is the speaker.
            let indefinite = doc.has(i, DET) && !doc.has(i, DEFINITE);
            if doc.is_punct(k, ",") && kind == NpKind::Organisation && indefinite {
                let apposed = titled_name(doc, k + 1, lim)
                    .filter(|&(_, f, l)| l > f && closes_apposition(doc, l + 1, lim))
                    .map(|(ts, f, l)| name_np(doc, ts, f, l, None, Gender::Unknown))
                    .filter(|n| n.kind == NpKind::Name);
                if apposed.is_some() {
                    return apposed;
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
            // `Le conseil retient cette analyse`: no French adjective comes right before a
            // determiner that cannot be an object pronoun (`[object_pronoun_articles]` can).
            // (`Le conseil départemental de la Nièvre assume la fermeture`: nor one between a
            // body's capitalised complement and an article, its noun after it.)
            let after_complement = || {
                (kind == NpKind::Organisation || doc.has(start, ORG))
                    && k > start + 2
                    && doc.is_cap(k - 2)
                    && !doc.has(k - 2, DET | LINK)
                    && doc.is_word(k + 1)
                    && !doc.is_cap(k + 1)
            };
            let french_verb = !doc.english
                && k > start + 1
                && !doc.is_cap(k - 1)
                && !doc.has(k - 1, ROLE | ORG | DET)
                && (!doc
                    .lex
                    .object_pronoun_articles
                    .contains(doc.low(k).as_ref())
                    || after_complement());
            if verb || french_verb {
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
        if !linking && kind == NpKind::Organisation && past_tense_after_body_noun(doc, k) {
            break;
        }
        // `une ancienne directrice`, `a senior Democratic aide`: a role word that also
        // premodifies gives way to the role noun after it (not across a complement).
        // `the union’s general secretary`: a role after a possessive body is the person meant.
        let possessed_role =
            kind == NpKind::Organisation && k > start + 1 && is_possessive_mark(doc, k - 1);
        let overrides = (provisional || possessed_role) && !linking && doc.has(k, ROLE);
        // `un rapport d'inspection`: a bare body noun after a link tells a thing's kind.
        let kind_word = !doc.english
            && head.is_none()
            && k > start + 1
            && matches!(doc.low(k - 1).as_ref(), "de" | "d’" | "d'")
            && !doc.is_cap(k)
            && doc.has(k, ORG)
            && !doc.has(k, ROLE);
        if (head.is_none() || overrides) && words < 3 && !kind_word && !compound_goes_on(doc, k) {
            note_head(doc, k, &mut head, &mut kind, &mut gender);
            provisional = !overrides && head.is_some() && premodifies(k);
            // `le rappeur Kazé`, `du randonneur Paul X`: a person noun right before a name is
            // that person's role.
            if head.is_none() && is_person_noun_before_name(doc, k) {
                head = Some(doc.low(k).into_owned());
                kind = NpKind::Role;
            }
        }
        if linking {
            // `un jeune planteur de X`: the plain noun after the premodifying head, before the
            // link, is the head (as at the phrase's end below).
            if provisional
                && k >= start + 2
                && head.as_deref() == Some(doc.low(k - 2).as_ref())
                && plain_noun(k - 1)
            {
                head = Some(doc.low(k - 1).into_owned());
            }
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
            if plain_noun(h + 1) {
                let noun = h + 1;
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

/// `le ministère de l'Eau, de l'Énergie et des Mines`: a comma after a body's capitalised
/// portfolio, then `de` and another one, lists the portfolios when the list ends on `et` and
/// a last one; the comma is inside the name.
fn portfolio_list_goes_on(doc: &Doc, comma: usize, lim: usize) -> bool {
    const MAX_TOKENS: usize = 10;
    let portfolio = |m: usize| m < lim && doc.is_cap(m) && !doc.has(m, DET);
    // `de l'Énergie`, `des Mines`: a link, maybe an article, then the capitalised portfolio.
    let after_link = |m: usize| {
        if !doc.has(m, LINK) {
            return None;
        }
        let p = if doc.has(m + 1, DET) { m + 2 } else { m + 1 };
        portfolio(p).then_some(p)
    };
    if doc.english || !doc.is_punct(comma, ",") || !portfolio(comma - 1) {
        return false;
    }
    let mut m = comma;
    while m < lim.min(comma + MAX_TOKENS) {
        let coordinated = doc.is_punct(m, ",") || doc.has(m, COORD);
        let Some(p) = coordinated.then(|| after_link(m + 1)).flatten() else {
            return false;
        };
        if doc.has(m, COORD) {
            return true;
        }
        // (`de la Pêche maritime, de …`: a portfolio's adjective.)
        m = p + 1;
        while m < lim && doc.is_word(m) && !doc.is_cap(m) && !doc.has(m, LINK | DET | COORD) {
            m += 1;
        }
    }
    false
}

/// `the growers’ association`, `the players' union` (English): the lone apostrophe at `k` of
/// a plural possessor, right before a lowercase body noun.
fn body_after_plural_possessor(doc: &Doc, k: usize, lim: usize) -> bool {
    let body = k + 1;
    doc.english
        && body < lim
        && matches!(doc.s(k), "’" | "'")
        && is_possessive_mark(doc, k)
        && doc.is_word(body)
        && !doc.is_cap(body)
        && doc.has(body, ORG)
        && !doc.has(body, ROLE)
}

/// `the firm blamed shortages of parts`: in English, a lowercase past tense right after a
/// lowercase body noun is the verb (or a participle describing the body), no word of its name.
fn past_tense_after_body_noun(doc: &Doc, k: usize) -> bool {
    doc.english
        && doc.s(k).ends_with("ed")
        && !doc.is_cap(k)
        && !doc.is_cap(k - 1)
        && doc.has(k - 1, ORG)
        && !doc.has(k, ORG | ROLE)
        && !is_name_participle(doc, k)
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
    let stops = LINK | DET | STARTER | ADDRESSEE | AUX | CONNECTOR | COORD | PRONOUN | ADVERB;
    let describes = |k: usize| !doc.has(k, stops | ROLE | ORG) && !doc.is_speech_verb(k);
    let Some(h) = (i..end).rev().find(|&h| doc.has(h, ROLE)) else {
        return body_noun_before_name(doc, i, end, lim);
    };
    if !(h + 1..end).all(describes) {
        return None;
    }
    let (_, f, l) = titled_name(doc, past_bracketed_aside(doc, end, lim), lim)?;
    let gender = doc.lex.role_gender(doc.s(h));
    Some(name_np(doc, i, f, l, Some(doc.low(h).into_owned()), gender))
}

/// `engineering firm Acme Oy` (English): plain words, an institution noun ending them at
/// `end - 1`, then the body's name.
fn body_noun_before_name(doc: &Doc, i: usize, end: usize, lim: usize) -> Option<Np> {
    let stops = LINK | DET | STARTER | ADDRESSEE | AUX | CONNECTOR | COORD | PRONOUN | ADVERB;
    let noun = end.checked_sub(1).filter(|&n| n > i)?;
    let plain = (i..noun).all(|k| !doc.has(k, stops | ROLE | ORG) && !doc.is_speech_verb(k));
    if !doc.english || !plain || !doc.has(noun, ORG) || doc.has(noun, ROLE) {
        return None;
    }
    let (ts, f, l) = titled_name(doc, end, lim)?;
    let mut np = name_np(doc, ts, f, l, None, Gender::Unknown);
    np.first = i;
    Some(np)
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
