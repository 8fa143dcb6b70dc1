//! Finding names in one document: candidate spans over the shared tokens, titles set apart, each
//! mention typed from its context and the gazetteers, then typed once more per document so that
//! every mention of one referent in an article carries the same type.

use super::gazetteer as gz;
use super::lexicon::{self as lx, has};
use crate::text::lexicon;
use super::names::{self, is_acronym, Name};
use super::{EntityKind, Mention};
use crate::body::{BlockRole, Document};
use crate::span::ByteSpan;
use crate::text::{Text, Token, TokenKind};
use std::collections::{BTreeMap, BTreeSet};

/// Evidence for each type, indexed by `kind_index`.
type Scores = [i32; 4];

const PERSON: usize = 0;
const PLACE: usize = 1;
const ORG: usize = 2;
const OTHER: usize = 3;

fn kind_of(i: usize) -> EntityKind {
    match i {
        PERSON => EntityKind::Person,
        PLACE => EntityKind::Place,
        ORG => EntityKind::Organization,
        _ => EntityKind::Other,
    }
}

/// A name found in a sentence, before the per-document typing.
#[derive(Debug, Clone)]
struct Candidate {
    span: ByteSpan,
    title: Option<ByteSpan>,
    scores: Scores,
}

/// What the whole drop says about its words: which appear in lower case (common words), and which
/// appear capitalised where capitals carry meaning (inside a sentence of running text). Read over
/// every document, so a word that opens sentences in one article is judged by how the others
/// write it.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    lower: BTreeSet<String>,
    mid_caps: BTreeSet<String>,
    /// Capitalised words written alone inside a sentence (no capitalised word beside them), with
    /// how often: "owned by Facebook since", not the "James" of "James To".
    alone: BTreeMap<String, u32>,
}

impl Vocabulary {
    /// Whether the drop writes the word (a key) capitalised inside a sentence and never in lower
    /// case: a name, whatever a word-frequency list says. Written alone so twice, or once in a
    /// list of other names (`listed`).
    fn always_capitalised(&self, key: &str, listed: bool) -> bool {
        let alone = self.alone.get(key).copied().unwrap_or(0);
        (alone >= ALONE_AT_LEAST || listed && self.mid_caps.contains(key)) && !self.lower.contains(key)
    }

    /// Adds what one document says about its words.
    pub(super) fn read(&mut self, doc: &Document, text: &Text) {
        let body = doc.body.as_str();
        let headlines: Vec<bool> = text.sentences.iter().map(|s| title_case(body, text.tokens_of(s))).collect();
        vocabulary(body, text, &headlines, self);
    }
}

/// Whether the key of `w` is one of `list`.
fn listed(list: &lx::List, w: &str) -> bool {
    gz::with_key(w, |k| has(list, k))
}

/// The word's text.
fn word<'a>(body: &'a str, t: &Token) -> &'a str {
    t.span.slice(body)
}

fn is_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
}

fn first_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A word written like part of a name: capitalised ("Putin", "Al-Sharaa"), or a lower-case
/// particle prefixed to a capitalised word ("al-Sharaa", "d'Estaing"). Adjectives built with a
/// hyphen ("Turkish-backed", "Soviet-era") are not.
pub(super) fn is_name_word(w: &str) -> bool {
    if w.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if first_upper(w) {
        let last_part = w.rsplit(['-', '\u{2010}', '\u{2011}']).next().unwrap_or(w);
        if first_upper(last_part) || !w.contains(['-', '\u{2010}', '\u{2011}']) {
            return true;
        }
        // A compass point of two ("South-east Asia", "North-west Frontier").
        let compass = |p: &str| has(&lx::COMPASS_POINTS, &p.to_lowercase());
        if w.split(['-', '\u{2010}', '\u{2011}']).count() == 2 && compass(last_part) && w.split(['-', '\u{2010}', '\u{2011}']).next().is_some_and(compass) {
            return true;
        }
        // A romanised given name of two syllables ("Chung-tai", "Jong-un"): its lower-case part is
        // short and no English word, unlike "Soviet-era", "Turkish-backed" or "UN-led".
        return w.split(['-', '\u{2010}', '\u{2011}']).count() == 2
            && last_part.len() <= ROMANISED_SYLLABLE
            && last_part.chars().all(|c| c.is_ascii_lowercase())
            && !last_part.ends_with("ed")
            && !gz::is_common_word(last_part);
    }
    names::prefix_particle(w).is_some_and(|(_, rest)| first_upper(rest))
}

/// The longest lower-case part of a hyphenated given name ("Chung-tai", "Kwok-hung"): syllables of
/// romanised Chinese and Korean names run to five letters ("cheung", the longest common one in
/// Cantonese, keeps its capital in practice); English participles past it ("backed") are excluded.
const ROMANISED_SYLLABLE: usize = 5;

/// The longest syllable of a romanised given name that may also be an English word ("Lung-bin"):
/// four letters, short of the compounds of English words ("Prize-winner", "Award-winner").
const SYLLABLE_AS_WORD: usize = 4;

/// Whether token `j + 1` is a romanised given name of two syllables written after the family
/// name at `j` (`run_end` joins them): see there.
fn romanised_given(body: &str, tokens: &[Token], j: usize) -> bool {
    let (Some(family), Some(given)) = (tokens.get(j), tokens.get(j + 1)) else { return false };
    let (f, g) = (word(body, family), word(body, given));
    let Some((a, b)) = g.split_once('-') else { return false };
    let short = |p: &str, n: usize| (1..=n).contains(&p.chars().count()) && p.chars().all(|c| c.is_ascii_alphabetic());
    is_word(family)
        && is_word(given)
        && first_upper(f)
        && short(f, ROMANISED_SYLLABLE + 1)
        && (!gz::is_common_word(f) || gz::is_surname(f))
        && first_upper(a)
        && short(a, ROMANISED_SYLLABLE)
        && short(b, ROMANISED_SYLLABLE + 1)
        && b.chars().all(|c| c.is_ascii_lowercase())
        && !b.ends_with("ed")
        && (!gz::is_common_word(a) || !gz::is_common_word(f) && a.len() <= SYLLABLE_AS_WORD && b.len() <= SYLLABLE_AS_WORD)
        && !gz::is_demonym(a)
        && gz::country(a).is_none()
        && !gz::is_place(a)
        && !gz::is_place(f)
        && gz::country(f).is_none()
}

/// Whether `f g` is a short family name and a romanised given name of two syllables joined by a
/// hyphen ("Park Joo-Ho", "Hau Lung-bin", "Kim Jong-un"): short parts, none a place's or people's
/// name, the family name no common word unless it is a surname too ("Kim"), the first syllable
/// no common word unless the family name is none ("Hau Lung-bin").
fn romanised_pair(f: &str, g: &str) -> bool {
    let Some((a, b)) = g.split_once('-') else { return false };
    let short = |p: &str, n: usize| (1..=n).contains(&p.chars().count()) && p.chars().all(|c| c.is_ascii_alphabetic());
    first_upper(f)
        && short(f, ROMANISED_SYLLABLE + 1)
        && (!gz::is_common_word(f) || gz::is_surname(f))
        && first_upper(a)
        && short(a, ROMANISED_SYLLABLE)
        && short(b, ROMANISED_SYLLABLE + 1)
        && !b.ends_with("ed")
        && (!gz::is_common_word(a) || !gz::is_common_word(f) && a.len() <= SYLLABLE_AS_WORD && b.len() <= SYLLABLE_AS_WORD)
        && !gz::is_demonym(a)
        && gz::country(a).is_none()
        && !gz::is_place(a)
        && !gz::is_place(f)
        && gz::country(f).is_none()
}

/// An upper-case letter after a lower-case one inside a word ("IntelliNews"): a brand.
fn is_camel(w: &str) -> bool {
    let mut prev_lower = false;
    for c in w.chars() {
        if c.is_uppercase() && prev_lower {
            return true;
        }
        prev_lower = c.is_lowercase();
        if matches!(c, '-' | '\'' | '’') {
            return false;
        }
    }
    false
}

fn is_opening(p: &str) -> bool {
    matches!(p, "\"" | "“" | "‘" | "'" | "«" | "„" | "(" | "[" | ":" | "—" | "–" | "." | "!" | "?" | "…" | ";")
}

/// Finds the name mentions of one document, with what the drop says about its words.
pub(super) fn find(doc: &Document, text: &Text, vocab: &Vocabulary) -> Vec<Scored> {
    let body = doc.body.as_str();
    let headlines: Vec<bool> = text.sentences.iter().map(|s| title_case(body, text.tokens_of(s))).collect();
    let mut found: Vec<Candidate> = Vec::new();
    let mut headline_like = Vec::new();
    // Abbreviations the document introduces for a thing or a role ("standard contractual clauses
    // (SCCs)"): no mention of them is a name.
    let mut abbreviations: BTreeSet<String> = BTreeSet::new();
    for s in &text.sentences {
        let tokens = text.tokens_of(s);
        for i in 0..tokens.len() {
            if common_acronym_introduced(body, tokens, i) {
                abbreviations.insert(key_at(body, tokens, i));
            }
        }
    }
    for (si, s) in text.sentences.iter().enumerate() {
        if !matches!(s.role, BlockRole::Paragraph | BlockRole::ListItem | BlockRole::Heading) {
            continue;
        }
        let tokens = text.tokens_of(s);
        if headlines.get(si).copied().unwrap_or(false) {
            headline_like.push(si);
            continue;
        }
        if shouted_label(body, tokens) {
            continue;
        }
        found.extend(sentence_names(body, tokens, vocab, &abbreviations));
    }
    // Sentences in title case ("Key Discussion Points") say nothing through their capitals: only
    // names already found in running text, or known to the gazetteers, count there.
    let known: BTreeSet<String> = found
        .iter()
        .flat_map(|c| {
            let n = Name::parse(c.span.slice(body));
            let mut keys = vec![n.skeleton()];
            if n.core.len() >= 2 && c.scores[PERSON] > 0 {
                keys.extend(n.core.last().map(|w| names::skeleton(w)));
            }
            keys
        })
        .collect();
    for si in headline_like {
        if let Some(s) = text.sentences.get(si) {
            found.extend(known_names(body, text.tokens_of(s), &known));
        }
    }
    found.sort_by_key(|c| c.span);
    found.dedup_by_key(|c| c.span);
    type_per_document(body, found, vocab)
}

/// A line of one word in capitals, longer than acronyms run ("PUBLICIDAD", "ADVERTISEMENT"): a
/// page's label, not a name.
fn shouted_label(body: &str, tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| is_word(t));
    match (words.next(), words.next()) {
        (Some(t), None) => {
            let w = word(body, t);
            w.chars().count() > LONGEST_ACRONYM && w.chars().all(|c| c.is_uppercase())
        }
        _ => false,
    }
}

