// The receiver on PostgreSQL: two receiver processes on one database keep references unique and
// idempotency exactly-once (the database's constraints and transactions, not process memory); a
// failed insert or a connection lost mid-save is a 503 that uses up no number; an unreachable
// database is a 503, and
// startReceiver refuses to start on it; the conformance checker holds. Runs under
// `npm run test:postgres` (scripts/with-postgres.mjs sets SOC_TEST_DATABASE_URL); without a
// database each test that needs one is skipped with that reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createReceiver } from '../../server/receiver.mjs';
import { startReceiver } from '../../server/serve.mjs';
import { checkReceiver } from '../../server/conformance.mjs';
import { importSchemas } from './schemas-in-node.mjs';
import { databaseUrl, schemaFor, serve, stored, report, numberOf, stopAll } from './receiver-harness.mjs';

const skip = databaseUrl ? false : 'needs PostgreSQL: npm run test:postgres starts a throwaway one (or set SOC_TEST_DATABASE_URL)';

let schemas;
let tmp;
const children = new Set();
const closers = [];

before(async () => {
  ({ schemas, dir: tmp } = await importSchemas('soc-receiver-postgres-'));
});
after(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const close of closers.reverse()) await close();
  await stopAll();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

let folders = 0;
/** A name that stands for a database schema of its own (see schemaFor). */
const place = (name) => join(tmp, `${name}-${++folders}`);

/** Runs SQL on the test database. */
async function sql(text, values) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A receiver in a process of its own, on the test database and the schema of `dataDir`, as a host
 * would run one behind each of its web servers. Resolves with its base URL.
 */
function receiverProcess(dataDir) {
  const script = `
    const { createServer } = await import('node:http');
    const { createReceiver } = await import(${JSON.stringify(new URL('../../server/receiver.mjs', import.meta.url).href)});
    const schemas = await import(${JSON.stringify(pathToFileURL(join(tmp, 'schemas.mjs')).href)});
    const receiver = createReceiver({ schemas, databaseUrl: process.env.URL, databaseSchema: process.env.SCHEMA, log: () => {} });
    await receiver.ready;
    const server = createServer((req, res) => { if (!receiver.handle(req, res)) res.writeHead(404).end(); });
    server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
    process.on('SIGTERM', () => { server.close(); receiver.close().then(() => process.exit(0)); });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, URL: databaseUrl, SCHEMA: schemaFor(dataDir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  exited.then(() => children.delete(child));
  closers.push(async () => {
    if (children.has(child)) {
      child.kill('SIGTERM');
      await exited;
    }
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      stdout += d;
      const port = /port (\d+)/.exec(stdout)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    exited.then((code) => reject(new Error(`the receiver process exited (${code}): ${stderr}`)));
  });
}

const postTo = (base, body, key = crypto.randomUUID()) =>
  fetch(`${base}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));

test('two receiver processes on one database: the same key posted to both at once is stored once, every answer has its reference', { skip }, async () => {
  const dataDir = place('same-key');
  // Started at the same moment: making the tables is safe for both (an advisory lock).
  const [a, b] = await Promise.all([receiverProcess(dataDir), receiverProcess(dataDir)]);
  for (let round = 0; round < 5; round++) {
    const key = crypto.randomUUID();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => postTo(i % 2 ? a : b, report(), key)));
    const references = new Set(answers.map((x) => x.body.reference));
    assert.equal(references.size, 1, JSON.stringify(answers));
    assert.deepEqual(answers.map((x) => x.status).sort(), [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201], 'one 201, the rest 200');
    const rows = (await stored(dataDir)).filter((r) => r.idempotencyKey === key);
    assert.equal(rows.length, 1, 'exactly one stored submission');
    assert.equal(rows[0].reference, [...references][0]);
    // The same key with other content is refused by the other process too.
    const reused = await postTo(round % 2 ? a : b, report({ name: 'Bo' }), key);
    assert.deepEqual(reused, { status: 422, body: { errors: [{ path: '', code: 'idempotency_key_reused' }] } });
  }
  const all = await stored(dataDir);
  assert.equal(all.length, 5);
  assert.deepEqual(all.map((r) => numberOf(r.reference)), [1, 2, 3, 4, 5], 'numbers without gaps: a lost race gives its number back');
});

test('two receiver processes on one database: different posts at once all get unique references, numbered without gaps', { skip }, async () => {
  const dataDir = place('distinct');
  const [a, b] = await Promise.all([receiverProcess(dataDir), receiverProcess(dataDir)]);
  const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => postTo(i % 2 ? a : b, report({ name: `Barn ${i}` }))));
  assert.ok(answers.every((x) => x.status === 201), JSON.stringify(answers.filter((x) => x.status !== 201)));
  const references = answers.map((x) => x.body.reference);
  assert.equal(new Set(references).size, 40, 'no reference twice');
  assert.deepEqual(references.map(numberOf).sort((x, y) => x - y), Array.from({ length: 40 }, (_, i) => i + 1));
  const rows = await stored(dataDir);
  assert.deepEqual(rows.map((r) => r.reference).sort(), [...references].sort(), 'each answered reference is stored, nothing else');
  // A receiver started later on the same database continues the numbering.
  const later = await serve({ schemas, dataDir });
  assert.equal(later.receiver.count, 40);
  const next = await later.post(report());
  assert.equal(numberOf((await next.json()).reference), 41);
  await later.stop();
});

