//! The residue knowledge of a language, compiled once from its `residue.txt` (plus the English
//! file, since English widgets appear on pages in every language).

use super::Category;
use crate::lang::{section_entries, Lang, Resource};
use regex::{Regex, RegexSet, RegexSetBuilder};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Lines longer than this (in words) are never matched by a `.start` phrase.
const START_MAX_WORDS: usize = 30;
/// Lines longer than this (in words) are never matched by a `.pattern`, cookie banners excepted.
const PATTERN_MAX_WORDS: usize = 40;
const COOKIE_PATTERN_MAX_WORDS: usize = 120;

/// Compiled phrase lists and patterns for one language.
pub struct Residue {
    lines: HashMap<String, Category>,
    longest_line_key: usize,
    starts: Vec<(String, Category)>,
    patterns: RegexSet,
    pattern_categories: Vec<Category>,
    bios: RegexSet,
    pitch: Option<Regex>,
    pitch_categories: Vec<(String, Category)>,
    byline_starts: Vec<String>,
    date_words: HashSet<String>,
    comment_headers: HashSet<String>,
    related_headers: HashSet<String>,
}

/// The compiled residue knowledge of `lang`.
pub fn residue(lang: Lang) -> &'static Residue {
    static TABLES: OnceLock<Vec<Residue>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| Lang::ALL.iter().map(|&l| Residue::build(l)).collect());
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &tables[index]
}

/// The lookup key of a whole line: lowercase, straight apostrophes, single spaces, without
/// leading bullets or trailing `: . › » > | * … ? !`.
pub fn line_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    for c in line.chars() {
        let c = match c {
            '’' | '‘' | '`' | 'ʼ' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (key.is_empty() || key.ends_with(' ')) {
            continue;
        }
        key.extend(c.to_lowercase());
    }
    let is_edge = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ':' | '.' | '›' | '»' | '«' | '>' | '<' | '|' | '*' | '…' | '?' | '!' | '•' | '·'
                    | '-' | '–' | '—' | '▶' | '►' | '→' | '#' | '+' | '/' | '\\' | '='
            )
    };
    key.trim_matches(is_edge).to_string()
}