/// The longest acronym written alone on a line that is still taken for a name: six letters
/// ("UNESCO", "NASDAQ"); longer words in capitals are shouted words.
const LONGEST_ACRONYM: usize = 6;

/// How often a common word must be written alone with a capital inside a sentence, never in
/// lower case, to count as a name: twice, so that one stray capital (a fragment of a longer name
/// the rules cut, a word after a list marker) does not make a name.
const ALONE_AT_LEAST: u32 = 2;

/// Adds the lower-case words and capitalised inner words of one document to `vocab`.
fn vocabulary(body: &str, text: &Text, headlines: &[bool], vocab: &mut Vocabulary) {
    let Vocabulary { lower, mid_caps, alone } = vocab;
    let capitalised = |t: Option<&Token>| t.is_some_and(|t| is_word(t) && first_upper(word(body, t)));
    for (si, s) in text.sentences.iter().enumerate() {
        let tokens = text.tokens_of(s);
        let headline = headlines.get(si).copied().unwrap_or(false);
        let mut seen_word = false;
        let mut prev_opening = false;
        for (ti, t) in tokens.iter().enumerate() {
            let w = word(body, t);
            if is_word(t) {
                let set = if w.chars().next().is_some_and(char::is_lowercase) && !is_name_word(w) {
                    Some(&mut *lower)
                } else if seen_word && !prev_opening && !headline {
                    let prev = ti.checked_sub(1).and_then(|p| tokens.get(p));
                    let next = tokens.get(ti + 1);
                    // Not a unit or currency before a figure ("Rs 10 lakh"), nor an adjective
                    // ("Olympic champion").
                    let unit = next.is_some_and(|n| n.kind == TokenKind::Number);
                    if !capitalised(prev)
                        && !capitalised(next)
                        && !unit
                        && !w.ends_with("ic")
                        && prev.is_some_and(|p| is_word(p) || word(body, p) == ",")
                    {
                        *alone.entry(gz::key(w)).or_insert(0) += 1;
                    }
                    Some(&mut *mid_caps)
                } else {
                    None
                };
                if let Some(set) = set {
                    gz::with_key(w, |k| {
                        if !set.contains(k) {
                            set.insert(k.to_string());
                        }
                    });
                }
                seen_word = true;
            }
            prev_opening = t.kind == TokenKind::Punct && is_opening(w);
        }
    }
}

/// A sentence whose longer words are nearly all capitalised (a headline or subhead in title case).
fn title_case(body: &str, tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens.iter().filter(|t| is_word(t)).map(|t| word(body, t)).skip(1).collect();
    // Function words stay in lower case in a title ("with", "from").
    let (mut long, mut lower) = (0usize, 0usize);
    let mut caps: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if w.chars().count() < 2 || listed(&lx::STOPWORDS, w) {
            continue;
        }
        long += 1;
        if is_name_word(w) {
            caps.push(w);
        } else {
            lower += 1;
            // Running text: too many lower-case words already, whatever follows.
            if lower * 10 > long + (words.len() - i - 1) {
                return false;
            }
        }
    }
    // Capitalised common words ("Discussion Points"), not a sentence full of names.
    long >= 2 && lower * 10 <= long && caps.iter().any(|w| gz::is_common_word(w))
}

/// Whether token `i` opens its sentence (or a quotation or clause after a colon).
fn initial_at(body: &str, tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p)) else { return true };
    if prev.kind == TokenKind::Punct && is_opening(word(body, prev)) {
        return true;
    }
    tokens.get(..i).is_some_and(|before| before.iter().all(|t| !is_word(t)))
}

fn key_at(body: &str, tokens: &[Token], i: usize) -> String {
    tokens.get(i).map(|t| gz::key(word(body, t))).unwrap_or_default()
}

fn is_name_token(body: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        let w = word(body, t);
        is_word(t)
            && is_name_word(w)
            && gz::with_key(w, |k| {
                !(calendar_at(body, tokens, i, k)
                    || has(&lx::STOPWORDS, k) && k != "the"
                    || (is_acronym(w) || k.len() <= 2) && lx::is_clock_word(k)
                    || is_acronym(w) && has(&lx::COMMON_ACRONYMS, k))
            })
    })
}

/// A weekday or month; an abbreviated month ("Jan") only before a period or a number.
fn calendar_at(body: &str, tokens: &[Token], i: usize, key: &str) -> bool {
    if lexicon::is_weekday_name(key) || lexicon::is_month_name(key) || has(&lx::HOLIDAYS, key) {
        return true;
    }
    lexicon::is_month_abbreviation(key)
        && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number || word(body, t) == ".")
}

/// Whether two tokens touch (no white space between them).
fn touching(tokens: &[Token], a: usize, b: usize) -> bool {
    match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => x.span.end == y.span.start,
        _ => false,
    }
}

/// How many "of"s one name may hold before a place: "Unified Geophysical Service of the Russian
/// Academy of Sciences" holds two; institutions named with three ("... of ... of ... of") are rare
/// enough that a third "of" more often starts the name of the parent body.
const MAX_OFS: usize = 2;

/// The end (inclusive) of the run of name words that starts at `i`, and whether it is a web
/// address ("Orda.kz") or a numbered document ("Executive Order 123").
fn run_end(body: &str, tokens: &[Token], i: usize) -> (usize, bool, bool) {
    let mut j = i;
    let mut ofs = 0;
    // Whether the word joined by "of" was a title's ("Ministers of Cambodia"): then "and" adds a
    // second name, not a word of the first ("... of Cambodia and Thailand").
    let mut title_of = false;
    loop {
        let next = key_at(body, tokens, j + 1);
        // A capitalised "The" inside a run opens the next sentence that the splitter kept on
        // after an abbreviation ("in Washington D.C. The team ...", "to the U.S. The President").
        if is_name_token(body, tokens, j + 1) && !is_ticker(body, tokens, j + 1) && next != "the" {
            j += 1;
            continue;
        }
        // A single capital before an ampersand: "Texas A&M", "AT&T" written apart.
        if tokens.get(j + 1).is_some_and(|t| is_initial(word(body, t)) && word(body, t).len() == 1)
            && tokens.get(j + 2).is_some_and(|t| word(body, t) == "&")
            && touching(tokens, j + 1, j + 2)
            && touching(tokens, j + 2, j + 3)
            && is_name_token(body, tokens, j + 3)
        {
            j += 3;
            continue;
        }
        // A possessive of a common noun inside a body's or place's name, before its head word:
        // "New People's Party", "Korean People's Army", "Children's Hospital" (not "Russia's
        // Foreign Ministry": a country's or person's possessive ends their own name).
        if possessive_in_name(body, tokens, j) {
            let (after, _, _) = run_end_plain(body, tokens, j + 3);
            let head = key_at(body, tokens, after);
            if has(&lx::ORG_HEADS, &head) || has(&lx::PLACE_HEADS, &head) {
                j = after;
                continue;
            }
        }
        let particle_word = tokens.get(j + 1).is_some_and(|t| is_word(t) && !first_upper(word(body, t)));
        if particle_word && has(&lx::NAME_PARTICLES, &next) {
            if is_name_token(body, tokens, j + 2) {
                j += 2;
                continue;
            }
            // Two particles: "van der Berg".
            if has(&lx::NAME_PARTICLES, &key_at(body, tokens, j + 2)) && is_name_token(body, tokens, j + 3) {
                j += 3;
                continue;
            }
        }
        // A third "of" only before a country or place: "Institute of Physics of the Earth" and
        // "Service of the Academy of Sciences" are names, "... of the Earth of the Academy of
        // Sciences" two.
        if (next == "of" || next == "for") && joins_of(body, tokens, i, j) {
            let after = if key_at(body, tokens, j + 2) == "the" { j + 3 } else { j + 2 };
            // Not "for" before a constituency or district ("Member of Parliament for | the Galway
            // West constituency"): a place follows, not the rest of a body's name.
            let (place_end, _, _) = run_end_plain(body, tokens, after);
            let place_follows = next == "for" && {
                let t = tokens.get(place_end + 1);
                t.is_some_and(|t| is_word(t) && !first_upper(word(body, t))) && has(&lx::PLACE_NOUNS_AFTER, &key_at(body, tokens, place_end + 1))
            };
            // Nor "of" before a country or place after a body whose name already opens with its
            // own place ("Colorado State University | of the US"): it says where the body is.
            let located = ofs == 0
                && j > i
                && has(&lx::ORG_HEADS, &key_at(body, tokens, j))
                && tokens.get(i).is_some_and(|t| gz::is_place(word(body, t)) || gz::country(word(body, t)).is_some())
                && names_place(body, tokens, after)
                // Likewise a site named in full before its town ("the Evergreen Aviation & Space
                // Museum | of McMinnville"; "Museum of London" names its town as its name does).
                || ofs == 0 && j >= i + 2 && has(&lx::PLACE_HEADS, &key_at(body, tokens, j)) && after == j + 2 && names_place(body, tokens, after);
            if is_name_token(body, tokens, after) && !place_follows && !located && (ofs < MAX_OFS || names_place(body, tokens, after)) {
                title_of = listed(&lx::TITLE_HEADS, tokens.get(j).map_or("", |t| word(body, t)));
                j = after;
                // A title's "of" ("The Director of | the Schmidt Institute of Physics of the
                // Earth") is cut with the title: it counts against no name.
                if !title_of {
                    ofs += 1;
                }
                continue;
            }
        }
        // A romanised given name after a short family name ("Leung Kwok-hung", "Kim Jong-un",
        // "Hau Lung-bin"), even when its second syllable is an English word: two short parts, the
        // first no English word nor a people's or place's name (not "Hamas-run", "Soviet-era").
        if j == i && romanised_given(body, tokens, j) {
            j += 1;
            continue;
        }
        // An ampersand joins the words of one name: "Evergreen Aviation & Space Museum", "Texas
        // A&M", "Marks & Spencer".
        if tokens.get(j + 1).is_some_and(|t| word(body, t) == "&") && is_name_token(body, tokens, j + 2) {
            j += 2;
            continue;
        }
        // "and" between the words of one body named by its head at the end ("National Air and
        // Space Museum", "Space and Rocket Center"): a common word before it that ends no body's
        // name ("Federal Reserve and Bank ..." are two), a run after it ending in a head word
        // that no "of" continues.
        if next == "and" && ofs == 0 && is_name_token(body, tokens, j + 2) && j > i {
            let (after, _, _) = run_end_plain(body, tokens, j + 2);
            let last_before = tokens.get(j).map_or("", |t| word(body, t));
            let headed = has(&lx::ORG_HEADS, &key_at(body, tokens, after)) || has(&lx::PLACE_HEADS, &key_at(body, tokens, after));
            let before_common = gz::is_common_word(last_before);
            if headed
                && after > j + 2
                && before_common
                && !listed(&lx::ORG_HEADS, last_before)
                && !matches!(key_at(body, tokens, after + 1).as_str(), "of" | "for")
            {
                j = after;
                continue;
            }
        }
        if next == "and" && ofs > 0 && !title_of && is_name_token(body, tokens, j + 2) {
            // Not when a second organization follows ("the Institute of Technology and Colorado
            // State University"): what comes after "and" ends in a head word of its own.
            let (after, _, _) = run_end_plain(body, tokens, j + 2);
            if !has(&lx::ORG_HEADS, &key_at(body, tokens, after)) {
                j += 2;
                continue;
            }
        }
        // An initial with its period: "Michael D. Higgins", "L. Ron Hubbard".
        if tokens.get(j + 1).is_some_and(|t| word(body, t) == ".")
            && touching(tokens, j, j + 1)
            && is_initial(word(body, tokens.get(j).map_or(&EMPTY, |t| t)))
            && is_name_token(body, tokens, j + 2)
            && key_at(body, tokens, j + 2) != "the"
        {
            j += 2;
            continue;
        }
        // A web address: "Orda.kz".
        if tokens.get(j + 1).is_some_and(|t| word(body, t) == ".")
            && touching(tokens, j, j + 1)
            && touching(tokens, j + 1, j + 2)
        {
            let tld = tokens.get(j + 2).map(|t| word(body, t)).unwrap_or("");
            if (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase()) {
                return (j + 2, true, false);
            }
        }
        if tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && has(&lx::NUMBERED_HEADS, &key_at(body, tokens, j))
            && j > i
        {
            return (j + 1, false, true);
        }
        return (j, false, false);
    }
}

