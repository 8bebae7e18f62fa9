// The receiver takes its payload types from PAYLOAD_TYPES of soc-elements/schemas: a type added
// to that list is accepted with its own reference prefix, a type the list does not name is a 400,
// and a list entry the receiver cannot serve stops it at start.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../server/receiver.mjs';
import { serve, stopAll } from './receiver-harness.mjs';
import { importSchemas } from './schemas-in-node.mjs';

const { schemas, dir } = await importSchemas('soc-receiver-types-');
after(async () => {
  await stopAll();
  rmSync(dir, { recursive: true, force: true });
});

/** A schema that accepts any object payload of `type`, standing in for a new service's zod schema. */
const accepting = (type) => ({
  safeParse: (body) => (body?.type === type ? { success: true, data: body } : { success: false, error: { issues: [{ path: ['type'], message: 'invalid_choice' }] } }),
});

/** `soc-elements/schemas` with `extra` entries added to PAYLOAD_TYPES (and their schemas). */
const withTypes = (extra, list = schemas.PAYLOAD_TYPES) => ({
  ...schemas,
  ...Object.fromEntries(extra.map((t) => [t.schema, accepting(t.type)])),
  PAYLOAD_TYPES: [...list, ...extra],
});

// A type the package does not have (feedback, once the example here, is now a real type).
const feedback = { type: 'user-survey', version: 1, schema: 'userSurveyPayload', jsonSchema: 'user-survey.json', reference: 'SY', element: 'soc-user-survey', title: 'Enkät' };
const payload = (type) => ({ type, version: 1, locale: 'sv', submittedAt: '2026-11-22T10:15:00+01:00', data: {} });

test('every listed type is served with its own prefix; a type added to the list needs no receiver change', async () => {
  const server = await serve({ schemas: withTypes([feedback]), dataDir: join(dir, 'added') });
  const sent = await server.post(payload(feedback.type));
  assert.equal(sent.status, 201);
  assert.match((await sent.json()).reference, /^SY-\d{4}-\d{6}$/);
  for (const t of schemas.PAYLOAD_TYPES) assert.match(t.reference, /^[A-Z]{2}$/, t.type);
});

test('a type the list does not name is a 400 on "type"', async () => {
  const onlyConcern = schemas.PAYLOAD_TYPES.filter((t) => t.type === 'concern-report');
  const server = await serve({ schemas: { ...schemas, PAYLOAD_TYPES: onlyConcern }, dataDir: join(dir, 'unknown') });
  for (const type of ['application', 'economic-aid', 'feedback']) {
    const r = await server.post(payload(type));
    assert.equal(r.status, 400, type);
    assert.deepEqual(await r.json(), { errors: [{ path: 'type', code: 'invalid_choice' }] });
  }
});

test('a list entry without its schema or with a bad prefix stops the receiver at start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'soc-receiver-bad-'));
  try {
    assert.throws(() => createReceiver({ schemas: { ...schemas, PAYLOAD_TYPES: [...schemas.PAYLOAD_TYPES, feedback] }, dataDir, log: () => {} }), /no schema userSurveyPayload/);
    assert.throws(() => createReceiver({ schemas: withTypes([{ ...feedback, reference: 'S' }]), dataDir, log: () => {} }), /two capital letters/);
    assert.throws(() => createReceiver({ schemas: { ...schemas, PAYLOAD_TYPES: [] }, dataDir, log: () => {} }), /no PAYLOAD_TYPES/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
