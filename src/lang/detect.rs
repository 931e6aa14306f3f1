//! Cheap language detection: count frequent function words of each language.

use super::words::WordMap;
use super::{Lang, Resource};
use std::sync::OnceLock;

/// How many words of the text are looked at, at most: enough for a stable vote.
const MAX_WORDS: usize = 400;
/// Reading stops once the leader has this many votes and twice the runner-up's.
const DECISIVE_VOTES: u32 = 12;

struct Profiles {
    /// Each stopword with the bit set of the languages (`1 << index in Lang::ALL`) it belongs to.
    languages_of: WordMap<&'static str, u8>,
    /// The byte length of the longest stopword: longer words are skipped unread.
    longest: usize,
}

fn profiles() -> &'static Profiles {
    static PROFILES: OnceLock<Profiles> = OnceLock::new();
    PROFILES.get_or_init(|| {
        let mut languages_of = WordMap::default();
        for (index, lang) in Lang::ALL.into_iter().enumerate() {
            for word in lang.entries(Resource::Stopwords, "stopwords") {
                *languages_of.entry(word).or_insert(0u8) |= 1 << index;
            }
        }
        let longest = languages_of.keys().map(|w| w.len()).max().unwrap_or(0);
        Profiles {
            languages_of,
            longest,
        }
    })
}

fn is_decisive(votes: &[u32]) -> bool {
    let (mut best, mut second) = (0, 0);
    for &v in votes {
        if v > best {
            second = best;
            best = v;
        } else if v > second {
            second = v;
        }
    }
    best >= DECISIVE_VOTES && best >= 2 * second
}

pub(super) fn detect(text: &str) -> Lang {
    let profiles = profiles();
    let mut votes = [0u32; Lang::ALL.len()];
    let mut lowered = String::new();
    let words = text
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS);
    for word in words {
        if word.len() > profiles.longest {
            continue;
        }
        let key = if word.chars().any(char::is_uppercase) {
            lowered.clear();
            lowered.extend(word.chars().flat_map(char::to_lowercase));
            lowered.as_str()
        } else {
            word
        };
        let Some(&languages) = profiles.languages_of.get(key) else {
            continue;
        };
        for (index, vote) in votes.iter_mut().enumerate() {
            *vote += u32::from(languages >> index & 1);
        }
        if is_decisive(&votes) {
            break;
        }
    }
    let best = votes.iter().copied().max().unwrap_or(0);
    let english = Lang::ALL.iter().position(|&l| l == Lang::En).unwrap_or(0);
    // No evidence, or a tie with English: English.
    if best == 0 || votes[english] == best {
        return Lang::En;
    }
    Lang::ALL[votes.iter().position(|&v| v == best).unwrap_or(english)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_language_from_a_plain_sentence() {
        let cases = [
            ("Le gouvernement a annoncé mardi que la réforme des retraites sera votée dans les prochains jours.", Lang::Fr),
            ("The government said on Tuesday that the reform would be voted on in the coming days.", Lang::En),
            ("Die Regierung hat am Dienstag angekündigt, dass die Reform in den nächsten Tagen beschlossen wird.", Lang::De),
            ("El gobierno anunció el martes que la reforma se votará en los próximos días.", Lang::Es),
            ("Il governo ha annunciato martedì che la riforma sarà votata nei prossimi giorni.", Lang::It),
            ("O governo anunciou na terça-feira que a reforma será votada nos próximos dias.", Lang::Pt),
            ("De regering heeft dinsdag aangekondigd dat de hervorming in de komende dagen wordt gestemd.", Lang::Nl),
        ];
        for (text, lang) in cases {
            assert_eq!(detect(text), lang, "{text}");
        }
    }

    #[test]
    fn capitalised_stopwords_count() {
        assert_eq!(
            detect("LES ÉLUS ONT VOTÉ POUR LA RÉFORME DANS LA NUIT"),
            Lang::Fr
        );
    }

    #[test]
    fn a_clear_lead_ends_the_vote_early() {
        let french = "Le maire a dit que la ville et les habitants sont pour le projet. ".repeat(5);
        let text = format!(
            "{french}{}",
            "The mayor said that the city is for it. ".repeat(50)
        );
        assert_eq!(detect(&text), Lang::Fr);
    }

    #[test]
    fn text_without_words_is_english() {
        assert_eq!(detect(""), Lang::En);
        assert_eq!(detect("12 345 !!"), Lang::En);
    }
}