/// Whether token `i` opens a stock ticker with its exchange suffix, written after a company's
/// name ("Meta Platforms META.O", "AAPL.O", "VOD.L"): capitals, a dot and one or two capitals,
/// touching. It names the company already named, and is no word of that name.
fn is_ticker(body: &str, tokens: &[Token], i: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| word(body, t));
    let caps = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_uppercase());
    caps(w(i))
        && w(i).len() <= TICKER_LEN
        && w(i + 1) == "."
        && caps(w(i + 2))
        && w(i + 2).len() <= 2
        && touching(tokens, i, i + 1)
        && touching(tokens, i + 1, i + 2)
        && !tokens.get(i + 3).is_some_and(|t| touching(tokens, i + 2, i + 3) && word(body, t) == ".")
}

/// Whether token `j` is a common noun written with a capital and followed by a possessive
/// ("People's", "Children's", "Workers'") touching a capitalised word: the inside of a name.
fn possessive_in_name(body: &str, tokens: &[Token], j: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| word(body, t));
    let noun = w(j);
    let apostrophe = matches!(w(j + 1), "'" | "’") && touching(tokens, j, j + 1);
    let s = w(j + 2) == "s" && touching(tokens, j + 1, j + 2);
    // Not after a country or place of two words ("Saudi Arabia's Civil Defense Authority").
    let pair = match (j.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(j)) {
        (Some(a), Some(b)) => ByteSpan::new(a.span.start, b.span.end).slice(body),
        _ => "",
    };
    apostrophe
        && s
        && noun.chars().count() >= 3
        && noun.chars().skip(1).all(char::is_lowercase)
        && gz::country(pair).is_none()
        && !gz::is_place(pair)
        && is_name_word(noun)
        && gz::is_common_word(noun)
        && (!gz::is_first_name(noun) && !gz::is_surname(noun) || listed(&lx::TITLE_HEADS, noun))
        && gz::country(noun).is_none()
        && !gz::is_place(noun)
        && !gz::is_demonym(noun)
        && is_name_token(body, tokens, j + 3)
}

/// Whether a possessive "'s" is written onto token `j`.
fn possessive_after(body: &str, tokens: &[Token], j: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| word(body, t));
    matches!(w(j + 1), "'" | "’") && touching(tokens, j, j + 1) && w(j + 2) == "s" && touching(tokens, j + 1, j + 2)
}

/// Whether token `i` is a hashtag, a handle or part of a web address's path ("#ChicagoMarathon",
/// "@WMMajors", "pic.twitter.com/NQMXrnGEXa"): a label or a link, not a name in the text.
fn tagged_or_linked(body: &str, tokens: &[Token], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    let mark = tokens.get(p).map(|t| word(body, t));
    // A path follows a host with a dot ("twitter.com/..."); "AFP/Getty Images" and "dpa/GNA"
    // are credits.
    let path = mark == Some("/")
        && p.checked_sub(1).is_some_and(|h| {
            let dot = h.checked_sub(1).is_some_and(|d| touching(tokens, d, h) && tokens.get(d).is_some_and(|t| word(body, t) == "."));
            dot && touching(tokens, h, p) && tokens.get(h).is_some_and(|t| is_word(t) && word(body, t).chars().all(|c| c.is_ascii_lowercase()))
        });
    touching(tokens, p, i) && (matches!(mark, Some("#" | "@")) || path)
}

/// Whether token `i` is the country code of a currency before its dollar sign and an amount
/// ("NZ$ 26 million", "US $20,000", "HK$5"): part of the amount, not a name.
fn currency_prefix(body: &str, tokens: &[Token], i: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| word(body, t));
    let code = w(i);
    let letters = code.chars().count();
    (1..=3).contains(&letters)
        && code.chars().all(|c| c.is_ascii_uppercase())
        && w(i + 1) == "$"
        && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number)
}

/// Whether token `i` is written like post-nominal letters: a word of the list in capitals, or in
/// capitals and lower case as degrees are written ("QC", "MP", "PhD", "DPhil").
fn postnominal_word(body: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        let w = word(body, t);
        let caps = w.chars().filter(|c| c.is_uppercase()).count();
        is_word(t) && caps >= 2 && first_upper(w) && listed(&lx::POSTNOMINALS, w)
    })
}

/// Whether token `i` is post-nominal letters set after a name by a comma ("Jane Roe, QC, said",
/// "Sam Lee, MP"): after a capitalised word or other letters, before punctuation, a lower-case
/// word or more letters. It names no one, and the name before it is complete.
fn postnominal_after_comma(body: &str, tokens: &[Token], i: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| word(body, t));
    if !postnominal_word(body, tokens, i) || i < 2 || w(i - 1) != "," {
        return false;
    }
    let before = tokens.get(i - 2).is_some_and(|t| is_word(t) && first_upper(word(body, t)));
    let after = tokens.get(i + 1).is_none_or(|t| {
        t.kind == TokenKind::Punct || is_word(t) && !first_upper(word(body, t)) || postnominal_word(body, tokens, i + 1)
    });
    before && after
}

/// Whether token `i` is an abbreviation in brackets that the words before it spell out, those
/// words being common nouns or a title: "standard contractual clauses (SCCs)", "Chief Public
/// Relations Officer (CPRO)". It abbreviates a thing or a role, not a name.
fn common_acronym_introduced(body: &str, tokens: &[Token], i: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| word(body, t));
    let this = w(i);
    let letters = this.strip_suffix('s').filter(|x| x.chars().count() >= 2).unwrap_or(this);
    if !is_acronym(letters) || i < 2 || w(i - 1) != "(" || w(i + 1) != ")" {
        return false;
    }
    let n = letters.chars().filter(|c| c.is_alphabetic()).count();
    let Some(first) = (i - 1).checked_sub(n) else { return false };
    let spelled: Vec<&str> = (first..i - 1).map(w).collect();
    if spelled.iter().any(|x| x.is_empty() || !x.chars().all(char::is_alphabetic)) {
        return false;
    }
    let initials: String = spelled.iter().filter_map(|x| x.chars().next()).flat_map(char::to_lowercase).collect();
    let all_lower = spelled.iter().all(|x| !first_upper(x));
    let title = spelled.last().is_some_and(|x| listed(&lx::TITLE_HEADS, x));
    initials == letters.to_lowercase() && (all_lower || title)
}

/// The longest stock symbol with an exchange suffix: five letters (NASDAQ symbols run to five,
/// most exchanges use fewer).
const TICKER_LEN: usize = 5;

/// Whether the run of name words at `i` is a country or a known place.
fn names_place(body: &str, tokens: &[Token], i: usize) -> bool {
    let (e, _, _) = run_end_plain(body, tokens, i);
    match (tokens.get(i), tokens.get(e)) {
        (Some(a), Some(b)) => {
            let t = ByteSpan::new(a.span.start, b.span.end).slice(body);
            gz::country(t).is_some() || gz::is_place(t)
        }
        _ => false,
    }
}

/// A token that is never read (an out-of-range fallback).
const EMPTY: Token = Token::new(ByteSpan { start: 0, end: 0 }, TokenKind::Punct);

/// One capital letter, or capitals with inner dots ("D", "G.S"): an initial of a name.
fn is_initial(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&letters) && w.chars().all(|c| c.is_uppercase() || c == '.') && (letters == 1 || w.contains('.'))
}

/// The run of name words from `i` without joining over "and" (what `run_end` looks ahead to).
fn run_end_plain(body: &str, tokens: &[Token], i: usize) -> (usize, bool, bool) {
    let mut j = i;
    while is_name_token(body, tokens, j + 1) {
        j += 1;
    }
    (j, false, false)
}

/// Whether "of" or "for" after the run `[i, j]` joins the name that follows: after a head word
/// of an organization, place or title ("Ministry of", "Gulf of", "Secretary of"), or after any
/// common English word written with a capital inside a name ("Faculty of Law", "Daughters of the
/// American Revolution"); not after a person's name ("Vladimir Putin of Russia").
fn joins_of(body: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    let Some(t) = tokens.get(j) else { return false };
    let w = word(body, t);
    let k = gz::key(w);
    let head = has(&lx::ORG_HEADS, &k) || has(&lx::PLACE_HEADS, &k) || has(&lx::TITLE_HEADS, &k) || has(&lx::OF_HEADS, &k);
    let person = tokens.get(i).is_some_and(|t| gz::is_first_name(word(body, t))) && j > i && !head;
    head || (!person && gz::is_common_word(w) && !gz::is_first_name(w))
}

/// Whether a word may stand in a title ("Russian Deputy Prime Minister").
fn title_word(w: &str) -> bool {
    let k = gz::key(w);
    has(&lx::TITLE_HEADS, &k) || has(&lx::TITLE_MODIFIERS, &k) || gz::is_demonym(w) || gz::country(w).is_some()
}

