// The widget as an embedding site uses it: isolation from the host's CSS, the JavaScript API and
// its event, a large drop off the main thread with progress and cancel, every export parsed
// back, accessibility (axe-core) and the layouts people look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, openPage, waitForReport, dropFiles, shadowText, shot, pageForm, DEMO } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


test('host CSS does not reach into the widget and the widget CSS does not leak out', async () => {
  const { page, log, context } = await openPage(browser, server.url + 'embed.html');
  await waitForReport(page, '#fed', 2);
  const inside = await page.evaluate(() => {
    const root = document.querySelector('#fed').shadowRoot;
    const st = getComputedStyle(root.querySelector('.px-status'));
    const btn = getComputedStyle(root.querySelector('.px-btn'));
    const cell = root.querySelector('td, th');
    return { color: st.color, font: st.fontFamily, size: st.fontSize, transform: st.textTransform, lineHeight: st.lineHeight,
      btnSize: btn.fontSize, btnBg: btn.backgroundColor, cellBorder: cell ? getComputedStyle(cell).borderTopColor : null };
  });
  const hostRed = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
  assert.equal(hostRed, 'rgb(176, 0, 0)', 'the host rule applies to the host page');
  assert.notEqual(inside.color, 'rgb(176, 0, 0)');
  assert.doesNotMatch(inside.font, /Comic Sans/);
  assert.equal(inside.transform, 'none');
  assert.equal(inside.size, '14px', 'the compact widget keeps its own size despite the host root font size');
  assert.notEqual(inside.btnSize, '40px');
  assert.notEqual(inside.btnBg, 'rgb(255, 0, 255)');
  if (inside.cellBorder) assert.notEqual(inside.cellBorder, 'rgb(0, 255, 0)');
  const leak = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'px px-btn px-status';
    document.body.append(probe);
    const s = getComputedStyle(probe);
    return { radius: s.borderRadius, padding: s.paddingTop };
  });
  assert.equal(leak.radius, '0px', 'widget classes do not style the host page');
  assert.equal(leak.padding, '0px');
  assert.deepEqual(log.errors, []);
  await shot(page, 'embed.png');
  await context.close();
});

test('a host feeds articles with analyze() and receives the parallax-report event', async () => {
  const { page, context } = await openPage(browser, server.url + 'embed.html');
  await waitForReport(page, '#fed', 2);
  assert.match(await page.locator('#fed-log').textContent(), /parallax-report: 2 documents/);
  const got = await page.evaluate(async (files) => {
    const el = document.querySelector('#drop');
    const event = new Promise((resolve) => el.addEventListener('parallax-report', (e) => resolve(e.detail.report), { once: true }));
    const returned = await el.analyze(files);
    const fired = await event;
    return { returned: returned.documents.length, fired: fired.documents.length, same: JSON.stringify(returned) === JSON.stringify(fired), outlets: fired.documents.map((d) => d.outlet) };
  }, DEMO);
  assert.equal(got.returned, DEMO.length);
  assert.equal(got.fired, DEMO.length);
  assert.ok(got.same);
  assert.ok(got.outlets.includes('Northern Wire'));
  // The event bubbles out of the element (composed) to the document.
  const bubbled = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('parallax-report', (e) => resolve(e.target.id), { once: true });
    document.querySelector('#fed').analyze([{ name: 'a.txt', text: 'The mayor of Port Ellis spoke on Monday.' }]);
  }));
  assert.equal(bubbled, 'fed');
  await context.close();
});

