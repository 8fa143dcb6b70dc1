//! Bytes -> text. A byte-order mark decides first (UTF-8, UTF-16 LE/BE); then strict UTF-8; then
//! the charset an HTML page declares in its `<meta>`; and only then windows-1252, the legacy
//! encoding browsers assume for Western pages (ISO-8859-1 pages are read as windows-1252 too, as
//! the WHATWG Encoding standard prescribes). Decoding is `encoding_rs`'s, never byte guessing.
//!
//! Only single-byte legacy encodings are offered, and they are decoded from tables generated from
//! `encoding_rs`'s own decoders (`single_byte.rs`; a test checks them against it byte by byte).
//! Calling `encoding_rs`'s decoders at run time would link every decoder it has, with the CJK
//! tables: about 130 KB gzipped on the page. At run time `encoding_rs` only resolves charset
//! labels. A page declaring a multi-byte legacy encoding is reported as undecodable unless its
//! bytes happen to be valid UTF-8.

use super::single_byte::TABLES;
use crate::error::FileError;
use encoding_rs::Encoding;

/// Decoded text and how it was read.
#[derive(Debug, Clone)]
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// How many malformed sequences were replaced by U+FFFD.
    pub replaced: usize,
}

/// Decodes a file's bytes; see the module notes for the order of evidence.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, FileError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(utf8_lossy(rest));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(utf16(rest, u16::from_le_bytes, "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(utf16(rest, u16::from_be_bytes, "UTF-16BE"));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: s.to_string(), encoding: "UTF-8", replaced: 0 });
    }
    match declared_charset(bytes) {
        Some(label) => match single_byte(label.as_bytes()) {
            Some(enc) => Ok(with(enc, bytes)),
            None if label.eq_ignore_ascii_case("utf-8") || label.eq_ignore_ascii_case("utf8") => {
                Ok(utf8_lossy(bytes))
            }
            None => Err(FileError::Undecodable { encoding: label }),
        },
        None => single_byte(b"windows-1252")
            .map(|t| with(t, bytes))
            .ok_or_else(|| FileError::Undecodable { encoding: "windows-1252".to_string() }),
    }
}

/// The table of the single-byte encoding a label names (WHATWG labels), if this build has it.
fn single_byte(label: &[u8]) -> Option<&'static (&'static str, [u16; 128])> {
    let name = Encoding::for_label(label)?.name();
    TABLES.iter().find(|(n, _)| *n == name)
}

/// Decodes with a single-byte table, counting unmapped bytes.
fn with(table: &'static (&'static str, [u16; 128]), bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4);
    let mut replaced = 0;
    for &b in bytes {
        if b < 0x80 {
            text.push(char::from(b));
            continue;
        }
        let unit = table.1.get(usize::from(b - 0x80)).copied().unwrap_or(0);
        match char::from_u32(u32::from(unit)).filter(|_| unit != 0) {
            Some(c) => text.push(c),
            None => {
                replaced += 1;
                text.push('\u{FFFD}');
            }
        }
    }
    Decoded { text, encoding: table.0, replaced }
}

fn utf8_lossy(bytes: &[u8]) -> Decoded {
    let text = String::from_utf8_lossy(bytes);
    let replaced = match text {
        std::borrow::Cow::Borrowed(_) => 0,
        std::borrow::Cow::Owned(ref s) => s.matches('\u{FFFD}').count(),
    };
    Decoded { text: text.into_owned(), encoding: "UTF-8", replaced }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, encoding: &'static str) -> Decoded {
    let units = bytes.chunks_exact(2).map(|c| unit([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]));
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

/// The charset an HTML page declares in its first 1024 bytes: `<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">` (the HTML prescan, simplified:
/// it reads only `<meta>` tags and skips comments).
pub(super) fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut i = 0;
    while let Some(off) = find(lower.get(i..)?, b"<") {
        let at = i + off;
        let rest = lower.get(at..)?;
        if rest.starts_with(b"<!--") {
            i = at + 4 + find(lower.get(at + 4..)?, b"-->").map_or(lower.len(), |e| e + 3);
            continue;
        }
        let end = at + find(rest, b">").unwrap_or(rest.len());
        let tag = lower.get(at..end)?;
        if tag.starts_with(b"<meta") && tag.get(5).is_some_and(|c| c.is_ascii_whitespace() || *c == b'/') {
            if let Some(cs) = charset_in(tag) {
                return Some(cs);
            }
        }
        i = end + 1;
    }
    None
}

/// `charset=` inside a lower-cased meta tag, quoted or bare.
fn charset_in(tag: &[u8]) -> Option<String> {
    let at = find(tag, b"charset")?;
    let mut rest = tag.get(at + 7..)?;
    rest = trim_start(rest);
    rest = rest.strip_prefix(b"=")?;
    rest = trim_start(rest);
    let rest = match rest.first() {
        Some(b'"') | Some(b'\'') => rest.get(1..)?,
        _ => rest,
    };
    let value: Vec<u8> = rest
        .iter()
        .take_while(|c| !matches!(c, b'"' | b'\'' | b';' | b'/' | b'>') && !c.is_ascii_whitespace())
        .copied()
        .collect();
    (!value.is_empty()).then(|| String::from_utf8_lossy(&value).into_owned())
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|c| c.is_ascii_whitespace()).count();
    s.get(n..).unwrap_or_default()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_single_byte_tables_match_encoding_rs() {
        for (name, table) in TABLES {
            let Some(enc) = Encoding::for_label(name.as_bytes()) else { panic!("{name}") };
            for b in 0x80u8..=0xFF {
                let buf = [b];
                let (text, bad) = enc.decode_without_bom_handling(&buf);
                let want = if bad { 0 } else { text.chars().next().map_or(0, |c| c as u32) };
                assert_eq!(u32::from(table[usize::from(b - 0x80)]), want, "{name} byte {b:#x}");
            }
        }
    }

    #[test]
    fn windows_1252_is_the_fallback_when_utf8_fails() {
        let d = decode(b"Caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(d.text, "Café \u{201c}quoted\u{201d}");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn a_declared_meta_charset_is_used() {
        let page = b"<html><head><meta charset=\"iso-8859-7\"></head><body>\xe1\xe2\xe3</body></html>";
        let d = decode(page).unwrap();
        assert!(d.text.contains("\u{3b1}\u{3b2}\u{3b3}"), "{}", d.text);
        let page = b"<meta http-equiv=Content-Type content='text/html; charset=windows-1251'><p>\xcc\xee\xf1\xea\xe2\xe0";
        assert!(decode(page).unwrap().text.contains("Москва"));
    }

    #[test]
    fn a_multi_byte_legacy_page_is_reported_not_garbled() {
        let page = b"<meta charset=shift_jis><p>\x82\xa0\x82\xa2";
        assert!(matches!(decode(page), Err(FileError::Undecodable { .. })));
    }
}
