// The conformance checker (server/conformance.mjs, bin soc-elements-conformance): its payloads
// cover every payload type and are right about valid and invalid; every check holds against the
// reference receiver (started with soc-elements/receiver's startReceiver, as a host would); and it
// names the broken promise, with exit code 1, against receivers broken on purpose.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { importSchemas } from './schemas-in-node.mjs';
import { createReceiver } from '../../server/receiver.mjs';
import { startReceiver } from '../../server/serve.mjs';
import { checkReceiver, endpointOf } from '../../server/conformance.mjs';
import { VALID, INVALID } from '../../server/conformance-payloads.mjs';

const cli = fileURLToPath(new URL('../../server/conformance-cli.mjs', import.meta.url));
const run = (args) =>
  promisify(execFile)(process.execPath, [cli, ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

let schemas;
let tmp;
const stops = [];

before(async () => {
  ({ schemas, dir: tmp } = await importSchemas('soc-conformance-'));
});
after(async () => {
  for (const stop of stops.reverse()) await stop();
  await rm(tmp, { recursive: true, force: true });
});

const folder = (name) => mkdtemp(join(tmp, `${name}-`));

/** The reference receiver behind a server that changes each request with `tamper` first. */
async function broken(name, tamper) {
  const receiver = createReceiver({ schemas, dataDir: await folder(name), log: () => {} });
  const server = createServer((req, res) => {
    tamper(req);
    if (!receiver.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await receiver.close();
  });
  return `http://127.0.0.1:${server.address().port}`;
}

const failing = (results) => results.filter((r) => !r.holds).map((r) => r.name);

test('the checker has a valid and an invalid payload of every payload type; zod agrees on each, and names the same error', () => {
  const types = schemas.PAYLOAD_TYPES.map((t) => t.type);
  assert.deepEqual(Object.keys(VALID), types);
  assert.deepEqual(Object.keys(INVALID), types);
  for (const type of types) {
    const ok = schemas.PAYLOAD_SCHEMAS[type].safeParse(VALID[type]);
    assert.equal(ok.success, true, `${type}: ${JSON.stringify(ok.error?.issues)}`);
    assert.deepEqual(ok.data, VALID[type], `${type} is sent in the normalized form`);
    const bad = schemas.PAYLOAD_SCHEMAS[type].safeParse(INVALID[type].payload);
    assert.equal(bad.success, false, type);
    assert.deepEqual(
      bad.error.issues.map((i) => ({ path: i.path.join('.'), code: i.message })),
      [INVALID[type].error],
      type,
    );
  }
});

test('every check holds against the reference receiver, started as soc-elements/receiver starts it', async () => {
  const running = await startReceiver({ port: 0, host: '127.0.0.1', dataDir: await folder('reference'), schemas, log: () => {} });
  stops.push(running.close);
  const seen = [];
  const results = await checkReceiver(running.url, { onResult: (r) => seen.push(r) });
  assert.deepEqual(failing(results), [], JSON.stringify(results.filter((r) => !r.holds), null, 1));
  assert.deepEqual(seen, results, 'each result is reported as it comes');
  assert.ok(results.length >= 20, `${results.length} checks`);
  for (const type of Object.keys(VALID)) assert.ok(results.some((r) => r.name.startsWith(`a valid ${type} `)), type);
  // 5 valid + 1 retry + 8 at once = 14 posts are stored as 6 submissions (the 5, and one of the 8).
  assert.equal(running.receiver.count, 6);

  const origin = new URL(running.url).origin;
  const { code, stdout } = await run([origin]);
  assert.equal(code, 0, stdout);
  const lines = stdout.trim().split('\n');
  assert.equal(lines[0], `Checking ${running.url}`);
  assert.equal(lines.filter((l) => l.startsWith('holds ')).length, results.length);
  assert.match(lines.at(-1), new RegExp(`^All ${results.length} checks hold\\.$`));
});

test('a receiver that ignores the Idempotency-Key fails the idempotency checks, by name, and the command exits 1', async () => {
  const url = await broken('ignores-key', (req) => {
    // A well-formed key is swapped for a new one: every post looks like a new submission.
    if (/^[\w.:-]{8,200}$/.test(req.headers['idempotency-key'] ?? '')) req.headers['idempotency-key'] = `new-${crypto.randomUUID()}`;
  });
  const results = await checkReceiver(url);
  assert.deepEqual(failing(results), [
    'a retry with the same Idempotency-Key and body gets 200 and the same reference',
    'a retry with the same key and answers but a new submittedAt and locale gets the same reference',
    'the same Idempotency-Key with other answers is refused: 422 idempotency_key_reused',
    '8 posts at once with one Idempotency-Key store one submission: all 2xx, one reference',
  ]);
  const { code, stdout } = await run([url, '--concurrent', '3']);
  assert.equal(code, 1);
  assert.match(stdout, /^DOES NOT HOLD +a retry with the same Idempotency-Key and body gets 200 and the same reference \(got 201 \{"reference":"OA-\d{4}-\d{6}"\}\)$/m);
  assert.match(stdout, /^DOES NOT HOLD +3 posts at once with one Idempotency-Key store one submission: all 2xx, one reference \(got 201 201 201; references /m);
  assert.match(stdout, /^4 of \d+ checks do not hold\.$/m);
});

test('a receiver that takes text/plain as JSON fails only the 415 check', async () => {
  const url = await broken('takes-text', (req) => {
    if (String(req.headers['content-type']).startsWith('text/plain')) req.headers['content-type'] = 'application/json';
  });
  const results = await checkReceiver(url);
  assert.deepEqual(failing(results), ['a body sent as text/plain gets 415']);
  assert.match(results.find((r) => !r.holds).got, /^201 \{"reference":"OA-/);
});

test('a receiver that answers every field error with a bare 400 fails the checks that need the path and code', async () => {
  // Wraps the reference receiver's answers: a 400 keeps its status, loses its body.
  const url = await broken('bare-400', () => {});
  const bare = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const answer = await fetch(new URL(req.url, url), { method: 'POST', headers: req.headers, body: Buffer.concat(chunks) });
    const text = await answer.text();
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.status === 400 ? '{}' : text);
  });
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => (bare.closeAllConnections(), bare.close(resolve))));
  const results = await checkReceiver(`http://127.0.0.1:${bare.address().port}`, { concurrent: 2 });
  const names = failing(results);
  assert.equal(names.length, Object.keys(INVALID).length + 4, names.join('\n'));
  for (const type of Object.keys(INVALID)) assert.ok(names.some((n) => n.startsWith(`an invalid ${type} `)), type);
  assert.ok(names.includes('a body that is not JSON gets 400 invalid_json'));
});

test('nobody answering is a failed check with the reason, not a crash; a wrong command exits 2', async () => {
  // A port that was free a moment ago: nothing listens there.
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  const results = await checkReceiver(`http://127.0.0.1:${port}/api/submissions`, { timeoutMs: 2000 });
  assert.ok(results.length > 10);
  assert.ok(results.every((r) => !r.holds));
  assert.match(results[0].got, /^no answer \(ECONNREFUSED\)$/);
  assert.equal(endpointOf('https://staging.exempel.se'), 'https://staging.exempel.se/api/submissions');
  assert.equal(endpointOf('https://staging.exempel.se/mottagning/arenden'), 'https://staging.exempel.se/mottagning/arenden');
  const none = await run([]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /give the URL of the receiver/);
  assert.equal((await run(['http://x', '--header', 'novalue'])).code, 2);
});
