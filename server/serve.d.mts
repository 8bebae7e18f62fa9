// Types of `soc-elements/receiver` (serve.mjs and receiver.mjs), written by hand.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export declare const MAX_BYTES: number;
export declare const MAX_DEPTH: number;
export declare const RETRY_AFTER_SECONDS: number;
export declare const DATA_FILE: string;
export declare const LOCK_FILE: string;
export declare const SUBMISSIONS_PATH: string;
export declare const KEY_PATTERN_SOURCE: string;
export declare const RESPONSES: readonly {
  status: number;
  summary: string;
  description: string;
  reference?: boolean;
  codes?: readonly string[];
  schemaCodes?: boolean;
  retryAfter?: boolean;
}[];

/** Thrown by createReceiver when another receiver holds the data folder. */
export declare class ReceiverLockedError extends Error {
  code: 'RECEIVER_LOCKED';
}

export interface Receiver {
  /** Handles POST /api/submissions; returns false for other requests. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Settles when the store can take submissions; rejects when it cannot (e.g. no database). */
  readonly ready: Promise<void>;
  /** How many submissions are stored. */
  readonly count: number;
  /** Waits for queued writes, then closes the data file and removes the lock. */
  close(): Promise<void>;
}

/** What the receiver stores a submission with (server/storage.mjs). */
export interface Submission {
  /** The Idempotency-Key. */
  key: string;
  /** Hash of type, version and data: the same for a retry, other for a key reused for other content. */
  hash: string;
  payload: Record<string, unknown>;
  receivedAt: string;
  /** The reference for the number the store gives out. */
  reference(number: number): string;
}

/**
 * A store of submissions: the JSONL file (default), PostgreSQL (`databaseUrl`) or your own.
 * `save` stores under a new reference unless the key is stored already, as one step no
 * concurrent save can split, and throws StorageError (answered 503) when nothing was stored.
 */
export interface SubmissionStore {
  readonly ready: Promise<void>;
  save(submission: Submission): Promise<{ reference: string; hash: string; created: boolean }>;
  readonly count: number;
  close(): Promise<void>;
}

/** A submission could not be stored, and nothing of it was; `reason` is a code. */
export declare class StorageError extends Error {
  constructor(reason: string);
  reason: string;
}

export declare function createFileStorage(options: { dataDir: string; log: (line: string) => void; fs?: typeof import('node:fs') }): SubmissionStore;

export interface ReceiverOptions {
  /** The module `soc-elements/schemas`. */
  schemas: Record<string, unknown>;
  /** The folder of the JSONL file store (the default store). */
  dataDir?: string;
  /** postgres://… : store in PostgreSQL instead (needs the npm package pg). */
  databaseUrl?: string;
  /** The PostgreSQL schema for the tables; default: the connection's search_path. */
  databaseSchema?: string;
  /** Any store of your own; wins over databaseUrl and dataDir. */
  storage?: SubmissionStore;
  log?: (line: string) => void;
  /** Replaces node:fs (tests inject faults through it). */
  fs?: typeof import('node:fs');
}

export declare function createReceiver(options: ReceiverOptions): Receiver;
export declare function payloadTypes(schemas: Record<string, unknown>): Map<string, { schema: unknown; prefix: string }>;
/** `soc-elements/schemas`, found next to the receiver. */
export declare function loadSchemas(): Promise<Record<string, unknown>>;

export interface RunningReceiver {
  receiver: Receiver;
  server: Server;
  /** The endpoint, e.g. http://127.0.0.1:8000/api/submissions. */
  url: string;
  close(): Promise<void>;
}

/** Starts the reference receiver behind a Node HTTP server; resolves when it listens. */
export declare function startReceiver(options?: {
  /** 0 picks a free port; default 8000. */
  port?: number;
  host?: string;
  /** Default ./.data */
  dataDir?: string;
  /** postgres://… : store in PostgreSQL instead of dataDir (needs the npm package pg). */
  databaseUrl?: string;
  databaseSchema?: string;
  schemas?: Record<string, unknown>;
  log?: (line: string) => void;
}): Promise<RunningReceiver>;
