//! The residue knowledge of a language, compiled once from its `residue.txt` (plus the English
//! file, since English widgets appear on pages in every language).

use super::patterns::{LazyRegex, PatternSet};
use super::pitch::{PitchAlternatives, PitchSearch};
use super::Category;
#[cfg(test)]
use crate::lang::section_entries;
use crate::lang::words::{WordMap, WordSet};
use crate::lang::{Lang, Resource};
use crate::offsets::Span;
#[cfg(test)]
use regex::Regex;
use std::sync::OnceLock;

/// Lines longer than this (in words) are never matched by a `.start` phrase.
const START_MAX_WORDS: usize = 30;
/// Lines longer than this (in words) are never matched by a `.pattern`, consent banners and
/// privacy notices excepted.
const PATTERN_MAX_WORDS: usize = 40;
const NOTICE_PATTERN_MAX_WORDS: usize = 120;
/// A line this long holding a quotation is a paragraph that quotes someone.
const QUOTING_MIN_WORDS: usize = 12;

/// Whether `line` holds a quotation: an opening and a closing double mark or guillemet.
fn quotes_someone(line: &str) -> bool {
    let Some((_, after)) = line.split_once(['“', '«', '"']) else {
        return false;
    };
    after.contains(['”', '»', '"'])
}
/// Lines this long (in bytes) are never section headers.
const HEADER_MAX_LEN: usize = 80;

/// Compiled phrase lists and patterns for one language.
pub struct Residue {
    lines: WordMap<String, Category>,
    longest_line_key: usize,
    /// `.start` phrases by their first character (an Fx map: SipHash cost more than the
    /// lookup on every short line).
    starts: WordMap<char, Vec<(String, Category)>>,
    patterns: PatternSet,
    /// Each pattern's category, and whether it is anchored at the line's start (`^…`).
    pattern_categories: Vec<(Category, bool)>,
    bios: PatternSet,
    pitch: Option<PitchSearch>,
    pitch_categories: Vec<(String, Category)>,
    /// `.sentence.pattern` regexes, anchored, to find the category of a match no phrase is
    /// (compiled on first need: most pages need few of them, or none).
    pitch_patterns: Vec<(LazyRegex, Category)>,
    byline_starts: Vec<String>,
    date_words: WordSet<String>,
    /// The words that open and join a range of times (`de 9h à 12h`), as `from to` pairs.
    time_ranges: Vec<(String, String)>,
    comment_headers: WordSet<String>,
    related_headers: WordSet<String>,
    key_points_headers: WordSet<String>,
    /// A reader poll's buttons under its answers (`Vote`, `View results`).
    poll_buttons: WordSet<String>,
    /// The first bytes of the poll buttons: most lines open on none of them.
    poll_button_firsts: Vec<u8>,
    /// Lowercase labels a photo credit opens on.
    credit_labels: Vec<String>,
    tags_headers: WordSet<String>,
    /// Openings of short related-links headers (`More from …`).
    related_header_starts: Vec<String>,
    /// What a long line shows when it is a notice the patterns know (a consent banner, a
    /// donors' note): a fragment anywhere, an opening, or a last word.
    notice_fragments: Vec<&'static str>,
    notice_openers: Vec<&'static str>,
    notice_endings: Vec<&'static str>,
}

/// Lowercase words that may stand inside a capitalised name line, from every language's
/// file (a page in one language carries furniture in another).
pub struct NameWords {
    /// In a desk label under a byline (`North of England Correspondent`).
    pub desk: WordSet<&'static str>,
    /// Last words of a reporter's beat under their name (`Agriculture and markets writer`).
    pub beat: WordSet<&'static str>,
    /// In a bare photo credit (`Ann Lee for The Harbour Gazette`).
    pub credit: WordSet<&'static str>,
    /// Joining the names of a byline (`By Ann Lee and Tom Hart`).
    pub byline: WordSet<&'static str>,
    /// Short words a title-case label capitalises and a person's name does not (`Click To Tweet`).
    pub title_case: WordSet<&'static str>,
}

/// The name words of every language, read once.
pub fn name_words() -> &'static NameWords {
    static WORDS: OnceLock<NameWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let union = |section: &str| -> WordSet<&'static str> {
            Lang::ALL
                .iter()
                .flat_map(|l| l.entries(Resource::Residue, section))
                .collect()
        };
        NameWords {
            desk: union("name.desk"),
            beat: union("name.beat"),
            credit: union("name.credit"),
            byline: union("name.byline"),
            title_case: union("name.title_case"),
        }
    })
}

/// What a header line announces.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Header {
    #[default]
    None,
    Comments,
    Related,
    /// The label of a key-points box at the top of an article (`Summary`, `L'essentiel`).
    KeyPoints,
    /// A topic-tags header (`Related Topics`, `Mots-clés`): the short lines under it are tags.
    Tags,
    /// A reader poll's buttons (`Vote | View results`): the short lines above are its answers.
    PollButtons,
    /// A photo credit opening on its label (`Photograph: Jo Roe/PA`, `Credit...Al Li`): the
    /// short sentence right above it is its caption.
    CaptionCredit,
}

/// The compiled residue knowledge of `lang`.
pub fn residue(lang: Lang) -> &'static Residue {
    // One table per language, built on first use: each costs tens of milliseconds.
    static TABLES: [OnceLock<Residue>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    TABLES[index].get_or_init(|| Residue::build(Lang::ALL[index]))
}

/// The lookup key of a whole line: lowercase, straight apostrophes, single spaces, without
/// leading bullets or trailing `: . › » > | * … ? !`.
pub fn line_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    line_key_in(line, &mut key).to_string()
}

/// [`line_key`] of `line`, folded into `buffer` (cleared first): no allocation per line.
pub fn line_key_in<'b>(line: &str, buffer: &'b mut String) -> &'b str {
    buffer.clear();
    fold_key(line, usize::MAX, buffer);
    trim_line_key(buffer)
}

/// Whether [`line_key`] of `line` is `key`, folding only the line's first characters when
/// they already differ (most lines).
pub fn has_line_key(line: &str, key: &str, buffer: &mut String) -> bool {
    const HEAD_CHARS: usize = 12;
    buffer.clear();
    fold_key(line, HEAD_CHARS, buffer);
    // The folded head, edges trimmed at its start, and the key both open the line's trimmed
    // folding: one is a prefix of the other, unless the head is all edges.
    let head = buffer.trim_start_matches(is_key_edge);
    if !head.is_empty() && !key.starts_with(head) && !head.starts_with(key) {
        return false;
    }
    line_key_in(line, buffer) == key
}

/// Appends the folded form of (at most `max_chars` characters of) `line` to `key`: lowercase,
/// straight apostrophes, whitespace runs as one space, no leading space. Returns the length of
/// `key` after the first `START_KEY_CHARS` characters, so one pass serves both keys.
fn fold_key(line: &str, max_chars: usize, key: &mut String) -> usize {
    fold_key_copying::<true>(line, max_chars, key)
}

