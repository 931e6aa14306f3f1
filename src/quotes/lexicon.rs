//! One language's quotation knowledge, read once from `src/lang/data/<code>/quotes.txt`.

use crate::lang::{Lang, Resource};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Grammatical gender of a mention, as far as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
    /// Plural pronouns (ils, they): groups and organisations.
    Plural,
    Unknown,
}

impl Gender {
    fn from_tag(tag: &str) -> Gender {
        match tag {
            "m" => Gender::Male,
            "f" => Gender::Female,
            "p" => Gender::Plural,
            _ => Gender::Unknown,
        }
    }

    /// Whether a pronoun of gender `self` may refer to an entity of gender `other`.
    pub(super) fn agrees_with(self, other: Gender) -> bool {
        match (self, other) {
            (Gender::Plural, g) | (g, Gender::Plural) => g == Gender::Plural,
            (Gender::Unknown, _) | (_, Gender::Unknown) => true,
            (a, b) => a == b,
        }
    }
}

/// Word lists of one language, all lowercase except where noted.
#[derive(Debug, Default)]
pub(super) struct Lexicon {
    pub speech_verbs: HashSet<String>,
    /// The base forms (infinitives) of the speech verbs.
    pub speech_lemmas: HashSet<String>,
    pub auxiliaries: HashSet<String>,
    pub pronouns: HashMap<String, Gender>,
    /// The keys of `pronouns`, for set lookups.
    pub pronouns_set: HashSet<String>,
    pub relatives: HashSet<String>,
    /// Titles, original case (M, Mme, Dr, Senator): they are matched on capitalised words.
    pub titles: HashMap<String, Gender>,
    pub roles: HashMap<String, Gender>,
    pub organisations: HashSet<String>,
    /// Source cues as word sequences (selon; according to).
    pub source_cues: Vec<Vec<String>>,
    /// Cues that open a sentence naming its source: `Pour X, ...`.
    pub opening_source_cues: HashSet<String>,
    pub addressee_markers: HashSet<String>,
    pub naming_nouns: HashSet<String>,
    pub adverbs: HashSet<String>,
    pub adverbial_starters: HashSet<String>,
    pub clause_connectors: HashSet<String>,
    /// Coordinating conjunctions (et, and): a new clause with its own verb may follow.
    pub coordinators: HashSet<String>,
    pub determiners: HashSet<String>,
    pub definite_determiners: HashSet<String>,
    pub np_links: HashSet<String>,
    pub name_particles: HashSet<String>,
    pub non_names: HashSet<String>,
    pub female_names: HashSet<String>,
    pub male_names: HashSet<String>,
}

impl Lexicon {
    /// The lexicon of `lang`, built on first use.
    pub(super) fn of(lang: Lang) -> &'static Lexicon {
        static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
        let all = ALL.get_or_init(|| Lang::ALL.iter().map(|&l| Lexicon::load(l)).collect());
        &all[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
    }

    fn load(lang: Lang) -> Lexicon {
        let list = |section: &str| lang.entries(Resource::Quotes, section);
        let set = |section: &str| -> HashSet<String> {
            list(section).iter().map(|w| w.to_lowercase()).collect()
        };
        let gendered = |section: &str, lower: bool| -> HashMap<String, Gender> {
            list(section)
                .iter()
                .filter_map(|line| {
                    let mut parts = line.split_whitespace();
                    let word = parts.next()?;
                    let word = if lower {
                        word.to_lowercase()
                    } else {
                        word.to_string()
                    };
                    Some((word, Gender::from_tag(parts.next().unwrap_or("n"))))
                })
                .collect()
        };
        let words = |section: &str| -> HashSet<String> {
            list(section)
                .iter()
                .flat_map(|line| line.split_whitespace())
                .map(str::to_lowercase)
                .collect()
        };
        let mut speech_verbs = HashSet::new();
        let mut speech_lemmas = HashSet::new();
        for line in list("speech_verbs") {
            let forms = verb_forms(lang, line);
            speech_lemmas.insert(forms[0].clone());
            // A French infinitive reports nothing (`pour répondre`); an English base form does.
            let skip = usize::from(lang != Lang::En);
            speech_verbs.extend(forms.into_iter().skip(skip));
        }
        Lexicon {
            speech_verbs,
            speech_lemmas,
            auxiliaries: set("auxiliaries"),
            pronouns_set: gendered("subject_pronouns", true).into_keys().collect(),
            pronouns: gendered("subject_pronouns", true),
            relatives: set("relative_pronouns"),
            titles: gendered("titles", false),
            roles: gendered("roles", true),
            organisations: set("organisations"),
            source_cues: list("source_cues")
                .iter()
                .map(|c| c.split_whitespace().map(str::to_lowercase).collect())
                .collect(),
            opening_source_cues: set("opening_source_cues"),
            addressee_markers: set("addressee_markers"),
            naming_nouns: set("naming_nouns"),
            adverbs: set("adverbs"),
            adverbial_starters: set("adverbial_starters"),
            clause_connectors: set("clause_connectors"),
            coordinators: set("coordinators"),
            determiners: set("determiners"),
            definite_determiners: set("definite_determiners"),
            np_links: set("np_links"),
            name_particles: set("name_particles"),
            non_names: set("non_names"),
            female_names: words("female_first_names"),
            male_names: words("male_first_names"),
        }
    }
}

