//! Sentence splitting with exact byte spans, tuned for scraped news text.
//!
//! One pass over the bytes stops only at terminators (`.`, `!`, `?`, `…`), line breaks and
//! bullets; everything else is skipped eight bytes at a time (`scan`). At a terminator the
//! splitter reads the cluster of punctuation (`?!`, `. »`, `. . .`), what comes after it, and,
//! for a period, the word before it (title, abbreviation, initial, number or plain word:
//! `words`), then decides (`Splitter::decide`). Language knowledge comes from the data files
//! (`knowledge`); sentence ends without punctuation (`unpunctuated`) and inline enumerations
//! (`lists`) are cut afterwards.

mod chars;
mod knowledge;
mod lists;
mod scan;
mod unpunctuated;
mod words;

use crate::lang::Lang;
use crate::offsets::Span;
use chars::{
    char_at, char_before, is_bullet, is_closer, is_dash, is_leading_symbol, is_line_break,
    is_opener, is_padding, is_terminator, letters_at, skip_whitespace,
};
use knowledge::{knowledge, Knowledge};
use std::cell::Cell;
use words::{word_before, WordKind};

/// Splits `text` into sentences: in order, trimmed, covering every non-whitespace character;
/// whitespace between sentences belongs to none.
pub fn split(text: &str, lang: Lang) -> Vec<Span> {
    let mut splitter = Splitter {
        text,
        knowledge: knowledge(lang),
        start: 0,
        paragraph: 0,
        quote_count: Cell::new((0, 0)),
        cuts: Vec::new(),
        has_cue_bytes: false,
        out: Vec::with_capacity(text.len() / 128 + 1),
    };
    splitter.run();
    splitter.out
}

/// How far past a glued period the rest of its token is read.
const MAX_TOKEN_TAIL: usize = 64;

/// Shortest plain word after which `. lowercase` still ends a sentence (shorter: `p. ex.`).
const MIN_WORD_BEFORE_LOWERCASE: usize = 2;

struct Splitter<'t> {
    text: &'t str,
    knowledge: &'static Knowledge,
    /// Where the sentence being read starts (maybe on whitespace).
    start: usize,
    /// Where the paragraph being read starts: quotation marks are paired within it.
    paragraph: usize,
    /// Straight quotes counted so far in the paragraph: (up to byte, count).
    quote_count: Cell<(usize, usize)>,
    /// Unpunctuated sentence ends inside the sentence being pushed (reused buffer).
    cuts: Vec<usize>,
    /// Whether the sentence being read may hold a byte that cues an unpunctuated end.
    has_cue_bytes: bool,
    out: Vec<Span>,
}

/// A run of final punctuation and the closing marks after it.
#[derive(Debug)]
struct Cluster {
    start: usize,
    /// End of the first terminator char (a boundary may fall there: `word. . . . Next`).
    first_end: usize,
    /// End of the whole cluster, closing marks included.
    end: usize,
    /// Consecutive dots (`...` is 3) at the start of the cluster.
    dots: usize,
    /// Dots separated by spaces after the run (`. . .` adds 2).
    spaced_dots: usize,
    question_or_exclamation: bool,
    ellipsis_char: bool,
    closed: bool,
}

/// What follows a cluster after the whitespace.
#[derive(Debug, Clone, Copy)]
struct Next {
    /// First char after the whitespace.
    first: Option<char>,
    /// Start of the first word after any opening marks and dashes.
    word: usize,
    upper: bool,
    digit: bool,
    /// A bullet or a symbol such as `$`: a new sentence.
    symbol: bool,
}

