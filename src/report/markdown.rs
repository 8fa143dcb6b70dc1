//! `Report` -> Markdown: documents, timeline, entities and the agreement table as readable tables.

use super::Report;
use std::fmt::Write;

/// Escapes text for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The report as Markdown: a table of documents, the timeline, the entities and the agreement table.
pub fn render(r: &Report) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# Parallax report\n");
    let _ = writeln!(o, "## Documents\n");
    let _ = writeln!(o, "| id | file | outlet | title | published | author | problems |");
    let _ = writeln!(o, "|---|---|---|---|---|---|---|");
    for d in &r.documents {
        let published = match (&d.published, d.published_inferred) {
            (Some(p), true) if d.published_stated.as_deref().is_some_and(|s| s.starts_with("--")) => format!("{p} (year inferred)"),
            (Some(p), true) => format!("{p} (inferred)"),
            (Some(p), false) => p.clone(),
            (None, _) => "unknown".into(),
        };
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} |",
            d.id,
            cell(&d.file),
            cell(d.outlet.as_deref().unwrap_or("unknown")),
            cell(d.title.as_deref().unwrap_or("")),
            published,
            cell(d.author.as_deref().unwrap_or("")),
            cell(&d.errors.join("; "))
        );
    }
    let _ = writeln!(o, "\n## Timeline\n");
    if r.timeline.is_empty() {
        let _ = writeln!(o, "No dated events found.");
    } else {
        let _ = writeln!(o, "| date | event | reported by |");
        let _ = writeln!(o, "|---|---|---|");
        for t in &r.timeline {
            let by: Vec<String> = t.evidence.iter().map(|e| format!("{}: “{}”", r.outlet_label(&e.doc), e.quote)).collect();
            let _ = writeln!(o, "| {} | {} | {} |", t.date, cell(&t.event), cell(&by.join(" / ")));
        }
    }
    let _ = writeln!(o, "\n## Entities\n");
    if r.entities.is_empty() {
        let _ = writeln!(o, "No entities found.");
    } else {
        let ids: Vec<&str> = r.documents.iter().map(|d| d.id.as_str()).collect();
        let _ = write!(o, "| name | type | aliases |");
        for id in &ids {
            let _ = write!(o, " {} |", cell(&r.outlet_label(id)));
        }
        let _ = writeln!(o, "\n|---|---|---|{}", "---|".repeat(ids.len()));
        for e in &r.entities {
            let _ = write!(o, "| {} | {:?} | {} |", cell(&e.name), e.kind, cell(&e.aliases.join(", ")));
            for id in &ids {
                let _ = write!(o, " {} |", e.mentions.get(id).map_or(String::new(), |n| n.to_string()));
            }
            let _ = writeln!(o);
        }
    }
    let _ = writeln!(o, "\n## Agreement table\n");
    if r.claims.is_empty() {
        let _ = writeln!(o, "No claims found.");
    } else {
        let ids: Vec<&str> = r.documents.iter().map(|d| d.id.as_str()).collect();
        let _ = write!(o, "| claim |");
        for id in &ids {
            let _ = write!(o, " {} |", cell(&r.outlet_label(id)));
        }
        let _ = writeln!(o, "\n|---|{}", "---|".repeat(ids.len()));
        for c in &r.claims {
            let _ = write!(o, "| {} |", cell(&c.claim));
            for id in &ids {
                let text = match c.cells.get(id) {
                    Some(x) => match (&x.value, &x.quote) {
                        (_, None) => format!("{:?}", x.stance).to_lowercase(),
                        (Some(v), Some(q)) => format!("{}: {} — “{}”", format!("{:?}", x.stance).to_lowercase(), v, q),
                        (None, Some(q)) => format!("{}: “{}”", format!("{:?}", x.stance).to_lowercase(), q),
                    },
                    None => "silent".into(),
                };
                let _ = write!(o, " {} |", cell(&text));
            }
            let _ = writeln!(o);
        }
    }
    o
}
