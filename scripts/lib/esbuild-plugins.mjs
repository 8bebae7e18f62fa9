// esbuild plugins for the browser build. `shrinkSources` makes it smaller without changing what it
// does; it is used by `npm run build` (dist/) and by `npm run bench` / the size tests, so the bytes
// that are measured are the bytes that ship. `litPolicyOnce` is the build's one patch of Lit.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { defaultStrategy, minifyHTMLLiterals } from '@literals/html-css-minifier';

/**
 * The `desc` of a `msg()` call is for translators (lit-localize writes it into the XLIFF files);
 * at run time it is never read. Removes `desc: '…'` properties from our sources.
 */
export function stripMsgDescriptions(source) {
  const literal = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\$]|\\.)*\x60)`;
  return source
    // An options object that held only the description goes with its comma: msg('…').
    .replace(new RegExp(String.raw`,\s*\{\s*desc:\s*${literal}\s*,?\s*\}(?=\s*\))`, 'g'), '')
    .replace(new RegExp(String.raw`\{\s*desc:\s*${literal}\s*,?\s*\}`, 'g'), '{}')
    .replace(new RegExp(String.raw`,\s*desc:\s*${literal}`, 'g'), '')
    .replace(new RegExp(String.raw`desc:\s*${literal}\s*,\s*`, 'g'), '');
}

/**
 * The browsers whose CSS the minifier may write for: those that run the rest of the bundle
 * (ES2022 syntax: Chrome 94, Safari 16.4) and form-associated custom elements (Firefox 98).
 * Without targets Lightning CSS would write media queries in range syntax (`width<=40rem`), which
 * Chrome before 104 ignores. Lightning CSS encodes a version as major << 16 | minor << 8.
 */
export const CSS_TARGETS = { chrome: 94 << 16, firefox: 98 << 16, safari: (16 << 16) | (4 << 8) };

/**
 * The minifier reads and writes a template's raw source text, but Lit's `html` and `css` read its
 * value: `a[href^=tel\:]` from Lightning CSS written back as it is would be read as
 * `a[href^=tel:]`, an invalid selector, and the rule would be lost. So each text is minified as
 * its value and written back as the raw text of that value. `cook` asks JavaScript itself for the
 * value (a static part never holds an unescaped `${`; an escape JavaScript rejects stops the build).
 */
const cook = (raw) => new Function(`return \`${raw}\`;`)();
const uncook = (text) => text.replace(/[\\`]|\$\{/g, (c) => `\\${c}`);

const strategy = {
  ...defaultStrategy,
  minifyHTML: async (raw, options) => uncook(await defaultStrategy.minifyHTML(cook(raw), options)),
  minifyCSS: (raw) => uncook(defaultStrategy.minifyCSS(cook(raw), { targets: CSS_TARGETS })),
};

/**
 * Minifies the `html`, `svg` and `css` tagged templates of one TypeScript source with
 * @literals/html-css-minifier: TypeScript's own parser finds the templates (so regular
 * expressions, comments and strings in `${…}` are what they are), html-minifier-next collapses the
 * markup's white space the way HTML renders it (a space stays between inline elements and around
 * expressions, none is kept next to a block's start or end), and Lightning CSS minifies the styles.
 * Template expressions are left as they are. Returns the code and a source map to the input.
 */
export async function minifyTemplates(source, fileName = 'source.ts') {
  const result = await minifyHTMLLiterals(source, {
    fileName,
    strategy,
    shouldMinify: (template) => template.tag === 'html' || template.tag === 'svg',
    shouldMinifyCSS: (template) => template.tag === 'css',
    generateSourceMap: (ms) => ms.generateMap({ source: fileName, includeContent: true, hires: true }),
  });
  return result ? { code: result.code, map: result.map } : { code: source, map: undefined };
}

/** Applies both transforms to the library's own TypeScript sources. */
export const shrinkSources = {
  name: 'shrink-sources',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const { code, map } = await minifyTemplates(stripMsgDescriptions(await readFile(path, 'utf8')), path);
      // esbuild reads an inline source map in its input, so the output maps to the source file.
      const inline = map ? `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n` : '';
      return { contents: code + inline, loader: 'ts' };
    });
  },
};

/** Set on globalThis by the first copy of the bundle whose Lit created the `lit-html` policy. */
const POLICY_MARK = 'globalThis[Symbol.for("soc-elements.lit-html-policy")]';

/**
 * A second copy of the bundle on a page (a CMS template and a page both include it) must not break:
 * under Trusted Types without 'allow-duplicates', its Lit would create the `lit-html` policy again,
 * throw (a CSP violation) and stop before the copy could say it is one. The first copy's Lit creates
 * the policy and marks the page; a later copy, whose elements never get registered, skips it.
 *
 * This rewrites Lit's one `tt?tt.createPolicy("lit-html",…)` call in lit-html/lit-html.js (the
 * production build). It throws when that call is not there exactly once, so an update of Lit that
 * changes it stops the build (and test/node/build-plugins.node.test.mjs) instead of shipping a
 * bundle that breaks on pages with two copies. Remove when Lit itself tolerates a second copy
 * under Trusted Types.
 */
export function patchLitPolicy(source, path = 'lit-html.js') {
  const call = /(\w+)\?\1\.createPolicy\("lit-html",/g;
  const found = source.match(call)?.length ?? 0;
  if (found !== 1) throw new Error(`lit-policy-once: expected one createPolicy("lit-html") call in ${path}, found ${found}; update scripts/lib/esbuild-plugins.mjs`);
  return source.replace(call, (_, tt) => `${tt}&&!${POLICY_MARK}&&(${POLICY_MARK}=1)?${tt}.createPolicy("lit-html",`);
}

/** Applies `patchLitPolicy` to Lit when bundling. */
export const litPolicyOnce = {
  name: 'lit-policy-once',
  setup(build) {
    build.onLoad({ filter: /[\\/]lit-html[\\/]lit-html\.js$/ }, async ({ path }) => ({ contents: patchLitPolicy(await readFile(path, 'utf8'), path), loader: 'js' }));
  },
};
