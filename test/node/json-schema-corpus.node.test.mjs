// The JSON Schema that back ends get must agree with the zod schemas. A corpus of valid and invalid
// payloads of every type goes through zod and through ajv (a standard JSON Schema 2020-12
// validator, with its formats); each entry must get the same verdict from both, except the entries
// marked with one of the named, documented differences (README "Validation in Node"):
//   beyond-json-schema  JSON Schema cannot check it, zod rejects: the personnummer's Luhn check
//                       digit, a personnummer date in the future.
//   normalized          lenient input that zod accepts and normalizes (a 10-digit personnummer,
//                       "070-123 45 67", text with surrounding spaces); the JSON Schema describes
//                       the normalized form and accepts what zod returns.
//   idn                 an e-mail domain with letters beyond Latin, Greek and Cyrillic: zod accepts
//                       any domain the URL standard (IDNA) accepts, the JSON Schema rejects it.
// The JSON Schema is built by scripts/lib/json-schema.mjs, as `npm run build` builds it, from the
// sources, so the test needs no build first. Every ```json example in the README is in the corpus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { importSchemas } from './schemas-in-node.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir;
let s; // src/schemas (+ payloadJsonSchemas and the patterns), bundled for Node with one copy of zod
let validators; // type → ajv validate function
let corpus;

// ——— building blocks ———

const clone = (v) => structuredClone(v);
/** A copy of `base` changed by `change(payload.data)`. */
const edit = (base, change) => {
  const p = clone(base);
  change(p.data, p);
  return p;
};
const repeat = (n, unit = 'a') => unit.repeat(n);

/** Luhn check digit over nine digits YYMMDDNNN (weights 2,1,2,1…), written independently of src. */
function checkDigit(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const n = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += n > 9 ? n - 9 : n;
  }
  return String((10 - (sum % 10)) % 10);
}
/** A twelve-digit number YYYYMMDD + birth number, with the right (or a wrong) check digit. */
function pnr(yyyymmdd, birth = '123', { wrong = false } = {}) {
  const c = checkDigit(yyyymmdd.slice(2) + birth);
  return yyyymmdd + birth + (wrong ? String((Number(c) + 1) % 10) : c);
}

const envelope = (type, data) => ({ type, version: 1, locale: 'sv', submittedAt: '2026-11-22T10:15:00+01:00', data });

const concern = envelope('concern-report', {
  child: { location: 'Storgatan 1, Exempelstad', siblings: 'unknown' },
  concern: {
    description: 'Barnet kommer ofta till skolan utan mat.',
    duration: 'months',
    childKnows: 'no',
    guardiansKnow: 'unknown',
    otherChildren: 'no',
    interpreter: { needed: 'no' },
  },
  reporter: { anonymous: true },
});
const named = { anonymous: false, professional: false, name: 'Eva Lind', phone: '+46701234567' };
const professional = { anonymous: false, professional: true, name: 'Kim Berg', workplace: 'Ekskolan', role: 'Lärare', phone: '+4619213000' };

const application = envelope('application', {
  applicant: { role: 'guardian' },
  children: [{ name: 'Alva', personnummer: '201512180025', livesWith: 'both-parents' }],
  support: ['stodsamtal'],
  situation: 'Vi bråkar mycket hemma och barnen sover dåligt.',
  contact: {
    name: 'Sara Ek',
    phone: '+46701234567',
    safe: { call: 'yes', letter: 'no', message: 'no' },
    interpreter: { needed: 'no' },
  },
  consent: { school: 'yes', preschool: 'not-applicable', healthCare: 'no', other: 'no' },
});

/**
 * Entries: [name, payload, zod verdict, difference?]. Without a difference the JSON Schema must
 * give the same verdict as zod; with one, the opposite verdict, in the direction the difference
 * names. The payload's `type` picks the schema unless `schema` says otherwise.
 */
