// The Entities panel as a reader uses it: one row per name with its counts per outlet, sorting,
// the type filter, a search that ignores case and accents, each mention in context (verbatim,
// the name marked), the seed articles, and a 1,000-document report that stays small and fast.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, openPage, waitForReport, dropFiles, seedFiles, shot, assertCleanPage } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The page with the demo set analysed and the Entities tab open. */
async function openEntities(options) {
  const opened = await openPage(browser, server.url, options);
  const report = await waitForReport(opened.page, '#app', 4);
  await opened.page.locator('#app').locator('role=tab[name=/Entities/]').click();
  return { ...opened, report, panel: opened.page.locator('#app').locator('.px-panel-entities') };
}

/** What the table shows: its header and each entity row, read from the shadow DOM. */
function readTable(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('#app').shadowRoot.querySelector('.px-panel-entities');
    const table = panel.querySelector('table');
    const heads = [...table.tHead.rows[0].cells].map((th) => ({
      text: th.textContent.replace(/[▲▼↕]/g, '').trim(), sort: th.getAttribute('aria-sort'), doc: th.dataset.doc || null,
      scope: th.getAttribute('scope'),
    }));
    const rows = [...table.querySelectorAll('tbody tr.px-entities-row')].map((tr) => ({
      name: tr.querySelector('.px-entities-name-text').textContent,
      type: tr.dataset.type,
      typeText: tr.querySelector('.px-entities-type').textContent.trim(),
      aliases: tr.querySelector('.px-entities-aliases').textContent,
      total: Number(tr.querySelector('.px-entities-total').textContent),
      outlets: parseInt(tr.querySelector('.px-entities-outlets').textContent, 10),
      only: tr.querySelector('.px-entities-only')?.textContent ?? null,
      cells: Object.fromEntries([...tr.querySelectorAll('td.px-entities-cell')].map((td) => [td.dataset.doc, {
        text: td.textContent, shaded: td.style.getPropertyValue('background-color'),
      }])),
    }));
    return { heads, rows };
  });
}

const label = (r, id) => { const d = r.documents.find((x) => x.id === id); return d.outlet || d.file; };
const total = (e) => Object.values(e.mentions).reduce((a, b) => a + b, 0);
const outlets = (e) => Object.values(e.mentions).filter((n) => n > 0).length;

/** Checks every entity row against the report: counts per outlet, gaps, totals, tags. */
function checkRows(report, rows) {
  assert.equal(rows.length, report.entities.length, 'one row per entity');
  const byName = new Map(rows.map((r) => [r.name, r]));
  assert.equal(byName.size, rows.length, 'no entity shown twice');
  for (const e of report.entities) {
    const row = byName.get(e.name);
    assert.ok(row, `${e.name} has a row`);
    assert.equal(row.type, e.type);
    assert.match(row.typeText, new RegExp(e.type));
    for (const a of e.aliases) assert.ok(row.aliases.includes(a), `${e.name}: spelling ${a} shown`);
    assert.equal(row.total, total(e), `${e.name}: total mentions`);
    assert.equal(row.outlets, outlets(e), `${e.name}: number of outlets`);
    for (const d of report.documents) {
      const cell = row.cells[d.id];
      assert.ok(cell, `${e.name}: a cell for ${d.id}`);
      const n = e.mentions[d.id] || 0;
      if (n > 0) {
        assert.equal(cell.text, String(n), `${e.name} in ${d.id}`);
        assert.match(cell.shaded, /rgba\(var\(--px-heat\)/, `${e.name} in ${d.id} is shaded`);
      } else {
        assert.match(cell.text, /–/, `${e.name}: a visible gap for ${d.id}`);
        assert.match(cell.text, /not named/, `${e.name}: the gap is labelled for ${d.id}`);
      }
    }
    if (outlets(e) === 1 && report.documents.length > 1) {
      const only = Object.keys(e.mentions).find((id) => e.mentions[id] > 0);
      assert.equal(row.only, `only in ${label(report, only)}`, `${e.name} is tagged as named by one outlet`);
    } else assert.equal(row.only, null, `${e.name} is not tagged`);
  }
}

/** Snippets of the opened rows: outlet, marked text, the text shown (ellipses left out). */
function readSnippets(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('#app').shadowRoot.querySelector('.px-panel-entities');
    return [...panel.querySelectorAll('tr.px-entities-detail:not([hidden])')].map((tr) => ({
      row: tr.previousElementSibling.querySelector('.px-entities-name-text').textContent,
      groups: [...tr.querySelectorAll('.px-entities-group')].map((g) => ({
        doc: g.dataset.doc,
        outlet: g.querySelector('.px-entities-group-outlet').textContent,
        snippets: [...g.querySelectorAll('.px-entities-snippet')].map((sn) => ({
          mark: sn.querySelector('mark').textContent,
          text: [...sn.childNodes].filter((n) => !n.classList?.contains('px-entities-ell')).map((n) => n.textContent).join(''),
        })),
      })),
    }));
  });
}

