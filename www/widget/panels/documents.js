// Documents panel: one card per dropped file with its outlet, title, date (inferred or not),
// author, size and problems; the article body as extracted, the text left out as boilerplate on
// request, and a form to correct the outlet or date (which analyses again). A card's article text
// and its form are built when the card first opens them, so a drop of a thousand files stays light.

import { h, fmtBytes, fmtDate, byteIndexer, paged } from '../dom.js';

const REASONS = {
  navigation: 'menu', headline: 'headline list', other: 'not article text',
};

export function renderDocuments(root, report, ctx) {
  const docs = report.documents;
  const list = h('ol', { class: 'px-doclist' });
  root.append(h('p', { class: 'px-panel-intro' },
    `${docs.length} document${docs.length === 1 ? '' : 's'}. Each card shows what was read from the file; `,
    'correct an outlet or a date and the report is rebuilt.'), list);
  paged(list, docs, (d, i) => card(d, i, ctx), 50, 'documents');
}

function card(d, i, ctx) {
  const file = ctx.files[i];
  const bodyHolder = h('div', { class: 'px-doc-body' });
  let filled = false;
  const bodyBox = h('details', { class: 'px-doc-text', on: { toggle: () => { if (bodyBox.open && !filled) { filled = true; fillBody(bodyHolder, d); } } } },
    h('summary', {}, `Article text (${(d.blocks || []).length} block${(d.blocks || []).length === 1 ? '' : 's'})`), bodyHolder);
  const el = h('li', { class: ['px-doc', d.errors.length && 'px-doc-bad'], dataset: { doc: d.id }, tabindex: '-1' },
    h('div', { class: 'px-doc-head' },
      h('span', { class: 'px-doc-id' }, d.id),
      h('span', { class: 'px-doc-outlet' }, d.outlet || 'Outlet unknown'),
      d.published
        ? h('span', { class: 'px-doc-date' }, fmtDate(d.published), d.published_inferred ? inferredBadge(d) : null)
        : h('span', { class: 'px-doc-date px-missing' }, 'no date')),
    h('h3', { class: 'px-doc-title' }, d.title || 'Untitled'),
    h('p', { class: 'px-doc-meta' },
      d.author ? ['By ', h('span', { class: 'px-doc-author' }, d.author), ' · '] : null,
      d.source ? ['Text credited to ', h('span', { class: 'px-doc-source' }, d.source), ' · '] : null,
      h('span', { class: 'px-file' }, d.file), ' · ', file?.size != null ? fmtBytes(file.size) : '', ' · ', d.format || ''),
    d.errors.length ? h('ul', { class: 'px-doc-errors' }, d.errors.map((e) => h('li', {}, e))) : null,
    (d.copies || []).length
      ? h('p', { class: 'px-doc-copies' }, 'Shares text with ',
        d.copies.map((c, k) => [k ? ', ' : '', h('span', { class: 'px-copy', dataset: { doc: c.doc }, title: `${c.words} words in runs both print` }, `${c.doc} (${Math.round(c.share * 100)}%)`)]),
        ' (wire copy)')
      : null,
    d.body ? bodyBox : null,
    correction(d, ctx),
    h('button', { type: 'button', class: 'px-btn px-small', on: { click: () => ctx.remove(d.id) } }, 'Remove from the drop'));
  el.addEventListener('px-open', () => { if (d.body) bodyBox.open = true; });
  return el;
}

function fillBody(holder, d) {
  const bx = byteIndexer(d.body);
  const blocks = d.blocks?.length ? d.blocks : [{ start: 0, end: bx.length, role: 'paragraph' }];
  for (const b of blocks) {
    const tag = b.role === 'heading' ? 'h4' : b.role === 'caption' ? 'figcaption' : 'p';
    holder.append(h(tag, { class: `px-block px-role-${b.role}`, title: b.role === 'paragraph' ? null : b.role }, bx.slice(b.start, b.end)));
  }
  const removed = d.removed || [];
  if (!removed.length) return;
  const box = h('div', { class: 'px-removed', hidden: true },
    removed.map((r) => h('p', { class: 'px-removed-line' }, h('span', { class: 'px-removed-why' }, REASONS[r.reason] || r.reason), ' ', r.text)));
  const toggle = h('button', { type: 'button', class: 'px-btn px-small', 'aria-expanded': 'false' }, `Show removed text (${removed.length} lines)`);
  toggle.addEventListener('click', () => {
    box.hidden = !box.hidden;
    toggle.setAttribute('aria-expanded', String(!box.hidden));
    toggle.textContent = `${box.hidden ? 'Show' : 'Hide'} removed text (${removed.length} lines)`;
  });
  holder.append(toggle, box);
}

function correction(d, ctx) {
  let built = false;
  const box = h('details', { class: 'px-doc-fix' }, h('summary', {}, 'Correct outlet or date'));
  box.addEventListener('toggle', () => {
    if (!box.open || built) return;
    built = true;
    box.append(correctionForm(d, ctx));
  });
  return box;
}

function correctionForm(d, ctx) {
  const id = `${ctx.uid}-fix-${d.id}`;
  const outlet = h('input', { type: 'text', id: `${id}-outlet`, value: d.outlet || '', placeholder: 'e.g. Harbour Gazette' });
  const date = h('input', { type: 'date', id: `${id}-date`, value: d.published || '' });
  const form = h('form', { class: 'px-fix' },
    h('label', { for: `${id}-outlet` }, 'Outlet'), outlet,
    h('label', { for: `${id}-date` }, 'Published'), date,
    h('button', { type: 'submit', class: 'px-btn px-primary px-small' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.correct(d.id, { outlet: outlet.value.trim() || null, published: date.value || null });
  });
  return form;
}

// The badge of an inferred date: the whole date from the drop, or only the year of a month and
// day the article prints (`published_stated` "--MM-DD").
function inferredBadge(d) {
  const yearOnly = typeof d.published_stated === 'string' && d.published_stated.startsWith('--');
  return yearOnly
    ? h('span', { class: 'px-badge', title: 'The article prints this month and day without a year; the year was inferred from the drop' }, 'year inferred')
    : h('span', { class: 'px-badge', title: 'The article states no date; this one was inferred from the drop' }, 'inferred');
}
