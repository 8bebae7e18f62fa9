// LIX (läsbarhetsindex, Björnsson 1968) of Swedish text: words per sentence plus the share of long
// words in per cent. LIX = W / S + 100 × L / W, where
//   - a word (W) is a run of letters (any script, Unicode \p{L}), with hyphens or apostrophes
//     inside it kept as part of the word ("e-post", "offentlighets-"); numbers, dates, section signs
//     and phone numbers are not words;
//   - a long word (L) has more than six letters (hyphens not counted);
//   - a sentence (S) ends at ".", "!", "?" or ":" followed by white space or the end, and at the
//     end of each text unit (one msg() string, a label, a heading: each is read as its own line).
//     A full stop in an abbreviation that Swedish writes with dots ("t.ex.", "bl.a.", "kl.", "kap.")
//     or after a number ("20 kap. 2 §", "1.") does not end a sentence.
// Goals of the project (issue 17): ≤ 30 for every default text, ≤ 25 for texts to children.
const ABBREVIATIONS = /\b(?:t\.ex|bl\.a|m\.m|d\.v\.s|dvs|kl|kap|nr|ca|s\.k|o\.s\.v|osv|p\.g\.a|jfr|resp|f\.d)\.$/iu;

/** Splits one text unit into sentences (see the header). */
export function sentences(unit) {
  const out = [];
  let start = 0;
  const text = unit.replace(/\s+/gu, ' ').trim();
  for (const m of text.matchAll(/[.!?:](?=\s|$)/gu)) {
    const end = m.index + 1;
    const before = text.slice(start, end);
    if (m[0] === '.' && (ABBREVIATIONS.test(before) || /(?:^|\s)\d+\.$/u.test(before))) continue;
    if (before.trim()) out.push(before.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => words(s).length > 0);
}

/** The words of a text (see the header). */
export const words = (text) => text.match(/\p{L}+(?:['’-]\p{L}*)*/gu) ?? [];

const letters = (word) => word.replace(/[^\p{L}]/gu, '').length;

/** `{ lix, words, sentences, long }` of a list of text units. */
export function lix(units) {
  let w = 0;
  let s = 0;
  let long = 0;
  for (const unit of units) {
    for (const sentence of sentences(unit)) {
      const ws = words(sentence);
      s += 1;
      w += ws.length;
      long += ws.filter((x) => letters(x) > 6).length;
    }
  }
  return { lix: w ? w / s + (100 * long) / w : 0, words: w, sentences: s, long };
}

/**
 * The Swedish source texts of the `msg()` calls in one TypeScript source: each call's first
 * argument, a string literal or a `str` template (an expression `${…}` reads as the one-letter
 * word "X": a name or a number the page fills in). Comments are skipped. A `msg(` whose argument is
 * neither (a variable, a call) is returned in `unread` so a check can refuse it instead of missing
 * its text.
 */
export function msgTexts(source) {
  const texts = [];
  const unread = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
  for (const m of code.matchAll(/\bmsg\(\s*/g)) {
    let i = m.index + m[0].length;
    let quote = code[i];
    if (code.startsWith('str`', i)) {
      i += 3;
      quote = '`';
    } else if (quote !== "'" && quote !== '"') {
      unread.push(code.slice(m.index, m.index + 40));
      continue;
    }
    let text = '';
    for (i += 1; i < code.length && code[i] !== quote; i += 1) {
      if (code[i] === '\\') {
        i += 1;
        text += code[i] === 'n' ? '\n' : code[i];
      } else if (quote === '`' && code.startsWith('${', i)) {
        let depth = 1;
        for (i += 2; depth; i += 1) depth += code[i] === '{' ? 1 : code[i] === '}' ? -1 : 0;
        i -= 1;
        text += 'X';
      } else text += code[i];
    }
    texts.push(text);
  }
  return { texts, unread };
}
