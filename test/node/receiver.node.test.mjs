// The reference receiver over real HTTP: validation, size and type limits, idempotency,
// concurrency, durability across a restart, and logs without personal data. The same tests run
// against PostgreSQL under `npm run test:postgres` (receiver-harness.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createReceiver } from '../../server/receiver.mjs';
import { importSchemas } from './schemas-in-node.mjs';
import { storeOptions, stored } from './receiver-harness.mjs';

let schemas;
let dataDir;
let server;
let receiver;
let base;
const logs = [];

async function start() {
  receiver = createReceiver({ schemas, ...storeOptions(dataDir), log: (l) => logs.push(l) });
  await receiver.ready;
  server = createServer((req, res) => {
    if (!receiver.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
}
async function stop() {
  await new Promise((r) => server.close(r));
  await receiver.close();
}

before(async () => {
  const loaded = await importSchemas('soc-receiver-');
  schemas = loaded.schemas;
  const dir = loaded.dir;
  dataDir = join(dir, 'data');
  await start();
});
after(stop);

const report = (name = 'Alva') => ({
  type: 'concern-report',
  version: 1,
  locale: 'sv',
  submittedAt: '2026-11-22T10:15:00+01:00',
  data: {
    child: { name, location: 'Storgatan 1', siblings: 'no' },
    concern: { description: 'Barnet är ofta hungrigt.', duration: 'weeks', childKnows: 'no', guardiansKnow: 'no', otherChildren: 'no', interpreter: { needed: 'no' } },
    reporter: { anonymous: true },
  },
});
const post = (body, { key = crypto.randomUUID(), type = 'application/json' } = {}) =>
  fetch(`${base}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': type, 'idempotency-key': key },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('accepts a valid report with 201 and a reference, stored durably', async () => {
  const r = await post(report());
  assert.equal(r.status, 201);
  const { reference } = await r.json();
  assert.match(reference, /^OA-\d{4}-\d{6}$/);
  assert.equal((await stored(dataDir)).at(-1).reference, reference);
});

test('a retry with the same key returns the same reference and stores nothing new', async () => {
  const key = crypto.randomUUID();
  const first = await (await post(report(), { key })).json();
  const before = receiver.count;
  const again = await post(report(), { key });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).reference, first.reference);
  assert.equal(receiver.count, before);
  const other = await post(report('Bo'), { key });
  assert.equal(other.status, 422);
});

test('rejects wrong content type (415), too large bodies (413), bad JSON and bad payloads (400 with codes)', async () => {
  assert.equal((await post(report(), { type: 'text/plain' })).status, 415);
  const big = report();
  big.data.concern.description = 'x'.repeat(300 * 1024);
  assert.equal((await post(big)).status, 413);
  const badJson = await post('{"type":');
  assert.equal(badJson.status, 400);
  assert.deepEqual(await badJson.json(), { errors: [{ path: '', code: 'invalid_json' }] });
  const identifying = report();
  identifying.data.reporter = { anonymous: true, name: 'Eva Granne' };
  const r = await post(identifying);
  assert.equal(r.status, 400);
  assert.deepEqual(await r.json(), { errors: [{ path: 'data.reporter', code: 'unknown_key' }] });
  const noKey = await fetch(`${base}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report()) });
  assert.equal(noKey.status, 400);
});

test('concurrent posts: none lost, none duplicated', async () => {
  const before = receiver.count;
  const distinct = await Promise.all(Array.from({ length: 25 }, () => post(report()).then((r) => r.json())));
  assert.equal(new Set(distinct.map((d) => d.reference)).size, 25);
  const key = crypto.randomUUID();
  const same = await Promise.all(Array.from({ length: 10 }, () => post(report(), { key }).then((r) => r.json())));
  assert.equal(new Set(same.map((d) => d.reference)).size, 1);
  assert.equal(receiver.count, before + 26);
  assert.equal((await stored(dataDir)).length, receiver.count);
});

