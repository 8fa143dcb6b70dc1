//! `Report` -> CSV (RFC 4180): the agreement table and the entity list, for spreadsheets.

use super::Report;

fn field(s: &str) -> String {
    // A leading =, +, - or @ would be run as a formula by spreadsheets: quote it with a '.
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn line(fields: &[String]) -> String {
    let mut l = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    l.push_str("\r\n");
    l
}

/// One row per claim; per document a stance, value and quote column.
pub fn claims(r: &Report) -> String {
    let mut head = vec!["claim".to_string(), "kind".to_string()];
    for d in &r.documents {
        let label = r.outlet_label(&d.id);
        head.push(format!("{label} stance"));
        head.push(format!("{label} value"));
        head.push(format!("{label} quote"));
    }
    let mut out = line(&head);
    for c in &r.claims {
        let mut row = vec![c.claim.clone(), format!("{:?}", c.kind).to_lowercase()];
        for d in &r.documents {
            match c.cells.get(&d.id) {
                Some(x) => {
                    row.push(format!("{:?}", x.stance).to_lowercase());
                    row.push(x.value.clone().unwrap_or_default());
                    row.push(x.quote.clone().unwrap_or_default());
                }
                None => row.extend(["silent".to_string(), String::new(), String::new()]),
            }
        }
        out.push_str(&line(&row));
    }
    out
}

/// One row per entity; per document a mention count.
pub fn entities(r: &Report) -> String {
    let mut head = vec!["name".to_string(), "type".to_string(), "aliases".to_string()];
    head.extend(r.documents.iter().map(|d| r.outlet_label(&d.id)));
    let mut out = line(&head);
    for e in &r.entities {
        let mut row = vec![e.name.clone(), format!("{:?}", e.kind).to_lowercase(), e.aliases.join("; ")];
        row.extend(r.documents.iter().map(|d| e.mentions.get(&d.id).map_or("0".to_string(), |n| n.to_string())));
        out.push_str(&line(&row));
    }
    out
}
