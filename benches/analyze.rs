//! `cargo bench`: times `analyze` on the seed set (read from ../shared at bench time) and on it
//! repeated to 100 and 1,000 documents; prints median time, per-document time and MB/s.
#![allow(clippy::disallowed_methods)] // the bench is the caller with the clock

use parallax::Input;
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

fn main() {
    let seeds = seeds();
    if seeds.is_empty() {
        eprintln!("no seed set at ../shared/corpus/seeds; nothing to bench");
        return;
    }
    println!("| input | files | bytes | median ms | ms/doc | MB/s |");
    println!("|---|---|---|---|---|---|");
    for (label, inputs, runs) in [
        ("seeds", seeds.clone(), 21),
        ("seeds x20", repeated(&seeds, 100), 7),
        ("seeds x200", repeated(&seeds, 1000), 5),
    ] {
        let bytes: usize = inputs.iter().map(|i| i.bytes.len()).sum();
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let r = parallax::analyze(&inputs);
                std::hint::black_box(r);
                t.elapsed().as_secs_f64()
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!(
            "| {label} | {} | {bytes} | {:.2} | {:.3} | {:.1} |",
            inputs.len(),
            median * 1e3,
            median * 1e3 / inputs.len() as f64,
            bytes as f64 / 1e6 / median
        );
    }
}
