// `npm run test:stories` (after `npm run build-storybook`): opens every story of the static
// Storybook in headless Chromium in every locale of lit-localize.json, and fails when a story does
// not render its elements or nothing visible, logs an error, uses an inline style attribute (CSP),
// has the wrong lang/dir (right-to-left for ar and the other RTL languages), or axe (WCAG 2.0–2.2 A/AA + best practice) finds a violation.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { axeViolations, launchBrowser } from './lib/browser.mjs';
import { LOCALES } from './lib/locales.mjs';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('No storybook-static/: run `npm run build-storybook` first.');
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

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const ids = Object.values(index.entries).filter((e) => e.type === 'story').map((e) => e.id);

const browser = await launchBrowser();
const page = await browser.newPage();
// Stories with answers warn before leaving (beforeunload); the next story's navigation accepts it.
page.on('dialog', (d) => void d.accept());
const logged = [];
page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && logged.push(m.text()));
page.on('pageerror', (e) => logged.push(e.message));

let problems = 0;
for (const { lang, dir } of LOCALES) {
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
        // Something a sighted user sees: a soc element with an area and rendered shadow content.
        visible: els.some((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && e.shadowRoot?.childElementCount;
        }),
        lang: document.documentElement.lang,
        dir: document.documentElement.dir || 'ltr',
        failed: document.body.classList.contains('sb-show-errordisplay'),
        styleAttrs: document.querySelectorAll('#storybook-root [style]').length,
      };
    });
    const violations = await axeViolations(page, '#storybook-root');
    const bad = [
      !info.count && 'no soc element rendered',
      !info.defined && 'an element is not defined',
      info.count && !info.visible && 'nothing visible rendered',
      info.lang !== lang && `lang is ${info.lang}`,
      info.dir !== dir && `dir is ${info.dir}`,
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
console.log(`${ids.length} stories × ${LOCALES.length} languages checked: ${problems ? `${problems} with problems` : 'all render, axe clean'}.`);
process.exit(problems ? 1 : 0);
