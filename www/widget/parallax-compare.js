// <parallax-compare>: the Parallax reader as one custom element. It owns a Shadow DOM (host CSS
// cannot reach in, its CSS cannot leak out) and is thin: the controller (controller.js) holds the
// drop, runs the analysis in a Web Worker, keeps the drop and makes the exports; the report view
// (report-view.js) and its panels render. Every finding comes from the core.
//
// Attributes: panels="documents timeline entities claims" (which panels, in that order),
// theme="auto|light|dark", compact (narrow layout), demo="URL of a JSON list of demo files",
// persist="key" (keep the drop in IndexedDB under that key), no-drop (host-fed only).
// API: el.analyze([{name, text} | {name, bytes} | File]) -> Promise<report>, el.clear(),
// el.cancel(), el.report, el.rendering, el.exportAs(format). Events: parallax-report {report,
// metrics} (the report is in and its active panel rendered), parallax-rendered {report} (every
// panel rendered), parallax-progress {phase, done, total, stage}, parallax-error {message}.
// `el.report` is the page's form of the report: silent agreement cells are left out (the report
// says `silent_cells: "omitted"`); `exportAs('json')` writes every cell, as the schema has it.
//
// Taken off the page, the element stops its worker and its window listeners; put back, it
// listens again and starts a worker when it next needs one.

import { h, download } from './dom.js';
import { Controller } from './controller.js';
import { ReportView, PANELS, DEFAULT_PANELS } from './report-view.js';

const STYLES = ['parallax.css', 'panels/documents.css', 'panels/timeline.css', 'panels/entities.css',
  'panels/agreement.css'];
const EXPORTS = [
  { format: 'json', label: 'Report (JSON)', file: 'parallax-report.json', type: 'application/json' },
  { format: 'csv-claims', label: 'Agreement table (CSV)', file: 'parallax-claims.csv', type: 'text/csv' },
  { format: 'csv-entities', label: 'Entities (CSV)', file: 'parallax-entities.csv', type: 'text/csv' },
  { format: 'markdown', label: 'Whole report (Markdown)', file: 'parallax-report.md', type: 'text/markdown' },
];
const STAGES = ['ingest', 'body', 'text', 'time', 'entities', 'claims', 'compare', 'report'];
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

let instances = 0;

export class ParallaxCompare extends HTMLElement {
  static get observedAttributes() { return ['panels', 'compact', 'theme']; }

  constructor() {
    super();
    this.uid = `px${++instances}`;
    this.printing = false;
    this.listening = null; // aborts the window listeners
    this.attachShadow({ mode: 'open' });
  }

  /** The report on screen, or null. */
  get report() { return this.controller?.report ?? null; }
  get metrics() { return this.controller?.metrics ?? null; }
  /** The run under way (a truthy ticket), or null. */
  get busy() { return this.controller?.busy ?? null; }
  /** True while panels of the report on screen are still waiting to be rendered. */
  get rendering() { return this.view?.rendering ?? false; }

  connectedCallback() {
    this.listen();
    if (this.built) {
      // Back on the page after a move: the report is drawn again (its panels' listeners went).
      if (this.report) this.renderReport();
      return;
    }
    this.built = true;
    this.controller = new Controller(new URL('./worker.js', import.meta.url), { persist: this.getAttribute('persist') });
    this.build();
    this.boot();
  }

  disconnectedCallback() {
    this.listening?.abort();
    this.listening = null;
    this.printing = false;
    this.view?.stop();
    this.controller?.dispose();
  }

  attributeChangedCallback() {
    if (this.built && this.report) this.renderReport();
  }

  /** Printing shows every panel: the ones not rendered yet are rendered first. */
  listen() {
    if (this.listening) return;
    this.listening = new AbortController();
    const { signal } = this.listening;
    window.addEventListener('beforeprint', () => { this.printing = true; this.view?.renderAll(); }, { signal });
    window.addEventListener('afterprint', () => { this.printing = false; }, { signal });
  }

  panelList() {
    const asked = (this.getAttribute('panels') || '').split(/[\s,]+/).filter((p) => PANELS[p]);
    return asked.length ? asked : DEFAULT_PANELS;
  }

  // ---- structure -------------------------------------------------------------------------