function concernCorpus() {
  const C = (name, change, valid, difference) => ({ name: `concern: ${name}`, payload: edit(concern, change), valid, difference });
  return [
    C('anonymous, the smallest report', () => {}, true),
    C('a named private reporter with a phone', (d) => (d.reporter = { ...named, relation: 'granne' }), true),
    C('a named private reporter with only an e-mail', (d) => (d.reporter = { ...named, phone: undefined, email: 'eva@exempel.se' }), true),
    C('a reporter in their work with an e-mail', (d) => (d.reporter = { ...professional, email: 'kim.berg@skola.exempel.se' }), true),
    C('a foreign phone number', (d) => (d.reporter = { ...named, phone: '+442071234567' }), true),
    C('an e-mail address with a Swedish domain', (d) => (d.reporter = { ...named, email: 'eva@räksmörgås.se' }), true),
    C('an interpreter in a named language', (d) => (d.concern.interpreter = { needed: 'yes', language: 'arabiska' }), true),
    C('an interpreter, language unknown', (d) => (d.concern.interpreter = { needed: 'unknown' }), true),
    C('a child with a personnummer', (d) => (d.child.personnummer = pnr('20151218', '002')), true),
    C('a child with a samordningsnummer', (d) => (d.child.personnummer = pnr('19701063', '239')), true),
    C('a child born on 29 February 2000', (d) => (d.child.personnummer = pnr('20000229', '123')), true),
    C('an empty optional name', (d) => (d.child.name = ''), true),
    C('every text at its limit', (d) => {
      Object.assign(d.child, { name: repeat(200), age: repeat(50), location: repeat(1000), whereNow: repeat(500), siblings: 'yes', siblingsInfo: repeat(2000) });
      Object.assign(d.concern, { description: repeat(5000), childSaid: repeat(5000), otherChildren: 'yes', otherChildrenInfo: repeat(2000) });
      d.concern.interpreter = { needed: 'yes', language: repeat(100) };
    }, true),
    C('200 emoji count as 200 characters', (d) => (d.child.name = repeat(200, '😀')), true),
    C('line breaks and tabs inside a description', (d) => (d.concern.description = 'Första raden.\n\tAndra raden.\n\nTredje.'), true),

    C('a description of 5001 characters', (d) => (d.concern.description = repeat(5001)), false),
    C('a description of 2 MB', (d) => (d.concern.description = repeat(2 * 1024 * 1024)), false),
    C('an age of 51 characters', (d) => (d.child.age = repeat(51)), false),
    C('a location of 1001 characters', (d) => (d.child.location = repeat(1001)), false),
    C('an interpreter language of 101 characters', (d) => (d.concern.interpreter = { needed: 'yes', language: repeat(101) }), false),
    C('201 emoji in a name', (d) => (d.child.name = repeat(201, '😀')), false),
    C('an interpreter needed, no language', (d) => (d.concern.interpreter = { needed: 'yes' }), false),
    C('an interpreter needed, empty language', (d) => (d.concern.interpreter = { needed: 'yes', language: '' }), false),
    C('a blank description', (d) => (d.concern.description = '   '), false),
    C('no location', (d) => delete d.child.location, false),
    C('a line break in a one-line answer', (d) => (d.child.name = 'Alva\nAndersson'), true, 'normalized'),
    C('a named private reporter with no way to reach them', (d) => (d.reporter = { ...named, phone: undefined }), false),
    C('an anonymous reporter with a name', (d) => (d.reporter = { anonymous: true, name: 'Eva' }), false),
    C('an anonymous reporter with a phone', (d) => (d.reporter = { anonymous: true, phone: '+46701234567' }), false),
    C('a reporter in their work who is anonymous', (d) => (d.reporter = { anonymous: true, professional: true }), false),
    C('a reporter in their work without a phone', (d) => (d.reporter = { ...professional, phone: undefined }), false),
    C('a reporter in their work without a workplace', (d) => (d.reporter = { ...professional, workplace: undefined }), false),
    C('a phone number that is too short', (d) => (d.reporter = { ...named, phone: '+4612345' }), false),
    C('a mobile number with a digit missing', (d) => (d.reporter = { ...named, phone: '+4670123456' }), false),
    C('a phone number of letters', (d) => (d.reporter = { ...named, phone: 'ring mig' }), false),
    C('an empty phone number', (d) => (d.reporter = { ...named, phone: '' }), false),
    C('an e-mail address without a domain', (d) => (d.reporter = { ...named, email: 'eva@' }), false),
    C('an e-mail address with two dots', (d) => (d.reporter = { ...named, email: 'eva..lind@exempel.se' }), false),
    C('an e-mail address of 254 characters', (d) => (d.reporter = { ...named, email: `${repeat(64)}@${repeat(186)}.se` }), true),
    C('an e-mail address of 255 characters', (d) => (d.reporter = { ...named, email: `${repeat(64)}@${repeat(187)}.se` }), false),
    C('an e-mail local part of 65 characters', (d) => (d.reporter = { ...named, email: `${repeat(65)}@exempel.se` }), false),
    C('an e-mail domain claiming to be punycode', (d) => (d.reporter = { ...named, email: 'eva@xn--ä.se' }), false),
    C('a personnummer of letters', (d) => (d.child.personnummer = 'ÅÅMMDD-NNNN'), false),
    C('a personnummer in month 13', (d) => (d.child.personnummer = pnr('19811318', '987')), false),
    C('a personnummer on 29 February 1900', (d) => (d.child.personnummer = pnr('19000229', '123')), false),
    C('a personnummer on 31 April', (d) => (d.child.personnummer = pnr('20150431', '123')), false),
    C('a personnummer with birth number 000', (d) => (d.child.personnummer = pnr('20151218', '000')), false),
    C('a personnummer from 1799', (d) => (d.child.personnummer = pnr('17991218', '123')), false),
    C('an unknown key', (d) => (d.child.favouriteColour = 'blå'), false),
    C('an unknown duration', (d) => (d.concern.duration = 'forever'), false),
    C('version 2', (_, p) => (p.version = 2), false),
    C('a locale in capitals', (_, p) => (p.locale = 'SV'), false),
    C('a time without an offset', (_, p) => (p.submittedAt = '2026-11-22T10:15:00'), false),
    C('a time on 30 February', (_, p) => (p.submittedAt = '2026-02-30T10:15:00Z'), false),
    C('a number where text belongs', (d) => (d.child.name = 42), false),
    { name: 'concern: an application sent as a concern report', payload: clone(application), schema: 'concern-report', valid: false },

    C('a personnummer with a wrong check digit', (d) => (d.child.personnummer = pnr('19811218', '987', { wrong: true })), false, 'beyond-json-schema'),
    C('a personnummer born in 2099', (d) => (d.child.personnummer = pnr('20991231', '123')), false, 'beyond-json-schema'),
    C('a personnummer with ten digits and a hyphen', (d) => (d.child.personnummer = '811218-9876'), true, 'normalized'),
    C('a phone number as people write it', (d) => (d.reporter = { ...named, phone: '070-123 45 67' }), true, 'normalized'),
    C('a name with spaces around it', (d) => (d.child.name = '  Alva '), true, 'normalized'),
    C('a control character in a description', (d) => (d.concern.description = 'Hon var rädd\u0007.'), true, 'normalized'),
    C('a Windows line break in a description', (d) => (d.concern.description = 'Rad ett.\r\nRad två.'), true, 'normalized'),
    C('an e-mail domain in capitals', (d) => (d.reporter = { ...named, email: 'Eva@Exempel.SE' }), true, 'normalized'),
    C('a blank optional answer', (d) => (d.child.whereNow = '   '), true, 'normalized'),
    C('an e-mail domain in Chinese characters', (d) => (d.reporter = { ...named, email: 'eva@例子.se' }), true, 'idn'),
  ];
}