/// The names of one sentence of running text.
fn sentence_names(body: &str, tokens: &[Token], vocab: &Vocabulary, abbreviations: &BTreeSet<String>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((c, next)) = quoted_title(body, tokens, i) {
            out.push(c);
            i = next;
            continue;
        }
        if is_ticker(body, tokens, i) {
            i += 3;
            continue;
        }
        let abbreviation = !abbreviations.is_empty()
            && (abbreviations.contains(&key_at(body, tokens, i))
                || key_at(body, tokens, i) == "the" && abbreviations.contains(&key_at(body, tokens, i + 1)));
        if tagged_or_linked(body, tokens, i) || abbreviation || postnominal_after_comma(body, tokens, i) || currency_prefix(body, tokens, i) {
            i += 1;
            continue;
        }
        let starts = is_name_token(body, tokens, i)
            || (tokens.get(i).is_some_and(|t| {
                is_word(t) && !first_upper(word(body, t)) && has(&lx::OPENING_PARTICLES, &key_at(body, tokens, i))
            })
                && is_name_token(body, tokens, i + 1));
        if !starts {
            i += 1;
            continue;
        }
        let (end, web, numbered) = run_end(body, tokens, i);
        candidate(body, tokens, i, end, web, numbered, vocab, &mut out);
        i = end + 1;
    }
    out
}

/// A title in title case between quotation marks (the name of a law, report or work:
/// "Providing for the Revocation of ..."), as one name of type other; and the token after it.
fn quoted_title(body: &str, tokens: &[Token], i: usize) -> Option<(Candidate, usize)> {
    static SMALL: lx::List = lx::List::of(&["for", "the", "of", "and", "in", "on", "to", "a", "an", "with", "from", "by", "at", "or"]);
    let open = tokens.get(i)?;
    if open.kind != TokenKind::Punct || !matches!(word(body, open), "\"" | "“" | "‘" | "«") {
        return None;
    }
    let mut j = i + 1;
    let mut caps = 0;
    while let Some(t) = tokens.get(j) {
        let w = word(body, t);
        if t.kind == TokenKind::Punct {
            break;
        }
        if is_word(t) && is_name_word(w) {
            caps += 1;
        } else if !(is_word(t) && listed(&SMALL, w)) && t.kind != TokenKind::Number {
            return None;
        }
        j += 1;
    }
    let close = tokens.get(j)?;
    let words = j - i - 1;
    let first = tokens.get(i + 1)?;
    let last = tokens.get(j - 1)?;
    if !matches!(word(body, close), "\"" | "”" | "’" | "»")
        || words < 3
        || caps < 3
        || !is_name_word(word(body, first))
        || !is_name_word(word(body, last))
    {
        return None;
    }
    let span = ByteSpan::new(first.span.start, last.span.end);
    let mut scores = [0; 4];
    scores[OTHER] = 6;
    Some((Candidate { span, title: None, scores }, j + 1))
}

/// Turns a run of name words `[i, end]` into candidates (pushed on `out`): opening common words
/// dropped, a title set apart, demonyms and bare titles rejected, and the context scored. A place
/// or organization written before a title or a person's name is a candidate of its own ("Uttar
/// Pradesh | Deputy CM | Brajesh Pathak", "Malaysia | Edgard Kagan").
#[allow(clippy::too_many_arguments)]
fn candidate(
    body: &str,
    tokens: &[Token],
    i: usize,
    end: usize,
    web: bool,
    numbered: bool,
    vocab: &Vocabulary,
    out: &mut Vec<Candidate>,
) {
    if let Some(c) = candidate_inner(body, tokens, i, end, web, numbered, vocab, out) {
        out.push(c);
    }
}

#[allow(clippy::too_many_arguments)]
fn candidate_inner(
    body: &str,
    tokens: &[Token],
    i: usize,
    mut end: usize,
    web: bool,
    numbered: bool,
    vocab: &Vocabulary,
    out: &mut Vec<Candidate>,
) -> Option<Candidate> {
    let text_of = |a: usize, b: usize| -> &str {
        match (tokens.get(a), tokens.get(b)) {
            (Some(x), Some(y)) => ByteSpan::new(x.span.start, y.span.end).slice(body),
            _ => "",
        }
    };
    let mut start = i;
    let whole = text_of(i, end);
    let known_place = gz::country(whole).is_some() || gz::is_place(whole);
    // A capitalised word opening a sentence is a name only on evidence.
    if initial_at(body, tokens, i) && !known_place && !web {
        let w = text_of(i, i);
        let k = gz::key(w);
        let confirmed = vocab.mid_caps.contains(&k)
            || gz::country(w).is_some()
            || gz::is_place(w)
            || gz::is_demonym(w)
            || is_acronym(w)
            || is_camel(w)
            || (end > i && gz::is_first_name(w));
        let common = has(&lx::STOPWORDS, &k)
            || vocab.lower.contains(&k)
            || gz::is_common_word(w)
            || ((k.ends_with("ly") || k.ends_with("ing") || k.ends_with("ed")) && !gz::is_first_name(w));
        // A single word that the drop never writes capitalised inside a sentence, and that no
        // list of names knows, is a common word capitalised ("Searchers", "Floodwaters").
        let after_bracket = i.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| matches!(word(body, t), "(" | "["));
        let unknown = end == i && !after_bracket && !gz::is_first_name(w) && !gz::is_surname(w);
        // A name of several words in brackets is an alias given for the name before it ("the
        // Masjid Al-Haram (Grand Mosque)"), whatever its first word.
        if !confirmed && (common || unknown) && !(after_bracket && end > i) {
            start += 1;
        }
    }
    while start <= end && has(&lx::NAME_JOINERS, &key_at(body, tokens, start)) {
        start += 1;
    }
    if start > end {
        return None;
    }
    // Post-nominal letters closing a person's name without a comma ("Sam Lee MP", "Ana Ruiz QC
    // OBE"): the name ends before them.
    while end >= start + 2 && postnominal_word(body, tokens, end) && gz::is_first_name(text_of(start, start)) {
        end -= 1;
    }
    // A title after the name is a role, not part of it ("Arkansas State Police | Col.", "Assam |
    // Chief Minister"); unless an organization's name ends so ("Office of the President").
    // Not before a possessive after a name that is no known place: "the Ouachita County
    // Sheriff's jail" is the sheriff's office ("the Assam Chief Minister's office" is Assam's).
    let office = possessive_after(body, tokens, end) && {
        let mut e = end;
        while e > start && title_word(text_of(e, e)) {
            e -= 1;
        }
        let rest = text_of(start, e);
        !gz::is_place(rest) && gz::country(rest).is_none()
    };
    if !known_place && !web && end > start && listed(&lx::TITLE_HEADS, text_of(end, end)) && !listed(&lx::ORG_HEADS, text_of(end, end)) && !office {
        let mut e = end;
        while e >= start && title_word(text_of(e, e)) {
            if e == start {
                return None;
            }
            e -= 1;
        }
        if !has(&lx::NAME_JOINERS, &key_at(body, tokens, e)) {
            // What is left names something only if some word is more than a common word ("Public
            // Relations | Officer" names no one).
            let place_left = gz::is_place(text_of(start, e)) || gz::country(text_of(start, e)).is_some();
            let all_common = !place_left && (start..=e).all(|k| {
                let w = text_of(k, k);
                gz::is_common_word(w) && gz::country(w).is_none() && !gz::is_place(w) || title_word(w)
            });
            if all_common {
                return None;
            }
            end = e;
        }
    }
    // Title words in front of the name: "Russian Deputy Prime Minister | Alexander Novak".
    let mut title: Option<(usize, usize)> = None;
    // Whether the name is that of the body a title serves ("Rector of the | University of
    // Belgrade"): no person's, whatever the title says.
    let mut institution = false;
    // A title of an institution or country: "Chief Public Relations Officer of | North Eastern
    // Railway", "Prime Minister of | Malaysia".
    if !known_place && !web {
        if let Some(of) = (start + 1..end).find(|&k| matches!(key_at(body, tokens, k).as_str(), "of" | "for")) {
            let is_title = (start..of).all(|k| title_word(text_of(k, k)) || gz::is_common_word(text_of(k, k)))
                && listed(&lx::TITLE_HEADS, text_of(of - 1, of - 1));
            let rest = if key_at(body, tokens, of + 1) == "the" { of + 2 } else { of + 1 };
            if is_title && rest <= end && names_something(text_of(rest, end)) {
                // The title is someone else's, written before the body they serve: the name
                // after "of" is that body's, and carries no title of its own.
                institution = true;
                start = rest;
            } else if is_title && rest < end {
                // "... Officer of North Eastern Railway | Pankaj Singh".
                if let Some(p) = person_after_prefix(body, tokens, rest, end) {
                    if names_something(text_of(rest, p - 1)) {
                        candidate(body, tokens, rest, p - 1, false, false, vocab, out);
                        title = Some((start, p - 1));
                        start = p;
                    }
                }
            }
        }
    }
    if !known_place && !web && title.is_none() && !institution {
        // The first name word after a title: everything before it is the title ("Bank of
        // England Governor | Andrew Bailey", "U.S. Secretary of State | Madeleine Albright").
        let split = (start + 1..=end).find(|&p| {
            let w = text_of(p, p);
            if !is_name_word(w) || title_word(w) || text_of(p, end).chars().filter(|c| c.is_alphabetic()).count() <= 2 {
                return false;
            }
            // The name holds no title word of its own ("Chief | Legal Officer Jennifer" is wrong).
            if (p..=end).any(|q| listed(&lx::TITLE_HEADS, text_of(q, q))) {
                return false;
            }
            // A one-word title that is also an adjective before common words is no title: "General
            // Data Protection Regulation".
            if p == start + 1
                && listed(&lx::TITLE_MODIFIERS, text_of(start, start))
                && (p..=end).all(|q| gz::is_common_word(text_of(q, q)))
            {
                return false;
            }
            // Back from p over title words and connectors to a title head.
            let mut k = p;
            while k > start {
                k -= 1;
                let key = gz::key(text_of(k, k));
                if has(&lx::TITLE_HEADS, &key) {
                    return true;
                }
                if !(title_word(text_of(k, k)) || matches!(key.as_str(), "of" | "for" | "the")) {
                    return false;
                }
            }
            false
        });
        let after_connector = split.is_some_and(|p| matches!(key_at(body, tokens, p - 1).as_str(), "of" | "for" | "the"));
        if let Some(p) = split.filter(|_| after_connector) {
            // "Rector of the | University of Belgrade": the title's body, not its holder; a
            // place or organization opening the title is named too ("Arkansas State Police |
            // Secretary of | Public Safety").
            let q = title_start(body, tokens, start, p);
            if q > start && names_something(text_of(start, q - 1)) {
                candidate(body, tokens, start, q - 1, false, false, vocab, out);
            }
            // A person named after the portfolio holds the whole title: "Secretary of Public
            // Safety | Mike Hagar".
            match person_after_prefix(body, tokens, p, end) {
                Some(n) => {
                    title = Some((q, n - 1));
                    start = n;
                }
                None => {
                    institution = true;
                    start = p;
                }
            }
        } else if let Some(p) = split {
            let rest_last = gz::key(text_of(end, end));
            if !has(&lx::ORG_HEADS, &rest_last) && !has(&lx::PLACE_HEADS, &rest_last) {
                // A place or organization opening the title is named too ("Uttar Pradesh Deputy
                // CM", "Arkansas State Police Secretary of Public Safety").
                let q = title_start(body, tokens, start, p);
                let mut pe = q;
                while pe > start && has(&lx::NAME_JOINERS, &key_at(body, tokens, pe - 1)) {
                    pe -= 1;
                }
                let first_title = if pe > start && names_something(text_of(start, pe - 1)) {
                    candidate(body, tokens, start, pe - 1, false, false, vocab, out);
                    q
                } else {
                    start
                };
                title = Some((first_title, p - 1));
                start = p;
            }
        } else if let Some(p) = person_after_prefix(body, tokens, start, end) {
            // A place or organization written right before a person's name: "Ambassador to
            // Malaysia | Edgard Kagan", "the Refugee Council | Enver Solomon".
            candidate(body, tokens, start, p - 1, false, false, vocab, out);
            start = p;
        }
        // A run that is all title ("Prime Minister", "Syrian President") names no one.
        let all_title = (start..=end).all(|k| title_word(text_of(k, k)));
        let any_head = (start..=end).any(|k| listed(&lx::TITLE_HEADS, text_of(k, k)));
        let all_demonyms = (start..=end).all(|k| gz::is_demonym(text_of(k, k)));
        if all_title && (any_head || all_demonyms) {
            return None;
        }
    }
    // Title words in lower case before the name or title: "interim President", "transitional
    // president, Ahmed ...".
    // A portfolio, not a body: "Secretary of | Public Safety", "President of | Global Affairs"
    // (common words, no head word of an organization or place).
    if institution && !names_something(text_of(start, end)) && (start..=end).all(|k| gz::is_common_word(text_of(k, k))) {
        return None;
    }
    let title = if institution { None } else { extend_title(body, tokens, title, start) };
    // A country inside the title is named too: "former UK Deputy Prime Minister".
    if let Some((a, b)) = title {
        for k in a..=b {
            let Some(t) = tokens.get(k) else { continue };
            if is_word(t) && is_name_word(word(body, t)) && gz::country(word(body, t)).is_some() {
                let mut scores = [0; 4];
                scores[PLACE] = 6;
                out.push(Candidate { span: t.span, title: None, scores });
            }
        }
    }
    // A demonym before a person's name describes them: "Syrian Ahmad ...".
    if end > start && gz::is_demonym(text_of(start, start)) && gz::is_first_name(text_of(start + 1, start + 1)) {
        start += 1;
    }
    // A town and its country written without a comma ("in Paris France"): two places.
    // ("Isabela Island" is no town of Iceland, whose own name is "Island").
    if start < end && gz::country(text_of(end, end)).is_some() && !listed(&lx::PLACE_HEADS, text_of(end, end)) && !known_place {
        let town = text_of(start, end - 1);
        if gz::is_place(town) || gz::country(town).is_some() {
            candidate(body, tokens, start, end - 1, false, false, vocab, out);
            start = end;
        }
    }
    let name = text_of(start, end);
    if name.is_empty() || start > end {
        return None;
    }
    let nk = gz::key(name);
    // A people's name of several words, as a noun or an adjective ("every other New Zealander",
    // "the South Korean military"): no one's name, nor a place's.
    if start < end && gz::is_demonym(name) && !known_place {
        return None;
    }
    // An adjective phrase ending in a demonym ("East African"); but a plural after a word that
    // is no people's nor a compass point names a party or a club ("Social Democrats", "Young
    // Republicans"; not "North Koreans").
    if start < end && gz::is_demonym(text_of(end, end)) && !known_place {
        let first = text_of(start, start);
        let party = text_of(end, end).ends_with('s')
            && !(start..end).any(|k| matches!(key_at(body, tokens, k).as_str(), "of" | "for"))
            && !gz::is_demonym(first)
            && !listed(&lx::PLACE_HEADS, first)
            && gz::country(first).is_none()
            && !gz::is_place(first);
        if !party {
            return None;
        }
    }
    if start == end {
        if let Some(parts) = route_of_places(body, tokens, start) {
            for span in parts {
                let mut scores = [0; 4];
                scores[PLACE] = SETTLED;
                out.push(Candidate { span, title: None, scores });
            }
            return None;
        }
        // A contraction ("I'm", "We're").
        if name.rsplit(['\'', '’']).next().is_some_and(|t| t.len() < name.len() && t.chars().all(char::is_lowercase)) {
            return None;
        }
        if gz::is_demonym(name) || has(&lx::STOPWORDS, &nk) || has(&lx::TITLE_HEADS, &nk) {
            return None;
        }
        // A Roman numeral alone ("part XVII"): a number, not a name.
        if name.chars().count() >= 2 && name.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
            return None;
        }
        // A common word the article also writes in lower case ("Status" in a subhead).
        if gz::is_common_word(name) && vocab.lower.contains(&nk) && !known_place {
            return None;
        }
        // A head noun alone ("News", "Parliament") is a common word capitalised, not a name.
        if gz::is_common_word(name) && (has(&lx::ORG_HEADS, &nk) || has(&lx::PLACE_HEADS, &nk)) {
            return None;
        }
        // "Syria-Russia", "Syrian-Russian": a compound of peoples or countries, not one name.
        let parts: Vec<&str> = name.split(['-', '\u{2010}', '\u{2011}']).collect();
        if parts.len() > 1 && parts.iter().all(|p| gz::is_demonym(p) || gz::country(p).is_some()) {
            return None;
        }
    }
    // A portfolio before a title in lower case: "the Foreign Affairs minister" (common words, no
    // head word of a body or place).
    let next_lower = tokens.get(end + 1).is_some_and(|t| is_word(t) && !first_upper(word(body, t)));
    if next_lower
        && has(&lx::PORTFOLIO_TITLES, &key_at(body, tokens, end + 1))
        && (start..=end).all(|k| {
            let w = text_of(k, k);
            gz::is_common_word(w) && !listed(&lx::ORG_HEADS, w) && !listed(&lx::PLACE_HEADS, w) && gz::country(w).is_none()
        })
    {
        return None;
    }
    let span = ByteSpan::new(tokens.get(start)?.span.start, tokens.get(end)?.span.end);
    let scores = score(body, tokens, start, end, title.is_some(), web, numbered, name);
    Some(Candidate { span, title: title.and_then(|(a, b)| Some(ByteSpan::new(tokens.get(a)?.span.start, tokens.get(b)?.span.end))), scores })
}

