// `npm run test:hosts` (after `npm run build`): the elements on hostile and unusual host pages.
// Starts `server/start.mjs` (every page under the strict CSP with Trusted Types) and opens the host
// pages in demo/hosts/ in headless Chromium. Each page loads /dist/soc-elements.js as a CMS page
// would: external scripts and styles only. Four checks, each asserted, one line each:
//   1. strict-csp.html — every element of the library (the tags registered in src/) renders and
//      works with the keyboard: a host form with fields, reveal and error summary, a service form
//      stepped forward, a disclosure opened, contact hours with JSON-LD, custom process steps and
//      quick exit (last: it leaves, and the draft is gone). No `securitypolicyviolation` event
//      (listened for before any page script runs) and no console error.
//   2. hostile.css — resets (`all: unset` on every element in body, including the soc elements and
//      their light-DOM children), `display: none` on inputs and labels, `box-sizing: content-box
//      !important`, html 9px / body 23px, line-height 0.8, `outline: none !important` on focus. At
//      320 px: labels and controls visible, text inputs ≥ 24 px high with room for their text, no
//      text under 3/4 of the page's size, no overlapping lines in fields and the error summary, the
//      focus ring shows, errors show after submit, reveals open and close, quick exit stays in view
//      while scrolling, no horizontal scrolling, and the filled-in form submits.
//   3. two-copies.html — the bundle loaded twice (`?copy=2`): both copies run, the elements work,
//      exactly one "already registered" notice, no error and no CSP violation.
//   4. form.html — soc fields inside the host's own <form>: an invalid submit is stopped, the error
//      summary takes focus and lists exactly the invalid fields; once fixed, the host's submit
//      handler (demo/hosts/host.js) gets the right FormData (normalized values, several checkboxes,
//      no hidden revealed answer, the host's own inputs and submitter).
// axe (WCAG 2.0–2.2 A/AA + best practice) runs on every page. Exit 1 with the list of problems.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  axeViolations,
  cspViolations,
  installPageHelpers,
  launchBrowser,
  pressButton,
  settleElements as settle,
  sleep,
  startDemo,
  tabToField,
  watchPage,
} from './lib/browser.mjs';

const started = Date.now();
const root = new URL('..', import.meta.url).pathname;

// Every tag the library registers: `define('soc-…', …)` in src/. A new element that is not on the
// strict-CSP page fails check 1.
const TAGS = readdirSync(join(root, 'src'), { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => [...readFileSync(join(root, 'src', f), 'utf8').matchAll(/\bdefine\('(soc-[a-z-]+)'/g)].map((m) => m[1]))
  .sort();

// Another build may be replacing dist/ right now (it deletes and rewrites it): wait for the bundle.
for (let i = 0; !existsSync(join(root, 'dist/soc-elements.js')); i++) {
  if (i === 0) console.log('waiting for dist/soc-elements.js (run `npm run build` first)…');
  if (i > 120) {
    console.error('Host check failed: dist/soc-elements.js does not exist; run `npm run build`.');
    process.exit(1);
  }
  await sleep(500);
}

// ——— page plumbing ———

/**
 * Opens `path` in a new tab with the console, page errors, failed requests, dialogs and CSP
 * violations recorded; waits until every soc element on it is defined and rendered.
 */
async function openHost(browser, demo, path, { width = 1000, height = 800 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const log = { errors: [], warnings: [], infos: [], responses: [] };
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error') log.errors.push(`console error: ${text}`);
    else if (m.type() === 'warn' || m.type() === 'warning') log.warnings.push(`console warning: ${text}`);
    else log.infos.push(text);
  });
  page.on('pageerror', (e) => log.errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => log.errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    log.responses.push(r.url());
    if (r.status() >= 400) log.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    log.errors.push(`unexpected ${d.type()} dialog`);
    void d.dismiss();
  });
  // Before any script of the page: every CSP / Trusted Types violation, wherever it happens.
  await watchPage(page);
  await page.goto(new URL(path, demo.url).href, { waitUntil: 'networkidle0' });
  await settle(page);
  return { page, log };
}

