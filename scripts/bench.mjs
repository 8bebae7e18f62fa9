// `npm run bench`: bundle bytes per element (minified, then brotli and gzip; Lit included) and a
// side-by-side comparison in headless Chromium of the same 12-field form (text fields with
// personnummer/postnummer/phone/email formats, a textarea, a radio group of 3, a checkbox group of
// 3 and a consent checkbox) as plain HTML (no JS: the physical limit), built with soc fields (the
// five field entries + soc-error-summary, i.e. the bundle of ENTRIES), and one
// <soc-application-form> (the whole library, src/index.ts), next to the peers (issue 19): the same
// form with GOV.UK Frontend (its markup, CSS and initAll) and with Web Awesome (wa-input, …), each
// bundled by esbuild with code splitting (devDependencies govuk-frontend, @awesome.me/webawesome).
// Every variant prints its ratio to plain HTML. It also prints the translated texts a page loads
// per language (index + the groups of the elements it defines, src/generated/locales/). Bytes are deterministic; timings are
// measurements of this machine and are printed, never asserted; goals are shown as met/not met.
//
// Per variant, each load in a fresh browser context (cold HTTP cache, no V8 code cache, empty
// storage), pages and bundles served uncompressed from a loopback server, no throttling:
// - ready (1 form and 100 forms on a page): performance.now() — ms since navigation start — when
//   the page's last module script (after the bundle, so every element is defined and upgraded and
//   its first render has run) has seen `updateComplete` resolve for every Lit element in the
//   document and in every shadow root, repeated until no new element appears, and has then forced
//   style and layout (scrollHeight). Plain HTML runs the same script: parsed + the same layout.
//   Its own tree walk is included (a few ms per 1000 elements, on both sides).
// - keystroke to paint: 50 real key presses (CDP Input.dispatchKeyEvent via page.keyboard) into
//   the first visible text input (for soc: the <input> in the shadow root; for the application
//   form after choosing the "helper" role, which reveals a text field); per key, from the keydown
//   event's timeStamp to the task after the next frame (rAF, then a MessageChannel message);
//   median of the 50. Chromium runs without a frame-rate limit, so this is the work, not vsync.
// - heap after GC: HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage: V8 heap + Blink's
//   (Oilpan) DOM heap, raw (the empty page's heap is printed beside it, not subtracted).
// - JS bytes: of the bundles the page loads (checked against what the page fetched).
// Variants run interleaved (plain, GOV.UK, soc, Web Awesome, application, empty page; round after round); the table
// shows medians over the rounds and their ratios to plain HTML's median.
// BENCH_ROUNDS (default 7) sets the rounds; 15–45 s a round on the 2-core CI machine.
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { shrinkSources } from './lib/esbuild-plugins.mjs';
import { compressedBytes } from './lib/minify.mjs';
import { definedElements, moduleOf } from './lib/elements.mjs';
import { importTs } from './lib/import-ts.mjs';

const elements = definedElements();
const entries = (tags) => Object.fromEntries(tags.map((tag) => [tag, moduleOf(tag, elements)]));

/** The five form fields: the set the foundation's size goal (≤ 15 KB brotli together) is about. */
export const ENTRIES = entries(['soc-text-field', 'soc-textarea', 'soc-radio-group', 'soc-checkbox-group', 'soc-error-summary']);

/** The services: one per payload type (PAYLOAD_TYPES of src/schemas/types.ts), its element. */
export const SERVICE_ENTRIES = entries((await importTs('src/schemas/types.ts')).PAYLOAD_TYPES.map((t) => t.element));

/** The other elements, each measured on its own (Lit included). */
export const OTHER_ENTRIES = {
  ...entries(['soc-select', 'soc-date-input', 'soc-quick-exit', 'soc-process-steps', 'soc-contact-hours', 'soc-confidentiality', 'soc-placement-info', 'soc-aid-estimate', 'soc-appeal-guide']),
  ...SERVICE_ENTRIES,
};

