//! The timeline: each dated event once, with every outlet's quote.
//!
//! Takes the documents, their sentences and their resolved temporal expressions, and hands on
//! `TimelineItem`s in date order. Each date in running text (not headings or captions, and not
//! vague ones) is attached to the clause that holds it: that clause, cut from the body, is the
//! evidence, and its own words, without the date and the attribution, make the label. A stretch
//! of time with a known start ("since 2011", "have been partners for 80 years") is placed at its
//! start; a future event announced without a date ("in the near future") is placed at the day
//! it was announced, marked as announced. A year or month given beside a finer date inside it
//! ("at the 2023 championships in August") dates no item of its own. Items on the same date
//! merge when their clauses share enough content words and names (the same happening told by
//! two outlets, or twice by one); different happenings on the same day stay apart. Word overlap
//! rather than a model: it is explainable in the page and needs no data.

use super::{Date, DateKind, DateMention, Form, ItemKind, Precision, TimelineItem};
use crate::body::{BlockRole, Document};
use crate::span::{ByteSpan, Quote};
use crate::text::lexicon::{self, List};
use crate::text::{words, Text, TokenKind};
use std::collections::BTreeSet;

/// Longest evidence quote, in bytes, before it is cut down to the clause around the date.
const MAX_QUOTE: usize = 260;
/// Longest stretch of a sentence the label is drawn from when the sentence holds other dates.
const MAX_LABEL_SPAN: usize = 150;
/// Longest label, in words.
const MAX_LABEL_WORDS: usize = 14;

/// One dated clause of one document, before merging.
struct Candidate {
    date: Date,
    kind: ItemKind,
    quote: Quote,
    label: String,
    words: BTreeSet<String>,
    names: BTreeSet<String>,
    /// Dated loosely ("recent elections"): kept only where another outlet dates it too.
    loose: bool,
}

/// The timeline of dated events across documents, in date order, with `anchor(d, day)` giving
/// document `d`'s expressions resolved against `day` (from its one scan) for an undated one.
pub(super) fn timeline_anchored(
    docs: &[Document],
    texts: &[Text],
    dates: &[Vec<DateMention>],
    anchor: &dyn Fn(usize, Date) -> Option<Vec<DateMention>>,
) -> Vec<TimelineItem> {
    let mut cands: Vec<Candidate> = Vec::new();
    let drop_day = drop_day(docs);
    for (d, doc) in docs.iter().enumerate() {
        let (Some(text), Some(mentions)) = (texts.get(d), dates.get(d)) else {
            continue;
        };
        // An article with no date of its own is read against the drop's: its "on Friday" is the
        // Friday of the story the other outlets date. Its own `dates` stay unresolved.
        let anchored;
        let mentions = match drop_day {
            Some(day) if doc.published.is_none() => {
                let Some(found) = anchor(d, day) else {
                    continue;
                };
                anchored = found;
                &anchored
            }
            _ => mentions,
        };
        let mut seen: BTreeSet<(usize, Date, u8)> = BTreeSet::new();
        // Mentions come in text order, so those of one sentence are found by binary search.
        let in_order = mentions
            .windows(2)
            .all(|w| w.first().map(|a| a.span.start) <= w.get(1).map(|b| b.span.start));
        for m in mentions {
            let Some((date, kind)) = placement(doc, m) else {
                continue;
            };
            let Some(s) = text.sentence_at(m.span.start) else {
                continue;
            };
            let Some(sentence) = text.sentences.get(s) else {
                continue;
            };
            if !matches!(sentence.role, BlockRole::Paragraph | BlockRole::ListItem) {
                continue;
            }
            if !seen.insert((s, date, kind as u8)) {
                continue;
            }
            let tokens = text.tokens_of(sentence);
            // The copy after a date line: "Zagreb, 29 June 2025 (Agency) - Several were hurt".
            let Some(sentence_span) = after_dateline(&doc.body, tokens, sentence.span, mentions)
            else {
                continue;
            };
            let span = clause(&doc.body, tokens, sentence_span, m.span, MAX_QUOTE);
            // the label speaks of the clause nearest the date, which may be shorter than the quote
            let near = if in_order {
                let from = mentions.partition_point(|o| o.span.start < sentence.span.start);
                let to = mentions.partition_point(|o| o.span.start < sentence.span.end);
                mentions.get(from..to).unwrap_or(&[])
            } else {
                mentions.as_slice()
            };
            // "at the 2023 championships in August", "in December 2022, before last year": the
            // year (or month) of a clause that also gives a finer date inside it is that date's
            // event, not one of its own
            let finer = |o: &DateMention| {
                let coarse = match date.precision() {
                    Precision::Year => matches!(o.precision, Precision::Month | Precision::Day),
                    Precision::Month => o.precision == Precision::Day,
                    _ => false,
                };
                coarse
                    && o.kind == DateKind::Date
                    && !o.dateline
                    && sentence.span.contains(o.span)
                    && o.value.is_some_and(|v| v.year == date.year && (date.month.is_none() || v.month == date.month))
            };
            if kind == ItemKind::Event && near.iter().any(finer) {
                continue;
            }
            let shared = near.iter().any(|o| {
                o.kind == DateKind::Date
                    && o.value.is_some()
                    && o.value != m.value
                    && sentence.span.contains(o.span)
            });
            let label_span = if shared {
                clause(&doc.body, tokens, sentence_span, m.span, MAX_LABEL_SPAN)
            } else {
                span
            };
            let label = label(&doc.body, tokens, label_span, m.span);
            let (words, names) = content(&doc.body, tokens, span, m.span);
            // A date standing alone (a dateline, a list of dates) tells no event.
            if words.len() < 2 || label.is_empty() {
                continue;
            }
            cands.push(Candidate {
                date,
                kind,
                quote: Quote { doc: d, span },
                label,
                words,
                names,
                loose: m.form == Form::Loose,
            });
        }
    }
    merge(cands)
}

