// Imports one of our TypeScript modules into a Node script: esbuild bundles it (and what it
// imports from src/) into one ES module in memory, which is imported from a data: URL. For small
// DOM-free modules that scripts and the browser share, such as src/localization/locales.ts.
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @param {string} file a path relative to the repository root, e.g. `src/localization/locales.ts`
 * @param {{ platform?: 'neutral' | 'node' }} [options] `node` for a module that imports packages
 *   (lit, @lit/localize), which a neutral build cannot resolve
 */
export async function importTs(file, { platform = 'neutral' } = {}) {
  const result = await build({
    entryPoints: [file],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
}
