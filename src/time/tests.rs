//! Unit tests of the time stage beyond the case tables: spans, counts that are not years,
//! durations and vague references in context, inference and merging. The expression forms and
//! relative forms against their publication dates are rows of `tests/fixtures/cases/dates-*.tsv`.
//! The sentences are written for these tests.

use super::*;
use crate::body::{BlockRole, Document};
use crate::text;

fn doc_with(paragraphs: &[(&str, BlockRole)], published: Option<Date>) -> Document {
    Document { published, ..Document::from_blocks("test.txt", paragraphs) }
}

fn doc(body: &str, published: &str) -> Document {
    doc_with(&[(body, BlockRole::Paragraph)], Date::parse_iso(published))
}

fn mentions(body: &str, published: &str) -> (Document, Vec<DateMention>) {
    let d = doc(body, published);
    let t = text::analyse(&d, 2000);
    let m = find(&d, &t, d.published);
    (d, m)
}

/// The value (date, or ISO for durations and sets) of the expression written exactly `expr`.
fn value(body: &str, published: &str, expr: &str) -> Option<String> {
    let (d, ms) = mentions(body, published);
    let m = ms.iter().find(|m| m.span.slice(&d.body) == expr);
    let m = m.unwrap_or_else(|| {
        let found: Vec<&str> = ms.iter().map(|m| m.span.slice(&d.body)).collect();
        panic!("{expr:?} not found in {body:?}; found {found:?}")
    });
    match m.kind {
        DateKind::Date => m.value.map(|v| v.to_string()),
        _ => m.iso.clone(),
    }
}

fn texts(body: &str, published: &str) -> Vec<String> {
    let (d, ms) = mentions(body, published);
    ms.iter()
        .map(|m| m.span.slice(&d.body).to_string())
        .collect()
}

#[test]
fn reads_months_years_and_decades_at_their_precision() {
    let p = "2025-10-15";
    assert_eq!(
        value(
            "Exports fell in July 2025 for the first time.",
            p,
            "July 2025"
        )
        .as_deref(),
        Some("2025-07")
    );
    assert_eq!(
        value("The order was issued in July.", p, "July").as_deref(),
        Some("2025-07")
    );
    assert_eq!(
        value("The war began in 2011.", p, "2011").as_deref(),
        Some("2011")
    );
    let (d, ms) = mentions("The party has ruled since 2011.", p);
    let since = ms
        .iter()
        .find(|m| m.span.slice(&d.body) == "2011")
        .map(|m| m.starts);
    assert_eq!(since, Some(Some(Date::y(2011))));
    let (d, ms) = mentions("Prices rose sharply in the 1990s.", p);
    let decade = ms.iter().find(|m| m.span.slice(&d.body).contains("1990s"));
    assert_eq!(
        decade.map(|m| (m.value, m.precision)),
        Some((None, Precision::Vague))
    );
}

#[test]
fn does_not_take_counts_or_money_for_years() {
    let p = "2025-10-15";
    assert!(texts("About 2000 people marched.", p).is_empty());
    assert!(texts("The fine was $2011 in total.", p).is_empty());
    assert!(texts("Flight 1999 landed safely.", p).is_empty());
}

#[test]
fn measures_durations_in_iso_8601() {
    let p = "2025-10-15";
    assert_eq!(
        value(
            "The talks lasted two and a half hours.",
            p,
            "two and a half hours"
        )
        .as_deref(),
        Some("PT2H30M")
    );
    assert_eq!(
        value(
            "We have been friends for more than 80 years.",
            p,
            "more than 80 years"
        )
        .as_deref(),
        Some("P80Y")
    );
    assert_eq!(
        value("They have fought for decades.", p, "decades").as_deref(),
        Some("PXDE")
    );
    assert_eq!(
        value("The meeting lasted half an hour.", p, "half an hour").as_deref(),
        Some("PT30M")
    );
    assert_eq!(
        value("He served a 10-year sentence.", p, "10-year").as_deref(),
        Some("P10Y")
    );
    let (d, ms) = mentions("We have been friends for more than 80 years.", p);
    let m = ms
        .iter()
        .find(|m| m.span.slice(&d.body) == "more than 80 years");
    assert_eq!(
        m.map(|m| (m.kind, m.starts)),
        Some((DateKind::Duration, Some(Date::y(1945))))
    );
    // a sentence served is not a start
    let (_, ms) = mentions("He was jailed for 10 years.", p);
    assert!(ms.iter().all(|m| m.starts.is_none()));
}

#[test]
fn vague_references_say_so_instead_of_inventing_a_day() {
    let p = "2025-10-15";
    for (body, expr) in [
        ("The bank is now under new management.", "now"),
        ("The bank is currently closed.", "currently"),
        ("The bank recently closed.", "recently"),
        (
            "The committee will meet in the near future.",
            "the near future",
        ),
    ] {
        let (d, ms) = mentions(body, p);
        let m = ms.iter().find(|m| m.span.slice(&d.body) == expr);
        assert_eq!(
            m.map(|m| (m.value, m.precision)),
            Some((None, Precision::Vague)),
            "{body}"
        );
    }
    // "recent" elections in a past report: some time in the publication year
    assert_eq!(
        value("Officials praised the recent elections.", p, "recent").as_deref(),
        Some("2025")
    );
    // "the future of" names a subject, not a time
    assert!(texts("They discussed the future of the bases.", p).is_empty());
}

