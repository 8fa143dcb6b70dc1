// The in-browser benchmark (`./run bench`, after the native `cargo bench --bench analyze`):
// `node bench.mjs` in tests/e2e. Serves dist/ (the built page) and runs Debian's headless Chromium.
// Not a test: nothing here asserts a timing; it measures, writes target/bench/bench.json and prints
// Markdown tables with where each target stands.
//
// Inputs, built at bench time from ../shared/corpus/seeds/*.txt (never copied into the project;
// when that folder is missing the bench says so and exits 0), the same as benches/analyze.rs:
//   seeds         the five seed files as they are (~22 KB)
//   seeds x100    the seeds repeated to 100 files: copy i is seed i % 5 named copy0042_<seed name>,
//                 its paragraphs after the first rotated left by floor(i / 5) places (a paragraph is
//                 a blank-line block, or a line when the file has fewer than four blocks)
//   seeds x1000   the same to 1,000 files (~4.4 MB)
//   5 MB article  one file of >= 5,000,000 bytes: a title line, then the seeds' article paragraphs
//                 (the `paragraph` blocks of the seed report's document bodies) cycled
//
// Measures (the `measure` key):
//   wasm-direct    `analyze(files, onStage)` of dist/parallax.js called in a page (no widget, no
//                  rendering), a fresh page and wasm instance per input, after two warm-up runs on
//                  the seeds; files passed as {name, bytes: Uint8Array}. Each stage is timed from
//                  the onStage callback with performance.now().
//   worker-render  the page (dist/index.html, widget #app) after its demo: a real drop event
//                  (helpers' dropFiles) to the last panel painted (the `parallax-rendered` event,
//                  which follows `parallax-report` once the panels after the active one are
//                  rendered, then two requestAnimationFrame callbacks), with a
//                  requestAnimationFrame loop recording the longest main-thread gap meanwhile.
//                  Fresh page per input, Clear between runs.
//   first-paint    fresh loads (new browser context each) of dist/index.html: DOMContentLoaded to
//                  the widget's first `parallax-report` (the demo) plus two animation frames.
//   peer-compromise compromise 14.17.0 in a blank page of the same server in the same browser:
//                  `nlp(text)` then `.people()`, `.places()`, `.organizations()` (`.out('array')`)
//                  for each seed text; one run is all five texts.
//   sizes          dist/parallax_bg.wasm raw and gzip (-9), and every file the page fetched on a
//                  fresh load up to the demo's first paint (as the server saw them), raw and gzip.
//   native         the rows of target/bench/native.json (from `cargo bench --bench analyze`),
//                  copied in when that file is there.
//   target         one row per performance target: {target, value, limit, unit, met}.
//   meta           the machine, browser and load average.
//
// Keys of a row (only those that apply):
//   input              "seeds", "seeds x100", "seeds x1000", "5 MB article", "demo"
//   measure            see above
//   files, bytes       the input's file count and total bytes (UTF-8)
//   runs               number of timed runs; runs_ms: every timed run (ms)
//   median_ms          median of runs_ms; per_doc_ms: median_ms / files; mb_per_s: bytes / median
//   stages_ms          median per stage (ms). wasm-direct: input (JS files -> Rust inputs), ingest,
//                      body, text, time, entities, claims, compare, report (building it),
//                      serialize (the Report to a JS object). worker-render: the worker's own split
//                      (from metrics.stages of the event) plus read, start, worker_total and main
//                      (drop to paint minus worker_total: message passing, rendering, paint),
//                      receive (the report's parts read on the main thread, first to last),
//                      to_report_event (drop to `parallax-report`: the active panel rendered) and
//                      report_to_rendered (`parallax-report` to `parallax-rendered`)
//   runs_cpu_ms, cpu_median_ms, runs_wait_ms, wait_median_ms  CPU time and run-queue wait (ms) per
//                      run of the page's main thread and its worker (Linux /proc schedstat; on a busy
//                      machine wall = CPU + wait). runs_cpu_all_ms, cpu_all_median_ms: every thread
//                      of the renderers (adds V8's background compilation and GC, the compositor)
//                      first-paint: dcl, fcp (ms from navigation), report_after_dcl, paint_after_report,
//                      worker_total / worker_read / worker_analyse / worker_serialize (the worker's
//                      metrics), widget_round_trip (the widget's run() to its report rendered),
//                      main_after_worker (round trip minus the worker: messages and rendering)
//   median_from_navigation_ms  first-paint: navigation start to the demo painted
//   first_run_ms       wasm-direct: the first call after instantiating (before warm-up)
//   wasm_memory_bytes  wasm-direct: the instance's linear memory (memory.buffer.byteLength) after
//                      the runs (its peak, memory never shrinks); worker-render: the largest
//                      metrics.wasmMemory the worker reported. wasm_memory_initial_bytes: after init.
//   wasm_memory_x_input  wasm_memory_bytes / bytes
//   js_heap_bytes      main-thread JS heap after the runs with the last report alive, after a GC
//                      (CDP Performance.getMetrics JSHeapUsedSize)
//   peak_rss_bytes     worker-render: the peak resident memory of the page's renderer process
//                      (main thread, worker, wasm and the browser's copies of the files) over the
//                      runs, from the demo on screen (Linux: VmHWM of /proc/<pid>/status, reset
//                      with clear_refs before the first drop; the largest renderer when several).
//                      peak_rss_start_bytes: its resident memory when the peak was reset
//   max_frame_gap_ms   worker-render: the longest gap between animation frames from the drop to
//                      the paint, over all runs; frame_gaps_ms: per run. longest_task_ms: the longest
//                      `longtask` entry over all runs.
//   report_*           counts of the report (documents, entities, timeline, claims)
//   error              why a measure stopped (a timeout, a crash, an exception); runs_ms holds the
//                      runs done before it
//   wasm_bytes, wasm_gzip_bytes, page_bytes, page_gzip_bytes, page_files [{path, bytes, gzip_bytes}]
//   peer_ms, ours_ms, ratio_ours_to_peer, speedup  peer-compromise: its median, our seeds
//                      wasm-direct median, ours / its, its / ours
//
// Environment: PARALLAX_BENCH_RUNS=n (timed runs of every measure; default 5 to 21 by input),
// PARALLAX_BENCH_TIMEOUT_S (one run's limit, default 600), PARALLAX_BENCH_ONLY=name,name (inputs
// to run, e.g. "seeds,seeds x100"), PARALLAX_BENCH_OUT (a folder for bench.json and bench.md instead
// of target/bench), CHROMIUM (the browser binary).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve, launch, dropFiles, seedFiles, ROOT, DIST, SHARED } from './helpers.mjs';