/// The day the drop's articles were published, for reading an undated one: the middle of their
/// publication dates (stated or inferred), so that one late follow-up does not move it.
fn drop_day(docs: &[Document]) -> Option<Date> {
    let mut days: Vec<Date> = docs
        .iter()
        .filter_map(|d| d.published)
        .filter(|p| p.day.is_some())
        .collect();
    days.sort_unstable();
    days.get(days.len() / 2).copied()
}

/// A sentence without the date line that heads it (the date, an agency in brackets or between
/// slashes, and the dash that opens the copy; the last of them when a page's date and a wire's
/// date line run together); `None` when nothing follows the date line.
fn after_dateline(
    body: &str,
    tokens: &[crate::text::Token],
    sentence: ByteSpan,
    mentions: &[DateMention],
) -> Option<ByteSpan> {
    let Some(line) = mentions
        .iter()
        .rev()
        .find(|m| m.dateline && sentence.contains(m.span))
    else {
        return Some(sentence);
    };
    let mut k = tokens.partition_point(|t| t.span.start < line.span.end);
    loop {
        let here = tokens.get(k).map(|t| t.span.slice(body));
        match here {
            Some("(") => {
                let close = tokens
                    .iter()
                    .skip(k)
                    .position(|t| t.span.slice(body) == ")")
                    .map_or(k + 1, |p| k + p + 1);
                // a bracket that never closes within a few words is part of the copy
                if close - k > 8 {
                    break;
                }
                k = close;
            }
            Some("/") => {
                let close = tokens
                    .iter()
                    .skip(k + 1)
                    .position(|t| t.span.slice(body) == "/")
                    .map_or(k + 1, |p| k + p + 2);
                if close - k > 5 {
                    break;
                }
                k = close;
            }
            Some("-" | "--" | "—" | "–" | "." | ":" | ",") => k += 1,
            _ => break,
        }
    }
    let first = tokens.get(k)?;
    (first.span.start < sentence.end).then(|| ByteSpan::new(first.span.start, sentence.end))
}

/// Where a mention goes on the timeline, if anywhere.
fn placement(doc: &Document, m: &DateMention) -> Option<(Date, ItemKind)> {
    if m.dateline {
        return None;
    }
    if let Some(start) = m.starts {
        return Some((start, ItemKind::Start));
    }
    if let Some(end) = m.ends {
        return Some((end, ItemKind::Deadline));
    }
    match (m.kind, m.form) {
        (DateKind::Date | DateKind::Duration, Form::Ahead) => doc.published.map(|p| (p, ItemKind::Announced)),
        (DateKind::Date, _) if m.precision != Precision::Vague => {
            m.value.map(|v| (v, ItemKind::Event))
        }
        _ => None,
    }
}

