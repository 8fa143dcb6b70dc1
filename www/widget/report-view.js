// The report on screen: one tab and one panel per report section, the quote viewer, the list of
// files with problems. Only renders: everything shown comes from the report.
//
// A report renders its active panel first, in the task it arrives in; the other panels follow in
// later tasks, one per frame, so a big report never holds the page for long. Opening a tab whose
// panel has not been rendered yet renders it at once; a new report drops the pending renders.
// A panel may draw a first screenful at once and the rest in later tasks (ctx.defer, with
// `{next: true}` ahead of the other panels). Panels tie whatever outlives a render (window
// listeners, observers) to `ctx.signal`, which is aborted when the report leaves the screen.

import { h, clear, docLabel, quoteInContext } from './dom.js';
import { JobQueue } from './schedule.js';
import { renderDocuments } from './panels/documents.js';
import { renderTimeline } from './panels/timeline.js';
import { renderEntities } from './panels/entities.js';
import { renderAgreement } from './panels/agreement.js';

export const PANELS = {
  documents: { title: 'Documents', render: renderDocuments, count: (r) => r.documents.length },
  timeline: { title: 'Timeline', render: renderTimeline, count: (r) => r.timeline.length },
  entities: { title: 'Entities', render: renderEntities, count: (r) => r.entities.length },
  claims: { title: 'Agreement table', render: renderAgreement, count: (r) => r.claims.length },
};
export const DEFAULT_PANELS = ['claims', 'timeline', 'entities', 'documents'];

export class ReportView {
  /**
   * parts: {tabs, panels, problems, dialog, dialogTitle, dialogBody} (elements of the shell);
   * host: {uid, compact(), files(), correct(index, fields), remove(index), isPrinting()}.
   */
  constructor(parts, host) {
    Object.assign(this, parts);
    this.host = host;
    this.queue = new JobQueue();
    this.report = null;
    this.active = null;
    this.panelEls = {};
    this.tabEls = {};
    this.pending = null;
    this.lifetime = null; // aborted when the report on screen is replaced or taken away
  }

  /** True while panels of the report on screen are still waiting to be rendered. */
  get rendering() { return this.queue.pending; }

  /** Drops what the current render left running (pending panels, listeners, observers). */
  stop() {
    this.queue.cancel();
    this.lifetime?.abort();
    this.lifetime = null;
    this.pending = null;
    if (this.dialog.open) this.dialog.close();
  }

  empty() {
    this.stop();
    this.report = null;
    this.panelEls = {};
    this.tabEls = {};
    clear(this.tabs);
    clear(this.panels);
    this.problems.hidden = true;
    this.panels.append(h('div', { class: 'px-empty' },
      h('p', {}, 'No articles yet.'),
      h('p', {}, 'Add two or more articles about the same story: Parallax lines up their timeline, the people, places and ',
        'organizations they name, and which outlet asserts, differs, contradicts or stays silent on each claim.')));
  }

  context(report, signal) {
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
      compact: this.host.compact(),
      uid: this.host.uid,
      files: this.host.files(),
      showQuote: (opts) => this.showQuote(opts, label),
      showDocument: (id) => this.showDocument(id),
      correct: (id, fields) => this.host.correct(byId.get(id)?.index, fields),
      remove: (id) => this.host.remove(byId.get(id)?.index),
      // Follow-up work of a panel, in later tasks; dropped with the report. `{next: true}` runs
      // it ahead of the panels still waiting (the rest of what is already on screen).
      defer: (job, opts) => this.queue.add(job, opts),
      isPrinting: () => this.host.isPrinting(),
      signal,
    };
  }

  /** Renders `report` with the panels `list`; resolves when every panel is rendered (or the
   * report was replaced first: then to false). */
  show(report, list) {
    this.stop();
    this.report = report;
    this.lifetime = new AbortController();
    const ctx = this.context(report, this.lifetime.signal);
    if (!list.includes(this.active)) this.active = list[0];
    clear(this.tabs);
    clear(this.panels);
    this.panelEls = {};
    this.tabEls = {};
    this.pending = new Map();
    const uid = this.host.uid;
    for (const key of list) {
      const p = PANELS[key];
      const tabId = `${uid}-tab-${key}`;
      const panelId = `${uid}-panel-${key}`;
      const tab = h('button', {
        type: 'button', role: 'tab', id: tabId, class: 'px-tab', 'aria-controls': panelId,
        'aria-selected': String(key === this.active), tabindex: key === this.active ? '0' : '-1',
        dataset: { panel: key }, on: { click: () => this.select(key, true), keydown: (e) => this.tabKey(e, list) },
      }, p.title, h('span', { class: 'px-count' }, String(p.count(report))));
      const panel = h('section', { role: 'tabpanel', id: panelId, class: `px-panel px-panel-${key}`, 'aria-labelledby': tabId, tabindex: '0', hidden: key !== this.active, dataset: { panel: key } },
        h('h2', { class: 'px-print-title' }, p.title));
      this.tabs.append(tab);
      this.panels.append(panel);
      this.tabEls[key] = tab;
      this.panelEls[key] = panel;
      this.pending.set(key, () => renderPanel(key, panel, report, ctx));
    }
    this.renderProblems(report);
    // The panel on screen now; the others one per task after it.
    this.ensure(this.active);
    for (const key of list) if (key !== this.active) this.queue.add(() => this.ensure(key));
    return this.queue.idle().then(() => this.report === report && !this.queue.pending);
  }

  /** Renders the panel `key` of the report on screen if it has not been rendered yet. */
  ensure(key) {
    const render = this.pending?.get(key);
    if (!render) return;
    this.pending.delete(key);
    render();
  }

  /** Every panel and every deferred job of the report on screen, now (for printing). */
  renderAll() {
    for (const key of [...(this.pending?.keys() || [])]) this.ensure(key);
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

  select(key, focus) {
    this.active = key;
    this.ensure(key);
    for (const [k, tab] of Object.entries(this.tabEls)) {
      const on = k === key;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      this.panelEls[k].hidden = !on;
    }
    if (focus) this.tabEls[key]?.focus();
  }

  tabKey(e, list) {
    const i = list.indexOf(this.active);
    let j = null;
    if (e.key === 'ArrowRight') j = (i + 1) % list.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + list.length) % list.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = list.length - 1;
    if (j === null) return;
    e.preventDefault();
    this.select(list[j], true);
  }

  /** Opens the quote viewer: the quote in its paragraph, the value emphasised. */
  showQuote({ doc: id, start, end, value, title, note }, label) {
    const doc = this.report?.documents.find((d) => d.id === id);
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
    if (!this.panelEls.documents) return;
    this.select('documents', false);
    const card = this.panelEls.documents.querySelector(`[data-doc="${CSS.escape(id)}"]`);
    if (card) {
      card.dispatchEvent(new CustomEvent('px-open'));
      card.scrollIntoView({ block: 'start' });
      card.focus({ preventScroll: true });
    }
  }
}

function renderPanel(key, panel, report, ctx) {
  try {
    PANELS[key].render(panel, report, ctx);
  } catch (e) {
    console.error(e);
    panel.append(h('p', { class: 'px-error' }, `This panel could not be shown: ${e.message}`));
  }
}
