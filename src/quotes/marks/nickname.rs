//! `Mayor Rodolfo “Dodong” Ticbaen`: a capitalised word or two in marks between a given name
//! and a surname is a nickname, no quotation.

use super::Marked;

/// A name word: letters (and `-`, `.`, `'`), opening on a capital.
fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
}

/// Whether the closed marks `m` of `text` hold a nickname inside a name: one to three name
/// words, a name word right before the opening mark and one right after the closing mark, and
/// no capitalised word after that (`Says "Never Again" About Tax` is a headline, no name).
pub(in crate::quotes) fn is_nickname(text: &str, m: &Marked) -> bool {
    const MAX_WORDS: usize = 3;
    let Some(close) = m.close else {
        return false;
    };
    let inner = m.inner.slice(text);
    if inner.len() > 40 || inner.trim() != inner {
        return false;
    }
    let words = inner.split(' ').count();
    if words > MAX_WORDS || !inner.split(' ').all(is_name_word) {
        return false;
    }
    let Some(before) = text[..m.open.start].strip_suffix(' ') else {
        return false;
    };
    let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
    let Some(after) = text[close.end..].strip_prefix(' ') else {
        return false;
    };
    let end = after.find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | ')' | '.'));
    let next = &after[..end.unwrap_or(after.len())];
    let following = after[next.len()..].trim_start_matches(' ');
    // `Smith. “Go” Jones`: a sentence ends at a period after a word longer than an initial.
    let initial_or_word = prev.len() > 1 && (!prev.ends_with('.') || prev.chars().count() == 2);
    is_name_word(prev)
        && initial_or_word
        && is_name_word(next)
        && next.len() > 1
        && !following.starts_with(char::is_uppercase)
}