// In-page helpers (test/helpers/dom.ts, shared with the browser tests), installed once per page
// with `installHelpers(page)`: window.deepActive(), activeField(), describeFocus(), deepAll(),
// visible(), shadowText(), summaryLinks().
const installHelpers = installPageHelpers;

const focusText = (page) => page.evaluate(() => window.describeFocus());

/** Runs `step`; a thrown error becomes a problem and stops that check. */
async function attempt(problems, what, step) {
  try {
    await step();
    return true;
  } catch (e) {
    problems.push(`${what}: ${e.message.split('\n')[0]}`);
    return false;
  }
}

function expectEqual(problems, what, actual, expected) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) problems.push(`${what}: got ${a}, expected ${b}`);
}

/** Console errors, warnings, CSP violations and axe findings of a page as problems. */
async function pageProblems(page, log, { axe = true } = {}) {
  const out = [...log.errors, ...log.warnings];
  for (const v of await cspViolations(page)) out.push(`CSP violation: ${v}`);
  if (axe) for (const v of await axeViolations(page)) out.push(`axe ${v}`);
  return out;
}

// ——— 1. strict CSP + Trusted Types, every element ———

async function checkStrictCsp(browser, demo) {
  const problems = [];
  const { page, log } = await openHost(browser, demo, 'demo/hosts/strict-csp.html');
  await installHelpers(page);

  // Every registered tag is on the page, defined and drawn. An answer in a group with nothing to
  // reveal is drawn by its group (an input and label in the group's shadow root), not by itself.
  const found = await page.evaluate((tags) =>
    tags.map((tag) => {
      const els = [...document.querySelectorAll(tag)];
      const byGroup = (e) =>
        !e.children.length && /^soc-(radio|checkbox)-group$/.test(e.parentElement?.localName ?? '') &&
        [...(e.parentElement.shadowRoot?.querySelectorAll('label') ?? [])].some((l) => l.textContent.trim() === e.textContent.trim());
      const drawn = (e) => byGroup(e) || (e.shadowRoot && (tag === 'soc-support-option' || e.shadowRoot.childNodes.length > 0));
      return { tag, count: els.length, defined: !!customElements.get(tag), drawn: els.every(drawn) };
    }), TAGS);
  for (const f of found) {
    if (!f.count) problems.push(`<${f.tag}> is not on demo/hosts/strict-csp.html`);
    else if (!f.defined || !f.drawn) problems.push(`<${f.tag}> did not render`);
  }

  // The host form, by keyboard: an empty submit, the summary, then every field.
  await attempt(problems, 'host form', async () => {
    await page.focus('#kontakt .host-button');
    await page.keyboard.press('Enter');
    await settle(page);
    const links = await page.evaluate(() => window.summaryLinks());
    if (links?.length !== 6) throw new Error(`an empty submit should list 6 errors in the summary, it listed ${JSON.stringify(links)}`);
    if (!(await page.evaluate(() => window.deepActive()?.matches('[part~="summary"]')))) throw new Error(`the error summary did not take focus (focus: ${await focusText(page)})`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await settle(page);
    if ((await page.evaluate(() => window.activeField({ nativeControls: true })?.name)) !== 'namn') throw new Error(`the first link did not move focus to "Ditt namn" (focus: ${await focusText(page)})`);
    await page.keyboard.type('Alva Ek');
    await tabToField(page, 'personnummer');
    await page.keyboard.type('811218-9876');
    // The date by its three boxes (day, month, year), the select by typing a letter, as a person does.
    await tabToField(page, 'fodd');
    await page.keyboard.type('18');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1981');
    await tabToField(page, 'kommundel');
    await page.keyboard.type('S');
    await tabToField(page, 'tolk');
    await page.keyboard.press('Space');
    await settle(page);
    if (!(await page.evaluate(() => window.visible(document.querySelector('soc-text-field[name=sprak]'))))) throw new Error('choosing "Ja" did not reveal "Vilket språk?"');
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => window.activeField({ nativeControls: true })?.name)) !== 'sprak') throw new Error(`Tab from "Ja" did not go into the revealed field (focus: ${await focusText(page)})`);
    await page.keyboard.type('arabiska');
    await tabToField(page, 'kontaktsatt');
    await page.keyboard.press('Space');
    await settle(page);
    if (!(await page.evaluate(() => window.visible(document.querySelector('soc-text-field[name=telefon]'))))) throw new Error('ticking "Telefon" did not reveal "Telefonnummer"');
    await tabToField(page, 'telefon');
    await page.keyboard.type('070-174 06 12');
    await tabToField(page, 'beskrivning');
    await page.keyboard.type('Vi behöver stöd.');
    await settle(page);
    const count = await page.evaluate(() => document.querySelector('soc-textarea').shadowRoot.querySelector('[part~="count"]')?.textContent.trim());
    if (count !== 'Du har 184 tecken kvar.') throw new Error(`the character count says "${count}", expected "Du har 184 tecken kvar."`);
    await tabToField(page, 'samtycke');
    await page.keyboard.press('Space');
    await pressButton(page, 'Skicka');
    await settle(page);
    const sent = await page.evaluate(() => window.hostSubmissions);
    expectEqual(problems, 'host form FormData', sent, [[
      ['namn', 'Alva Ek'], ['personnummer', '198112189876'], ['fodd', '1981-12-18'], ['kommundel', 'soder'], ['tolk', 'ja'],
      ['sprak', 'arabiska'], ['kontaktsatt', 'telefon'], ['telefon', '+46701740612'], ['beskrivning', 'Vi behöver stöd.'], ['samtycke', 'ja'],
    ]]);
    if (await page.evaluate(() => window.summaryLinks())) problems.push('host form: the error summary still shows after a valid submit');
    const shown = await page.evaluate(() => document.querySelector('soc-text-field[name=personnummer]').shadowRoot.querySelector('input').value);
    if (shown !== '19811218-9876') problems.push(`host form: the personnummer shows "${shown}" after leaving the field, expected "19811218-9876"`);
  });

  // The concern report, one step forward with the keyboard alone.
  await attempt(problems, 'soc-concern-report', async () => {
    // Start from the socialjour number in the emergency notice, just above the first question.
    await page.focus('soc-concern-report >>> a[href^="tel:"]');
    await tabToField(page, 'child.name');
    await page.keyboard.type('Alva');
    await tabToField(page, 'child.idKind');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // "Jag vet inte"
    await tabToField(page, 'child.location');
    await page.keyboard.type('Ekskolan');
    await tabToField(page, 'child.siblings');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // "Nej"
    await pressButton(page, 'Fortsätt');
    await settle(page);
    const heading = await page.evaluate(() => document.querySelector('soc-concern-report').shadowRoot.querySelector('.step-heading')?.textContent.trim());
    if (heading !== 'Din oro') throw new Error(`"Fortsätt" did not lead to the step "Din oro" (heading: "${heading}")`);
    if (!(await page.evaluate(() => window.deepActive()?.matches('.step-heading')))) throw new Error(`focus is not on the new step's heading (focus: ${await focusText(page)})`);
    if (!(await page.evaluate(() => Object.keys(sessionStorage).includes('soc-elements:draft:concern-report')))) throw new Error('no draft in sessionStorage after a step');
  });

  // The application form draws the host's own kinds of support.
  await attempt(problems, 'soc-application-form', async () => {
    const text = await page.evaluate(() => window.shadowText(document.querySelector('soc-application-form')));
    if (!text.includes('Vem söker stöd?')) throw new Error('the first step "Vem söker stöd?" is not shown');
    const labels = await page.evaluate(() => document.querySelector('soc-application-form').supportList.map((o) => o.label));
    for (const l of ['Familjebehandling', 'Kontaktperson för barnet']) if (!labels.includes(l)) throw new Error(`the <soc-support-option> "${l}" is not offered`);
  });

  // Confidentiality: choose a reader, open a disclosure with Enter.
  await attempt(problems, 'soc-confidentiality', async () => {
    await page.focus('soc-confidentiality >>> input[type=radio]');
    await page.keyboard.press('Space');
    await settle(page);
    await pressButton(page, await page.evaluate(() => document.querySelector('soc-confidentiality').shadowRoot.querySelector('summary')?.textContent.trim() ?? '(no disclosure)'));
    await settle(page);
    if (!(await page.evaluate(() => document.querySelector('soc-confidentiality').shadowRoot.querySelector('details')?.open))) throw new Error('Enter on the first question did not open it');
  });

  // Contact hours: status, phone link, and JSON-LD written through the `soc-elements` policy.
  await attempt(problems, 'soc-contact-hours', async () => {
    const info = await page.evaluate(() => {
      const el = document.querySelector('soc-contact-hours');
      const script = el.querySelector('script[type="application/ld+json"]');
      let json = null;
      try {
        json = JSON.parse(script?.textContent ?? '');
      } catch {
        /* reported below */
      }
      return { status: el.shadowRoot.querySelector('[part~="status"]')?.textContent.trim(), tel: el.shadowRoot.querySelector('a[href="tel:+46846500410"]')?.textContent, type: json?.['@type'] };
    });
    if (!/^(Öppet|Stängt|Lunchstängt)/.test(info.status ?? '')) throw new Error(`no open/closed status (got "${info.status}")`);
    if (info.tel !== '08-465 004 10') throw new Error('no tel: link for 08-465 004 10');
    if (!info.type) throw new Error('no JSON-LD script with a schema.org @type');
  });

  // Process steps: the host's own steps, the current one marked.
  await attempt(problems, 'soc-process-steps', async () => {
    const info = await page.evaluate(() => {
      const el = document.querySelector('soc-process-steps');
      const current = el.shadowRoot.querySelector('[aria-current="step"]');
      return { current: current?.textContent.replace(/\s+/g, ' ').trim(), text: window.shadowText(el), body: window.visible(el.querySelector('soc-process-step[step-id=beslut] p')) };
    });
    if (!info.current?.startsWith('Vi utreder')) throw new Error(`the current step is not "Vi utreder" (got "${info.current}")`);
    if (!info.text.includes('Du får ett beslut') || !info.body) throw new Error('the custom step "Du får ett beslut" or its text is not shown');
  });

  problems.push(...(await pageProblems(page, log)));
  const errorsBeforeExit = log.errors.length;

  // Quick exit, last: Enter on the button leaves for `href`, and the draft is gone.
  await attempt(problems, 'soc-quick-exit', async () => {
    await page.focus('soc-quick-exit >>> button');
    await Promise.all([page.waitForNavigation({ timeout: 5000 }), page.keyboard.press('Enter')]);
    if (!page.url().endsWith('/demo/hosts/left.html')) throw new Error(`it went to ${page.url()}`);
    const left = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('soc-elements:')));
    if (left.length) throw new Error(`drafts left behind: ${left.join(', ')}`);
    problems.push(...log.errors.slice(errorsBeforeExit));
  });

  await page.close();
  return { problems, summary: `${TAGS.length} tags rendered and used with the keyboard, no violation` };
}