/// Where the title before token `p` starts in the run from `start`: at its first head word
/// ("Secretary", "Minister"), taken left over the title words before it ("Russian Deputy Prime
/// Minister"), but not into an organization's name ("Arkansas State Police | Secretary").
fn title_start(body: &str, tokens: &[Token], start: usize, p: usize) -> usize {
    let w = |k: usize| tokens.get(k).map_or("", |t| word(body, t));
    let Some(mut q) = (start..p).find(|&k| listed(&lx::TITLE_HEADS, w(k))) else {
        return (start..p).find(|&k| title_word(w(k))).unwrap_or(start);
    };
    while q > start && title_word(w(q - 1)) && (!listed(&lx::ORG_HEADS, w(q - 1)) || listed(&lx::TITLE_MODIFIERS, w(q - 1))) {
        q -= 1;
    }
    q
}

/// The two places of a route written as one word before a word for a way between them
/// ("the Barabanki-Gorakhpur train segment", "the Motiganj-Jhilani section"), as their spans.
fn route_of_places(body: &str, tokens: &[Token], i: usize) -> Option<[ByteSpan; 2]> {
    let t = tokens.get(i)?;
    let w = word(body, t);
    let next = tokens.get(i + 1)?;
    if !is_word(next) || first_upper(word(body, next)) || !has(&lx::ROUTE_NOUNS, &gz::key(word(body, next))) {
        return None;
    }
    if gz::is_place(w) || gz::country(w).is_some() {
        return None;
    }
    let cut = w.find('-')?;
    let (a, b) = (w.get(..cut)?, w.get(cut + 1..)?);
    let place_like = |p: &str| first_upper(p) && p.chars().count() >= 3 && p.chars().all(char::is_alphabetic) && !gz::is_common_word(p);
    if !place_like(a) || !place_like(b) || names::prefix_particle(w).is_some() {
        return None;
    }
    let start = t.span.start;
    Some([ByteSpan::new(start, start + cut), ByteSpan::new(start + cut + 1, t.span.end)])
}

/// Whether a run of words names a place or organization by itself: a known country or place, or
/// an organization's or place's head word at its end.
fn names_something(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("");
    // Or the head before its first "of" or "for": "Centre for Control of Iodine Deficiency
    // Disorders", "Museum of Flight".
    let head = text.split_whitespace().take_while(|w| !matches!(*w, "of" | "for")).last().unwrap_or("");
    gz::country(text).is_some()
        || gz::is_place(text)
        || listed(&lx::ORG_HEADS, last)
        || listed(&lx::PLACE_HEADS, last)
        || head != last && (listed(&lx::ORG_HEADS, head) || listed(&lx::PLACE_HEADS, head))
}

/// Where a person's name starts inside the run `[start, end]` after a place or organization: a
/// known first name followed by one or two more name words, none of them a head word, after a
/// country, place, demonym, head word or capitalised common word that no first name is
/// ("Malaysia Edgard Kagan", "Refugee Council Enver Solomon"; not "Daniel Kibet Mateiko").
fn person_after_prefix(body: &str, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let w = |k: usize| tokens.get(k).map_or("", |t| word(body, t));
    (start + 1..end).find(|&p| {
        let rest = (p..=end).filter(|&k| tokens.get(k).is_some_and(is_word)).count();
        let before = w(p - 1);
        // The whole run before: "United States | Hamdullah Mohib".
        let prefix_text = match (tokens.get(start), tokens.get(p - 1)) {
            (Some(a), Some(b)) => ByteSpan::new(a.span.start, b.span.end).slice(body),
            _ => "",
        };
        let place_before = gz::country(before).is_some() || gz::is_place(before) || gz::country(prefix_text).is_some() || gz::is_place(prefix_text);
        // After a country or known place the given name may be one no list holds ("Malaysia
        // Ouyang Yujing"), when no word of the rest is a common one.
        let after_place = place_before
            && (p..=end).all(|k| w(k) == "." || is_initial(w(k)) || !gz::is_common_word(w(k)));
        if !(2..=4).contains(&rest) || !(gz::is_first_name(w(p)) || after_place) {
            return false;
        }
        // No cut through a known place: "Los | Angeles Sheriff" is "Los Angeles", whatever
        // first names "Angeles" is.
        let across = |k: usize| match (tokens.get(k), tokens.get(p)) {
            (Some(a), Some(b)) => ByteSpan::new(a.span.start, b.span.end).slice(body),
            _ => "",
        };
        if (start..p).any(|k| gz::is_place(across(k)) || gz::country(across(k)).is_some()) {
            return false;
        }
        let person_shaped = (p..=end).all(|k| {
            let x = w(k);
            x == "."
                || is_name_word(x)
                && !listed(&lx::ORG_HEADS, x)
                && !listed(&lx::PLACE_HEADS, x)
                && gz::country(x).is_none()
                && !gz::is_place(x)
                && !title_word(x)
        });
        // An acronym of a body before a known first name: "NASA | Bill Ingalls" (three letters or
        // more, no dots: "GS Naveen Kumar" and "G.S. Naveen Kumar" are a person's initials).
        let body_acronym = is_acronym(before) && before.chars().count() >= 3 && before.chars().all(char::is_alphabetic);
        let prefix = place_before
            || body_acronym && gz::is_first_name(w(p))
            || gz::is_demonym(before)
            || listed(&lx::ORG_HEADS, before)
            || listed(&lx::PLACE_HEADS, before)
            || gz::is_common_word(before) && !gz::is_first_name(before) && !gz::is_surname(before);
        person_shaped && prefix
    })
}

