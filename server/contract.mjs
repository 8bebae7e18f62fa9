// The HTTP contract of POST /api/submissions as data: the limits, the Idempotency-Key's form and
// every answer with its error codes. The reference receiver (receiver.mjs) answers by it, the
// OpenAPI document (scripts/lib/openapi.mjs → dist/openapi.json) and the Storybook page
// "Ta emot ärenden" are made from it, and the conformance checker (conformance.mjs) tests a
// receiver against it. Plain data, no Node modules, so a browser page can import it too.

export const SUBMISSIONS_PATH = '/api/submissions';
/** Largest body a receiver must take; more gets 413. */
export const MAX_BYTES = 256 * 1024;
/** Deepest nesting of arrays and objects a body may have; real payloads use about 5. */
export const MAX_DEPTH = 64;
/** Seconds a client is asked to wait after a 503. */
export const RETRY_AFTER_SECONDS = 30;
/** The Idempotency-Key the elements send is a UUID; a receiver takes 8–200 of these characters. */
export const KEY_PATTERN_SOURCE = '^[A-Za-z0-9._:-]{8,200}$';
export const KEY_PATTERN = new RegExp(KEY_PATTERN_SOURCE);
/** A reference: two capital letters (the type's prefix), the year, a number of six digits or more. */
export const REFERENCE_PATTERN_SOURCE = '^[A-Z]{2}-\\d{4}-(\\d{6,})$';

/**
 * Every answer of the receiver. `codes` are the error codes its `{ errors: [{ path, code }] }` body
 * may hold (`schemaCodes: true`: also every code of ERROR_CODES in soc-elements/schemas, for a
 * payload that fails its schema); `reference` marks the answers with `{ reference }`.
 */
export const RESPONSES = [
  { status: 201, reference: true, summary: 'Stored', description: 'The submission is stored (written and flushed to disk or committed) under a new reference.' },
  {
    status: 200,
    reference: true,
    summary: 'Already stored',
    description:
      'The same Idempotency-Key came again with the same type, version and data (submittedAt and locale may differ): nothing new is stored, the answer is the first reference.',
  },
  {
    status: 400,
    summary: 'Bad request',
    description:
      'The Idempotency-Key is missing or malformed, the body is not UTF-8, nests deeper than 64 levels, is not JSON, has a type the receiver does not take (path "type"), or fails the schema of its type (one error per problem, path into the payload with dots, e.g. "data.reporter.phone").',
    codes: ['missing_idempotency_key', 'invalid_encoding', 'too_deep', 'invalid_json'],
    schemaCodes: true,
  },
  { status: 413, summary: 'Too large', description: `The body is larger than ${MAX_BYTES / 1024} KB.`, codes: ['too_large'] },
  { status: 415, summary: 'Not JSON', description: 'The Content-Type is not application/json.', codes: ['unsupported_media_type'] },
  {
    status: 422,
    summary: 'Key used for other content',
    description: 'The Idempotency-Key was used before for another submission (other type, version or data). Nothing is stored.',
    codes: ['idempotency_key_reused'],
  },
  { status: 500, summary: 'Server error', description: 'An error in the receiver itself; never an answer to client input.', codes: ['server_error'] },
  {
    status: 503,
    summary: 'Storage unavailable',
    description: `The submission could not be stored (disk full, I/O error, database down). Nothing is stored; try again after Retry-After seconds (${RETRY_AFTER_SECONDS}).`,
    codes: ['storage_unavailable'],
    retryAfter: true,
  },
];
