// Issue 17: each language says how far it can be trusted, in its XLIFF header, and the README's table
// says the same (Storybook's page "Språk" reads the generated module of the same headers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STATUSES, readLocaleConfig, readLocaleStatus, isRtl } from '../../scripts/lib/locales.mjs';

test('every target language has a status in its XLIFF header, and the README table matches them', () => {
  const { sourceLocale, targetLocales } = readLocaleConfig();
  const status = readLocaleStatus();
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.match(/<!-- locale-status:start -->([\s\S]*?)<!-- locale-status:end -->/)?.[1] ?? '';
  const rows = Object.fromEntries(
    [...table.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| (ltr|rtl) \| ([^|]+) \|$/gm)].map(([, code, name, dir, text]) => [code, { name: name.trim(), dir, text: text.trim() }]),
  );
  assert.deepEqual(Object.keys(rows).sort(), [sourceLocale, ...targetLocales].sort(), 'one README row per language');
  assert.equal(rows[sourceLocale].text, 'source');
  for (const code of targetLocales) {
    assert.ok(status[code].status, `locales/${code}.xlf has a status`);
    const expected = STATUSES[status[code].status] + (status[code].reviewedBy ? ` (${status[code].reviewedBy})` : '');
    assert.equal(rows[code].text, expected, `README says what locales/${code}.xlf says`);
    if (status[code].status === 'reviewed') assert.ok(status[code].reviewedBy, `a reviewed ${code} says by whom`);
  }
  for (const [code, row] of Object.entries(rows)) {
    assert.equal(row.dir, isRtl(code) ? 'rtl' : 'ltr', `${code}'s direction`);
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    assert.equal(row.name.toLocaleLowerCase(code), own.toLocaleLowerCase(code), `${code} is named in its own language`);
  }
});

test('the demo pages name every language in the language itself', () => {
  const { sourceLocale, targetLocales } = readLocaleConfig();
  for (const page of ['demo/index.html', 'demo/vuxen.html', 'demo/ekonomiskt-bistand.html']) {
    const html = readFileSync(page, 'utf8');
    for (const code of [sourceLocale, ...targetLocales]) {
      const button = html.match(new RegExp(`<button type="button" data-lang="${code}" lang="${code}">([^<]+)</button>`));
      assert.ok(button, `${page} has a button for ${code}`);
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
      assert.equal(button[1].toLocaleLowerCase(code), own.toLocaleLowerCase(code), `${page}: ${code} is named in its own language`);
    }
  }
});
