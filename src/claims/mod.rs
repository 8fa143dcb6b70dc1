//! Claims: sentences -> the checkable statements each outlet makes.
//!
//! Takes a document's `Text` (its sentences and tokens), its entity mentions and its dates, and
//! hands on `Claim`s, each with a verbatim span of the body and the slot it fills:
//! - a statement: one clause of a running-text sentence (headings and captions are not claims),
//!   with its topic words, names, numbers with units and hedges, dates, negation and certainty
//!   ("reportedly", "whether"), and, for a direct quote, the quoted words and their speaker;
//! - a figure that fills a slot (`slots`: a toll, a fine, a vote share), one claim each, beside
//!   the statement of its clause (which keeps the clause's other facts for the table to align);
//! - a title given to a person ("interim President" before a name);
//! - the spelling of each word of a name the entities stage found (its mentions, with the merged
//!   entity each belongs to, are the names the claims read: titles' holders, speakers and
//!   spellings are keyed by that entity), for noticing that outlets spell it differently;
//! - the source an outlet credits ("according to ...", "... told Reuters").
//!
//! Topic words are stems of content words and outlines of names, with the event class of each
//! word `predicates` lists ("shattered" and "broke" both tell ^break), so outlets' wordings of
//! one happening share words to be aligned by.
//!
//! Sentences are cut into clauses at semicolons, contrastive and relative conjunctions and
//! trailing attributions, so one sentence can carry several claims that other outlets report
//! separately. Rules over the shared tokens rather than a parser: small in wasm, explainable, and
//! they degrade to whole sentences when the prose is unusual.

mod lexicon;
pub(crate) mod predicates;
mod quantity;
pub(crate) mod slots;

pub use lexicon::Hedge;
pub(crate) use quantity::hours_in;
pub use quantity::{Quantity, Unit};
pub use slots::FigureSlot;

use crate::body::{BlockRole, Document};
use crate::entities::{EntityKind, Mention};
use crate::span::ByteSpan;
use crate::text::{fold, Text, TokenKind};
use crate::text::words::{is_capitalised, outline_of_base, possessive_off, stem_of_base, strip_article};
use crate::time::{DateKind, DateMention};
use serde::Serialize;

/// What kind of statement a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Something happened or will happen.
    Event,
    /// A figure: a count, an amount, a length.
    Number,
    /// The title an outlet gives a person.
    Title,
    /// How things stand: a state, a position.
    Status,
    /// A direct quote.
    Quote,
    /// When something happened.
    Date,
    /// Whom an outlet credits, or how it spells a name.
    Attribution,
}

/// Whether a statement is made or denied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Polarity {
    /// Stated as so.
    Affirmed,
    /// Stated as not so.
    Negated,
}

/// How firmly the outlet states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Certainty {
    /// Stated as fact.
    Stated,
    /// Stated as expected, planned or intended.
    Expected,
    /// Stated as possible ("may", "could").
    Possible,
    /// Passed on as hearsay ("reportedly", "claimed").
    Reported,
    /// Raised as an open question ("whether").
    Open,
}

/// What part of the story a claim speaks to.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot {
    /// A clause or a direct quote: compared by topic, numbers, dates, negation and certainty.
    Statement,
    /// The title an outlet gives a person (`person` says who, `title` is folded words).
    Title {
        /// Who holds the title: the merged entity the entities stage names with the mention
        /// that ends the claim ("entity:3"), else, where it found none, the name's outline.
        person: String,
        /// The title's folded words.
        title: String,
    },
    /// How an outlet spells a word of a name the entities stage found: the word's outline with
    /// the merged entity it names, the folded form, and the words around it.
    Spelling {
        /// The word's outline and its entity ("shr/entity:2"): spellings compare within one
        /// referent, so two people who share a surname's outline are not one name spelled twice.
        outline: String,
        /// The name as folded.
        form: String,
        /// The folded words around it.
        neighbours: Vec<String>,
    },
    /// Whom an outlet credits for a statement, and the statement's topic.
    Source {
        /// The source: the merged entity its name belongs to ("entity:9"), else the name's
        /// outline, or "unnamed" for an anonymous one ("officials said").
        source: String,
    },
    /// A figure: the slot it fills (`slots::slot_of`), and whether it is not settled (a
    /// forecast, a request, a limit: "could reach 20,000") rather than a count so far. The claim's one quantity is the figure.
    Figure {
        /// What the figure counts.
        slot: FigureSlot,
        /// Whether it is a forecast, request or limit rather than a count so far.
        forecast: bool,
        /// Whether it is a figure of an earlier fact than the story's own.
        earlier: Earlier,
    },
}

/// Whether a figure belongs to an earlier fact than the story's own: the figure another outlet
/// gives for the story is no disagreement with it ("the previous record fine of 746 million
/// euros", "Amazon's fine in 2021").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Earlier {
    /// A word before it marks it as earlier ("previous", "previously", "prior", "a month
    /// after"), or as asked for before a decision ("prosecutors had requested"), or a word after
    /// it as of another place ("elsewhere in the country").
    pub previous: bool,
    /// The date nearest to it in its sentence, as the time stage resolved it (the table judges
    /// whether it lies well before the copy's time).
    pub dated: Option<crate::date::Date>,
}

/// How many months before its copy's time a date must lie for a figure dated by it to be
/// another, earlier fact ("Amazon's fine in 2021", "the 2011 quake killed 15,000"): a quarter
/// of a year, so that a count dated to the days of the story (a storm on 30 December in a copy
/// of 2 January) stays with the story's own figures.
pub(crate) const EARLIER_MONTHS: i32 = 3;

