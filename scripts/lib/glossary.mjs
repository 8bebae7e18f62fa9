// The Swedish words a citizen will hear and see in letters and meetings stay recognizable in every
// language: the first time a text uses one, its translation is followed by the Swedish word in
// brackets, in Latin script — "assessment (förhandsbedömning)". Each language translates each word
// one way, written in locales/glossary/<code>.json:
//   { "language": "fi", "terms": { "utredning": { "translation": "selvitys", "pattern": "selvity" } },
//     "exempt": { "<unit id>": "why this text cannot follow the rule" } }
// `pattern` is a case-insensitive regular expression matching every inflected form used.
// The rule is checked per message (a message is the smallest text an element shows on its own), so
// the first time on a page is always covered. test/node/glossary.node.test.mjs applies it to every
// target locale; TRANSLATING.md explains it to translators.
import { readFileSync } from 'node:fs';

/** The terms, each with the pattern that finds it (any inflection) in the Swedish source. */
export const TERMS = {
  orosanmälan: /orosanmäl/i,
  förhandsbedömning: /förhandsbedömning/i,
  utredning: /utredning/i,
  sekretess: /sekretess/i,
  socialjouren: /socialjour/i,
  förvaltningsrätten: /förvaltningsrätt/i,
  bistånd: /bistånd/i,
};

/** Every unit of an XLIFF file: `{ id, source, target }` (target undefined when missing). */
export function readUnits(file) {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));
}

/** What breaks the glossary rule in these units, one sentence per fault. */
export function glossaryProblems(units, glossary) {
  const problems = [];
  for (const [term] of Object.entries(TERMS)) {
    const g = glossary?.terms?.[term];
    if (!g?.translation || !g?.pattern) problems.push(`the glossary has no translation and pattern for "${term}"`);
  }
  for (const { id, source, target } of units) {
    if (target === undefined || glossary?.exempt?.[id]) continue;
    for (const [term, re] of Object.entries(TERMS)) {
      if (!re.test(source)) continue;
      const bracket = new RegExp(`\\([^()]*${re.source}[^()]*\\)`, 'i');
      if (!bracket.test(target)) {
        problems.push(`${id}: "${term}" is not given in brackets (${target.slice(0, 70)}…)`);
        continue;
      }
      const g = glossary?.terms?.[term];
      if (g?.pattern && !new RegExp(g.pattern, 'iu').test(target.replace(bracket, ''))) {
        problems.push(`${id}: "${term}" is not translated as the glossary says (${g.translation})`);
      }
    }
  }
  return problems;
}