const concernAdult = envelope('concern-report-adult', {
  person: { location: 'Storgatan 3, Exempelstad' },
  concern: { description: 'Han dricker varje dag och verkar inte äta.', duration: 'months', urgent: 'no' },
  reporter: { anonymous: true },
});

/** A concern about an adult: a name or a place, the worry, the reporter (anonymous allowed, no duty asked). */
function concernAdultCorpus() {
  const V = (name, change, valid, difference) => ({ name: `concern-adult: ${name}`, payload: edit(concernAdult, change), valid, difference });
  return [
    V('anonymous, the smallest report', () => {}, true),
    V('a name and no place', (d) => (d.person = { name: 'Bo Ek' }), true),
    V('every answer, a named reporter with an e-mail', (d) => {
      d.person = { name: 'Bo Ek', age: 'ungefär 70', location: 'Storgatan 3' };
      Object.assign(d.concern, { kinds: ['aldre', 'psykisk-ohalsa'], seen: 'I går kväll', personKnows: 'no', urgent: 'yes' });
      d.reporter = { anonymous: false, name: 'Eva Lind', email: 'eva@exempel.se', relation: 'Granne' };
    }, true),
    V('every kind of worry', (d) => (d.concern.kinds = ['missbruk', 'psykisk-ohalsa', 'utsatt-for-vald', 'utovar-vald', 'aldre', 'saknar-bostad', 'annat']), true),
    V('a description of 5000 characters', (d) => (d.concern.description = repeat(5000)), true),

    V('neither a name nor a place', (d) => (d.person = { age: '40' }), false),
    V('an empty name and an empty place', (d) => (d.person = { name: '', location: '' }), false),
    V('an anonymous reporter with a name', (d) => (d.reporter = { anonymous: true, name: 'Eva Lind' }), false),
    V('an anonymous reporter with a phone', (d) => (d.reporter = { anonymous: true, phone: '+46701234567' }), false),
    V('a named reporter without phone or e-mail', (d) => (d.reporter = { anonymous: false, name: 'Eva Lind' }), false),
    V('a reporter with the child form’s duty key', (d) => (d.reporter = { anonymous: false, professional: true, name: 'Kim', phone: '+46701234567' }), false),
    V('a kind of worry that is not a choice', (d) => (d.concern.kinds = ['ekonomi']), false),
    V('the same kind twice', (d) => (d.concern.kinds = ['missbruk', 'missbruk']), false),
    V('an empty list of kinds', (d) => (d.concern.kinds = []), false),
    V('no urgency answer', (d) => delete d.concern.urgent, false),
    V('urgent as a boolean', (d) => (d.concern.urgent = true), false),
    V('a child in a report about an adult', (d) => (d.child = { location: 'Storgatan 1', siblings: 'no' }), false),
    V('a blank description', (d) => (d.concern.description = '   '), false),
    V('a description of 5001 characters', (d) => (d.concern.description = repeat(5001)), false),
    V('a child report sent as an adult’s', (d, p) => Object.assign(p, { data: clone(concern.data) }), false),

    V('a phone number as people write it', (d) => (d.reporter = { anonymous: false, name: 'Eva Lind', phone: '070-123 45 67' }), true, 'normalized'),
  ];
}