const OUT = process.env.PARALLAX_BENCH_OUT ? path.resolve(process.env.PARALLAX_BENCH_OUT) : path.join(ROOT, 'target', 'bench');
const RUNS = Number(process.env.PARALLAX_BENCH_RUNS) || 0;
const TIMEOUT_MS = (Number(process.env.PARALLAX_BENCH_TIMEOUT_S) || 600) * 1000;
const ONLY = process.env.PARALLAX_BENCH_ONLY ? process.env.PARALLAX_BENCH_ONLY.split(',').map((s) => s.trim()) : null;
const STAGES = ['input', 'ingest', 'body', 'text', 'time', 'entities', 'claims', 'compare', 'report', 'serialize'];
const COMPROMISE = fileURLToPath(new URL('./node_modules/compromise/builds/compromise.js', import.meta.url));

const seeds = seedFiles();
if (!seeds || !seeds.length) {
  console.log(`bench: no seed set at ${path.join(SHARED, 'corpus', 'seeds')}; nothing to bench.`);
  process.exit(0);
}

// ---- inputs (the same rules as benches/analyze.rs) ----------------------------------------------

function paragraphs(text) {
  const blocks = text.split('\n\n');
  return blocks.length >= 4 ? [blocks, '\n\n'] : [text.split('\n'), '\n'];
}

function repeated(n) {
  return Array.from({ length: n }, (_, i) => {
    const s = seeds[i % seeds.length];
    const [paras, sep] = paragraphs(s.text);
    let out = paras;
    if (paras.length > 2) {
      const rest = paras.slice(1);
      const k = Math.floor(i / seeds.length) % rest.length;
      out = [paras[0], ...rest.slice(k), ...rest.slice(0, k)];
    }
    return { name: `copy${String(i).padStart(4, '0')}_${s.name}`, text: out.join(sep) };
  });
}

/** The seeds' article paragraphs, from the seed report (document bodies, `paragraph` blocks). */
function bodyParagraphs(report) {
  return report.documents.flatMap((d) => {
    const body = Buffer.from(d.body, 'utf8');
    return d.blocks.filter((b) => b.role === 'paragraph').map((b) => body.subarray(b.start, b.end).toString('utf8'));
  }).filter((p) => p.length);
}

function bigArticle(paras, bytes) {
  const parts = ['Benchmark article made of seed paragraphs\n\n'];
  let n = Buffer.byteLength(parts[0]);
  for (let i = 0; n < bytes && paras.length; i++) {
    const p = `${paras[i % paras.length]}\n\n`;
    parts.push(p);
    n += Buffer.byteLength(p);
  }
  return [{ name: 'big-5mb.txt', text: parts.join('') }];
}

const bytesOf = (files) => files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

// ---- statistics and output ----------------------------------------------------------------------

