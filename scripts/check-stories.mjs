// `npm run test:stories` (after `npm run build-storybook`): opens every story of the static
// Storybook in headless Chromium in sv, en and ar, and fails when a story does not render its
// elements, logs an error, uses an inline style attribute (CSP), or axe finds a violation.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, installHint } from './chromium-path.mjs';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('No storybook-static/: run `npm run build-storybook` first.');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) {
    res.statusCode = 404;
    return res.end();
  }
  res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const ids = Object.values(index.entries).filter((e) => e.type === 'story').map((e) => e.id);

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
// Stories with answers warn before leaving (beforeunload); the next story's navigation accepts it.
page.on('dialog', (d) => void d.accept());
const logged = [];
page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && logged.push(m.text()));
page.on('pageerror', (e) => logged.push(e.message));

let problems = 0;
for (const lang of ['sv', 'en', 'ar']) {
  for (const id of ids) {
    logged.length = 0;
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=locale:${lang}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
      { timeout: 20000 },
    );
    await new Promise((r) => setTimeout(r, 300));
    const info = await page.evaluate(() => {
      const els = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('soc-'));
      return {
        count: els.length,
        defined: els.every((e) => customElements.get(e.localName) && e.shadowRoot),
        lang: document.documentElement.lang,
        failed: document.body.classList.contains('sb-show-errordisplay'),
        styleAttrs: document.querySelectorAll('#storybook-root [style]').length,
      };
    });
    await page.evaluate(axeSource);
    // Storybook's a11y addon runs axe on each story too, and axe allows one run at a time:
    // wait for its run to finish and try again.
    const violations = await page.evaluate(async () => {
      for (let i = 0; ; i++) {
        try {
          return (await window.axe.run('#storybook-root', { resultTypes: ['violations'] })).violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        } catch (e) {
          if (i > 50 || !/already running/.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    });
    const bad = [
      !info.count && 'no soc element rendered',
      !info.defined && 'an element is not defined',
      info.lang !== lang && `lang is ${info.lang}`,
      info.failed && 'Storybook shows an error',
      info.styleAttrs && `${info.styleAttrs} inline style attribute(s)`,
      ...violations.map((v) => `axe ${v}`),
      ...logged.map((l) => `console: ${l}`),
    ].filter(Boolean);
    if (bad.length) {
      problems++;
      console.log(`✗ ${lang} ${id}\n    ${bad.join('\n    ')}`);
    }
  }
}
await browser.close();
server.close();
console.log(`${ids.length} stories × 3 languages checked: ${problems ? `${problems} with problems` : 'all render, axe clean'}.`);
process.exit(problems ? 1 : 0);
