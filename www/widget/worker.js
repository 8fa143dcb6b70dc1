// The analysis worker: hands the dropped files to the wasm core, posts progress and the report.
// Runs off the main thread so a large drop never freezes the page. Only converts and times; the
// analysis is the core's.
//
// Files are read where they are analysed: a dropped File goes to the core as it is, and the core
// reads each one (FileReaderSync) as its ingest stage reaches it, so a drop is never held twice;
// the per-file progress comes from that loop.
//
// The report goes to the main thread in parts, each read there in a task of its own: first its
// head (everything but its lists), then the documents, entities, timeline and claims in slices
// of bounded size, each slice sent when the main thread asks for the next one. The core writes
// the page's form of the report (its silent agreement cells left out, `silent_cells: "omitted"`),
// and the parts carry it as it is.
//
// The core's word lists (countries, demonyms, places, first names, surnames, common words) are most of its
// size: they are served beside the module, in data/, fetched as the module loads and handed to
// it once, so the page's first bytes stay small.
//
// A panic in the core traps the wasm instance (a WebAssembly.RuntimeError): its state cannot be
// trusted after that, so the worker says so (`fatal`) and takes no more work; the page replaces it.
import init, { Analysis, version, limits, provideWordLists } from '../parallax.js';
import { saveDrop } from './store.js';

let ready = null;
let memoryRef = null;
let broken = null; // why the wasm instance can no longer be used
let last = null; // the last Analysis, kept for exports
const LISTS = ['documents', 'entities', 'timeline', 'claims'];
/** About how much the main thread reads in one part (in values; a string counts by its length). */
const PART_BUDGET = 8_000;
/** Read progress is posted at most this often (ms), and for the last file. */
const PROGRESS_MS = 16;
const asked = new Map(); // request id -> resolves when the main thread asks for the next part

/** The word lists beside the module: the core's key -> file name in data/. */
const WORD_LISTS = { countries: 'countries', demonyms: 'demonyms', places: 'places', firstNames: 'first_names', surnames: 'surnames', commonWords: 'common_words' };

