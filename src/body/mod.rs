//! Body: source text -> `Document` (the article's own paragraphs and its metadata).
//!
//! Takes a decoded `Source` and hands on a `Document` whose `body` holds only the article's
//! paragraphs (separated by blank lines), each kept block with its role (paragraph, subheading,
//! caption) and byte span, the lines that were removed with the reason, and the metadata the page
//! states (outlet, title, publication date, author, and the agency its copy is credited to,
//! read from the dateline of the first paragraph or a credit line the same way for every format). Later stages read `body` and `blocks` only,
//! never the raw dump, so menus, tickers and footers cannot reach entities or claims.

mod dump;
mod html;
mod meta;
mod page;

use crate::error::FileError;
use crate::ingest::{Format, Source};
use crate::span::ByteSpan;
use crate::date::Date;
use serde::Serialize;

/// What a kept block is within the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockRole {
    /// Running text of the article: the source of claims.
    Paragraph,
    /// A subheading inside the article.
    Heading,
    /// A photo caption or credit inside the article.
    Caption,
    /// An item of a list that belongs to the article.
    ListItem,
}

/// A kept block: its role and where it sits in `Document::body`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Where the block sits in `Document::body`.
    pub span: ByteSpan,
    /// What the block is within the article.
    pub role: BlockRole,
}

/// Why a line of the source was left out of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// Site menus and breadcrumbs.
    Navigation,
    /// A running ticker or list of other headlines.
    Ticker,
    /// The headline (kept as the title).
    Headline,
    /// The author line.
    Byline,
    /// A line that only dates or places the article.
    Dateline,
    /// A photo caption or credit outside the article.
    Caption,
    /// Links to related articles.
    RelatedLinks,
    /// Topic tags.
    Tags,
    /// Share and follow buttons.
    Share,
    /// The page footer: copyright, contacts, legal.
    Footer,
    /// Readers' comments.
    Comments,
    /// Advertisements and sponsored links.
    Advertising,
    /// The page title repeated.
    Title,
    /// Anything else outside the article.
    Other,
}

/// A stretch of the source that is not article body, as the reader can be shown it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// The text left out.
    pub text: String,
    /// Why it was left out.
    pub reason: RemovalReason,
}

/// What a page prints of its own publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stated {
    /// The whole day.
    Day(Date),
    /// A month and day without a year ("26 October 06:18"): the year is not the page's.
    MonthDay {
        /// 1-12.
        month: u8,
        /// 1-31.
        day: u8,
    },
}

impl Stated {
    /// ISO 8601 with what the page leaves out left out: `YYYY-MM-DD`, or `--MM-DD` for a month
    /// and day (ISO 8601:2000's truncated form, XML Schema's `gMonthDay`).
    pub fn to_iso(self) -> String {
        match self {
            Stated::Day(d) => d.to_string(),
            Stated::MonthDay { month, day } => format!("--{month:02}-{day:02}"),
        }
    }
}

/// One article, as found in one file.
#[derive(Debug, Clone)]
pub struct Document {
    /// Base name of the file.
    pub file: String,
    /// What kind of file it was.
    pub format: Format,
    /// The publisher the file names.
    pub outlet: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The author or authors the file names.
    pub author: Option<String>,
    /// The publication date the file states (or, marked so, the one inferred).
    pub published: Option<Date>,
    /// True when `published` was inferred from the drop rather than read from the file (all of
    /// it, or the year of a month and day the file prints).
    pub published_inferred: bool,
    /// What the file itself prints of its publication date, as the body stage read it (a
    /// reader's correction of `published` leaves it as it is).
    pub stated: Option<Stated>,
    /// The agency the copy is credited to, in the file's words: the credit in brackets of the
    /// dateline opening the article ("Lyon, 3 May (AP) -"), or a closing credit line ("Text
    /// from AFP").
    pub source: Option<String>,
    /// The kept paragraphs, separated by blank lines.
    pub body: String,
    /// The kept blocks, in order, as spans into `body`.
    pub blocks: Vec<Block>,
    /// What was left out, in source order.
    pub removed: Vec<Removed>,
    /// What went wrong reading the file.
    pub errors: Vec<FileError>,
}