/** Every snippet shown is verbatim text of its document and marks one of the entity's spellings. */
function checkSnippets(report, opened) {
  let n = 0;
  for (const row of opened) {
    const e = report.entities.find((x) => x.name === row.row);
    const forms = [e.name, ...e.aliases];
    const withSpans = report.documents.filter((d) => (e.spans[d.id] || []).length).map((d) => d.id);
    assert.deepEqual(row.groups.map((g) => g.doc), withSpans.slice(0, row.groups.length), `${e.name}: grouped by outlet, in order`);
    for (const g of row.groups) {
      const doc = report.documents.find((d) => d.id === g.doc);
      assert.equal(g.outlet, label(report, g.doc));
      assert.equal(g.snippets.length, Math.min(5, e.spans[g.doc].length), `${e.name} in ${g.doc}: the first mentions shown`);
      for (const sn of g.snippets) {
        assert.ok(forms.includes(sn.mark), `${e.name}: marked “${sn.mark}” is one of its spellings`);
        assert.ok(doc.body.includes(sn.text), `${e.name}: “${sn.text}” is verbatim in ${g.doc}`);
        assert.ok(sn.text.length > sn.mark.length || doc.body.trim() === sn.mark, 'the mention comes with its context');
        assert.ok(sn.text.length <= sn.mark.length + 2 * 60 + 2, 'about 60 characters either side');
        n += 1;
      }
    }
  }
  return n;
}

test('one row per entity with its mentions per outlet, gaps and one-outlet tags', async () => {
  const { page, log, context, report, panel } = await openEntities();
  const { heads, rows } = await readTable(page);
  checkRows(report, rows);
  assert.ok(report.entities.some((e) => outlets(e) === 1), 'the demo has a name only one outlet uses');
  // One column per document, headed by its outlet, in the report's order.
  assert.deepEqual(heads.filter((x) => x.doc).map((x) => x.doc), report.documents.map((d) => d.id));
  for (const x of heads.filter((y) => y.doc)) assert.equal(x.text, label(report, x.doc));
  assert.ok(heads.every((x) => x.scope === 'col'));
  assert.equal(await panel.locator('tbody th[scope=row]').count(), report.entities.length, 'names are row headers');
  await assertCleanPage(assert, page, log);
  await shot(page, 'entities.png');
  await context.close();
});

