//! Time: sentences -> dated expressions resolved against the publication date -> timeline.
//!
//! Takes a document's `Text` and its publication date (the document creation time) and hands on
//! every temporal expression with its byte span, type (date, duration, set) and normalised value
//! at its precision; then, over the whole drop, infers missing publication dates and builds the
//! timeline of dated events with each outlet's quote. Rule-based like HeidelTime: a scanner over
//! the shared tokens, not regexes over raw text, so it stays small in wasm and explains itself.

mod date;

pub use date::{days_in_month, is_leap, Date, Precision};

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
    pub span: ByteSpan,
    pub kind: DateKind,
    /// For a date: the resolved value (None when it cannot be resolved).
    pub value: Option<Date>,
    pub precision: Precision,
    /// For a duration or set: ISO 8601 value ("PT2H30M", "P80Y", "P1Y").
    pub iso: Option<String>,
}

/// A dated event on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineItem {
    pub date: Date,
    /// Short label built from the words of one of its sentences.
    pub event: String,
    /// One quote per reporting document, in input order.
    pub evidence: Vec<Quote>,
}

/// Finds and resolves the temporal expressions of one document's body.
pub fn find(_doc: &Document, _text: &Text, _published: Option<Date>) -> Vec<DateMention> {
    Vec::new()
}

/// Publication dates for documents that state none, from the drop. `None` where nothing can be said.
pub fn infer_published(docs: &[Document], _dates: &[Vec<DateMention>]) -> Vec<Option<Date>> {
    docs.iter().map(|_| None).collect()
}

/// The timeline of dated events across documents, in date order.
pub fn timeline(_docs: &[Document], _texts: &[Text], _dates: &[Vec<DateMention>]) -> Vec<TimelineItem> {
    Vec::new()
}
