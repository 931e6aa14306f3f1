//! Sentence ends that no final punctuation marks, found inside what the punctuation pass kept
//! as one sentence: the furniture of e-mail and forum text (timestamps, addresses, separator
//! rules, emoticons, salutations) and run-on sentences (`…Sinatra died He also had`, `; Il`).
//!
//! The sentence is read token by token (ASCII whitespace separates them); each cue looks at
//! the tokens either side of a gap, so ordinary prose costs one byte loop.

use super::chars::{char_at, char_before, letters_at};
use super::knowledge::Knowledge;
use super::words::looks_like_address;
use crate::offsets::Span;

/// Pushes to `cuts` the byte offsets inside `span` where a sentence ends (each at the end of
/// a token), in order.
pub fn find_cuts(text: &str, span: Span, knowledge: &Knowledge, cuts: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    if let Some(end) = dateline_end(text, span).or_else(|| salutation_end(text, span, knowledge)) {
        cuts.push(end);
    }
    // The last three tokens read: `window[2]` is the one before the gap.
    let mut window: [Option<Span>; 3] = [None; 3];
    let mut i = span.start;
    while i < span.end {
        while i < span.end && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= span.end {
            break;
        }
        let start = i;
        while i < span.end && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let next = Span::new(start, i);
        if let Some(previous) = window[2] {
            let gap = Gap {
                text,
                knowledge,
                before: [window[0], window[1]],
                previous,
                next,
                span_end: span.end,
            };
            if gap.ends_sentence() && cuts.last() != Some(&previous.end) {
                cuts.push(previous.end);
            }
        }
        window = [window[1], window[2], Some(next)];
    }
}

/// The gap between two tokens, with the two tokens before them.
struct Gap<'t> {
    text: &'t str,
    knowledge: &'t Knowledge,
    before: [Option<Span>; 2],
    previous: Span,
    next: Span,
    span_end: usize,
}

impl Gap<'_> {
    fn ends_sentence(&self) -> bool {
        let previous = self.previous.slice(self.text);
        let next = self.next.slice(self.text);
        let (first, last) = (next.as_bytes()[0], previous.as_bytes()[previous.len() - 1]);
        if is_separator(next) || (is_separator(previous) && !first.is_ascii_lowercase()) {
            // `… Graae. *** Bush also …`: a rule of stars or equals signs stands alone.
            return true;
        }
        if first.is_ascii_alphabetic() && is_emoticon(previous) {
            return true;
        }
        if first.is_ascii_digit() && self.timestamp_follows(previous) {
            return true;
        }
        if (last.is_ascii_digit() || matches!(last, b'M' | b'm')) && self.timestamp_ends() {
            // `… 09:41 was short` goes on; `… 09:41 AM have you` does not.
            let opens = first.is_ascii_uppercase()
                || first.is_ascii_digit()
                || matches!(first, b'"' | b'<');
            return opens || (first.is_ascii_lowercase() && is_meridiem(previous));
        }
        if first.is_ascii_lowercase() {
            return is_url(next) && ends_address(previous);
        }
        if last == b';' {
            return self.starter_after_semicolon(previous, next);
        }
        if !first.is_ascii_uppercase() {
            return false;
        }
        if ends_address(previous) {
            // `… kate@example.com Our office …`: a capitalised word after an address.
            return next.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase);
        }
        self.run_on(previous, next)
    }

    /// `… Frank Sinatra died He also had …`: a capitalised pronoun between lowercase words.
    fn run_on(&self, previous: &str, next: &str) -> bool {
        let word = letters_at(next, 0);
        if !self.knowledge.is_run_on_starter(word) {
            return false;
        }
        let rest = &next[word.len()..];
        let contracted = rest
            .strip_prefix(['\'', '’'])
            .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_lowercase()));
        let followed_by_lowercase = rest.is_empty()
            && char_at(self.text, self.next.end + 1)
                .is_some_and(|c| c.is_lowercase() && self.next.end + 1 < self.span_end);
        let lower_before = char_before(previous, previous.len())
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        lower_before && (contracted || followed_by_lowercase)
    }

    /// `… sans se ruiner ; Il dénonce …`: after a semicolon, lowercase goes on; a capitalised
    /// sentence starter begins a new sentence.
    fn starter_after_semicolon(&self, previous: &str, next: &str) -> bool {
        if previous.starts_with('&') {
            return false; // an HTML entity such as `&amp;`
        }
        let word = letters_at(next, 0);
        let mut chars = word.chars();
        let capitalised = chars.next().is_some_and(char::is_uppercase)
            && (word.chars().count() == 1 || chars.any(char::is_lowercase));
        capitalised && !next[word.len()..].starts_with('.') && self.knowledge.is_starter(word)
    }

    /// `Kay Mann 04/26/2001 07:17 AM`: a date and time after a name or an address open a
    /// header line of their own (`on 04/26/2001 07:17` goes on).
    fn timestamp_follows(&self, previous: &str) -> bool {
        let date = self.next.slice(self.text);
        if !is_date(date) {
            return false;
        }
        let after = self.text[self.next.end..self.span_end].trim_start_matches(' ');
        let time_end = after
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(after.len());
        if !is_time(&after[..time_end]) {
            return false;
        }
        previous.starts_with(|c: char| c.is_uppercase())
            || previous.ends_with('>')
            || previous.contains('@')
    }

    /// Whether the previous token ends a date and time: `02/13/2001 08:02 PM`,
    /// `04/25/01 12:42:55`.
    fn timestamp_ends(&self) -> bool {
        let previous = self.previous.slice(self.text);
        let token = |span: Option<Span>| span.map_or("", |s| s.slice(self.text));
        let next = self.next.slice(self.text);
        if is_time(previous) {
            return is_date(token(self.before[1])) && !is_meridiem(next);
        }
        is_meridiem(previous) && is_time(token(self.before[1])) && is_date(token(self.before[0]))
    }
}

