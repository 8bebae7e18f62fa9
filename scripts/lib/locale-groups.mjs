// Translations per element (issue 19). `lit-localize build` writes one runtime module per target
// locale, src/generated/locales/<code>.ts, with every text of every element. `splitLocales()` cuts
// each into groups and leaves <code>.ts as a small index:
//   - src/generated/locales/<code>/<group>.ts: `export const templates = { … }`, the texts of one group;
//   - src/generated/locales/<code>.ts: `needs` (element tag → its groups) and `groups` (group →
//     `() => import('./<code>/<group>.js')`).
// A group is the set of msg() ids that exactly the same elements need, as a bundler's code
// splitting makes chunks: an element needs the ids of the msg() calls in the src/ modules its
// bundle is built from (esbuild's module graph, as scripts/check-readability.mjs reads it), and
// which module a msg() call is in comes from lit-localize's own analysis of the program. An id only
// one element needs is in that element's group (`text-field`); ids several need are in a shared
// group named after them (`shared-…`); ids no element's bundle has are in `rest`, which every page
// loads. src/localization/locale.ts loads the groups of the elements defined on the page.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
import { definedElements } from './elements.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Ids no element's bundle has (texts of modules a page imports directly): always loaded. */
export const REST = 'rest';

/** `Map<id, file>`: the src/ file (relative, forward slashes) of each msg() call. */
function messageFiles(root) {
  const files = readdirSync(join(root, 'src'), { recursive: true })
    .map((f) => String(f).replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('generated/'))
    .map((f) => join(root, 'src', f));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, noEmit: true });
  const { messages } = extractMessagesFromProgram(program);
  const out = new Map();
  for (const m of messages) {
    const file = relative(root, m.file.fileName).replaceAll('\\', '/');
    const list = out.get(m.name) ?? new Set();
    list.add(file);
    out.set(m.name, list);
  }
  return out;
}

