// The Timeline panel as a reader uses it: one marker per item on a broken axis, a marker's quotes
// verbatim from its document, the same items as a list, filters that drive both, the keyboard,
// the seeds' far past and busy October both readable, and a large report that stays usable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, launch, openPage, waitForReport, dropFiles, seedFiles, shot, assertCleanPage } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const norm = (t) => String(t).replace(/\s+/g, ' ').trim();

async function openTimeline(opts = {}, seeds = false) {
  const { page, log, context } = await openPage(browser, server.url, opts);
  let r = await waitForReport(page, '#app', 4);
  if (seeds) {
    await dropFiles(page, seedFiles(), '#app');
    r = await waitForReport(page, '#app', 5);
  }
  const app = page.locator('#app');
  await app.locator('role=tab[name=/Timeline/]').click();
  await app.locator('.px-tl-svg .px-tl-mk').first().waitFor();
  return { page, log, context, r, app };
}

/** Every marker of the chart: its item (or cluster count), box and centre. */
async function markerBoxes(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#app').shadowRoot;
    return [...root.querySelectorAll('.px-tl-svg .px-tl-mk')].map((g) => {
      const b = g.querySelector('.px-tl-shape').getBoundingClientRect();
      return { item: g.dataset.item === undefined ? null : Number(g.dataset.item), count: Number(g.dataset.count), date: g.dataset.date,
        cluster: g.classList.contains('px-tl-cluster'), x: b.x, y: b.y, w: b.width, h: b.height, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
    });
  });
}

const overlap = (a, b) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

test('demo: the chart has one marker per item, and a marker shows its quotes verbatim', async () => {
  const { page, log, context, r, app } = await openTimeline();
  const boxes = await markerBoxes(page);
  assert.equal(boxes.reduce((n, b) => n + b.count, 0), r.timeline.length, 'markers and cluster counts add up to the items');
  const single = boxes.filter((b) => !b.cluster).map((b) => b.item).sort((a, b) => a - b);
  assert.deepEqual(single, [...new Set(single)], 'no item drawn twice');
  assert.equal(single.length, r.timeline.length, 'four documents: no clusters needed');
  for (const b of boxes) for (const c of boxes) if (b !== c) assert.equal(overlap(b, c), 0, `markers ${b.item} and ${c.item} do not overlap`);

  // The item reported by the most outlets: its marker says how many, and shows each quote.
  const k = r.timeline.reduce((best, t, i) => (t.evidence.length > r.timeline[best].evidence.length ? i : best), 0);
  const item = r.timeline[k];
  const marker = app.locator(`.px-tl-mk[data-item="${k}"]`);
  assert.equal(norm(await marker.locator('.px-tl-num').textContent()), String(new Set(item.evidence.map((e) => e.doc)).size));
  // Its name (the tooltip too) starts with the number it shows, then the outlets and the date.
  assert.match(norm(await marker.locator('title').textContent()), new RegExp(`^${item.evidence.length} outlets \\(.+\\): `));
  await marker.click();
  assert.equal(await marker.getAttribute('aria-pressed'), 'true');
  const detail = app.locator('.px-tl-detail');
  assert.equal(norm(await detail.locator('.px-tl-event').textContent()).replace(/^\d+ outlets?: /, '').replace(/^\d+/, '').trim(), norm(item.event));
  const quotes = await detail.locator('.px-tl-qtext').allTextContents();
  assert.deepEqual(quotes.map(norm), item.evidence.map((e) => norm(e.quote)));
  for (const e of item.evidence) {
    const doc = r.documents.find((d) => d.id === e.doc);
    assert.ok(norm(doc.body).includes(norm(e.quote)), `the quote is verbatim in ${doc.file}`);
  }
  const outlets = await detail.locator('.px-tl-qoutlet').allTextContents();
  for (const e of item.evidence) {
    const doc = r.documents.find((d) => d.id === e.doc);
    assert.ok(outlets.some((o) => o.includes(doc.outlet || doc.file)), `the quote from ${doc.file} names its outlet`);
  }
  await shot(page, 'timeline-demo.png');

  // "Show in context" opens the quote viewer on that quote; "Open the document" its card.
  await detail.getByRole('button', { name: 'Show in context' }).first().click();
  const dialog = app.locator('dialog.px-dialog');
  await dialog.waitFor();
  assert.equal(norm(await dialog.locator('mark.px-quote').textContent()), norm(item.evidence[0].quote));
  assert.equal(norm(await dialog.locator('h2').textContent()), norm(item.event));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await detail.getByRole('button', { name: 'Open the document' }).first().click();
  assert.equal(await app.locator('role=tab[name=/Documents/]').getAttribute('aria-selected'), 'true');

  await assertCleanPage(assert, page, log);
  await context.close();
});

