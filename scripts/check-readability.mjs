// `npm run readability`: LIX of the Swedish default texts, per element and per audience, against
// the project's goals (issue 17): ≤ 30 for every default text, ≤ 25 for texts addressed to children.
// How LIX is counted (words, long words, sentences): scripts/lib/lix.mjs. The same numbers are
// asserted by test/node/readability.node.test.mjs (part of `npm test`).
//
// What is measured:
//   - per element: the Swedish source text of every msg() call in the modules the element's bundle
//     is built from (its own module and what it imports from src/, so a service counts its fields'
//     messages and the explainers it embeds). Each msg() text is one unit (a label, a heading and a
//     paragraph each end a sentence). LIX is only asserted from 100 words up: below that one word
//     moves it by several points (the error summary's two lines are "Det finns problem" and "Fel:").
//   - per audience: what an element shows one reader, from its DOM-free content module
//     (AUDIENCE_MODULES: soc-confidentiality, soc-placement-info), and each default process of
//     soc-process-steps. Every string of the content counts, law lines too: they are shown.
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { definedElements } from './lib/elements.mjs';
import { importTs } from './lib/import-ts.mjs';
import { lix, msgTexts } from './lib/lix.mjs';

export const GOAL = 30;
export const CHILD_GOAL = 25;
/** Fewer words than this: LIX is printed, not asserted (see the header). */
export const MIN_WORDS = 100;

/** The src/ modules an element's bundle is built from. */
async function modulesOf(file) {
  const r = await build({ entryPoints: [file], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', logLevel: 'silent' });
  return Object.keys(r.metafile.inputs).filter((f) => f.startsWith('src/'));
}

/** `[{ element, lix, words, unread }]`: every registered element's msg() texts. */
export async function elementRows() {
  const rows = [];
  for (const [element, file] of definedElements()) {
    const texts = [];
    const unread = [];
    for (const f of await modulesOf(file)) {
      const found = msgTexts(readFileSync(f, 'utf8'));
      texts.push(...found.texts);
      unread.push(...found.unread.map((u) => `${f}: ${u}`));
    }
    rows.push({ element, ...lix(texts), unread });
  }
  return rows;
}

/**
 * The elements with texts per reader: the DOM-free module, its list of readers and the function
 * that gives one reader's content (`{ heading, intro, sections: [{ summary, body, law }], … }`).
 */
export const AUDIENCE_MODULES = [
  { element: 'soc-confidentiality', file: 'src/info/confidentiality-content.ts', list: 'AUDIENCES', content: 'audienceContent' },
  { element: 'soc-placement-info', file: 'src/info/placement-content.ts', list: 'PLACEMENT_AUDIENCES', content: 'placementContent' },
];

/** Every string in a content object, in reading order (ids, links and addresses left out). */
function contentTexts(value, key = '') {
  if (typeof value === 'string') return /^(id|href)$/.test(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => contentTexts(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => contentTexts(v, k));
  return [];
}
const stepTexts = (steps) =>
  steps.flatMap((s) => [s.heading, ...s.body, s.law ?? '', ...(s.branches ?? []).flatMap((b) => [b.heading, b.intro, ...stepTexts(b.steps)])]);

/** `[{ element, audience, goal, lix, words }]`: what one reader of an element is shown. */
export async function audienceRows() {
  const rows = [];
  for (const { element, file, list, content } of AUDIENCE_MODULES) {
    if (!existsSync(file)) continue;
    const m = await importTs(file, { platform: 'node' });
    for (const audience of m[list]) {
      const texts = contentTexts(m[content](audience)).filter(Boolean);
      rows.push({ element, audience, goal: audience === 'child' ? CHILD_GOAL : GOAL, ...lix(texts) });
    }
  }
  const p = await importTs('src/info/process-data.ts', { platform: 'node' });
  for (const variant of ['application', 'concern']) {
    const process = p.defaultProcess(variant);
    rows.push({ element: 'soc-process-steps', audience: `variant ${variant}`, goal: GOAL, ...lix([process.heading, ...stepTexts(process.steps)].filter(Boolean)) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fmt = (n) => n.toFixed(1);
  console.log('LIX of the Swedish default texts (goal ≤ 30; ≤ 25 for children)\n');
  console.log('| element | words | LIX |\n|---|---:|---:|');
  for (const r of await elementRows()) console.log(`| ${r.element} | ${r.words} | ${r.words < MIN_WORDS ? `(${fmt(r.lix)})` : fmt(r.lix)} |`);
  console.log('\n| element | reader | words | LIX | goal |\n|---|---|---:|---:|---:|');
  for (const r of await audienceRows()) console.log(`| ${r.element} | ${r.audience} | ${r.words} | ${fmt(r.lix)} | ≤ ${r.goal} |`);
}