/** The src/ modules an element's bundle is built from. */
async function modulesOf(file, root) {
  const r = await build({ entryPoints: [join(root, file)], absWorkingDir: root, bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', logLevel: 'silent', external: ['./src/generated/*'] });
  return new Set(Object.keys(r.metafile.inputs).filter((f) => f.startsWith('src/')));
}

/**
 * `{ needs: { tag: [group] }, groupOf: Map<id, group> }` for the elements of this checkout.
 */
export async function localeGroups(root = ROOT) {
  const files = messageFiles(root);
  const elements = [...definedElements(root)].sort(([a], [b]) => a.localeCompare(b));
  const graphs = [];
  for (const [tag, file] of elements) graphs.push([tag, await modulesOf(file, root)]);
  const groupOf = new Map();
  const needs = Object.fromEntries(elements.map(([tag]) => [tag, new Set()]));
  for (const [id, inFiles] of files) {
    const tags = graphs.filter(([, mods]) => [...inFiles].some((f) => mods.has(f))).map(([tag]) => tag);
    const group =
      tags.length === 0 ? REST : tags.length === 1 ? tags[0].replace(/^soc-/, '') : `shared-${createHash('sha1').update(tags.join(' ')).digest('hex').slice(0, 8)}`;
    groupOf.set(id, group);
    for (const tag of tags) needs[tag].add(group);
  }
  return { needs: Object.fromEntries(Object.entries(needs).map(([tag, set]) => [tag, [...set].sort()])), groupOf };
}

/** `[[id, sourceText]]` of a lit-localize runtime module: each entry starts a line with `'id': `. */
function parseTemplates(text, file) {
  const start = text.indexOf('export const templates = {');
  const end = text.lastIndexOf('};');
  if (start < 0 || end < start) throw new Error(`${file}: no templates object`);
  const body = text.slice(text.indexOf('\n', start) + 1, end).replace(/\s+$/, '');
  const entries = body
    .split(/\n(?='(?:[^'\\\n]|\\.)+': )/)
    .map((e) => e.trim().replace(/,$/, ''))
    .filter(Boolean);
  return entries.map((e) => {
    const m = e.match(/^'((?:[^'\\]|\\.)+)': ([\s\S]*)$/);
    if (!m) throw new Error(`${file}: cannot read the entry ${e.slice(0, 60)}`);
    return [m[1].replace(/\\(.)/g, '$1'), m[2]];
  });
}

const HEADER = `// Do not modify this file by hand!
// Re-generate it with \`npm run localize:build\` (scripts/lib/locale-groups.mjs, from lit-localize's output).
`;
const key = (s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : `'${s}'`);

/**
 * Splits every src/generated/locales/<code>.ts that lit-localize wrote (one that is already an index
 * is left as it is). Returns the locales split.
 */
export async function splitLocales({ targetLocales, outputDir }, root = ROOT, force = false) {
  const dir = join(root, outputDir);
  const fresh = targetLocales.filter((code) => existsSync(join(dir, `${code}.ts`)) && (force || readFileSync(join(dir, `${code}.ts`), 'utf8').includes('export const templates')));
  if (!fresh.length) return [];
  const { needs, groupOf } = await localeGroups(root);
  for (const code of fresh) {
    const file = join(dir, `${code}.ts`);
    const text = readFileSync(file, 'utf8');
    const byGroup = new Map();
    for (const [id, value] of parseTemplates(text, file)) {
      // An id lit-localize still has but no source uses any more: nobody asks for it.
      const group = groupOf.get(id);
      if (!group) continue;
      if (!byGroup.has(group)) byGroup.set(group, []);
      byGroup.get(group).push(`  '${id.replace(/'/g, "\\'")}': ${value},`);
    }
    rmSync(join(dir, code), { recursive: true, force: true });
    mkdirSync(join(dir, code), { recursive: true });
    const names = [...byGroup.keys()].sort();
    for (const group of names) {
      const lines = byGroup.get(group);
      const body = lines.join('\n');
      const imports = (/\bstr`/.test(body) ? "import { str } from '@lit/localize';\n" : '') + (/\bhtml`/.test(body) ? "import { html } from 'lit';\n" : '');
      writeFileSync(
        join(dir, code, `${group}.ts`),
        `${HEADER}${imports}\n/* eslint-disable no-irregular-whitespace */\nexport const templates = {\n${body}\n};\n`,
      );
    }
    const present = new Set(names);
    const tagNeeds = Object.entries({ ...(present.has(REST) ? { '*': [REST] } : {}), ...needs })
      .map(([tag, groups]) => [tag, groups.filter((g) => present.has(g))])
      .filter(([, groups]) => groups.length);
    writeFileSync(
      file,
      `${HEADER}// The ${code} texts, one module per group of elements; src/localization/locale.ts loads the groups
// of the elements a page defines.
import { localeTexts, type LocaleIndex } from '../../localization/locale-index.js';

/** The groups each element's texts are in (\`*\`: every page's). */
export const needs: LocaleIndex['needs'] = {
${tagNeeds.map(([tag, groups]) => `  '${tag}': [${groups.map((g) => `'${g}'`).join(', ')}],`).join('\n')}
};

/** One loader per group. */
export const groups: LocaleIndex['groups'] = {
${names.map((g) => `  ${key(g)}: () => import('./${code}/${g}.js'),`).join('\n')}
};

export const texts: LocaleIndex['texts'] = localeTexts(needs, groups);
`,
    );
  }
  return fresh;
}

/** The build's entry points for dist/locales/<code>/<group>.js: every group of every target locale. */
export function localeGroupEntryPoints({ targetLocales, outputDir }, root = ROOT) {
  const out = {};
  for (const code of targetLocales) {
    const dir = join(root, outputDir, code);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.ts')) out[`${code}/${f.slice(0, -3)}`] = `${outputDir}/${code}/${f}`;
  }
  return out;
}