/** Makes `d` an adult's application (audience "adult", for themselves, no children, no school questions). */
function adult(d, extra = {}) {
  d.audience = 'adult';
  d.applicant = { role: 'self' };
  delete d.children;
  d.support = ['missbruk-beroende', 'prata-med-nagon'];
  d.situation = 'Jag dricker för mycket och vill ha hjälp att sluta.';
  delete d.consent.school;
  delete d.consent.preschool;
  Object.assign(d, extra);
  return d;
}

function applicationCorpus() {
  const A = (name, change, valid, difference) => ({ name: `application: ${name}`, payload: edit(application, change), valid, difference });
  const child = { name: 'Omar', age: '3 år', livesWith: 'one-parent' };
  return [
    A('a guardian with one child', () => {}, true),
    A('a young person of 15 or older', (d) => (d.applicant = { role: 'young-person', fifteenOrOlder: true }), true),
    A('a helper', (d) => (d.applicant = { role: 'helper', relation: 'Moster' }), true),
    A('a child with an age and no personnummer', (d) => d.children.push(child), true),
    A('a child who lives with someone else', (d) => d.children.push({ ...child, livesWith: 'other', livesWithOther: 'Mormor' }), true),
    A('ten children', (d) => (d.children = Array(10).fill(child)), true),
    A('30 kinds of support', (d) => (d.support = Array.from({ length: 30 }, (_, i) => `stod-${i}`)), true),
    A('contact by e-mail only, with needs', (d) => {
      d.contact = { ...d.contact, phone: undefined, email: 'sara@exempel.se', needs: ['hearing', 'other'], needsOther: 'Skriv gärna.' };
    }, true),
    A('an interpreter in a named language', (d) => (d.contact.interpreter = { needed: 'yes', language: 'somaliska' }), true),
    A('consent to another contact, named', (d) => Object.assign(d.consent, { other: 'yes', otherInfo: 'BUP' }), true),
    A('a situation of 5000 characters', (d) => (d.situation = repeat(5000)), true),

    A('no children', (d) => (d.children = []), false),
    A('eleven children', (d) => (d.children = Array(11).fill(child)), false),
    A('a child with neither personnummer nor age', (d) => d.children.push({ name: 'Omar', livesWith: 'one-parent' }), false),
    A('a child with an empty age and no personnummer', (d) => d.children.push({ ...child, age: '' }), false),
    A('a child without a name', (d) => d.children.push({ age: '3 år', livesWith: 'one-parent' }), false),
    A('a child who lives with someone else, not said who', (d) => d.children.push({ ...child, livesWith: 'other' }), false),
    A('a child with an age of 51 characters', (d) => d.children.push({ ...child, age: repeat(51) }), false),
    A('contact without phone or e-mail', (d) => (d.contact = { ...d.contact, phone: undefined }), false),
    A('another need, not said which', (d) => (d.contact.needs = ['other']), false),
    A('four needs', (d) => (d.contact.needs = ['hearing', 'easy-read', 'other', 'hearing']), false),
    A('the same kind of support twice', (d) => (d.support = ['stodsamtal', 'stodsamtal']), false),
    A('31 kinds of support', (d) => (d.support = Array.from({ length: 31 }, (_, i) => `stod-${i}`)), false),
    A('a kind of support that is not an id', (d) => (d.support = ['stöd samtal']), false),
    A('no support', (d) => (d.support = []), false),
    A('a situation of 5001 characters', (d) => (d.situation = repeat(5001)), false),
    A('a contact name of 201 characters', (d) => (d.contact.name = repeat(201)), false),
    A('a guardian with a relation', (d) => (d.applicant = { role: 'guardian', relation: 'Moster' }), false),
    A('a helper with a blank relation', (d) => (d.applicant = { role: 'helper', relation: ' ' }), false),
    A('a young person who does not say their age', (d) => (d.applicant = { role: 'young-person' }), false),
    A('an interpreter needed, no language', (d) => (d.contact.interpreter = { needed: 'yes' }), false),
    A('consent to another contact, not said which', (d) => (d.consent.other = 'yes'), false),
    A('a consent answer that is not a choice', (d) => (d.consent.healthCare = 'not-applicable'), false),
    A('a personnummer with a letter', (d) => (d.children[0].personnummer = '2015121800X5'), false),

    // An adult applying for themselves (audience "adult"): no children, no school questions.
    A('an adult for themselves, no children', (d) => adult(d), true),
    A('an adult with an empty list of children', (d) => adult(d, { children: [] }), true),
    A('an adult helped by someone', (d) => adult(d, { applicant: { role: 'helper', relation: 'Granne' } }), true),
    A('an adult who answers the school questions anyway', (d) => adult(d, { consent: { ...application.data.consent } }), true),
    A('an adult with a child', (d) => adult(d, { children: [child] }), false),
    A('an adult applying as a guardian', (d) => adult(d, { applicant: { role: 'guardian' } }), false),
    A('an adult applying as a young person', (d) => adult(d, { applicant: { role: 'young-person', fifteenOrOlder: true } }), false),
    A('an audience that is not a choice', (d) => (d.audience = 'family'), false),
    A('a family without children', (d) => delete d.children, false),
    A('a family applying as "self"', (d) => (d.applicant = { role: 'self' }), false),
    A('a family without the school question', (d) => delete d.consent.school, false),
    A('a family without the pre-school question', (d) => delete d.consent.preschool, false),
    A('an adult without a situation', (d) => (adult(d), delete d.situation), false),

    A('a personnummer with a wrong check digit', (d) => (d.children[0].personnummer = pnr('20151218', '002', { wrong: true })), false, 'beyond-json-schema'),
    A('a personnummer with a hyphen', (d) => (d.children[0].personnummer = '20151218-0025'), true, 'normalized'),
    A('a phone number as people write it', (d) => (d.contact.phone = '+46 (0)70-123 45 67'), true, 'normalized'),
  ];
}

