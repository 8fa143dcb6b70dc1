// The main thread's side of the analysis worker: one request at a time, progress callbacks,
// cancel (the worker is stopped and a fresh one started).
//
// A report comes in parts (see worker.js): its head, then its lists in slices, each slice asked
// for once the previous one is in. Every slice is read (deserialised) in a task of its own, so a
// report of tens of megabytes never holds the main thread for long. Silent agreement cells travel
// as gaps and are filled here with one shared, frozen silent cell. The finished report is handed
// over in a task of its own, so drawing it does not add to reading its last part.

import { afterFrame, yieldTask } from './schedule.js';

/** Main-thread time (ms) spent on parts before the browser is given a frame. */
const SLICE_MS = 12;
const SILENT = Object.freeze({ stance: 'silent', quote: null, value: null, start: null, end: null });

export class Client {
  constructor(workerUrl) {
    this.url = workerUrl;
    this.seq = 0;
    this.pending = new Map();
    this.spawn();
  }

  spawn() {
    this.worker = new Worker(this.url, { type: 'module', name: 'parallax-analysis' });
    this.worker.onmessage = (ev) => this.receive(ev.data);
    this.worker.onerror = (ev) => {
      ev.preventDefault?.();
      const err = new Error(ev.message || 'the analysis worker failed to start');
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    this.ready = this.call({ type: 'hello' });
    // Requests do not wait for it (the worker queues them); a failed start fails them too.
    this.ready.catch(() => {});
  }

  call(msg, onProgress) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...msg, id });
    });
  }

  receive(msg) {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress' || msg.type === 'read-error') { p.onProgress?.(msg); return; }
    if (msg.type === 'report') { this.startReport(p, msg); return; }
    if (msg.type === 'report-part') { this.addPart(p, msg); return; }
    this.pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(msg.message));
    else p.resolve(msg);
  }

  startReport(p, msg) {
    const t0 = performance.now();
    p.incoming = { report: msg.head, cellOrder: msg.cellOrder, left: msg.parts, metrics: msg.metrics, counts: msg.counts, t0, slice: t0 };
    this.nextPart(p, msg.id);
  }

  addPart(p, msg) {
    const { report, cellOrder } = p.incoming;
    const list = report[msg.key];
    const gaps = msg.gaps ? new Set(msg.gaps) : null;
    for (let k = 0; k < msg.items.length; k++) {
      const item = msg.items[k];
      if (gaps?.has(k)) item.cells = fillCells(item.cells, cellOrder);
      list.push(item);
    }
    p.incoming.left -= 1;
    this.nextPart(p, msg.id);
  }

  /** Asks for the next part in a later task, or hands the finished report over. */
  nextPart(p, id) {
    const inc = p.incoming;
    if (inc.left > 0) {
      // A fresh task for the next part; a frame first once this slice has taken its share.
      const frame = performance.now() - inc.slice > SLICE_MS;
      (frame ? afterFrame() : yieldTask()).then(() => {
        if (this.pending.get(id) !== p) return;
        if (frame) inc.slice = performance.now();
        this.worker.postMessage({ type: 'next', id });
      });
      return;
    }
    inc.metrics.receiveMs = performance.now() - inc.t0;
    // Handed over in a fresh task: the page draws the report apart from reading its last part.
    yieldTask().then(() => {
      if (this.pending.get(id) !== p) return;
      this.pending.delete(id);
      p.resolve({ report: inc.report, metrics: inc.metrics, counts: inc.counts });
    });
  }

  /** files: [{name, blob?|bytes?|text?, outlet?, published?, title?}] -> {report, metrics, counts};
   * persist: the IndexedDB key under which the worker keeps the drop (none: not kept). */
  async analyze(files, onProgress, persist = null) {
    // Sent at once: the worker queues it behind its start-up, one round trip sooner.
    return this.call({ type: 'analyze', files, persist }, onProgress);
  }

  async export(format) {
    await this.ready;
    return (await this.call({ type: 'export', format })).text;
  }

  /** Stops the running analysis at once and starts a fresh worker. */
  cancel() {
    this.worker.terminate();
    const err = new Error('cancelled');
    err.cancelled = true;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.spawn();
  }
}

/** The cells of a claim with its silent cells put back, in the report's order of documents. */
function fillCells(sparse, order) {
  const cells = {};
  for (let i = 0; i < order.length; i++) {
    const id = order[i];
    cells[id] = sparse[id] || SILENT;
  }
  return cells;
}
