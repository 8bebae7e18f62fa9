// Adds translations to locales/*.xlf: `node scripts/translate.mjs translations.json`, where the
// JSON maps message ids (as written by `lit-localize extract`) to targets per locale:
//   { "s2a55ddba1fb94dcc": { "en": "Use <x id=\"0\" equiv-text=\"${max}\"/> characters.", "ar": "…" } }
// It extracts first (so new msg() calls have units), fills the given targets, then rebuilds the
// runtime locale modules. Several people translating at once: run it under `flock`, e.g.
//   flock /tmp/soc-xliff.lock node scripts/translate.mjs my.json
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
const run = (cmd) => execFileSync('npx', ['lit-localize', cmd], { stdio: ['ignore', 'ignore', 'inherit'] });
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
run('extract');
if (file) {
  const wanted = JSON.parse(readFileSync(file, 'utf8'));
  for (const locale of config.targetLocales) {
    const path = `${config.interchange.xliffDir}/${locale}.xlf`;
    let xml = readFileSync(path, 'utf8');
    for (const [id, targets] of Object.entries(wanted)) {
      const target = targets[locale];
      if (target === undefined) continue;
      const unit = new RegExp(`(<trans-unit id="${id}">\\n  <source>[\\s\\S]*?</source>\\n)(  <target>[\\s\\S]*?</target>\\n)?`);
      if (!unit.test(xml)) {
        console.error(`${path}: no message with id ${id}`);
        process.exitCode = 1;
        continue;
      }
      xml = xml.replace(unit, (_, head) => `${head}  <target>${target}</target>\n`);
    }
    writeFileSync(path, xml);
  }
}
run('build');
// List what still lacks a translation, with ids, so the next JSON is easy to write.
for (const locale of config.targetLocales) {
  const xml = readFileSync(`${config.interchange.xliffDir}/${locale}.xlf`, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>/.test(body)) console.log(`${locale} ${id}: ${body.match(/<source>([\s\S]*?)<\/source>/)[1]}`);
  }
}
