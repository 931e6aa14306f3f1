//! What the splitter knows about one language, read once from `sentences.txt` and `stopwords.txt`.
//!
//! Sections of `sentences.txt`:
//! - `[titles]`: words written before a name (`M`, `Dr`); their period never ends a sentence.
//! - `[abbreviations]`: other abbreviations (`etc`, `janv`, `U.S`); their period ends a sentence
//!   only when a capitalised sentence starter follows (`etc. Le lendemain`).
//! - `[starters]`: capitalised words that show a new sentence after an abbreviation or an
//!   initial; the language's stopwords count too.
//! - `[salutations]`: openings and closings of a letter (`Regards`, `Hi`); after one and its
//!   comma, a capitalised word begins a new sentence (`Regards, Vangie`).
//! - `[clock]`: abbreviations that end a clock time (`a.m`), after which a capitalised word
//!   begins a new sentence unless it is in `[clock-followers]` (`Monday`, `Eastern`).
//! - `[units]`: units that are also common words (`in`): abbreviations after a number only.
//! - `[rules]`: switches; `ordinal-period` means `12. Juni` is an ordinal, not a sentence end;
//!   `lowercase-after-question` means `what now? any idea` is two sentences.

use crate::lang::words::WordSet;
use crate::lang::{Lang, Resource};
use std::sync::OnceLock;

/// The splitting knowledge of one language.
pub struct Knowledge {
    titles: WordSet<&'static str>,
    abbreviations: WordSet<&'static str>,
    /// Bytes in the longest title or abbreviation: longer words skip the lookups.
    longest: usize,
    starters: WordSet<String>,
    /// Lowercased.
    clock: WordSet<String>,
    clock_followers: WordSet<&'static str>,
    units: WordSet<&'static str>,
    /// Lowercased.
    salutations: WordSet<String>,
    /// A period after a number is an ordinal when a capitalised non-starter follows (German).
    pub ordinal_period: bool,
    /// A lowercase word after `?` or `!` starts a new sentence (`what now? any idea`).
    pub lowercase_after_question: bool,
}

/// How a word before a period behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationKind {
    /// Written before a name: the period never ends a sentence.
    Title,
    /// Ends a sentence only before a sentence starter.
    Abbreviation,
}

impl Knowledge {
    fn load(lang: Lang) -> Knowledge {
        let section = |name: &str| lang.entries(Resource::Sentences, name);
        let starters = section("starters")
            .into_iter()
            .chain(lang.entries(Resource::Stopwords, "stopwords"))
            .map(str::to_lowercase)
            .collect();
        let rules = section("rules");
        let titles: WordSet<&str> = section("titles").into_iter().collect();
        let abbreviations: WordSet<&str> = section("abbreviations").into_iter().collect();
        let longest = titles.iter().chain(&abbreviations).map(|w| w.len()).max();
        let salutations: WordSet<String> = section("salutations")
            .into_iter()
            .map(str::to_lowercase)
            .collect();
        Knowledge {
            titles,
            abbreviations,
            longest: longest.unwrap_or(0),
            starters,
            clock: section("clock")
                .into_iter()
                .map(str::to_lowercase)
                .collect(),
            clock_followers: section("clock-followers").into_iter().collect(),
            units: section("units").into_iter().collect(),
            salutations,
            ordinal_period: rules.contains(&"ordinal-period"),
            lowercase_after_question: rules.contains(&"lowercase-after-question"),
        }
    }

    /// The kind of `word` (without its period), also trying it with a lowercase first letter
    /// so that a sentence-initial `Cf.` or `Art.` is found.
    pub fn abbreviation(&self, word: &str) -> Option<AbbreviationKind> {
        if word.len() > self.longest {
            return None;
        }
        if let Some(kind) = self.exact(word) {
            return Some(kind);
        }
        let mut chars = word.chars();
        let first = chars.next()?;
        if !first.is_uppercase() {
            return None;
        }
        let mut lowered = [0u8; 64];
        let mut len = 0;
        for c in first.to_lowercase().chain(chars) {
            let n = c.len_utf8();
            if len + n > lowered.len() {
                return None;
            }
            c.encode_utf8(&mut lowered[len..]);
            len += n;
        }
        let lowered = std::str::from_utf8(&lowered[..len]).ok()?;
        self.exact(lowered)
    }

