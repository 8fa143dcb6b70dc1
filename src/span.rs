//! Byte spans into a document's body, and quotes that point at them.
//!
//! Every later stage refers to text by `ByteSpan` into `Document::body` rather than by copied
//! strings, so that any quote the report shows can be cut verbatim from its own document.

use serde::Serialize;

/// A half-open range of byte offsets `[start, end)` into a document's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl ByteSpan {
    /// The span `[start, end)`.
    pub const fn new(start: usize, end: usize) -> Self {
        ByteSpan { start, end }
    }

    /// Its length in bytes (0 when empty or reversed).
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text under this span, or "" when the span does not fall on char boundaries of `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies wholly inside this span.
    pub const fn contains(&self, other: ByteSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share a byte.
    pub const fn overlaps(&self, other: ByteSpan) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: ByteSpan) -> ByteSpan {
        ByteSpan::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Index of a document in the drop (0-based, input order). The report calls it `d{index+1}`.
pub type DocIndex = usize;

/// A verbatim passage of one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quote {
    /// The document quoted.
    pub doc: DocIndex,
    /// Where the passage sits in that document's body.
    pub span: ByteSpan,
}