test('sorting by mentions orders rows by total and toggles aria-sort', async () => {
  const { page, context, report, panel } = await openEntities();
  const sortBy = (name) => panel.locator('thead th').getByRole('button', { name, exact: false }).first().click();
  await sortBy('Mentions');
  let t = await readTable(page);
  const mentionsHead = () => t.heads.find((x) => x.text === 'Mentions');
  assert.equal(mentionsHead().sort, 'descending');
  assert.equal(t.heads.filter((x) => x.sort).length, 1, 'aria-sort only on the active header');
  const totals = t.rows.map((r) => r.total);
  assert.deepEqual(totals, [...totals].sort((a, b) => b - a), 'most mentioned first');
  assert.equal(t.rows[0].total, Math.max(...report.entities.map(total)));
  // Focus stays on the sort button, so a second press by keyboard reverses the order.
  await page.keyboard.press('Enter');
  t = await readTable(page);
  assert.equal(mentionsHead().sort, 'ascending');
  const back = t.rows.map((r) => r.total);
  assert.deepEqual(back, [...back].sort((a, b) => a - b), 'least mentioned first');
  checkRows(report, t.rows);

  await sortBy('Name');
  t = await readTable(page);
  assert.equal(t.heads.find((x) => x.text === 'Name').sort, 'ascending');
  assert.equal(mentionsHead().sort, null);
  const names = t.rows.map((r) => r.name);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));

  await sortBy('Outlets');
  t = await readTable(page);
  const outs = t.rows.map((r) => r.outlets);
  assert.deepEqual(outs, [...outs].sort((a, b) => b - a), 'named by the most outlets first');
  await context.close();
});

test('the type filter shows only the chosen types, with their counts', async () => {
  const { page, context, report, panel } = await openEntities();
  const buttons = panel.locator('.px-entities-types button');
  assert.equal(await buttons.count(), 5, 'All plus person, place, organization, other');
  for (const [type, name] of [['person', 'People'], ['place', 'Places'], ['organization', 'Organizations'], ['other', 'Other']]) {
    const n = report.entities.filter((e) => e.type === type).length;
    const btn = panel.locator(`.px-entities-types button[data-type=${type}]`);
    assert.equal((await btn.textContent()).replace(/\s+/g, ' ').trim(), `${name} ${n}`);
  }
  const person = panel.locator('.px-entities-types button[data-type=person]');
  assert.equal(await person.getAttribute('aria-pressed'), 'false');
  await person.click();
  assert.equal(await person.getAttribute('aria-pressed'), 'true');
  assert.equal(await panel.getByRole('button', { name: 'All', exact: true }).getAttribute('aria-pressed'), 'false');
  let t = await readTable(page);
  const people = report.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(people.length > 0);
  assert.deepEqual(t.rows.map((r) => r.name).sort(), people.sort(), 'only people shown');
  assert.match(await panel.locator('.px-entities-status').textContent(), new RegExp(`${people.length} names? of ${report.entities.length}`));
  // A second type adds to the first.
  await panel.locator('.px-entities-types button[data-type=place]').click();
  t = await readTable(page);
  assert.deepEqual(new Set(t.rows.map((r) => r.type)), new Set(['person', 'place']));
  // Pressing it again removes it; All shows everything again.
  await panel.locator('.px-entities-types button[data-type=place]').click();
  t = await readTable(page);
  assert.ok(t.rows.every((r) => r.type === 'person'));
  await panel.getByRole('button', { name: 'All', exact: true }).click();
  assert.equal((await readTable(page)).rows.length, report.entities.length);
  await context.close();
});

