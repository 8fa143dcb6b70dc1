//! Where one outlet's statement stands against the reference statement of its row.
//!
//! In order: a negation of the same predicate contradicts ("has agreed" / "has not agreed"); a
//! different number for the same unit, a different date, or a materially different wording of a
//! direct quote, or an open question ("whether") against a plain statement differs; anything
//! else asserts. Hearsay ("reportedly", "allegedly") against a plain statement is not a value of
//! its own (outlets pass on the same charge with and without it) and is not counted as one.

use super::Stance;
use crate::claims::{Certainty, Claim, ClaimKind, Polarity, Slot};
use std::collections::BTreeSet;

/// The stance of `c` toward `reference`, with `c`'s own value for the slot.
pub(crate) fn stance_of(reference: &Claim, c: &Claim) -> (Stance, Option<String>) {
    if std::ptr::eq(reference, c) {
        return (Stance::Asserts, c.value.clone());
    }
    if contradicts(reference, c) {
        return (Stance::Contradicts, c.value.clone());
    }
    // figures of one slot: the same figure (a hedge aside) asserts, another differs (statements'
    // other numbers fill no known slot and are not compared)
    if let (Slot::Figure { .. }, Slot::Figure { .. }) = (&reference.slot, &c.slot) {
        let (Some(r), Some(q)) = (reference.quantities.first(), c.quantities.first()) else {
            return (Stance::Asserts, c.value.clone());
        };
        let stance = if q.reports(r) { Stance::Asserts } else { Stance::Differs };
        return (stance, c.value.clone());
    }
    // dates: both dated, never the same day
    if !reference.dates.is_empty()
        && !c.dates.is_empty()
        && !c.dates.iter().any(|(_, d)| reference.dates.iter().any(|(_, r)| r == d))
    {
        return (Stance::Differs, c.dates.first().map(|(_, d)| d.clone()));
    }
    // a direct quote worded materially differently
    if let (Some(a), Some(b)) = (&reference.quote, &c.quote) {
        if !same_wording(a, b) {
            let value = if c.kind == ClaimKind::Quote { c.value.clone() } else { Some(b.clone()) };
            return (Stance::Differs, value);
        }
    }
    // an open question ("whether") against a plain statement: the outlet does not say it is so
    if (c.certainty == Certainty::Open) != (reference.certainty == Certainty::Open) {
        return (Stance::Differs, c.value.clone());
    }
    // the source credited
    if let (Slot::Source { source: a }, Slot::Source { source: b }) = (&reference.slot, &c.slot) {
        if a != b {
            return (Stance::Differs, c.value.clone());
        }
    }
    (Stance::Asserts, c.value.clone())
}

/// Topic words two statements must share, besides the negated one, to be one statement and its
/// denial: a subject, its verb and an object ("council", "agreed", "funds").
const CONTRADICTION_TERMS: usize = 3;

/// "has agreed" against "has not agreed": opposite polarity about the same predicate.
fn contradicts(a: &Claim, b: &Claim) -> bool {
    if a.polarity == b.polarity {
        return false;
    }
    let (neg, pos) = if a.polarity == Polarity::Negated { (a, b) } else { (b, a) };
    // a quotation's words leave out the clause around them ("did not" before "address the
    // risks"): they state nothing a negation could deny
    if pos.kind == ClaimKind::Quote {
        return false;
    }
    // the same statement but for the negation: the negated word, and half the shorter one's
    // topic words and at least three, shared (two, "come" and "effect", leave "the ban will come
    // into effect" and "jail time would not come into effect" speaking of different things)
    let shared = a.terms.iter().filter(|t| b.terms.contains(t)).count();
    let smaller = a.terms.len().min(b.terms.len()).max(1);
    neg.negated.as_ref().is_some_and(|t| pos.terms.iter().any(|p| p == t)) && shared * 2 >= smaller && shared >= CONTRADICTION_TERMS
}

