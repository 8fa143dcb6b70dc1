//! The slot a reported figure fills: what it counts or measures, read from the words around it.
//!
//! Takes a clause's words and one of its quantities; hands on the figure's `FigureSlot` ("killed",
//! counted in people; "depth", in distance units), or `None` when nothing near the figure says
//! what it is (then it stays part of its statement). The vocabulary is data, `data/slots.txt`:
//! the same slot in many wordings ("5,000 dead", "killing 5,000", "the death toll rose to
//! 5,000") is one line of that file, so a new kind of figure is a new line, not new code. A
//! person's age is read from its word right next to the figure ("68-year-old", "aged 68") or
//! from its place, set off by commas after a name ("Connolly, 68,"); the table gives it to the
//! person named there.

use super::quantity::{Quantity, Unit};
use super::Word;
use crate::text::TokenKind;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The vocabulary file: `[what]`, `[people]`, `[units]` and `[shares]` sections of `slot<TAB>words`.
const SLOTS: &str = include_str!("data/slots.txt");

/// How far from a figure, in words, a slot word still speaks for it. Twelve words cover a
/// figure and its verb phrase in either order ("the death toll in the city has risen to 5,000",
/// "5,000 people are feared to have died"), and stop short of the next clause's subject.
const REACH: usize = 12;

/// Counted words that say nothing of what is counted (besides the `[people]` nouns of the file).
const GENERIC_NOUNS: &[&str] = &["times", "cases", "percent", "so", "far", "more", "less", "of", "new", "total"];

/// The slot of a person's age. Its words ("68-year-old", "aged 68") speak only for the figure
/// right next to them (`AGE_REACH`), so a time later in the clause ("the 23-year-old's time of
/// 2:01:09") is not an age.
pub(crate) const AGE: &str = "age";

/// How near an age word must be: "aged 68" (one word), "68-year-old" (the hyphen between).
const AGE_REACH: usize = 2;

/// How near a `[times]` word must be: "finished second in 2:04:02" (three words), "with a time
/// of", "clocking in at"; a preposition among them ("by 35 seconds") only right before it.
const TIMES_REACH: usize = 3;

/// The longest length of time a `[times]` word speaks for: a race's or a match's time or margin
/// is of seconds to hours; "for the first time in 2 years" is no one's race.
const RACE_HOURS: f64 = 24.0;

/// The slot of a length of time written as a clock ("2:00:35", "2:04.02") that no word around
/// it names: a participant's time in a race.
const FINISH: &str = "finish";

/// Whether figures of slot `what` are a participant's own (an age, a race time, a margin): they
/// compare only with figures of the same person, so one with no person named is compared with
/// none.
pub(crate) fn needs_person(what: &str) -> bool {
    what == AGE || vocabulary().words.values().any(|(s, sec)| *sec == Section::Times && *s == what)
}

/// The oldest age a bare figure after a name can be ("Connolly, 68,").
const OLDEST: f64 = 120.0;

/// Whether the figure at words `first..=last` stands set off by commas right after a name, as
/// an age does ("Catherine Connolly, 68, won"): a whole number of a lifetime, no unit.
fn apposed_age(words: &[Word], first: usize, last: usize, q: &Quantity) -> bool {
    let whole = q.value.is_some_and(|v| v.fract() == 0.0 && (1.0..=OLDEST).contains(&v)) && q.unit == Unit::Count(String::new());
    let comma = |k: Option<usize>| k.and_then(|k| words.get(k)).is_some_and(|w| w.text == ",");
    let name_before = first.checked_sub(2).and_then(|k| words.get(k)).is_some_and(|w| w.kind == TokenKind::Word && super::is_name_word(w));
    whole && first == last && comma(first.checked_sub(1)) && comma(Some(last + 1)) && name_before
}