/// The clause around `date` within a sentence: the whole sentence when it is short, else the
/// stretch between the nearest clause marks (",", ";", ":", dashes) around the date, widened
/// until it says something. Always a span of whole tokens, so it is verbatim body text.
fn clause(
    body: &str,
    tokens: &[crate::text::Token],
    sentence: ByteSpan,
    date: ByteSpan,
    max: usize,
) -> ByteSpan {
    if sentence.len() <= max || tokens.is_empty() {
        return trim_quote(body, sentence);
    }
    let first = tokens
        .iter()
        .position(|t| t.span.end > date.start)
        .unwrap_or(0);
    let last = tokens
        .iter()
        .rposition(|t| t.span.start < date.end)
        .unwrap_or(first)
        .max(first);
    let is_mark = |t: &crate::text::Token| {
        t.kind == TokenKind::Punct
            && matches!(t.span.slice(body), "," | ";" | ":" | "—" | "–" | "(" | ")")
    };
    let (mut a, mut b) = (first, last);
    let width = |a: usize, b: usize| match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => y.span.end.saturating_sub(x.span.start),
        _ => 0,
    };
    // Grow left to a clause mark, then right to one, then on past marks while the clause is short.
    loop {
        let mut grew = false;
        if a > 0
            && width(a - 1, b) <= max
            && (width(a, b) < 70 || !tokens.get(a - 1).is_some_and(is_mark))
        {
            a -= 1;
            grew = true;
        }
        if b + 1 < tokens.len()
            && width(a, b + 1) <= max
            && (width(a, b) < 70 || !tokens.get(b + 1).is_some_and(is_mark))
        {
            b += 1;
            grew = true;
        }
        if !grew {
            break;
        }
    }
    // Drop a clause mark left at either edge.
    while a < b && tokens.get(a).is_some_and(is_mark) {
        a += 1;
    }
    while b > a && tokens.get(b).is_some_and(is_mark) {
        b -= 1;
    }
    match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => ByteSpan::new(x.span.start, y.span.end),
        _ => sentence,
    }
}

/// A sentence span without a wrapping quotation mark left open at one end.
fn trim_quote(body: &str, span: ByteSpan) -> ByteSpan {
    let text = span.slice(body);
    let opens = |c: char| matches!(c, '“' | '"' | '‘' | '«');
    let closes = |c: char| matches!(c, '”' | '"' | '’' | '»');
    let mut s = span;
    if let Some(c) = text.chars().next() {
        let rest = &text[c.len_utf8()..];
        if opens(c) && !rest.contains(|x| closes(x) || x == c) {
            s.start += c.len_utf8();
        }
    }
    s
}

/// Words that carry no content for matching or labelling.
static STOPWORDS: List = lexicon::stopwords("label");

fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(w)
}

/// Verbs that close an attribution with its source before them ("officials said"): the label
/// ends before the source.
static SOURCE_VERBS: List = lexicon::speech_verbs("source");
/// Words that open an attribution or an aside ("according to", "adding"): the label ends there.
static ASIDES: List = lexicon::speech_verbs("aside");

/// The words that shape a label (`text/data/label_words.txt`): a preposition dropped with the
/// date after it, the opener of a leading adverbial, a leading connective, a trailing relative.
static DATE_PREPOSITIONS: List = lexicon::label_words("date-preposition");
static OPENERS: List = lexicon::label_words("opener");
static CONNECTIVES: List = lexicon::label_words("connective");
static RELATIVES: List = lexicon::label_words("relative");

