// `npm run test:consumers` (after `npm run build`): the package as npm would publish it, installed
// into three fresh apps the way a team would, type-checked and built:
//   test/consumers/preact Preact + Vite + TypeScript (strict, skipLibCheck off): soc-elements/jsx/preact
//   test/consumers/react  React 19 + Vite + TypeScript (strict, skipLibCheck off): soc-elements/jsx/react
//   test/consumers/vue    Vue 3 + vue-tsc (strictTemplates) + Vite: soc-elements/vue
// Each app has a file that uses several elements correctly (attributes, properties such as
// `transport`, events with their `detail`) and one with typos in enumerated attributes under
// `@ts-expect-error` / `@vue-expect-error`, so the check fails if a typo stops being an error.
// Each app is copied to a temporary folder, gets its locked dependencies with `npm ci` (only the
// npm registry is needed) and the packed tarball with `npm install --no-save`; nothing in the
// repository changes.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

if (!existsSync('dist/index.js') || !existsSync('dist/vue.d.ts')) {
  console.error('test:consumers needs the built package: run `npm run build` first.');
  process.exit(1);
}
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'soc-consumers-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
const failures = [];
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], process.cwd()));
  const tarball = join(work, filename);
  for (const app of readdirSync('test/consumers', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(work, app);
    cpSync(resolve('test/consumers', app), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) });
    const t0 = Date.now();
    for (const [what, cmd, args] of [
      ['install', 'npm', ['ci', '--no-audit', '--no-fund']],
      ['install the tarball', 'npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]],
      ['type-check', 'npm', ['run', 'check']],
      ['build', 'npm', ['run', 'build']],
    ]) {
      try {
        run(cmd, args, dir);
      } catch (e) {
        failures.push(`${app}: ${what} failed (${cmd} ${args.join(' ')}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
        break;
      }
    }
    if (!failures.some((f) => f.startsWith(`${app}:`))) console.log(`  ${app}: installed the tarball, type-checked and built (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`Consumer check failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`Consumer check passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
