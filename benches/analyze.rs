//! `cargo bench`: times `analyze` natively on inputs built from the seed set (read from
//! ../shared at bench time, never copied): the seeds, the seeds repeated to 100 and 1,000 files
//! (each copy renamed, its paragraphs rotated), and one 5 MB article of seed paragraphs.
//! Prints the median of several runs, time per document, MB/s and the per-stage split, and
//! writes the same as JSON to target/bench/native.json.
#![allow(clippy::disallowed_methods)] // the bench is the caller with the clock

use parallax::{Input, Limits, Stage};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Instant;

fn seeds() -> Vec<Input> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir).map(|r| r.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| Some(Input::new(p.file_name()?.to_string_lossy().to_string(), std::fs::read(&p).ok()?)))
        .collect()
}

/// `n` documents made from the seeds, each copy renamed and its paragraphs rotated.
fn repeated(seeds: &[Input], n: usize) -> Vec<Input> {
    (0..n)
        .map(|i| {
            let s = &seeds[i % seeds.len()];
            let text = String::from_utf8_lossy(&s.bytes);
            let mut paras: Vec<&str> = text.split("\n\n").collect();
            let k = (i / seeds.len()) % paras.len().max(1);
            paras.rotate_left(k);
            Input::new(format!("copy{i:04}_{}", s.name), paras.join("\n\n").into_bytes())
        })
        .collect()
}

/// One article of about `bytes` bytes made of the seeds' paragraphs.
fn big_article(seeds: &[Input], bytes: usize) -> Vec<Input> {
    let paras: Vec<String> = seeds
        .iter()
        .flat_map(|s| String::from_utf8_lossy(&s.bytes).split("\n\n").map(str::to_string).collect::<Vec<_>>())
        .filter(|p| p.len() > 200)
        .collect();
    let mut text = String::new();
    let mut i = 0;
    while text.len() < bytes && !paras.is_empty() {
        text.push_str(&paras[i % paras.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    vec![Input::new("big.txt", text.into_bytes())]
}

fn main() {
    let seeds = seeds();
    if seeds.is_empty() {
        eprintln!("no seed set at ../shared/corpus/seeds; nothing to bench");
        return;
    }
    let inputs = [
        ("seeds", seeds.clone(), 21),
        ("seeds x100 files", repeated(&seeds, 100), 7),
        ("seeds x1000 files", repeated(&seeds, 1000), 5),
        ("one 5 MB article", big_article(&seeds, 5 << 20), 5),
    ];
    let mut table = String::from("| input | files | bytes | median ms | ms/doc | MB/s | stages (median ms) |\n|---|---|---|---|---|---|---|\n");
    let mut json = Vec::new();
    for (label, inputs, runs) in inputs {
        let bytes: usize = inputs.iter().map(|i| i.bytes.len()).sum();
        let mut totals = Vec::new();
        let mut stages: BTreeMap<&'static str, Vec<f64>> = BTreeMap::new();
        for _ in 0..runs {
            let start = Instant::now();
            let mut last: Option<(Stage, Instant)> = None;
            let mut split: Vec<(Stage, f64)> = Vec::new();
            let r = parallax::analyze_with(&inputs, &Limits::default(), &mut |s| {
                let now = Instant::now();
                if let Some((prev, t)) = last {
                    split.push((prev, (now - t).as_secs_f64() * 1e3));
                }
                last = Some((s, now));
            });
            totals.push(start.elapsed().as_secs_f64() * 1e3);
            std::hint::black_box(r);
            for (s, ms) in split {
                stages.entry(s.name()).or_default().push(ms);
            }
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let total = median(&mut totals);
        let mut split_text = String::new();
        let mut split_json = BTreeMap::new();
        for stage in Stage::ALL {
            if let Some(v) = stages.get_mut(stage.name()) {
                let m = median(v);
                let _ = write!(split_text, "{} {:.2} ", stage.name(), m);
                split_json.insert(stage.name(), m);
            }
        }
        let _ = writeln!(
            table,
            "| {label} | {} | {bytes} | {total:.2} | {:.3} | {:.1} | {} |",
            inputs.len(),
            total / inputs.len() as f64,
            bytes as f64 / 1e6 / (total / 1e3),
            split_text.trim()
        );
        json.push(serde_json::json!({
            "input": label, "runtime": "native", "files": inputs.len(), "bytes": bytes, "runs": runs,
            "median_ms": total, "ms_per_doc": total / inputs.len() as f64,
            "mb_per_s": bytes as f64 / 1e6 / (total / 1e3), "stages_ms": split_json,
        }));
    }
    print!("{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    if std::fs::create_dir_all(&out).is_ok() {
        let _ = std::fs::write(out.join("native.json"), serde_json::to_string_pretty(&json).unwrap_or_default());
    }
}
