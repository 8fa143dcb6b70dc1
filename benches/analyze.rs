//! `cargo bench --bench analyze`: times the whole pipeline natively on inputs built at bench time
//! from the seed set (read from ../shared/corpus/seeds, never copied into the project):
//!
//! - `seeds`: the five seed files as they are;
//! - `seeds x100`, `seeds x1000`: the seeds repeated to 100 and 1,000 files, each copy renamed
//!   (`copy0042_<seed name>`) and its paragraphs after the first rotated by `copy / 5` places, so
//!   copies differ (a paragraph is a blank-line block, or a line when a file has fewer than four
//!   blocks);
//! - `5 MB article`: one file of at least 5,000,000 bytes: a title line, then the seeds' article
//!   paragraphs (the `paragraph` blocks of the seed report's bodies) cycled.
//!
//! `tests/e2e/bench.mjs` builds exactly the same inputs for the in-browser runs.
//!
//! For each input: the median of several runs of `analyze_with` + `Report::to_json` (the whole
//! pipeline to the JSON report), time per document, MB/s, and the stage split, timed here with
//! `Instant` from the `on_stage` callback (the core never reads a clock). Prints a Markdown table
//! and writes `target/bench/native.json`: an array of objects with the keys
//! `input, measure ("native"), runtime ("native"), files, bytes, runs, runs_ms, median_ms,
//! per_doc_ms, mb_per_s, stages_ms {ingest, body, text, time, entities, claims, compare, report,
//! serialize}` (each stage the median over the runs, ms), `report_json_bytes`, and (Linux) the
//! thread's CPU time and run-queue wait per run from /proc/thread-self/schedstat: `runs_cpu_ms,
//! cpu_median_ms, runs_wait_ms, wait_median_ms` (wall time = CPU + wait on a busy machine).
//! `peak_heap_bytes` (the most heap the run held beyond what was live before it, counted by a
//! counting allocator), `peak_heap_x_input`, `stages_peak_heap_bytes` (the peak within each stage),
//! `PARALLAX_BENCH_RUNS=n` sets the number of runs of every input (default 21/9/5/5);
//! `PARALLAX_BENCH_ONLY=a,b` runs only the inputs with those labels (e.g. `seeds x1000`).
#![allow(clippy::disallowed_methods)] // the bench is the caller with the clock

use parallax::{Input, Limits, Stage};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Instant;

/// Counts live heap bytes and their peak, for the memory a run needs beyond its input.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            // One thread runs the pipeline: a plain compare-and-store is enough, and cheap.
            if now > PEAK.load(Ordering::Relaxed) {
                PEAK.store(now, Ordering::Relaxed);
            }
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn seeds() -> Vec<Input> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|r| r.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| Some(Input::new(p.file_name()?.to_string_lossy().to_string(), std::fs::read(&p).ok()?)))
        .collect()
}

/// A text's paragraphs and the separator to join them with: blank-line blocks, or lines when
/// there are fewer than four blocks. (Same rule as `paragraphs` in tests/e2e/bench.mjs.)
fn paragraphs(text: &str) -> (Vec<&str>, &'static str) {
    let blocks: Vec<&str> = text.split("\n\n").collect();
    if blocks.len() >= 4 {
        (blocks, "\n\n")
    } else {
        (text.split('\n').collect(), "\n")
    }
}

/// `n` documents made from the seeds: copy `i` is seed `i % 5`, renamed, its paragraphs after
/// the first (the head) rotated left by `i / 5` places.
fn repeated(seeds: &[Input], n: usize) -> Vec<Input> {
    (0..n)
        .map(|i| {
            let s = &seeds[i % seeds.len()];
            let text = String::from_utf8_lossy(&s.bytes);
            let (mut paras, sep) = paragraphs(&text);
            if paras.len() > 2 {
                let k = (i / seeds.len()) % (paras.len() - 1);
                paras[1..].rotate_left(k);
            }
            Input::new(format!("copy{i:04}_{}", s.name), paras.join(sep).into_bytes())
        })
        .collect()
}

