// The main thread's side of the analysis worker: one request at a time, progress callbacks,
// cancel (the worker is stopped and a fresh one started), and a worker whose core panicked is
// replaced by a fresh one. `dispose()` stops the worker for good (until the next request).
//
// A report comes in parts (see worker.js): its head, then its lists in slices, each slice asked
// for once the previous one is in. Every slice is read (deserialised) in a task of its own, so a
// report of tens of megabytes never holds the main thread for long. The parts are the report as
// the core wrote it (silent agreement cells left out); they are appended, not rebuilt. The
// finished report is handed over in a task of its own, so drawing it does not add to reading its
// last part.

import { afterFrame, yieldTask } from './schedule.js';

/** Main-thread time (ms) spent on parts before the browser is given a frame. */
const SLICE_MS = 12;

export class Client {
  constructor(workerUrl) {
    this.url = workerUrl;
    this.seq = 0;
    this.pending = new Map();
    this.worker = null;
    this.ready = null;
    /** How many workers have been started (a replaced one counts). */
    this.started = 0;
    this.spawn();
  }

  spawn() {
    const worker = new Worker(this.url, { type: 'module', name: 'parallax-analysis' });
    this.worker = worker;
    this.started += 1;
    worker.onmessage = (ev) => { if (this.worker === worker) this.receive(ev.data); };
    worker.onerror = (ev) => {
      ev.preventDefault?.();
      if (this.worker !== worker) return;
      // An error the worker did not catch (it failed to start, say): it is not used again.
      this.replace(new Error(ev.message || 'the analysis worker failed to start'), false);
    };
    this.ready = this.call({ type: 'hello' });
    // Requests do not wait for it (the worker queues them); a failed start fails them too.
    this.ready.catch(() => {});
  }

  /** Resolves once a worker is up (starting one if none is). */
  whenReady() {
    if (!this.worker) this.spawn();
    return this.ready;
  }

  call(msg, onProgress) {
    if (!this.worker) this.spawn();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...msg, id });
    });
  }

  receive(msg) {
    if (msg.type === 'error' && msg.fatal) {
      // The core panicked: this worker's wasm cannot be trusted again. The request fails with a
      // plain message; the next one goes to a fresh worker.
      const err = new Error(`the analysis stopped on an internal error (${msg.message}); the analyser was restarted, so trying again or leaving out the file that caused it may work`);
      err.crashed = true;
      this.replace(err, true);
      return;
    }
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
    p.incoming = { report: msg.head, left: msg.parts, metrics: msg.metrics, counts: msg.counts, t0, slice: t0 };
    this.nextPart(p, msg.id);
  }

  addPart(p, msg) {
    const list = p.incoming.report[msg.key];
    for (const item of msg.items) list.push(item);
    p.incoming.left -= 1;
    this.nextPart(p, msg.id);
  }

  /** Asks for the next part in a later task, or hands the finished report over. */
  nextPart(p, id) {
    const inc = p.incoming;
    const worker = this.worker;
    if (inc.left > 0) {
      // A fresh task for the next part; a frame first once this slice has taken its share.
      const frame = performance.now() - inc.slice > SLICE_MS;
      (frame ? afterFrame() : yieldTask()).then(() => {
        if (this.pending.get(id) !== p || this.worker !== worker) return;
        if (frame) inc.slice = performance.now();
        worker.postMessage({ type: 'next', id });
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

  /** files: [{name, blob?|bytes?|text?, size?, outlet?, published?, title?}] -> {report, metrics,
   * counts}; persist: the IndexedDB key under which the worker keeps the drop (none: not kept). */
  async analyze(files, onProgress, persist = null) {
    // Sent at once: the worker queues it behind its start-up, one round trip sooner.
    return this.call({ type: 'analyze', files, persist }, onProgress);
  }

  /** The last report in `format`; `files` are analysed again when this worker has none (it
   * replaced the one that made the report on screen). */
  async export(format, files = []) {
    return (await this.call({ type: 'export', format, files })).text;
  }

  /** Stops the running analysis at once and starts a fresh worker. */
  cancel() {
    const err = new Error('cancelled');
    err.cancelled = true;
    this.replace(err, true);
  }

  /** Stops the worker and fails what is pending with `err`; `respawn` starts the next one now. */
  replace(err, respawn) {
    this.stop(err);
    if (respawn) this.spawn();
  }

  stop(err) {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(err);
  }

  /** Stops the worker and fails what is pending; a later request starts a fresh worker. */
  dispose() {
    const err = new Error('cancelled');
    err.cancelled = true;
    this.stop(err);
  }
}
