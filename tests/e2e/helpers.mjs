// Shared by the end-to-end tests and the benchmark: serve the built page (dist/) on 127.0.0.1,
// start Debian's headless Chromium through playwright-core, and collect what a page reports.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = path.join(ROOT, 'dist');
export const SHARED = path.resolve(ROOT, '../shared');
export const SHOTS = path.join(ROOT, 'target', 'e2e');

/** The demo set as `{name, text}` files, in the order of its `index.json`. */
const demoText = (name) => fs.readFileSync(path.join(ROOT, 'www', 'demo', name), 'utf8');
export const DEMO = JSON.parse(demoText('index.json')).map((name) => ({ name, text: demoText(name) }));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ts': 'text/plain; charset=utf-8',
};

/** Serves `dir` on a free port; resolves to { url, close, requests } (every path asked for). */
export function serve(dir = DIST) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: build the page first (./run build)`);
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    let p = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!p.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
    fs.readFile(p, (err, data) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(p)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(r)) });
  }));
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * A new page that records page errors, console errors, CSP violations, dialogs and every request.
 * `log` is filled as the page runs.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  const log = { errors: [], console: [], csp: [], dialogs: [], requests: [] };
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') log.console.push(m.text()); });
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  context.on('request', (r) => log.requests.push(r.url()));
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (url) await page.goto(url);
  return { context, page, log };
}

/** Asserts the page reported no error, no console error and no CSP violation. */
export async function assertCleanPage(assert, page, log) {
  assert.deepEqual(log.errors, [], 'no page error');
  assert.deepEqual(log.console, [], 'no console error');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
}

/** Waits until the widget `sel` has a report with `n` documents (or any, when n is undefined). */
export async function waitForReport(page, sel = 'parallax-compare', n) {
  await page.waitForFunction(([s, k]) => {
    const el = document.querySelector(s);
    const r = el?.report;
    return r && !el.busy && (k === undefined || r.documents.length === k);
  }, [sel, n], { timeout: 60_000 });
  return page.evaluate((s) => document.querySelector(s).report, sel);
}

/** Waits until every panel of the widget's report is rendered (the later ones follow the first). */
export async function waitForRendered(page, sel = 'parallax-compare') {
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    return el?.report && !el.busy && !el.rendering;
  }, sel, { timeout: 60_000 });
}

/** Drops files on the widget with a real drop event carrying a DataTransfer. */
export async function dropFiles(page, files, sel = 'parallax-compare') {
  await page.evaluate(([s, fs]) => {
    const el = document.querySelector(s);
    const target = el.shadowRoot.querySelector('.px-drop') || el.shadowRoot.querySelector('.px');
    const dt = new DataTransfer();
    for (const f of fs) {
      // `zeros`: a file of that many zero bytes, made in the page (too large to pass in).
      const bytes = f.zeros ? new Uint8Array(f.zeros) : f.base64 ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : f.text;
      dt.items.add(new File([bytes], f.name, { type: f.type || '' }));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    }
  }, [sel, files]);
}

/** The five seed articles of ../shared as {name, text}, or null when that folder is absent. */
export function seedFiles() {
  const dir = path.join(SHARED, 'corpus', 'seeds');
  if (!fs.existsSync(dir)) return null;
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** Text of everything inside the widget's shadow root. */
export function shadowText(page, sel = 'parallax-compare') {
  return page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('.px').innerText, sel);
}

export function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

/** A plain silent cell: silent and nothing else (the page's report leaves these out). */
export const isPlainSilent = (x) => x.stance === 'silent' && x.quote === null && x.value === null && x.start === null && x.end === null;

/** The schema's report (every cell written) in the page's form: plain silent cells left out, said
 * by `silent_cells: "omitted"`. */
export function pageForm(report) {
  return {
    ...report,
    silent_cells: 'omitted',
    claims: report.claims.map((c) => ({ ...c, cells: Object.fromEntries(Object.entries(c.cells).filter(([, x]) => !isPlainSilent(x))) })),
  };
}