/// Words that join two parts of a clause, each with a figure of its own ("killing four and
/// wounding nine", "three dead, 30 injured"): a slot word past one of them is a nearer figure's
/// before it is this one's.
const JOINS: &[&str] = &[",", ";", "and", "but", "while", "whereas", "—", "–"];

/// Words after a distance that make it a distance from a place.
const FROM: &[&str] = &["from", "away", "off", "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"];

/// Whether a folded word reads as a plural noun ("dams", "MEPs", "casualties"), not a verb form.
fn is_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("'s") && w.chars().all(char::is_alphabetic)
}

/// One name for a currency however it is written ("$", "dollars", "usd" -> "dollar").
pub(crate) fn currency(c: &str) -> &str {
    match c {
        "$" | "usd" | "dollar" => "dollar",
        "€" | "eur" | "euro" => "euro",
        "£" | "gbp" | "pound" => "pound",
        "¥" | "yen" => "yen",
        "₽" | "ruble" | "rouble" => "ruble",
        "₹" | "rs" | "inr" | "rupee" => "rupee",
        other => other,
    }
}

/// What a figure is a value of.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FigureSlot {
    /// What it counts or measures ("killed", "depth", "count:dam"), as named in the vocabulary.
    pub what: String,
    /// How it is measured: "count", "percent", "money", "time", or a unit slot ("distance").
    pub measure: String,
}

impl FigureSlot {
    /// The slot as one key ("killed/count").
    pub fn key(&self) -> String {
        format!("{}/{}", self.what, self.measure)
    }
}

/// Which section of the vocabulary a word is listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// What a figure counts or measures.
    What,
    /// Nouns that count people.
    People,
    /// Units of measure.
    Units,
    /// Verbs that give a share its slot ("won 29%", "garnered 29.5 per cent"): they speak for
    /// a percentage only, never for a count, a sum or a time ("won by 35 seconds").
    Shares,
    /// Words that give a length of time its slot as a participant's time or margin in a race
    /// or match ("clocked 2:00:35", "won by 35 seconds", "3:27 minutes ahead"): they speak for
    /// a length shorter than `RACE_HOURS`, within `TIMES_REACH` words.
    Times,
}

/// The vocabulary: folded word -> (slot, section), the unit a slot's bare figures are written in,
/// and the slots a slot's words narrow when
/// written right before theirs.
struct Vocabulary {
    words: BTreeMap<&'static str, (&'static str, Section)>,
    narrows: BTreeMap<&'static str, Vec<&'static str>>,
    measured: BTreeMap<&'static str, &'static str>,
}

/// Problems in the vocabulary file (reported by its test; a word listed twice keeps its first slot).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum VocabularyError {
    /// A word listed under two slots.
    Repeated(String),
    /// A line outside a section or without a tab.
    Malformed(String),
}

impl std::fmt::Display for VocabularyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VocabularyError::Repeated(w) => write!(f, "slot word listed twice: {w}"),
            VocabularyError::Malformed(l) => write!(f, "slot line not understood: {l}"),
        }
    }
}