/// `Regards, Vangie`, `Hi Bob, How are you`: the salutation that opens the span, when a
/// capitalised word follows its comma; returns the end of the comma.
fn salutation_end(text: &str, span: Span, knowledge: &Knowledge) -> Option<usize> {
    const MAX_HEAD: usize = 32;
    let inner = span.slice(text);
    let comma = inner
        .get(..MAX_HEAD.min(inner.len()))
        .unwrap_or(inner)
        .find(',')?;
    let head = &inner[..comma];
    let after = inner[comma + 1..].strip_prefix(' ')?;
    let word = letters_at(after, 0);
    let vocative_alone = after[word.len()..].starts_with(['.', '!', '?', ',']);
    if !word.starts_with(|c: char| c.is_uppercase()) || vocative_alone {
        return None;
    }
    // The salutation itself, or it and one capitalised name (`Dear Nina`).
    let bare = knowledge.is_salutation(head);
    let named = head.rsplit_once(' ').is_some_and(|(greeting, name)| {
        name.starts_with(|c: char| c.is_uppercase()) && knowledge.is_salutation(greeting)
    });
    (bare || named).then_some(span.start + comma + 1)
}

/// `PARIS (AFP) -`, `LYON, 12 mars (Reuters) –`, `WASHINGTON —`: the dateline that opens a
/// wire story is a sentence of its own; returns the end of its dash.
fn dateline_end(text: &str, span: Span) -> Option<usize> {
    const MAX_DATELINE: usize = 80;
    let inner = span.slice(text);
    let mut head_len = MAX_DATELINE.min(inner.len());
    while !inner.is_char_boundary(head_len) {
        head_len -= 1;
    }
    let head = &inner[..head_len];
    // The place, in capitals: `NEW YORK`, `SAINT-DENIS`.
    let place_end = head
        .find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '’' | '.')))
        .unwrap_or(head.len());
    let place = head[..place_end].trim_end();
    if place.chars().filter(|c| c.is_uppercase()).count() < 2 {
        return None;
    }
    let mut rest = &head[place.len()..];
    if let Some(date) = rest.strip_prefix(',') {
        // `, 12 mars`, `, March 3`: up to the agency or the dash.
        let date_end = date.find(['(', '-', '–', '—'])?;
        rest = &date[date_end..];
    }
    rest = rest.trim_start();
    let mut agency = false;
    if let Some(inside) = rest.strip_prefix('(') {
        let close = inside.find(')')?;
        let name = &inside[..close];
        if name.is_empty() || !name.starts_with(char::is_uppercase) || name.len() > 24 {
            return None;
        }
        agency = true;
        rest = inside[close + 1..].trim_start();
    }
    let dash = rest.chars().next()?;
    let dashed = match dash {
        '-' => agency,
        '–' | '—' => true,
        _ => false,
    };
    let after = &rest[dash.len_utf8()..];
    if !dashed || !after.starts_with(' ') || after.trim_start().is_empty() {
        return None;
    }
    Some(span.start + head.len() - after.len())
}

