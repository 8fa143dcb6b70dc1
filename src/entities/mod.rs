//! Entities: sentences -> people, places and organizations, each outlet's spellings merged.
//!
//! Takes each document's `Text` (only sentences of paragraphs, list items and subheads: captions
//! are not article text) and hands on, per document, the name mentions found (span, type, any
//! title written before a person's name), then across the drop one `Entity` per real-world
//! referent with its canonical name, aliases and mentions per document; and each document's
//! mentions with the entity each belongs to (`mentions_by_entity`), which the claims stage keys
//! titles' holders, speakers, sources and spellings by instead of finding names again.
//!
//! Why this approach: names are found from capitalisation over the shared tokens, with name
//! particles ("al-", "bin", "van"), organization connectors ("Ministry of Defence") and
//! sentence-initial words weighed against the rest of the article; typed from context cues
//! (titles, speech verbs, place prepositions, head words) and compact gazetteers built from
//! public data (`tools/gazetteer`); merged across outlets by a transliteration skeleton
//! ("Ahmad"/"Ahmed", "Tartus"/"Tartous") confirmed by type, titles and co-occurring names. Rules
//! and small lists keep the wasm small and every decision explainable; what they give up is the
//! name that neither its capitals nor its context nor the gazetteers betray.

mod find;
pub(crate) mod gazetteer;

pub use gazetteer::{provide_lists, ListError, ListTexts};
mod lexicon;
mod merge;
mod names;

#[cfg(test)]
mod tests;

use crate::body::Document;
use crate::span::{ByteSpan, DocIndex};
use crate::text::Text;
use serde::Serialize;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place: a country, region, city or site.
    Place,
    /// An organization: a government body, company, party, outlet or group.
    Organization,
    /// Any other name: an event, a document, a product.
    Other,
}

/// A name as it stands in one body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where the name is written in the body.
    pub span: ByteSpan,
    /// What the name denotes, as read from its context.
    pub kind: EntityKind,
    /// A title or role written before a person's name ("interim President").
    pub title: Option<ByteSpan>,
}

/// One real-world person, place or organization across the drop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The canonical name: its fullest form.
    pub name: String,
    /// What the name denotes, as read from its context.
    pub kind: EntityKind,
    /// Every other surface form used, in first-seen order.
    pub aliases: Vec<String>,
    /// Mentions per document, in input order (documents that never name it are absent).
    pub mentions: Vec<(DocIndex, Vec<ByteSpan>)>,
}

impl Entity {
    /// Whether this entity is the one named at `span` of document `doc`.
    pub fn is_named_at(&self, doc: DocIndex, span: ByteSpan) -> bool {
        self.mentions.iter().any(|(d, spans)| *d == doc && spans.binary_search(&span).is_ok())
    }
}

/// Finds the name mentions of one document, in body order, judging its capitalised words by that
/// document alone.
pub fn find(doc: &Document, text: &Text) -> Vec<Mention> {
    let mut vocab = find::Vocabulary::default();
    vocab.read(doc, text);
    find::find(doc, text, &vocab).into_iter().map(|s| s.mention).collect()
}

/// Finds the name mentions of every document of a drop, in body order, judging capitalised words
/// by how the whole drop writes them (a word that opens a sentence in one article and is written
/// in lower case in another is a common word), and typing each referent by the evidence of every
/// article that names it.
pub fn find_all(docs: &[Document], texts: &[Text]) -> Vec<Vec<Mention>> {
    let mut vocab = find::Vocabulary::default();
    for (d, t) in docs.iter().zip(texts) {
        vocab.read(d, t);
    }
    let mut scored: Vec<Vec<find::Scored>> = docs.iter().zip(texts).map(|(d, t)| find::find(d, t, &vocab)).collect();
    find::retype(&mut scored);
    scored.into_iter().map(|doc| doc.into_iter().map(|s| s.mention).collect()).collect()
}

/// Each document's mentions with the merged entity each belongs to: per document, the mention's
/// span and the entity's index in `entities`, ordered by span (then entity). `n_docs` is the
/// number of documents of the drop.
pub fn mentions_by_entity(entities: &[Entity], n_docs: usize) -> Vec<Vec<(ByteSpan, usize)>> {
    let mut out: Vec<Vec<(ByteSpan, usize)>> = vec![Vec::new(); n_docs];
    for (e, entity) in entities.iter().enumerate() {
        for (doc, spans) in &entity.mentions {
            if let Some(list) = out.get_mut(*doc) {
                list.extend(spans.iter().map(|s| (*s, e)));
            }
        }
    }
    for list in &mut out {
        list.sort_unstable_by_key(|(s, e)| (s.start, s.end, *e));
    }
    out
}

/// Merges mentions across documents into entities, sorted by number of mentions (most first),
/// then by name.
pub fn merge(docs: &[Document], mentions: &[Vec<Mention>]) -> Vec<Entity> {
    merge::merge(docs, mentions)
}

