// Shared by the check scripts that drive the built demo (`npm start`) in headless Chromium:
// launching the OS Chromium, starting/stopping `server/start.mjs`, axe, and the page helpers the
// browser tests use too (test/helpers/dom.ts: deep focus, settle, CSP watcher, tab to a field).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, installHint } from '../chromium-path.mjs';
import { FIREFOX_PREFS, findFirefox, installHint as browsersHint } from '../browsers.mjs';
import { importTs } from './import-ts.mjs';

export { CHROMIUM_ARGS };

/**
 * Headless OS Chromium (or with `engine: 'firefox'` the OS Firefox ESR over WebDriver BiDi);
 * exits the process with the install hint when there is none.
 */
export async function launchBrowser({ args = [], engine = 'chromium', ...options } = {}) {
  if (engine === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) {
      console.error(browsersHint(['firefox']));
      process.exit(1);
    }
    return puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS, ...options });
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(installHint);
    process.exit(1);
  }
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...args], ...options });
}

/** axe-core's source, to `page.evaluate()` into a page. */
export const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** The axe rule set every check uses: WCAG 2.0–2.2 A/AA and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe in the page (injecting it when needed) on `context` and returns the violations as
 * "rule: target, target" strings. Waits when another axe run (e.g. Storybook's addon) is busy.
 */
export async function axeViolations(page, context = 'document') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async (context, tags) => {
      const target = context === 'document' ? document : context;
      for (let i = 0; ; i++) {
        try {
          const result = await window.axe.run(target, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        } catch (e) {
          if (i > 50 || !/already running/.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    },
    context,
    AXE_TAGS,
  );
}

/**
 * Starts `node server/start.mjs` (what `npm start` runs after building) on `port` with its data in
 * `dataDir`. Returns `{ url, port, dataDir, stop() }`; `stop()` resolves once the process is gone,
 * so the same port and data can be started again (a receiver restart).
 */
export async function startDemo({ port = 8000 + Math.floor(Math.random() * 900) + 50, dataDir = mkdtempSync(join(tmpdir(), 'soc-demo-')) } = {}) {
  const child = spawn(process.execPath, ['server/start.mjs'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('http://') && resolve());
    child.on('exit', (code) => reject(new Error(`server/start.mjs exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    dataDir,
    async stop() {
      child.kill();
      await exited;
    },
  };
}

/** The submissions the receiver stored (one JSON object per line of submissions.jsonl). */
export function storedSubmissions(dataDir) {
  try {
    return readFileSync(join(dataDir, 'submissions.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ——— the page helpers of test/helpers/dom.ts, in a puppeteer page ———

const { tabUntil } = await importTs('test/helpers/dom.ts');

/**
 * test/helpers/dom.ts as a classic script: run in a page (`page.evaluate`, which no CSP blocks),
 * it defines `window.__socHelpers` with every export of that module.
 */
export const pageHelpersSource = (
  await build({
    entryPoints: ['test/helpers/dom.ts'],
    absWorkingDir: fileURLToPath(new URL('../../', import.meta.url)),
    bundle: true,
    format: 'iife',
    globalName: '__socHelpers',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0].text;

/**
 * dom-accessibility-api as a classic script: `window.__socAx.getRole(el)` and
 * `computeAccessibleName(el)`, for engines whose accessibility tree a script cannot read (Firefox
 * over BiDi): the role and name the ARIA specs give, computed in the page.
 */
export const axSource = (
  await build({
    stdin: { contents: "export { getRole, computeAccessibleName } from 'dom-accessibility-api';", resolveDir: fileURLToPath(new URL('../../', import.meta.url)) },
    bundle: true,
    format: 'iife',
    globalName: '__socAx',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0].text + ';window.__socAx = __socAx;';

/** Installs the helpers in the page's current document, each also as a global (`window.deepActive()`). */
export const installPageHelpers = (page) => page.evaluate(`${pageHelpersSource};Object.assign(window, __socHelpers);`);

/**
 * Before any script of every document the page loads: `window.__socHelpers`, and every CSP and
 * Trusted Types violation recorded in `window.__violations` (also logged as a console error
 * with `console: true`).
 */
export const watchPage = (page, { console: toConsole = false } = {}) =>
  // `window.` explicitly: Firefox (BiDi) runs a new-document script inside a function.
  page.evaluateOnNewDocument(`${pageHelpersSource};window.__socHelpers = __socHelpers;__socHelpers.watchCspViolations({ console: ${toConsole} });`);

/** The CSP violations `watchPage` recorded in the current document. */
export const cspViolations = (page) => page.evaluate(() => window.__violations ?? []);

/** Waits `frames` animation frames and a task in the page (layout and paint done). */
export const afterFrames = (page, frames = 1) => page.evaluate((n) => window.__socHelpers.afterFrames(n), frames);

/** Waits until every soc element of the page is defined and has rendered. */
export const settleElements = (page) => page.evaluate(() => window.__socHelpers.settleElements());

const describeFocus = (page) => page.evaluate(() => window.__socHelpers.describeFocus());

/** Presses Tab until the soc field (or a page's own control) named `name` holds the focus. */
export function tabToField(page, name, { max = 40 } = {}) {
  return tabUntil(
    () => page.keyboard.press('Tab'),
    async () => (await page.evaluate(() => window.__socHelpers.activeField({ nativeControls: true })?.name)) === name,
    { max, what: `the field ${name}`, where: () => describeFocus(page) },
  );
}

/** Presses Tab until a button, link or summary with exactly this text has focus, then Enter. */
export async function pressButton(page, text, { max = 60 } = {}) {
  await tabUntil(
    () => page.keyboard.press('Tab'),
    () =>
      page.evaluate((t) => {
        const el = window.__socHelpers.deepActive();
        return !!el && ['button', 'a', 'summary'].includes(el.localName) && el.textContent.trim() === t;
      }, text),
    { max, what: `the button "${text}"` },
  );
  await page.keyboard.press('Enter');
}
