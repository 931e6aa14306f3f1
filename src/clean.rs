//! Cleaning scraped article text: remove web residue, repair whitespace damage, and report
//! every edit in input offsets.
//!
//! First implementation: whole lines that are a known residue phrase of the language are
//! removed, runs of spaces are collapsed, and the result is NFC-normalised.

use crate::error::{Error, Result};
use crate::lang::{Lang, Resource};
use crate::offsets::Span;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Why a piece of the input was removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    // Residue that is removed.
    Share,
    Subscribe,
    Paywall,
    Related,
    Navigation,
    Byline,
    Credit,
    Cookie,
    Comments,
    Tags,
    Advertisement,
    AuthorBio,
    RepeatedHeadline,
    // Repairs.
    Spaces,
    MissingSpace,
    StrayPunctuation,
    Unicode,
    Typography,
}

impl Category {
    pub const ALL: [Category; 18] = [
        Category::Share,
        Category::Subscribe,
        Category::Paywall,
        Category::Related,
        Category::Navigation,
        Category::Byline,
        Category::Credit,
        Category::Cookie,
        Category::Comments,
        Category::Tags,
        Category::Advertisement,
        Category::AuthorBio,
        Category::RepeatedHeadline,
        Category::Spaces,
        Category::MissingSpace,
        Category::StrayPunctuation,
        Category::Unicode,
        Category::Typography,
    ];

    /// The name used in data files, options and reports.
    pub const fn name(self) -> &'static str {
        match self {
            Category::Share => "share",
            Category::Subscribe => "subscribe",
            Category::Paywall => "paywall",
            Category::Related => "related",
            Category::Navigation => "navigation",
            Category::Byline => "byline",
            Category::Credit => "credit",
            Category::Cookie => "cookie",
            Category::Comments => "comments",
            Category::Tags => "tags",
            Category::Advertisement => "advertisement",
            Category::AuthorBio => "author_bio",
            Category::RepeatedHeadline => "repeated_headline",
            Category::Spaces => "spaces",
            Category::MissingSpace => "missing_space",
            Category::StrayPunctuation => "stray_punctuation",
            Category::Unicode => "unicode",
            Category::Typography => "typography",
        }
    }

    /// Whether this category is a repair (text changed) rather than residue (text removed).
    pub const fn is_repair(self) -> bool {
        matches!(
            self,
            Category::Spaces
                | Category::MissingSpace
                | Category::StrayPunctuation
                | Category::Unicode
                | Category::Typography
        )
    }

    pub fn from_name(name: &str) -> Result<Category> {
        Category::ALL
            .into_iter()
            .find(|c| c.name() == name)
            .ok_or_else(|| Error::InvalidOption {
                name: "category",
                value: name.to_string(),
                expected: Category::ALL.map(Category::name).join(", "),
            })
    }

    const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Which categories `clean` acts on. The default is every category but `typography`
/// (French typographic spaces are kept unless asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CleanOptions {
    enabled: u32,
}

impl Default for CleanOptions {
    fn default() -> Self {
        let all = Category::ALL.iter().fold(0, |acc, c| acc | c.bit());
        CleanOptions {
            enabled: all & !Category::Typography.bit(),
        }
    }
}

impl CleanOptions {
    /// Options acting on exactly these categories.
    pub fn only(categories: impl IntoIterator<Item = Category>) -> Self {
        CleanOptions {
            enabled: categories.into_iter().fold(0, |acc, c| acc | c.bit()),
        }
    }

    pub fn enables(&self, category: Category) -> bool {
        self.enabled & category.bit() != 0
    }

    pub fn with(mut self, category: Category, on: bool) -> Self {
        if on {
            self.enabled |= category.bit();
        } else {
            self.enabled &= !category.bit();
        }
        self
    }
}

/// One removal or repair: `span` of the input was replaced by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub category: Category,
    pub replacement: String,
}

/// The cleaned text and every edit that produced it, in input order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cleaned {
    pub text: String,
    pub edits: Vec<Edit>,
}

fn residue_line_category(line: &str, lang: Lang) -> Option<Category> {
    let key = line.trim().to_lowercase();
    if key.is_empty() {
        return None;
    }
    Category::ALL
        .into_iter()
        .filter(|c| !c.is_repair())
        .find(|c| {
            lang.entries(Resource::Residue, c.name())
                .iter()
                .any(|phrase| phrase.to_lowercase() == key)
        })
}

/// Cleans `text` and reports each edit.
pub fn clean(text: &str, lang: Lang, options: &CleanOptions) -> Cleaned {
    let mut out = Cleaned::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        match residue_line_category(body, lang).filter(|c| options.enables(*c)) {
            Some(category) => out.edits.push(Edit {
                span: Span::new(offset, offset + line.len()),
                category,
                replacement: String::new(),
            }),
            None => push_repaired(line, offset, options, &mut out),
        }
        offset += line.len();
    }
    if options.enables(Category::Unicode) && is_nfc_quick(out.text.chars()) != IsNormalized::Yes {
        let normalized: String = out.text.nfc().collect();
        if normalized != out.text {
            out.edits.push(Edit {
                span: Span::new(0, text.len()),
                category: Category::Unicode,
                replacement: String::new(),
            });
            out.text = normalized;
        }
    }
    let trimmed_len = out.text.trim_end().len();
    out.text.truncate(trimmed_len);
    out
}

/// Copies `line` to the output, collapsing runs of spaces and tabs into one space.
fn push_repaired(line: &str, offset: usize, options: &CleanOptions, out: &mut Cleaned) {
    if !options.enables(Category::Spaces) {
        out.text.push_str(line);
        return;
    }
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b' ' | b'\t') {
            let run_end = i + bytes[i..]
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t'))
                .count();
            if run_end - i > 1 || bytes[i] == b'\t' {
                out.edits.push(Edit {
                    span: Span::new(offset + i, offset + run_end),
                    category: Category::Spaces,
                    replacement: " ".to_string(),
                });
            }
            out.text.push(' ');
            i = run_end;
        } else {
            let next = line[i..].find([' ', '\t']).map_or(line.len(), |n| i + n);
            out.text.push_str(&line[i..next]);
            i = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_space_runs_and_reports_them() {
        let text = "Un  texte\t avec des espaces.";
        let cleaned = clean(text, Lang::Fr, &CleanOptions::default());
        assert_eq!(cleaned.text, "Un texte avec des espaces.");
        assert_eq!(cleaned.edits.len(), 2);
        assert_eq!(cleaned.edits[0].span.slice(text), "  ");
        assert_eq!(cleaned.edits[0].category, Category::Spaces);
    }

    #[test]
    fn normalises_to_nfc() {
        let cleaned = clean("Cafe\u{301} noir.", Lang::Fr, &CleanOptions::default());
        assert_eq!(cleaned.text, "Café noir.");
        assert_eq!(
            cleaned.edits.last().map(|e| e.category),
            Some(Category::Unicode)
        );
    }

    #[test]
    fn options_can_switch_repairs_off() {
        let options = CleanOptions::default().with(Category::Spaces, false);
        assert_eq!(clean("a  b", Lang::En, &options).text, "a  b");
    }

    #[test]
    fn category_names_round_trip_and_unknown_names_are_errors() {
        for c in Category::ALL {
            assert_eq!(Category::from_name(c.name()), Ok(c));
        }
        assert!(Category::from_name("nope").is_err());
    }
}
