//! The hash sets and maps the word lists are kept in (`lexicon::List`, the gazetteers): keyed
//! by short words, hashed with FNV-1a. Nothing iterates them into the report.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: short words hash in a few nanoseconds (the standard hasher is built to resist
/// attackers, which a fixed word list does not need).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash set with the FNV hasher.
pub(crate) type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
/// A hash map with the FNV hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
