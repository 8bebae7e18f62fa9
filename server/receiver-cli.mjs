#!/usr/bin/env node
// `npx soc-elements-receiver`: the reference receiver alone (no demo page) on PORT (default 8000),
// HOST (default every interface), storing in DATA_DIR (default ./.data), or in PostgreSQL when
// DATABASE_URL=postgres://… is set (tables in DATABASE_SCHEMA, default the search_path; needs
// `npm install pg`). Ctrl-C stops it and removes its lock.
import { startReceiver } from './serve.mjs';

let running;
try {
  running = await startReceiver({
    port: Number(process.env.PORT ?? 8000),
    host: process.env.HOST || undefined,
    dataDir: process.env.DATA_DIR || '.data',
    databaseUrl: process.env.DATABASE_URL || undefined,
    databaseSchema: process.env.DATABASE_SCHEMA || undefined,
  });
} catch (error) {
  console.error(`Receiver not started: ${error.message}`);
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => running.close().finally(() => process.exit(0)));
}
console.log(`soc-elements reference receiver: POST ${running.url}`);
