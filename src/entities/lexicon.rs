//! The closed word classes that type a name from its context: titles and roles, the head words
//! of organizations and places, speech verbs, place prepositions, name particles, and the
//! function words that open sentences. All lower case; compare with `gazetteer::key`.

/// Words that make a person's title or role on their own ("President", "Minister").
pub const TITLE_HEADS: &[&str] = &[
    "president", "minister", "premier", "chancellor", "secretary", "ambassador", "envoy",
    "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "senator", "congressman",
    "congresswoman", "representative", "rep", "sen", "gov", "commander", "general", "gen", "colonel",
    "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "admiral", "adm", "sergeant",
    "sgt", "marshal", "chief", "director", "chairman", "chairwoman", "chairperson", "ceo", "cfo",
    "founder", "king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "shaikh",
    "emir", "amir", "sultan", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam",
    "ayatollah", "patriarch", "judge", "justice", "prosecutor", "attorney", "mr", "mrs", "ms",
    "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "speaker", "leader",
    "commissioner", "counsellor", "councillor", "adviser", "advisor", "coach", "manager",
    "economist", "analyst", "diplomat", "correspondent", "editor", "reporter", "lawmaker",
    "deputy", "vice-president", "superintendent", "inspector", "detective", "officer",
    "head", "ruler", "monarch", "dictator", "strongman", "negotiator", "mediator", "delegate",
    "undersecretary", "under-secretary", "secretary-general", "governor-general", "mp", "mep",
    "chair", "candidate", "nominee", "president-elect", "mufti",
    // Irish, Indian and Malay titles and honorifics ("Taoiseach", "CM", "DGP", "Datuk Seri").
    "taoiseach", "tanaiste", "td", "tds", "cm", "dgp", "mla", "mlas", "datuk", "dato", "seri",
    "tun",
    // Plural roles, which name no one ("the Foreign Ministers"), and posts of institutions.
    "ministers", "presidents", "secretaries", "leaders", "mps", "meps", "administrator",
    "rector", "provost",
];

/// Words that qualify a title ("Deputy", "Prime", "Foreign", "interim").
pub const TITLE_MODIFIERS: &[&str] = &[
    "deputy", "vice", "prime", "first", "foreign", "defense", "defence", "interior", "finance",
    "economy", "economic", "energy", "trade", "health", "education", "culture", "labour", "labor",
    "agriculture", "transport", "oil", "acting", "interim", "transitional", "former", "ex",
    "senior", "assistant", "executive", "state", "supreme", "grand", "presidential", "special",
    "affairs", "top", "new", "late", "incumbent", "outgoing", "incoming", "caretaker", "crown",
    "chief", "general", "associate", "principal", "permanent", "national", "security", "army",
    "military", "navy", "naval", "air", "force", "staff", "information", "justice", "home",
    "treasury", "environment", "industry", "development", "communications", "media", "government",
    "opposition", "party", "rebel", "regime", "junior", "lead", "managing", "head", "white", "house",
    "kremlin", "press", "foreign-affairs", "self-declared", "de", "facto", "elected", "sitting",
];

/// Last words that make a name an organization ("Foreign Ministry", "Central Bank").
pub const ORG_HEADS: &[&str] = &[
    "ministry", "committee", "council", "agency", "party", "army", "bank", "news", "media",
    "office", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "gmbh", "university",
    "court", "commission", "forces", "force", "front", "movement", "organization", "organisation",
    "union", "league", "association", "institute", "foundation", "group", "fund", "authority",
    "administration", "department", "guard", "guards", "police", "service", "services",
    "parliament", "assembly", "congress", "senate", "cabinet", "government", "brigade", "brigades",
    "network", "times", "post", "journal", "herald", "tribune", "press", "television", "tv",
    "radio", "airlines", "airways", "railways", "bureau", "command", "navy", "industries",
    "holdings", "petroleum", "board", "academy", "college", "school", "club", "fc", "team",
    "alliance", "coalition", "federation", "secretariat", "directorate", "inc", "co", "telegraph",
    "gazette", "daily", "agencies", "channel", "broadcasting", "broadcaster", "reserve", "exchange",
    "treasury", "mission", "tribunal", "center", "centre", "society", "church", "synod", "assembly",
    "chamber", "duma", "knesset", "majlis", "bundestag", "politburo", "junta", "militia",
    "battalion", "regiment", "division", "unit", "staff", "embassy", "consulate", "observatory",
    "monitor", "watch", "international", "group", "partners", "capital", "motors", "systems",
    "technologies", "airline", "energy", "oil", "gas", "telecom", "pharmaceuticals", "labs",
    "marines", "corps", "pact", "nations", "committees", "councils", "ministries", "embassies",
    "faculty", "railway", "railways",
];

