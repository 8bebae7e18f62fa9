/**
 * Free text: bounded, trimmed, NFC-normalized, control characters stripped
 * (DESIGN.md "Security and privacy"). No zod here: the browser fields import these functions and
 * must not pay for zod; the zod schemas are in `validators.ts`.
 */

/** Length bounds in characters (code points); every limit of every payload is in `limits.ts`. */
export { MAX } from './limits.js';

// C0, DEL and C1 (Unicode category Cc), except \t \n \r which are handled per mode below.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// A half of a surrogate pair alone cannot be encoded as UTF-8; the server would get U+FFFD anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface CleanTextOptions {
  multiline?: boolean;
}

export function cleanText(input: string, opts: CleanTextOptions = {}): string {
  let s = input.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '');
  s = s.replace(/\r\n?/g, '\n');
  // In a one-line field a pasted line break or tab separates words; deleting it would join them.
  if (!opts.multiline) s = s.replace(/[\n\t]/g, ' ');
  return s.normalize('NFC').trim();
}

/** Length as the user counts it, near enough: astral characters (emoji) count once. */
export function textLength(s: string): number {
  return [...s].length;
}

// A code point is one or two UTF-16 units, so most strings are decided without counting.
export function longerThan(s: string, max: number): boolean {
  if (s.length <= max) return false;
  if (s.length > 2 * max) return true;
  return textLength(s) > max;
}
