// Issue 18: the information elements render on a server with @lit-labs/ssr, to HTML with a
// declarative shadow root (<template shadowrootmode="open">), so a page built by Next.js, Astro,
// Nuxt or any Node server shows the text before any JavaScript runs. The elements' sources are
// bundled for Node (Lit and @lit-labs/ssr stay the installed packages, one copy of each) and
// rendered here, where there is no DOM; the test reads the text a visitor would see in the HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';

const ENTRY = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import './src/info/process-steps.ts';
import './src/info/contact-hours.ts';
import './src/info/confidentiality.ts';

export const renderToString = (template) => collectResult(render(template));
export const pages = {
  processSteps: html\`<soc-process-steps variant="concern" current="utredning"></soc-process-steps>\`,
  contactHours: html\`<soc-contact-hours phone="08-123 456 78" hours="Mo-Fr 08:00-16:00; PH off"></soc-contact-hours>\`,
  confidentiality: html\`<soc-confidentiality audience="guardian"></soc-confidentiality>\`,
};
`;

/** The text a reader sees: no styles, no tags, white space collapsed. */
const readable = (htmlText) =>
  htmlText
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

let ssr;
test.before(async () => {
  const r = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    logLevel: 'silent',
  });
  // Written inside the repository (.tmp/ is ignored) so the bare imports resolve to node_modules.
  mkdirSync('.tmp', { recursive: true });
  const file = `.tmp/ssr-${process.pid}.mjs`;
  writeFileSync(file, r.outputFiles[0].contents);
  try {
    ssr = await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
});

test('there is no DOM here', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.MutationObserver, 'undefined');
});

test('soc-process-steps renders its steps into a declarative shadow root', async () => {
  const out = await ssr.renderToString(ssr.pages.processSteps);
  assert.match(out, /<soc-process-steps[^>]*><template shadowroot="open" shadowrootmode="open">/);
  const text = readable(out);
  assert.match(text, /Så går det till efter en orosanmälan/);
  assert.match(text, /Det kallas orosanmälan\./);
  assert.match(text, /Det kallas skyddsbedömning\./);
  assert.match(text, /Inom 14 dagar bestämmer socialtjänsten om de ska starta en utredning\./);
});

test('soc-contact-hours renders the phone number and the opening hours', async () => {
  const out = await ssr.renderToString(ssr.pages.contactHours);
  assert.match(out, /<soc-contact-hours[^>]*><template shadowroot="open" shadowrootmode="open">/);
  const text = readable(out);
  assert.match(text, /Kontakta socialtjänsten/);
  assert.match(text, /08-123 456 78/);
  assert.match(text, /Måndag–fredag kl\. 8–16/);
  assert.match(text, /Ring 112 och be att få prata med socialjouren\./);
});

test('soc-confidentiality renders the text for guardians', async () => {
  const out = await ssr.renderToString(ssr.pages.confidentiality);
  assert.match(out, /<soc-confidentiality[^>]*><template shadowroot="open" shadowrootmode="open">/);
  const text = readable(out);
  assert.match(text, /Sekretess hos socialtjänsten/);
  assert.match(text, /Vad betyder sekretess\?/);
  assert.match(text, /offentlighets- och sekretesslagen \(2009:400\) 26 kap\. 1 §/);
});

// In the browser the server's HTML must be taken over, not drawn a second time: Lit's hydration
// support loads before the elements (as the README says). Without it each element would render
// its content again under the server's (checked by hand: two headings each).
test('in Chromium the rendered elements hydrate: one heading each, no errors', { skip: !findChromium() && 'no Chromium' }, async () => {
  const body = (await Promise.all([ssr.pages.contactHours, ssr.pages.processSteps].map(ssr.renderToString))).join('');
  const client = await build({
    stdin: {
      contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './src/info/contact-hours.ts';
import './src/info/process-steps.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  const dir = `.tmp/ssr-page-${process.pid}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/client.js`, client.outputFiles[0].contents);
  writeFileSync(`${dir}/index.html`, `<!doctype html><html lang="sv"><body>${body}<script type="module" src="client.js"></script></body></html>`);
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--allow-file-access-from-files'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(`${dir}/index.html`).href);
    await page.waitForFunction(() => customElements.get('soc-contact-hours') && customElements.get('soc-process-steps'));
    await page.evaluate(() => Promise.all([...document.querySelectorAll('soc-contact-hours, soc-process-steps')].map((el) => el.updateComplete)));
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('soc-contact-hours, soc-process-steps')].map((el) => [...el.shadowRoot.querySelectorAll('h2')].map((h) => h.textContent.trim())),
    );
    assert.deepEqual(headings, [['Kontakta socialtjänsten'], ['Så går det till efter en orosanmälan']]);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
