// The element's life on a page: taken off, it stops its worker and leaves no window listener
// behind, and works again when put back; a worker whose core panicked is replaced, the reader
// is told, and the next analysis runs on a fresh one; dropped Files are read once, by the core in
// the worker, with progress as they are read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForReport, waitForRendered, dropFiles, shadowText, DEMO } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


/** The window's event listeners, counted by type (DevTools' DOMDebugger). */
async function windowListeners(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const out = {};
    for (const l of listeners) out[l.type] = (out[l.type] || 0) + 1;
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Resolves when `worker` has ended, or fails after `ms`. */
function ended(worker, ms = 10_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the worker is still running')), ms);
    worker.once('close', () => { clearTimeout(timer); resolve(); });
  });
}

test('taken off the page, the element stops its worker and its window listeners; put back, it works again', async () => {
  const { page, context, log } = await openPage(browser, server.url);
  await waitForReport(page, '#app', 4);
  await waitForRendered(page, '#app');
  const [worker] = page.workers();
  assert.ok(worker, 'the analysis runs in a worker');
  const before = await windowListeners(context, page);
  assert.ok((before.beforeprint || 0) >= 2, `the element and its timeline listen for printing (${JSON.stringify(before)})`);
  assert.ok((before.afterprint || 0) >= 1);

  const gone = ended(worker);
  await page.evaluate(() => { window.__el = document.querySelector('#app'); window.__el.remove(); });
  await gone;
  assert.equal(page.workers().length, 0, 'no worker is left');
  const after = await windowListeners(context, page);
  assert.equal(after.beforeprint, undefined, 'no beforeprint listener is left');
  assert.equal(after.afterprint, undefined, 'no afterprint listener is left');
  for (const [type, n] of Object.entries(after)) assert.ok(n <= (before[type] || 0), `no new ${type} listener`);

  // Put back: the report is drawn again, and the next analysis starts a fresh worker.
  await page.evaluate(() => document.querySelector('main').append(window.__el));
  await waitForRendered(page, '#app');
  const again = await windowListeners(context, page);
  assert.equal(again.beforeprint, before.beforeprint, 'it listens for printing again, once');
  const fresh = page.waitForEvent('worker');
  const docs = await page.evaluate(async (files) => (await document.querySelector('#app').analyze(files)).documents.length, DEMO.slice(0, 2));
  await fresh;
  assert.equal(docs, 2);
  assert.equal(page.workers().length, 1);

  // Taken off in the middle of an analysis: the analysis stops, its promise settles on the report
  // on screen, and the worker ends.
  const [busy] = page.workers();
  const stopped = ended(busy);
  const kept = await page.evaluate(async (text) => {
    const el = document.querySelector('#app');
    const run = el.analyze([{ name: 'long.txt', text }]);
    await new Promise((resolve) => el.addEventListener('parallax-progress', resolve, { once: true }));
    el.remove();
    return (await run).documents.length;
  }, `${DEMO[0].text}\n\n`.repeat(4000));
  await stopped;
  assert.equal(kept, 2, 'the report on screen stays');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a worker whose core panicked is replaced: the reader is told, the next analysis runs', async () => {
  const { page, context } = await openPage(browser, null);
  // Test-only: the served worker gets a way to make its wasm instance trap (an allocation it
  // cannot make aborts, as a panic does) when a file is named trap.txt. Nothing ships it.
  await context.route('**/widget/worker.js', async (route) => {
    const body = (await (await route.fetch()).text())
      .replace('memoryRef = exports?.memory ?? null;', 'memoryRef = exports?.memory ?? null; self.__core = exports;')
      .replace('function analysis(files, onStage = null, onRead = null) {',
        "function analysis(files, onStage = null, onRead = null) { if (files.some((f) => f.name === 'trap.txt')) self.__core.__wbindgen_malloc(0xfffffff0, 1);");
    assert.match(body, /self\.__core\.__wbindgen_malloc/, 'the worker was patched');
    await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
  });
  await page.goto(server.url);
  await waitForReport(page, '#app', 4);
  const [first] = page.workers();
  const gone = ended(first);
  const replaced = page.waitForEvent('worker');
  const failed = await page.evaluate(async () => {
    const el = document.querySelector('#app');
    const errors = [];
    el.addEventListener('parallax-error', (e) => errors.push(e.detail.message));
    try {
      await el.analyze([{ name: 'trap.txt', text: 'The council met on Monday.' }]);
      return { resolved: true };
    } catch (e) {
      return { message: e.message, errors, docs: el.report?.documents.length, busy: Boolean(el.busy) };
    }
  });
  assert.match(failed.message ?? '', /internal error/, 'the analysis fails with a plain message');
  assert.match(failed.message, /unreachable|RuntimeError/i, 'naming what stopped it');
  assert.deepEqual(failed.errors, [failed.message], 'parallax-error said it once');
  assert.equal(failed.docs, 4, 'the report on screen stays');
  assert.equal(failed.busy, false);
  assert.match(await shadowText(page, '#app'), /Something went wrong: the analysis stopped on an internal error/);
  await gone;
  const second = await replaced;
  assert.notEqual(second, first, 'a fresh worker took its place');
  assert.equal(page.workers().length, 1);
  // The report on screen still exports (the fresh worker analyses its files again).
  const csv = await page.evaluate(() => document.querySelector('#app').exportAs('csv-entities'));
  assert.match(csv, /Ines Vartan/);
  // And the next analysis runs.
  const docs = await page.evaluate(async (files) => (await document.querySelector('#app').analyze(files)).documents.length, DEMO.slice(0, 3));
  assert.equal(docs, 3);
  await context.close();
});

