// The localization check (part of `npm test`): extracts every msg() from src/ into the XLIFF
// files, fails when any target language misses a translation or drops a placeholder, then
// regenerates the runtime locale modules so the browser tests run the translations as written,
// and the loaders module (src/generated/locale-loaders.ts) so every target locale has a loader.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LOADERS_MODULE, STATUSES, STATUS_MODULE, readLocaleConfig, readLocaleStatus, writeLocaleLoaders, writeLocaleStatus } from './lib/locales.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const run = (cmd) => execFileSync('npx', ['lit-localize', cmd], { stdio: ['ignore', 'pipe', 'inherit'] });

run('extract');

const problems = [];
for (const locale of config.targetLocales) {
  const file = `${config.interchange.xliffDir}/${locale}.xlf`;
  const xml = readFileSync(file, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  for (const [, id, body] of units) {
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    if (target === undefined || !target.trim()) {
      problems.push(`${file}: "${id}" has no translation (source: ${source.slice(0, 60)})`);
      continue;
    }
    const placeholders = (s) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');
    if (placeholders(source) !== placeholders(target)) {
      problems.push(`${file}: "${id}" target does not use the same placeholders as the source`);
    }
  }
  if (!units.length) problems.push(`${file}: no messages found`);
}

// Every language says how far it can be trusted (TRANSLATING.md), in its XLIFF header.
for (const [code, { status }] of Object.entries(readLocaleStatus())) {
  if (!status) problems.push(`locales/${code}.xlf: no status in its <header> (<note from="soc-elements:status">${Object.keys(STATUSES).join(' | ')}</note>)`);
}

if (problems.length) {
  console.error(`Localization check failed: ${problems.length} problem(s).`);
  for (const p of problems) console.error(`  - ${p}`);
  console.error('Translate them in locales/*.xlf (lit-localize extract has added the new units).');
  process.exit(1);
}

run('build');
// lit-localize's one module per locale → an index and one module per group of elements (issue 19).
const { splitLocales } = await import('./lib/locale-groups.mjs');
await splitLocales(readLocaleConfig());
if (writeLocaleLoaders()) console.log(`Wrote ${LOADERS_MODULE}: the target locales have changed.`);
if (writeLocaleStatus()) console.log(`Wrote ${STATUS_MODULE}: a language's status has changed.`);
console.log(`Localization check passed: ${config.targetLocales.join(', ')} translate every message.`);
