// DOM helpers shared by the element and its panels. Text only ever enters the page through
// text nodes and attributes set one by one (never innerHTML), so nothing from an article runs.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'style') for (const [p, val] of Object.entries(v)) el.style.setProperty(p, String(val));
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value' && 'value' in el) el.value = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled' || k === 'hidden' || k === 'open') {
      el[k] = Boolean(v);
    } else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children: nodes, strings (as text), numbers, nested arrays; skips null/false. */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** `h('button', {class: 'x', on: {click}}, 'Label')`: an HTML element. */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, as `h`. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export function fmtBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1048576).toFixed(1)} MB`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** "2025-10-15" -> "15 October 2025"; "2025-10" -> "October 2025"; "2025" -> "2025". */
export function fmtDate(value) {
  if (!value) return 'no date';
  const [y, m, d] = value.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
  return y;
}

/** The label a reader knows a document by: its outlet, else its file name. */
export function docLabel(doc) {
  return doc?.outlet || doc?.file || '?';
}

/** Stance -> the symbol, the words and the class a cell shows (never colour alone). */
export const STANCES = {
  asserts: { symbol: '✓', label: 'asserts', cls: 'st-asserts' },
  differs: { symbol: '≠', label: 'differs', cls: 'st-differs' },
  contradicts: { symbol: '✗', label: 'contradicts', cls: 'st-contradicts' },
  silent: { symbol: '–', label: 'silent', cls: 'st-silent' },
};

/**
 * Text of `body` with `[start, end)` marked, and `highlight` (a value) emphasised inside it
 * when it occurs there: nodes for a quote viewer. Returns [before, <mark>, after] of the block
 * (paragraph) that holds the quote.
 */
export function quoteInContext(doc, start, end, highlight) {
  const body = doc.body || '';
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const bytes = enc.encode(body);
  let bs = 0;
  let be = bytes.length;
  for (const b of doc.blocks || []) {
    if (b.start <= start && end <= b.end) { bs = b.start; be = b.end; break; }
  }
  const cut = (a, b) => dec.decode(bytes.subarray(a, b));
  const quote = cut(start, end);
  const mark = h('mark', { class: 'px-quote' });
  const i = highlight ? quote.toLowerCase().indexOf(String(highlight).toLowerCase()) : -1;
  if (i >= 0 && highlight.length < quote.length) {
    append(mark, [quote.slice(0, i), h('strong', { class: 'px-value' }, quote.slice(i, i + highlight.length)),
      quote.slice(i + highlight.length)]);
  } else if (i >= 0) {
    append(mark, [h('strong', { class: 'px-value' }, quote)]);
  } else {
    mark.textContent = quote;
  }
  return [cut(bs, start), mark, cut(end, be)];
}

/** Byte offset -> string index converter for one body (the report's offsets are UTF-8 bytes). */
export function byteIndexer(body) {
  const bytes = new TextEncoder().encode(body);
  const dec = new TextDecoder();
  return {
    slice: (a, b) => dec.decode(bytes.subarray(a, b)),
    length: bytes.length,
  };
}

/**
 * A paged list: renders the first `size` items with `renderItem`, and a "Show N more" button
 * that appends the next page. Returns the container. With `opts.defer` (a function that runs a
 * job in a later task) and `opts.first`, only the first `opts.first` items are built now and the
 * rest of the first page follows in chunks of that size, one job each; the button comes with the
 * last chunk.
 */
export function paged(container, items, renderItem, size = 50, noun = 'items', opts = {}) {
  let shown = 0;
  const more = h('button', { type: 'button', class: 'px-more' });
  const add = (n) => {
    const next = items.slice(shown, shown + n);
    const frag = document.createDocumentFragment();
    next.forEach((it, k) => { const node = renderItem(it, shown + k); if (node) frag.append(node); });
    shown += next.length;
    container.append(frag);
  };
  const button = () => {
    const left = items.length - shown;
    if (left > 0) {
      more.textContent = `Show ${Math.min(left, size)} more ${noun} (${left} left)`;
      if (!more.isConnected) container.after(more);
    } else more.remove();
  };
  const step = () => { add(size); button(); };
  more.addEventListener('click', step);
  const first = Math.floor(Number(opts.first) || 0);
  const page = Math.min(size, items.length);
  if (opts.defer && first > 0 && first < page) {
    const chunk = () => {
      add(Math.min(first, page - shown));
      if (shown < page) opts.defer(chunk);
      else button();
    };
    chunk();
  } else step();
  return container;
}

/**
 * A window over many document columns (tables with one column per document): shows `size` at a
 * time with previous/next buttons. `onChange(ids)` re-renders with the visible ids.
 */
export function columnWindow(ids, size, onChange, labelOf = (id) => id) {
  let from = 0;
  const info = h('span', { class: 'px-colinfo', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', class: 'px-btn', 'aria-label': 'Previous documents', text: '‹' });
  const next = h('button', { type: 'button', class: 'px-btn', 'aria-label': 'Next documents', text: '›' });
  const bar = h('div', { class: 'px-colwindow', hidden: ids.length <= size }, 'Documents ', info, ' ', prev, next);
  const update = () => {
    const vis = ids.slice(from, from + size);
    info.textContent = `${from + 1}–${from + vis.length} of ${ids.length}` +
      (vis.length ? ` (${labelOf(vis[0])} … ${labelOf(vis[vis.length - 1])})` : '');
    prev.disabled = from === 0;
    next.disabled = from + size >= ids.length;
    onChange(vis);
  };
  prev.addEventListener('click', () => { from = Math.max(0, from - size); update(); });
  next.addEventListener('click', () => { from = Math.min(ids.length - 1, from + size); update(); });
  return { bar, update };
}

/** Builds a download of `text` as a file named `name`. */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
