// The amount parser (src/schemas/amount.ts) and the aid estimate's arithmetic
// (src/info/aid-estimate-calc.ts), DOM-free. The norm figures are EXAMPLE figures
// ("Exempelsiffror, inte årets norm"), made up for the arithmetic, never a year's riksnorm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { parseAmount, MAX_MONTHLY_AMOUNT } = await importTs('src/schemas/amount.ts');
const { parseNorms, estimateAid } = await importTs('src/info/aid-estimate-calc.ts');

/** Exempelsiffror, inte årets norm. */
const EXAMPLE = {
  year: 2026,
  source: 'Exempelsiffror, inte årets norm',
  personal: {
    alone: 3000,
    withPartner: 2700,
    children: [
      { from: 0, to: 0, amount: 2000 },
      { from: 1, to: 2, amount: 2200 },
      { from: 3, to: 3, amount: 1900 },
      { from: 4, to: 6, amount: 2500 },
      { from: 7, to: 10, amount: 2900 },
      { from: 11, to: 14, amount: 3400 },
      { from: 15, to: 18, amount: 3800 },
      { from: 19, to: 20, amount: 3900 },
    ],
  },
  household: [1100, 1200, 1500, 1800, 2100, 2400, 2700],
  householdExtra: 250,
};
const norms = (over = {}) => {
  const r = parseNorms(JSON.stringify({ ...EXAMPLE, ...over }));
  assert.ok(r.ok, r.problem);
  return r.norms;
};

test('reads amounts the Swedish way, in öre', () => {
  const cases = {
    '12 500': 1_250_000,
    '12500': 1_250_000,
    '12500 kr': 1_250_000,
    '12 500 kr.': 1_250_000,
    'kr 12 500': 1_250_000,
    '12 500,50': 1_250_050,
    '12500:-': 1_250_000,
    '12 500,-': 1_250_000,
    '12\u00A0500': 1_250_000,
    '12\u202F500\u00A0kr': 1_250_000,
    '12.500': 1_250_000,
    '12,5': 1_250,
    '0': 0,
    ' 7 000 SEK ': 700_000,
  };
  for (const [typed, ore] of Object.entries(cases)) assert.deepEqual(parseAmount(typed), { ok: true, value: ore }, typed);
});

test('reads plain digits, English grouping and Arabic-Indic and Persian digits', () => {
  assert.deepEqual(parseAmount('12,500.50'), { ok: true, value: 1_250_050 });
  assert.deepEqual(parseAmount('12,500'), { ok: true, value: 1_250_000 });
  assert.deepEqual(parseAmount('١٢٥٠٠'), { ok: true, value: 1_250_000 });
  assert.deepEqual(parseAmount('١٢٬٥٠٠٫٥٠'), { ok: true, value: 1_250_050 });
  assert.deepEqual(parseAmount('۱۲۵۰۰'), { ok: true, value: 1_250_000 });
});

test('nothing typed is no amount, not an error', () => {
  assert.deepEqual(parseAmount(''), { ok: true, value: null });
  assert.deepEqual(parseAmount('   '), { ok: true, value: null });
});

test('says what is wrong: not a number, negative, more than a month could be', () => {
  for (const typed of ['abc', '12 5OO', '1e5', '12,', '12 500,505', '100-200', '12,50,00', '1.2.3', 'kr']) {
    assert.deepEqual(parseAmount(typed), { ok: false, code: 'amount_invalid' }, typed);
  }
  for (const typed of ['-500', '−500', '500-', '- 1 200 kr']) assert.deepEqual(parseAmount(typed), { ok: false, code: 'amount_negative' }, typed);
  assert.equal(MAX_MONTHLY_AMOUNT, 500_000);
  assert.deepEqual(parseAmount('500 000'), { ok: true, value: 50_000_000 });
  assert.deepEqual(parseAmount('500 000,01'), { ok: false, code: 'amount_too_large' });
  assert.deepEqual(parseAmount('99999999999999999999'), { ok: false, code: 'amount_too_large' });
});

test('norms: a valid shape is read, all five costs count by default', () => {
  const n = norms();
  assert.equal(n.year, 2026);
  assert.deepEqual(n.costs, ['housing', 'electricity', 'commute', 'insurance', 'union']);
  assert.deepEqual(norms({ costs: ['union', 'housing'] }).costs, ['housing', 'union']);
});