impl Earlier {
    /// The year of the date that makes the figure earlier than a copy of `copy_time`: its
    /// nearest date lies more than `EARLIER_MONTHS` before it.
    pub(crate) fn dated_before(&self, copy_time: Option<crate::date::Date>) -> Option<i32> {
        let month_of = |d: &crate::date::Date| d.year * 12 + i32::from(d.month.unwrap_or(12)) - 1;
        match (self.dated, copy_time) {
            (Some(d), Some(t)) if month_of(&t) - month_of(&d) > EARLIER_MONTHS => Some(d.year),
            _ => None,
        }
    }

    /// Whether the figure is of an earlier fact than a copy of `copy_time` tells.
    pub(crate) fn is_earlier(&self, copy_time: Option<crate::date::Date>) -> bool {
        self.previous || self.dated_before(copy_time).is_some()
    }
}

/// One checkable statement of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// What kind of statement it is.
    pub kind: ClaimKind,
    /// The verbatim evidence in the body (a clause, a title with its name, or the quoted words).
    pub span: ByteSpan,
    /// The outlet's own value for the claim's slot, where it has one.
    pub value: Option<String>,
    /// The part of the story it speaks to.
    pub slot: Slot,
    /// The sentence the claim comes from.
    pub sentence: ByteSpan,
    /// Topic words: stems of content words, outlines of names; sorted, without repeats.
    pub terms: Vec<String>,
    /// Whether it is stated or denied.
    pub polarity: Polarity,
    /// The stem of the word a negation applies to ("not agreed" -> "agreed").
    pub negated: Option<String>,
    /// How firmly the outlet states it.
    pub certainty: Certainty,
    /// The certainty marker as written ("Reportedly", "whether").
    pub certainty_word: Option<ByteSpan>,
    /// The numbers in it, with units and hedges.
    pub quantities: Vec<Quantity>,
    /// Resolved dates in the claim (ISO), from the time stage.
    pub dates: Vec<(ByteSpan, String)>,
    /// Times of day in the claim (the words that tell each, minutes after midnight).
    pub times: Vec<(ByteSpan, u16)>,
    /// For a quote: the speaker's name outline, when it can be told.
    pub speaker: Option<String>,
    /// For a quote: the quoted words, folded.
    pub quote: Option<String>,
    /// Which fact the clause's figures belong to, when it holds figures of one time only.
    pub told: Told,
}

/// Which fact a statement's figures belong to: a clause of the story's own figures, one of an
/// earlier fact's ("was fined 1.1 million euros in 2019") and one of a forecast's ("the toll
/// could reach 20,000") are three facts, however alike their words; a clause with no figure,
/// or with figures of more than one, may share a row with any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Told {
    /// No figure, or figures of more than one fact.
    #[default]
    Either,
    /// Only figures of the story's own fact, as counted so far.
    Story,
    /// Only figures of an earlier fact.
    Earlier,
    /// Only forecasts, requests or limits.
    Forecast,
}

impl Told {
    /// Whether statements of `self` and `other` can be one fact.
    pub fn compatible(self, other: Told) -> bool {
        self == other || self == Told::Either || other == Told::Either
    }
}

/// A token of a sentence as the claim reader sees it.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    /// The token's text.
    pub text: &'a str,
    /// `fold(text)`, as the text stage took it.
    pub fold: String,
    /// Where it sits in the body.
    pub span: ByteSpan,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

impl Word<'_> {
    /// `words::base` of the word, read off its fold.
    fn base(&self) -> &str {
        possessive_off(&self.fold)
    }

    /// `words::stem` of the word.
    fn stem(&self) -> String {
        stem_of_base(self.base())
    }

    /// `words::outline` of the word.
    fn outline(&self) -> String {
        outline_of_base(self.base())
    }
}

pub(crate) fn is_name_word(w: &Word) -> bool {
    w.kind == TokenKind::Word && is_capitalised(strip_article(w.text).trim_start_matches(['-', '\'']))
}

fn in_list(list: &lexicon::List, w: &str) -> bool {
    lexicon::contains(list, w)
}

/// A document's date mentions, with an index of their spans.
struct Dates<'a> {
    all: &'a [DateMention],
    index: SpanIndex,
}

/// A document's mentions of people, in the entity stage's order, with an index of their spans.
struct People<'a> {
    all: Vec<&'a Mention>,
    index: SpanIndex,
}

/// A document's mentions with the merged entity each belongs to (the entities stage's), by the
/// end of the mention.
struct Named<'a> {
    /// The mentions, by span.
    all: &'a [(ByteSpan, usize)],
    /// Mention end -> (mention start, entity index).
    by_end: std::collections::HashMap<usize, Vec<(usize, usize)>>,
}

