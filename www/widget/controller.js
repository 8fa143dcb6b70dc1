// The analysis side of <parallax-compare>, without any DOM: the drop (files and the reader's
// corrections), its analysis in the worker (one at a time: a new run cancels the one under way),
// the report that came back, the drop kept in IndexedDB, the demo set, and the exports.
//
// `dispose()` stops the worker (the element left the page); the drop and the report stay, and
// the next request starts a fresh worker, which analyses the report's files again for an export.

import { Client } from './client.js';
import { saveDrop, loadDrop } from './store.js';

const encoder = new TextEncoder();
const byteLength = (text) => encoder.encode(text).length;

export class Controller {
  /** persist: the IndexedDB key the drop is kept under (null: not kept). */
  constructor(workerUrl, { persist = null } = {}) {
    this.workerUrl = workerUrl;
    this.persist = persist;
    this.client = null;
    this.files = []; // [{name, blob?|bytes?|text?, size, outlet?, published?, title?}]
    this.isDemo = false;
    this.report = null;
    this.metrics = null;
    this.counts = null;
    this.reportFiles = [];
    this.reportWasDemo = false;
    this.busy = null; // the ticket of the run under way
    this.pasteCount = 0;
  }

  /** The worker's client, started on first use (and again after `dispose`). */
  worker() {
    if (!this.client) this.client = new Client(this.workerUrl);
    return this.client;
  }

  /** Resolves once the worker is up. */
  ready() { return this.worker().whenReady(); }

  // ---- the drop --------------------------------------------------------------------------

  /** Loads the drop kept under the persist key; true when there was one. */
  async restore() {
    const saved = this.persist ? await loadDrop(this.persist) : null;
    if (!saved) return false;
    this.files = saved.map((f) => ({ ...f, size: f.blob?.size ?? 0 }));
    this.isDemo = false;
    return true;
  }

  /** The files named in the JSON list at `url`, as {name, text, size}. */
  static async fetchDemo(url, base = document.baseURI) {
    const list = new URL(url, base);
    const names = await (await fetch(list)).json();
    return Promise.all(names.map(async (name) => {
      const text = await (await fetch(new URL(name, list))).text();
      return { name, text, size: byteLength(text) };
    }));
  }

  useDemo(files) {
    this.files = files;
    this.isDemo = true;
  }

  /** Dropped or picked Files join the drop (the demo is replaced). */
  addFiles(fileList) {
    const added = [...fileList].map((f) => ({ name: f.name, blob: f, size: f.size }));
    this.files = this.isDemo ? added : [...this.files, ...added];
    this.isDemo = false;
  }

  /** Pasted text joins the drop as `pasted-N.txt` (or `.html` when it looks like markup). */
  addText(text) {
    this.pasteCount += 1;
    const added = { name: `pasted-${this.pasteCount}.${/^\s*</.test(text) ? 'html' : 'txt'}`, text, size: byteLength(text) };
    this.files = this.isDemo ? [added] : [...this.files, added];
    this.isDemo = false;
  }

  /** The host's articles replace the drop: {name, text} | {name, bytes} | File (or any Blob). */
  setInputs(list) {
    this.files = [...list].map((f) => {
      if (typeof Blob !== 'undefined' && f instanceof Blob) return { name: f.name || 'untitled', blob: f, size: f.size };
      const bytes = f.bytes instanceof ArrayBuffer ? new Uint8Array(f.bytes) : f.bytes;
      const text = bytes ? undefined : String(f.text ?? '');
      return { name: f.name || 'untitled', text, bytes, size: bytes ? bytes.byteLength : byteLength(text),
        outlet: f.outlet, published: f.published, title: f.title };
    });
    this.isDemo = false;
  }

  /** Applies a reader's correction ({outlet?, published?, title?}) to the file at `index`. */
  correct(index, fields) {
    const f = this.files[index];
    if (!f) return false;
    Object.assign(f, fields);
    this.isDemo = false;
    return true;
  }

  /** Takes the file at `index` out of the drop; returns how many are left. */
  remove(index) {
    if (index >= 0 && index < this.files.length) this.files.splice(index, 1);
    return this.files.length;
  }

  /** Empties the drop, stops a run under way and forgets the kept drop. */
  clear() {
    if (this.busy) this.cancel();
    this.files = [];
    this.isDemo = false;
    this.report = null;
    this.metrics = null;
    this.counts = null;
    this.reportFiles = [];
    saveDrop(this.persist, null);
  }

  // ---- analysis --------------------------------------------------------------------------

  /**
   * Analyses the drop. Resolves to {report, metrics, counts}, to {cancelled: true} (the drop is
   * back to the report's), or to {stale: true} when a later run replaced this one; rejects when
   * the analysis failed (the report on screen stays).
   */
  async run(onProgress) {
    if (this.busy) this.worker().cancel();
    const ticket = {};
    this.busy = ticket;
    const files = this.files.slice();
    const persist = this.isDemo ? null : this.persist;
    try {
      const out = await this.worker().analyze(files.map(message), (p) => onProgress?.(p, files.length), persist);
      if (this.busy !== ticket) return { stale: true };
      this.report = out.report;
      this.metrics = out.metrics;
      this.counts = out.counts || null;
      this.reportFiles = files;
      this.reportWasDemo = this.isDemo;
      return out;
    } catch (e) {
      if (this.busy !== ticket) return { stale: true };
      if (e.cancelled) {
        // Back to the drop of the report on screen: the cancelled files are not kept.
        this.files = this.reportFiles.slice();
        this.isDemo = this.reportWasDemo;
        if (!this.isDemo) saveDrop(this.persist, this.files.length ? this.files : null);
        return { cancelled: true };
      }
      throw e;
    } finally {
      if (this.busy === ticket) this.busy = null;
    }
  }

  /** Stops the run under way; its promise resolves to {cancelled: true}. */
  cancel() {
    if (this.busy) this.client?.cancel();
  }

  /** The report on screen as `json`, `markdown`, `csv-claims` or `csv-entities`. */
  export(format) {
    return this.worker().export(format, this.reportFiles.map(message));
  }

  /** Stops the worker (a run under way resolves as cancelled); the next request starts one. */
  dispose() {
    this.client?.dispose();
    this.client = null;
  }
}

/** A file as the worker takes it (a Blob is passed by reference, not copied). */
function message(f) {
  return {
    name: f.name, blob: f.blob, bytes: f.bytes, text: f.text, size: f.size,
    outlet: f.outlet || undefined, published: f.published || undefined, title: f.title || undefined,
  };
}
