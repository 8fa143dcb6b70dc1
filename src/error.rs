//! Per-file problems, as values that travel in the report.
//!
//! A bad file never stops the drop: its document still appears, with what could be read, and
//! one of these in its `errors`. `Display` gives the reader a sentence with the numbers.

use std::fmt;

/// Why a file could not be read, or what went wrong reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The file has no bytes, or only white space.
    Empty,
    /// The bytes look like a binary format (NUL bytes, control characters).
    Binary {
        /// What the bytes look like ("a PNG image").
        what: &'static str,
    },
    /// The bytes are not valid in the encoding the file declares or that was detected.
    Undecodable {
        /// The encoding tried.
        encoding: String,
    },
    /// The file is larger than the per-file limit; it was not read.
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The largest size read.
        limit: usize,
    },
    /// The drop already holds as many files, or as many bytes, as one analysis takes.
    DropFull {
        /// The most files one analysis takes.
        limit_files: usize,
        /// The most bytes one analysis takes.
        limit_bytes: usize,
    },
    /// Text was read but nothing in it looks like an article body.
    NoBody,
    /// Text was read but decoding replaced some malformed bytes.
    Malformed {
        /// How many malformed sequences were replaced.
        replaced: usize,
        /// The encoding read.
        encoding: String,
    },
    /// HTML nested deeper than the limit; deeper content was flattened.
    TooDeep {
        /// The deepest nesting followed.
        limit: usize,
    },
}

impl FileError {
    /// A short stable code for programs (`"empty"`, `"binary"`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Empty => "empty",
            FileError::Binary { .. } => "binary",
            FileError::Undecodable { .. } => "undecodable",
            FileError::TooLarge { .. } => "too_large",
            FileError::DropFull { .. } => "drop_full",
            FileError::NoBody => "no_body",
            FileError::Malformed { .. } => "malformed",
            FileError::TooDeep { .. } => "too_deep",
        }
    }
}

fn human_bytes(n: usize) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / (1u64 << 20) as f64)
    } else if n >= 1 << 10 {
        format!("{:.1} KB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Empty => write!(f, "the file is empty"),
            FileError::Binary { what } => {
                write!(f, "this is not a text or web page file (it looks like {what})")
            }
            FileError::Undecodable { encoding } => {
                write!(f, "the text could not be decoded as {encoding}")
            }
            FileError::TooLarge { bytes, limit } => write!(
                f,
                "the file is {}, over the limit of {} per file; it was not analysed",
                human_bytes(*bytes),
                human_bytes(*limit)
            ),
            FileError::DropFull { limit_files, limit_bytes } => write!(
                f,
                "one analysis takes at most {limit_files} files and {} in all; this file was not analysed",
                human_bytes(*limit_bytes)
            ),
            FileError::NoBody => write!(f, "no article text was found in this file"),
            FileError::Malformed { replaced, encoding } => write!(
                f,
                "{replaced} malformed byte sequence(s) for {encoding} were replaced with \u{FFFD}"
            ),
            FileError::TooDeep { limit } => write!(
                f,
                "the page nests elements more than {limit} deep; deeper structure was flattened"
            ),
        }
    }
}

impl std::error::Error for FileError {}