  build() {
    const root = this.shadowRoot;
    const uid = this.uid;
    for (const href of STYLES) root.append(h('link', { rel: 'stylesheet', href: new URL(href, import.meta.url).href }));
    this.input = h('input', {
      type: 'file', multiple: true, class: 'px-visually-hidden', id: `${uid}-pick`,
      accept: '.txt,.html,.htm,.md,.markdown,.xhtml,.text,text/*',
      on: { change: () => { this.addFiles([...this.input.files]); this.input.value = ''; } },
    });
    this.dropZone = h('div', { class: 'px-drop', tabindex: '0', role: 'group', 'aria-label': 'Add articles' },
      h('p', { class: 'px-drop-title' }, 'Drop articles here'),
      h('p', { class: 'px-drop-sub' }, 'Text, HTML, Markdown or saved pages, from different outlets about one story. ',
        'They are analysed in this browser and never leave it.'),
      h('div', { class: 'px-drop-actions' },
        this.input,
        h('label', { class: 'px-btn px-primary', for: `${uid}-pick` }, 'Choose files…'),
        h('button', { type: 'button', class: 'px-btn', on: { click: () => this.togglePaste() } }, 'Paste text…'),
        h('button', { type: 'button', class: 'px-btn', on: { click: () => this.clear() } }, 'Clear')));
    this.pasteForm = h('form', { class: 'px-paste', hidden: true, on: { submit: (e) => { e.preventDefault(); this.submitPaste(); } } },
      h('label', { for: `${uid}-paste` }, 'Article text'),
      this.pasteArea = h('textarea', { id: `${uid}-paste`, rows: '6', placeholder: 'Paste an article (its text or HTML)…' }),
      h('div', { class: 'px-row' },
        h('button', { type: 'submit', class: 'px-btn px-primary' }, 'Add this article'),
        h('button', { type: 'button', class: 'px-btn', on: { click: () => this.togglePaste(false) } }, 'Cancel')));
    this.progress = h('div', { class: 'px-progress', hidden: true },
      this.progressBar = h('progress', { max: '1', value: '0', 'aria-label': 'Analysis progress' }),
      this.progressText = h('span', { class: 'px-progress-text' }),
      h('button', { type: 'button', class: 'px-btn', on: { click: () => this.cancel() } }, 'Cancel'));
    this.status = h('p', { class: 'px-status', role: 'status', 'aria-live': 'polite' }, 'Starting…');
    const problems = h('div', { class: 'px-problems', role: 'alert', hidden: true });
    this.exportBar = h('div', { class: 'px-exports', hidden: true, role: 'group', 'aria-label': 'Export' },
      h('span', { class: 'px-exports-label' }, 'Export:'),
      EXPORTS.map((x) => h('button', { type: 'button', class: 'px-btn', dataset: { format: x.format }, on: { click: () => this.downloadExport(x) } }, x.label)),
      h('button', { type: 'button', class: 'px-btn', on: { click: () => window.print() } }, 'Print'));
    const tabs = h('div', { class: 'px-tabs', role: 'tablist', 'aria-label': 'Report panels' });
    const panels = h('div', { class: 'px-panels' });
    let dialogTitle;
    let dialogBody;
    const dialog = h('dialog', { class: 'px-dialog', 'aria-labelledby': `${uid}-dlg-title` },
      h('div', { class: 'px-dialog-head' },
        dialogTitle = h('h2', { id: `${uid}-dlg-title` }),
        h('button', { type: 'button', class: 'px-btn', 'aria-label': 'Close', on: { click: () => dialog.close() } }, '×')),
      dialogBody = h('div', { class: 'px-dialog-body' }));
    dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
    const dropping = !this.hasAttribute('no-drop');
    this.rootEl = h('div', { class: 'px', part: 'root' },
      dropping ? this.dropZone : null, this.pasteForm, this.progress, this.status,
      problems, this.exportBar, tabs, panels, dialog);
    root.append(this.rootEl);
    this.view = new ReportView({ tabs, panels, problems, dialog, dialogTitle, dialogBody }, {
      uid,
      compact: () => this.hasAttribute('compact'),
      files: () => this.controller.reportFiles,
      correct: (index, fields) => this.correct(index, fields),
      remove: (index) => this.removeDocument(index),
      isPrinting: () => this.printing,
    });
    if (dropping) this.acceptDrops();
  }

  /** Drag and drop anywhere on the widget; paste into the drop zone. */
  acceptDrops() {
    const rootEl = this.rootEl;
    const over = (e) => { if ([...(e.dataTransfer?.types || [])].includes('Files')) { e.preventDefault(); rootEl.classList.add('px-dragging'); } };
    rootEl.addEventListener('dragenter', over);
    rootEl.addEventListener('dragover', over);
    rootEl.addEventListener('dragleave', (e) => { if (e.target === rootEl || !rootEl.contains(e.relatedTarget)) rootEl.classList.remove('px-dragging'); });
    rootEl.addEventListener('drop', (e) => {
      e.preventDefault();
      rootEl.classList.remove('px-dragging');
      const files = [...(e.dataTransfer?.files || [])];
      if (files.length) this.addFiles(files);
      else {
        const text = e.dataTransfer?.getData('text/plain');
        if (text) this.addText(text);
      }
    });
    this.dropZone.addEventListener('paste', (e) => {
      const files = [...(e.clipboardData?.files || [])];
      const text = e.clipboardData?.getData('text/plain');
      if (files.length || text) e.preventDefault();
      if (files.length) this.addFiles(files);
      else if (text) this.addText(text);
    });
  }

