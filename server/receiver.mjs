// Reference receiver for soc-elements submissions, in plain Node (no framework).
//
// POST /api/submissions with a JSON payload and an Idempotency-Key header.
//
// What it promises:
//   - A 201 means stored: in the JSONL file (storage.mjs: one record a line of
//     DATA_DIR/submissions.jsonl, written whole and fsynced), or committed to PostgreSQL
//     (storage-postgres.mjs, when `databaseUrl` is given), before the answer.
//   - A storage failure (disk full, short write, I/O error, database gone) never gets a 2xx: the
//     answer is 503 with Retry-After and nothing of the submission is kept.
//   - A reference (OA-2026-000123; the prefix per type comes from PAYLOAD_TYPES) is never given
//     out twice. A failed write uses up no number.
//   - Idempotency by content: the same key with the same type, version and data answers 200 with
//     the first reference. submittedAt and locale may differ; the first stored record wins. The
//     same key with other content is a 422. With PostgreSQL this holds across receiver processes
//     on one database (unique constraints and a transaction, not process memory).
//   - The file store: one receiver per data folder. A lock file (DATA_DIR/receiver.lock, holding
//     the pid) makes a second receiver, in this process or another, refuse to start. A lock whose
//     process is gone is taken over. A torn last line (a crash mid-write) is cut off at start.
//   - Client input gets a 4xx, never a 500: 415 unless JSON, 413 over 256 KB, 400 for a body that
//     is not UTF-8 (`invalid_encoding`), nested deeper than 64 (`too_deep`), not JSON, of a type
//     PAYLOAD_TYPES does not list, or failing the zod schema the elements are built against
//     (`{ errors: [{ path, code }] }`).
//   - The data folder is 0700 and the data file 0600 (existing ones are tightened at start).
//   - The log never holds personal data: method, path, status, type, reference, error codes and
//     byte counts only.
//
// Its limits with the file: one machine, one process per folder, no replication and no backup;
// durability is what fsync gives on that disk. With PostgreSQL, what the database gives.
// Records are never deleted or rotated here.
import { KEY_PATTERN, MAX_BYTES, MAX_DEPTH, RETRY_AFTER_SECONDS, SUBMISSIONS_PATH } from './contract.mjs';
import { StorageError, contentHash, openStorage } from './storage.mjs';

// The limits and answers are those of contract.mjs (which the OpenAPI document is made from).
export { MAX_BYTES, MAX_DEPTH, RETRY_AFTER_SECONDS };
export { DATA_FILE, LOCK_FILE, ReceiverLockedError, StorageError, createFileStorage } from './storage.mjs';

/**
 * The payload types this receiver takes: `PAYLOAD_TYPES` of `soc-elements/schemas`, each with its
 * zod schema (the export it names) and its reference prefix. A type the list does not name gets a
 * 400. A list entry without its schema, or with a prefix that is not two capital letters (the
 * references on disk are read back by that shape), stops the receiver from starting.
 * @returns {Map<string, { schema: any, prefix: string }>}
 */
export function payloadTypes(schemas) {
  const list = schemas.PAYLOAD_TYPES;
  if (!Array.isArray(list) || list.length === 0) throw new Error('soc-elements/schemas exports no PAYLOAD_TYPES');
  const types = new Map();
  for (const { type, schema, reference } of list) {
    if (typeof schemas[schema]?.safeParse !== 'function') throw new Error(`soc-elements/schemas has no schema ${schema} for the payload type ${type}`);
    if (!/^[A-Z]{2}$/.test(reference)) throw new Error(`the payload type ${type} has the reference prefix "${reference}"; it must be two capital letters`);
    if (types.has(type)) throw new Error(`the payload type ${type} is listed twice`);
    types.set(type, { schema: schemas[schema], prefix: reference });
  }
  return types;
}

/**
 * @param {{
 *   schemas: Record<string, any>,
 *   dataDir?: string,
 *   databaseUrl?: string,
 *   databaseSchema?: string,
 *   storage?: import('./storage.mjs').SubmissionStore,
 *   log?: (line: string) => void,
 *   fs?: typeof import('node:fs'),
 * }} options
 *   `schemas` is `soc-elements/schemas` (or the same module bundled from src/ in tests).
 *   Storage: `storage` (any store of the storage.mjs interface); else PostgreSQL when
 *   `databaseUrl` (postgres://…) is given, its tables in `databaseSchema` (default: the
 *   connection's search_path); else the JSONL file in `dataDir`. `ready` settles when the store
 *   can take submissions (the file at once; the database once connected and its tables made).
 *   `fs` replaces node:fs for the file (tests inject faults through it).
 * @throws {ReceiverLockedError} when another receiver uses `dataDir`.
 */