/// `***`, `=====`, `______`, `-----`: a rule drawn with one repeated character.
fn is_separator(token: &str) -> bool {
    let bytes = token.as_bytes();
    let shortest = match bytes[0] {
        b'*' | b'=' | b'_' | b'~' | b'#' => 3,
        // `---` is also a dash between words.
        b'-' => 4,
        _ => return false,
    };
    bytes.len() >= shortest && bytes.iter().all(|&b| b == bytes[0])
}

/// `:)`, `:-(`, `;-)`, `:P`, `:D`: an emoticon standing alone.
fn is_emoticon(token: &str) -> bool {
    let bytes = token.as_bytes();
    let (eyes, rest) = match bytes {
        [eyes @ (b':' | b';'), rest @ ..] => (eyes, rest),
        _ => return false,
    };
    let mouth = match rest {
        [b'-', mouth] | [mouth] => mouth,
        _ => return false,
    };
    matches!(mouth, b')' | b'(' | b'P' | b'p' | b'D') && !(*eyes == b';' && *mouth == b'(')
}

/// A URL or an e-mail address that ends the token (not `Email:` or `address,`).
fn ends_address(token: &str) -> bool {
    token.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '/' || c == '>')
        && looks_like_address(token)
}

fn is_url(token: &str) -> bool {
    let lower = |prefix: &str| {
        token
            .get(..prefix.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(prefix))
    };
    lower("http://") || lower("https://") || lower("www.")
}

/// `02/13/2001`, `4/5/99`: month, day and year by slashes.
fn is_date(token: &str) -> bool {
    let mut parts = token.split('/');
    let lengths = [(1, 2), (1, 2), (2, 4)];
    lengths.iter().all(|&(shortest, longest)| {
        parts.next().is_some_and(|p| {
            (shortest..=longest).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        })
    }) && parts.next().is_none()
}

/// `08:02`, `12:42:55`.
fn is_time(token: &str) -> bool {
    let mut parts = token.split(':');
    let hours = parts.next().unwrap_or_default();
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(hours, 1..=2) {
        return false;
    }
    let mut minutes = 0;
    for part in parts {
        if !digits(part, 2..=2) {
            return false;
        }
        minutes += 1;
    }
    (1..=2).contains(&minutes)
}

fn is_meridiem(token: &str) -> bool {
    matches!(token, "AM" | "PM" | "am" | "pm" | "a.m." | "p.m.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_rules_and_emoticons() {
        assert!(is_separator("***") && is_separator("=====") && is_separator("-----"));
        assert!(!is_separator("---") && !is_separator("**") && !is_separator("*=*"));
        assert!(is_emoticon(":)") && is_emoticon(":-(") && is_emoticon(";-)"));
        assert!(is_emoticon(":P") && !is_emoticon(":") && !is_emoticon(":x") && !is_emoticon(";("));
    }

    #[test]
    fn recognises_dates_and_times() {
        assert!(is_date("02/13/2001") && is_date("4/5/99"));
        assert!(!is_date("2001/02/13") && !is_date("1/2") && !is_date("a/b/cc"));
        assert!(is_time("08:02") && is_time("12:42:55") && is_time("7:17"));
        assert!(!is_time("08") && !is_time("8:2") && !is_time("1:02:03:04"));
    }

    #[test]
    fn recognises_addresses_that_end_a_token() {
        assert!(ends_address("kate@example.com") && ends_address("<kate@example.com>"));
        assert!(ends_address("http://example.com/a/"));
        assert!(!ends_address("kate@example.com,") && !ends_address("Email:"));
        assert!(is_url("https://example.com") && is_url("www.example.com"));
        assert!(!is_url("whatever"));
    }
}