    fn exact(&self, word: &str) -> Option<AbbreviationKind> {
        if self.titles.contains(word) {
            Some(AbbreviationKind::Title)
        } else if self.abbreviations.contains(word) {
            Some(AbbreviationKind::Abbreviation)
        } else {
            None
        }
    }

    /// Whether `word` (as written) is a common word that begins sentences, e.g. `Le`, `They`.
    pub fn is_starter(&self, word: &str) -> bool {
        if word.len() > 32 {
            return false;
        }
        let mut buffer = [0u8; 32];
        match ascii_lowercase(word, &mut buffer) {
            Some(lowered) => self.starters.contains(lowered),
            None => self.starters.contains(&word.to_lowercase()),
        }
    }

    /// Whether `word` (any case) ends a clock time: `a.m`, `P.M`.
    pub fn is_clock(&self, word: &str) -> bool {
        !self.clock.is_empty() && word.len() <= 8 && self.clock.contains(&word.to_lowercase())
    }

    /// Whether `word` (as written) may follow a clock time in the same sentence: `Monday`.
    pub fn is_clock_follower(&self, word: &str) -> bool {
        self.clock_followers.contains(word)
    }

    /// Whether `word` is a unit that is also a common word (`in`).
    pub fn is_unit(&self, word: &str) -> bool {
        self.units.contains(word)
    }

    /// Whether the language lists any salutations.
    pub fn has_salutations(&self) -> bool {
        !self.salutations.is_empty()
    }

    /// Whether `phrase` (any case) opens or closes a letter: `Best regards`, `hi`.
    pub fn is_salutation(&self, phrase: &str) -> bool {
        const LONGEST: usize = 24;
        !self.salutations.is_empty()
            && phrase.len() <= LONGEST
            && self.salutations.contains(&phrase.to_lowercase())
    }
}

/// `word` lowercased in `buffer`, if it is ASCII and fits.
fn ascii_lowercase<'b>(word: &str, buffer: &'b mut [u8; 32]) -> Option<&'b str> {
    if !word.is_ascii() || word.len() > buffer.len() {
        return None;
    }
    let lowered = &mut buffer[..word.len()];
    for (slot, b) in lowered.iter_mut().zip(word.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    std::str::from_utf8(lowered).ok()
}

/// The knowledge of `lang`, built on first use.
pub fn knowledge(lang: Lang) -> &'static Knowledge {
    static TABLES: OnceLock<Vec<Knowledge>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| Lang::ALL.iter().map(|&l| Knowledge::load(l)).collect());
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &tables[index]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_titles_abbreviations_and_starters() {
        for lang in Lang::ALL {
            let k = knowledge(lang);
            assert!(k.titles.len() >= 5, "{lang:?} titles");
            assert!(k.abbreviations.len() >= 10, "{lang:?} abbreviations");
            assert!(k.starters.len() >= 30, "{lang:?} starters");
        }
    }

    #[test]
    fn titles_and_abbreviations_are_told_apart() {
        let fr = knowledge(Lang::Fr);
        assert_eq!(fr.abbreviation("M"), Some(AbbreviationKind::Title));
        assert_eq!(fr.abbreviation("etc"), Some(AbbreviationKind::Abbreviation));
        assert_eq!(fr.abbreviation("Cf"), Some(AbbreviationKind::Abbreviation));
        assert_eq!(fr.abbreviation("maison"), None);
    }

    #[test]
    fn starters_match_whatever_the_case() {
        let fr = knowledge(Lang::Fr);
        assert!(fr.is_starter("Le") && fr.is_starter("LES") && fr.is_starter("Elle"));
        assert!(!fr.is_starter("Dupont"));
        assert!(knowledge(Lang::De).ordinal_period);
        assert!(!fr.ordinal_period);
    }
}
