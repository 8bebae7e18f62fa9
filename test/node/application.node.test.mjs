// The application payload schema in plain Node, as a case-management back end would use it.
import { test, before, after } from 'node:test';
import { rm } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { importSchemas } from './schemas-in-node.mjs';

let s;
let dir;
before(async () => {
  ({ schemas: s, dir } = await importSchemas('soc-application-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const base = () => ({
  type: 'application',
  version: 1,
  locale: 'sv',
  submittedAt: '2026-11-22T10:15:00+01:00',
  data: {
    applicant: { role: 'guardian' },
    children: [
      { name: 'Alva', personnummer: '20151218-0025', livesWith: 'both-parents' },
      { name: 'Omar', age: '3 år', livesWith: 'other', livesWithOther: 'Mormor' },
    ],
    support: ['stodsamtal', 'foraldraskapsstod'],
    situation: 'Vi bråkar mycket hemma och barnen sover dåligt.',
    contact: {
      name: 'Sara Ek',
      phone: '070-123 45 67',
      safe: { call: 'yes', letter: 'no', message: 'no' },
      interpreter: { needed: 'no' },
    },
    consent: { school: 'yes', preschool: 'not-applicable', healthCare: 'no', other: 'no' },
  },
});
const parse = (p) => s.applicationPayload.safeParse(p);
const codes = (r) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`));

test('a complete application is valid and normalized: 12-digit personnummer, E.164 phone', () => {
  const r = parse(base());
  assert.equal(r.success, true, codes(r).join());
  assert.equal(r.data.data.children[0].personnummer, '201512180025');
  assert.equal(r.data.data.contact.phone, '+46701234567');
  assert.deepEqual(r.data.data.children[1], { name: 'Omar', age: '3 år', livesWith: 'other', livesWithOther: 'Mormor' });
});

test('the schema is exported from soc-elements/schemas with the default support kinds', () => {
  assert.equal(typeof s.applicationPayload.safeParse, 'function');
  assert.deepEqual([...s.DEFAULT_SUPPORT_KINDS], [
    'stodsamtal',
    'gruppverksamhet',
    'kontaktfamilj',
    'kontaktperson',
    'familjebehandling',
    'foraldraskapsstod',
    'prata-med-nagon',
  ]);
});

test('the default support kinds of the form for adults are exported too', () => {
  assert.deepEqual([...s.ADULT_SUPPORT_KINDS], ['stodsamtal', 'missbruk-beroende', 'vald-nara-relation', 'boende', 'prata-med-nagon']);
});

test('the applicant is a union on role: a young person says whether they are 15, a helper how they help', () => {
  const p = base();
  p.data.applicant = { role: 'young-person', fifteenOrOlder: true };
  assert.equal(parse(p).success, true);
  p.data.applicant = { role: 'young-person' };
  assert.deepEqual(codes(parse(p)), ['data.applicant.fifteenOrOlder:required']);
  p.data.applicant = { role: 'helper' };
  assert.deepEqual(codes(parse(p)), ['data.applicant.relation:required']);
  p.data.applicant = { role: 'helper', relation: 'Moster' };
  assert.equal(parse(p).success, true);
  p.data.applicant = { role: 'guardian', relation: 'Moster' };
  assert.deepEqual(codes(parse(p)), ['data.applicant:unknown_key']);
  p.data.applicant = { role: 'neighbour' };
  assert.deepEqual(codes(parse(p)), ['data.applicant.role:invalid_choice']);
});

test('each child needs a name, a personnummer or an age, and who they live with', () => {
  const p = base();
  p.data.children = [{ livesWith: 'somewhere' }];
  assert.deepEqual(codes(parse(p)).sort(), ['data.children.0.livesWith:invalid_choice', 'data.children.0.name:required']);
  p.data.children = [{ name: 'Alva', livesWith: 'other' }];
  assert.deepEqual(codes(parse(p)).sort(), ['data.children.0.livesWithOther:required', 'data.children.0.personnummer:required']);
  p.data.children = [{ name: 'Alva', personnummer: '811218-9877', livesWith: 'one-parent' }];
  assert.deepEqual(codes(parse(p)), ['data.children.0.personnummer:invalid_personnummer_checksum']);
});

test('one to ten children', () => {
  const p = base();
  p.data.children = [];
  assert.deepEqual(codes(parse(p)), ['data.children:required']);
  p.data.children = Array.from({ length: 11 }, (_, i) => ({ name: `Barn ${i}`, age: '5', livesWith: 'one-parent' }));
  assert.deepEqual(codes(parse(p)), ['data.children:invalid']);
});

test('support: at least one kind, ids of the municipality’s list, no duplicates', () => {
  const p = base();
  p.data.support = [];
  assert.deepEqual(codes(parse(p)), ['data.support:required']);
  p.data.support = ['egen-insats-2', 'prata-med-nagon'];
  assert.equal(parse(p).success, true, 'a municipality may use its own ids');
  p.data.support = ['<script>'];
  assert.deepEqual(codes(parse(p)), ['data.support.0:invalid_choice']);
  p.data.support = ['stodsamtal', 'stodsamtal'];
  assert.deepEqual(codes(parse(p)), ['data.support:invalid']);
});

test('contact: a phone number or an e-mail address; safe-contact answers; interpreter language; other needs', () => {
  const p = base();
  delete p.data.contact.phone;
  assert.deepEqual(codes(parse(p)), ['data.contact.phone:contact_required']);
  p.data.contact.email = 'Sara@Exempel.SE';
  assert.equal(parse(p).data.data.contact.email, 'Sara@exempel.se');
  delete p.data.contact.safe.letter;
  p.data.contact.interpreter = { needed: 'yes' };
  p.data.contact.needs = ['hearing', 'other'];
  // The contact's own checks (needsOther) run once its fields are valid.
  assert.deepEqual(codes(parse(p)).sort(), ['data.contact.interpreter.language:required', 'data.contact.safe.letter:required']);
  p.data.contact.safe.letter = 'maybe';
  p.data.contact.interpreter.language = 'Arabiska';
  assert.deepEqual(codes(parse(p)), ['data.contact.safe.letter:invalid_choice']);
  p.data.contact.safe.letter = 'no';
  assert.deepEqual(codes(parse(p)), ['data.contact.needsOther:required']);
  p.data.contact.needsOther = 'Jag behöver skriftliga besked';
  assert.equal(parse(p).success, true);
});

test('consent: every contact is answered on its own; "other" says who', () => {
  const p = base();
  p.data.consent = { school: 'yes', other: 'yes' };
  assert.deepEqual(codes(parse(p)).sort(), ['data.consent.healthCare:required', 'data.consent.preschool:required']);
  p.data.consent = { school: 'yes', preschool: 'yes', healthCare: 'yes', other: 'yes' };
  assert.deepEqual(codes(parse(p)), ['data.consent.otherInfo:required']);
  p.data.consent = { school: 'no', preschool: 'no', healthCare: 'no', other: 'no' };
  assert.equal(parse(p).success, true, 'every contact can be declined');
});

test('unknown keys, wrong type or version, bad text give language-neutral codes', () => {
  const p = base();
  p.data.children[0].shoeSize = 31;
  p.data.secret = 'x';
  p.type = 'concern-report';
  p.data.situation = ' \u0007 ';
  assert.deepEqual(codes(parse(p)).sort(), [
    'data.children.0:unknown_key',
    'data.situation:required',
    'data:unknown_key',
    'type:invalid',
  ]);
  const q = base();
  q.data.situation = 'x'.repeat(5001);
  assert.deepEqual(codes(parse(q)), ['data.situation:too_long']);
});

test('text is cleaned: trimmed, NFC, control characters removed, line breaks kept in the situation', () => {
  const p = base();
  p.data.situation = '  Det är svårt\u0007.\r\nVi behöver hjälp. ';
  p.data.children[0].name = ' Zoe\u0301 ';
  const r = parse(p);
  assert.equal(r.data.data.situation, 'Det är svårt.\nVi behöver hjälp.');
  assert.equal(r.data.data.children[0].name, 'Zoé');
});

test('the JSON Schema can be generated for non-JS back ends', async () => {
  const { z } = await import('zod');
  const json = z.toJSONSchema(s.applicationPayload, { io: 'input', unrepresentable: 'any' });
  assert.equal(json.type, 'object');
  assert.equal(json.additionalProperties, false);
  assert.ok(json.properties.data.properties.children);
});
