//! The closed word classes that type a name from its context: titles and roles, the head words
//! of organizations and places, speech verbs, place prepositions, name particles, and the
//! function words that open sentences. All lower case; compare with `gazetteer::key`. Titles,
//! speech verbs, stop words and calendar words are the shared lists of `text::lexicon`.

pub(super) use crate::text::lexicon::List;
use crate::text::lexicon;

/// Words that make a person's title or role on their own ("President", "Minister").
pub(super) static TITLE_HEADS: List = lexicon::titles("role");

/// Post-nominal letters ("QC", "MP", "OBE", "PhD"): after a person's name, neither part of it nor
/// a name of their own.
pub(super) static POSTNOMINALS: List = lexicon::postnominals();

/// Plural nouns for kinds of people: a list of names they introduce ("gods such as ...") names
/// people.
pub(super) static PERSON_NOUNS: List = lexicon::person_nouns();

/// Words that qualify a title ("Deputy", "Prime", "Foreign", "interim").
pub(super) static TITLE_MODIFIERS: List = lexicon::title_modifiers("role");

/// Last words that make a name an organization ("Foreign Ministry", "Central Bank").
pub(super) static ORG_HEADS: List = List::of(&[
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
    "faculty", "railway", "railways", "magazine", "municipality",
]);

/// Last words that make a name a place ("Kremlin Palace", "Red Sea", "Middle East").
pub(super) static PLACE_HEADS: List = List::of(&[
    "palace", "square", "street", "avenue", "airport", "airbase", "base", "sea", "ocean", "river",
    "lake", "mountains", "mount", "mountain", "island", "islands", "gulf", "bay", "strait",
    "valley", "desert", "coast", "province", "region", "governorate", "district", "county", "city",
    "peninsula", "heights", "strip", "canal", "east", "west", "north", "south", "port", "harbour",
    "harbor", "bridge", "park", "border", "crossing", "hills", "plain", "plains", "plateau", "basin", "delta",
    "oblast", "krai", "prefecture", "state", "territory", "territories", "republic", "kingdom",
    "emirate", "emirates", "village", "town", "camp", "prison", "hospital", "stadium", "mosque",
    "cathedral", "temple", "tower", "station", "highway", "road", "quarter", "neighbourhood",
    "neighborhood", "dam", "field", "fields", "falls", "cape", "corridor", "zone", "straits",
    "theater", "theatre", "museum", "hall", "library", "gallery", "hotel", "market", "beach",
    "reservoir", "glacier", "volcano", "forest", "springs", "pass", "gate", "wall", "arena",
    "boulevard", "lane", "plaza", "piazza", "esplanade", "promenade", "embankment",
    "planetarium", "towers", "memorial", "complex", "facility", "mall", "aquarium", "zoo",
    "monument", "shrine", "cave", "caves",
]);

/// Last words of names that are both a site and the body that runs it ("Johnson Space Center",
/// "Pacific Tsunami Warning Center"): their context decides.
pub(super) static SITE_HEADS: List = List::of(&["center", "centre", "centers", "centres"]);

/// Words that name the service of a special-purpose district, which is a body, not an area
/// ("Irving Independent School District", "Metropolitan Water District"): the district kinds
/// of the U.S. Census of Governments (schools, water, fire, sewer, transit, hospitals, libraries,
/// parks, irrigation, drainage, flood control, soil conservation, utilities).
pub(super) static SERVICE_DISTRICT_WORDS: List = List::of(&[
    "school", "schools", "water", "fire", "sewer", "sanitation", "sanitary", "transit",
    "hospital", "library", "park", "parks", "irrigation", "drainage", "flood", "conservation",
    "utility", "utilities",
]);

/// Heads of the names of special-purpose districts ("Unified School District").
pub(super) static DISTRICT_HEADS: List = List::of(&["district", "districts"]);

/// First words that make a short name a place ("Port Said", "Mount Kenya", "Lake Chad", "Masjid
/// al-Haram": "masjid" is the Arabic for a mosque).
pub(super) static PLACE_OPENERS: List = List::of(&[
    "port", "mount", "mt", "lake", "cape", "fort", "isle", "glen", "lough", "loch", "puerto", "porto",
    "masjid",
]);