/// Extends a title leftwards over lower-case title words, or finds one there when the run had
/// none ("interim president Ahmad ...", "transitional president, Ahmed ...").
fn extend_title(body: &str, tokens: &[Token], title: Option<(usize, usize)>, name_start: usize) -> Option<(usize, usize)> {
    let (mut first, last) = match title {
        Some(t) => t,
        None => {
            // Skip one comma of apposition.
            let mut k = name_start.checked_sub(1)?;
            if word(body, tokens.get(k)?) == "," {
                k = k.checked_sub(1)?;
            }
            let w = word(body, tokens.get(k)?);
            if !listed(&lx::TITLE_HEADS, w) || is_name_word(w) && k + 1 == name_start {
                return None;
            }
            (k, k)
        }
    };
    while let Some(k) = first.checked_sub(1) {
        let Some(t) = tokens.get(k) else { break };
        let w = word(body, t);
        let key = gz::key(w);
        let lowercase_title = !first_upper(w) && (has(&lx::TITLE_MODIFIERS, &key) || has(&lx::TITLE_HEADS, &key));
        if is_word(t) && (lowercase_title || gz::is_demonym(w)) {
            first = k;
        } else {
            break;
        }
    }
    Some((first, last))
}

/// Scores the evidence for each type of the name `[start, end]`.
#[allow(clippy::too_many_arguments)]
fn score(
    body: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    titled: bool,
    web: bool,
    numbered: bool,
    name: &str,
) -> Scores {
    let mut s: Scores = [0; 4];
    let nk = gz::key(name);
    let parsed = Name::parse(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let first_w = words.first().copied().unwrap_or("");
    let last_k = gz::key(words.last().copied().unwrap_or(""));
    let first_k = gz::key(first_w);
    if has(&lx::SEATS_OF_GOVERNMENT, &nk) {
        s[ORG] += 8;
    }
    if gz::country(name).is_some() {
        s[PLACE] += 6;
    } else if gz::is_place(name) {
        s[PLACE] += 3;
    }
    if words.len() >= 2 || !is_acronym(name) {
        if words.len() >= 2 && has(&lx::SITE_HEADS, &last_k) {
            // A site that is also a body ("Kennedy Space Center", "Tsunami Warning Center"):
            // the body unless "at" or "in" makes it the place.
            s[ORG] += 3;
            s[PLACE] += 2;
        } else if has(&lx::ORG_HEADS, &last_k) {
            s[ORG] += 4;
        }
        if words.len() >= 2 && has(&lx::PLACE_HEADS, &last_k) {
            // After a given name that is no place nor common word the head word may be a surname
            // ("Nicolas Bay", "Stuart Hall"): weighed below the given name, so context decides.
            let given = words.len() == 2 && gz::is_first_name(first_w) && !gz::is_place(first_w) && gz::country(first_w).is_none() && !gz::is_common_word(first_w);
            s[PLACE] += if given { 2 } else { 4 };
        }
    }
    // A district named by its service is the body that runs it: "Irving Independent School
    // District" (above a place head's 4).
    if words.len() >= 2 && has(&lx::DISTRICT_HEADS, &last_k) && words.iter().rev().skip(1).any(|w| listed(&lx::SERVICE_DISTRICT_WORDS, w)) {
        s[ORG] += 6;
    }
    // A site named with where it stands ("the California Science Center in Los Angeles", "Johnson
    // Space Center (JSC) in Houston"): the place, whatever body runs it.
    if words.len() >= 2 && has(&lx::SITE_HEADS, &last_k) {
        let bracketed_after = key_at(body, tokens, end + 1) == "(" && key_at(body, tokens, end + 3) == ")";
        let after = if bracketed_after { end + 4 } else { end + 1 };
        if key_at(body, tokens, after) == "in" && is_name_token(body, tokens, after + 1) {
            s[PLACE] += 2;
        }
    }
    // "South-east Asia": a region named by a compass point of two.
    if words.len() >= 2 && first_w.contains('-') && first_w.split('-').all(|p| has(&lx::COMPASS_POINTS, &gz::key(p))) {
        s[PLACE] += 4;
    }
    // "South East Asia", "Northern Ireland": compass words before a known place name a part of it.
    if let Some(cut) = words.iter().position(|w| !has(&lx::COMPASS_WORDS, &gz::key(w))).filter(|&c| c > 0) {
        let rest = words.get(cut..).unwrap_or(&[]).join(" ");
        if gz::country(&rest).is_some() || gz::is_place(&rest) {
            s[PLACE] += 4;
        }
    }
    // A town and its state's or district's abbreviation: "Washington D.C.", "Albany N.Y.".
    if let [town, code] = words.as_slice() {
        if gz::is_place(town) && code.contains('.') && is_initial(code.trim_end_matches('.')) {
            s[PLACE] += 4;
        }
    }
    // "Port Said", "Mount Lebanon", "Lake Chad", "Cape Town": a place word opening a short name.
    if (2..=3).contains(&words.len()) && has(&lx::PLACE_OPENERS, &first_k) {
        s[PLACE] += 4;
    }
    // An event named after its sponsor ends in the event's head: "Bank of America Chicago
    // Marathon" is a race, whatever bank opens it.
    let event = words.len() >= 2 && has(&lx::EVENT_HEADS, &last_k);
    if words.len() >= 3 && !event && words.iter().any(|w| *w == "of" || *w == "for") {
        // The head before the first "of" or "for": "University of ...", "Andy Warhol Foundation
        // for the Visual Arts".
        let head = words.iter().position(|w| *w == "of" || *w == "for").and_then(|p| p.checked_sub(1)).and_then(|p| words.get(p));
        let head_k = head.map(|w| gz::key(w)).unwrap_or_default();
        if has(&lx::ORG_HEADS, &first_k) || has(&lx::ORG_HEADS, &head_k) {
            s[ORG] += 4;
        } else if has(&lx::PLACE_HEADS, &first_k) || has(&lx::PLACE_HEADS, &head_k) {
            s[PLACE] += 4;
        }
    }
    if titled {
        s[PERSON] += 5;
    }
    // A title closing a place's or body's name before a possessive is that office, a body: "the
    // Ouachita County Sheriff's jail", "the LA Sheriff's office" (as much as a head word).
    if words.len() >= 2 && listed(&lx::TITLE_HEADS, words.last().copied().unwrap_or("")) && possessive_after(body, tokens, end) {
        s[ORG] += 4;
    }
    let not_place = gz::country(name).is_none() && !gz::is_place(name);
    // Not before a site's head: "Kennedy Space Center" is named after a person, and no one.
    if parsed.core.len() >= 2 && gz::is_first_name(first_w) && not_place && !has(&lx::SITE_HEADS, &last_k) {
        s[PERSON] += 3;
    }
    // The shape of a personal name: a known surname, or two or three uncommon capitalised words.
    let last_w = words.last().copied().unwrap_or("");
    // Only after another word: a surname alone is evidence once per referent, not per mention
    // (`best` weighs it when nothing else speaks), or a company that is also a family name
    // ("Meta") turns person by being named often.
    if words.len() >= 2 && not_place && gz::is_surname(last_w) && !gz::is_common_word(last_w) {
        s[PERSON] += 1;
    }
    if (2..=4).contains(&words.len())
        && not_place
        && words.iter().all(|w| {
            (is_name_word(w) && !gz::is_common_word(w) && gz::country(w).is_none() && !gz::is_place(w))
                || listed(&lx::NAME_PARTICLES, w)
                || is_initial(w)
        })
        && !is_acronym(first_w)
    {
        s[PERSON] += 1;
    }
    // A family name and a romanised given name of two syllables: "Park Joo-Ho", "Kim Shin-Wook".
    if let [f, g] = words.as_slice() {
        if romanised_pair(f, g) {
            s[PERSON] += 2;
        }
    }
    // "Abu Bakr al-Nouri", "al-Assad"; but a capitalised "Al" before one word often opens the
    // name of a broadcaster or a movement.
    if parsed.particles > 0 && (parsed.core.len() >= 2 || names::prefix_particle(first_w).is_some()) {
        s[PERSON] += 1;
    }
    // A train named by its route: "Katihar-Amritsar Express".
    let route = first_w.split(['-', '\u{2010}', '\u{2011}', '\u{2013}']).filter(|p| first_upper(p)).count() >= 2;
    if words.len() >= 2 && route && has(&lx::TRAIN_HEADS, &last_k) {
        s[OTHER] += 6;
    } else if words.len() == 2 && gz::is_place(first_w) && has(&lx::TRAIN_HEADS, &last_k) {
        // Or by where it runs to: "the Dibrugarh Express" (a daily named so is headed by an
        // adjective, "Daily Express", "Indian Express").
        s[OTHER] += 2;
    }
    if event {
        s[OTHER] += 4;
    }
    if words.len() == 1 && is_acronym(name) && gz::country(name).is_none() {
        s[ORG] += 3;
    }
    if is_camel(name) {
        s[ORG] += 2;
    }
    if web {
        s[ORG] += 6;
    }
    if numbered {
        s[OTHER] += 8;
    } else if words.len() >= 2 && has(&lx::NUMBERED_HEADS, &last_k) {
        s[OTHER] += 3;
    }
    // An age beside the name ("Ella Marsh, 23,", "the 23-year-old Ella Marsh") or a relative
    // "who" after it: people have ages and are "who", bodies and places are "which".
    if age_after(body, tokens, end) || key_at(body, tokens, start.wrapping_sub(1)).ends_with("year-old") {
        s[PERSON] += AGE;
    }
    // One capital letter alone after "on" or "via" ("posted on X"): a platform, not a word.
    let letter = name.chars().count() == 1 && !matches!(name, "A" | "I");
    if letter && matches!(key_at(body, tokens, start.wrapping_sub(1)).as_str(), "on" | "via") {
        s[ORG] += 2;
    }
    // A credit in brackets after a dateline ("Amman, July 28 (Petra) –"): the news agency's.
    let bracketed = start.checked_sub(1).is_some_and(|p| key_at(body, tokens, p) == "(") && key_at(body, tokens, end + 1) == ")";
    let after_date = start
        .checked_sub(2)
        .and_then(|p| tokens.get(p))
        .is_some_and(|t| t.kind == TokenKind::Number || lexicon::is_month_name(&gz::key(word(body, t))));
    if bracketed && after_date {
        s[ORG] += CREDIT;
    }
    let who_at = if key_at(body, tokens, end + 1) == "," { end + 2 } else { end + 1 };
    if key_at(body, tokens, who_at) == "who" {
        s[PERSON] += 2;
    }
    // A name opening with a place that is no first name ("Edmonton Sun", "Arkansas State
    // Police") is seldom a person's.
    if words.len() >= 2 && gz::is_place(first_w) && !gz::is_first_name(first_w) && not_place {
        s[ORG] += 1;
    }
    // What follows the name.
    let next = tokens.get(end + 1);
    let next_k = key_at(body, tokens, end + 1);
    let next_lower = next.is_some_and(|t| is_word(t) && !first_upper(word(body, t)));
    if next_lower && has(&lx::SPEECH_VERBS, &next_k) {
        s[PERSON] += 1;
        s[ORG] += 1;
        if has(&lx::ORG_VERBS, &next_k) {
            s[ORG] += 1;
        }
    }
    // "... said in a statement": institutions issue statements, people mostly speak.
    if next_lower && has(&lx::SPEECH_VERBS, &next_k) && (end + 2..end + 6).any(|k| key_at(body, tokens, k) == "statement") {
        s[ORG] += 2;
    }
    if next_lower && has(&lx::PLACE_NOUNS_AFTER, &next_k) {
        s[PLACE] += 3;
    }
    if next_lower && has(&lx::OTHER_NOUNS_AFTER, &next_k) {
        s[OTHER] += 4;
    }
    if next_lower && has(&lx::ORG_NOUNS_AFTER, &next_k) {
        s[ORG] += 2;
    }
    // An apposition: "Kommersant, a Russian media outlet".
    if next.is_some_and(|t| word(body, t) == ",") && matches!(key_at(body, tokens, end + 2).as_str(), "a" | "an" | "the") {
        for k in end + 3..(end + 7).min(tokens.len()) {
            let Some(t) = tokens.get(k) else { break };
            if !is_word(t) {
                break;
            }
            let key = gz::key(word(body, t));
            if has(&lx::ORG_DESCRIPTORS, &key) {
                s[ORG] += 3;
                break;
            }
            if has(&lx::PLACE_DESCRIPTORS, &key) {
                s[PLACE] += 3;
                break;
            }
        }
    }
    // What precedes it (a title, if any, stands between).
    let mut p = start.checked_sub(1);
    if p.is_some_and(|k| key_at(body, tokens, k) == "the") {
        p = p.and_then(|k| k.checked_sub(1));
    }
    if let Some(k) = p {
        let prev_k = key_at(body, tokens, k);
        // "at Google headquarters": the preposition places the headquarters, not the body.
        // Likewise its possessive: "at Google's headquarters".
        let org_noun_after = next_lower && has(&lx::ORG_NOUNS_AFTER, &next_k)
            || possessive_after(body, tokens, end) && has(&lx::ORG_NOUNS_AFTER, &key_at(body, tokens, end + 3));
        if !titled && !org_noun_after && has(&lx::PLACE_PREPOSITIONS, &prev_k) {
            s[PLACE] += if matches!(prev_k.as_str(), "in" | "near" | "at") { 2 } else { 1 };
        }
        // "the agency SANA", "the religious schools Santo Spirito and ...".
        if has(&lx::ORG_DESCRIPTORS, &prev_k) || has(&lx::ORG_DESCRIPTORS, &singular(&prev_k)) {
            s[ORG] += 3;
        }
        if has(&lx::PLACE_DESCRIPTORS, &prev_k) && !titled {
            s[PLACE] += 2;
        }
        // "the town of Basti", "the prefectures of Hokkaido".
        if prev_k == "of" {
            let d = key_at(body, tokens, k.wrapping_sub(1));
            if !titled && (has(&lx::PLACE_DESCRIPTORS, &d) || has(&lx::PLACE_DESCRIPTORS, &singular(&d))) {
                s[PLACE] += 3;
            }
        }
        if prev_k == "to" && key_at(body, tokens, k.wrapping_sub(1)) == "according" {
            s[ORG] += 1;
            s[PERSON] += 1;
        }
        if has(&lx::TOLD_VERBS, &prev_k) {
            s[ORG] += 1;
            s[PERSON] += 1;
        }
    }
    // A member of a list that a class noun introduces ("regions such as Kyushu and Shikoku",
    // "the ancient gods, such as Zeus, Hera and ...", "firms including ..."): of that class.
    if let Some(class) = list_class(body, tokens, start) {
        if !(titled && class == PLACE) {
            if let Some(v) = s.get_mut(class) {
                *v += SETTLED;
            }
        }
    }
    s
}

/// The singular of a plural noun ("cities" -> "city", "schools" -> "school"); other words as
/// they are.
fn singular(noun: &str) -> String {
    noun.strip_suffix("ies").map(|x| format!("{x}y")).unwrap_or_else(|| noun.trim_end_matches('s').to_string())
}

/// How far back a list of names is followed to the words that introduce it: a dozen names with
/// their commas and "and" (longer lists are rare in news, and the walk stays bounded).
const LIST_REACH: usize = 36;

/// The type that the words introducing the list holding the name at `start` give its members:
/// a class noun (a place's, a body's or people's) before "such as", "including" or "like",
/// the list walked back over names, commas and "and"/"or".
fn list_class(body: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let mut k = start.checked_sub(1)?;
    let floor = start.saturating_sub(LIST_REACH);
    while k > floor {
        let t = tokens.get(k)?;
        let w = word(body, t);
        let member = is_word(t) && (first_upper(w) || listed(&lx::NAME_PARTICLES, w)) || matches!(w, "," | "." | "&" | "and" | "or");
        if !member || matches!(gz::key(w).as_str(), "as" | "including" | "like") {
            break;
        }
        k -= 1;
    }
    let opener = key_at(body, tokens, k);
    let mut noun_at = match opener.as_str() {
        "as" if key_at(body, tokens, k.checked_sub(1)?) == "such" => k.checked_sub(2)?,
        "including" | "like" => k.checked_sub(1)?,
        _ => return None,
    };
    if key_at(body, tokens, noun_at) == "," {
        noun_at = noun_at.checked_sub(1)?;
    }
    let noun_token = tokens.get(noun_at)?;
    let noun = word(body, noun_token);
    if !is_word(noun_token) || first_upper(noun) {
        return None;
    }
    let d = gz::key(noun);
    let one = singular(&d);
    if has(&lx::PERSON_NOUNS, &d) {
        Some(PERSON)
    } else if has(&lx::PLACE_DESCRIPTORS, &d) || has(&lx::PLACE_DESCRIPTORS, &one) {
        Some(PLACE)
    } else if has(&lx::ORG_DESCRIPTORS, &d) || has(&lx::ORG_DESCRIPTORS, &one) {
        Some(ORG)
    } else {
        None
    }
}

/// What a dateline's credit adds to a name's being an organization's: as much as a head word.
const CREDIT: i32 = 4;

/// What an age beside a name adds to its being a person's: as much as a title.
const AGE: i32 = 5;

/// The oldest age news gives a person, in years: a figure past it beside a name is no age.
const OLDEST: u32 = 120;

/// Whether an age follows the name ending at token `end` between commas or brackets: "Ella Marsh,
/// 23, died", "Dale Marsh (51)".
fn age_after(body: &str, tokens: &[Token], end: usize) -> bool {
    let open = tokens.get(end + 1).map(|t| word(body, t));
    let (Some(num), Some(close)) = (tokens.get(end + 2), tokens.get(end + 3).map(|t| word(body, t))) else { return false };
    let small = num.kind == TokenKind::Number && word(body, num).parse::<u32>().is_ok_and(|n| (1..=OLDEST).contains(&n));
    small && matches!((open, close), (Some(","), "," | "." | ";") | (Some("("), ")"))
}

/// Names already known from running text (or to the gazetteers) inside a title-case sentence.
fn known_names(body: &str, tokens: &[Token], known: &BTreeSet<String>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_token(body, tokens, i) {
            i += 1;
            continue;
        }
        let (end, _, _) = run_end(body, tokens, i);
        let mut a = i;
        while a <= end {
            let mut matched = None;
            for b in (a..=end).rev() {
                let (Some(x), Some(y)) = (tokens.get(a), tokens.get(b)) else { continue };
                let span = ByteSpan::new(x.span.start, y.span.end);
                let text = span.slice(body);
                if known.contains(&Name::parse(text).skeleton()) || gz::country(text).is_some() || gz::is_place(text) {
                    matched = Some((b, span));
                    break;
                }
            }
            match matched {
                Some((b, span)) => {
                    let name = span.slice(body);
                    let scores = score(body, tokens, a, b, false, false, false, name);
                    out.push(Candidate { span, title: None, scores });
                    a = b + 1;
                }
                None => a += 1,
            }
        }
        i = end + 1;
    }
    out
}

