// The analysis worker: reads the dropped files, runs the wasm core, posts progress and the
// report. Runs off the main thread so a large drop never freezes the page. Only converts and
// times; the analysis is the core's.
import init, { Analysis, version, limits } from '../parallax.js';

let ready = null;
let last = null; // the last Analysis, kept for exports

function start() {
  if (!ready) ready = init({ module_or_path: new URL('../parallax_bg.wasm', import.meta.url) });
  return ready;
}

async function readAll(id, files) {
  const inputs = [];
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
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
    inputs.push({ name: f.name, bytes: data, outlet: f.outlet, published: f.published, title: f.title });
    postMessage({ type: 'progress', id, phase: 'read', done: i + 1, total: files.length });
  }
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
  const report = last.report();
  const tDone = performance.now();
  stages.serialize = tDone - tAnalysed;
  const memory = wasmMemoryBytes();
  postMessage({
    type: 'report', id, report,
    metrics: {
      bytes, files: inputs.length, startMs: tReady - t0, readMs: tRead - tReady,
      analyseMs: tAnalysed - tRead, serializeMs: tDone - tAnalysed, totalMs: tDone - t0, stages, wasmMemory: memory,
    },
  });
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
    } else if (msg.type === 'analyze') {
      await analyse(msg.id, msg.files || []);
    } else if (msg.type === 'export') {
      if (!last) throw new Error('nothing has been analysed yet');
      postMessage({ type: 'exported', id: msg.id, format: msg.format, text: last.export(msg.format) });
    }
  } catch (e) {
    postMessage({ type: 'error', id: msg.id, message: String(e?.message || e) });
  }
};
