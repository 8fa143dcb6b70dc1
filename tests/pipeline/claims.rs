//! Tests of the claims stage and the agreement table, on a ferry story written for the project
//! and told by three invented outlets (d1 Harbour Gazette, d2 Coast Courier, d3 Island Post).

use super::*;
use parallax::compare::Stance;
use parallax::report::{CellReport, ClaimReport};

fn ferry_story() -> Report {
    parallax::analyze(&[
        fixture("claims/harbour-gazette.txt"),
        fixture("claims/coast-courier.txt"),
        fixture("claims/island-post.txt"),
    ])
}

/// The row in which some outlet's quote contains `needle`.
fn row<'a>(r: &'a Report, needle: &str) -> &'a ClaimReport {
    r.claims
        .iter()
        .find(|c| c.cells.0.iter().any(|(_, cell)| cell.quote.as_deref().is_some_and(|q| q.contains(needle))))
        .unwrap_or_else(|| panic!("no row quotes {needle:?}"))
}

fn cell<'a>(row: &'a ClaimReport, doc: &str) -> &'a CellReport {
    row.cells.get(doc).unwrap_or_else(|| panic!("no cell for {doc}"))
}

fn stances(row: &ClaimReport) -> Vec<Stance> {
    row.cells.0.iter().map(|(_, c)| c.stance).collect()
}

#[test]
fn the_same_length_in_words_and_digits_agrees() {
    let r = ferry_story();
    let talks = row(&r, "lasted two and a half hours");
    assert_eq!(stances(talks), [Stance::Asserts, Stance::Asserts, Stance::Silent]);
    assert!(cell(talks, "d2").quote.as_deref().is_some_and(|q| q.contains("2.5 hours")));
}

#[test]
fn many_decades_against_more_than_eighty_years_differs_with_the_outlets_value() {
    let r = ferry_story();
    let ties = row(&r, "partners for many decades");
    let courier = cell(ties, "d2");
    assert_eq!(courier.stance, Stance::Differs);
    assert!(courier.value.as_deref().is_some_and(|v| v.contains("80 years")), "{courier:?}");
    assert!(courier.quote.as_deref().is_some_and(|q| q.contains("more than 80 years")));
}

#[test]
fn another_count_of_the_same_thing_differs() {
    let r = ferry_story();
    let ferries = row(&r, "buy 12 new ferries");
    assert_eq!(cell(ferries, "d1").stance, Stance::Asserts);
    let courier = cell(ferries, "d2");
    assert_eq!(courier.stance, Stance::Differs);
    assert!(courier.value.as_deref().is_some_and(|v| v.contains("15")));
}

#[test]
fn a_title_others_do_not_give_differs() {
    let r = ferry_story();
    let title = r
        .claims
        .iter()
        .find(|c| c.kind == parallax::claims::ClaimKind::Title && c.cells.0.iter().any(|(_, x)| x.value.as_deref() == Some("Acting Mayor")))
        .expect("a title row for the mayor");
    // two outlets say "Mayor": that is the reference; "Acting Mayor" is the Gazette's own value
    assert_eq!(cell(title, "d1").stance, Stance::Differs);
    assert_eq!(cell(title, "d2").stance, Stance::Asserts);
    assert_eq!(cell(title, "d2").value.as_deref(), Some("Mayor"));
}

#[test]
fn another_spelling_of_a_place_differs() {
    let r = ferry_story();
    let spelling = r
        .claims
        .iter()
        .find(|c| c.cells.0.iter().any(|(_, x)| x.value.as_deref() == Some("Kelvarro")))
        .expect("a spelling row");
    assert_eq!(cell(spelling, "d1").stance, Stance::Asserts);
    assert_eq!(cell(spelling, "d1").value.as_deref(), Some("Kelvaro"));
    assert_eq!(cell(spelling, "d2").stance, Stance::Differs);
}

#[test]
fn has_not_agreed_contradicts_has_agreed() {
    let r = ferry_story();
    let union = row(&r, "union has agreed");
    assert_eq!(cell(union, "d2").stance, Stance::Contradicts);
    assert!(cell(union, "d2").quote.as_deref().is_some_and(|q| q.contains("has not agreed")));
}

