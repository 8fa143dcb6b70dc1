// Timeline panel: the report's timeline as an SVG chart on a broken axis (empty stretches are
// squeezed into marked gaps, busy periods spread out, so "since 1945" and three events on one
// October day are all readable), one marker per item coloured and numbered by how many outlets
// report it, a detail area with the item's quotes, and the same items as a list grouped by date.
// Filters (outlets, "2+ outlets") drive both. Text only ever enters as text nodes.

import { h, s, clear, fmtDate, docLabel, paged } from '../dom.js';

const DAY_MS = 864e5;
const PREC_WORDS = { hour: 'to the hour', day: 'exact day', month: 'month only', year: 'year only' };
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FALLBACK_WIDTH = 720;
const R = 9; // marker radius (px); bars are 2R high
const ROW = 24; // height of one marker lane
const SPAN_ROW = 22; // height of one "since" lane
const TOP_OUTLETS = 12; // outlet filter buttons shown before "More outlets"
const LIST_PAGE = 50;

/** Days since 1970 (fractional) of a UTC date, by arithmetic (any year; month and day may overflow). */
function utcDays(y, m, d, hh = 0, mm = 0) {
  y += Math.floor(m / 12);
  m = ((m % 12) + 12) % 12;
  // Howard Hinnant's days_from_civil, with March as the first month of the computing year.
  const yy = m < 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 10) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + (hh * 60 + mm) / 1440;
}

/** "2025", "2025-10", "2025-10-15" (or "2025-10-15T14:30") -> {t0, t1, prec} in days, or null. */
export function parseDate(str) {
  const m = /^(-?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2})(?::(\d{2}))?)?)?)?$/.exec(String(str ?? '').trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 0;
  const d = m[3] ? Number(m[3]) : 0;
  if ((m[2] && (mo < 1 || mo > 12)) || (m[3] && (d < 1 || d > 31))) return null;
  if (m[4] !== undefined) {
    const t0 = utcDays(y, mo - 1, d, Number(m[4]), Number(m[5] || 0));
    return { t0, t1: t0 + (m[5] ? 1 / 1440 : 1 / 24), prec: 'hour' };
  }
  if (m[3]) return { t0: utcDays(y, mo - 1, d), t1: utcDays(y, mo - 1, d + 1), prec: 'day' };
  if (m[2]) return { t0: utcDays(y, mo - 1, 1), t1: utcDays(y, mo, 1), prec: 'month' };
  return { t0: utcDays(y, 0, 1), t1: utcDays(y + 1, 0, 1), prec: 'year' };
}

function plural(n, one, many = `${one}s`) { return `${n} ${n === 1 ? one : many}`; }

function durationWords(days) {
  if (days >= 365 * 1.5) return `${Math.round(days / 365.25)} years`;
  if (days >= 45) return `${Math.round(days / 30.44)} months`;
  if (days >= 1.5) return `${Math.round(days)} days`;
  return `${Math.max(1, Math.round(days * 24))} hours`;
}

/** Outlet-count bins: one per count up to 4 outlets, wider bins beyond. */
function binsFor(maxCount) {
  if (maxCount <= 4) return Array.from({ length: Math.max(1, maxCount) }, (_, k) => ({ lo: k + 1, hi: k + 1 }));
  return [{ lo: 1, hi: 1 }, { lo: 2, hi: 2 }, { lo: 3, hi: 4 }, { lo: 5, hi: 9 }, { lo: 10, hi: Infinity }]
    .filter((b) => b.lo <= maxCount);
}
function binLabel(b) {
  if (b.hi === Infinity) return `${b.lo}+ outlets`;
  if (b.lo === b.hi) return plural(b.lo, 'outlet');
  return `${b.lo}–${b.hi} outlets`;
}

/** Byte offsets of `quote` in `body` when the report gives none. */
function findBytes(body, quote) {
  const i = body.indexOf(quote);
  if (i < 0) return null;
  const enc = new TextEncoder();
  const start = enc.encode(body.slice(0, i)).length;
  return { start, end: start + enc.encode(quote).length };
}

// ---- the model ---------------------------------------------------------------------------

function buildModel(report, ctx) {
  const pubOf = new Map();
  let latestPub = null;
  for (const d of report.documents) {
    const p = d.published ? parseDate(d.published) : null;
    if (p) {
      p.date = d.published;
      pubOf.set(d.id, p);
      if (!latestPub || p.t0 > latestPub.t0) latestPub = p;
    }
  }
  const items = report.timeline.map((t, i) => {
    const p = parseDate(t.date);
    const kind = t.kind || 'event';
    const outlets = [];
    const docs = [];
    // Sets beside the lists: an item of a big drop has evidence from hundreds of documents.
    const seenDocs = new Set();
    const seenOutlets = new Set();
    for (const e of t.evidence || []) {
      if (!seenDocs.has(e.doc)) { seenDocs.add(e.doc); docs.push(e.doc); }
      const o = docLabel(ctx.doc(e.doc)) || e.doc;
      if (!seenOutlets.has(o)) { seenOutlets.add(o); outlets.push(o); }
    }
    const prec = p ? (PREC_WORDS[t.precision] ? t.precision : p.prec) : null;
    const it = { i, t, kind, prec, outlets, docs, n: Math.max(1, outlets.length), zone: kind === 'announced' || !p };
    if (p) { it.t0 = p.t0; it.t1 = p.t1; it.y = Number(/^-?\d+/.exec(t.date)[0]); }
    for (const id of docs) { const q = pubOf.get(id); if (q && (!it.pub || q.t0 > it.pub.t0)) it.pub = q; }
    if (kind === 'start' && p) {
      // The stretch runs to the article's date: the latest publication date of its documents.
      let end = null;
      for (const id of docs) { const q = pubOf.get(id); if (q && (!end || q.t0 > end.t0)) end = q; }
      end = end || latestPub;
      if (end && end.t1 > p.t1) { it.end0 = end.t0; it.end1 = end.t1; it.endDate = end.date; }
    }
    return it;
  });
  items.sort((a, b) => (a.zone - b.zone) || ((a.t0 ?? 0) - (b.t0 ?? 0)) || ((b.t1 ?? 0) - (a.t1 ?? 0)) || (a.i - b.i));
  const counts = new Map();
  for (const it of items) for (const o of it.outlets) counts.set(o, (counts.get(o) || 0) + 1);
  const outlets = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name, count]) => ({ name, count }));
  const maxN = items.reduce((m, it) => Math.max(m, it.n), 1);
  return { items, outlets, latestPub, bins: binsFor(maxN) };
}

