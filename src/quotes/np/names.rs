//! Where a name runs: the capitalised words of a person or a body (`Jens Stoltenberg`,
//! `Jean de La Fontaine`, `le ministère de la Défense`), read forward from its first word or
//! backward from its last, with the titles before it (`M.`, `Dr`, `la ministre`). It decides
//! which capitalised words belong to the name and which are a dateline, a role, a portfolio or
//! the next sentence's start.

use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;

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
        || opening_adverb(doc, i)
}

/// `Officiellement, le groupe invoque …`: a long word in -ment opening its sentence before a
/// comma is an adverb, no name (`Clément,` is shorter, and a known given name).
fn opening_adverb(doc: &Doc, i: usize) -> bool {
    const MIN_CHARS: usize = 8;
    let w = doc.s(i);
    doc.is_punct(i + 1, ",")
        && doc.sentence_start(i) == i
        && !doc.has(i, FIRST_NAME)
        && w.chars().nth(MIN_CHARS - 1).is_some()
        && doc.lex.adverb_endings.iter().any(|e| w.ends_with(e))
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

pub(super) fn is_first_name(doc: &Doc, i: usize) -> bool {
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
pub(in crate::quotes) fn name_from(doc: &Doc, i: usize, lim: usize) -> Option<(usize, usize)> {
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
        // (`and` goes on with the name only before words `and_in_body` vetted.)
        let mut vetted = false;
        if k == last + 1 && body_of(doc, last, k, lim) {
            k += if doc.has(k + 1, DET) { 2 } else { 1 };
            in_body = true;
        } else if k == last + 1 && possessive_before_body_noun(doc, last, k, lim) {
            k += 1;
        } else if k == last + 1 && in_body && and_in_body(doc, k, lim) {
            vetted = true;
            k += 1;
        } else if k == last + 1 && doc.punct_byte(k) == b'&' && doc.is_cap(k + 1) {
            // `Procter & Gamble`: an ampersand between capitalised words names a firm.
            vetted = true;
            k += 1;
        }
        // `Marsh Tolley LLP`: a legal suffix in capitals ends the name it follows.
        let legal = k > i && k < lim && legal_suffix(doc, k);
        let joins = k < lim
            && doc.is_cap(k)
            && (!doc.is_acronym(k) || (k > i && doc.english && doc.has(k, ORG)) || legal)
            && doc.tokens[k].quoted == doc.tokens[i].quoted
            && (in_body || title_at(doc, k) == 0 || portfolio_inside_name(doc, k))
            && (k > last + 1
                || legal
                || !is_non_name(doc, k)
                || inner_name_word(doc, last, k)
                || name_final_word(doc, last, k)
                // (`Mill Lane Residents’ Association`: a role word possessing the body noun.)
                || possessive_before_body_noun(doc, k, k + 1, lim))
            && (!is_first_name(doc, k)
                || vetted
                || is_first_name(doc, last)
                || (starts_free(doc, i, last) && !qualifies_person_after(doc, i, k)));
        if !joins {
            if k == last + 1 && abbreviated_company_word(doc, last, lim) {
                last += 2;
                continue;
            }
            if k == last + 1 && last > i {
                if let Some(end) = dotted_initials_end(doc, last, lim) {
                    return Some((i, end));
                }
            }
            return Some((i, last));
        }
        last = k;
    }
}

/// `Banque Vautier SA`: a French legal form in capitals (no possessive `sa`) ends a name.
fn legal_suffix(doc: &Doc, k: usize) -> bool {
    !doc.english && doc.lex.legal_suffixes.contains(doc.low(k).as_ref())
}

/// `Golden Sand Co. Ltd`: a company's abbreviated `Co.` before its legal suffix goes on with the
/// name rather than ending it.
fn abbreviated_company_word(doc: &Doc, last: usize, lim: usize) -> bool {
    last + 2 < lim
        && doc.is_cap(last)
        && doc
            .lex
            .company_abbreviations
            .contains(doc.low(last).as_ref())
        && doc.is_punct(last + 1, ".")
        && doc.is_cap(last + 2)
        && doc.lex.company_nouns.contains(doc.low(last + 2).as_ref())
}

/// `Río Sur S.A.`, `Van Dijk N.V.`: a capital letter ending a name, then more letters written
/// solid with periods, is a legal suffix written as initials; the last of its letters.
fn dotted_initials_end(doc: &Doc, last: usize, lim: usize) -> Option<usize> {
    let solid = |a: usize| doc.tokens[a].span.end == doc.tokens[a + 1].span.start;
    if doc.s(last).len() != 1 || !doc.is_cap(last) {
        return None;
    }
    let mut end = last;
    while end + 2 < lim
        && doc.is_punct(end + 1, ".")
        && solid(end)
        && solid(end + 1)
        && doc.s(end + 2).len() == 1
        && doc.s(end + 2).bytes().all(|b| b.is_ascii_alphabetic())
    {
        end += 2;
    }
    (end > last).then_some(end)
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
        // (`de l'Est`: a capitalised place after its article is no verb.)
        let place = doc.is_cap(k) && doc.has(k - 1, DET);
        if (doc.has(k, AUX | RELATIVE) && !place) || doc.is_speech_verb(k) {
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
pub(super) fn is_role_before_name(doc: &Doc, i: usize) -> bool {
    doc.has(i, ROLE)
        && !doc.has(i, TITLE)
        && doc.is_cap(i + 1)
        && !doc.is_acronym(i + 1)
        && !inner_name_word(doc, i, i + 1)
}

/// `Bank of England`, `Department for Transport`: an institution noun, then `of`/`for` and a
/// capitalised word, is one name. Only after an institution noun, so that `Smith of Acme` stays
/// two names.
fn body_of(doc: &Doc, last: usize, k: usize, lim: usize) -> bool {
    // Cheap tests first: this is asked after every name word, and classifying the token after
    // `k` costs a lexicon lookup.
    if !doc.english
        || k >= lim
        || !doc.has(last, ORG)
        || !matches!(doc.low(k).as_ref(), "of" | "for")
    {
        return false;
    }
    let next = if doc.has(k + 1, DET) { k + 2 } else { k + 1 };
    next < lim && doc.is_cap(next) && !doc.is_acronym(next)
}

/// `Association of King and Eastwood Counties`, `Department of Health and Human Services`:
/// inside a body's `of` complement, `and` at `k` goes on with the name when two or three
/// capitalised words follow that end on a body noun or come after a portfolio, or one more
/// portfolio (`Bank of England and Goldman Sachs` is two names).
fn and_in_body(doc: &Doc, k: usize, lim: usize) -> bool {
    const MAX_WORDS: usize = 3;
    if !doc.english || doc.s(k) != "and" {
        return false;
    }
    // (`Ministry of the Environment and Marine Resources`: after a portfolio, `and` adds
    // another one, whose first word may spell like a given name.)
    let portfolio = doc.has(k - 1, TITLE);
    if is_first_name(doc, k + 1) && !portfolio {
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
    // (`Ministry of Transport and Infrastructure`: one word after a portfolio when it is
    // another portfolio.)
    let one_portfolio = || words == 1 && portfolio && doc.has(last, TITLE);
    ((2..=MAX_WORDS).contains(&words) || one_portfolio())
        && !doc.is_cap(e)
        && (body_noun() || (portfolio && !is_first_name(doc, last)))
}

/// `Hoteliers’ Association`, `Workers’ Union`: a plural possessive glued to a capitalised
/// word at `k` and followed by a capitalised body noun stays inside the body's name; so does
/// a role's singular one (`County Sheriff’s Office`), not a place's (`Kenya’s Ministry`).
pub(super) fn possessive_before_body_noun(doc: &Doc, last: usize, k: usize, lim: usize) -> bool {
    let plural = || matches!(doc.s(k), "’" | "'") && doc.s(last).ends_with('s');
    let role = || {
        doc.s(k) == "s"
            && doc.s(last).ends_with(['’', '\''])
            && doc
                .lex
                .roles
                .contains_key(doc.low(last).trim_end_matches(['’', '\'']))
    };
    // `Homeowners’ Protection Association`: up to two capitalised words may come before the
    // body noun.
    const MAX_BEFORE_NOUN: usize = 2;
    let body_noun = |m: usize| doc.has(m, ORG) && !doc.is_acronym(m);
    doc.english
        && k + 1 < lim
        && doc.tokens[k].span.start == doc.tokens[last].span.end
        && (plural() || role())
        && (k + 1..lim.min(k + 2 + MAX_BEFORE_NOUN))
            .take_while(|&m| doc.is_word(m) && doc.is_cap(m))
            .any(body_noun)
}

/// A name ending at `j`, as first and last token (titles not included).
pub(in crate::quotes) fn name_ending_at(doc: &Doc, j: usize, lo: usize) -> Option<(usize, usize)> {
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
        // (`Doctors Without Borders`: not before a word inside a body's name.)
        let inner = k == first && first < j && inner_name_word(doc, prev, first);
        let role_word = doc.has(prev, ROLE) && prev + 1 == k && !inner;
        let joins = doc.is_cap(prev)
            && !doc.is_acronym(prev)
            && doc.tokens[prev].quoted == doc.tokens[j].quoted
            && !doc.has(prev, TITLE)
            && !role_word
            && (!is_non_name(doc, prev) || (prev > lo && inner_name_word(doc, prev - 1, prev)))
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
pub(in crate::quotes) fn titled_name(
    doc: &Doc,
    i: usize,
    lim: usize,
) -> Option<(usize, usize, usize)> {
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
    // `the company's Chief Executive Officer, Ann Lee`, `Chief Operating Officer, Ann Lee`:
    // after a title, words ending with a title and apposed to a name are a post, no name.
    let post = |l: usize| {
        (k > i || (i > 0 && doc.has(i - 1, TITLE)))
            && doc.has(l, TITLE)
            && doc.is_punct(l + 1, ",")
            && doc.is_cap(l + 2)
    };
    if k > i && capitalised_particle(doc, k) {
        return name_from(doc, k + 1, lim).map(|(_, l)| (i, k, l));
    }
    name_from(doc, k, lim)
        .filter(|&(_, l)| !post(l))
        .map(|(f, l)| (i, f, l))
}

/// `M. Le Bihan`, `Mme Du Pont`: right after a title, a capitalised particle before a
/// capitalised word opens the surname (elsewhere `Le` opens a sentence; `M. Le Maire` is a
/// role).
fn capitalised_particle(doc: &Doc, k: usize) -> bool {
    !doc.english
        && is_particle(doc, k)
        && doc.is_cap(k)
        && doc.is_cap(k + 1)
        && !is_non_name(doc, k + 1)
        && !doc.has(k + 1, ROLE | TITLE)
        && !doc.is_acronym(k + 1)
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
