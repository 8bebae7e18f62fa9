// Examples and texts that must not mislead a citizen.
// - Every phone number in the demo, the host pages, the stories and the scripts is an exempelnummer
//   from a range Post- och telestyrelsen (PTS) reserves for books, films and examples, so no real
//   office or socialjour gets calls meant for a fictional municipality (Örebro's reception,
//   019-21 30 00, was once used as the socialjour number). Office and socialjour differ.
// - The Swedish source texts make no promise the municipality cannot keep.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSchemas } from './schemas-in-node.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * PTS's number series for fiction (verified via a DN report quoted by tellerreport.com, 2020-09-07,
 * and the FakerPHP docs PR #78 citing pts.se "Telefonnummer för användning i böcker och filmer"),
 * as E.164 prefixes and the last two digits' range.
 */
const FICTION = [
  { prefix: '+467017406', from: 5, to: 99 }, // 070-174 06 05 – 070-174 06 99
  { prefix: '+468465004', from: 0, to: 99 }, // 08-465 004 00 – 08-465 004 99
  { prefix: '+463139006', from: 0, to: 99 }, // 031-390 06 00 – 031-390 06 99
  { prefix: '+464062804', from: 0, to: 99 }, // 040-628 04 00 – 040-628 04 99
];
const isFiction = (e164) =>
  FICTION.some(({ prefix, from, to }) => {
    if (!e164.startsWith(prefix) || e164.length !== prefix.length + 2) return false;
    const n = Number(e164.slice(prefix.length));
    return n >= from && n <= to;
  });

let dir;
let s;
before(async () => {
  ({ schemas: s, dir } = await importSchemas());
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function files(folder, exts) {
  const out = [];
  for (const entry of await readdir(join(ROOT, folder), { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile() && exts.some((e) => entry.name.endsWith(e)) && !path.includes('node_modules')) out.push(path);
  }
  return out;
}

/** Swedish numbers written in a text, as E.164, with where they stand. */
function swedishNumbers(text) {
  const found = [];
  for (const m of text.matchAll(/(?:\+46|(?<![\w.:/-])0)[\d \-()]{5,16}\d/g)) {
    const p = s.parsePhone(m[0]);
    // A personnummer of someone born in the 2000s ("090315 4821") looks like a number too.
    if (s.parsePersonnummer(m[0]).ok) continue;
    if (p.ok && p.value.startsWith('+46')) found.push({ written: m[0], e164: p.value, at: m.index });
  }
  return found;
}

test('the fiction ranges are numbers the project reads and writes back in Swedish style', () => {
  for (const [written, e164] of [
    ['08-465 004 10', '+46846500410'],
    ['08-465 004 90', '+46846500490'],
    ['070-174 06 05', '+46701740605'],
    ['031-390 06 45', '+46313900645'],
    ['040-628 04 99', '+46406280499'],
  ]) {
    assert.deepEqual(s.parsePhone(written), { ok: true, value: e164 });
    assert.equal(s.formatPhone(e164), written);
    assert.ok(isFiction(e164), written);
  }
  assert.ok(!isFiction('+4619213000'));
  assert.ok(!isFiction('+46701740604'));
});

test('every phone number in the demo, the stories and the scripts is an exempelnummer', async () => {
  const bad = [];
  let count = 0;
  const all = [
    ...(await files('demo', ['.html', '.js', '.css'])),
    ...(await files('stories', ['.ts', '.mdx', '.md'])),
    ...(await files('scripts', ['.mjs', '.js'])),
  ];
  assert.ok(all.length > 20, `found only ${all.length} files`);
  for (const path of all) {
    const text = await readFile(path, 'utf8');
    for (const n of swedishNumbers(text)) {
      count++;
      if (!isFiction(n.e164)) bad.push(`${relative(ROOT, path)}: "${n.written}" (${n.e164})`);
    }
    // Örebro's reception in any spelling, whether or not the pattern above saw it.
    if (/019[-\s]?21\s?30\s?00|\+46\s?19\s?21\s?30\s?00|4619213000/.test(text)) bad.push(`${relative(ROOT, path)}: Örebro's 019-21 30 00`);
  }
  assert.ok(count > 10, `found only ${count} numbers: is the pattern still right?`);
  assert.deepEqual(bad, []);
});

test('on every demo and host page the socialjour number differs from the office number', async () => {
  const pages = await files('demo', ['.html']);
  let pairs = 0;
  for (const path of pages) {
    const html = await readFile(path, 'utf8');
    for (const tag of html.matchAll(/<soc-[a-z-]+\b[^>]*>/g)) {
      const office = / phone="([^"]*)"/.exec(tag[0])?.[1];
      const jour = / emergency-phone="([^"]*)"/.exec(tag[0])?.[1];
      if (!office || !jour) continue;
      pairs++;
      assert.notEqual(s.parsePhone(office).value, s.parsePhone(jour).value, `${relative(ROOT, path)}: ${tag[0]}`);
    }
  }
  assert.ok(pairs >= 4, `found only ${pairs} elements with both numbers`);
});

test('the Swedish texts promise nothing the municipality cannot keep', async () => {
  const sources = (await files('src', ['.ts'])).filter((p) => !p.includes(`${join('src', 'generated')}`));
  const text = (await Promise.all(sources.map((p) => readFile(p, 'utf8')))).join('\n');
  const promises = [
    // Case 11: a report sent on the web is read when the municipality reads reports, not at once.
    /bedömer direkt/,
    /behöver skydd direkt/,
    /läser anmälan samma dag/,
    // Case 13: anonymity holds only if nothing identifies the reporter.
    /Anonym betyder att ingen vet vem du är/,
    // Case 14: the duty to report is the named professions', not everyone's who reports "at work".
    /Gör du anmälan i ditt arbete\?/,
    /Den som arbetar med barn, till exempel i skolan eller vården, måste anmäla/,
    // Case 14: secrecy towards guardians has exceptions (OSL 12 kap. 3 §); nobody can promise silence.
    /ingen annan ska få veta/,
  ];
  for (const p of promises) assert.doesNotMatch(text, p);
});
