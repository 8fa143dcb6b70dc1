//! Tests of the documents stage: what a reader sees on each document card (outlet, title, date,
//! author, body) for web pages, page dumps and bad files. Fixtures in `tests/fixtures/documents`
//! are invented articles written for these tests.

use super::*;
use parallax::body::{self, BlockRole, Document, RemovalReason};
use parallax::ingest;

const MAX_DEPTH: usize = 512;

/// Reads one file through ingest and body, as the pipeline does.
fn read(name: &str, bytes: &[u8]) -> Document {
    match ingest::read(name, bytes, 32 << 20) {
        Ok(source) => body::extract(name, &source, MAX_DEPTH),
        Err(e) => Document::unreadable(name, e),
    }
}

fn read_fixture(name: &str) -> Document {
    let input = fixture(&format!("documents/{name}"));
    read(name, &input.bytes)
}

fn block_texts(doc: &Document, role: BlockRole) -> Vec<&str> {
    doc.blocks.iter().filter(|b| b.role == role).map(|b| doc.block_text(b)).collect()
}

fn date(s: &str) -> Option<parallax::time::Date> {
    parallax::time::Date::parse_iso(s)
}

// ------------------------------------------------------------------ HTML

#[test]
fn json_ld_page_gives_headline_outlet_author_date_and_only_the_story() {
    let doc = read_fixture("json_ld.html");
    assert_eq!(doc.format, ingest::Format::Html);
    assert_eq!(doc.title.as_deref(), Some("Bridge tolls to rise in June"));
    assert_eq!(doc.outlet.as_deref(), Some("Valley Courier"));
    assert_eq!(doc.author.as_deref(), Some("Omar Haddad"));
    assert_eq!(doc.published, date("2024-04-18"));
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    for kept in ["Drivers crossing the river bridge", "repainting the steel spans", "commuters' association", "monthly pass would be considered"] {
        assert!(doc.body.contains(kept), "lost {kept:?}:\n{}", doc.body);
    }
    assert_eq!(block_texts(&doc, BlockRole::Heading), ["Commuters object"]);
    for dropped in [
        "Home", "Ring road works delayed", "Bus fares unchanged", "Share on social media", "Zoo welcomes", "Copyright",
        "script text", "hidden-style-text", "a comment that", "rush hour", "Bridge tolls to rise in June",
    ] {
        assert!(!doc.body.contains(dropped), "kept {dropped:?}:\n{}", doc.body);
    }
    assert!(doc.removed.iter().any(|r| r.text.contains("Traffic on the river bridge") && r.reason == RemovalReason::Caption));
}

#[test]
fn open_graph_page_without_json_ld_still_names_outlet_title_and_date() {
    let doc = read_fixture("open_graph.html");
    assert_eq!(doc.title.as_deref(), Some("Night market returns to the old quarter"));
    assert_eq!(doc.outlet.as_deref(), Some("Eastside Weekly"));
    assert_eq!(doc.published, date("2023-09-02"));
    assert_eq!(doc.author, None);
    assert!(doc.body.starts_with("The night market is back"), "{}", doc.body);
    assert!(doc.body.contains("the district office said."));
    assert!(!doc.body.contains("Great news"), "comments leaked: {}", doc.body);
    assert!(!doc.body.contains("Front page"));
}

#[test]
fn page_with_no_metadata_keeps_its_prose_and_leaves_every_field_empty() {
    let doc = read_fixture("no_metadata.html");
    assert_eq!((doc.outlet.as_deref(), doc.title.as_deref(), doc.author.as_deref(), doc.published), (None, None, None, None));
    let paragraphs = block_texts(&doc, BlockRole::Paragraph);
    assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
    assert!(paragraphs[0].starts_with("The village choir"));
    assert!(!doc.body.contains("Archive"));
}

#[test]
fn a_page_of_links_only_reports_no_article_body() {
    let doc = read_fixture("links_only.html");
    assert!(doc.body.is_empty(), "{}", doc.body);
    assert!(doc.errors.iter().any(|e| e.code() == "no_body"));
}

#[test]
fn text_that_is_html_is_read_as_a_page_whatever_its_name() {
    let input = fixture("documents/open_graph.html");
    let doc = read("saved-page.txt", &input.bytes);
    assert_eq!(doc.format, ingest::Format::Html);
    assert_eq!(doc.outlet.as_deref(), Some("Eastside Weekly"));
}

#[test]
fn a_page_nested_100000_deep_is_flattened_not_crashed() {
    let mut html = String::from("<!doctype html><html><body>");
    html.push_str(&"<div><span>".repeat(50_000));
    html.push_str("<p>At the bottom of the page, the harbour board agreed on Friday to build a new slipway.</p>");
    html.push_str(&"</span></div>".repeat(50_000));
    html.push_str("</body></html>");
    let doc = read("deep.html", html.as_bytes());
    assert!(doc.body.contains("agreed on Friday to build a new slipway"), "{}", doc.body);
    assert!(doc.errors.iter().any(|e| e.code() == "too_deep"), "{:?}", doc.errors);
}

// ------------------------------------------------------------------ encodings

const ACCENTED: &str = "Café owners in Zürich said the “new” rules cost them 5 € a day — and Señora Núñez agreed.";

