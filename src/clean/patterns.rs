//! A set of line patterns that compiles quickly.
//!
//! A Unicode class such as `\p{L}` compiles into a large UTF-8 automaton, once per count of a
//! counted repeat (`[\p{L} .-]{1,40}` makes forty), and compiling them cost most of clean's
//! start-up. So the set searched on every line holds each such class *widened*: exact on the
//! characters of Latin text ([`EXACT_RANGES`]: Latin letters, diacritics, general punctuation,
//! currency signs), and taking every character beyond them. It answers exactly on a line made
//! only of those characters (nearly every line); on another line a widened pattern that matches
//! is checked with its exact form, compiled the first time that happens.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use regex_syntax::hir::{Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};
use regex_syntax::hir::Repetition;
use std::sync::OnceLock;

/// The characters on which a widened class is exact.
const EXACT_RANGES: [(char, char); 3] = [
    ('\0', '\u{36F}'),
    ('\u{1E00}', '\u{1EFF}'),
    ('\u{2000}', '\u{20CF}'),
];
/// Classes of at most this many ranges (a letter in any case, `[^.!?]`) are cheap: kept as is.
const CHEAP_CLASS_RANGES: usize = 4;
/// Unicode classes need more room than the default limits.
const NFA_SIZE_LIMIT: usize = 64 << 20;
const DFA_SIZE_LIMIT: usize = 32 << 20;

/// Line patterns, searched together.
pub struct PatternSet {
    widened: RegexSet,
    /// Each pattern's exact form when its widened one differs, compiled on first need.
    exact: Vec<Option<ExactPattern>>,
}

struct ExactPattern {
    pattern: String,
    regex: OnceLock<Option<Regex>>,
}

impl PatternSet {
    /// The set of `entries`' patterns, with the tags of those it holds, in order. A pattern that
    /// does not parse is left out with its tag (a bug in a data file that the tests catch).
    /// Word boundaries are ASCII ones: a Unicode `\b` forces the slow matcher on non-ASCII text.
    pub fn build<T>(entries: Vec<(&str, T)>) -> (PatternSet, Vec<T>) {
        let exact_chars = exact_chars();
        let mut other_chars = exact_chars.clone();
        other_chars.negate();
        let mut widened = Vec::new();
        let mut exact = Vec::new();
        let mut tags = Vec::new();
        for (pattern, tag) in entries {
            let pattern = pattern.replace("\\b", "(?-u:\\b)");
            let Ok(hir) = regex_syntax::Parser::new().parse(&pattern) else {
                continue;
            };
            let (hir, changed) = widen(hir, &exact_chars, &other_chars);
            if changed {
                widened.push(hir.to_string());
                let regex = OnceLock::new();
                exact.push(Some(ExactPattern { pattern, regex }));
            } else {
                widened.push(pattern);
                exact.push(None);
            }
            tags.push(tag);
        }
        let widened = RegexSetBuilder::new(widened)
            .size_limit(NFA_SIZE_LIMIT)
            .dfa_size_limit(DFA_SIZE_LIMIT)
            .build()
            .unwrap_or_else(|_| RegexSet::empty());
        (PatternSet { widened, exact }, tags)
    }

    pub fn len(&self) -> usize {
        self.widened.len()
    }

    pub fn is_empty(&self) -> bool {
        self.widened.is_empty()
    }

    pub fn is_match(&self, line: &str) -> bool {
        // Most lines match nothing: a plain search is much cheaper than listing matches.
        self.widened.is_match(line) && (is_exact_line(line) || self.matches(line).next().is_some())
    }

    /// The indexes of the patterns that match `line`, in order.
    pub fn matches<'a>(&'a self, line: &'a str) -> impl Iterator<Item = usize> + 'a {
        let exact_line = is_exact_line(line);
        let found = self.widened.matches(line).into_iter();
        found.filter(move |&index| exact_line || self.exact_match(index, line))
    }

    fn exact_match(&self, index: usize, line: &str) -> bool {
        let Some(exact) = &self.exact[index] else {
            return true;
        };
        let regex = exact.regex.get_or_init(|| {
            RegexBuilder::new(&exact.pattern)
                .size_limit(NFA_SIZE_LIMIT)
                .dfa_size_limit(DFA_SIZE_LIMIT)
                .build()
                .ok()
        });
        regex.as_ref().is_none_or(|regex| regex.is_match(line))
    }

    /// How many exact forms have been compiled (tests show that it is done lazily).
    #[cfg(test)]
    pub fn exact_compiled(&self) -> usize {
        let exact = self.exact.iter().flatten();
        exact.filter(|e| e.regex.get().is_some()).count()
    }
}

fn exact_chars() -> ClassUnicode {
    ClassUnicode::new(
        EXACT_RANGES
            .iter()
            .map(|&(start, end)| ClassUnicodeRange::new(start, end)),
    )
}

/// Whether every character of `line` is one a widened class is exact on.
fn is_exact_line(line: &str) -> bool {
    line.is_ascii()
        || line.chars().all(|c| {
            EXACT_RANGES
                .iter()
                .any(|&(start, end)| start <= c && c <= end)
        })
}

/// `hir` with its costly classes widened beyond the exact characters, and whether any was.
fn widen(hir: Hir, exact: &ClassUnicode, other: &ClassUnicode) -> (Hir, bool) {
    let mut changed = false;
    let mut sub = |hir: Hir| {
        let (hir, sub_changed) = widen(hir, exact, other);
        changed |= sub_changed;
        hir
    };
    let widened = match hir.into_kind() {
        HirKind::Class(Class::Unicode(class)) if class.ranges().len() > CHEAP_CLASS_RANGES => {
            let mut wide = class.clone();
            wide.intersect(exact);
            wide.union(other);
            if wide.ranges().len() < class.ranges().len() {
                return (Hir::class(Class::Unicode(wide)), true);
            }
            Hir::class(Class::Unicode(class))
        }
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(sub(*rep.sub)),
            ..rep
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            sub: Box::new(sub(*cap.sub)),
            ..cap
        }),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(&mut sub).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(&mut sub).collect()),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Class(class) => Hir::class(class),
        HirKind::Look(look) => Hir::look(look),
    };
    (widened, changed)
}
