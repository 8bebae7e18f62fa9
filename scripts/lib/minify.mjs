// The last step of every minified browser bundle that ships or is measured: terser's compressor
// and mangler over esbuild's minified output. esbuild minifies in one fast pass; terser's three
// compress passes find what that pass leaves (joined declarations and conditions, inlined
// single-use functions and constants), and its mangler names by frequency. Measured on the five
// fields: 15 763 → 15 323 bytes brotli (2 passes 15 375, 4 passes 15 335; terser alone, without
// esbuild's renaming first, 15 342); the whole library 58 767 → 57 352. Used by `npm run build`
// (dist/soc-elements.js), by `npm run bench` and the size tests (scripts/bench.mjs) and by the
// package check, so the bytes that are measured are the bytes that ship.
import { minify } from 'terser';

const TERSER_OPTIONS = {
  module: true,
  ecma: 2020,
  compress: { passes: 3 },
  mangle: true,
  // esbuild's link to the licences (`legalComments: 'linked'`) stays; nothing else.
  format: { comments: /^!/ },
};

/**
 * Compresses an ES module esbuild has minified. With `map` (esbuild's source map of it, as text)
 * it returns a source map from the result to the original sources.
 * @param {string} code
 * @param {{ map?: string, file?: string }} [options]
 * @returns {Promise<{ code: string, map?: string }>}
 */
export async function compressMore(code, { map, file } = {}) {
  const result = await minify(code, {
    ...TERSER_OPTIONS,
    ...(map ? { sourceMap: { content: map, filename: file, url: file && `${file}.map` } } : {}),
  });
  return { code: result.code, map: typeof result.map === 'string' ? result.map : undefined };
}

/** `compressMore` for a bundle whose bytes are measured: the compressed module as UTF-8 bytes. */
export const compressedBytes = async (code) => new TextEncoder().encode((await compressMore(code)).code);
