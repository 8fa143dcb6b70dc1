//! Body: source text -> `Document` (the article's own paragraphs and its metadata).
//!
//! Takes a decoded `Source` and hands on a `Document` whose `body` holds only the article's
//! paragraphs (separated by blank lines), each kept block with its role (paragraph, subheading,
//! caption) and byte span, the lines that were removed with the reason, and the metadata the page
//! states (outlet, title, publication date, author). Later stages read `body` and `blocks` only,
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