/// A mention with the evidence for each type gathered over its referent in its document, and the
/// key of the referent's longest name there (what `retype` sums across the drop).
pub(super) struct Scored {
    pub(super) mention: Mention,
    scores: Scores,
    name: String,
}

/// Types every candidate by the evidence gathered over all mentions of its referent in the
/// document (a surname alone joins its full name), so "Novak" said after "Deputy Prime Minister
/// Alexander Novak" is a person too; names written in one list ("Hokkaido, Honshu and Kyushu",
/// "Araria, Bihar") lend their type to those of the list that have no evidence of their own.
fn type_per_document(body: &str, found: Vec<Candidate>, vocab: &Vocabulary) -> Vec<Scored> {
    let keys: Vec<String> = found.iter().map(|c| gz::key(c.span.slice(body))).collect();
    // First, a provisional type per exact name.
    let mut per_name: BTreeMap<&str, Scores> = BTreeMap::new();
    for (c, k) in found.iter().zip(&keys) {
        add(per_name.entry(k.as_str()).or_insert([0; 4]), &c.scores);
    }
    let provisional: Vec<(ByteSpan, EntityKind)> = found
        .iter()
        .zip(&keys)
        .map(|(c, k)| (c.span, best(per_name.get(k.as_str()).unwrap_or(&c.scores), c.span.slice(body))))
        .collect();
    // Then one type per referent (group ids are indices of the group's first mention).
    // A name whose own evidence settles it as a place ("the city of Derna") is no one's surname.
    let settled_place = |key: &str| {
        per_name.get(key).is_some_and(|s| s[PLACE] >= SETTLED && s.iter().all(|&v| v <= s[PLACE]))
    };
    let clusters = names::cluster_document_with(body, &provisional, settled_place);
    let mut per_cluster: Vec<Scores> = vec![[0; 4]; found.len()];
    let mut longest: Vec<&str> = vec![""; found.len()];
    for (c, &id) in found.iter().zip(&clusters) {
        if let Some(s) = per_cluster.get_mut(id) {
            add(s, &c.scores);
        }
        let text = c.span.slice(body);
        if let Some(l) = longest.get_mut(id) {
            if text.split_whitespace().count() > l.split_whitespace().count() {
                *l = text;
            }
        }
    }
    coordinate(body, &found, &clusters, &mut per_cluster);
    lend_people(body, &found, &clusters, &mut per_cluster);
    // Names written in a list beside a name that is no common word ("Google, TikTok, Meta and
    // Apple"; not "Globe and Mail", two common words a name holds).
    let uncommon = |c: &Candidate| {
        c.span.slice(body).split_whitespace().any(|w| !gz::is_common_word(w) || vocab.always_capitalised(&gz::key(w), false))
    };
    let mut in_list = vec![false; found.len()];
    let mut from = 0;
    for i in 0..found.len() {
        let ends = match (found.get(i), found.get(i + 1)) {
            (Some(a), Some(b)) => !listed_together(body, a, b),
            _ => true,
        };
        if ends {
            // A list runs over `from..=i`.
            let members = found.get(from..=i).unwrap_or(&[]);
            if members.len() >= 2 && members.iter().any(uncommon) {
                for (flag, c) in in_list.iter_mut().skip(from).zip(members) {
                    *flag = !gz::is_first_name(c.span.slice(body));
                }
            }
            from = i + 1;
        }
    }
    found
        .into_iter()
        .zip(clusters)
        .zip(in_list)
        .filter_map(|((c, id), listed)| {
            let s = per_cluster.get(id).copied().unwrap_or(c.scores);
            let name = longest.get(id).copied().unwrap_or("");
            // A capitalised common word that nothing else marks as a name ("Freedom"), unless the
            // drop writes it capitalised inside sentences and never in lower case (a brand such
            // as "Apple" or "Twitter", which word-frequency lists hold in lower case).
            if s.iter().all(|&v| v <= 0)
                && !name.contains(char::is_whitespace)
                && gz::is_common_word(name)
                && !vocab.always_capitalised(&gz::key(name), listed)
            {
                return None;
            }
            let mention = Mention { span: c.span, kind: best(&s, name), title: c.title };
            Some(Scored { mention, scores: s, name: gz::key(name) })
        })
        .collect()
}

