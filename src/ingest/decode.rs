//! Bytes -> text. A BOM decides first (UTF-8, UTF-16 LE/BE); then strict UTF-8; otherwise the
//! text is not decodable with what this build knows.

use crate::error::FileError;

/// Decoded text and how it was read.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// How many malformed sequences were replaced by U+FFFD.
    pub replaced: usize,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, FileError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(utf16(rest, u16::from_le_bytes, "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(utf16(rest, u16::from_be_bytes, "UTF-16BE"));
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Result<Decoded, FileError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded { text: s.to_string(), encoding: "UTF-8", replaced: 0 }),
        Err(_) => Err(FileError::Undecodable { encoding: "UTF-8".to_string() }),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, encoding: &'static str) -> Decoded {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut replaced = usize::from(bytes.len() % 2 == 1);
    let mut text = String::with_capacity(bytes.len() / 2);
    for r in char::decode_utf16(units) {
        match r {
            Ok(c) => text.push(c),
            Err(_) => {
                replaced += 1;
                text.push('\u{FFFD}');
            }
        }
    }
    Decoded { text, encoding, replaced }
}
