//! Pitch sentences inside a paragraph (`En vous abonnant, vous pouvez nous aider…`): the
//! sentence goes, the rest of the paragraph stays. Also the search that finds them, built
//! from the language's phrases and patterns.

use super::patterns::PooledDfa;
use super::residue::Residue;
use super::Category;
use crate::lang::Lang;
use crate::offsets::Span;
use crate::sentences;
use regex::Regex;
use regex_automata::hybrid::dfa::DFA;
use regex_automata::Input;

/// Spans (in `text`) of the pitch sentences of the line at `line`, each with the whitespace
/// that joined it to the paragraph, and their category. A line that is nothing but pitch comes
/// back as one span covering it.
#[cfg(test)]
pub fn pitch_sentences(
    text: &str,
    line: Span,
    lang: Lang,
    residue: &Residue,
) -> Vec<(Span, Category)> {
    pitch_sentences_near(text, line, lang, residue, None).0
}

/// [`pitch_sentences`], with the pitch gate read only `near` changes (ranges of the line) when
/// given; and from where in the line gate words may start, `None` when it holds none (see
/// [`PitchSearch::search_near`]).
pub fn pitch_sentences_near(
    text: &str,
    line: Span,
    lang: Lang,
    residue: &Residue,
    near: Option<&[Span]>,
) -> (Vec<(Span, Category)>, Option<usize>) {
    let body = line.slice(text);
    let (matches, gate_from) = residue.pitch_matches_near(body, near);
    if matches.is_empty() {
        return (Vec::new(), gate_from);
    }
    let spans = part_at_pitch(body, sentences::split(body, lang), &matches);
    let mut categories: Vec<Option<Category>> = Vec::with_capacity(spans.len());
    for sentence in &spans {
        let previous_removed = categories.last().is_some_and(Option::is_some);
        let category = matches
            .iter()
            .find(|(start, end, _)| *start < sentence.end && *end > sentence.start)
            .map(|(_, _, c)| *c)
            .or_else(|| {
                (previous_removed && is_shouting(sentence.slice(body)))
                    .then_some(Category::Subscribe)
            });
        categories.push(category);
    }
    // A sentence between two pitch sentences of one kind is the pitch's body (`Our reporters
    // go where the story is.` between the hook and the ask).
    for index in 1..categories.len().saturating_sub(1) {
        if let [Some(before), None, Some(after)] = categories[index - 1..=index + 1] {
            if before == after {
                categories[index] = Some(before);
            }
        }
    }
    // The short question that opens a paragraph on its pitch (`Vous aimez le sport local ?
    // Abonnez-vous…`) is the pitch's hook; so is a longer one when the pitch is all the rest.
    if let [None, Some(category), ..] = categories[..] {
        let all_pitch = categories[1..].iter().all(Option::is_some);
        if is_hook_question(spans[0].slice(body), all_pitch) {
            categories[0] = Some(category);
        }
    }
    let mut removed: Vec<(Span, Category)> = Vec::new();
    for (index, sentence) in spans.iter().enumerate() {
        let Some(category) = categories[index] else {
            continue;
        };
        // Take the whitespace before the sentence, or after it when it opens the paragraph;
        // none when the next sentence follows with no space (`… janvier.Le vote`), which would
        // then touch the one before.
        let glued_to_next = spans
            .get(index + 1)
            .is_some_and(|next| next.start == sentence.end);
        let start = match index {
            0 => 0,
            _ if glued_to_next => sentence.start,
            _ => spans[index - 1].end,
        };
        // A run of pitch sentences opening the paragraph takes the whitespace after it.
        let opens_paragraph = categories[..index].iter().all(Option::is_some);
        let end = if opens_paragraph {
            spans.get(index + 1).map_or(body.len(), |next| next.start)
        } else if index + 1 == spans.len() {
            body.len()
        } else {
            sentence.end
        };
        let mut span = Span::new(line.start + start, line.start + end);
        // The first sentence took the whitespace after it: the next one must not take it too.
        if let Some((last, _)) = removed.last() {
            span.start = span.start.max(last.end);
        }
        match removed.last_mut() {
            Some((last, c)) if last.end == span.start && *c == category => last.end = span.end,
            _ => removed.push((span, category)),
        }
    }
    (removed, gate_from)
}