function median(v) {
  const s = v.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function medianStages(list) {
  const out = {};
  for (const k of [...new Set(list.flatMap((o) => Object.keys(o)))]) out[k] = median(list.map((o) => o[k]));
  return out;
}

const rows = [];
function save() {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'bench.json'), `${JSON.stringify(rows, null, 2)}\n`);
}
function record(row) {
  rows.push(row);
  save();
  const m = row.median_ms != null ? `${row.median_ms.toFixed(2)} ms median of ${row.runs}` : '';
  console.error(`bench: ${row.measure} ${row.input ?? ''} ${m}${row.error ? ` (${row.error})` : ''}`);
  return row;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timeout: ${what} took over ${ms / 1000} s`)), ms); }),
  ]);
}

async function jsHeap(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function counts(r) {
  return r ? { report_documents: r.documents, report_entities: r.entities, report_timeline: r.timeline, report_claims: r.claims } : {};
}

// ---- the browser --------------------------------------------------------------------------------

const server = await serve(DIST);
const browser = await launch();
const BLANK = `${server.url}__bench/blank.html`;
const browserCdp = await browser.newBrowserCDPSession();

/**
 * CPU time and run-queue wait (ms) summed over every thread of the browser's renderer processes,
 * from /proc/<pid>/task/<tid>/schedstat (Linux; zeros elsewhere). Only the page being measured is
 * busy, so a difference of two snapshots is that page's work (main thread and its worker).
 */
async function cpuSnapshot() {
  const out = new Map();
  let procs = [];
  try { procs = (await browserCdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer'); } catch { return out; }
  for (const { id } of procs) {
    let tasks = [];
    try { tasks = fs.readdirSync(`/proc/${id}/task`); } catch { continue; }
    for (const tid of tasks) {
      try {
        const [cpu, wait] = fs.readFileSync(`/proc/${id}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        const comm = fs.readFileSync(`/proc/${id}/task/${tid}/comm`, 'utf8').trim();
        // The page's own work runs on the main thread and the worker; the rest is V8's background
        // compilation and GC, the compositor, IPC.
        const work = String(tid) === String(id) || comm.startsWith('DedicatedWorker');
        out.set(`${id}/${tid}`, [cpu / 1e6, wait / 1e6, work]);
      } catch { /* the thread ended */ }
    }
  }
  return out;
}
/** The pids of the browser's renderer processes. */
async function rendererPids() {
  try {
    return (await browserCdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } catch { return []; }
}

/** `key` (VmHWM, VmRSS) of /proc/<pid>/status in bytes, or null. */
function procMemory(pid, key) {
  try {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch { return null; }
}

/** Resets the peak resident memory of the renderers (Linux clear_refs 5); their memory now. */
async function resetPeakRss() {
  let now = null;
  for (const pid of await rendererPids()) {
    try { fs.writeFileSync(`/proc/${pid}/clear_refs`, '5'); } catch { /* not permitted: the peak counts from the start */ }
    const rss = procMemory(pid, 'VmRSS');
    if (rss != null) now = Math.max(now ?? 0, rss);
  }
  return now;
}

/** The largest peak resident memory among the renderers. */
async function peakRss() {
  let peak = null;
  for (const pid of await rendererPids()) {
    const hwm = procMemory(pid, 'VmHWM');
    if (hwm != null) peak = Math.max(peak ?? 0, hwm);
  }
  return peak;
}

/** Records one run's wall time and CPU figures on a row. */
function recordRun(row, ms, c) {
  row.runs_ms.push(ms);
  row.runs_cpu_ms.push(c.cpu);
  row.runs_cpu_all_ms.push(c.all);
  row.runs_wait_ms.push(c.wait);
  row.runs = row.runs_ms.length;
}

function cpuSince(before, after) {
  let cpu = 0;
  let all = 0;
  let wait = 0;
  for (const [k, [c, w, work]] of after) {
    const [c0, w0] = before.get(k) || [0, 0];
    all += c - c0;
    if (work) { cpu += c - c0; wait += w - w0; }
  }
  return { cpu, all, wait };
}
rows.push({
  measure: 'meta', chromium: browser.version(), node: process.version, cpus: os.cpus().length,
  cpu_model: os.cpus()[0]?.model, loadavg_start: os.loadavg(), started: new Date().toISOString(),
  runs_override: RUNS || null, timeout_s: TIMEOUT_MS / 1000,
});

/** A fresh context on a blank page of the bench server (no CSP, no widget). */
async function blankPage() {
  const context = await browser.newContext();
  await context.route(BLANK, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>bench</title><body></body>' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('crash', () => errors.push('the page crashed'));
  await page.goto(BLANK);
  return { context, page, errors };
}

/** wasm-direct for one input; `keepParagraphs` also returns the seed report's body paragraphs. */
async function wasmDirect(label, files, runs, { keepParagraphs = false } = {}) {
  const bytes = bytesOf(files);
  const row = { input: label, measure: 'wasm-direct', files: files.length, bytes, runs: 0, runs_ms: [], runs_cpu_ms: [], runs_cpu_all_ms: [], runs_wait_ms: [] };
  const { context, page, errors } = await blankPage();
  let paras = null;
  try {
    const first = await page.evaluate(async ([seedFiles, wasmUrl, glueUrl]) => {
      const glue = await import(glueUrl);
      const exports = await glue.default({ module_or_path: new URL(wasmUrl) });
      // The long word lists are served beside the module and handed over once, as the worker does.
      const lists = { countries: 'countries', demonyms: 'demonyms', places: 'places', firstNames: 'first_names', surnames: 'surnames', commonWords: 'common_words' };
      const texts = await Promise.all(Object.entries(lists).map(async ([key, file]) =>
        [key, await (await fetch(new URL(`data/${file}.txt`, wasmUrl))).text()]));
      glue.provideWordLists(Object.fromEntries(texts));
      const enc = new TextEncoder();
      const toInputs = (fs) => fs.map((f) => ({ name: f.name, bytes: enc.encode(f.text) }));
      window.__px = { glue, memory: exports.memory, initial: exports.memory.buffer.byteLength, toInputs };
      const seedsIn = toInputs(seedFiles);
      const t0 = performance.now();
      glue.analyze(seedsIn, null);
      const firstMs = performance.now() - t0;
      for (let i = 0; i < 2; i++) glue.analyze(seedsIn, null); // warm-up (tier-up of hot functions)
      return { firstMs, initial: window.__px.initial };
    }, [seeds, `${server.url}parallax_bg.wasm`, `${server.url}parallax.js`]);
    row.first_run_ms = label === 'seeds' ? first.firstMs : undefined;
    row.wasm_memory_initial_bytes = first.initial;
    await page.evaluate((fs) => { window.__px.inputs = window.__px.toInputs(fs); }, files);
    const stageRuns = [];
    for (let r = 0; r < runs; r++) {
      const c0 = await cpuSnapshot();
      const one = await withTimeout(page.evaluate(() => {
        const { glue, inputs } = window.__px;
        window.__px.last = null;
        const marks = [];
        const t0 = performance.now();
        const report = glue.analyze(inputs, (s) => { marks.push([s, performance.now()]); });
        const t1 = performance.now();
        window.__px.last = report;
        const stages = {};
        if (marks.length) stages.input = marks[0][1] - t0;
        for (let i = 0; i < marks.length; i++) {
          const [s, t] = marks[i];
          if (s === 'done') stages.serialize = t1 - t;
          else stages[s] = (marks[i + 1] ? marks[i + 1][1] : t1) - t;
        }
        return { ms: t1 - t0, stages, counts: { documents: report.documents.length, entities: report.entities.length, timeline: report.timeline.length, claims: report.claims.length } };
      }), TIMEOUT_MS, `${label} wasm-direct run ${r + 1}`);
      const c = cpuSince(c0, await cpuSnapshot());
      recordRun(row, one.ms, c);
      stageRuns.push(one.stages);
      Object.assign(row, counts(one.counts));
    }
    row.stages_ms = medianStages(stageRuns);
    row.wasm_memory_bytes = await page.evaluate(() => window.__px.memory.buffer.byteLength);
    row.js_heap_bytes = await jsHeap(context, page);
    if (keepParagraphs) {
      const report = await page.evaluate(() => ({ documents: window.__px.last.documents.map((d) => ({ body: d.body, blocks: d.blocks })) }));
      paras = bodyParagraphs(report);
    }
  } catch (e) {
    row.error = String(e?.message || e).split('\n')[0] + (errors.length ? `; ${errors.join('; ')}` : '');
  } finally {
    await context.close().catch(() => {});
  }
  finishTimes(row);
  record(row);
  return paras;
}

function finishTimes(row) {
  row.median_ms = median(row.runs_ms);
  if (row.median_ms != null) {
    row.per_doc_ms = row.median_ms / row.files;
    row.mb_per_s = row.bytes / 1e6 / (row.median_ms / 1e3);
  }
  if (row.wasm_memory_bytes) row.wasm_memory_x_input = row.wasm_memory_bytes / row.bytes;
  if (row.runs_cpu_ms?.length) row.cpu_median_ms = median(row.runs_cpu_ms);
  if (row.runs_wait_ms?.length) row.wait_median_ms = median(row.runs_wait_ms);
  if (row.runs_cpu_all_ms?.length) row.cpu_all_median_ms = median(row.runs_cpu_all_ms);
}

/** The page after its demo, fresh per input: drop -> report -> two frames, `runs` times. */
async function workerRender(label, files, runs) {
  const row = { input: label, measure: 'worker-render', files: files.length, bytes: bytesOf(files), runs: 0, runs_ms: [], runs_cpu_ms: [], runs_cpu_all_ms: [], runs_wait_ms: [], frame_gaps_ms: [] };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('crash', () => errors.push('the page crashed'));
  const stageRuns = [];
  let longest = 0;
  let wasmMemory = 0;
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector('#app')?.report && !document.querySelector('#app').busy, null, { timeout: 120_000 });
    row.peak_rss_start_bytes = await resetPeakRss();
    for (let r = 0; r < runs; r++) {
      await page.evaluate(() => {
        const el = document.querySelector('#app');
        el.clear();
        const b = { frames: [], tasks: [], raf: true, t0: null };
        window.__bench = b;
        const tick = () => { b.frames.push(performance.now()); if (b.raf) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
        try {
          b.obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) b.tasks.push([e.startTime, e.duration]); });
          b.obs.observe({ type: 'longtask' });
        } catch { /* no longtask support */ }
        window.addEventListener('drop', () => { b.t0 = performance.now(); }, { capture: true, once: true });
        // The panels after the active one follow the report event; older builds render all at once.
        const rendered = new Promise((resolve) => el.addEventListener('parallax-rendered', () => resolve(performance.now()), { once: true }));
        b.done = new Promise((resolve, reject) => {
          el.addEventListener('parallax-error', (e) => reject(new Error(e.detail.message)), { once: true });
          el.addEventListener('parallax-report', async (e) => {
            const tReport = performance.now();
            const m = e.detail.metrics || {};
            const r = e.detail.report;
            const tRendered = 'rendering' in el ? await rendered : tReport;
            requestAnimationFrame(() => requestAnimationFrame(() => {
              const tPaint = performance.now();
              b.raf = false;
              b.obs?.disconnect();
              const frames = b.frames.filter((t) => t <= tPaint);
              let gap = 0;
              for (let i = 1; i < frames.length; i++) {
                if (frames[i] <= b.t0) continue;
                gap = Math.max(gap, frames[i] - Math.max(frames[i - 1], b.t0));
              }
              const tasks = b.tasks.filter(([s, d]) => s + d >= b.t0 && s <= tPaint).map(([, d]) => d);
              resolve({
                ms: tPaint - b.t0, reportMs: tReport - b.t0, renderedMs: tRendered - tReport, gap, longTask: tasks.length ? Math.max(...tasks) : 0,
                metrics: { stages: m.stages, totalMs: m.totalMs, readMs: m.readMs, startMs: m.startMs, wasmMemory: m.wasmMemory, receiveMs: m.receiveMs },
                counts: { documents: r.documents.length, entities: r.entities.length, timeline: r.timeline.length, claims: r.claims.length },
              });
            }));
          }, { once: true });
        });
      });
      // Let the Clear settle into a painted frame before the drop.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const c0 = await cpuSnapshot();
      await dropFiles(page, files, '#app');
      const one = await withTimeout(page.evaluate(() => window.__bench.done), TIMEOUT_MS, `${label} worker-render run ${r + 1}`);
      const c = cpuSince(c0, await cpuSnapshot());
      recordRun(row, one.ms, c);
      row.frame_gaps_ms.push(one.gap);
      longest = Math.max(longest, one.longTask);
      wasmMemory = Math.max(wasmMemory, one.metrics.wasmMemory || 0);
      const st = { ...(one.metrics.stages || {}) };
      st.read = one.metrics.readMs;
      st.start = one.metrics.startMs;
      st.worker_total = one.metrics.totalMs;
      st.main = one.ms - one.metrics.totalMs;
      st.to_report_event = one.reportMs;
      st.report_to_rendered = one.renderedMs;
      st.receive = one.metrics.receiveMs;
      stageRuns.push(st);
      Object.assign(row, counts(one.counts));
    }
    row.peak_rss_bytes = await peakRss();
    row.js_heap_bytes = await jsHeap(context, page);
  } catch (e) {
    row.error = String(e?.message || e).split('\n')[0] + (errors.length ? `; ${errors.join('; ')}` : '');
  } finally {
    await context.close().catch(() => {});
  }
  row.stages_ms = medianStages(stageRuns);
  row.max_frame_gap_ms = row.frame_gaps_ms.length ? Math.max(...row.frame_gaps_ms) : null;
  row.longest_task_ms = longest || null;
  row.wasm_memory_bytes = wasmMemory || null;
  finishTimes(row);
  record(row);
}