test('survives a restart: old keys still de-duplicate, numbering continues', async () => {
  const key = crypto.randomUUID();
  const first = await (await post(report(), { key })).json();
  const count = receiver.count;
  await stop();
  await start();
  assert.equal(receiver.count, count);
  const again = await post(report(), { key });
  assert.equal((await again.json()).reference, first.reference);
  const next = await (await post(report())).json();
  assert.equal(Number(next.reference.slice(-6)), count + 1);
});

test('never logs personal data', async () => {
  await post(report('Hemligt Namn'));
  const bad = report('Hemligt Namn');
  bad.data.reporter = { anonymous: true, phone: '070-123 45 67' };
  await post(bad);
  const all = logs.join('\n');
  assert.ok(logs.length > 5);
  for (const secret of ['Hemligt', 'Storgatan', 'hungrigt', '070']) assert.ok(!all.includes(secret), secret);
});

test('an adult’s application (audience "adult", no children) is accepted; a family’s without children is not', async () => {
  const adult = {
    type: 'application',
    version: 1,
    locale: 'sv',
    submittedAt: '2026-11-22T10:15:00+01:00',
    data: {
      audience: 'adult',
      applicant: { role: 'self' },
      support: ['vald-nara-relation'],
      situation: 'Min sambo hotar mig.',
      contact: { name: 'Kim Berg', phone: '+46701234567', safe: { call: 'no', letter: 'no', message: 'no' }, interpreter: { needed: 'no' } },
      consent: { healthCare: 'no', other: 'no' },
    },
  };
  const ok = await post(adult);
  assert.equal(ok.status, 201);
  assert.match((await ok.json()).reference, /^[A-Z]{2}-\d{4}-\d{6}$/);
  const family = { ...adult.data };
  delete family.audience;
  const r = await post({ ...adult, data: { ...family, applicant: { role: 'guardian' }, consent: { ...family.consent, school: 'yes', preschool: 'yes' } } });
  assert.equal(r.status, 400);
  assert.deepEqual(await r.json(), { errors: [{ path: 'data.children', code: 'required' }] });
});

test('a concern about an adult (concern-report-adult) is accepted with an OV reference; an identifying key beside anonymity is not', async () => {
  const adult = {
    type: 'concern-report-adult',
    version: 1,
    locale: 'sv',
    submittedAt: '2026-11-22T10:15:00+01:00',
    data: {
      person: { location: 'Storgatan 3' },
      concern: { kinds: ['missbruk'], description: 'Han dricker varje dag.', duration: 'months', urgent: 'no' },
      reporter: { anonymous: true },
    },
  };
  const ok = await post(adult);
  assert.equal(ok.status, 201);
  assert.match((await ok.json()).reference, /^OV-\d{4}-\d{6}$/);
  const leaked = await post({ ...adult, data: { ...adult.data, reporter: { anonymous: true, name: 'Eva Lind' } } });
  assert.equal(leaked.status, 400);
  assert.deepEqual(await leaked.json(), { errors: [{ path: 'data.reporter', code: 'unknown_key' }] });
  // A child's report sent under the adult's type is not taken.
  const child = await post({ ...report(), type: 'concern-report-adult' });
  assert.equal(child.status, 400);
});

test('synpunkter och klagomål (feedback) is accepted with an SK reference; a name beside anonymity is not', async () => {
  const feedback = {
    type: 'feedback',
    version: 1,
    locale: 'sv',
    submittedAt: '2026-12-03T10:15:00+01:00',
    data: { about: ['waiting'], what: 'Ingen ringde tillbaka.', contact: { anonymous: true } },
  };
  const ok = await post(feedback);
  assert.equal(ok.status, 201);
  assert.match((await ok.json()).reference, /^SK-\d{4}-\d{6}$/);
  const leaked = await post({ ...feedback, data: { ...feedback.data, contact: { anonymous: true, name: 'Eva Lind' } } });
  assert.equal(leaked.status, 400);
  assert.deepEqual(await leaked.json(), { errors: [{ path: 'data.contact', code: 'unknown_key' }] });
  const noReply = await post({ ...feedback, data: { ...feedback.data, contact: { anonymous: false, name: 'Eva Lind' } } });
  assert.equal(noReply.status, 400);
  assert.deepEqual(await noReply.json(), { errors: [{ path: 'data.contact.phone', code: 'contact_required' }] });
});
