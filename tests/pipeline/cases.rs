//! Tests as data: every table in `tests/fixtures/cases/` is read here and each of its rows run
//! through the public `analyze`, checked against the report a reader would see.
//!
//! A table is a tab-separated file whose name starts with its kind: `dates*.tsv`,
//! `names*.tsv`, `claims*.tsv` (so `dates-relative.tsv` is a dates table). Its first line that is
//! not a `#` comment names the columns; blank lines and `#` lines are skipped. In a cell, `\n`
//! stands for a line break (a blank line `\n\n` separates paragraphs), and ` || ` separates the
//! articles of one drop (d1, d2, ...). `-` is an empty cell. Adding a table is adding a file;
//! adding a kind is adding a function to `KINDS`.
//!
//! Columns by kind (those in brackets may be left out of a table):
//! - dates: `published` (ISO, or `-` for none), `text`, `expression` (verbatim text of the date),
//!   `value` (ISO date or duration; `null` when it cannot be resolved; `absent` when `text`
//!   holds no date written exactly so), [`type`] (date, duration, set), [`precision`].
//! - timeline: `published` (each article's date, ` || `-separated in the order of the articles,
//!   or one for all), `text`, `date` (an item's date), `quote` (words one of its quotes holds),
//!   `outlets` (the articles the item quotes, space-separated: `d1 d2`; `absent` when no item
//!   on that date quotes those words), [`without`] (words none of the item's quotes holds: the
//!   item is not merged with that other event).
//! - names: `text`, `name` (an entity's canonical name), `type` (person, place, organization,
//!   other; `absent` when no entity has that name or alias), [`aliases`] (`;`-separated names
//!   the entity must also carry), [`published`].
//! - claims: `text`, `quote` (words the row's quote from d1 holds), `stances` (one per article,
//!   space-separated: asserts, differs, contradicts, silent), [`value`] (d2's value, the cell
//!   that differs, or the name of a row of a named detail; of the rows quoting d1's words, the
//!   one whose d2 holds it), [`published`].
//! - documents: `text` (a page dump), `title`, `published` (ISO; `-`: none printed, so none or
//!   an inferred one), `author`, `outlet`, `in_body` and `not_in_body` (`;`-separated texts the
//!   body must and must not hold), [`source`] (the agency the copy is credited to), [`file`]
//!   (the file name the page is dropped under). The headline is never in the body.
//! - copies: `text`, `shares` (per article, space-separated: the ids it shares long runs of
//!   text with, `;`-joined, `-` for none), `copy_of` (per article: the id of the text it
//!   reprints, `-` for none). In `claims`, `published` may give one day per article (` || `-
//!   separated) and [`order`] the row's `published_order` (space-separated ids, empty: none).
//! - html: `head` (markup inside `<head>`), `top` (markup of the page's `<body>` before the
//!   article's paragraphs), `title` and `published` (what the reader sees: `-` none, or for the
//!   date none printed, so none or one marked inferred).
//! - furniture: `line` (a line as a page dump prints it), `at` (`top`: between the headline and
//!   the first paragraph; `middle`: between two paragraphs; `bottom`: after the last), `body`
//!   (`out`: it must not reach the body; `in`: it is the article's and stays). A table with a
//!   `markup` column instead of `line` sets that HTML into a saved page's `<article>`, and
//!   `text` is the words of it the body must not (or must) hold.
//! - datelines: `line` (a date line as a page prints it, set under a headline above a short
//!   article; `-`: none), `published` (the day the reader sees; `-`: none printed), [`above`] (a
//!   line printed above the headline), [`lead`] (the article's first paragraph), [`others`] (the
//!   date lines of the drop's other articles, ` || `-separated), and with [`inferred`] (`yes` or
//!   `no`: `published` must then be exactly so, inferred or not) [`stated`] (the report's
//!   `published_stated`: what the page itself prints of its date, `-` for none).

use parallax::{Corrections, Input};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// One row of a table: its line number and its cells by column name.
struct Row {
    line: usize,
    cells: BTreeMap<String, String>,
}

