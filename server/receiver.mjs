// Reference receiver for soc-elements submissions, in plain Node (no framework).
//
// POST /api/submissions with a JSON payload and an Idempotency-Key header.
//
// What it promises:
//   - A 201 means stored. Each record is one line of DATA_DIR/submissions.jsonl. It is written
//     whole (the byte count is checked) and fsynced before the answer.
//   - A storage failure (disk full, short write, I/O error) never gets a 2xx. The file is cut back
//     to its last complete record and the answer is 503 with Retry-After. The next record starts
//     on a clean line.
//   - A reference (OA-2026-000123; the prefix per type comes from PAYLOAD_TYPES) is never given
//     out twice. A failed write uses up no number. At start the counter is the highest number on
//     disk, not the number of lines.
//   - At start a torn last line (a crash mid-write) is cut off. Every complete record is kept.
//   - Idempotency by content: the same key with the same type, version and data answers 200 with
//     the first reference. submittedAt and locale may differ; the first stored record wins. The
//     same key with other content is a 422.
//   - One receiver per data folder. A lock file (DATA_DIR/receiver.lock, holding the pid) makes a
//     second receiver, in this process or another, refuse to start. A lock whose process is gone
//     is taken over.
//   - Client input gets a 4xx, never a 500: 415 unless JSON, 413 over 256 KB, 400 for a body that
//     is not UTF-8 (`invalid_encoding`), nested deeper than 64 (`too_deep`), not JSON, of a type
//     PAYLOAD_TYPES does not list, or failing the zod schema the elements are built against
//     (`{ errors: [{ path, code }] }`).
//   - The folder is 0700 and the data file 0600 (existing ones are tightened at start).
//   - The log never holds personal data: method, path, status, type, reference, error codes and
//     byte counts only.
//
// Its limits: one machine, one process per folder, no replication and no backup. Durability is
// what fsync gives on that disk. Records are never deleted or rotated here.
import { createHash, randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { join } from 'node:path';

import { KEY_PATTERN, MAX_BYTES, MAX_DEPTH, REFERENCE_PATTERN_SOURCE, RETRY_AFTER_SECONDS, SUBMISSIONS_PATH } from './contract.mjs';

// The limits and answers are those of contract.mjs (which the OpenAPI document is made from).
export { MAX_BYTES, MAX_DEPTH, RETRY_AFTER_SECONDS };
export const DATA_FILE = 'submissions.jsonl';
export const LOCK_FILE = 'receiver.lock';

const REFERENCE_PATTERN = new RegExp(REFERENCE_PATTERN_SOURCE);
const NEWLINE = 0x0a;

/** Data folders (real paths) held by a receiver in this process. */
const held = new Set();

/** Thrown by createReceiver when another receiver holds the data folder. */
export class ReceiverLockedError extends Error {
  code = 'RECEIVER_LOCKED';
}

/** A record could not be stored; the file is back at its last complete record when possible. */
class StorageError extends Error {
  constructor(reason) {
    super(`storage failed: ${reason}`);
    this.reason = reason;
  }
}

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
 *   dataDir: string,
 *   log?: (line: string) => void,
 *   fs?: typeof import('node:fs'),
 * }} options
 *   `schemas` is `soc-elements/schemas` (or the same module bundled from src/ in tests).
 *   `fs` replaces node:fs (tests inject faults through it).
 * @throws {ReceiverLockedError} when another receiver uses `dataDir`.
 */
