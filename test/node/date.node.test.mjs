// The date boxes' parser as a back end sees it (`soc-elements/schemas`): the same codes the
// soc-date-input field shows, without a DOM.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { importSchemas } from './schemas-in-node.mjs';

const { schemas, dir } = await importSchemas('soc-date-');
after(() => rm(dir, { recursive: true, force: true }));
const { parseDateParts, ERROR_CODES } = schemas;

test('accepts "3", "03", spaces and Arabic-Indic digits, and gives YYYY-MM-DD', () => {
  assert.deepEqual(parseDateParts('3', '03', ' 2007 ', true), { ok: true, value: '2007-03-03' });
  assert.deepEqual(parseDateParts('٣', '٤', '٢٠٠٧', true), { ok: true, value: '2007-04-03' });
});

test('names the wrong box: missing, not a day/month/year, a day the month lacks', () => {
  const cases = [
    [['', '', ''], 'required', ['day', 'month', 'year']],
    [['3', '4', ''], 'date_missing_year', ['year']],
    [['3', '', ''], 'date_incomplete', ['month', 'year']],
    [['3', '13', '2007'], 'invalid_month', ['month']],
    [['3', '4', '07'], 'invalid_year', ['year']],
    [['0', '4', '2007'], 'invalid_day', ['day']],
    [['29', '2', '2023'], 'invalid_day', ['day']],
    [['31', '4', '2023'], 'invalid_day', ['day']],
    [['32', '13', '2023'], 'invalid_date', ['day', 'month']],
    [['x', '4', '2007'], 'invalid_day', ['day']],
  ];
  for (const [[d, m, y], code, parts] of cases) {
    const r = parseDateParts(d, m, y, true);
    assert.equal(r.ok, false, `${d}/${m}/${y}`);
    assert.equal(r.code, code, `${d}/${m}/${y}`);
    assert.deepEqual(r.parts, parts, `${d}/${m}/${y}`);
    assert.ok(ERROR_CODES.includes(code));
  }
  assert.equal(parseDateParts('29', '2', '2023', true).days, 28);
  assert.deepEqual(parseDateParts('29', '2', '2024', true), { ok: true, value: '2024-02-29' });
  assert.deepEqual(parseDateParts('29', '2', '1900', true).days, 28, '1900 was not a leap year');
  assert.deepEqual(parseDateParts('29', '2', '2000', true), { ok: true, value: '2000-02-29' });
  assert.deepEqual(parseDateParts('', '', '', false), { ok: false, code: null, parts: [] });
});

test('past/future and min/max mark the whole date', () => {
  const rules = { today: '2026-12-03' };
  assert.equal(parseDateParts('4', '12', '2026', true, { ...rules, rule: 'past' }).code, 'date_not_past');
  assert.equal(parseDateParts('3', '12', '2026', true, { ...rules, rule: 'past' }).ok, true);
  assert.equal(parseDateParts('2', '12', '2026', true, { ...rules, rule: 'future' }).code, 'date_not_future');
  assert.equal(parseDateParts('31', '12', '2019', true, { min: '2020-01-01' }).code, 'date_too_early');
  const late = parseDateParts('1', '1', '2021', true, { max: '2020-12-31' });
  assert.equal(late.code, 'date_too_late');
  assert.deepEqual(late.parts, ['day', 'month', 'year']);
});
