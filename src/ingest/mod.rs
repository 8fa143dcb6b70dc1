//! Ingest: a dropped file's bytes -> source text and its format.
//!
//! Takes `Input { name, bytes }` and hands on `Source { text, format }`, or a `FileError` that
//! says in plain words why the file cannot be read. Decoding follows what the bytes declare
//! (a byte-order mark, an HTML `<meta charset>`), then UTF-8, and only then a legacy single-byte
//! page encoding; binary files are recognised by their content, not their name. The format
//! (plain text, HTML, Markdown) is sniffed from the text as well as the name, because saved pages
//! often arrive as `.txt` and text often arrives without an extension.

mod decode;
mod single_byte;
mod sniff;

pub(crate) use decode::decode;
pub(crate) use sniff::{sniff_binary, sniff_format};

use crate::error::FileError;
use serde::Serialize;

/// A file as the reader dropped it, with any corrections they made to its metadata.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// The file's base name, as shown to the reader.
    pub name: String,
    /// The file's contents, as dropped.
    pub bytes: Vec<u8>,
    /// The reader's corrections: they win over whatever the file says.
    pub corrections: Corrections,
    /// The file's size, when the caller left it unread because it is over the per-file limit
    /// (`Limits::max_file_bytes`; `bytes` is then empty): the file gets its "too large" error
    /// without ever being held in memory.
    pub unread_bytes: Option<usize>,
}

impl Input {
    /// A file without corrections.
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Input { name: name.into(), bytes: bytes.into(), corrections: Corrections::default(), unread_bytes: None }
    }

    /// A file of `size` bytes left unread, being over the per-file limit.
    pub fn unread(name: impl Into<String>, size: usize, corrections: Corrections) -> Self {
        Input { name: name.into(), bytes: Vec::new(), corrections, unread_bytes: Some(size) }
    }
}

/// Metadata the reader set by hand (in the page, or `--published` on the command line).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corrections {
    /// The outlet's name, as the reader gives it.
    pub outlet: Option<String>,
    /// An ISO date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The headline, as the reader gives it.
    pub title: Option<String>,
}

/// What kind of text a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// Markdown.
    Markdown,
}

/// Decoded text of one file.
#[derive(Debug, Clone)]
pub struct Source {
    /// The decoded text.
    pub text: String,
    /// What kind of text it is.
    pub format: Format,
    /// The encoding the bytes were read as (e.g. "UTF-8", "windows-1252").
    pub encoding: &'static str,
    /// Problems that did not stop the reading (replaced bytes).
    pub warnings: Vec<FileError>,
}

/// Reads one file: size limit, binary sniffing, decoding, format.
pub fn read(name: &str, bytes: &[u8], max_bytes: usize) -> Result<Source, FileError> {
    if bytes.len() > max_bytes {
        return Err(FileError::TooLarge { bytes: bytes.len(), limit: max_bytes });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(FileError::Empty);
    }
    if let Some(what) = sniff_binary(bytes) {
        return Err(FileError::Binary { what });
    }
    let decoded = decode(bytes)?;
    if decoded.text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let format = sniff_format(name, &decoded.text);
    let mut warnings = Vec::new();
    if decoded.replaced > 0 {
        warnings.push(FileError::Malformed {
            replaced: decoded.replaced,
            encoding: decoded.encoding.to_string(),
        });
    }
    Ok(Source { text: decoded.text, format, encoding: decoded.encoding, warnings })
}
