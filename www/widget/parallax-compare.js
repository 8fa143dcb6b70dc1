// <parallax-compare>: the whole Parallax reader in one custom element. It owns a Shadow DOM (host
// CSS cannot reach in, its CSS cannot leak out), runs the analysis in a Web Worker beside this
// module, and renders the report's panels. It only renders: every finding comes from the core.
//
// Attributes: panels="documents timeline entities claims" (which panels, in that order),
// theme="auto|light|dark", compact (narrow layout), demo="URL of a JSON list of demo files",
// persist="key" (keep the drop in IndexedDB under that key), no-drop (host-fed only).
// API: el.analyze([{name, text} | {name, bytes} | File]) -> Promise<report>, el.clear(),
// el.cancel(), el.report, el.rendering, el.exportAs(format). Events: parallax-report {report,
// metrics} (the report is in and its active panel rendered), parallax-rendered {report} (every
// panel rendered), parallax-progress {phase, done, total, stage}, parallax-error {message}.
//
// A report renders its active panel first, in the task it arrives in; the other panels follow in
// later tasks, one per frame, so a big report never holds the page for long. Opening a tab whose
// panel has not been rendered yet renders it at once; a new report drops the pending renders.
// A panel may draw a first screenful at once and the rest in later tasks (ctx.defer, with
// `{next: true}` ahead of the other panels); parallax-rendered waits for those too.

import { h, clear, docLabel, quoteInContext, download } from './dom.js';
import { Client } from './client.js';
import { JobQueue } from './schedule.js';
import { saveDrop, loadDrop } from './store.js';
import { renderDocuments } from './panels/documents.js';
import { renderTimeline } from './panels/timeline.js';
import { renderEntities } from './panels/entities.js';
import { renderAgreement } from './panels/agreement.js';

const PANELS = {
  documents: { title: 'Documents', render: renderDocuments },
  timeline: { title: 'Timeline', render: renderTimeline },
  entities: { title: 'Entities', render: renderEntities },
  claims: { title: 'Agreement table', render: renderAgreement },
};
const DEFAULT_PANELS = ['claims', 'timeline', 'entities', 'documents'];
const STYLES = ['parallax.css', 'panels/documents.css', 'panels/timeline.css', 'panels/entities.css',
  'panels/agreement.css'];
const EXPORTS = [
  { format: 'json', label: 'Report (JSON)', file: 'parallax-report.json', type: 'application/json' },
  { format: 'csv-claims', label: 'Agreement table (CSV)', file: 'parallax-claims.csv', type: 'text/csv' },
  { format: 'csv-entities', label: 'Entities (CSV)', file: 'parallax-entities.csv', type: 'text/csv' },
  { format: 'markdown', label: 'Whole report (Markdown)', file: 'parallax-report.md', type: 'text/markdown' },
];

let instances = 0;

export class ParallaxCompare extends HTMLElement {
  static get observedAttributes() { return ['panels', 'compact', 'theme']; }

  constructor() {
    super();
    this.uid = `px${++instances}`;
    this.files = [];
    this.isDemo = false;
    this._report = null;
    this.metrics = null;
    this.activePanel = null;
    this.busy = null;
    this.pasteCount = 0;
    this.printing = false;
    this.queue = new JobQueue();
    this.attachShadow({ mode: 'open' });
  }

  get report() { return this._report; }

