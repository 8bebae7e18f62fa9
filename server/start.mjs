// `npm start`: the demo page of the fictional "Exempelkommun" and the reference receiver, on
// PORT (default 8000). The page loads dist/soc-elements.js the way a CMS page would, under the
// strict Content-Security-Policy the README asks hosts to use. Text files are sent brotli- or
// gzip-compressed when the browser accepts it (compressed once per file version, then from memory)
// and carry an ETag, so a reload revalidates instead of downloading the bundle again.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReceiver } from './receiver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemas = await import(new URL('../dist/schemas/index.js', import.meta.url).href);
let receiver;
try {
  // DATABASE_URL=postgres://… stores in PostgreSQL (needs the npm package pg); else DATA_DIR.
  receiver = process.env.DATABASE_URL
    ? createReceiver({ schemas, databaseUrl: process.env.DATABASE_URL, databaseSchema: process.env.DATABASE_SCHEMA || undefined })
    : createReceiver({ schemas, dataDir: process.env.DATA_DIR ?? join(root, '.data') });
  await receiver.ready;
} catch (error) {
  // One line, e.g. another receiver already uses DATA_DIR (its lock file), then a non-zero exit.
  console.error(`Receiver not started: ${error.message}`);
  process.exit(1);
}
// Stopping (Ctrl-C, kill) closes the data file and removes the lock; a lock left by a crash is
// taken over by the next start anyway.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => receiver.close().finally(() => process.exit(0)));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html soc-elements',
].join('; ');

/** path → { etag, raw, br?, gzip? }: the last version read of each file and its compressed forms. */
const files = new Map();

async function load(file) {
  const { mtimeMs, size } = await stat(file);
  const etag = `"${size.toString(36)}-${Math.round(mtimeMs * 1000).toString(36)}"`;
  let entry = files.get(file);
  if (entry?.etag !== etag) {
    entry = { etag, raw: await readFile(file) };
    files.set(file, entry);
  }
  return entry;
}

/** The body in the best encoding the request accepts (brotli, then gzip) for text types. */
function encode(entry, type, acceptEncoding = '') {
  if (!/^(text\/|application\/json|image\/svg)/.test(type) || entry.raw.length < 512) return [entry.raw, null];
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.split(';').map((s) => s.trim().toLowerCase()))
      .filter(([, q]) => !/^q=0(\.0*)?$/.test(q ?? ''))
      .map(([name]) => name),
  );
  if (accepted.has('br')) {
    entry.br ??= brotliCompressSync(entry.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length } });
    return [entry.br, 'br'];
  }
  if (accepted.has('gzip')) {
    entry.gzip ??= gzipSync(entry.raw, { level: 9 });
    return [entry.gzip, 'gzip'];
  }
  return [entry.raw, null];
}

const server = createServer(async (req, res) => {
  if (receiver.handle(req, res)) return;
  const path = new URL(req.url, 'http://x').pathname;
  // Only two folders are served: the demo page and the built package.
  const rel = path === '/' ? 'demo/index.html' : normalize(path).replace(/^[/\\]+/, '');
  if (!/^(demo|dist)[/\\]/.test(rel) || rel.includes('..')) {
    res.writeHead(404).end();
    return;
  }
  let entry;
  try {
    entry = await load(join(root, rel));
  } catch {
    res.writeHead(404).end();
    return;
  }
  const type = TYPES[extname(rel)] ?? 'application/octet-stream';
  const headers = {
    'content-type': type,
    'content-security-policy': CSP,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    // The file names carry no version (a CMS copies dist/ as it is), so the browser keeps them but
    // asks again each time; an unchanged file costs a 304 and no bytes.
    'cache-control': 'no-cache',
    etag: entry.etag,
    vary: 'accept-encoding',
  };
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const [body, encoding] = encode(entry, type, req.headers['accept-encoding']);
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

const port = Number(process.env.PORT ?? 8000);
server.listen(port, () => {
  console.log(`Exempelkommun demo: http://localhost:${server.address().port}/  (receiver: POST /api/submissions)`);
});