impl Row {
    /// The cell of `column`, unescaped; "" when the column is absent or the cell is `-`.
    fn get(&self, column: &str) -> String {
        match self.cells.get(column).map(String::as_str) {
            None | Some("-") => String::new(),
            Some(c) => c.replace("\\n", "\n").replace("\\t", "\t"),
        }
    }

    /// The cell of a column every row of the kind must have.
    fn need(&self, column: &str) -> Result<String, String> {
        match self.cells.get(column) {
            Some(_) => Ok(self.get(column)),
            None => Err(format!("line {}: no column `{column}`", self.line)),
        }
    }
}

type Check = fn(&Row) -> Result<(), String>;

/// The kinds of table, by the start of their file name.
const KINDS: &[(&str, Check)] = &[
    ("dates", check_date),
    ("names", check_name),
    ("claims", check_claim),
    ("documents", check_document),
    ("datelines", check_dateline),
    ("copies", check_copy),
    ("html", check_html),
    ("furniture", check_furniture),
    ("timeline", check_timeline),
];

/// Reads a table: the header names the columns, every other line is a row.
fn read_table(text: &str) -> Result<Vec<Row>, String> {
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let (_, header) = lines.next().ok_or("no header line")?;
    let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
    lines
        .map(|(i, l)| {
            let cells: Vec<&str> = l.split('\t').collect();
            if cells.len() != columns.len() {
                return Err(format!("line {}: {} cells for {} columns", i + 1, cells.len(), columns.len()));
            }
            let cells = columns.iter().zip(cells).map(|(c, v)| (c.to_string(), v.trim().to_string())).collect();
            Ok(Row { line: i + 1, cells })
        })
        .collect()
}

/// The report of a row's drop (its articles, each dated `published` when the row gives one), as JSON.
fn report_of(row: &Row) -> Result<Value, String> {
    // one date for every article, or one per article (` || `-separated, `-` for none)
    let published = row.get("published");
    let dates: Vec<&str> = published.split(" || ").collect();
    let inputs: Vec<Input> = row
        .need("text")?
        .split(" || ")
        .enumerate()
        .map(|(i, text)| {
            // the first article under the file name the row gives, if any
            let name = match row.get("file") {
                f if i == 0 && !f.is_empty() => f,
                _ => format!("case-{}.txt", i + 1),
            };
            let mut input = Input::new(name, text.as_bytes());
            let day = if dates.len() > 1 { dates.get(i).copied().unwrap_or("") } else { published.as_str() };
            if !day.is_empty() && day != "-" {
                input.corrections = Corrections { published: Some(day.to_string()), ..Default::default() };
            }
            input
        })
        .collect();
    serde_json::from_str(&parallax::analyze(&inputs).to_json()).map_err(|e| e.to_string())
}

