//! Fast sets and maps keyed by short words, shared by every module that looks words up.
//!
//! `rustc-hash`'s Fx hasher: lookups are of short words, for which SipHash's setup dominates
//! the cost. No map is iterated in an order that shows in the output.

/// A set of words (or other short keys).
pub type WordSet<T> = rustc_hash::FxHashSet<T>;
/// A map keyed by words (or other short keys).
pub type WordMap<K, V> = rustc_hash::FxHashMap<K, V>;