export function createReceiver({ schemas, dataDir, databaseUrl, databaseSchema, storage, log = (line) => console.log(line), fs }) {
  const byType = payloadTypes(schemas);
  const store = openStorage({ storage, databaseUrl, databaseSchema, dataDir, log, ...(fs ? { fs } : {}) });

  function save(type, key, content, payload) {
    const { prefix } = byType.get(type);
    const year = new Date().getFullYear();
    return store.save({
      key,
      hash: content,
      payload,
      receivedAt: new Date().toISOString(),
      reference: (number) => `${prefix}-${year}-${String(number).padStart(6, '0')}`,
    });
  }

  const send = (res, status, body, { type = '', headers = {}, note = '' } = {}) => {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
    log(`POST /api/submissions ${status}${type ? ` ${type}` : ''}${body.reference ? ` ${body.reference}` : ''}${note ? ` ${note}` : ''}`);
  };
  const reject = (res, status, code, path = '', type = '') => send(res, status, { errors: [{ path, code }] }, { type });

  async function handle(req, res) {
    const mediaType = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== 'application/json') return reject(res, 415, 'unsupported_media_type');
    const key = String(req.headers['idempotency-key'] ?? '');
    if (!KEY_PATTERN.test(key)) return reject(res, 400, 'missing_idempotency_key');

    const chunks = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BYTES) {
          res.setHeader('connection', 'close');
          return reject(res, 413, 'too_large');
        }
        chunks.push(chunk);
      }
    } catch {
      // The client went away mid-body: nobody to answer, nothing stored.
      log('POST /api/submissions aborted');
      return res.destroy();
    }
    let raw;
    try {
      raw = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    } catch {
      return reject(res, 400, 'invalid_encoding');
    }
    if (nestsDeeperThan(raw, MAX_DEPTH)) return reject(res, 400, 'too_deep');
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return reject(res, 400, 'invalid_json');
    }
    const type = body !== null && typeof body === 'object' && !Array.isArray(body) && typeof body.type === 'string' ? body.type : '';
    const schema = byType.get(type)?.schema;
    if (!schema) return reject(res, 400, 'invalid_choice', 'type');
    const result = schema.safeParse(body);
    if (!result.success) {
      const errors = result.error.issues.map((i) => ({
        path: i.path.join('.'),
        code: schemas.isErrorCode(i.message) ? i.message : 'invalid',
      }));
      return send(res, 400, { errors }, { type });
    }
    const content = contentHash(result.data);
    let stored;
    try {
      stored = await save(type, key, content, result.data);
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      return send(res, 503, { errors: [{ path: '', code: 'storage_unavailable' }] }, {
        type,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
        note: `storage_unavailable ${error.reason}`,
      });
    }
    if (stored.hash !== content) return reject(res, 422, 'idempotency_key_reused', '', type);
    return send(res, stored.created ? 201 : 200, { reference: stored.reference }, { type });
  }

  return {
    /** Handles POST /api/submissions; returns false for other requests. */
    handle(req, res) {
      if (req.method !== 'POST' || new URL(req.url, 'http://x').pathname !== SUBMISSIONS_PATH) return false;
      handle(req, res).catch((error) => {
        // Never for client input; the log gets the error's name only (its message may quote input).
        send(res, 500, { errors: [{ path: '', code: 'server_error' }] }, { note: `server_error ${error?.name ?? 'unknown'}` });
        if (res.headersSent && !res.writableEnded) res.destroy();
      });
      return true;
    },
    /** Settles when the store can take submissions; rejects when it cannot (e.g. no database). */
    ready: store.ready,
    /** How many submissions are stored (as far as this process knows, with a shared database). */
    get count() {
      return store.count;
    },
    /** Waits for writes under way, then closes the store (the data file and its lock, or the database pool). */
    close() {
      return store.close();
    },
  };
}

/** True when arrays and objects in the JSON text nest deeper than `max`: one pass, no recursion. */
function nestsDeeperThan(text, max) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