fn parse(text: &'static str) -> (Vocabulary, Vec<VocabularyError>) {
    let mut words = BTreeMap::new();
    let mut narrows: BTreeMap<&'static str, Vec<&'static str>> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut section: Option<Section> = None;
    let mut narrowing = false;
    let mut measured = BTreeMap::new();
    let mut measuring = false;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line {
            "[what]" => (section, narrowing, measuring) = (Some(Section::What), false, false),
            "[people]" => (section, narrowing, measuring) = (Some(Section::People), false, false),
            "[units]" => (section, narrowing, measuring) = (Some(Section::Units), false, false),
            "[shares]" => (section, narrowing, measuring) = (Some(Section::Shares), false, false),
            "[times]" => (section, narrowing, measuring) = (Some(Section::Times), false, false),
            "[narrows]" => (section, narrowing, measuring) = (None, true, false),
            "[measured]" => (section, narrowing, measuring) = (None, false, true),
            _ if measuring => {
                let Some((slot, unit)) = line.split_once('\t') else {
                    errors.push(VocabularyError::Malformed(line.to_string()));
                    continue;
                };
                measured.insert(slot.trim(), unit.trim());
            }
            _ if narrowing => {
                let Some((slot, list)) = line.split_once('\t') else {
                    errors.push(VocabularyError::Malformed(line.to_string()));
                    continue;
                };
                narrows.entry(slot.trim()).or_default().extend(list.split_whitespace());
            }
            _ => {
                let (Some(unit), Some((slot, list))) = (section, line.split_once('\t')) else {
                    errors.push(VocabularyError::Malformed(line.to_string()));
                    continue;
                };
                for w in list.split_whitespace() {
                    if words.insert(w, (slot.trim(), unit)).is_some() {
                        errors.push(VocabularyError::Repeated(w.to_string()));
                    }
                }
            }
        }
    }
    (Vocabulary { words, narrows, measured }, errors)
}

fn vocabulary() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| parse(SLOTS).0)
}

/// The vocabulary file's problems, for its test.
#[cfg(test)]
pub(crate) fn vocabulary_errors() -> Vec<VocabularyError> {
    parse(SLOTS).1
}

/// The slot a folded word names, and its section.
pub(crate) fn slot_of_word(w: &str) -> Option<(&'static str, Section)> {
    vocabulary().words.get(w).copied()
}

/// The unit (a folded word of the `[units]` section, "km") a bare figure of slot `what` is
/// written in, from the `[measured]` section of the file.
pub(crate) fn measured_unit(what: &str) -> Option<&'static str> {
    vocabulary().measured.get(what).copied()
}

/// Whether a word of slot `qualifier` written right before a word of slot `head` names the
/// narrower slot ("spoiled votes" are spoiled, not votes).
fn narrows(qualifier: &str, head: &str) -> bool {
    vocabulary().narrows.get(qualifier).is_some_and(|v| v.contains(&head))
}

