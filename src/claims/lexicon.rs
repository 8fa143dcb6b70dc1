//! Word lists the claim reader relies on, all folded (lower case, no accents).
//!
//! Small closed classes of English news prose: function words, reporting verbs, titles, hedges,
//! modal markers and number words. Open classes (names, topics) are never listed here. Stop
//! words, speech verbs, titles, hedges and number words are the shared lists of `text::lexicon` (their data
//! files under `src/text/data/`); the claim reader's own classes are written here, sorted
//! without repeats (a test checks it).

pub(super) use crate::text::lexicon::List;
use crate::text::lexicon::{self, Side};

/// Function words and newsroom fillers that say nothing about what a claim is about.
pub(super) static STOPWORDS: List = lexicon::stopwords("topic");

/// Verbs that introduce reported speech (folded, any inflection listed).
pub(super) static SAY_VERBS: List = lexicon::speech_verbs("speech");

/// Verbs that, after a source, credit a short clause to it ("officials said").
pub(super) static CREDIT_VERBS: List = lexicon::speech_verbs("credit");

/// Verbs whose object is the one spoken to ("a source told Reuters").
pub(super) static TOLD_VERBS: List = lexicon::speech_verbs("to");

/// Words that make a figure one that is not settled: a forecast ("could reach 20,000"), a
/// request ("prosecutors sought five years") or a limit ("faces up to ten years").
pub(super) static FORECAST: List = List::of(&[
    "can", "could", "demanded", "expect", "expected", "expects", "face", "faces", "facing", "forecast", "likely",
    "may", "might", "predicted", "projected", "proposed", "requested", "seeking", "sought", "warned", "warning",
    "warns", "would",
]);

/// Words that make every figure after them in their clause a forecast: a warning is of what
/// may come ("warned that waves of up to three metres could hit", "a warning that waves up to
/// three metres high were threatening the coast").
pub(super) static WARNING: List = List::of(&["warn", "warned", "warning", "warnings", "warns"]);

/// Words after a figure that give it to another place than the story's ("killed 170 people
/// elsewhere in the country").
pub(super) static ELSEWHERE: List = List::of(&["elsewhere"]);

/// Verbs of asking for a figure ("prosecutors had requested a sentence of five years, a
/// €300,000 fine and a ban"): every figure after them in their clause is asked for, not settled.
pub(super) static REQUEST: List = List::of(&["asked", "demanded", "demanding", "proposed", "requested", "seeking", "sought"]);

/// Words that mark a figure as one of an earlier fact than the story's own ("the previous
/// record of", "was previously fined", "the prior toll", "the old record of").
pub(super) static PREVIOUS: List = List::of(&["earlier", "formerly", "initial", "initially", "old", "preliminary", "previous", "previously", "prior"]);

/// Nouns that name a public office or role, written before a person's name.
pub(super) static TITLES: List = lexicon::titles("office");

/// Words that qualify a title ("interim President", "former Prime Minister").
pub(super) static TITLE_MODIFIERS: List = lexicon::title_modifiers("office");

/// Title qualifiers that say how a person holds an office, not which office it is ("acting",
/// "former", "interim"): never the first word of an organisation's name.
pub(super) static TENURE: List = List::of(&[
    "acting", "caretaker", "current", "deposed", "designate", "ex", "exiled", "former", "incoming", "incumbent",
    "interim", "late", "ousted", "outgoing", "provisional", "sitting", "temporary", "then", "transitional",
]);

/// Words that mark a clause as hearsay: the outlet does not vouch for it.
pub(super) static REPORTED: List = List::of(&[
    "allegedly", "apparently", "purportedly", "reportedly", "rumored", "rumoured", "supposedly",
    "unconfirmed", "unverified",
]);

/// Verbs that pass a clause on as hearsay when something follows them ("claimed the
/// ceasefire was broken").
pub(super) static HEARSAY_VERBS: List = lexicon::speech_verbs("hearsay");

/// Nouns of hearsay ("reports that ...", "rumours of ..."), hearsay only before a word of
/// `HEARSAY_NOUN_NEXT`.
pub(super) static HEARSAY_NOUNS: List = List::of(&["reports", "rumors", "rumours"]);