test('search finds a name by another spelling, whatever its case and accents', async () => {
  const { page, context, report, panel } = await openEntities();
  const search = panel.getByLabel('Search');
  const e = report.entities.find((x) => x.aliases.length);
  assert.ok(e, 'the demo has an entity with another spelling');
  // Upper case, and an accent on its first vowel: "Vartan" -> "VÁRTAN".
  const alias = e.aliases[0];
  const typed = alias.toUpperCase().replace(/[AEIOU]/, (v) => `${v}\u0301`).normalize('NFC');
  assert.notEqual(typed, alias);
  const fold = (x) => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const expected = report.entities.filter((x) => [x.name, ...x.aliases].some((a) => fold(a).includes(fold(typed))));
  assert.ok(expected.length < report.entities.length, 'the search narrows the list');
  await search.fill(typed);
  await page.waitForFunction((k) => document.querySelector('#app').shadowRoot
    .querySelectorAll('.px-panel-entities tr.px-entities-row').length === k, expected.length);
  const t = await readTable(page);
  assert.ok(t.rows.some((r) => r.name === e.name), `${e.name} found by “${typed}”`);
  assert.deepEqual(t.rows.map((r) => r.name).sort(), expected.map((x) => x.name).sort());
  // Nothing matches: the table says so and offers to clear the filters.
  await search.fill('zzzz no such name');
  await page.waitForFunction(() => document.querySelector('#app').shadowRoot.querySelector('.px-entities-none'));
  assert.match(await panel.locator('.px-entities-none').textContent(), /No name or spelling matches/);
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  assert.equal((await readTable(page)).rows.length, report.entities.length);
  assert.equal(await search.inputValue(), '');
  await context.close();
});

test('search ignores accents both ways on names the articles spell with and without them', async () => {
  const { page, context, panel } = await openEntities();
  await dropFiles(page, [
    { name: 'lakeside.txt', text: 'Lakeside Post\n\nMayor promises new bridge\n\nMarch 4, 2026\n\nMayor José Núñez said on Tuesday that the bridge in Villa Ñandú would open next year. Núñez told reporters the Regional Transport Office had approved the plan.\n\nThe mayor spoke after a meeting with Chloé Ferrand, who leads the Regional Transport Office.\n' },
    { name: 'river.txt', text: 'River Times\n\nBridge to open next year, mayor says\n\nMarch 5, 2026\n\nMayor Jose Nunez said the bridge in Villa Ñandú would open next year. Jose Nunez added that the Regional Transport Office agreed. Ferrand did not comment.\n' },
  ], '#app');
  const report = await waitForReport(page, '#app', 2);
  await page.locator('#app').locator('role=tab[name=/Entities/]').click();
  checkRows(report, (await readTable(page)).rows);
  const fold = (x) => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const accented = report.entities.filter((e) => [e.name, ...e.aliases].some((a) => fold(a) !== a.toLowerCase()));
  assert.ok(accented.length, 'the core found a name spelt with accents');
  const search = panel.getByLabel('Search');
  for (const e of accented) {
    for (const form of [e.name, ...e.aliases]) {
      // Typed without accents in upper case, and typed with its accents in lower case.
      for (const typed of [fold(form).toUpperCase(), form.toLowerCase()]) {
        await search.fill(typed);
        await search.press('Enter');
        const names = (await readTable(page)).rows.map((r) => r.name);
        assert.ok(names.includes(e.name), `“${typed}” finds ${e.name} (got ${names.join(', ')})`);
        assert.ok(names.length < report.entities.length || report.entities.length === 1, `“${typed}” narrows the list`);
      }
    }
  }
  await context.close();
});

