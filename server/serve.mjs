// `soc-elements/receiver`: the reference receiver as a package export. `startReceiver()` runs it
// behind a plain Node HTTP server that answers POST /api/submissions and 404 to everything else;
// `createReceiver()` (receiver.mjs) gives its request handler for a server of your own.
// `npx soc-elements-receiver` (receiver-cli.mjs) starts it from a shell.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createReceiver } from './receiver.mjs';

export * from './receiver.mjs';
export { KEY_PATTERN_SOURCE, MAX_BYTES, MAX_DEPTH, RESPONSES, RETRY_AFTER_SECONDS, SUBMISSIONS_PATH } from './contract.mjs';

/**
 * `soc-elements/schemas`: next to this file in the package (dist/server → dist/schemas), or the
 * built one in a clone of the repository (server → dist/schemas).
 */
export async function loadSchemas() {
  for (const rel of ['../schemas/index.js', '../dist/schemas/index.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return import(url.href);
  }
  throw new Error('soc-elements/schemas not found next to the receiver; in a clone of the repository, run npm run build first');
}

/**
 * Starts the reference receiver. Resolves when it listens.
 * @param {{ port?: number, host?: string, dataDir?: string, databaseUrl?: string, databaseSchema?: string, schemas?: Record<string, any>, log?: (line: string) => void }} [options]
 *   `port` 0 picks a free port; `dataDir` defaults to ./.data. With `databaseUrl`
 *   (postgres://…) it stores in PostgreSQL instead (needs the npm package pg), and resolves once
 *   the database is reached and its tables made.
 */
export async function startReceiver({ port = 8000, host, dataDir = '.data', databaseUrl, databaseSchema, schemas, log = (line) => console.log(line) } = {}) {
  const receiver = createReceiver({ schemas: schemas ?? (await loadSchemas()), ...(databaseUrl ? { databaseUrl, databaseSchema } : { dataDir }), log });
  try {
    await receiver.ready;
  } catch (error) {
    await receiver.close().catch(() => {});
    throw error;
  }
  const server = createServer((req, res) => {
    if (!receiver.handle(req, res)) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  });
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (error) {
    await receiver.close();
    throw error;
  }
  const address = server.address();
  const name = typeof address === 'string' ? address : address.family === 'IPv6' ? `[${address.address === '::' ? '::1' : address.address}]` : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
  let closing;
  return {
    receiver,
    server,
    /** The endpoint, e.g. http://127.0.0.1:8000/api/submissions. */
    url: `http://${name}:${address.port}/api/submissions`,
    /** Stops taking requests, waits for queued writes, closes the data file and removes the lock. */
    close: () =>
      (closing ??= (async () => {
        server.closeAllConnections?.();
        await new Promise((resolve) => server.close(() => resolve()));
        await receiver.close();
      })()),
  };
}