/** Fresh loads of the page: DOMContentLoaded to the demo's first report painted. */
async function firstPaint(loads) {
  const row = { input: 'demo', measure: 'first-paint', runs: 0, runs_ms: [], runs_from_navigation_ms: [] };
  const worker = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        const fp = { dcl: null, report: null, paint: null };
        window.__fp = fp;
        document.addEventListener('DOMContentLoaded', () => { fp.dcl = performance.now(); }, { once: true });
        document.addEventListener('parallax-report', (e) => {
          if (fp.report !== null || !e.detail?.report) return;
          fp.report = performance.now();
          fp.metrics = e.detail.metrics;
          fp.docs = e.detail.report.documents.length;
          requestAnimationFrame(() => requestAnimationFrame(() => { fp.paint = performance.now(); }));
        }, true);
      });
      const page = await context.newPage();
      try {
        await page.goto(server.url);
        await page.waitForFunction(() => window.__fp?.paint !== null, null, { timeout: 60_000 });
        const fp = await page.evaluate(() => ({ ...window.__fp, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null }));
        row.runs_ms.push(fp.paint - fp.dcl);
        row.runs_from_navigation_ms.push(fp.paint);
        row.documents = fp.docs;
        worker.push({
          dcl: fp.dcl, fcp: fp.fcp, report_after_dcl: fp.report - fp.dcl, paint_after_report: fp.paint - fp.report,
          worker_total: fp.metrics?.totalMs, worker_read: fp.metrics?.readMs, worker_analyse: fp.metrics?.analyseMs,
          worker_serialize: fp.metrics?.serializeMs, main_after_worker: fp.metrics?.roundTripMs != null ? fp.metrics.roundTripMs - fp.metrics.totalMs : null,
          widget_round_trip: fp.metrics?.roundTripMs,
        });
        row.runs = row.runs_ms.length;
      } finally {
        await context.close();
      }
    }
  } catch (e) {
    row.error = String(e?.message || e).split('\n')[0];
  }
  row.median_ms = median(row.runs_ms);
  row.median_from_navigation_ms = median(row.runs_from_navigation_ms);
  row.stages_ms = medianStages(worker);
  record(row);
}

