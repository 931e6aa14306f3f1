//! Fast sets and maps keyed by short words, shared by every module that looks words up.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: lookups are of short words, for which SipHash's setup dominates the cost.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A set of words (or other short keys) with the FNV hasher.
pub type WordSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
/// A map keyed by words (or other short keys) with the FNV hasher.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