/// The slot of quantity `q` among the clause's words, or `None` when no word near it says.
pub(crate) fn slot_of(words: &[Word], q: &Quantity) -> Option<FigureSlot> {
    // the figure's words: from its first to its last (the counted noun or unit, if any)
    let first = words.iter().position(|w| w.span.start >= q.span.start)?;
    let last = words.iter().rposition(|w| w.span.end <= q.span.end)?;
    let counted = words.get(last).filter(|w| w.kind == TokenKind::Word);
    let mut measure = match &q.unit {
        Unit::Percent => "percent".to_string(),
        Unit::Money(c) => format!("money:{}", currency(c)),
        Unit::Time => "time".to_string(),
        Unit::Count(_) => "count".to_string(),
    };
    let mut what: Option<&str> = None;
    if apposed_age(words, first, last, q) {
        return Some(FigureSlot { what: AGE.to_string(), measure });
    }
    if let Some(w) = counted {
        match slot_of_word(&w.fold) {
            Some((s, Section::Units)) if matches!(q.unit, Unit::Count(_)) => measure = s.to_string(),
            Some((s, Section::What)) => what = Some(s),
            // a count of a named thing ("two dams", "43 constituencies") counts that thing,
            // whatever the clause goes on to say
            None if matches!(q.unit, Unit::Count(_)) && q.value.is_some() && is_plural(&w.fold) && !GENERIC_NOUNS.contains(&w.fold.as_str()) => {
                if let Unit::Count(stem) = &q.unit {
                    // "counts of capital murder" and "counts of first-degree murder" count two
                    // things: the first word after "of" says which
                    let of = words.get(last + 1).filter(|w| w.fold == "of").and_then(|_| words.get(last + 2));
                    let kind = of.filter(|w| w.kind == TokenKind::Word && !crate::claims::is_function_word(&w.fold));
                    let what = match kind {
                        Some(k) => format!("count:{stem} of {}", crate::text::words::stem(&k.fold)),
                        None => format!("count:{stem}"),
                    };
                    return Some(FigureSlot { what, measure });
                }
            }
            _ => {}
        }
    }
    let unit_measure = !matches!(measure.as_str(), "count" | "percent" | "time") && !measure.starts_with("money:");
    // a distance from somewhere ("130 km from the city", "10 km off the coast")
    // (past a restatement in brackets: "119 kilometres (74 miles) from the city")
    let mut next = last + 1;
    if words.get(next).is_some_and(|w| w.text == "(") {
        if let Some(close) = words.iter().skip(next).position(|w| w.text == ")") {
            next += close + 1;
        }
    }
    // (a bearing of two points too: "119 km east-southeast of the city")
    let from = |w: &str| FROM.contains(&w) || w.split('-').all(|p| FROM.contains(&p));
    if what.is_none() && unit_measure && words.get(next).is_some_and(|w| from(w.fold.as_str())) {
        what = Some("from");
    }
    if what.is_none() {
        // the nearest slot word outside the figure, either side, within reach
        let mut best: Option<((bool, usize), usize, &str)> = None;
        for (k, w) in words.iter().enumerate() {
            if (first..=last).contains(&k) || w.kind != TokenKind::Word {
                continue;
            }
            let d = if k < first { first - k } else { k - last };
            if d > REACH {
                continue;
            }
            let named = slot_of_word(&w.fold).filter(|(s, sec)| match sec {
                Section::What => *s != AGE || d <= AGE_REACH,
                Section::Shares => measure == "percent",
                Section::Times => {
                    let race = measure == "time" && q.value.is_some_and(|v| v < RACE_HOURS);
                    let preposition = crate::claims::is_function_word(&w.fold);
                    race && d <= TIMES_REACH && (!preposition || k + 1 == first)
                }
                _ => false,
            });
            if let Some((s, _)) = named {
                // a word across a join from the figure speaks for the other figure there
                // ("three are dead and at least 10 others were wounded": 10 were wounded)
                let between = if k < first { words.get(k + 1..first) } else { words.get(last + 1..k) };
                let rank = (between.unwrap_or(&[]).iter().any(|w| JOINS.contains(&w.fold.as_str())), d);
                if best.is_none_or(|(bd, _, _)| rank < bd) {
                    best = Some((rank, k, s));
                }
            }
        }
        // a slot word right before the nearest one may narrow it ("spoiled votes", "invalid
        // ballots"; the `[narrows]` section of the file): the narrower slot is the figure's
        what = best.map(|(_, k, s)| {
            k.checked_sub(1)
                .filter(|p| !(first..=last).contains(p))
                .and_then(|p| words.get(p))
                .and_then(|w| slot_of_word(&w.fold))
                .filter(|(q, sec)| *sec == Section::What && narrows(q, s))
                .map_or(s, |(q, _)| q)
        });
    }
    // a length of time after "for" ("partners for more than 80 years") is how long it lasted
    if what.is_none() && measure == "time" && first.checked_sub(1).and_then(|k| words.get(k)).is_some_and(|w| w.fold == "for") {
        what = Some("duration");
    }
    // a length written as a clock ("2:00:35") is a race time
    if what.is_none() && measure == "time" && words.get(first..=last).is_some_and(|f| f.iter().any(|w| w.text == ":")) {
        what = Some(FINISH);
    }
    let what = what?;
    // a bare figure of a slot measured in units ("at a relatively shallow depth of 19.3") is in
    // the slot's usual unit, so it meets "19.3 km" (the `[measured]` section of the file)
    if q.unit == Unit::Count(String::new()) && measure == "count" {
        if let Some((unit, Section::Units)) = measured_unit(what).and_then(slot_of_word) {
            measure = unit.to_string();
        }
    }
    Some(FigureSlot { what: what.to_string(), measure })
}