/// Every form of one `[speech_verbs]` entry (see the data file for the syntax).
fn verb_forms(lang: Lang, line: &str) -> Vec<String> {
    let (head, explicit, replace) = match (line.split_once(" = "), line.split_once(" + ")) {
        (Some((head, forms)), _) => (head, forms, true),
        (None, Some((head, forms))) => (head, forms, false),
        (None, None) => (line, "", false),
    };
    let infinitive = head.trim().to_lowercase();
    let infinitive = infinitive
        .strip_prefix("s'")
        .or_else(|| infinitive.strip_prefix("se "))
        .unwrap_or(&infinitive)
        .to_string();
    let mut forms = vec![infinitive.clone()];
    forms.extend(explicit.split_whitespace().map(str::to_lowercase));
    if !replace {
        forms.extend(regular_forms(lang, &infinitive));
    }
    forms
}

/// The forms of a regular verb that attribution uses.
fn regular_forms(lang: Lang, verb: &str) -> Vec<String> {
    match lang {
        Lang::Fr => {
            if let Some(stem) = verb.strip_suffix("er") {
                [
                    "é", "ée", "e", "ent", "ait", "aient", "a", "èrent", "era", "eront",
                ]
                .iter()
                .map(|end| format!("{stem}{end}"))
                .collect()
            } else if let Some(stem) = verb.strip_suffix("ir") {
                ["i", "ie", "it", "issent", "issait", "issaient", "ira"]
                    .iter()
                    .map(|end| format!("{stem}{end}"))
                    .collect()
            } else {
                vec![verb.to_string()]
            }
        }
        Lang::En => {
            let mut forms = vec![verb.to_string()];
            let sibilant = ["s", "sh", "ch", "x", "z"]
                .iter()
                .any(|e| verb.ends_with(e));
            let consonant_y =
                verb.ends_with('y') && !verb[..verb.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
            if consonant_y {
                let stem = &verb[..verb.len() - 1];
                forms.extend([format!("{stem}ies"), format!("{stem}ied")]);
            } else if sibilant {
                forms.extend([format!("{verb}es"), format!("{verb}ed")]);
            } else if verb.ends_with('e') {
                forms.extend([format!("{verb}s"), format!("{verb}d")]);
            } else {
                forms.extend([format!("{verb}s"), format!("{verb}ed")]);
            }
            let ing = match verb.strip_suffix('e') {
                Some(stem) if !verb.ends_with("ee") => format!("{stem}ing"),
                _ => format!("{verb}ing"),
            };
            forms.push(ing);
            forms
        }
        _ => vec![verb.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_french_and_english_forms() {
        let fr = Lexicon::of(Lang::Fr);
        for form in ["déclaré", "ajoute", "avertit", "dit", "martèle", "inquiété"] {
            assert!(fr.speech_verbs.contains(form), "{form}");
        }
        let en = Lexicon::of(Lang::En);
        for form in [
            "said", "told", "added", "noted", "denied", "stresses", "warning",
        ] {
            assert!(en.speech_verbs.contains(form), "{form}");
        }
        assert!(!en.speech_verbs.contains("the"));
    }

    #[test]
    fn pronoun_gender_agreement() {
        assert!(Gender::Male.agrees_with(Gender::Unknown));
        assert!(!Gender::Male.agrees_with(Gender::Female));
        assert!(!Gender::Plural.agrees_with(Gender::Male));
        assert_eq!(Lexicon::of(Lang::Fr).pronouns["elle"], Gender::Female);
    }
}
