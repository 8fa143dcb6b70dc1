//! Entities: sentences -> people, places and organizations, each outlet's spellings merged.
//!
//! Takes each document's `Text` and hands on, per document, the name mentions found (span, type,
//! any title written before a person's name), then across the drop one `Entity` per real-world
//! referent with its canonical name, aliases and mentions per document.

use crate::body::Document;
use crate::span::{ByteSpan, DocIndex};
use crate::text::Text;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
    Other,
}

/// A name as it stands in one body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub span: ByteSpan,
    pub kind: EntityKind,
    /// A title or role written before a person's name ("interim President").
    pub title: Option<ByteSpan>,
}

/// One real-world person, place or organization across the drop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    /// Every other surface form used, in first-seen order.
    pub aliases: Vec<String>,
    /// Mentions per document, in input order (documents that never name it are absent).
    pub mentions: Vec<(DocIndex, Vec<ByteSpan>)>,
}

/// Finds the name mentions of one document.
pub fn find(_doc: &Document, _text: &Text) -> Vec<Mention> {
    Vec::new()
}

/// Merges mentions across documents into entities.
pub fn merge(_docs: &[Document], _mentions: &[Vec<Mention>]) -> Vec<Entity> {
    Vec::new()
}