/// Evidence at or above which a referent's type is settled enough to lend to a list: a
/// gazetteer entry (3) or a head word (4), more than a preposition alone (1-2).
const SETTLED: i32 = 3;

/// What a settled name lends to a name beside it in a list: as much as "in" gives a place.
const LENT: i32 = 2;

/// Names written one after another with only a comma, "and" or "or" between them share a type:
/// each that has little evidence takes some from a neighbour with much. Walks the list forwards
/// and backwards, so a chain takes the type of its best-known member.
/// Whether candidates `a` and `b` (in that order) stand in one list: only a comma, "and" or "or"
/// between them.
fn listed_together(body: &str, a: &Candidate, b: &Candidate) -> bool {
    let between = body.get(a.span.end..b.span.start).unwrap_or("");
    let words: Vec<&str> = between.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    between.len() <= 6
        && between.chars().all(|c| c.is_whitespace() || c.is_alphabetic() || c == ',')
        && words.iter().all(|w| matches!(*w, "and" | "or"))
        && !between.trim().is_empty()
}

fn coordinate(body: &str, found: &[Candidate], clusters: &[usize], per_cluster: &mut [Scores]) {
    let joined = |a: &Candidate, b: &Candidate| listed_together(body, a, b);
    let strength = |s: &Scores| s.iter().copied().max().unwrap_or(0);
    for forward in [true, false] {
        let n = found.len();
        for step in 1..n {
            let (from, to) = if forward { (step - 1, step) } else { (n - step, n - step - 1) };
            let (Some(a), Some(b)) = (found.get(from.min(to)), found.get(from.max(to))) else { continue };
            if !joined(a, b) {
                continue;
            }
            let (Some(&cf), Some(&ct)) = (clusters.get(from), clusters.get(to)) else { continue };
            let (Some(sf), Some(st)) = (per_cluster.get(cf).copied(), per_cluster.get(ct).copied()) else { continue };
            if cf == ct || strength(&sf) < SETTLED || strength(&st) >= SETTLED {
                continue;
            }
            // Places and organizations lend ("Google, Meta and Apple"); people are told by their
            // own context, since a list of names mixes them with their employers. A country
            // often closes a clause ("in the U.S., Bloomberg reported"), and a first name is a
            // person's.
            let kind = sf.iter().enumerate().max_by_key(|&(i, v)| (*v, std::cmp::Reverse(i))).map_or(ORG, |(i, _)| i);
            let lender = a_or_b(from < to, a, b).span.slice(body);
            let target = a_or_b(from < to, b, a).span.slice(body);
            if kind == PERSON || gz::country(lender).is_some() || gz::is_first_name(target) {
                continue;
            }
            if let Some(v) = per_cluster.get_mut(ct).and_then(|s| s.get_mut(kind)) {
                *v += LENT;
            }
        }
    }
}

/// In a list of people ("Ansel Adams, Chuck Close, Walker Evans, Robert Mapplethorpe and Helmut
/// Newton"), a member shaped like a personal name (two or three name words, no head word of a
/// body or place, no place) with no evidence of its own is a person too: two members settled as
/// people, none settled as anything else. (`coordinate` lends no person's type, since a list
/// of names alone mixes people with their employers.)
fn lend_people(body: &str, found: &[Candidate], clusters: &[usize], per_cluster: &mut [Scores]) {
    let mut from = 0;
    for i in 0..found.len() {
        let ends = match (found.get(i), found.get(i + 1)) {
            (Some(a), Some(b)) => !listed_together(body, a, b),
            _ => true,
        };
        if !ends {
            continue;
        }
        let members = from..=i;
        from = i + 1;
        let scores = |k: usize| clusters.get(k).and_then(|&c| per_cluster.get(c)).copied().unwrap_or([0; 4]);
        let settled = |s: &Scores, kind: usize| s.get(kind).is_some_and(|&v| v >= SETTLED && s.iter().all(|&x| x <= v));
        let people = members.clone().filter(|&k| settled(&scores(k), PERSON)).count();
        let others = members.clone().filter(|&k| [PLACE, ORG, OTHER].iter().any(|&t| settled(&scores(k), t))).count();
        if people < 2 || others > 0 {
            continue;
        }
        let takers: Vec<usize> = members
            .filter(|&k| {
                let Some(c) = found.get(k) else { return false };
                let words: Vec<&str> = c.span.slice(body).split_whitespace().collect();
                let shaped = (2..=3).contains(&words.len())
                    && words.iter().all(|w| is_name_word(w) && !listed(&lx::ORG_HEADS, w) && !listed(&lx::PLACE_HEADS, w) && gz::country(w).is_none() && !gz::is_place(w));
                shaped && scores(k).iter().all(|&v| v == 0)
            })
            .filter_map(|k| clusters.get(k).copied())
            .collect();
        for id in takers {
            if let Some(v) = per_cluster.get_mut(id).and_then(|s| s.get_mut(PERSON)) {
                *v += LENT;
            }
        }
    }
}

/// `a` when `first`, else `b`.
fn a_or_b<'a>(first: bool, a: &'a Candidate, b: &'a Candidate) -> &'a Candidate {
    if first {
        a
    } else {
        b
    }
}

/// Types every mention of the drop once more, by the evidence summed over every document that
/// names its referent: "in Bihar" in one article types the "Bihar" of another that gives no
/// evidence. Linear in mentions: one sum per name.
pub(super) fn retype(per_doc: &mut [Vec<Scored>]) {
    let mut totals: BTreeMap<String, Scores> = BTreeMap::new();
    for doc in per_doc.iter() {
        // Each referent of a document counts once, however often it is named.
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        for m in doc {
            if seen.insert(m.name.as_str()) {
                add(totals.entry(m.name.clone()).or_insert([0; 4]), &m.scores);
            }
        }
    }
    for doc in per_doc.iter_mut() {
        for m in doc.iter_mut() {
            if let Some(t) = totals.get(&m.name) {
                m.mention.kind = best(t, &m.name);
            }
        }
    }
}

fn add(total: &mut Scores, more: &Scores) {
    for (a, b) in total.iter_mut().zip(more) {
        *a += b;
    }
}

/// The type with the most evidence; without any, a name of several words is taken for a person
/// and a single word for an organization.
fn best(s: &Scores, name: &str) -> EntityKind {
    let (i, &top) = s
        .iter()
        .enumerate()
        .max_by_key(|&(i, v)| (*v, std::cmp::Reverse(i)))
        .unwrap_or((ORG, &0));
    let single = Name::parse(name).core.len() < 2;
    // Several words that are not common words ("Winsome Earl-Sears") make a person's name
    // more often than anything else; with common words ("Cargo Plane") an organization's.
    // A surname after the first word is no common word here ("Dileep Singh", "Suzy Parker").
    let common = name.split_whitespace().enumerate().any(|(i, w)| {
        let surname = i > 0 && gz::is_surname(w);
        gz::is_common_word(w) && !gz::is_first_name(w) && !surname && !is_initial(w) && w.chars().count() > 1
    });
    if top > 0 {
        // A name that is as much an organization as a person ("told Reuters", "the Red Cross
        // said") is taken for an organization when it is one word (people are named in full at
        // least once) or made of common words.
        if i == PERSON && (single || common) && s.get(ORG) == Some(&top) {
            return EntityKind::Organization;
        }
        return kind_of(i);
    }
    // One word that the list of first names holds and no common word ("Gloria", "Athena"): a
    // person named by one name. (Surnames are left out: companies bear family names, "Meta".)
    let given_alone = single && !is_acronym(name) && gz::is_first_name(name) && !gz::is_common_word(name);
    if !single && !common || given_alone {
        EntityKind::Person
    } else {
        EntityKind::Organization
    }
}