#[test]
fn refusing_a_request_does_not_contradict_the_request_being_expected() {
    let r = ferry_story();
    let refusing: Vec<_> = r
        .claims
        .iter()
        .filter(|c| c.cells.0.iter().any(|(_, x)| x.quote.as_deref().is_some_and(|q| q.contains("has not agreed to this request"))))
        .collect();
    assert!(!refusing.is_empty(), "no row quotes the refusal");
    for c in refusing {
        assert!(c.cells.0.iter().all(|(_, x)| x.stance != Stance::Contradicts), "{c:?}");
    }
}

#[test]
fn a_quoted_phrase_worded_differently_differs() {
    let r = ferry_story();
    let bridges = row(&r, "strong bridges");
    let courier = cell(bridges, "d2");
    assert_eq!(courier.stance, Stance::Differs);
    assert!(courier.value.as_deref().is_some_and(|v| v.contains("fragile bridges")), "{courier:?}");
}

#[test]
fn an_outlet_that_does_not_report_it_is_silent_and_a_lone_fact_keeps_its_row() {
    let r = ferry_story();
    let talks = row(&r, "lasted two and a half hours");
    let post = cell(talks, "d3");
    assert_eq!(post.stance, Stance::Silent);
    assert!(post.quote.is_none() && post.value.is_none());
    let protest = row(&r, "fishermen plan to protest");
    assert_eq!(stances(protest), [Stance::Silent, Stance::Silent, Stance::Asserts]);
}

#[test]
fn disagreements_come_first() {
    let r = ferry_story();
    let first_agreeing = r.claims.iter().position(|c| !c.cells.0.iter().any(|(_, x)| matches!(x.stance, Stance::Differs | Stance::Contradicts)));
    let last_disagreeing = r.claims.iter().rposition(|c| c.cells.0.iter().any(|(_, x)| matches!(x.stance, Stance::Differs | Stance::Contradicts)));
    let (Some(a), Some(d)) = (first_agreeing, last_disagreeing) else {
        panic!("the ferry story has both agreeing and disagreeing rows: {:#?}", r.claims);
    };
    assert!(d < a, "a disagreement at row {d} after an agreeing row {a}");
}

fn assert_cells_verbatim(r: &Report) {
    for c in &r.claims {
        for (doc, cell) in &c.cells.0 {
            if cell.stance == Stance::Silent {
                continue;
            }
            let body = &r.documents.iter().find(|d| &d.id == doc).expect("document").body;
            let (Some(q), Some(s), Some(e)) = (&cell.quote, cell.start, cell.end) else {
                panic!("a non-silent cell without its quote: {cell:?}");
            };
            assert_eq!(body.get(s..e), Some(q.as_str()), "quote not at its offsets in {doc}");
            assert!(cell.value.is_some(), "a non-silent cell without its value: {cell:?}");
        }
    }
}

#[test]
fn every_cell_quote_is_verbatim_at_its_offsets() {
    assert_cells_verbatim(&ferry_story());
}

#[test]
fn the_demo_report_quotes_its_documents_verbatim() {
    let r = parallax::analyze(&demo());
    assert!(!r.claims.is_empty());
    assert_cells_verbatim(&r);
}

#[test]
fn a_table_over_its_cell_budget_keeps_its_first_rows_and_counts_the_rest() {
    let inputs =
        [fixture("claims/harbour-gazette.txt"), fixture("claims/coast-courier.txt"), fixture("claims/island-post.txt")];
    let full = parallax::analyze(&inputs);
    assert_eq!(full.claims_omitted, 0, "an ordinary drop keeps every claim");
    assert!(full.claims.len() > 3, "enough claims to cut: {}", full.claims.len());
    let keep = 3;
    let limits = parallax::Limits { max_table_cells: keep * inputs.len(), ..parallax::Limits::default() };
    let cut = parallax::analyze_with(&inputs, &limits, &mut |_| {});
    assert_eq!(cut.claims.len(), keep);
    assert_eq!(cut.claims_omitted, full.claims.len() - keep);
    // the rows kept are the first of the whole table (disagreements, then the most reported)
    let claim_texts = |r: &Report| r.claims.iter().map(|c| c.claim.clone()).collect::<Vec<_>>();
    assert_eq!(claim_texts(&cut), claim_texts(&full).get(..keep).unwrap_or_default());
    assert!(cut.to_json().contains("\"claims_omitted\""), "the JSON report says how many were left out");
}
