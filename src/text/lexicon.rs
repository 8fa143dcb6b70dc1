//! The word lists every stage reads: stop words, speech verbs, titles and their modifiers,
//! hedges, the words that mark a past-tense report, the words that shape a timeline label,
//! post-nominal letters, nouns for kinds of people, the words after a clock figure ("a.m.",
//! "pm", time zones) and the named times of day ("noon", "midnight"), the seasons with their
//! months, the words that make "a ... day" a kind of day ("working", "full"), number
//! words ("seven", "dozen"), month and weekday names (those two kept
//! with the dates in `crate::date`, so that the body stage reads them without reaching into
//! this later stage); and `List`, the one type any
//! stage's own closed word class is kept in.
//!
//! The shared lists are data, one file each under `src/text/data/` (one entry a line, `#` for
//! comments, folded: lower case, no accents), so a word is added in one place and every stage
//! that reads the list sees it. Where stages read a list for different purposes, each entry says
//! which uses it has ("said  speech agent report"); a stage asks for the words of one use. A
//! `List` answers membership in constant time: short lists are searched directly, longer ones
//! are hashed once, on the first question, and kept for the rest of the run.

use super::wordset::{FastMap, FastSet};
use std::sync::OnceLock;

// Month and weekday names are calendar knowledge, kept with the dates below the stages (their
// data files are here, in `data/`, with the other word lists).
pub(crate) use crate::date::{is_month_abbreviation, is_month_name, is_weekday_name, month};

const STOPWORDS: &str = include_str!("data/stopwords.txt");
const SPEECH_VERBS: &str = include_str!("data/speech_verbs.txt");
const TITLES: &str = include_str!("data/titles.txt");
const TITLE_MODIFIERS: &str = include_str!("data/title_modifiers.txt");
const HEDGES: &str = include_str!("data/hedges.txt");
const TENSE_WORDS: &str = include_str!("data/tense_words.txt");
const LABEL_WORDS: &str = include_str!("data/label_words.txt");
const POSTNOMINALS: &str = include_str!("data/postnominals.txt");
const PERSON_NOUNS: &str = include_str!("data/person_nouns.txt");
const CLOCK_WORDS: &str = include_str!("data/clock_words.txt");
const DAY_KINDS: &str = include_str!("data/day_kinds.txt");
const NUMBER_WORDS: &str = include_str!("data/number_words.txt");
const SEASONS: &str = include_str!("data/seasons.txt");

/// Lists this short are searched directly: faster than hashing.
const SHORT: usize = 8;

/// A fixed list of folded words, asked whether it holds a word.
pub(crate) struct List {
    words: Words,
    /// The words hashed, built on the first question to a long list.
    set: OnceLock<FastSet<&'static str>>,
}

enum Words {
    /// Written in the code.
    Slice(&'static [&'static str]),
    /// The entries of a data file, every one or only those marked with a use.
    File { text: &'static str, tag: Option<&'static str> },
}

impl List {
    /// A list written in the code.
    pub(crate) const fn of(words: &'static [&'static str]) -> List {
        List { words: Words::Slice(words), set: OnceLock::new() }
    }

    /// The entries of a data file marked with the use `tag`.
    pub(crate) const fn tagged(text: &'static str, tag: &'static str) -> List {
        List { words: Words::File { text, tag: Some(tag) }, set: OnceLock::new() }
    }

    /// Every entry of a data file, whatever its uses.
    pub(crate) const fn all(text: &'static str) -> List {
        List { words: Words::File { text, tag: None }, set: OnceLock::new() }
    }

    /// The words, in the order written.
    pub(crate) fn words(&self) -> Box<dyn Iterator<Item = &'static str> + '_> {
        match self.words {
            Words::Slice(words) => Box::new(words.iter().copied()),
            Words::File { text, tag } => Box::new(
                entries(text).filter(move |(_, tags)| tag.is_none_or(|t| tags.split_whitespace().any(|x| x == t))).map(|(w, _)| w),
            ),
        }
    }

    /// Whether the list holds `word` (compared as written: fold the word first).
    pub(crate) fn contains(&self, word: &str) -> bool {
        if let Words::Slice(words) = self.words {
            if words.len() <= SHORT {
                return words.contains(&word);
            }
        }
        self.set.get_or_init(|| self.words().collect()).contains(word)
    }
}