// ——— 2. aggressive host CSS ———

/** Sizes and styles of every soc field's label and controls on the page (light DOM fields). */
function measureFields() {
  const out = [];
  for (const field of document.querySelectorAll('soc-text-field, soc-textarea, soc-radio-group, soc-checkbox-group, soc-checkbox')) {
    if (field.localName === 'soc-checkbox' && field.parentElement?.localName === 'soc-checkbox-group') continue;
    if (!window.visible(field.shadowRoot.querySelector('.field'))) continue; // an answer's hidden reveal
    const name = `${field.localName}[name=${field.name}]`;
    const label = field.shadowRoot.querySelector('[part~="label"]');
    const ls = getComputedStyle(label);
    const lr = label.getBoundingClientRect();
    const item = { name, labelVisible: window.visible(label), labelHeight: lr.height, labelFont: parseFloat(ls.fontSize), labelLineHeight: ls.lineHeight === 'normal' ? 1.2 * parseFloat(ls.fontSize) : parseFloat(ls.lineHeight), controls: [] };
    for (const c of field.shadowRoot.querySelectorAll('input, textarea')) {
      const s = getComputedStyle(c);
      const r = c.getBoundingClientRect();
      const lineBox = c.clientHeight - parseFloat(s.paddingBlockStart) - parseFloat(s.paddingBlockEnd);
      const row = c.closest('.item')?.getBoundingClientRect();
      item.controls.push({ kind: c.type || c.localName, visible: window.visible(c), width: r.width, height: r.height, rowHeight: row?.height ?? r.height, font: parseFloat(s.fontSize), lineBox });
    }
    out.push(item);
  }
  return out;
}

