// The analysis worker: reads the dropped files, runs the wasm core, posts progress and the
// report. Runs off the main thread so a large drop never freezes the page. Only converts and
// times; the analysis is the core's.
//
// The report goes to the main thread in parts, each read there in a task of its own: first its
// head (everything but its lists), then the documents, entities, timeline and claims in slices
// of bounded size, each slice sent when the main thread asks for the next one. Agreement cells
// that are silent (most of them in a big drop) are left out of the claims and put back on arrival.
import init, { Analysis, version, limits } from '../parallax.js';
import { saveDrop } from './store.js';

let ready = null;
let last = null; // the last Analysis, kept for exports
const LISTS = ['documents', 'entities', 'timeline', 'claims'];
/** About how much the main thread reads in one part (in values; a string counts by its length). */
const PART_BUDGET = 8_000;
const SILENT_KEYS = ['stance', 'quote', 'value', 'start', 'end'];
const asked = new Map(); // request id -> resolves when the main thread asks for the next part

function start() {
  if (!ready) ready = init({ module_or_path: new URL('../parallax_bg.wasm', import.meta.url) });
  return ready;
}

async function readAll(id, files) {
  // Every file is read at once (the browser reads them in parallel); progress follows each.
  let done = 0;
  let bytes = 0;
  const inputs = await Promise.all(Array.from(files, async (f, i) => {
    let data;
    try {
      if (f.blob) data = new Uint8Array(await f.blob.arrayBuffer());
      else if (f.bytes) data = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes);
      else data = new TextEncoder().encode(String(f.text ?? ''));
    } catch (e) {
      data = new Uint8Array(0);
      postMessage({ type: 'read-error', id, index: i, name: f.name, message: String(e?.message || e) });
    }
    bytes += data.byteLength;
    done += 1;
    if (done === files.length || done % 25 === 0) postMessage({ type: 'progress', id, phase: 'read', done, total: files.length });
    return { name: f.name, bytes: data, outlet: f.outlet, published: f.published, title: f.title };
  }));
  return { inputs, bytes };
}

async function analyse(id, files) {
  const t0 = performance.now();
  await start();
  const tReady = performance.now();
  const { inputs, bytes } = await readAll(id, files);
  const tRead = performance.now();
  const stages = {};
  let current = null;
  let mark = performance.now();
  const onStage = (stage) => {
    const now = performance.now();
    if (current) stages[current] = (stages[current] || 0) + (now - mark);
    current = stage === 'done' ? null : stage;
    mark = now;
    if (stage !== 'done') postMessage({ type: 'progress', id, phase: 'analyse', stage });
  };
  if (last) { last.free(); last = null; }
  last = new Analysis(inputs, onStage);
  const tAnalysed = performance.now();
  const report = JSON.parse(last.reportJson());
  const tDone = performance.now();
  stages.serialize = tDone - tAnalysed;
  const memory = wasmMemoryBytes();
  const { head, parts, cellOrder, counts } = splitReport(report);
  const tSplit = performance.now();
  postMessage({
    type: 'report', id, head, cellOrder, counts, parts: parts.length,
    metrics: {
      bytes, files: inputs.length, startMs: tReady - t0, readMs: tRead - tReady,
      analyseMs: tAnalysed - tRead, serializeMs: tDone - tAnalysed, splitMs: tSplit - tDone, totalMs: tSplit - t0, stages, wasmMemory: memory,
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

/**
 * The report as a head and parts [{key, items, gaps?}]: `gaps` lists the claims (by position in
 * the part) whose cells hold only the non-silent ones, to be filled back in `cellOrder`.
 */
function splitReport(report) {
  const head = {};
  for (const k in report) head[k] = LISTS.includes(k) && Array.isArray(report[k]) ? [] : report[k];
  const cellOrder = (report.documents || []).map((d) => d.id);
  const parts = [];
  let disagreements = 0;
  for (const key of LISTS) {
    const list = report[key];
    if (!Array.isArray(list)) continue;
    let items = [];
    let gaps = [];
    let size = 0;
    const flush = () => {
      if (!items.length) return;
      parts.push(gaps.length ? { key, items, gaps } : { key, items });
      items = [];
      gaps = [];
      size = 0;
    };
    for (const item of list) {
      let out = item;
      let weight;
      if (key === 'claims') {
        const sparse = sparseCells(item.cells, cellOrder);
        if (sparse) {
          out = { ...item, cells: sparse.cells };
          gaps.push(items.length);
          // Filling a silent cell back costs about half of reading one (claims of many
          // documents get objects with many keys, slower to build).
          weight = 4 + sparse.kept * 8 + cellOrder.length / 2;
        } else weight = 4 + weigh(item.cells);
        if (sparse ? sparse.disagrees : hasDisagreement(item.cells)) disagreements += 1;
      } else weight = weigh(item);
      items.push(out);
      size += weight;
      if (size >= PART_BUDGET) flush();
    }
    flush();
  }
  return { head, parts, cellOrder, counts: { disagreements } };
}

/** The non-silent cells of a claim when its cells follow `order` exactly, else null. */
function sparseCells(cells, order) {
  if (!cells || typeof cells !== 'object') return null;
  const out = {};
  let k = 0;
  let kept = 0;
  let disagrees = false;
  for (const id in cells) {
    if (id !== order[k]) return null;
    k += 1;
    const x = cells[id];
    if (isPlainSilent(x)) continue;
    out[id] = x;
    kept += 1;
    if (x && (x.stance === 'differs' || x.stance === 'contradicts')) disagrees = true;
  }
  return k === order.length ? { cells: out, kept, disagrees } : null;
}

/** A silent cell with nothing else in it (it is put back as exactly this). */
function isPlainSilent(x) {
  if (!x || x.stance !== 'silent' || x.quote !== null || x.value !== null || x.start !== null || x.end !== null) return false;
  let i = 0;
  for (const k in x) if (k !== SILENT_KEYS[i++]) return false;
  return i === SILENT_KEYS.length;
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

let memoryRef = null;
function wasmMemoryBytes() {
  try {
    return memoryRef ? memoryRef.buffer.byteLength : null;
  } catch { return null; }
}

onmessage = async (ev) => {
  const msg = ev.data || {};
  try {
    if (msg.type === 'hello') {
      const exports = await start();
      memoryRef = exports?.memory ?? null;
      // Warm the core (its compiled-in lists) while the page fetches its first files.
      new Analysis([{ name: 'warm-up.txt', text: 'The council met in Port Ellis on Monday.' }]).free();
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
      if (!last) throw new Error('nothing has been analysed yet');
      postMessage({ type: 'exported', id: msg.id, format: msg.format, text: last.export(msg.format) });
    }
  } catch (e) {
    postMessage({ type: 'error', id: msg.id, message: String(e?.message || e) });
  }
};
