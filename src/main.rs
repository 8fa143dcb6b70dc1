//! The `parallax` command: reads files, runs the core, prints the report. No analysis here.

use parallax::{report, Corrections, Input};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: parallax analyze [--format json|markdown|csv-claims|csv-entities] [--published YYYY-MM-DD] FILE...

Compares news articles about one story: documents, timeline, entities, agreement table.
  --format F          json (the report schema, default), markdown, csv-claims, csv-entities
  --published DATE    sets the publication date of every file given (ISO YYYY-MM-DD)
  --outlet NAME       sets the outlet of every file given
Exit status: 0 every file analysed, 1 some file had problems (report still printed), 2 usage error.";

enum Format {
    Json,
    Markdown,
    CsvClaims,
    CsvEntities,
}

struct Args {
    format: Format,
    corrections: Corrections,
    files: Vec<String>,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("analyze") => {}
        Some("-h" | "--help" | "help") => return Err(String::new()),
        Some("--version" | "-V") => {
            println!("parallax {}", env!("CARGO_PKG_VERSION"));
            std::process::exit(0);
        }
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("no command given".into()),
    }
    let mut a = Args { format: Format::Json, corrections: Corrections::default(), files: Vec::new() };
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--format" | "-f" => {
                a.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    "csv-claims" => Format::CsvClaims,
                    "csv-entities" => Format::CsvEntities,
                    other => return Err(format!("unknown format '{other}'")),
                }
            }
            "--published" => {
                let v = value("--published")?;
                if parallax::date::Date::parse_iso(&v).filter(|d| d.day.is_some()).is_none() {
                    return Err(format!("--published takes a date as YYYY-MM-DD, not '{v}'"));
                }
                a.corrections.published = Some(v);
            }
            "--outlet" => a.corrections.outlet = Some(value("--outlet")?),
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option '{s}'")),
            _ => a.files.push(arg.clone()),
        }
    }
    if a.files.is_empty() {
        return Err("no files given".into());
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let a = match parse(&args) {
        Ok(a) => a,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("parallax: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut read_failed = false;
    let inputs: Vec<Input> = a
        .files
        .iter()
        .map(|path| {
            // A file over the per-file limit is not read: it gets its error from its size.
            let size = std::fs::metadata(path).map(|m| m.len()).ok().and_then(|n| usize::try_from(n).ok());
            if let Some(size) = size.filter(|&n| n > parallax::Limits::default().max_file_bytes) {
                return Input::unread(parallax::base_name(path), size, a.corrections.clone());
            }
            let bytes = std::fs::read(path).unwrap_or_else(|e| {
                eprintln!("parallax: cannot read {path}: {e}");
                read_failed = true;
                Vec::new()
            });
            Input { name: parallax::base_name(path), bytes, corrections: a.corrections.clone(), unread_bytes: None }
        })
        .collect();
    let r = parallax::analyze(&inputs);
    let out = match a.format {
        Format::Json => r.to_json(),
        Format::Markdown => report::markdown::render(&r),
        Format::CsvClaims => report::csv::claims(&r),
        Format::CsvEntities => report::csv::entities(&r),
    };
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{out}").is_err() {
        return ExitCode::from(1);
    }
    for d in &r.documents {
        for e in &d.errors {
            eprintln!("parallax: {}: {e}", d.file);
        }
    }
    if read_failed || r.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