function binOf(bins, n) {
  const k = bins.findIndex((b) => n >= b.lo && n <= b.hi);
  return k < 0 ? bins.length - 1 : k;
}

function dateWords(it) {
  const d = fmtDate(it.t.date);
  const p = PREC_WORDS[it.prec] ? ` (${PREC_WORDS[it.prec]})` : '';
  if (it.kind === 'announced') return it.t.date ? `Announced, no date given for it (as of ${d})` : 'Announced, no date given';
  if (!it.prec) return 'No date';
  if (it.kind === 'start') return `Since ${d}${p}${it.endDate ? `, running to the article's date, ${fmtDate(it.endDate)}` : ''}`;
  return `${d}${p}`;
}

function outletWords(it) {
  return `Reported by ${plural(it.n, 'outlet')}: ${it.outlets.join(', ')}`;
}

// ---- the broken axis ---------------------------------------------------------------------

/**
 * A monotone piecewise-linear map from days to x. The axis is cut at every item's start and end;
 * each piece gets a width from the log of its length, weighted by the finest precision that
 * covers it (a day with events is wide, a year known only as "2011" narrower), and a piece no
 * item covers that lasts four weeks or more becomes a gap of fixed width, drawn as a break.
 */
function buildWarp(timed, latestPub, x0, x1) {
  const raw = [];
  for (const it of timed) {
    raw.push(it.t0, it.t1);
    if (it.end0 !== undefined) raw.push(it.end0, it.end1);
  }
  if (!raw.length) return null;
  if (latestPub) raw.push(latestPub.t0, latestPub.t1);
  raw.sort((a, b) => a - b);
  const bs = [];
  for (const t of raw) if (!bs.length || t - bs[bs.length - 1] > 1e-9) bs.push(t);
  if (bs.length < 2) bs.push(bs[0] + 1);
  const n = bs.length - 1;
  const find = (t) => {
    let lo = 0;
    let hi = bs.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (bs[mid] <= t + 1e-9) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const fine = new Int32Array(n + 1);
  const month = new Int32Array(n + 1);
  const year = new Int32Array(n + 1);
  for (const it of timed) {
    const arr = it.prec === 'year' ? year : it.prec === 'month' ? month : fine;
    arr[find(it.t0)] += 1;
    arr[find(it.t1)] -= 1;
  }
  const ws = new Float64Array(n);
  const gap = new Uint8Array(n);
  const cover = new Uint8Array(n);
  let cf = 0; let cm = 0; let cy = 0;
  for (let j = 0; j < n; j++) {
    cf += fine[j]; cm += month[j]; cy += year[j];
    const d = bs[j + 1] - bs[j];
    const l = Math.log2(1 + d);
    if (cf > 0) { ws[j] = 2 + l; cover[j] = 1; } else if (cm > 0) { ws[j] = 1 + 0.9 * l; cover[j] = 1; } else if (cy > 0) { ws[j] = 0.6 + 0.5 * l; cover[j] = 1; } else if (d >= 28) { ws[j] = 3; gap[j] = 1; } else ws[j] = 0.3 + 0.5 * l;
  }
  const cum = new Float64Array(n + 1);
  for (let j = 0; j < n; j++) cum[j + 1] = cum[j] + ws[j];
  const k = (x1 - x0) / (cum[n] || 1);
  const f = (t) => {
    if (t <= bs[0]) return x0;
    if (t >= bs[n]) return x1;
    const j = Math.min(find(t), n - 1);
    return x0 + k * (cum[j] + ws[j] * (t - bs[j]) / (bs[j + 1] - bs[j]));
  };
  const pieces = [];
  for (let j = 0; j < n; j++) pieces.push({ a: x0 + k * cum[j], b: x0 + k * cum[j + 1], gap: Boolean(gap[j]), cover: Boolean(cover[j]), days: bs[j + 1] - bs[j] });
  return { f, pieces, first: bs[0], last: bs[n], x0, x1 };
}

// ---- packing markers into lanes ------------------------------------------------------------

/** x extent of a marker's own shape (a bar spans its month or year, at least one marker wide). */
function shapeExtent(it, f) {
  if (it.prec === 'year' || it.prec === 'month') {
    let a = f(it.t0) + 1;
    let b = f(it.t1) - 1;
    if (b - a < 2 * R + 4) { const c = (a + b) / 2; a = c - R - 2; b = c + R + 2; }
    return [a, b];
  }
  const c = f((it.t0 + it.t1) / 2);
  return [c - R, c + R];
}

function pack(entries, maxLanes, pad = 3) {
  const ends = [];
  const over = [];
  entries.sort((p, q) => p.a - q.a || (q.b - q.a) - (p.b - p.a));
  for (const e of entries) {
    let lane = -1;
    for (let l = 0; l < ends.length; l++) if (ends[l] + pad <= e.a) { lane = l; break; }
    if (lane < 0 && ends.length < maxLanes) { lane = ends.length; ends.push(-Infinity); }
    if (lane < 0) { over.push(e); continue; }
    e.lane = lane;
    ends[lane] = e.b;
  }
  return { lanes: ends.length, over };
}

/** Items that found no lane become clusters: one marker with a count per crowded place. */
const BUCKET = 30;
function clusterize(over) {
  const out = [];
  over.sort((p, q) => p.c - q.c);
  for (const e of over) {
    const last = out[out.length - 1];
    // A cluster gathers what lies within one bucket of its first item (no chaining), so
    // clusters never overlap and each stays near the dates it stands for.
    if (last && e.c - last.c0 < BUCKET) last.members.push(e.it); else out.push({ c0: e.c, a: e.c - 1, b: e.c + BUCKET - 3, members: [e.it] });
  }
  return out;
}

function layout(model, vis, W) {
  const timed = vis.filter((it) => !it.zone);
  const zoned = vis.filter((it) => it.zone);
  const padL = 14;
  const padR = 14;
  const zoneW = !zoned.length ? 0 : timed.length ? Math.round(Math.min(160, Math.max(72, W * 0.18))) : W - padL - padR;
  const zoneX0 = W - padR - zoneW;
  const x0 = padL;
  const x1 = zoned.length ? (timed.length ? zoneX0 - 16 : padL) : W - padR;
  // The "published" line: the latest publication date of the documents shown.
  let pub = null;
  for (const it of timed) if (it.pub && (!pub || it.pub.t0 > pub.t0)) pub = it.pub;
  const warp = timed.length ? buildWarp(timed, pub, x0, x1) : null;
  const maxLanes = vis.length > 400 ? 6 : 8;
  const points = [];
  const spans = [];
  for (const it of timed) {
    const [a, b] = shapeExtent(it, warp.f);
    const e = { it, a, b, c: (a + b) / 2, ha: a, hb: b };
    if (it.kind === 'start' && it.end0 !== undefined) { e.xe = Math.max(b + 6, warp.f((it.end0 + it.end1) / 2)); e.b = e.xe + 4; spans.push(e); } else points.push(e);
  }
  zoned.forEach((it, k) => {
    const c = zoneX0 + (zoneW * (k + 0.5)) / zoned.length;
    points.push({ it, a: c - R - 1, b: c + R + 1, c, ha: c - R - 1, hb: c + R + 1 });
  });
  const sp = pack(spans, 3, 6);
  // Spans with no lane of their own show as their start marker among the points.
  for (const e of sp.over) { e.b = e.hb; e.asPoint = true; delete e.xe; points.push(e); }
  const pp = pack(points, maxLanes);
  const clusters = clusterize(pp.over);
  const overRow = clusters.length ? 1 : 0;
  return { warp, points: points.filter((e) => e.lane !== undefined), spans: spans.filter((e) => e.lane !== undefined && !e.asPoint), clusters,
    pub, lanes: pp.lanes, spanLanes: sp.lanes, overRow, zoneW, zoneX0, zoned: zoned.length, timed: timed.length, W, x0, x1 };
}

// ---- axis labels -------------------------------------------------------------------------

function textWidth(str) { return str.length * 6.4 + 6; }

/** Places labels greedily by priority so that none overlap within a row. */
function placeLabels(cands) {
  cands.sort((p, q) => q.pri - p.pri || p.x - q.x);
  const placed = [];
  for (const c of cands) {
    const w = textWidth(c.text);
    const a = c.x - w / 2;
    const b = c.x + w / 2;
    if (placed.some((p) => a < p.b && p.a < b)) continue;
    placed.push({ ...c, a, b });
  }
  return placed;
}

function axisLabels(L, timedItems, extra) {
  const { warp } = L;
  const f = warp.f;
  const clampX = (x) => Math.max(warp.x0, Math.min(warp.x1, x));
  const years = [];
  const months = [];
  const days = [];
  const ticks = [];
  const occupiedYears = new Set();
  for (const it of timedItems) occupiedYears.add(it.y);
  const yFirst = new Date(warp.first * DAY_MS).getUTCFullYear();
  const yLast = new Date((warp.last - 1e-6) * DAY_MS).getUTCFullYear();
  const yearList = yLast - yFirst > 4000 ? [...occupiedYears].sort((a, b) => a - b) : Array.from({ length: yLast - yFirst + 1 }, (_, k) => yFirst + k);
  for (const y of yearList) {
    const a = clampX(f(utcDays(y, 0, 1)));
    const b = clampX(f(utcDays(y + 1, 0, 1)));
    const w = b - a;
    const occ = occupiedYears.has(y);
    if (w >= 36 || (occ && w >= 1)) {
      years.push({ x: (a + b) / 2, text: String(y), pri: occ ? 3 + w / 1e4 : 1 + w / 1e4, a, b });
      if (w >= 36) ticks.push(a, b);
    }
    if (w < 56) continue;
    for (let m = 0; m < 12; m++) {
      const ma = clampX(f(utcDays(y, m, 1)));
      const mb = clampX(f(utcDays(y, m + 1, 1)));
      const mw = mb - ma;
      if (mw >= 26) { months.push({ x: (ma + mb) / 2, text: MONTHS_SHORT[m], pri: 1 + mw / 1e4 }); ticks.push(ma); }
      if (mw < 40) continue;
      const nd = Math.round(utcDays(y, m + 1, 1) - utcDays(y, m, 1));
      for (let d = 1; d <= nd; d++) {
        const da = f(utcDays(y, m, d));
        const db = f(utcDays(y, m, d + 1));
        if (db - da >= 16) days.push({ x: (da + db) / 2, text: String(d), pri: 1 + (db - da) / 1e4 });
      }
    }
  }
  const gapLabels = warp.pieces.filter((p) => p.gap && p.b - p.a >= textWidth('≈ 00 years')).map((p) => ({ x: (p.a + p.b) / 2, text: `≈ ${durationWords(p.days)}`, pri: 5 }));
  return { years: placeLabels(years), months: placeLabels(months), days: placeLabels([...gapLabels, ...days, ...extra.filter((c) => c.x + textWidth(c.text) / 2 <= warp.x1 + 6)]), ticks };
}

// ---- the panel ---------------------------------------------------------------------------

export function renderTimeline(root, report, ctx) {
  const model = buildModel(report, ctx);
  const uid = `${ctx.uid}-tl`;
  const state = { outlets: new Set(), multi: false, selected: null, width: 0, vis: model.items };

  if (!model.items.length) {
    root.append(h('p', { class: 'px-panel-intro' }, 'No dated events were found in these articles.'));
    return;
  }

  const intro = h('p', { class: 'px-panel-intro' });
  const filters = h('div', { class: 'px-tl-filters', role: 'group', 'aria-label': 'Filter the timeline' });
  const status = h('p', { class: 'px-tl-status', role: 'status', 'aria-live': 'polite' });
  const legend = renderLegend(model);
  const chartWrap = h('div', { class: 'px-tl-chart' });
  const help = h('p', { class: 'px-tl-help', id: `${uid}-help` },
    'Select a marker (click, or Tab to the chart and move with the arrow keys, then Enter) to read its quotes.');
  const detail = h('div', { class: 'px-tl-detail', id: `${uid}-detail`, role: 'region', 'aria-label': 'Selected timeline item', tabindex: '-1' });
  const listHead = h('h3', { class: 'px-tl-listhead', id: `${uid}-listhead` }, 'All items as a list');
  const listHolder = h('div', { class: 'px-tl-listview', role: 'region', 'aria-labelledby': `${uid}-listhead` });
  root.append(intro, filters, status, legend, chartWrap, help, detail, listHead, listHolder);
  intro.append(`${plural(model.items.length, 'item')} from ${plural(report.documents.length, 'document')}. `,
    'The axis is not to scale: long empty stretches are squeezed into breaks (≈) and busy periods are spread out, ',
    'so distant years and events a day apart are all readable. The number in a marker is how many outlets report it.');

  // -- filters
  const outletButtons = new Map();
  const outletButton = (o) => {
    const b = h('button', { type: 'button', class: 'px-btn px-small px-tl-outlet', 'aria-pressed': String(state.outlets.has(o.name)), dataset: { outlet: o.name } },
      o.name, h('span', { class: 'px-tl-ocount' }, `(${o.count})`));
    b.addEventListener('click', () => {
      if (state.outlets.has(o.name)) state.outlets.delete(o.name); else state.outlets.add(o.name);
      update();
    });
    outletButtons.set(o.name, b);
    return b;
  };
  const allBtn = h('button', { type: 'button', class: 'px-btn px-small px-tl-all', on: { click: () => { state.outlets.clear(); update(); } } }, 'All outlets');
  const multiBtn = h('button', { type: 'button', class: 'px-btn px-small px-tl-multi', 'aria-pressed': 'false', on: { click: () => { state.multi = !state.multi; update(); } } },
    'Only items reported by 2+ outlets');
  const outletBox = h('div', { class: 'px-tl-outlets' });
  filters.append(h('span', { class: 'px-tl-flabel', id: `${uid}-flabel` }, 'Show items reported by:'), allBtn, outletBox, multiBtn);
  for (const o of model.outlets.slice(0, TOP_OUTLETS)) outletBox.append(outletButton(o));
  if (model.outlets.length > TOP_OUTLETS) {
    const rest = model.outlets.slice(TOP_OUTLETS);
    const restBox = h('div', { class: 'px-tl-outlets-more', hidden: true, id: `${uid}-more-outlets` });
    let filled = false;
    const moreBtn = h('button', { type: 'button', class: 'px-btn px-small', 'aria-expanded': 'false', 'aria-controls': `${uid}-more-outlets` }, `More outlets (${rest.length})`);
    moreBtn.addEventListener('click', () => {
      restBox.hidden = !restBox.hidden;
      moreBtn.setAttribute('aria-expanded', String(!restBox.hidden));
      if (!filled) { filled = true; paged(restBox, rest, outletButton, 100, 'outlets'); }
    });
    outletBox.append(moreBtn, restBox);
  }

  // -- chart
  let markers = [];
  let cursor = 0;
  const svg = s('svg', { class: 'px-tl-svg', role: 'group', 'aria-label': 'Timeline chart', 'aria-describedby': `${uid}-help` });
  chartWrap.append(svg);
  svg.addEventListener('click', (e) => {
    const mk = e.target.closest?.('.px-tl-mk');
    if (mk) { moveTo(markers.indexOf(mk), false); select(mk); }
  });
  svg.addEventListener('keydown', (e) => {
    const mk = e.target.closest?.('.px-tl-mk');
    if (!mk) return;
    const k = markers.indexOf(mk);
    let j = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = k + 1;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = k - 1;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = markers.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(mk); return; }
    if (j === null) return;
    e.preventDefault();
    moveTo(Math.max(0, Math.min(markers.length - 1, j)), true);
  });

  function moveTo(j, focus) {
    if (!markers.length || j < 0) return;
    markers[cursor]?.setAttribute('tabindex', '-1');
    cursor = j;
    markers[j].setAttribute('tabindex', '0');
    if (focus) markers[j].focus();
  }

  const members = new WeakMap(); // marker -> the report indices of its items
  function membersOf(mk) { return members.get(mk) || []; }

  function select(mk) {
    const ids = membersOf(mk);
    state.selected = ids;
    markSelected();
    showDetail(ids.map((i) => byIndex.get(i)));
  }

  function markSelected() {
    const sel = new Set(state.selected || []);
    for (const mk of markers) {
      const on = membersOf(mk).some((i) => sel.has(i));
      mk.classList.toggle('px-tl-on', on);
      mk.setAttribute('aria-pressed', String(on));
    }
  }

  let seq = 0;
  const byIndex = new Map(model.items.map((it) => [it.i, it]));

  function draw() {
    const hadFocus = (root.getRootNode().activeElement || document.activeElement)?.closest?.('.px-tl-mk');
    const focusItem = hadFocus ? membersOf(hadFocus)[0] : null;
    const W = Math.max(240, state.width || FALLBACK_WIDTH);
    clear(svg);
    markers = [];
    const vis = state.vis;
    if (!vis.length) {
      svg.setAttribute('viewBox', `0 0 ${W} 40`);
      svg.setAttribute('height', '40');
      svg.append(s('text', { x: W / 2, y: 24, class: 'px-tl-empty', 'text-anchor': 'middle' }, 'No items match these filters.'));
      return;
    }
    const L = layout(model, vis, W);
    const top = 8;
    const laneTop = top + L.overRow * ROW;
    const pointsH = (L.overRow + L.lanes) * ROW;
    const spansTop = top + pointsH + (L.spanLanes ? 4 : 0);
    const axisY = spansTop + L.spanLanes * SPAN_ROW + 10;
    const laneY = (lane) => laneTop + (L.lanes - 1 - lane) * ROW + ROW / 2;
    const spanY = (lane) => spansTop + lane * SPAN_ROW + SPAN_ROW / 2;

    const back = s('g', { class: 'px-tl-back', 'aria-hidden': 'true' });
    const axis = s('g', { class: 'px-tl-axisg', 'aria-hidden': 'true' });
    const front = s('g', { class: 'px-tl-marks' });
    let labelRows = 0;
    if (L.warp) {
      const pubX = L.pub ? L.warp.f((L.pub.t0 + L.pub.t1) / 2) : null;
      const lab = axisLabels(L, vis.filter((it) => !it.zone), pubX === null ? [] : [{ x: pubX, text: 'published', pri: 0.5 }]);
      // Consecutive pieces of one kind are drawn as one line.
      const runs = [];
      for (const p of L.warp.pieces) {
        const last = runs[runs.length - 1];
        if (last && !p.gap && !last.gap && last.cover === p.cover) last.b = p.b; else runs.push({ ...p });
      }
      for (const p of runs) {
        if (p.gap) {
          back.append(s('rect', { class: 'px-tl-gapband', x: p.a, y: top - 4, width: Math.max(1, p.b - p.a), height: axisY - top + 4 }));
          const c = (p.a + p.b) / 2;
          axis.append(s('path', { class: 'px-tl-break', d: `M${c - 5},${axisY + 6} l4,-12 M${c + 1},${axisY + 6} l4,-12` }));
        } else {
          axis.append(s('line', { class: p.cover ? 'px-tl-axis px-tl-axis-on' : 'px-tl-axis', x1: p.a, x2: p.b, y1: axisY, y2: axisY }));
        }
      }
      for (const x of new Set(lab.ticks.map((x) => Math.round(x)))) axis.append(s('line', { class: 'px-tl-tick', x1: x, x2: x, y1: axisY - 4, y2: axisY + 4 }));
      if (pubX !== null) back.append(s('line', { class: 'px-tl-pub', x1: pubX, x2: pubX, y1: top - 4, y2: axisY }));
      let ly = axisY + 18;
      for (const row of [lab.days, lab.months, lab.years]) {
        if (!row.length) continue;
        for (const l of row) axis.append(s('text', { class: row === lab.years ? 'px-tl-lab px-tl-lab-year' : 'px-tl-lab', x: l.x, y: ly, 'text-anchor': 'middle' }, l.text));
        ly += 15;
        labelRows += 1;
      }
    }
    if (L.zoned) {
      const zx = L.zoneX0 - 8;
      back.append(s('line', { class: 'px-tl-zoneline', x1: zx, x2: zx, y1: top - 4, y2: axisY + 8 }));
      const allAnn = vis.filter((it) => it.zone).every((it) => it.kind === 'announced');
      const noneAnn = vis.filter((it) => it.zone).every((it) => it.kind !== 'announced');
      axis.append(s('text', { class: 'px-tl-lab px-tl-lab-zone', x: L.zoneX0 + L.zoneW / 2, y: axisY + 18, 'text-anchor': 'middle' },
        allAnn ? 'Announced' : noneAnn ? 'No date' : 'Announced / no date'));
      axis.append(s('text', { class: 'px-tl-lab', x: L.zoneX0 + L.zoneW / 2, y: axisY + 33, 'text-anchor': 'middle' }, 'date not given'));
      labelRows = Math.max(labelRows, 2);
    }
    const H = axisY + 10 + labelRows * 15 + 6;

    const entries = [];
    for (const e of L.points) entries.push({ e, y: laneY(e.lane), span: false });
    for (const e of L.spans) entries.push({ e, y: spanY(e.lane), span: true });
    entries.sort((p, q) => p.e.c - q.e.c || p.y - q.y);
    const cl = L.clusters.map((c) => ({ c, y: top + ROW / 2 }));
    const all = [...entries.map((x) => ({ kind: 'item', x: x.e.c, ...x })), ...cl.map((x) => ({ kind: 'cluster', x: (x.c.a + x.c.b) / 2, ...x }))];
    all.sort((p, q) => p.x - q.x || p.y - q.y);
    for (const m of all) {
      const node = m.kind === 'item' ? itemMarker(m.e, m.y, m.span, axisY, back) : clusterMarker(m.c, m.y);
      front.append(node);
      markers.push(node);
    }
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('height', String(H));
    svg.setAttribute('aria-label', `Timeline chart: ${plural(markers.length, 'marker')} for ${plural(vis.length, 'item')}, earliest on the left`);
    svg.append(back, axis, front);
    const cl0 = legend.querySelector('.px-tl-legend-cluster');
    if (cl0) cl0.hidden = !L.clusters.length;
    cursor = 0;
    let j = 0;
    if (focusItem !== null) j = Math.max(0, markers.findIndex((mk) => membersOf(mk).includes(focusItem)));
    else if (state.selected) j = Math.max(0, markers.findIndex((mk) => membersOf(mk).some((i) => state.selected.includes(i))));
    markers[j].setAttribute('tabindex', '0');
    cursor = j;
    markSelected();
    if (focusItem !== null) markers[j].focus({ preventScroll: true });
  }

  function itemMarker(e, y, span, axisY, back) {
    const { it } = e;
    const bin = binOf(model.bins, it.n);
    // The accessible name starts with the number the marker shows.
    const label = `${it.n > 99 ? '99+' : it.n} ${it.n === 1 ? 'outlet' : 'outlets'} (${it.outlets.join(', ')}): ${dateWords(it)}. ${it.t.event}`;
    const shape = it.kind === 'announced' ? 'ann' : it.prec === 'year' ? 'year' : it.prec === 'month' ? 'month' : 'day';
    const g = s('g', { class: ['px-tl-mk', `px-tl-${shape}`, `px-tl-b${bin}`, span && 'px-tl-span'], tabindex: '-1', role: 'button',
      dataset: { item: String(it.i), count: '1', date: it.t.date || '' } });
    members.set(g, [it.i]);
    g.append(s('title', {}, label));
    if (!span && !it.zone) back.append(s('line', { class: 'px-tl-drop', x1: e.c, x2: e.c, y1: y + R, y2: axisY }));
    if (span) {
      g.append(s('line', { class: 'px-tl-spanline', x1: e.hb, x2: e.xe, y1: y, y2: y }));
      g.append(s('path', { class: 'px-tl-spanend', d: `M${e.xe - 6},${y - 5} L${e.xe},${y} L${e.xe - 6},${y + 5}` }));
    }
    if (shape === 'day') g.append(s('circle', { class: 'px-tl-shape', cx: e.c, cy: y, r: it.prec === 'hour' ? R - 1 : R }));
    else if (shape === 'month') g.append(s('rect', { class: 'px-tl-shape', x: e.ha, y: y - R + 1, width: e.hb - e.ha, height: 2 * R - 2, rx: R - 1 }));
    else if (shape === 'year') {
      g.append(s('rect', { class: 'px-tl-shape', x: e.ha, y: y - R + 2, width: e.hb - e.ha, height: 2 * R - 4, rx: 1 }));
      g.append(s('path', { class: 'px-tl-cap', d: `M${e.ha},${y - R} v${2 * R} M${e.hb},${y - R} v${2 * R}` }));
    } else g.append(s('path', { class: 'px-tl-shape', d: `M${e.c},${y - R - 1} L${e.c + R + 1},${y} L${e.c},${y + R + 1} L${e.c - R - 1},${y} Z` }));
    g.append(s('text', { class: 'px-tl-num', x: (e.ha + e.hb) / 2, y: y + 4, 'text-anchor': 'middle' }, it.n > 99 ? '99+' : String(it.n)));
    return g;
  }

  function clusterMarker(c, y) {
    const n = c.members.length;
    const its = c.members.slice().sort((p, q) => p.t0 - q.t0);
    const d0 = its[0].t.date;
    const d1 = its[its.length - 1].t.date;
    const shown = n > 999 ? `+${Math.floor(n / 1000)}k` : `+${n}`;
    const label = `${shown} items here (${n}), ${d0 === d1 ? fmtDate(d0) : `${fmtDate(d0)} to ${fmtDate(d1)}`}: select to list them.`;
    const g = s('g', { class: 'px-tl-mk px-tl-cluster', tabindex: '-1', role: 'button',
      dataset: { count: String(n) } });
    members.set(g, its.map((it) => it.i));
    g.append(s('title', {}, label),
      s('rect', { class: 'px-tl-shape', x: c.a, y: y - R, width: c.b - c.a, height: 2 * R, rx: 3 }),
      s('text', { class: 'px-tl-num', x: (c.a + c.b) / 2, y: y + 4, 'text-anchor': 'middle' }, shown));
    return g;
  }

  // -- detail and list
  function quoteList(it) {
    const ol = h('ol', { class: 'px-tl-quotes' });
    for (const e of it.t.evidence || []) {
      const doc = ctx.doc(e.doc);
      let range = Number.isInteger(e.start) && Number.isInteger(e.end) ? { start: e.start, end: e.end } : null;
      if (!range && doc?.body) range = findBytes(doc.body, e.quote);
      ol.append(h('li', { class: 'px-tl-q' },
        h('blockquote', { class: 'px-tl-qtext' }, e.quote),
        h('div', { class: 'px-tl-qfoot' },
          h('span', { class: 'px-tl-qoutlet' }, '— ', ctx.label(e.doc)),
          range ? h('button', { type: 'button', class: 'px-btn px-small', on: { click: () => ctx.showQuote({ doc: e.doc, start: range.start, end: range.end, title: it.t.event }) } }, 'Show in context') : null,
          h('button', { type: 'button', class: 'px-btn px-small', on: { click: () => ctx.showDocument(e.doc) } }, 'Open the document'))));
    }
    return ol;
  }

  function itemHead(it, tag) {
    const bin = binOf(model.bins, it.n);
    return [
      h(tag, { class: 'px-tl-event' },
        h('span', { class: ['px-tl-chip', `px-tl-b${bin}`], title: outletWords(it) }, String(it.n), h('span', { class: 'px-visually-hidden' }, ` ${it.n === 1 ? 'outlet' : 'outlets'}: `)),
        it.t.event,
        it.kind === 'start' ? h('span', { class: 'px-tl-kind' }, 'since') : it.kind === 'announced' ? h('span', { class: 'px-tl-kind' }, 'announced') : null),
      h('p', { class: 'px-tl-when' }, dateWords(it)),
      h('p', { class: 'px-tl-who' }, outletWords(it)),
    ];
  }

  function showDetail(its) {
    clear(detail);
    if (!its.length) return;
    if (its.length === 1) {
      const it = its[0];
      detail.append(h('div', { class: 'px-tl-card', dataset: { item: String(it.i) } }, itemHead(it, 'h3'),
        h('p', { class: 'px-tl-qhead' }, plural((it.t.evidence || []).length, 'quote')), quoteList(it)));
    } else {
      const d0 = its[0].t.date;
      const d1 = its[its.length - 1].t.date;
      detail.append(h('h3', { class: 'px-tl-dhead' }, `${its.length} items, ${d0 === d1 ? fmtDate(d0) : `${fmtDate(d0)} to ${fmtDate(d1)}`}`));
      const ol = h('ol', { class: 'px-tl-items' });
      detail.append(ol);
      paged(ol, its, (it) => listItem(it, false), 20, 'items');
    }
    status.textContent = its.length === 1 ? `Showing the quotes for: ${its[0].t.event}` : `Showing ${its.length} items`;
  }

  function listItem(it, withLocate = true) {
    const qid = `${uid}-q${++seq}`;
    const box = h('div', { class: 'px-tl-qbox', id: qid, hidden: true });
    const nq = (it.t.evidence || []).length;
    const toggle = h('button', { type: 'button', class: 'px-btn px-small', 'aria-expanded': 'false', 'aria-controls': qid }, `Show ${plural(nq, 'quote')}`);
    toggle.addEventListener('click', () => {
      if (!box.firstChild) box.append(quoteList(it));
      box.hidden = !box.hidden;
      toggle.setAttribute('aria-expanded', String(!box.hidden));
      toggle.textContent = `${box.hidden ? 'Show' : 'Hide'} ${plural(nq, 'quote')}`;
    });
    const locate = withLocate ? h('button', { type: 'button', class: 'px-btn px-small', on: { click: () => locateOnChart(it) } }, 'Show on the chart') : null;
    return h('li', { class: 'px-tl-item', dataset: { item: String(it.i) } }, itemHead(it, 'h5'), h('div', { class: 'px-row' }, toggle, locate), box);
  }

  function locateOnChart(it) {
    const j = markers.findIndex((mk) => membersOf(mk).includes(it.i));
    if (j < 0) return;
    moveTo(j, false);
    select(markers[j]);
    chartWrap.scrollIntoView({ block: 'nearest' });
    markers[j].focus({ preventScroll: true });
  }

  function groupOf(it) {
    if (it.kind === 'announced') return { key: 'announced', label: 'Announced (no date given)' };
    if (!it.prec) return { key: 'undated', label: 'No date' };
    return { key: `${it.t.date}|${it.prec}`, label: `${fmtDate(it.t.date)}${PREC_WORDS[it.prec] ? ` (${PREC_WORDS[it.prec]})` : ''}` };
  }

  function renderList() {
    clear(listHolder);
    const vis = state.vis;
    if (!vis.length) { listHolder.append(h('p', { class: 'px-tl-none' }, 'No items match these filters.')); return; }
    // Announced and undated items sort last (they are in the chart's right-hand zone too).
    const sorted = vis.slice().sort((a, b) => (a.kind === 'announced') - (b.kind === 'announced'));
    const ol = h('ol', { class: 'px-tl-groups' });
    listHolder.append(ol);
    let cur = null;
    paged(ol, sorted, (it) => {
      const g = groupOf(it);
      if (cur && cur.key === g.key) { cur.ol.append(listItem(it)); return null; }
      const inner = h('ol', { class: 'px-tl-items' }, listItem(it));
      cur = { key: g.key, ol: inner };
      return h('li', { class: ['px-tl-group', g.key === 'announced' && 'px-tl-group-ann'], dataset: { group: g.key } },
        h('h4', { class: 'px-tl-ghead' }, g.label), inner);
    }, LIST_PAGE, 'items');
  }

  function update() {
    state.vis = model.items.filter((it) => (!state.multi || it.n >= 2) && (!state.outlets.size || it.outlets.some((o) => state.outlets.has(o))));
    for (const [name, b] of outletButtons) b.setAttribute('aria-pressed', String(state.outlets.has(name)));
    allBtn.setAttribute('aria-pressed', String(!state.outlets.size));
    multiBtn.setAttribute('aria-pressed', String(state.multi));
    status.textContent = state.vis.length === model.items.length ? `Showing all ${plural(model.items.length, 'item')}.`
      : `Showing ${state.vis.length} of ${plural(model.items.length, 'item')}.`;
    if (state.selected) {
      const keep = new Set(state.vis.map((it) => it.i));
      state.selected = state.selected.filter((i) => keep.has(i));
      if (!state.selected.length) { state.selected = null; clear(detail); }
    }
    if (state.width || !ro) draw();
    renderList();
  }

  // Width: the SVG is drawn 1:1 in its container's pixels, again whenever the width changes.
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver((entries) => {
    if (!chartWrap.isConnected) { ro.disconnect(); return; }
    const w = Math.round(entries[entries.length - 1].contentRect.width);
    if (w > 0 && w !== state.width) { state.width = w; draw(); }
  }) : null;
  ro?.observe(chartWrap);
  // The first drawing waits for the container's width (the observer reports it before the first
  // paint); a panel that is hidden is drawn when shown, or at a default width to be printed.
  // Both go when the report leaves the screen (ctx.signal).
  const onPrint = () => {
    if (!state.width) { state.width = FALLBACK_WIDTH; draw(); }
  };
  window.addEventListener('beforeprint', onPrint, { signal: ctx.signal });
  ctx.signal?.addEventListener('abort', () => ro?.disconnect(), { once: true });
  update();
  // Rendered for a print already under way (its beforeprint has been dispatched).
  if (ctx.isPrinting?.()) onPrint();
}