const economicAid = envelope('economic-aid', {
  urgent: false,
  situation: 'Jag har förlorat jobbet och pengarna räcker inte till hyran.',
  household: { adults: 1, children: 2 },
  contact: { name: 'Sara Ek', phone: '+46701234567', safe: { call: 'yes', letter: 'yes', message: 'no' }, interpreter: { needed: 'no' } },
  consent: true,
});

/** A first contact about economic aid: numbers for the household, never incomes or assets. */
function economicAidCorpus() {
  const E = (name, change, valid, difference) => ({ name: `economic-aid: ${name}`, payload: edit(economicAid, change), valid, difference });
  return [
    E('the smallest first contact', () => {}, true),
    E('urgent, with since, an interpreter and an e-mail', (d) => Object.assign(d, { urgent: true, since: 'sedan mars', contact: { ...d.contact, email: 'sara@exempel.se', interpreter: { needed: 'yes', language: 'arabiska' } } }), true),
    E('no children, twenty adults', (d) => (d.household = { adults: 20, children: 0 }), true),
    E('an income', (d) => (d.income = 12000), false),
    E('assets in the household', (d) => (d.household.assets = { bank: 500 }), false),
    E('a co-applicant with a personnummer', (d) => (d.household.members = [{ personnummer: pnr('19811218') }]), false),
    E('no adult', (d) => (d.household.adults = 0), false),
    E('half a child', (d) => (d.household.children = 1.5), false),
    E('a count as text', (d) => (d.household.adults = '2'), false),
    E('too many children', (d) => (d.household.children = 21), false),
    E('consent false', (d) => (d.consent = false), false),
    E('urgent as "yes"', (d) => (d.urgent = 'yes'), false),
    E('no phone and no e-mail', (d) => delete d.contact.phone, false),
    E('a blank situation', (d) => (d.situation = '   '), false),
    E('a phone number as people write it', (d) => (d.contact.phone = '070-123 45 67'), true, 'normalized'),
  ];
}