/// Whether two outlets' quotations of one speaker are the same words, up to translation: a short
/// phrase must appear whole (by stems) in the other's quotation, a longer one share half its words.
pub(super) fn same_wording(a: &str, b: &str) -> bool {
    if a == b && !a.contains('\n') {
        return true; // one phrase, word for word
    }
    // a clause may hold several quoted phrases, one a line; only phrases about the same thing
    // (sharing a content word) are compared
    a.lines().all(|x| b.lines().all(|y| !shares_content(x, y) || same_phrase(x, y)))
}

/// Whether two quoted phrases speak of the same thing: two content words shared, and half the
/// content words of the shorter (one shared word, "happy" or "data", is two outlets quoting two
/// different remarks on one subject).
fn shares_content(a: &str, b: &str) -> bool {
    let content = |s: &str| -> BTreeSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2 && !crate::claims::is_function_word(w))
            .map(crate::text::words::stem)
            .collect()
    };
    let (ca, cb) = (content(a), content(b));
    let shared = ca.intersection(&cb).count();
    // a quoted phrase of a few words ("strong bridges") is compared on the one word it shares
    let phrase = a.split_whitespace().count().min(b.split_whitespace().count()) < PHRASE_WORDS;
    (shared >= 2 || (phrase && shared >= 1)) && shared * 2 >= ca.len().min(cb.len())
}

/// Quotations shorter than this many words are phrases ("strong bridges", "a new chapter"),
/// compared on any content word they share; longer ones are remarks, compared on two.
const PHRASE_WORDS: usize = 4;

fn same_phrase(a: &str, b: &str) -> bool {
    let (wa, wb) = (word_set(a), word_set(b));
    let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    if short.len() < 5 {
        short.is_subset(long)
    } else {
        word_overlap(a, b) >= 0.5
    }
}

/// Share of the shorter quote's words found in the other.
pub(super) fn word_overlap(a: &str, b: &str) -> f64 {
    let wa = word_set(a);
    let wb = word_set(b);
    let shorter = wa.len().min(wb.len());
    if shorter == 0 {
        return 0.0;
    }
    wa.intersection(&wb).count() as f64 / shorter as f64
}

fn word_set(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::text::words::stem)
        .collect()
}

/// Whether two statements fill a slot that can be compared: amounts of one unit, or quotations.
pub(super) fn shares_slot(a: &Claim, b: &Claim) -> bool {
    a.quantities.iter().any(|q| b.quantities.iter().any(|r| q.comparable(r))) || (a.quote.is_some() && b.quote.is_some())
}

// The factors of `affinity`. Set by hand with the agreement table (0.5 and 1.15 when it was
// first written, 1.3 when amounts of one unit began to be compared, in the change that lowered
// `SAME_THING` to 0.31); the history records no measurement behind them.
/// Quotes of two different named speakers: rarely the same statement.
const OTHER_SPEAKER: f64 = 0.5;
/// Quotes of one named speaker: likely the same statement.
const SAME_SPEAKER: f64 = 1.15;
/// Two amounts of the same unit: likely the same slot ("how long", "how many").
const SAME_MEASURE: f64 = 1.3;

/// The most `affinity` gives (quotes of one speaker, amounts of one unit).
pub(super) const MAX_AFFINITY: f64 = SAME_SPEAKER * SAME_MEASURE;

/// How readily two statements are grouped, beyond their shared words: quotes of two different
/// named speakers are rarely the same statement.
pub(super) fn affinity(a: &Claim, b: &Claim) -> f64 {
    let speakers = match (a.kind, b.kind, &a.speaker, &b.speaker) {
        (ClaimKind::Quote, ClaimKind::Quote, Some(x), Some(y)) if x != y => OTHER_SPEAKER,
        (ClaimKind::Quote, ClaimKind::Quote, Some(x), Some(y)) if x == y => SAME_SPEAKER,
        _ => 1.0,
    };
    // two amounts of the same unit: likely the same slot ("how long", "how many")
    let same_measure = a.quantities.iter().any(|q| b.quantities.iter().any(|r| q.comparable(r)));
    speakers * if same_measure { SAME_MEASURE } else { 1.0 }
}
