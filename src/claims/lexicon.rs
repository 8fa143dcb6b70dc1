//! Word lists the claim reader relies on, all folded (lower case, no accents).
//!
//! Small closed classes of English news prose: function words, reporting verbs, titles, hedges,
//! modal markers and number words. Open classes (names, topics) are never listed here. The word
//! lists are written in sorted order without repeats (a test checks it), and each is hashed on
//! its first use, so asking whether a word is listed takes constant time.

use crate::text::wordset::FastSet;
use std::sync::OnceLock;

/// Function words and newsroom fillers that say nothing about what a claim is about.
pub static STOPWORDS: WordList = WordList::new(&[
    "a", "about", "above", "according", "across", "added", "addition", "additionally", "adds", "after",
    "again", "against", "ago", "all", "almost", "along", "already", "also", "although", "always", "am",
    "amid", "among", "an", "and", "announced", "another", "any", "are", "around", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "continued",
    "could", "course", "currently", "did", "do", "does", "doing", "down", "during", "each", "earlier",
    "either", "else", "emphasised", "emphasized", "especially", "even", "ever", "every", "explained",
    "expressed", "few", "first", "for", "from", "further", "furthermore", "had", "has", "have",
    "having", "he", "her", "here", "hers", "herself", "highlighted", "him", "himself", "his", "how",
    "however", "i", "if", "in", "incidentally", "including", "insisted", "into", "is", "it", "its",
    "itself", "just", "later", "least", "less", "let", "like", "many", "may", "me", "meanwhile",
    "might", "more", "moreover", "most", "mr", "mrs", "ms", "much", "must", "my", "near", "neither",
    "never", "new", "no", "nor", "not", "noted", "notes", "now", "of", "off", "often", "on", "once",
    "one", "only", "onto", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own",
    "part", "particularly", "per", "recently", "remarked", "reported", "reportedly", "reports", "s",
    "said", "same", "say", "saying", "says", "shall", "she", "should", "side", "sides", "since", "so",
    "some", "soon", "specifically", "stated", "still", "stressed", "such", "tell", "tells", "than",
    "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "though", "through", "throughout", "thus", "time", "to", "told", "too", "toward",
    "towards", "turn", "two", "under", "underlined", "underscored", "until", "up", "upon", "us", "very",
    "via", "was", "way", "we", "well", "were", "what", "whatever", "when", "where", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
    "your", "yours",
]);

/// Verbs that introduce reported speech (folded, any inflection listed).
pub static SAY_VERBS: WordList = WordList::new(&[
    "acknowledged", "added", "adds", "admitted", "affirmed", "announced", "announces", "answered",
    "argued", "argues", "asserted", "assured", "claimed", "claims", "concluded", "confirmed",
    "confirms", "continued", "declared", "declares", "described", "emphasised", "emphasized",
    "emphasizes", "explained", "highlighted", "insisted", "insists", "noted", "notes", "pledged",
    "promised", "quoted", "recalled", "reiterated", "remarked", "replied", "reported", "reports",
    "said", "say", "says", "stated", "states", "stressed", "stresses", "suggested", "tells", "told",
    "underlined", "underscored", "urged", "warned", "warns", "writes", "wrote",
]);

/// Nouns that name a public office or role, written before a person's name.
pub static TITLES: WordList = WordList::new(&[
    "admiral", "adviser", "advisor", "ambassador", "attorney", "ayatollah", "bishop", "cardinal", "ceo",
    "chair", "chairman", "chairwoman", "chancellor", "chief", "colonel", "commander", "commissioner",
    "congressman", "congresswoman", "deputy", "director", "dr", "emir", "envoy", "gen", "general",
    "gov", "governor", "head", "imam", "judge", "justice", "king", "lawmaker", "leader", "mayor",
    "minister", "mp", "negotiator", "official", "patriarch", "pope", "premier", "president", "prince",
    "princess", "prof", "professor", "prosecutor", "queen", "rabbi", "rep", "representative",
    "secretary", "sen", "senator", "sheikh", "speaker", "spokesman", "spokesperson", "spokeswoman",
    "sultan",
]);

/// Words that qualify a title ("interim President", "former Prime Minister").
pub static TITLE_MODIFIERS: WordList = WordList::new(&[
    "acting", "agriculture", "army", "assistant", "associate", "caretaker", "chief", "culture",
    "current", "de", "de-facto", "defence", "defense", "deposed", "deputy", "economy", "education",
    "elected", "energy", "ex", "executive", "exiled", "facto", "federal", "finance", "first", "foreign",
    "former", "general", "health", "incoming", "interim", "interior", "justice", "labor", "labour",
    "late", "long-time", "longtime", "majority", "military", "minister", "minority", "national", "navy",
    "new", "opposition", "ousted", "outgoing", "party", "president-elect", "presidential", "prime",
    "provisional", "regional", "secretary", "security", "self-proclaimed", "senior", "sitting", "state",
    "supreme", "temporary", "then", "top", "trade", "transitional", "transport", "vice",
]);