test('a row opens to its mentions in context, verbatim, with the name marked', async () => {
  const { page, context, report, panel } = await openEntities();
  const e = report.entities.reduce((a, b) => (outlets(b) > outlets(a) || (outlets(b) === outlets(a) && total(b) > total(a)) ? b : a));
  const name = panel.locator('.px-entities-name', { hasText: e.name }).first();
  assert.equal(await name.getAttribute('aria-expanded'), 'false');
  // Keyboard: focus the name and press Enter.
  await name.focus();
  await page.keyboard.press('Enter');
  assert.equal(await name.getAttribute('aria-expanded'), 'true');
  const detail = panel.locator(`#${await name.getAttribute('aria-controls')}`);
  assert.ok(await detail.isVisible());
  let opened = await readSnippets(page);
  assert.equal(opened.length, 1);
  assert.equal(opened[0].groups.length, outlets(e), 'one group per outlet that names it');
  const n = checkSnippets(report, opened);
  assert.equal(n, Object.values(e.spans).reduce((a, s) => a + Math.min(5, s.length), 0));

  // Clicking elsewhere in another row opens that one too.
  const other = report.entities.find((x) => x.name !== e.name && x.aliases.length) || report.entities.find((x) => x.name !== e.name);
  await panel.locator('tr.px-entities-row', { hasText: other.name }).first().locator('.px-entities-total').click();
  opened = await readSnippets(page);
  assert.equal(opened.length, 2);
  checkSnippets(report, opened);
  await shot(page, 'entities-open.png');

  // A mention opens in the quote viewer, titled with the name.
  await detail.getByRole('button', { name: /In context/ }).first().click();
  const dialog = page.locator('#app').locator('dialog.px-dialog');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await dialog.locator('h2').textContent(), e.name);
  const quoted = await dialog.locator('.px-quote').textContent();
  assert.ok([e.name, ...e.aliases].includes(quoted), `the viewer marks “${quoted}”`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Closing the row by its name.
  await name.click();
  assert.equal(await name.getAttribute('aria-expanded'), 'false');
  assert.ok(await detail.isHidden());

  // "Open the document" shows it in the Documents panel.
  await name.click();
  const firstDoc = opened[0].groups[0].doc;
  await detail.getByRole('button', { name: /Open the document/ }).first().click();
  assert.equal(await page.locator('#app').locator('role=tab[name=/Documents/]').getAttribute('aria-selected'), 'true');
  assert.ok(await page.locator('#app').locator(`.px-doc[data-doc="${firstDoc}"] details.px-doc-text`).evaluate((d) => d.open));
  await context.close();
});

test('the seed articles: every entity shown, every mention in context verbatim', { skip: !seedFiles() && 'no ../shared seeds' }, async () => {
  const { page, log, context, panel } = await openEntities();
  await dropFiles(page, seedFiles(), '#app');
  const report = await waitForReport(page, '#app', 5);
  await page.locator('#app').locator('role=tab[name=/Entities/]').click();
  const { rows } = await readTable(page);
  checkRows(report, rows);
  // Open every row: multi-byte punctuation in the seeds tests the byte offsets.
  const names = panel.locator('.px-entities-name');
  for (let i = 0; i < await names.count(); i += 1) await names.nth(i).click();
  const opened = await readSnippets(page);
  assert.equal(opened.length, report.entities.length);
  const n = checkSnippets(report, opened);
  assert.ok(n >= report.entities.length, `${n} snippets checked`);
  // "Show more mentions" reveals the rest of a long list, still verbatim.
  const more = panel.locator('.px-entities-detail .px-more').first();
  if (await more.count()) {
    const before = await panel.locator('.px-entities-snippet').count();
    await more.click();
    assert.ok(await panel.locator('.px-entities-snippet').count() > before);
  }
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});

test('at 360 px the table scrolls inside its wrapper with the names kept in view', async () => {
  const { page, context, report, panel } = await openEntities({ viewport: { width: 360, height: 800 } });
  checkRows(report, (await readTable(page)).rows);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: innerWidth }));
  assert.ok(widths.page <= widths.view, `no page-wide horizontal scroll (${widths.page} > ${widths.view})`);
  const scroller = panel.locator('.px-entities-scroll');
  const sc = await scroller.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
  assert.ok(sc.sw > sc.cw, 'the wide table scrolls inside its wrapper');
  const nameX = () => panel.locator('tbody th.px-entities-namecol').first().evaluate((el) => el.getBoundingClientRect().left);
  const x0 = await nameX();
  await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  assert.ok(Math.abs(await nameX() - x0) < 1, 'the name column is sticky');
  await scroller.evaluate((el) => { el.scrollLeft = 0; });
  await panel.locator('.px-entities-name').first().click();
  const snippet = await panel.locator('.px-entities-snippet').first().evaluate((el) => el.getBoundingClientRect().right);
  assert.ok(snippet <= 360, 'mentions in context fit the narrow screen');
  await shot(page, 'entities-narrow.png');
  await context.close();
});

