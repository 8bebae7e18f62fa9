// Plain Swedish, measured (issue 17): the LIX of every element's Swedish default texts and of what
// each reader is shown stays within the project's goals. The counting rules are in
// scripts/lib/lix.mjs; `npm run readability` prints the same table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lix, msgTexts, sentences, words } from '../../scripts/lib/lix.mjs';
import { AUDIENCE_MODULES, CHILD_GOAL, GOAL, MIN_WORDS, audienceRows, elementRows } from '../../scripts/check-readability.mjs';
import { definedElements } from '../../scripts/lib/elements.mjs';

test('LIX is counted as Björnsson defines it (a text worked out by hand)', () => {
  // 8 words, 2 sentences, 1 word over six letters (trädgården): 8/2 + 100 × 1/8 = 16.5.
  const r = lix(['Jag går hem. Solen skiner starkt i trädgården!']);
  assert.deepEqual({ words: r.words, sentences: r.sentences, long: r.long }, { words: 8, sentences: 2, long: 1 });
  assert.equal(r.lix, 16.5);
  // Each text unit (a label, a heading) ends a sentence even without a full stop.
  assert.equal(lix(['Barnets namn', 'Skriv namnet.']).sentences, 2);
});

test('abbreviations, law references and numbers do not end a sentence; a hyphenated word is one word', () => {
  assert.deepEqual(sentences('Det står i socialtjänstlagen (2025:400) 20 kap. 2 §. Ring kl. 9, t.ex. i dag.'), [
    'Det står i socialtjänstlagen (2025:400) 20 kap. 2 §.',
    'Ring kl. 9, t.ex. i dag.',
  ]);
  assert.deepEqual(words('e-post och hälso- och sjukvård, 070-123 45 67'), ['e-post', 'och', 'hälso-', 'och', 'sjukvård']);
  // "offentlighets-" has 13 letters: long; the hyphen is not a letter.
  assert.equal(lix(['offentlighets- och sekretesslagen']).long, 2);
});

test('the texts of msg() calls are read from the source: literals, str templates, comments skipped', () => {
  const source = [
    "// msg('Inte den här.')",
    "const a = msg('Barnets namn', { desc: 'x' });",
    'const b = msg(str`Fyll i ${label}.`);',
    "const c = msg(\"Det är \\\"bra\\\".\", { id: 'y' });",
    'const d = msg(someVariable);',
  ].join('\n');
  const { texts, unread } = msgTexts(source);
  assert.deepEqual(texts, ['Barnets namn', 'Fyll i X.', 'Det är "bra".']);
  assert.equal(unread.length, 1);
});

test(`every element's Swedish texts have LIX ≤ ${GOAL}`, async () => {
  const rows = await elementRows();
  assert.ok(rows.length >= 15, 'every registered element is measured');
  assert.deepEqual(rows.flatMap((r) => r.unread), [], 'every msg() call has a text the check can read');
  const over = rows.filter((r) => r.words >= MIN_WORDS && r.lix > GOAL).map((r) => `${r.element}: ${r.lix.toFixed(1)}`);
  assert.deepEqual(over, []);
  // The services, with the most text, are really measured.
  for (const tag of ['soc-concern-report', 'soc-application-form', 'soc-confidentiality', 'soc-process-steps']) {
    assert.ok(rows.find((r) => r.element === tag).words >= 200, `${tag} has its texts counted`);
  }
});

test(`what each reader is shown has LIX ≤ ${GOAL}, and ≤ ${CHILD_GOAL} for children`, async () => {
  const rows = await audienceRows();
  const readers = rows.map((r) => `${r.element} ${r.audience}`);
  for (const expected of ['soc-confidentiality child', 'soc-confidentiality guardian', 'soc-confidentiality professional', 'soc-process-steps variant concern']) {
    assert.ok(readers.includes(expected), `${expected} is measured`);
  }
  // An element with readers that is registered has each reader measured, children's text included.
  for (const { element } of AUDIENCE_MODULES.filter((m) => definedElements().has(m.element))) {
    assert.ok(readers.includes(`${element} child`), `${element}: the text for children is measured`);
  }
  const over = rows.filter((r) => r.lix > r.goal).map((r) => `${r.element} ${r.audience}: ${r.lix.toFixed(1)} > ${r.goal}`);
  assert.deepEqual(over, []);
});