/** Minified ESM bundle of the given modules (Lit and zod included, each once), as the build makes it. */
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
  // The same last pass as dist/soc-elements.js (scripts/lib/minify.mjs).
  const code = await compressedBytes(result.outputFiles[0].text);
  return {
    code,
    min: code.length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    gzip: gzipSync(code, { level: 9 }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The elements of the 12-field form (its children and the error summary included). */
export const FORM_TAGS = ['soc-text-field', 'soc-textarea', 'soc-radio-group', 'soc-radio', 'soc-checkbox-group', 'soc-checkbox', 'soc-error-summary'];

/**
 * The translated texts a page loads (issue 19): the locale's index and the groups of the elements
 * it defines (src/generated/locales/<code>.ts and <code>/<group>.ts, minified each on its own),
 * against the whole catalogue that a page loaded before the texts were split per element.
 */
async function localeBytes() {
  const minified = async (file) => {
    const r = await build({ entryPoints: [file], bundle: false, minify: true, write: false, format: 'esm', charset: 'utf8', logLevel: 'silent' });
    const code = r.outputFiles[0].contents;
    return { min: code.length, brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  };
  const sum = (xs) => xs.reduce((a, b) => ({ min: a.min + b.min, brotli: a.brotli + b.brotli }), { min: 0, brotli: 0 });
  console.log('\nTranslated texts a page loads (minified / brotli; index + the groups of the elements it defines)\n');
  console.log('| locale | the 12-field form (text field, textarea, radios, checkboxes, error summary) | one text field | the whole catalogue (before: every page) |\n|---|---:|---:|---:|');
  for (const code of ['en', 'ar']) {
    // The index, read as text (importing it would bundle every group).
    const text = readFileSync(`src/generated/locales/${code}.ts`, 'utf8');
    if (!text.includes('export const needs')) continue;
    const needs = Object.fromEntries([...text.matchAll(/^ {2}'(soc-[\w-]+)': \[([^\]]*)\],$/gm)].map(([, tag, list]) => [tag, [...list.matchAll(/'([\w-]+)'/g)].map((m) => m[1])]));
    const groups = Object.fromEntries([...text.matchAll(/^ {2}'?([\w-]+)'?: \(\) => import/gm)].map(([, g]) => [g, true]));
    const index = await minified(`src/generated/locales/${code}.ts`);
    const group = async (g) => minified(`src/generated/locales/${code}/${g}.ts`);
    const pageOf = async (tags) => sum([index, ...(await Promise.all([...new Set(tags.flatMap((t) => needs[t] ?? []).concat(groups.rest ? ['rest'] : []))].map(group)))]);
    const cell = (r) => `${kb(r.min)} / ${kb(r.brotli)}`;
    const whole = sum(await Promise.all(Object.keys(groups).map(group)));
    console.log(`| ${code} | ${cell(await pageOf(FORM_TAGS))} | ${cell(await pageOf(['soc-text-field']))} | ${cell(whole)} |`);
  }
}

async function bytes() {
  const rows = [];
  for (const [tag, file] of Object.entries(ENTRIES)) rows.push([tag, await bundle([file])]);
  rows.push(['all five fields together', await bundle(Object.values(ENTRIES))]);
  const fields = rows.at(-1)[1];
  for (const [tag, file] of Object.entries(OTHER_ENTRIES)) rows.push([tag, await bundle([file])]);
  rows.push(['everything (src/index.ts)', await bundle(['src/index.ts'])]);
  await localeBytes();
  console.log('\nBundle size (minified; Lit, @lit/localize and zod included once; locales lazy)\n');
  console.log('| entry | min | gzip | brotli |\n|---|---:|---:|---:|');
  for (const [name, r] of rows) console.log(`| ${name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  return fields;
}

// ——— Side-by-side comparison in headless Chromium ———

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 7));
const MANY = 100;
const KEYS = 50;
/** 50 characters, all on a US keyboard so each is one real keydown/keypress/input/keyup. */
const TYPED = 'anna karin lindqvist berg, sandviksvagen 12b gavle';
const VARIANTS = ['plain', 'govuk', 'soc', 'webawesome', 'application'];
const LABELS = { plain: 'plain HTML (no JS)', govuk: 'GOV.UK Frontend', soc: '12 soc fields', webawesome: 'Web Awesome', application: 'soc-application-form' };
/** The peers: the same form built with another library, bundled by esbuild with code splitting. */
const PEERS = ['govuk', 'webawesome'];

/** The 12-field form in plain HTML: what the browser does with no JS at all. */
function plainForm(i) {
  const id = (name) => `f${i}-${name}`;
  const text = (name, label, attrs = '', hint = '') =>
    `<div class="field"><label for="${id(name)}">${label}</label>${hint ? `<p id="${id(name)}-hint">${hint}</p>` : ''}` +
    `<input id="${id(name)}" name="${name}"${hint ? ` aria-describedby="${id(name)}-hint"` : ''} ${attrs}></div>`;
  const choices = (type, name, legend, options, hint = '') =>
    `<fieldset${hint ? ` aria-describedby="${id(name)}-hint"` : ''}><legend>${legend}</legend>${hint ? `<p id="${id(name)}-hint">${hint}</p>` : ''}` +
    options.map(([value, label]) => `<div><input type="${type}" id="${id(`${name}-${value}`)}" name="${name}" value="${value}"${type === 'radio' ? ' required' : ''}><label for="${id(`${name}-${value}`)}">${label}</label></div>`).join('') +
    '</fieldset>';
  return `<form id="f${i}" action="/skicka" method="post">
${text('fornamn', 'Förnamn', 'autocomplete="given-name" required')}
${text('efternamn', 'Efternamn', 'autocomplete="family-name" required')}
${text('personnummer', 'Personnummer', 'inputmode="numeric" spellcheck="false" required', '10 eller 12 siffror')}
${text('adress', 'Gatuadress', 'autocomplete="street-address"')}
${text('postnummer', 'Postnummer', 'inputmode="numeric" autocomplete="postal-code" size="5" spellcheck="false"')}
${text('ort', 'Ort', 'autocomplete="address-level2"')}
${text('telefon', 'Telefonnummer', 'type="tel" autocomplete="tel" spellcheck="false"')}
${text('epost', 'E-post', 'type="email" autocomplete="email" spellcheck="false"')}
<div class="field"><label for="${id('beskrivning')}">Beskriv din situation</label><p id="${id('beskrivning')}-hint">Skriv så mycket eller lite du vill.</p><textarea id="${id('beskrivning')}" name="beskrivning" maxlength="2000" rows="5" aria-describedby="${id('beskrivning')}-hint"></textarea></div>
${choices('radio', 'tolk', 'Behöver du tolk?', [['ja', 'Ja'], ['nej', 'Nej'], ['vet-inte', 'Vet inte']])}
${choices('checkbox', 'stod', 'Vilket stöd vill du ha?', [['samtal', 'Stödsamtal'], ['grupp', 'Gruppverksamhet'], ['familj', 'Familjebehandling']], 'Välj alla som passar.')}
<div class="field"><input type="checkbox" id="${id('samtycke')}" name="samtycke" required><label for="${id('samtycke')}">Jag har läst informationen om hur ni hanterar mina uppgifter</label></div>
<button>Skicka</button>
</form>`;
}

/** The same 12 fields built with soc fields, guarded by a soc-error-summary. */
function socForm(i) {
  return `<soc-error-summary for="f${i}"></soc-error-summary>
<form id="f${i}" action="/skicka" method="post">
<soc-text-field name="fornamn" label="Förnamn" autocomplete="given-name" required></soc-text-field>
<soc-text-field name="efternamn" label="Efternamn" autocomplete="family-name" required></soc-text-field>
<soc-text-field name="personnummer" label="Personnummer" format="personnummer" hint="10 eller 12 siffror" required></soc-text-field>
<soc-text-field name="adress" label="Gatuadress" autocomplete="street-address"></soc-text-field>
<soc-text-field name="postnummer" label="Postnummer" format="postnummer" autocomplete="postal-code" width="5"></soc-text-field>
<soc-text-field name="ort" label="Ort" autocomplete="address-level2"></soc-text-field>
<soc-text-field name="telefon" label="Telefonnummer" format="phone" autocomplete="tel"></soc-text-field>
<soc-text-field name="epost" label="E-post" type="email" autocomplete="email"></soc-text-field>
<soc-textarea name="beskrivning" label="Beskriv din situation" hint="Skriv så mycket eller lite du vill." maxlength="2000"></soc-textarea>
<soc-radio-group name="tolk" label="Behöver du tolk?" required><soc-radio value="ja">Ja</soc-radio><soc-radio value="nej">Nej</soc-radio><soc-radio value="vet-inte">Vet inte</soc-radio></soc-radio-group>
<soc-checkbox-group name="stod" label="Vilket stöd vill du ha?" hint="Välj alla som passar."><soc-checkbox value="samtal">Stödsamtal</soc-checkbox><soc-checkbox value="grupp">Gruppverksamhet</soc-checkbox><soc-checkbox value="familj">Familjebehandling</soc-checkbox></soc-checkbox-group>
<soc-checkbox name="samtycke" required>Jag har läst informationen om hur ni hanterar mina uppgifter</soc-checkbox>
<button>Skicka</button>
</form>`;
}

/**
 * The same 12 fields in GOV.UK Frontend's markup (govuk-frontend, its documented HTML for text
 * input, hint, textarea with character count, radios, checkboxes and button), its CSS and its JS
 * (initAll: character count, radios, checkboxes, button).
 */
function govukForm(i) {
  const id = (name) => `f${i}-${name}`;
  const hintOf = (name, hint) => (hint ? `<div id="${id(name)}-hint" class="govuk-hint">${hint}</div>` : '');
  const text = (name, label, attrs = '', hint = '', width = '') =>
    `<div class="govuk-form-group"><label class="govuk-label" for="${id(name)}">${label}</label>${hintOf(name, hint)}` +
    `<input class="govuk-input${width ? ` govuk-input--width-${width}` : ''}" id="${id(name)}" name="${name}" type="text"${hint ? ` aria-describedby="${id(name)}-hint"` : ''} ${attrs}></div>`;
  const choices = (kind, name, legend, options, hint = '') =>
    `<div class="govuk-form-group"><fieldset class="govuk-fieldset"${hint ? ` aria-describedby="${id(name)}-hint"` : ''}><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend>${hintOf(name, hint)}` +
    `<div class="govuk-${kind}es govuk-${kind}es--small" data-module="govuk-${kind}es">` +
    options.map(([value, label]) => `<div class="govuk-${kind}es__item"><input class="govuk-${kind}es__input" id="${id(`${name}-${value}`)}" name="${name}" type="${kind}" value="${value}"><label class="govuk-label govuk-${kind}es__label" for="${id(`${name}-${value}`)}">${label}</label></div>`).join('') +
    '</div></fieldset></div>';
  return `<form id="f${i}" action="/skicka" method="post" novalidate>
${text('fornamn', 'Förnamn', 'autocomplete="given-name"')}
${text('efternamn', 'Efternamn', 'autocomplete="family-name"')}
${text('personnummer', 'Personnummer', 'inputmode="numeric" spellcheck="false"', '10 eller 12 siffror')}
${text('adress', 'Gatuadress', 'autocomplete="street-address"')}
${text('postnummer', 'Postnummer', 'inputmode="numeric" autocomplete="postal-code" spellcheck="false"', '', '5')}
${text('ort', 'Ort', 'autocomplete="address-level2"')}
${text('telefon', 'Telefonnummer', 'autocomplete="tel" spellcheck="false"')}
${text('epost', 'E-post', 'autocomplete="email" spellcheck="false"')}
<div class="govuk-form-group govuk-character-count" data-module="govuk-character-count" data-maxlength="2000"><label class="govuk-label" for="${id('beskrivning')}">Beskriv din situation</label>${hintOf('beskrivning', 'Skriv så mycket eller lite du vill.')}<textarea class="govuk-textarea govuk-js-character-count" id="${id('beskrivning')}" name="beskrivning" rows="5" aria-describedby="${id('beskrivning')}-info ${id('beskrivning')}-hint"></textarea><div id="${id('beskrivning')}-info" class="govuk-hint govuk-character-count__message">Du kan skriva upp till 2000 tecken</div></div>
${choices('radio', 'tolk', 'Behöver du tolk?', [['ja', 'Ja'], ['nej', 'Nej'], ['vet-inte', 'Vet inte']])}
${choices('checkbox', 'stod', 'Vilket stöd vill du ha?', [['samtal', 'Stödsamtal'], ['grupp', 'Gruppverksamhet'], ['familj', 'Familjebehandling']], 'Välj alla som passar.')}
${choices('checkbox', 'samtycke', 'Samtycke', [['ja', 'Jag har läst informationen om hur ni hanterar mina uppgifter']])}
<button type="submit" class="govuk-button" data-module="govuk-button">Skicka</button>
</form>`;
}

/** The same 12 fields with Web Awesome's elements (wa-input, wa-textarea, wa-radio-group, wa-checkbox-group, wa-checkbox, wa-button). */
function webawesomeForm(i) {
  return `<form id="f${i}" action="/skicka" method="post">
<wa-input name="fornamn" label="Förnamn" autocomplete="given-name" required></wa-input>
<wa-input name="efternamn" label="Efternamn" autocomplete="family-name" required></wa-input>
<wa-input name="personnummer" label="Personnummer" hint="10 eller 12 siffror" inputmode="numeric" spellcheck="false" required></wa-input>
<wa-input name="adress" label="Gatuadress" autocomplete="street-address"></wa-input>
<wa-input name="postnummer" label="Postnummer" inputmode="numeric" autocomplete="postal-code" spellcheck="false"></wa-input>
<wa-input name="ort" label="Ort" autocomplete="address-level2"></wa-input>
<wa-input name="telefon" label="Telefonnummer" type="tel" autocomplete="tel" spellcheck="false"></wa-input>
<wa-input name="epost" label="E-post" type="email" autocomplete="email" spellcheck="false"></wa-input>
<wa-textarea name="beskrivning" label="Beskriv din situation" hint="Skriv så mycket eller lite du vill." maxlength="2000" rows="5"></wa-textarea>
<wa-radio-group name="tolk" label="Behöver du tolk?" required><wa-radio value="ja">Ja</wa-radio><wa-radio value="nej">Nej</wa-radio><wa-radio value="vet-inte">Vet inte</wa-radio></wa-radio-group>
<wa-checkbox-group label="Vilket stöd vill du ha?" hint="Välj alla som passar."><wa-checkbox name="stod" value="samtal">Stödsamtal</wa-checkbox><wa-checkbox name="stod" value="grupp">Gruppverksamhet</wa-checkbox><wa-checkbox name="stod" value="familj">Familjebehandling</wa-checkbox></wa-checkbox-group>
<wa-checkbox name="samtycke" required>Jag har läst informationen om hur ni hanterar mina uppgifter</wa-checkbox>
<wa-button type="submit">Skicka</wa-button>
</form>`;
}

/** Each peer's JS entry (bundled like ours: esbuild, minified, ESM, code splitting) and CSS. */
const PEER_SOURCES = {
  govuk: {
    js: "import { initAll } from 'govuk-frontend';\ninitAll();\n",
    css: 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
    body: ' class="govuk-template__body govuk-frontend-supported"',
  },
  webawesome: {
    js: ['input', 'textarea', 'radio-group', 'radio', 'checkbox-group', 'checkbox', 'button'].map((c) => `import '@awesome.me/webawesome/dist/components/${c}/${c}.js';`).join('\n'),
    css: 'node_modules/@awesome.me/webawesome/dist/styles/webawesome.css',
    body: '',
  },
};

/** A peer's bundle: `{ files: { '/<peer>/<name>.js' | '/<peer>.css': code }, min, brotli, cssMin, cssBrotli }`. */
async function peerBundle(peer) {
  const { js, css } = PEER_SOURCES[peer];
  const dir = join('.tmp', 'bench', 'src');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${peer}.js`), js);
  const out = await build({
    entryPoints: { [peer]: join(dir, `${peer}.js`) },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: `/${peer}`,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    charset: 'utf8',
    logLevel: 'silent',
  });
  const cssOut = await build({ entryPoints: [css], bundle: true, minify: true, write: false, outfile: `/${peer}.css`, external: ['/assets/*'], loader: { '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' }, logLevel: 'silent' });
  const files = {};
  let min = 0;
  let brotli = 0;
  for (const f of out.outputFiles.filter((o) => o.path.endsWith('.js'))) {
    // Each chunk through the same last pass as ours, so the comparison is like for like.
    const contents = await compressedBytes(f.text);
    files[f.path] = contents;
    min += contents.length;
    brotli += brotliCompressSync(contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  const cssCode = cssOut.outputFiles.find((o) => o.path.endsWith('.css')).contents;
  files[`/${peer}.css`] = cssCode;
  return { files, min, brotli, cssMin: cssCode.length, cssBrotli: brotliCompressSync(cssCode, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
}

const appForm = (i) => `<soc-application-form id="a${i}" action="/skicka" municipality="Exempelkommun" phone="08-465 004 10"></soc-application-form>`;

/**
 * The ready marker, the page's last module script. Module scripts run in document order once the
 * HTML is parsed, so it starts after the bundle has run: every element is defined and upgraded and
 * the first Lit renders, queued as microtasks during the upgrade, have run. It then awaits
 * `updateComplete` of every Lit element in the document and in every shadow root, again until no
 * new element appears and none has a pending update, forces style and layout of the whole
 * document, and records performance.now() (ms since navigation start). Plain HTML runs the same
 * marker, so its "ready" is parsed + the same forced layout.
 */
const MARKER = `
const start = performance.now();
const deep = (root, out = []) => { for (const el of root.querySelectorAll('*')) { out.push(el); if (el.shadowRoot) deep(el.shadowRoot, out); } return out; };
let count = -1, els = [];
for (let i = 0; i < 20; i++) {
  els = deep(document).filter((el) => el.updateComplete instanceof Promise);
  const settled = await Promise.all(els.map((el) => el.updateComplete));
  if (els.length === count && settled.every(Boolean)) break;
  count = els.length;
}
const settled = performance.now();
void document.scrollingElement.scrollHeight;
const t = performance.now();
const nav = performance.getEntriesByType('navigation')[0];
const js = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script');
let nodes = 0;
const walk = (root) => { const w = document.createTreeWalker(root); for (let n = w.nextNode(); n; n = w.nextNode()) { nodes++; if (n.shadowRoot) walk(n.shadowRoot); } };
walk(document.querySelector('main'));
window.__ready = {
  t, elements: els.length, nodes,
  undefinedTags: deep(document).filter((el) => el.localName.includes('-') && !customElements.get(el.localName)).length,
  phases: { parsed: nav.domInteractive, jsLoaded: Math.max(0, ...js.map((r) => r.responseEnd)), scriptsRun: start, settled, layout: t },
};
`;

function pageHtml(variant, n) {
  const peer = (p) => `<link rel="stylesheet" href="/${p}.css"><script type="module" src="/${p}/${p}.js"></script>`;
  const script = { plain: '', empty: '', soc: '<script type="module" src="/fields.js"></script>', application: '<script type="module" src="/all.js"></script>', govuk: peer('govuk'), webawesome: peer('webawesome') }[variant];
  const one = { plain: plainForm, soc: socForm, application: appForm, govuk: govukForm, webawesome: webawesomeForm, empty: () => '' }[variant];
  const forms = Array.from({ length: n }, (_, i) => one(i)).join('\n');
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench: ${variant} × ${n}</title>
<style>body { font-family: system-ui, sans-serif; margin: 1rem; max-width: 40rem; line-height: 1.5; }</style>
${script}
</head><body${PEER_SOURCES[variant]?.body ?? ''}><main>
${forms}
</main>
<script type="module">${MARKER}</script>
</body></html>`;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Deepest-first search for the first text input (through shadow roots), focused for typing. */
async function focusFirstTextInput(page) {
  return page.evaluate(() => {
    const find = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'input' && el.type === 'text' && el.getClientRects().length) return el;
        if (el.shadowRoot) {
          const hit = find(el.shadowRoot);
          if (hit) return hit;
        }
      }
      return null;
    };
    const input = find(document);
    if (!input) return null;
    input.focus();
    window.__input = input;
    window.__lat = [];
    // Keystroke to paint: from the keydown's timeStamp (the input event's creation, on the same
    // clock as performance.now()) to the first task after the next frame: requestAnimationFrame
    // runs just before that frame's style, layout and paint; a MessageChannel message posted there
    // runs right after it.
    addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            window.__lat.push(performance.now() - t0);
            window.__resolve?.();
          };
          ch.port2.postMessage(0);
        });
      },
      true,
    );
    return input.getRootNode() === document ? 'document' : input.getRootNode().host.localName;
  });
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  return { js: h.usedSize, dom: h.embedderHeapUsedSize ?? 0 };
}

/** One fresh page (own browser context: cold HTTP cache, no code cache, no storage). */
async function measure(browser, url, variant, n, { type = false } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await page.createCDPSession();
    await page.goto(`${url}${variant}-${n}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__ready, { polling: 10, timeout: 60_000 });
    const ready = await page.evaluate(() => window.__ready);
    const jsBytes = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script').reduce((sum, r) => sum + r.decodedBodySize, 0),
    );
    const heap = await heapAfterGc(cdp);
    const out = { ...ready, ready: ready.t, heap, jsBytes, errors };
    if (type) {
      if (variant === 'application') {
        // Step 1 has only radios: choosing "Jag hjälper en familj att ansöka" reveals a text field.
        await page.evaluate(async () => {
          const form = document.querySelector('soc-application-form');
          form.setAnswer('applicant.role', 'helper');
          await form.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        });
      }
      out.typedInto = await focusFirstTextInput(page);
      if (out.typedInto) {
        // Per key: press it (keydown, keypress, input, keyup), then in one round trip wait for its
        // measurement and arm the promise for the next one.
        const arm = async () => {
          await window.__done;
          window.__done = new Promise((r) => (window.__resolve = r));
        };
        await page.evaluate(arm);
        for (const ch of TYPED) {
          await page.keyboard.press(ch);
          await page.evaluate(arm);
        }
        const latencies = await page.evaluate(() => window.__lat);
        out.keys = latencies.length;
        out.latencies = latencies.map((x) => Math.round(x * 1000) / 1000);
        out.keystroke = median(latencies);
        out.typed = await page.evaluate(() => window.__input.value);
      }
    }
    return out;
  } finally {
    await context.close();
  }
}

async function timings() {
  const { launchBrowser } = await import('./lib/browser.mjs');
  const fields = await bundle(Object.values(ENTRIES));
  const all = await bundle(['src/index.ts']);
  const peers = {};
  for (const p of PEERS) peers[p] = await peerBundle(p);
  const files = {
    '/fields.js': fields.code,
    '/all.js': all.code,
    ...Object.assign({}, ...PEERS.map((p) => peers[p].files)),
  };
  for (const variant of [...VARIANTS, 'empty']) for (const n of [1, MANY]) files[`/${variant}-${n}.html`] = pageHtml(variant, n);
  const dir = join('.tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name.slice(1), '..'), { recursive: true });
    writeFileSync(join(dir, name.slice(1)), body);
  }
  // GOV.UK Frontend's fonts and images, as its CSS asks for them (/assets/…).
  const assets = 'node_modules/govuk-frontend/dist/govuk';

  // Module scripts need http(s); a tiny static server on a free loopback port, uncompressed
  // (loopback; the brotli bytes are reported from the bundles themselves).
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body = files[path];
    if (body === undefined && path.startsWith('/assets/') && !path.includes('..') && existsSync(join(assets, path))) body = readFileSync(join(assets, path));
    if (body === undefined) return res.writeHead(404).end();
    const type = { js: 'text/javascript', css: 'text/css', woff2: 'font/woff2', woff: 'font/woff', svg: 'image/svg+xml', png: 'image/png' }[path.split('.').pop()] ?? 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  // No frame-rate limit: frames are produced as soon as they are needed, so keystroke-to-paint
  // measures the work, not where the keystroke fell in a 16.7 ms vsync interval.
  const browser = await launchBrowser({ args: ['--disable-frame-rate-limit', '--disable-gpu-vsync'] });
  const results = Object.fromEntries([...VARIANTS, 'empty'].map((v) => [v, []]));
  const problems = [];
  const started = Date.now();
  try {
    // One unrecorded load of each page warms the browser process (not the pages: each is cold).
    for (const variant of [...VARIANTS, 'empty']) await measure(browser, url, variant, 1);
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of [...VARIANTS, 'empty']) {
        const one = await measure(browser, url, variant, 1, { type: variant !== 'empty' });
        const many = await measure(browser, url, variant, MANY);
        for (const r of [one, many]) {
          for (const e of r.errors) problems.push(`${variant}: ${e}`);
          if (r.undefinedTags) problems.push(`${variant}: ${r.undefinedTags} elements never upgraded`);
        }
        if (variant !== 'empty' && (one.typed !== TYPED || one.keys !== KEYS)) {
          problems.push(`${variant}: ${one.keys ?? 0} of ${KEYS} keystrokes measured; the input holds ${JSON.stringify(one.typed)} (${one.typedInto})`);
        }
        results[variant].push({ one, many });
      }
      console.log(`round ${round + 1}/${ROUNDS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2));

  const bytesOf = { plain: { min: 0, brotli: 0 }, soc: fields, application: all, empty: { min: 0, brotli: 0 }, ...peers };
  for (const v of VARIANTS) {
    const loaded = median(results[v].map((r) => r.one.jsBytes));
    if (PEERS.includes(v) ? loaded > bytesOf[v].min || !loaded : loaded !== bytesOf[v].min) problems.push(`${v}: the page loaded ${loaded} bytes of JS, expected ${bytesOf[v].min}`);
  }

  // Each metric: the median over rounds of each variant (keystrokes: over all keystrokes of all
  // rounds) and its ratio to plain HTML's median.
  const mb = (b) => b / 1024 / 1024;
  const METRICS = [
    { key: 'ready1', label: 'ready, 1 form', unit: 'ms', get: (r) => [r.one.ready], goal: 1.3 },
    { key: 'ready100', label: `ready, ${MANY} forms`, unit: 'ms', get: (r) => [r.many.ready], goal: 1.25 },
    { key: 'keystroke', label: `keystroke to paint (median of ${ROUNDS} × ${KEYS})`, unit: 'ms', get: (r) => r.one.latencies ?? [], goal: 1.05 },
    { key: 'heap1', label: 'heap after GC, 1 form', unit: 'MB', get: (r) => [mb(r.one.heap.js + r.one.heap.dom)], goal: 1.2 },
    { key: 'heap100', label: `heap after GC, ${MANY} forms`, unit: 'MB', get: (r) => [mb(r.many.heap.js + r.many.heap.dom)], goal: 1.2 },
    { key: 'nodes', label: 'DOM nodes of 1 form (with shadow roots)', unit: '', get: (r) => [r.one.nodes] },
  ];
  const fmt = (x, unit) => (!Number.isFinite(x) ? '–' : unit === '' ? String(Math.round(x)) : `${x.toFixed(unit === 'MB' ? 2 : x < 10 ? 2 : 0)} ${unit}`);
  const med = (v, get) => median(results[v].flatMap(get));
  const ratio = (v, get) => med(v, get) / med('plain', get);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

  console.log(`\nSide by side in headless Chromium (${ROUNDS} interleaved rounds, a fresh cold page for each load; medians; printed, not asserted)\n`);
  // Ratios to plain HTML for every library, so each change is judged against the best peer.
  const others = VARIANTS.filter((v) => v !== 'plain');
  console.log(`| metric | ${VARIANTS.map((v) => LABELS[v]).join(' | ')} | ${others.map((v) => `${LABELS[v]} ÷ plain`).join(' | ')} | goal (soc fields) |`);
  console.log(`|---|${VARIANTS.map(() => '---:').join('|')}|${others.map(() => '---:').join('|')}|---|`);
  const summary = {};
  for (const m of METRICS) {
    const meds = VARIANTS.map((v) => med(v, m.get));
    const ratios = Object.fromEntries(others.map((v) => [v, ratio(v, m.get)]));
    summary[m.key] = { medians: Object.fromEntries(VARIANTS.map((v, i) => [v, meds[i]])), ratios, socRatio: ratios.soc, appRatio: ratios.application };
    const goal = m.goal ? `≤ ${m.goal}×: ${ratios.soc <= m.goal ? 'met' : '**not met**'}` : '';
    console.log(`| ${m.label} | ${meds.map((x) => fmt(x, m.unit)).join(' | ')} | ${others.map((v) => `${ratios[v].toFixed(2)}×`).join(' | ')} | ${goal} |`);
  }
  const js = (v) => (bytesOf[v].min ? `${kb(bytesOf[v].min)} / ${kb(bytesOf[v].brotli)}` : '0');
  const bundleGoal = all.brotli <= 35 * 1024 ? 'met' : '**not met**';
  console.log(`| JS bundle (min / brotli) | ${VARIANTS.map(js).join(' | ')} | ${others.map((v) => (bytesOf[v].brotli ? `${(bytesOf[v].brotli / fields.brotli).toFixed(2)}× soc` : '')).join(' | ')} | whole bundle ≤ 35 KB brotli: ${bundleGoal} (${kb(all.brotli)}) |`);
  console.log(`| CSS file (min / brotli) | ${VARIANTS.map((v) => (bytesOf[v].cssMin ? `${kb(bytesOf[v].cssMin)} / ${kb(bytesOf[v].cssBrotli)}` : '0 (in the JS)')).join(' | ')} | ${others.map(() => '').join(' | ')} | |`);

  // Where the ready time goes: the marker's timestamps, ms since navigation start (medians).
  const PHASES = [
    ['parsed', 'HTML parsed'],
    ['jsLoaded', 'JS loaded'],
    ['scriptsRun', 'JS run, elements defined + first render'],
    ['settled', 'all updates settled'],
    ['layout', 'style + layout done (= ready)'],
  ];
  console.log(`\nWhere the ready time goes (ms since navigation start, medians; 1 form / ${MANY} forms)\n`);
  console.log(`| variant | ${PHASES.map(([, l]) => l).join(' | ')} |\n|---|${PHASES.map(() => '---:').join('|')}|`);
  for (const v of [...VARIANTS, 'empty']) {
    const cell = (k) => `${fmt(median(results[v].map((r) => r.one.phases[k])), '')} / ${fmt(median(results[v].map((r) => r.many.phases[k])), '')}`;
    console.log(`| ${LABELS[v] ?? 'empty page'} | ${PHASES.map(([k]) => cell(k)).join(' | ')} |`);
  }
  const heapOf = (v, which) => `${fmt(median(results[v].map((r) => mb(r[which].heap.js))), 'MB')} JS + ${fmt(median(results[v].map((r) => mb(r[which].heap.dom))), 'MB')} DOM`;
  console.log(
    `\nHeap = V8 heap + Blink (Oilpan) DOM heap after two forced GCs (Runtime.getHeapUsage), raw: not minus the empty page` +
      ` (${heapOf('empty', 'one')}). ${MANY} forms: ${VARIANTS.map((v) => `${v} ${heapOf(v, 'many')}`).join('; ')}.` +
      `\nsoc fields load the five field entries + soc-error-summary (the bundle of ENTRIES); the application form loads the whole library (src/index.ts).` +
      `\nKeystrokes typed into: ${VARIANTS.map((v) => `${v} → ${results[v][0]?.one.typedInto ?? '–'}`).join(', ')}.`,
  );
  writeFileSync(
    join(dir, 'summary.json'),
    JSON.stringify({ rounds: ROUNDS, summary, bytes: { soc: { min: fields.min, brotli: fields.brotli }, all: { min: all.min, brotli: all.brotli }, ...Object.fromEntries(PEERS.map((p) => [p, { min: peers[p].min, brotli: peers[p].brotli, cssMin: peers[p].cssMin, cssBrotli: peers[p].cssBrotli }])) } }, null, 2),
  );
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s in the browser; per-load data in ${dir}/results.json)`);
  if (problems.length) {
    console.error(`\nThe bench pages did not work as intended:\n  ${[...new Set(problems)].join('\n  ')}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await bytes();
  await timings();
}