/**
 * Text inside the elements' shadow roots that is much smaller than the page's body text (a rem
 * size on a page with a small root), and lines that overlap in the fields and the error summary.
 */
function measureText() {
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  const small = [];
  const tight = [];
  for (const el of window.deepAll('*')) {
    const root = el.getRootNode();
    if (!(root instanceof ShadowRoot) || !root.host.localName.startsWith('soc-')) continue;
    if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1 || !window.visible(el)) continue; // visually hidden text
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize);
    const what = `<${el.localName}> "${el.textContent.trim().slice(0, 30)}" in ${root.host.localName}`;
    if (size < 0.75 * body) small.push(`${what}: ${size.toFixed(1)}px`);
    const line = s.lineHeight === 'normal' ? 1.2 * size : parseFloat(s.lineHeight);
    if (/^soc-(text-field|textarea|radio-group|checkbox-group|checkbox|error-summary)$/.test(root.host.localName) && line < size) {
      tight.push(`${what}: line height ${line.toFixed(1)}px for ${size}px text`);
    }
  }
  return { body, small, tight };
}

async function checkHostileCss(browser, demo) {
  const problems = [];
  const { page, log } = await openHost(browser, demo, 'demo/hosts/hostile.html', { width: 320, height: 640 });
  await installHelpers(page);

  // The hostile rules really reach the elements (or the check proves nothing).
  const reached = await page.evaluate(() => ({
    html: getComputedStyle(document.documentElement).fontSize,
    field: getComputedStyle(document.querySelector('soc-text-field')).display,
    radio: getComputedStyle(document.querySelector('soc-radio')).display,
  }));
  expectEqual(problems, 'the hostile CSS applies (html font-size, display of soc-text-field and soc-radio)', reached, { html: '9px', field: 'inline', radio: 'inline' });

  const sizes = async (when) => {
    for (const f of await page.evaluate(measureFields)) {
      if (!f.labelVisible) problems.push(`${when}: ${f.name}: label not visible`);
      else if (f.labelLineHeight < f.labelFont) problems.push(`${when}: ${f.name}: label line height ${f.labelLineHeight}px is less than its ${f.labelFont}px text (lines overlap)`);
      for (const c of f.controls) {
        if (!c.visible) problems.push(`${when}: ${f.name}: ${c.kind} not visible`);
        else if (c.kind === 'radio' || c.kind === 'checkbox') {
          // Never smaller than the browser's own (13 px); the label is part of the target.
          if (c.width < 13 || c.height < 13) problems.push(`${when}: ${f.name}: ${c.kind} is ${c.width}×${c.height}px`);
          if (c.rowHeight < 24) problems.push(`${when}: ${f.name}: ${c.kind} answer row is ${c.rowHeight}px high (< 24)`);
        } else {
          if (c.height < 24) problems.push(`${when}: ${f.name}: ${c.kind} is ${c.height}px high (< 24)`);
          if (c.width < 120) problems.push(`${when}: ${f.name}: ${c.kind} is ${c.width}px wide`);
          if (c.lineBox < 1.1 * c.font) problems.push(`${when}: ${f.name}: ${c.kind} has ${c.lineBox.toFixed(1)}px for ${c.font}px text (clipped)`);
        }
      }
    }
  };
  const noOverflow = async (when) => {
    const o = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('soc-'))
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5);
        })
        .map((e) => e.localName);
      return { scroll: document.documentElement.scrollWidth, width: innerWidth, wide };
    });
    if (o.scroll > o.width) problems.push(`${when}: horizontal scrolling at ${o.width}px (page is ${o.scroll}px wide; too wide: ${o.wide.join(', ') || 'host content'})`);
    else if (o.wide.length) problems.push(`${when}: outside the ${o.width}px viewport: ${o.wide.join(', ')}`);
  };

  const text = async (when) => {
    const t = await page.evaluate(measureText);
    for (const x of t.small) problems.push(`${when}: text smaller than 3/4 of the page's ${t.body}px: ${x}`);
    for (const x of t.tight) problems.push(`${when}: lines overlap: ${x}`);
  };

  await sizes('at load');
  await text('at load');
  await noOverflow('at load');

  // The focus ring, after Tab (the host says `*:focus { outline: none !important }`).
  await attempt(problems, 'focus ring', async () => {
    await tabToField(page, 'namn');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(window.deepActive());
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    if (ring.style === 'none' || ring.width < 2 || /rgba\(.*, 0\)$|transparent/.test(ring.color)) throw new Error(`no visible focus ring on "Ditt namn" (${JSON.stringify(ring)})`);
  });

  // Errors after a submit with nothing filled in.
  await attempt(problems, 'errors after submit', async () => {
    await page.click('.host-button');
    await settle(page);
    const links = await page.evaluate(() => window.summaryLinks());
    if (links?.length !== 5) throw new Error(`the error summary should list 5 errors, it shows ${JSON.stringify(links)}`);
    const unseen = await page.evaluate(() =>
      [...document.getElementById('kontakt').elements]
        .filter((f) => f.localName.startsWith('soc-') && !f.validity.valid)
        .filter((f) => !window.visible(f.shadowRoot.querySelector('[part~="error"]')))
        .map((f) => f.name),
    );
    if (unseen.length) throw new Error(`no visible error message on: ${unseen.join(', ')}`);
    if ((await page.evaluate(() => window.hostSubmissions.length)) !== 0) throw new Error('the invalid form was submitted');
  });
  await sizes('with errors');
  await text('with errors');
  await noOverflow('with errors');

  // Conditional reveal by pointer: "Ja" shows the follow-up question, "Nej" hides it again.
  await attempt(problems, 'conditional reveal', async () => {
    const reveal = () => page.evaluate(() => window.visible(document.querySelector('soc-text-field[name=sprak]')?.shadowRoot.querySelector('input')));
    if (await reveal()) throw new Error('the follow-up question shows before an answer is chosen');
    await page.click('soc-radio-group[name=tolk] >>> label[for=o0]');
    await settle(page);
    if (!(await reveal())) throw new Error('choosing "Ja" did not show "Vilket språk?"');
    await sizes('revealed');
    await page.click('soc-radio-group[name=tolk] >>> label[for=o1]');
    await settle(page);
    if (await reveal()) throw new Error('choosing "Nej" did not hide "Vilket språk?"');
    const phone = () => page.evaluate(() => window.visible(document.querySelector('soc-text-field[name=telefon]')?.shadowRoot.querySelector('input')));
    await page.click('soc-checkbox-group >>> label[for=o0]');
    await settle(page);
    if (!(await phone())) throw new Error('ticking "Telefon" did not show "Telefonnummer"');
    await page.click('soc-checkbox-group >>> label[for=o0]');
    await settle(page);
    if (await phone()) throw new Error('unticking "Telefon" did not hide "Telefonnummer"');
  });

  // Quick exit stays in view while the page scrolls.
  await attempt(problems, 'quick exit while scrolling', async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await sleep(100);
    const top = await page.evaluate(() => document.querySelector('soc-quick-exit').shadowRoot.querySelector('button').getBoundingClientRect().top);
    if (top < 0 || top > 100) throw new Error(`after scrolling down the quick exit button is at y=${Math.round(top)}px, out of view`);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  // Filled in, the host form submits.
  await attempt(problems, 'submit after fixing', async () => {
    await page.evaluate(() => {
      const set = (sel, v) => Object.assign(document.querySelector(sel), { value: v });
      set('soc-text-field[name=namn]', 'Alva Ek');
      set('soc-text-field[name=personnummer]', '811218-9876');
      set('soc-textarea[name=beskrivning]', 'Vi behöver stöd.');
      document.querySelector('soc-checkbox-group soc-checkbox[value=brev]').checked = true;
      document.querySelector('soc-checkbox-group').requestUpdate();
      document.querySelector('soc-checkbox[name=samtycke]').checked = true;
    });
    await settle(page);
    await page.click('.host-button');
    await settle(page);
    const sent = await page.evaluate(() => window.hostSubmissions);
    expectEqual(problems, 'hostile page FormData', sent, [[['namn', 'Alva Ek'], ['personnummer', '198112189876'], ['tolk', 'nej'], ['kontaktsatt', 'brev'], ['beskrivning', 'Vi behöver stöd.'], ['samtycke', 'ja']]]);
  });

  problems.push(...(await pageProblems(page, log)));
  await page.close();
  return { problems, summary: 'resets, all: unset, 9px/23px, line-height 0.8 at 320px: visible, sized, focus ring, errors, reveal, no overflow' };
}