/// The words after a noun of hearsay that make it hearsay ("reports that", "rumours emerged").
pub(super) static HEARSAY_NOUN_NEXT: List = List::of(&["emerged", "of", "say", "suggest", "that"]);

/// Words between a speaker's name and the verb of speech that leave the name the speaker
/// ("Novak also said", "Novak had said").
pub(super) static BEFORE_SPEECH_VERB: List = List::of(&["again", "also", "further", "had", "has", "later", "then", "was"]);

/// Pronouns before a verb of speech that stand for the last person named ("she said").
pub(super) static PERSON_PRONOUNS: List = List::of(&["he", "she"]);

/// Conjunctions and relative pronouns after a comma that open a clause of its own (", but",
/// ", which").
pub(super) static CLAUSE_OPENERS: List = List::of(&["although", "but", "though", "whereas", "which", "while", "who"]);

/// Prepositions ending in "-ing" that, after a comma, open no clause of their own (",
/// including", ", according to").
pub(super) static ING_PREPOSITIONS: List = List::of(&[
    "according", "concerning", "during", "excluding", "following", "including", "notwithstanding", "regarding",
]);

/// Nouns for a source an outlet does not name ("officials said", "a source told Reuters").
pub(super) static ANONYMOUS_SOURCES: List = List::of(&[
    "agency", "authorities", "office", "official", "officials", "police", "source", "sources", "spokesman",
    "spokesperson", "spokeswoman",
]);

/// Words that mark an open question or a possibility rather than a fact.
pub(super) static POSSIBLE: List = List::of(&["may", "maybe", "might", "perhaps", "possibly"]);

/// Words that mark an expectation, plan or intention.
pub(super) static EXPECTED: List = List::of(&[
    "expected", "expects", "intended", "intends", "intention", "intentions", "likely", "planned",
    "planning", "plans", "poised", "scheduled", "unlikely",
]);

/// Negation words.
pub(super) static NEGATIONS: List = List::of(&["cannot", "n't", "neither", "never", "no", "none", "nor", "not"]);

/// Auxiliaries and adverbs skipped when looking for what a negation negates.
pub(super) static AUXILIARIES: List = List::of(&[
    "a", "also", "an", "are", "be", "been", "being", "can", "could", "did", "directly", "do", "does",
    "ever", "explicitly", "far", "formally", "fully", "had", "has", "have", "is", "may", "might",
    "must", "officially", "publicly", "shall", "should", "so", "the", "to", "was", "were", "will",
    "would", "yet",
]);

/// Multipliers written as words.
pub(super) const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 100.0), ("thousand", 1_000.0), ("million", 1_000_000.0), ("billion", 1_000_000_000.0),
    ("trillion", 1_000_000_000_000.0), ("mln", 1_000_000.0), ("bln", 1_000_000_000.0), ("bn", 1_000_000_000.0),
    ("m", 1_000_000.0), ("k", 1_000.0),
    // South Asian English: a lakh is a hundred thousand, a crore ten million
    ("lakh", 100_000.0), ("lakhs", 100_000.0), ("crore", 10_000_000.0), ("crores", 10_000_000.0),
];

/// Vague quantity words ("many decades", "several years", "dozens").
pub(super) static VAGUE: List = List::of(&[
    "billions", "countless", "dozens", "few", "hundreds", "many", "millions", "multiple", "numerous",
    "several", "some", "thousands",
]);

/// Words that lead to a time of day and belong to how an outlet tells it ("shortly before
/// midday", "just after 11:30 a.m.", "around noon"): shown with the time, not compared.
pub(super) static TIME_LEADS: List = List::of(&["about", "after", "approximately", "around", "before", "just", "roughly", "shortly"]);

/// Units of time and their length in hours (for comparing durations across units).
pub(super) const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 3600.0), ("minute", 1.0 / 60.0), ("hour", 1.0), ("day", 24.0), ("week", 168.0),
    ("month", 730.0), ("year", 8_760.0), ("decade", 87_600.0), ("century", 876_000.0), ("centurie", 876_000.0),
    // the short forms a race time is written in ("2hrs 00min 35sec")
    ("sec", 1.0 / 3600.0), ("min", 1.0 / 60.0), ("hr", 1.0),
];

