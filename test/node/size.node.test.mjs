// Size budgets, checked on every test run: minified + brotli bytes of each entry with Lit
// included (the same bundling as `npm run bench`). Bytes are deterministic for a given lock file,
// so these are exact checks, not timings. The elements and their modules come from
// scripts/bench.mjs: the services one per entry of PAYLOAD_TYPES, so a new service gets a budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTRIES, OTHER_ENTRIES, SERVICE_ENTRIES, bundle } from '../../scripts/bench.mjs';

const KB = 1024;
/** Brotli budgets: the foundation's goal for the five fields, about 10 % headroom for the rest. */
const BUDGETS = {
  'soc-select': 12 * KB,
  'soc-date-input': 13 * KB,
  'soc-quick-exit': 11 * KB,
  'soc-process-steps': 13 * KB,
  'soc-contact-hours': 15 * KB,
  'soc-confidentiality': 14 * KB,
  // Measured 12 161 bytes (the three audiences' texts are in the bundle; translations load lazily).
  'soc-placement-info': 13 * KB,
  // Measured 19 889 bytes: it carries the text field, radio group, select and error summary.
  'soc-aid-estimate': 20 * KB,
  // Measured 19 555 bytes: it carries the date input, text field and textarea for the calculator and
  // the letter, and its Swedish texts; it adds 2 994 bytes to src/index.ts.
  'soc-appeal-guide': 21 * KB,
  // Measured 27 737 bytes (the wizard, its fields and the Swedish texts; it adds 1 731 bytes to src/index.ts).
  'soc-economic-aid-form': 28 * KB,
  // Measured 26 120 bytes (the wizard, its fields and the Swedish texts; it adds 1 056 bytes to src/index.ts).
  'soc-feedback-form': 27 * KB,
  // Measured 37 385 bytes with the concern about an adult and subject="ask" (issue 15: +1 429 bytes
  // from 35 956, its questions, texts and receipt); the other services keep the shared budget.
  'soc-concern-report': 37 * KB,
};
/** Every service element (one per entry of PAYLOAD_TYPES) gets the same budget. */
const SERVICE_BUDGET = 36 * KB;
const budgetOf = (tag) => BUDGETS[tag] ?? (tag in SERVICE_ENTRIES ? SERVICE_BUDGET : undefined);

test('every element measured on its own has a budget', () => {
  assert.deepEqual(Object.keys(OTHER_ENTRIES).filter((tag) => budgetOf(tag) === undefined), []);
  assert.ok(Object.keys(SERVICE_ENTRIES).length >= 2, 'the services come from PAYLOAD_TYPES');
});

// The goal for the five fields is 15 KB (15 360 bytes; issues 14 and 19). Before issue 14 they
// measured 15 293 bytes; its features (the textarea's word limit, threshold and locale numbers, the
// exclusive answer, the error summary's server errors and no-autofocus, reveal that is heard) took
// them to 16 074, and removing Lit's live directive, dead CSS and long private names brought them
// back to 15 628; taking the answer on `input` (issue 18: `input` carries the new value) made it
// 15 657. Five more target languages in the locale loaders (+51, to 15 750) and the texts per element
// (issue 19, +35) added bytes; trimming the fields (-99: SocFormControl without its unused `code`
// getter and label/hint helpers, renderRequired drawing nothing when not required, one return in
// the text field's check, no CSS that inheritance already gives) left 15 686 bytes, measured with
// `bundle(Object.values(ENTRIES))` of scripts/bench.mjs (esbuild minified, Lit and @lit/localize
// included, locales external, brotli quality 11). Of these, Lit alone is about 5.3 KB and Lit with
// @lit/localize and the locale setup about 6.6 KB. At quality 11 the count moves by up to ±70
// bytes for edits that remove a few bytes of minified code, so only removals of whole features or
// modules move it reliably. Noting which elements a page shows, so that a page on the whole bundle
// loads only their texts (define.ts, issue 19), added 37: 15 723 bytes. Answers in a group without
// a shadow root of their own and one template per answer (issue 19: 277 → 247 DOM nodes in the
// bench's form) added 40. Terser's three compress passes after esbuild's minifier, in the build of
// dist/soc-elements.js and in `bundle()` alike (scripts/lib/minify.mjs), took it to 15 323 bytes:
// the goal of 15 360 is the budget now.
const FIVE_FIELDS_BUDGET = 15_360;
test(`all five form fields together, Lit included, stay within ${FIVE_FIELDS_BUDGET} bytes brotli`, async () => {
  const { brotli } = await bundle(Object.values(ENTRIES));
  assert.ok(brotli <= FIVE_FIELDS_BUDGET, `${brotli} bytes`);
});

test('the shipped bundle carries no translator notes (msg desc)', async () => {
  const { code } = await bundle(['src/index.ts']);
  assert.doesNotMatch(new TextDecoder().decode(code), /desc:/);
});

for (const [tag, file] of Object.entries(OTHER_ENTRIES)) {
  const budget = budgetOf(tag) ?? 0;
  test(`${tag} stays within ${budget / KB} KB brotli`, async () => {
    const { brotli } = await bundle([file]);
    assert.ok(brotli <= budget, `${brotli} bytes`);
  });
}

// The goal for everything is 35 KB (issue 19, see `npm run bench`). This budget was 38 KB and was
// raised once, on purpose, to 41 KB: the truthful texts about when reports are read, anonymity and
// the duty to report (+0.9 KB, issue 11) and the question model with its limits (+0.7 KB, issue 12)
// measured 40.6 KB. soc-select and soc-date-input (issue 14) took it from 41 039 to 42 776 bytes
// (+1.7 KB); the other issue 14 features, the no-script fallbacks, reveal that is heard and the
// adult application (issue 15) to 44 190 bytes. Six new elements then took it to 58 417 bytes,
// measured by leaving each out of src/index.ts: soc-aid-estimate +3 570, soc-appeal-guide +2 924,
// soc-placement-info +2 645, soc-economic-aid-form +1 677, soc-feedback-form +963, the concern
// report about an adult about +1 400 (issues 15 and 16); most of it is their Swedish text, which
// every page carries today whether or not it shows the element. The budget was 57.5 KB (58 880
// bytes); terser's passes after esbuild's (scripts/lib/minify.mjs) took the whole to 57 352 bytes,
// so it is 56.5 KB now: it catches growth, and issue 19 (≤ 35 KB) is not met.
const WHOLE_BUDGET = 56.5 * KB;
test(`the whole library (src/index.ts) stays within ${WHOLE_BUDGET / KB} KB brotli and loads no zod`, async () => {
  const { brotli, code } = await bundle(['src/index.ts']);
  assert.ok(brotli <= WHOLE_BUDGET, `${brotli} bytes`);
  assert.ok(!/ZodError|\$ZodType/.test(new TextDecoder().decode(code)), 'zod is in the browser bundle');
});
