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

/** How long a send may take before the citizen is offered a retry (DESIGN.md: 30 s). */
export const DEFAULT_TIMEOUT_S = 30;

/** The error code a back end gives when an idempotency key arrives again with other content. */
export const KEY_REUSED = 'idempotency_key_reused';

/** The non-empty reference in a back end's answer, or '' when there is none. */
export function referenceOf(result: unknown): string {
  const reference = (result as { reference?: unknown } | null)?.reference;
  return typeof reference === 'string' ? reference.trim() : '';
}

/**
 * The default transport: `POST action` with JSON and the idempotency key. A submission counts as
 * received only when the answer is 2xx JSON with a non-empty `reference`: a 200 HTML page (a wrong
 * `action`, a login page after a redirect) or an empty answer is a failure the citizen can retry.
 * The deadline is the caller's `signal` (no `AbortSignal.any`/`timeout`: older Safari lacks them).
 */
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
        signal,
      });
    } catch (e) {
      throw new SubmitError(e instanceof Error ? e.message : 'Network error', true);
    }
    let body: unknown = null;
    try {
      body = JSON.parse(await response.text());
    } catch {
      /* not JSON, or the connection dropped while reading it */
    }
    if (response.ok) {
      // Only a JSON answer counts: a page that happens to contain {"reference": …} does not.
      const json = /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(response.headers.get('content-type') ?? '');
      const reference = json ? referenceOf(body) : '';
      if (reference) return { reference };
      // 2xx without a reference is not a receipt: it may be a login page or the wrong address.
      throw new SubmitError(`HTTP ${response.status} without a reference`, true, response.status);
    }
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    const errors = (body as { errors?: unknown } | null)?.errors;
    const fieldErrors = Array.isArray(errors)
      ? errors.filter((x): x is FieldError => typeof x?.path === 'string' && typeof x?.code === 'string')
      : [];
    throw new SubmitError(`HTTP ${response.status}`, retryable, response.status, fieldErrors);
  };
}
