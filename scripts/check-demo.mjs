// `npm run test:demo` (after `npm run build`): starts `server/start.mjs` — the Exempelkommun demo
// page and the reference receiver — opens the page in headless Chromium under the strict CSP with
// Trusted Types, and checks that every element renders with no console error or CSP violation, axe
// finds nothing in any locale of lit-localize.json (the page has a language button for each), and
// a concern report sent from the page reaches the receiver.
import { axeViolations, launchBrowser, startDemo, storedSubmissions } from './lib/browser.mjs';
import { LOCALES } from './lib/locales.mjs';

const demo = await startDemo();
const problems = [];
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(demo.url, { waitUntil: 'networkidle0' });

  for (const { lang } of LOCALES) {
    if (!(await page.$(`[data-lang="${lang}"]`))) {
      problems.push(`${lang}: the demo page has no language button [data-lang="${lang}"]`);
      continue;
    }
    await page.click(`[data-lang="${lang}"]`);
    await new Promise((r) => setTimeout(r, 300));
    const els = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((e) => e.localName.startsWith('soc-')).map((e) => ({ tag: e.localName, ok: !!customElements.get(e.localName) && !!e.shadowRoot?.childNodes.length })),
    );
    for (const e of els) if (!e.ok) problems.push(`${lang}: <${e.tag}> did not render`);
    const violations = await axeViolations(page);
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
      'concern.guardiansKnow': 'no', 'concern.otherChildren': 'no', 'concern.interpreter.needed': 'no',
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
  const stored = storedSubmissions(demo.dataDir);
  if (stored.length !== 1 || stored[0].reference !== reference) problems.push('concern report: not stored exactly once');
  else if (JSON.stringify(stored[0].payload.data.reporter) !== '{"anonymous":true}') problems.push('concern report: reporter not anonymous');
  console.log(`concern report sent from the page: ${reference}`);
} finally {
  await browser.close();
  await demo.stop();
}

if (problems.length) {
  console.error(`Demo check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Demo check passed: every element renders under CSP + Trusted Types, axe clean in ${LOCALES.map((l) => l.lang).join('/')}, a report reached the receiver.`);