impl Named<'_> {
    fn new(named: &[(ByteSpan, usize)]) -> Named<'_> {
        let mut by_end: std::collections::HashMap<usize, Vec<(usize, usize)>> = std::collections::HashMap::new();
        for (s, e) in named {
            by_end.entry(s.end).or_default().push((s.start, *e));
        }
        Named { all: named, by_end }
    }

    /// The entity of the mention that covers `span` (a word of a name).
    fn covering(&self, span: ByteSpan) -> Option<usize> {
        self.mention_covering(span).map(|(_, e)| e)
    }

    /// The mention that covers `span` (a word of a name), and its entity.
    fn mention_covering(&self, span: ByteSpan) -> Option<(ByteSpan, usize)> {
        let at = self.all.partition_point(|(s, _)| s.start <= span.start);
        // mentions of one body seldom nest: the few that start last before the word are enough
        self.all.get(at.saturating_sub(4)..at)?.iter().rev().find(|(s, _)| s.contains(span)).copied()
    }

    /// The key of a name word: its entity's, else its outline.
    fn word_key(&self, w: &Word) -> String {
        match self.covering(w.span) {
            Some(e) => format!("entity:{e}"),
            None => w.outline(),
        }
    }

    /// The entity named by a mention that ends where `span` ends and overlaps it (the first
    /// entity, if mentions of several end there).
    fn ending(&self, span: ByteSpan) -> Option<usize> {
        self.by_end.get(&span.end)?.iter().filter(|(start, _)| span.overlaps(ByteSpan::new(*start, span.end))).map(|(_, e)| *e).min()
    }

    /// The key of the person a claim of `span` speaks of: the entity that ends it, else `outline`.
    fn person_key(&self, span: ByteSpan, outline: &str) -> String {
        match self.ending(span) {
            Some(e) => format!("entity:{e}"),
            None => outline.to_string(),
        }
    }
}

/// Spans of a list, for finding those inside a span or covering one in the list's own order.
/// When the list runs in text order (starts and ends both ascending) the answers are ranges found
/// by binary search; otherwise each question reads the whole list.
struct SpanIndex {
    spans: Vec<ByteSpan>,
    in_order: bool,
}

impl SpanIndex {
    fn new(spans: Vec<ByteSpan>) -> Self {
        let in_order = spans.windows(2).all(|p| matches!(p, [a, b] if a.start <= b.start && a.end <= b.end));
        SpanIndex { spans, in_order }
    }

    /// The positions, ascending, of the spans inside `outer`.
    fn inside(&self, outer: ByteSpan) -> Box<dyn Iterator<Item = usize> + '_> {
        if self.in_order {
            let from = self.spans.partition_point(|s| s.start < outer.start);
            let to = self.spans.partition_point(|s| s.end <= outer.end);
            Box::new(from..to.max(from))
        } else {
            Box::new(self.spans.iter().enumerate().filter(move |(_, s)| outer.contains(**s)).map(|(i, _)| i))
        }
    }

    /// The position of the first span that covers `inner`.
    fn first_covering(&self, inner: ByteSpan) -> Option<usize> {
        if self.in_order {
            let from = self.spans.partition_point(|s| s.end < inner.end);
            let to = self.spans.partition_point(|s| s.start <= inner.start);
            (from < to).then_some(from)
        } else {
            self.spans.iter().position(|s| s.contains(inner))
        }
    }
}

/// Quotes shorter than this many words are phrases of their clause, not claims of their own.
const FRAGMENT_WORDS: usize = 5;

