//! What a file is, from its bytes and name.

use super::Format;

/// `Some(description)` when the bytes are clearly not text: a known binary signature, NUL bytes
/// outside a UTF-16 BOM file, or many control characters.
pub(crate) fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive or office document"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\x7FELF", "a program"),
        (b"MZ", "a program"),
        (b"\xD0\xCF\x11\xE0", "an old office document"),
        (b"RIFF", "a media file"),
        (b"\x00\x00\x00", "a media or binary file"),
    ];
    for (sig, what) in SIGNATURES {
        if bytes.starts_with(sig) {
            return Some(what);
        }
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return None; // UTF-16 text holds NUL bytes by design
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)))
        .count();
    if head.contains(&0) || controls * 20 > head.len().max(1) {
        return Some("binary data");
    }
    None
}

/// HTML when the name says so or the text starts like markup; Markdown by name; text otherwise.
pub(crate) fn sniff_format(name: &str, text: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    let start = text.trim_start_matches('\u{FEFF}').trim_start();
    let head: String = start.chars().take(512).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<') && (head.contains("<head") || head.contains("<body")))
    {
        return Format::Html;
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    Format::Text
}