/// The sentences, each parted before the pitch it holds where the splitter joined two across a
/// word's period it read as an abbreviation's (`… le grand jeu. Offre spéciale : …`, `jeu.`
/// for `jeudi`): a pitch opens its own sentence, and the article's sentence before it stays.
fn part_at_pitch(body: &str, spans: Vec<Span>, matches: &[(usize, usize, Category)]) -> Vec<Span> {
    /// A word this long before the period reads as a word too (`jeu`, `mer`), not an initial.
    const WORD_MIN_LETTERS: usize = 3;
    let mut parted = Vec::with_capacity(spans.len() + 1);
    for span in spans {
        let pitch_start = matches
            .iter()
            .map(|m| m.0)
            .find(|&start| span.start < start && start < span.end);
        let cut = pitch_start.and_then(|start| {
            let before = &body[span.start..start];
            let period = before.rfind(". ")?;
            let word = before[..period].rsplit(' ').next().unwrap_or_default();
            // Read in the body: the pitch may open right after the period.
            let next = body[span.start + period + 2..].chars().next()?;
            let lowercase_word =
                word.chars().count() >= WORD_MIN_LETTERS && word.chars().all(char::is_lowercase);
            (lowercase_word && next.is_uppercase()).then_some(span.start + period)
        });
        match cut {
            Some(period) => {
                parted.push(Span {
                    start: span.start,
                    end: period + 1,
                });
                parted.push(Span {
                    start: period + 2,
                    end: span.end,
                });
            }
            None => parted.push(span),
        }
    }
    parted
}

/// A question of a few words, as the hook of a pitch is (`Enjoyed this story?`); of a line
/// or so over a pitch that ends the paragraph (`Curious about …? Get …`).
fn is_hook_question(sentence: &str, pitch_after: bool) -> bool {
    const HOOK_MAX_WORDS: usize = 8;
    const LONG_HOOK_MAX_WORDS: usize = 20;
    let max_words = if pitch_after {
        LONG_HOOK_MAX_WORDS
    } else {
        HOOK_MAX_WORDS
    };
    sentence.trim_end().ends_with('?') && sentence.split_whitespace().count() <= max_words
}

/// A sentence in capitals (`SUBSCRIBE NOW PHOTO GALLERY .`), as pitch buttons are.
fn is_shouting(sentence: &str) -> bool {
    let letters = sentence.chars().filter(|c| c.is_alphabetic());
    let (upper, total) = letters.fold((0, 0), |(u, t), c| {
        (u + usize::from(c.is_uppercase()), t + 1)
    });
    total >= 4 && upper * 10 >= total * 8
}

// The pitch search runs on every line. A `(?i)` regex hides its literals from the regex
// crate's SIMD prefilter (ASCII case variants multiply past its limits), so the search runs on
// an ASCII-lowercased copy of the line with a case-sensitive regex whose ASCII letters are
// lowercase and whose other letters keep `(?i:…)`. Same matches, save that a Kelvin sign (K)
// or a long s (ſ) in the text no longer stands for `k` or `s`.

/// A regex alternative matching the lowercase `phrase` in ASCII-lowercased text whatever the
/// case of its other letters, with either apostrophe.
fn lowercased_text_literal(phrase: &str) -> String {
    let mut alternative = String::from("(?:");
    for c in phrase.chars() {
        match c {
            '\'' => alternative.push_str("['’]"),
            c if c.is_ascii() => alternative.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
            c => push_caseless(&mut alternative, c),
        }
    }
    alternative.push(')');
    alternative
}

/// A regex alternative matching in ASCII-lowercased text what `(?i)pattern` matches in the
/// text. A pattern with anything but lowercase literals, plain escapes and `(?:` groups (or a
/// cased letter in a class) stays whole under `(?i)`: still right, only slower.
fn lowercased_text_pattern(pattern: &str) -> String {
    let fallback = || format!("(?i:{pattern})");
    let Some(rewritten) = rewrite_pattern_letters(pattern) else {
        return fallback();
    };
    // Parsing tells whether it compiles, at a fraction of the cost.
    if regex_syntax::Parser::new().parse(&rewritten).is_ok() {
        rewritten
    } else {
        fallback()
    }
}