/// Words that mark a clause as hearsay: the outlet does not vouch for it.
pub static REPORTED: WordList = WordList::new(&[
    "allegedly", "apparently", "purportedly", "reportedly", "rumored", "rumoured", "supposedly",
    "unconfirmed", "unverified",
]);

/// Words that mark an open question or a possibility rather than a fact.
pub static POSSIBLE: WordList = WordList::new(&["may", "maybe", "might", "perhaps", "possibly"]);

/// Words that mark an expectation, plan or intention.
pub static EXPECTED: WordList = WordList::new(&[
    "expected", "expects", "intended", "intends", "intention", "intentions", "likely", "planned",
    "planning", "plans", "poised", "scheduled", "unlikely",
]);

/// Negation words.
pub static NEGATIONS: WordList = WordList::new(&["cannot", "n't", "neither", "never", "no", "none", "nor", "not"]);

/// Auxiliaries and adverbs skipped when looking for what a negation negates.
pub static AUXILIARIES: WordList = WordList::new(&[
    "a", "also", "an", "are", "be", "been", "being", "can", "could", "did", "directly", "do", "does",
    "ever", "explicitly", "far", "formally", "fully", "had", "has", "have", "is", "may", "might",
    "must", "officially", "publicly", "shall", "should", "so", "the", "to", "was", "were", "will",
    "would", "yet",
]);

/// Cardinal number words and their values.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("six", 6.0),
    ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0), ("twelve", 12.0),
    ("thirteen", 13.0), ("fourteen", 14.0), ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0),
    ("eighteen", 18.0), ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0),
    ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
    ("dozen", 12.0), ("a", 1.0), ("an", 1.0),
];

/// Multipliers written as words.
pub const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 100.0), ("thousand", 1_000.0), ("million", 1_000_000.0), ("billion", 1_000_000_000.0),
    ("trillion", 1_000_000_000_000.0), ("mln", 1_000_000.0), ("bln", 1_000_000_000.0), ("bn", 1_000_000_000.0),
    ("m", 1_000_000.0), ("k", 1_000.0),
];

/// Vague quantity words ("many decades", "several years", "dozens").
pub static VAGUE: WordList = WordList::new(&[
    "billions", "countless", "dozens", "few", "hundreds", "many", "millions", "multiple", "numerous",
    "several", "some", "thousands",
]);

/// Units of time and their length in hours (for comparing durations across units).
pub const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 3600.0), ("minute", 1.0 / 60.0), ("hour", 1.0), ("day", 24.0), ("week", 168.0),
    ("month", 730.0), ("year", 8_760.0), ("decade", 87_600.0), ("century", 876_000.0), ("centurie", 876_000.0),
];

/// Hedges before a number, and which side of the value they leave open.
pub const HEDGES: &[(&str, Hedge)] = &[
    ("more than", Hedge::Above), ("over", Hedge::Above), ("at least", Hedge::Above), ("upwards of", Hedge::Above),
    ("in excess of", Hedge::Above), ("well over", Hedge::Above), ("just over", Hedge::Above),
    ("crossed", Hedge::Above), ("topped", Hedge::Above), ("exceeded", Hedge::Above), ("surpassed", Hedge::Above),
    ("passed", Hedge::Above), ("nearly", Hedge::Below), ("almost", Hedge::Below), ("less than", Hedge::Below),
    ("fewer than", Hedge::Below), ("under", Hedge::Below), ("up to", Hedge::Below), ("at most", Hedge::Below),
    ("as many as", Hedge::Below), ("as much as", Hedge::Below), ("close to", Hedge::Below), ("just under", Hedge::Below),
    ("about", Hedge::About), ("around", Hedge::About), ("roughly", Hedge::About), ("approximately", Hedge::About),
    ("some", Hedge::About), ("an estimated", Hedge::About), ("estimated", Hedge::About),
];

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Hedge {
    Exact,
    Above,
    Below,
    About,
}

/// A fixed list of words, written sorted without repeats, asked only whether it holds a word.
pub struct WordList {
    words: &'static [&'static str],
    /// The words hashed, built on the first question to the list.
    set: OnceLock<FastSet<&'static str>>,
}

impl WordList {
    const fn new(words: &'static [&'static str]) -> Self {
        WordList { words, set: OnceLock::new() }
    }

    /// Whether the list holds `word`.
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word)
    }
}

/// Whether a word is in one of the lists above.
pub fn contains(list: &WordList, word: &str) -> bool {
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
        ] {
            for pair in list.words.windows(2) {
                assert!(pair[0] < pair[1], "{name}: {:?} before {:?}", pair[0], pair[1]);
            }
            for w in list.words {
                assert!(list.contains(w) && !list.contains(&format!("{w}x")), "{name}: {w}");
            }
        }
    }
}