  async boot() {
    const demo = this.getAttribute('demo');
    try {
      // The demo files are fetched while the saved drop is looked up; they are shown only when
      // nothing was saved.
      const demoFiles = demo ? Controller.fetchDemo(demo) : null;
      demoFiles?.catch(() => {});
      if (await this.controller.restore()) {
        await this.run('Restored your last drop.');
        return;
      }
      if (demo) {
        this.controller.useDemo(await demoFiles);
        await this.run('Showing the demo set: four invented articles about one invented event. Drop your own to replace it.');
        return;
      }
      await this.controller.ready();
      this.status.textContent = 'Drop articles to compare them.';
      this.renderEmpty();
    } catch (e) {
      this.fail(e);
    }
  }

  // ---- input -----------------------------------------------------------------------------

  addFiles(fileList) {
    this.controller.addFiles(fileList);
    return this.run();
  }

  addText(text) {
    this.controller.addText(text);
    return this.run();
  }

  togglePaste(show = this.pasteForm.hidden) {
    this.pasteForm.hidden = !show;
    if (show) this.pasteArea.focus();
  }

  submitPaste() {
    const text = this.pasteArea.value;
    if (!text.trim()) { this.pasteArea.focus(); return; }
    this.pasteArea.value = '';
    this.togglePaste(false);
    this.addText(text);
  }

  /** Host API: analyse these articles (replacing the current drop). */
  analyze(files) {
    this.controller.setInputs(files);
    return this.run();
  }

  clear() {
    this.controller.clear();
    this.status.textContent = 'Cleared. Drop articles to compare them.';
    this.renderEmpty();
    this.emit('parallax-report', { report: null });
  }

  cancel() {
    this.controller.cancel();
  }

  /** Applies a reader's correction to one document and analyses again. */
  correct(index, fields) {
    if (!this.controller.correct(index, fields)) return undefined;
    return this.run('Applied your correction.');
  }

  removeDocument(index) {
    if (!this.controller.remove(index)) { this.clear(); return undefined; }
    return this.run();
  }

  exportAs(format) {
    return this.controller.export(format);
  }

  async downloadExport(x) {
    try {
      download(x.file, await this.controller.export(x.format), x.type);
    } catch (e) {
      this.fail(e);
    }
  }

  // ---- analysis --------------------------------------------------------------------------

  async run(doneMessage) {
    const total = this.controller.files.length;
    this.progress.hidden = false;
    this.progressBar.value = 0;
    this.progressText.textContent = `Reading files 0 of ${total}…`;
    this.status.textContent = `Analysing ${plural(total, 'file')}…`;
    const t0 = performance.now();
    try {
      const out = await this.controller.run((p) => this.onProgress(p, total));
      if (out.stale) return this.report;
      if (out.cancelled) {
        this.status.textContent = this.report ? 'Cancelled. Showing the previous report.' : 'Cancelled.';
        return this.report;
      }
      const { report, metrics } = out;
      this.renderReport();
      metrics.roundTripMs = performance.now() - t0;
      this.status.textContent = doneMessage || this.summary(report, out.counts);
      this.emit('parallax-report', { report, metrics });
      return report;
    } catch (e) {
      this.fail(e);
      throw e;
    } finally {
      if (!this.controller.busy) this.progress.hidden = true;
    }
  }

  onProgress(p, total) {
    if (p.phase === 'read') {
      this.progressBar.value = (p.done / Math.max(1, p.total)) * 0.5;
      this.progressText.textContent = `Reading files ${p.done} of ${p.total}…`;
    } else if (p.phase === 'analyse') {
      const k = Math.max(0, STAGES.indexOf(p.stage));
      // Files are read during the ingest stage: its progress is the reading's.
      if (k > 0) this.progressBar.value = 0.5 + (k / STAGES.length) * 0.5;
      if (k > 0) this.progressText.textContent = `Analysing ${plural(total, 'file')}: ${p.stage}…`;
    }
    this.emit('parallax-progress', p);
  }

  fail(e) {
    const message = String(e?.message || e);
    this.status.textContent = `Something went wrong: ${message}`;
    this.emit('parallax-error', { message });
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The status line; `counts.disagreements` comes with the report (the worker counted them). */
  summary(r, counts) {
    return `${plural(r.documents.length, 'document')} · ${plural(r.entities.length, 'entity', 'entities')} · ` +
      `${plural(r.timeline.length, 'timeline item')} · ${plural(r.claims.length, 'claim')} (${counts?.disagreements ?? 0} with disagreement)`;
  }

  // ---- rendering -------------------------------------------------------------------------

  renderEmpty() {
    this.exportBar.hidden = true;
    this.view.empty();
  }

  renderReport() {
    const report = this.report;
    if (!report) { this.renderEmpty(); return; }
    this.exportBar.hidden = false;
    this.view.show(report, this.panelList()).then((whole) => {
      if (whole && this.report === report) this.emit('parallax-rendered', { report });
    });
  }
}

if (!customElements.get('parallax-compare')) customElements.define('parallax-compare', ParallaxCompare);
