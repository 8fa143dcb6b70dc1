//! Report: the analysis -> the JSON structure of `report-schema.md`, one to one.
//!
//! Takes documents, dates, entities, the timeline and the agreement rows, and hands on `Report`,
//! which serialises to the schema (`parallax.report/1`). Document ids are `d1`, `d2`, ... in input
//! order; every map is written in input order, so the same drop always gives the same bytes.
//! `markdown` and `csv` render a `Report` for people and spreadsheets; the CLI and the page share them.

pub mod csv;
pub mod markdown;

use crate::body::{Document, Removed};
use crate::claims::ClaimKind;
use crate::compare::{Stance, Table};
use crate::entities::{Entity, EntityKind};
use crate::span::{DocIndex, Quote};
use crate::time::{DateKind, DateMention, ItemKind, Precision, TimelineItem};
use serde::ser::{Serialize, SerializeMap, Serializer};

pub const SCHEMA: &str = "parallax.report/1";

/// A map written in the order its entries were pushed (document order), not sorted by key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ordered<T>(pub Vec<(String, T)>);

impl<T: Serialize> Serialize for Ordered<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<T> Ordered<T> {
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub documents: Vec<DocumentReport>,
    pub entities: Vec<EntityReport>,
    pub timeline: Vec<TimelineReport>,
    pub claims: Vec<ClaimReport>,
    /// Claims left out of `claims` to keep the table within its cell budget: the ones fewest
    /// outlets report (0 for any ordinary drop).
    pub claims_omitted: usize,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DocumentReport {
    pub id: String,
    pub file: String,
    pub format: crate::ingest::Format,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_inferred: bool,
    pub author: Option<String>,
    pub body: String,
    /// Kept blocks of the body: byte offsets and role, in order.
    pub blocks: Vec<BlockReport>,
    pub dates: Vec<DateReport>,
    /// What was left out of the body, for the page's "show removed text".
    pub removed: Vec<Removed>,
    pub errors: Vec<String>,
    /// Stable codes of `errors`, one each ("empty", "binary", ...).
    pub error_codes: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BlockReport {
    pub start: usize,
    pub end: usize,
    pub role: crate::body::BlockRole,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DateReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: DateKind,
    pub value: Option<String>,
    pub precision: Precision,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EntityReport {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub mentions: Ordered<usize>,
    /// Byte spans of each mention in each body, for showing mentions in context.
    pub spans: Ordered<Vec<[usize; 2]>>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Evidence {
    pub doc: String,
    pub quote: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TimelineReport {
    pub date: String,
    pub precision: Precision,
    /// "event", "start" (a stretch of time began then) or "announced" (a future event announced then, undated).
    pub kind: ItemKind,
    pub event: String,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CellReport {
    pub stance: Stance,
    pub quote: Option<String>,
    pub value: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ClaimReport {
    pub claim: String,
    pub kind: ClaimKind,
    pub cells: Ordered<CellReport>,
}

/// The id of the document at `index`.
pub fn doc_id(index: DocIndex) -> String {
    format!("d{}", index + 1)
}

/// Everything the report is built from.
pub struct Parts<'a> {
    pub documents: &'a [Document],
    pub dates: &'a [Vec<DateMention>],
    pub entities: &'a [Entity],
    pub timeline: &'a [TimelineItem],
    pub table: &'a Table,
}

fn evidence(docs: &[Document], q: &Quote) -> Option<Evidence> {
    let d = docs.get(q.doc)?;
    Some(Evidence { doc: doc_id(q.doc), quote: q.span.slice(&d.body).to_string(), start: q.span.start, end: q.span.end })
}

pub fn build(parts: &Parts<'_>) -> Report {
    let docs = parts.documents;
    let documents = docs
        .iter()
        .enumerate()
        .map(|(i, d)| DocumentReport {
            id: doc_id(i),
            file: d.file.clone(),
            format: d.format,
            outlet: d.outlet.clone(),
            title: d.title.clone(),
            published: d.published.map(|p| p.to_string()),
            published_inferred: d.published_inferred,
            author: d.author.clone(),
            body: d.body.clone(),
            blocks: d.blocks.iter().map(|b| BlockReport { start: b.span.start, end: b.span.end, role: b.role }).collect(),
            dates: parts
                .dates
                .get(i)
                .map(|ds| {
                    ds.iter()
                        .map(|m| DateReport {
                            text: m.span.slice(&d.body).to_string(),
                            start: m.span.start,
                            end: m.span.end,
                            kind: m.kind,
                            value: match m.kind {
                                DateKind::Date => m.value.map(|v| v.to_string()),
                                _ => m.iso.clone(),
                            },
                            precision: m.precision,
                        })
                        .collect()
                })
                .unwrap_or_default(),
            removed: d.removed.clone(),
            errors: d.errors.iter().map(ToString::to_string).collect(),
            error_codes: d.errors.iter().map(|e| e.code()).collect(),
        })
        .collect();
    let entities = parts
        .entities
        .iter()
        .map(|e| EntityReport {
            name: e.name.clone(),
            kind: e.kind,
            aliases: e.aliases.clone(),
            mentions: Ordered(e.mentions.iter().map(|(d, s)| (doc_id(*d), s.len())).collect()),
            spans: Ordered(
                e.mentions.iter().map(|(d, s)| (doc_id(*d), s.iter().map(|x| [x.start, x.end]).collect())).collect(),
            ),
        })
        .collect();
    let timeline = parts
        .timeline
        .iter()
        .map(|t| TimelineReport {
            date: t.date.to_string(),
            precision: t.date.precision(),
            kind: t.kind,
            event: t.event.clone(),
            evidence: t.evidence.iter().filter_map(|q| evidence(docs, q)).collect(),
        })
        .collect();
    let claims = parts
        .table
        .rows
        .iter()
        .map(|r| ClaimReport {
            claim: r.claim.clone(),
            kind: r.kind,
            cells: Ordered(
                (0..docs.len())
                    .map(|i| {
                        let cell = r.cells.get(i).cloned().unwrap_or(crate::compare::Cell::SILENT);
                        let q = cell.quote.and_then(|q| evidence(docs, &q));
                        (
                            doc_id(i),
                            CellReport {
                                stance: cell.stance,
                                start: q.as_ref().map(|e| e.start),
                                end: q.as_ref().map(|e| e.end),
                                quote: q.map(|e| e.quote),
                                value: cell.value,
                            },
                        )
                    })
                    .collect(),
            ),
        })
        .collect();
    Report { schema: SCHEMA, documents, entities, timeline, claims, claims_omitted: parts.table.omitted }
}

impl Report {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The same JSON without indentation (for a program to parse, not a person to read).
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The page's form of the report: the compact JSON with its silent agreement cells left out
    /// and `"silent_cells": "omitted"` after `schema` (a document with no cell in a claim is
    /// silent on it). Most cells of a big drop are silent; the wasm worker hands this form to the
    /// page, which renders from it as it is. `to_json` writes every cell, as the schema asks.
    pub fn to_json_sparse(&self) -> String {
        serde_json::to_string(&SparseReport(self)).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The outlet's name for a document id, or its file name.
    pub fn outlet_label(&self, id: &str) -> String {
        self.documents
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.outlet.clone().unwrap_or_else(|| d.file.clone()))
            .unwrap_or_else(|| id.to_string())
    }

    pub fn has_errors(&self) -> bool {
        self.documents.iter().any(|d| !d.errors.is_empty())
    }
}

/// `Report` with its silent cells left out (see `Report::to_json_sparse`). Every field is named
/// here, so a field added to `Report` or `ClaimReport` is a compile error until it is written.
struct SparseReport<'a>(&'a Report);

impl Serialize for SparseReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let Report { schema, documents, entities, timeline, claims, claims_omitted } = self.0;
        let mut m = s.serialize_struct("Report", 7)?;
        m.serialize_field("schema", schema)?;
        m.serialize_field("silent_cells", "omitted")?;
        m.serialize_field("documents", documents)?;
        m.serialize_field("entities", entities)?;
        m.serialize_field("timeline", timeline)?;
        m.serialize_field("claims", &SparseClaims(claims))?;
        m.serialize_field("claims_omitted", claims_omitted)?;
        m.end()
    }
}

struct SparseClaims<'a>(&'a [ClaimReport]);

impl Serialize for SparseClaims<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(SparseClaim))
    }
}

struct SparseClaim<'a>(&'a ClaimReport);

impl Serialize for SparseClaim<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let ClaimReport { claim, kind, cells } = self.0;
        let mut m = s.serialize_struct("ClaimReport", 3)?;
        m.serialize_field("claim", claim)?;
        m.serialize_field("kind", kind)?;
        m.serialize_field("cells", &SparseCells(cells))?;
        m.end()
    }
}

struct SparseCells<'a>(&'a Ordered<CellReport>);

impl Serialize for SparseCells<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0 .0.iter().filter(|(_, c)| !c.is_plain_silent()).map(|(k, c)| (k, c)))
    }
}

impl CellReport {
    /// Silent with nothing else in it: the cell the sparse form leaves out.
    fn is_plain_silent(&self) -> bool {
        self.stance == Stance::Silent && self.quote.is_none() && self.value.is_none()
            && self.start.is_none()
            && self.end.is_none()
    }
}
