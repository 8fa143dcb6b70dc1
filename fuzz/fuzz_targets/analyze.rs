//! The whole pipeline on arbitrary bytes: the input is cut into up to four files at 0xFF 0x00
//! markers, so cross-document stages (merging, alignment) see several documents. Any panic is a bug;
//! every quote in the report must be verbatim in its document's body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::Input;

fuzz_target!(|data: &[u8]| {
    let mut inputs = Vec::new();
    let mut rest = data;
    while inputs.len() < 3 {
        match rest.windows(2).position(|w| w == [0xFF, 0x00]) {
            Some(p) => {
                inputs.push(Input::new(format!("f{}.txt", inputs.len()), &rest[..p]));
                rest = &rest[p + 2..];
            }
            None => break,
        }
    }
    inputs.push(Input::new(format!("f{}.html", inputs.len()), rest));
    let report = parallax::analyze(&inputs);
    assert_eq!(report.documents.len(), inputs.len());
    let body = |id: &str| report.documents.iter().find(|d| d.id == id).map(|d| d.body.as_str()).unwrap_or("");
    for t in &report.timeline {
        for e in &t.evidence {
            assert!(body(&e.doc).contains(&e.quote), "timeline quote not verbatim");
        }
    }
    for c in &report.claims {
        for (doc, cell) in &c.cells.0 {
            if let Some(q) = &cell.quote {
                assert!(body(doc).contains(q.as_str()), "claim quote not verbatim");
            }
        }
    }
});
