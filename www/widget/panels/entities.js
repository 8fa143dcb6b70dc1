// Entities panel: the people, places, organizations and other names the documents mention, one
// row each, with every spelling used and how often each outlet names it (shaded by count, a
// visible gap where an outlet never names it). Sortable, filterable by type and by a search over
// names and aliases (case- and accent-insensitive). A row opens to its mentions in context,
// grouped by outlet, each one openable in the quote viewer.

import { h, s, clear, byteIndexer, paged, columnWindow } from '../dom.js';

const TYPES = [
  { key: 'person', label: 'Person', plural: 'People' },
  { key: 'place', label: 'Place', plural: 'Places' },
  { key: 'organization', label: 'Organization', plural: 'Organizations' },
  { key: 'other', label: 'Other', plural: 'Other' },
];
const TYPE_OF = Object.fromEntries(TYPES.map((t, i) => [t.key, { ...t, order: i }]));

const SORTS = {
  name: { label: 'Name', first: 'ascending' },
  type: { label: 'Type', first: 'ascending' },
  total: { label: 'Mentions', first: 'descending' },
  outlets: { label: 'Outlets', first: 'descending' },
};

const PAGE_ROWS = 50;
const CONTEXT_CHARS = 60;
const GROUPS_PAGE = 10;
const SNIPPETS_PAGE = 5;

