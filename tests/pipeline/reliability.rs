//! No input may panic or hang the analysis; every quote stays verbatim; limits are enforced per file.

use super::*;
use parallax::{Limits, Report};
use proptest::prelude::*;

/// Every quote the report shows is a verbatim slice of its document's body, at the offsets given.
fn assert_quotes_verbatim(r: &Report) {
    let body = |id: &str| r.documents.iter().find(|d| d.id == id).map(|d| d.body.as_str()).unwrap_or("");
    for t in &r.timeline {
        for e in &t.evidence {
            assert_eq!(body(&e.doc).get(e.start..e.end), Some(e.quote.as_str()), "timeline evidence");
        }
    }
    for c in &r.claims {
        for (doc, cell) in &c.cells.0 {
            if let (Some(q), Some(s), Some(e)) = (&cell.quote, cell.start, cell.end) {
                assert_eq!(body(doc).get(s..e), Some(q.as_str()), "claim cell quote");
            }
        }
    }
    for d in &r.documents {
        for x in &d.dates {
            assert_eq!(d.body.get(x.start..x.end), Some(x.text.as_str()), "date text");
        }
    }
}

/// An article written for these tests, with the kinds of text every stage looks at.
const ARTICLE: &str = "Harbour Gazette\n\nFerry talks end without deal\n\nBy Lena Corbett | March 4, 2024\n\n\
PORT ELLIS — Mayor Ines Vartan met ferry operators on Tuesday for three and a half hours. \
\"We will not raise fares this year,\" Vartan said. The council had approved 12 new routes in 2019.\n\n\
Operators said they had not agreed to the schedule. The next meeting is expected in April.\n\n\
Related: Storm closes harbour | Privacy Policy";

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_give_a_report_with_verbatim_quotes(files in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..600), 1..4)) {
        let inputs: Vec<Input> = files.into_iter().enumerate().map(|(i, b)| Input::new(format!("f{i}.txt"), b)).collect();
        let r = parallax::analyze(&inputs);
        prop_assert_eq!(r.documents.len(), inputs.len());
        assert_quotes_verbatim(&r);
    }

    #[test]
    fn mutated_articles_give_a_report_with_verbatim_quotes(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 0..24),
        as_html in any::<bool>(),
    ) {
        let mut bytes = ARTICLE.as_bytes().to_vec();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len().max(1));
            match op {
                0 if i < bytes.len() => bytes[i] = byte,
                1 => bytes.insert(i.min(bytes.len()), byte),
                _ if i < bytes.len() => { bytes.remove(i); }
                _ => {}
            }
        }
        let name = if as_html { "page.html" } else { "page.txt" };
        let r = parallax::analyze(&[Input::new(name, bytes), Input::new("clean.txt", ARTICLE)]);
        prop_assert_eq!(r.documents.len(), 2);
        assert_quotes_verbatim(&r);
    }

    #[test]
    fn arbitrary_text_with_dates_and_quotes_never_panics(s in "[A-Za-z0-9 .,;:'\"“”’\\-\n]{0,400}") {
        let r = parallax::analyze(&[Input::new("a.txt", s.as_bytes()), Input::new("b.txt", ARTICLE)]);
        assert_quotes_verbatim(&r);
    }
}

#[test]
fn a_ten_megabyte_single_line_file_finishes() {
    let line = "The ferry sailed on Tuesday with 40 passengers and the mayor said nothing new ".repeat(10 << 20 >> 6);
    let r = parallax::analyze(&[Input::new("one-line.txt", line.into_bytes()), Input::new("b.txt", ARTICLE)]);
    assert_eq!(r.documents.len(), 2);
    assert_quotes_verbatim(&r);
}

#[test]
fn a_file_of_100000_one_word_lines_finishes() {
    let text: String = (0..100_000).map(|i| if i % 2 == 0 { "Harbour\n" } else { "ferry\n" }).collect();
    let r = parallax::analyze(&[Input::new("words.txt", text.into_bytes())]);
    assert_eq!(r.documents.len(), 1);
    assert!(r.documents[0].errors.is_empty(), "{:?}", r.documents[0].errors);
    assert!(r.documents[0].body.contains("Harbour") && r.documents[0].body.contains("ferry"));
    assert_quotes_verbatim(&r);
}

#[test]
fn html_nested_100000_deep_finishes() {
    let mut html = String::from("<!doctype html><html><body>");
    html.push_str(&"<div>".repeat(100_000));
    html.push_str("<p>Deep inside, the council met on Monday and approved the plan.</p>");
    html.push_str(&"</div>".repeat(100_000));
    html.push_str("</body></html>");
    let r = parallax::analyze(&[Input::new("deep.html", html.into_bytes())]);
    assert_eq!(r.documents.len(), 1);
    // nesting past the limit is reported, and what could be read is kept
    assert_eq!(r.documents[0].error_codes, ["too_deep"]);
    assert_quotes_verbatim(&r);
}

#[test]
fn too_many_files_get_a_drop_full_error_each_and_the_first_still_analyse() {
    let limits = Limits { max_files: 2, ..Limits::default() };
    let inputs: Vec<Input> = (0..4).map(|i| Input::new(format!("{i}.txt"), ARTICLE)).collect();
    let r = parallax::analyze_with(&inputs, &limits, &mut |_| {});
    let codes: Vec<_> = r.documents.iter().map(|d| d.error_codes.clone()).collect();
    assert!(codes[0].is_empty() && codes[1].is_empty());
    assert_eq!(codes[2], ["drop_full"]);
    assert_eq!(codes[3], ["drop_full"]);
    assert!(r.documents[2].errors[0].contains("at most 2 files"));
}
