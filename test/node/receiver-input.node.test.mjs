// Hostile or odd input gets a 4xx with a code, never a 500, over real HTTP; the data is readable
// by its owner only; idempotency compares what was reported, not when or in which language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, chmodSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { importSchemas } from './schemas-in-node.mjs';
import { serve, report, stored, dataFile, stopAll, databaseUrl } from './receiver-harness.mjs';

let schemas;
let tmp;
let server;
let dataDir;

before(async () => {
  ({ schemas, dir: tmp } = await importSchemas('soc-receiver-input-'));
  dataDir = join(tmp, 'data');
  server = await serve({ schemas, dataDir });
});
after(async () => {
  await stopAll();
  await rm(tmp, { recursive: true, force: true });
});

/** Posts and returns `{ status, body }`. */
async function send(body, options) {
  const r = await server.post(body, options);
  return { status: r.status, body: await r.json() };
}

test('a body that is not UTF-8 (Latin-1 "Åsa") gets 400 invalid_encoding and nothing is stored', async () => {
  const before = server.receiver.count;
  const latin1 = Buffer.from(JSON.stringify(report({ name: 'Åsa' })), 'latin1');
  assert.deepEqual(await send(latin1), { status: 400, body: { errors: [{ path: '', code: 'invalid_encoding' }] } });
  assert.equal(server.receiver.count, before);
  // The same text as UTF-8 is stored as it was typed.
  const utf8 = await send(Buffer.from(JSON.stringify(report({ name: 'Åsa' })), 'utf8'));
  assert.equal(utf8.status, 201);
  assert.equal((await stored(dataDir)).at(-1).payload.data.child.name, 'Åsa');
});

test('type "__proto__", "constructor", "toString" or "hasOwnProperty" gets 400 invalid_choice on type', async () => {
  for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    const body = { ...report(), type };
    assert.deepEqual(await send(body), { status: 400, body: { errors: [{ path: 'type', code: 'invalid_choice' }] } }, type);
  }
});

test('values nested 5000 and 100 000 deep get 400 too_deep', async () => {
  const arrays = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const objects = (depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const inData = (value) => JSON.stringify(report()).replace('"siblings":"no"', `"siblings":${value}`);
  const bodies = [arrays(5000), arrays(100_000), inData(arrays(5000)), inData(arrays(100_000)), objects(5000), inData(objects(5000)), arrays(65)];
  for (const body of bodies) {
    assert.deepEqual(await send(body), { status: 400, body: { errors: [{ path: '', code: 'too_deep' }] } }, `${body.length} bytes: ${body.slice(0, 40)}`);
  }
  // Brackets inside strings are text, not nesting.
  const brackets = await send(report({ description: '[[[[{{{{'.repeat(200) }));
  assert.equal(brackets.status, 201);
});

test('hostile bodies all get a 4xx with a code, never a 500', async () => {
  const bodies = [
    'null',
    '[]',
    '"string"',
    '1',
    'true',
    '{}',
    '{"type":null}',
    '{"type":{}}',
    '{"type":["concern-report"]}',
    '{"__proto__":{"type":"concern-report"}}',
    '{"type":"concern-report"}',
    '{"type":"concern-report","version":1,"locale":"sv","submittedAt":"2026-11-22T10:15:00+01:00","data":null}',
    '{"type":"concern-report","version":1,"locale":"sv","submittedAt":"2026-11-22T10:15:00+01:00","data":[]}',
    '{"type":"application","version":1,"locale":"sv","submittedAt":"x","data":{"__proto__":{}}}',
    '',
    '\uFEFF',
    '{"type":"concern-report"',
  ];
  for (const body of bodies) {
    const { status, body: answer } = await send(body);
    assert.ok(status >= 400 && status < 500, `${JSON.stringify(body)} → ${status}`);
    assert.ok(answer.errors?.length > 0 && answer.errors.every((e) => typeof e.code === 'string'), JSON.stringify(answer));
  }
  assert.ok(!server.logs.some((l) => / 500 /.test(l)), server.logs.join('\n'));
});

test('the data folder is 0700 and the data file 0600, new or found with looser modes', async (t) => {
  if (databaseUrl) return t.skip('the JSONL file store only; PostgreSQL keeps its own files');
  assert.equal(statSync(dataDir).mode & 0o777, 0o700);
  assert.equal(statSync(dataFile(dataDir)).mode & 0o777, 0o600);

  const loose = join(tmp, 'loose');
  mkdirSync(loose, { mode: 0o755 });
  writeFileSync(dataFile(loose), '', { mode: 0o644 });
  chmodSync(loose, 0o755);
  chmodSync(dataFile(loose), 0o644);
  const other = await serve({ schemas, dataDir: loose });
  assert.equal((await other.post(report())).status, 201);
  assert.equal(statSync(loose).mode & 0o777, 0o700);
  assert.equal(statSync(dataFile(loose)).mode & 0o777, 0o600);
  await other.stop();
});

test('idempotency compares content: the same key with the same type, version and data but another submittedAt and locale answers 200 with the first reference', async () => {
  const key = crypto.randomUUID();
  const first = await send(report(), { key });
  assert.equal(first.status, 201);
  const count = server.receiver.count;
  const later = await send(report({ submittedAt: '2026-11-22T10:19:42+01:00', locale: 'en' }), { key });
  assert.deepEqual(later, { status: 200, body: first.body });
  assert.equal(server.receiver.count, count);
  const kept = (await stored(dataDir)).filter((r) => r.idempotencyKey === key);
  assert.equal(kept.length, 1);
  assert.equal(kept[0].payload.submittedAt, '2026-11-22T10:15:00+01:00', 'the first record wins');
  assert.equal(kept[0].payload.locale, 'sv');
});

test('idempotency: the same key with other content gets 422 idempotency_key_reused', async () => {
  const key = crypto.randomUUID();
  assert.equal((await send(report(), { key })).status, 201);
  assert.deepEqual(await send(report({ name: 'Bo' }), { key }), { status: 422, body: { errors: [{ path: '', code: 'idempotency_key_reused' }] } });
});