fn as_str(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

fn check_date(row: &Row) -> Result<(), String> {
    let report = report_of(row)?;
    let expression = row.need("expression")?;
    let want = row.need("value")?;
    let dates = report["documents"][0]["dates"].as_array().cloned().unwrap_or_default();
    let found = dates.iter().find(|d| as_str(&d["text"]) == expression);
    let seen = || dates.iter().map(|d| format!("{:?}={}", as_str(&d["text"]), d["value"])).collect::<Vec<_>>().join(", ");
    let Some(d) = found else {
        return if want == "absent" { Ok(()) } else { Err(format!("no date {expression:?}; found [{}]", seen())) };
    };
    if want == "absent" {
        return Err(format!("{expression:?} was taken as a date ({})", d["value"]));
    }
    let got = d["value"].as_str().unwrap_or("null");
    if got != want {
        return Err(format!("{expression:?} is {got}, not {want}"));
    }
    for column in ["type", "precision"] {
        let want = row.get(column);
        if !want.is_empty() && as_str(&d[column]) != want {
            return Err(format!("{expression:?} has {column} {}, not {want}", d[column]));
        }
    }
    Ok(())
}

fn check_timeline(row: &Row) -> Result<(), String> {
    let texts: Vec<String> = row.need("text")?.split(" || ").map(str::to_string).collect();
    let dates: Vec<String> = row.need("published")?.split(" || ").map(|d| d.trim().to_string()).collect();
    let inputs: Vec<Input> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let mut input = Input::new(format!("case-{}.txt", i + 1), text.as_bytes());
            let date = dates.get(i).or(dates.first()).filter(|d| !d.is_empty() && d.as_str() != "-");
            input.corrections = Corrections { published: date.cloned(), ..Default::default() };
            input
        })
        .collect();
    let report: Value = serde_json::from_str(&parallax::analyze(&inputs).to_json()).map_err(|e| e.to_string())?;
    let (date, quote, outlets) = (row.need("date")?, row.need("quote")?, row.need("outlets")?);
    let items = report["timeline"].as_array().cloned().unwrap_or_default();
    let seen = || items.iter().map(|t| format!("{} {:?}", as_str(&t["date"]), as_str(&t["event"]))).collect::<Vec<_>>().join("; ");
    let quotes = |t: &Value| t["evidence"].as_array().cloned().unwrap_or_default();
    let found = items
        .iter()
        .find(|t| as_str(&t["date"]) == date && quotes(t).iter().any(|e| as_str(&e["quote"]).contains(&quote)));
    let Some(item) = found else {
        return if outlets == "absent" { Ok(()) } else { Err(format!("no item on {date} quotes {quote:?}; items [{}]", seen())) };
    };
    if outlets == "absent" {
        return Err(format!("an item on {date} quotes {quote:?} ({:?})", as_str(&item["event"])));
    }
    let mut got: Vec<String> = quotes(item).iter().map(|e| as_str(&e["doc"]).to_string()).collect();
    got.dedup();
    let want: Vec<&str> = outlets.split_whitespace().collect();
    if got != want {
        return Err(format!("the item on {date} quoting {quote:?} quotes {got:?}, not {want:?}"));
    }
    let without = row.get("without");
    if !without.is_empty() && quotes(item).iter().any(|e| as_str(&e["quote"]).contains(&without)) {
        return Err(format!("the item on {date} quoting {quote:?} also quotes {without:?}: two events merged"));
    }
    Ok(())
}

fn check_name(row: &Row) -> Result<(), String> {
    let report = report_of(row)?;
    let name = row.need("name")?;
    let want = row.need("type")?;
    let entities = report["entities"].as_array().cloned().unwrap_or_default();
    let called = |e: &Value, n: &str| {
        as_str(&e["name"]) == n || e["aliases"].as_array().is_some_and(|a| a.iter().any(|x| as_str(x) == n))
    };
    let seen = || entities.iter().map(|e| format!("{} ({})", as_str(&e["name"]), as_str(&e["type"]))).collect::<Vec<_>>().join(", ");
    if want == "absent" {
        return match entities.iter().find(|e| called(e, &name)) {
            Some(e) => Err(format!("{name:?} was found as {}", as_str(&e["type"]))),
            None => Ok(()),
        };
    }
    let Some(e) = entities.iter().find(|e| as_str(&e["name"]) == name) else {
        return Err(format!("no entity named {name:?}; found [{}]", seen()));
    };
    if as_str(&e["type"]) != want {
        return Err(format!("{name:?} is a {}, not a {want}", as_str(&e["type"])));
    }
    for alias in row.get("aliases").split(';').map(str::trim).filter(|a| !a.is_empty()) {
        if !called(e, alias) {
            return Err(format!("{name:?} does not carry the alias {alias:?} (aliases {})", e["aliases"]));
        }
    }
    Ok(())
}

