// Turns wasm-pack's pkg/ (the core, --target web) into the npm package of the widget: the
// element and its worker beside the wasm, a package.json with exports and types, a README.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'pkg');
const widgetSrc = path.join(root, 'www', 'widget');
const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)[1];

// Optimise the wasm for size with the project's wasm-opt (npm binaryen).
const wasm = path.join(pkg, 'parallax_bg.wasm');
const wasmOpt = path.join(root, 'tools', 'node_modules', '.bin', 'wasm-opt');
execFileSync(wasmOpt, ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', wasm, '-o', wasm], { stdio: 'inherit' });

// The element and its modules, laid out as in the page: widget/ beside parallax.js.
const widget = path.join(pkg, 'widget');
fs.rmSync(widget, { recursive: true, force: true });
fs.cpSync(widgetSrc, widget, { recursive: true, filter: (src) => !src.endsWith('embed-demo.js') });

// The core's long word lists, beside the module as in the page (data/), which the worker fetches.
const data = path.join(pkg, 'data');
fs.rmSync(data, { recursive: true, force: true });
fs.mkdirSync(data);
for (const list of ['countries', 'demonyms', 'places', 'first_names', 'surnames', 'common_words']) {
  fs.copyFileSync(path.join(root, 'src', 'entities', 'data', `${list}.txt`), path.join(data, `${list}.txt`));
}

for (const f of ['package.json', '.gitignore']) fs.rmSync(path.join(pkg, f), { force: true });
const files = ['parallax.js', 'parallax_bg.wasm', 'parallax.d.ts', 'parallax_bg.wasm.d.ts', 'widget/', 'data/', 'README.md'].filter((f) => fs.existsSync(path.join(pkg, f)) || f === 'README.md');
fs.writeFileSync(path.join(pkg, 'package.json'), `${JSON.stringify({
  name: 'parallax-compare',
  version,
  description: 'Compare news articles about one story in the browser: timeline, entities and a claim-by-claim agreement table. A <parallax-compare> custom element over a WebAssembly core; articles never leave the browser.',
  license: 'MIT',
  type: 'module',
  main: './widget/parallax-compare.js',
  module: './widget/parallax-compare.js',
  types: './widget/parallax-compare.d.ts',
  exports: {
    '.': { types: './widget/parallax-compare.d.ts', default: './widget/parallax-compare.js' },
    './core': { types: './parallax.d.ts', default: './parallax.js' },
    './parallax_bg.wasm': './parallax_bg.wasm',
    './widget/*': './widget/*',
    './data/*': './data/*',
  },
  files,
  sideEffects: ['./widget/parallax-compare.js'],
  keywords: ['news', 'journalism', 'fact-checking', 'web-component', 'wasm'],
}, null, 2)}\n`);

fs.writeFileSync(path.join(pkg, 'README.md'), `# parallax-compare

Drop several articles about one story and see the timeline, the entities with every spelling
merged, and a claim-by-claim agreement table (asserts, differs, contradicts, silent). Everything
runs in the reader's browser: articles are never uploaded.

\`\`\`html
<script type="module" src="/node_modules/parallax-compare/widget/parallax-compare.js"></script>
<parallax-compare panels="claims timeline entities documents" theme="auto"></parallax-compare>
<script type="module">
  const el = document.querySelector('parallax-compare');
  el.addEventListener('parallax-report', (e) => console.log(e.detail.report));
  await el.analyze([{ name: 'a.txt', text: '…' }, { name: 'b.html', text: '<html>…' }]);
</script>
\`\`\`

Serve the package folder as static files: the element loads \`widget/worker.js\`, \`parallax.js\`,
\`parallax_bg.wasm\` and the word lists in \`data/\` next to it. Using the core directly (\`./core\`):
after \`init()\`, hand it the lists once with \`provideWordLists({ countries, demonyms, places, firstNames,
surnames, commonWords })\` (the texts of \`data/countries.txt\`, \`demonyms.txt\`,
\`places.txt\`, \`first_names.txt\`, \`surnames.txt\`, \`common_words.txt\`); an analysis before that throws. Attributes: \`panels\`, \`theme\` (auto, light, dark), \`compact\`,
\`persist\` (keep the drop in IndexedDB under that key), \`no-drop\`. Under a Content-Security-Policy,
allow \`script-src 'self' 'wasm-unsafe-eval'\` and \`worker-src 'self'\`.
`);

const size = (p) => fs.statSync(p).size;
let total = 0;
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else total += size(p); } };
walk(pkg);
console.log(`pkg/: parallax-compare@${version}, ${(total / 1024).toFixed(0)} KB unpacked, wasm ${(size(wasm) / 1024).toFixed(0)} KB`);