export function createReceiver({ schemas, dataDir, log = (line) => console.log(line), fs = nodeFs }) {
  const byType = payloadTypes(schemas);

  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const dir = fs.realpathSync(dataDir);
  if (held.has(dir)) {
    throw new ReceiverLockedError(`A receiver in this process already uses the data folder ${dir}; close it first.`);
  }
  const lock = acquireLock(fs, dir, log);
  held.add(dir);

  /** Idempotency key → { content, reference } for everything on disk. */
  const seen = new Map();
  let count = 0;
  let last = 0;
  /** Size of the file up to its last complete record. */
  let good = 0;
  /** The file may hold part of a failed record past `good`. */
  let dirty = false;
  let fd = null;

  try {
    const file = join(dir, DATA_FILE);
    fd = fs.openSync(file, 'a', 0o600);
    fs.fchmodSync(fd, 0o600);
    const bytes = fs.readFileSync(file);
    good = bytes.lastIndexOf(NEWLINE) + 1;
    let others = 0;
    for (let start = 0; start < good; ) {
      const end = bytes.indexOf(NEWLINE, start);
      const line = bytes.subarray(start, end);
      start = end + 1;
      const record = parseRecord(line);
      if (!record) {
        if (line.some((byte) => byte > 0x20)) others++;
        continue;
      }
      count++;
      last = Math.max(last, record.number);
      if (!seen.has(record.key)) seen.set(record.key, { content: record.content, reference: record.reference });
    }
    if (good < bytes.length) {
      fs.ftruncateSync(fd, good);
      fs.fsyncSync(fd);
      log(`receiver: cut a torn last record of ${bytes.length - good} bytes from ${DATA_FILE}`);
    }
    if (others) log(`receiver: ${others} lines in ${DATA_FILE} are not records; kept, not counted`);
    syncFolder(fs, dir); // the names of a new data file and lock file are durable too
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    releaseLock(fs, lock);
    held.delete(dir);
    throw error;
  }

  /** Appends one whole record and fsyncs it, or cuts the file back to `good` and throws. */
  function append(bytes) {
    try {
      if (dirty) {
        fs.ftruncateSync(fd, good);
        fs.fsyncSync(fd);
        dirty = false;
      }
      dirty = true;
      for (let done = 0; done < bytes.length; ) {
        const written = fs.writeSync(fd, bytes, done, bytes.length - done);
        if (!(written > 0)) throw Object.assign(new Error('short write'), { code: 'short_write' });
        done += written;
      }
      fs.fsyncSync(fd);
      good += bytes.length;
      dirty = false;
    } catch (cause) {
      try {
        fs.ftruncateSync(fd, good);
        fs.fsyncSync(fd);
        dirty = false;
      } catch {
        // Still dirty: the next write cuts the file back first, or fails with 503 too.
      }
      throw new StorageError(typeof cause?.code === 'string' ? cause.code : 'error');
    }
  }

  /** Writes run one after another: a simple queue keeps numbering and de-duplication exact. */
  let queue = Promise.resolve();
  const serially = (fn) => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };

  function store(type, key, content, payload) {
    return serially(() => {
      if (fd === null) throw new StorageError('closed');
      const prior = seen.get(key);
      if (prior) return { ...prior, replay: true };
      const number = last + 1;
      const reference = `${byType.get(type).prefix}-${new Date().getFullYear()}-${String(number).padStart(6, '0')}`;
      const record = { reference, idempotencyKey: key, hash: content, receivedAt: new Date().toISOString(), payload };
      append(Buffer.from(`${JSON.stringify(record)}\n`, 'utf8'));
      last = number;
      count++;
      seen.set(key, { content, reference });
      return { content, reference, replay: false };
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
      stored = await store(type, key, content, result.data);
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      return send(res, 503, { errors: [{ path: '', code: 'storage_unavailable' }] }, {
        type,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
        note: `storage_unavailable ${error.reason}`,
      });
    }
    if (stored.content !== content) return reject(res, 422, 'idempotency_key_reused', '', type);
    return send(res, stored.replay ? 200 : 201, { reference: stored.reference }, { type });
  }

  let closing = null;
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
    /** How many submissions are stored. */
    get count() {
      return count;
    },
    /** Waits for queued writes, then closes the data file and removes the lock. */
    close() {
      closing ??= queue.then(() => {
        const open = fd;
        fd = null;
        try {
          if (open !== null) fs.closeSync(open);
        } finally {
          held.delete(dir);
          releaseLock(fs, lock);
        }
      });
      return closing;
    },
  };
}

/** The record on one line of the data file, or null when the line is not one. */
function parseRecord(line) {
  try {
    const rec = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line));
    const number = REFERENCE_PATTERN.exec(rec?.reference ?? '')?.[1];
    if (!number || typeof rec.idempotencyKey !== 'string' || rec.payload === null || typeof rec.payload !== 'object') return null;
    return { reference: rec.reference, number: Number(number), key: rec.idempotencyKey, content: contentHash(rec.payload) };
  } catch {
    return null;
  }
}

/** What makes two submissions the same: type, version and data (not submittedAt or locale). */
function contentHash({ type, version, data }) {
  return createHash('sha256').update(canonical({ type, version, data })).digest('hex');
}

/** JSON with object keys sorted, so key order does not matter. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
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

/** fsyncs a folder, so a file created in it survives a crash; a no-op where folders cannot be synced. */
function syncFolder(fs, dir) {
  let fd;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows and some file systems refuse to fsync a folder.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** True when a process with this pid runs (another user's process counts). */
function running(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  // Our own pid in a lock we do not hold is left from an earlier process (pids repeat in containers).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Creates DATA_DIR/receiver.lock with O_EXCL, taking over a lock whose process is gone. */
function acquireLock(fs, dir, log) {
  const path = join(dir, LOCK_FILE);
  const token = `${process.pid}\n${randomUUID()}\n`;
  const lockedBy = (pid) =>
    new ReceiverLockedError(
      `Another receiver${Number.isInteger(pid) ? ` (process ${pid})` : ''} is using the data folder ${dir}; stop it first, or remove ${path} if no receiver runs.`,
    );
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd;
    try {
      fd = fs.openSync(path, 'wx', 0o600);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (fd !== undefined) {
      try {
        fs.writeSync(fd, token);
        fs.fsyncSync(fd);
      } catch (error) {
        fs.closeSync(fd);
        fs.rmSync(path, { force: true });
        throw error;
      }
      fs.closeSync(fd);
      return { path, token };
    }
    let found;
    try {
      found = fs.readFileSync(path, 'utf8');
    } catch (error) {
      if (error.code === 'ENOENT') continue;
      throw error;
    }
    const pid = Number.parseInt(found, 10);
    if (running(pid)) throw lockedBy(pid);
    // Stale. Move it aside in one step, then check that what moved is the lock judged stale and
    // not a fresh one another receiver made in between (if so, put it back and give up).
    const aside = `${path}.${process.pid}-${randomUUID()}`;
    try {
      fs.renameSync(path, aside);
    } catch (error) {
      if (error.code === 'ENOENT') continue;
      throw error;
    }
    const moved = fs.readFileSync(aside, 'utf8');
    if (moved !== found) {
      try {
        fs.linkSync(aside, path);
      } catch {
        // Someone else holds the name now; theirs stands.
      }
      fs.rmSync(aside, { force: true });
      throw lockedBy(Number.parseInt(moved, 10));
    }
    fs.rmSync(aside, { force: true });
    log(`receiver: took over a stale lock${Number.isInteger(pid) ? ` of process ${pid}` : ''}, which no longer runs`);
  }
  throw lockedBy(NaN);
}

/** Removes the lock file if it is still ours. */
function releaseLock(fs, { path, token }) {
  let found;
  try {
    found = fs.readFileSync(path, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  if (found === token) fs.rmSync(path, { force: true });
}