impl Document {
    /// A document for a file that could not be read: no body, only the error.
    pub fn unreadable(file: &str, error: FileError) -> Document {
        Document {
            file: file.to_string(),
            format: Format::Text,
            outlet: None,
            title: None,
            author: None,
            published: None,
            published_inferred: false,
            stated: None,
            source: None,
            body: String::new(),
            blocks: Vec::new(),
            removed: Vec::new(),
            errors: vec![error],
        }
    }

    /// A document of the given blocks and nothing else (no metadata, nothing removed, no
    /// errors), as the body stage hands on a plain-text file of those blocks: for callers that
    /// already hold an article's text, and the one way tests build a document.
    pub fn from_blocks(file: &str, blocks: &[(&str, BlockRole)]) -> Document {
        let mut builder = BodyBuilder::default();
        for (text, role) in blocks {
            builder.push(text, *role);
        }
        let (body, blocks) = builder.finish();
        Document { body, blocks, errors: Vec::new(), ..Document::unreadable(file, FileError::NoBody) }
    }

    /// `from_blocks` of paragraphs.
    pub fn from_paragraphs(file: &str, paragraphs: &[&str]) -> Document {
        let blocks: Vec<(&str, BlockRole)> = paragraphs.iter().map(|p| (*p, BlockRole::Paragraph)).collect();
        Document::from_blocks(file, &blocks)
    }

    /// The text of a kept block.
    pub fn block_text(&self, block: &Block) -> &str {
        block.span.slice(&self.body)
    }
}

/// Builds `body` and `blocks` from kept blocks in order.
#[derive(Debug, Default)]
pub(crate) struct BodyBuilder {
    body: String,
    blocks: Vec<Block>,
}

impl BodyBuilder {
    /// Appends a block (trimmed; an empty one is skipped).
    pub(crate) fn push(&mut self, text: &str, role: BlockRole) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if !self.body.is_empty() {
            self.body.push_str("\n\n");
        }
        let start = self.body.len();
        self.body.push_str(text);
        self.blocks.push(Block { span: ByteSpan::new(start, self.body.len()), role });
    }

    /// The body and its blocks.
    pub(crate) fn finish(self) -> (String, Vec<Block>) {
        (self.body, self.blocks)
    }
}

/// Finds the article in a decoded file; `max_html_depth` bounds how deep HTML nesting is followed.
pub fn extract(file: &str, source: &Source, max_html_depth: usize) -> Document {
    let mut errors = source.warnings.clone();
    let (found, removed) = match source.format {
        Format::Html => {
            let page = page::parse(&source.text, max_html_depth);
            if page.too_deep {
                errors.push(FileError::TooDeep { limit: max_html_depth });
            }
            let meta = meta::from_page(&page);
            let article = html::extract(&page, meta.title.as_deref());
            (Found { meta, kept: article.kept }, article.removed)
        }
        Format::Text | Format::Markdown => {
            let article = dump::extract(&source.text, source.format == Format::Markdown);
            (Found { meta: article.meta, kept: article.kept }, article.removed)
        }
    };
    let credited = credited_source(&found.kept, &removed);
    let mut builder = BodyBuilder::default();
    for (text, role) in &found.kept {
        builder.push(text, *role);
    }
    let (body, blocks) = builder.finish();
    if blocks.is_empty() {
        errors.push(FileError::NoBody);
    }
    Document {
        file: file.to_string(),
        format: source.format,
        outlet: found.meta.outlet,
        title: found.meta.title,
        author: found.meta.author,
        published: found.meta.published,
        published_inferred: false,
        stated: found.meta.published.map(Stated::Day).or(found.meta.month_day.map(|(month, day)| Stated::MonthDay { month, day })),
        source: credited,
        body,
        blocks,
        removed,
        errors,
    }
}

