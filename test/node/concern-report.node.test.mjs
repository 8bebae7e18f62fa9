// The concern report payload schema in plain Node, as a case-management back end would use it.
import { test, before, after } from 'node:test';
import { rm } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { importSchemas } from './schemas-in-node.mjs';

let s;
let dir;
before(async () => {
  ({ schemas: s, dir } = await importSchemas('soc-concern-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const base = () => ({
  type: 'concern-report',
  version: 1,
  locale: 'sv',
  submittedAt: '2026-11-22T10:15:00+01:00',
  data: {
    child: { name: 'Alva', age: 'ungefär 8', location: 'Storgatan 1, Exempelstad', siblings: 'unknown' },
    concern: {
      description: 'Barnet kommer ofta till skolan utan mat.',
      duration: 'months',
      childKnows: 'no',
      guardiansKnow: 'unknown',
      otherChildren: 'no',
      interpreter: { needed: 'no' },
    },
    reporter: { anonymous: true },
  },
});
const codes = (r) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`));

test('an anonymous report is valid and has exactly { anonymous: true }', () => {
  const r = s.concernReportPayload.safeParse(base());
  assert.equal(r.success, true, codes(r).join());
  assert.deepEqual(r.data.data.reporter, { anonymous: true });
});

test('an anonymous reporter with any identifying key is rejected', () => {
  for (const extra of [{ name: 'Eva' }, { phone: '070-123 45 67' }, { email: 'eva@example.se' }, { relation: 'granne' }, { workplace: 'Skolan' }]) {
    const p = base();
    p.data.reporter = { anonymous: true, ...extra };
    const r = s.concernReportPayload.safeParse(p);
    assert.equal(r.success, false, JSON.stringify(extra));
    assert.ok(codes(r).some((c) => c.startsWith('data.reporter')), codes(r).join());
  }
});

test('a professional cannot be anonymous and must give name, workplace, role and phone', () => {
  const p = base();
  p.data.reporter = { anonymous: true, professional: true };
  assert.equal(s.concernReportPayload.safeParse(p).success, false);
  p.data.reporter = { anonymous: false, professional: true, name: 'Lärare Lind', workplace: 'Ekskolan', role: 'Lärare', phone: '019-21 30 00' };
  const ok = s.concernReportPayload.safeParse(p);
  assert.equal(ok.success, true, codes(ok).join());
  assert.equal(ok.data.data.reporter.phone, '+4619213000');
  delete p.data.reporter.phone;
  assert.deepEqual(codes(s.concernReportPayload.safeParse(p)), ['data.reporter.phone:required']);
});

test('a private person who gives a name needs a phone number or an e-mail address', () => {
  const p = base();
  p.data.reporter = { anonymous: false, professional: false, name: 'Eva' };
  assert.deepEqual(codes(s.concernReportPayload.safeParse(p)), ['data.reporter.phone:contact_required']);
  p.data.reporter.email = 'eva@example.se';
  assert.equal(s.concernReportPayload.safeParse(p).success, true);
});

test('unknown keys, wrong versions and bad field values give language-neutral codes', () => {
  const p = base();
  p.data.child.favouriteColour = 'blå';
  assert.deepEqual(codes(s.concernReportPayload.safeParse(p)), ['data.child:unknown_key']);
  const q = base();
  q.version = 2;
  q.data.child.personnummer = '811218-9877';
  q.data.concern.duration = 'forever';
  q.data.concern.description = '   ';
  assert.deepEqual(codes(s.concernReportPayload.safeParse(q)).sort(), [
    'data.child.personnummer:invalid_personnummer_checksum',
    'data.concern.description:required',
    'data.concern.duration:invalid_choice',
    'version:invalid',
  ]);
});

test('text is cleaned: trimmed, NFC, control characters removed', () => {
  const p = base();
  p.data.concern.description = '  Hon sa att hon var rädd\u0007.\r\nIgen. ';
  p.data.child.name = 'Zoe\u0301';
  const r = s.concernReportPayload.safeParse(p);
  assert.equal(r.data.data.concern.description, 'Hon sa att hon var rädd.\nIgen.');
  assert.equal(r.data.data.child.name, 'Zoé');
});
