// The page as a reader meets it: the demo set already analysed, drops that replace it, panels,
// tabs by keyboard, panels rendered one after another (a tab opened early shows its panel at
// once), the quote viewer, corrections, and no errors or CSP violations on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForReport, waitForRendered, dropFiles, seedFiles, shadowText, shot, assertCleanPage, DEMO } from './helpers.mjs';


let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page opens with the demo set analysed and no errors', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  const r = await waitForReport(page, '#app', 4);
  assert.equal(r.schema, 'parallax.report/1');
  assert.ok(r.claims.length > 3, 'demo claims');
  assert.ok(r.claims.some((c) => Object.values(c.cells).some((x) => x.stance === 'differs')), 'the demo outlets differ somewhere');
  const text = await shadowText(page, '#app');
  assert.match(text, /Agreement table/);
  assert.match(text, /Showing the demo set/);
  await assertCleanPage(assert, page, log);
  await shot(page, 'demo.png');
  await context.close();
});

test('dropping the seed articles replaces the demo with five documents', { skip: !seedFiles() && 'no ../shared seeds' }, async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  await dropFiles(page, seedFiles(), '#app');
  const r = await waitForReport(page, '#app', 5);
  assert.ok(r.documents.every((d) => d.errors.length === 0), 'no seed has problems');
  assert.ok(r.entities.length > 5);
  // The documents tab lists five cards with their outlets.
  await page.locator('#app').locator('role=tab[name=/Documents/]').click();
  const cards = page.locator('#app').locator('.px-doc');
  assert.equal(await cards.count(), 5);
  for (const d of r.documents) assert.ok(d.title, `${d.file} has a title`);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await shot(page, 'page.png');
  await context.close();
});

test('tabs work by keyboard alone', async () => {
  const { page, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  const app = page.locator('#app');
  await app.locator('role=tab[selected=true]').focus();
  const first = await app.locator('role=tab[selected=true]').textContent();
  await page.keyboard.press('ArrowRight');
  const second = await app.locator('role=tab[selected=true]').textContent();
  assert.notEqual(first, second);
  const focused = await page.evaluate(() => document.querySelector('#app').shadowRoot.activeElement?.getAttribute('role'));
  assert.equal(focused, 'tab');
  const visible = await app.locator('role=tabpanel').count();
  assert.equal(visible, 1, 'one panel shown at a time');
  await context.close();
});

test('a tab opened the moment a report arrives shows its panel at once', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  const seen = await page.evaluate((files) => new Promise((resolve) => {
    const el = document.querySelector('#app');
    const root = el.shadowRoot;
    const section = (key) => root.querySelector(`section[data-panel="${key}"]`);
    // A panel holds its (print-only) title until it is rendered.
    const filled = (key) => section(key).childElementCount > 1;
    el.addEventListener('parallax-report', () => {
      const active = root.querySelector('[role=tab][aria-selected=true]').dataset.panel;
      const first = Object.fromEntries([...root.querySelectorAll('section[data-panel]')].map((x) => [x.dataset.panel, filled(x.dataset.panel)]));
      const rendering = el.rendering;
      const opened = {};
      for (const tab of root.querySelectorAll('[role=tab]')) {
        tab.click();
        const key = tab.dataset.panel;
        opened[key] = { filled: filled(key), shown: !section(key).hidden, text: section(key).innerText.trim().length };
      }
      resolve({ active, first, rendering, opened });
    }, { once: true });
    el.analyze(files);
  }), DEMO.slice(0, 3));
  assert.ok(seen.first[seen.active], 'the active panel is rendered with the report');
  assert.ok(seen.rendering, 'the other panels were still to come');
  assert.ok(Object.entries(seen.first).some(([key, done]) => key !== seen.active && !done), 'the other panels follow in later tasks');
  for (const [key, o] of Object.entries(seen.opened)) {
    assert.ok(o.filled && o.shown && o.text > 0, `the ${key} panel shows its content as soon as its tab is chosen`);
  }
  await waitForRendered(page, '#app');
  const intros = await page.evaluate(() => [...document.querySelector('#app').shadowRoot.querySelectorAll('section[data-panel]')]
    .map((x) => [x.dataset.panel, x.querySelectorAll(':scope > .px-panel-intro').length]));
  for (const [key, n] of intros) assert.equal(n, 1, `the ${key} panel is rendered once`);
  await assertCleanPage(assert, page, log);
  await context.close();
});