test('the database refuses what breaks uniqueness: a failed insert is a 503 with Retry-After that uses up no number, and the next post gets the next one', { skip }, async () => {
  const dataDir = place('failure');
  const server = await serve({ schemas, dataDir });
  const first = await server.post(report());
  assert.equal(first.status, 201);
  const table = `${schemaFor(dataDir)}.soc_submissions`;
  // Every insert now fails inside the transaction.
  await sql(`ALTER TABLE ${table} ADD CONSTRAINT no_more CHECK (false) NOT VALID`);
  const key = crypto.randomUUID();
  const failed = await server.post(report(), { key });
  assert.equal(failed.status, 503);
  assert.match(failed.headers.get('retry-after') ?? '', /^\d+$/);
  assert.deepEqual(await failed.json(), { errors: [{ path: '', code: 'storage_unavailable' }] });
  assert.ok(server.logs.some((l) => / 503 concern-report storage_unavailable 23514$/.test(l)), server.logs.join('\n'));
  await sql(`ALTER TABLE ${table} DROP CONSTRAINT no_more`);
  const retried = await server.post(report(), { key });
  assert.equal(retried.status, 201);
  const { reference } = await retried.json();
  assert.equal(numberOf(reference), 2, 'the failed insert used up no number');

  // A row put in by hand under the next number: the unique number refuses a second one (503), no
  // reference is given out twice.
  await sql(`INSERT INTO ${table} (number, reference, idempotency_key, hash, received_at, payload) VALUES (3, 'OA-2026-000003', 'by-hand-000003', 'x', now(), '{}')`);
  const clash = await server.post(report());
  assert.equal(clash.status, 503);
  const references = (await stored(dataDir)).map((r) => r.reference);
  assert.equal(new Set(references).size, references.length);
  assert.ok(!server.logs.join('\n').includes('Alva'), 'no personal data in the log');
  await server.stop();
});

test('a connection lost mid-save is a 503 that stores nothing; the retry gets a new connection, the next number and a 201', { skip }, async () => {
  const dataDir = place('lost');
  const server = await serve({ schemas, dataDir });
  assert.equal((await server.post(report())).status, 201);
  const schema = schemaFor(dataDir);
  // Hold the counter row, so the next save waits inside its transaction; then cut its connection.
  const { default: pg } = await import('pg');
  const blocker = new pg.Client({ connectionString: databaseUrl });
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query(`LOCK TABLE "${schema}".soc_reference_counter IN EXCLUSIVE MODE`);
  const key = crypto.randomUUID();
  const pending = server.post(report(), { key });
  let cut = [];
  try {
    for (let i = 0; i < 200 && cut.length === 0; i++) {
      cut = await sql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'soc-elements-receiver' AND wait_event_type = 'Lock' AND query LIKE $1`,
        [`%"${schema}".soc_reference_counter%`],
      );
      if (cut.length === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await blocker.query('ROLLBACK');
    await blocker.end();
  }
  assert.equal(cut.length, 1, 'the save waited on the counter row');
  const lost = await pending;
  assert.equal(lost.status, 503);
  assert.match(lost.headers.get('retry-after') ?? '', /^\d+$/);
  assert.equal((await stored(dataDir)).length, 1, 'nothing of the lost save is stored');
  const retried = await server.post(report(), { key });
  assert.equal(retried.status, 201);
  assert.equal(numberOf((await retried.json()).reference), 2);
  await server.stop();
});

// Needs no database (nothing listens on port 1): runs under npm run test:node too.
test('an unreachable database: each post is a 503 with Retry-After, and startReceiver refuses to start', async () => {
  const nowhere = 'postgres://soc@127.0.0.1:1/none';
  const logs = [];
  const receiver = createReceiver({ schemas, databaseUrl: nowhere, log: (line) => logs.push(line) });
  await assert.rejects(receiver.ready, /could not be opened/);
  const res = {
    status: 0,
    headers: {},
    headersSent: false,
    body: '',
    writeHead(status, headers) {
      this.status = status;
      this.headers = headers;
      this.headersSent = true;
    },
    end(body) {
      this.body = body;
      this.done();
    },
  };
  const answered = new Promise((resolve) => (res.done = resolve));
  const { Readable } = await import('node:stream');
  const req = Object.assign(Readable.from([Buffer.from(JSON.stringify(report()))]), {
    method: 'POST',
    url: '/api/submissions',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
  });
  assert.equal(receiver.handle(req, res), true);
  await answered;
  assert.equal(res.status, 503);
  assert.match(res.headers['retry-after'], /^\d+$/);
  assert.deepEqual(JSON.parse(res.body), { errors: [{ path: '', code: 'storage_unavailable' }] });
  assert.ok(logs.some((l) => / 503 concern-report storage_unavailable ECONNREFUSED$/.test(l)), logs.join('\n'));
  await receiver.close();
  await assert.rejects(startReceiver({ port: 0, host: '127.0.0.1', databaseUrl: nowhere, schemas, log: () => {} }), /could not be opened/);
});

test('every conformance check holds against the receiver on PostgreSQL', { skip }, async () => {
  const running = await startReceiver({ port: 0, host: '127.0.0.1', databaseUrl, databaseSchema: schemaFor(place('conformance')), schemas, log: () => {} });
  closers.push(running.close);
  const results = await checkReceiver(running.url);
  assert.deepEqual(
    results.filter((r) => !r.holds),
    [],
  );
  assert.ok(results.length >= 20, `${results.length} checks`);
});
