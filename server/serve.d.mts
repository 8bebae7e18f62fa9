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
  /** How many submissions are stored. */
  readonly count: number;
  /** Waits for queued writes, then closes the data file and removes the lock. */
  close(): Promise<void>;
}

export interface ReceiverOptions {
  /** The module `soc-elements/schemas`. */
  schemas: Record<string, unknown>;
  dataDir: string;
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
  schemas?: Record<string, unknown>;
  log?: (line: string) => void;
}): Promise<RunningReceiver>;
