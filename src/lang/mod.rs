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
    pub fn entries(self, resource: Resource, section: &str) -> Vec<&'static str> {
        section_entries(self.data(resource), section)
    }
}

/// Every section of a data file, read in one pass (a table that asks for many sections would
/// otherwise read the file once for each).
pub struct Sections<'a>(std::collections::HashMap<&'a str, Vec<&'a str>>);

impl<'a> Sections<'a> {
    pub fn of(file: &'a str) -> Sections<'a> {
        let mut sections = std::collections::HashMap::<&str, Vec<&str>>::new();
        let mut current = None;
        for line in file.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = Some(name.trim());
            } else if let Some(name) = current {
                sections.entry(name).or_default().push(line);
            }
        }
        Sections(sections)
    }

    /// The entries of `[section]`, as [`section_entries`] gives them.
    pub fn get(&self, section: &str) -> Vec<&'a str> {
        self.0.get(section).cloned().unwrap_or_default()
    }
}

/// The entries of `[section]` in a data file: trimmed lines, comments and blanks skipped.
pub fn section_entries<'a>(file: &'a str, section: &str) -> Vec<&'a str> {
    let mut inside = false;
    let mut out = Vec::new();
    for line in file.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            inside = name.trim() == section;
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
    fn every_language_has_stopwords() {
        for lang in Lang::ALL {
            assert!(
                lang.entries(Resource::Stopwords, "stopwords").len() >= 20,
                "{lang:?}"
            );
        }
    }
}
