// Reference receiver for soc-elements submissions, in plain Node (no framework).
//
// POST /api/submissions with a JSON payload and an Idempotency-Key header:
//   - 415 unless the body is JSON, 413 over the size limit, 400 with `{ errors: [{ path, code }] }`
//     when the payload fails the same zod schema the elements are built against;
//   - the same key with the same body answers again with the first reference (a retry after a
//     lost answer never creates a second case); the same key with another body is a 422;
//   - each accepted submission is appended to a JSON Lines file and fsynced before the 201;
//   - concurrent posts are written one at a time, so none is lost or duplicated;
//   - the log never holds personal data: method, path, status, type and reference only.
import { createHash } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, existsSync, fsyncSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_BYTES = 256 * 1024;
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * @param {{ schemas: Record<string, any>, dataDir: string, log?: (line: string) => void }} options
 *   `schemas` is `soc-elements/schemas` (or the same module bundled from src/ in tests).
 */
export function createReceiver({ schemas, dataDir, log = (line) => console.log(line) }) {
  const byType = {
    'concern-report': schemas.concernReportPayload,
    application: schemas.applicationPayload,
  };
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'submissions.jsonl');

  /** Idempotency key → { hash, reference } for everything already on disk. */
  const seen = new Map();
  let count = 0;
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const rec = JSON.parse(line);
        seen.set(rec.idempotencyKey, { hash: rec.hash, reference: rec.reference });
        count++;
      } catch {
        // A torn last line from a crash mid-write: it was never acknowledged, so skip it.
      }
    }
  }
  const fd = openSync(file, 'a');

  /** Writes run one after another: a simple queue keeps numbering and de-duplication exact. */
  let queue = Promise.resolve();
  const serially = (fn) => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };

  function store(type, key, hash, payload) {
    return serially(() => {
      const prior = seen.get(key);
      if (prior) return { ...prior, replay: true };
      count++;
      const year = new Date().getFullYear();
      const prefix = type === 'concern-report' ? 'OA' : 'AN';
      const reference = `${prefix}-${year}-${String(count).padStart(6, '0')}`;
      const record = { reference, idempotencyKey: key, hash, receivedAt: new Date().toISOString(), payload };
      writeSync(fd, `${JSON.stringify(record)}\n`);
      fsyncSync(fd); // durable before we say so
      seen.set(key, { hash, reference });
      return { hash, reference, replay: false };
    });
  }

  const send = (res, status, body, type = '') => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
    log(`POST /api/submissions ${status}${type ? ` ${type}` : ''}${body.reference ? ` ${body.reference}` : ''}`);
  };

  async function handle(req, res) {
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return send(res, 415, { errors: [{ path: '', code: 'unsupported_media_type' }] });
    const key = String(req.headers['idempotency-key'] ?? '');
    if (!KEY_PATTERN.test(key)) return send(res, 400, { errors: [{ path: '', code: 'missing_idempotency_key' }] });

    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BYTES) {
        res.setHeader('connection', 'close');
        return send(res, 413, { errors: [{ path: '', code: 'too_large' }] });
      }
      chunks.push(chunk);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return send(res, 400, { errors: [{ path: '', code: 'invalid_json' }] });
    }
    const schema = byType[body?.type];
    if (!schema) return send(res, 400, { errors: [{ path: 'type', code: 'invalid_choice' }] });
    const result = schema.safeParse(body);
    if (!result.success) {
      const errors = result.error.issues.map((i) => ({
        path: i.path.join('.'),
        code: schemas.isErrorCode(i.message) ? i.message : 'invalid',
      }));
      return send(res, 400, { errors }, body.type);
    }
    const hash = createHash('sha256').update(JSON.stringify(result.data)).digest('hex');
    const stored = await store(body.type, key, hash, result.data);
    if (stored.hash !== hash) return send(res, 422, { errors: [{ path: '', code: 'idempotency_key_reused' }] }, body.type);
    return send(res, stored.replay ? 200 : 201, { reference: stored.reference }, body.type);
  }

  return {
    /** Handles POST /api/submissions; returns false for other requests. */
    handle(req, res) {
      if (req.method !== 'POST' || new URL(req.url, 'http://x').pathname !== '/api/submissions') return false;
      handle(req, res).catch(() => send(res, 500, { errors: [{ path: '', code: 'server_error' }] }));
      return true;
    },
    /** How many submissions are stored. */
    get count() {
      return count;
    },
    close() {
      return queue.then(() => closeSync(fd));
    },
  };
}
