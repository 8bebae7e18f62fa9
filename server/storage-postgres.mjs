// The receiver's store on PostgreSQL (the storage.mjs interface), chosen with
// DATABASE_URL=postgres://user:password@host:5432/database. It needs the npm package `pg`
// (`npm install pg`), which soc-elements lists as an optional peer dependency: front-end users
// never install it, the file store never loads it.
//
// Two tables, made at start when missing (in `schema` when given, else in the search_path):
//   soc_submissions        number (primary key), reference (unique), idempotency_key (unique),
//                          hash, received_at, payload (json, as received)
//   soc_reference_counter  one row: the last reference number given out
//
// Exactly once, across any number of receiver processes on one database:
//   - A key already stored answers its stored reference and hash.
//   - Otherwise one transaction takes the next number from the counter row (UPDATE … RETURNING,
//     which locks the row until commit, so concurrent saves take turns) and inserts the record
//     with ON CONFLICT (idempotency_key) DO NOTHING. When a concurrent save of the same key won,
//     nothing is inserted: the transaction is rolled back (the number is given back) and the
//     winner's reference is answered. The unique constraints on reference, number and key are the
//     last word: whatever a bug or a hand-made row might do, no reference is stored twice.
//   - A failed transaction (connection lost, constraint, disk) is rolled back whole: no record and
//     no number used up. The receiver answers 503.
//   - The answer (201) follows COMMIT, which PostgreSQL makes durable (synchronous_commit on, the
//     default). If the connection breaks during COMMIT the receiver answers 503; the client's
//     retry with the same key then gets the stored reference (200).
import { StorageError } from './storage.mjs';

/** The key of the advisory lock that makes creating the tables safe for processes starting at once. */
const MIGRATION_LOCK = 0x50c_e1e;

/**
 * Connects, makes the tables when missing and resolves with the store.
 * @param {{ url: string, schema?: string, log: (line: string) => void, max?: number }} options
 * @returns {Promise<import('./storage.mjs').SubmissionStore>}
 */
export async function createPostgresStorage({ url, schema, log, max = 10 }) {
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch {
    throw new Error('DATABASE_URL is set, but the npm package pg is not installed; run npm install pg');
  }
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000, application_name: 'soc-elements-receiver' });
  // An idle connection that breaks (database restarted) is dropped by the pool; say so, by code only.
  pool.on('error', (error) => log(`receiver: a database connection was lost (${reasonOf(error)})`));

  const prefix = schema ? `${pg.escapeIdentifier(schema)}.` : '';
  const submissions = `${prefix}soc_submissions`;
  const counter = `${prefix}soc_reference_counter`;

  let count;
  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${submissions} (
        number bigint PRIMARY KEY CHECK (number > 0),
        reference text NOT NULL UNIQUE,
        idempotency_key text NOT NULL UNIQUE,
        hash text NOT NULL,
        received_at timestamptz NOT NULL,
        payload json NOT NULL
      )`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${counter} (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        last bigint NOT NULL CHECK (last >= 0)
      )`);
      await client.query(`INSERT INTO ${counter} (id, last) VALUES (true, COALESCE((SELECT max(number) FROM ${submissions}), 0)) ON CONFLICT (id) DO NOTHING`);
      count = Number((await client.query(`SELECT count(*) AS n FROM ${submissions}`)).rows[0].n);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    // The message of a connection error names host and port at most, never the password.
    throw Object.assign(new Error(`the database could not be opened: ${error.message}`), { code: reasonOf(error) });
  }
  log(`receiver: storing in PostgreSQL${schema ? ` (schema ${schema})` : ''}, ${count} submissions there`);

  const selectKey = `SELECT reference, hash FROM ${submissions} WHERE idempotency_key = $1`;
  const nextNumber = `UPDATE ${counter} SET last = last + 1 RETURNING last`;
  const insert = `INSERT INTO ${submissions} (number, reference, idempotency_key, hash, received_at, payload)
    VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING RETURNING reference`;

  /** Saves under way, so close() can wait for them. */
  const running = new Set();
  let closed = false;
  let closing = null;

  async function save({ key, hash, payload, receivedAt, reference: referenceFor }) {
    let client;
    try {
      client = await pool.connect();
    } catch (error) {
      throw new StorageError(reasonOf(error));
    }
    let broken;
    // A connection cut while this save holds it emits 'error' on the client (the pool listens only
    // to idle ones): without a listener that would end the process. The query fails too, and
    // that failure is the 503.
    const lost = (error) => (broken ??= error);
    client.on('error', lost);
    try {
      const stored = (await client.query(selectKey, [key])).rows[0];
      if (stored) return { reference: stored.reference, hash: stored.hash, created: false };
      await client.query('BEGIN');
      const number = Number((await client.query(nextNumber)).rows[0].last);
      const reference = referenceFor(number);
      const inserted = await client.query(insert, [number, reference, key, hash, receivedAt, JSON.stringify(payload)]);
      if (inserted.rowCount === 0) {
        // A concurrent save of this key committed first: give the number back, answer its reference.
        await client.query('ROLLBACK');
        const winner = (await client.query(selectKey, [key])).rows[0];
        if (!winner) throw Object.assign(new Error('key conflict without a stored row'), { code: 'conflict' });
        return { reference: winner.reference, hash: winner.hash, created: false };
      }
      await client.query('COMMIT');
      count++;
      return { reference, hash, created: true };
    } catch (error) {
      broken ??= error;
      await client.query('ROLLBACK').catch(() => {});
      throw new StorageError(reasonOf(error));
    } finally {
      // A connection that failed is closed rather than handed to the next save (and keeps the
      // listener, should it say more while closing); a sound one goes back to the pool.
      if (!broken) client.off('error', lost);
      client.release(broken);
    }
  }

  return {
    ready: Promise.resolve(),
    save(submission) {
      if (closed) return Promise.reject(new StorageError('closed'));
      const run = save(submission);
      const settled = run.catch(() => {});
      running.add(settled);
      settled.finally(() => running.delete(settled));
      return run;
    },
    get count() {
      return count;
    },
    close() {
      closed = true;
      closing ??= Promise.all(running).then(() => pool.end());
      return closing;
    },
  };
}

/** A short code for the log and the 503's note: SQLSTATE or errno, never a message (it may quote data). */
function reasonOf(error) {
  return typeof error?.code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(error.code) ? error.code : 'database_error';
}
