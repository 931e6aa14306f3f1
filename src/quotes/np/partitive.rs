//! Phrases that name part of a group (`l'un des manifestants`, `one of the officials`,
//! `certains d'entre eux`): where the partitive opens, and the phrase it makes, whose role is
//! the group's.

use super::{gender_of_determiner, np_forward, Np, NpKind};
use crate::quotes::doc::Doc;
use crate::quotes::lexicon::class::*;
use crate::quotes::lexicon::Gender;

/// Where a partitive starts at `i` (`one of the sources`, `l'une des salariées`): the token
/// after the partitive word and its link.
pub(in crate::quotes) fn partitive_at(doc: &Doc, i: usize) -> Option<usize> {
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
pub(super) fn partitive(doc: &Doc, i: usize, lim: usize) -> Option<Np> {
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