test('norms: missing or wrong figures are refused with the reason', () => {
  const bad = (value, re) => {
    const r = parseNorms(value);
    assert.equal(r.ok, false, String(value));
    assert.match(r.problem, re);
  };
  bad('', /missing/);
  bad(undefined, /missing/);
  bad('{year: 2026}', /not valid JSON/);
  bad('[]', /object/);
  bad(JSON.stringify({ ...EXAMPLE, year: '2026' }), /year/);
  bad(JSON.stringify({ ...EXAMPLE, source: ' ' }), /source/);
  bad(JSON.stringify({ ...EXAMPLE, personal: { ...EXAMPLE.personal, alone: -1 } }), /personal\.alone/);
  bad(JSON.stringify({ ...EXAMPLE, personal: { ...EXAMPLE.personal, withPartner: '2700' } }), /withPartner/);
  bad(JSON.stringify({ ...EXAMPLE, personal: { ...EXAMPLE.personal, children: [{ from: 1, to: 2, amount: 1 }] } }), /start at age 0/);
  bad(JSON.stringify({ ...EXAMPLE, personal: { ...EXAMPLE.personal, children: [{ from: 0, to: 3, amount: 1 }, { from: 3, to: 5, amount: 1 }] } }), /start at age 4/);
  bad(JSON.stringify({ ...EXAMPLE, personal: { ...EXAMPLE.personal, children: [{ from: 0, to: 25, amount: 1 }] } }), /ages 0–20/);
  bad(JSON.stringify({ ...EXAMPLE, household: [] }), /household/);
  bad(JSON.stringify({ ...EXAMPLE, household: [1100, null] }), /household/);
  bad(JSON.stringify({ ...EXAMPLE, householdExtra: 'x' }), /householdExtra/);
  bad(JSON.stringify({ ...EXAMPLE, costs: ['housing', 'food'] }), /costs/);
});

test('one adult alone: norm + costs − incomes, by hand 4 050 kr', () => {
  // Norm 3 000 + 1 100 = 4 100; costs 6 500 + 300 + 150 = 6 950; incomes 7 000 → 4 050.
  const r = estimateAid(norms(), { partner: false, children: [] }, { unemployment: 700_000 }, { housing: 650_000, electricity: 30_000, insurance: 15_000 });
  assert.deepEqual(r, {
    ok: true,
    estimate: { personal: 300_000, household: 110_000, norm: 410_000, costs: 695_000, incomes: 700_000, difference: 405_000, kronor: 4050, persons: 1 },
  });
});

test('two adults and two children with incomes above the norm: by hand −1 950 kr', () => {
  // Personal 2 × 2 700 + 2 200 (1–2 år) + 2 900 (7–10 år) = 10 500; household of 4: 1 800; norm 12 300.
  // Costs 9 500 + 450,50 + 600 + 199,50 + 0 = 10 750; salary 25 000 → 12 300 + 10 750 − 25 000 = −1 950.
  const r = estimateAid(norms(), { partner: true, children: [1, 4] }, { salary: 2_500_000 }, { housing: 950_000, electricity: 45_050, commute: 60_000, insurance: 19_950, union: 0 });
  assert.equal(r.ok, true);
  assert.equal(r.estimate.norm, 1_230_000);
  assert.equal(r.estimate.costs, 1_075_000);
  assert.equal(r.estimate.difference, -195_000);
  assert.equal(r.estimate.kronor, -1950);
});

test('costs the norms do not count are left out; every income counts', () => {
  const n = norms({ costs: ['housing'] });
  const r = estimateAid(n, { partner: false, children: [] }, { salary: 100_000, other: 50_050, childSupport: 1 }, { housing: 500_000, commute: 99_900 });
  assert.equal(r.estimate.costs, 500_000);
  assert.equal(r.estimate.incomes, 150_051);
  // 4 100 + 5 000 − 1 500,51 = 7 599,49 → about 7 599 kr.
  assert.equal(r.estimate.kronor, 7599);
});

test('households larger than the table use householdExtra, or cannot be computed', () => {
  // 2 adults + 7 children of 0 år: 9 persons; 2 700 + 2 × 250 = 3 200.
  const r = estimateAid(norms(), { partner: true, children: [0, 0, 0, 0, 0, 0, 0] }, {}, {});
  assert.equal(r.estimate.household, 320_000);
  assert.equal(r.estimate.personal, 540_000 + 7 * 200_000);
  const { householdExtra, ...noExtra } = EXAMPLE;
  assert.equal(householdExtra, 250);
  const without = parseNorms(JSON.stringify(noExtra));
  assert.deepEqual(estimateAid(without.norms, { partner: true, children: [0, 0, 0, 0, 0, 0] }, {}, {}), { ok: false, reason: 'household_too_large' });
  assert.equal(estimateAid(without.norms, { partner: true, children: [0, 0, 0, 0, 0] }, {}, {}).ok, true);
  assert.deepEqual(estimateAid(norms(), { partner: false, children: [8] }, {}, {}), { ok: false, reason: 'unknown_age_band' });
});
