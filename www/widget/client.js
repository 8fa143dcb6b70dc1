// The main thread's side of the analysis worker: one request at a time, progress callbacks,
// cancel (the worker is stopped and a fresh one started).

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
    this.pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(msg.message));
    else p.resolve(msg);
  }

  /** files: [{name, blob?|bytes?|text?, outlet?, published?, title?}] -> {report, metrics} */
  async analyze(files, onProgress) {
    await this.ready;
    return this.call({ type: 'analyze', files }, onProgress);
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