fn check_claim(row: &Row) -> Result<(), String> {
    let report = report_of(row)?;
    let quote = row.need("quote")?;
    let stances: Vec<String> = row.need("stances")?.split_whitespace().map(str::to_string).collect();
    let claims = report["claims"].as_array().cloned().unwrap_or_default();
    let cell = |c: &Value, d: usize| c["cells"][format!("d{d}")].clone();
    // with a value given, the row whose d2 holds that value (a sentence can be in several rows)
    let value = row.get("value");
    let holds = |c: &&Value| as_str(&cell(c, 1)["quote"]).contains(&quote);
    let found = claims.iter().filter(holds).find(|c| !value.is_empty() && as_str(&cell(c, 2)["value"]) == value);
    let Some(c) = found.or_else(|| claims.iter().find(holds)) else {
        let seen: Vec<&str> = claims.iter().map(|c| as_str(&c["claim"])).collect();
        return Err(format!("no row quotes {quote:?} from d1; rows {seen:?}"));
    };
    let got: Vec<String> = (1..=stances.len()).map(|d| as_str(&cell(c, d)["stance"]).to_string()).collect();
    if got != stances {
        return Err(format!("the row of {quote:?} has stances {got:?}, not {stances:?}"));
    }
    if !value.is_empty() && as_str(&cell(c, 2)["value"]) != value {
        return Err(format!("d2's value is {}, not {value:?}", cell(c, 2)["value"]));
    }
    let order = row.get("order");
    let got: Vec<&str> = c["published_order"].as_array().map(|a| a.iter().map(as_str).collect()).unwrap_or_default();
    if row.cells.contains_key("order") && got != order.split_whitespace().collect::<Vec<_>>() {
        return Err(format!("the row of {quote:?} lists its outlets in the order {got:?}, not {order:?}"));
    }
    Ok(())
}

fn check_copy(row: &Row) -> Result<(), String> {
    let report = report_of(row)?;
    let docs = report["documents"].as_array().cloned().unwrap_or_default();
    let want_shares: Vec<String> = row.need("shares")?.split_whitespace().map(str::to_string).collect();
    let want_copy: Vec<String> = row.need("copy_of")?.split_whitespace().map(str::to_string).collect();
    for (k, d) in docs.iter().enumerate() {
        let shares: Vec<&str> = d["copies"].as_array().map(|a| a.iter().map(|c| as_str(&c["doc"])).collect()).unwrap_or_default();
        let shares = if shares.is_empty() { "-".to_string() } else { shares.join(";") };
        let copy_of = d["copy_of"].as_str().unwrap_or("-");
        let (ws, wc) = (want_shares.get(k).map_or("-", String::as_str), want_copy.get(k).map_or("-", String::as_str));
        if shares != ws || copy_of != wc {
            return Err(format!("d{} shares text with {shares} (copy of {copy_of}), not {ws} (copy of {wc})", k + 1));
        }
    }
    Ok(())
}

/// The publication date of a report's first document against a wanted ISO day ("" when the
/// page prints none: then none, or one marked inferred).
fn check_published(doc: &Value, want: &str) -> Result<(), String> {
    let got = doc["published"].as_str();
    let inferred = doc["published_inferred"].as_bool().unwrap_or(false);
    match (want.is_empty(), got) {
        (true, Some(g)) if !inferred => Err(format!("published {g} read from a page that prints no date")),
        (true, _) => Ok(()),
        (false, Some(g)) if g == want && !inferred => Ok(()),
        (false, _) => Err(format!("published {got:?} (inferred: {inferred}), not {want}")),
    }
}

fn check_document(row: &Row) -> Result<(), String> {
    let report = report_of(row)?;
    let doc = &report["documents"][0];
    for column in ["title", "author", "outlet"] {
        let want = row.need(column)?;
        let got = doc[column].as_str().unwrap_or("");
        if got != want {
            return Err(format!("{column} {got:?}, not {want:?}"));
        }
    }
    check_published(doc, &row.need("published")?)?;
    if row.cells.contains_key("source") {
        let (want, got) = (row.get("source"), doc["source"].as_str().unwrap_or(""));
        if got != want {
            return Err(format!("source {got:?}, not {want:?}"));
        }
    }
    let body = as_str(&doc["body"]);
    let title = as_str(&doc["title"]);
    if !title.is_empty() && body.contains(title) {
        return Err(format!("the headline {title:?} is in the body"));
    }
    for kept in row.get("in_body").split(';').map(str::trim).filter(|t| !t.is_empty()) {
        if !body.contains(kept) {
            return Err(format!("{kept:?} is not in the body"));
        }
    }
    for out in row.get("not_in_body").split(';').map(str::trim).filter(|t| !t.is_empty()) {
        if body.contains(out) {
            return Err(format!("{out:?} is in the body"));
        }
    }
    Ok(())
}

