//! Languages and their knowledge.
//!
//! Everything that differs by language (stopwords for detection, abbreviations, speech verbs,
//! residue phrases) lives in plain-text data files under `src/lang/data/<code>/`, compiled into
//! the library. Adding a language is adding a folder of files and a variant here.
//!
//! The file format is deliberately tiny: `[section]` headers, one entry per line, `#` comments,
//! blank lines ignored. Each capability module reads the sections it knows from its own file.

mod detect;
pub mod words;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::error::{Error, Result};

/// A supported language, by ISO 639-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    De,
    En,
    Es,
    Fr,
    It,
    Nl,
    Pt,
}

/// Which data file of a language to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resource {
    /// Frequent function words, for language detection.
    Stopwords,
    /// Abbreviations, titles and other sentence-splitting knowledge.
    Sentences,
    /// Speech verbs and attribution patterns.
    Quotes,
    /// Web-residue phrases and patterns.
    Residue,
}

macro_rules! data_files {
    ($lang:expr, $res:expr, $($code:literal => $variant:ident),+ $(,)?) => {
        match ($lang, $res) {
            $(
                (Lang::$variant, Resource::Stopwords) => include_str!(concat!("data/", $code, "/stopwords.txt")),
                (Lang::$variant, Resource::Sentences) => include_str!(concat!("data/", $code, "/sentences.txt")),
                (Lang::$variant, Resource::Quotes) => include_str!(concat!("data/", $code, "/quotes.txt")),
                (Lang::$variant, Resource::Residue) => include_str!(concat!("data/", $code, "/residue.txt")),
            )+
        }
    };
}

impl Lang {
    /// Every supported language, in code order.
    pub const ALL: [Lang; 7] = [
        Lang::De,
        Lang::En,
        Lang::Es,
        Lang::Fr,
        Lang::It,
        Lang::Nl,
        Lang::Pt,
    ];

    /// The ISO 639-1 code.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::Nl => "nl",
            Lang::Pt => "pt",
        }
    }

    /// Parses an ISO 639-1 code (case-insensitive, surrounding spaces ignored).
    pub fn from_code(code: &str) -> Result<Lang> {
        let wanted = code.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == wanted)
            .ok_or_else(|| Error::UnsupportedLanguage {
                code: code.to_string(),
            })
    }

    /// The language given by `code`, or the one detected in `text` when `code` is `None`.
    pub fn resolve(code: Option<&str>, text: &str) -> Result<Lang> {
        match code {
            Some(code) => Lang::from_code(code),
            None => Ok(detect::detect(text)),
        }
    }

    /// Detects the language of `text` from a stopword profile (English when in doubt).
    pub fn detect(text: &str) -> Lang {
        detect::detect(text)
    }

    /// The raw text of one of this language's data files.
    pub fn data(self, resource: Resource) -> &'static str {
        data_files!(self, resource,
            "de" => De, "en" => En, "es" => Es, "fr" => Fr, "it" => It, "nl" => Nl, "pt" => Pt)
    }

    /// The entries of `section` in one of this language's data files (empty if absent).
    /// Each file is split into its sections once per process: the quote lexicon alone reads
    /// about a hundred sections, and scanning the whole file for each cost ~30 ms at start-up.
    pub fn entries(self, resource: Resource, section: &str) -> Vec<&'static str> {
        static INDEXES: [OnceLock<Sections>; Lang::ALL.len() * Resource::ALL.len()] =
            [const { OnceLock::new() }; Lang::ALL.len() * Resource::ALL.len()];
        let slot = self as usize * Resource::ALL.len() + resource as usize;
        INDEXES[slot]
            .get_or_init(|| Sections::parse(self.data(resource)))
            .get(section)
            .to_vec()
    }
}

impl Resource {
    /// Every data file of a language.
    pub const ALL: [Resource; 4] = [
        Resource::Stopwords,
        Resource::Sentences,
        Resource::Quotes,
        Resource::Residue,
    ];
}

/// A data file split into its sections: each `[name]` maps to its entries, in file order (a
/// section that appears twice gets both runs of entries, as [`section_entries`] reads it).
struct Sections {
    by_name: HashMap<&'static str, Vec<&'static str>>,
}

impl Sections {
    fn parse(file: &'static str) -> Sections {
        let mut by_name: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        let mut current: Option<&'static str> = None;
        for line in data_lines(file) {
            if let Some(name) = section_name(line) {
                current = Some(name);
                by_name.entry(name).or_default();
            } else if let Some(name) = current {
                by_name.entry(name).or_default().push(line);
            }
        }
        Sections { by_name }
    }

    fn get(&self, section: &str) -> &[&'static str] {
        self.by_name.get(section).map_or(&[], Vec::as_slice)
    }
}

/// The meaningful lines of a data file: trimmed, comments and blanks skipped.
fn data_lines(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The name of a `[section]` header line.
fn section_name(line: &str) -> Option<&str> {
    line.strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .map(str::trim)
}

/// The entries of `[section]` in a data file: trimmed lines, comments and blanks skipped.
pub fn section_entries<'a>(file: &'a str, section: &str) -> Vec<&'a str> {
    let mut inside = false;
    let mut out = Vec::new();
    for line in data_lines(file) {
        if let Some(name) = section_name(line) {
            inside = name == section;
        } else if inside {
            out.push(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Ok(lang));
        }
        assert_eq!(Lang::from_code(" FR "), Ok(Lang::Fr));
    }

    #[test]
    fn unsupported_code_names_the_supported_ones() {
        let err = Lang::from_code("xx").unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("\"xx\"") && msg.contains("fr") && msg.contains("nl"),
            "{msg}"
        );
    }

    #[test]
    fn sections_skip_comments_and_other_sections() {
        let file = "# note\n[a]\nx\n\n  y  \n[b]\nz\n[a]\nw\n";
        assert_eq!(section_entries(file, "a"), vec!["x", "y", "w"]);
        assert_eq!(section_entries(file, "b"), vec!["z"]);
        assert!(section_entries(file, "c").is_empty());
    }

    #[test]
    fn the_section_index_reads_what_a_scan_reads() {
        let file = "# note\n[a]\nx\n\n  y  \n[b]\nz\n[ a ]\nw\n";
        let index = Sections::parse(file);
        assert_eq!(index.get("a"), ["x", "y", "w"]);
        assert_eq!(index.get("b"), ["z"]);
        assert!(index.get("c").is_empty());
        for lang in Lang::ALL {
            for resource in Resource::ALL {
                let file = lang.data(resource);
                for name in data_lines(file).filter_map(section_name) {
                    assert_eq!(
                        lang.entries(resource, name),
                        section_entries(file, name),
                        "{lang:?} {resource:?} [{name}]"
                    );
                }
            }
        }
    }

    #[test]
    fn every_language_has_stopwords() {
        for lang in Lang::ALL {
            assert!(
                lang.entries(Resource::Stopwords, "stopwords").len() >= 20,
                "{lang:?}"
            );
        }
    }
}