/// The entries of a data file: each line's first field and the rest, comments and blank lines
/// left out. Fields are separated by a tab when the line has one (entries of several words),
/// otherwise by white space.
fn entries(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| {
        let (head, rest) = l.split_once('\t').or_else(|| l.split_once(' ')).unwrap_or((l, ""));
        (head.trim(), rest.trim())
    })
}

/// Stop words: function words and newsroom fillers. `use_` is one of the uses of
/// `data/stopwords.txt`: "topic", "name", "label".
pub(crate) const fn stopwords(use_: &'static str) -> List {
    List::tagged(STOPWORDS, use_)
}

/// Verbs of speech and reporting. `use_` is one of the uses of `data/speech_verbs.txt`:
/// "speech", "agent", "report", "source", "aside", "credit", "to", "hearsay".
pub(crate) const fn speech_verbs(use_: &'static str) -> List {
    List::tagged(SPEECH_VERBS, use_)
}

/// Titles of office and role. `use_` is one of the uses of `data/titles.txt`: "office", "role".
pub(crate) const fn titles(use_: &'static str) -> List {
    List::tagged(TITLES, use_)
}

/// Words that qualify a title. `use_` as for `titles`.
pub(crate) const fn title_modifiers(use_: &'static str) -> List {
    List::tagged(TITLE_MODIFIERS, use_)
}

/// Words that say a sentence reports the past or looks ahead. `use_` is one of the uses of
/// `data/tense_words.txt`: "past", "not-past", "future".
pub(crate) const fn tense_words(use_: &'static str) -> List {
    List::tagged(TENSE_WORDS, use_)
}

/// Words that shape a timeline label. `use_` is one of the uses of `data/label_words.txt`:
/// "date-preposition", "opener", "connective", "relative".
pub(crate) const fn label_words(use_: &'static str) -> List {
    List::tagged(LABEL_WORDS, use_)
}

/// Post-nominal letters written after a person's name ("QC", "MP", "PhD"), of every kind that
/// `data/postnominals.txt` marks (honour, counsel, member, degree, fellow, other).
pub(crate) const fn postnominals() -> List {
    List::all(POSTNOMINALS)
}

/// Plural nouns for kinds of people ("artists", "players", "gods"), from `data/person_nouns.txt`.
pub(crate) const fn person_nouns() -> List {
    List::all(PERSON_NOUNS)
}

/// Which half of the day a word after a clock figure says it counts in ("4 p.m.", "11 am"):
/// `Some(true)` after noon, `Some(false)` before it, `None` for any other word. From
/// `data/clock_words.txt`; the word folded or lower-cased.
pub(crate) fn meridiem(word: &str) -> Option<bool> {
    static AM: List = List::tagged(CLOCK_WORDS, "am");
    static PM: List = List::tagged(CLOCK_WORDS, "pm");
    if AM.contains(word) {
        Some(false)
    } else if PM.contains(word) {
        Some(true)
    } else {
        None
    }
}

/// Words written after a clock figure, of the use `use_` of `data/clock_words.txt`: "am",
/// "pm", "zone" (a time zone's abbreviation: "GMT", "EST"), "hours" ("hrs").
pub(crate) const fn clock_words(use_: &'static str) -> List {
    List::tagged(CLOCK_WORDS, use_)
}

/// The minutes after midnight of a time of day named by a word ("noon", "midday": 720;
/// "midnight": 0), from `data/clock_words.txt`.
pub(crate) fn named_time(word: &str) -> Option<u16> {
    static NOON: List = List::tagged(CLOCK_WORDS, "noon");
    static MIDNIGHT: List = List::tagged(CLOCK_WORDS, "midnight");
    if NOON.contains(word) {
        Some(720)
    } else if MIDNIGHT.contains(word) {
        Some(0)
    } else {
        None
    }
}

