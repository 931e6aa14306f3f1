//! Cheap language detection: count frequent function words of each language.

use super::{Lang, Resource};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How many words of the text are looked at: enough for a stable vote, cheap on long texts.
const MAX_WORDS: usize = 400;

fn profiles() -> &'static HashMap<&'static str, Vec<Lang>> {
    static PROFILES: OnceLock<HashMap<&'static str, Vec<Lang>>> = OnceLock::new();
    PROFILES.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<Lang>> = HashMap::new();
        for lang in Lang::ALL {
            for word in lang.entries(Resource::Stopwords, "stopwords") {
                map.entry(word).or_default().push(lang);
            }
        }
        map
    })
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
        lowered.clear();
        lowered.extend(word.chars().flat_map(char::to_lowercase));
        if let Some(langs) = profiles.get(lowered.as_str()) {
            for lang in langs {
                votes[Lang::ALL.iter().position(|l| l == lang).unwrap_or(0)] += 1;
            }
        }
    }
    let best = votes.iter().copied().max().unwrap_or(0);
    if best == 0 {
        return Lang::En;
    }
    // Ties go to English, then to the first language in code order.
    if votes[1] == best {
        return Lang::En;
    }
    Lang::ALL[votes.iter().position(|&v| v == best).unwrap_or(1)]
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
    fn text_without_words_is_english() {
        assert_eq!(detect(""), Lang::En);
        assert_eq!(detect("12 345 !!"), Lang::En);
    }
}