/// Units of length and their size in metres (for comparing distances, depths and heights
/// given in different units: "400 metres" is not of the order of "150 km"). International
/// definitions: the foot is 0.3048 m, the inch 0.0254 m, the statute mile 1,609.344 m. The
/// plain "m" is left out: after a figure it as often means million ("$4m").
const LENGTH_UNITS: &[(&str, f64)] = &[
    ("centimeter", 0.01), ("centimeters", 0.01), ("centimetre", 0.01), ("centimetres", 0.01), ("cm", 0.01),
    ("feet", 0.3048), ("foot", 0.3048), ("ft", 0.3048), ("inch", 0.0254), ("inches", 0.0254),
    ("kilometer", 1_000.0), ("kilometers", 1_000.0), ("kilometre", 1_000.0), ("kilometres", 1_000.0), ("km", 1_000.0),
    ("kms", 1_000.0), ("meter", 1.0), ("meters", 1.0), ("metre", 1.0), ("metres", 1.0), ("mile", 1_609.344),
    ("miles", 1_609.344), ("millimeter", 0.001), ("millimeters", 0.001), ("millimetre", 0.001), ("millimetres", 0.001),
    ("mm", 0.001),
];

/// Metres in one unit of length, for a folded word ("kilometres" -> 1,000).
pub(super) fn metres_in(w: &str) -> Option<f64> {
    LENGTH_UNITS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// Hedges before a number (`text::lexicon::hedges`), and which side of the value they leave open.
pub(super) fn hedges() -> impl Iterator<Item = (&'static str, Hedge)> {
    lexicon::hedges().iter().map(|&(phrase, side)| {
        let h = match side {
            Side::Above => Hedge::Above,
            Side::Below => Hedge::Below,
            Side::About => Hedge::About,
        };
        (phrase, h)
    })
}

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Hedge {
    /// The number as given.
    Exact,
    /// The true value may be higher ("more than").
    Above,
    /// It may be lower ("nearly").
    Below,
    /// Either way ("around").
    About,
}

/// Whether a word is in one of the lists above.
pub(super) fn contains(list: &List, word: &str) -> bool {
    list.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_sorted_without_repeats() {
        for (name, list) in [
            ("STOPWORDS", &STOPWORDS),
            ("SAY_VERBS", &SAY_VERBS),
            ("TITLES", &TITLES),
            ("TITLE_MODIFIERS", &TITLE_MODIFIERS),
            ("REPORTED", &REPORTED),
            ("POSSIBLE", &POSSIBLE),
            ("EXPECTED", &EXPECTED),
            ("NEGATIONS", &NEGATIONS),
            ("AUXILIARIES", &AUXILIARIES),
            ("VAGUE", &VAGUE),
            ("FORECAST", &FORECAST),
            ("REQUEST", &REQUEST),
            ("WARNING", &WARNING),
            ("TENURE", &TENURE),
            ("ELSEWHERE", &ELSEWHERE),
            ("PREVIOUS", &PREVIOUS),
            ("CREDIT_VERBS", &CREDIT_VERBS),
            ("TOLD_VERBS", &TOLD_VERBS),
            ("TIME_LEADS", &TIME_LEADS),
            ("HEARSAY_VERBS", &HEARSAY_VERBS),
            ("HEARSAY_NOUNS", &HEARSAY_NOUNS),
            ("HEARSAY_NOUN_NEXT", &HEARSAY_NOUN_NEXT),
            ("BEFORE_SPEECH_VERB", &BEFORE_SPEECH_VERB),
            ("PERSON_PRONOUNS", &PERSON_PRONOUNS),
            ("CLAUSE_OPENERS", &CLAUSE_OPENERS),
            ("ING_PREPOSITIONS", &ING_PREPOSITIONS),
            ("ANONYMOUS_SOURCES", &ANONYMOUS_SOURCES),
        ] {
            let words: Vec<&str> = list.words().collect();
            for pair in words.windows(2) {
                assert!(pair[0] < pair[1], "{name}: {:?} before {:?}", pair[0], pair[1]);
            }
            for w in words {
                assert!(list.contains(w) && !list.contains(&format!("{w}x")), "{name}: {w}");
            }
        }
    }
}