/** Lower case without accents: "Núñez" -> "nunez". */
function fold(text) {
  return String(text || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** A small symbol for each type (decorative: the word is always shown beside it). */
function typeIcon(type) {
  const a = { class: 'px-entities-icon', viewBox: '0 0 16 16', width: '14', height: '14', 'aria-hidden': 'true', focusable: 'false' };
  switch (type) {
    case 'person':
      return s('svg', a, s('circle', { cx: '8', cy: '5', r: '3' }), s('path', { d: 'M2.5 15c0-3.3 2.5-5.5 5.5-5.5s5.5 2.2 5.5 5.5z' }));
    case 'place':
      return s('svg', a, s('path', { d: 'M8 1a5 5 0 0 0-5 5c0 3.6 5 9 5 9s5-5.4 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z', 'fill-rule': 'evenodd' }));
    case 'organization':
      return s('svg', a, s('path', { d: 'M2 15V3l6-2v4l6 2v8zm2-2h2v-2H4zm0-4h2V7H4zm0-4h2V3.4L4 4zm5 8h3v-2H9zm0-4h3V8H9z', 'fill-rule': 'evenodd' }));
    default:
      return s('svg', a, s('path', { d: 'M8 1.5 14.5 8 8 14.5 1.5 8z' }));
  }
}

export function renderEntities(root, report, ctx) {
  const docs = report.documents;
  const ids = docs.map((d) => d.id);
  const label = (id) => ctx.label(id);
  const uid = `${ctx.uid}-ent`;
  const multi = docs.length > 1;

  // ---- data, computed once per report ----------------------------------------------------
  let maxCount = 0;
  const entities = report.entities;
  const rows = new Array(entities.length);
  for (let i = 0; i < entities.length; i += 1) {
    const e = entities[i];
    const m = e.mentions || {};
    let total = 0;
    let outlets = 0;
    let solo = null;
    for (const d in m) {
      const n = m[d];
      if (!(n > 0)) continue;
      total += n;
      outlets += 1;
      solo = d;
      if (n > maxCount) maxCount = n;
    }
    rows[i] = { e, i, t: TYPE_OF[e.type] ? e.type : 'other', total, outlets, solo: outlets === 1 ? solo : null, key: null };
  }
  const keyOf = (r) => {
    if (r.key === null) r.key = [r.e.name, ...(r.e.aliases || [])].map(fold).join('\u0000');
    return r.key;
  };

  // Byte offsets -> text: one indexer per document body, built when first needed.
  const indexers = new Map();
  const indexer = (id) => {
    let bx = indexers.get(id);
    if (!bx) { bx = byteIndexer(ctx.doc(id)?.body || ''); indexers.set(id, bx); }
    return bx;
  };

  // ---- UI state (kept across sort/filter changes, reset with each report) ----------------
  const state = { sort: null, dir: null, types: new Set(), query: '', expanded: new Set() };
  const narrow = typeof matchMedia === 'function' && matchMedia('(max-width: 640px)').matches;
  const colSize = ctx.compact || narrow ? 4 : 8;
  // On a narrow screen the counts come right after the name; the spellings go last.
  const aliasesLast = ctx.compact || narrow;
  let visibleIds = ids.slice(0, colSize);
  let visibleLabels = visibleIds.map(label);

  if (!rows.length) {
    root.append(h('p', { class: 'px-panel-intro' }, 'No people, places or organizations were found in these documents.'));
    return;
  }

  // ---- controls ----------------------------------------------------------------------------
  const typeCounts = new Map(TYPES.map((t) => [t.key, 0]));
  const typeButtons = new Map();
  const allButton = h('button', {
    type: 'button', class: 'px-btn px-small px-entities-type-btn', 'aria-pressed': 'true',
    on: { click: () => { state.types.clear(); refresh(); } },
  }, 'All');
  for (const t of TYPES) {
    const count = h('span', { class: 'px-entities-type-count' });
    const btn = h('button', {
      type: 'button', class: 'px-btn px-small px-entities-type-btn', 'aria-pressed': 'false', dataset: { type: t.key },
      on: { click: () => { if (state.types.has(t.key)) state.types.delete(t.key); else state.types.add(t.key); refresh(); } },
    }, typeIcon(t.key), h('span', {}, t.plural), ' ', count);
    typeButtons.set(t.key, { btn, count });
  }
  const search = h('input', {
    type: 'search', id: `${uid}-search`, class: 'px-entities-search', placeholder: 'Name or spelling…',
    autocomplete: 'off', spellcheck: 'false',
  });
  let pending = 0;
  search.addEventListener('input', () => {
    if (pending) return;
    pending = requestAnimationFrame(() => { pending = 0; state.query = fold(search.value.trim()); refresh(); });
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); cancelAnimationFrame(pending); pending = 0; state.query = fold(search.value.trim()); refresh(); }
  });
  const status = h('p', { class: 'px-entities-status', role: 'status', 'aria-live': 'polite' });
  const resetBtn = h('button', {
    type: 'button', class: 'px-btn px-small', hidden: true,
    on: { click: () => { state.types.clear(); state.query = ''; search.value = ''; refresh(); search.focus(); } },
  }, 'Clear filters');

  const toolbar = h('div', { class: 'px-entities-tools' },
    h('div', { class: 'px-entities-types', role: 'group', 'aria-label': 'Show types' },
      h('span', { class: 'px-entities-tools-label', 'aria-hidden': 'true' }, 'Show:'),
      allButton, [...typeButtons.values()].map((b) => b.btn)),
    h('div', { class: 'px-entities-find' },
      h('label', { for: `${uid}-search` }, 'Search'), search, resetBtn));

  // ---- table -------------------------------------------------------------------------------
  const table = h('table', { class: 'px-entities-table' });
  const caption = h('caption', { class: 'px-visually-hidden' });
  const thead = h('thead');
  let tbody = h('tbody');
  table.append(caption, thead, tbody);
  const scroller = h('div', { class: 'px-entities-scroll', role: 'region', tabindex: '0', 'aria-label': 'Entities table (scrolls sideways)' }, table);
  const moreHolder = h('div', { class: 'px-entities-more' });
  const fixed = 5; // name, type, aliases, total, outlets
  const span = () => String(fixed + visibleIds.length);

  const win = columnWindow(ids, colSize, (vis) => {
    visibleIds = vis;
    visibleLabels = vis.map(label);
    renderHead();
    for (const tr of tbody.querySelectorAll(':scope > tr.px-entities-row')) fillDocCells(tr, rows[Number(tr.dataset.row)]);
    for (const td of tbody.querySelectorAll(':scope > tr > td[colspan]')) td.colSpan = Number(span());
  }, label);

  root.append(
    h('p', { class: 'px-panel-intro' },
      `${plural(rows.length, 'name')} found in ${plural(docs.length, 'document')}. Each cell counts how often an outlet names it `,
      '(darker: more often; “–”: never). ',
      multi ? 'Names only one outlet uses are tagged. ' : '',
      'Open a name to read each mention in context.'),
    toolbar, status, win.bar, scroller, moreHolder);

  function sortButton(key) {
    const def = SORTS[key];
    const active = state.sort === key;
    const arrow = active ? (state.dir === 'ascending' ? '▲' : '▼') : '↕';
    return h('button', {
      type: 'button', class: ['px-entities-sort', active && 'px-entities-sort-on'],
      on: { click: () => setSort(key) },
    }, def.label, h('span', { class: 'px-entities-arrow', 'aria-hidden': 'true' }, arrow));
  }

  function sortTh(key, extra) {
    const active = state.sort === key;
    return h('th', { scope: 'col', class: ['px-entities-th', extra], 'aria-sort': active ? state.dir : null, dataset: { sort: key } }, sortButton(key));
  }

  function renderHead() {
    clear(thead);
    thead.append(h('tr', {},
      sortTh('name', 'px-entities-namecol'),
      sortTh('type'),
      aliasesLast ? null : aliasTh(),
      sortTh('total', 'px-entities-num'),
      sortTh('outlets', 'px-entities-num'),
      visibleIds.map((id) => h('th', {
        scope: 'col', class: 'px-entities-th px-entities-doccol', dataset: { doc: id },
        title: ctx.doc(id)?.title || null,
      }, label(id))),
      aliasesLast ? aliasTh() : null));
  }

  function aliasTh() {
    return h('th', { scope: 'col', class: 'px-entities-th px-entities-aliascol' }, 'Other spellings');
  }

  function setSort(key) {
    if (state.sort === key) state.dir = state.dir === 'ascending' ? 'descending' : 'ascending';
    else { state.sort = key; state.dir = SORTS[key].first; }
    renderHead();
    renderBody();
    thead.querySelector(`th[data-sort="${key}"] button`)?.focus();
  }

  function compare(a, b) {
    const byName = a.e.name.localeCompare(b.e.name, undefined, { sensitivity: 'base' });
    let c = 0;
    switch (state.sort) {
      case 'name': c = byName; break;
      case 'type': c = (TYPE_OF[a.e.type]?.order ?? 9) - (TYPE_OF[b.e.type]?.order ?? 9); break;
      case 'total': c = a.total - b.total || a.outlets - b.outlets; break;
      case 'outlets': c = a.outlets - b.outlets || a.total - b.total; break;
      default: return a.i - b.i;
    }
    if (state.dir === 'descending') c = -c;
    return c || (state.sort === 'name' ? 0 : byName) || a.i - b.i;
  }

  function matches(r) {
    return !state.query || keyOf(r).includes(state.query);
  }

  function visibleRows() {
    const counts = { person: 0, place: 0, organization: 0, other: 0 };
    const shown = [];
    const picked = state.types.size ? state.types : null;
    for (const r of rows) {
      if (state.query && !matches(r)) continue;
      counts[r.t] += 1;
      if (!picked || picked.has(r.t)) shown.push(r);
    }
    for (const t of TYPES) typeCounts.set(t.key, counts[t.key]);
    return state.sort ? shown.sort(compare) : shown;
  }

  function renderBody() {
    const list = visibleRows();
    allButton.setAttribute('aria-pressed', String(state.types.size === 0));
    for (const t of TYPES) {
      const { btn, count } = typeButtons.get(t.key);
      btn.setAttribute('aria-pressed', String(state.types.has(t.key)));
      count.textContent = String(typeCounts.get(t.key));
    }
    const filtered = state.types.size || state.query;
    resetBtn.hidden = !filtered;
    status.textContent = filtered
      ? `${plural(list.length, 'name')} of ${rows.length} shown.`
      : `${plural(rows.length, 'name')}.`;
    const sortText = state.sort ? `, sorted by ${SORTS[state.sort].label.toLowerCase()} (${state.dir})` : '';
    caption.textContent = `People, places and organizations named, with mentions per outlet${sortText}`;

    const fresh = h('tbody');
    tbody.replaceWith(fresh);
    tbody = fresh;
    clear(moreHolder);
    if (!list.length) {
      tbody.append(h('tr', { class: 'px-entities-none' }, h('td', { colspan: span() },
        state.query ? `No name or spelling matches “${search.value.trim()}”` : 'No names of this type', state.types.size && state.query ? ' among the chosen types.' : '.')));
      return;
    }
    // Rows come in pages; the “Show more” button sits below the scrolling table and the rows
    // it adds move into the table body.
    paged(moreHolder, list, renderRow, PAGE_ROWS, 'names');
    adopt();
    const more = moreHolder.querySelector('.px-more') || moreHolder.nextElementSibling;
    if (more?.classList.contains('px-more')) {
      moreHolder.append(more);
      more.addEventListener('click', () => {
        const first = adopt();
        if (!more.isConnected) first?.querySelector('.px-entities-name')?.focus();
      });
    }
  }

  /** Moves rows `paged` put in the holder into the table body; returns the first one moved. */
  function adopt() {
    const moved = [...moreHolder.children].filter((n) => n.tagName === 'TR');
    if (moved.length) tbody.append(...moved);
    return moved[0];
  }

  // Rows are cloned from these prototypes: a thousand cells are made quickly that way.
  const proto = {
    name: h('th', { scope: 'row', class: 'px-entities-namecol' },
      h('button', { type: 'button', class: 'px-entities-name', 'aria-expanded': 'false' },
        h('span', { class: 'px-entities-caret', 'aria-hidden': 'true' }, '▸'), h('span', { class: 'px-entities-name-text' }))),
    type: Object.fromEntries(TYPES.map((t) => [t.key, h('td', { class: `px-entities-type px-entities-type-${t.key}` },
      typeIcon(t.key), h('span', {}, t.label.toLowerCase()))])),
    aliases: h('td', { class: 'px-entities-aliases' }),
    noAlias: h('td', { class: 'px-entities-aliases' }, h('span', { class: 'px-entities-muted' },
      h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'px-visually-hidden' }, 'no other spelling'))),
    alias: h('span', { class: 'px-entities-alias' }),
    only: h('span', { class: 'px-entities-only' }),
    total: h('td', { class: 'px-entities-num px-entities-total' }),
    outlets: h('td', { class: 'px-entities-num px-entities-outlets' }, '', h('span', { class: 'px-visually-hidden' }, ` of ${docs.length}`)),
    count: h('td', { class: 'px-entities-num px-entities-cell' }),
    gap: h('td', { class: 'px-entities-num px-entities-cell px-entities-gap' },
      h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'px-visually-hidden' }, 'not named')),
  };

  function renderRow(r) {
    const e = r.e;
    const open = state.expanded.has(r.i);
    const tr = document.createElement('tr');
    tr.className = `px-entities-row${r.solo && multi ? ' px-entities-solo' : ''}${open ? ' px-entities-open' : ''}`;
    tr.dataset.row = String(r.i);
    tr.dataset.type = r.t;
    const nameCell = proto.name.cloneNode(true);
    const nameBtn = nameCell.firstChild;
    nameBtn.lastChild.textContent = e.name;
    if (r.solo && multi) {
      const only = proto.only.cloneNode(false);
      only.textContent = `only in ${label(r.solo)}`;
      nameCell.append(only);
    }
    const aliases = e.aliases || [];
    let aliasCell;
    if (aliases.length) {
      aliasCell = proto.aliases.cloneNode(false);
      aliases.forEach((a, k) => {
        if (k) aliasCell.append(', ');
        const sp = proto.alias.cloneNode(false);
        sp.textContent = a;
        aliasCell.append(sp);
      });
    } else aliasCell = proto.noAlias.cloneNode(true);
    const totalCell = proto.total.cloneNode(false);
    totalCell.textContent = String(r.total);
    const outletsCell = proto.outlets.cloneNode(true);
    outletsCell.firstChild.textContent = String(r.outlets);
    tr.append(nameCell, proto.type[r.t].cloneNode(true));
    if (aliasesLast) tr.append(totalCell, outletsCell, aliasCell);
    else tr.append(aliasCell, totalCell, outletsCell);
    fillDocCells(tr, r);

    let detail = null;
    const makeDetail = () => {
      detail = h('tr', { class: 'px-entities-detail', id: `${uid}-m${r.i}` });
      fillDetail(detail, r);
      nameBtn.setAttribute('aria-controls', detail.id);
      return detail;
    };
    if (open) { nameBtn.setAttribute('aria-expanded', 'true'); makeDetail(); }
    const toggle = () => {
      const now = nameBtn.getAttribute('aria-expanded') !== 'true';
      nameBtn.setAttribute('aria-expanded', String(now));
      tr.classList.toggle('px-entities-open', now);
      if (now) {
        state.expanded.add(r.i);
        if (!detail) tr.after(makeDetail());
      } else state.expanded.delete(r.i);
      detail.hidden = !now;
    };
    nameBtn.addEventListener('click', toggle);
    tr.addEventListener('click', (ev) => {
      if (ev.target.closest('button, a, input')) return; // the name button has its own handler
      if (String(getSelection?.() || '').length) return; // selecting text, not opening
      toggle();
    });
    if (!detail) return tr;
    const frag = document.createDocumentFragment();
    frag.append(tr, detail);
    return frag;
  }

  function fillDocCells(tr, r) {
    for (const td of tr.querySelectorAll(':scope > .px-entities-cell')) td.remove();
    const m = r.e.mentions || {};
    const frag = document.createDocumentFragment();
    for (let k = 0; k < visibleIds.length; k += 1) {
      const id = visibleIds[k];
      const n = m[id] || 0;
      let td;
      if (n > 0) {
        td = proto.count.cloneNode(false);
        td.textContent = String(n);
        td.title = `${visibleLabels[k]}: ${plural(n, 'mention')}`;
        const alpha = 0.08 + 0.42 * Math.sqrt(n / Math.max(1, maxCount));
        td.style.setProperty('background-color', `rgba(var(--px-heat), ${alpha.toFixed(3)})`);
      } else {
        td = proto.gap.cloneNode(true);
        td.title = `${visibleLabels[k]} never names it`;
      }
      td.dataset.doc = id;
      frag.append(td);
    }
    if (aliasesLast) tr.lastElementChild.before(frag); else tr.append(frag);
  }

  // ---- mentions in context -----------------------------------------------------------------
  function fillDetail(detail, r) {
    const e = r.e;
    const inner = h('div', { class: 'px-entities-detail-inner' });
    detail.append(h('td', { colspan: span() }, inner));
    const td = inner;
    const groups = ids.filter((id) => (e.spans?.[id] || []).length);
    if (!groups.length) {
      td.append(h('p', { class: 'px-entities-muted' }, 'No mention positions were recorded for this name.'));
      return;
    }
    const list = h('ol', { class: 'px-entities-groups', 'aria-label': `Mentions of ${e.name}` });
    td.append(list);
    paged(list, groups, (id) => group(e, id), GROUPS_PAGE, 'outlets');
  }

  function group(e, id) {
    const doc = ctx.doc(id);
    const spans = e.spans[id];
    const ul = h('ul', { class: 'px-entities-snippets' });
    const li = h('li', { class: 'px-entities-group', dataset: { doc: id } },
      h('div', { class: 'px-entities-group-head' },
        h('span', { class: 'px-entities-group-outlet' }, label(id)),
        h('span', { class: 'px-entities-muted' }, ` ${plural(spans.length, 'mention')}`, doc?.title ? ` · ${doc.title}` : ''),
        h('button', { type: 'button', class: 'px-entities-link', on: { click: () => ctx.showDocument(id) } },
          'Open the document', h('span', { class: 'px-visually-hidden' }, ` (${label(id)})`))),
      ul);
    paged(ul, spans, ([start, end], k) => snippet(e, id, doc, start, end, k), SNIPPETS_PAGE, 'mentions');
    return li;
  }

  function snippet(e, id, doc, start, end, k) {
    const bx = indexer(id);
    const [bs, be] = blockAround(doc, start, end, bx.length);
    // 4 bytes per character at most: enough bytes for CONTEXT_CHARS characters either side.
    const lo = Math.max(bs, start - CONTEXT_CHARS * 4 - 4);
    const hi = Math.min(be, end + CONTEXT_CHARS * 4 + 4);
    const before = cutBefore(bx.slice(lo, start), lo > bs);
    const after = cutAfter(bx.slice(end, hi), hi < be);
    const surface = bx.slice(start, end);
    return h('li', { class: 'px-entities-snippet-item' },
      h('span', { class: 'px-entities-snippet' },
        before.cut ? h('span', { class: 'px-entities-ell', 'aria-hidden': 'true' }, '…') : null,
        h('span', { class: 'px-entities-ctx' }, before.text),
        h('mark', { class: 'px-entities-mark' }, surface),
        h('span', { class: 'px-entities-ctx' }, after.text),
        after.cut ? h('span', { class: 'px-entities-ell', 'aria-hidden': 'true' }, '…') : null),
      ' ',
      h('button', {
        type: 'button', class: 'px-btn px-small px-entities-open-quote',
        on: { click: () => ctx.showQuote({ doc: id, start, end, title: e.name }) },
      }, 'In context', h('span', { class: 'px-visually-hidden' }, `: mention ${k + 1} in ${label(id)}`)));
  }

  function refresh() {
    renderBody();
  }

  win.update();
  renderBody();
}