/// A season's name and its first and last month, when it has them within one year.
type Season = (&'static str, Option<(u8, u8)>);

/// The seasons of `data/seasons.txt`, each with its first and last month of the northern year
/// (none for winter, which spans two years), read once.
fn seasons() -> &'static [Season] {
    static SEASON_LIST: OnceLock<Vec<Season>> = OnceLock::new();
    SEASON_LIST.get_or_init(|| {
        entries(SEASONS)
            .map(|(w, months)| {
                let span = months.split_once(' ').and_then(|(first, last)| Some((first.trim().parse().ok()?, last.trim().parse().ok()?)));
                (w, span)
            })
            .collect()
    })
}

/// Whether a folded word names a season ("summer", "fall"), from `data/seasons.txt`.
pub(crate) fn is_season(word: &str) -> bool {
    seasons().iter().any(|(w, _)| *w == word)
}

/// The first and last month of a season of the northern year ("summer": June to August); winter,
/// which spans two years, has none. From `data/seasons.txt`.
pub(crate) fn season_months(word: &str) -> Option<(u8, u8)> {
    seasons().iter().find(|(w, _)| *w == word).and_then(|&(_, span)| span)
}

/// Words that between "a" and "day" tell a kind or length of day ("a working day", "a full
/// day"), from `data/day_kinds.txt`.
pub(crate) const fn day_kinds() -> List {
    List::all(DAY_KINDS)
}

/// The value of a cardinal number written as one word ("seven", "forty", "dozen", "a"), from
/// `data/number_words.txt`.
pub(crate) fn number_word(word: &str) -> Option<f64> {
    static VALUES: OnceLock<FastMap<&'static str, f64>> = OnceLock::new();
    let values = VALUES.get_or_init(|| entries(NUMBER_WORDS).filter_map(|(w, v)| Some((w, v.parse().ok()?))).collect());
    values.get(word).copied()
}

/// Which side of a number a hedge leaves open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// The true value may be higher ("more than").
    Above,
    /// It may be lower ("nearly").
    Below,
    /// Either way ("around").
    About,
}