// ——— 3. two copies of the bundle ———

async function checkTwoCopies(browser, demo) {
  const problems = [];
  const { page, log } = await openHost(browser, demo, 'demo/hosts/two-copies.html');
  await installHelpers(page);

  const loaded = log.responses.filter((u) => new URL(u).pathname === '/dist/soc-elements.js').map((u) => new URL(u).search);
  expectEqual(problems, 'both copies requested', loaded.sort(), ['', '?copy=2']);
  const versions = await page.evaluate(() => window.litHtmlVersions?.length ?? 0);
  if (versions !== 2) problems.push(`expected both copies to run (Lit loaded twice), window.litHtmlVersions has ${versions}`);

  await attempt(problems, 'elements', async () => {
    await tabToField(page, 'namn');
    await page.keyboard.type('Alva');
    await tabToField(page, 'tolk');
    await page.keyboard.press('Space');
    await settle(page);
    if (!(await page.evaluate(() => window.visible(document.querySelector('soc-text-field[name=sprak]'))))) throw new Error('choosing "Ja" did not reveal "Vilket språk?"');
    await page.click('.host-button');
    await settle(page);
    const links = await page.evaluate(() => window.summaryLinks());
    if (links?.length !== 1) throw new Error(`the error summary should list the empty "Vilket språk?", it shows ${JSON.stringify(links)}`);
    await tabToField(page, 'sprak');
    await page.keyboard.type('finska');
    await page.click('.host-button');
    await settle(page);
    expectEqual(problems, 'FormData', await page.evaluate(() => window.hostSubmissions), [[['namn', 'Alva'], ['tolk', 'ja'], ['sprak', 'finska']]]);
  });

  const notices = [...log.infos, ...log.warnings].filter((t) => /already registered by another copy/.test(t));
  if (notices.length !== 1) problems.push(`expected exactly one "already registered" notice, got ${notices.length}`);
  problems.push(...(await pageProblems(page, { ...log, warnings: log.warnings.filter((t) => !/already registered by another copy/.test(t)) })));
  await page.close();
  return { problems, summary: 'both copies run, one notice, no error' };
}