impl Splitter<'_> {
    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let (stop, cues) = scan::next_stop(bytes, i);
            self.has_cue_bytes |= cues;
            i = stop;
            if i >= bytes.len() {
                break;
            }
            if !scan::is_stop(bytes[i]) {
                self.has_cue_bytes |= scan::is_cue(bytes[i]);
                i += 1;
                continue;
            }
            let Some(c) = char_at(text, i) else {
                i += 1;
                continue;
            };
            i = if is_terminator(c) {
                self.at_terminator(i)
            } else if is_line_break(c) {
                self.end_sentence(i);
                self.paragraph = i + c.len_utf8();
                i + c.len_utf8()
            } else if is_bullet(c) {
                if char_before(text, i).is_some_and(char::is_whitespace) {
                    self.end_sentence(i);
                }
                i + c.len_utf8()
            } else {
                i + c.len_utf8()
            };
        }
        self.end_sentence(text.len());
    }

    /// Ends the current sentence at `end` (if it has any content) and starts the next there.
    fn end_sentence(&mut self, end: usize) {
        let span = Span::new(self.start, end).trim(self.text);
        self.start = end;
        let has_cue_bytes = std::mem::take(&mut self.has_cue_bytes);
        if span.is_empty() {
            return;
        }
        if let Some(last) = self.out.last_mut() {
            if is_punctuation_only(span.slice(self.text)) {
                // A stray `. .` or `»` is never a sentence of its own.
                last.end = span.end;
                return;
            }
        }
        self.cuts.clear();
        unpunctuated::find_cuts(
            self.text,
            span,
            self.knowledge,
            has_cue_bytes,
            &mut self.cuts,
        );
        if self.cuts.is_empty() {
            lists::push_items(self.text, span, &mut self.out);
            return;
        }
        let mut start = span.start;
        for &cut in &self.cuts {
            let piece = Span::new(start, cut).trim(self.text);
            if !piece.is_empty() {
                lists::push_items(self.text, piece, &mut self.out);
            }
            start = cut;
        }
        let rest = Span::new(start, span.end).trim(self.text);
        if !rest.is_empty() {
            lists::push_items(self.text, rest, &mut self.out);
        }
    }

    fn at_terminator(&mut self, i: usize) -> usize {
        let cluster = self.cluster(i);
        if let Some(boundary) = self.decide(&cluster) {
            self.end_sentence(boundary);
        }
        cluster.end
    }

    fn cluster(&self, i: usize) -> Cluster {
        let text = self.text;
        let mut j = i;
        let mut dots = 0;
        let mut question_or_exclamation = false;
        let mut ellipsis_char = false;
        let mut first_end = i;
        while let Some(c) = char_at(text, j) {
            if !is_terminator(c) {
                break;
            }
            if c == '.' && !question_or_exclamation && !ellipsis_char {
                dots += 1;
            }
            question_or_exclamation |= matches!(c, '!' | '?' | '‼' | '⁇' | '⁈' | '⁉');
            ellipsis_char |= c == '…';
            j += c.len_utf8();
            if first_end == i {
                first_end = j;
            }
        }
        // Spaced dots: `word. . .`, or a stray `. .` left by scraping.
        let mut spaced_dots = 0;
        while text.as_bytes().get(j) == Some(&b' ') && text.as_bytes().get(j + 1) == Some(&b'.') {
            j += 2;
            spaced_dots += 1;
        }
        let mut closed = false;
        while let Some(c) = char_at(text, j) {
            if c == '"' && self.opens_quote(i, j) {
                break;
            }
            if is_closer(c) || is_terminator(c) {
                closed |= is_closer(c);
                j += c.len_utf8();
            } else if is_padding(c) {
                // `réel. »`: a padded French guillemet still closes the sentence.
                let rest = &text[j..];
                let padded = rest.trim_start_matches(is_padding);
                if padded.starts_with('»') {
                    j += rest.len() - padded.len() + '»'.len_utf8();
                    closed = true;
                } else if padded.starts_with('"') && self.closes_open_quote(i, &padded[1..]) {
                    j += rest.len() - padded.len() + 1;
                    closed = true;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        Cluster {
            start: i,
            first_end,
            end: j,
            dots,
            spaced_dots,
            question_or_exclamation,
            ellipsis_char,
            closed,
        }
    }

    fn next_after(&self, at: usize) -> Next {
        let text = self.text;
        let first = char_at(text, at);
        let mut word = at;
        // Skip opening marks and dashes (and the spaces between): `« Le`, `— Oui`, `¡¿Qué`.
        for _ in 0..4 {
            match char_at(text, word) {
                Some(c) if is_opener(c) || is_dash(c) => {
                    word = skip_whitespace(text, word + c.len_utf8()).0;
                }
                _ => break,
            }
        }
        let c = char_at(text, word);
        Next {
            first,
            word,
            upper: c.is_some_and(char::is_uppercase),
            digit: c.is_some_and(|c| c.is_ascii_digit()),
            // `(...) Les universités`: an omission mark opens the quoted sentence.
            symbol: first.is_some_and(|c| is_bullet(c) || is_leading_symbol(c))
                || (word > at && c.is_some_and(|c| c == '.' || c == '…')),
        }
    }

    /// Where the sentence ends at this cluster, if it does.
    fn decide(&self, cluster: &Cluster) -> Option<usize> {
        let text = self.text;
        let (after, crossed_line) = skip_whitespace(text, cluster.end);
        if after >= text.len() || crossed_line {
            // The end of the text or the line break ends the sentence anyway.
            return None;
        }
        let next = self.next_after(after);
        if after == cluster.end {
            return self.missing_space(cluster, &next).then_some(cluster.end);
        }
        let opens = next.upper || next.digit || next.symbol;
        let lower = next.first.is_some_and(char::is_lowercase) && !cluster.closed;
        if cluster.question_or_exclamation {
            // `what should i do? am i`: informal English starts sentences in lowercase (in
            // French, `Que faire ? s’interroge-t-il` goes on).
            let before_lowercase = lower
                && self.knowledge.lowercase_after_question
                && (self.text[cluster.start..cluster.end].contains('?')
                    || self.exclamation_ends(cluster));
            return (opens || before_lowercase).then_some(cluster.end);
        }
        let attached = char_before(text, cluster.start).is_some_and(|c| !c.is_whitespace());
        let total_dots = cluster.dots + cluster.spaced_dots;
        if cluster.spaced_dots >= 2 {
            // `word. . . . Next`: the sentence ended, an ellipsis opens the next one;
            // ` . . . . Next`: ellipsis then period; ` . . . Next`: an ellipsis inside.
            if !next.upper {
                return None;
            }
            if attached && cluster.dots == 1 && total_dots >= 4 {
                return Some(cluster.first_end);
            }
            return (attached || total_dots >= 4).then_some(cluster.end);
        }
        if cluster.ellipsis_char || cluster.dots >= 3 {
            if self.bracketed(cluster) {
                return None;
            }
            return (next.upper || next.symbol).then_some(cluster.end);
        }
        if !opens && !lower {
            return None;
        }
        // A period (with maybe a stray dot): it depends on the word before.
        let before = char_before(text, cluster.start);
        if before.is_some_and(|c| is_closer(c) || is_terminator(c)) {
            return Some(cluster.end);
        }
        let word = word_before(text, cluster.start);
        let kind = words::classify(word.text, self.knowledge);
        // `Nov.. Grazie`: an abbreviation's period followed by the sentence's own.
        let kind = if cluster.dots == 2 {
            WordKind::Plain
        } else if kind == WordKind::Plain && self.unit_after_number(word.text, word.start) {
            WordKind::Abbreviation
        } else {
            kind
        };
        let ends = match kind {
            // `l’Ukraine. coup de pouce`: after a plain word of two letters or more, a
            // lowercase start is a new sentence (scraping damage, informal text); a single
            // letter may be an abbreviation nobody listed.
            WordKind::Plain if !opens => self.ends_before_lowercase(word.text, cluster.start),
            _ if !opens => false,
            WordKind::Title => false,
            // `3 a.m. Residents`: after a clock time, only a day or a time zone goes on.
            WordKind::Abbreviation if self.knowledge.is_clock(word.text) => {
                next.upper
                    && !self
                        .knowledge
                        .is_clock_follower(letters_at(text, next.word))
            }
            WordKind::Abbreviation => next.upper && self.starter_at(next.word),
            WordKind::Initial => {
                next.upper && self.starter_at(next.word) && !self.name_follows(next.word)
            }
            WordKind::Enumerator | WordKind::Number if self.opens_list_item(word.start) => false,
            WordKind::Number => {
                !(self.knowledge.ordinal_period && next.upper && !self.starter_at(next.word))
            }
            WordKind::Enumerator | WordKind::Plain => true,
        };
        ends.then_some(cluster.end)
    }

    /// `Ukraine.Certaines`, `maintenant ?Personne`: scraping ate the space after a sentence.
    fn missing_space(&self, cluster: &Cluster, next: &Next) -> bool {
        let text = self.text;
        let Some(mut first) = next.first else {
            return false;
        };
        let mut at = cluster.end;
        if is_opener(first) {
            // `parti.«Nous`, `parti."Nous`
            at += first.len_utf8();
            let Some(c) = char_at(text, at) else {
                return false;
            };
            first = c;
        }
        let second = char_at(text, at + first.len_utf8());
        if !first.is_uppercase() || !second.is_some_and(char::is_lowercase) {
            return false;
        }
        if cluster.question_or_exclamation || cluster.ellipsis_char || cluster.closed {
            return true;
        }
        if cluster.dots != 1 && cluster.dots < 3 {
            return false;
        }
        let word = word_before(text, cluster.start);
        match char_before(text, cluster.start) {
            Some(c) if c.is_alphabetic() => {}
            // `won 3-1.The coach`, `en 2023.Le`; not a list marker (`1.Introduction`,
            // `: 1.Helado, 2.Carne`).
            Some(c) if c.is_ascii_digit() => {
                let marker = word.text.len() <= 2 && word.text.bytes().all(|b| b.is_ascii_digit());
                return !marker
                    && !word.text.contains(['.', ','])
                    && !self.opens_list_item(word.start);
            }
            _ => return false,
        }
        // The rest of the token, within reach: `Jane.Doe@example.com`, `site.com/Page`.
        let reach = (cluster.end + MAX_TOKEN_TAIL).min(text.len());
        let tail = &text.as_bytes()[cluster.end..reach];
        let tail_len = tail
            .iter()
            .position(u8::is_ascii_whitespace)
            .unwrap_or(tail.len());
        let token = &text.as_bytes()[word.start..cluster.end + tail_len];
        if token.contains(&b'/') || words::looks_like_address_bytes(token) {
            return false;
        }
        // `Newsfeed.Com`: a domain name, not two sentences.
        let tail = &text.as_bytes()[cluster.end..cluster.end + tail_len];
        if [&b"com"[..], b"net", b"org"]
            .iter()
            .any(|domain| tail.eq_ignore_ascii_case(domain))
        {
            return false;
        }
        matches!(words::classify(word.text, self.knowledge), WordKind::Plain)
            && word.text.chars().count() >= 2
    }

    /// Whether a plain `word` (maybe empty: `folks . can't`) before a period at `period` is a
    /// real word, long enough not to be an abbreviation nobody listed.
    fn ends_before_lowercase(&self, word: &str, period: usize) -> bool {
        let word = if word.is_empty() {
            let end = self.text[..period].trim_end().len();
            let previous = word_before(self.text, end).text;
            if words::classify(previous, self.knowledge) != WordKind::Plain {
                return false;
            }
            previous
        } else {
            word
        };
        word.chars().count() >= MIN_WORD_BEFORE_LOWERCASE
            && word
                .chars()
                .all(|c| c.is_alphabetic() || chars::is_apostrophe(c))
    }

    /// `10 in. tall`: a unit that is also a common word abbreviates only after a number.
    fn unit_after_number(&self, word: &str, start: usize) -> bool {
        // The cheap test first: most words do not follow a number.
        let bytes = self.text.as_bytes();
        let mut end = start;
        while end > 0 && bytes[end - 1] == b' ' {
            end -= 1;
        }
        end < start && end > 0 && bytes[end - 1].is_ascii_digit() && self.knowledge.is_unit(word)
    }

    /// `great! remember`: an exclamation mark ends a sentence before a lowercase word, unless
    /// it belongs to a name (`Yahoo! in`) or is spaced French-style (`Ah ! que`).
    fn exclamation_ends(&self, cluster: &Cluster) -> bool {
        let word = word_before(self.text, cluster.start).text;
        let mut chars = word.chars();
        let capitalised =
            chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
        !word.is_empty() && !capitalised
    }

    /// `[...]` and `(…)` mark an omission, not the end of a sentence.
    /// (`(...).` does end one: a terminator follows the bracket.)
    fn bracketed(&self, cluster: &Cluster) -> bool {
        let before = char_before(self.text, cluster.start);
        let inner = &self.text[cluster.start..cluster.end];
        let after_bracket = inner.find([')', ']']).map_or("", |k| &inner[k + 1..]);
        matches!(before, Some('[' | '(')) && !after_bracket.contains(is_terminator)
    }

    /// `parti."Nous`: a straight quote glued to the next word opens a quotation when none is
    /// open in the paragraph.
    fn opens_quote(&self, cluster_start: usize, quote: usize) -> bool {
        if !char_at(self.text, quote + 1).is_some_and(char::is_uppercase) {
            return false;
        }
        self.quotes_before(cluster_start) % 2 == 0
    }

    /// Straight quotation marks in the paragraph before `at`.
    fn quotes_before(&self, at: usize) -> usize {
        // Counted incrementally: positions only grow within a paragraph, so a long line
        // with many quotes is still read once.
        let (mut from, mut count) = self.quote_count.get();
        if from < self.paragraph || from > at {
            (from, count) = (self.paragraph.min(at), 0);
        }
        count += self.text.as_bytes()[from..at]
            .iter()
            .filter(|&&b| b == b'"')
            .count();
        self.quote_count.set((at, count));
        count
    }

    /// `savoir. " Elle`: a padded straight quote closes the sentence when one is open in the
    /// paragraph and the mark stands alone.
    fn closes_open_quote(&self, cluster_start: usize, after: &str) -> bool {
        let alone = after.chars().next().is_none_or(char::is_whitespace);
        alone && self.quotes_before(cluster_start) % 2 == 1
    }

    /// Whether the word at `at` is a sentence starter (`Le`, `They`), not an initial (`J.`).
    fn starter_at(&self, at: usize) -> bool {
        let word = letters_at(self.text, at);
        char_at(self.text, at + word.len()) != Some('.') && self.knowledge.is_starter(word)
    }

    /// `J. Le Pen`: a capitalised word right after the starter makes it part of a name.
    fn name_follows(&self, at: usize) -> bool {
        let word = letters_at(self.text, at);
        let after = at + word.len();
        if char_at(self.text, after) != Some(' ') {
            return false;
        }
        char_at(self.text, after + 1).is_some_and(char::is_uppercase)
    }

    /// Whether the number or letter before a period at `word_start` marks a list item: it is
    /// the first thing in the sentence, or a later marker of the list the sentence opened.
    fn opens_list_item(&self, word_start: usize) -> bool {
        let content = lists::content_start(self.text, self.start, word_start);
        if content == word_start {
            return true;
        }
        match (
            lists::marker_at(self.text, content),
            lists::marker_at(self.text, word_start),
        ) {
            (Some(first), Some(this)) => this.follows(first),
            _ => false,
        }
    }
}

/// Punctuation and closing marks only: `. .`, `»`, `!)`.
fn is_punctuation_only(s: &str) -> bool {
    s.chars()
        .all(|c| is_terminator(c) || is_closer(c) || c.is_whitespace())
}

#[cfg(test)]
mod tests;