/// [`fold_key`], copying runs of plain ASCII at once (`RUNS`) or a character at a time (tests
/// compare the two).
#[inline(always)]
fn fold_key_copying<const RUNS: bool>(line: &str, max_chars: usize, key: &mut String) -> usize {
    let mut head_end = None;
    let mut count = 0;
    let mut index = 0;
    let bytes = line.as_bytes();
    while index < bytes.len() {
        if count == START_KEY_CHARS {
            head_end = Some(key.len());
        }
        if count == max_chars {
            break;
        }
        // Most of a line is ASCII: a run of printable bytes and single spaces after them
        // folds to itself lowercased, copied at once (up to the next count that matters).
        let byte = bytes[index];
        if RUNS && FOLDS_TO_ITSELF[usize::from(byte)] {
            let limit = if count < START_KEY_CHARS {
                START_KEY_CHARS.min(max_chars)
            } else {
                max_chars
            };
            let run = plain_ascii_run(&bytes[index..], limit - count);
            let from = key.len();
            key.push_str(&line[index..index + run]);
            key[from..].make_ascii_lowercase();
            count += run;
            index += run;
            continue;
        }
        count += 1;
        let c = if byte.is_ascii() {
            index += 1;
            match byte {
                b'`' => '\'',
                byte if byte.is_ascii_whitespace() || byte == 0x0b => ' ',
                byte => {
                    key.push(char::from(byte.to_ascii_lowercase()));
                    continue;
                }
            }
        } else {
            let Some(c) = line[index..].chars().next() else {
                break;
            };
            index += c.len_utf8();
            match c {
                '’' | '‘' | 'ʼ' => '\'',
                c if c.is_whitespace() => ' ',
                c => c,
            }
        };
        if c == ' ' {
            if !key.is_empty() && !key.ends_with(' ') {
                key.push(' ');
            }
            continue;
        }
        push_lowercase(key, c);
    }
    head_end.unwrap_or(key.len())
}

/// The printable ASCII bytes that [`fold_key`] keeps as they are, but for their case: all
/// but the backquote (an apostrophe) and the space (kept only after a kept byte).
const FOLDS_TO_ITSELF: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = (byte as u8).is_ascii_graphic() && byte != b'`' as usize;
        byte += 1;
    }
    table
};

/// How many bytes (at most `max`) `bytes` opens with that [`fold_key`] copies as they are
/// (lowercased): bytes of [`FOLDS_TO_ITSELF`], each space right after one. `bytes` opens with
/// such a byte.
fn plain_ascii_run(bytes: &[u8], max: usize) -> usize {
    let bytes = &bytes[..bytes.len().min(max)];
    let mut run = 0;
    let mut after_kept = false;
    // Sixteen bytes at a time where the CPU can, then one at a time.
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(run..run + 16) {
        let (kept, last_kept) = sse2::plain_prefix(chunk, after_kept);
        run += kept;
        if kept < 16 {
            return run;
        }
        after_kept = last_kept;
    }
    run + plain_ascii_run_bytes(&bytes[run..], after_kept)
}

/// [`plain_ascii_run`] one byte at a time, `after_kept` telling whether the byte before
/// `bytes` was one of [`FOLDS_TO_ITSELF`].
fn plain_ascii_run_bytes(bytes: &[u8], mut after_kept: bool) -> usize {
    let mut run = 0;
    for &byte in bytes {
        after_kept = if FOLDS_TO_ITSELF[usize::from(byte)] {
            true
        } else if byte == b' ' && after_kept {
            false
        } else {
            break;
        };
        run += 1;
    }
    run
}

/// [`plain_ascii_run`] over chunks of sixteen bytes, with SSE2 (part of every x86_64 CPU).
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8,
        _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };

    /// How many of the sixteen bytes `chunk` opens with `fold_key` copies as they are (bytes
    /// of `FOLDS_TO_ITSELF`, each space right after one), `after_kept` telling whether the
    /// byte before the chunk was one of those; and whether the chunk's last byte is one.
    #[inline(always)]
    pub fn plain_prefix(chunk: &[u8], after_kept: bool) -> (usize, bool) {
        assert!(chunk.len() >= 16);
        // SAFETY: `chunk` holds at least sixteen bytes, read unaligned; SSE2 is baseline on
        // x86_64.
        let (graphic, spaces) = unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            // `!` to `~` (bytes from 0x80 compare as negative), less the backquote.
            let printable = _mm_and_si128(
                _mm_cmpgt_epi8(v, _mm_set1_epi8(0x20)),
                _mm_cmplt_epi8(v, _mm_set1_epi8(0x7f)),
            );
            let graphic = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x60)), printable);
            let spaces = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x20));
            (
                _mm_movemask_epi8(graphic) as u32,
                _mm_movemask_epi8(spaces) as u32,
            )
        };
        let kept = graphic | (spaces & ((graphic << 1) | u32::from(after_kept)));
        let stop = (!kept & 0xffff).trailing_zeros() as usize;
        (stop.min(16), graphic & (1 << 15) != 0)
    }
}

/// Appends `c` lowercased (as [`char::to_lowercase`]), the letters of Latin-1, most of the
/// others in Western text, without reading the Unicode tables: those from U+00E0 are lowercase,
/// the capitals from U+00C0 (all but `×`) lowercase 0x20 further on.
fn push_lowercase(out: &mut String, c: char) {
    match c {
        '\u{e0}'..='\u{ff}' => out.push(c),
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => out.push(char::from(c as u8 + 0x20)),
        _ => out.extend(c.to_lowercase()),
    }
}

/// `text.to_lowercase()`, reading the Unicode tables only past Latin-1 (see
/// [`push_lowercase`]).
pub fn lowercase(text: &str) -> String {
    // A capital sigma lowercases by its place in a word: the standard library knows how.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            push_lowercase(&mut out, c);
        }
        rest = chars.as_str();
    }
    out
}

/// A folded line without its edge marks: the key of [`Residue::line_category`]'s phrase table.
fn trim_line_key(folded: &str) -> &str {
    folded.trim_matches(is_key_edge)
}

/// The marks around a line that its key leaves out.
fn is_key_edge(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ':' | '.'
                | '›'
                | '»'
                | '«'
                | '>'
                | '<'
                | '|'
                | '*'
                | '…'
                | '?'
                | '!'
                | '•'
                | '·'
                | '-'
                | '–'
                | '—'
                | '▶'
                | '►'
                | '→'
                | '#'
                | '+'
                | '/'
                | '\\'
                | '='
        )
}

/// Characters of a line's beginning read for `.start` phrases.
const START_KEY_CHARS: usize = 120;

/// The key of a line's beginning for `.start` phrases: like [`line_key`] but keeping trailing
/// punctuation, so `lire aussi :` can be told from `lire aussi`.
fn start_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len().min(4 * START_KEY_CHARS));
    let head_end = fold_key(line, START_KEY_CHARS, &mut key);
    start_key_of_head(&key[..head_end]).into_owned()
}

