//! Time: sentences -> dated expressions resolved against the publication date -> timeline.
//!
//! Takes a document's `Text` and its publication date (the document creation time) and hands on
//! every temporal expression with its byte span, type (date, duration, set) and normalised value
//! at its precision; then, over the whole drop, infers missing publication dates and builds the
//! timeline of dated events with each outlet's quote. Rule-based like HeidelTime: a scanner over
//! the shared tokens, not regexes over raw text, so it stays small in wasm and explains itself.
//!
//! - `tagger`: the expressions of one body and their values (`find`)
//! - `lexicon`: month, weekday, number and unit words; the words that mark past and future
//! - `infer`: publication dates for undated documents, from their own text and the drop
//! - `events`: the timeline, one item per happening, merged across outlets
//! - dates themselves (`Date`, `Precision`) live below the stages, in `crate::date`
//!
//! Conventions follow TimeML where the report can express them: a weekday in a past-tense report
//! is the latest such day on or before publication; "last year" is a year; "now" and "recently"
//! are vague; a week is given as the month (or year) that holds it, and a season ("last summer",
//! "by the spring") as the year; quarters are left out; durations are ISO 8601 with X for an
//! unknown number ("PXY", "PXDE" for decades, "the coming weeks" "PXW").

mod events;
mod infer;
mod lexicon;
mod tagger;

pub use crate::date::{Date, Precision};
pub use tagger::find;

use crate::body::Document;
use crate::span::{ByteSpan, Quote};
use crate::text::Text;
use serde::Serialize;

/// What kind of temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// A point in time ("October 15", "on Wednesday", "last week", "in 2011").
    Date,
    /// A length of time ("two and a half hours", "for decades").
    Duration,
    /// A recurrence ("every year").
    Set,
}

/// One temporal expression in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Where the expression is written in the body.
    pub span: ByteSpan,
    /// Date, duration or set.
    pub kind: DateKind,
    /// For a date: the resolved value (None when it cannot be resolved).
    pub value: Option<Date>,
    /// How much of the value is known (vague when the text gives none).
    pub precision: Precision,
    /// For a duration or set: ISO 8601 value ("PT2H30M", "P80Y", "P1Y").
    pub iso: Option<String>,
    /// How the text gave the date, for inferring a missing publication date.
    pub form: Form,
    /// Whether the words around it report the past or announce the future.
    pub tense: Tense,
    /// The start of a stretch of time the expression implies: "since 2011" -> 2011, and
    /// "(have been allies) for more than 80 years" -> 80 years before publication.
    pub starts: Option<Date>,
    /// The end of a stretch of time that runs from the day of the copy: "(must stop) within five
    /// months", "(was given) six months to comply" -> that many months after it.
    pub ends: Option<Date>,
    /// Whether it is the date line at the head of the article ("Zagreb, 29 June 2025 (Agency) -",
    /// "date 2025-06-29"): the day the story was filed, which dates the rest of the text, not an
    /// event of its own.
    pub dateline: bool,
    /// The time of day the expression gives ("at 11:30 a.m.", "4 pm EDT Thursday", "at 22:00",
    /// "shortly before midday"): the words of the clock figure (or the named time) and its minutes
    /// after midnight, for the stages that compare times of day.
    pub clock: Option<(ByteSpan, u16)>,
}

impl DateMention {
    /// Whether the report lists it among the document's temporal expressions. A time fixed by an
    /// occasion ("just before the visit", "after the press conference") is an event named
    /// against another event, not a calendar expression (TimeML marks it as a signal and an
    /// event, not a TIMEX): it still places the event on the timeline, but is not listed.
    pub fn listed(&self) -> bool {
        !matches!(self.form, Form::AroundOccasion { .. })
    }
}

/// How a date was written: the parts the text itself gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Every part is in the text ("October 15, 2025", "2011", "July 2025").
    Absolute,
    /// A month and day without a year, maybe with the weekday ("Wednesday, October 15").
    MonthDay {
        /// The month, 1..=12.
        month: u8,
        /// The day of the month.
        day: u8,
        /// The weekday written with it, 0 = Monday.
        weekday: Option<u8>,
    },
    /// A weekday alone ("on Wednesday"), 0 = Monday.
    Weekday {
        /// The weekday, 0 = Monday.
        day: u8,
    },
    /// A time to come without a value ("in the near future", "soon"), or a stretch of it
    /// ("in the coming weeks", a duration "PXW").
    Ahead,
    /// Just before or after the story's central occasion ("just before the visit").
    AroundOccasion {
        /// After the occasion rather than before it.
        after: bool,
    },
    /// A point given loosely ("recent elections"): its value is the likeliest year, not a date
    /// the text states, so it places an event only where two outlets date it so.
    Loose,
    /// A time the story's course gives ("at 10 pm", "the next day"), dated from the day its
    /// sentence or the text before it tells.
    Narrative,
    /// Relative, vague, a duration or a set.
    Other,
}

/// Whether the sentence around an expression reports the past or announces the future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// The sentence reports the past.
    Past,
    /// It announces the future.
    Future,
    /// Nothing in it says which.
    Unknown,
}

/// A dated event on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineItem {
    /// When it happened (or will, or began).
    pub date: Date,
    /// Short label built from the words of one of its sentences.
    pub event: String,
    /// The quotes that report it, in input order (a document may give more than one).
    pub evidence: Vec<Quote>,
    /// How the item relates to its date.
    pub kind: ItemKind,
}

/// How a timeline item relates to its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// The event happened (or will happen) on the date.
    Event,
    /// A stretch of time that began on the date ("since 2011", "for more than 80 years").
    Start,
    /// A future event announced without a date ("in the near future"); the date is when it was announced.
    Announced,
    /// A deadline: the end of a stretch the text gives ("within five months").
    Deadline,
}

pub use infer::infer_published;

/// The temporal expressions of every document, each resolved against its publication date. A
/// document that states no date gets the one inferred from the drop (`infer_published`), marked
/// `published_inferred`, and its expressions are resolved again against it.
pub fn date_documents(docs: &mut [Document], texts: &[Text]) -> Vec<Vec<DateMention>> {
    scan_and_date(docs, texts).0
}

/// `date_documents` and the drop's `timeline`, each body scanned once: an undated document's
/// expressions are resolved against its inferred date, and for the timeline against the drop's
/// day, from the one scan.
pub fn dates_and_timeline(docs: &mut [Document], texts: &[Text]) -> (Vec<Vec<DateMention>>, Vec<TimelineItem>) {
    let (dates, scans) = scan_and_date(docs, texts);
    let timeline = events::timeline_anchored(docs, texts, &dates, &|d, day| scans.get(d).map(|s| s.resolve(Some(day))));
    (dates, timeline)
}

/// The dates of every document (as `date_documents`) with the scans they were resolved from.
fn scan_and_date(docs: &mut [Document], texts: &[Text]) -> (Vec<Vec<DateMention>>, Vec<tagger::Scan>) {
    let scans: Vec<tagger::Scan> = docs.iter().zip(texts).map(|(d, t)| tagger::scan(d, t)).collect();
    let mut dates: Vec<_> = docs.iter().zip(&scans).map(|(d, s)| s.resolve(d.published)).collect();
    for (i, inferred) in infer_published(docs, &dates).into_iter().enumerate() {
        if let (Some(date), Some(doc), Some(scan)) = (inferred, docs.get_mut(i), scans.get(i)) {
            if doc.published.is_none() {
                doc.published = Some(date);
                doc.published_inferred = true;
                dates[i] = scan.resolve(Some(date));
            }
        }
    }
    (dates, scans)
}

#[cfg(test)]
mod tests;