// ——— 4. the host's own <form> ———

async function checkHostForm(browser, demo) {
  const problems = [];
  const { page, log } = await openHost(browser, demo, 'demo/hosts/form.html');
  await installHelpers(page);

  await attempt(problems, 'invalid submit', async () => {
    await tabToField(page, 'namn');
    await page.keyboard.type('Alva Ek');
    await tabToField(page, 'personnummer');
    await page.keyboard.type('811218-9877'); // wrong check digit
    await tabToField(page, 'tolk');
    await page.keyboard.press('Space'); // "Ja" reveals "Vilket språk?"
    await tabToField(page, 'sprak');
    await page.keyboard.type('arabiska');
    await tabToField(page, 'kontaktsatt');
    await page.keyboard.press('Space');
    await tabToField(page, 'sms');
    await page.keyboard.press('Space'); // a native checkbox of the host
    await pressButton(page, 'Skicka ansökan');
    await settle(page);
    if ((await page.evaluate(() => window.hostSubmissions.length)) !== 0) throw new Error('the host submit handler ran for an invalid form');
    const state = await page.evaluate(() => ({
      links: window.summaryLinks(),
      focused: window.deepActive()?.matches('[part~="summary"]') && document.activeElement === document.querySelector('soc-error-summary'),
      invalid: [...document.getElementById('ansokan').elements].filter((e) => e.localName.startsWith('soc-') && !e.validity.valid).map((e) => ({ name: e.name, message: e.validationMessage })),
    }));
    if (!state.focused) throw new Error('the error summary did not take focus');
    expectEqual(problems, 'invalid fields', state.invalid.map((f) => f.name), ['personnummer', 'beskrivning', 'samtycke']);
    expectEqual(problems, 'error summary links', state.links, state.invalid.map((f) => f.message));
  });

  await attempt(problems, 'fixed submit', async () => {
    await tabToField(page, 'personnummer');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('811218-9876');
    await tabToField(page, 'tolk');
    await page.keyboard.press('ArrowDown'); // "Nej": "Vilket språk?" is kept but not sent
    await tabToField(page, 'kontaktsatt');
    await page.keyboard.press('Tab'); // the second answer
    await page.keyboard.press('Space');
    await tabToField(page, 'beskrivning');
    await page.keyboard.type('Vi behöver stöd.\nSnart.');
    await tabToField(page, 'samtycke');
    await page.keyboard.press('Space');
    await pressButton(page, 'Skicka ansökan');
    await settle(page);
    expectEqual(problems, 'FormData received by the host', await page.evaluate(() => window.hostSubmissions), [[
      ['arende', 'ansokan'], ['namn', 'Alva Ek'], ['personnummer', '198112189876'], ['tolk', 'nej'], ['kontaktsatt', 'telefon'],
      ['kontaktsatt', 'brev'], ['sms', 'ja'], ['beskrivning', 'Vi behöver stöd.\nSnart.'], ['samtycke', 'ja'], ['knapp', 'skicka'],
    ]]);
    if (await page.evaluate(() => window.summaryLinks())) problems.push('the error summary still shows after a valid submit');
  });

  problems.push(...(await pageProblems(page, log)));
  await page.close();
  return { problems, summary: 'invalid submit stopped with focus on the summary, the host got the right FormData' };
}