/// The `.start` key from the folded head of a line.
fn start_key_of_head(head: &str) -> std::borrow::Cow<'_, str> {
    let bullets = |c: char| {
        c.is_whitespace() || matches!(c, '•' | '·' | '-' | '–' | '—' | '*' | '▶' | '►' | '→' | '>')
    };
    let head = head.trim_start_matches(bullets);
    // A space before a colon is French typography, not a different phrase.
    // A byte search first: setting up a substring search costs more than most lines' scan.
    if head.contains(':') && head.contains(" :") {
        head.replace(" :", ":").into()
    } else {
        head.into()
    }
}

impl Residue {
    fn build(lang: Lang) -> Residue {
        let mut langs = vec![lang];
        if lang != Lang::En {
            langs.push(Lang::En);
        }
        let mut lines = WordMap::default();
        let mut starts: WordMap<char, Vec<(String, Category)>> = WordMap::default();
        let mut patterns = Vec::new();
        let mut pitch_categories = Vec::new();
        let mut pitch_alternatives = PitchAlternatives::default();
        let mut pitch_patterns = Vec::new();
        for &file_lang in &langs {
            for category in Category::ALL.into_iter().filter(|c| !c.is_repair()) {
                let name = category.name();
                for phrase in file_lang.entries(Resource::Residue, name) {
                    lines.entry(line_key(phrase)).or_insert(category);
                }
                for phrase in file_lang.entries(Resource::Residue, &format!("{name}.start")) {
                    let key = start_key(phrase);
                    if let Some(first) = key.chars().next() {
                        starts.entry(first).or_default().push((key, category));
                    }
                }
                for pattern in file_lang.entries(Resource::Residue, &format!("{name}.pattern")) {
                    let anchored = pattern.trim_start_matches("(?i)").starts_with('^');
                    patterns.push((pattern, (category, anchored)));
                }
                for phrase in file_lang.entries(Resource::Residue, &format!("{name}.sentence")) {
                    let lower = phrase.to_lowercase().replace('’', "'");
                    pitch_alternatives.push_phrase(&lower);
                    pitch_categories.push((lower, category));
                }
                // Patterns join the same alternation, so a line is searched once (twice with
                // a pattern's word in it); only a match that no phrase explains is tried on
                // them to find its category.
                for pattern in
                    file_lang.entries(Resource::Residue, &format!("{name}.sentence.pattern"))
                {
                    if let Some(regex) = LazyRegex::new(format!("(?i)^(?:{pattern})$")) {
                        pitch_alternatives.push_pattern(pattern);
                        pitch_patterns.push((regex, category));
                    }
                }
            }
        }
        lines.remove("");
        let entries = |section: &str| -> Vec<&'static str> {
            langs
                .iter()
                .flat_map(|l| l.entries(Resource::Residue, section))
                .collect()
        };
        let collect = |section: &str| -> WordSet<String> {
            langs
                .iter()
                .flat_map(|l| l.entries(Resource::Residue, section))
                .map(line_key)
                .collect()
        };
        let mut byline_starts: Vec<String> = langs
            .iter()
            .flat_map(|l| l.entries(Resource::Residue, "byline.opener"))
            .map(|p| p.to_lowercase())
            .collect();
        // Longest first, so `propos recueillis par` wins over `par`.
        byline_starts.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let pitch = pitch_alternatives.build();
        let bios: Vec<(&str, ())> = langs
            .iter()
            .flat_map(|l| l.entries(Resource::Residue, "author_bio.description"))
            .map(|p| (p, ()))
            .collect();
        let (patterns, pattern_categories) = PatternSet::build(patterns);
        let (bios, _) = PatternSet::build(bios);
        Residue {
            bios,
            longest_line_key: lines.keys().map(String::len).max().unwrap_or(0),
            lines,
            starts,
            patterns,
            pattern_categories,
            pitch,
            pitch_categories,
            pitch_patterns,
            byline_starts,
            date_words: collect("date.words"),
            time_ranges: langs
                .iter()
                .flat_map(|l| l.entries(Resource::Residue, "time.range"))
                .filter_map(|pair| {
                    let (from, to) = pair.split_once(' ')?;
                    Some((from.to_lowercase(), to.trim().to_lowercase()))
                })
                .collect(),
            comment_headers: collect("comments.header"),
            related_headers: collect("related.header"),
            key_points_headers: collect("keypoints.header"),
            poll_button_firsts: {
                let mut firsts: Vec<u8> = collect("poll.buttons")
                    .iter()
                    .filter_map(|key| key.bytes().next())
                    .collect();
                firsts.sort_unstable();
                firsts.dedup();
                firsts
            },
            poll_buttons: collect("poll.buttons"),
            credit_labels: langs
                .iter()
                .flat_map(|l| l.entries(Resource::Residue, "credit.label"))
                .map(str::to_lowercase)
                .collect(),
            tags_headers: collect("tags"),
            related_header_starts: langs
                .iter()
                .flat_map(|l| l.entries(Resource::Residue, "related.header.start"))
                .map(line_key)
                .collect(),
            notice_fragments: entries("notice.fragment"),
            notice_openers: entries("notice.opener"),
            notice_endings: entries("notice.ending"),
        }
    }

    /// Whether a line too long for the patterns shows the marks of a notice they know.
    fn is_long_notice(&self, line: &str) -> bool {
        let last = line.trim_end().trim_end_matches('.');
        self.notice_fragments.iter().any(|f| line.contains(f))
            || self.notice_openers.iter().any(|o| line.starts_with(o))
            || self.notice_endings.iter().any(|e| last.ends_with(e))
    }

    /// The category of a line that is a known residue phrase, starts with one or matches a
    /// pattern. `words` is the line's word count.
    #[cfg(test)]
    pub fn line_category(&self, line: &str, words: usize) -> Option<Category> {
        self.read_line(line, words).0
    }

    /// The line's residue category (as [`Self::line_category`]) and what header it is (as
    /// [`Self::header`]), from one folding of its text.
    pub fn read_line(&self, line: &str, words: usize) -> (Option<Category>, Header) {
        let whole = line.len() <= self.longest_line_key * 2 + 8;
        let head = words <= START_MAX_WORDS;
        let header_sized = line.len() < HEADER_MAX_LEN;
        let mut folded = String::new();
        let mut head_end = 0;
        if whole || head || header_sized {
            folded.reserve(line.len().min(4 * START_KEY_CHARS));
            let max_chars = if whole || header_sized {
                usize::MAX
            } else {
                START_KEY_CHARS
            };
            head_end = fold_key(line, max_chars, &mut folded);
        }
        let header = if header_sized {
            let key = trim_line_key(&folded);
            match self.header_of_key(key) {
                Header::None if self.is_related_label(&folded) => Header::Related,
                Header::None if words == 3 && self.names_topic_in_header(line, key) => {
                    Header::Related
                }
                header => header,
            }
        } else {
            Header::None
        };
        let category = self.category_of_folded(line, words, whole, head, &folded, head_end);
        (category, header)
    }

    fn category_of_folded(
        &self,
        line: &str,
        words: usize,
        whole: bool,
        head: bool,
        folded: &str,
        head_end: usize,
    ) -> Option<Category> {
        if whole || head {
            if whole {
                if let Some(&category) = self.lines.get(trim_line_key(folded)) {
                    return Some(category);
                }
            }
            if head {
                let key = start_key_of_head(&folded[..head_end]);
                let candidates = key.chars().next().and_then(|c| self.starts.get(&c));
                for (phrase, category) in candidates.into_iter().flatten() {
                    if key.starts_with(phrase.as_str()) && ends_at_word_boundary(&key, phrase) {
                        return Some(*category);
                    }
                }
            }
        }
        // Patterns are costly on long lines; only consent banners, privacy notices, a
        // sponsor's funding note (which ends on the content it leaves the desk) and a
        // newsroom's note on its donors (which opens on its label) are long, and they say so.
        let long_notice = words > PATTERN_MAX_WORDS
            && words <= NOTICE_PATTERN_MAX_WORDS
            && self.is_long_notice(line);
        let worth_matching = words <= PATTERN_MAX_WORDS || long_notice;
        if worth_matching {
            let bare = line.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '[' | ']' | '{' | '}' | '•' | '·' | '*' | '|')
            });
            // Most lines match nothing: a plain search is much cheaper than listing matches.
            if !self.patterns.is_match(bare) {
                return None;
            }
            // A paragraph quoting someone is the article's, whatever words the quote holds
            // (`"Nobody signs up for a newsletter because of the platform," said …`).
            let quoting = words >= QUOTING_MIN_WORDS && quotes_someone(bare);
            for index in self.patterns.matches(bare) {
                let (category, anchored) = self.pattern_categories[index];
                let pitch = matches!(category, Category::Subscribe | Category::Paywall);
                if quoting && pitch {
                    continue;
                }
                // A long notice is taken by a consent or funding-note pattern, or by one that
                // reads its opening (`Privacy notice: newsletters may …`), not by words met in
                // its middle.
                let notice = long_notice
                    && (anchored
                        || matches!(category, Category::Cookie | Category::OutsideArticle));
                if words <= PATTERN_MAX_WORDS || notice {
                    return Some(category);
                }
            }
        }
        None
    }

    /// Whether `line` opens on a photo credit's label (`Photograph:`), in any case.
    pub fn opens_on_credit_label(&self, line: &str) -> bool {
        self.credit_labels.iter().any(|label| {
            line.get(..label.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(label))
        })
    }

    /// Whether `line` describes an author (`Jane Roe is a freelance writer based in…`).
    pub fn describes_author(&self, line: &str) -> bool {
        // A bio under the article may be set off by a dash (`— Jo Roe covers …`).
        let line = line.trim_start_matches(['—', '–', ' ']);
        // Every description pattern opens on a capital (a name, or `I`).
        line.starts_with(char::is_uppercase) && self.bios.is_match(line)
    }

    /// Byte ranges of pitch phrases (subscribe, paywall) inside `text`, with their category.
    #[cfg(test)]
    pub fn pitch_matches(&self, text: &str) -> Vec<(usize, usize, Category)> {
        self.pitch_matches_near(text, None).0
    }

    /// [`Self::pitch_matches`], the pitch gate read only `near` changes to `text` when given,
    /// and from where gate words may start in `text`, `None` when it holds none (see
    /// [`PitchSearch::search_near`]).
    pub fn pitch_matches_near(
        &self,
        text: &str,
        near: Option<&[Span]>,
    ) -> (Vec<(usize, usize, Category)>, Option<usize>) {
        let Some(pitch) = &self.pitch else {
            return (Vec::new(), Some(0));
        };
        // The gate reads any ASCII case: the copy is made only for a search.
        let (search, gate_from) = pitch.search_near(text, near);
        let Some(search) = search else {
            return (Vec::new(), gate_from);
        };
        // Only A-Z change, so offsets in the copy are offsets in `text`.
        let lowercased = text.to_ascii_lowercase();
        let matches = search
            .find_iter(&lowercased)
            .map(|m| {
                let matched = &text[m.range()];
                let found = matched.to_lowercase().replace('’', "'");
                let category = self
                    .pitch_categories
                    .iter()
                    .find(|(phrase, _)| *phrase == found)
                    .map(|(_, c)| *c)
                    .or_else(|| {
                        let pattern = self.pitch_patterns.iter();
                        pattern
                            .filter(|(regex, _)| regex.get().is_some_and(|r| r.is_match(matched)))
                            .map(|(_, c)| *c)
                            .next()
                    })
                    .unwrap_or(Category::Subscribe);
                (m.start(), m.end(), category)
            })
            .collect();
        (matches, gate_from)
    }

    /// How near a change to a line a pitch gate word it brought lies (see
    /// [`PitchSearch::gate_reach`]).
    pub fn pitch_gate_reach(&self) -> usize {
        self.pitch.as_ref().map_or(0, PitchSearch::gate_reach)
    }

    /// Whether `word` (lowercase) is a menu entry on its own (`home`, `contact`, `sport`).
    pub fn is_menu_word(&self, word: &str) -> bool {
        self.lines.get(word) == Some(&Category::Navigation)
    }

    /// Whether `word` (lowercase) belongs to dates and timestamps.
    pub fn is_date_word(&self, word: &str) -> bool {
        self.date_words.contains(word)
    }

    /// Whether `from` and `to` (lowercase) open and join a range of times (`de` … `à`).
    pub fn is_time_range(&self, from: &str, to: &str) -> bool {
        self.time_ranges.iter().any(|(f, t)| f == from && t == to)
    }

    /// The byline opener (`par`, `by`, `written by`) that `lower_line` starts with, if any.
    pub fn byline_start(&self, lower_line: &str) -> Option<&str> {
        self.byline_starts
            .iter()
            .find(|p| lower_line.starts_with(p.as_str()) && ends_at_word_boundary(lower_line, p))
            .map(String::as_str)
    }

    /// Whether `line` opens a comment section, or a related-links list.
    pub fn header(&self, line: &str) -> Header {
        if line.len() >= HEADER_MAX_LEN {
            return Header::None;
        }
        self.header_of_key(&line_key(line))
    }

    fn header_of_key(&self, key: &str) -> Header {
        if self.comment_headers.contains(key) {
            Header::Comments
        } else if self.related_headers.contains(key) || self.opens_related_header(key) {
            Header::Related
        } else if self.key_points_headers.contains(key) {
            Header::KeyPoints
        } else if self.tags_headers.contains(key) {
            Header::Tags
        } else if self.is_poll_buttons(key) {
            Header::PollButtons
        } else {
            Header::None
        }
    }

    /// A poll's buttons, one or a row of them between bars (`voter | voir les résultats`).
    fn is_poll_buttons(&self, key: &str) -> bool {
        const MAX_LEN: usize = 40;
        key.len() <= MAX_LEN
            && key
                .bytes()
                .next()
                .is_some_and(|b| self.poll_button_firsts.contains(&b))
            && key
                .split('|')
                .all(|button| self.poll_buttons.contains(button.trim()))
    }
}