/// `pattern` with each non-ASCII letter outside classes as `(?i:c)`, or `None` when the pattern
/// holds something whose meaning depends on case in ways this cannot rewrite.
fn rewrite_pattern_letters(pattern: &str) -> Option<String> {
    let mut out = String::from("(?:");
    let mut chars = pattern.chars().peekable();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            c if c.is_ascii_uppercase() => return None,
            '\\' => {
                let escaped = chars.next()?;
                // `\x{…}`, `\p{…}` and the like name characters whose case matters.
                if escaped.is_ascii_alphabetic() && !"bdswntr".contains(escaped) {
                    return None;
                }
                out.push(c);
                out.push(escaped);
            }
            '(' if chars.peek() == Some(&'?') => {
                chars.next();
                // Only plain groups: flags such as `(?-i:` change what case means.
                chars.next_if_eq(&':')?;
                out.push_str("(?:");
            }
            '[' => {
                class_depth += 1;
                out.push(c);
                // A `]` (or `^]`) opening a class is a literal.
                if let Some(caret) = chars.next_if_eq(&'^') {
                    out.push(caret);
                }
                if let Some(bracket) = chars.next_if_eq(&']') {
                    out.push(bracket);
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            c if c.is_ascii() || !c.is_alphabetic() => out.push(c),
            _ if class_depth > 0 => return None,
            c => push_caseless(&mut out, c),
        }
    }
    out.push(')');
    Some(out)
}

/// Appends a non-ASCII letter that matches in any case (`(?i:é)` matches `é` and `É`).
fn push_caseless(out: &mut String, letter: char) {
    if letter.is_alphabetic() {
        out.push_str("(?i:");
        out.push(letter);
        out.push(')');
    } else {
        out.push(letter);
    }
}

/// The length from which a phrase's longest run of plain characters (ASCII letters, digits,
/// spaces: `il vous reste`, `abonnez`) gates it. A run of several words is rare even when its
/// words are not, so nearly every line skips the whole alternation.
const GATING_RUN_LEN: usize = 5;

/// Builds a [`PitchSearch`] from a language's pitch phrases and patterns, in their order.
#[derive(Default)]
pub struct PitchAlternatives {
    all: Vec<String>,
    /// The alternatives that can match a line without any of `gate_words`.
    ungated: Vec<String>,
    gate_words: Vec<String>,
}

impl PitchAlternatives {
    /// Adds a lowercase phrase, with straight apostrophes. A phrase waits behind its longest
    /// run of plain characters, as patterns wait behind theirs: most lines hold none of them
    /// and skip the alternation.
    pub fn push_phrase(&mut self, lower: &str) {
        let alternative = lowercased_text_literal(lower);
        let run = lower
            .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' '))
            .map(str::trim)
            .filter(|run| run.len() >= GATING_RUN_LEN)
            .max_by_key(|run| run.len());
        match run {
            Some(run) => {
                if !self.gate_words.iter().any(|w| w == run) {
                    self.gate_words.push(run.to_string());
                }
            }
            None => self.ungated.push(alternative.clone()),
        }
        self.all.push(alternative);
    }

    /// Adds a `.sentence.pattern` regex (its case ignored).
    pub fn push_pattern(&mut self, pattern: &str) {
        let alternative = lowercased_text_pattern(pattern);
        // Only a rewritten pattern matches ASCII letters as themselves (`(?i)k` also matches
        // a Kelvin sign), so only its words are sure to be in the lowercased line.
        let word = (!alternative.starts_with("(?i:"))
            .then(|| necessary_word(pattern))
            .flatten();
        match word {
            Some(word) => {
                if !self.gate_words.contains(&word) {
                    self.gate_words.push(word);
                }
            }
            None => self.ungated.push(alternative.clone()),
        }
        self.all.push(alternative);
    }

    /// The search, or `None` without alternatives (or if they fail to compile).
    pub fn build(self) -> Option<PitchSearch> {
        if self.all.is_empty() {
            return None;
        }
        let all = Regex::new(&self.all.join("|")).ok()?;
        // A gate word holding another one is found only where that one is: it adds nothing.
        let words = &self.gate_words;
        let kept: Vec<&String> = words
            .iter()
            .filter(|w| {
                !words
                    .iter()
                    .any(|o| o.len() < w.len() && w.contains(o.as_str()))
            })
            .collect();
        let gate_len = kept.iter().map(|w| w.len()).max().unwrap_or(0);
        let escaped: Vec<String> = kept.iter().map(|w| regex::escape(w)).collect();
        let gated = match (escaped.is_empty(), gate(&escaped.join("|"))) {
            // With every alternative gated, a line without a gate word has no match at all.
            (false, Some(gate)) if self.ungated.is_empty() => Some((gate, None)),
            (false, Some(gate)) => Some((gate, Some(Regex::new(&self.ungated.join("|")).ok()?))),
            _ => None,
        };
        Some(PitchSearch {
            all,
            gated,
            gate_len,
        })
    }
}

