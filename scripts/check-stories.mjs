// `npm run test:stories` (after `npm run build-storybook`): opens every story of the static
// Storybook in headless Chromium in Swedish, switches it live (<html lang dir>, no reload, as a
// CMS language switcher does) through every other locale of lit-localize.json, and fails when in any language a story does
// not render its elements or nothing visible, logs an error, uses an inline style attribute (CSP),
// has the wrong lang/dir (right-to-left for ar and the other RTL languages), keeps its Swedish texts after
// the switch, or axe (WCAG 2.0–2.2 A/AA + best practice) finds a violation.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { axeViolations, launchBrowser } from './lib/browser.mjs';
import { LOCALES } from './lib/locales.mjs';

// SOC_STORYBOOK_DIR: another build folder (default storybook-static, as build-storybook writes it).
const root = process.env.SOC_STORYBOOK_DIR ?? 'storybook-static';
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
// SOC_STORIES=<text> checks only the stories whose id contains it (while working on one element).
const only = process.env.SOC_STORIES ?? '';
const ids = Object.values(index.entries)
  .filter((e) => e.type === 'story' && e.id.includes(only))
  .map((e) => e.id);

const sv = LOCALES[0].lang;

/** What the story shows: the soc elements, lang/dir, errors, inline styles, and the elements' text. */
const look = (page) =>
  page.evaluate(() => {
    const els = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('soc-'));
    // The text of every element's shadow root (nested ones too): what the library itself writes.
    const text = (root) => [...root.querySelectorAll('*')].map((e) => (e.shadowRoot ? text(e.shadowRoot) : '') + [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data.trim()).join(' ')).join(' ');
    return {
      count: els.length,
      // Defined and drawn: its own shadow root, or an answer with nothing to reveal, which its
      // group draws (it has no shadow root of its own).
      defined: els.every(
        (e) => customElements.get(e.localName) && (e.shadowRoot || (!e.children.length && /^soc-(radio|checkbox)-group$/.test(e.parentElement?.localName ?? ''))),
      ),
      // Something a sighted user sees: a soc element with an area and rendered shadow content.
      visible: els.some((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && e.shadowRoot?.childElementCount;
      }),
      lang: document.documentElement.lang,
      dir: document.documentElement.dir || 'ltr',
      failed: document.body.classList.contains('sb-show-errordisplay'),
      styleAttrs: document.querySelectorAll('#storybook-root [style]').length,
      text: els.map((e) => (e.shadowRoot ? text(e.shadowRoot) : '')).join(' ').replace(/\s+/g, ' '),
    };
  });

/**
 * One story: opened in Swedish (the "Språk" toolbar's global in the address), then switched live
 * through every other language the way a CMS switcher does, each language checked as it is shown.
 * Returns one line per fault.
 */
async function checkStory(page, logged, id) {
  const faults = [];
  logged.length = 0;
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=locale:${sv}`, { waitUntil: 'load' });
  // Until the story has rendered and its play function (if any) has finished.
  await page.waitForFunction(
    () => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase) || document.body.classList.contains('sb-show-errordisplay'),
    { timeout: 30000 },
  );
  await new Promise((r) => setTimeout(r, 100));
  let svText = '';
  let enText = '';
  for (const { lang, dir } of LOCALES) {
    if (lang !== sv) {
      // Switch as a CMS language switcher does (<html lang dir>, no reload, no re-render of the
      // story), and wait until the library says the language is ready.
      await page.evaluate(
        (lang, dir) => {
          window.__socReady = undefined;
          addEventListener('lit-localize-status', (e) => e.detail.status === 'ready' && (window.__socReady = e.detail.readyLocale));
          document.documentElement.lang = lang;
          document.documentElement.dir = dir;
        },
        lang,
        dir,
      );
      await page.waitForFunction((lang) => window.__socReady === lang, { timeout: 10000 }, lang).catch(() => faults.push(`${lang}: the language never became ready`));
      await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    }
    const info = await look(page);
    if (lang === sv) svText = info.text;
    if (lang === 'en') enText = info.text;
    const violations = await axeViolations(page, '#storybook-root');
    faults.push(
      ...[
        !info.count && 'no soc element rendered',
        !info.defined && 'an element is not defined',
        info.count && !info.visible && 'nothing visible rendered',
        info.lang !== lang && `lang is ${info.lang}`,
        info.dir !== dir && `dir is ${info.dir}`,
        info.failed && 'Storybook shows an error',
        info.styleAttrs && `${info.styleAttrs} inline style attribute(s)`,
        // A story whose English differs from its Swedish has texts to translate: every language
        // must have changed them live.
        lang !== sv && lang !== 'en' && enText && enText !== svText && info.text === svText && 'the texts stayed Swedish after switching live',
        ...violations.map((v) => `axe ${v}`),
        ...logged.map((l) => `console: ${l}`),
      ]
        .filter(Boolean)
        .map((f) => `${lang}: ${f}`),
    );
    logged.length = 0;
  }
  return faults;
}

// Two browsers work through the stories side by side (two cores). Not two tabs of one browser: a
// background tab gets no focus, and the play functions type and tab like a person.
const queue = [...ids];
let problems = 0;
async function worker() {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  // Stories with answers warn before leaving (beforeunload); the next story's navigation accepts it.
  page.on('dialog', (d) => void d.accept());
  const logged = [];
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && logged.push(m.text()));
  page.on('pageerror', (e) => logged.push(e.message));
  for (let id = queue.shift(); id; id = queue.shift()) {
    const faults = await checkStory(page, logged, id).catch((e) => [`the check failed: ${e.message}`]);
    if (faults.length) {
      problems++;
      console.log(`✗ ${id}\n    ${faults.join('\n    ')}`);
    }
  }
  await browser.close();
}
await Promise.all([worker(), worker()]);
server.close();
console.log(`${ids.length} stories × ${LOCALES.length} languages (${LOCALES.map((l) => l.lang).join(', ')}; switched live) checked: ${problems ? `${problems} with problems` : 'all render, switch language live, axe clean'}.`);
process.exit(problems ? 1 : 0);