impl Residue {
    /// `Read more:` alone on its line: a related-links label ending in a colon, the links
    /// under it; also a short one naming its topic (`Read more about the floods:`).
    fn is_related_label(&self, folded: &str) -> bool {
        const MAX_WORDS: usize = 6;
        let folded = folded.trim_end();
        if !folded.ends_with(':') {
            return false;
        }
        let key = start_key_of_head(folded);
        let short = key.split(' ').count() <= MAX_WORDS;
        let candidates = key.chars().next().and_then(|c| self.starts.get(&c));
        candidates.into_iter().flatten().any(|(phrase, category)| {
            *category == Category::Related
                && (*phrase == key
                    || short
                        && key.starts_with(phrase.as_str())
                        && ends_at_word_boundary(&key, phrase))
        })
    }

    /// `more from the gazette`: a short header opening on a related-links phrase.
    /// A related-links header with its topic's name inside (`Latest Harbour news`): the header
    /// (`latest news`) around one capitalised word.
    fn names_topic_in_header(&self, line: &str, key: &str) -> bool {
        let mut words = key.split(' ');
        let (Some(first), Some(_), Some(last), None) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            return false;
        };
        line.split_whitespace()
            .nth(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && self.related_headers.contains(&format!("{first} {last}"))
    }

    fn opens_related_header(&self, key: &str) -> bool {
        const MAX_WORDS: usize = 7;
        self.related_header_starts.iter().any(|start| {
            key.starts_with(start.as_str())
                && key[start.len()..].starts_with(' ')
                && key.split(' ').count() <= MAX_WORDS
        })
    }
}