test('a new rendering drops the pending panels of the one before', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  await waitForRendered(page, '#app');
  const out = await page.evaluate(async (files) => {
    const { JobQueue } = await import(new URL('widget/schedule.js', location.href).href);
    const q = new JobQueue();
    const ran = [];
    q.add(() => ran.push('dropped'));
    q.cancel();
    q.add(() => ran.push('kept'));
    await q.idle();
    const el = document.querySelector('#app');
    const events = [];
    el.addEventListener('parallax-rendered', (e) => events.push(e.detail.report.documents.length));
    await new Promise((resolve) => {
      el.addEventListener('parallax-report', () => {
        // Re-render at once, with other panels: the first rendering's pending panels are dropped.
        el.setAttribute('panels', 'entities documents');
        resolve();
      }, { once: true });
      el.analyze(files);
    });
    await new Promise((resolve) => el.addEventListener('parallax-rendered', resolve, { once: true }));
    const root = el.shadowRoot;
    return {
      ran, events, rendering: el.rendering,
      panels: [...root.querySelectorAll('section[data-panel]')].map((x) => [x.dataset.panel, x.querySelectorAll(':scope > .px-panel-intro').length]),
      cards: root.querySelectorAll('.px-doc').length,
    };
  }, DEMO.slice(0, 2));
  assert.deepEqual(out.ran, ['kept'], 'a cancelled job never runs');
  assert.deepEqual(out.panels, [['entities', 1], ['documents', 1]], 'only the new panels, each rendered once');
  assert.equal(out.cards, 2);
  assert.equal(out.rendering, false);
  assert.deepEqual(out.events, [2], 'one parallax-rendered event, for the rendering on screen');
  await page.locator('#app').locator('role=tab[name=/Documents/]').click();
  assert.equal(await page.locator('#app').locator('.px-doc').count(), 2);
  await assertCleanPage(assert, page, log);
  await context.close();
});

test('a correction to a document outlet and date re-runs the analysis', async () => {
  const { page, context } = await openPage(browser, server.url);
  const before = await waitForReport(page, '#app', 4);
  const idx = before.documents.findIndex((d) => !d.outlet);
  const target = idx >= 0 ? idx : 0;
  await page.locator('#app').locator('role=tab[name=/Documents/]').click();
  const card = page.locator('#app').locator('.px-doc').nth(target);
  await card.locator('summary', { hasText: 'Correct outlet or date' }).click();
  await card.getByLabel('Outlet').fill('Test Ledger');
  await card.getByLabel('Published').fill('2026-03-05');
  await card.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction((i) => document.querySelector('#app').report?.documents[i]?.outlet === 'Test Ledger', target);
  const r = await page.evaluate(() => document.querySelector('#app').report);
  assert.equal(r.documents[target].published, '2026-03-05');
  assert.equal(r.documents[target].published_inferred, false);
  await context.close();
});

test('files with problems are listed with their error and the others still analyse', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  await dropFiles(page, [
    { name: 'empty.txt', text: '' },
    { name: 'photo.jpg', base64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 0, 0, 0, 0]).toString('base64') },
    { name: 'ok.txt', text: 'Coast Courier\n\nFerry fares frozen\n\nMarch 4, 2026\n\nMayor Ines Vartan said on Tuesday that ferry fares would not rise this year in Port Ellis.' },
  ], '#app');
  const r = await waitForReport(page, '#app', 3);
  assert.match(r.documents[0].errors.join(' '), /empty/);
  assert.match(r.documents[1].errors.join(' '), /binary|not a text/);
  assert.equal(r.documents[2].errors.length, 0);
  const text = await shadowText(page, '#app');
  assert.match(text, /2 files had problems/);
  assert.match(text, /empty\.txt/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
