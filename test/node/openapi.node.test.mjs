// The OpenAPI 3.1 document of POST /api/submissions (scripts/lib/openapi.mjs, written by the build
// to dist/openapi.json) is a valid OpenAPI 3.1 document, describes every payload type with the
// JSON Schema the build writes, and says what the reference receiver really answers: each status
// the receiver gives is documented, and each body and header it sends matches the documented
// schema. The document is made from the sources here, as the build makes it, so no build is needed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validate } from '@readme/openapi-parser';
import { serve, report, stopAll } from './receiver-harness.mjs';
import { importSchemas } from './schemas-in-node.mjs';
import { VALID, INVALID } from '../../server/conformance-payloads.mjs';
import { REFERENCE_PATTERN_SOURCE } from '../../server/contract.mjs';

let dir;
let s;
let doc;
let ajv;

before(async () => {
  ({ schemas: s, dir } = await importSchemas('soc-openapi-', [
    "export { payloadJsonSchemas } from './scripts/lib/json-schema.mjs';",
    "export { openApiDocument, componentName } from './scripts/lib/openapi.mjs';",
  ]));
  doc = s.openApiDocument({ ...s, jsonSchemas: s.payloadJsonSchemas(s), version: '1.2.3' });
  // The whole document as one schema resource, so `$ref: '#/components/schemas/…'` resolves; the
  // OpenAPI keywords around the schemas (and `discriminator`, which only names the branch) are
  // not JSON Schema and are ignored.
  ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(structuredClone(doc), 'openapi');
});
after(async () => {
  await stopAll();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const operation = () => doc.paths['/api/submissions'].post;
const pointer = (...parts) => `openapi#/${parts.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
const requestValidator = () => ajv.getSchema(pointer('paths', '/api/submissions', 'post', 'requestBody', 'content', 'application/json', 'schema'));
const responseValidator = (status) => ajv.getSchema(pointer('paths', '/api/submissions', 'post', 'responses', status, 'content', 'application/json', 'schema'));

test('the document is valid OpenAPI 3.1 (@readme/openapi-parser), and a broken one is not', async () => {
  assert.equal(doc.openapi, '3.1.0');
  const result = await validate(structuredClone(doc));
  assert.equal(result.valid, true, JSON.stringify(result.errors ?? []).slice(0, 2000));
  assert.deepEqual(result.warnings, []);
  const broken = structuredClone(doc);
  broken.paths['/api/submissions'].post.responses['201'] = { content: {} }; // no description
  assert.equal((await validate(broken)).valid, false);
});

test('the request body is one schema per payload type, picked by its type field, each the JSON Schema the build writes', () => {
  const body = operation().requestBody;
  assert.equal(body.required, true);
  const schema = body.content['application/json'].schema;
  assert.equal(schema.discriminator.propertyName, 'type');
  assert.deepEqual(Object.keys(schema.discriminator.mapping), s.PAYLOAD_TYPES.map((t) => t.type));
  assert.equal(schema.oneOf.length, s.PAYLOAD_TYPES.length);
  for (const { type, json } of s.payloadJsonSchemas(s)) {
    const ref = schema.discriminator.mapping[type];
    assert.ok(schema.oneOf.some((o) => o.$ref === ref), type);
    const component = doc.components.schemas[ref.split('/').pop()];
    const rest = { ...json };
    delete rest.$schema;
    for (const [key, value] of Object.entries(rest)) assert.deepEqual(component[key], value, `${type}: ${key}`);
    assert.deepEqual(component.properties.type, { type: 'string', const: type });
    assert.equal(component['x-reference-prefix'], s.payloadTypeInfo(type).reference);
  }
});

test('the request schema accepts a valid payload of every type and rejects invalid ones', () => {
  const check = requestValidator();
  for (const [type, payload] of Object.entries(VALID)) assert.equal(check(payload), true, `${type}: ${JSON.stringify(check.errors?.slice(0, 3))}`);
  for (const [type, { payload }] of Object.entries(INVALID)) assert.equal(check(payload), false, type);
  assert.equal(check({ ...VALID.feedback, type: 'no-such-type' }), false);
  assert.equal(check({ ...VALID.feedback, type: 'application' }), false, 'a feedback body under the application type');
});

test('the Idempotency-Key header is required, with the form the receiver takes', () => {
  const [header] = operation().parameters;
  assert.equal(header.name, 'Idempotency-Key');
  assert.equal(header.in, 'header');
  assert.equal(header.required, true);
  const pattern = new RegExp(header.schema.pattern);
  assert.ok(pattern.test(crypto.randomUUID()));
  assert.ok(!pattern.test('kort'));
  assert.ok(!pattern.test('nyckel med mellanslag'));
});

test('the documented answers are 200, 201, 400, 413, 415, 422, 500 and 503, the 400 naming every schema error code', () => {
  const responses = operation().responses;
  assert.deepEqual(Object.keys(responses).sort(), ['200', '201', '400', '413', '415', '422', '500', '503']);
  const codes = (status) => doc.components.schemas[`Error${status}`].properties.errors.items.properties.code.enum;
  for (const code of [...s.ERROR_CODES, 'missing_idempotency_key', 'invalid_json', 'invalid_encoding', 'too_deep']) assert.ok(codes(400).includes(code), code);
  assert.deepEqual(codes(422), ['idempotency_key_reused']);
  assert.deepEqual(codes(503), ['storage_unavailable']);
  assert.equal(responses['503'].headers['Retry-After'].required, true);
});

test('every answer of the reference receiver is documented: its status, its body and its headers', async () => {
  const dataDir = await mkdtemp(join(dir, 'data-'));
  let fail = false;
  const layer = {
    ...fs,
    writeSync: (...args) => {
      if (fail) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      return fs.writeSync(...args);
    },
  };
  const server = await serve({ schemas: s, dataDir, fs: layer });
  const key = crypto.randomUUID();
  const big = report();
  big.data.concern.description = 'x'.repeat(300 * 1024);
  const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
  const cases = [
    ['201 stored', () => server.post(report(), { key }), 201],
    ['200 the same again', () => server.post(report(), { key }), 200],
    ['422 the key with other content', () => server.post(report({ name: 'Bo' }), { key }), 422],
    ...Object.entries(VALID).map(([type, payload]) => [`201 ${type}`, () => server.post(payload), 201]),
    ...Object.entries(INVALID).map(([type, { payload }]) => [`400 invalid ${type}`, () => server.post(payload), 400]),
    ['400 unknown type', () => server.post({ ...report(), type: 'x' }), 400],
    ['400 not JSON', () => server.post('{"type":'), 400],
    ['400 not UTF-8', () => server.post(new Uint8Array([0x7b, 0xff, 0x7d])), 400],
    ['400 too deep', () => server.post(deep), 400],
    ['400 no key', () => server.post(report(), { key: 'x' }), 400],
    ['413 too large', () => server.post(big), 413],
    ['415 text/plain', () => server.post(report(), { type: 'text/plain' }), 415],
    [
      '503 disk full',
      async () => {
        fail = true;
        try {
          return await server.post(report({ name: 'Disk' }));
        } finally {
          fail = false;
        }
      },
      503,
    ],
  ];
  const seen = new Set();
  for (const [name, send, status] of cases) {
    const response = await send();
    assert.equal(response.status, status, name);
    seen.add(String(status));
    const documented = operation().responses[String(status)];
    assert.ok(documented, `${name}: status ${status} is not documented`);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json\b/, name);
    const body = await response.json();
    const check = responseValidator(status);
    assert.equal(check(body), true, `${name}: ${JSON.stringify(body)} ${JSON.stringify(check.errors)}`);
    for (const [header, spec] of Object.entries(documented.headers ?? {})) {
      const value = response.headers.get(header);
      if (spec.required) assert.ok(value !== null, `${name}: no ${header}`);
      if (value !== null && spec.schema.type === 'integer') assert.match(value, /^[1-9]\d*$/, `${name}: ${header}`);
    }
    if (body.reference) assert.match(body.reference, new RegExp(REFERENCE_PATTERN_SOURCE), name);
  }
  // Every documented status but 500 (an error in the receiver itself, not reachable from outside).
  assert.deepEqual([...seen].sort(), Object.keys(operation().responses).filter((x) => x !== '500').sort());
});
