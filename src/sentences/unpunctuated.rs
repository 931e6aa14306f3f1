//! Sentence ends that no final punctuation marks, found inside what the punctuation pass kept
//! as one sentence: the furniture of e-mail and forum text (timestamps, addresses, separator
//! rules, emoticons, salutations), wire datelines and `; Il` after a semicolon.
//!
//! Every cue but the dateline and the salutation holds a rare byte (`@ / : ; * = _`, a
//! dash): the main scan notes whether a sentence has any (`scan::next_stop`), and only then is
//! it skipped eight bytes at a time to those (`scan::next_cue`) and the tokens around them read.

use super::chars::letters_at;
use super::knowledge::Knowledge;
use super::scan::{find_byte, next_cue};
use super::words::looks_like_address;
use crate::offsets::Span;

/// Pushes to `cuts` the byte offsets inside `span` where a sentence ends (each at the end of
/// a token), in increasing order; `has_cue_bytes` says whether the span may hold a cue byte.
pub fn find_cuts(
    text: &str,
    span: Span,
    knowledge: &Knowledge,
    has_cue_bytes: bool,
    cuts: &mut Vec<usize>,
) {
    let reader = Reader {
        text,
        knowledge,
        span,
    };
    if let Some(end) = dateline_end(text, span).or_else(|| salutation_end(text, span, knowledge)) {
        reader.cut(cuts, end);
    }
    if !has_cue_bytes {
        return;
    }
    let bytes = text.as_bytes();
    let mut i = span.start;
    loop {
        i = next_cue(bytes, i, span.end);
        if i >= span.end {
            break;
        }
        i = reader.at_cue(i, cuts).max(i + 1);
    }
}

struct Reader<'t> {
    text: &'t str,
    knowledge: &'t Knowledge,
    span: Span,
}