/// The claims of one document. `mentions` are the entities stage's mentions of the document,
/// `named` the same with the merged entity each belongs to (`entities::mentions_by_entity`).
pub fn extract(doc: &Document, text: &Text, mentions: &[Mention], named: &[(ByteSpan, usize)], dates: &[DateMention]) -> Vec<Claim> {
    let named = Named::new(named);
    let dates = Dates { index: SpanIndex::new(dates.iter().map(|d| d.span).collect()), all: dates };
    let people: Vec<&Mention> = mentions.iter().filter(|m| m.kind == EntityKind::Person).collect();
    let people = People { index: SpanIndex::new(people.iter().map(|m| m.span).collect()), all: people };
    let mut out = Vec::new();
    let mut last_person: Option<String> = None;
    let mut spellings: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for sentence in &text.sentences {
        if !matches!(sentence.role, BlockRole::Paragraph | BlockRole::ListItem) {
            continue;
        }
        let words: Vec<Word> = text
            .tokens_of(sentence)
            .iter()
            .map(|t| {
                let s = t.span.slice(&doc.body);
                Word { text: s, fold: text.fold(t).to_string(), span: t.span, kind: t.kind }
            })
            .collect();
        let n_words = words.iter().filter(|w| w.kind == TokenKind::Word).count();
        if n_words < 5 {
            continue;
        }
        let quotes = text.quotes_touching(sentence.span);
        let in_quote = |w: &Word| quotes.iter().any(|q| q.contains(w.span));

        // Who speaks in this sentence.
        let speaker = find_speaker(&words, &in_quote, last_person.as_deref(), &named);
        // Titles given to people.
        for t in titles(&doc.body, &words, &people) {
            let person = named.person_key(t.span, &t.person);
            last_person = Some(person.clone());
            out.push(Claim {
                kind: ClaimKind::Title,
                span: t.span,
                value: Some(t.shown.clone()),
                slot: Slot::Title { person, title: fold(&t.value) },
                sentence: sentence.span,
                terms: Vec::new(),
                polarity: Polarity::Affirmed,
                negated: None,
                certainty: Certainty::Stated,
                certainty_word: None,
                quantities: Vec::new(),
                dates: Vec::new(),
                times: Vec::new(),
                speaker: None,
                quote: None,
                told: Told::Either,
            });
        }
        if let Some(s) = &speaker {
            last_person = Some(s.clone());
        }
        // Spellings of names (first use of each form).
        for (k, w) in words.iter().enumerate() {
            if k == 0 || !is_name_word(w) || in_quote(w) {
                continue;
            }
            // a word of a name the entities stage found: its spelling is that entity's
            let Some((mention, entity)) = named.mention_covering(w.span) else { continue };
            let form = strip_article(w.base()).to_string();
            if form.chars().filter(|c| c.is_alphabetic()).count() < 4 {
                continue;
            }
            // a title ("Minister") is a word, not a name; an acronym ("ASEAN") is spelled one way
            let acronym = w.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            if acronym || in_list(&lexicon::TITLES, &w.fold) || in_list(&lexicon::TITLE_MODIFIERS, &w.fold) {
                continue;
            }
            let neighbours: Vec<String> = [k.checked_sub(1), Some(k + 1)]
                .into_iter()
                .flatten()
                .filter_map(|i| words.get(i))
                .filter(|n| n.kind == TokenKind::Word && !in_list(&lexicon::STOPWORDS, &n.fold))
                .map(Word::stem)
                .collect();
            // a form seen before: only its surroundings are new
            if let Some(&at) = spellings.get(&form) {
                if let Some(Claim { slot: Slot::Spelling { neighbours: known, .. }, .. }) = out.get_mut(at) {
                    for n in neighbours {
                        if !known.contains(&n) && known.len() < 64 {
                            known.push(n);
                        }
                    }
                }
                continue;
            }
            spellings.insert(form.clone(), out.len());
            out.push(Claim {
                kind: ClaimKind::Title,
                span: mention,
                // the name as written in full ("Ahmed al-Sharaa"), not the one word compared
                value: Some(mention.slice(&doc.body).trim_end_matches("'s").trim_end_matches("’s").to_string()),
                slot: Slot::Spelling {
                    outline: format!("{}/entity:{entity}", w.outline()),
                    form,
                    neighbours,
                },
                sentence: sentence.span,
                terms: Vec::new(),
                polarity: Polarity::Affirmed,
                negated: None,
                certainty: Certainty::Stated,
                certainty_word: None,
                quantities: Vec::new(),
                dates: Vec::new(),
                times: Vec::new(),
                speaker: None,
                quote: None,
                told: Told::Either,
            });
        }

        // Direct quotes.
        for q in quotes {
            if q.start < sentence.span.start || q.start >= sentence.span.end {
                continue;
            }
            let qw: Vec<Word> = words.iter().filter(|w| q.contains(w.span)).cloned().collect();
            if qw.iter().filter(|w| w.kind == TokenKind::Word).count() < FRAGMENT_WORDS {
                continue; // a quoted phrase stays with its clause
            }
            let mut c = statement(&doc.body, &qw, *q, sentence.span, &dates);
            // a figure in a quote ("we have counted more than 5,300 dead") is that figure too
            out.extend(figures_of(&doc.body, &qw, &c, &dates));
            c.kind = ClaimKind::Quote;
            c.speaker = speaker.clone();
            c.quote = Some(fold(q.slice(&doc.body)));
            c.value = Some(q.slice(&doc.body).to_string());
            out.push(c);
        }

        // Clauses.
        for range in clauses(&words) {
            let cw = words.get(range.clone()).unwrap_or(&[]);
            let (Some(first), Some(last)) = (cw.first(), cw.last()) else { continue };
            let span = ByteSpan::new(first.span.start, last.span.end);
            // a clause that is mostly a quote already made its own claim
            let q_in: usize = quotes
                .iter()
                .filter(|q| span.contains(**q) && word_count(&words, **q) >= FRAGMENT_WORDS)
                .map(|q| q.len())
                .sum();
            if q_in * 10 > span.len() * 5 {
                continue;
            }
            if let Some(source) = attribution(cw, &named) {
                let mut c = statement(&doc.body, cw, span, sentence.span, &dates);
                // a short sentence that credits its figure ("12 people died, police said")
                out.extend(figures_of(&doc.body, cw, &c, &dates));
                c.kind = ClaimKind::Attribution;
                c.value = Some(span.slice(&doc.body).to_string());
                c.slot = Slot::Source { source };
                // The attribution speaks to the rest of its sentence: take that topic.
                let rest: Vec<Word> = words.iter().filter(|w| !span.contains(w.span)).cloned().collect();
                c.terms = terms_of(&rest);
                out.push(c);
                continue;
            }
            if speech_tag(cw, quotes, span) {
                continue; // "…," she said at a news conference: the quote is the claim
            }
            let mut c = statement(&doc.body, cw, span, sentence.span, &dates);
            // figures that fill a slot are facts of their own, one claim each
            let figures = figures_of(&doc.body, cw, &c, &dates);
            if !figures.is_empty() {
                // the clause says more than its figures ("Connolly, 68, won the election with
                // 63% of the vote"): it stays a statement too, with its figures left to their
                // own rows; the dates of a clause about an earlier fact ("fined in 2019") are
                // that fact's, no disagreement with the story's day
                let told = |f: &Claim| match &f.slot {
                    Slot::Figure { forecast: true, .. } => Told::Forecast,
                    Slot::Figure { earlier, .. } if earlier.is_earlier(doc.published) => Told::Earlier,
                    _ => Told::Story,
                };
                let first = figures.first().map_or(Told::Either, told);
                c.told = if figures.iter().all(|f| told(f) == first) { first } else { Told::Either };
                if c.told == Told::Earlier {
                    c.dates.clear();
                }
                out.extend(figures);
                c.quantities.clear();
                c.terms.retain(|t| !t.starts_with('#'));
                c.kind = if c.polarity == Polarity::Negated || c.certainty != Certainty::Stated { ClaimKind::Status } else { ClaimKind::Event };
                c.value = Some(short(span.slice(&doc.body)));
            }
            // quoted phrases inside the clause: their wording is compared like a quote's
            // (a quotation that runs on into the next clause is compared on its words in this one)
            let fragments: Vec<String> = quotes
                .iter()
                .filter(|q| q.start < span.end && span.start < q.end)
                .map(|q| ByteSpan::new(q.start.max(span.start), q.end.min(span.end)))
                .filter(|q| word_count(&words, *q) >= 2 || span.contains(*q))
                .map(|q| fold(q.slice(&doc.body)))
                .collect();
            if !fragments.is_empty() {
                c.quote = Some(fragments.join("\n"));
                c.speaker = speaker.clone();
            }
            if c.terms.len() >= 2 {
                out.push(c);
            }
        }
    }
    out
}

