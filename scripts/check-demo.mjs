// `npm run test:demo` (after `npm run build`): starts `server/start.mjs` — the Exempelkommun demo
// page and the reference receiver — opens the page in headless Chromium under the strict CSP with
// Trusted Types, and checks that every element renders with no console error or CSP violation, axe
// finds nothing in sv/en/ar, and a concern report sent from the page reaches the receiver.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, installHint } from './chromium-path.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}
const dataDir = mkdtempSync(join(tmpdir(), 'soc-demo-'));
const port = 8000 + Math.floor(Math.random() * 900) + 50;
const server = spawn(process.execPath, ['server/start.mjs'], { env: { ...process.env, PORT: String(port), DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes('http://') && resolve());
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const problems = [];
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle0' });
  const axe = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

  for (const lang of ['sv', 'en', 'ar']) {
    await page.click(`[data-lang="${lang}"]`);
    await new Promise((r) => setTimeout(r, 300));
    const els = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((e) => e.localName.startsWith('soc-')).map((e) => ({ tag: e.localName, ok: !!customElements.get(e.localName) && !!e.shadowRoot?.childNodes.length })),
    );
    for (const e of els) if (!e.ok) problems.push(`${lang}: <${e.tag}> did not render`);
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    for (const v of violations) problems.push(`${lang}: axe ${v}`);
    if (lang === 'sv') console.log(`elements on the page: ${els.map((e) => e.tag).join(', ')}`);
  }

  // A whole concern report from the page to the receiver, through the default HTTP transport.
  await page.click('[data-lang="sv"]');
  const reference = await page.evaluate(async () => {
    const el = document.querySelector('soc-concern-report');
    const answers = {
      'child.name': 'Alva', 'child.idKind': 'unknown', 'child.location': 'Ekskolan', 'child.siblings': 'no',
      'concern.description': 'Barnet är ofta hungrigt.', 'concern.duration': 'weeks', 'concern.childKnows': 'no',
      'concern.guardiansKnow': 'no', 'concern.otherChildren': 'no', 'concern.interpreter': 'no',
      'reporter.professional': 'no', 'reporter.anonymous': 'yes',
    };
    for (const [k, v] of Object.entries(answers)) el.setAnswer(k, v);
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      if (!el.next()) return 'step invalid';
    }
    const done = new Promise((r) => el.addEventListener('soc-submitted', (e) => r(e.detail.reference), { once: true }));
    el.addEventListener('soc-submit-error', (e) => console.error(`submit error: ${e.detail.error.message}`), { once: true });
    await el.submit();
    return done;
  });
  if (!/^OA-\d{4}-\d{6}$/.test(String(reference))) problems.push(`concern report: no reference (${reference})`);
  const stored = readFileSync(join(dataDir, 'submissions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  if (stored.length !== 1 || stored[0].reference !== reference) problems.push('concern report: not stored exactly once');
  else if (JSON.stringify(stored[0].payload.data.reporter) !== '{"anonymous":true}') problems.push('concern report: reporter not anonymous');
  console.log(`concern report sent from the page: ${reference}`);
} finally {
  await browser.close();
  server.kill();
}

if (problems.length) {
  console.error(`Demo check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Demo check passed: every element renders under CSP + Trusted Types, axe clean in sv/en/ar, a report reached the receiver.');
