// `npm start`: the demo page of the fictional "Exempelkommun" and the reference receiver, on
// PORT (default 8000). The page loads dist/soc-elements.js the way a CMS page would, under the
// strict Content-Security-Policy the README asks hosts to use.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReceiver } from './receiver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemas = await import(new URL('../dist/schemas/index.js', import.meta.url).href);
const receiver = createReceiver({ schemas, dataDir: process.env.DATA_DIR ?? join(root, '.data') });

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

const server = createServer(async (req, res) => {
  if (receiver.handle(req, res)) return;
  const path = new URL(req.url, 'http://x').pathname;
  // Only two folders are served: the demo page and the built package.
  const rel = path === '/' ? 'demo/index.html' : normalize(path).replace(/^[/\\]+/, '');
  if (!/^(demo|dist)[/\\]/.test(rel) || rel.includes('..')) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(join(root, rel));
    res.writeHead(200, {
      'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});

const port = Number(process.env.PORT ?? 8000);
server.listen(port, () => {
  console.log(`Exempelkommun demo: http://localhost:${port}/  (receiver: POST /api/submissions)`);
});