/// A clause that only tells who spoke the direct quote beside it (`"…," Vartan told reporters on
/// Wednesday`): a few words with a speech verb, touching a quote of the sentence, no quote of its
/// own and no number. It credits the quote; it states nothing an outlet could report differently.
fn speech_tag(cw: &[Word], quotes: &[ByteSpan], span: ByteSpan) -> bool {
    let n = cw.iter().filter(|w| w.kind == TokenKind::Word).count();
    if n == 0 || n > 8 || quotes.is_empty() || quotes.iter().any(|q| span.contains(*q)) {
        return false;
    }
    let says = cw.iter().any(|w| in_list(&lexicon::SAY_VERBS, &w.fold));
    let touches = quotes.iter().any(|q| q.end <= span.start && span.start - q.end <= 3 || span.end <= q.start && q.start - span.end <= 3);
    let numbers = cw.iter().any(|w| w.text.chars().any(|c| c.is_ascii_digit()));
    says && touches && !numbers
}

fn word_count(words: &[Word], span: ByteSpan) -> usize {
    words.iter().filter(|w| w.kind == TokenKind::Word && span.contains(w.span)).count()
}

/// A statement claim over `cw`.
fn statement(body: &str, cw: &[Word], span: ByteSpan, sentence: ByteSpan, dates: &Dates) -> Claim {
    let quantities = quantity::scan(cw);
    let (polarity, negated) = negation(cw);
    let (certainty, certainty_word) = certainty(cw);
    let mut terms = terms_of(cw);
    for q in &quantities {
        let pseudo = match &q.unit {
            Unit::Time => "#time".to_string(),
            Unit::Percent => "#percent".to_string(),
            Unit::Money(_) => "#money".to_string(),
            Unit::Count(c) if c.is_empty() => continue,
            Unit::Count(c) => format!("#{c}"),
        };
        terms.push(pseudo);
    }
    terms.sort();
    terms.dedup();
    let clocks: Vec<(ByteSpan, u16)> = dates
        .index
        .inside(span)
        .filter_map(|i| dates.all.get(i))
        .filter_map(|d| d.clock)
        .filter(|(c, _)| span.contains(*c))
        .collect();
    let dates: Vec<(ByteSpan, String)> = dates
        .index
        .inside(span)
        .filter_map(|i| dates.all.get(i))
        // the date line dates the copy, not what the clause reports
        .filter(|d| d.kind == DateKind::Date && !d.dateline)
        .filter_map(|d| Some((d.span, d.value?.to_string())))
        .collect();
    let kind = if !quantities.is_empty() {
        ClaimKind::Number
    } else if polarity == Polarity::Negated || certainty != Certainty::Stated {
        ClaimKind::Status
    } else if !dates.is_empty() && terms.len() <= 3 {
        ClaimKind::Date
    } else {
        ClaimKind::Event
    };
    let value = if let Some(q) = quantities.first() {
        Some(q.span.slice(body).to_string())
    } else {
        Some(short(span.slice(body)))
    };
    Claim {
        kind,
        span,
        value,
        slot: Slot::Statement,
        sentence,
        terms,
        polarity,
        negated,
        certainty,
        certainty_word,
        quantities,
        dates,
        times: quantity::times_of_day(cw, &clocks),
        speaker: None,
        quote: None,
        told: Told::Either,
    }
}

/// How many words either side of a figure a forecast word governs it: a modal and its verb
/// ("could climb to", "may have died"), not the next clause's.
const FORECAST_REACH: usize = 3;

/// How many words before a figure a word that marks an earlier fact ("the previous record of",
/// "was previously fined") still governs it: a determiner phrase or an auxiliary and its verb,
/// as far as "previously put the death toll in the city at 5,500".
const PREVIOUS_REACH: usize = 8;

/// The date nearest to a figure in its clause (a date of another clause of the sentence is
/// that clause's: "..., while turnout was 44% in 2018"), when the time stage resolved it: what the
/// agreement table reads to tell a figure of an earlier fact ("Amazon's fine in 2021") from the
/// story's own.
fn nearest_date(q: &Quantity, clause: ByteSpan, dates: &Dates) -> Option<crate::date::Date> {
    let distance = |s: ByteSpan| if s.end <= q.span.start { q.span.start - s.end } else { s.start.saturating_sub(q.span.end) };
    dates
        .index
        .inside(clause)
        .filter_map(|i| dates.all.get(i))
        .filter(|d| d.kind == DateKind::Date && !d.dateline)
        .min_by_key(|d| distance(d.span))?
        .value
}

