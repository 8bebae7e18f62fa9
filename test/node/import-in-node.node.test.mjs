// Issue 18: server-side rendering frameworks (Next.js, Astro, Nuxt) import the package in Node,
// where there is no DOM. Importing any entry must not throw: no module touches the DOM when it
// loads (only when an element is created or connected). Each element's module and both index
// modules are bundled as a Node program (Lit's Node build, as a framework's server would load it)
// and imported here. `npm run test:package` does the same with the built files of the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { definedElements } from '../../scripts/lib/elements.mjs';

const ENTRIES = ['src/index.ts', 'src/schemas/index.ts', ...new Set(definedElements().values())];

test('every entry can be imported in Node, where there is no DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined', 'no DOM here');
  const failed = [];
  // Each entry is its own copy of the library: the later copies say once per element that an
  // earlier copy registered it (what a page with two copies is told). That is expected here.
  const info = console.info;
  console.info = (...args) => {
    if (!/already registered by another copy/.test(String(args[0]))) info(...args);
  };
  try {
    await importAll(failed);
  } finally {
    console.info = info;
  }
  assert.deepEqual(failed, []);
  assert.ok(ENTRIES.length > 15);
});

async function importAll(failed) {
  for (const file of ENTRIES) {
    const r = await build({ entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'node', target: 'es2022', logLevel: 'silent' });
    try {
      await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].contents).toString('base64')}`);
    } catch (e) {
      failed.push(`${file}: ${e}`);
    }
  }
}