  /** True while panels of the report on screen are still waiting to be rendered. */
  get rendering() { return this.queue.pending; }

  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.client = new Client(new URL('./worker.js', import.meta.url));
    this.build();
    // Printing shows every panel: the ones not rendered yet are rendered first.
    window.addEventListener('beforeprint', () => {
      if (!this.isConnected) return;
      this.printing = true;
      this.renderAllPanels();
    });
    window.addEventListener('afterprint', () => { this.printing = false; });
    this.boot();
  }

  attributeChangedCallback() {
    if (this.built && this._report) this.renderReport();
  }

  panelList() {
    const asked = (this.getAttribute('panels') || '').split(/[\s,]+/).filter((p) => PANELS[p]);
    return asked.length ? asked : DEFAULT_PANELS;
  }

  // ---- structure -------------------------------------------------------------------------

  build() {
    const root = this.shadowRoot;
    for (const href of STYLES) root.append(h('link', { rel: 'stylesheet', href: new URL(href, import.meta.url).href }));
    this.input = h('input', {
      type: 'file', multiple: true, class: 'px-visually-hidden', id: `${this.uid}-pick`,
      accept: '.txt,.html,.htm,.md,.markdown,.xhtml,.text,text/*',
      on: { change: () => { this.addFiles([...this.input.files]); this.input.value = ''; } },
    });
    this.dropZone = h('div', { class: 'px-drop', tabindex: '0', role: 'group', 'aria-label': 'Add articles' },
      h('p', { class: 'px-drop-title' }, 'Drop articles here'),
      h('p', { class: 'px-drop-sub' }, 'Text, HTML, Markdown or saved pages, from different outlets about one story. ',
        'They are analysed in this browser and never leave it.'),
      h('div', { class: 'px-drop-actions' },
        this.input,
        h('label', { class: 'px-btn px-primary', for: `${this.uid}-pick` }, 'Choose files…'),
        h('button', { type: 'button', class: 'px-btn', on: { click: () => this.togglePaste() } }, 'Paste text…'),
        this.clearButton = h('button', { type: 'button', class: 'px-btn', on: { click: () => this.clear() } }, 'Clear')));
    this.pasteForm = h('form', { class: 'px-paste', hidden: true, on: { submit: (e) => { e.preventDefault(); this.submitPaste(); } } },
      h('label', { for: `${this.uid}-paste` }, 'Article text'),
      this.pasteArea = h('textarea', { id: `${this.uid}-paste`, rows: '6', placeholder: 'Paste an article (its text or HTML)…' }),
      h('div', { class: 'px-row' },
        h('button', { type: 'submit', class: 'px-btn px-primary' }, 'Add this article'),
        h('button', { type: 'button', class: 'px-btn', on: { click: () => this.togglePaste(false) } }, 'Cancel')));
    this.progress = h('div', { class: 'px-progress', hidden: true },
      this.progressBar = h('progress', { max: '1', value: '0', 'aria-label': 'Analysis progress' }),
      this.progressText = h('span', { class: 'px-progress-text' }),
      h('button', { type: 'button', class: 'px-btn', on: { click: () => this.cancel() } }, 'Cancel'));
    this.status = h('p', { class: 'px-status', role: 'status', 'aria-live': 'polite' }, 'Starting…');
    this.problems = h('div', { class: 'px-problems', role: 'alert', hidden: true });
    this.exportBar = h('div', { class: 'px-exports', hidden: true, role: 'group', 'aria-label': 'Export' },
      h('span', { class: 'px-exports-label' }, 'Export:'),
      EXPORTS.map((x) => h('button', { type: 'button', class: 'px-btn', dataset: { format: x.format }, on: { click: () => this.downloadExport(x) } }, x.label)),
      h('button', { type: 'button', class: 'px-btn', on: { click: () => window.print() } }, 'Print'));
    this.tabs = h('div', { class: 'px-tabs', role: 'tablist', 'aria-label': 'Report panels' });
    this.panelsEl = h('div', { class: 'px-panels' });
    this.dialog = h('dialog', { class: 'px-dialog', 'aria-labelledby': `${this.uid}-dlg-title` },
      h('div', { class: 'px-dialog-head' },
        this.dialogTitle = h('h2', { id: `${this.uid}-dlg-title` }),
        h('button', { type: 'button', class: 'px-btn', 'aria-label': 'Close', on: { click: () => this.dialog.close() } }, '×')),
      this.dialogBody = h('div', { class: 'px-dialog-body' }));
    this.dialog.addEventListener('click', (e) => { if (e.target === this.dialog) this.dialog.close(); });
    this.rootEl = h('div', { class: 'px', part: 'root' },
      this.hasAttribute('no-drop') ? null : this.dropZone, this.pasteForm, this.progress, this.status,
      this.problems, this.exportBar, this.tabs, this.panelsEl, this.dialog);
    root.append(this.rootEl);

    // Drag and drop anywhere on the widget; paste into the drop zone.
    if (!this.hasAttribute('no-drop')) {
      const over = (e) => { if ([...(e.dataTransfer?.types || [])].includes('Files')) { e.preventDefault(); this.rootEl.classList.add('px-dragging'); } };
      this.rootEl.addEventListener('dragenter', over);
      this.rootEl.addEventListener('dragover', over);
      this.rootEl.addEventListener('dragleave', (e) => { if (e.target === this.rootEl || !this.rootEl.contains(e.relatedTarget)) this.rootEl.classList.remove('px-dragging'); });
      this.rootEl.addEventListener('drop', (e) => {
        e.preventDefault();
        this.rootEl.classList.remove('px-dragging');
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
  }

  async boot() {
    const key = this.getAttribute('persist');
    const demo = this.getAttribute('demo');
    try {
      // The demo files are fetched while the saved drop is looked up; they are shown only when
      // nothing was saved.
      const demoFiles = demo ? this.fetchDemo(demo) : null;
      demoFiles?.catch(() => {});
      const saved = key ? await loadDrop(key) : null;
      if (saved) {
        this.files = saved.map((f) => ({ ...f, size: f.blob?.size ?? 0 }));
        this.isDemo = false;
        await this.run('Restored your last drop.');
        return;
      }
      if (demo) {
        await this.showDemo(await demoFiles);
        return;
      }
      await this.client.ready;
      this.status.textContent = 'Drop articles to compare them.';
      this.renderEmpty();
    } catch (e) {
      this.fail(e);
    }
  }

  /** The files named in the JSON list at `url`, as {name, text, size}. */
  async fetchDemo(url) {
    const base = new URL(url, document.baseURI);
    const names = await (await fetch(base)).json();
    return Promise.all(names.map(async (name) => {
      const text = await (await fetch(new URL(name, base))).text();
      return { name, text, size: new TextEncoder().encode(text).length };
    }));
  }

  async showDemo(files) {
    this.files = files;
    this.isDemo = true;
    await this.run('Showing the demo set: four invented articles about one invented event. Drop your own to replace it.');
  }

  // ---- input -----------------------------------------------------------------------------

  addFiles(fileList) {
    const added = fileList.map((f) => ({ name: f.name, blob: f, size: f.size }));
    this.files = this.isDemo ? added : [...this.files, ...added];
    this.isDemo = false;
    return this.run();
  }

  addText(text) {
    this.pasteCount += 1;
    const name = `pasted-${this.pasteCount}.${/^\s*</.test(text) ? 'html' : 'txt'}`;
    const added = { name, text, size: new TextEncoder().encode(text).length };
    this.files = this.isDemo ? [added] : [...this.files, added];
    this.isDemo = false;
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
    this.files = [...files].map((f) => {
      if (typeof Blob !== 'undefined' && f instanceof Blob) return { name: f.name || 'untitled', blob: f, size: f.size };
      const bytes = f.bytes instanceof ArrayBuffer ? new Uint8Array(f.bytes) : f.bytes;
      const size = bytes ? bytes.byteLength : new TextEncoder().encode(String(f.text ?? '')).length;
      return { name: f.name || 'untitled', text: bytes ? undefined : String(f.text ?? ''), bytes, size,
        outlet: f.outlet, published: f.published, title: f.title };
    });
    this.isDemo = false;
    return this.run();
  }

  clear() {
    if (this.busy) this.client.cancel();
    this.files = [];
    this.isDemo = false;
    this._report = null;
    this.metrics = null;
    this.reportFiles = [];
    saveDrop(this.getAttribute('persist'), null);
    this.status.textContent = 'Cleared. Drop articles to compare them.';
    this.problems.hidden = true;
    this.renderEmpty();
    this.dispatchEvent(new CustomEvent('parallax-report', { detail: { report: null }, bubbles: true, composed: true }));
  }

  cancel() {
    if (!this.busy) return;
    this.client.cancel();
  }

  /** Applies a reader's correction to one document and analyses again. */
  correct(index, fields) {
    const f = this.files[index];
    if (!f) return;
    Object.assign(f, fields);
    this.isDemo = false;
    return this.run('Applied your correction.');
  }

  removeDocument(index) {
    this.files.splice(index, 1);
    if (!this.files.length) { this.clear(); return; }
    return this.run();
  }

  async exportAs(format) {
    return this.client.export(format);
  }

  async downloadExport(x) {
    try {
      download(x.file, await this.client.export(x.format), x.type);
    } catch (e) {
      this.fail(e);
    }
  }

  // ---- analysis --------------------------------------------------------------------------

  async run(doneMessage) {
    if (this.busy) this.client.cancel();
    const ticket = {};
    this.busy = ticket;
    const files = this.files.slice();
    const total = files.length;
    this.progress.hidden = false;
    this.progressBar.value = 0;
    this.progressText.textContent = `Reading files 0 of ${total}…`;
    this.status.textContent = `Analysing ${total} file${total === 1 ? '' : 's'}…`;
    const persist = this.isDemo ? null : this.getAttribute('persist');
    const t0 = performance.now();
    try {
      const { report, metrics, counts } = await this.client.analyze(files.map((f) => ({
        name: f.name, blob: f.blob, bytes: f.bytes, text: f.text, outlet: f.outlet || undefined,
        published: f.published || undefined, title: f.title || undefined,
      })), (p) => this.onProgress(p, total), persist);
      if (this.busy !== ticket) return this._report;
      this._report = report;
      this.metrics = metrics;
      this.counts = counts || null;
      this.reportFiles = files;
      this.reportWasDemo = this.isDemo;
      this.renderReport();
      const tRender = performance.now();
      metrics.roundTripMs = tRender - t0;
      this.status.textContent = doneMessage || this.summary(report, this.counts);
      this.dispatchEvent(new CustomEvent('parallax-report', { detail: { report, metrics }, bubbles: true, composed: true }));
      return report;
    } catch (e) {
      if (this.busy !== ticket) return this._report;
      if (e.cancelled) {
        // Back to the drop of the report on screen: the cancelled files are not kept.
        this.files = (this.reportFiles || []).slice();
        this.isDemo = Boolean(this.reportWasDemo);
        if (!this.isDemo) saveDrop(this.getAttribute('persist'), this.files.length ? this.files : null);
        this.status.textContent = this._report ? 'Cancelled. Showing the previous report.' : 'Cancelled.';
        return this._report;
      }
      this.fail(e);
      throw e;
    } finally {
      if (this.busy === ticket) { this.busy = null; this.progress.hidden = true; }
    }
  }

  onProgress(p, total) {
    if (p.phase === 'read') {
      this.progressBar.value = (p.done / Math.max(1, p.total)) * 0.5;
      this.progressText.textContent = `Reading files ${p.done} of ${p.total}…`;
    } else if (p.phase === 'analyse') {
      const order = ['ingest', 'body', 'text', 'time', 'entities', 'claims', 'compare', 'report'];
      const k = Math.max(0, order.indexOf(p.stage));
      this.progressBar.value = 0.5 + (k / order.length) * 0.5;
      this.progressText.textContent = `Analysing ${total} file${total === 1 ? '' : 's'}: ${p.stage}…`;
    }
    this.dispatchEvent(new CustomEvent('parallax-progress', { detail: p, bubbles: true, composed: true }));
  }

  fail(e) {
    const message = String(e?.message || e);
    this.status.textContent = `Something went wrong: ${message}`;
    this.dispatchEvent(new CustomEvent('parallax-error', { detail: { message }, bubbles: true, composed: true }));
  }

  /** The status line; `counts.disagreements` comes with the report (the worker counted them). */
  summary(r, counts) {
    const n = (k, one, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
    const disagreements = counts?.disagreements ?? countDisagreements(r.claims);
    return `${n(r.documents.length, 'document')} · ${n(r.entities.length, 'entity', 'entities')} · ` +
      `${n(r.timeline.length, 'timeline item')} · ${n(r.claims.length, 'claim')} (${disagreements} with disagreement)`;
  }

  // ---- rendering -------------------------------------------------------------------------

  renderEmpty() {
    this.queue.cancel();
    this.panelEls = {};
    this.tabEls = {};
    this.pendingPanels = null;
    clear(this.tabs);
    clear(this.panelsEl);
    this.exportBar.hidden = true;
    this.panelsEl.append(h('div', { class: 'px-empty' },
      h('p', {}, 'No articles yet.'),
      h('p', {}, 'Add two or more articles about the same story: Parallax lines up their timeline, the people, places and ',
        'organizations they name, and which outlet asserts, differs, contradicts or stays silent on each claim.')));
  }

  context(report) {
    const docs = report.documents;
    const byId = new Map(docs.map((d, i) => [d.id, { doc: d, index: i }]));
    const counts = new Map();
    for (const d of docs) counts.set(docLabel(d), (counts.get(docLabel(d)) || 0) + 1);
    const label = (id) => {
      const d = byId.get(id)?.doc;
      if (!d) return id;
      const l = docLabel(d);
      return counts.get(l) > 1 && d.outlet ? `${l} (${d.file})` : l;
    };
    return {
      report,
      docs,
      doc: (id) => byId.get(id)?.doc,
      label,
      compact: this.hasAttribute('compact'),
      uid: this.uid,
      files: this.files,
      showQuote: (opts) => this.showQuote(opts, label),
      showDocument: (id) => this.showDocument(id),
      correct: (id, fields) => this.correct(byId.get(id)?.index, fields),
      remove: (id) => this.removeDocument(byId.get(id)?.index),
      // Follow-up work of a panel, in later tasks; dropped with the report. `{next: true}` runs
      // it ahead of the panels still waiting (the rest of what is already on screen).
      defer: (job, opts) => this.queue.add(job, opts),
      isPrinting: () => this.printing,
    };
  }

  renderReport() {
    const report = this._report;
    if (!report) { this.renderEmpty(); return; }
    this.queue.cancel();
    const ctx = this.context(report);
    const list = this.panelList();
    if (!list.includes(this.activePanel)) this.activePanel = list[0];
    clear(this.tabs);
    clear(this.panelsEl);
    this.panelEls = {};
    this.tabEls = {};
    this.pendingPanels = new Map();
    for (const key of list) {
      const p = PANELS[key];
      const tabId = `${this.uid}-tab-${key}`;
      const panelId = `${this.uid}-panel-${key}`;
      const count = key === 'documents' ? report.documents.length : key === 'timeline' ? report.timeline.length
        : key === 'entities' ? report.entities.length : report.claims.length;
      const tab = h('button', {
        type: 'button', role: 'tab', id: tabId, class: 'px-tab', 'aria-controls': panelId,
        'aria-selected': String(key === this.activePanel), tabindex: key === this.activePanel ? '0' : '-1',
        dataset: { panel: key }, on: { click: () => this.selectPanel(key, true), keydown: (e) => this.tabKey(e, list) },
      }, p.title, h('span', { class: 'px-count' }, String(count)));
      const panel = h('section', { role: 'tabpanel', id: panelId, class: `px-panel px-panel-${key}`, 'aria-labelledby': tabId, tabindex: '0', hidden: key !== this.activePanel, dataset: { panel: key } },
        h('h2', { class: 'px-print-title' }, p.title));
      this.tabs.append(tab);
      this.panelsEl.append(panel);
      this.tabEls[key] = tab;
      this.panelEls[key] = panel;
      this.pendingPanels.set(key, () => this.renderPanel(key, panel, report, ctx));
    }
    this.exportBar.hidden = false;
    this.renderProblems(report);
    // The panel on screen now; the others one per task after it.
    this.ensurePanel(this.activePanel);
    for (const key of list) if (key !== this.activePanel) this.queue.add(() => this.ensurePanel(key));
    this.queue.idle().then(() => {
      if (this._report !== report || this.queue.pending) return;
      this.dispatchEvent(new CustomEvent('parallax-rendered', { detail: { report }, bubbles: true, composed: true }));
    });
  }

  /** Renders the panel `key` of the report on screen if it has not been rendered yet. */
  ensurePanel(key) {
    const render = this.pendingPanels?.get(key);
    if (!render) return;
    this.pendingPanels.delete(key);
    render();
  }

  renderPanel(key, panel, report, ctx) {
    try {
      PANELS[key].render(panel, report, ctx);
    } catch (e) {
      console.error(e);
      panel.append(h('p', { class: 'px-error' }, `This panel could not be shown: ${e.message}`));
    }
  }

  /** Every panel and every deferred job of the report on screen, now (for printing). */
  renderAllPanels() {
    for (const key of [...(this.pendingPanels?.keys() || [])]) this.ensurePanel(key);
    this.queue.flush();
  }

  renderProblems(report) {
    clear(this.problems);
    const bad = report.documents.filter((d) => d.errors.length);
    this.problems.hidden = !bad.length;
    if (!bad.length) return;
    this.problems.append(h('p', {}, `${bad.length} file${bad.length === 1 ? '' : 's'} had problems; the others were analysed:`),
      h('ul', {}, bad.slice(0, 20).map((d) => h('li', {}, h('span', { class: 'px-file' }, d.file), ': ', d.errors.join('; ')))),
      bad.length > 20 ? h('p', {}, `…and ${bad.length - 20} more (see Documents).`) : null);
  }

  selectPanel(key, focus) {
    this.activePanel = key;
    this.ensurePanel(key);
    for (const [k, tab] of Object.entries(this.tabEls || {})) {
      const on = k === key;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      this.panelEls[k].hidden = !on;
    }
    if (focus) this.tabEls[key]?.focus();
  }

  tabKey(e, list) {
    const i = list.indexOf(this.activePanel);
    let j = null;
    if (e.key === 'ArrowRight') j = (i + 1) % list.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + list.length) % list.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = list.length - 1;
    if (j === null) return;
    e.preventDefault();
    this.selectPanel(list[j], true);
  }

  /** Opens the quote viewer: the quote in its paragraph, the value emphasised. */
  showQuote({ doc: id, start, end, value, title, note }, label) {
    const doc = this._report?.documents.find((d) => d.id === id);
    if (!doc) return;
    this.dialogTitle.textContent = title || label(id);
    clear(this.dialogBody);
    this.dialogBody.append(
      h('p', { class: 'px-dialog-meta' }, label(id), doc.title ? ` — ${doc.title}` : '', doc.published ? ` (${doc.published}${doc.published_inferred ? ', inferred' : ''})` : ''),
      note ? h('p', { class: 'px-dialog-note' }, note) : null,
      h('blockquote', { class: 'px-context' }, quoteInContext(doc, start, end, value)),
      h('button', { type: 'button', class: 'px-btn', on: { click: () => { this.dialog.close(); this.showDocument(id); } } }, 'Open the document'));
    if (!this.dialog.open) this.dialog.showModal();
  }

  showDocument(id) {
    if (!this.panelEls?.documents) return;
    this.selectPanel('documents', false);
    const card = this.panelEls.documents.querySelector(`[data-doc="${CSS.escape(id)}"]`);
    if (card) {
      card.dispatchEvent(new CustomEvent('px-open'));
      card.scrollIntoView({ block: 'start' });
      card.focus({ preventScroll: true });
    }
  }
}

/** Claims where at least one outlet differs or contradicts. */
function countDisagreements(claims) {
  let n = 0;
  for (const c of claims) {
    for (const id in c.cells) {
      const st = c.cells[id]?.stance;
      if (st === 'differs' || st === 'contradicts') { n += 1; break; }
    }
  }
  return n;
}

if (!customElements.get('parallax-compare')) customElements.define('parallax-compare', ParallaxCompare);

