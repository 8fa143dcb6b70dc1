//! Tests of the time stage: dates listed per document, publication dates inferred from the drop,
//! and the timeline across outlets. The bridge articles in `tests/fixtures/time/` are invented.
use super::*;
use parallax::Corrections;

/// The three bridge articles: the Herald published 14 March 2024, the Courier 13 March 2024
/// (both set as a reader would), the blog with no date.
fn bridge_drop() -> Report {
    let dated = |name: &str, date: &str| {
        let mut input = fixture(name);
        input.corrections = Corrections { published: Some(date.to_string()), ..Default::default() };
        input
    };
    let inputs = vec![
        dated("time/bridge_herald.txt", "2024-03-14"),
        dated("time/bridge_courier.txt", "2024-03-13"),
        fixture("time/bridge_blog.txt"),
    ];
    parallax::analyze(&inputs)
}

#[test]
fn lists_every_date_of_a_document_with_its_verbatim_text() {
    let r = bridge_drop();
    let herald = &r.documents[0];
    let got: Vec<(&str, Option<&str>)> = herald.dates.iter().map(|d| (d.text.as_str(), d.value.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("Wednesday", Some("2024-03-13")),
            ("three years", Some("P3Y")),
            ("Wednesday", Some("2024-03-13")),
            ("April", Some("2024-04")),
            ("2021", Some("2021")),
            ("the near future", None),
        ]
    );
    for d in &herald.dates {
        assert_eq!(&herald.body[d.start..d.end], d.text);
    }
}

#[test]
fn an_undated_article_is_dated_from_its_own_weekdays_and_marked_inferred() {
    let r = bridge_drop();
    let blog = &r.documents[2];
    assert_eq!(blog.published.as_deref(), Some("2024-03-13"));
    assert!(blog.published_inferred);
    assert!(!r.documents[0].published_inferred);
    // and its relative dates are resolved against the inferred date
    let walk = blog.dates.iter().find(|d| d.text.starts_with("Tuesday night"));
    assert_eq!(walk.and_then(|d| d.value.as_deref()), Some("2024-03-12"));
}

#[test]
fn the_same_opening_told_by_three_outlets_is_one_timeline_item() {
    let r = bridge_drop();
    let opening: Vec<&parallax::report::TimelineReport> =
        r.timeline.iter().filter(|t| t.date == "2024-03-13" && t.event.contains("Kessel Bridge")).collect();
    assert_eq!(opening.len(), 1, "{:#?}", r.timeline);
    let mut docs: Vec<&str> = opening[0].evidence.iter().map(|e| e.doc.as_str()).collect();
    docs.dedup();
    assert_eq!(docs, ["d1", "d2", "d3"]);
    // the council vote on the same day is a different happening
    assert!(r.timeline.iter().any(|t| t.date == "2024-03-13" && t.event.contains("bus fares")));
}

#[test]
fn the_timeline_runs_in_date_order_with_starts_and_announcements() {
    let r = bridge_drop();
    let got: Vec<(&str, String)> = r
        .timeline
        .iter()
        .map(|t| (t.date.as_str(), serde_json::to_value(t.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()))
        .collect();
    let want = [
        ("1984", "start"),
        ("2021", "event"),
        ("2024-03-12", "event"),
        ("2024-03-13", "event"),
        ("2024-03-13", "event"),
        ("2024-03-14", "announced"),
        ("2024-04", "event"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|(d, k)| (*d, k.to_string())).collect();
    assert_eq!(got, want, "{:#?}", r.timeline);
}

#[test]
fn every_timeline_quote_is_verbatim_text_of_its_document() {
    for r in &[bridge_drop(), parallax::analyze(&demo())] {
        for t in &r.timeline {
            assert!(!t.event.is_empty());
            for e in &t.evidence {
                let d = r.documents.iter().find(|d| d.id == e.doc).map(|d| d.body.as_str()).unwrap_or("");
                assert_eq!(d.get(e.start..e.end), Some(e.quote.as_str()));
            }
        }
    }
}
