//! Parallax: several articles about one story in, a timeline, an entity list and a claim-by-claim
//! agreement table out. A pure core: no browser, no file system, no clock.
//!
//! The pipeline, one module per stage; data flows one way, files -> documents -> annotations -> report:
//! - [`ingest`]: bytes -> decoded source text and its format (per-file errors as values)
//! - [`body`]: source text -> `Document`: the article's paragraphs and its metadata
//! - [`text`]: `Document` -> sentences and tokens with byte spans (the one place text is split)
//! - [`time`]: sentences -> temporal expressions resolved against the publication date; the timeline
//! - [`entities`]: sentences -> name mentions -> entities merged across outlets' spellings
//! - [`claims`]: sentences + mentions (with the merged entity of each) + dates -> checkable
//!   statements per document
//! - [`compare`]: claims x outlets -> agreement rows with a stance per outlet
//! - [`report`]: everything above -> the JSON report of `report-schema.md` (and Markdown, CSV)
//!
//! Below the stages, shared by them: [`span`] (byte spans and quotes), [`date`] (calendar dates at
//! a precision, month and weekday names), [`error`], [`limits`]; and the word layer of [`text`]
//! (folding, the shared word lists of `text::lexicon`, stems, the name skeleton and outline), which every stage
//! after `body` reads. No stage imports a later one, and each exports only its entry functions
//! and output types (the rest is `pub(crate)`; `unreachable_pub` and `missing_docs` keep it so).
//!
//! [`analyze`] wires the stages and nothing else. `wasm` (wasm32 only) and `main.rs` only convert.

pub mod body;
pub mod claims;
pub mod compare;
pub mod date;
pub mod entities;
pub mod error;
pub mod ingest;
pub mod limits;
pub mod report;
pub mod span;
pub mod text;
pub mod time;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::FileError;
pub use ingest::{Corrections, Input};
pub use limits::Limits;
pub use report::Report;

use body::Document;
use date::Date;
use ingest::Source;
use std::borrow::Borrow;

/// The stages of one analysis, in the order they run (for callers that time them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Decoding each file's bytes into text.
    Ingest,
    /// Finding the article in each file: its body and metadata.
    Body,
    /// Splitting bodies into sentences and tokens.
    Text,
    /// Dating: temporal expressions, inferred publication dates, the timeline.
    Time,
    /// Finding names and merging them across outlets.
    Entities,
    /// Reading the checkable statements of each document.
    Claims,
    /// Aligning claims across outlets into agreement rows.
    Compare,
    /// Building the report.
    Report,
    /// The analysis is finished.
    Done,
}

impl Stage {
    /// Every stage that does work, in order (without `Done`).
    pub const ALL: [Stage; 8] = [
        Stage::Ingest,
        Stage::Body,
        Stage::Text,
        Stage::Time,
        Stage::Entities,
        Stage::Claims,
        Stage::Compare,
        Stage::Report,
    ];

    /// The stage's name as callers show it ("ingest", "body", ...).
    pub fn name(self) -> &'static str {
        match self {
            Stage::Ingest => "ingest",
            Stage::Body => "body",
            Stage::Text => "text",
            Stage::Time => "time",
            Stage::Entities => "entities",
            Stage::Claims => "claims",
            Stage::Compare => "compare",
            Stage::Report => "report",
            Stage::Done => "done",
        }
    }
}

/// Analyses a drop of files with the default limits.
pub fn analyze(inputs: &[Input]) -> Report {
    analyze_with(inputs, &Limits::default(), &mut |_| {})
}

/// Analyses a drop of files. `on_stage` is called as each stage starts (and with `Stage::Done`
/// at the end), so a caller with a clock can time them; the core itself never reads one.
///
/// `inputs` is a slice, or a reader that yields each file as the ingest stage reaches it: the
/// page reads every dropped file that way, so a file's bytes are dropped once it is decoded and a
/// drop is never held twice.
pub fn analyze_with<I: Borrow<Input>>(
    inputs: impl IntoIterator<Item = I>,
    limits: &Limits,
    on_stage: &mut dyn FnMut(Stage),
) -> Report {
    on_stage(Stage::Ingest);
    let sources = read_sources(inputs, limits);

    on_stage(Stage::Body);
    let mut docs: Vec<Document> = sources
        .into_iter()
        .map(|(name, source, corrections)| {
            let mut doc = match source {
                Ok(source) => body::extract(&name, &source, limits.max_html_depth),
                // a file past the drop's limits is not read at all, corrections included
                Err(e @ FileError::DropFull { .. }) => return Document::unreadable(&name, e),
                Err(e) => Document::unreadable(&name, e),
            };
            apply_corrections(&mut doc, &corrections);
            doc
        })
        .collect();

    on_stage(Stage::Text);
    let texts: Vec<text::Text> = docs.iter().map(|d| text::analyse(d, limits.max_sentence_bytes)).collect();

    on_stage(Stage::Time);
    let (dates, timeline) = time::dates_and_timeline(&mut docs, &texts);

    on_stage(Stage::Entities);
    let mentions = entities::find_all(&docs, &texts);
    let entities = entities::merge(&docs, &mentions);

    on_stage(Stage::Claims);
    let named = entities::mentions_by_entity(&entities, docs.len());
    let claims: Vec<_> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| claims::extract(d, &texts[i], &mentions[i], &named[i], &dates[i]))
        .collect();

    on_stage(Stage::Compare);
    let table = compare::align(&docs, &texts, &claims, &entities, limits.max_table_cells);

    on_stage(Stage::Report);
    let report = report::build(&report::Parts {
        documents: &docs,
        dates: &dates,
        entities: &entities,
        timeline: &timeline,
        table: &table,
    });
    on_stage(Stage::Done);
    report
}

/// Decodes every input, within the drop's limits: each file's base name, its source text or the
/// reason it cannot be read, and the reader's corrections. An input's bytes go once it is decoded.
fn read_sources<I: Borrow<Input>>(
    inputs: impl IntoIterator<Item = I>,
    limits: &Limits,
) -> Vec<(String, Result<Source, FileError>, Corrections)> {
    let mut total = 0usize;
    inputs
        .into_iter()
        .enumerate()
        .map(|(i, input)| {
            let input = input.borrow();
            let name = base_name(&input.name);
            total = total.saturating_add(input.unread_bytes.unwrap_or(input.bytes.len()));
            if i >= limits.max_files || total > limits.max_total_bytes {
                let full = FileError::DropFull { limit_files: limits.max_files, limit_bytes: limits.max_total_bytes };
                return (name, Err(full), Corrections::default());
            }
            let source = match input.unread_bytes {
                Some(bytes) => Err(FileError::TooLarge { bytes, limit: limits.max_file_bytes }),
                None => ingest::read(&name, &input.bytes, limits.max_file_bytes),
            };
            (name, source, input.corrections.clone())
        })
        .collect()
}

fn apply_corrections(doc: &mut Document, c: &Corrections) {
    if let Some(outlet) = c.outlet.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        doc.outlet = Some(outlet.to_string());
    }
    if let Some(title) = c.title.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        doc.title = Some(title.to_string());
    }
    if let Some(date) = c.published.as_deref().and_then(Date::parse_iso) {
        doc.published = Some(date);
        doc.published_inferred = false;
    }
}

/// The last path component of a file name (either separator), as the report shows it.
pub fn base_name(name: &str) -> String {
    name.rsplit(['/', '\\']).next().unwrap_or(name).to_string()
}
