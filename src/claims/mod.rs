//! Claims: sentences -> the checkable statements each outlet makes.
//!
//! Takes a document's `Text`, its entity mentions and dates, and hands on `Claim`s: what kind of
//! statement (event, number, title, status, quote), its key value, and the verbatim span.

use crate::body::Document;
use crate::entities::Mention;
use crate::span::ByteSpan;
use crate::text::Text;
use crate::time::DateMention;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Event,
    Number,
    Title,
    Status,
    Quote,
    Date,
    Attribution,
}

/// One checkable statement of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The verbatim evidence in the body.
    pub span: ByteSpan,
    /// The outlet's own value for the claim's slot, where it has one.
    pub value: Option<String>,
}

/// The claims of one document.
pub fn extract(_doc: &Document, _text: &Text, _mentions: &[Mention], _dates: &[DateMention]) -> Vec<Claim> {
    Vec::new()
}