test('demo: the list view lists every item by date, precision in words, quotes on request', async () => {
  const { page, context, r, app } = await openTimeline();
  const items = app.locator('.px-tl-listview .px-tl-item');
  assert.equal(await items.count(), r.timeline.length);
  const events = (await items.locator('.px-tl-event').allTextContents()).map(norm);
  for (const t of r.timeline) assert.ok(events.some((e) => e.endsWith(norm(t.event)) || e.includes(norm(t.event))), `"${t.event}" is listed`);
  const heads = (await app.locator('.px-tl-listview .px-tl-ghead').allTextContents()).map(norm);
  assert.ok(heads.includes('3 March 2026 (exact day)'), heads.join(' | '));
  assert.ok(heads.includes('April 2026 (month only)'));
  assert.ok(heads.includes('1911 (year only)'));
  // Groups run in date order.
  assert.ok(heads.indexOf('1911 (year only)') < heads.indexOf('3 March 2026 (exact day)'));
  assert.ok(heads.indexOf('3 March 2026 (exact day)') < heads.indexOf('April 2026 (month only)'));
  // A "since" item says so, and runs to the article's date.
  const since = items.filter({ has: page.locator('.px-tl-kind', { hasText: 'since' }) });
  if (r.timeline.some((t) => t.kind === 'start')) assert.match(norm(await since.first().locator('.px-tl-when').textContent()), /^Since \d{4} \(year only\), running to the article's date, \d+ \w+ \d{4}$/);
  // Quotes expand in place.
  const first = items.first();
  const toggle = first.getByRole('button', { name: /Show \d+ quotes?/ });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await first.getByRole('button', { name: /Hide \d+ quotes?/ }).getAttribute('aria-expanded'), 'true');
  const k = Number(await first.getAttribute('data-item'));
  assert.deepEqual((await first.locator('.px-tl-qtext').allTextContents()).map(norm), r.timeline[k].evidence.map((e) => norm(e.quote)));
  // "Show on the chart" selects the item's marker.
  await first.getByRole('button', { name: 'Show on the chart' }).click();
  assert.equal(await app.locator(`.px-tl-mk[data-item="${k}"]`).getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('demo: outlet and 2+ filters narrow the chart and the list alike', async () => {
  const { page, context, r, app } = await openTimeline();
  const label = (id) => { const d = r.documents.find((x) => x.id === id); return d.outlet || d.file; };
  const outlet = r.documents[0].outlet;
  const expect = r.timeline.filter((t) => t.evidence.some((e) => label(e.doc) === outlet)).length;
  assert.ok(expect > 0 && expect < r.timeline.length);
  const btn = app.locator('.px-tl-outlet', { hasText: outlet });
  assert.equal(await btn.getAttribute('aria-pressed'), 'false');
  await btn.click();
  assert.equal(await btn.getAttribute('aria-pressed'), 'true');
  assert.equal(await app.locator('.px-tl-listview .px-tl-item').count(), expect);
  assert.equal((await markerBoxes(page)).reduce((n, b) => n + b.count, 0), expect);
  assert.match(await app.locator('.px-tl-status').textContent(), new RegExp(`Showing ${expect} of ${r.timeline.length} items`));
  for (const who of await app.locator('.px-tl-listview .px-tl-who').allTextContents()) assert.ok(who.includes(outlet));
  // 2+ outlets on top of it.
  const multi = app.locator('.px-tl-multi');
  await multi.click();
  assert.equal(await multi.getAttribute('aria-pressed'), 'true');
  const expect2 = r.timeline.filter((t) => t.evidence.some((e) => label(e.doc) === outlet) && new Set(t.evidence.map((e) => label(e.doc))).size >= 2).length;
  assert.equal(await app.locator('.px-tl-listview .px-tl-item').count(), expect2);
  assert.equal((await markerBoxes(page)).reduce((n, b) => n + b.count, 0), expect2);
  // Back to everything.
  await app.locator('.px-tl-all').click();
  await multi.click();
  assert.equal(await app.locator('.px-tl-listview .px-tl-item').count(), r.timeline.length);
  await context.close();
});

test('keyboard: Tab reaches the chart, arrows move between markers, Enter shows the quotes', async () => {
  const { page, context, r, app } = await openTimeline();
  await app.locator('.px-tl-multi').focus();
  await page.keyboard.press('Tab');
  const active = () => page.evaluate(() => {
    const a = document.querySelector('#app').shadowRoot.activeElement;
    return a?.classList.contains('px-tl-mk') ? { item: a.dataset.item, tab: a.getAttribute('tabindex') } : null;
  });
  const first = await active();
  assert.ok(first, 'Tab lands on a marker');
  assert.equal(first.tab, '0');
  await page.keyboard.press('ArrowRight');
  const second = await active();
  assert.ok(second && second.item !== first.item, 'ArrowRight moves to the next marker');
  assert.equal(await app.locator('.px-tl-svg [tabindex="0"]').count(), 1, 'one marker in the tab order (roving)');
  await page.keyboard.press('Enter');
  const item = r.timeline[Number(second.item)];
  assert.deepEqual((await app.locator('.px-tl-detail .px-tl-qtext').allTextContents()).map(norm), item.evidence.map((e) => norm(e.quote)));
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  const last = await active();
  assert.equal(await app.locator(`.px-tl-mk[data-item="${last.item}"]`).getAttribute('aria-pressed'), 'true');
  // The visible focus ring is drawn on the marker.
  const stroke = await page.evaluate(() => getComputedStyle(document.querySelector('#app').shadowRoot.activeElement.querySelector('.px-tl-shape')).strokeWidth);
  assert.equal(stroke, '3.5px');
  await context.close();
});

test('the panel passes axe in light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, app } = await openTimeline({ colorScheme });
    await app.locator('.px-tl-svg .px-tl-mk').first().click();
    const res = await new AxeBuilder({ page }).include('#app').analyze();
    // heading-order is left out: the panel's own h2 is print-only (display: none on screen), so
    // every panel's h3 follows the page's h1 (see the report to the lead).
    const bad = res.violations.filter((v) => v.id !== 'heading-order' && v.nodes.some((n) => JSON.stringify(n.target).includes('px-tl') || n.html.includes('px-tl')));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' / ')}`), [], colorScheme);
    if (colorScheme === 'dark') await shot(page, 'timeline-dark.png');
    await context.close();
  }
});

test('seeds: 2011 and October 2025 are far apart, and the October items are told apart', { skip: !seedFiles() && 'no ../shared seeds' }, async () => {
  for (const [width, name] of [[1280, 'timeline.png'], [360, 'timeline-narrow.png']]) {
    const { page, log, context, r, app } = await openTimeline({ viewport: { width, height: 900 } }, true);
    const boxes = await markerBoxes(page);
    assert.equal(boxes.reduce((n, b) => n + b.count, 0), r.timeline.length);
    const svgBox = await app.locator('.px-tl-svg').boundingBox();
    assert.ok(svgBox.width > width - 120, `the chart fills its container (${svgBox.width}px at ${width})`);
    for (const b of boxes) assert.ok(b.x >= svgBox.x - 1 && b.x + b.w <= svgBox.x + svgBox.width + 1, 'markers stay inside the chart');
    const y2011 = boxes.find((b) => b.date === '2011');
    assert.ok(y2011, 'the 2011 item has a marker');
    const oct = boxes.filter((b) => b.date?.startsWith('2025-10'));
    assert.ok(oct.length >= 3, 'several October 2025 markers');
    for (const b of oct) assert.ok(b.cx - y2011.cx >= 40, `October 2025 is ${Math.round(b.cx - y2011.cx)}px right of 2011 at ${width}px`);
    for (const a of oct) {
      for (const b of oct) {
        if (a === b) continue;
        assert.equal(overlap(a, b), 0, `October markers ${a.item} and ${b.item} do not overlap at ${width}px`);
        assert.ok(Math.hypot(a.cx - b.cx, a.cy - b.cy) >= 12, 'and their centres are apart');
      }
    }
    // The month "October 2025" is a bar wider than a day's dot.
    const month = boxes.find((b) => b.date === '2025-10');
    const day = boxes.find((b) => b.date === '2025-10-15');
    if (month && day) assert.ok(month.w > day.w + 4, 'a month is drawn as a bar, a day as a dot');
    // Every quote of every item is verbatim in its document.
    for (const t of r.timeline) {
      for (const e of t.evidence) {
        const doc = r.documents.find((d) => d.id === e.doc);
        assert.ok(norm(doc.body).includes(norm(e.quote)), `${t.event}: the quote is in ${doc.file}`);
      }
    }
    // Announced items sit in their own group, last.
    const heads = (await app.locator('.px-tl-listview .px-tl-ghead').allTextContents()).map(norm);
    if (r.timeline.some((t) => t.kind === 'announced')) assert.equal(heads[heads.length - 1], 'Announced (no date given)');
    await app.locator(`.px-tl-mk[data-date="2025-10-15"]`).first().click();
    await shot(page, name);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    await context.close();
  }
});

test('a large report (1,000 documents, 3,000 items) renders quickly and stays usable', async () => {
  const { page, context, app } = await openTimeline();
  const out = await page.evaluate(async () => {
    const { renderTimeline } = await import(new URL('widget/panels/timeline.js', location.href));
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pad = (n) => String(n).padStart(2, '0');
    const docs = Array.from({ length: 1000 }, (_, i) => ({ id: `d${i + 1}`, file: `f${i}.txt`, outlet: `Outlet ${i % 300}`, published: '2025-10-15', body: `Quote number ${i} is here.`, blocks: [] }));
    const timeline = Array.from({ length: 3000 }, (_, i) => {
      const y = 1990 + Math.floor(rnd() * 36);
      const r = rnd();
      const date = i < 200 ? '2025-10-15' : r < 0.2 ? String(y) : r < 0.5 ? `${y}-${pad(1 + Math.floor(rnd() * 12))}` : `${y}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
      const evidence = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => { const d = docs[Math.floor(rnd() * 1000)]; return { doc: d.id, quote: d.body, start: 0, end: d.body.length }; });
      return { date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day', event: `Event ${i}`, kind: i % 50 === 0 ? 'start' : i % 97 === 0 ? 'announced' : 'event', evidence };
    });
    const report = { schema: 'parallax.report/1', documents: docs, timeline, entities: [], claims: [] };
    const byId = new Map(docs.map((d) => [d.id, d]));
    const ctx = { report, docs, doc: (id) => byId.get(id), label: (id) => byId.get(id)?.outlet, uid: 'big', compact: false, files: [], showQuote() {}, showDocument() {} };
    const panel = document.querySelector('#app').shadowRoot.querySelector('.px-panel-timeline');
    panel.replaceChildren();
    const t0 = performance.now();
    renderTimeline(panel, report, ctx);
    const ms = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const multi = panel.querySelector('.px-tl-multi');
    const t1 = performance.now();
    multi.click();
    const filterMs = performance.now() - t1;
    multi.click();
    const mk = [...panel.querySelectorAll('.px-tl-svg .px-tl-mk')];
    return { ms, filterMs, markers: mk.length, sum: mk.reduce((n, g) => n + Number(g.dataset.count), 0), clusters: panel.querySelectorAll('.px-tl-cluster').length,
      rows: panel.querySelectorAll('.px-tl-item').length, outletButtons: panel.querySelectorAll('.px-tl-outlet').length, nodes: panel.querySelectorAll('*').length };
  });
  console.log(`large timeline: render ${out.ms.toFixed(1)} ms, filter + redraw ${out.filterMs.toFixed(1)} ms, ${out.markers} markers (${out.clusters} clusters), ${out.nodes} nodes`);
  assert.equal(out.sum, 3000, 'every item is in a marker or a cluster');
  assert.ok(out.clusters > 0 && out.markers <= 700, `${out.markers} markers`);
  assert.ok(out.rows <= 100, 'the list is paged');
  assert.ok(out.outletButtons <= 12, 'only the busiest outlets get buttons up front');
  // A cluster lists its items when selected.
  const cluster = app.locator('.px-tl-svg .px-tl-cluster').first();
  const n = Number(await cluster.getAttribute('data-count'));
  await cluster.click();
  assert.match(await app.locator('.px-tl-detail .px-tl-dhead').textContent(), new RegExp(`^${n} items`));
  assert.ok(await app.locator('.px-tl-detail .px-tl-item').count() <= 20);
  await shot(page, 'timeline-large.png');
  await context.close();
});