/// Lower-case nouns that, right after a name, make it a place ("the Hmeimim airbase").
pub(super) static PLACE_NOUNS_AFTER: List = List::of(&[
    "airbase", "air", "base", "airport", "port", "coast", "region", "province", "governorate",
    "district", "city", "town", "village", "border", "river", "sea", "valley", "desert", "area",
    "countryside", "capital", "peninsula", "island", "strait", "camp", "crossing", "enclave",
    "suburb", "neighbourhood", "neighborhood", "oblast", "county", "state", "harbour", "harbor",
    "naval", "military", "mountains", "basin", "front", "frontline", "plain", "corridor",
    "station", "stations", "junction", "areas", "prefecture", "municipality", "islands",
    "constituency", "constituencies", "ward", "parish",
]);

/// Lower-case nouns that, right after a name, make it a vehicle or a service, named like a
/// place or a company but neither ("the Dibrugarh Express train", "the Coastal Star ferry").
pub(super) static OTHER_NOUNS_AFTER: List = List::of(&[
    "train", "trains", "flight", "ferry", "vessel", "ship", "tanker", "locomotive", "derailed",
]);

/// Lower-case words for a way between two places, after a route written as one word
/// ("Barabanki-Gorakhpur section").
pub(super) static ROUTE_NOUNS: List = List::of(&[
    "section", "segment", "stretch", "route", "line", "highway", "expressway", "road", "railway",
    "rail", "train", "trains", "corridor", "pipeline", "link", "track", "flights", "flight",
]);

/// Last words of the names of trains ("Katihar-Amritsar Express", "Punjab Mail" are trains when
/// their first word is a route of two places joined by a hyphen).
pub(super) static TRAIN_HEADS: List = List::of(&["express", "mail", "rajdhani", "shatabdi", "superfast"]);

/// Lower-case nouns that, right after a name, make it an organization ("the Wagner group",
/// "Google headquarters", "Facebook co-founder ..."). Not "government" nor "administration":
/// the government of a person ("the Monti government") as often as of a party.
pub(super) static ORG_NOUNS_AFTER: List = List::of(&[
    "agency", "ministry", "company", "group", "party", "newspaper", "outlet", "channel", "bank",
    "firm", "broadcaster", "daily", "network", "militia", "movement", "headquarters", "founder",
    "co-founder", "employees", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "correspondent", "correspondents",
    "journalist", "journalists", "reporter", "reporters", "photographer", "photographers",
    "website", "television", "radio", "faction", "alliance", "coalition", "corporation",
    "conglomerate", "giant", "subsidiary", "organization", "organisation",
]);

/// Nouns that, in an apposition (", a Russian media outlet") or right before a name ("state
/// agency SANA"), make it an organization.
pub(super) static ORG_DESCRIPTORS: List = List::of(&[
    "agency", "outlet", "newspaper", "broadcaster", "daily", "channel", "network", "company",
    "firm", "group", "organization", "organisation", "party", "militia", "movement", "weekly",
    "magazine", "publication", "website", "tabloid", "bank", "ministry", "office", "union",
    "corporation", "watchdog", "think-tank", "institute", "operator", "producer", "manufacturer",
    "carrier", "airline", "insurer", "lender", "retailer", "startup", "giant", "alliance",
    "school",
]);

/// Nouns that, in an apposition or right before a name, make it a place.
pub(super) static PLACE_DESCRIPTORS: List = List::of(&[
    "city", "town", "village", "province", "region", "country", "capital", "port", "island",
    "district", "governorate", "state", "area", "base", "airbase", "neighbourhood", "suburb",
    "prefecture", "municipality", "county", "territory", "settlement", "commune",
]);

/// Verbs of speech: a name right before them is a person or an organization.
pub(super) static SPEECH_VERBS: List = lexicon::speech_verbs("agent");

/// Verbs whose object is the one spoken to: a name right after one is a person or a body
/// ("told Reuters").
pub(super) static TOLD_VERBS: List = lexicon::speech_verbs("to");

/// Verbs that organizations use more than people ("Reuters reported").
pub(super) static ORG_VERBS: List = List::of(&["reported", "reports", "published", "broadcast", "cited", "quoted"]);

/// Prepositions that put a place after them ("in Latakia", "near the border").
pub(super) static PLACE_PREPOSITIONS: List = List::of(&[
    "in", "at", "near", "from", "across", "into", "outside", "inside", "throughout", "towards",
    "toward", "via", "around", "within", "off",
]);

/// Words of a compass point that, before a place, name a part of it: "South East Asia",
/// "Northern Ireland", "Central Asia", "East Jerusalem".
pub(super) static COMPASS_WORDS: List = List::of(&[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
    "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
]);

/// Lower-case titles that, after a name made of common words, make it a portfolio, not a body:
/// "the Foreign Affairs minister", "Health ministers".
pub(super) static PORTFOLIO_TITLES: List = List::of(&["minister", "ministers", "portfolio"]);

