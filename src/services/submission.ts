/**
 * Sending a payload: the default transport POSTs JSON to the form's `action` with an
 * `Idempotency-Key` header that stays the same across retries of one submission, so a retry after
 * a lost answer never creates a second case (DESIGN.md "Payload and submission").
 */

export interface SubmitResult {
  /** The case or report reference the back end gives, e.g. "OA-2026-0042". */
  reference: string;
}

export interface TransportOptions {
  idempotencyKey: string;
  signal: AbortSignal;
}

/** Sends a payload; resolves with the reference or rejects with a {@link SubmitError}. */
export type Transport = (payload: unknown, options: TransportOptions) => Promise<SubmitResult>;

/** A field error from the back end: payload path (`data.child.personnummer`) and code. */
export interface FieldError {
  path: string;
  code: string;
}

export class SubmitError extends Error {
  constructor(
    message: string,
    /** Worth trying again (network failure, timeout, 5xx, 429); false for 4xx. */
    readonly retryable: boolean,
    /** HTTP status, when there was a response. */
    readonly status?: number,
    /** Field errors from a 400/422 response, if it listed any. */
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'SubmitError';
  }
}

/** A random key for one submission (UUID v4; also where `crypto.randomUUID` is missing, e.g. http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const TIMEOUT_MS = 30_000;

/** The default transport: `POST action` with JSON and the idempotency key. */
export function httpTransport(action: string): Transport {
  return async (payload, { idempotencyKey, signal }) => {
    if (!action) throw new SubmitError('No action URL to send to.', false);
    let response: Response;
    try {
      response = await fetch(action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(payload),
        credentials: 'same-origin',
        // Nothing about the page the citizen came from goes with the report.
        referrerPolicy: 'no-referrer',
        signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
      });
    } catch (e) {
      throw new SubmitError(e instanceof Error ? e.message : 'Network error', true);
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      /* no JSON body */
    }
    if (response.ok) {
      const reference = (body as { reference?: unknown } | null)?.reference;
      return { reference: typeof reference === 'string' ? reference : '' };
    }
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    const errors = (body as { errors?: unknown } | null)?.errors;
    const fieldErrors = Array.isArray(errors)
      ? errors.filter((x): x is FieldError => typeof x?.path === 'string' && typeof x?.code === 'string')
      : [];
    throw new SubmitError(`HTTP ${response.status}`, retryable, response.status, fieldErrors);
  };
}
