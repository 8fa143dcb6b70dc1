//! Word lists the claim reader relies on, all folded (lower case, no accents).
//!
//! Small closed classes of English news prose: function words, reporting verbs, titles, hedges,
//! modal markers and number words. Open classes (names, topics) are never listed here.

/// Function words and newsroom fillers that say nothing about what a claim is about.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "above", "across", "after", "again", "against", "ago", "all", "almost", "along", "already",
    "also", "although", "am", "amid", "among", "an", "and", "another", "any", "are", "around", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "down", "during", "each", "either", "else", "even", "ever", "every",
    "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "however", "i", "if", "in", "including", "into", "is", "it", "its",
    "itself", "just", "least", "less", "let", "like", "many", "may", "me", "meanwhile", "might", "more",
    "most", "much", "must", "my", "near", "neither", "no", "nor", "not", "now", "of", "off", "on", "once",
    "one", "only", "onto", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own",
    "per", "same", "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their",
    "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through",
    "throughout", "thus", "to", "too", "toward", "towards", "under", "until", "up", "upon", "us", "very",
    "via", "was", "we", "were", "what", "whatever", "when", "where", "whether", "which", "while", "who",
    "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
    "of", "course", "s", "mr", "mrs", "ms", "particularly", "especially", "currently", "recently",
    "earlier", "later", "soon", "still", "always", "never", "often", "well", "way", "part", "time",
    "way", "two", "new", "first", "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds",
    "noted", "notes", "stated", "according", "reported", "reports", "reportedly", "announced", "stressed",
    "emphasized", "emphasised", "underlined", "underscored", "highlighted", "explained", "insisted",
    "remarked", "continued", "further", "specifically", "incidentally", "furthermore", "moreover",
    "additionally", "turn", "part", "side", "sides", "expressed", "addition",
];

/// Verbs that introduce reported speech (folded, any inflection listed).
pub const SAY_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "states",
    "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "underlined", "underscored",
    "explained", "insisted", "insists", "declared", "declares", "remarked", "recalled", "warned",
    "warns", "announced", "announces", "argued", "argues", "claimed", "claims", "confirmed",
    "confirms", "wrote", "writes", "asserted", "affirmed", "reiterated", "continued", "concluded",
    "replied", "answered", "acknowledged", "admitted", "assured", "promised", "pledged", "urged",
    "suggested", "described", "highlighted", "reported", "reports", "quoted",
];

/// Nouns that name a public office or role, written before a person's name.
pub const TITLES: &[&str] = &[
    "president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "emir",
    "sheikh", "sultan", "leader", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "envoy", "governor", "mayor", "senator", "congressman", "congresswoman", "representative", "general",
    "gen", "colonel", "commander", "admiral", "chief", "director", "chairman", "chairwoman", "chair",
    "head", "ceo", "judge", "justice", "prosecutor", "pope", "cardinal", "bishop", "imam", "rabbi",
    "ayatollah", "patriarch", "sen", "rep", "gov", "dr", "professor", "prof", "lawmaker", "deputy",
    "official", "adviser", "advisor", "negotiator", "speaker", "mp", "commissioner", "attorney",
];

/// Words that qualify a title ("interim President", "former Prime Minister").
pub const TITLE_MODIFIERS: &[&str] = &[
    "interim", "transitional", "acting", "former", "deputy", "vice", "prime", "foreign", "defense",
    "defence", "interior", "finance", "economy", "energy", "health", "justice", "first", "new", "then",
    "outgoing", "incoming", "elected", "president-elect", "self-proclaimed", "de", "facto", "caretaker",
    "provisional", "ousted", "deposed", "late", "ex", "supreme", "chief", "executive", "general",
    "secretary", "state", "national", "senior", "top", "assistant", "associate", "federal", "regional",
    "temporary", "current", "sitting", "exiled", "de-facto", "longtime", "long-time", "minister",
    "security", "trade", "agriculture", "education", "transport", "culture", "labour", "labor",
    "military", "presidential", "opposition", "majority", "minority", "party", "army", "navy",
];

/// Words that mark a clause as hearsay: the outlet does not vouch for it.
pub const REPORTED: &[&str] = &[
    "reportedly", "allegedly", "purportedly", "supposedly", "rumoured", "rumored", "unconfirmed",
    "unverified", "apparently",
];

/// Words that mark an open question or a possibility rather than a fact.
pub const POSSIBLE: &[&str] = &["may", "might", "possibly", "perhaps", "maybe"];

/// Words that mark an expectation, plan or intention.
pub const EXPECTED: &[&str] = &[
    "expected", "expects", "likely", "unlikely", "plans", "planned", "planning", "intends", "intended",
    "intention", "intentions", "scheduled", "poised",
];

/// Negation words.
pub const NEGATIONS: &[&str] = &["not", "never", "no", "n't", "neither", "nor", "none", "cannot"];

/// Auxiliaries and adverbs skipped when looking for what a negation negates.
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "shall", "should", "may", "might", "must", "yet", "formally", "officially",
    "publicly", "so", "far", "also", "ever", "to", "the", "a", "an", "fully", "directly", "explicitly",
];

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
pub const VAGUE: &[&str] = &["many", "several", "some", "few", "numerous", "multiple", "countless", "dozens", "hundreds", "thousands", "millions", "billions"];

/// Units of time and their length in hours (for comparing durations across units).
pub const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 3600.0), ("minute", 1.0 / 60.0), ("hour", 1.0), ("day", 24.0), ("week", 168.0),
    ("month", 730.0), ("year", 8_760.0), ("decade", 87_600.0), ("century", 876_000.0), ("centurie", 876_000.0),
];

/// Hedges before a number, and which side of the value they leave open.
pub const HEDGES: &[(&str, Hedge)] = &[
    ("more than", Hedge::Above), ("over", Hedge::Above), ("at least", Hedge::Above), ("upwards of", Hedge::Above),
    ("in excess of", Hedge::Above), ("nearly", Hedge::Below), ("almost", Hedge::Below), ("less than", Hedge::Below),
    ("fewer than", Hedge::Below), ("under", Hedge::Below), ("up to", Hedge::Below), ("at most", Hedge::Below),
    ("about", Hedge::About), ("around", Hedge::About), ("roughly", Hedge::About), ("approximately", Hedge::About),
    ("some", Hedge::About), ("an estimated", Hedge::About), ("estimated", Hedge::About), ("nearly", Hedge::Below),
];

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Hedge {
    Exact,
    Above,
    Below,
    About,
}

pub fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