impl Reader<'_> {
    /// Records a sentence end at `at`, inside the span and after the last one.
    fn cut(&self, cuts: &mut Vec<usize>, at: usize) {
        if at > self.span.start && at < self.span.end && cuts.last().is_none_or(|&c| c < at) {
            cuts.push(at);
        }
    }

    /// The token (run of non-whitespace) that holds byte `i`.
    fn token_around(&self, i: usize) -> Span {
        let bytes = self.text.as_bytes();
        let mut start = i;
        while start > self.span.start && !bytes[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        let mut end = i;
        while end < self.span.end && !bytes[end].is_ascii_whitespace() {
            end += 1;
        }
        Span::new(start, end)
    }

    /// The token after `token`, if any.
    fn token_after(&self, token: Span) -> Option<Span> {
        let bytes = self.text.as_bytes();
        let mut start = token.end;
        while start < self.span.end && bytes[start].is_ascii_whitespace() {
            start += 1;
        }
        (start < self.span.end).then(|| self.token_around(start))
    }

    /// The token before `token`, if any.
    fn token_before(&self, token: Span) -> Option<Span> {
        let bytes = self.text.as_bytes();
        let mut end = token.start;
        while end > self.span.start && bytes[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        (end > self.span.start).then(|| self.token_around(end - 1))
    }

    fn first_byte(&self, token: Option<Span>) -> u8 {
        token.map_or(0, |t| self.text.as_bytes()[t.start])
    }

    /// Reads the cue at byte `cue`; returns where to look for the next one.
    fn at_cue(&self, cue: usize, cuts: &mut Vec<usize>) -> usize {
        let bytes = self.text.as_bytes();
        let at_token_start = cue == self.span.start || bytes[cue - 1].is_ascii_whitespace();
        match bytes[cue] {
            // A hyphen matters only in a rule (`-----`), a colon opening an emoticon.
            b'-' if bytes.get(cue + 1) != Some(&b'-') => cue + 1,
            b':' if !at_token_start => cue + 1,
            // A question mark that ends its token is no part of a timestamp, an address, a
            // rule, an emoticon or a `;` (each of those holds an earlier cue or ends otherwise).
            b'?' if bytes.get(cue + 1).is_none_or(u8::is_ascii_whitespace)
                || cue + 1 >= self.span.end =>
            {
                cue + 1
            }
            _ => {
                let token = self.token_around(cue);
                self.at_token(token, cuts)
            }
        }
    }

    /// Reads the cues of `token`; returns where to look for the next one.
    fn at_token(&self, token: Span, cuts: &mut Vec<usize>) -> usize {
        let word = token.slice(self.text);
        let next = || self.token_after(token);
        let next_first = || self.first_byte(next());
        if is_separator(word) {
            // `… Graae. *** Bush also …`: a rule of stars or equals signs stands alone.
            self.cut(cuts, self.token_before(token).map_or(0, |t| t.end));
            if !next_first().is_ascii_lowercase() {
                self.cut(cuts, token.end);
            }
        } else if is_emoticon(word) {
            if next_first().is_ascii_alphabetic() {
                self.cut(cuts, token.end);
            }
        } else if word.ends_with(';') && !word.starts_with('&') {
            // `… sans se ruiner ; Il dénonce …`: after a semicolon, lowercase goes on; a
            // capitalised sentence starter begins a new sentence.
            if next().is_some_and(|n| self.capitalised_starter(n)) {
                self.cut(cuts, token.end);
            }
        } else if is_date(word) {
            return self.timestamp(token, next(), cuts);
        } else if ends_address(word) {
            // `… kate@example.com Our office …`, an address list: each its own sentence.
            let next_word = next().map_or("", |n| n.slice(self.text));
            let mut letters = next_word.chars();
            let capitalised = letters.next().is_some_and(char::is_uppercase)
                && letters.next().is_some_and(char::is_lowercase);
            if capitalised || is_url(next_word) {
                self.cut(cuts, token.end);
            }
        }
        token.end
    }

    /// `Kay Mann 04/26/2001 07:17 AM Will you …`: a date and time after a name or an address
    /// form a header line of their own (`on 04/26/2001 07:17 was` goes on). Returns the end.
    fn timestamp(&self, date: Span, time: Option<Span>, cuts: &mut Vec<usize>) -> usize {
        let Some(time) = time.filter(|t| is_time(t.slice(self.text))) else {
            return date.end;
        };
        let meridiem = self
            .token_after(time)
            .filter(|m| is_meridiem(m.slice(self.text)));
        let end = meridiem.unwrap_or(time);
        if let Some(previous) = self.token_before(date) {
            let previous = previous.slice(self.text);
            if previous.starts_with(|c: char| c.is_uppercase())
                || previous.ends_with('>')
                || previous.contains('@')
            {
                self.cut(cuts, self.token_before(date).map_or(0, |t| t.end));
            }
        }
        let first = self.first_byte(self.token_after(end));
        let opens =
            first.is_ascii_uppercase() || first.is_ascii_digit() || matches!(first, b'"' | b'<');
        // `… 09:41 was short` goes on; `… 09:41 AM have you` does not.
        if opens || (first.is_ascii_lowercase() && meridiem.is_some()) {
            self.cut(cuts, end.end);
        }
        end.end
    }

    /// `Il`, `The`: a capitalised sentence starter (not an initial such as `A.`).
    /// It must lead lowercase words: `; Le Havre` names a city in a list.
    fn capitalised_starter(&self, token: Span) -> bool {
        let next = token.slice(self.text);
        let word = letters_at(next, 0);
        let mut chars = word.chars();
        let capitalised = chars.next().is_some_and(char::is_uppercase)
            && (word.chars().count() == 1 || chars.any(char::is_lowercase));
        if !capitalised || next[word.len()..].starts_with('.') || !self.knowledge.is_starter(word) {
            return false;
        }
        // `L’équipe`: the elided article leads its own word.
        let rest = next[word.len()..].trim_start_matches(['\'', '’']);
        let following = if rest.is_empty() {
            self.token_after(token).map_or("", |t| t.slice(self.text))
        } else {
            rest
        };
        following.starts_with(|c: char| c.is_lowercase())
    }
}

/// `Regards, Vangie`, `Hi Bob, How are you`: the salutation that opens the span, when a
/// capitalised word follows its comma; returns the end of the comma.
fn salutation_end(text: &str, span: Span, knowledge: &Knowledge) -> Option<usize> {
    const MAX_HEAD: usize = 32;
    let inner = span.slice(text);
    if !knowledge.has_salutations() || !inner.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let head_end = span.start + MAX_HEAD.min(inner.len());
    let comma = find_byte(text.as_bytes(), span.start, head_end, b',')? - span.start;
    // Most sentences are turned away here: no capital after the comma.
    if !inner.as_bytes()[comma + 1..].starts_with(b" ") {
        return None;
    }
    let after = &inner[comma + 2..];
    if !after.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let head = &inner[..comma];
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
    // Two capitals open it (`PARIS`, `ÉVRY`): most sentences are turned away here, those
    // opening with two ASCII bytes without decoding a char.
    if let [first, second, ..] = inner.as_bytes() {
        if first.is_ascii()
            && second.is_ascii()
            && !(first.is_ascii_uppercase() && second.is_ascii_uppercase())
        {
            return None;
        }
    }
    let mut opening = inner.chars();
    if !(opening.next().is_some_and(char::is_uppercase)
        && opening.next().is_some_and(char::is_uppercase))
    {
        return None;
    }
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
        b'*' | b'=' | b'_' => 3,
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
/// A handle (`@maire_de_paris`) is not one: it is read as a name.
fn ends_address(token: &str) -> bool {
    token.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '/' || c == '>')
        && !token.starts_with('@')
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
    if token.len() > 10 || !token.as_bytes()[0].is_ascii_digit() {
        return false;
    }
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