/// Last words that make a name a place ("Kremlin Palace", "Red Sea", "Middle East").
pub const PLACE_HEADS: &[&str] = &[
    "palace", "square", "street", "avenue", "airport", "airbase", "base", "sea", "ocean", "river",
    "lake", "mountains", "mount", "mountain", "island", "islands", "gulf", "bay", "strait",
    "valley", "desert", "coast", "province", "region", "governorate", "district", "county", "city",
    "peninsula", "heights", "strip", "canal", "east", "west", "north", "south", "port", "harbour",
    "harbor", "bridge", "park", "border", "crossing", "hills", "plain", "plateau", "basin", "delta",
    "oblast", "krai", "prefecture", "state", "territory", "territories", "republic", "kingdom",
    "emirate", "emirates", "village", "town", "camp", "prison", "hospital", "stadium", "mosque",
    "cathedral", "temple", "tower", "station", "highway", "road", "quarter", "neighbourhood",
    "neighborhood", "dam", "field", "fields", "falls", "cape", "corridor", "zone", "straits",
    "theater", "theatre", "museum", "hall", "library", "gallery", "hotel", "market", "beach",
    "reservoir", "glacier", "volcano", "forest", "springs", "pass", "gate", "wall", "arena",
];

/// First words that make a short name a place ("Port Said", "Mount Kenya", "Lake Chad").
pub const PLACE_OPENERS: &[&str] = &[
    "port", "mount", "mt", "lake", "cape", "fort", "isle", "glen", "lough", "loch", "puerto", "porto",
];

/// Lower-case nouns that, right after a name, make it a place ("the Hmeimim airbase").
pub const PLACE_NOUNS_AFTER: &[&str] = &[
    "airbase", "air", "base", "airport", "port", "coast", "region", "province", "governorate",
    "district", "city", "town", "village", "border", "river", "sea", "valley", "desert", "area",
    "countryside", "capital", "peninsula", "island", "strait", "camp", "crossing", "enclave",
    "suburb", "neighbourhood", "neighborhood", "oblast", "county", "state", "harbour", "harbor",
    "naval", "military", "mountains", "basin", "front", "frontline", "plain", "corridor",
];

/// Lower-case nouns that, right after a name, make it an organization ("the Wagner group").
pub const ORG_NOUNS_AFTER: &[&str] = &[
    "agency", "ministry", "company", "group", "party", "newspaper", "outlet", "channel", "bank",
    "firm", "broadcaster", "daily", "network", "militia", "movement", "government", "administration",
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "correspondent",
    "website", "television", "radio", "faction", "alliance", "coalition", "corporation",
    "conglomerate", "giant", "subsidiary", "organization", "organisation",
];

/// Nouns that, in an apposition (", a Russian media outlet") or right before a name ("state
/// agency SANA"), make it an organization.
pub const ORG_DESCRIPTORS: &[&str] = &[
    "agency", "outlet", "newspaper", "broadcaster", "daily", "channel", "network", "company",
    "firm", "group", "organization", "organisation", "party", "militia", "movement", "weekly",
    "magazine", "publication", "website", "tabloid", "bank", "ministry", "office", "union",
    "corporation", "watchdog", "think-tank", "institute", "operator", "producer", "manufacturer",
    "carrier", "airline", "insurer", "lender", "retailer", "startup", "giant", "alliance",
];

/// Nouns that, in an apposition or right before a name, make it a place.
pub const PLACE_DESCRIPTORS: &[&str] = &[
    "city", "town", "village", "province", "region", "country", "capital", "port", "island",
    "district", "governorate", "state", "area", "base", "airbase", "neighbourhood", "suburb",
];

/// Verbs of speech: a name right before them is a person or an organization.
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses",
    "explained", "argued", "insisted", "warned", "warns", "claimed", "claims", "stated", "wrote",
    "writes", "emphasized", "emphasised", "emphasizes", "announced", "announces", "confirmed",
    "confirms", "denied", "denies", "reported", "reports", "asked", "urged", "urges", "called",
    "praised", "welcomed", "criticized", "criticised", "thanked", "pledged", "vowed", "assured",
    "replied", "responded", "acknowledged", "admitted", "suggested", "believes", "hopes", "wants",
    "met", "visited", "signed", "proposed", "expressed", "underlined", "underscored", "highlighted",
    "reiterated", "recalled", "agreed", "described", "spoke", "speaks",
];

/// Verbs that organizations use more than people ("Reuters reported").
pub const ORG_VERBS: &[&str] = &["reported", "reports", "published", "broadcast", "cited", "quoted"];

/// Prepositions that put a place after them ("in Latakia", "near the border").
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "from", "across", "into", "outside", "inside", "throughout", "towards",
    "toward", "via", "around", "within", "off",
];