test('dark colour scheme and no accessibility violations in the panel', async () => {
  const { page, context, panel } = await openEntities({ colorScheme: 'dark' });
  await panel.locator('.px-entities-name').first().click();
  await shot(page, 'entities-dark.png');
  const result = await new AxeBuilder({ page }).include({ fromShadowDom: ['#app', '.px-panel-entities'] }).analyze();
  assert.ok(result.passes.some((p) => p.id === 'th-has-data-cells'), 'axe looked at the table');
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => JSON.stringify(x.target)).join(', ')}`), []);
  await context.close();
});

test('a 1,000-document report renders a window of rows and columns, quickly', async () => {
  const { page, context } = await openEntities();
  const out = await page.evaluate(async () => {
    const { renderEntities } = await import(new URL('widget/panels/entities.js', location.href).href);
    const N = 1000;
    const E = 3000;
    const docs = Array.from({ length: N }, (_, i) => ({ id: `d${i + 1}`, outlet: `Outlet ${i + 1}`, file: `f${i}.txt`, body: `Body ${i}`, blocks: [] }));
    const types = ['person', 'place', 'organization', 'other'];
    const entities = Array.from({ length: E }, (_, k) => {
      const mentions = {};
      for (let j = 0; j < 1 + (k % 40); j += 1) mentions[`d${((k * 7 + j * 13) % N) + 1}`] = 1 + ((k + j) % 9);
      return { name: k === 2999 ? 'Alpha Omega' : `Entity ${k}`, type: types[k % 4], aliases: k === 2999 ? ['Ébène'] : [`E${k}`], mentions, spans: {} };
    });
    const report = { documents: docs, entities };
    const byId = new Map(docs.map((d) => [d.id, d]));
    const ctx = {
      report, docs, doc: (id) => byId.get(id), label: (id) => byId.get(id)?.outlet || id, compact: false, uid: 'pxT',
      files: [], showQuote() {}, showDocument() {}, correct() {}, remove() {},
    };
    // Five renders (each report renders afresh); the time is printed, the speed target itself is
    // measured by the benchmark, not asserted here.
    const times = [];
    let root;
    for (let k = 0; k < 5; k += 1) {
      root?.remove();
      root = document.createElement('section');
      document.body.append(root);
      const t0 = performance.now();
      renderEntities(root, report, ctx);
      times.push(performance.now() - t0);
    }
    const ms = Math.min(...times);
    const count = () => ({
      rows: root.querySelectorAll('tbody tr.px-entities-row').length,
      cols: root.querySelectorAll('thead th[data-doc]').length,
      first: root.querySelector('thead th[data-doc]').textContent,
    });
    const initial = count();
    root.querySelector('.px-more').click();
    const more = count();
    root.querySelector('[aria-label="Next documents"]').click();
    const next = count();
    const input = root.querySelector('input[type=search]');
    input.value = 'EBENE';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const found = [...root.querySelectorAll('.px-entities-name-text')].map((x) => x.textContent);
    root.remove();
    return { ms, initial, more, next, found };
  });
  console.log(`# entities panel, 1,000 documents: fastest of five renders ${out.ms.toFixed(1)} ms`);
  assert.equal(out.initial.rows, 50, 'fifty rows at first');
  assert.ok(out.initial.cols <= 12 && out.initial.cols >= 4, `${out.initial.cols} document columns`);
  assert.equal(out.initial.first, 'Outlet 1');
  assert.equal(out.more.rows, 100, 'Show more adds the next fifty');
  assert.equal(out.next.first, `Outlet ${out.initial.cols + 1}`, 'the next documents');
  assert.equal(out.next.rows, 100, 'changing columns keeps the rows shown');
  assert.deepEqual(out.found, ['Alpha Omega'], 'found by its accented other spelling');
  await context.close();
});
