//! Decoding, format sniffing and body extraction on arbitrary bytes, as text and as HTML.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::{body, ingest, text};

fuzz_target!(|data: &[u8]| {
    for name in ["page.html", "dump.txt", "notes.md"] {
        if let Ok(source) = ingest::read(name, data, 1 << 22) {
            let doc = body::extract(name, &source);
            for b in &doc.blocks {
                assert!(doc.body.get(b.span.start..b.span.end).is_some(), "block span off a char boundary");
            }
            let t = text::analyse(&doc, 4000);
            for s in &t.sentences {
                assert!(doc.body.get(s.span.start..s.span.end).is_some(), "sentence span off a char boundary");
            }
        }
    }
});