/// The figures of a statement that fill a slot, each as a claim of its own.
fn figures_of(body: &str, cw: &[Word], statement: &Claim, dates: &Dates) -> Vec<Claim> {
    statement
        .quantities
        .iter()
        .filter_map(|q| {
            // a forecast word governs the figure next to it ("could reach 20,000", "20,000 may
            // have died"), not every figure of a long clause
            let first = cw.iter().position(|w| w.span.start >= q.span.start).unwrap_or(0);
            let last = cw.iter().rposition(|w| w.span.end <= q.span.end).unwrap_or(first);
            let near = cw.get(first.saturating_sub(FORECAST_REACH)..(last + 1 + FORECAST_REACH).min(cw.len())).unwrap_or(&[]);
            // a warning ("warned that waves of up to three metres ...") governs its whole clause
            let warned = cw.get(..first).unwrap_or(&[]).iter().any(|w| in_list(&lexicon::WARNING, &w.fold));
            let forecast = warned || near.iter().any(|w| in_list(&lexicon::FORECAST, &w.fold));
            // a figure in brackets after another ("100,000 euros ($108,000)", "7 metres (23
            // feet)") restates it in other units
            let bracketed = cw.iter().rposition(|w| w.span.end <= q.span.start).and_then(|k| cw.get(k)).is_some_and(|w| w.text == "(");
            // (a sum restated in another currency is a figure of that currency's slot, which
            // other outlets may give: "100,000 euros ($108,000)" against "($154,000)")
            let before = statement.quantities.iter().filter(|p| p.span.end <= q.span.start).max_by_key(|p| p.span.end);
            let other_currency = match (before.map(|p| &p.unit), &q.unit) {
                (Some(Unit::Money(a)), Unit::Money(b)) => slots::currency(a) != slots::currency(b),
                _ => false,
            };
            if bracketed && !other_currency {
                return None;
            }
            let slot = slots::slot_of(cw, q)?;
            let before = cw.get(first.saturating_sub(PREVIOUS_REACH)..first).unwrap_or(&[]);
            let after = cw.get(last + 1..(last + 1 + PREVIOUS_REACH).min(cw.len())).unwrap_or(&[]);
            // a figure asked for ("prosecutors had requested five years, a €300,000 fine") came
            // before the decision; one "a month after" another event, or "elsewhere", is another fact
            // (the request reaches across a semicolon: "had requested five years; a €300,000 fine")
            let asked = body
                .get(statement.sentence.start..q.span.start)
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| !w.is_empty() && in_list(&lexicon::REQUEST, &fold(w)));
            let since = before.windows(2).any(|p| matches!(p, [a, b] if b.fold == "after" && quantity::is_time_word(&a.fold)));
            let previous = asked
                || since
                || before.iter().enumerate().any(|(k, w)| in_list(&lexicon::PREVIOUS, &w.fold) && !names_aside(before, k))
                || after.iter().any(|w| in_list(&lexicon::ELSEWHERE, &w.fold));
            let dated = nearest_date(q, statement.span, dates);
            let mut c = statement.clone();
            c.kind = ClaimKind::Number;
            c.value = Some(q.figure.slice(body).to_string());
            // a bare figure of a slot with a usual unit ("a depth of 19.3") is in that unit
            let q = slots::measured_unit(&slot.what).and_then(|u| q.in_length_unit(u)).unwrap_or_else(|| q.clone());
            c.quantities = vec![q];
            c.slot = Slot::Figure { slot, forecast, earlier: Earlier { previous, dated } };
            Some(c)
        })
        .collect()
}

/// Whether word `k` of `words` opens an aside about a name that closes before the last word:
/// "Meta (formerly Facebook) was fined", "the company, previously Twitter, was fined". Such a
/// word tells what a party was once called, not that the figure after it is an earlier fact's.
fn names_aside(words: &[Word], k: usize) -> bool {
    let opens = k.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|w| matches!(w.text, "(" | ","));
    let rest = words.get(k + 1..).unwrap_or(&[]);
    let Some(close) = rest.iter().position(|w| matches!(w.text, ")" | ",")) else { return false };
    opens && close > 0 && rest.get(..close).unwrap_or(&[]).iter().all(is_name_word)
}

/// Whether a folded word is a function word or a reporting verb (no topic of its own).
pub(crate) fn is_function_word(w: &str) -> bool {
    in_list(&lexicon::STOPWORDS, w) || in_list(&lexicon::SAY_VERBS, w)
}

/// A short form of a passage: its first words, cut at a word boundary.
pub(crate) fn short(s: &str) -> String {
    const MAX: usize = 120;
    let s = s.trim();
    if s.len() <= MAX {
        return s.to_string();
    }
    let mut cut = MAX;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let head = head.rfind(' ').map_or(head, |p| &head[..p]);
    format!("{}…", head.trim_end_matches([',', ';', ':']))
}

/// Topic words of a run of words: content-word stems, name outlines.
pub(crate) fn terms_of(cw: &[Word]) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for (k, w) in cw.iter().enumerate() {
        if w.kind != TokenKind::Word {
            continue;
        }
        let base = w.base();
        if in_list(&lexicon::STOPWORDS, base) || in_list(&lexicon::SAY_VERBS, base) || base.len() < 3 || quantity::is_time_word(base) {
            continue;
        }
        if k > 0 && is_name_word(w) {
            terms.push(format!("@{}", outline_of_base(base)));
        } else {
            terms.push(stem_of_base(base));
        }
        // the event the word tells, however it is worded ("shattered", "broke": ^break)
        if let Some(class) = predicates::class_of(base) {
            terms.push(format!("^{class}"));
        }
    }
    terms.sort();
    terms.dedup();
    terms
}

