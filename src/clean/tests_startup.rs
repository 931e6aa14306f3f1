//! Start-up work of clean's tables: done once, and lazily where it can be. Every text is
//! invented.

use super::patterns::{LazyRegex, PatternSet};
use super::residue::residue;
use crate::Lang;
use proptest::prelude::*;
use regex::RegexSet;
use std::sync::LazyLock;

/// Patterns in the shape of the data files': counted Unicode classes, case folding, anchors.
const PATTERNS: [&str; 6] = [
    r"(?i)\bphotos?\s*:\s*\p{L}[\p{L}.'’ -]{1,20}$",
    r"^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} ?@\w{2,30}$",
    r"(?i)^[\p{L}\p{N} .'’_-]{1,12}\s+(?:said|wrote)\s*:$",
    r"[.!?] \p{Lu}{2,6}/\p{Lu}[\p{L}'’-]+$",
    r"(?i)^read more\b",
    r"(?i)^[^?]*\btell us\b[^?]*\?",
];

fn widened_set() -> PatternSet {
    PatternSet::build(PATTERNS.iter().map(|p| (*p, ())).collect()).0
}

fn exact_matches(line: &str) -> Vec<usize> {
    let exact = PATTERNS.map(|p| p.replace("\\b", "(?-u:\\b)"));
    RegexSet::new(exact).unwrap().matches(line).iter().collect()
}

#[test]
fn a_widened_set_finds_what_its_exact_patterns_find_in_any_script() {
    let set = widened_set();
    for line in [
        "Photo : Mélanie Dufour-Lévêque",
        "Photo: Νίκος Παπαδόπουλος",
        "Photo: Jo Roe 📷",
        "Ана Петрова @ana_petrova",
        "Jane Roe @jane_roe",
        "Zoë O’Brien-Dupré said:",
        "Ελένη Γεωργίου wrote:",
        "Une averse est tombée. AFP/Jean Roux",
        "Une averse est tombée. ΑΠΕ/Νίκος",
        "Read more about the floods",
        "The rain fell all day on the little harbour town.",
    ] {
        let found: Vec<usize> = set.matches(line).collect();
        assert_eq!(found, exact_matches(line), "{line}");
        assert_eq!(set.is_match(line), !found.is_empty(), "{line}");
    }
}

#[test]
fn patterns_at_the_line_start_and_the_others_come_back_in_one_order() {
    // `^read more` is searched apart, anchored; `^[^?]*…` with the unanchored ones.
    let set = widened_set();
    for line in [
        "Read more and tell us what you saw?",
        "Read more photos: Jo Roe",
        "Tell us, said the mayor?",
    ] {
        let found: Vec<usize> = set.matches(line).collect();
        assert_eq!(found, exact_matches(line), "{line}");
        assert_eq!(set.is_match(line), !found.is_empty(), "{line}");
    }
    assert_eq!(
        set.matches("Read more and tell us?").collect::<Vec<_>>(),
        [4, 5]
    );
}

#[test]
fn exact_forms_are_compiled_only_for_lines_beyond_latin_text() {
    let set = widened_set();
    for line in [
        "Photo : Éloïse Brûlé",
        "Jane Roe said:",
        "Le ciel — gris — était bas.",
    ] {
        set.is_match(line);
        set.matches(line).count();
    }
    assert_eq!(set.exact_compiled(), 0);
    // A Greek name in a credit: the widened pattern matches, its exact form decides.
    assert!(set.is_match("Photo: Νίκος Παπαδόπουλος"));
    assert_eq!(set.exact_compiled(), 1);
    assert!(set.is_match("Photo: Ελένη Γεωργίου"));
    assert_eq!(set.exact_compiled(), 1);
    // A line no widened pattern takes compiles nothing.
    assert!(!set.is_match("Το λιμάνι ήταν ήσυχο όλη μέρα."));
    assert_eq!(set.exact_compiled(), 1);
}

#[test]
fn a_pattern_too_big_to_compile_is_left_out_and_the_others_keep_their_index() {
    let patterns = vec![("a+", 'a'), (r"(?:\w{300}){300}", 'x'), ("b", 'b')];
    let (set, tags) = PatternSet::build(patterns);
    assert_eq!(tags, vec!['a', 'x', 'b']);
    assert_eq!(set.matches("b").collect::<Vec<_>>(), vec![2]);
    assert!(set.is_match("aa"));
}

#[test]
fn a_lazy_regex_is_checked_at_once_and_compiled_on_first_use() {
    assert!(LazyRegex::new("(?i)^(?:our [^.!?]*".to_string()).is_none());
    let regex = LazyRegex::new("(?i)^(?:our [^.!?]*letter)$".to_string()).unwrap();
    assert!(!regex.is_compiled());
    assert!(regex.get().unwrap().is_match("Our weekly LETTER"));
    assert!(regex.is_compiled());
}

#[test]
fn a_language_table_is_built_once() {
    assert!(std::ptr::eq(residue(Lang::Fr), residue(Lang::Fr)));
}

proptest! {
    #[test]
    fn a_widened_set_agrees_with_its_exact_patterns(line in "[a-zA-Zé’ .:/@_ΑΒΓαβγЖж😀-]{0,30}") {
        static SETS: LazyLock<(PatternSet, RegexSet)> = LazyLock::new(|| {
            let exact = PATTERNS.map(|p| p.replace("\\b", "(?-u:\\b)"));
            (widened_set(), RegexSet::new(exact).unwrap())
        });
        let found: Vec<usize> = SETS.0.matches(&line).collect();
        prop_assert_eq!(found, SETS.1.matches(&line).iter().collect::<Vec<_>>());
    }
}