/// One search for every pitch phrase and pattern of a language, run on ASCII-lowercased lines.
pub struct PitchSearch {
    all: Regex,
    /// Words that some pattern or phrase cannot match without, and the alternation without
    /// those: the patterns (`our [^.!?]*newsletter`) are slow to try, since their openings are
    /// common words, and lines without their word need not try them.
    gated: Option<(PooledDfa, Option<Regex>)>,
    /// The longest gate word, in bytes.
    gate_len: usize,
}

/// Whether a line holds one of the gate words: a lazy DFA reading each byte once. The regex
/// crate would search them with a SIMD prefilter, which so many words (several to a bucket)
/// keep stopping on candidates, at several times the cost.
///
/// The words are plain ASCII (lowercase letters, digits, spaces), matched in any ASCII case:
/// the gate reads the line as it is, as it would its ASCII-lowercased copy.
fn gate(alternation: &str) -> Option<PooledDfa> {
    DFA::new(&format!("(?i-u:{alternation})"))
        .ok()
        .map(PooledDfa::new)
}

impl PitchSearch {
    /// The leftmost-first matches in `lowercased` (an ASCII-lowercased line). Leaving out
    /// alternatives that cannot match anywhere in the line changes none of them.
    #[cfg(test)]
    pub fn find_iter<'h>(
        &self,
        lowercased: &'h str,
    ) -> impl Iterator<Item = regex::Match<'h>> + use<'_, 'h> {
        self.search_for(lowercased)
            .into_iter()
            .flat_map(move |regex| regex.find_iter(lowercased))
    }

    /// The regex whose matches in `line` (ASCII-lowercased) are its pitches, or `None` when it
    /// can have none.
    #[cfg(test)]
    pub fn search_for(&self, line: &str) -> Option<&Regex> {
        self.search_near(line, None).0
    }

    /// [`Self::search_for`], with the gate read only over the `near` ranges of `line` when
    /// given (the caller knows that no gate word lies outside them); and from where gate words
    /// may start in the line, `None` when it holds none, which a later pass over its repaired
    /// text can build on: read whole, the gate stops at the first gate word, and none starts
    /// before it.
    pub fn search_near(
        &self,
        line: &str,
        near: Option<&[Span]>,
    ) -> (Option<&Regex>, Option<usize>) {
        let Some((gate, ungated)) = &self.gated else {
            return (Some(&self.all), Some(0));
        };
        // A search that gave up counts as a match at the start: the full alternation then
        // decides, and the next pass reads the whole line.
        let found = match near {
            None => gate
                .earliest_end(&Input::new(line))
                .map(|end| end.saturating_sub(self.gate_len)),
            Some(ranges) => ranges
                .iter()
                .any(|r| {
                    let range = r.start.min(line.len())..r.end.min(line.len());
                    gate.is_match(&Input::new(line).range(range))
                })
                .then_some(0),
        };
        match found {
            Some(from) => (Some(&self.all), Some(from)),
            None => (ungated.as_ref(), None),
        }
    }

    /// How far from a change to a line a gate word that the change brought can start or end:
    /// the longest gate word's length.
    pub fn gate_reach(&self) -> usize {
        self.gate_len
    }
}