function renderLegend(model) {
  const sw = (cls, shape) => {
    const svg = s('svg', { class: 'px-tl-sw', viewBox: '0 0 34 20', width: '34', height: '20', 'aria-hidden': 'true', focusable: 'false' });
    const g = s('g', { class: ['px-tl-swg', cls] });
    if (shape === 'day') g.append(s('circle', { class: 'px-tl-shape', cx: 17, cy: 10, r: 7 }));
    else if (shape === 'month') g.append(s('rect', { class: 'px-tl-shape', x: 3, y: 4, width: 28, height: 12, rx: 6 }));
    else if (shape === 'year') g.append(s('rect', { class: 'px-tl-shape', x: 3, y: 5, width: 28, height: 10, rx: 1 }), s('path', { class: 'px-tl-cap', d: 'M3,3 v14 M31,3 v14' }));
    else if (shape === 'span') g.append(s('line', { class: 'px-tl-spanline', x1: 10, x2: 31, y1: 10, y2: 10 }), s('path', { class: 'px-tl-spanend', d: 'M26,5 L31,10 L26,15' }), s('circle', { class: 'px-tl-shape', cx: 8, cy: 10, r: 6 }));
    else if (shape === 'ann') g.append(s('path', { class: 'px-tl-shape', d: 'M17,2 L25,10 L17,18 L9,10 Z' }));
    else if (shape === 'cluster') g.append(s('rect', { class: 'px-tl-shape', x: 3, y: 3, width: 28, height: 14, rx: 3 }));
    svg.append(g);
    return svg;
  };
  const colours = h('ul', { class: 'px-tl-legend px-tl-legend-n', 'aria-label': 'Colour: how many outlets report an item' },
    model.bins.map((b, k) => h('li', {}, h('span', { class: ['px-tl-chip', `px-tl-b${k}`], 'aria-hidden': 'true' }, b.hi === Infinity ? `${b.lo}+` : b.lo === b.hi ? String(b.lo) : `${b.lo}–${b.hi}`), binLabel(b))));
  const shapes = h('ul', { class: 'px-tl-legend', 'aria-label': 'Marker shapes' },
    h('li', {}, sw('px-tl-b0', 'day'), 'a day'),
    h('li', {}, sw('px-tl-b0', 'month'), 'a month'),
    h('li', {}, sw('px-tl-b0', 'year'), 'a year'),
    model.items.some((it) => it.kind === 'start') ? h('li', {}, sw('px-tl-b0', 'span'), 'since then, to the article\'s date') : null,
    model.items.some((it) => it.zone) ? h('li', {}, sw('px-tl-b0', 'ann'), 'announced, no date') : null,
    h('li', { class: 'px-tl-legend-cluster', hidden: true }, sw('px-tl-cluster', 'cluster'), '+N: several items in one place; select it to list them'));
  return h('div', { class: 'px-tl-legends' }, colours, shapes);
}
