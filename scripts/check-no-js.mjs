// `npm run test:no-js` (after `npm run build`): the README's "Before and without JavaScript"
// snippets, as a citizen gets them with JavaScript turned off and then on.
// The page is built from that README section itself (every ```html block in the body, every ```css
// block as the page's stylesheet), so the documented markup is the tested markup. A small server
// here sends it under a strict CSP with the built bundle, and records the form posts it gets.
// Headless Chromium (`page.setJavaScriptEnabled(false)`) and Firefox ESR (a browser started with
// `javascript.enabled` off; SOC_NO_JS_BROWSERS=chromium picks one), JavaScript off:
//   - the first Tab stop is the quick-exit link, visible, with the documented address; Enter leaves
//     for it (the neutral page is answered here, nothing goes out to the network);
//   - each service shows its fallback (phone number, 112) and not its slot content;
//   - contact hours, process steps (the fallback list, and custom steps as numbered items with
//     their headings), confidentiality, placement info and the appeal guide show their fallback text; no soc element is an empty box
//     except the fields, whose <noscript> controls are shown instead;
//   - the soc choice fields (radio, checkbox, select) show no loose option texts; the <noscript>
//     part has the date as three labelled boxes (Dag, Månad, År), a native select with an empty
//     first entry, checkboxes and the consent box;
//   - the error summary shows its server-rendered heading and link, and the link's #id is the
//     <noscript> field's;
//   - the form's native controls are filled with the keyboard and posted: the server gets each
//     field once (the date as fodd-dag, fodd-manad, fodd-ar);
//   - axe (WCAG 2.0–2.2 A/AA + best practice) finds nothing, and the custom steps are read with
//     their numbers and headings (Chromium only: axe needs timers, and Puppeteer reads no
//     accessibility tree in Firefox).
// JavaScript on: every element upgrades and draws none of its fallback (slot content and the
// confidentiality's extra content still show); quick exit would leave for the link's address; the
// <noscript> controls do not exist; the error summary lists the server link as its own; the soc
// fields are filled and the post holds each field once (the date as one YYYY-MM-DD value).
// Prints one line per check; exits 1 with one line per problem.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, launchBrowser, sleep } from './lib/browser.mjs';
import { FIREFOX_PREFS } from './browsers.mjs';

const started = Date.now();
const root = fileURLToPath(new URL('..', import.meta.url));

