// The one list of locales, as Node scripts see it: `lit-localize.json` (`sourceLocale`,
// `targetLocales`). Everything that needs a list of languages derives it from here (Node) or from
// src/localization/locales.ts (browser, Storybook; it reads the generated locale-codes.ts):
//   - the runtime loaders, src/generated/locale-loaders.ts, written by `writeLocaleLoaders()` after
//     `lit-localize build` (`npm run localize:build`, `npm run localize:check`);
//   - the build's locale modules, dist/locales/<code>.js (`localeEntryPoints()`);
//   - the package check, the Storybook and demo checks (`LOCALES`, with `dir`).
// Right-to-left-ness is the one `isRtl` of src/localization/locales.ts.
// `node scripts/lib/locales.mjs` writes the loaders module.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The path of the generated loaders module, relative to the repository root. */
export const LOADERS_MODULE = 'src/generated/locale-loaders.ts';

const { isRtl } = await importTs('src/localization/locales.ts');
export { isRtl };

/**
 * `sourceLocale` and `targetLocales` of `<root>/lit-localize.json`, the targets sorted the way
 * lit-localize sorts them in locale-codes.ts, plus the generated modules' folder.
 * @returns {{ sourceLocale: string, targetLocales: string[], outputDir: string }}
 */
export function readLocaleConfig(root = ROOT) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const codes = config.targetLocales ?? [];
  for (const code of [config.sourceLocale, ...codes]) {
    if (typeof code !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) throw new Error(`lit-localize.json: "${code}" is not a locale code`);
  }
  return { sourceLocale: config.sourceLocale, targetLocales: [...codes].sort(), outputDir: config.output.outputDir };
}

/**
 * Every locale, the source first, with the `dir` a page in it has.
 * @returns {{ lang: string, dir: 'ltr' | 'rtl' }[]}
 */
export function localeList({ sourceLocale, targetLocales } = readLocaleConfig()) {
  return [sourceLocale, ...targetLocales].map((lang) => ({ lang, dir: isRtl(lang) ? 'rtl' : 'ltr' }));
}

/** The locales of this checkout: `[{ lang: 'sv', dir: 'ltr' }, { lang: 'ar', dir: 'rtl' }, …]`. */
export const LOCALES = localeList();

/** The build's entry points for dist/locales/<code>.js: one per target locale. */
export function localeEntryPoints({ targetLocales, outputDir } = readLocaleConfig()) {
  return Object.fromEntries(targetLocales.map((code) => [code, `${outputDir}/${code}.ts`]));
}

/** The text of src/generated/locale-loaders.ts for these target locales. */
export function loadersModule({ targetLocales } = readLocaleConfig()) {
  const key = (code) => (/^[a-z]+$/.test(code) ? code : `'${code}'`);
  const lines = targetLocales.map((code) => `  ${key(code)}: () => import('./locales/${code}.js'),`);
  return `// Do not modify this file by hand!
// Re-generate it with \`npm run localize:build\` (scripts/lib/locales.mjs, from lit-localize.json).
import type { LocaleIndex } from '../localization/locale-index.js';
import type { targetLocales } from './locale-codes.js';

/** One loader per target locale: the index of its groups of texts in ./locales/ (scripts/lib/locale-groups.mjs). */
export const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleIndex>> = {
${lines.join('\n')}
};
`;
}

/** Writes `text` to `file` unless it already holds exactly that; returns whether it wrote. */
function writeIfChanged(file, text) {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // first run
  }
  if (old === text) return false;
  writeFileSync(file, text);
  return true;
}

/** Writes src/generated/locale-loaders.ts when it differs; returns whether it changed. */
export function writeLocaleLoaders(root = ROOT) {
  return writeIfChanged(join(root, LOADERS_MODULE), loadersModule(readLocaleConfig(root)));
}

/**
 * How far a language's translation can be trusted, said in its XLIFF header (lit-localize keeps the
 * header when it extracts):
 *   <header><note from="soc-elements:status">machine-drafted</note></header>
 * `reviewed` (by a native speaker; then a second note `soc-elements:reviewed-by` says who and when)
 * or `machine-drafted` (not reviewed by a native speaker). TRANSLATING.md says how to change it.
 */
export const STATUSES = {
  reviewed: 'reviewed by a native speaker',
  'machine-drafted': 'machine-drafted, not reviewed by a native speaker',
};
export const STATUS_MODULE = 'src/generated/locale-status.ts';

/**
 * The status of each target locale, read from locales/<code>.xlf.
 * @returns {Record<string, { status: keyof typeof STATUSES | null, reviewedBy: string | null }>}
 */
export function readLocaleStatus(root = ROOT) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const out = {};
  for (const code of readLocaleConfig(root).targetLocales) {
    let xml = '';
    try {
      xml = readFileSync(join(root, config.interchange.xliffDir, `${code}.xlf`), 'utf8');
    } catch {
      // no file yet: no status
    }
    const header = xml.match(/<header>([\s\S]*?)<\/header>/)?.[1] ?? '';
    const note = (from) => header.match(new RegExp(`<note from="soc-elements:${from}">([^<]*)</note>`))?.[1]?.trim() ?? null;
    const status = note('status');
    out[code] = { status: status in STATUSES ? status : null, reviewedBy: note('reviewed-by') };
  }
  return out;
}

/** Writes src/generated/locale-status.ts (for Storybook's language page) when it differs. */
export function writeLocaleStatus(root = ROOT) {
  const status = readLocaleStatus(root);
  const text = `// Do not modify this file by hand!
// Re-generate it with \`npm run localize:build\` (scripts/lib/locales.mjs, from the XLIFF headers).
/** How far each target language's translation can be trusted (TRANSLATING.md). */
export const localeStatus: Record<string, { status: 'reviewed' | 'machine-drafted' | null; reviewedBy: string | null }> = ${JSON.stringify(status, null, 2)};
`;
  return writeIfChanged(join(root, STATUS_MODULE), text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // lit-localize's one module per locale → an index and one module per group of elements.
  const { splitLocales } = await import('./locale-groups.mjs');
  const split = await splitLocales(readLocaleConfig());
  console.log(split.length ? `Split the texts of ${split.join(', ')} per group of elements.` : 'The locale modules are already split.');
  console.log(writeLocaleLoaders() ? `Wrote ${LOADERS_MODULE}.` : `${LOADERS_MODULE} is up to date.`);
  console.log(writeLocaleStatus() ? `Wrote ${STATUS_MODULE}.` : `${STATUS_MODULE} is up to date.`);
}
