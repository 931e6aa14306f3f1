//! The analysed document: tokens, paragraphs and quotation marks, with word-level helpers.

use super::lexicon::class::*;
use super::lexicon::Lexicon;
use super::marks::Marked;
use super::tokens::{first_at, Token};
use crate::offsets::Span;
use std::cell::Cell;

const UNSET: u32 = u32::MAX;
use std::borrow::Cow;

/// A pair of marks with the indices of its mark tokens.
#[derive(Debug, Clone)]
pub(super) struct MarkedQuote {
    pub marked: Marked,
    pub para: usize,
    pub open_tok: usize,
    /// The closing mark token, or one past the paragraph's last token when unclosed.
    pub close_tok: usize,
}

/// Whether `c` is a non-ASCII char that lowercasing changes; Latin-1 and general punctuation
/// (`é`, `É`, `’`: most non-ASCII chars of news) without the Unicode tables.
pub(super) fn lowercase_changes(c: char) -> bool {
    match c as u32 {
        0..=0xbf | 0xd7 | 0xdf..=0xff | 0x2000..=0x206f => false,
        0xc0..=0xde => true,
        _ => c.to_lowercase().ne(std::iter::once(c)),
    }
}

pub(super) struct Doc<'t> {
    pub text: &'t str,
    /// `text` with its ASCII capitals lowered (same byte offsets): the lowercase form of most
    /// tokens, borrowed instead of copied.
    ascii_lower: &'t str,
    pub lex: &'static Lexicon,
    pub english: bool,
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<Span>,
    pub quotes: Vec<MarkedQuote>,
    /// The `lexicon::class` bits of each token, computed on first use (`UNSET` until then):
    /// only the tokens near quotations and names are ever looked up.
    classes: Vec<Cell<u32>>,
    /// Per token: the quote whose opening or closing mark it is (`u32::MAX` if none).
    marks: Vec<u32>,
    /// Per token: the first token of its sentence, and one past its last.
    sentence_bounds: Vec<(u32, u32)>,
    /// Per paragraph: its first and one-past-last token.
    para_ranges: Vec<(usize, usize)>,
}

