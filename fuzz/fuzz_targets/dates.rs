//! The date normaliser on arbitrary text against publication dates near year and month ends.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::{body, ingest, text, time};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let Ok(source) = ingest::read("t.txt", s.as_bytes(), 1 << 20) else { return };
    let doc = body::extract("t.txt", &source);
    let t = text::analyse(&doc, 4000);
    for published in [None, time::Date::ymd(2024, 12, 31), time::Date::ymd(2025, 1, 1), time::Date::ymd(2024, 2, 29)] {
        for m in time::find(&doc, &t, published) {
            assert!(doc.body.get(m.span.start..m.span.end).is_some(), "date span off a char boundary");
        }
    }
});