/// One article of at least `bytes` bytes: a title line, then the seeds' article paragraphs (the
/// `paragraph` blocks of the seed report's document bodies, so that every one is body text),
/// cycled.
fn big_article(seeds: &[Input], bytes: usize) -> Vec<Input> {
    let report = parallax::analyze(seeds);
    let paras: Vec<&str> = report
        .documents
        .iter()
        .flat_map(|d| {
            d.blocks
                .iter()
                .filter(|b| b.role == parallax::body::BlockRole::Paragraph)
                .filter_map(|b| d.body.get(b.start..b.end))
        })
        .filter(|p| !p.is_empty())
        .collect();
    let mut text = String::from("Benchmark article made of seed paragraphs\n\n");
    let mut i = 0;
    while text.len() < bytes && !paras.is_empty() {
        text.push_str(paras[i % paras.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    vec![Input::new("big-5mb.txt", text.into_bytes())]
}

/// This thread's time on a CPU and time spent runnable but waiting for one, in ms, from
/// /proc/thread-self/schedstat (Linux; `None` elsewhere). On a shared machine the wall-clock
/// time of a run is its CPU time plus the wait.
fn schedstat() -> Option<(f64, f64)> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let mut it = s.split_whitespace().map(|x| x.parse::<f64>().ok());
    Some((it.next()?? / 1e6, it.next()?? / 1e6))
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return f64::NAN;
    }
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

fn main() {
    let seeds = seeds();
    if seeds.is_empty() {
        eprintln!("no seed set at ../shared/corpus/seeds; nothing to bench");
        return;
    }
    let runs_override: Option<usize> =
        std::env::var("PARALLAX_BENCH_RUNS").ok().and_then(|s| s.parse().ok()).filter(|&n| n > 0);
    let inputs = [
        ("seeds", seeds.clone(), 21),
        ("seeds x100", repeated(&seeds, 100), 9),
        ("seeds x1000", repeated(&seeds, 1000), 5),
        ("5 MB article", big_article(&seeds, 5_000_000), 5),
    ];
    let mut table = String::from(
        "| input | files | bytes | median ms | CPU ms | ms/doc | MB/s | stages (median ms) |\n|---|---|---|---|---|---|---|---|\n",
    );
    let only = std::env::var("PARALLAX_BENCH_ONLY").ok();
    let mut json = Vec::new();
    for (label, inputs, runs) in inputs {
        if only.as_deref().is_some_and(|o| !o.split(',').any(|l| l.trim() == label)) {
            continue;
        }
        let runs = runs_override.unwrap_or(runs);
        let bytes: usize = inputs.iter().map(|i| i.bytes.len()).sum();
        let mut totals = Vec::new();
        let mut cpu = Vec::new();
        let mut wait = Vec::new();
        let mut stages: BTreeMap<&'static str, Vec<f64>> = BTreeMap::new();
        let mut json_bytes = 0;
        let mut peak_heap = 0;
        let mut stage_heap: BTreeMap<&'static str, usize> = BTreeMap::new();
        for _ in 0..runs {
            let base = LIVE.load(Ordering::Relaxed);
            PEAK.store(base, Ordering::Relaxed);
            let sched = schedstat();
            let start = Instant::now();
            let mut last: Option<(Stage, Instant)> = None;
            let mut split: Vec<(&'static str, f64)> = Vec::new();
            let report = parallax::analyze_with(&inputs, &Limits::default(), &mut |s| {
                let now = Instant::now();
                if let Some((prev, t)) = last {
                    split.push((prev.name(), (now - t).as_secs_f64() * 1e3));
                    let peak = PEAK.swap(LIVE.load(Ordering::Relaxed), Ordering::Relaxed).saturating_sub(base);
                    let e = stage_heap.entry(prev.name()).or_insert(0);
                    *e = (*e).max(peak);
                    peak_heap = peak_heap.max(peak);
                }
                last = Some((s, now));
            });
            let t_ser = Instant::now();
            let text = std::hint::black_box(report.to_json());
            let end = Instant::now();
            split.push(("serialize", (end - t_ser).as_secs_f64() * 1e3));
            let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
            let e = stage_heap.entry("serialize").or_insert(0);
            *e = (*e).max(peak);
            peak_heap = peak_heap.max(peak);
            totals.push((end - start).as_secs_f64() * 1e3);
            if let (Some((c0, w0)), Some((c1, w1))) = (sched, schedstat()) {
                cpu.push(c1 - c0);
                wait.push(w1 - w0);
            }
            json_bytes = text.len();
            drop(text);
            drop(std::hint::black_box(report));
            for (s, ms) in split {
                stages.entry(s).or_default().push(ms);
            }
        }
        let total = median(&totals);
        let mut split_text = String::new();
        let mut split_json = serde_json::Map::new();
        let names = Stage::ALL.iter().map(|s| s.name()).chain(["serialize"]);
        for name in names {
            if let Some(v) = stages.get(name) {
                let m = median(v);
                let _ = write!(split_text, "{name} {m:.2} ");
                split_json.insert(name.to_string(), serde_json::json!(m));
            }
        }
        let mb_per_s = bytes as f64 / 1e6 / (total / 1e3);
        let per_doc = total / inputs.len() as f64;
        let _ = writeln!(
            table,
            "| {label} | {} | {bytes} | {total:.2} | {} | {per_doc:.3} | {mb_per_s:.1} | {} |",
            inputs.len(),
            if cpu.is_empty() { "–".to_string() } else { format!("{:.2}", median(&cpu)) },
            split_text.trim()
        );
        json.push(serde_json::json!({
            "input": label, "measure": "native", "runtime": "native", "files": inputs.len(), "bytes": bytes,
            "runs": runs, "runs_ms": totals, "median_ms": total, "per_doc_ms": per_doc,
            "runs_cpu_ms": cpu, "cpu_median_ms": (!cpu.is_empty()).then(|| median(&cpu)),
            "runs_wait_ms": wait, "wait_median_ms": (!wait.is_empty()).then(|| median(&wait)),
            "mb_per_s": mb_per_s, "stages_ms": split_json, "report_json_bytes": json_bytes,
            "peak_heap_bytes": peak_heap, "peak_heap_x_input": peak_heap as f64 / bytes.max(1) as f64,
            "stages_peak_heap_bytes": stage_heap,
        }));
        eprintln!(
            "native {label}: {total:.2} ms median of {runs}; peak heap {:.1} MB ({:.1}x input): {}",
            peak_heap as f64 / 1e6,
            peak_heap as f64 / bytes.max(1) as f64,
            stage_heap.iter().map(|(k, v)| format!("{k} {:.1}", *v as f64 / 1e6)).collect::<Vec<_>>().join(", ")
        );
    }
    print!("{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    if std::fs::create_dir_all(&out).is_ok() {
        let _ = std::fs::write(out.join("native.json"), serde_json::to_string_pretty(&json).unwrap_or_default());
    }
}
