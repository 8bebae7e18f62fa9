// The economic-aid payload (soc-economic-aid-form, a first contact) in plain Node, as a back end
// would use it, and the reference receiver taking it. Never incomes, assets or others' personnummer.
import { test, before, after } from 'node:test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { importSchemas } from './schemas-in-node.mjs';
import { serve, stopAll } from './receiver-harness.mjs';

let s;
let dir;
before(async () => {
  ({ schemas: s, dir } = await importSchemas('soc-economic-aid-'));
});
after(async () => {
  await stopAll();
  await rm(dir, { recursive: true, force: true });
});

const base = () => ({
  type: 'economic-aid',
  version: 1,
  locale: 'sv',
  submittedAt: '2026-12-03T10:15:00+01:00',
  data: {
    urgent: true,
    situation: 'Jag har blivit sjuk och lönen räcker inte till hyran.',
    since: 'sedan oktober',
    household: { adults: 1, children: 2 },
    contact: {
      name: 'Sara Ek',
      phone: '070-123 45 67',
      bestTime: 'förmiddagar',
      safe: { call: 'yes', letter: 'no', message: 'no' },
      interpreter: { needed: 'yes', language: 'arabiska' },
    },
    consent: true,
  },
});
const parse = (p) => s.economicAidPayload.safeParse(p);
const codes = (r) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`));
const edit = (change) => {
  const p = base();
  change(p.data);
  return p;
};

test('a complete first contact is valid and normalized (E.164 phone), and is listed as economic-aid with prefix EB', () => {
  const r = parse(base());
  assert.equal(r.success, true, codes(r).join());
  assert.equal(r.data.data.contact.phone, '+46701234567');
  const info = s.payloadTypeInfo('economic-aid');
  assert.equal(info.reference, 'EB');
  assert.equal(info.element, 'soc-economic-aid-form');
  assert.equal(info.jsonSchema, 'economic-aid.json');
  assert.equal(s.PAYLOAD_SCHEMAS['economic-aid'], s.economicAidPayload);
});

test('the smallest first contact: no "since", e-mail instead of a phone, no children', () => {
  const r = parse(
    edit((d) => {
      delete d.since;
      d.urgent = false;
      d.household.children = 0;
      d.contact = { name: 'Kim', email: 'kim@exempel.se', safe: { call: 'no', letter: 'no', message: 'no' }, interpreter: { needed: 'no' } };
    }),
  );
  assert.equal(r.success, true, codes(r).join());
});

test('incomes, assets and other people’s personnummer have no place: every such key is rejected', () => {
  const cases = [
    [(d) => (d.income = 12000), 'data:unknown_key'],
    [(d) => (d.incomes = [{ kind: 'lon', amount: 12000 }]), 'data:unknown_key'],
    [(d) => (d.assets = { bank: 500 }), 'data:unknown_key'],
    [(d) => (d.household.income = 12000), 'data.household:unknown_key'],
    [(d) => (d.household.members = [{ personnummer: '198112189876' }]), 'data.household:unknown_key'],
    [(d) => (d.coApplicant = { name: 'Ali', personnummer: '198112189876' }), 'data:unknown_key'],
    [(d) => (d.contact.personnummer = '198112189876'), 'data.contact:unknown_key'],
  ];
  for (const [change, code] of cases) assert.deepEqual(codes(parse(edit(change))), [code], String(change));
});

test('the household: whole numbers within bounds, at least one adult', () => {
  assert.deepEqual(s.HOUSEHOLD, { adults: { min: 1, max: 20 }, children: { min: 0, max: 20 } });
  for (const [adults, children, expected] of [
    [0, 0, ['data.household.adults:invalid']],
    [21, 0, ['data.household.adults:invalid']],
    [1.5, 0, ['data.household.adults:invalid']],
    ['2', 0, ['data.household.adults:invalid']],
    [1, -1, ['data.household.children:invalid']],
    [1, 21, ['data.household.children:invalid']],
    [20, 20, []],
  ]) {
    assert.deepEqual(codes(parse(edit((d) => (d.household = { adults, children })))), expected, `${adults}/${children}`);
  }
  assert.deepEqual(codes(parse(edit((d) => delete d.household.children))), ['data.household.children:required']);
});

test('required answers: urgent (a boolean), the situation, consent (exactly true), a phone or an e-mail', () => {
  assert.deepEqual(codes(parse(edit((d) => delete d.urgent))), ['data.urgent:required']);
  assert.deepEqual(codes(parse(edit((d) => (d.urgent = 'yes')))), ['data.urgent:required']);
  assert.deepEqual(codes(parse(edit((d) => (d.situation = '   ')))), ['data.situation:required']);
  assert.deepEqual(codes(parse(edit((d) => delete d.consent))), ['data.consent:required']);
  assert.deepEqual(codes(parse(edit((d) => (d.consent = false)))), ['data.consent:required']);
  assert.deepEqual(codes(parse(edit((d) => delete d.contact.phone))), ['data.contact.phone:contact_required']);
  assert.deepEqual(codes(parse(edit((d) => (d.contact.interpreter = { needed: 'yes' })))), ['data.contact.interpreter.language:required']);
  assert.deepEqual(codes(parse(edit((d) => (d.situation = 'x'.repeat(5001))))), ['data.situation:too_long']);
});

test('the reference receiver accepts an economic-aid payload and gives an EB reference', async () => {
  const server = await serve({ schemas: s, dataDir: join(dir, 'receiver') });
  const sent = await server.post(base());
  assert.equal(sent.status, 201);
  assert.match((await sent.json()).reference, /^EB-\d{4}-\d{6}$/);
  const bad = await server.post(edit((d) => (d.income = 1)));
  assert.equal(bad.status, 400);
  assert.deepEqual((await bad.json()).errors, [{ path: 'data', code: 'unknown_key' }]);
});
