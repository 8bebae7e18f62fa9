/**
 * Language-neutral validation codes. Schemas put a code in `issue.message`; the UI turns it into
 * a localized sentence and a server can return it as is (DESIGN.md "Payload and submission").
 */
import type { z } from 'zod';

export const ERROR_CODES = [
  'required',
  'too_long',
  'invalid_personnummer',
  'invalid_personnummer_date',
  'invalid_personnummer_checksum',
  'invalid_postnummer',
  'invalid_phone',
  'invalid_email',
  'invalid_choice',
  /** Date boxes (schemas/date.ts): one box empty, several empty, one box not a day/month/year. */
  'date_missing_day',
  'date_missing_month',
  'date_missing_year',
  'date_incomplete',
  'invalid_day',
  'invalid_month',
  'invalid_year',
  /** Several boxes wrong at once. */
  'invalid_date',
  /** A real date outside the field's `min`/`max` or its past/future rule. */
  'date_too_early',
  'date_too_late',
  'date_not_past',
  'date_not_future',
  /** A key the schema does not know, e.g. a name sent with an anonymous reporter. */
  'unknown_key',
  /** Neither a phone number nor an e-mail address where one of them is needed. */
  'contact_required',
  /** Catch-all for issues no field-specific code describes (wrong type, unknown key…). */
  'invalid',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const known: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && known.has(value);
}

/**
 * The code of the first issue, or null on success. Issues raised by zod's own checks (not by our
 * schemas) are mapped onto the nearest code so that callers never have to show zod's English text.
 */
export function firstCode(result: z.ZodSafeParseResult<unknown>): ErrorCode | null {
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return 'invalid';
  if (isErrorCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big':
      return 'too_long';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalid_choice';
    case 'unrecognized_keys':
      return 'unknown_key';
    default:
      return 'invalid';
  }
}

/**
 * Error map for the base `z.string()` of every field schema: a missing value is `required`, any
 * other non-string is `invalid`. Zod's default would be an English sentence.
 */
export const stringError = (issue: { input?: unknown }): ErrorCode =>
  issue.input === undefined || issue.input === null ? 'required' : 'invalid';
