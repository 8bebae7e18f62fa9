// The build's template minifier (scripts/lib/esbuild-plugins.mjs) on valid TypeScript that a
// hand-written lexer gets wrong — a regular expression, a comment or a string holding a backtick or
// a brace inside `${…}` — and on what it must keep: a space between inline elements, expressions as
// written, media queries that older browsers understand. And the one patch of a dependency: Lit's
// Trusted Types policy, created once per page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { build, transform } from 'esbuild';
import { bundle } from '../../scripts/bench.mjs';
import { litPolicyOnce, minifyTemplates, patchLitPolicy, stripMsgDescriptions } from '../../scripts/lib/esbuild-plugins.mjs';

/** Minifies, compiles and imports `source`; its `html` tag marks each expression as {value}. */
async function run(source) {
  const tag = "const html = (s, ...v) => s.map((x, i) => x + (i < v.length ? `{${v[i]}}` : '')).join('');\n";
  const { code } = await minifyTemplates(tag + source, 'test.ts');
  const js = (await transform(code, { loader: 'ts', format: 'esm' })).code;
  return { code, module: await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`) };
}

test('a regular expression with a backtick inside a template expression', async () => {
  const { module } = await run("export const f = (x: string) => html`<p>\n    ${x.replace(/`/g, '')}\n  </p>`;\n");
  assert.equal(module.f('a`b'), '<p>{ab}</p>');
});

test('comments and strings with backticks and braces inside template expressions', async () => {
  const { module } = await run(
    [
      'export const line = (x: string) => html`<ul>',
      '    <li>${x // a backtick ` and a brace } in a comment',
      '    }</li>',
      '  </ul>`;',
      'export const block = (x: string) => html`<p>\n  ${/* } ` */ x}\n</p>`;',
      "export const str = (x: string) => html`<p>\n  ${x + '`}' + \"${\"}\n</p>`;",
      'export const regex = (x: string) => html`<div>\n  <p>${x.replace(/}/g, "")}</p>\n</div>`;',
    ].join('\n'),
  );
  assert.equal(module.line('x'), '<ul><li>{x}</li></ul>');
  assert.equal(module.block('x'), '<p>{x}</p>');
  assert.equal(module.str('x'), '<p>{x`}${}</p>');
  assert.equal(module.regex('a}'), '<div><p>{a}</p></div>');
});

test('white space renders as before: kept between inline elements and expressions, dropped between blocks', async () => {
  const { module } = await run(
    [
      'export const inline = () => html`<p>\n  <span>Fel:</span>\n  <a href="#x">Namn</a>\n</p>`;',
      'export const blocks = (a: string, b: string) => html`<div>\n  <soc-text-field></soc-text-field>\n  <p>${a}</p>\n  ${a} ${b}\n</div>`;',
      'export const attrs = (v: string) => html`<input\n  .value=${v}\n  ?disabled=${false}\n  @input=${v}\n  aria-label="Namn">`;',
    ].join('\n'),
  );
  assert.equal(module.inline(), '<p><span>Fel:</span> <a href="#x">Namn</a></p>');
  assert.equal(module.blocks('a', 'b'), '<div><soc-text-field></soc-text-field><p>{a}</p>{a} {b}</div>');
  assert.equal(module.attrs('v'), '<input .value={v} ?disabled={false} @input={v} aria-label="Namn">');
});

test('css: minified for the browsers the bundle runs in (no media range syntax)', async () => {
  const { code } = await minifyTemplates("const s = css`\n  @media (max-width: 40rem) {\n    .row { grid-template-columns: 1fr; }\n  }\n  a[href^='tel:'] { color: red; }\n`;");
  assert.match(code, /@media \(max-width:40rem\)\{\.row\{grid-template-columns:1fr\}\}/);
  assert.doesNotMatch(code, /\n/);
});

test("what Lit reads is the template's value: escapes in and out of the minifier", async () => {
  const [bt, bs] = ['`', '\\'];
  const { module } = await run(
    [
      'const css = (s: TemplateStringsArray) => s[0];',
      `export const tel = css${bt}\n  a[href^='tel:'] { font-weight: 700; }\n  /* ${bs}${bt}start${bs}${bt} of the list */\n${bt};`,
      `export const path = () => html${bt}<p>\n  C:${bs}${bs}temp ${bs}${bt} &#96;\n</p>${bt};`,
    ].join('\n'),
  );
  // Lightning CSS writes `tel\:`; the value Lit's css tag reads keeps the backslash.
  assert.match(module.tel, /^a\[href\^=(tel\\:|"tel:")\]\{font-weight:700\}$/);
  assert.equal(module.path(), '<p>C:\\temp ` `</p>');
});

test('translator notes go, other options stay', () => {
  // An options object that held only the note goes with its comma.
  assert.equal(stripMsgDescriptions("msg('Hej', { desc: 'A greeting' })"), "msg('Hej')");
  assert.equal(stripMsgDescriptions("msg(str`Barn ${n}`, {\n  desc: 'Heading',\n})"), 'msg(str`Barn ${n}`)');
  assert.equal(stripMsgDescriptions("msg('Vem?', { id: 'who', desc: 'Question' })"), "msg('Vem?', { id: 'who' })");
});

test('every template of the library is minified (none keeps source indentation)', async () => {
  const text = new TextDecoder().decode((await bundle(['src/index.ts'])).code);
  const indented = text.match(/`[^`]*?\n {2,}<[^`]{0,40}/g) ?? [];
  assert.deepEqual(indented, []);
});

test("Lit's createPolicy patch applies to the installed Lit, and a second copy creates no second policy", async () => {
  const copy = async (plugins) =>
    (await build({ stdin: { contents: "export * from 'lit-html';", resolveDir: process.cwd() }, bundle: true, format: 'esm', platform: 'browser', write: false, plugins, logLevel: 'silent' })).outputFiles[0].text;
  const patched = await copy([litPolicyOnce]);
  assert.match(patched, /soc-elements\.lit-html-policy/, 'the plugin did not reach lit-html/lit-html.js');

  /** Runs `code` as `copies` separate modules on one fake page; returns the policies created. */
  const policiesOf = async (code, copies) => {
    const created = [];
    const saved = { document: globalThis.document, trustedTypes: globalThis.trustedTypes };
    globalThis.document = { createTreeWalker: () => ({}), createComment: () => ({}) };
    globalThis.trustedTypes = { createPolicy: (name, rules) => (created.push(name), rules) };
    try {
      for (let i = 0; i < copies; i++) await import(`data:text/javascript;base64,${Buffer.from(`${code}\n// copy ${i} ${Math.random()}`).toString('base64')}`);
    } finally {
      Object.assign(globalThis, saved);
      delete globalThis[Symbol.for('soc-elements.lit-html-policy')];
    }
    return created;
  };
  assert.deepEqual(await policiesOf(await copy([]), 2), ['lit-html', 'lit-html'], 'unpatched, each copy creates the policy');
  assert.deepEqual(await policiesOf(patched, 2), ['lit-html'], 'patched, only the first copy does');
});

test('the Lit patch throws unless it finds the createPolicy call exactly once', () => {
  assert.throws(() => patchLitPolicy('const e=s?s.createPolicy("lit",{})'), /found 0/);
  const call = 'e=s?s.createPolicy("lit-html",{createHTML:t=>t})';
  assert.throws(() => patchLitPolicy(`${call};${call}`), /found 2/);
  assert.match(patchLitPolicy(call), /^e=s&&!globalThis\[Symbol\.for\("soc-elements\.lit-html-policy"\)\]&&/);
});