fn check_dateline(row: &Row) -> Result<(), String> {
    let line = row.need("line")?;
    let lead = match row.get("lead") {
        l if l.is_empty() => "The council approved a plan for new cycle lanes through the old town, after a \
                              debate that lasted most of the evening."
            .to_string(),
        l => l,
    };
    let above = row.get("above");
    let mut header: Vec<&str> = Vec::new();
    if !above.is_empty() {
        header.push(&above);
    }
    header.push("Council approves new cycle lanes for the old town");
    if !line.is_empty() {
        header.push(&line);
    }
    let mut text = format!(
        "{}\n\n{lead}\n\nShopkeepers had asked for more parking, and the plan keeps two car parks open.\n\n\
         Work on the first lane is due to start after the summer.",
        header.join("\n\n")
    );
    // the other articles of the drop, each under its own date line
    let others = row.get("others");
    for other in others.split(" || ").filter(|o| !o.is_empty()) {
        text.push_str(&format!(
            " || Cyclists welcome the council's plan\n\n{other}\n\nCycling groups said they were pleased \
             with the plan for the old town, though they had hoped for a longer first lane.\n\nThey will \
             hold a ride through the streets to mark the decision.\n\nThe council expects the works to \
             take a year."
        ));
    }
    let mut cells = BTreeMap::new();
    cells.insert("text".to_string(), text);
    let report = report_of(&Row { line: row.line, cells })?;
    let doc = &report["documents"][0];
    let want = row.need("published")?;
    if !row.cells.contains_key("inferred") {
        return check_published(doc, &want);
    }
    let got = (doc["published"].as_str().unwrap_or(""), doc["published_inferred"].as_bool().unwrap_or(false));
    let stated = doc["published_stated"].as_str().unwrap_or("");
    let wanted = (want.as_str(), row.get("inferred") == "yes");
    if got != wanted || stated != row.get("stated") {
        return Err(format!(
            "published {:?} (inferred: {}, stated {stated:?}), not {:?} (inferred: {}, stated {:?})",
            got.0, got.1, wanted.0, wanted.1, row.get("stated")
        ));
    }
    Ok(())
}

fn check_html(row: &Row) -> Result<(), String> {
    let page = format!(
        "<!doctype html><html><head>{}</head><body>{}<article><p>The harbour board voted on Tuesday to \
         rebuild the old north pier, which storms damaged two winters ago, at a cost the board put at \
         twelve million.</p><p>Fishing crews have used the south quay since the pier closed, and they \
         say it is too small for the boats that land most of the catch.</p><p>Work is due to start in \
         the spring and to take about eighteen months, the board said.</p></article></body></html>",
        row.get("head"),
        row.get("top")
    );
    let input = Input::new("case-1.html", page.as_bytes());
    let report: Value = serde_json::from_str(&parallax::analyze(&[input]).to_json()).map_err(|e| e.to_string())?;
    let doc = &report["documents"][0];
    let (want, got) = (row.need("title")?, doc["title"].as_str().unwrap_or(""));
    if got != want {
        return Err(format!("title {got:?}, not {want:?}"));
    }
    check_published(doc, &row.need("published")?)
}

/// The article a furniture case sets its line into: a headline and four paragraphs.
const FURNITURE_HEADLINE: &str = "Volunteers plant two thousand trees along the river";
const FURNITURE_PARAGRAPHS: [&str; 4] = [
    "Volunteers planted more than two thousand trees along the river on Saturday, the first day of a \
     project that aims to shade the whole bank within ten years.",
    "The city gave the saplings, and local schools will look after them through the first summer, \
     when most young trees are lost.",
    "Organisers said they had expected a few hundred people and were surprised when more than a \
     thousand arrived with spades.",
    "A second planting day is planned for the autumn, further downstream near the old mill.",
];