/// What an extractor found: metadata and kept blocks in order.
struct Found {
    meta: meta::Meta,
    kept: Vec<(String, BlockRole)>,
}

/// The agency a copy is credited to: the dateline credit of its first paragraph (within the
/// first blocks, after any subheading or caption), else a line of its own that credits the
/// text ("Text from AFP", "With inputs from PTI"), kept or removed.
fn credited_source(kept: &[(String, BlockRole)], removed: &[Removed]) -> Option<String> {
    let first = kept.iter().take(3).find(|(_, r)| *r == BlockRole::Paragraph);
    if let Some(credit) = first.and_then(|(t, _)| dateline_credit(t)) {
        return Some(credit);
    }
    kept.iter().map(|(t, _)| t.as_str()).chain(removed.iter().map(|r| r.text.as_str())).find_map(credit_line)
}

/// How a line crediting the whole text opens.
const CREDIT_LEADS: &[&str] = &["text from ", "with inputs from ", "inputs from ", "copy from "];

/// "Text from AFP" -> "AFP": a line of a few words that credits the text to an agency.
fn credit_line(line: &str) -> Option<String> {
    let t = line.trim().trim_end_matches('.');
    let lower = t.to_lowercase();
    let lead = CREDIT_LEADS.iter().find(|l| lower.starts_with(*l))?;
    let name = t.get(lead.len()..)?.trim();
    let n = name.split_whitespace().count();
    ((1..=4).contains(&n) && name.chars().next().is_some_and(char::is_uppercase)).then(|| name.to_string())
}

/// The agency in a dateline that opens a paragraph: "(AP)" or "/TASS/" after a place and date
/// written in capitalised words and figures ("Lyon, France, 3 May (AP) -", "MOSCOW, May 3.
/// /TASS/.", "(Agency) - ..." with no place at all), followed by the dash, or by the sentence.
fn dateline_credit(text: &str) -> Option<String> {
    let head_ok = |head: &str| {
        head.split_whitespace().count() <= 8
            && head.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric()))
    };
    let name_ok = |name: &str| {
        let n = name.split_whitespace().count();
        (1..=3).contains(&n)
            && name.len() <= 30
            && name.chars().next().is_some_and(char::is_alphabetic)
            && name.chars().any(char::is_uppercase)
    };
    // the date field a saving tool wrote in front of the page's first line is not the dateline's
    let text = text.trim_start();
    let text = match text.get(..5) {
        Some(k) if k.eq_ignore_ascii_case("date ") && text.get(5..15).is_some_and(|d| Date::parse_iso(d).is_some()) => {
            text.get(15..).unwrap_or("").trim_start()
        }
        _ => text,
    };
    // each bracket of the dateline in turn: "Tokyo (Japan), July 30 (LaPresse/AP) -"
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|t| t.find(['(', '/'])) {
        let open = from + at;
        let head = text.get(..open)?;
        if !head_ok(head) {
            return None;
        }
        let closer = if text.get(open..)?.starts_with('(') { ')' } else { '/' };
        let inner_start = open + 1;
        let close = text.get(inner_start..)?.find(closer)? + inner_start;
        let name = text.get(inner_start..close)?.trim();
        let after = text.get(close + 1..)?.trim_start().trim_start_matches('.').trim_start();
        // the dash that ends a dateline, or the sentence right after a place and date ("London,
        // Oct 26 (IANS) Independent ..."; "Apple (AAPL) Shares ..." has no dateline's comma)
        let leads_on = after.starts_with(['-', '—', '–', '_', ':'])
            || (head.contains(',') && after.chars().next().is_some_and(char::is_uppercase));
        if name_ok(name) && leads_on {
            return Some(name.to_string());
        }
        from = close + 1;
    }
    None
}