/// The hedges written before a number, in the order they are tried, with the side each leaves open.
pub(crate) fn hedges() -> &'static [(&'static str, Side)] {
    static HEDGE_LIST: OnceLock<Vec<(&'static str, Side)>> = OnceLock::new();
    HEDGE_LIST.get_or_init(|| {
        entries(HEDGES)
            .filter_map(|(phrase, side)| {
                let side = match side {
                    "above" => Side::Above,
                    "below" => Side::Below,
                    "about" => Side::About,
                    _ => return None,
                };
                Some((phrase, side))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The uses each tagged file documents in its header.
    const FILES: &[(&str, &str, &[&str])] = &[
        ("stopwords", STOPWORDS, &["topic", "name", "label"]),
        ("speech_verbs", SPEECH_VERBS, &["speech", "agent", "report", "source", "aside", "credit", "to", "hearsay"]),
        ("titles", TITLES, &["office", "role"]),
        ("title_modifiers", TITLE_MODIFIERS, &["office", "role"]),
        ("tense_words", TENSE_WORDS, &["past", "not-past", "future"]),
        ("label_words", LABEL_WORDS, &["date-preposition", "opener", "connective", "relative"]),
        ("postnominals", POSTNOMINALS, &["honour", "counsel", "member", "degree", "fellow", "other"]),
        ("clock_words", CLOCK_WORDS, &["am", "pm", "zone", "hours", "noon", "midnight"]),
    ];

    #[test]
    fn tagged_files_are_sorted_folded_and_use_only_their_documented_uses() {
        for (name, text, uses) in FILES {
            let rows: Vec<_> = entries(text).collect();
            assert!(!rows.is_empty(), "{name} is empty");
            for pair in rows.windows(2) {
                assert!(pair[0].0 < pair[1].0, "{name}: {:?} before {:?}", pair[0].0, pair[1].0);
            }
            for (word, tags) in rows {
                assert_eq!(super::super::fold(word), word, "{name}: {word} is not folded");
                assert!(!tags.is_empty(), "{name}: {word} has no use");
                for t in tags.split_whitespace() {
                    assert!(uses.contains(&t), "{name}: {word} has the unknown use {t}");
                }
            }
        }
    }

    #[test]
    fn plain_files_are_sorted_and_folded() {
        for (name, text) in [("person_nouns", PERSON_NOUNS), ("day_kinds", DAY_KINDS)] {
            let rows: Vec<_> = entries(text).collect();
            assert!(!rows.is_empty(), "{name} is empty");
            for pair in rows.windows(2) {
                assert!(pair[0].0 < pair[1].0, "{name}: {:?} before {:?}", pair[0].0, pair[1].0);
            }
            for (word, rest) in rows {
                assert_eq!(super::super::fold(word), word, "{name}: {word} is not folded");
                assert!(rest.is_empty(), "{name}: {word} carries more than a word");
            }
        }
        assert!(person_nouns().contains("artists") && !person_nouns().contains("cities"));
        assert!(day_kinds().contains("working") && !day_kinds().contains("great"));
    }

    #[test]
    fn a_list_of_one_use_holds_exactly_the_words_marked_with_it() {
        let speech = speech_verbs("speech");
        let agent = speech_verbs("agent");
        assert!(speech.contains("said") && agent.contains("said"));
        assert!(agent.contains("met") && !speech.contains("met"));
        assert!(speech_verbs("source").contains("said") && speech_verbs("aside").contains("according"));
        assert!(!speech.contains("according") && !agent.contains("adding"));
        assert!(tense_words("past").contains("ago") && tense_words("not-past").contains("expected"));
        assert!(!tense_words("past").contains("expected"));
        assert!(label_words("opener").contains("during") && !label_words("connective").contains("during"));
        assert!(label_words("relative").contains("which") && label_words("date-preposition").contains("since"));
        assert!(!speech.contains("Said") && !speech.contains("speech"));
        assert!(stopwords("name").contains("the") && !stopwords("name").contains("said"));
        assert!(titles("role").contains("president") && !titles("office").contains("reporter"));
        assert!(postnominals().contains("qc") && postnominals().contains("phd") && !postnominals().contains("qcs"));
        assert_eq!(meridiem("p.m."), Some(true));
        assert_eq!(meridiem("am"), Some(false));
        assert_eq!(meridiem("a.m"), Some(false));
        assert_eq!(meridiem("noon"), None);
        assert!(clock_words("zone").contains("gmt") && !clock_words("zone").contains("pm"));
        assert_eq!((named_time("midday"), named_time("midnight"), named_time("night")), (Some(720), Some(0), None));
        assert_eq!((season_months("fall"), season_months("winter")), (Some((9, 11)), None));
        assert!(is_season("winter") && !is_season("monsoonx"));
        let seasons: Vec<_> = entries(SEASONS).map(|(w, _)| w).collect();
        assert!(seasons.windows(2).all(|p| p[0] < p[1]), "seasons are sorted");
        let short = List::of(&["a", "b"]);
        assert!(short.contains("b") && !short.contains("c"));
        let long = List::of(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
        assert!(long.contains("j") && !long.contains("k"));
    }

    #[test]
    fn every_number_word_has_a_value_and_the_file_is_sorted() {
        let rows: Vec<_> = entries(NUMBER_WORDS).collect();
        for pair in rows.windows(2) {
            assert!(pair[0].0 < pair[1].0, "number_words: {:?} before {:?}", pair[0].0, pair[1].0);
        }
        for (w, v) in &rows {
            assert!(v.parse::<f64>().is_ok(), "number_words: {w} has no value");
            assert_eq!(super::super::fold(w), *w);
        }
        assert_eq!(number_word("forty"), Some(40.0));
        assert_eq!(number_word("an"), Some(1.0));
        assert_eq!(number_word("hundred"), None);
    }

    #[test]
    fn every_hedge_line_is_read_and_none_repeats() {
        let lines = entries(HEDGES).count();
        let hedges = hedges();
        assert_eq!(hedges.len(), lines, "a hedge line has an unknown side");
        for (i, (p, _)) in hedges.iter().enumerate() {
            assert!(!hedges[..i].iter().any(|(q, _)| q == p), "{p} is listed twice");
        }
        assert!(hedges.contains(&("more than", Side::Above)));
    }
}
