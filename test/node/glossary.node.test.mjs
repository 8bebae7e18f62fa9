// Issue 17: key Swedish terms stay recognizable in every language, one translation per term per
// language (scripts/lib/glossary.mjs says the rule; locales/glossary/<code>.json the translations).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { glossaryProblems, readUnits, TERMS } from '../../scripts/lib/glossary.mjs';
import { readLocaleConfig } from '../../scripts/lib/locales.mjs';

const { targetLocales } = readLocaleConfig();

for (const code of targetLocales) {
  test(`${code}: every Swedish key term is translated one way and given in brackets`, () => {
    const file = `locales/glossary/${code}.json`;
    assert.ok(existsSync(file), `${file} is missing`);
    const glossary = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(glossary.language, code);
    const units = readUnits(`locales/${code}.xlf`);
    const withTerms = units.filter((u) => Object.values(TERMS).some((re) => re.test(u.source)));
    assert.ok(withTerms.length >= 40, `the Swedish texts use the terms (${withTerms.length} messages)`);
    assert.deepEqual(glossaryProblems(units, glossary), []);
    for (const [id, why] of Object.entries(glossary.exempt ?? {})) {
      assert.ok(units.some((u) => u.id === id), `exempt ${id} is a message`);
      assert.ok(typeof why === 'string' && why.length > 10, `exempt ${id} says why`);
    }
  });
}

test('the rule fails a translation without the Swedish term or with a second translation', () => {
  const glossary = {
    language: 'xx',
    terms: Object.fromEntries(Object.keys(TERMS).map((t) => [t, { translation: t, pattern: t }])),
  };
  glossary.terms.utredning = { translation: 'investigation', pattern: 'investigat' };
  const source = 'Socialtjänsten startar en utredning.';
  assert.deepEqual(glossaryProblems([{ id: 'a', source, target: 'Social services start an investigation (utredning).' }], glossary), []);
  assert.match(glossaryProblems([{ id: 'a', source, target: 'Social services start an investigation.' }], glossary)[0], /not given in brackets/);
  assert.match(glossaryProblems([{ id: 'a', source, target: 'Social services start an inquiry (utredning).' }], glossary)[0], /not translated as the glossary says/);
  assert.deepEqual(glossaryProblems([{ id: 'a', source, target: 'No.' }], { ...glossary, exempt: { a: 'a test' } }), []);
});
