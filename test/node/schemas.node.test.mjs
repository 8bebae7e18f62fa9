// Proves that `soc-elements/schemas` runs in plain Node (no DOM, no Lit): the entry point is
// bundled with esbuild for platform "node" and imported from a temporary file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { importSchemas } from './schemas-in-node.mjs';

let dir;
let s;

before(async () => {
  ({ schemas: s, dir } = await importSchemas());
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

test('personnummer', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  assert.deepEqual(s.parsePersonnummer('811218-9876', now), {
    ok: true,
    value: '198112189876',
    kind: 'personnummer',
  });
  assert.deepEqual(s.parsePersonnummer('811218+9876', now), {
    ok: true,
    value: '188112189876',
    kind: 'personnummer',
  });
  assert.equal(s.parsePersonnummer('701063-2391', now).kind, 'samordningsnummer');
  assert.equal(s.parsePersonnummer('811218-9877', now).code, 'invalid_personnummer_checksum');
  assert.equal(s.parsePersonnummer('19000229-1235', now).code, 'invalid_personnummer_date');
  // Stockholm's calendar day, whatever the process's time zone.
  assert.equal(s.parsePersonnummer('20261122-0019', new Date('2026-11-21T23:30:00Z')).ok, true);
  assert.equal(s.personnummer.safeParse(' 8112189876 ').data, '198112189876');
  assert.equal(s.firstCode(s.personnummer.safeParse('')), 'required');
  assert.equal(s.formatPersonnummer('198112189876'), '19811218-9876');
});

test('postnummer, phone, email, text', () => {
  assert.equal(s.postnummer.safeParse('SE-123 45').data, '12345');
  assert.equal(s.firstCode(s.postnummer.safeParse('012 34')), 'invalid_postnummer');
  assert.equal(s.phoneNumber.safeParse('+46 (0)70-123 45 67').data, '+46701234567');
  assert.equal(s.firstCode(s.phoneNumber.safeParse('+46 070 123 45 67')), 'invalid_phone');
  assert.equal(s.formatPhone('+4619213000'), '019-21 30 00');
  assert.equal(s.email.safeParse(' Anna@Exempel.SE ').data, 'Anna@exempel.se');
  assert.equal(s.email.safeParse('anna@räksmörgås.se').success, true);
  assert.equal(s.cleanText(' e\u0301\u0000 '), '\u00e9');
  assert.equal(s.firstCode(s.text({ max: 3 }).safeParse('abcd')), 'too_long');
});

test('field schemas can be described as JSON Schema', async () => {
  const { z } = await import('zod');
  for (const schema of [s.personnummer, s.postnummer, s.phoneNumber, s.email, s.text({ max: 5 })]) {
    assert.equal(z.toJSONSchema(schema).type, 'string');
    assert.equal(z.toJSONSchema(schema, { io: 'input' }).type, 'string');
  }
  // The normalized form, with what JSON Schema cannot check named (canonical.ts).
  const pnr = z.toJSONSchema(s.personnummer, { io: 'input' });
  assert.match('198112189876', new RegExp(pnr.pattern, 'u'));
  assert.doesNotMatch('811218-9876', new RegExp(pnr.pattern, 'u'));
  assert.match(pnr.description, /Luhn/);
  assert.equal(z.toJSONSchema(s.email, { io: 'input' }).maxLength, 254);
  assert.deepEqual(
    ['+46701234567', '+4619213000', '+442071234567', '070-123 45 67'].map((p) => new RegExp(z.toJSONSchema(s.phoneNumber).pattern, 'u').test(p)),
    [true, true, true, false],
  );
  assert.equal(new RegExp(z.toJSONSchema(s.postnummer).pattern).test('12345'), true);
  const text = z.toJSONSchema(s.text({ max: 5, required: true }), { io: 'input' });
  assert.deepEqual([text.minLength, text.maxLength], [1, 5]);
});