test('dropped Files are read once, by the core in the worker, with progress as they are read', async () => {
  const { page, context, log } = await openPage(browser, server.url);
  const shown = await waitForReport(page, '#app', 4);
  const bodyOf = new Map(shown.documents.map((d) => [d.file, d.body]));
  const [worker] = page.workers();
  // Count every way a Blob's bytes can be read in the worker.
  await worker.evaluate(() => {
    const reads = { sync: 0, other: 0 };
    self.__reads = reads;
    const sync = FileReaderSync.prototype.readAsArrayBuffer;
    FileReaderSync.prototype.readAsArrayBuffer = function readAsArrayBuffer(blob) { reads.sync += 1; return sync.call(this, blob); };
    for (const m of ['arrayBuffer', 'text', 'bytes', 'stream']) {
      const f = Blob.prototype[m];
      if (f) Blob.prototype[m] = function counted(...args) { reads.other += 1; return f.apply(this, args); };
    }
    for (const m of ['readAsText', 'readAsBinaryString', 'readAsDataURL']) {
      const f = FileReaderSync.prototype[m];
      FileReaderSync.prototype[m] = function counted(...args) { reads.other += 1; return f.apply(this, args); };
    }
  });
  await page.evaluate(() => {
    window.__read = [];
    document.querySelector('#app').addEventListener('parallax-progress', (e) => { if (e.detail.phase === 'read') window.__read.push([e.detail.done, e.detail.total]); });
  });
  const files = Array.from({ length: 30 }, (_, i) => ({ name: `${String(i).padStart(2, '0')}-${DEMO[i % 4].name}`, text: DEMO[i % 4].text }));
  await dropFiles(page, files, '#app');
  const report = await waitForReport(page, '#app', 30);
  assert.deepEqual(report.documents.map((d) => d.file), files.map((f) => f.name));
  for (const [i, d] of report.documents.entries()) assert.equal(d.body, bodyOf.get(DEMO[i % 4].name), `${d.file} was read in full`);
  assert.deepEqual(await worker.evaluate(() => self.__reads), { sync: 30, other: 0 }, 'each file read once, by the core');
  const read = await page.evaluate(() => window.__read);
  assert.ok(read.length >= 1);
  assert.deepEqual(read.at(-1), [30, 30], 'the last file read is reported');
  assert.ok(read.every(([d, t], k) => t === 30 && d >= 1 && (k === 0 || d > read[k - 1][0])), `progress counts up (${JSON.stringify(read)})`);

  // The host's three kinds of input, side by side: a File, text, bytes.
  const mixed = await page.evaluate(async ([a, b, c]) => {
    const el = document.querySelector('#app');
    const r = await el.analyze([new File([a.text], a.name), { name: b.name, text: b.text }, { name: c.name, bytes: new TextEncoder().encode(c.text) }]);
    return r.documents.map((d) => ({ file: d.file, outlet: d.outlet, errors: d.errors }));
  }, DEMO.slice(0, 3));
  assert.deepEqual(mixed.map((d) => d.file), DEMO.slice(0, 3).map((f) => f.name));
  assert.deepEqual(mixed.map((d) => d.errors), [[], [], []]);
  assert.ok(mixed.every((d) => d.outlet), 'each one read in full (its outlet found)');
  assert.deepEqual(await worker.evaluate(() => self.__reads), { sync: 31, other: 0 }, 'the File read once more, the others not read as Blobs');
  assert.deepEqual(log.errors, []);
  await context.close();
});
