// One number per path: every text limit in `LIMITS` is the one zod enforces and the one the JSON
// Schema carries, and every text the payload schemas accept has a limit there. Also the one list of
// payload types (`PAYLOAD_TYPES`) and what it points to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { importSchemas } from './schemas-in-node.mjs';
import { payloadJsonSchemas } from '../../scripts/lib/json-schema.mjs';

let s;
let dir;
before(async () => {
  ({ schemas: s, dir } = await importSchemas('soc-limits-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const envelope = (type, data) => ({ type, version: 1, locale: 'sv', submittedAt: '2026-11-22T10:15:00+01:00', data });

// Payloads in which every limited path exists (between them), with short valid answers.
const concernBase = (reporter) =>
  envelope('concern-report', {
    child: { name: 'Alva', age: '8', location: 'Storgatan 1', whereNow: 'Skolan', siblings: 'yes', siblingsInfo: 'En bror' },
    concern: {
      description: 'Oro.',
      duration: 'months',
      childSaid: 'Inget.',
      childKnows: 'no',
      guardiansKnow: 'no',
      otherChildren: 'yes',
      otherChildrenInfo: 'Grannens barn.',
      interpreter: { needed: 'yes', language: 'arabiska' },
    },
    reporter,
  });
const applicationBase = () =>
  envelope('application', {
    applicant: { role: 'helper', relation: 'Moster' },
    children: [{ name: 'Omar', age: '3 år', livesWith: 'other', livesWithOther: 'Mormor' }],
    support: ['stodsamtal'],
    situation: 'Svårt hemma.',
    contact: {
      name: 'Sara Ek',
      phone: '+46701234567',
      bestTime: 'Kvällar',
      safe: { call: 'yes', letter: 'yes', message: 'yes' },
      interpreter: { needed: 'yes', language: 'somaliska' },
      needs: ['other'],
      needsOther: 'Skriv kort.',
    },
    consent: { school: 'yes', preschool: 'yes', healthCare: 'yes', other: 'yes', otherInfo: 'BUP' },
  });
const bases = {
  'concern-report': () => [
    concernBase({ anonymous: false, professional: true, name: 'Kim', workplace: 'Skolan', role: 'Lärare', phone: '+4619213000' }),
    concernBase({ anonymous: false, professional: false, name: 'Eva', phone: '+46701234567', relation: 'granne' }),
  ],
  'concern-report-adult': () => [
    envelope('concern-report-adult', {
      person: { name: 'Bo Ek', age: '70', location: 'Storgatan 3' },
      concern: { kinds: ['aldre'], description: 'Oro.', seen: 'I går', duration: 'weeks', personKnows: 'no', urgent: 'no' },
      reporter: { anonymous: false, name: 'Eva', phone: '+46701234567', relation: 'granne' },
    }),
  ],
  application: () => [applicationBase()],
  'economic-aid': () => [
    envelope('economic-aid', {
      urgent: true,
      situation: 'Lönen räcker inte.',
      since: 'sedan mars',
      household: { adults: 2, children: 1 },
      contact: applicationBase().data.contact,
      consent: true,
    }),
  ],
  feedback: () => [
    envelope('feedback', {
      about: ['waiting'],
      unit: 'Mottagningen',
      what: 'Ingen ringde tillbaka.',
      wish: 'Att ni ringer.',
      contact: { anonymous: false, name: 'Eva', phone: '+46701234567' },
    }),
  ],
};

/** Sets `value` at a LIMITS path inside `payload.data` (`*` = the first item); false if absent. */
function setAt(payload, path, value) {
  const keys = path.split('.').map((k) => (k === '*' ? 0 : k));
  let node = payload.data;
  for (const k of keys.slice(0, -1)) {
    if (node?.[k] === undefined) return false;
    node = node[k];
  }
  if (!(keys.at(-1) in node)) return false;
  node[keys.at(-1)] = value;
  return true;
}

/** Every string node of a JSON Schema with the text pattern, by LIMITS path (unions merged). */
function textNodes(json, pattern) {
  const found = new Map();
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'string' && (node.pattern === pattern.line || node.pattern === pattern.multiline)) {
      found.set(path, [...(found.get(path) ?? []), node]);
    }
    for (const [k, v] of Object.entries(node.properties ?? {})) walk(v, path ? `${path}.${k}` : k);
    if (node.items) walk(node.items, `${path}.*`);
    for (const v of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) walk(v, path);
  };
  walk(json.properties.data, '');
  return found;
}

test('every limited text: zod accepts its max, rejects one more with too_long, and blank when min is 1', () => {
  for (const t of s.PAYLOAD_TYPES) {
    for (const [path, limit] of s.textLimits(t.type)) {
      let checked = 0;
      for (const base of bases[t.type]()) {
        const ok = structuredClone(base);
        if (!setAt(ok, path, 'x'.repeat(limit.max))) continue;
        const r = s.PAYLOAD_SCHEMAS[t.type].safeParse(ok);
        assert.equal(r.success, true, `${t.type} ${path} at ${limit.max}: ${r.error?.issues.map((i) => i.message)}`);
        const long = structuredClone(base);
        setAt(long, path, 'x'.repeat(limit.max + 1));
        const issues = s.PAYLOAD_SCHEMAS[t.type].safeParse(long).error?.issues ?? [];
        assert.deepEqual(issues.map((i) => `${i.path.join('.')}:${i.message}`), [`data.${path.replace('*', '0')}:too_long`]);
        if (limit.min === 1) {
          // (Texts without a min may still be required by a rule on another answer in these bases.)
          const blank = structuredClone(base);
          setAt(blank, path, '  ');
          const codes = s.PAYLOAD_SCHEMAS[t.type].safeParse(blank).error?.issues.map((i) => i.message);
          assert.deepEqual(codes, ['required'], `${t.type} ${path} blank`);
        }
        checked++;
      }
      assert.ok(checked > 0, `${t.type} ${path} is in no test payload`);
    }
  }
});

test('the JSON Schema has exactly the texts of LIMITS, each with its maxLength and minLength', () => {
  const pattern = {
    line: s.text({ max: 1 }).meta().pattern,
    multiline: s.text({ max: 1, multiline: true }).meta().pattern,
  };
  for (const { type, json } of payloadJsonSchemas(s)) {
    const nodes = textNodes(json, pattern);
    const limits = Object.fromEntries(s.textLimits(type));
    assert.deepEqual([...nodes.keys()].sort(), Object.keys(limits).sort(), type);
    for (const [path, list] of nodes) {
      for (const node of list) {
        const limit = limits[path];
        assert.equal(node.maxLength, limit.max, `${type} ${path}`);
        assert.equal(node.minLength, limit.min, `${type} ${path}`);
        assert.equal(node.pattern, limit.multiline ? pattern.multiline : pattern.line, `${type} ${path}`);
      }
    }
  }
});

test('limitOf: by path, with * or a concrete index; undefined for anything else', () => {
  assert.deepEqual(s.limitOf('concern-report', 'concern.interpreter.language'), { max: 100 });
  assert.deepEqual(s.limitOf('concern-report', 'child.location'), { max: 1000, min: 1, multiline: true });
  assert.deepEqual(s.limitOf('application', 'children.*.name'), { max: 200, min: 1 });
  assert.equal(s.limitOf('application', 'children.3.name'), s.limitOf('application', 'children.*.name'));
  assert.equal(s.limitOf('application', 'situation').max, s.MAX.long);
  for (const [type, path] of [
    ['application', 'children.name'],
    ['application', 'support'],
    ['concern-report', 'concern'],
    ['concern-report', 'constructor'],
    ['concern-report', '__proto__'],
    ['toString', 'child.name'],
    ['feedback', 'text'],
  ]) {
    assert.equal(s.limitOf(type, path), undefined, `${type} ${path}`);
  }
  assert.deepEqual(s.MAX, { short: 200, long: 5000 });
  assert.equal(s.MAX_CHILDREN, s.ITEM_LIMITS.application.children.max);
});

test('PAYLOAD_TYPES: one entry per type, each naming its schema export, JSON Schema file and reference prefix', () => {
  assert.deepEqual(
    s.PAYLOAD_TYPES.map((t) => [t.type, t.schema, t.jsonSchema, t.reference, t.element]),
    [
      ['concern-report', 'concernReportPayload', 'concern-report.json', 'OA', 'soc-concern-report'],
      ['concern-report-adult', 'concernReportAdultPayload', 'concern-report-adult.json', 'OV', 'soc-concern-report'],
      ['application', 'applicationPayload', 'application.json', 'AN', 'soc-application-form'],
      ['economic-aid', 'economicAidPayload', 'economic-aid.json', 'EB', 'soc-economic-aid-form'],
      ['feedback', 'feedbackPayload', 'feedback.json', 'SK', 'soc-feedback-form'],
    ],
  );
  const prefixes = new Set();
  for (const t of s.PAYLOAD_TYPES) {
    assert.equal(s.PAYLOAD_SCHEMAS[t.type], s[t.schema], t.type);
    assert.equal(s.payloadSchema(t.type), s[t.schema]);
    assert.equal(s.isPayloadType(t.type), true);
    assert.equal(s.payloadTypeInfo(t.type), t);
    assert.match(t.reference, /^[A-Z]{2}$/);
    prefixes.add(t.reference);
    // The schema's own `type` literal is the listed one.
    const wrongType = s[t.schema].safeParse({ type: `${t.type}-x` });
    assert.ok(wrongType.error.issues.some((i) => i.path[0] === 'type'), t.type);
    assert.equal(s[t.schema].shape.type.value, t.type);
    assert.equal(s[t.schema].shape.version.value, t.version);
  }
  assert.equal(prefixes.size, s.PAYLOAD_TYPES.length, 'reference prefixes are unique');
  assert.equal(s.payloadSchema('toString'), undefined);
  assert.equal(s.payloadSchema('complaint'), undefined);
  assert.equal(s.isPayloadType('__proto__'), false);
});
