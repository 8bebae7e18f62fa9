// One list of locales: lit-localize.json. The loaders, the build's locale modules, Storybook's
// language toolbar and the tests' LOCALES all derive from it; a code added to targetLocales gets
// each of them without another edit, and every generated locale module has a loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { LOADERS_MODULE, isRtl, loadersModule, localeEntryPoints, localeList, readLocaleConfig, writeLocaleLoaders } from '../../scripts/lib/locales.mjs';

const config = readLocaleConfig();

/** A checkout whose lit-localize.json lists `targets`, in a new temporary folder. */
function checkoutWith(targets) {
  const dir = mkdtempSync(join(tmpdir(), 'soc-locales-'));
  const json = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify({ ...json, targetLocales: targets }));
  mkdirSync(join(dir, 'src/generated'), { recursive: true });
  return dir;
}

test('a code added to targetLocales gets a loader, a build entry, a Storybook item and a test locale', async () => {
  const dir = checkoutWith([...config.targetLocales, 'fi', 'fa']);
  try {
    const added = readLocaleConfig(dir);
    assert.deepEqual(added.targetLocales, [...config.targetLocales, 'fa', 'fi'].sort());

    assert.equal(writeLocaleLoaders(dir), true);
    const loaders = readFileSync(join(dir, LOADERS_MODULE), 'utf8');
    assert.match(loaders, /^ {2}fi: \(\) => import\('\.\/locales\/fi\.js'\),$/m);
    assert.match(loaders, /^ {2}fa: \(\) => import\('\.\/locales\/fa\.js'\),$/m);
    assert.equal(writeLocaleLoaders(dir), false, 'a second run changes nothing');

    assert.equal(localeEntryPoints(added).fi, 'src/generated/locales/fi.ts');
    assert.equal(localeEntryPoints(added).fa, 'src/generated/locales/fa.ts');

    const list = localeList(added);
    assert.deepEqual(list[0], { lang: config.sourceLocale, dir: 'ltr' }, 'the source locale comes first');
    assert.deepEqual(list.find((l) => l.lang === 'fa'), { lang: 'fa', dir: 'rtl' });
    assert.deepEqual(list.find((l) => l.lang === 'fi'), { lang: 'fi', dir: 'ltr' });

    const { languageItems } = await importTs('.storybook/languages.ts');
    const items = languageItems(list.map((l) => l.lang));
    assert.deepEqual(items.find((i) => i.value === 'fi'), { value: 'fi', title: 'Suomi', right: 'fi' });
    assert.equal(items.find((i) => i.value === 'fa')?.title, 'فارسی');
    assert.equal(items.length, list.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a locale code with a region or script gets a quoted key', () => {
  const text = loadersModule({ targetLocales: ['zh-Hans'] });
  assert.match(text, /'zh-Hans': \(\) => import\('\.\/locales\/zh-Hans\.js'\)/);
});

test('lit-localize.json rejects what is not a locale code', () => {
  const dir = checkoutWith(['en', '../x']);
  try {
    assert.throws(() => readLocaleConfig(dir), /not a locale code/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the generated files agree with lit-localize.json and every locale module has a loader', async () => {
  const codes = await importTs('src/generated/locale-codes.ts');
  assert.equal(codes.sourceLocale, config.sourceLocale);
  assert.deepEqual([...codes.targetLocales], config.targetLocales, 'run `npm run localize:build`');

  assert.equal(readFileSync(LOADERS_MODULE, 'utf8'), loadersModule(config), `${LOADERS_MODULE} is stale: run \`npm run localize:build\``);
  const modules = readdirSync(config.outputDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
  assert.deepEqual(modules, config.targetLocales, `every module in ${config.outputDir} is a target locale with a loader`);

  const { LOCALES } = await importTs('src/localization/locales.ts');
  assert.deepEqual(LOCALES, [config.sourceLocale, ...config.targetLocales]);
});

test('right to left: one function, for the languages of domain.md', () => {
  for (const code of ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'ar-SE', 'FA_af']) assert.equal(isRtl(code), true, code);
  for (const code of ['sv', 'sv-SE', 'en', 'fi', 'so', 'ti', 'uk', '']) assert.equal(isRtl(code), false, code);
});