/// The article's paragraphs, each wrapped by `paragraph`, with `furniture` set in at `at` (`top`:
/// after the first paragraph's place, `middle`: before the third, `bottom`: after the last).
fn furnished(at: &str, furniture: &str, paragraph: impl Fn(&str) -> String) -> Vec<String> {
    let mut parts = Vec::new();
    for (i, p) in FURNITURE_PARAGRAPHS.iter().enumerate() {
        if (at == "top" && i == 0) || (at == "middle" && i == 2) {
            parts.push(furniture.to_string());
        }
        parts.push(paragraph(p));
    }
    if at == "bottom" {
        parts.push(furniture.to_string());
    }
    parts
}

/// The verdict of a furniture case: the article all there, and `words` in or out of the body as
/// the row's `body` says.
fn furniture_verdict(row: &Row, body: &str, words: &str, kept: bool) -> Result<(), String> {
    if let Some(p) = FURNITURE_PARAGRAPHS.iter().find(|p| !body.contains(*p)) {
        return Err(format!("the paragraph {p:?} was lost beside {words:?}"));
    }
    match row.need("body")?.as_str() {
        "out" if kept => Err(format!("{words:?} reached the body")),
        "in" if !kept => Err(format!("{words:?} was left out of the body")),
        "out" | "in" => Ok(()),
        other => Err(format!("`body` is {other:?}, not `in` or `out`")),
    }
}

fn check_furniture(row: &Row) -> Result<(), String> {
    if row.cells.contains_key("markup") {
        return check_html_furniture(row);
    }
    let line = row.need("line")?;
    let at = row.need("at")?;
    let mut lines = vec![FURNITURE_HEADLINE.to_string()];
    lines.extend(furnished(&at, &line, str::to_string));
    let mut cells = BTreeMap::new();
    cells.insert("text".to_string(), lines.join("\n\n"));
    let report = report_of(&Row { line: row.line, cells })?;
    let body = as_str(&report["documents"][0]["body"]);
    let kept = body.lines().any(|l| l.trim() == line.trim()) || body.contains(line.trim());
    furniture_verdict(row, body, &line, kept)
}

/// The HTML form of a furniture case: `markup` set into a saved page's article at `at`, and
/// `text`, the words of it that must stay out of the body (or in it).
fn check_html_furniture(row: &Row) -> Result<(), String> {
    let (markup, text, at) = (row.need("markup")?, row.need("text")?, row.need("at")?);
    let inner = format!("<h1>{FURNITURE_HEADLINE}</h1>{}", furnished(&at, &markup, |p| format!("<p>{p}</p>")).concat());
    let page = format!(
        "<!doctype html><html><head><title>{FURNITURE_HEADLINE}</title></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>{inner}</article>\
         <footer>Riverside Echo</footer></body></html>"
    );
    let input = Input::new("case-1.html", page.as_bytes());
    let report: Value = serde_json::from_str(&parallax::analyze(&[input]).to_json()).map_err(|e| e.to_string())?;
    let body = as_str(&report["documents"][0]["body"]);
    let kept = body.contains(text.trim());
    furniture_verdict(row, body, &text, kept)
}

#[test]
fn every_case_table_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for path in &files {
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let Some(&(kind, check)) = KINDS.iter().find(|(k, _)| name.starts_with(k)) else {
            failures.push(format!("{name}: the name starts with no known kind"));
            continue;
        };
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let rows = match read_table(&text) {
            Ok(rows) if !rows.is_empty() => rows,
            Ok(_) => {
                failures.push(format!("{name}: no rows"));
                continue;
            }
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        *counts.entry(kind).or_default() += rows.len();
        for row in &rows {
            if let Err(e) = check(row) {
                failures.push(format!("{name}:{}: {e}", row.line));
            }
        }
    }
    for (kind, _) in KINDS {
        assert!(counts.get(kind).is_some_and(|&n| n > 0), "no {kind} cases in {}", dir.display());
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_table_with_a_short_row_is_refused() {
    assert!(read_table("a\tb\nonly one").is_err());
    assert!(read_table("# just a comment\n").is_err());
    let rows = read_table("# note\na\tb\n\nx\t-\n").unwrap_or_default();
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].get("a").as_str(), rows[0].get("b").as_str()), ("x", ""));
}