/// Particles that stand between the words of a person's or place's name ("bin", "de", "van").
pub(super) static NAME_PARTICLES: List = List::of(&[
    "al", "el", "bin", "ibn", "bint", "ben", "de", "da", "di", "du", "del", "della", "der", "den",
    "van", "von", "la", "le", "dos", "das", "zu", "abu", "ould", "es",
]);

/// Particles that prefix a word with a hyphen or apostrophe ("al-Sharaa", "d'Estaing").
pub(super) static PREFIX_PARTICLES: List = List::of(&[
    "al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "ath", "az", "adh", "ibn", "bin", "abu",
    "abd", "d", "o", "l", "de", "da", "di", "du", "van", "von", "ul", "ud", "ur", "us", "un",
]);

/// Words that may join a name before "of"/"for" besides the head words of organizations, places
/// and titles (which join too, as does any common English word written with a capital): the
/// heads of treaties, battles and declarations, and plural place heads that no common-word list
/// holds ("United Arab Emirates of ...").
pub(super) static OF_HEADS: List = List::of(&[
    "battle", "treaty", "declaration", "charter", "convention", "statute", "emirates", "isle",
    "order", "act", "summit", "conference",
]);

/// Seats of government that stand for the government itself ("the Kremlin said").
pub(super) static SEATS_OF_GOVERNMENT: List = List::of(&[
    "kremlin", "white house", "pentagon", "elysee", "elysee palace", "downing street",
    "number 10", "quai d'orsay", "zhongnanhai", "blue house", "state department",
    "foggy bottom", "whitehall", "capitol hill", "bundeskanzleramt", "chancellery", "vatican",
    "holy see", "porte",
]);

/// Function words and common sentence openers that are never names on their own.
pub(super) static STOPWORDS: List = lexicon::stopwords("name");

/// Whether a word key is a time zone or a part of the day, written in capitals beside times
/// ("10:00 GMT", "3 PM", "1900 HRS"): the shared words after a clock figure
/// (`text::lexicon::clock_words`), in the forms without dots (capitals write "PM", not "P.M.").
pub(super) fn is_clock_word(w: &str) -> bool {
    static ZONES: List = lexicon::clock_words("zone");
    static HOURS: List = lexicon::clock_words("hours");
    !w.contains('.') && (ZONES.contains(w) || HOURS.contains(w) || lexicon::meridiem(w).is_some())
}

/// The four compass points, which pair into a region's name ("South-east Asia", "North-west
/// Frontier").
pub(super) static COMPASS_POINTS: List = List::of(&["east", "north", "south", "west"]);

/// Function words that join the words of a body's name ("Ministry of Defence", "Department for
/// Education", "Bank of England and Wales") and so neither open nor close one.
pub(super) static NAME_JOINERS: List = List::of(&["and", "for", "of", "the"]);

/// Acronyms of common nouns, which name nothing ("an NGO", "a VIP", "the CV").
pub(super) static COMMON_ACRONYMS: List = List::of(&[
    "ngo", "ngos", "vip", "vips", "cv", "ac", "iq", "faq", "dna", "gdp", "pdf", "atm", "suv",
    "sms", "tv", "hd", "diy", "rip", "ps", "eg", "ie", "etc", "ok",
]);

/// Feasts and holidays: dates, not names (weekdays and months are the lexicon's).
pub(super) static HOLIDAYS: List = List::of(&["christmas", "easter", "ramadan", "eid", "thanksgiving"]);

/// Particles that may open a name written in lower case ("bin Laden", "al-Assad" is one word).
pub(super) static OPENING_PARTICLES: List = List::of(&["al", "el", "bin", "ibn", "abu", "van", "von"]);

/// Last words of the names of events ("Prisoner Day", "World Cup", "Geneva Summit").
pub(super) static EVENT_HEADS: List = List::of(&[
    "day", "war", "summit", "conference", "games", "cup", "olympics", "festival", "election",
    "elections", "forum", "week", "championship", "championships", "prize", "awards", "revolution",
    "uprising", "accords", "accord", "agreement", "treaty", "talks", "crisis", "massacre",
    "marathon", "marathons", "regulation", "directive",
]);

/// Heads of titled documents that take a number ("Executive Order 123", "Resolution 45").
pub(super) static NUMBERED_HEADS: List = List::of(&["order", "resolution", "act", "decree", "law", "article", "directive", "bill"]);

/// Whether a list holds a word's key (`gazetteer::key`).
pub(super) fn has(list: &List, word_key: &str) -> bool {
    list.contains(word_key)
}
