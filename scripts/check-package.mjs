// `npm run test:package` (after `npm run build`): what `npm pack` would publish is exactly what
// users need — the modules with types, the single-file bundle with its locale modules, the JSON
// Schemas — and nothing else (no tests, stories, sources, demo or server). The locale modules it
// expects come from lit-localize.json; the JSON Schema files and the schema exports from
// PAYLOAD_TYPES of the built soc-elements/schemas.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { readLocaleConfig } from './lib/locales.mjs';
import { compressedBytes } from './lib/minify.mjs';

const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const paths = files.map((f) => f.path).sort();
const problems = [];
for (const need of [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/soc-elements.js',
  // One locale module per target locale of lit-localize.json.
  ...readLocaleConfig().targetLocales.map((code) => `dist/locales/${code}.js`),
  'dist/schemas/index.js',
  'dist/schemas/index.d.ts',
  'dist/fields/text-field.js',
  'dist/services/concern-report.js',
  'dist/custom-elements.json',
  'dist/jsx.d.ts',
  'dist/jsx-react.d.ts',
  'dist/jsx-preact.d.ts',
  'dist/vue.d.ts',
  'dist/web-types.json',
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  // For back ends (issue 18): the OpenAPI document, the reference receiver and the conformance checker.
  'dist/openapi.json',
  'dist/server/serve.mjs',
  'dist/server/serve.d.mts',
  'dist/server/receiver.mjs',
  'dist/server/storage.mjs',
  'dist/server/storage-postgres.mjs',
  'dist/server/conformance-cli.mjs',
  'dist/server/receiver-cli.mjs',
]) {
  if (!paths.includes(need)) problems.push(`missing: ${need}`);
}
// One JSON Schema file and one zod schema export per payload type.
const schemas = await import(pathToFileURL('dist/schemas/index.js').href);
if (!Array.isArray(schemas.PAYLOAD_TYPES) || !schemas.PAYLOAD_TYPES.length) problems.push('dist/schemas/index.js exports no PAYLOAD_TYPES');
for (const t of schemas.PAYLOAD_TYPES ?? []) {
  if (typeof schemas[t.schema]?.safeParse !== 'function') problems.push(`dist/schemas/index.js has no schema export ${t.schema} for ${t.type}`);
  const file = `dist/schemas/${t.jsonSchema}`;
  if (!paths.includes(file)) problems.push(`missing: ${file} (JSON Schema of ${t.type})`);
  else if (!JSON.parse(readFileSync(file, 'utf8')).$id?.endsWith(`.v${t.version}.json`)) problems.push(`${file} has no $id for version ${t.version}`);
}
for (const p of paths) {
  if (/^(src|test|stories|demo|server|scripts|locales|\.storybook|\.ci)\//.test(p) || /\.test\.|\.stories\./.test(p)) {
    problems.push(`should not be published: ${p}`);
  }
}
// Editor data (scripts/jsx-types.mjs): every element of the manifest is in VS Code's custom data and
// in the web-types that package.json `web-types` names, with the values of enumerated attributes.
{
  const tags = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  const vscode = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8')).tags;
  const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8')).contributions.html.elements;
  if (JSON.parse(readFileSync('package.json', 'utf8'))['web-types'] !== './dist/web-types.json') problems.push('package.json web-types should name ./dist/web-types.json');
  for (const tag of tags) {
    if (!vscode.some((t) => t.name === tag)) problems.push(`dist/vscode.html-custom-data.json lacks <${tag}>`);
    if (!webTypes.some((t) => t.name === tag)) problems.push(`dist/web-types.json lacks <${tag}>`);
  }
  const values = (tag, attr) => vscode.find((t) => t.name === tag)?.attributes?.find((a) => a.name === attr)?.values?.map((v) => v.name).sort().join(' ');
  if (values('soc-text-field', 'format') !== 'personnummer phone postnummer') problems.push(`VS Code data: soc-text-field format offers ${values('soc-text-field', 'format')}`);
  if (values('soc-confidentiality', 'audience') !== 'child guardian professional reporter') problems.push(`VS Code data: soc-confidentiality audience offers ${values('soc-confidentiality', 'audience')}`);
}

