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

/// The schema name and version every report carries.
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
    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// The report of one analysis (`report-schema.md`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// Always `SCHEMA`.
    pub schema: &'static str,
    /// One per input file, in input order.
    pub documents: Vec<DocumentReport>,
    /// The entities, most mentioned first.
    pub entities: Vec<EntityReport>,
    /// The dated events, in date order.
    pub timeline: Vec<TimelineReport>,
    /// The agreement table, one row per claim.
    pub claims: Vec<ClaimReport>,
    /// Claims left out of `claims` to keep the table within its cell budget: the ones fewest
    /// outlets report (0 for any ordinary drop).
    pub claims_omitted: usize,
}

/// One document as the report shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DocumentReport {
    /// The id the other sections use ("d1").
    pub id: String,
    /// The base name of the file.
    pub file: String,
    /// What kind of file it was.
    pub format: crate::ingest::Format,
    /// The publisher (null when the file does not say).
    pub outlet: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The publication date, ISO `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Whether `published` was inferred from the drop (all of it, or the year of a month and
    /// day the article prints).
    pub published_inferred: bool,
    /// What the article itself prints of its date: `YYYY-MM-DD`, `--MM-DD` (a month and day
    /// without the year), or null when it prints none.
    pub published_stated: Option<String>,
    /// The author or authors.
    pub author: Option<String>,
    /// The agency the copy is credited to ("AP", "dpa/GNA"), in the article's words; null when
    /// it credits none.
    pub source: Option<String>,
    /// The article body, paragraphs separated by blank lines.
    pub body: String,
    /// Kept blocks of the body: byte offsets and role, in order.
    pub blocks: Vec<BlockReport>,
    /// Every temporal expression of the body, in order.
    pub dates: Vec<DateReport>,
    /// What was left out of the body, for the page's "show removed text".
    pub removed: Vec<Removed>,
    /// What went wrong reading the file, in words.
    pub errors: Vec<String>,
    /// Stable codes of `errors`, one each ("empty", "binary", ...).
    pub error_codes: Vec<&'static str>,
    /// Other documents this one shares long runs of text with (wire copy), by document.
    pub copies: Vec<CopyReport>,
    /// When this document reprints another's text (half or more of its words shared): the
    /// first document of that copy, whose agreement this one's repeats. `None` otherwise.
    pub copy_of: Option<String>,
}

/// Text a document shares with another document.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CopyReport {
    /// The other document's id.
    pub doc: String,
    /// Words of this document in runs of text the other also prints.
    pub words: usize,
    /// Those words as a share of this document's words, to two decimals.
    pub share: f64,
}

/// A kept block of the body.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BlockReport {
    /// First byte in the body.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// What the block is within the article.
    pub role: crate::body::BlockRole,
}

/// A temporal expression as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DateReport {
    /// The expression, verbatim.
    pub text: String,
    /// First byte in the body.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Date, duration or set.
    #[serde(rename = "type")]
    pub kind: DateKind,
    /// The resolved value (ISO date, or ISO 8601 duration), null when unknown.
    pub value: Option<String>,
    /// How much of the value is known.
    pub precision: Precision,
}

/// An entity as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EntityReport {
    /// Its canonical name.
    pub name: String,
    /// Person, place, organization or other.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The other forms outlets use.
    pub aliases: Vec<String>,
    /// Mentions per document id.
    pub mentions: Ordered<usize>,
    /// Byte spans of each mention in each body, for showing mentions in context.
    pub spans: Ordered<Vec<[usize; 2]>>,
}

/// A verbatim quote of one document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Evidence {
    /// The document id.
    pub doc: String,
    /// The quoted text, verbatim.
    pub quote: String,
    /// First byte in the body.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

/// A timeline item as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TimelineReport {
    /// Its date, ISO at its precision.
    pub date: String,
    /// How much of the value is known.
    pub precision: Precision,
    /// "event", "start" (a stretch of time began then) or "announced" (a future event announced then, undated).
    pub kind: ItemKind,
    /// A short label in the words of one of its sentences.
    pub event: String,
    /// The quotes that report it.
    pub evidence: Vec<Evidence>,
}

/// One outlet's cell of a claim row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CellReport {
    /// Asserts, differs, contradicts or silent.
    pub stance: Stance,
    /// The outlet's words, verbatim (null when silent).
    pub quote: Option<String>,
    /// The outlet's value for the claim's slot (null when silent).
    pub value: Option<String>,
    /// Where the quote starts in the body.
    pub start: Option<usize>,
    /// Where it ends.
    pub end: Option<usize>,
}

/// One row of the agreement table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ClaimReport {
    /// The claim, in the words of its first reporting outlet.
    pub claim: String,
    /// What kind of claim it is.
    pub kind: ClaimKind,
    /// Outlets that assert the claim, a reprint of another's text counted with it.
    pub independent: usize,
    /// For a figure row whose outlets were published on different days: the reporting
    /// documents' ids in publication order (undated ones last), so a count can be read rising
    /// as reports came in. Empty otherwise.
    pub published_order: Vec<String>,
    /// A cell per document id.
    pub cells: Ordered<CellReport>,
}

/// The reporting documents of a figure row in publication order, when their days differ.
fn publication_order(docs: &[Document], row: &crate::compare::Row) -> Vec<String> {
    if row.kind != ClaimKind::Number {
        return Vec::new();
    }
    let mut reporting: Vec<(Option<crate::date::Date>, DocIndex)> = row
        .cells
        .iter()
        .enumerate()
        .filter(|(_, c)| c.stance != Stance::Silent)
        .map(|(d, _)| (docs.get(d).and_then(|doc| doc.published), d))
        .collect();
    let days: std::collections::BTreeSet<_> = reporting.iter().filter_map(|(p, _)| *p).collect();
    if days.len() < 2 {
        return Vec::new();
    }
    // undated last: `None` sorts first, so sort on (is undated, day, document)
    reporting.sort_by_key(|(p, d)| (p.is_none(), *p, *d));
    reporting.into_iter().map(|(_, d)| doc_id(d)).collect()
}

/// The id of the document at `index`.
pub fn doc_id(index: DocIndex) -> String {
    format!("d{}", index + 1)
}

/// Everything the report is built from.
pub struct Parts<'a> {
    /// The documents.
    pub documents: &'a [Document],
    /// Each document's temporal expressions.
    pub dates: &'a [Vec<DateMention>],
    /// The merged entities.
    pub entities: &'a [Entity],
    /// The timeline.
    pub timeline: &'a [TimelineItem],
    /// The agreement table.
    pub table: &'a Table,
}

fn evidence(docs: &[Document], q: &Quote) -> Option<Evidence> {
    let d = docs.get(q.doc)?;
    Some(Evidence { doc: doc_id(q.doc), quote: q.span.slice(&d.body).to_string(), start: q.span.start, end: q.span.end })
}

/// Builds the report from the stages' outputs.
pub fn build(parts: &Parts<'_>) -> Report {
    let groups = crate::compare::copies::copy_groups(&parts.table.copies);
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
            published_stated: d.stated.map(crate::body::Stated::to_iso),
            source: d.source.clone(),
            author: d.author.clone(),
            body: d.body.clone(),
            blocks: d.blocks.iter().map(|b| BlockReport { start: b.span.start, end: b.span.end, role: b.role }).collect(),
            dates: parts
                .dates
                .get(i)
                .map(|ds| {
                    ds.iter()
                        .filter(|m| m.listed())
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
            copies: parts
                .table
                .copies
                .get(i)
                .map(|shared| {
                    shared
                        .iter()
                        .map(|s| CopyReport { doc: doc_id(s.doc), words: s.words, share: (s.share() * 100.0).round() / 100.0 })
                        .collect()
                })
                .unwrap_or_default(),
            copy_of: groups.get(i).filter(|g| **g != i).map(|g| doc_id(*g)),
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
            independent: r
                .cells
                .iter()
                .enumerate()
                .filter(|(_, c)| c.stance == Stance::Asserts)
                .map(|(d, _)| groups.get(d).copied().unwrap_or(d))
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            published_order: publication_order(docs, r),
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
    /// The report as indented JSON.
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

    /// Whether any document has an error.
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
        let ClaimReport { claim, kind, independent, published_order, cells } = self.0;
        let mut m = s.serialize_struct("ClaimReport", 5)?;
        m.serialize_field("claim", claim)?;
        m.serialize_field("kind", kind)?;
        m.serialize_field("independent", independent)?;
        m.serialize_field("published_order", published_order)?;
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