test('a 200-file drop runs off the main thread with progress, then renders', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  const files = Array.from({ length: 200 }, (_, i) => {
    const f = DEMO[i % DEMO.length];
    const paras = f.text.split('\n\n');
    const k = i % paras.length;
    return { name: `copy-${String(i).padStart(3, '0')}-${f.name}`, text: [...paras.slice(k), ...paras.slice(0, k)].join('\n\n').repeat(4) };
  });
  await page.evaluate(() => {
    const el = document.querySelector('#app');
    window.__frames = { during: 0, maxGap: 0, progress: [], sawBar: false };
    let last = performance.now();
    const tick = (t) => {
      window.__frames.maxGap = Math.max(window.__frames.maxGap, t - last);
      last = t;
      if (el.busy) window.__frames.during += 1;
      if (window.__frames.running) requestAnimationFrame(tick);
    };
    window.__frames.running = true;
    requestAnimationFrame(tick);
    el.addEventListener('parallax-progress', (e) => {
      window.__frames.progress.push(`${e.detail.phase}:${e.detail.stage || e.detail.done}`);
      const bar = el.shadowRoot.querySelector('.px-progress');
      if (bar && !bar.hidden && getComputedStyle(bar).display !== 'none') window.__frames.sawBar = true;
    });
  });
  await dropFiles(page, files, '#app');
  const r = await waitForReport(page, '#app', 200);
  const frames = await page.evaluate(() => { window.__frames.running = false; return window.__frames; });
  assert.equal(r.documents.length, 200);
  assert.ok(frames.sawBar, 'the progress bar was shown');
  assert.ok(frames.progress.includes('read:200'), 'files read were counted');
  assert.ok(frames.progress.some((p) => p === 'analyse:claims'), 'stages were reported');
  assert.ok(frames.during >= 3, `the page kept painting while it analysed (${frames.during} frames)`);
  test.diagnostic?.(`200 files: ${frames.during} frames painted during analysis, longest frame gap ${frames.maxGap.toFixed(0)} ms`);
  console.log(`# 200-file drop: ${frames.during} frames during analysis, longest gap ${frames.maxGap.toFixed(0)} ms`);
  // Rendering stays bounded: pages of rows, windows of columns.
  const rows = await page.locator('#app').locator('.px-doc').count();
  assert.ok(rows <= 60, `documents are paged (${rows} cards)`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a report of many documents reaches the page whole, in parts, its silent cells left out once', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  // Sixty documents from twelve outlets: many mostly silent agreement cells, several parts.
  const files = Array.from({ length: 60 }, (_, i) => ({ ...DEMO[i % DEMO.length], name: `${i}-${DEMO[i % DEMO.length].name}`, outlet: `Outlet ${i % 12}` }));
  const out = await page.evaluate(async (fs) => {
    const el = document.querySelector('#app');
    const report = await el.analyze(fs);
    const exported = JSON.parse(await el.exportAs('json'));
    const ids = report.documents.map((d) => d.id);
    const inOrder = (keys) => keys.every((k, i) => i === 0 || ids.indexOf(keys[i - 1]) < ids.indexOf(k));
    return {
      report, exported,
      full: exported.claims.every((c) => JSON.stringify(Object.keys(c.cells)) === JSON.stringify(ids)),
      ordered: report.claims.every((c) => inOrder(Object.keys(c.cells))),
      silent: exported.claims.reduce((n, c) => n + Object.values(c.cells).filter((x) => x.stance === 'silent').length, 0),
      silentOnPage: report.claims.reduce((n, c) => n + Object.values(c.cells).filter((x) => x.stance === 'silent').length, 0),
      shown: [...el.shadowRoot.querySelectorAll('.px-agr-row td[data-stance=silent]')].length,
      received: typeof el.metrics.receiveMs === 'number',
    };
  }, files);
  assert.ok(out.report.claims.length > 0);
  assert.ok(out.silent > 0, 'the export has silent cells');
  assert.ok(out.full, 'the export has a cell for every document in every claim, in document order');
  assert.equal(out.silentOnPage, 0, 'the page\'s report leaves them out');
  assert.equal(out.report.silent_cells, 'omitted', 'and says so');
  assert.ok(out.ordered, 'the cells it keeps follow the document order');
  assert.ok(out.shown > 0, 'the table shows the silent cells');
  assert.deepEqual(out.report, pageForm(out.exported), 'the page\'s report is the export without its silent cells');
  assert.ok(out.received);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('cancel stops a long analysis, keeps the previous report, and the widget still works', async () => {
  const { page, context } = await openPage(browser, server.url);
  const before = await waitForReport(page, '#app', 4);
  const para = DEMO[0].text.split('\n\n').slice(3, 6).join('\n\n');
  const big = `${para}\n\n`.repeat(Math.ceil((20 << 20) / (para.length + 2)));
  await page.evaluate((text) => {
    const el = document.querySelector('#app');
    window.__started = new Promise((resolve) => el.addEventListener('parallax-progress', resolve, { once: true }));
    el.analyze([{ name: 'twenty-megabytes.txt', text }]);
  }, big);
  await page.evaluate(() => window.__started);
  await page.locator('#app').locator('.px-progress').getByRole('button', { name: 'Cancel' }).click();
  await page.waitForFunction(() => !document.querySelector('#app').busy);
  assert.match(await shadowText(page, '#app'), /Cancelled/);
  const kept = await page.evaluate(() => document.querySelector('#app').report);
  assert.deepEqual(kept.documents.map((d) => d.file), before.documents.map((d) => d.file));
  await dropFiles(page, DEMO.slice(0, 2), '#app');
  await waitForReport(page, '#app', 2);
  await context.close();
});

function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('every export downloads and parses back to the report', async () => {
  const { page, context } = await openPage(browser, server.url);
  const r = await waitForReport(page, '#app', 4);
  const get = async (label) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#app').locator('.px-exports').getByRole('button', { name: label }).click()]);
    return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
  };
  const json = await get('Report (JSON)');
  assert.equal(json.name, 'parallax-report.json');
  const parsed = JSON.parse(json.text);
  assert.deepEqual(parsed.documents.map((d) => d.id), r.documents.map((d) => d.id));
  assert.deepEqual(r, pageForm(parsed), 'the report the page received is the report, cell for cell (its silent cells left out)');
  assert.equal(parsed.claims.length, r.claims.length);
  assert.deepEqual(parsed.entities.map((e) => e.name), r.entities.map((e) => e.name));

  const claims = parseCsv((await get('Agreement table (CSV)')).text).filter((row) => row.length > 1);
  assert.equal(claims.length - 1, r.claims.length, 'one CSV row per claim');
  assert.deepEqual(claims.slice(1).map((row) => row[0]), r.claims.map((c) => c.claim));

  const entities = parseCsv((await get('Entities (CSV)')).text).filter((row) => row.length > 1);
  assert.equal(entities.length - 1, r.entities.length);
  assert.deepEqual(entities.slice(1).map((row) => row[0]), r.entities.map((e) => e.name));

  const md = (await get('Whole report (Markdown)')).text;
  for (const h of ['## Documents', '## Timeline', '## Entities', '## Agreement table']) assert.ok(md.includes(h), h);
  for (const d of r.documents) assert.ok(md.includes(d.file));
  await context.close();
});

test('no serious or critical accessibility violations on the page and the embed page (axe-core)', async () => {
  for (const [p, scheme] of [['', 'light'], ['', 'dark'], ['embed.html', 'light']]) {
    const { page, context } = await openPage(browser, server.url + p, { colorScheme: scheme });
    await page.waitForFunction(() => [...document.querySelectorAll('parallax-compare')].some((e) => e.report && !e.busy));
    for (const tab of await page.locator('parallax-compare').first().locator('role=tab').all()) {
      await tab.click();
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), [], `${p || 'index'} (${scheme}), tab ${await tab.textContent()}`);
    }
    await context.close();
  }
});

test('screenshots: wide page, narrow phone, dark theme', async () => {
  for (const [name, viewport, colorScheme] of [['page-wide.png', { width: 1440, height: 900 }, 'light'], ['narrow.png', { width: 360, height: 780 }, 'light'], ['dark.png', { width: 1280, height: 900 }, 'dark']]) {
    const { page, context } = await openPage(browser, server.url, { viewport, colorScheme });
    await waitForReport(page, '#app', 4);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${name}: the page does not scroll sideways (${overflow}px)`);
    await shot(page, name);
    await context.close();
  }
});