fn negation(cw: &[Word]) -> (Polarity, Option<String>) {
    for (k, w) in cw.iter().enumerate() {
        let negates = in_list(&lexicon::NEGATIONS, &w.fold) || w.fold.ends_with("n't");
        // "no" before a noun ("no agreement") negates; "not only" does not
        if !negates || cw.get(k + 1).is_some_and(|n| n.fold == "only") {
            continue;
        }
        let target = cw
            .iter()
            .skip(k + 1)
            .filter(|n| n.kind == TokenKind::Word)
            .find(|n| !in_list(&lexicon::AUXILIARIES, &n.fold) && !in_list(&lexicon::NEGATIONS, &n.fold))
            .map(Word::stem);
        return (Polarity::Negated, target);
    }
    (Polarity::Affirmed, None)
}

fn certainty(cw: &[Word]) -> (Certainty, Option<ByteSpan>) {
    let mut best = (Certainty::Stated, None);
    for (k, w) in cw.iter().enumerate() {
        let f = w.fold.as_str();
        let next = cw.get(k + 1).map_or("", |n| n.fold.as_str());
        let c = if in_list(&lexicon::REPORTED, f)
            || (in_list(&lexicon::HEARSAY_VERBS, f) && !next.is_empty())
            || (in_list(&lexicon::HEARSAY_NOUNS, f) && in_list(&lexicon::HEARSAY_NOUN_NEXT, next))
        {
            Certainty::Reported
        } else if f == "whether" {
            Certainty::Open
        } else if in_list(&lexicon::POSSIBLE, f) {
            Certainty::Possible
        } else if in_list(&lexicon::EXPECTED, f) {
            Certainty::Expected
        } else {
            continue;
        };
        if c > best.0 {
            best = (c, Some(w.span));
        }
    }
    best
}

/// The speaker of a sentence: the name next to its reporting verb, or the last person named
/// when the verb's subject is a pronoun.
fn find_speaker(words: &[Word], in_quote: &dyn Fn(&Word) -> bool, last: Option<&str>, named: &Named) -> Option<String> {
    let v = words.iter().position(|w| !in_quote(w) && in_list(&lexicon::SAY_VERBS, &w.fold))?;
    // before the verb
    let mut k = v;
    while k > 0 {
        k -= 1;
        let w = words.get(k)?;
        if in_list(&lexicon::BEFORE_SPEECH_VERB, &w.fold) {
            continue;
        }
        if is_name_word(w) && !in_quote(w) {
            return Some(named.word_key(w));
        }
        if in_list(&lexicon::PERSON_PRONOUNS, &w.fold) {
            return last.map(str::to_string);
        }
        break;
    }
    // after the verb ("said Novak")
    let w = words.get(v + 1)?;
    if is_name_word(w) && !in_quote(w) {
        let mut e = v + 1;
        while words.get(e + 1).is_some_and(is_name_word) {
            e += 1;
        }
        return words.get(e).map(|w| named.word_key(w));
    }
    None
}

/// A title found before a person's name.
struct TitleFound {
    span: ByteSpan,
    person: String,
    /// The title's words, for comparing ("former President").
    value: String,
    /// The title as written ("Former U.S. President"), for showing.
    shown: String,
}

/// Titles before names: "interim Syrian President Ahmad al-Sharaa" -> ("interim President").
fn titles(body: &str, words: &[Word], people: &People) -> Vec<TitleFound> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let Some(w) = words.get(k) else { break };
        // the last word of a title ("Deputy Prime Minister": "Minister")
        let continues = || {
            words
                .get(k + 1)
                .is_some_and(|x| in_list(&lexicon::TITLES, &x.fold) || (in_list(&lexicon::TITLE_MODIFIERS, &x.fold) && is_name_word(x)))
        };
        if !in_list(&lexicon::TITLES, &w.fold) || continues() {
            k += 1;
            continue;
        }
        // the name after the title (an optional comma between)
        let mut n = k + 1;
        if words.get(n).is_some_and(|x| x.text == ",") {
            n += 1;
        }
        let name_start = n;
        while words.get(n).is_some_and(|x| is_name_word(x) && !in_list(&lexicon::TITLES, &x.fold)) && n - name_start < 4 {
            n += 1;
        }
        if n == name_start {
            k += 1;
            continue;
        }
        // the title's qualifiers before it
        let mut s = k;
        while s > 0 {
            let Some(p) = words.get(s - 1) else { break };
            let qualifies = p.kind == TokenKind::Word
                && (in_list(&lexicon::TITLE_MODIFIERS, &p.fold) || in_list(&lexicon::TITLES, &p.fold) || is_name_word(p));
            if !qualifies || (s - 1 == 0 && !in_list(&lexicon::TITLE_MODIFIERS, &p.fold) && !is_name_word(p)) {
                break;
            }
            s -= 1;
        }
        // a capitalised qualifier that starts a name ("National Rally leader", "State Duma
        // deputy") belongs to the name, and so does what comes before it; one of how the office
        // is held ("Acting Thai Prime Minister") starts no name
        let listed = |x: &Word| in_list(&lexicon::TITLE_MODIFIERS, &x.fold) || in_list(&lexicon::TITLES, &x.fold);
        let named = (s..k).rev().find(|&m| {
            m > 0
                && words.get(m).is_some_and(|x| is_name_word(x) && listed(x) && !in_list(&lexicon::TENURE, &x.fold))
                && words.get(m + 1).is_some_and(|x| is_name_word(x) && !listed(x))
        });
        let from = named.map_or(s, |m| m + 1);
        let value: Vec<&str> = words
            .get(from..=k)
            .unwrap_or(&[])
            .iter()
            .filter(|x| in_list(&lexicon::TITLE_MODIFIERS, &x.fold) || in_list(&lexicon::TITLES, &x.fold))
            .map(|x| x.text)
            .collect();
        let (Some(first), Some(last_name)) = (words.get(s), words.get(n - 1)) else { break };
        // an entity mention with its own title span, when the entities stage found one
        let from_mentions = people.index.first_covering(last_name.span).and_then(|i| people.all.get(i));
        let span = match from_mentions.and_then(|m| m.title) {
            Some(t) => t.cover(last_name.span),
            None => ByteSpan::new(first.span.start, last_name.span.end),
        };
        // shown as the outlet wrote it, from its first title word ("Former U.S. President"), with
        // the possessive owner of the office before it ("the court's president")
        let opening = (from..=k).find(|&m| words.get(m).is_some_and(listed)).map(|m| {
            // the owner's word, its apostrophe and "s" ("court", "'", "s"), written together
            let apostrophe = |o: usize| words.get(o).is_some_and(|x| matches!(x.text, "'" | "\u{2019}"));
            let owner = m.checked_sub(3).filter(|&o| {
                words.get(o).is_some_and(|x| x.kind == TokenKind::Word)
                    && apostrophe(o + 1)
                    && words.get(o + 2).is_some_and(|x| x.text == "s")
                    && words.get(o..m).is_some_and(|run| run.windows(2).all(|p| p[0].span.end == p[1].span.start))
            });
            owner.unwrap_or(m)
        });
        let opening = opening.and_then(|m| words.get(m));
        let shown = match opening {
            Some(o) => body.get(o.span.start..w.span.end).unwrap_or(w.text).to_string(),
            None => value.join(" "),
        };
        out.push(TitleFound { span, person: last_name.outline(), value: value.join(" "), shown });
        k = n;
    }
    out
}