/// Particles that stand between the words of a person's or place's name ("bin", "de", "van").
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "ben", "de", "da", "di", "du", "del", "della", "der", "den",
    "van", "von", "la", "le", "dos", "das", "zu", "abu", "ould", "es",
];

/// Particles that prefix a word with a hyphen or apostrophe ("al-Sharaa", "d'Estaing").
pub const PREFIX_PARTICLES: &[&str] = &[
    "al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "ath", "az", "adh", "ibn", "bin", "abu",
    "abd", "d", "o", "l", "de", "da", "di", "du", "van", "von", "ul", "ud", "ur", "us", "un",
];

/// Words that may join a name before "of"/"for" besides the head words of organizations, places
/// and titles (which join too, as does any common English word written with a capital): the
/// heads of treaties, battles and declarations, and plural place heads that no common-word list
/// holds ("United Arab Emirates of ...").
pub const OF_HEADS: &[&str] = &[
    "battle", "treaty", "declaration", "charter", "convention", "statute", "emirates", "isle",
    "order", "act", "summit", "conference",
];

/// Seats of government that stand for the government itself ("the Kremlin said").
pub const SEATS_OF_GOVERNMENT: &[&str] = &[
    "kremlin", "white house", "pentagon", "elysee", "elysee palace", "downing street",
    "number 10", "quai d'orsay", "zhongnanhai", "blue house", "state department",
    "foggy bottom", "whitehall", "capitol hill", "bundeskanzleramt", "chancellery", "vatican",
    "holy see", "porte",
];

/// Function words and common sentence openers that are never names on their own.
pub const STOPWORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at", "for", "but",
    "and", "or", "as", "after", "before", "during", "while", "when", "where", "why", "how",
    "what", "which", "who", "whom", "whose", "meanwhile", "however", "also", "still", "yet",
    "if", "though", "although", "since", "because", "so", "then", "there", "here", "now", "not",
    "no", "yes", "with", "without", "by", "from", "to", "of", "all", "both", "each", "every",
    "some", "many", "most", "more", "other", "such", "one", "two", "three", "first", "last",
    "next", "mr", "mrs", "ms", "dr", "according", "despite", "among", "amid",
    "under", "over", "about", "against", "between", "into", "through", "until", "upon", "once",
    "just", "only", "even", "again", "further", "thus", "hence", "therefore", "instead", "rather",
    "nor", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "will", "would", "can", "could", "should", "may", "might", "must", "shall", "let", "read",
    "see", "watch", "click", "share", "follow", "subscribe", "related", "latest", "more",
    "breaking", "live", "update", "updated", "exclusive", "opinion", "analysis", "editorial",
    "photo", "video", "image",
];

/// Weekdays and months: dates, not names.
pub const CALENDAR: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "christmas", "easter", "ramadan", "eid", "thanksgiving",
];

/// Time zones and parts of the day, written in capitals beside times ("10:00 GMT", "3 PM").
pub const CLOCK: &[&str] = &[
    "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "cet", "cest", "eet",
    "eest", "bst", "ist", "jst", "kst", "msk", "aest", "aedt", "am", "pm", "hrs",
];

/// Acronyms of common nouns, which name nothing ("an NGO", "a VIP", "the CV").
pub const COMMON_ACRONYMS: &[&str] = &[
    "ngo", "ngos", "vip", "vips", "cv", "ac", "iq", "faq", "dna", "gdp", "pdf", "atm", "suv",
    "sms", "tv", "hd", "diy", "rip", "ps", "eg", "ie", "etc", "ok",
];

/// Abbreviated months: dates only before a period or a number ("Jan. 5"; not "Jan Kavan").
pub const CALENDAR_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Particles that may open a name written in lower case ("bin Laden", "al-Assad" is one word).
pub const OPENING_PARTICLES: &[&str] = &["al", "el", "bin", "ibn", "abu", "van", "von"];

/// Last words of the names of events ("Prisoner Day", "World Cup", "Geneva Summit").
pub const EVENT_HEADS: &[&str] = &[
    "day", "war", "summit", "conference", "games", "cup", "olympics", "festival", "election",
    "elections", "forum", "week", "championship", "championships", "prize", "awards", "revolution",
    "uprising", "accords", "accord", "agreement", "treaty", "talks", "crisis", "massacre",
];

/// Heads of titled documents that take a number ("Executive Order 123", "Resolution 45").
pub const NUMBERED_HEADS: &[&str] = &["order", "resolution", "act", "decree", "law", "article", "directive", "bill"];

pub fn has(list: &'static [&'static str], word_key: &str) -> bool {
    crate::text::wordset::listed(list, word_key)
}