/// The longest plain word (or words) that every match of `pattern` contains: a run of
/// lowercase ASCII letters, digits and spaces outside groups, classes and repeats. `None` when
/// the pattern is an alternation at its top, or has no such run of three characters or more.
fn necessary_word(pattern: &str) -> Option<String> {
    let mut runs = vec![String::new()];
    let mut chars = pattern.chars().peekable();
    let mut group_depth = 0usize;
    let mut in_class = false;
    while let Some(c) = chars.next() {
        let run = runs.last_mut().expect("runs is never empty");
        let plain = c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' ';
        match c {
            _ if in_class => match c {
                '\\' => drop(chars.next()),
                ']' => in_class = false,
                _ => {}
            },
            _ if plain && group_depth == 0 => {
                if matches!(chars.peek(), Some('*' | '+' | '?' | '{')) {
                    // A repeated character may be absent (or many): the run ends before it.
                    runs.push(String::new());
                } else {
                    run.push(c);
                }
                continue;
            }
            '|' if group_depth == 0 => return None,
            '\\' => drop(chars.next()),
            '(' => group_depth += 1,
            ')' => group_depth = group_depth.saturating_sub(1),
            '[' => {
                in_class = true;
                // A `]` (or `^]`) opening a class is a literal.
                chars.next_if_eq(&'^');
                chars.next_if_eq(&']');
            }
            _ => {}
        }
        runs.push(String::new());
    }
    runs.into_iter()
        .map(|run| run.trim().to_string())
        .filter(|run| run.len() >= 3)
        .max_by_key(String::len)
}

#[cfg(test)]
mod tests {
    use super::super::residue::residue;
    use super::*;
    use crate::lang::{section_entries, Resource};