const feedback = envelope('feedback', {
  about: ['waiting'],
  what: 'Jag fick vänta i tre månader på ett svar.',
  contact: { anonymous: true },
});

/** Synpunkter och klagomål: anonymous is exactly { anonymous: true }; otherwise a name and a way to reply. */
function feedbackCorpus() {
  const F = (name, change, valid, difference) => ({ name: `feedback: ${name}`, payload: edit(feedback, change), valid, difference });
  return [
    F('anonymous, the smallest', () => {}, true),
    F('every answer, named with a phone and an e-mail', (d) => {
      Object.assign(d, { about: ['meeting', 'decision', 'treatment', 'waiting', 'other'], unit: 'Mottagningen', wish: 'Ett nytt möte.' });
      d.contact = { anonymous: false, name: 'Eva Lind', phone: '+46701234567', email: 'eva@exempel.se' };
    }, true),
    F('named with an e-mail only', (d) => (d.contact = { anonymous: false, name: 'Eva Lind', email: 'eva@exempel.se' }), true),
    F('anonymous with a name', (d) => (d.contact = { anonymous: true, name: 'Eva Lind' }), false),
    F('anonymous with a phone', (d) => (d.contact = { anonymous: true, phone: '+46701234567' }), false),
    F('named without a way to reply', (d) => (d.contact = { anonymous: false, name: 'Eva Lind' }), false),
    F('named without a name', (d) => (d.contact = { anonymous: false, phone: '+46701234567' }), false),
    F('no contact at all', (d) => delete d.contact, false),
    F('nothing chosen about', (d) => (d.about = []), false),
    F('an unknown kind', (d) => (d.about = ['price']), false),
    F('a kind twice', (d) => (d.about = ['waiting', 'waiting']), false),
    F('a blank description', (d) => (d.what = '   '), false),
    F('an unknown key', (d) => (d.personnummer = '191212121212'), false),
    F('a phone number as people write it', (d) => (d.contact = { anonymous: false, name: 'Eva Lind', phone: '070-123 45 67' }), true, 'normalized'),
  ];
}