/** Everything a fresh load fetches up to the demo's first paint, raw and gzip -9. */
async function sizes() {
  const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
  const wasm = fs.readFileSync(path.join(DIST, 'parallax_bg.wasm'));
  const row = { measure: 'sizes', wasm_bytes: wasm.length, wasm_gzip_bytes: gz(wasm) };
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => {
      document.addEventListener('parallax-report', (e) => {
        if (!e.detail?.report) return;
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__painted = true; }));
      }, true);
    });
    const page = await context.newPage();
    server.requests.length = 0;
    await page.goto(server.url);
    await page.waitForFunction(() => window.__painted === true, null, { timeout: 60_000 });
    await page.waitForTimeout(500); // stragglers (IndexedDB makes none; a late stylesheet would)
    const seen = [...new Set(server.requests)];
    row.page_files = seen.map((p) => {
      let file = path.join(DIST, decodeURIComponent(p));
      if (p.endsWith('/')) file = path.join(file, 'index.html');
      const buf = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
      return { path: p, bytes: buf.length, gzip_bytes: buf.length ? gz(buf) : 0 };
    });
    row.page_bytes = row.page_files.reduce((n, f) => n + f.bytes, 0);
    row.page_gzip_bytes = row.page_files.reduce((n, f) => n + f.gzip_bytes, 0);
  } catch (e) {
    row.error = String(e?.message || e).split('\n')[0];
  } finally {
    await context.close();
  }
  record(row);
}

