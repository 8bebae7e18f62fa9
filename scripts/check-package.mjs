// `npm run test:package` (after `npm run build`): what `npm pack` would publish is exactly what
// users need — the modules with types, the single-file bundle with its locale modules, the JSON
// Schemas — and nothing else (no tests, stories, sources, demo or server).
import { execFileSync } from 'node:child_process';

const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const paths = files.map((f) => f.path).sort();
const problems = [];
for (const need of [
  'package.json',
  'README.md',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/soc-elements.js',
  'dist/locales/en.js',
  'dist/locales/ar.js',
  'dist/schemas/index.js',
  'dist/schemas/index.d.ts',
  'dist/schemas/concern-report.json',
  'dist/schemas/application.json',
  'dist/fields/text-field.js',
  'dist/services/concern-report.js',
  'dist/custom-elements.json',
  'dist/jsx.d.ts',
]) {
  if (!paths.includes(need)) problems.push(`missing: ${need}`);
}
for (const p of paths) {
  if (/^(src|test|stories|demo|server|scripts|locales|\.storybook|\.ci)\//.test(p) || /\.test\.|\.stories\./.test(p)) {
    problems.push(`should not be published: ${p}`);
  }
}
if (problems.length) {
  console.error(`Package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const bytes = files.reduce((n, f) => n + f.size, 0);
console.log(`Package check passed: ${paths.length} files, ${(bytes / 1024).toFixed(0)} KB unpacked, nothing but dist/, README and package.json.`);
