// `npm run bench`: bundle bytes per element (minified, then brotli and gzip; Lit included) and,
// in headless Chromium, render and input timings. Bytes are deterministic; timings are
// measurements of this machine and are printed, never asserted.
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { shrinkSources } from './lib/esbuild-plugins.mjs';

/** The five form fields: the set the foundation's size goal (≤ 15 KB brotli together) is about. */
export const ENTRIES = {
  'soc-text-field': 'src/fields/text-field.ts',
  'soc-textarea': 'src/fields/textarea.ts',
  'soc-radio-group': 'src/fields/radio-group.ts',
  'soc-checkbox-group': 'src/fields/checkbox-group.ts',
  'soc-error-summary': 'src/patterns/error-summary.ts',
};

/** The other elements, each measured on its own (Lit included). */
export const OTHER_ENTRIES = {
  'soc-quick-exit': 'src/patterns/quick-exit.ts',
  'soc-process-steps': 'src/info/process-steps.ts',
  'soc-contact-hours': 'src/info/contact-hours.ts',
  'soc-confidentiality': 'src/info/confidentiality.ts',
  'soc-concern-report': 'src/services/concern-report.ts',
  'soc-application-form': 'src/services/application-form.ts',
};

/** Minified ESM bundle of the given modules (Lit and zod included, each once). */
export async function bundle(files) {
  const contents = files.map((f) => `import './${f}';`).join('\n');
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // The locale modules load lazily and are not part of the first-load cost.
    splitting: false,
    external: ['./src/generated/locales/*'],
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    charset: 'utf8',
    plugins: [shrinkSources],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    code,
    min: code.length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    gzip: gzipSync(code, { level: 9 }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function bytes() {
  const rows = [];
  for (const [tag, file] of Object.entries(ENTRIES)) rows.push([tag, await bundle([file])]);
  rows.push(['all five fields together', await bundle(Object.values(ENTRIES))]);
  const fields = rows.at(-1)[1];
  for (const [tag, file] of Object.entries(OTHER_ENTRIES)) rows.push([tag, await bundle([file])]);
  rows.push(['everything (src/index.ts)', await bundle(['src/index.ts'])]);
  console.log('\nBundle size (minified; Lit, @lit/localize and zod included once; locales lazy)\n');
  console.log('| entry | min | gzip | brotli |\n|---|---:|---:|---:|');
  for (const [name, r] of rows) console.log(`| ${name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  return fields;
}

async function timings(all) {
  const { findChromium } = await import('./chromium-path.mjs');
  const executablePath = findChromium();
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch {
    console.log('\n(timings skipped: puppeteer-core not installed)');
    return;
  }
  if (!executablePath) {
    console.log('\n(timings skipped: no Chromium; see README)');
    return;
  }
  const dir = join('.tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bundle.js'), all.code);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="sv"><head><script type="module" src="bundle.js"></script></head><body><form id="f"></form></body></html>',
  );
  // Module scripts need http(s); a tiny static server on a free loopback port.
  const server = createServer((req, res) => {
    const file = req.url === '/bundle.js' ? 'bundle.js' : 'index.html';
    res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'text/html');
    res.end(readFileSync(join(dir, file)));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('soc-text-field'));
    const result = await page.evaluate(async () => {
      const form = document.getElementById('f');
      const N = 100;
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const renders = [];
      for (let round = 0; round < 7; round++) {
        form.replaceChildren();
        const t0 = performance.now();
        for (let i = 0; i < N; i++) {
          const f = document.createElement('soc-text-field');
          f.setAttribute('label', `Fält ${i}`);
          f.setAttribute('name', `f${i}`);
          f.setAttribute('format', 'personnummer');
          form.append(f);
        }
        await Promise.all([...form.children].map((f) => f.updateComplete));
        form.getBoundingClientRect(); // include style and layout
        renders.push(performance.now() - t0);
      }
      const field = form.firstElementChild;
      const input = field.shadowRoot.querySelector('input');
      // performance.now() is coarse (~0.1 ms), so whole rounds of typing are timed and divided.
      const inputs = [];
      const text = '811218-9876';
      for (let round = 0; round < 21; round++) {
        input.value = '';
        const t0 = performance.now();
        for (const ch of text) {
          input.value += ch;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch }));
          await field.updateComplete;
        }
        inputs.push((performance.now() - t0) / text.length);
      }
      return { render: median(renders), perField: median(renders) / N, input: median(inputs), n: N };
    });
    console.log('\nTimings (headless Chromium on this machine; medians; printed, not asserted)\n');
    console.log(`- render ${result.n} personnummer fields: ${result.render.toFixed(1)} ms (${result.perField.toFixed(2)} ms each)`);
    console.log(`- one keystroke in a personnummer field, input event to re-render: ${(result.input * 1000).toFixed(0)} µs`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = await bytes();
  await timings(all);
}
