// The last day to appeal (src/info/appeal-deadline.ts), bundled for Node by esbuild: 3 weeks from
// the day the decision was received (FL 44 §), moved to the next weekday past Saturdays, Sundays,
// holidays, midsommarafton, julafton and nyårsafton (lag (1930:173) 2 §; domain.md §8.4, §4.1).
// Every expected date below was checked by hand against the 2025–2027 calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const out = await build({
  entryPoints: [fileURLToPath(new URL('../../src/info/appeal-deadline.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { appealDeadline, dayOff, daysLeft } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const date = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};
const iso = (d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const last = (received) => iso(appealDeadline(date(received)).last);
const skipped = (received) => appealDeadline(date(received)).skipped.map((s) => `${iso(s.date)} ${s.off.kind}${s.off.id ? ':' + s.off.id : ''}`);

test('three weeks from the day received: the same weekday 21 days later when that is a weekday', () => {
  assert.equal(last('2026-06-05'), '2026-06-26'); // Friday → Friday
  assert.equal(last('2026-11-02'), '2026-11-23'); // Monday → Monday
  assert.equal(last('2026-02-10'), '2026-03-03'); // across the end of February (28 days)
  assert.equal(last('2028-02-10'), '2028-03-02'); // leap year: 29 February counts
  assert.deepEqual(skipped('2026-06-05'), []);
  assert.deepEqual(appealDeadline(date('2026-06-05')).nominal, date('2026-06-26'));
});

test('a Saturday or Sunday moves to the Monday', () => {
  assert.equal(last('2026-05-23'), '2026-06-15'); // Sat 13 June → Sun → Mon 15 June
  assert.deepEqual(skipped('2026-05-23'), ['2026-06-13 saturday', '2026-06-14 sunday']);
  assert.equal(last('2026-05-24'), '2026-06-15'); // Sun 14 June → Mon 15 June
});

test('Easter: långfredagen, påskdagen and annandag påsk (2026 and 2027)', () => {
  // Fri 3 Apr 2026 långfredagen, Sat 4, Sun 5 påskdagen, Mon 6 annandag påsk → Tue 7 Apr.
  assert.equal(last('2026-03-13'), '2026-04-07');
  assert.deepEqual(skipped('2026-03-13'), [
    '2026-04-03 holiday:langfredagen',
    '2026-04-04 saturday',
    '2026-04-05 holiday:paskdagen',
    '2026-04-06 holiday:annandag-pask',
  ]);
  assert.equal(last('2027-03-05'), '2027-03-30'); // långfredagen 26 March 2027 → Tue 30 March
  assert.equal(last('2026-04-23'), '2026-05-15'); // Kristi himmelsfärd Thu 14 May 2026 → Fri 15
  assert.equal(last('2026-04-10'), '2026-05-04'); // första maj Fri 1 May 2026 → Mon 4 May
});

test('midsommarafton and midsommardagen (2026 and 2027)', () => {
  assert.equal(last('2026-05-29'), '2026-06-22'); // Fri 19 June 2026 midsommarafton → Mon 22
  assert.deepEqual(skipped('2026-05-29'), ['2026-06-19 eve:midsommarafton', '2026-06-20 holiday:midsommardagen', '2026-06-21 sunday']);
  assert.equal(last('2027-06-04'), '2027-06-28'); // Fri 25 June 2027 → Mon 28
  assert.equal(last('2025-05-16'), '2025-06-09'); // nationaldagen Fri 6 June 2025 → Mon 9
});

test('jul and nyår: julafton, juldagen, annandag jul, nyårsafton, nyårsdagen, trettondedag jul', () => {
  // Thu 24 Dec 2026 julafton, Fri 25 juldagen, Sat 26 annandag jul, Sun 27 → Mon 28 Dec.
  assert.equal(last('2026-12-03'), '2026-12-28');
  assert.deepEqual(skipped('2026-12-03'), ['2026-12-24 eve:julafton', '2026-12-25 holiday:juldagen', '2026-12-26 holiday:annandag-jul', '2026-12-27 sunday']);
  // Thu 31 Dec 2026 nyårsafton, Fri 1 Jan 2027 nyårsdagen, Sat 2, Sun 3 → Mon 4 Jan 2027.
  assert.equal(last('2026-12-10'), '2027-01-04');
  assert.deepEqual(skipped('2026-12-10'), ['2026-12-31 eve:nyarsafton', '2027-01-01 holiday:nyarsdagen', '2027-01-02 saturday', '2027-01-03 sunday']);
  // Wed 6 Jan 2027 trettondedag jul → Thu 7 Jan.
  assert.equal(last('2026-12-16'), '2027-01-07');
  assert.deepEqual(skipped('2026-12-16'), ['2027-01-06 holiday:trettondedag-jul']);
  assert.equal(last('2026-12-17'), '2027-01-07'); // Thu 7 Jan 2027, a weekday: no move
  assert.equal(last('2026-12-18'), '2027-01-08'); // Fri 8 Jan 2027
});

test('alla helgons dag (a Saturday) and a named holiday beats the weekend', () => {
  assert.equal(last('2026-10-10'), '2026-11-02'); // Sat 31 Oct 2026 → Mon 2 Nov
  assert.deepEqual(dayOff(date('2026-10-31')), { kind: 'holiday', id: 'alla-helgons-dag' });
  assert.deepEqual(dayOff(date('2026-04-05')), { kind: 'holiday', id: 'paskdagen' });
  assert.equal(dayOff(date('2026-12-23')), null); // lillejulafton is a weekday
  assert.equal(dayOff(date('2026-04-30')), null); // valborgsmässoafton is a weekday
});

test('never from the day the decision was made: the count starts at the day received', () => {
  // The same decision received a week later gives a last day a week later.
  assert.equal(daysBetweenIso(last('2026-09-01'), last('2026-09-08')), 7);
});

test('daysLeft: 0 on the last day, negative after it', () => {
  const d = appealDeadline(date('2026-06-05'));
  assert.equal(daysLeft(d, date('2026-06-26')), 0);
  assert.equal(daysLeft(d, date('2026-06-25')), 1);
  assert.equal(daysLeft(d, date('2026-06-27')), -1);
});

function daysBetweenIso(a, b) {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