// ——— run ———

const demo = await startDemo();
const browser = await launchBrowser();
const failed = [];
try {
  const checks = [
    ['1 strict CSP + Trusted Types', checkStrictCsp],
    ['2 aggressive host CSS', checkHostileCss],
    ['3 two copies of the bundle', checkTwoCopies],
    ['4 host <form> with its own submit', checkHostForm],
  ];
  for (const [name, check] of checks) {
    const t = Date.now();
    let result;
    try {
      result = await check(browser, demo);
    } catch (e) {
      result = { problems: [`crashed: ${e.stack ?? e}`] };
    }
    const secs = ((Date.now() - t) / 1000).toFixed(1);
    if (result.problems.length) {
      console.log(`✗ ${name}: ${result.problems.length} problem(s) (${secs} s)`);
      failed.push(...result.problems.map((p) => `${name}: ${p}`));
    } else console.log(`✓ ${name}: ${result.summary} (${secs} s)`);
  }
} finally {
  await browser.close();
  await demo.stop();
}

if (failed.length) {
  console.error(`Host check failed:\n  ${failed.join('\n  ')}`);
  process.exit(1);
}
console.log(`Host check passed: 4 host pages, no CSP violation, no console error, axe clean (${((Date.now() - started) / 1000).toFixed(0)} s).`);
