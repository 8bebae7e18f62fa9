// A web-test-runner plugin for the browser tests of sending: the real reference receiver
// (server/receiver.mjs, with the real schemas and a fresh data folder) behind a local proxy that
// can lose, replace or hold back its answer. This is how an answer gets lost in life: the
// receiver stores the report, and the gateway in front of it answers 504 or the connection drops.
//
//   POST /faults/<mode>/api/submissions
//     pass     forward to the receiver and return its answer
//     lose-504 forward, then answer 504 (the receiver's answer is thrown away)
//     drop     forward, then close the connection without any answer
//     html-200 do not forward; answer 200 with an HTML page (a wrong `action`, a login page)
//     json-200 do not forward; answer 200 JSON without a reference
//     hang     do not forward; never answer (until the browser gives up)
//     auto     the next mode of the plan (below); the last one stays until the next plan
//   POST /faults/plan    with a JSON list of modes: what the next posts to /faults/auto/… meet
//                        (a browser sends a POST again by itself when a reused connection closes
//                        without an answer, so a fault must last until the test lifts it)
//   GET /faults/records  → the references the receiver has stored, in order (test-only view)
//
// Each browser (User-Agent) has its own receiver, data folder and plan, so the three engines can
// share one test server.
import { readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createReceiver } from '../../server/receiver.mjs';
import { importSchemas } from '../node/schemas-in-node.mjs';

/** The proxy as a web-test-runner plugin: the receiver starts and stops with the test server. */
export function faultProxyPlugin() {
  // One receiver (and plan) per browser, told apart by User-Agent: the engines share the test
  // server, and a receiver de-duplicates by key and content, so one engine's stored submission
  // must not answer another engine's test (nor its plan meet another engine's posts).
  const browsers = new Map();
  let schemas;
  let base;
  const hanging = new Set();
  let ready;
  const started = new Promise((r) => (ready = r));

  /** The receiver of the browser that sent `req`, started on first use. */
  function browserOf(req) {
    const ua = req.headers['user-agent'] ?? '';
    let b = browsers.get(ua);
    if (!b) {
      b = (async () => {
        const dir = join(base, `browser-${browsers.size}`);
        const receiver = createReceiver({ schemas, dataDir: join(dir, 'data'), log: () => {} });
        const server = createServer((q, res) => {
          if (!receiver.handle(q, res)) res.writeHead(404).end();
        });
        await new Promise((r) => server.listen(0, '127.0.0.1', r));
        return { receiver, server, dir, port: server.address().port, plan: [] };
      })();
      browsers.set(ua, b);
    }
    return b;
  }

  /** Forwards the POST to the receiver over real HTTP; resolves with its status and body. */
  function forward(port, req, body) {
    return new Promise((resolve, reject) => {
      const out = request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/submissions', headers: { 'content-type': req.headers['content-type'] ?? '', 'idempotency-key': req.headers['idempotency-key'] ?? '' } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks) }));
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  }

  return {
    name: 'fault-proxy',
    async serverStart() {
      const loaded = await importSchemas('soc-wtr-receiver-');
      base = loaded.dir;
      schemas = loaded.schemas;
      ready();
    },
    // Registered as the server's first middleware (a plugin's serverStart comes after the file server).
    async middleware(ctx, next) {
        if (!ctx.path.startsWith('/faults/')) return next();
        await started;
        const match = /^\/faults\/([a-z0-9-]+)(\/api\/submissions)?$/.exec(ctx.path);
        if (!match) return next();
        const b = await browserOf(ctx.req);
        let mode = match[1];
        if (mode === 'records' && ctx.method === 'GET') {
          let text = '';
          try {
            text = await readFile(join(b.dir, 'data', 'submissions.jsonl'), 'utf8');
          } catch {
            /* nothing stored yet */
          }
          ctx.body = text.split('\n').filter(Boolean).map((line) => {
            const r = JSON.parse(line);
            return { reference: r.reference, idempotencyKey: r.idempotencyKey };
          });
          return;
        }
        if (ctx.method !== 'POST') return next();
        const chunks = [];
        for await (const c of ctx.req) chunks.push(c);
        const body = Buffer.concat(chunks);
        if (mode === 'plan') {
          b.plan = JSON.parse(body.toString('utf8'));
          ctx.body = { plan: b.plan };
          return;
        }
        if (!match[2]) return next();
        if (mode === 'auto') mode = (b.plan.length > 1 ? b.plan.shift() : b.plan[0]) ?? 'pass';
        if (mode === 'html-200') {
          ctx.type = 'text/html';
          ctx.body = '<!doctype html><title>Logga in</title><h1>Logga in</h1>';
          return;
        }
        if (mode === 'json-200') {
          ctx.body = { ok: true };
          return;
        }
        if (mode === 'hang') {
          ctx.respond = false;
          hanging.add(ctx.res);
          ctx.req.on('close', () => hanging.delete(ctx.res));
          return;
        }
        const answer = await forward(b.port, ctx.req, body);
        if (mode === 'drop') {
          ctx.respond = false;
          ctx.req.socket.destroy();
          return;
        }
        if (mode === 'lose-504') {
          ctx.status = 504;
          ctx.type = 'text/html';
          ctx.body = '<!doctype html><title>504 Gateway Timeout</title>';
          return;
        }
        ctx.status = answer.status;
        if (answer.type) ctx.type = answer.type;
        ctx.body = answer.body;
    },
    async serverStop() {
      for (const res of hanging) res.destroy();
      for (const p of browsers.values()) {
        const b = await p;
        await new Promise((r) => b.server.close(r));
        await b.receiver.close();
      }
      if (base) await rm(base, { recursive: true, force: true });
    },
  };
}
