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
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind};
use regex_syntax::hir::{Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};
use regex_syntax::hir::{Look, Repetition};
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
    /// The widened patterns, in two searches: those that match only at the line's start, and
    /// the others. One automaton for both multiplies their states (each state of a pattern
    /// running from the start times each of the others'): megabytes of them, which a line's
    /// search visits scattered, missing the processor's caches byte after byte.
    groups: Vec<Group>,
    /// Each pattern's exact form when its widened one differs, compiled on first need.
    exact: Vec<Option<LazyRegex>>,
}

/// Some of the widened patterns, searched together.
struct Group {
    search: Search,
    /// Whether every pattern of the group matches only at the line's start: the search then
    /// stops where none can go on, instead of reading the whole line.
    anchored: bool,
    /// The index in the set of each of the group's patterns, in order.
    indexes: Vec<usize>,
}

/// The widened patterns' search: a forward lazy DFA is all that telling which patterns match
/// needs (a `RegexSet` also compiles them backwards, to find where matches start), with a
/// `RegexSet` kept for patterns it cannot take.
enum Search {
    Forward(Box<PooledDfa>),
    Set(RegexSet),
}

type CreateCache =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// A lazy DFA with a pool of caches, so that one shared search serves every thread.
pub(super) struct PooledDfa {
    dfa: DFA,
    caches: Pool<Cache, CreateCache>,
}

impl PooledDfa {
    pub(super) fn new(dfa: DFA) -> PooledDfa {
        let for_cache = dfa.clone();
        let create: CreateCache = Box::new(move || for_cache.create_cache());
        PooledDfa {
            dfa,
            caches: Pool::new(create),
        }
    }

    /// Whether the DFA matches in `input`. A search that gave up counts as a match, so that
    /// callers check exactly (the DFAs built here have no quit bytes and never give up).
    pub(super) fn is_match(&self, input: &Input<'_>) -> bool {
        let mut cache = self.caches.get();
        self.dfa
            .try_search_fwd(&mut cache, &input.clone().earliest(true))
            .map_or(true, |m| m.is_some())
    }

    /// Where the earliest match in `input` ends (the first offset at which one is found), if
    /// any; 0 when the search gave up, which tells nothing of where matches are.
    pub(super) fn earliest_end(&self, input: &Input<'_>) -> Option<usize> {
        let mut cache = self.caches.get();
        self.dfa
            .try_search_fwd(&mut cache, &input.clone().earliest(true))
            .map_or(Some(0), |m| m.map(|m| m.offset()))
    }
}

impl Search {
    fn build(hirs: Vec<Hir>) -> Search {
        if let Some(search) = forward_search(&hirs) {
            return Search::Forward(Box::new(search));
        }
        // A pattern too big to compile is left out as one that never matches, so that the
        // others keep their index (a bug in a data file that the tests catch).
        let hirs: Vec<Hir> = hirs
            .into_iter()
            .map(|hir| match set_of(std::slice::from_ref(&hir)) {
                Some(_) => hir,
                None => Hir::fail(),
            })
            .collect();
        match forward_search(&hirs) {
            Some(search) => Search::Forward(Box::new(search)),
            None => Search::Set(set_of(&hirs).unwrap_or_else(RegexSet::empty)),
        }
    }

    fn is_match(&self, line: &str, anchored: bool) -> bool {
        match self {
            Search::Forward(search) => search.is_match(&input(line, anchored)),
            Search::Set(set) => set.is_match(line),
        }
    }

    fn matches(&self, line: &str, anchored: bool) -> Vec<usize> {
        match self {
            Search::Forward(search) => {
                let input = input(line, anchored);
                let mut found = regex_automata::PatternSet::new(search.dfa.pattern_len());
                let mut cache = search.caches.get();
                let all = search
                    .dfa
                    .try_which_overlapping_matches(&mut cache, &input, &mut found);
                if all.is_err() {
                    // Never happens (see `is_match`): every pattern is then checked exactly.
                    return (0..search.dfa.pattern_len()).collect();
                }
                found.iter().map(|p| p.as_usize()).collect()
            }
            Search::Set(set) => set.matches(line).into_iter().collect(),
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        match self {
            Search::Forward(search) => search.dfa.pattern_len(),
            Search::Set(set) => set.len(),
        }
    }
}

fn input(line: &str, anchored: bool) -> Input<'_> {
    let anchored = if anchored {
        Anchored::Yes
    } else {
        Anchored::No
    };
    Input::new(line).anchored(anchored)
}