/** compromise on the seed texts, in a blank page of the same browser. */
async function peer(runs) {
  const row = { input: 'seeds', measure: 'peer-compromise', peer: 'compromise 14.17.0', files: seeds.length, bytes: bytesOf(seeds), runs: 0, runs_ms: [] };
  const { context, page } = await blankPage();
  try {
    await page.addScriptTag({ path: COMPROMISE });
    await page.evaluate((texts) => {
      window.__peer = () => {
        const found = { people: 0, places: 0, organizations: 0 };
        const t0 = performance.now();
        for (const t of texts) {
          const doc = window.nlp(t);
          found.people += doc.people().out('array').length;
          found.places += doc.places().out('array').length;
          found.organizations += doc.organizations().out('array').length;
        }
        return { ms: performance.now() - t0, found };
      };
    }, seeds.map((s) => s.text));
    const first = await page.evaluate(() => window.__peer());
    row.first_run_ms = first.ms;
    row.found = first.found;
    await page.evaluate(() => window.__peer()); // warm-up
    row.runs_cpu_ms = [];
    row.runs_cpu_all_ms = [];
    row.runs_wait_ms = [];
    for (let i = 0; i < runs; i++) {
      const c0 = await cpuSnapshot();
      const one = await page.evaluate(() => window.__peer());
      const c = cpuSince(c0, await cpuSnapshot());
      recordRun(row, one.ms, c);
    }
  } catch (e) {
    row.error = String(e?.message || e).split('\n')[0];
  } finally {
    await context.close();
  }
  finishTimes(row);
  return row; // recorded once our seeds time is known
}

