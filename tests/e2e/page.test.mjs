// The page as a reader meets it: the demo set already analysed, drops that replace it, panels,
// tabs by keyboard, the quote viewer, corrections, and no errors or CSP violations on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForReport, dropFiles, seedFiles, shadowText, shot, assertCleanPage } from './helpers.mjs';

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
