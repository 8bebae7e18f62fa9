// Shared by the receiver's Node tests: a receiver behind a real HTTP server on a free port, a
// valid concern report, and a reader for the data file. No tests of its own.
//
// With SOC_TEST_DATABASE_URL set (`npm run test:postgres`, scripts/with-postgres.mjs), `serve`
// and `storeOptions` give receivers that store in PostgreSQL instead of the JSONL file: one
// schema per data folder, so each test has a database of its own and a restart on the same
// folder finds its records again. `stored` reads the records from either.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createReceiver } from '../../server/receiver.mjs';

/** The PostgreSQL the tests run against, or '' for the JSONL file. */
export const databaseUrl = process.env.SOC_TEST_DATABASE_URL ?? '';

/** The schema that stands for `dataDir` in the test database. */
export const schemaFor = (dataDir) => `soc_test_${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`;

/** The store options of a test receiver on `dataDir`: the JSONL file, or its schema in the test database. */
export const storeOptions = (dataDir) => (databaseUrl ? { databaseUrl, databaseSchema: schemaFor(dataDir) } : { dataDir });

/** Every stored record, oldest first, `{ reference, idempotencyKey, payload }`, from the file or the database. */
export async function stored(dataDir) {
  if (!databaseUrl) return records(dataDir);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = `${pg.escapeIdentifier(schemaFor(dataDir))}.soc_submissions`;
    const { rows } = await client.query(`SELECT reference, idempotency_key AS "idempotencyKey", payload FROM ${table} ORDER BY number`);
    return rows;
  } finally {
    await client.end();
  }
}

/** Every server `serve` started and not yet stopped, so a failed test leaves nothing running. */
const running = new Set();

/** Stops every receiver `serve` started (for `after`, so a failing test does not hang the file). */
export const stopAll = () => Promise.all([...running].map((server) => server.stop()));

/**
 * Starts a receiver on `dataDir` behind an HTTP server. Returns `{ receiver, base, logs, post,
 * stop }`; `post(body, { key, type, raw })` sends a JSON body (or `raw` bytes as they are).
 */
export async function serve({ schemas, dataDir, fs, logs = [] }) {
  // A fault-injecting file layer tests the file store, whatever SOC_TEST_DATABASE_URL says.
  const receiver = createReceiver({ schemas, ...(fs ? { dataDir, fs } : storeOptions(dataDir)), log: (line) => logs.push(line) });
  await receiver.ready;
  const server = createServer((req, res) => {
    if (!receiver.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const post = (body, { key = crypto.randomUUID(), type = 'application/json' } = {}) =>
    fetch(`${base}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': type, 'idempotency-key': key },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
      await receiver.close();
      running.delete(served);
    })());
  const served = { receiver, base, logs, post, stop };
  running.add(served);
  return served;
}

/** A valid anonymous concern report. */
export const report = ({ name = 'Alva', description = 'Barnet är ofta hungrigt.', submittedAt = '2026-11-22T10:15:00+01:00', locale = 'sv' } = {}) => ({
  type: 'concern-report',
  version: 1,
  locale,
  submittedAt,
  data: {
    child: { name, location: 'Storgatan 1', siblings: 'no' },
    concern: { description, duration: 'weeks', childKnows: 'no', guardiansKnow: 'no', otherChildren: 'no', interpreter: { needed: 'no' } },
    reporter: { anonymous: true },
  },
});

export const dataFile = (dataDir) => join(dataDir, 'submissions.jsonl');

/** The data file's bytes as text ('' when there is none). */
export function readData(dataDir) {
  try {
    return readFileSync(dataFile(dataDir), 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return '';
    throw error;
  }
}

/** Asserts-friendly view of the data file: every line must be a whole JSON record. */
export function records(dataDir) {
  const text = readData(dataDir);
  if (text && !text.endsWith('\n')) throw new Error(`the data file ends in a torn line: …${JSON.stringify(text.slice(-40))}`);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** The number at the end of a reference, e.g. 12 for "OA-2026-000012". */
export const numberOf = (reference) => Number(/-(\d+)$/.exec(reference)[1]);

/** A stored record as the receiver writes it, for data files made by hand. */
export const record = (reference, key, payload = report()) =>
  JSON.stringify({ reference, idempotencyKey: key, hash: 'x', receivedAt: '2026-11-22T09:15:00.000Z', payload });