async function wordList(file) {
  const url = new URL(`../data/${file}.txt`, import.meta.url);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the word list ${file}.txt could not be loaded (${res.status})`);
  return res.text();
}

function start() {
  if (!ready) {
    const lists = Promise.all(Object.entries(WORD_LISTS).map(async ([key, file]) => [key, await wordList(file)]));
    const module = init({ module_or_path: new URL('../parallax_bg.wasm', import.meta.url) });
    ready = Promise.all([module, lists]).then(([exports, texts]) => {
      provideWordLists(Object.fromEntries(texts));
      memoryRef = exports?.memory ?? null;
      return exports;
    });
    // A failed load is retried by the next message rather than remembered.
    ready.catch(() => { ready = null; });
  }
  return ready;
}

/** The core's analysis of `files`; `onStage`, `onRead` as the Analysis constructor takes them. */
function analysis(files, onStage = null, onRead = null) {
  if (last) { last.free(); last = null; }
  last = new Analysis(files.map(toInput), onStage, onRead);
  return last;
}

/** A file as the core takes it: a Blob stays a Blob (the core reads it), corrections kept. */
function toInput(f) {
  return {
    name: f.name, blob: f.blob, bytes: f.bytes, text: f.blob || f.bytes ? undefined : String(f.text ?? ''),
    outlet: f.outlet, published: f.published, title: f.title,
  };
}

async function analyse(id, files) {
  const t0 = performance.now();
  await start();
  const tReady = performance.now();
  const stages = {};
  let current = null;
  let mark = tReady;
  let tRead = null;
  let bytes = 0;
  const onStage = (stage) => {
    const now = performance.now();
    if (current) stages[current] = (stages[current] || 0) + (now - mark);
    current = stage === 'done' ? null : stage;
    mark = now;
    if (stage !== 'done') postMessage({ type: 'progress', id, phase: 'analyse', stage });
  };
  let posted = 0;
  const onRead = (done, total, error) => {
    const f = files[done - 1];
    bytes += f?.size ?? 0;
    if (error) postMessage({ type: 'read-error', id, index: done - 1, name: f?.name, message: error });
    const now = performance.now();
    if (done === total) tRead = now;
    if (done === total || now - posted >= PROGRESS_MS) {
      posted = now;
      postMessage({ type: 'progress', id, phase: 'read', done, total });
    }
  };
  const a = analysis(files, onStage, onRead);
  const tAnalysed = performance.now();
  const report = JSON.parse(a.reportJsonSparse());
  const tDone = performance.now();
  stages.serialize = tDone - tAnalysed;
  const { head, parts, counts } = splitReport(report);
  const tSplit = performance.now();
  postMessage({
    type: 'report', id, head, counts, parts: parts.length,
    metrics: {
      bytes, files: files.length, startMs: tReady - t0, readMs: (tRead ?? tReady) - tReady,
      analyseMs: tAnalysed - tReady, serializeMs: tDone - tAnalysed, splitMs: tSplit - tDone, totalMs: tSplit - t0,
      stages, wasmMemory: wasmMemoryBytes(),
    },
  });
  for (const part of parts) {
    await nextAsked(id);
    postMessage({ type: 'report-part', id, ...part });
  }
}

function nextAsked(id) {
  return new Promise((resolve) => asked.set(id, resolve));
}

// ---- the report in parts -------------------------------------------------------------------

/** The report as a head and parts [{key, items}], and the claims with a disagreement counted. */
function splitReport(report) {
  const head = {};
  for (const k in report) head[k] = LISTS.includes(k) && Array.isArray(report[k]) ? [] : report[k];
  const parts = [];
  let disagreements = 0;
  for (const key of LISTS) {
    const list = report[key];
    if (!Array.isArray(list)) continue;
    let items = [];
    let size = 0;
    for (const item of list) {
      if (key === 'claims' && hasDisagreement(item.cells)) disagreements += 1;
      items.push(item);
      size += key === 'claims' ? 4 + weigh(item.cells) : weigh(item);
      if (size >= PART_BUDGET) { parts.push({ key, items }); items = []; size = 0; }
    }
    if (items.length) parts.push({ key, items });
  }
  return { head, parts, counts: { disagreements } };
}

function hasDisagreement(cells) {
  for (const id in cells || {}) {
    const st = cells[id]?.stance;
    if (st === 'differs' || st === 'contradicts') return true;
  }
  return false;
}

/** A rough count of the values in `v` (strings by length): what reading it costs. */
function weigh(v, depth = 0) {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? 1 + v.length / 64 : 1;
  if (depth > 6) return 16;
  let n = 1;
  if (Array.isArray(v)) for (const x of v) n += weigh(x, depth + 1);
  else for (const k in v) n += weigh(v[k], depth + 1);
  return n;
}

function wasmMemoryBytes() {
  try {
    return memoryRef ? memoryRef.buffer.byteLength : null;
  } catch { return null; }
}

onmessage = async (ev) => {
  const msg = ev.data || {};
  try {
    if (broken) throw broken;
    if (msg.type === 'hello') {
      await start();
      // Warm the core (its compiled-in lists) while the page fetches its first files.
      new Analysis([{ name: 'warm-up.txt', text: 'The council met in Port Ellis on Monday.' }], null, null).free();
      postMessage({ type: 'ready', id: msg.id, version: version(), limits: limits() });
    } else if (msg.type === 'next') {
      const go = asked.get(msg.id);
      asked.delete(msg.id);
      go?.();
    } else if (msg.type === 'analyze') {
      // The drop is kept in IndexedDB from here, off the page's main thread (storing a thousand
      // files there takes the main thread a long task).
      if (msg.persist) saveDrop(msg.persist, msg.files || []);
      await analyse(msg.id, msg.files || []);
    } else if (msg.type === 'export') {
      // The report on screen may come from a worker this one replaced: its files come along.
      if (!last && msg.files?.length) { await start(); analysis(msg.files); }
      if (!last) throw new Error('nothing has been analysed yet');
      postMessage({ type: 'exported', id: msg.id, format: msg.format, text: last.export(msg.format) });
    }
  } catch (e) {
    const fatal = e instanceof WebAssembly.RuntimeError;
    if (fatal && !broken) { broken = e; last = null; }
    postMessage({ type: 'error', id: msg.id, fatal: Boolean(broken), message: String(e?.message || e) });
  }
};