// ---- run ----------------------------------------------------------------------------------------

const want = (label) => !ONLY || ONLY.includes(label);
const runsFor = (n) => RUNS || n;

try {
  await sizes();
  await firstPaint(runsFor(5));
  const peerRow = await peer(runsFor(9));

  // The seeds first: their report gives the 5 MB article its paragraphs.
  const paras = await wasmDirect('seeds', seeds, runsFor(21), { keepParagraphs: true });
  const inputs = [
    ['seeds', seeds, 21, 7],
    ['seeds x100', repeated(100), 9, 5],
    ['seeds x1000', repeated(1000), 5, 5],
    ['5 MB article', paras?.length ? bigArticle(paras, 5_000_000) : null, 5, 5],
  ];
  const ours = rows.find((r) => r.measure === 'wasm-direct' && r.input === 'seeds');
  peerRow.peer_ms = peerRow.median_ms;
  peerRow.ours_ms = ours?.median_ms ?? null;
  if (peerRow.peer_ms && peerRow.ours_ms) {
    peerRow.ratio_ours_to_peer = peerRow.ours_ms / peerRow.peer_ms;
    peerRow.speedup = peerRow.peer_ms / peerRow.ours_ms;
    if (peerRow.cpu_median_ms && ours.cpu_median_ms) peerRow.speedup_cpu = peerRow.cpu_median_ms / ours.cpu_median_ms;
    const ent = ours.stages_ms?.entities;
    if (ent) peerRow.speedup_entities_stage = peerRow.peer_ms / ent;
  }
  record(peerRow);

  for (const [label, files, directRuns, workerRuns] of inputs) {
    if (!want(label)) continue;
    if (!files) { record({ input: label, measure: 'wasm-direct', error: 'no seed paragraphs to build it from' }); continue; }
    if (label !== 'seeds') await wasmDirect(label, files, runsFor(directRuns));
    await workerRender(label, files, runsFor(workerRuns));
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

// Native rows, when `cargo bench --bench analyze` wrote them.
try {
  const native = JSON.parse(fs.readFileSync(path.join(OUT, 'native.json'), 'utf8'));
  for (const r of native) rows.push({ ...r, measure: 'native' });
} catch { /* no native run */ }

// ---- targets ------------------------------------------------------------------------------------

const find = (measure, input) => rows.find((r) => r.measure === measure && (input === undefined || r.input === input));
const targets = [];
const passes = (value, limit, cmp) => (value == null ? false : cmp === '<' ? value < limit : cmp === '<=' ? value <= limit : value >= limit);
/** `cpuValue`: the same measure from CPU time instead of wall time (what an idle machine would show, about). */
function target(name, value, limit, unit, cmp, note, cpuValue) {
  targets.push({ measure: 'target', target: name, value: value ?? null, limit, unit, cmp, met: passes(value, limit, cmp), note,
    cpu_value: cpuValue ?? undefined, met_by_cpu: cpuValue == null ? undefined : passes(cpuValue, limit, cmp) });
}
const d = (input) => find('wasm-direct', input);
const w = (input) => find('worker-render', input);
const sz = find('sizes');
const pr = find('peer-compromise');
target('seed-set analyze (wasm, median)', d('seeds')?.median_ms, 3, 'ms', '<', d('seeds')?.error, d('seeds')?.cpu_median_ms);
target('demo first paint after DOMContentLoaded (median of 5 loads)', find('first-paint')?.median_ms, 300, 'ms', '<');
const k = d('seeds x1000');
target('1,000 files throughput in wasm', k?.mb_per_s, 10, 'MB/s', '>=', k?.error, k?.cpu_median_ms ? k.bytes / 1e6 / (k.cpu_median_ms / 1e3) : null);
target('1,000 files fully rendered (drop to paint, median)', w('seeds x1000')?.median_ms, 2000, 'ms', '<', w('seeds x1000')?.error);
target('1,000 files: longest main-thread gap', w('seeds x1000')?.max_frame_gap_ms, 50, 'ms', '<=', w('seeds x1000')?.error);
for (const input of ['seeds x1000', '5 MB article']) {
  const r = d(input);
  target(`peak wasm memory / input (${input})`, r?.wasm_memory_x_input, 20, 'x', '<', r?.error);
  target(`peak wasm memory (${input})`, r?.wasm_memory_bytes != null ? r.wasm_memory_bytes / 1e6 : null, 1000, 'MB', '<', r?.error);
}
target('wasm gzip', sz?.wasm_gzip_bytes != null ? sz.wasm_gzip_bytes / 1e3 : null, 600, 'KB', '<=');
target('page total transfer gzip (first load)', sz?.page_gzip_bytes != null ? sz.page_gzip_bytes / 1e3 : null, 800, 'KB', '<=');
target('speed-up over compromise on the seed texts (its time / our whole pipeline)', pr?.speedup, 20, 'x', '>=', pr?.error, pr?.speedup_cpu);
rows.push(...targets);
rows.push({ measure: 'meta', loadavg_end: os.loadavg(), finished: new Date().toISOString() });
save();

// ---- Markdown -----------------------------------------------------------------------------------

const f = (x, p = 1) => (x == null || !Number.isFinite(x) ? '–' : x.toFixed(p));
const mb = (b) => (b == null ? '–' : (b / 1e6).toFixed(1));
const lines = [];
lines.push('| input | measure | files | MB | median ms | CPU ms | ms/doc | MB/s | wasm mem MB (x input) | JS heap MB | peak RSS MB | max frame gap ms | runs | note |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const order = ['seeds', 'seeds x100', 'seeds x1000', '5 MB article'];
for (const input of order) {
  for (const measure of ['native', 'wasm-direct', 'worker-render']) {
    const r = find(measure, input);
    if (!r) continue;
    const mem = r.wasm_memory_bytes ? `${mb(r.wasm_memory_bytes)} (${f(r.wasm_memory_bytes / r.bytes, 0)}x)` : '–';
    lines.push(`| ${input} | ${measure} | ${r.files ?? '–'} | ${mb(r.bytes)} | ${f(r.median_ms, 2)} | ${f(r.cpu_median_ms, 2)} | ${f(r.per_doc_ms, 3)} | ${f(r.mb_per_s, 2)} | ${mem} | ${mb(r.js_heap_bytes)} | ${mb(r.peak_rss_bytes)} | ${f(r.max_frame_gap_ms, 0)} | ${r.runs ?? '–'} | ${r.error ?? ''} |`);
  }
}
const fp = find('first-paint');
if (fp) lines.push(`| demo | first-paint | 4 | – | ${f(fp.median_ms, 1)} | – | – | – | – | – | – | – | ${fp.runs} | from navigation start ${f(fp.median_from_navigation_ms, 0)} ms ${fp.error ?? ''} |`);
if (pr) lines.push(`| seeds | peer-compromise | ${pr.files} | ${mb(pr.bytes)} | ${f(pr.median_ms, 2)} | ${f(pr.cpu_median_ms, 2)} | ${f(pr.per_doc_ms, 3)} | ${f(pr.mb_per_s, 2)} | – | – | – | – | ${pr.runs} | ours / compromise = ${f(pr.ratio_ours_to_peer, 3)} (${f(pr.speedup, 2)}x) ${pr.error ?? ''} |`);
lines.push('');
const stageCols = ['input', 'ingest', 'body', 'text', 'time', 'entities', 'claims', 'compare', 'report', 'serialize'];
lines.push(`| input | runtime | ${stageCols.join(' | ')} |`);
lines.push(`|---|---|${stageCols.map(() => '---').join('|')}|`);
for (const input of order) {
  for (const measure of ['native', 'wasm-direct', 'worker-render']) {
    const r = find(measure, input);
    if (!r?.stages_ms || !Object.keys(r.stages_ms).length) continue;
    const extra = measure === 'worker-render' ? ` (read ${f(r.stages_ms.read, 1)}, worker ${f(r.stages_ms.worker_total, 1)}, main ${f(r.stages_ms.main, 1)})` : '';
    lines.push(`| ${input} | ${measure}${extra} | ${stageCols.map((s) => f(r.stages_ms[s], 2)).join(' | ')} |`);
  }
}
lines.push('');
if (sz) {
  lines.push(`Sizes: wasm ${sz.wasm_bytes} B raw, ${sz.wasm_gzip_bytes} B gzip; page first load ${sz.page_bytes ?? '–'} B raw, ${sz.page_gzip_bytes ?? '–'} B gzip (${sz.page_files?.length ?? 0} files).`);
  lines.push('');
}
lines.push('| target | value | limit | status | from CPU time |');
lines.push('|---|---|---|---|---|');
for (const t of targets) {
  const cpu = t.cpu_value == null ? '–' : `${f(t.cpu_value, 2)} ${t.unit} (${t.met_by_cpu ? 'met' : 'missed'})`;
  lines.push(`| ${t.target} | ${f(t.value, 2)} ${t.unit} | ${t.cmp} ${t.limit} ${t.unit} | ${t.met ? 'met' : 'MISSED'}${t.note ? ` (${t.note})` : ''} | ${cpu} |`);
}
const la = rows.find((r) => r.loadavg_start)?.loadavg_start;
lines.push('');
lines.push(`Load average at the start ${la ? la.map((x) => x.toFixed(2)).join(' ') : '–'}, at the end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs: wall times on a busy machine include waiting for a CPU (CPU ms beside them).`);
const md = `${lines.join('\n')}\n`;
fs.writeFileSync(path.join(OUT, 'bench.md'), md);
console.log(md);
