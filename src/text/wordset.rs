//! Membership in the fixed word lists of the later stages (stop words, title words, gazetteers),
//! in constant time: each list is hashed once, on first use, and kept for the rest of the run.
//! Lists are compared by their address, so any `&'static` list works unchanged.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: short words hash in a few nanoseconds (the standard hasher is built to resist
/// attackers, which a fixed word list does not need).
#[derive(Default)]
pub struct Fnv(u64);

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

pub type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Lists this short are searched directly: faster than hashing.
const SHORT: usize = 8;

thread_local! {
    static SETS: RefCell<FastMap<usize, &'static FastSet<&'static str>>> = RefCell::new(FastMap::default());
}

/// Whether `word` is one of `list`.
pub fn listed(list: &'static [&'static str], word: &str) -> bool {
    if list.len() <= SHORT {
        return list.contains(&word);
    }
    let set = SETS.with(|sets| {
        let addr = list.as_ptr() as usize;
        if let Some(set) = sets.borrow().get(&addr) {
            return Some(*set);
        }
        let set: &'static FastSet<&'static str> = Box::leak(Box::new(list.iter().copied().collect()));
        sets.try_borrow_mut().ok()?.insert(addr, set);
        Some(set)
    });
    match set {
        Some(s) => s.contains(word),
        None => list.contains(&word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    const OTHER: &[&str] = &["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"];

    #[test]
    fn finds_members_of_short_and_long_lists() {
        assert!(listed(LONG, "seven"));
        assert!(!listed(LONG, "Seven"));
        assert!(!listed(LONG, "eleven"));
        assert!(listed(&["a", "b"], "b"));
        assert!(!listed(&["a", "b"], "c"));
        // two lists never share a set
        assert!(listed(OTHER, "theta") && !listed(OTHER, "seven") && !listed(LONG, "theta"));
    }
}
