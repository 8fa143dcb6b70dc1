// Agreement table: one row per claim, one column per outlet, and in each cell what that outlet
// does with the claim (asserts, differs with its own value, contradicts, or is silent), shown as a
// symbol, a word and a colour. A cell with a quote opens it in its paragraph. Filters (disagreements,
// single-outlet facts, an entity, words), a sort choice, a per-outlet summary and "Copy row".
// Scales by paging rows and windowing document columns (the first render builds a screenful of
// rows, the rest of the first page follows in later tasks); per-claim counts are computed lazily, the
// per-outlet summary in slices after the first paint, and the entity filter lists at most the
// MAX_ENTITY_OPTIONS most-mentioned names (a select of thousands is slow to lay out and to use).

import { h, clear, STANCES, paged, columnWindow } from '../dom.js';

const PAGE = 50;
/** Rows built in the task the report arrives in (about a screenful); the rest of the page follows. */
const FIRST_ROWS = 16;
/** Up to this many cells (claims x documents) everything is counted at once; above, in slices. */
const SYNC_CELLS = 100_000;
const SLICE_CELLS = 50_000;
const MAX_ENTITY_OPTIONS = 200;
const SORTS = [
  { key: 'report', label: 'Report order' },
  { key: 'disagree', label: 'Most disagreement' },
  { key: 'outlets', label: 'Most outlets' },
];
const TYPE_GROUPS = [['person', 'People'], ['place', 'Places'], ['organization', 'Organizations'], ['other', 'Other']];

const stanceOf = (x) => STANCES[x?.stance] || STANCES.silent;
const isSilent = (x) => !x || x.stance === 'silent' || !STANCES[x.stance];
const isDisagree = (x) => x && (x.stance === 'differs' || x.stance === 'contradicts');
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const cut = (text, n) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

/** The per-claim counts the filters, sorts, tags and summary use. */
function claimStat(c) {
  const reporting = [];
  const disagreeing = [];
  let contradicts = false;
  const cells = c.cells || {};
  // for...in over the cells is several times faster than a lookup per document id on big reports.
  for (const id in cells) {
    const x = cells[id];
    if (isSilent(x)) continue;
    reporting.push(id);
    if (isDisagree(x)) {
      disagreeing.push(id);
      if (x.stance === 'contradicts') contradicts = true;
    }
  }
  return { reporting, disagreeing, contradicts };
}

/** The shown value of a cell, or null: differs/contradicts always, asserts when it is not the quote. */
function shownValue(x) {
  const v = x.value == null ? '' : String(x.value).replace(/\s+/g, ' ').trim();
  if (!v || isSilent(x)) return null;
  if (isDisagree(x)) return v;
  return v !== String(x.quote || '').replace(/\s+/g, ' ').trim() && v.length <= 60 ? v : null;
}

/** Byte offsets of `quote` in `body` when the report gives none (whitespace may differ). */
function locate(body, quote) {
  if (!body || !quote) return null;
  const pattern = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const m = new RegExp(pattern).exec(body);
  if (!m) return null;
  const enc = new TextEncoder();
  const start = enc.encode(body.slice(0, m.index)).length;
  return { start, end: start + enc.encode(m[0]).length };
}