fn set_of(hirs: &[Hir]) -> Option<RegexSet> {
    RegexSetBuilder::new(hirs.iter().map(Hir::to_string))
        .size_limit(NFA_SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
        .ok()
}

/// The one-pass search of every pattern, or `None` for patterns it cannot take: an empty match
/// (which a `RegexSet` would keep off the inside of a character) or a Unicode word boundary.
fn forward_search(hirs: &[Hir]) -> Option<PooledDfa> {
    let config = thompson::Config::new()
        .nfa_size_limit(Some(NFA_SIZE_LIMIT))
        .which_captures(WhichCaptures::None);
    let nfa = thompson::Compiler::new()
        .configure(config)
        .build_many_from_hir(hirs)
        .ok()?;
    if nfa.has_empty() || nfa.look_set_any().contains_word_unicode() {
        return None;
    }
    let config = DFA::config()
        .match_kind(MatchKind::All)
        .cache_capacity(DFA_SIZE_LIMIT);
    let dfa = DFA::builder().configure(config).build_from_nfa(nfa).ok()?;
    Some(PooledDfa::new(dfa))
}

/// A regex compiled the first time it is needed (`None` if it does not compile).
pub struct LazyRegex {
    pattern: String,
    regex: OnceLock<Option<Regex>>,
}

impl LazyRegex {
    /// `pattern`, or `None` when it does not parse.
    pub fn new(pattern: String) -> Option<LazyRegex> {
        regex_syntax::Parser::new().parse(&pattern).ok()?;
        let regex = OnceLock::new();
        Some(LazyRegex { pattern, regex })
    }

    pub fn get(&self) -> Option<&Regex> {
        let regex = self.regex.get_or_init(|| {
            RegexBuilder::new(&self.pattern)
                .size_limit(NFA_SIZE_LIMIT)
                .dfa_size_limit(DFA_SIZE_LIMIT)
                .build()
                .ok()
        });
        regex.as_ref()
    }

    #[cfg(test)]
    pub fn is_compiled(&self) -> bool {
        self.regex.get().is_some()
    }
}

impl PatternSet {
    /// The set of `entries`' patterns, with the tags of those it holds, in order. A pattern that
    /// does not parse is left out with its tag (a bug in a data file that the tests catch).
    /// Word boundaries are ASCII ones: a Unicode `\b` forces the slow matcher on non-ASCII text.
    pub fn build<T>(entries: Vec<(&str, T)>) -> (PatternSet, Vec<T>) {
        let exact_chars = exact_chars();
        let mut other_chars = exact_chars.clone();
        other_chars.negate();
        // The widened patterns of each group (unanchored, anchored), with their indexes.
        let mut widened: [(Vec<Hir>, Vec<usize>); 2] = Default::default();
        let mut exact = Vec::new();
        let mut tags = Vec::new();
        for (pattern, tag) in entries {
            let pattern = pattern.replace("\\b", "(?-u:\\b)");
            let Ok(hir) = regex_syntax::Parser::new().parse(&pattern) else {
                continue;
            };
            let (hir, changed) = widen(hir, &exact_chars, &other_chars);
            // One opening on a run across words (`^[^?]* à nous`) reads as far as the others:
            // it goes with them, not into a second reading of the line.
            let anchored = hir.properties().look_set_prefix().contains(Look::Start)
                && !opens_on_a_run_across_words(&hir);
            let group = &mut widened[usize::from(anchored)];
            group.0.push(hir);
            group.1.push(exact.len());
            let regex = OnceLock::new();
            exact.push(changed.then_some(LazyRegex { pattern, regex }));
            tags.push(tag);
        }
        let groups = widened
            .into_iter()
            .zip([false, true])
            .filter(|((hirs, _), _)| !hirs.is_empty())
            .map(|((hirs, indexes), anchored)| Group {
                search: Search::build(hirs),
                anchored,
                indexes,
            })
            .collect();
        (PatternSet { groups, exact }, tags)
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.search.len()).sum()
    }

    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn is_match(&self, line: &str) -> bool {
        // Most lines match nothing: a plain search is much cheaper than listing matches.
        let widened = self
            .groups
            .iter()
            .any(|g| g.search.is_match(line, g.anchored));
        widened && (is_exact_line(line) || self.matches(line).next().is_some())
    }

    /// The indexes of the patterns that match `line`, in order.
    pub fn matches<'a>(&'a self, line: &'a str) -> impl Iterator<Item = usize> + 'a {
        let exact_line = is_exact_line(line);
        let mut found = Vec::new();
        for group in &self.groups {
            let matched = group.search.matches(line, group.anchored).into_iter();
            found.extend(matched.map(|index| group.indexes[index]));
        }
        // Each group's are in order, not the whole.
        if self.groups.len() > 1 {
            found.sort_unstable();
        }
        found
            .into_iter()
            .filter(move |&index| exact_line || self.exact_match(index, line))
    }

    fn exact_match(&self, index: usize, line: &str) -> bool {
        let Some(exact) = &self.exact[index] else {
            return true;
        };
        exact.get().is_none_or(|regex| regex.is_match(line))
    }

    /// How many exact forms have been compiled (tests show that it is done lazily).
    #[cfg(test)]
    pub fn exact_compiled(&self) -> usize {
        let exact = self.exact.iter().flatten();
        exact.filter(|e| e.is_compiled()).count()
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

/// Whether the first thing `hir` matches (after its `^`) is an unbounded run that can take
/// spaces, and so go on to the end of a line.
fn opens_on_a_run_across_words(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Concat(subs) => subs
            .iter()
            .find(|sub| !matches!(sub.kind(), HirKind::Look(_)))
            .is_some_and(opens_on_a_run_across_words),
        HirKind::Capture(cap) => opens_on_a_run_across_words(&cap.sub),
        HirKind::Repetition(rep) if rep.max.is_none() => match rep.sub.kind() {
            HirKind::Class(Class::Unicode(class)) => class
                .ranges()
                .iter()
                .any(|r| r.start() <= ' ' && ' ' <= r.end()),
            HirKind::Class(Class::Bytes(class)) => class
                .ranges()
                .iter()
                .any(|r| r.start() <= b' ' && b' ' <= r.end()),
            _ => false,
        },
        _ => false,
    }
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
