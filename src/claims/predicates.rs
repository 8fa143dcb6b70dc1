//! Event classes: the many words news uses for one happening ("won", "victory", "elected").
//!
//! Takes a folded word; hands on the class it tells, read from `data/predicates.txt`, which
//! `terms_of` adds to a statement's topic words so that two outlets' wordings of one event share
//! a word for the table to align them by. The classes are data, one line each, so that a new
//! wording is a new word in the file, not new code.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The class file: `class<TAB>words` lines.
const PREDICATES: &str = include_str!("data/predicates.txt");

/// Parses the class file: word -> class, and the words listed twice (the first class stays).
fn parse(text: &'static str) -> (BTreeMap<&'static str, &'static str>, Vec<String>) {
    let mut words = BTreeMap::new();
    let mut problems = Vec::new();
    for line in text.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let Some((class, list)) = line.split_once('\t') else {
            problems.push(format!("no tab: {line}"));
            continue;
        };
        for w in list.split_whitespace() {
            if words.contains_key(w) {
                problems.push(format!("listed twice: {w}"));
            } else {
                words.insert(w, class.trim());
            }
        }
    }
    (words, problems)
}

fn classes() -> &'static BTreeMap<&'static str, &'static str> {
    static C: OnceLock<BTreeMap<&'static str, &'static str>> = OnceLock::new();
    C.get_or_init(|| parse(PREDICATES).0)
}

/// The event class a folded word tells, if the file lists it.
pub(crate) fn class_of(word: &str) -> Option<&'static str> {
    classes().get(word).copied()
}

/// The class file's problems, for its test.
#[cfg(test)]
pub(crate) fn problems() -> Vec<String> {
    parse(PREDICATES).1
}