#[test]
fn without_a_publication_date_relative_dates_stay_unresolved() {
    let (d, ms) = mentions(
        "The vote was held on Wednesday, October 15 and results came out on October 17, 2025.",
        "",
    );
    let got: Vec<(&str, Option<String>)> = ms
        .iter()
        .map(|m| (m.span.slice(&d.body), m.value.map(|v| v.to_string())))
        .collect();
    assert_eq!(
        got,
        [
            ("Wednesday, October 15", None),
            ("October 17, 2025", Some("2025-10-17".to_string()))
        ]
    );
}

#[test]
fn spans_are_the_expression_without_its_preposition() {
    assert_eq!(
        texts("It began in 2011 and ended on Friday night.", "2025-10-15"),
        ["2011", "Friday night"]
    );
}

fn drop_of(
    bodies: &[(&str, Option<&str>)],
) -> (Vec<Document>, Vec<text::Text>, Vec<Vec<DateMention>>) {
    let docs: Vec<Document> = bodies
        .iter()
        .map(|(b, p)| doc(b, p.unwrap_or("")))
        .collect();
    let texts: Vec<text::Text> = docs.iter().map(|d| text::analyse(d, 2000)).collect();
    let dates = docs
        .iter()
        .zip(&texts)
        .map(|(d, t)| find(d, t, d.published))
        .collect();
    (docs, texts, dates)
}

#[test]
fn infers_the_day_after_the_latest_past_date_from_a_following_weekday() {
    let (docs, _, dates) = drop_of(&[
        ("Crowds gathered on Tuesday night (September 30) outside the hall. On Wednesday the council resigned.", None),
        ("The council resigned, the mayor said.", Some("2025-10-02")),
    ]);
    let got = infer_published(&docs, &dates);
    assert_eq!(got, [Date::ymd(2025, 10, 1), None]);
}

#[test]
fn infers_nothing_when_the_article_gives_no_date() {
    let (docs, _, dates) = drop_of(&[
        (
            "The council resigned on Wednesday after a long night.",
            None,
        ),
        ("The council resigned, the mayor said.", Some("2025-10-02")),
    ]);
    assert_eq!(infer_published(&docs, &dates), [None, None]);
}

#[test]
fn a_month_and_day_take_their_year_from_the_other_articles() {
    let (docs, _, dates) = drop_of(&[
        ("The council met on Monday, March 4 and voted.", None),
        ("A vote took place, the mayor said.", Some("2024-03-05")),
    ]);
    assert_eq!(
        infer_published(&docs, &dates),
        [Date::ymd(2024, 3, 4), None]
    );
}

#[test]
fn a_date_announced_as_coming_does_not_date_the_article() {
    let (docs, _, dates) = drop_of(&[(
        "The council met on March 4, 2024. It will vote on April 20, 2024.",
        None,
    )]);
    assert_eq!(infer_published(&docs, &dates), [Date::ymd(2024, 3, 4)]);
}

#[test]
fn two_outlets_telling_the_same_happening_merge_and_other_happenings_stay_apart() {
    let (mut docs, texts, _) = drop_of(&[
        ("Mayor Lena Ostrova opened the Kessel Bridge over the Varna river on Wednesday. Separately, the transport council voted on Wednesday to raise bus fares.", Some("2024-03-14")),
        ("The Kessel Bridge over the Varna was opened by Mayor Lena Ostrova on March 13.", Some("2024-03-14")),
    ]);
    let (_, items) = dates_and_timeline(&mut docs, &texts);
    let on_day: Vec<&TimelineItem> = items
        .iter()
        .filter(|i| i.date == Date::ymd(2024, 3, 13).unwrap_or(Date::y(0)))
        .collect();
    assert_eq!(on_day.len(), 2, "{items:?}");
    let docs_of = |i: &TimelineItem| i.evidence.iter().map(|q| q.doc).collect::<Vec<_>>();
    assert!(on_day
        .iter()
        .any(|i| docs_of(i) == [0, 1] && i.event.contains("Kessel Bridge")));
    assert!(on_day
        .iter()
        .any(|i| docs_of(i) == [0] && i.event.contains("bus fares")));
    for i in &items {
        for q in &i.evidence {
            let body = &docs[q.doc].body;
            assert!(body.contains(q.span.slice(body)) && !q.span.slice(body).is_empty());
        }
    }
}

