// `soc-elements/schemas` the way a plain Node back end sees it: src/schemas/index.ts bundled by
// esbuild for platform "node" (no DOM, no Lit, no TypeScript loader) and imported from a file in
// a new temporary folder, which the caller may use and remove. `also` adds export lines (paths
// relative to the repository root) for tests that need build helpers next to the schemas.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** @returns {Promise<{ schemas: Record<string, any>, dir: string }>} */
export async function importSchemas(prefix = 'soc-schemas-', also = []) {
  const result = await build({
    stdin: {
      contents: ["export * from './src/schemas/index.ts';", ...also].join('\n'),
      resolveDir: fileURLToPath(new URL('../../', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const file = join(dir, 'schemas.mjs');
  await writeFile(file, result.outputFiles[0].text);
  return { schemas: await import(pathToFileURL(file).href), dir };
}