// ——— the README section → the page ———

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.match(/\n## Before and without JavaScript\n([\s\S]*?)(?=\n## )/)?.[1];
if (!section) {
  console.error('No-JS check failed: README.md has no "## Before and without JavaScript" section.');
  process.exit(1);
}
const blocks = (lang) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
const [quickExit, ...rest] = blocks('html');
const css = blocks('css').join('\n');

const page = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Socialtjänsten – Exempelkommun</title>
    <link rel="stylesheet" href="/no-js.css" />
    <script type="module" src="/dist/soc-elements.js"></script>
  </head>
  <body>
    <header>${quickExit}</header>
    <main>
      <h1>Socialtjänsten</h1>
      ${rest.join('\n')}
    </main>
  </body>
</html>`;

// ——— the server: the page, its CSS, dist/, the neutral page, and the form posts ———

for (let i = 0; !existsSync(join(root, 'dist/soc-elements.js')); i++) {
  if (i > 120) {
    console.error('No-JS check failed: dist/soc-elements.js does not exist; run `npm run build`.');
    process.exit(1);
  }
  await sleep(500);
}

// The strict policy of server/start.mjs: no inline script or style anywhere.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; form-action 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html soc-elements";
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };
/** Every form post the server got: [name, value][] in the order posted. */
const posts = [];

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP });
    res.end(body);
  };
  if (req.method === 'POST' && url.pathname === '/skicka') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      posts.push([...new URLSearchParams(body)]);
      send(200, 'text/html; charset=utf-8', '<!doctype html><html lang="sv"><title>Tack</title><h1>Tack</h1>');
    });
    return;
  }
  if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
  if (url.pathname === '/') return send(200, 'text/html; charset=utf-8', page);
  if (url.pathname === '/no-js.css') return send(200, 'text/css; charset=utf-8', css);
  const file = normalize(join(root, url.pathname));
  if (url.pathname.startsWith('/dist/') && file.startsWith(join(root, 'dist')) && existsSync(file)) {
    return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  }
  send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

// ——— checks ———

const problems = [];
const lines = [];
/** The engine being checked, prefixed to each problem. */
let engine = 'chromium';
function expect(what, ok, detail = '') {
  what = `${engine}: ${what}`;
  if (process.env.DEBUG) console.log(ok ? 'ok' : 'NO', what); // DEBUG=1: every check as it runs
  if (!ok) problems.push(`${what}${detail ? `: ${detail}` : ''}`);
}
const json = (v) => JSON.stringify(v);

/** The texts a sighted reader sees in `selector` (light DOM only: what shows without shadow roots). */
const seen = (p, selector) =>
  p.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => (el.getClientRects().length ? el.innerText.replace(/\s+/g, ' ').trim() : '')), selector);
const drawn = (p, selector) => p.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.getClientRects().length > 0), selector);

/** Opens the page with JavaScript on or off; every other host is answered with a neutral page. */
async function open(browser, js) {
  const p = await browser.newPage();
  await p.setViewport({ width: 800, height: 900 });
  // Firefox cannot switch it per page: its browser was started with `javascript.enabled` off.
  if (engine === 'chromium') await p.setJavaScriptEnabled(js);
  await p.setRequestInterception(true);
  p.on('request', (r) => {
    if (r.url().startsWith(base)) return r.continue();
    return r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Väder</title><h1>Väder</h1>' });
  });
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.goto(base, { waitUntil: 'networkidle0' });
  return { p, errors };
}

/** Tab until the focused element (light DOM or a shadow root) matches; returns its description. */
async function tabTo(p, test, max = 40) {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    const hit = await p.evaluate(test);
    if (hit) return hit;
  }
  return null;
}

/**
 * How the form is filled: [field name, keys] (a string is typed, ' ' is Space; the date's three
 * boxes are one soc field but three native ones), and what the server must get back.
 */
const FILL = {
  js: [['namn', 'anna svensson'], ['ringa', ' '], ['fodd', ['18', '12', '1981']], ['sprak', 's'], ['kontakt', ' '], ['oro', 'barnet är ofta ensamt hemma'], ['samtycke', ' ']],
  noJs: [['namn', 'anna svensson'], ['ringa', ' '], ['fodd-dag', '18'], ['fodd-manad', '12'], ['fodd-ar', '1981'], ['sprak', 's'], ['kontakt', ' '], ['oro', 'barnet är ofta ensamt hemma'], ['samtycke', ' ']],
};
const POSTED = {
  js: [['namn', 'anna svensson'], ['ringa', 'ja'], ['fodd', '1981-12-18'], ['sprak', 'sv'], ['kontakt', 'bup'], ['oro', 'barnet är ofta ensamt hemma'], ['samtycke', 'ja']],
  noJs: [['namn', 'anna svensson'], ['ringa', 'ja'], ['fodd-dag', '18'], ['fodd-manad', '12'], ['fodd-ar', '1981'], ['sprak', 'sv'], ['kontakt', 'bup'], ['oro', 'barnet är ofta ensamt hemma'], ['samtycke', 'ja']],
};

/** Fills the form by keyboard (native controls or soc fields, whichever are there) and posts it. */
async function fillAndPost(p, what, fill) {
  const before = posts.length;
  await p.evaluate(() => document.activeElement?.blur());
  const focusedName = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getRootNode()?.host?.getAttribute?.('name') ?? el?.getAttribute?.('name') ?? null;
  };
  for (const [name, keys] of fill) {
    const ok = await tabTo(p, new Function(`return (${focusedName})() === ${json(name)}`), 80);
    expect(`${what}: Tab reaches the field ${name}`, ok);
    if (!ok) return null;
    // Radio group, checkboxes: Tab lands on the first answer, Space chooses it. A select: a
    // letter picks the first answer starting with it. The soc date: its three boxes in turn.
    if (Array.isArray(keys)) {
      for (const [i, k] of keys.entries()) {
        if (i) await p.keyboard.press('Tab');
        await p.keyboard.type(k);
      }
    } else if (keys === ' ') await p.keyboard.press(' ');
    else await p.keyboard.type(keys);
  }
  await p.keyboard.press('Tab');
  const onButton = await p.evaluate(() => document.activeElement?.localName === 'button' && document.activeElement.textContent.trim());
  expect(`${what}: Tab after the last field reaches "Skicka"`, onButton === 'Skicka', json(onButton));
  await Promise.all([p.waitForNavigation({ waitUntil: 'load' }), p.keyboard.press('Enter')]);
  expect(`${what}: the form is posted once`, posts.length === before + 1, `${posts.length - before} posts`);
  return posts.at(-1);
}

/** JavaScript off: what a citizen sees and can do. */
async function withoutJs(browser) {
  {
    const { p, errors } = await open(browser, false);
    const defined = await p.evaluate(() => typeof customElements !== 'undefined' && !!customElements.get('soc-quick-exit'));
    expect('no JS: no element is defined', !defined);

    // Quick exit: the first Tab stop, drawn, styled as the README says, with its address.
    const first = await tabTo(p, () => {
      const a = document.activeElement;
      return a?.localName === 'a' ? { text: a.textContent.trim(), href: a.href, inExit: !!a.closest('soc-quick-exit') } : null;
    }, 1);
    expect('no JS: the first Tab stop is the quick-exit link', first?.inExit && first.text === 'Lämna sidan snabbt', json(first));
    expect('no JS: the quick-exit link leaves for https://www.smhi.se/', first?.href === 'https://www.smhi.se/', json(first?.href));
    const look = await p.evaluate(() => {
      const a = document.querySelector('soc-quick-exit > a');
      const s = getComputedStyle(a);
      const box = a.getBoundingClientRect();
      return { bg: s.backgroundColor, color: s.color, w: box.width, h: box.height, pos: getComputedStyle(a.parentElement).position };
    });
    expect('no JS: the quick-exit link looks like the button (white on dark red, ≥ 44 px high, sticky)',
      look.bg === 'rgb(180, 35, 24)' && look.color === 'rgb(255, 255, 255)' && look.h >= 44 && look.pos === 'sticky', json(look));

    // Services, information elements: the fallback shows, slot content of the forms does not.
    const texts = Object.fromEntries(
      await Promise.all(
        ['soc-concern-report', 'soc-application-form', 'soc-contact-hours', 'soc-confidentiality', 'soc-placement-info', 'soc-appeal-guide'].map(async (t) => [t, (await seen(p, t)).join(' | ')]),
      ),
    );
    expect('no JS: soc-concern-report shows its fallback with the phone number and 112',
      /Anmäl oro för ett barn/.test(texts['soc-concern-report']) && /08-465 004 10/.test(texts['soc-concern-report']) && /ring 112/.test(texts['soc-concern-report']),
      json(texts['soc-concern-report']));
    expect('no JS: soc-concern-report does not show its intro slot content', !/Du kan vara anonym/.test(texts['soc-concern-report']));
    expect('no JS: soc-application-form shows its fallback', /Ansök om stöd/.test(texts['soc-application-form']) && /08-465 004 10/.test(texts['soc-application-form']), json(texts['soc-application-form']));
    expect('no JS: soc-contact-hours shows the phone number and hours', /08-465 004 10, vardagar kl\. 8–16/.test(texts['soc-contact-hours']), json(texts['soc-contact-hours']));
    expect('no JS: soc-confidentiality shows its fallback and its extra content',
      /Socialtjänsten har sekretess/.test(texts['soc-confidentiality']) && /Frågor\? Ring/.test(texts['soc-confidentiality']), json(texts['soc-confidentiality']));
    expect('no JS: soc-placement-info shows its fallback', /familjehem/.test(texts['soc-placement-info']) && /08-465 004 10/.test(texts['soc-placement-info']), json(texts['soc-placement-info']));
    expect('no JS: soc-appeal-guide shows its fallback (the deadline and a phone number)',
      /inom 3 veckor från den dag du fick beslutet/.test(texts['soc-appeal-guide']) && /08-465 004 10/.test(texts['soc-appeal-guide']), json(texts['soc-appeal-guide']));
    const tel = await p.evaluate(() => [...document.querySelectorAll('a[href^="tel:"]')].filter((a) => a.getClientRects().length).length);
    expect('no JS: the phone numbers are links', tel >= 4, `${tel} visible tel: links`);

    const headings = await p.evaluate(() =>
      [...document.querySelectorAll('soc-process-steps > ol > li > h3')].filter((h) => h.getClientRects().length).map((h) => h.textContent.trim()),
    );
    expect('no JS: the default process steps read as a list of three headed steps', headings.length === 3, json(headings));
    // Custom steps: the heading is CSS generated content, which the accessibility tree reads
    // (Chromium: Puppeteer reads Firefox's tree only over CDP, which Firefox no longer has).
    const customSteps = engine === 'chromium' ? await p.$$('soc-process-step') : [];
    const bodies = await seen(p, 'soc-process-step');
    expect('no JS: the custom steps\' texts are shown', bodies.length === 2 && bodies.every(Boolean), json(bodies));
    const read = [];
    for (const s of customSteps) {
      const tree = await p.accessibility.snapshot({ root: s, interestingOnly: false });
      const texts = [];
      const walk = (n) => (n.role === 'StaticText' || n.role === 'text' ? texts.push(n.name) : (n.children ?? []).forEach(walk));
      if (tree) walk(tree);
      read.push(texts.join(' ').replace(/\s+/g, ' ').trim());
    }
    if (engine === 'chromium') expect('no JS: custom steps are read as numbered steps with their headings above their text',
      /^1 ?\. ?Du ringer oss Vi lyssnar/.test(read[0] ?? '') && /^2 ?\. ?Vi träffas Du kan ta med/.test(read[1] ?? ''), json(read));

    // No blank boxes: every soc element (but the fields) has text a citizen can see.
    const blank = await p.evaluate(() =>
      [...document.querySelectorAll(':not(:defined)')].filter((e) => e.localName.startsWith('soc-') && !/^soc-(text-field|textarea|radio-group|radio|checkbox-group|checkbox|select|date-input|support-option|process-step)$/.test(e.localName) && !e.innerText.trim()).map((e) => e.localName),
    );
    expect('no JS: no soc element is an empty box', !blank.length, blank.join(', '));
    const native = await p.evaluate(() => [...document.querySelectorAll('form input, form textarea, form select')].filter((e) => e.getClientRects().length).map((e) => e.name));
    expect('no JS: the form shows the <noscript> controls',
      json(native) === json(['namn', 'ringa', 'ringa', 'fodd-dag', 'fodd-manad', 'fodd-ar', 'sprak', 'kontakt', 'kontakt', 'oro', 'samtycke']), json(native));
    const dateLabels = await p.evaluate(() => [...document.querySelectorAll('form input[name^="fodd-"]')].map((i) => i.labels[0]?.textContent.trim()));
    expect('no JS: the date boxes are labelled Dag, Månad, År', json(dateLabels) === json(['Dag', 'Månad', 'År']), json(dateLabels));
    const choice = await p.evaluate(() => [...document.querySelector('form select[name="sprak"]').options].map((o) => o.value));
    expect('no JS: the native select has an empty first entry and the same answers', json(choice) === json(['', 'sv', 'so']), json(choice));
    const loose = await seen(p, 'form > :is(soc-radio-group, soc-checkbox-group, soc-checkbox, soc-select)');
    expect('no JS: the soc choice fields\' loose option texts are not shown', loose.length === 4 && loose.every((t) => !t), json(loose));
    const summary = (await seen(p, 'soc-error-summary')).join(' | ');
    expect('no JS: soc-error-summary shows its heading and links', /Det finns problem/.test(summary) && /Skriv ditt namn/.test(summary), json(summary));
    const summaryTarget = await p.evaluate(() => {
      const a = document.querySelector('soc-error-summary a');
      return document.getElementById(a.getAttribute('href').slice(1))?.getAttribute('name') ?? null;
    });
    expect('no JS: the summary\'s link leads to the <noscript> field', summaryTarget === 'namn', json(summaryTarget));

    // axe needs timers and promises, which a page without JavaScript never runs: turn it on just
    // for axe (the page's own scripts were skipped while it loaded and stay so). Chromium only:
    // Firefox's JavaScript is off for the whole browser.
    if (engine === 'chromium') {
      await p.setJavaScriptEnabled(true);
      const axe = await axeViolations(p);
      expect('no JS: axe finds nothing', !axe.length, axe.join('; '));
      const upgraded = await p.evaluate(() => !!customElements.get('soc-quick-exit'));
      await p.setJavaScriptEnabled(false);
      expect('no JS: still no element defined after axe', !upgraded);
    }

    // The form, filled and posted with the keyboard.
    const post = await fillAndPost(p, 'no JS', FILL.noJs);
    expect('no JS: the post holds each field once (the date as its three boxes)', json(post) === json(POSTED.noJs), json(post));

    // The quick-exit link, activated: the page is left for the neutral one.
    await p.goto(base, { waitUntil: 'load' });
    await tabTo(p, () => document.activeElement?.localName === 'a', 1);
    await Promise.all([p.waitForNavigation({ waitUntil: 'load' }), p.keyboard.press('Enter')]);
    expect('no JS: Enter on the quick-exit link opens https://www.smhi.se/', p.url() === 'https://www.smhi.se/', p.url());
    expect('no JS: no script error', !errors.length, errors.join('; '));
    await p.close();
    lines.push(`${engine}, JavaScript off: quick-exit link, service and information fallbacks, <noscript> form posted${engine === 'chromium' ? ', custom steps read, axe' : ''}`);
  }
}

/** JavaScript on: the elements upgrade and the fallback goes. */
async function withJs(browser) {
  {
    const { p, errors } = await open(browser, true);
    await p.waitForFunction(() => [...document.querySelectorAll('*')].every((e) => !e.localName.startsWith('soc-') || e.matches(':defined')));
    await p.evaluate(() => Promise.all([...document.querySelectorAll(':defined')].filter((e) => e.localName.startsWith('soc-')).map((e) => e.updateComplete)));
    const fallback = await drawn(p, 'soc-quick-exit > a, soc-concern-report > div, soc-application-form > div, soc-contact-hours > p, soc-process-steps > ol, soc-confidentiality > [slot="fallback"], soc-placement-info > p, soc-appeal-guide > div');
    expect('JS: no fallback is drawn once the elements upgrade', fallback.length === 8 && fallback.every((d) => !d), json(fallback));
    const kept = await drawn(p, 'soc-concern-report > [slot="intro"], soc-confidentiality > p:not([slot])');
    expect('JS: slot content (intro, confidentiality extra) is still drawn', json(kept) === json([true, true]), json(kept));
    const exit = await p.evaluate(() => document.querySelector('soc-quick-exit').exitHref);
    expect('JS: quick exit leaves for the fallback link\'s address', exit === 'https://www.smhi.se/', exit);
    const custom = await p.evaluate(() => document.querySelectorAll('soc-process-steps')[1].shadowRoot.querySelectorAll('li').length);
    expect('JS: the custom process steps are drawn by the element', custom === 2, `${custom} steps`);
    const noscript = await p.evaluate(() => [...document.querySelectorAll('form input, form textarea, form select')].map((e) => e.name));
    const summaryList = await p.evaluate(() => {
      const s = document.querySelector('soc-error-summary');
      return { own: [...s.shadowRoot.querySelectorAll('a')].map((a) => a.textContent.trim()), children: [...s.children].some((c) => c.getClientRects().length) };
    });
    expect('JS: the error summary lists the server link as its own and draws none of its children',
      json(summaryList.own) === json(['Skriv ditt namn.']) && !summaryList.children, json(summaryList));
    expect('JS: the <noscript> controls do not exist', !noscript.length, json(noscript));
    const axe = await axeViolations(p);
    expect('JS: axe finds nothing', !axe.length, axe.join('; '));
    const post = await fillAndPost(p, 'JS', FILL.js);
    expect('JS: the post holds each field once', json(post) === json(POSTED.js), json(post));
    expect('JS: no script error', !errors.length, errors.join('; '));
    await p.close();
    lines.push(`${engine}, JavaScript on: fallbacks not drawn, slot content kept, quick exit uses the link, soc fields posted once, axe`);
  }
}

const ENGINES = (process.env.SOC_NO_JS_BROWSERS ?? 'chromium,firefox').split(',').map((e) => e.trim());
try {
  for (const e of ENGINES) {
    engine = e;
    if (e === 'chromium') {
      const browser = await launchBrowser();
      try {
        await withoutJs(browser);
        await withJs(browser);
      } finally {
        await browser.close();
      }
    } else if (e === 'firefox') {
      const off = await launchBrowser({ engine: 'firefox', extraPrefsFirefox: { ...FIREFOX_PREFS, 'javascript.enabled': false } });
      try {
        await withoutJs(off);
      } finally {
        await off.close();
      }
      const on = await launchBrowser({ engine: 'firefox' });
      try {
        await withJs(on);
      } finally {
        await on.close();
      }
    } else {
      problems.push(`unknown engine "${e}" in SOC_NO_JS_BROWSERS (chromium, firefox)`);
    }
  }
} finally {
  server.close();
}

for (const l of lines) console.log(`✓ ${l}`);
if (problems.length) {
  console.error(`No-JS check failed (${problems.length}):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`No-JS check passed in ${ENGINES.join(' and ')} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