#[test]
fn windows_1252_bytes_decode_when_utf8_fails() {
    let mut bytes = Vec::new();
    for c in ACCENTED.chars() {
        let b = match c {
            '€' => 0x80,
            '“' => 0x93,
            '”' => 0x94,
            '—' => 0x97,
            c if (c as u32) < 0x100 => c as u32 as u8,
            c => panic!("not in windows-1252: {c}"),
        };
        bytes.push(b);
    }
    let doc = read("legacy.txt", &bytes);
    assert_eq!(doc.body, ACCENTED);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
}

#[test]
fn utf16_with_either_byte_order_mark_decodes() {
    let mut le = vec![0xFF, 0xFE];
    le.extend(ACCENTED.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(ACCENTED.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(read("le.txt", &le).body, ACCENTED);
    assert_eq!(read("be.txt", &be).body, ACCENTED);
}

#[test]
fn the_charset_a_page_declares_is_used() {
    // ISO-8859-7 (Greek): "Αθήνα" is C1 E8 DE ED E1.
    let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-7\"></head>\
        <body><p>The mayor of \xc1\xe8\xde\xed\xe1 opened the new metro line on Monday, three years later than planned, \
        and promised that the next extension would be finished on time.</p></body></html>";
    let doc = read("greek.html", page);
    assert!(doc.body.contains("The mayor of Αθήνα opened"), "{}", doc.body);
}

// ------------------------------------------------------------------ bad input

#[test]
fn bad_files_each_get_an_error_in_plain_words() {
    let empty = read("empty.txt", b"  \n\t ");
    assert_eq!(empty.errors.first().map(|e| e.code()), Some("empty"));
    let binary = read("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    assert_eq!(binary.errors.first().map(|e| e.code()), Some("binary"));
    assert!(binary.errors[0].to_string().contains("PNG"));
    let big = ingest::read("big.txt", &[b'a'; 2048], 1024);
    assert!(matches!(big, Err(parallax::FileError::TooLarge { bytes: 2048, limit: 1024 })));
    let menu = read("menu.txt", "  • Home\n  • News\n  • Sport\n".as_bytes());
    assert!(menu.errors.iter().any(|e| e.code() == "no_body"), "{:?} {}", menu.errors, menu.body);
}

#[test]
fn a_bad_file_does_not_stop_the_others() {
    let r = parallax::analyze(&[
        Input::new("empty.txt", Vec::new()),
        fixture("documents/wire_story.txt"),
    ]);
    assert_eq!(r.documents[0].error_codes, ["empty"]);
    assert!(r.documents[1].body.contains("rescued six fishermen"));
}

// ------------------------------------------------------------------ page dumps

#[test]
fn dump_keeps_the_article_and_drops_menus_ticker_related_tags_and_footer() {
    let doc = read_fixture("dump_with_furniture.txt");
    assert_eq!(doc.title.as_deref(), Some("Ferry line to Little Skerry reopens after two-year repair"));
    assert_eq!(doc.outlet.as_deref(), Some("The Harbour Gazette"));
    assert_eq!(doc.author.as_deref(), Some("Marta Kowal"));
    assert_eq!(doc.published, date("2024-03-03"));
    let paragraphs = block_texts(&doc, BlockRole::Paragraph);
    assert_eq!(paragraphs.len(), 5, "{paragraphs:?}");
    assert!(paragraphs[0].starts_with("The ferry service between Port Alden"));
    assert!(paragraphs[4].starts_with("He added that a second vessel"));
    for dropped in [
        "Home", "Storm warning", "Council elections", "Marta Kowal", "12 Shares", "Marigold leaves",
        "Harbour dredging", "Island school", "Ferries", "Lighthouse", "All rights reserved", "Privacy",
    ] {
        assert!(!doc.body.contains(dropped), "kept {dropped:?}:\n{}", doc.body);
    }
    let reasons = |text: &str| doc.removed.iter().filter(|r| r.text.contains(text)).map(|r| r.reason).collect::<Vec<_>>();
    assert!(reasons("Marigold leaves").iter().all(|r| *r == RemovalReason::Caption));
    assert_eq!(reasons("By Marta Kowal"), [RemovalReason::Byline]);
    assert!(reasons("Harbour dredging").contains(&RemovalReason::RelatedLinks));
    assert!(reasons("All rights reserved").contains(&RemovalReason::Footer));
}

#[test]
fn wire_story_without_furniture_keeps_every_paragraph() {
    let input = fixture("documents/wire_story.txt");
    let text = String::from_utf8(input.bytes.clone()).unwrap();
    let doc = read("wire_story.txt", &input.bytes);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(doc.body.contains(line), "lost {line:?}:\n{}", doc.body);
    }
    assert!(doc.body.starts_with("PORT ALDEN, Freedonia (AP) _"));
    assert_eq!(doc.outlet, None, "a wire text that never names its outlet has none");
}

#[test]
fn markdown_article_reads_heading_byline_and_subheading() {
    let doc = read_fixture("article.md");
    assert_eq!(doc.format, ingest::Format::Markdown);
    assert_eq!(doc.title.as_deref(), Some("Library extends opening hours for exam season"));
    assert_eq!(doc.author.as_deref(), Some("Lena Park"));
    assert_eq!(block_texts(&doc, BlockRole::Heading), ["Extra staff"]);
    assert!(doc.body.contains("according to a statement on its website."), "{}", doc.body);
    assert!(!doc.body.contains("https://"), "{}", doc.body);
    assert!(doc.body.contains("asked for the café to stay open"));
}
