//! The shape of a name, for comparing spellings: its core words (particles such as "al-" or
//! "bin" set aside), a transliteration-tolerant skeleton of each, and the grouping of one
//! document's mentions into referents (a surname alone joins the full name used nearby).

use super::gazetteer as gz;
use super::lexicon::{self as lx, has};
use super::EntityKind;
use crate::span::ByteSpan;

/// A name split into its core words (folded, particles dropped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub core: Vec<String>,
    /// How many particles the name carries ("al-", "bin", "Abu").
    pub particles: usize,
}

/// A particle prefixed with a hyphen or apostrophe, and the rest of the word ("al-Sharaa" ->
/// ("al", "Sharaa")).
pub fn prefix_particle(w: &str) -> Option<(&str, &str)> {
    let cut = w.find(['-', '\'', '’', '\u{2010}', '\u{2011}'])?;
    let (head, rest) = w.split_at(cut);
    let rest = rest.get(rest.chars().next().map_or(0, char::len_utf8)..)?;
    (has(lx::PREFIX_PARTICLES, &head.to_lowercase()) && !rest.is_empty()).then_some((head, rest))
}

impl Name {
    pub fn parse(s: &str) -> Name {
        let mut core = Vec::new();
        let mut particles = 0;
        let words: Vec<&str> = s.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let k = gz::key(w);
            // A standalone particle ("bin", "Al Shara"), unless it is the whole name.
            if words.len() > 1 && i + 1 < words.len() && has(lx::NAME_PARTICLES, &k) {
                particles += 1;
                continue;
            }
            match prefix_particle(w) {
                Some((_, rest)) => {
                    particles += 1;
                    core.push(gz::key(rest));
                }
                None => core.push(k),
            }
        }
        Name { core, particles }
    }

    /// The skeleton of every core word, joined by spaces.
    pub fn skeleton(&self) -> String {
        self.core.iter().map(|w| skeleton(w)).collect::<Vec<_>>().join(" ")
    }
}

/// A transliteration-tolerant form of one folded word: "kh" and "h", "q" and "k", "ou" and "u",
/// "ee" and "i", "w" and "v", "ph" and "f" are one; doubled letters count once; every run of
/// vowels (and "y" inside a word) is one vowel. "Ahmad"/"Ahmed", "Tartus"/"Tartous",
/// "Hmeimim"/"Khmeimim", "Sharaa"/"Shara" share a skeleton.
pub fn skeleton(word: &str) -> String {
    let w: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut out = String::with_capacity(w.len());
    let mut prev: Option<char> = None;
    let mut i = 0;
    while i < w.len() {
        let c = w.get(i).copied().unwrap_or(' ');
        let n = w.get(i + 1).copied();
        let (m, step) = match (c, n) {
            ('k', Some('h')) => ('h', 2),
            ('p', Some('h')) => ('f', 2),
            ('c', Some('k')) => ('k', 2),
            ('q', _) | ('c', Some('a' | 'o' | 'u' | 'r' | 'l')) => ('k', 1),
            ('w', _) => ('v', 1),
            // The first letter keeps its identity ("Iran" and "Oran" differ).
            (v, _) if i == 0 && vowel(Some(v)) => (v, 1),
            ('y', _) if i > 0 => ('a', 1),
            ('a' | 'e' | 'i' | 'o' | 'u', _) => ('a', 1),
            _ => (c, 1),
        };
        // Doubled letters and runs of vowels count once.
        if prev != Some(m) && !(vowel(prev) && m == 'a') {
            out.push(m);
        }
        prev = Some(m);
        i += step;
    }
    out
}

fn vowel(c: Option<char>) -> bool {
    matches!(c, Some('a' | 'e' | 'i' | 'o' | 'u'))
}

/// Whether the last words of `long` are `short`, spelling variants allowed.
fn ends_with_skeleton(long: &[String], short: &[String]) -> bool {
    long.len() >= short.len()
        && long.iter().rev().zip(short.iter().rev()).all(|(a, b)| a == b || skeleton(a) == skeleton(b))
}

/// The initials of an organization's capitalised words ("Office of Foreign Assets Control" ->
/// "ofac").
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Groups one document's mentions into referents; returns a group id per mention (the index of
/// the group's first mention). Same name -> same group; a shorter name whose core words end a
/// longer person's name joins the nearest such person before it (else after it); an acronym
/// joins the organization it abbreviates; a country's short and long names join.
pub fn cluster_document(body: &str, mentions: &[(ByteSpan, EntityKind)]) -> Vec<usize> {
    let parsed: Vec<(String, Name)> =
        mentions.iter().map(|(s, _)| (gz::key(s.slice(body)), Name::parse(s.slice(body)))).collect();
    let mut group: Vec<usize> = (0..mentions.len()).collect();
    // Same folded name.
    for i in 0..mentions.len() {
        if let Some(j) = (0..i).find(|&j| parsed.get(j).map(|p| &p.0) == parsed.get(i).map(|p| &p.0)) {
            group[i] = group.get(j).copied().unwrap_or(j);
        }
    }
    for i in 0..mentions.len() {
        if group.get(i) != Some(&i) {
            continue;
        }
        let (Some((key_i, name_i)), Some(&(span_i, kind_i))) = (parsed.get(i), mentions.get(i)) else { continue };
        let text_i = span_i.slice(body);
        let mut best: Option<(usize, usize)> = None; // (distance rank, target)
        for (j, ((key_j, name_j), &(span_j, kind_j))) in parsed.iter().zip(mentions).enumerate() {
            if key_j == key_i {
                continue;
            }
            let text_j = span_j.slice(body);
            let variant = name_i.core.len() == name_j.core.len()
                && !name_i.core.is_empty()
                && name_i.skeleton() == name_j.skeleton()
                && kind_i == kind_j
                && !(gz::is_place(text_i) && gz::is_place(text_j));
            let joins = variant
                || (kind_j == EntityKind::Person
                && kind_i != EntityKind::Place
                && !name_i.core.is_empty()
                && name_i.core.len() < name_j.core.len()
                && ends_with_skeleton(&name_j.core, &name_i.core))
                || (kind_j == EntityKind::Organization
                    && super::find::is_acronym(text_i)
                    && text_j.split_whitespace().count() >= 2
                    && initials(text_j) == *key_i)
                || (gz::country(text_i).is_some()
                    && gz::country(text_i) == gz::country(text_j)
                    && text_j.len() > text_i.len());
            if !joins {
                continue;
            }
            // Nearest before, else nearest after.
            let rank = if span_j.start < span_i.start {
                span_i.start - span_j.start
            } else {
                usize::MAX / 2 + (span_j.start - span_i.start)
            };
            if best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, j));
            }
        }
        if let Some((_, j)) = best {
            let target = group.get(j).copied().unwrap_or(j);
            for g in group.iter_mut() {
                if *g == i {
                    *g = target;
                }
            }
        }
    }
    // Resolve chains (a short form joined to a name that itself joined another).
    for i in 0..group.len() {
        let mut g = group.get(i).copied().unwrap_or(i);
        let mut steps = 0;
        while group.get(g).is_some_and(|&h| h != g) && steps < group.len() {
            g = group.get(g).copied().unwrap_or(g);
            steps += 1;
        }
        if let Some(x) = group.get_mut(i) {
            *x = g;
        }
    }
    group
}
