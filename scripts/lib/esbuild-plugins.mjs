// esbuild plugins that make the browser bundle smaller without changing what it does. Used by
// `npm run build` (dist/soc-elements.js) and `npm run bench` / the size tests, so the bytes that
// are measured are the bytes that ship.
import { readFile } from 'node:fs/promises';

/**
 * The `desc` of a `msg()` call is for translators (lit-localize writes it into the XLIFF files);
 * at run time it is never read. Removes `desc: '…'` properties from our sources.
 */
export function stripMsgDescriptions(source) {
  const literal = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\$]|\\.)*\x60)`;
  return source
    .replace(new RegExp(String.raw`\{\s*desc:\s*${literal}\s*,?\s*\}`, 'g'), '{}')
    .replace(new RegExp(String.raw`,\s*desc:\s*${literal}`, 'g'), '')
    .replace(new RegExp(String.raw`desc:\s*${literal}\s*,\s*`, 'g'), '');
}

/** Elements that are inline by default: white space between two of them can render. */
const INLINE = new Set(
  'a abbr b bdi bdo br button cite code data dfn em i img input kbd label mark output q s samp select slot small span strong sub sup svg textarea time u var wbr'.split(' '),
);

/**
 * White space of the source in one static piece of a template: a run that contains a line break
 * becomes one space; in `html` and `svg`, a run between two tags is dropped altogether unless
 * both tags belong to inline elements (`</span>\n<a>` keeps its space). Next to a block's start
 * or end, or between blocks, white space never renders, but it would still be a text node in
 * every copy of the template, in every shadow root.
 */
export function collapseText(text, tag) {
  if (tag !== 'css') {
    // Line breaks before the end of a tag (`</label\n>`, `"\n/>`) go too. \0 is an expression
    // (see copyTemplate): Lit itself keeps `${x}/>` apart.
    text = text.replace(/(<\/[a-zA-Z][\w-]*|["'\0])[ \t]*\n\s*(?=\/?>)/g, '$1');
    text = text.replace(/<(\/?)([a-zA-Z][\w-]*)([^<>]*)>([ \t]*\n\s*)(?=<(\/?)([a-zA-Z][\w-]*))/g, (all, _c, before, rest, space, _d, after) =>
      INLINE.has(before.toLowerCase()) && INLINE.has(after.toLowerCase()) ? all : all.slice(0, -space.length),
    );
  }
  if (tag === 'css') {
    // CSS comments are notes for us, not styles. Space around braces, semicolons, commas and the
    // child combinator, and after a colon, never changes what CSS means (before a colon it can:
    // `.a :first-child`), and no string in our styles holds one of them; the last semicolon of a
    // block is optional.
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/**
 * In `css`, `html` and `svg` tagged templates, a run of white space that contains a line break is
 * indentation of the source: it becomes one space, or nothing between tags (see `collapseText`;
 * HTML and CSS treat both alike; the only `white-space: pre-line` text in the library comes from
 * expressions, which are left alone). Template expressions — including nested templates of other
 * tags — are copied unchanged.
 */
export function collapseTemplateWhitespace(source) {
  let out = '';
  let i = 0;
  const tagged = /\b(css|html|svg)`/g;
  for (let m = tagged.exec(source); m; m = tagged.exec(source)) {
    if (m.index < i) continue;
    out += source.slice(i, m.index + m[0].length);
    i = copyTemplate(m.index + m[0].length, m[1]);
    tagged.lastIndex = i;
  }
  return out + source.slice(i);

  /** From just after an opening backtick to just after the closing one; returns that index. */
  function copyTemplate(start, tag) {
    let j = start;
    let text = '';
    // The static pieces are collapsed together (a tag may start in one and end in the next);
    // \0 stands for each expression meanwhile.
    const statics = [];
    const expressions = [];
    while (j < source.length) {
      const c = source[j];
      if (c === '\\') {
        text += source.slice(j, j + 2);
        j += 2;
      } else if (c === '`') {
        statics.push(text);
        const pieces = tag ? collapseText(statics.join('\0'), tag).split('\0') : statics;
        out += pieces.map((s, k) => s + (k < expressions.length ? '${' + expressions[k] : '')).join('') + '`';
        return j + 1;
      } else if (c === '$' && source[j + 1] === '{') {
        statics.push(text);
        text = '';
        const outer = out;
        out = '';
        j = copyExpression(j + 2);
        expressions.push(out);
        out = outer;
      } else {
        text += c;
        j++;
      }
    }
    throw new Error('collapseTemplateWhitespace: unterminated template');
  }

  /** From just after `${` to just after its `}`; nested templates keep their own rule. */
  function copyExpression(start) {
    let j = start;
    let depth = 0;
    while (j < source.length) {
      const c = source[j];
      if (c === '`') {
        const tag = /\b(css|html|svg)$/.exec(source.slice(Math.max(0, j - 4), j))?.[1] ?? '';
        out += '`';
        j = copyTemplate(j + 1, tag);
      } else if (c === "'" || c === '"') {
        let k = j + 1;
        while (k < source.length && source[k] !== c) k += source[k] === '\\' ? 2 : 1;
        out += source.slice(j, k + 1);
        j = k + 1;
      } else {
        if (c === '{') depth++;
        if (c === '}' && depth-- === 0) {
          out += '}';
          return j + 1;
        }
        out += c;
        j++;
      }
    }
    throw new Error('collapseTemplateWhitespace: unterminated expression');
  }
}

/** Applies both transforms to the library's own TypeScript sources. */
export const shrinkSources = {
  name: 'shrink-sources',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      contents: collapseTemplateWhitespace(stripMsgDescriptions(await readFile(path, 'utf8'))),
      loader: 'ts',
    }));
  },
};
