/**
 * Postnummer: five digits written 3+2 ("647 31"), in use since 1968, administered by PostNord for
 * PTS (domain.md §4.2). Numbers run 100 00–989 99, so the first digit is never 0.
 */
import type { ErrorCode } from './codes.js';

export type PostnummerResult =
  | { ok: true; value: string }
  | { ok: false; code: Extract<ErrorCode, 'invalid_postnummer'> };

// The "SE-" prefix is what people copy from international address labels.
const SHAPE = /^(?:SE-?)?([1-9]\d{4})$/i;

export function parsePostnummer(input: string): PostnummerResult {
  const match = SHAPE.exec(input.replace(/\s+/g, ''));
  return match?.[1] ? { ok: true, value: match[1] } : { ok: false, code: 'invalid_postnummer' };
}

/** "12345" → "123 45"; anything else is returned unchanged. */
export function formatPostnummer(value: string): string {
  return /^\d{5}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3)}` : value;
}