/// The key of a line's beginning for `.start` phrases: like [`line_key`] but keeping trailing
/// punctuation, so `lire aussi :` can be told from `lire aussi`.
fn start_key(line: &str) -> String {
    let head: String = line.chars().take(120).collect();
    let mut key = String::with_capacity(head.len());
    for c in head.chars() {
        let c = match c {
            '’' | '‘' | '`' | 'ʼ' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (key.is_empty() || key.ends_with(' ')) {
            continue;
        }
        key.extend(c.to_lowercase());
    }
    let bullets = |c: char| {
        c.is_whitespace() || matches!(c, '•' | '·' | '-' | '–' | '—' | '*' | '▶' | '►' | '→' | '>')
    };
    // A space before a colon is French typography, not a different phrase.
    key.trim_start_matches(bullets).replace(" :", ":")
}

impl Residue {
    fn build(lang: Lang) -> Residue {
        let mut files = vec![lang.data(Resource::Residue)];
        if lang != Lang::En {
            files.push(Lang::En.data(Resource::Residue));
        }
        let mut lines = HashMap::new();
        let mut starts = Vec::new();
        let mut patterns = Vec::new();
        let mut pattern_categories = Vec::new();
        let mut pitch_categories = Vec::new();
        let mut pitch_alternatives = Vec::new();
        for file in &files {
            for category in Category::ALL.into_iter().filter(|c| !c.is_repair()) {
                let name = category.name();
                for phrase in section_entries(file, name) {
                    lines.entry(line_key(phrase)).or_insert(category);
                }
                for phrase in section_entries(file, &format!("{name}.start")) {
                    starts.push((start_key(phrase), category));
                }
                for pattern in section_entries(file, &format!("{name}.pattern")) {
                    // A bad pattern in a data file is a bug caught by the tests, not a panic.
                    if Regex::new(pattern).is_ok() {
                        patterns.push(pattern.to_string());
                        pattern_categories.push(category);
                    }
                }
                for phrase in section_entries(file, &format!("{name}.sentence")) {
                    let lower = phrase.to_lowercase().replace('’', "'");
                    pitch_alternatives.push(apostrophe_tolerant(&lower));
                    pitch_categories.push((lower, category));
                }
            }
        }
        lines.remove("");
        let collect = |section: &str| -> HashSet<String> {
            files
                .iter()
                .flat_map(|f| section_entries(f, section))
                .map(line_key)
                .collect()
        };
        let mut byline_starts: Vec<String> = files
            .iter()
            .flat_map(|f| section_entries(f, "byline.opener"))
            .map(|p| p.to_lowercase())
            .collect();
        // Longest first, so `propos recueillis par` wins over `par`.
        byline_starts.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let pitch = (!pitch_alternatives.is_empty())
            .then(|| Regex::new(&format!("(?i)(?:{})", pitch_alternatives.join("|"))).ok())
            .flatten();
        let bios: Vec<&str> = files
            .iter()
            .flat_map(|f| section_entries(f, "author_bio.description"))
            .filter(|p| Regex::new(p).is_ok())
            .collect();
        Residue {
            bios: regex_set(&bios),
            longest_line_key: lines.keys().map(String::len).max().unwrap_or(0),
            lines,
            starts,
            patterns: regex_set(&patterns),
            pattern_categories,
            pitch,
            pitch_categories,
            byline_starts,
            date_words: collect("date.words"),
            comment_headers: collect("comments.header"),
            related_headers: collect("related.header"),
        }
    }

    /// The category of a line that is a known residue phrase, starts with one or matches a
    /// pattern. `words` is the line's word count.
    pub fn line_category(&self, line: &str, words: usize) -> Option<Category> {
        if line.len() <= self.longest_line_key * 2 + 8 {
            let key = line_key(line);
            if let Some(&category) = self.lines.get(&key) {
                return Some(category);
            }
        }
        if words <= START_MAX_WORDS {
            let key = start_key(line);
            for (phrase, category) in &self.starts {
                if key.starts_with(phrase.as_str()) && ends_at_word_boundary(&key, phrase) {
                    return Some(*category);
                }
            }
        }
        if words <= COOKIE_PATTERN_MAX_WORDS {
            let bare = line.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '[' | ']' | '{' | '}' | '•' | '·' | '*' | '|')
            });
            let matched = self.patterns.matches(bare);
            for index in matched.iter() {
                let category = self.pattern_categories[index];
                if words <= PATTERN_MAX_WORDS || category == Category::Cookie {
                    return Some(category);
                }
            }
        }
        None
    }

    /// Whether `line` describes an author (`Jane Roe is a freelance writer based in…`).
    pub fn describes_author(&self, line: &str) -> bool {
        self.bios.is_match(line)
    }

    /// Byte ranges of pitch phrases (subscribe, paywall) inside `text`, with their category.
    pub fn pitch_matches(&self, text: &str) -> Vec<(usize, usize, Category)> {
        let Some(pitch) = &self.pitch else {
            return Vec::new();
        };
        pitch
            .find_iter(text)
            .map(|m| {
                let found = m.as_str().to_lowercase().replace('’', "'");
                let category = self
                    .pitch_categories
                    .iter()
                    .find(|(phrase, _)| *phrase == found)
                    .map_or(Category::Subscribe, |(_, c)| *c);
                (m.start(), m.end(), category)
            })
            .collect()
    }

    /// Whether `word` (lowercase) belongs to dates and timestamps.
    pub fn is_date_word(&self, word: &str) -> bool {
        self.date_words.contains(word)
    }

    /// The byline opener (`par`, `by`, `written by`) that `lower_line` starts with, if any.
    pub fn byline_start(&self, lower_line: &str) -> Option<&str> {
        self.byline_starts
            .iter()
            .find(|p| lower_line.starts_with(p.as_str()) && ends_at_word_boundary(lower_line, p))
            .map(String::as_str)
    }

    pub fn is_comment_header(&self, line: &str) -> bool {
        line.len() < 80 && self.comment_headers.contains(&line_key(line))
    }

    pub fn is_related_header(&self, line: &str) -> bool {
        line.len() < 80 && self.related_headers.contains(&line_key(line))
    }
}

/// One automaton for many patterns (Unicode classes need more room than the default limit).
fn regex_set<S: AsRef<str>>(patterns: &[S]) -> RegexSet {
    RegexSetBuilder::new(patterns)
        .size_limit(64 << 20)
        .dfa_size_limit(32 << 20)
        .build()
        .unwrap_or_else(|_| RegexSet::empty())
}

/// A regex alternative matching `phrase` literally, with either apostrophe.
fn apostrophe_tolerant(phrase: &str) -> String {
    regex::escape(phrase).replace('\'', "['’]")
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
            assert_eq!(table.patterns.len(), table.pattern_categories.len(), "{lang:?}");
            assert!(!table.patterns.is_empty(), "{lang:?}");
            assert!(!table.bios.is_empty(), "{lang:?}");
        }
    }

    #[test]
    fn keys_ignore_case_bullets_and_trailing_marks() {
        assert_eq!(line_key("  • Lire  AUSSI : "), "lire aussi");
        assert_eq!(line_key("Qu’en pensez-vous ?"), "qu'en pensez-vous");
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
}