/// Whether `phrase`, a prefix of `text`, ends where a word ends.
fn ends_at_word_boundary(text: &str, phrase: &str) -> bool {
    let phrase_ends_in_word = phrase.chars().last().is_some_and(char::is_alphanumeric);
    !phrase_ends_in_word || !text[phrase.len()..].starts_with(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_words_join_every_languages_lists() {
        let words = name_words();
        // A French page's credit may name an English outlet, and the reverse.
        assert!(words.credit.contains("pour") && words.credit.contains("via"));
        assert!(words.desk.contains("of") && words.desk.contains("à"));
        assert!(words.byline.contains("und") && words.byline.contains("avec"));
        assert!(!words.byline.contains("the"));
    }

    #[test]
    fn long_notices_show_their_marks() {
        let en = residue(Lang::En);
        assert!(en.is_long_notice("We use cookies to improve your experience"));
        assert!(en.is_long_notice("Disclosure: the foundation funds our desk"));
        assert!(en.is_long_notice("This story is sponsored content."));
        assert!(!en.is_long_notice("The council met on Tuesday to discuss the bus routes."));
    }

    #[test]
    fn every_pattern_of_every_language_compiles() {
        for lang in Lang::ALL {
            let file = lang.data(Resource::Residue);
            for category in Category::ALL {
                for pattern in section_entries(file, &format!("{}.pattern", category.name())) {
                    assert!(Regex::new(pattern).is_ok(), "{lang:?} {pattern}");
                }
            }
        }
    }

    #[test]
    fn every_pattern_is_in_the_compiled_set() {
        for lang in Lang::ALL {
            let table = residue(lang);
            assert_eq!(
                table.patterns.len(),
                table.pattern_categories.len(),
                "{lang:?}"
            );
            assert!(!table.patterns.is_empty(), "{lang:?}");
            assert!(!table.bios.is_empty(), "{lang:?}");
            assert!(table.pitch.is_some(), "{lang:?}");
        }
    }

    #[test]
    fn a_bad_pattern_is_left_out_with_its_tag() {
        let (set, tags) = PatternSet::build(vec![("a+", 'a'), ("(", 'x'), ("b\\b", 'b')]);
        assert_eq!(set.len(), 2);
        assert_eq!(tags, vec!['a', 'b']);
        assert_eq!(set.matches("b").collect::<Vec<_>>(), vec![1]);
    }

    #[test]
    fn sentence_patterns_find_pitches_no_phrase_lists() {
        let en = residue(Lang::En);
        let text = "The pier reopens. Sign up to Tidelines, our weekly newsletter. It rained.";
        let found = en.pitch_matches(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let (start, end, category) = found[0];
        assert!(text[start..end].starts_with("Sign up to Tidelines"));
        assert_eq!(category, Category::Subscribe);
        assert!(en
            .pitch_matches("The newsletter of the pier club sold well.")
            .is_empty());
    }

    #[test]
    fn pitch_phrases_match_in_any_case_and_with_either_apostrophe() {
        let fr = residue(Lang::Fr);
        for text in [
            "Vote. ABONNEZ-VOUS dès maintenant.",
            "Vote. Déjà ABONNÉ ? Connectez-vous.",
            "Vote. DÉJÀ abonné? Connectez-vous.",
            "Vote. Je M’ABONNE.",
            "Vote. TÉLÉCHARGEZ gratuitement le guide sur L’APPLI.",
        ] {
            let found = fr.pitch_matches(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].0, "Vote. ".len(), "{text}");
        }
        let found = fr.pitch_matches("Vote. DÉJÀ ABONNÉ ?");
        assert_eq!(found[0].2, Category::Paywall);
    }

    #[test]
    fn consent_banners_that_speak_of_trackers_are_cookie_lines() {
        let fr = residue(Lang::Fr);
        let line =
            "En poursuivant, vous consentez au dépôt de traceurs par nos partenaires. Refuser";
        let words = line.split(' ').count();
        assert_eq!(fr.line_category(line, words), Some(Category::Cookie));
        let line = "Le maire consent à revoir le tracé de la piste cyclable.";
        assert_eq!(fr.line_category(line, 10), None);
        let en = residue(Lang::En);
        let line = "By continuing you agree to the use of trackers for advertising. Accept";
        assert_eq!(en.line_category(line, 12), Some(Category::Cookie));
    }

    #[test]
    fn credits_after_a_caption_take_an_outlet_of_two_words_and_a_spaced_slash() {
        let fr = residue(Lang::Fr);
        let line = "Le pont, fermé depuis mars. Photo Le Courrier / Anne Morel";
        assert_eq!(fr.line_category(line, 10), Some(Category::Credit));
        let line = "Le pont est fermé. Photo prise par un riverain en mars dernier";
        assert_eq!(fr.line_category(line, 12), None);
        let line = "(Coast Radio/Ann Lee)";
        assert_eq!(fr.line_category(line, 3), Some(Category::Credit));
        let en = residue(Lang::En);
        let line = "Volunteers rebuilt the wall. (Harbour Gazette: Jo Roe)";
        assert_eq!(en.line_category(line, 8), Some(Category::Credit));
        let line = "Unemployment fell again in May. (Source: Statistics Office)";
        assert_eq!(en.line_category(line, 8), None);
    }

    /// The category `line_category` gives `line`, its words counted as `clean` counts them.
    fn category_of(table: &Residue, line: &str) -> Option<Category> {
        table.line_category(line, super::super::lines::Shape::of(line).words)
    }

    #[test]
    fn regional_credits_closing_a_french_caption_are_credits() {
        let fr = residue(Lang::Fr);
        let credit = Some(Category::Credit);
        for line in [
            "Les bénévoles ont repeint la halle samedi. GCR - J. M.",
            "Les bénévoles ont repeint la halle samedi. GCR - Jeanne Morel",
            "La digue du port, le 2 mars 2026. ANNE MOREL POUR « LE COURRIER »",
            "Le maire a coupé le ruban devant l'école. (A. Morel/L'Écho)",
        ] {
            assert_eq!(category_of(fr, line), credit, "{line}");
        }
        for line in [
            "Le vote a eu lieu hier. ONU - Réunion à huis clos demain",
            "Il a signé un contrat pour « Le Courrier ».",
        ] {
            assert_eq!(category_of(fr, line), None, "{line}");
        }
    }

    #[test]
    fn player_buttons_podcast_promotions_and_newsletter_titles_are_residue() {
        let en = residue(Lang::En);
        for (line, category) in [
            ("Listen · 4:12", Category::Share),
            ("Transcript", Category::Share),
            ("Toggle more options", Category::Navigation),
            ("Heard on Weekend Harbour Hour", Category::OutsideArticle),
            (
                "Listen to Dock Talk, our port podcast, on Apple Podcasts or Spotify.",
                Category::Subscribe,
            ),
            ("Get the Harbour Morning newsletter", Category::Subscribe),
            (
                "Pictured: the ferry at the quay after the storm",
                Category::Credit,
            ),
            ("BNPS", Category::Credit),
            (
                "Pictured left to right: Ann Lee and Jo Marsh",
                Category::Credit,
            ),
            (
                "Dockers unload the ferry on Tuesday. KIT MOSS FOR THE GAZETTE",
                Category::Credit,
            ),
            ("Auto-refresh", Category::Navigation),
            (
                "The Harbour Wire receives support from a sailing foundation for its coverage of ports. The Wire is solely responsible for all content.",
                Category::OutsideArticle,
            ),
        ] {
            assert_eq!(category_of(en, line), Some(category), "{line}");
        }
        for line in [
            "Heard on the quay, the rumour spread fast.",
            "Listen to the crowd on the pier when the ferry comes in.",
            "Get the ferry early if you want a seat.",
        ] {
            assert_eq!(category_of(en, line), None, "{line}");
        }
        let fr = residue(Lang::Fr);
        assert_eq!(
            category_of(fr, "Mise à jour automatique"),
            Some(Category::Navigation)
        );
        assert_eq!(
            category_of(
                fr,
                "Écoutez « Le Quai », notre podcast, sur Apple Podcasts ou Deezer."
            ),
            Some(Category::Subscribe)
        );
        assert_eq!(
            category_of(fr, "Écoutez le bruit du port sur la digue, le soir."),
            None
        );
        assert_eq!(
            category_of(fr, "Vidéo - La houle sur la digue du port"),
            Some(Category::Credit)
        );
        let text = "La houle a frappé la digue cette nuit. Suivez notre direct.";
        assert!(!fr.pitch_matches(text).is_empty());
    }

    #[test]
    fn membership_pitches_are_found_inside_a_paragraph() {
        let en = residue(Lang::En);
        for pitch in [
            "The Harbour Post is reader-supported and free to read.",
            "If you value reporting like this, become a member for $4 a month.",
            "If you value local news, please consider joining us.",
        ] {
            let text = format!("The quay reopens in May. {pitch}");
            assert!(!en.pitch_matches(&text).is_empty(), "{pitch}");
        }
        for text in [
            "She will become a member of the harbour board from May.",
            "If you value your boat, moor it inside the wall tonight.",
        ] {
            assert!(en.pitch_matches(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_way_to_reach_the_author_describes_the_author() {
        let en = residue(Lang::En);
        assert!(en.describes_author("Dana Cole can be reached at dana@example.com."));
        assert!(!en.describes_author("The mayor can be reached at city hall on Fridays."));
    }

    #[test]
    fn an_author_name_with_a_beat_is_a_byline() {
        let en = residue(Lang::En);
        let byline = Some(Category::Byline);
        assert_eq!(
            en.line_category("Jo Marsh Transport correspondent", 4),
            byline
        );
        assert_eq!(en.line_category("Ann Lee, Political Editor", 4), byline);
        assert_eq!(
            en.line_category("Harbour board appoints new editor", 5),
            None
        );
        let fr = residue(Lang::Fr);
        let line = "Jeanne Roux Envoyée spéciale à Lyon";
        assert_eq!(fr.line_category(line, 6), byline);
        assert_eq!(fr.line_category("Paul Morel, journaliste", 3), byline);
    }

    #[test]
    fn a_long_privacy_notice_of_a_newsletter_box_is_matched() {
        let en = residue(Lang::En);
        let notice = "Privacy notice: newsletters may carry news about charities, ads and content paid for by others. \
            We keep your address only to send you the newsletter you asked for, and you can leave the list at any time by \
            following the link at the foot of every email we send.";
        let words = notice.split_whitespace().count();
        assert!(words > PATTERN_MAX_WORDS, "{words}");
        assert_eq!(en.line_category(notice, words), Some(Category::Subscribe));
        // A long paragraph on privacy is not taken by a pitch pattern met in its middle.
        let paragraph =
            "The council said on Monday that residents who subscribe to its weekly email \
            newsletter about the harbour works would be asked again for their consent, after a \
            review found that the old sign-up form had not explained its privacy terms clearly \
            enough, and that some addresses had been kept for longer than the rules allow.";
        let words = paragraph.split_whitespace().count();
        assert!(words > PATTERN_MAX_WORDS, "{words}");
        assert_eq!(en.line_category(paragraph, words), None);
    }

    #[test]
    fn newsroom_furniture_of_english_sites_is_residue() {
        let en = residue(Lang::En);
        for (line, category) in [
            ("Reporting from Port Ellis, Maine", Category::Byline),
            ("— With assistance from Ann Lee", Category::Byline),
            (
                "(Updates with the mayor's comment in fifth paragraph.)",
                Category::OutsideArticle,
            ),
            (
                "Credit...Kit Moss for The Harbour Gazette",
                Category::Credit,
            ),
            ("The pier at dawn. Credit...Kit Moss", Category::Credit),
            ("SKIP ADVERTISEMENT", Category::Advertisement),
            (
                "Listen to this article · 6:02 min Learn more",
                Category::Share,
            ),
        ] {
            let words = line.split_whitespace().count();
            assert_eq!(en.line_category(line, words), Some(category), "{line}");
        }
        assert_eq!(
            en.line_category("Reporting from the front line is dangerous work.", 8),
            None
        );
        assert_eq!(en.header("Read more about the harbour"), Header::Related);
    }

    #[test]
    fn support_boxes_tickers_and_topic_invitations_are_residue() {
        let en = residue(Lang::En);
        for (line, category) in [
            (
                "Before you go, a word about how this story was paid for.",
                Category::Subscribe,
            ),
            ("HRBR LN 1,204.00 GBp +3.10%", Category::OutsideArticle),
            ("01:45 - Source: Coast Radio", Category::OutsideArticle),
            ("Explore more on these topics", Category::Tags),
            ("Reuse this content", Category::Share),
        ] {
            let words = line.split_whitespace().count();
            assert_eq!(en.line_category(line, words), Some(category), "{line}");
        }
        let text = "The pier reopens. Readers like you pay for this reporting. Please consider giving a little.";
        let found = en.pitch_matches(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(en.header("Related article"), Header::Related);
        let fr = residue(Lang::Fr);
        let line = "L’actualité « Sport » vous intéresse ? Continuez votre exploration.";
        assert_eq!(fr.line_category(line, 9), Some(Category::Tags));
        let line = "Le quai, rouvert en mai. Jeanne Roux / Le Courrier";
        assert_eq!(fr.line_category(line, 9), Some(Category::Credit));
        let text = "Le vent faiblit. Suivez la situation heure par heure dans notre direct.";
        assert_eq!(fr.pitch_matches(text).len(), 1);
        assert!(fr
            .pitch_matches("Suivez la route du littoral et vous verrez les dégâts.")
            .is_empty());
    }

    #[test]
    fn membership_boxes_weekly_letters_and_list_markers_are_residue() {
        let en = residue(Lang::En);
        for (line, category) in [
            ("Type your email... Subscribe", Category::Subscribe),
            ("end of list", Category::Related),
            (
                "Go deeper: The pier's new timetable, explained",
                Category::Related,
            ),
        ] {
            let words = line.split_whitespace().count();
            assert_eq!(en.line_category(line, words), Some(category), "{line}");
        }
        for (line, category) in [
            (
                "Media playback is unsupported on your device",
                Category::Credit,
            ),
            (
                "No spam, we promise. You can leave the list at any time.",
                Category::Subscribe,
            ),
            (
                "Write to Jo Marsh at jo.marsh@pier.example",
                Category::Byline,
            ),
            ("Jo Marsh @jomarsh", Category::Byline),
            ("Kit Moss, AP", Category::Credit),
        ] {
            let words = line.split_whitespace().count();
            assert_eq!(en.line_category(line, words), Some(category), "{line}");
        }
        assert_eq!(en.header("Go deeper"), Header::Related);
        let text = "Thanks for reading, and for all your letters about the pier.";
        assert!(en.pitch_matches(text).is_empty());
        let text =
            "The pier reopens. Support local journalism by becoming a member of the Pier Post.";
        assert_eq!(en.pitch_matches(text).len(), 1);
        let text = "Thanks for reading Pier Notes! Subscribe for free to get every post.";
        assert_eq!(en.pitch_matches(text).len(), 2);
        let text =
            "The Pier Post is reader-supported and free to read. The pier reopens on Monday.";
        assert_eq!(en.pitch_matches(text).len(), 1);
        let fr = residue(Lang::Fr);
        let text = "Vous aimez nos reportages sur le littoral ? Recevez chaque mardi notre newsletter Côte.";
        assert_eq!(fr.pitch_matches(text).len(), 2);
        assert!(fr
            .pitch_matches("Les pêcheurs reçoivent chaque semaine une lettre du port.")
            .is_empty());
    }

    #[test]
    fn a_paragraph_quoting_someone_is_not_a_pitch_whatever_its_words() {
        let en = residue(Lang::En);
        let line = "“Nobody will sign up for a newsletter about ferries,” said Ann Lee, who writes one anyway.";
        let words = line.split_whitespace().count();
        assert_eq!(en.line_category(line, words), None);
        let line = "Sign up for the Harbour Letter, our weekly newsletter about ferries and the people on them.";
        let words = line.split_whitespace().count();
        assert_eq!(en.line_category(line, words), Some(Category::Subscribe));
        let fr = residue(Lang::Fr);
        let line =
            "En cliquant sur « Accepter », vous consentez au dépôt de cookies par nos partenaires.";
        assert_eq!(fr.line_category(line, 14), Some(Category::Cookie));
    }

    #[test]
    fn disclosures_podcast_promotions_and_signed_initials_are_residue() {
        let en = residue(Lang::En);
        for (line, category) in [
            (
                "If you buy through our links, we may earn a commission.",
                Category::Advertisement,
            ),
            (
                "Follow topics and authors to see more like this in your feed.",
                Category::Subscribe,
            ),
            (
                "Dockers on the quay last fall. (Kit Moss/Harbour Gazette)",
                Category::Credit,
            ),
            ("The hall stays shut. HG/Kit Moss", Category::Credit),
            ("Kit Moss for The Harbour Gazette", Category::Credit),
            ("Courtesy of the Harbour Museum", Category::Credit),
        ] {
            let words = line.split_whitespace().count();
            assert_eq!(en.line_category(line, words), Some(category), "{line}");
        }
        assert_eq!(en.line_category("Votes for Women", 3), None);
        let fr = residue(Lang::Fr);
        for (line, category) in [
            ("J.R. avec AFP", Category::Byline),
            (
                "Podcast « Le Quai » : chaque matin, l'actualité du port.",
                Category::Related,
            ),
        ] {
            let words = line.split_whitespace().count();
            assert_eq!(fr.line_category(line, words), Some(category), "{line}");
        }
        assert_eq!(
            fr.line_category("Suivez notre direct.", 3),
            Some(Category::Subscribe)
        );
        assert_eq!(fr.line_category("J'autorise", 1), Some(Category::Cookie));
        let line = "Le quai au petit matin, mardi 3 février. | LE COURRIER";
        assert_eq!(fr.line_category(line, 11), Some(Category::Credit));
        let text = "Le port rouvre. Un épisode par jour, à écouter sur toutes les plateformes.";
        assert_eq!(fr.pitch_matches(text).len(), 1);
        assert_eq!(fr.line_category("Podcasts et vidéos du port", 5), None);
    }

    proptest::proptest! {
        #[test]
        fn plain_runs_are_read_as_the_byte_loop_reads_them(
            bytes in proptest::collection::vec(proptest::sample::select(
                b" !a`Z~\x7f\x1f\x80\xc3\xe2\t".to_vec()), 1..80),
            max in 0usize..90,
        ) {
            let mut bytes = bytes;
            bytes[0] = b'a';
            let expected = plain_ascii_run_bytes(&bytes[..bytes.len().min(max)], false);
            proptest::prop_assert_eq!(plain_ascii_run(&bytes, max), expected);
        }
    }

    proptest::proptest! {
        #[test]
        fn folding_copies_ascii_runs_as_the_character_loop_folds_them(
            line in "[a-zA-Z0-9 .,:`'’é\u{a0}\t\u{b}-]{0,300}",
            max_chars in proptest::sample::select(vec![12usize, 120, usize::MAX]),
        ) {
            let (mut fast, mut slow) = (String::from("x"), String::from("x"));
            let ends = (
                fold_key(&line, max_chars, &mut fast),
                fold_key_copying::<false>(&line, max_chars, &mut slow),
            );
            proptest::prop_assert_eq!(&fast, &slow);
            proptest::prop_assert_eq!(ends.0, ends.1);
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_key(&line, max_chars, &mut fast);
            fold_key_copying::<false>(&line, max_chars, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn lowercase_is_the_standard_librarys_past_latin_1_too() {
        let mut all_latin_1 = String::new();
        for c in '\0'..='\u{17f}' {
            all_latin_1.push(c);
            let mut one = String::new();
            push_lowercase(&mut one, c);
            assert_eq!(one, c.to_lowercase().to_string(), "{c:?}");
        }
        for text in [
            all_latin_1.as_str(),
            "L’ÉTÉ À Noël, ÇA İRA",
            "ΟΔΥΣΣΕΥΣ ΣΑΣ",
            "",
            "ASCII ONLY",
            "Ÿ ß ẞ",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn keys_ignore_case_bullets_and_trailing_marks() {
        assert_eq!(line_key("  • Lire  AUSSI : "), "lire aussi");
        assert_eq!(line_key("Qu’en pensez-vous ?"), "qu'en pensez-vous");
    }

    #[test]
    fn a_line_has_a_key_whatever_its_edges_case_and_length() {
        let mut buffer = String::new();
        let key = line_key("Le conseil vote le budget");
        for same in [
            "LE CONSEIL VOTE LE BUDGET",
            "• • • • • •  Le conseil vote le budget !",
        ] {
            assert!(has_line_key(same, &key, &mut buffer), "{same}");
        }
        for other in [
            "La commune vote le budget",
            "Le conseil vote le budget 2027",
            "Le",
        ] {
            assert!(!has_line_key(other, &key, &mut buffer), "{other}");
        }
        let short = line_key("Oui.");
        assert!(has_line_key("« Oui ! »", &short, &mut buffer));
        assert!(!has_line_key("Ouistreham", &short, &mut buffer));
    }

    #[test]
    fn english_phrases_apply_to_french_text() {
        let fr = residue(Lang::Fr);
        assert_eq!(fr.line_category("Share Post:", 2), Some(Category::Share));
        assert_eq!(fr.line_category("Partager", 1), Some(Category::Share));
        assert_eq!(
            fr.line_category("Lire aussi : Un autre titre", 6),
            Some(Category::Related)
        );
    }

    #[test]
    fn start_phrases_stop_at_word_boundaries() {
        let en = residue(Lang::En);
        assert_eq!(en.line_category("Sharepoint migration guide", 3), None);
        assert_eq!(
            en.line_category("Share on Facebook (opens in new window)", 6),
            Some(Category::Share)
        );
    }

    #[test]
    fn a_related_label_alone_on_its_line_heads_a_list() {
        let en = residue(Lang::En);
        let header = |line: &str| en.read_line(line, line.split(' ').count()).1;
        assert_eq!(header("Read more:"), Header::Related);
        assert_eq!(header("See also :"), Header::Related);
        assert_eq!(header("Read More"), Header::Related);
        assert_eq!(header("Read more about"), Header::None);
        assert_eq!(
            header("Read more about the harbour works:"),
            Header::Related
        );
        assert_eq!(
            header("Read more about the long and costly harbour works here:"),
            Header::None
        );
        assert_eq!(header("Read more: Ferry fares to rise"), Header::None);
        assert_eq!(header("Summary"), Header::KeyPoints);
        assert_eq!(header("Related Topics"), Header::Tags);
    }

    #[test]
    fn follow_buttons_podcast_promos_and_player_notices_of_english_sites_are_residue() {
        let en = residue(Lang::En);
        for (line, category) in [
            ("Harbour reporter @jomarsh", Category::Byline),
            ("Senior health correspondent @ann_lee", Category::Byline),
            ("Follow", Category::Subscribe),
            ("Follow Harbour Radio on WhatsApp", Category::Subscribe),
            (
                "Keep up with the latest news from the coast and beyond by following Harbour Radio",
                Category::Subscribe,
            ),
            ("Listen to Dock Talk", Category::Subscribe),
            (
                "Dock Talk: the week at the port, every Monday. Listen on Apple or wherever you get your podcasts.",
                Category::Subscribe,
            ),
            ("Member-only story", Category::Paywall),
            ("Open in app", Category::Navigation),
            (
                "Please use Firefox browser for a better video player",
                Category::Credit,
            ),
            ("| Photo Credit: J. Roe", Category::Credit),
            ("Also Read | Ferry fares to rise again in spring", Category::Related),
        ] {
            assert_eq!(category_of(en, line), Some(category), "{line}");
        }
        for line in [
            "The reporter @jomarsh broke the story on Monday.",
            "Follow the money, the inspector told the board.",
            "Listen to them, she said.",
            "Please use the side door while the hall is repaired.",
        ] {
            assert_eq!(category_of(en, line), None, "{line}");
        }
        for pitch in [
            "If you liked this, consider becoming a member to support our writers.",
            "Sign in to unlock member benefits and five free stories a month.",
        ] {
            let text = format!("The quay reopens in May. {pitch}");
            assert!(!en.pitch_matches(&text).is_empty(), "{pitch}");
        }
        for text in [
            "Residents should consider becoming members of the harbour trust.",
            "Drivers sign in to unlock the gates at the depot.",
        ] {
            assert!(en.pitch_matches(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn french_links_counters_and_credits_are_residue_and_a_sentence_on_the_rest_is_not() {
        let fr = residue(Lang::Fr);
        for (line, category) in [
            ("Lire la suite de l'article", Category::Paywall),
            ("Lire la suite", Category::Paywall),
            ("Afficher les 7 commentaires", Category::Comments),
            (
                "Cet article vous a plu ? Suivez Le Courrier du Port dans votre fil.",
                Category::Subscribe,
            ),
            ("Lisez « Le port rouvre ses quais »", Category::Related),
            ("Lisez aussi", Category::Related),
            ("Photo Jeanne Roux", Category::Credit),
        ] {
            assert_eq!(category_of(fr, line), Some(category), "{line}");
        }
        for line in [
            "Lire la suite de son discours a surpris les élus, qui attendaient des annonces.",
            "Photo de famille",
        ] {
            assert_eq!(category_of(fr, line), None, "{line}");
        }
    }
}
