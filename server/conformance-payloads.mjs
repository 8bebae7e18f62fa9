// The payloads the conformance checker (conformance.mjs) sends: one valid payload of every payload
// type of soc-elements/schemas, as the elements send it (the normalized form, so a receiver that
// validates with the JSON Schema accepts it too), and one invalid one with the error a receiver
// must name. Their free texts say that they are tests, so nobody takes them for real cases.
// test/node/conformance.node.test.mjs checks that every type in PAYLOAD_TYPES has both, that zod
// and the JSON Schema accept each valid one, and that the reference receiver names each error.

const TEST_TEXT = 'Konformanstest av mottagaren, inte ett riktigt ärende.';

const envelope = (type, data) => ({ type, version: 1, locale: 'sv', submittedAt: '2026-12-04T09:00:00+01:00', data });
const contact = { name: 'Test Testsson', phone: '+46701234567', safe: { call: 'yes', letter: 'no', message: 'no' }, interpreter: { needed: 'no' } };

/** type → a valid payload of that type. */
export const VALID = {
  'concern-report': envelope('concern-report', {
    child: { location: 'Storgatan 1, Exempelstad', siblings: 'unknown' },
    concern: { description: TEST_TEXT, duration: 'weeks', childKnows: 'no', guardiansKnow: 'unknown', otherChildren: 'no', interpreter: { needed: 'no' } },
    reporter: { anonymous: true },
  }),
  'concern-report-adult': envelope('concern-report-adult', {
    person: { location: 'Storgatan 3, Exempelstad' },
    concern: { description: TEST_TEXT, duration: 'months', urgent: 'no' },
    reporter: { anonymous: true },
  }),
  application: envelope('application', {
    applicant: { role: 'guardian' },
    children: [{ name: 'Test', age: '8 år', livesWith: 'both-parents' }],
    support: ['stodsamtal'],
    situation: TEST_TEXT,
    contact,
    consent: { school: 'no', preschool: 'not-applicable', healthCare: 'no', other: 'no' },
  }),
  'economic-aid': envelope('economic-aid', {
    urgent: false,
    situation: TEST_TEXT,
    household: { adults: 1, children: 0 },
    contact,
    consent: true,
  }),
  feedback: envelope('feedback', { about: ['other'], what: TEST_TEXT, contact: { anonymous: true } }),
};

const change = (type, fn) => {
  const payload = structuredClone(VALID[type]);
  fn(payload.data);
  return payload;
};

/** type → an invalid payload, what is wrong with it, and the error a receiver must answer (400). */
export const INVALID = {
  'concern-report': {
    what: 'an anonymous reporter with a name',
    payload: change('concern-report', (d) => (d.reporter = { anonymous: true, name: 'Test Testsson' })),
    error: { path: 'data.reporter', code: 'unknown_key' },
  },
  'concern-report-adult': {
    what: 'no description of the worry',
    payload: change('concern-report-adult', (d) => delete d.concern.description),
    error: { path: 'data.concern.description', code: 'required' },
  },
  application: {
    what: 'a description of 5001 characters',
    payload: change('application', (d) => (d.situation = 'x'.repeat(5001))),
    error: { path: 'data.situation', code: 'too_long' },
  },
  'economic-aid': {
    what: 'an income, which a first contact never holds',
    payload: change('economic-aid', (d) => (d.income = 12000)),
    error: { path: 'data', code: 'unknown_key' },
  },
  feedback: {
    what: 'a kind of feedback that is not a choice',
    payload: change('feedback', (d) => (d.about = ['price'])),
    error: { path: 'data.about.0', code: 'invalid_choice' },
  },
};
