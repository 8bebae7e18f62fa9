// The payload of a concern about an adult (concern-report-adult) in plain Node, as a back end would use it.
import { test, before, after } from 'node:test';
import { rm } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { importSchemas } from './schemas-in-node.mjs';

let s;
let dir;
before(async () => {
  ({ schemas: s, dir } = await importSchemas('soc-concern-adult-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const base = () => ({
  type: 'concern-report-adult',
  version: 1,
  locale: 'sv',
  submittedAt: '2026-11-22T10:15:00+01:00',
  data: {
    person: { name: 'Bo Ek', location: 'Storgatan 3, Exempelstad' },
    concern: { description: 'Han dricker varje dag och verkar inte äta.', duration: 'months', urgent: 'no' },
    reporter: { anonymous: true },
  },
});
const codes = (r) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`));
const parse = (change) => {
  const p = base();
  change(p.data, p);
  return s.concernReportAdultPayload.safeParse(p);
};

test('is listed in PAYLOAD_TYPES with its schema, JSON Schema file, OV prefix and the concern report element', () => {
  const info = s.payloadTypeInfo('concern-report-adult');
  assert.equal(info.schema, 'concernReportAdultPayload');
  assert.equal(info.jsonSchema, 'concern-report-adult.json');
  assert.equal(info.reference, 'OV');
  assert.equal(info.element, 'soc-concern-report');
  assert.equal(s.payloadSchema('concern-report-adult'), s.concernReportAdultPayload);
  assert.deepEqual([...s.ADULT_CONCERN_KINDS], ['missbruk', 'psykisk-ohalsa', 'utsatt-for-vald', 'utovar-vald', 'aldre', 'saknar-bostad', 'annat']);
});

test('an anonymous report is valid and its reporter is exactly { anonymous: true }', () => {
  const r = s.concernReportAdultPayload.safeParse(base());
  assert.equal(r.success, true, codes(r).join());
  assert.deepEqual(r.data.data.reporter, { anonymous: true });
});

test('an anonymous reporter with any identifying key is rejected with unknown_key', () => {
  for (const key of ['name', 'phone', 'email', 'relation', 'professional', 'workplace']) {
    const r = parse((d) => (d.reporter = { anonymous: true, [key]: key === 'professional' ? false : 'x' }));
    assert.equal(r.success, false, key);
    assert.deepEqual(codes(r), ['data.reporter:unknown_key'], key);
  }
});

test('a named reporter needs a phone or an e-mail; a duty key from the child form is not part of it', () => {
  assert.equal(parse((d) => (d.reporter = { anonymous: false, name: 'Eva Lind', phone: '070-123 45 67', relation: 'Granne' })).success, true);
  assert.equal(parse((d) => (d.reporter = { anonymous: false, name: 'Eva Lind', email: 'eva@exempel.se' })).success, true);
  assert.deepEqual(codes(parse((d) => (d.reporter = { anonymous: false, name: 'Eva Lind' }))), ['data.reporter.phone:contact_required']);
  assert.equal(parse((d) => (d.reporter = { anonymous: false, professional: true, name: 'Kim', phone: '+46701234567' })).success, false);
});

test('the person needs a name or where they live or stay', () => {
  assert.equal(parse((d) => (d.person = { name: 'Bo Ek' })).success, true);
  assert.equal(parse((d) => (d.person = { location: 'Vid stationen' })).success, true);
  assert.deepEqual(codes(parse((d) => (d.person = { age: '40' }))), ['data.person.location:required']);
  assert.deepEqual(codes(parse((d) => (d.person = { name: '  ', location: '' }))), ['data.person.location:required']);
});

test('the kinds are optional examples: any of the list, each once; urgency is required, whether the person knows is not', () => {
  assert.equal(parse((d) => (d.concern.kinds = ['missbruk', 'aldre'])).success, true);
  assert.equal(parse((d) => (d.concern.personKnows = 'unknown')).success, true);
  assert.equal(parse((d) => (d.concern.kinds = ['ekonomi'])).success, false);
  assert.equal(parse((d) => (d.concern.kinds = ['missbruk', 'missbruk'])).success, false);
  assert.equal(parse((d) => (d.concern.kinds = [])).success, false);
  assert.deepEqual(codes(parse((d) => delete d.concern.urgent)), ['data.concern.urgent:invalid_choice']);
  assert.equal(parse((d) => (d.concern.personKnows = 'maybe')).success, false);
});

test('texts keep their limits; a child or unknown key is rejected; the child schema does not take it', () => {
  assert.equal(parse((d) => (d.concern.description = 'a'.repeat(5000))).success, true);
  assert.equal(parse((d) => (d.concern.description = 'a'.repeat(5001))).success, false);
  assert.equal(parse((d) => (d.concern.seen = 'a'.repeat(201))).success, false);
  assert.equal(parse((d) => (d.child = { location: 'x', siblings: 'no' })).success, false);
  assert.equal(s.concernReportPayload.safeParse(base()).success, false);
  assert.equal(s.concernReportAdultPayload.safeParse({ ...base(), type: 'concern-report' }).success, false);
});