/** The block (paragraph) holding [start, end), else the whole body. */
function blockAround(doc, start, end, length) {
  const blocks = doc?.blocks || [];
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (b.end < start) lo = mid + 1;
    else if (b.start > start) hi = mid - 1;
    else return b.start <= start && end <= b.end ? [b.start, b.end] : [0, length];
  }
  return [0, length];
}

/** The last ~60 characters before a mention, from a word start, within its line. */
function cutBefore(text, more) {
  let t = text;
  let cut = more;
  const nl = t.lastIndexOf('\n');
  if (nl >= 0) { t = t.slice(nl + 1); cut = false; }
  if (t.length > CONTEXT_CHARS) {
    const boundary = /\s/.test(t[t.length - CONTEXT_CHARS - 1]);
    t = t.slice(-CONTEXT_CHARS);
    if (!boundary) {
      const i = t.search(/\s/);
      if (i >= 0 && i < t.length - 1) t = t.slice(i + 1);
      else if (/[\uDC00-\uDFFF]/.test(t[0])) t = t.slice(1);
    }
    cut = true;
  }
  t = t.replace(/^\uFFFD+/, '');
  const trimmed = t.replace(/^\s+/, '');
  return { text: trimmed, cut };
}

/** The first ~60 characters after a mention, up to a word end, within its line. */
function cutAfter(text, more) {
  let t = text;
  let cut = more;
  const nl = t.indexOf('\n');
  if (nl >= 0) { t = t.slice(0, nl); cut = false; }
  if (t.length > CONTEXT_CHARS) {
    const boundary = /\s/.test(t[CONTEXT_CHARS]);
    t = t.slice(0, CONTEXT_CHARS);
    if (!boundary) {
      const j = t.search(/\s\S*$/);
      if (j > 0) t = t.slice(0, j);
      else if (/[\uD800-\uDBFF]/.test(t[t.length - 1])) t = t.slice(0, -1);
    }
    cut = true;
  }
  t = t.replace(/\uFFFD+$/, '');
  return { text: t.replace(/\s+$/, ''), cut };
}