impl<'t> Doc<'t> {
    pub fn new(
        text: &'t str,
        ascii_lower: &'t str,
        lex: &'static Lexicon,
        english: bool,
        mut tokens: Vec<Token>,
        paragraphs: Vec<Span>,
        marked: Vec<(usize, Marked)>,
    ) -> Doc<'t> {
        let mut quotes = Vec::with_capacity(marked.len());
        let mut marks = vec![u32::MAX; tokens.len()];
        for (para, m) in marked {
            let open_tok = first_at(&tokens, m.open.start);
            let close_tok = match m.close {
                Some(close) => first_at(&tokens, close.start),
                None => tokens.partition_point(|t| (t.para as usize) <= para),
            };
            for t in &mut tokens[open_tok + 1..close_tok] {
                t.quoted = true;
            }
            if let Some(slot) = marks.get_mut(open_tok) {
                *slot = quotes.len() as u32;
            }
            if m.close.is_some() {
                if let Some(slot) = marks.get_mut(close_tok) {
                    *slot = quotes.len() as u32;
                }
            }
            quotes.push(MarkedQuote {
                marked: m,
                para,
                open_tok,
                close_tok,
            });
        }
        let classes = vec![Cell::new(UNSET); tokens.len()];
        let mut doc = Doc {
            text,
            ascii_lower,
            lex,
            classes,
            english,
            tokens,
            paragraphs,
            quotes,
            marks,
            sentence_bounds: Vec::new(),
            para_ranges: Vec::new(),
        };
        let mut ranges = vec![(0, 0); doc.paragraphs.len()];
        let mut lo = 0;
        for (p, range) in ranges.iter_mut().enumerate() {
            // Tokens come in paragraph order: a binary search, not a step per token.
            let hi = lo + doc.tokens[lo..].partition_point(|t| t.para as usize <= p);
            *range = (lo, hi);
            lo = hi;
        }
        doc.para_ranges = ranges;
        // One pass per paragraph: its last token ends a sentence, and a sentence's end, once
        // found, is written back to its tokens (no per-token paragraph test, no second pass).
        let mut bounds = Vec::with_capacity(doc.len());
        for &(lo, hi) in &doc.para_ranges {
            let mut first = lo;
            for i in lo..hi {
                bounds.push((first as u32, 0u32));
                // (Only punctuation outside quotations may end a sentence: most tokens are
                // words, with no call.)
                let token = &doc.tokens[i];
                let maybe_end = !token.word && !token.quoted;
                if i + 1 == hi || (maybe_end && doc.find_sentence_end(i)) {
                    for bound in &mut bounds[first..=i] {
                        bound.1 = (i + 1) as u32;
                    }
                    first = i + 1;
                }
            }
        }
        doc.sentence_bounds = bounds;
        doc
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The text of token `i`; empty past the last token, like every other accessor here is
    /// false there, so that a look-ahead at the end of a text never panics.
    pub fn s(&self, i: usize) -> &'t str {
        self.tokens
            .get(i)
            .map_or("", |token| token.span.slice(self.text))
    }

    /// The lowercase text of token `i`.
    #[inline]
    pub fn low(&self, i: usize) -> Cow<'t, str> {
        let Some(token) = self.tokens.get(i) else {
            return Cow::Borrowed("");
        };
        // Only a non-ASCII letter that lowercasing changes (`É`) needs a copy.
        if token.plain_lower {
            Cow::Borrowed(token.span.slice(self.ascii_lower))
        } else {
            self.lowercase_copy(i)
        }
    }

    // Out of line: `low` is inlined everywhere, and most tokens need no copy.
    #[inline(never)]
    fn lowercase_copy(&self, i: usize) -> Cow<'t, str> {
        Cow::Owned(self.s(i).to_lowercase())
    }

    /// Whether word token `i` may be a determiner, a definite article or a partitive word, by
    /// its length and first byte (no lookup): false rules it out. (A word whose lowercase form
    /// is not its ASCII lowering is not ruled out.)
    pub fn may_open_phrase(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        let first = self.ascii_lower.as_bytes().get(token.span.start).copied();
        !token.plain_lower || first.is_some_and(|b| self.lex.may_open_phrase(b, token.span.len()))
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.len() && self.tokens[i].word
    }

    #[inline]
    pub fn is_punct(&self, i: usize, chars: &str) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        if token.word {
            return false;
        }
        // One ASCII mark (most calls, `","`): the token's first byte is it, with no call.
        if let [mark] = chars.as_bytes() {
            return !token.span.is_empty()
                && self.text.as_bytes().get(token.span.start) == Some(mark);
        }
        self.punct_in(i, chars)
    }

    /// Whether token `i` is a comma that groups the digits of a figure (`6,000`), no clause
    /// break.
    pub fn is_digit_comma(&self, i: usize) -> bool {
        let (Some(before), Some(after)) = (i.checked_sub(1), i.checked_add(1)) else {
            return false;
        };
        let digits = |k: usize| self.is_word(k) && self.s(k).bytes().all(|b| b.is_ascii_digit());
        self.is_punct(i, ",")
            && digits(before)
            && digits(after)
            && self.tokens[before].span.end == self.tokens[i].span.start
            && self.tokens[i].span.end == self.tokens[after].span.start
    }

    /// Whether punctuation token `i` is one of `chars` (out of line: most tokens are words).
    #[inline(never)]
    fn punct_in(&self, i: usize, chars: &str) -> bool {
        let s = self.s(i);
        // A walk over the few marks of `chars`, with no search set up (`contains`).
        match s.as_bytes().first() {
            // An ASCII byte of UTF-8 is always that ASCII char: no decoding.
            Some(&b) if b.is_ascii() => chars.bytes().any(|m| m == b),
            _ => s
                .chars()
                .next()
                .is_some_and(|c| chars.chars().any(|m| m == c)),
        }
    }

    /// The first byte of punctuation token `i`; 0 for a word or past the end. A cheap test for
    /// an ASCII mark where most tokens are words.
    #[inline]
    pub fn punct_byte(&self, i: usize) -> u8 {
        match self.tokens.get(i) {
            Some(t) if !t.word => self.text.as_bytes()[t.span.start],
            _ => 0,
        }
    }

    /// A word starting with an uppercase letter.
    pub fn is_cap(&self, i: usize) -> bool {
        i < self.len() && self.tokens[i].cap
    }

    /// An acronym such as OTAN or AFP.
    pub fn is_acronym(&self, i: usize) -> bool {
        self.has(i, ACRONYM)
    }

    pub fn para_of(&self, i: usize) -> usize {
        self.tokens[i].para as usize
    }

    /// A conjunction opening a reported clause (`that` in `said that …`).
    pub fn is_complementiser(&self, i: usize) -> bool {
        self.lex.complementisers.contains(self.low(i).as_ref())
    }

    /// A speech verb form, unless a determiner shows it is a noun (`a conference call`,
    /// `le rapport`).
    #[inline]
    pub fn is_speech_verb(&self, i: usize) -> bool {
        // The class test inline: most tokens asked are no speech verb.
        self.has(i, SPEECH) && self.speech_verb_in_context(i)
    }

    /// Whether speech verb form `i` is used as a verb (see `is_speech_verb`).
    #[inline(never)]
    fn speech_verb_in_context(&self, i: usize) -> bool {
        let det = |k: usize| self.has(k, DET);
        // `the United States`: a capitalised word inside a sentence is a name.
        if self.is_cap(i) && i > 0 && self.is_cap(i - 1) && self.sentence_start(i) != i {
            return false;
        }
        // An English base form after `the conference` is a noun too (`a conference call`).
        !(self.after_noun_modifiers(i)
            || (i >= 1 && det(i - 1))
            || self.reported_finding(i)
            || self.names_by_field_usage(i))
    }

    /// `what the industry calls "…"`: a usage relative, an article and a noun for a whole field
    /// before naming verb `v`; the field names a thing, nobody speaks.
    pub fn names_by_field_usage(&self, v: usize) -> bool {
        v >= 3
            && self.lex.usage_naming_verbs.contains(self.low(v).as_ref())
            && self
                .lex
                .usage_field_nouns
                .contains(self.low(v - 1).as_ref())
            && self.has(v - 2, DET)
            && self.lex.usage_relatives.contains(self.low(v - 3).as_ref())
    }

    /// `X said inspectors had found "…"`, `According to X, an inquiry found`: a finding verb
    /// (`[finding_verbs]`) after a speech verb or a source cue of its sentence is part of
    /// someone else's words.
    fn reported_finding(&self, i: usize) -> bool {
        if !self.lex.finding_verbs.contains(self.low(i).as_ref()) {
            return false;
        }
        let cue = |k: usize| {
            let w = self.low(k);
            self.lex
                .source_cues
                .iter()
                .any(|c| c.first().is_some_and(|f| *f == w))
        };
        (self.sentence_start(i)..i).any(|k| self.is_speech_verb(k) || cue(k))
    }

    /// `its quarterly policy report`, `a conference call`: an English base form after a
    /// determiner and up to three modifiers (none a plural subject in -s, none a word
    /// that opens a clause) is the head noun of that phrase.
    fn after_noun_modifiers(&self, i: usize) -> bool {
        const MAX_MODIFIERS: usize = 3;
        // `the old rules had`: an -s form that an auxiliary follows is a plural noun.
        let plural_noun = || self.s(i).ends_with('s') && self.has(i + 1, AUX);
        if !self.english || !(self.has(i, LEMMA) || plural_noun()) {
            return false;
        }
        let clause_word = AUX | PRONOUN | COORD | CONNECTOR | LINK | STARTER | RELATIVE;
        let modifier = |k: usize| {
            self.is_word(k)
                && !self.tokens[k].quoted
                && !self.s(k).ends_with('s')
                && !self.has(k, clause_word | SPEECH | DET)
        };
        let mut k = i;
        while k > 0 && i - k < MAX_MODIFIERS && modifier(k - 1) {
            k -= 1;
        }
        k < i && k > 0 && self.has(k - 1, DET) || self.after_possessive(i)
    }

    /// `the director’s post`: a base form right after a noun's possessive `’s` is a noun (not
    /// after a pronoun's contraction: `she’s`, `let’s`).
    fn after_possessive(&self, i: usize) -> bool {
        if i < 2 || self.s(i - 1) != "s" || !self.is_word(i - 1) {
            return false;
        }
        let Some(owner) = self.s(i - 2).strip_suffix(['’', '\'']) else {
            return false;
        };
        let contraction = PRONOUN | RELATIVE | CONNECTOR | AUX | DET;
        owner.len() > 3 && self.lex.classes_of(owner) & contraction == 0
    }

    /// An adverb: listed, or a lowercase -ment (fr) / -ly (en) word that no determiner precedes.
    pub fn is_adverb(&self, i: usize) -> bool {
        if self.has(i, ADVERB) {
            return true;
        }
        if !self.is_word(i) || self.is_cap(i) {
            return false;
        }
        let w = self.s(i);
        let ending = self.lex.adverb_endings.iter().find(|e| w.ends_with(*e));
        ending.is_some_and(|e| w.chars().nth(e.len() + 3).is_some())
            && !(i > 0 && self.has(i - 1, DET))
            && !self.has(i, ROLE | ORG)
    }

    /// Whether token `i` exists and has any of the class bits `classes`.
    #[inline]
    pub fn has(&self, i: usize, classes: u32) -> bool {
        let Some(cell) = self.classes.get(i) else {
            return false;
        };
        let mut known = cell.get();
        if known == UNSET {
            known = self.classify(i);
            cell.set(known);
        }
        known & classes != 0
    }

    /// `mum-of-four`, `editor-in-chief`: in English, a role, a link word, then anything, all
    /// hyphenated, is that role.
    fn is_role_compound(&self, word: &str) -> bool {
        // Cheap tests first: most words reach here. French writes no such compound.
        if !self.english || word.len() < 6 || !word.as_bytes().contains(&b'-') {
            return false;
        }
        let mut parts = word.splitn(3, '-');
        let (Some(role), Some(link), Some(_)) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        self.lex.classes_of(role) & ROLE != 0 && self.lex.classes_of(link) & LINK != 0
    }

    /// `the 68-year-old Romanian`: an age word (a role by its suffix) after a definite article
    /// before token `i`.
    fn after_definite_age(&self, i: usize) -> bool {
        self.english
            && i > 1
            && self.lex.is_role_by_suffix(self.s(i - 1))
            && self.has(i - 2, DEFINITE)
    }

    /// Whether token `i` comes before a mark, a verb or a relative (`the Romanian told`), not
    /// before a noun it qualifies (`the Indian government`, `the Canadian Press`). The next
    /// word's class is looked up, not computed: computing it may look back at `i`.
    fn before_verb_or_mark(&self, i: usize) -> bool {
        i + 1 >= self.tokens.len()
            || !self.tokens[i + 1].word
            || self.lex.classes_of(self.s(i + 1)) & (SPEECH | AUX | RELATIVE | ADVERB) != 0
    }

    /// Whether the part of a hyphenated word after its first hyphen is a word of the lexicon.
    fn known_after_hyphen(&self, word: &str) -> bool {
        word.split_once('-')
            .is_some_and(|(_, rest)| self.lex.classes_of(rest) != 0)
    }

    // Out of line: `has` is called everywhere and classifies each token only once.
    #[inline(never)]
    fn classify(&self, i: usize) -> u32 {
        if !self.tokens[i].word {
            return 0;
        }
        let word = self.s(i);
        // Most words' lowercase form is already in `ascii_lower`.
        let mut classes = if self.tokens[i].plain_lower {
            let token = self.tokens[i];
            self.lex
                .classes_of_lower(token.span.slice(self.ascii_lower))
        } else {
            self.lex.classes_of(word)
        };
        if classes == 0 && (self.lex.is_role_by_suffix(word) || self.is_role_compound(word)) {
            classes = ROLE;
        }
        // `a fait valoir`, `fait savoir`: the infinitive after a form of `faire` reports speech.
        if classes & CAUSATIVE_INF != 0 && i > 0 && self.is_causative_verb(i - 1) {
            classes |= SPEECH;
        }
        // `a tenu à préciser`, `se borne à rappeler`: a speech infinitive after a modal verb.
        if classes & (LEMMA | SPEECH) == LEMMA && i > 0 {
            let linked = i > 1 && self.lex.infinitive_links.contains(self.low(i - 1).as_ref());
            if self.is_modal_verb(i - 1) || (linked && self.is_modal_verb(i - 2)) {
                classes |= SPEECH;
            }
        }
        if self.tokens[i].cap {
            // `Hans-Peter`, `Jean-Baptiste`: a compound of given names is one (not
            // `Seine-Saint-Denis`).
            if classes & FIRST_NAME == 0 && word.as_bytes().contains(&b'-') {
                let given = |part: &str| self.lex.classes_of(part) & FIRST_NAME != 0;
                let first = self.lex.classes_of(word.split('-').next().unwrap_or(""));
                if first & FIRST_NAME != 0 && word.split('-').skip(1).all(given) {
                    classes |= FIRST_NAME;
                } else if first & NON_NAME != 0
                    && !word.chars().skip(1).any(char::is_uppercase)
                    && (word.find('-').is_some_and(|h| h > 3) || self.known_after_hyphen(word))
                {
                    // `Vingt-trois communes`, `Twenty-five workers`, `Dix-huit`: a number
                    // opening a sentence (not `Deux-Sèvres`, a place). A short first part
                    // needs a known word after it: `So-fong` in `Leung So-fong` is a given name.
                    classes |= NON_NAME;
                }
            }
            // `le Landais`, `la Lyonnaise`: an inhabitant, like `l'Américaine`.
            let inhabitant = classes & (ROLE | ORG | FIRST_NAME) == 0
                && i > 0
                && (self.has(i - 1, DEFINITE) || self.after_definite_age(i))
                && self.lex.is_inhabitant(word)
                && (!self.english || self.before_verb_or_mark(i));
            if inhabitant {
                classes |= ROLE;
            }
            classes |= CAP;
            // `la Région Grand Est assure`: French capitalises no auxiliary after a name word.
            if classes & AUX != 0
                && !self.english
                && i > 0
                && self.tokens[i - 1].cap
                && self.tokens[i - 1].word
                && self.tokens[i - 1].para == self.tokens[i].para
            {
                classes &= !AUX;
            }
            if classes & TITLE_FOLDED != 0
                && word.len() <= self.lex.longest_title
                && self.lex.titles.contains_key(word)
            {
                classes |= TITLE;
            }
            // The lowercase test first: it stops at the second letter of most capitalised words.
            if !word.chars().any(char::is_lowercase)
                && word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
            {
                classes |= ACRONYM;
            }
        }
        classes
    }

    /// Whether token `i` is a form of a causative verb (`fait`, `font`).
    pub fn is_causative_verb(&self, i: usize) -> bool {
        self.is_word(i) && self.lex.causative_verbs.contains(self.low(i).as_ref())
    }

    /// Whether token `i` is a form of a verb that takes a speech infinitive (`tient`, `borne`).
    pub fn is_modal_verb(&self, i: usize) -> bool {
        self.is_word(i) && self.lex.modal_verbs.contains(self.low(i).as_ref())
    }

    /// The quote whose opening or closing mark is token `i`.
    pub fn quote_at_mark(&self, i: usize) -> Option<usize> {
        self.marks
            .get(i)
            .filter(|&&q| q != u32::MAX)
            .map(|&q| q as usize)
    }

    /// Whether token `i` is a title abbreviation (M., Dr.) whose period ends no sentence.
    fn is_abbreviation(&self, i: usize) -> bool {
        self.is_word(i)
            && (self.has(i, TITLE) || (self.s(i).chars().nth(1).is_none() && self.is_cap(i)))
    }

    /// `on Oct. 30`, `No. 10`: in English, a short title-case word whose period comes before a
    /// number of one or two digits is an abbreviation (news style spells out a number that
    /// opens a sentence; a year may still open one).
    fn abbreviates_before_number(&self, i: usize) -> bool {
        let number = self.s(i + 2);
        self.english
            && self.is_cap(i)
            && !self.is_acronym(i)
            && self.s(i).len() <= 4
            && (1..=2).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether a sentence ends right after token `i` (outside quotations).
    pub fn ends_sentence(&self, i: usize) -> bool {
        self.sentence_bounds
            .get(i)
            .is_none_or(|b| b.1 as usize == i + 1)
    }

    /// Whether a sentence ends right after token `i`, which is not its paragraph's last.
    fn find_sentence_end(&self, i: usize) -> bool {
        if self.tokens[i].quoted || self.tokens[i].word {
            return false;
        }
        // (Asked only after a stop or a closing mark: most punctuation is neither.)
        let next_starts = || {
            self.is_cap(i + 1)
                || self.s(i + 1).starts_with(|c: char| c.is_ascii_digit())
                || (self
                    .quote_at_mark(i + 1)
                    .is_some_and(|q| self.quotes[q].open_tok == i + 1))
        };
        if self.is_punct(i, ".!?…") {
            // `le 49.3`, `3.5 %`: a point between digits is a decimal point; one between
            // words, a site's name (`told Nation.Cymru`).
            let decimal = self.s(i) == "."
                && i > 0
                && self.tokens[i - 1].span.end == self.tokens[i].span.start
                && self.tokens[i + 1].span.start == self.tokens[i].span.end
                && ((self.s(i - 1).ends_with(|c: char| c.is_ascii_digit())
                    && self.s(i + 1).starts_with(|c: char| c.is_ascii_digit()))
                    || (self.is_word(i - 1) && self.is_word(i + 1) && self.s(i - 1).len() > 1));
            return next_starts()
                && !decimal
                && !(self.s(i) == "." && i > 0 && self.is_abbreviation(i - 1))
                && !(self.s(i) == "." && i > 0 && self.abbreviates_before_number(i - 1));
        }
        // A closing mark after a quoted sentence ends the author's sentence too.
        if let Some(q) = self.quote_at_mark(i) {
            let q = &self.quotes[q];
            if q.close_tok == i && q.marked.close.is_some() && next_starts() {
                let inner = q.marked.inner.slice(self.text).trim_end();
                return inner.ends_with(['.', '!', '?', '…']);
            }
        }
        false
    }

    /// The first token of the sentence holding token `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        self.sentence_bounds.get(i).map_or(i, |b| b.0 as usize)
    }

    /// One past the last token of the sentence holding token `i`.
    pub fn sentence_end(&self, i: usize) -> usize {
        self.sentence_bounds
            .get(i)
            .map_or(self.len(), |b| b.1 as usize)
    }

    /// The first token after a wire dateline opening paragraph `para` (`COLUMBUS, Ohio —`,
    /// `PARIS (AFP) -`, `SALEM —`): a place in capitals, then a dash within a few tokens. The place is no
    /// name of a person or body.
    pub fn after_dateline(&self, para: usize) -> Option<usize> {
        let (lo, hi) = self.para_tokens(para);
        let mut place = lo;
        while place < hi.min(lo + 4) && self.is_acronym(place) {
            place += 1;
        }
        if place > lo && self.is_punct(place, "—–") {
            // `SALEM — Gov. X signed …`
            return Some(place + 1);
        }
        if place == lo {
            return self.title_case_dateline(lo, hi);
        }
        if !self.is_punct(place, ",(") {
            return None;
        }
        (place + 1..hi.min(place + 9))
            .find(|&k| self.is_punct(k, "—–-"))
            .map(|dash| dash + 1)
    }

    /// `Port Selim, Nayari – Crowds marched …`: a dateline in title case, a few capitalised
    /// words, a comma, a few more and a dash, then the first token after the dash.
    fn title_case_dateline(&self, lo: usize, hi: usize) -> Option<usize> {
        const MAX_WORDS: usize = 3;
        let words_from = |k: usize| {
            (k..hi.min(k + MAX_WORDS + 1))
                .find(|&c| !self.is_cap(c) || self.tokens[c].quoted)
                .unwrap_or(hi)
        };
        let comma = words_from(lo);
        if comma == lo || comma - lo > MAX_WORDS || !self.is_punct(comma, ",") {
            return None;
        }
        let dash = words_from(comma + 1);
        let dashed = dash > comma + 1 && dash - comma - 1 <= MAX_WORDS && self.is_punct(dash, "—–");
        dashed.then_some(dash + 1)
    }

    /// The first and one-past-last token of paragraph `para`.
    pub fn para_tokens(&self, para: usize) -> (usize, usize) {
        let end = self.tokens.len();
        self.para_ranges.get(para).copied().unwrap_or((end, end))
    }

    /// The paragraph `count` paragraphs with words before the one of token `tok` (blank lines
    /// between paragraphs do not count), or the first one.
    pub fn paragraphs_back(&self, tok: usize, count: usize) -> usize {
        let mut para = self.para_of(tok);
        let mut back = 0;
        while para > 0 && back < count {
            para -= 1;
            let (lo, hi) = self.para_tokens(para);
            back += usize::from(hi > lo);
        }
        para
    }

    /// How many paragraphs after `from`, up to `to` included, are prose: a byline, a date or a
    /// line of tags between a lead and its story (`By X`, `Filed under: A, B`) does not count.
    pub fn prose_paragraphs_between(&self, from: usize, to: usize) -> usize {
        const MIN_WORDS: usize = 8;
        (from + 1..=to)
            .filter(|&p| {
                let (lo, hi) = self.para_tokens(p);
                (lo..hi).filter(|&k| self.is_word(k)).count() >= MIN_WORDS
            })
            .count()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lowercase_changes_agrees_with_the_unicode_tables() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let want = !c.is_ascii() && c.to_lowercase().ne(std::iter::once(c));
            assert_eq!(super::lowercase_changes(c), want, "{c:?}");
        }
    }
}