/// Content words and capitalised names of a clause, leaving out the date itself.
fn content(
    body: &str,
    tokens: &[crate::text::Token],
    span: ByteSpan,
    date: ByteSpan,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut words = BTreeSet::new();
    let mut names = BTreeSet::new();
    for t in tokens
        .iter()
        .filter(|t| span.contains(t.span) && !date.overlaps(t.span) && t.kind == TokenKind::Word)
    {
        let raw = t.span.slice(body);
        let low = raw.to_lowercase();
        if low.len() < 3
            || is_stopword(&low)
            || super::lexicon::weekday(&low).is_some()
            || super::lexicon::month(&low).is_some()
        {
            continue;
        }
        let s = words::clause_stem(raw);
        if raw.chars().next().is_some_and(char::is_uppercase) {
            // a name: keep its last part too ("al-Sharaa" from "Ahmad al-Sharaa" is its own token)
            let base = s.rsplit('-').next().unwrap_or(&s).to_string();
            names.insert(base);
        }
        words.insert(s);
    }
    (words, names)
}

/// A short label from the clause's own words: without the date (and its preposition), leading
/// connectives and trailing attribution, cut to a few words.
fn label(body: &str, tokens: &[crate::text::Token], span: ByteSpan, date: ByteSpan) -> String {
    let inside: Vec<&crate::text::Token> =
        tokens.iter().filter(|t| span.contains(t.span)).collect();
    let mut words: Vec<&crate::text::Token> = Vec::new();
    let mut k = 0;
    while k < inside.len() {
        let Some(t) = inside.get(k) else { break };
        let w = t.span.slice(body);
        let next_is_date = inside.get(k + 1).is_some_and(|n| date.overlaps(n.span));
        let low = w.to_lowercase();
        let preposition = DATE_PREPOSITIONS.contains(&low);
        if date.overlaps(t.span) || (preposition && next_is_date) {
            k += 1;
            continue;
        }
        // Stop at reported-speech attribution: ", officials said", "according to".
        let source = SOURCE_VERBS.contains(&low);
        if words.len() >= 4 && (source || ASIDES.contains(&low)) {
            // drop the subject of "said" that was just added ("X said")
            let is_mark = |t: &&crate::text::Token| matches!(t.span.slice(body), "," | ";" | ":");
            if source {
                while words.len() > 4 && !words.last().is_some_and(is_mark) {
                    words.pop();
                }
            }
            break;
        }
        // Stop at a trailing participle or relative clause: ", emphasizing that", ", which".
        let prev_comma = words.last().is_some_and(|p| p.span.slice(body) == ",");
        if words.len() >= 6
            && prev_comma
            && (low.ends_with("ing")
                || RELATIVES.contains(&low))
        {
            words.pop();
            break;
        }
        words.push(t);
        k += 1;
    }
    // A leading adverbial ending in a comma ("During the meeting,", "In turn,").
    let opener = words.first().is_some_and(|t| OPENERS.contains(&t.span.slice(body).to_lowercase()));
    if opener {
        if let Some(c) = words.iter().take(7).position(|t| t.span.slice(body) == ",") {
            if words.len() > c + 4 {
                words.drain(..=c);
            }
        }
    }
    // Leading connectives and punctuation.
    while words.first().is_some_and(|t| {
        let w = t.span.slice(body);
        CONNECTIVES.contains(&w.to_lowercase())
            || matches!(w, "•" | "," | ";" | ":" | "—" | "–" | "\"" | "“" | "”" | "'" | "‘" | "’" | "(" | ")")
    }) {
        words.remove(0);
    }
    // Rebuild the text from the body: tokens that touch stay together, a gap becomes one space.
    let mut out = String::new();
    let mut count = 0;
    let mut prev_end: Option<usize> = None;
    for t in &words {
        let w = t.span.slice(body);
        if w.chars().any(char::is_alphanumeric) {
            count += 1;
            if count > MAX_LABEL_WORDS {
                out.push('…');
                break;
            }
        }
        let closing = matches!(w, "," | ";" | ":" | "." | ")" | "!" | "?");
        if prev_end.is_some_and(|e| e < t.span.start) && !out.is_empty() && !closing {
            out.push(' ');
        }
        out.push_str(w);
        prev_end = Some(t.span.end);
    }
    let trimmed = out
        .trim_end_matches([',', ';', ':', '.', ' ', '—', '–', '"', '“', '”', '•'])
        .trim_start_matches(['•', ' ', '"', '“', '”']);
    let balanced = balance_quotes(trimmed);
    let mut chars = balanced.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A label cut mid-quotation loses the quotation mark left open.
fn balance_quotes(label: &str) -> String {
    let count = |c: char| label.chars().filter(|&x| x == c).count();
    let mut out = label.to_string();
    for (open, close) in [('“', '”'), ('(', ')'), ('‘', '’')] {
        if count(open) > count(close) {
            if let Some(at) = out.rfind(open) {
                out.remove(at);
            }
        }
    }
    if count('"') % 2 == 1 {
        if let Some(at) = out.rfind('"') {
            out.remove(at);
        }
    }
    out
}

/// Whether two clauses tell the same happening: enough shared content words, or shared names
/// and a shared word beyond them.
fn same_happening(a: &Candidate, b: &Candidate) -> bool {
    let shared = a.words.intersection(&b.words).count();
    let shared_names = a.names.intersection(&b.names).count();
    let smaller = a.words.len().min(b.words.len()).max(1);
    let overlap = shared as f64 / smaller as f64;
    (shared >= 3 && overlap >= 0.3) || (shared_names >= 2 && shared > shared_names)
}

/// Members of a timeline group that stand for it when another clause is compared with it, and
/// among which its label is chosen: every member in any ordinary drop, a bound on the work when a
/// thousand outlets report one event.
const PANEL: usize = 32;

fn merge(mut cands: Vec<Candidate>) -> Vec<TimelineItem> {
    cands.sort_by_key(|c| {
        (
            c.date.start_days(),
            c.date.precision(),
            c.kind as u8,
            c.quote.doc,
            c.quote.span.start,
        )
    });
    let mut groups: Vec<Vec<Candidate>> = Vec::new();
    // Candidates come sorted by day, precision and kind: only groups opened since that run began
    // can take one. Within a group, its first members stand for it.
    let run_key = |c: &Candidate| (c.date.start_days(), c.date.precision(), c.kind as u8);
    let mut run_start = 0;
    for c in cands {
        if groups
            .last()
            .and_then(|g| g.first())
            .is_some_and(|f| run_key(f) != run_key(&c))
        {
            run_start = groups.len();
        }
        let home = groups
            .get_mut(run_start..)
            .unwrap_or_default()
            .iter_mut()
            .find(|g| {
                g.first()
                    .is_some_and(|f| f.date == c.date && f.kind == c.kind)
                    && g.iter().take(PANEL).any(|o| same_happening(o, &c))
            });
        match home {
            Some(g) => g.push(c),
            None => groups.push(vec![c]),
        }
    }
    let mut items: Vec<TimelineItem> = groups
        .into_iter()
        .filter_map(|mut g| {
            g.sort_by_key(|c| (c.quote.doc, c.quote.span.start));
            // A loosely dated happening needs a second outlet dating it that way.
            if g.iter().all(|c| c.loose)
                && g.windows(2)
                    .all(|w| w.first().map(|c| c.quote.doc) == w.get(1).map(|c| c.quote.doc))
            {
                return None;
            }
            // The clause whose words the others share most, for its length, speaks for the group.
            let panel = g.len().min(PANEL);
            let best = (0..panel)
                .max_by_key(|&i| {
                    let own = g.get(i).map_or(1, |c| c.words.len().max(1));
                    let score: usize = g
                        .iter()
                        .take(panel)
                        .map(|o| {
                            g.get(i)
                                .map_or(0, |c| c.words.intersection(&o.words).count())
                        })
                        .sum();
                    (score * 1000 / own, usize::MAX - i)
                })
                .unwrap_or(0);
            let first = g.first()?;
            let event = g.get(best).map_or_else(String::new, |c| c.label.clone());
            let mut evidence: Vec<Quote> = g.iter().map(|c| c.quote).collect();
            evidence.dedup();
            Some(TimelineItem {
                date: first.date,
                event,
                evidence,
                kind: first.kind,
            })
        })
        .collect();
    items.sort_by_key(|t| {
        (
            t.date.start_days(),
            t.date.precision(),
            t.kind as u8,
            t.evidence.first().map(|q| (q.doc, q.span.start)),
        )
    });
    items
}
