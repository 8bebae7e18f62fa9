// Where the reference receiver keeps submissions: a small interface and its embedded default, the
// JSONL file store (zero setup). storage-postgres.mjs is the same interface on PostgreSQL.
//
// A store does one thing for the receiver: `save(submission)` stores a submission under a new
// reference unless its Idempotency-Key is stored already, in one step that cannot be split by a
// concurrent save (in this process or, for a database, in another). It answers
// `{ reference, hash, created }`: the reference and content hash stored under the key, and whether
// this call stored it. The receiver compares `hash` with its own to tell a retry (200) from a key
// reused for other content (422). A save that fails throws StorageError (the receiver answers 503)
// and stores nothing: no record, no key, no reference number used up.
//
// @typedef {object} Submission
// @property {string} key         the Idempotency-Key
// @property {string} hash        contentHash() of the payload
// @property {object} payload     the validated payload, stored as it is
// @property {string} receivedAt  ISO time
// @property {(number: number) => string} reference  the reference for the number the store gives
//
// @typedef {object} Saved
// @property {string} reference
// @property {string} hash        of the submission stored under the key (the first one wins)
// @property {boolean} created    false for a key stored before
//
// @typedef {object} SubmissionStore
// @property {Promise<void>} ready    settles when the store can take saves (rejects if it cannot)
// @property {(submission: Submission) => Promise<Saved>} save
// @property {number} count           submissions stored, as far as this process knows
// @property {() => Promise<void>} close  waits for saves under way, then lets go of the store
import { createHash, randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { join } from 'node:path';

import { REFERENCE_PATTERN_SOURCE } from './contract.mjs';

export const DATA_FILE = 'submissions.jsonl';
export const LOCK_FILE = 'receiver.lock';

const REFERENCE_PATTERN = new RegExp(REFERENCE_PATTERN_SOURCE);
const NEWLINE = 0x0a;

/** Data folders (real paths) held by a file store in this process. */
const held = new Set();

/** Thrown when another receiver holds the data folder. */
export class ReceiverLockedError extends Error {
  code = 'RECEIVER_LOCKED';
}

/** A submission could not be stored, and nothing of it was. `reason` is a code, never input. */
export class StorageError extends Error {
  constructor(reason) {
    super(`storage failed: ${reason}`);
    this.reason = reason;
  }
}

/** What makes two submissions the same: type, version and data (not submittedAt or locale). */
export function contentHash({ type, version, data }) {
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

/**
 * The store a receiver uses: `storage` when given; PostgreSQL when `databaseUrl` is
 * (storage-postgres.mjs, which needs the npm package `pg`); else the JSONL file in `dataDir`.
 * @returns {SubmissionStore}
 */
export function openStorage({ storage, databaseUrl, databaseSchema, dataDir, log, fs = nodeFs }) {
  if (storage) return storage;
  if (databaseUrl) return createPostgresStorageLazily({ url: databaseUrl, schema: databaseSchema, log });
  if (!dataDir) throw new Error('the receiver needs dataDir (a folder for the JSONL file) or databaseUrl');
  return createFileStorage({ dataDir, log, fs });
}

/** The PostgreSQL store, loaded on first use so that the file store needs neither it nor `pg`. */
function createPostgresStorageLazily(options) {
  const loading = import('./storage-postgres.mjs').then(({ createPostgresStorage }) => createPostgresStorage(options));
  let store = null;
  const ready = loading.then(async (opened) => {
    store = opened;
    await opened.ready;
  });
  ready.catch(() => {}); // a failed start is answered 503 per request (and reported by startReceiver)
  return {
    ready,
    async save(submission) {
      try {
        await ready;
      } catch (error) {
        throw error instanceof StorageError ? error : new StorageError(typeof error?.code === 'string' ? error.code : 'unavailable');
      }
      return store.save(submission);
    },
    get count() {
      return store?.count ?? 0;
    },
    async close() {
      const opened = await loading.catch(() => null);
      await opened?.close();
    },
  };
}

/**
 * The embedded default: DATA_DIR/submissions.jsonl, one record a line.
 *
 *   - A save is answered only when its record is written whole (the byte count is checked) and
 *     fsynced. A failure (disk full, short write, I/O error) cuts the file back to its last
 *     complete record and throws StorageError; the next record starts on a clean line.
 *   - References are numbered from the highest number on disk (not the number of lines); a failed
 *     write uses up no number.
 *   - At start a torn last line (a crash mid-write) is cut off; every complete record is kept.
 *   - Saves run one after another in this process; one receiver per folder, which a lock file
 *     (DATA_DIR/receiver.lock, holding the pid) makes sure of. A lock whose process is gone is
 *     taken over.
 *   - The folder is 0700 and the data file 0600 (existing ones are tightened at start).
 *
 * @param {{ dataDir: string, log: (line: string) => void, fs?: typeof import('node:fs') }} options
 *   `fs` replaces node:fs (tests inject faults through it).
 * @throws {ReceiverLockedError} when another receiver uses `dataDir`.
 * @returns {SubmissionStore}
 */
export function createFileStorage({ dataDir, log, fs = nodeFs }) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const dir = fs.realpathSync(dataDir);
  if (held.has(dir)) {
    throw new ReceiverLockedError(`A receiver in this process already uses the data folder ${dir}; close it first.`);
  }
  const lock = acquireLock(fs, dir, log);
  held.add(dir);

  /** Idempotency key → { hash, reference } for everything on disk. */
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
      if (!seen.has(record.key)) seen.set(record.key, { hash: record.hash, reference: record.reference });
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

  /** Saves run one after another: a simple queue keeps numbering and de-duplication exact. */
  let queue = Promise.resolve();
  const serially = (fn) => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };

  let closing = null;
  return {
    ready: Promise.resolve(),
    save({ key, hash, payload, receivedAt, reference: referenceFor }) {
      return serially(() => {
        if (fd === null) throw new StorageError('closed');
        const prior = seen.get(key);
        if (prior) return { ...prior, created: false };
        const number = last + 1;
        const reference = referenceFor(number);
        const record = { reference, idempotencyKey: key, hash, receivedAt, payload };
        append(Buffer.from(`${JSON.stringify(record)}\n`, 'utf8'));
        last = number;
        count++;
        seen.set(key, { hash, reference });
        return { hash, reference, created: true };
      });
    },
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
    return { reference: rec.reference, number: Number(number), key: rec.idempotencyKey, hash: contentHash(rec.payload) };
  } catch {
    return null;
  }
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