/** The ```json examples of the README, each a valid payload. */
async function readmeExamples() {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  // Payload examples are the top-level ```json blocks; an indented one (editor settings in a list) is not.
  return [...readme.matchAll(/^```json\n([\s\S]*?)^```/gm)].map((m, i) => ({
    name: `README example ${i + 1}`,
    payload: JSON.parse(m[1]),
    valid: true,
    readme: true,
  }));
}

before(async () => {
  ({ schemas: s, dir } = await importSchemas('soc-json-schema-', [
    "export * as canonical from './src/schemas/canonical.ts';",
    "export { payloadJsonSchemas } from './scripts/lib/json-schema.mjs';",
  ]));

  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  validators = new Map(s.payloadJsonSchemas(s).map(({ type, json }) => [type, ajv.compile(json)]));
  corpus = [...(await readmeExamples()), ...concernCorpus(), ...concernAdultCorpus(), ...applicationCorpus(), ...economicAidCorpus(), ...feedbackCorpus()];
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Both see the payload as it arrives over the wire (keys set to undefined are gone).
const wire = (payload) => JSON.parse(JSON.stringify(payload));
const zodAccepts = (type, payload) => s.PAYLOAD_SCHEMAS[type].safeParse(wire(payload));
const jsonAccepts = (type, payload) => validators.get(type)(wire(payload));

test('the corpus has at least 40 payloads, valid and invalid ones of every type, and every README example', () => {
  assert.ok(corpus.length >= 40, `${corpus.length} entries`);
  for (const t of s.PAYLOAD_TYPES) {
    const of = corpus.filter((e) => (e.schema ?? e.payload.type) === t.type);
    assert.ok(of.some((e) => e.valid) && of.some((e) => !e.valid), t.type);
    assert.ok(of.some((e) => e.readme), `the README has a JSON example of ${t.type}`);
  }
});

test('zod and the JSON Schema give the same verdict, except the named differences', (t) => {
  const wrong = [];
  const counts = { same: 0, 'beyond-json-schema': 0, normalized: 0, idn: 0 };
  for (const e of corpus) {
    const type = e.schema ?? e.payload.type;
    const zod = zodAccepts(type, e.payload);
    const json = jsonAccepts(type, e.payload);
    const expectedJson = e.difference ? !e.valid : e.valid;
    if (zod.success !== e.valid) wrong.push(`${e.name}: zod says ${zod.success ? 'valid' : 'invalid'}`);
    if (json !== expectedJson) wrong.push(`${e.name}: JSON Schema says ${json ? 'valid' : 'invalid'}`);
    if (e.difference === 'beyond-json-schema') assert.equal(e.valid, false, e.name);
    if (e.difference === 'normalized' || e.difference === 'idn') assert.equal(e.valid, true, e.name);
    counts[e.difference ?? 'same']++;
  }
  assert.deepEqual(wrong, []);
  assert.ok(counts.same >= 40, JSON.stringify(counts));
  const valid = corpus.filter((e) => e.valid).length;
  t.diagnostic(`${corpus.length} payloads (${valid} valid, ${corpus.length - valid} invalid for zod); ${JSON.stringify(counts)}`);
});

test('the JSON Schema accepts what zod returns for every payload zod accepts (but IDN e-mail domains)', () => {
  const wrong = [];
  for (const e of corpus.filter((x) => x.valid && x.difference !== 'idn')) {
    const type = e.schema ?? e.payload.type;
    const out = zodAccepts(type, e.payload).data;
    if (!jsonAccepts(type, out)) wrong.push(e.name);
    if (e.difference === 'normalized') assert.notDeepEqual(out, e.payload, `${e.name} is changed by zod`);
  }
  assert.deepEqual(wrong, []);
});

test('the JSON Schema names what it cannot check', () => {
  for (const { json } of s.payloadJsonSchemas(s)) {
    const text = JSON.stringify(json);
    assert.match(json.description, /normalized form/);
    if (text.includes('"personnummer"')) assert.match(text, /Luhn check digit/);
    if (text.includes('"email"')) assert.match(text, /IDNA/);
  }
});

test('every letter the JSON Schema allows in an e-mail domain is one that zod accepts', () => {
  // The pattern's class of domain letters, taken from the pattern itself, tried one by one at the
  // start, inside and at the end of a label: the JSON Schema must never accept what zod rejects.
  const re = new RegExp(s.canonical.EMAIL_PATTERN, 'u');
  let tried = 0;
  for (let cp = 0x80; cp <= 0x2fff; cp++) {
    const c = String.fromCodePoint(cp);
    for (const address of [`a@${c}.se`, `a@x${c}y.se`, `a@xy${c}.se`]) {
      if (!re.test(address)) continue;
      tried++;
      assert.equal(s.parseEmail(address).ok, true, `U+${cp.toString(16).toUpperCase()} in ${address}`);
    }
  }
  assert.ok(tried > 300, `${tried} addresses`);
});

test('the text patterns accept a character exactly where cleaning would leave it as it is', () => {
  // Every BMP character alone and between two letters; lone surrogate halves are left out (cleaning
  // replaces them with U+FFFD, the patterns let them through: JSON text cannot be NFC-checked
  // either, and neither changes the verdict).
  const line = new RegExp(s.canonical.LINE_PATTERN, 'u');
  const multi = new RegExp(s.canonical.MULTILINE_PATTERN, 'u');
  const wrong = [];
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCharCode(cp);
    for (const text of [c, `a${c}b`]) {
      const clean = (multiline) => s.cleanText(text, { multiline }).normalize('NFC') === text.normalize('NFC');
      if (line.test(text) !== clean(false)) wrong.push(`line U+${cp.toString(16)} in ${JSON.stringify(text)}`);
      if (multi.test(text) !== clean(true)) wrong.push(`multiline U+${cp.toString(16)} in ${JSON.stringify(text)}`);
    }
  }
  assert.deepEqual(wrong.slice(0, 10), []);
});

test('the JSON Schema of each payload type is what the build writes, with the $id it had', () => {
  const built = s.payloadJsonSchemas(s);
  assert.deepEqual(built.map((b) => b.file), s.PAYLOAD_TYPES.map((t) => t.jsonSchema));
  assert.deepEqual(built.map((b) => b.file), ['concern-report.json', 'concern-report-adult.json', 'application.json', 'economic-aid.json', 'feedback.json']);
  assert.deepEqual(built.map((b) => b.json.$id), [
    'https://soc-elements.se/schemas/concern-report.v1.json',
    'https://soc-elements.se/schemas/concern-report-adult.v1.json',
    'https://soc-elements.se/schemas/application.v1.json',
    'https://soc-elements.se/schemas/economic-aid.v1.json',
    'https://soc-elements.se/schemas/feedback.v1.json',
  ]);
  for (const b of built) assert.equal(b.json.$schema, 'https://json-schema.org/draft/2020-12/schema');
});