    fn found<'h>(search: &PitchSearch, line: &'h str) -> Vec<&'h str> {
        search.find_iter(line).map(|m| m.as_str()).collect()
    }

    fn removed(text: &str, lang: Lang) -> Vec<&str> {
        pitch_sentences(text, Span::new(0, text.len()), lang, residue(lang))
            .iter()
            .map(|(s, _)| s.slice(text))
            .collect()
    }

    #[test]
    fn a_pitch_sentence_leaves_the_rest_of_the_paragraph() {
        let text = "Le conseil a voté le budget. Abonnez-vous pour soutenir notre équipe. Le maire a salué le vote.";
        assert_eq!(
            removed(text, Lang::Fr),
            vec![" Abonnez-vous pour soutenir notre équipe."]
        );
    }

    #[test]
    fn the_question_opening_a_pitch_goes_with_it() {
        let text = "Vous aimez le sport local ? Abonnez-vous pour soutenir notre équipe. Le maire a salué le vote.";
        assert_eq!(
            removed(text, Lang::Fr),
            vec!["Vous aimez le sport local ? Abonnez-vous pour soutenir notre équipe. "]
        );
        // A question of the article stays: it does not open the paragraph on a pitch.
        let text = "Le budget ? Voté hier. Abonnez-vous pour soutenir notre équipe.";
        assert_eq!(
            removed(text, Lang::Fr),
            vec![" Abonnez-vous pour soutenir notre équipe."]
        );
    }

    #[test]
    fn a_sentence_between_two_pitch_sentences_goes_with_them() {
        let text = "The ferry sails at noon. Quality local journalism needs readers. Our crew rides every boat. Give a contribution of any size.";
        assert_eq!(
            removed(text, Lang::En),
            vec![" Quality local journalism needs readers. Our crew rides every boat. Give a contribution of any size."]
        );
        assert_eq!(
            removed("Ahoy, we have a favour to ask.", Lang::En),
            vec!["Ahoy, we have a favour to ask."]
        );
    }

    #[test]
    fn an_outlet_promoting_its_own_product_is_a_pitch() {
        let text = "The app, brought to you by our award-winning newsroom.";
        assert_eq!(removed(text, Lang::En), vec![text]);
    }

    #[test]
    fn a_long_question_over_the_pitch_that_ends_its_paragraph_is_its_hook() {
        let text = "Do you want to know what the harbour board decides each week and why it matters to you? Subscribe to our weekly letter.";
        assert_eq!(removed(text, Lang::En), vec![text]);
        // Over a pitch with the article going on after it, only a short question is a hook.
        let text = "Do you want to know what the harbour board decides each week and why it matters to you? Subscribe to our weekly letter. The board meets on Monday.";
        assert_eq!(
            removed(text, Lang::En),
            vec![" Subscribe to our weekly letter."]
        );
    }

    #[test]
    fn capitals_after_a_pitch_go_too() {
        let text = "The bridge reopened on Monday. Support our journalism today. SUBSCRIBE NOW";
        assert_eq!(
            removed(text, Lang::En),
            vec![" Support our journalism today. SUBSCRIBE NOW"]
        );
    }

    #[test]
    fn consecutive_pitch_sentences_at_the_start_do_not_overlap() {
        let text = "En vous abonnant, vous nous aidez. En vous abonnant aussi.";
        let spans = pitch_sentences(text, Span::new(0, text.len()), Lang::Fr, residue(Lang::Fr));
        assert!(!spans.is_empty());
        for pair in spans.windows(2) {
            assert!(pair[0].0.end <= pair[1].0.start, "{spans:?}");
        }
    }

    #[test]
    fn a_metered_paywall_counter_opening_a_paragraph_goes_alone() {
        let text = "You’ve read 3 of 10 free stories this week. The council met at noon.";
        assert_eq!(
            removed(text, Lang::En),
            vec!["You’ve read 3 of 10 free stories this week. "]
        );
        assert!(removed("Readers have read 3 free stories on the pier.", Lang::En).is_empty());
    }

    #[test]
    fn calls_for_money_and_subscriber_notices_go_alone() {
        let text = "The pier reopens. Help us keep local journalism alive. Support us for just $2.";
        assert_eq!(
            removed(text, Lang::En),
            vec![" Help us keep local journalism alive. Support us for just $2."]
        );
        let text = "The road stays shut. Download the free Coast 9 News app for traffic alerts.";
        assert_eq!(
            removed(text, Lang::En),
            vec![" Download the free Coast 9 News app for traffic alerts."]
        );
        let text = "La dette est rééchelonnée. La suite de ce dossier est réservée à nos abonnés.";
        assert_eq!(
            removed(text, Lang::Fr),
            vec![" La suite de ce dossier est réservée à nos abonnés."]
        );
    }

    #[test]
    fn a_pitch_glued_to_the_next_sentence_leaves_the_space_before_it() {
        let text =
            "Le port rouvre\u{b}Abonnez-vous pour soutenir notre équipe.Le maire a salué le vote.";
        let spans = pitch_sentences(text, Span::new(0, text.len()), Lang::Fr, residue(Lang::Fr));
        assert_eq!(spans.len(), 1, "{spans:?}");
        let kept = format!("{}{}", &text[..spans[0].0.start], &text[spans[0].0.end..]);
        assert_eq!(kept, "Le port rouvre\u{b}Le maire a salué le vote.");
    }

    #[test]
    fn no_pitch_no_removal() {
        assert!(removed("Le maire a parlé d'abonnements de bus.", Lang::Fr).is_empty());
    }

    #[test]
    fn every_sentence_pattern_keeps_the_fast_search() {
        for lang in Lang::ALL {
            let file = lang.data(Resource::Residue);
            for category in Category::ALL {
                let section = format!("{}.sentence.pattern", category.name());
                for pattern in section_entries(file, &section) {
                    let rewritten = rewrite_pattern_letters(pattern);
                    assert!(rewritten.is_some(), "{lang:?} {pattern}");
                    assert_eq!(lowercased_text_pattern(pattern), rewritten.unwrap());
                    // Without a plain word, every line pays for trying the pattern.
                    assert!(necessary_word(pattern).is_some(), "{lang:?} {pattern}");
                    // A class or a repeat at the start (`\d+ free`) leaves the alternation
                    // without its literal prefilter: the search then steps through every byte.
                    let opens_on_letter = pattern.starts_with(|c: char| c.is_alphabetic())
                        || pattern.starts_with("(?:")
                            && pattern[3..].starts_with(char::is_alphabetic);
                    assert!(opens_on_letter, "{lang:?} {pattern}");
                    assert!(!pattern.contains("\\b"), "{lang:?} {pattern}");
                }
            }
        }
    }

    #[test]
    fn case_dependent_patterns_stay_case_insensitive() {
        for pattern in ["\\p{Lu}x", "Abc", "(?-i:é)", "[é]t", "\\x{C9}t"] {
            assert_eq!(lowercased_text_pattern(pattern), format!("(?i:{pattern})"));
        }
        assert_eq!(
            lowercased_text_pattern("(?:à|de) [^.!?]*été\\s"),
            "(?:(?:(?i:à)|de) [^.!?]*(?i:é)t(?i:é)\\s)"
        );
    }

    #[test]
    fn a_pattern_needs_its_plain_words_outside_groups_and_repeats() {
        assert_eq!(
            necessary_word("(?:à|de) notre [^.!?]*newsletter").as_deref(),
            Some("newsletter")
        );
        assert_eq!(
            necessary_word("get our (?:free )?[^a]*news").as_deref(),
            Some("get our")
        );
        assert_eq!(necessary_word("abcdx?yz").as_deref(), Some("abcd"));
        assert_eq!(necessary_word("newsletter|appli"), None);
        assert_eq!(necessary_word("(?:newsletter)"), None);
        assert_eq!(necessary_word("\\bab\\b"), None);
    }

    #[test]
    fn a_gated_pattern_is_still_found_and_phrases_without_its_word() {
        let mut alternatives = PitchAlternatives::default();
        alternatives.push_phrase("abonnez-vous");
        alternatives.push_pattern("de notre [^.!?]*newsletter");
        let search = alternatives.build().expect("compiles");

        assert_eq!(
            found(&search, "abonnez-vous de notre belle newsletter"),
            vec!["abonnez-vous", "de notre belle newsletter"]
        );
        assert_eq!(
            found(&search, "abonnez-vous de notre journal"),
            vec!["abonnez-vous"]
        );
    }

    #[test]
    fn a_phrase_waits_behind_its_longest_plain_run_and_is_still_found() {
        let mut alternatives = PitchAlternatives::default();
        alternatives.push_phrase("t'es où ?");
        alternatives.push_phrase("activez les notifications");
        alternatives.push_phrase("abonnez-vous");
        assert_eq!(
            alternatives.gate_words,
            ["activez les notifications", "abonnez"]
        );
        assert_eq!(alternatives.ungated.len(), 1);
        let search = alternatives.build().expect("compiles");

        assert_eq!(
            found(&search, "activez les notifications et t'es où ?"),
            vec!["activez les notifications", "t'es où ?"]
        );
        assert_eq!(
            found(&search, "activez les alertes et t'es où ?"),
            vec!["t'es où ?"]
        );
    }

    #[test]
    fn with_every_alternative_gated_a_line_without_a_gate_word_has_no_match() {
        let mut alternatives = PitchAlternatives::default();
        alternatives.push_phrase("abonnez-vous");
        alternatives.push_phrase("il vous reste");
        alternatives.push_phrase("il vous reste un article");
        assert_eq!(
            alternatives.gate_words,
            ["abonnez", "il vous reste", "il vous reste un article"]
        );
        assert!(alternatives.ungated.is_empty());
        let search = alternatives.build().expect("compiles");

        assert!(found(&search, "le conseil a voté, il nous reste un mois").is_empty());
        assert_eq!(
            found(&search, "il vous reste un article. abonnez-vous !"),
            vec!["il vous reste", "abonnez-vous"]
        );
    }

    #[test]
    fn offers_counters_and_alert_pitches_inside_a_paragraph_go_alone() {
        let text = "Vous avez lu 4 articles sur 5 ce mois-ci. Le pont rouvrira en mai.";
        assert_eq!(
            removed(text, Lang::Fr),
            vec!["Vous avez lu 4 articles sur 5 ce mois-ci. "]
        );
        let text =
            "Pour lire la suite, profitez de notre offre à 2 € le premier mois. Le vote a eu lieu.";
        assert_eq!(
            removed(text, Lang::Fr),
            vec!["Pour lire la suite, profitez de notre offre à 2 € le premier mois. "]
        );
        let text = "La digue a cédé. Chaque soir, l'essentiel de l'actualité du Médoc dans votre boîte mail.";
        assert_eq!(
            removed(text, Lang::Fr),
            vec![" Chaque soir, l'essentiel de l'actualité du Médoc dans votre boîte mail."]
        );
        let text = "Flooding closed two roads. Want flood alerts for your street? The river peaked at noon.";
        assert_eq!(
            removed(text, Lang::En),
            vec![" Want flood alerts for your street?"]
        );
        let text =
            "The choir sang. Become a Ledger subscriber and get unlimited access to our archive.";
        assert_eq!(
            removed(text, Lang::En),
            vec![" Become a Ledger subscriber and get unlimited access to our archive."]
        );
        // News about alerts and offers is no pitch.
        assert!(removed(
            "The county wants flood alerts sent by text message.",
            Lang::En
        )
        .is_empty());
        assert!(removed("Les lecteurs ont lu 4 articles en moyenne.", Lang::Fr).is_empty());
    }
}
