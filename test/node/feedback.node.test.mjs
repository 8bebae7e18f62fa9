// The feedback payload (soc-feedback-form, synpunkter och klagomål) in plain Node, as a back end
// would use it: anonymous is exactly { anonymous: true }; otherwise a name and a way to reply.
import { test, before, after } from 'node:test';
import { rm } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { importSchemas } from './schemas-in-node.mjs';

let s;
let dir;
before(async () => {
  ({ schemas: s, dir } = await importSchemas('soc-feedback-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const base = () => ({
  type: 'feedback',
  version: 1,
  locale: 'sv',
  submittedAt: '2026-12-03T10:15:00+01:00',
  data: {
    about: ['meeting', 'treatment'],
    unit: ' Mottagningen ',
    what: 'Jag blev inte lyssnad på\nunder mötet.',
    wish: 'Ett nytt möte.',
    contact: { anonymous: false, name: 'Eva Lind', phone: '070-174 06 05' },
  },
});
const parse = (p) => s.feedbackPayload.safeParse(p);
const codes = (r) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`));
const edit = (change) => {
  const p = base();
  change(p.data);
  return p;
};

test('a complete named feedback is valid and normalized, and is listed as feedback with prefix SK', () => {
  const r = parse(base());
  assert.equal(r.success, true, codes(r).join());
  assert.equal(r.data.data.contact.phone, '+46701740605');
  assert.equal(r.data.data.unit, 'Mottagningen');
  assert.equal(r.data.data.what, 'Jag blev inte lyssnad på\nunder mötet.');
  const info = s.payloadTypeInfo('feedback');
  assert.deepEqual([info.reference, info.element, info.jsonSchema, info.title], ['SK', 'soc-feedback-form', 'feedback.json', 'Synpunkter och klagomål']);
  assert.equal(s.PAYLOAD_SCHEMAS.feedback, s.feedbackPayload);
  assert.deepEqual([...s.FEEDBACK_KINDS], ['meeting', 'decision', 'treatment', 'waiting', 'other']);
});

test('anonymous is exactly { anonymous: true }: any identifying key is rejected with unknown_key', () => {
  assert.equal(parse(edit((d) => (d.contact = { anonymous: true }))).success, true);
  for (const key of ['name', 'phone', 'email']) {
    const value = key === 'phone' ? '+46701740605' : key === 'email' ? 'eva@exempel.se' : 'Eva';
    assert.deepEqual(codes(parse(edit((d) => (d.contact = { anonymous: true, [key]: value })))), ['data.contact:unknown_key'], key);
  }
});

test('a citizen who wants a reply gives a name and a phone number or an e-mail address', () => {
  assert.equal(parse(edit((d) => (d.contact = { anonymous: false, name: 'Eva', email: 'eva@exempel.se' }))).success, true);
  assert.deepEqual(codes(parse(edit((d) => (d.contact = { anonymous: false, name: 'Eva' })))), ['data.contact.phone:contact_required']);
  assert.deepEqual(codes(parse(edit((d) => (d.contact = { anonymous: false, phone: '+46701740605' })))), ['data.contact.name:required']);
  assert.deepEqual(codes(parse(edit((d) => (d.contact.phone = '12')))), ['data.contact.phone:invalid_phone']);
});

test('what it is about: one or more known kinds, each once; what happened is required; unit and wish are optional', () => {
  assert.equal(parse(edit((d) => { delete d.unit; delete d.wish; })).success, true);
  assert.deepEqual(codes(parse(edit((d) => (d.about = [])))), ['data.about:required']);
  assert.deepEqual(codes(parse(edit((d) => delete d.about))), ['data.about:required']);
  assert.deepEqual(codes(parse(edit((d) => (d.about = ['price'])))), ['data.about.0:invalid_choice']);
  assert.deepEqual(codes(parse(edit((d) => (d.about = ['waiting', 'waiting'])))), ['data.about:invalid']);
  assert.deepEqual(codes(parse(edit((d) => (d.what = '  ')))), ['data.what:required']);
  assert.deepEqual(codes(parse(edit((d) => (d.what = 'x'.repeat(5001))))), ['data.what:too_long']);
  assert.deepEqual(codes(parse(edit((d) => (d.personnummer = '191212121212')))), ['data:unknown_key']);
});