// A bundler user's build of `import 'soc-elements'` (the per-module files) ships what the
// single-file bundle ships: no translator notes, about the same bytes (both minified alike: the
// bundler's esbuild, then the build's terser passes, scripts/lib/minify.mjs).
const consumer = await build({
  stdin: { contents: "import './dist/index.js';", resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  // The locale modules load lazily (a bundler splits them off); the first-load bytes are compared.
  external: ['./dist/generated/locales/*'],
  logLevel: 'silent',
});
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const consumerCode = await compressedBytes(consumer.outputFiles[0].text);
if (/\bdesc:/.test(new TextDecoder().decode(consumerCode))) problems.push('the per-module files carry msg() translator notes');
const single = br(readFileSync('dist/soc-elements.js'));
const viaModules = br(consumerCode);
if (viaModules > single + 1024) problems.push(`a bundler build of the modules is ${viaModules} bytes brotli, the single-file bundle ${single}`);

// Server-side rendering frameworks import the package in Node (issue 18): every module of the
// package (the index, the schemas, each element's module) imports without a DOM, in a fresh Node
// process each, the way `import('soc-elements')` loads it (Lit's Node build). The single-file
// bundle (for <script> tags and CDNs, with the browser build of Lit inside) and the lazily loaded
// locale modules are browser files and are not imported.
const nodeEntries = paths.filter(
  (p) => /^dist\/.*\.js$/.test(p) && p !== 'dist/soc-elements.js' && !/^dist\/(locales|generated)\//.test(p) && /^dist\/(index|schemas\/index|fields\/|info\/|patterns\/[^/]+$|services\/)/.test(p),
);
for (const entry of nodeEntries) {
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(entry).href)});`], { stdio: 'pipe' });
  } catch (e) {
    problems.push(`importing ${entry} in Node throws: ${String(e.stderr).split('\n').find((l) => /Error/.test(l)) ?? e.message}`);
  }
}
if (nodeEntries.length < 15) problems.push(`only ${nodeEntries.length} modules were imported in Node`);

// `sideEffects` says which modules do something when they load (register elements, set the locale
// loader); bundlers drop an unused import of any other. Those left out (the schemas, the shared
// styles) must not register or touch anything, and the schemas must be among them. The list also
// names src/, stories/, demo/ and test/: Storybook's and the demo's Vite builds read the same list,
// and would drop `import '../src/…'` lines (every story's element undefined) if src/ were missing.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const glob = (g) => new RegExp(`^${g.replace(/^\.\//, '').replaceAll('.', '\\.').replaceAll('**', '.+').replace(/(?<!\.)\*/g, '[^/]+')}$`);
const effectFree = paths.filter((p) => p.endsWith('.js') && !pkg.sideEffects.some((g) => glob(g).test(p)));
if (!effectFree.includes('dist/schemas/index.js')) problems.push('sideEffects should leave out the schemas');
for (const p of effectFree) {
  if (/\b(customElements|document|window|localeHooks)\b|\bdefine\(/.test(readFileSync(p, 'utf8'))) problems.push(`${p} is declared free of side effects but registers or touches something`);
}

// Back ends (issue 18): dist/openapi.json is OpenAPI 3.1 naming every payload type; the reference
// receiver imports as `soc-elements/receiver`, starts from the package alone, and the packaged
// conformance checker (bin soc-elements-conformance) finds every check holding against it.
{
  const openapi = JSON.parse(readFileSync('dist/openapi.json', 'utf8'));
  const mapping = openapi.paths?.['/api/submissions']?.post?.requestBody?.content?.['application/json']?.schema?.discriminator?.mapping ?? {};
  if (openapi.openapi !== '3.1.0') problems.push(`dist/openapi.json is not OpenAPI 3.1.0 (${openapi.openapi})`);
  for (const t of schemas.PAYLOAD_TYPES ?? []) if (!mapping[t.type]) problems.push(`dist/openapi.json has no request schema for ${t.type}`);
  if (pkg.exports['./openapi.json'] !== './dist/openapi.json') problems.push('package.json exports no ./openapi.json');
  for (const [name, file] of Object.entries({ 'soc-elements-conformance': 'dist/server/conformance-cli.mjs', 'soc-elements-receiver': 'dist/server/receiver-cli.mjs' })) {
    if (pkg.bin?.[name] !== file) problems.push(`package.json has no bin ${name} → ${file}`);
    else if (!readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push(`${file} has no #!/usr/bin/env node line`);
  }
  const script = `
    import { mkdtempSync, rmSync } from 'node:fs';
    import { tmpdir } from 'node:os';
    import { join } from 'node:path';
    const { startReceiver, createReceiver } = await import(${JSON.stringify(pathToFileURL(pkg.exports['./receiver'].default).href)});
    if (typeof createReceiver !== 'function') throw new Error('soc-elements/receiver exports no createReceiver');
    const dataDir = mkdtempSync(join(tmpdir(), 'soc-package-receiver-'));
    const running = await startReceiver({ port: 0, host: '127.0.0.1', dataDir, log: () => {} });
    try {
      const out = await new Promise((resolve, reject) => {
        import('node:child_process').then(({ execFile }) =>
          execFile(process.execPath, [${JSON.stringify(pkg.bin?.['soc-elements-conformance'] ?? '')}, running.url], (error, stdout) => (error ? reject(new Error(stdout)) : resolve(stdout))));
      });
      console.log(out.trim().split('\\n').at(-1));
    } finally {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    }`;
  try {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: 'pipe' });
    if (!/^All \d+ checks hold\.$/m.test(out)) problems.push(`the packaged conformance checker against the packaged receiver: ${out}`);
  } catch (e) {
    const lines = String(e.stderr || e.stdout).split('\n');
    const why = lines.filter((l) => l.includes('DOES NOT HOLD')).concat(lines.filter((l) => /^\w*Error\b/.test(l.trim()))).slice(0, 5);
    problems.push(`the packaged receiver and conformance checker: ${why.join('; ') || e.message}`);
  }
}

// The package's metadata and exports as the ecosystem's checkers read them: publint (strict) and
// Are the Types Wrong (ESM only: the package has no CommonJS entry, on purpose).
for (const [cmd, args] of [
  ['publint', ['--strict']],
  ['attw', ['--pack', '.', '--profile', 'esm-only']],
]) {
  try {
    execFileSync('npx', [cmd, ...args], { stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    problems.push(`${cmd} ${args.join(' ')} failed:\n${e.stdout}${e.stderr}`);
  }
}

if (problems.length) {
  console.error(`Package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const bytes = files.reduce((n, f) => n + f.size, 0);
console.log(`Package check passed: ${paths.length} files, ${(bytes / 1024).toFixed(0)} KB unpacked, nothing but dist/, README and package.json; ${nodeEntries.length} modules import in Node without a DOM; publint and attw pass; a bundler build of the modules is ${(viaModules / 1024).toFixed(1)} KB brotli (single file ${(single / 1024).toFixed(1)} KB).`);
