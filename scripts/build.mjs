// `npm run build`: dist/ with one ESM module per source file (esbuild, through the same
// shrinking plugin as the bundle, so bundler users get the same bytes) plus .d.ts (tsc), and
// dist/soc-elements.js — one self-contained module (Lit included) registering every element,
// for a CMS that can add only one <script type="module">. Locale modules are split off next to
// it and load only when the page's language needs them.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { litPolicyOnce, shrinkSources } from './lib/esbuild-plugins.mjs';
import { localeGroupEntryPoints } from './lib/locale-groups.mjs';
import { compressMore } from './lib/minify.mjs';
import { LOADERS_MODULE, localeEntryPoints, readLocaleConfig } from './lib/locales.mjs';

rmSync('dist', { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
// The modules: each source file on its own (imports stay imports), without translator notes.
await build({
  entryPoints: readdirSync('src', { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `src/${f}`),
  outdir: 'dist',
  outbase: 'src',
  bundle: false,
  format: 'esm',
  target: 'es2022',
  charset: 'utf8',
  sourcemap: true,
  plugins: [shrinkSources],
  logLevel: 'warning',
});
// dist/custom-elements.json (custom-elements-manifest.config.mjs) from the JSDoc in src/, and the
// editor data and JSX/Vue types generated from it (scripts/jsx-types.mjs). The type parser says
// which member types it keeps as written (HTMLFormElement, recursive ones); those lines are noise.
const cem = spawnSync('npx', ['cem', 'analyze'], { encoding: 'utf8' });
process.stdout.write(cem.stdout);
process.stderr.write(cem.stderr.split('\n').filter((l) => !l.includes('[type-parser] - Skipped parsing type')).join('\n'));
if (cem.status !== 0) throw new Error(`cem analyze failed (${cem.status})`);
execFileSync(process.execPath, ['scripts/jsx-types.mjs'], { stdio: 'inherit' });

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  // Module scripts are always decoded as UTF-8: "ä" is 2 bytes instead of the 6 of "\u00e4".
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

// The bundle loads `./locales/<lang>.js` next to itself; each of those is self-contained too
// (its own copy of the 100-byte `str` helper), so the CMS needs no shared chunk.
const localesNextToBundle = {
  name: 'locales-next-to-bundle',
  setup(b) {
    b.onResolve({ filter: /^\.\/locales\/[\w-]+\.js$/ }, (args) =>
      args.importer.replaceAll('\\', '/').endsWith(LOADERS_MODULE) ? { path: args.path, external: true } : undefined,
    );
  },
};

// litPolicyOnce (scripts/lib/esbuild-plugins.mjs): a second copy of the bundle on a page does not
// create Lit's `lit-html` Trusted Types policy again.
await build({ ...common, entryPoints: { 'soc-elements': 'src/index.ts' }, outdir: 'dist', plugins: [localesNextToBundle, litPolicyOnce, shrinkSources] });
// Then terser's passes over it (scripts/lib/minify.mjs), the source map carried through.
{
  const file = 'dist/soc-elements.js';
  const done = await compressMore(readFileSync(file, 'utf8'), { map: readFileSync(`${file}.map`, 'utf8'), file: 'soc-elements.js' });
  writeFileSync(file, done.code);
  writeFileSync(`${file}.map`, done.map);
}
// The generated locale modules import `str` from '@lit/localize', whose index pulls in Lit; a second
// Lit in the page would try to create the `lit-html` Trusted Types policy again and fail under a
// strict CSP. They only need the tiny `str` tag.
const strOnly = {
  name: 'str-only',
  setup(b) {
    b.onResolve({ filter: /^@lit\/localize$/ }, () => ({
      path: fileURLToPath(new URL('../node_modules/@lit/localize/internal/str-tag.js', import.meta.url)),
    }));
  },
};
// Each locale's index (dist/locales/<code>.js) loads the groups of texts of the elements the page
// defines from dist/locales/<code>/<group>.js (scripts/lib/locale-groups.mjs); the index keeps
// those imports as they are, relative to itself, so the folder can be copied anywhere.
const groupsNextToIndex = {
  name: 'groups-next-to-index',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+\/[\w-]+\.js$/ }, (args) =>
      /generated[\\/]locales[\\/][\w-]+\.ts$/.test(args.importer) ? { path: args.path, external: true } : undefined,
    );
  },
};
const localeConfig = readLocaleConfig();
await build({
  ...common,
  // One index per target locale of lit-localize.json, and one module per group of texts.
  entryPoints: { ...localeEntryPoints(localeConfig), ...localeGroupEntryPoints(localeConfig) },
  outdir: 'dist/locales',
  plugins: [groupsNextToIndex, strOnly, shrinkSources],
});
// JSON Schema for back ends that do not run JavaScript (.NET, Java): generated from the same zod
// schemas the elements and the reference receiver use, so they cannot drift apart; one file per
// entry of PAYLOAD_TYPES (scripts/lib/json-schema.mjs, which the schema corpus test uses too).
const { writePayloadJsonSchemas } = await import('./lib/json-schema.mjs');
const builtSchemas = await import(new URL('../dist/schemas/index.js', import.meta.url).href);
writePayloadJsonSchemas(builtSchemas, 'dist/schemas');
// The OpenAPI 3.1 document of POST /api/submissions (scripts/lib/openapi.mjs) from the same JSON
// Schemas and the receiver's contract (server/contract.mjs): dist/openapi.json.
const { openApiDocument } = await import('./lib/openapi.mjs');
const { payloadJsonSchemas } = await import('./lib/json-schema.mjs');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/openapi.json', `${JSON.stringify(openApiDocument({ ...builtSchemas, jsonSchemas: payloadJsonSchemas(builtSchemas), version }), null, 2)}\n`);
// The reference receiver (`soc-elements/receiver`, bin soc-elements-receiver) and the conformance
// checker (bin soc-elements-conformance), plain Node files copied as they are to dist/server/.
mkdirSync('dist/server', { recursive: true });
for (const file of ['contract.mjs', 'receiver.mjs', 'storage.mjs', 'storage-postgres.mjs', 'serve.mjs', 'serve.d.mts', 'receiver-cli.mjs', 'conformance.mjs', 'conformance-payloads.mjs', 'conformance-cli.mjs']) {
  copyFileSync(`server/${file}`, `dist/server/${file}`);
  if (file.endsWith('-cli.mjs')) chmodSync(`dist/server/${file}`, 0o755);
}

console.log('Built dist/ (modules + types) and dist/soc-elements.js (single-file bundle).');
