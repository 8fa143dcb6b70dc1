//! Tables of page-header cases for the documents stage: each case is a small dump written for
//! the project (`tests/fixtures/cases/dump_headers.json`) with the title, date, author and body
//! a reader should see; date lines (`tests/fixtures/cases/date_lines.tsv`) with the day each
//! names.

use super::*;
use serde_json::Value;

fn cases_file(name: &str) -> String {
    let path = fixture_path(&format!("cases/{name}"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn page_headers_give_the_headline_date_and_author_and_stay_out_of_the_body() {
    let cases: Value = serde_json::from_str(&cases_file("dump_headers.json")).expect("cases parse");
    let cases = cases.as_array().expect("a list of cases");
    assert!(cases.len() >= 10, "the table lost its cases");
    let mut failures = Vec::new();
    for case in cases {
        let name = case["case"].as_str().unwrap_or("?");
        let lines: Vec<&str> = case["dump"].as_array().expect("dump lines").iter().filter_map(Value::as_str).collect();
        let text = lines.join("\n\n");
        let report = analyze_texts(&[("page.txt", &text)]);
        let doc = &report.documents[0];
        let field = |key: &str| case.get(key).map(|v| v.as_str().map(str::to_string));
        if let Some(want) = field("title") {
            if doc.title != want {
                failures.push(format!("{name}: title {:?}, want {want:?}", doc.title));
            }
        }
        if let Some(want) = field("published") {
            if doc.published != want {
                failures.push(format!("{name}: published {:?}, want {want:?}", doc.published));
            }
            if want.is_some() && doc.published_inferred {
                failures.push(format!("{name}: a printed date reported as inferred"));
            }
        }
        if let Some(want) = field("author") {
            if doc.author != want {
                failures.push(format!("{name}: author {:?}, want {want:?}", doc.author));
            }
        }
        if let Some(first) = case["body_first"].as_str() {
            if !doc.body.starts_with(first) {
                failures.push(format!("{name}: body starts {:?}", doc.body.chars().take(60).collect::<String>()));
            }
        }
        if let Some(title) = doc.title.as_deref() {
            if doc.body.contains(title) {
                failures.push(format!("{name}: the headline is inside the body"));
            }
        }
        for out in case["not_in_body"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            if doc.body.contains(out) {
                failures.push(format!("{name}: {out:?} kept in the body"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn date_lines_in_the_forms_pages_print_name_their_day() {
    let table = cases_file("date_lines.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (text, want) = line.rsplit_once('\t').unwrap_or_else(|| panic!("row without a tab: {line:?}"));
        rows += 1;
        let got = parallax::body::date_in(text).map(|d| d.to_string());
        let want = (want != "-").then(|| want.to_string());
        if got != want {
            failures.push(format!("{text:?}: {got:?}, want {want:?}"));
        }
    }
    assert!(rows >= 10, "the table lost its rows");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