export function renderAgreement(root, report, ctx) {
  const claims = report.claims || [];
  const docs = report.documents || [];
  const entities = report.entities || [];
  const docIds = docs.map((d) => d.id);
  // Reprints of one wire copy count as one outlet when telling shared facts from single ones.
  const copyOf = new Map(docs.map((d) => [d.id, d.copy_of || d.id]));
  const sources = (ids) => new Set(ids.map((id) => copyOf.get(id) || id)).size;
  const uid = `${ctx.uid}-agr`;
  const total = claims.length;

  root.append(h('p', { class: 'px-panel-intro' },
    `${plural(total, 'claim')} from ${plural(docs.length, 'document')}. Each row is a claim, each column an outlet; `,
    'a cell says what that outlet does with the claim. Choose a cell to read its quote in its paragraph.'),
  h('p', { class: 'px-agr-legend' }, ['asserts', 'differs', 'contradicts', 'silent'].map((k) => h('span', { class: ['px-agr-key', STANCES[k].cls] },
    h('span', { class: 'px-agr-sym', 'aria-hidden': 'true' }, STANCES[k].symbol), ' ', STANCES[k].label,
    h('span', { class: 'px-agr-keyhelp' }, {
      asserts: ': reports it', differs: ': reports it with another value', contradicts: ': denies it or reports the opposite', silent: ': does not report it',
    }[k])))));
  const omitted = Number(report.claims_omitted) || 0;
  if (omitted > 0) {
    root.append(h('p', { class: 'px-agr-omitted', role: 'note' },
      `${plural(omitted, 'more claim')}, each reported by the fewest outlets, ${omitted === 1 ? 'is' : 'are'} not shown: `,
      'a table for this many documents keeps the claims most outlets share. The JSON export lists what is shown.'));
  }
  if (!total) {
    root.append(h('p', { class: 'px-empty' }, docs.length < 2
      ? 'No claims yet: add articles from other outlets about the same story to compare what they report.'
      : 'No claims were found in these documents.'));
    return;
  }

  // ---- counts (lazy per claim; everything at once only when small) -----------------------
  const stats = new Array(total);
  const stat = (i) => stats[i] || (stats[i] = claimStat(claims[i]));
  const small = total * Math.max(1, docIds.length) <= SYNC_CELLS;
  const hay = new Array(total);
  const haystack = (i) => {
    if (hay[i] === undefined) {
      const c = claims[i];
      const parts = [c.claim, c.kind];
      for (const id of stat(i).reporting) { const x = c.cells[id]; parts.push(x.quote, x.value); }
      hay[i] = parts.filter(Boolean).join('\n').toLowerCase();
    }
    return hay[i];
  };

  // ---- state and controls ----------------------------------------------------------------
  const state = { disagree: false, single: false, entity: '', query: '', sort: small ? 'disagree' : 'report' };

  const toggle = (label, key, help) => {
    const b = h('button', { type: 'button', class: 'px-btn px-agr-toggle', 'aria-pressed': 'false', title: help }, label);
    b.addEventListener('click', () => {
      state[key] = !state[key];
      b.setAttribute('aria-pressed', String(state[key]));
      refresh();
    });
    return b;
  };
  const disBtn = toggle('Disagreements only', 'disagree', 'Claims where an outlet differs or contradicts');
  const singleBtn = toggle('Single-outlet facts only', 'single', 'Claims only one outlet reports');

  const listed = listedEntities(entities);
  const groups = TYPE_GROUPS.map(([type, name]) => {
    const opts = [];
    for (const i of listed) {
      const e = entities[i];
      if ((TYPE_GROUPS.some(([t]) => t === e.type) ? e.type : 'other') === type) opts.push(h('option', { value: String(i) }, e.name));
    }
    return opts.length ? h('optgroup', { label: name }, opts) : null;
  });
  const unlisted = entities.length - listed.length;
  const entitySel = h('select', { id: `${uid}-entity`, disabled: !entities.length },
    h('option', { value: '' }, entities.length ? 'Any entity' : 'No entities'), groups,
    unlisted ? h('option', { disabled: true, value: '-' }, `(${plural(unlisted, 'less-mentioned name')} not listed)`) : null);
  entitySel.addEventListener('change', () => { state.entity = entitySel.value; refresh(); });

  const search = h('input', { type: 'search', id: `${uid}-q`, class: 'px-agr-search', placeholder: 'Words in a claim or quote', autocomplete: 'off' });
  let searchTimer = 0;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { state.query = search.value.trim().toLowerCase(); refresh(); }, 120);
  });

  const sortBtns = SORTS.map((s) => {
    const b = h('button', { type: 'button', class: 'px-btn px-small px-agr-sort', 'aria-pressed': String(state.sort === s.key), dataset: { sort: s.key } }, s.label);
    b.addEventListener('click', () => {
      state.sort = s.key;
      for (const o of sortBtns) o.setAttribute('aria-pressed', String(o === b));
      refresh();
    });
    return b;
  });

  const count = h('p', { class: 'px-agr-count', role: 'status', 'aria-live': 'polite', id: `${uid}-count` });
  const copyStatus = h('p', { class: 'px-agr-copystatus', role: 'status', 'aria-live': 'polite' });
  const fallbackBox = h('div', { class: 'px-agr-fallback', hidden: true },
    h('label', { for: `${uid}-copytext` }, 'Copy this text (Ctrl+C or ⌘C):'),
    h('textarea', { id: `${uid}-copytext`, rows: '5', readonly: true }));

  root.append(h('div', { class: 'px-agr-controls', role: 'group', 'aria-label': 'Filter and sort the claims' },
    h('div', { class: 'px-agr-filters' }, disBtn, singleBtn,
      h('span', { class: 'px-agr-field' }, h('label', { for: `${uid}-entity` }, 'Entity'), entitySel),
      h('span', { class: 'px-agr-field px-agr-field-q' }, h('label', { for: `${uid}-q` }, 'Search'), search)),
    h('div', { class: 'px-agr-sorts', role: 'group', 'aria-label': 'Sort the claims' }, h('span', { class: 'px-agr-sortlabel' }, 'Sort:'), sortBtns)),
  count, copyStatus, fallbackBox);

  // ---- the table ---------------------------------------------------------------------------
  const width = window.innerWidth || 1000; // (the container's width would force a layout)
  const colSize = ctx.compact || width < 640 ? 4 : 8;
  let visible = docIds.slice(0, colSize);
  const thead = h('thead');
  const tbody = h('tbody');
  const table = h('table', { class: 'px-agr-table', 'aria-describedby': `${uid}-count` },
    h('caption', { class: 'px-visually-hidden' }, 'Claims (rows) and what each outlet (columns) reports about them'), thead, tbody);
  const wrap = h('div', { class: 'px-agr-wrap', role: 'region', tabindex: '0', 'aria-label': 'Agreement table (scrolls sideways)' }, table);
  const none = h('div', { class: 'px-agr-none', hidden: true },
    h('p', {}, 'No claims match these filters.'),
    h('button', { type: 'button', class: 'px-btn', on: { click: () => clearFilters() } }, 'Clear the filters'));
  const box = h('div', { class: 'px-agr-box' }, wrap);
  const cw = columnWindow(docIds, colSize, (ids) => { visible = ids; renderColumns(); }, ctx.label);
  root.append(cw.bar, box, none);

  let rendered = []; // [{tr, ci}]

  function renderHead() {
    clear(thead);
    thead.append(h('tr', {},
      h('th', { scope: 'col', class: 'px-agr-claim px-agr-corner' }, 'Claim'),
      visible.map((id) => h('th', { scope: 'col', class: 'px-agr-outlet', dataset: { doc: id }, title: ctx.doc(id)?.title || null }, ctx.label(id)))));
    // Fixed table layout: equal outlet columns, and a minimum width (from the CSS) per column.
    table.style.setProperty('--px-agr-n', String(visible.length));
  }

  function renderCell(ci, id) {
    const c = claims[ci];
    const x = c.cells?.[id] || { stance: 'silent' };
    const S = stanceOf(x);
    if (isSilent(x)) {
      // The lightest cell, text only: most cells of a big report are silent.
      return h('td', { class: 'px-agr-cell px-agr-plain st-silent', dataset: { stance: 'silent', doc: id } }, `${S.symbol} ${S.label}`);
    }
    if (!x.quote) {
      const val = shownValue(x);
      return h('td', { class: ['px-agr-cell', 'px-agr-plain', S.cls], dataset: { stance: x.stance, doc: id } },
        h('span', { class: 'px-agr-st' }, `${S.symbol} ${S.label}`), val ? h('span', { class: 'px-agr-val' }, cut(val, 70)) : null);
    }
    const val = shownValue(x);
    const content = [
      h('span', { class: 'px-agr-st' }, h('span', { class: 'px-agr-sym', 'aria-hidden': 'true' }, S.symbol), ' ', S.label),
      val ? h('span', { class: 'px-agr-val', title: val.length > 70 ? val : null }, isDisagree(x) ? `${S.symbol} ` : '', cut(val, 70)) : null,
    ];
    return h('td', { class: ['px-agr-cell', S.cls], dataset: { stance: x.stance, doc: id } },
      h('button', { type: 'button', class: 'px-agr-q', title: cut(String(x.quote), 300), on: { click: () => openQuote(ci, id) } },
        content, h('span', { class: 'px-visually-hidden' }, ' (show the quote)')));
  }

  function renderRow(ci) {
    const c = claims[ci];
    const st = stat(ci);
    const dis = st.disagreeing.length > 0;
    const only = st.reporting.length === 1 && docIds.length > 1;
    const copy = h('button', { type: 'button', class: 'px-btn px-small px-agr-copy', 'aria-label': `Copy row: ${cut(c.claim, 80)}` }, 'Copy row');
    copy.addEventListener('click', () => copyRow(ci, copy));
    const tr = h('tr', { class: ['px-agr-row', dis && 'px-agr-dis', st.contradicts && 'px-agr-contra', only && 'px-agr-only'], dataset: { claim: String(ci) } },
      h('th', { scope: 'row', class: 'px-agr-claim' },
        h('span', { class: 'px-agr-claimtext' }, c.claim),
        h('span', { class: 'px-agr-meta' },
          c.kind ? h('span', { class: 'px-agr-kind' }, c.kind) : null,
          h('span', { class: 'px-agr-reach' }, `${st.reporting.length} of ${plural(docIds.length, 'outlet')}`),
          dis ? h('span', { class: 'px-agr-tag px-agr-tag-dis' }, st.contradicts ? '✗ disagreement' : '≠ disagreement') : null,
          only ? h('span', { class: 'px-agr-tag px-agr-tag-only' }, `only in ${ctx.label(st.reporting[0])}`) : null,
          sources(st.reporting) < st.reporting.length
            ? h('span', { class: 'px-agr-tag px-agr-tag-wire', title: 'Some of these outlets print one wire copy; a reprint is not an independent confirmation' },
              `wire copy: ${plural(sources(st.reporting), 'independent source')}`)
            : null,
          copy)),
      visible.map((id) => renderCell(ci, id)));
    rendered.push({ tr, ci });
    return tr;
  }

  function renderColumns() {
    renderHead();
    for (const { tr, ci } of rendered) {
      while (tr.children.length > 1) tr.lastChild.remove();
      for (const id of visible) tr.append(renderCell(ci, id));
    }
  }

  // ---- filtering and sorting -------------------------------------------------------------
  function entityHits(i, e) {
    const c = claims[i];
    const names = [e.name, ...(e.aliases || [])].filter(Boolean).map((n) => n.toLowerCase());
    for (const id of stat(i).reporting) {
      const x = c.cells[id];
      const spans = e.spans?.[id];
      if (e.spans && x.start != null && x.end != null) {
        if (spans && spans.some(([s, t]) => s < x.end && t > x.start)) return true;
      } else {
        const q = String(x.quote || '').toLowerCase();
        if (names.some((n) => q.includes(n))) return true;
      }
    }
    return false;
  }

  function rowsNow() {
    const e = state.entity === '' ? null : entities[Number(state.entity)];
    const filtering = state.disagree || state.single || e || state.query;
    let rows = [];
    if (!filtering) for (let i = 0; i < total; i++) rows.push(i);
    else {
      for (let i = 0; i < total; i++) {
        const st = stat(i);
        if (state.disagree && !st.disagreeing.length) continue;
        if (state.single && st.reporting.length !== 1) continue;
        if (e && !entityHits(i, e)) continue;
        if (state.query && !haystack(i).includes(state.query)) continue;
        rows.push(i);
      }
    }
    if (state.sort !== 'report') {
      const a = state.sort === 'disagree' ? 'disagreeing' : 'reporting';
      const b = state.sort === 'disagree' ? 'reporting' : 'disagreeing';
      rows = rows.sort((x, y) => (stat(y)[a].length - stat(x)[a].length) || (stat(y)[b].length - stat(x)[b].length) || (x - y));
    }
    return rows;
  }

  let generation = 0;
  /** Shows the rows of the current filters and sort. On the first render only a screenful of rows
   * is built at once, the rest of the first page in later tasks (ahead of the other panels). */
  function refresh(first = false) {
    const gen = ++generation;
    const rows = rowsNow();
    for (const m of box.querySelectorAll('.px-more')) m.remove();
    clear(tbody);
    rendered = [];
    count.textContent = `${rows.length} of ${plural(total, 'claim')}`;
    wrap.hidden = !rows.length;
    none.hidden = rows.length > 0;
    // A later chunk of rows is dropped once the filters have changed again.
    const defer = first && ctx.defer && !ctx.isPrinting?.()
      ? (job) => ctx.defer(() => { if (gen === generation) job(); }, { next: true }) : null;
    // Rows go into the tbody from renderItem; paged() only adds the "Show more" button after the wrapper.
    paged(wrap, rows, (ci) => { tbody.append(renderRow(ci)); return null; }, PAGE, 'claims', { first: FIRST_ROWS, defer });
  }

  function clearFilters() {
    state.disagree = false; state.single = false; state.entity = ''; state.query = '';
    disBtn.setAttribute('aria-pressed', 'false');
    singleBtn.setAttribute('aria-pressed', 'false');
    entitySel.value = '';
    search.value = '';
    refresh();
    disBtn.focus();
  }

  // ---- quotes and copying ----------------------------------------------------------------
  function openQuote(ci, id) {
    const c = claims[ci];
    const x = c.cells[id];
    const S = stanceOf(x);
    let { start, end } = x;
    if (start == null || end == null) ({ start, end } = locate(ctx.doc(id)?.body, x.quote) || { start: 0, end: 0 });
    const v = x.value == null ? '' : String(x.value);
    const showV = v && v !== x.quote;
    ctx.showQuote({
      doc: id, start, end, value: v || null, title: c.claim,
      note: `${S.symbol} ${S.label}${showV ? `: ${v}` : ''}${start === end ? ` — “${x.quote}”` : ''}`,
    });
  }

  function rowText(ci) {
    const c = claims[ci];
    const lines = [`${c.claim}${c.kind ? ` (${c.kind})` : ''}`];
    const silent = [];
    for (const id of docIds) {
      const x = c.cells?.[id];
      if (isSilent(x)) { silent.push(ctx.label(id)); continue; }
      const S = stanceOf(x);
      const v = x.value == null ? '' : String(x.value);
      lines.push(`${ctx.label(id)}: ${S.symbol} ${S.label}${v && v !== x.quote ? ` (${v})` : ''}${x.quote ? ` — “${x.quote}”` : ''}`);
    }
    if (silent.length) lines.push(`${STANCES.silent.symbol} ${STANCES.silent.label}: ${silent.join(', ')}`);
    return lines.join('\n');
  }

  async function copyRow(ci, button) {
    const text = rowText(ci);
    const said = `“${cut(claims[ci].claim, 60)}”`;
    let ok = false;
    try {
      if (navigator.clipboard?.writeText) { await navigator.clipboard.writeText(text); ok = true; }
    } catch { ok = false; }
    if (ok) {
      fallbackBox.hidden = true;
      copyStatus.textContent = `Copied ${said} to the clipboard.`;
    } else {
      const area = fallbackBox.querySelector('textarea');
      area.value = text;
      fallbackBox.hidden = false;
      area.focus();
      area.select();
      let done = false;
      try { done = document.execCommand('copy'); } catch { done = false; }
      copyStatus.textContent = done ? `Copied ${said} to the clipboard.` : `The clipboard is not available: the row ${said} is selected below, copy it from there.`;
    }
    if (ok) {
      button.textContent = 'Copied';
      setTimeout(() => { button.textContent = 'Copy row'; }, 1500);
    }
  }

  // ---- per-outlet summary ----------------------------------------------------------------
  const summary = h('section', { class: 'px-agr-summary', 'aria-labelledby': `${uid}-sum` },
    h('h3', { id: `${uid}-sum` }, 'By outlet'),
    h('p', { class: 'px-agr-sumhelp' }, `Across all ${plural(total, 'claim')}: how many each outlet shares with at least one other outlet (a reprint of the same wire copy does not count), `,
      'how many only it reports, and on how many it differs from or contradicts the others.'));
  const sumBody = h('div', { class: 'px-agr-sumbody' }, h('p', { class: 'px-agr-counting' }, 'Counting…'));
  summary.append(sumBody);
  root.append(summary);

  function renderSummary() {
    const index = new Map(docIds.map((id, k) => [id, k]));
    const shared = new Uint32Array(docIds.length);
    const alone = new Uint32Array(docIds.length);
    const differ = new Uint32Array(docIds.length);
    for (let i = 0; i < total; i++) {
      const st = stat(i);
      const arr = sources(st.reporting) > 1 ? shared : alone;
      for (const id of st.reporting) { const k = index.get(id); if (k !== undefined) arr[k] += 1; }
      for (const id of st.disagreeing) { const k = index.get(id); if (k !== undefined) differ[k] += 1; }
    }
    clear(sumBody);
    const tb = h('tbody');
    const wrapS = h('div', { class: 'px-agr-sumwrap' }, h('table', { class: 'px-agr-sumtable' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Outlet'),
        h('th', { scope: 'col' }, 'Shared with another outlet'),
        h('th', { scope: 'col' }, 'Only this outlet'),
        h('th', { scope: 'col' }, 'Differs or contradicts'))), tb));
    sumBody.append(wrapS);
    paged(wrapS, docIds, (id, k) => {
      tb.append(h('tr', { dataset: { doc: id } },
        h('th', { scope: 'row' }, ctx.label(id)),
        h('td', { dataset: { k: 'shared' } }, String(shared[k])),
        h('td', { dataset: { k: 'alone' } }, String(alone[k])),
        h('td', { dataset: { k: 'differs' }, class: differ[k] ? 'px-agr-hasdiff' : null }, String(differ[k]))));
      return null;
    }, 20, 'outlets');
  }

  // ---- first render ------------------------------------------------------------------------
  cw.update();
  refresh(true);
  if (small) {
    renderSummary();
  } else {
    // Big reports: count in slices after the first paint so the table shows at once.
    // ctx.defer runs each slice in a task of its own and drops them with the report.
    const defer = ctx.defer || ((job) => setTimeout(job, 0));
    const step = Math.max(1, Math.floor(SLICE_CELLS / Math.max(1, docIds.length)));
    let i = 0;
    const note = sumBody.firstChild;
    const slice = () => {
      if (!root.isConnected) return;
      const until = Math.min(total, i + step);
      for (; i < until; i++) stat(i);
      if (i < total) { note.textContent = `Counting… (${i} of ${total} claims)`; defer(slice); } else renderSummary();
    };
    defer(slice);
  }
}

/** Indices of the entities the filter lists: all of them, or the most mentioned, in report order. */
function listedEntities(entities) {
  const all = entities.map((_, i) => i);
  if (entities.length <= MAX_ENTITY_OPTIONS) return all;
  const mentions = entities.map((e) => {
    let n = 0;
    for (const id in e.mentions || {}) n += Number(e.mentions[id]) || 0;
    return n;
  });
  return all.sort((a, b) => mentions[b] - mentions[a] || a - b).slice(0, MAX_ENTITY_OPTIONS).sort((a, b) => a - b);
}