/// Where a sentence splits into clauses: semicolons, ", but/while/who/which ...",
/// ", adding ..." and a trailing or leading attribution. Each part keeps at least four words.
fn clauses(words: &[Word]) -> Vec<std::ops::Range<usize>> {
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (end of previous clause, start of next)
    let n = words.len();
    for (k, w) in words.iter().enumerate() {
        let next = words.get(k + 1).map_or("", |x| x.fold.as_str());
        if w.text == ";" {
            cuts.push((k, k + 1));
        } else if w.text == "," {
            match next {
                x if in_list(&lexicon::CLAUSE_OPENERS, x) => cuts.push((k, k + 2)),
                x if x.ends_with("ing")
                    && !in_list(&lexicon::ING_PREPOSITIONS, x)
                    && words.get(k + 1).is_some_and(|x| !is_capitalised(x.text)) =>
                {
                    cuts.push((k, k + 1))
                }
                _ => {
                    // a trailing attribution: ", a source told Reuters on Wednesday."
                    let tail = words.get(k + 1..).unwrap_or(&[]);
                    let tail_words = tail.iter().filter(|x| x.kind == TokenKind::Word).count();
                    if tail_words <= 9 && tail.iter().any(|x| in_list(&lexicon::SAY_VERBS, &x.fold)) && !tail.iter().any(|x| x.text == ",") && k > 3 {
                        cuts.push((k, k + 1));
                    }
                }
            }
        }
    }
    // a leading attribution: "According to X, ..."
    if words.first().is_some_and(|w| w.fold == "according") {
        if let Some(c) = words.iter().position(|w| w.text == ",") {
            cuts.push((c, c + 1));
        }
    }
    cuts.sort();
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        let len = words.get(start..end).map_or(0, |s| s.iter().filter(|w| w.kind == TokenKind::Word).count());
        let rest = words.get(next..).map_or(0, |s| s.iter().filter(|w| w.kind == TokenKind::Word).count());
        if len >= 3 && rest >= 3 && end > start {
            out.push(start..end);
            start = next;
        }
    }
    // drop the closing punctuation of the sentence
    let mut end = n;
    while end > start && words.get(end - 1).is_some_and(|w| w.kind == TokenKind::Punct && !matches!(w.text, "”" | "\"" | "’" | ")" | "%")) {
        end -= 1;
    }
    if end > start {
        out.push(start..end);
    }
    out
}

/// When a clause only says who the source is ("According to the state agency SANA",
/// "a Syrian source told Reuters on Wednesday"), the source's key (`Named::word_key`).
fn attribution(cw: &[Word], named: &Named) -> Option<String> {
    let words_n = cw.iter().filter(|w| w.kind == TokenKind::Word).count();
    if words_n > 10 {
        return None;
    }
    let first = cw.first()?;
    let names = |ws: &[Word]| -> Option<String> {
        ws.iter().rev().find(|w| is_name_word(w)).map(|w| named.word_key(w))
    };
    if first.fold == "according" && cw.get(1).is_some_and(|w| w.fold == "to") {
        return names(cw.get(2..)?).or_else(|| Some("unnamed".to_string()));
    }
    let v = cw.iter().position(|w| in_list(&lexicon::CREDIT_VERBS, &w.fold))?;
    // "a source told Reuters": the credit goes to the outlet told; "officials said": to them
    if cw.get(v).is_some_and(|w| in_list(&lexicon::TOLD_VERBS, &w.fold)) {
        if let Some(told) = cw.get(v + 1).filter(|w| is_name_word(w)) {
            return Some(named.word_key(told));
        }
    }
    let anonymous = cw
        .get(..v)?
        .iter()
        .any(|w| in_list(&lexicon::ANONYMOUS_SOURCES, &w.fold));
    if anonymous {
        names(cw.get(..v)?).or_else(|| Some("unnamed".to_string()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