#[test]
fn captions_and_vague_dates_stay_off_the_timeline_and_starts_go_on_it() {
    let mut d = doc_with(
        &[
            (
                "The mayor speaks in the old hall, March 2, 2020.",
                BlockRole::Caption,
            ),
            (
                "The city has been twinned with Tarvo for more than 30 years, the mayor said.",
                BlockRole::Paragraph,
            ),
            ("The bridge is now open.", BlockRole::Paragraph),
        ],
        Date::parse_iso("2024-03-14"),
    );
    let t = text::analyse(&d, 2000);
    let (_, items) = dates_and_timeline(std::slice::from_mut(&mut d), std::slice::from_ref(&t));
    let got: Vec<(String, ItemKind)> = items.iter().map(|i| (i.date.to_string(), i.kind)).collect();
    assert_eq!(got, [("1994".to_string(), ItemKind::Start)]);
}

#[test]
fn an_undated_future_event_is_announced_on_the_day_it_was_reported() {
    let (mut docs, texts, _) = drop_of(&[(
        "The two sides agreed to convene the joint committee in the near future.",
        Some("2024-03-14"),
    )]);
    let (_, items) = dates_and_timeline(&mut docs, &texts);
    assert_eq!(items.len(), 1);
    assert_eq!(
        (items[0].date, items[0].kind),
        (Date::y(2024).ymd_or(3, 14), ItemKind::Announced)
    );
}

impl Date {
    /// The day `month`/`day` of this date's year (test helper).
    fn ymd_or(self, month: u8, day: u8) -> Date {
        Date::ymd(self.year, month, day).unwrap_or(self)
    }
}

#[test]
fn huge_numbers_neither_panic_nor_become_dates() {
    let body =
        "It happened 99999999999999999999 years ago and lasted 4000000000000000000000 decades. \
                They have waited for 9999999999 centuries.";
    let (_, ms) = mentions(body, "2025-10-15");
    assert!(ms.iter().all(|m| m.value.is_none() && m.starts.is_none()));
}

#[test]
fn a_long_sentence_is_quoted_by_the_clause_around_its_date() {
    let body = "The regional assembly, which had been meeting in emergency session for most of the week amid \
                protests outside its building, rising fuel prices and a dispute with the neighbouring province \
                over water rights, finally approved the new budget on Thursday, with forty-one members voting in \
                favour, twelve against and several abstaining after a debate that lasted well into the night.";
    let (mut docs, texts, _) = drop_of(&[(body, Some("2024-03-15"))]);
    let (_, items) = dates_and_timeline(&mut docs, &texts);
    assert_eq!(items.len(), 1);
    let q = items[0].evidence[0].span.slice(&docs[0].body);
    assert!(q.contains("approved the new budget on Thursday"), "{q}");
    assert!(q.len() <= 260 && body.contains(q));
    assert_eq!(items[0].date.to_string(), "2024-03-14");
}

#[test]
fn one_scan_per_body_dates_the_drop_and_places_an_undated_article() {
    // an undated article: one date inferred from its own text, one read against the drop's day
    let bodies = [
        ("The ferry Aldra ran aground off Kessin on Monday, March 11, 2024. Divers reached it on Tuesday.", None),
        ("Crews freed the Aldra on Tuesday, the port office said.", None),
        ("The port of Kessin reopened on Wednesday after the Aldra was towed away.", Some("2024-03-14")),
    ];
    let (mut docs, texts, _) = drop_of(&bodies);
    let mut again = docs.clone();
    let (dates, items) = dates_and_timeline(&mut docs, &texts);
    assert_eq!(dates, date_documents(&mut again, &texts));
    assert!(docs[0].published_inferred && docs[1].published.is_none(), "{:?}", docs[1].published);
    // the undated article's "on Tuesday" is the Tuesday of the drop's day (14 March 2024)
    let freed = items.iter().find(|i| i.evidence.iter().any(|q| q.doc == 1));
    assert_eq!(freed.map(|i| i.date.to_string()).as_deref(), Some("2024-03-12"), "{items:?}");
}

/// The time of day each expression opens with, as its words and minutes after midnight.
fn clocks(body: &str) -> Vec<(String, u16)> {
    let (d, ms) = mentions(body, "2025-06-04");
    ms.iter()
        .filter_map(|m| m.clock)
        .map(|(s, minutes)| (s.slice(&d.body).to_string(), minutes))
        .collect()
}

#[test]
fn gives_the_time_of_day_a_clock_figure_or_a_named_time_tells() {
    let got = clocks("The ferry left at 6:45 a.m. Tuesday and docked at 22:10, shortly before midnight.");
    assert_eq!(
        got,
        vec![("6:45 a.m.".to_string(), 405), ("22:10".to_string(), 1330), ("midnight".to_string(), 0)]
    );
    assert_eq!(clocks("The pier shut at 4 pm and reopened at noon on Friday."), vec![("4 pm".to_string(), 960), ("noon".to_string(), 720)]);
    assert_eq!(clocks("Police arrived at approximately 14:35."), vec![("14:35".to_string(), 875)]);
    // a date, a count and a length of time are no time of day
    assert!(clocks("On 12 May, 24 boats left; the race took 2:01:09.").is_empty());
}
