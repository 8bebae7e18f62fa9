import { z } from 'zod';
import { stringError, type ErrorCode } from './codes.js';
import { cleanText, longerThan } from './text.js';
import { parsePersonnummer } from './personnummer.js';
import { parsePostnummer } from './postnummer.js';
import { parsePhone } from './phone.js';
import { parseEmail } from './email.js';
import { EMAIL_MAX, type TextLimit } from './limits.js';
import {
  EMAIL_DESCRIPTION,
  EMAIL_PATTERN,
  LINE_PATTERN,
  MULTILINE_PATTERN,
  PERSONNUMMER_DESCRIPTION,
  PERSONNUMMER_PATTERN,
  PHONE_DESCRIPTION,
  PHONE_PATTERN,
  POSTNUMMER_PATTERN,
} from './canonical.js';

/**
 * The zod schemas of `soc-elements/schemas`, built on the plain parse functions so that the
 * browser fields can use those functions without loading zod.
 */
export type Parsed = { ok: true; value: string } | { ok: false; code: ErrorCode };

/**
 * A required string field with lenient input and a normalized value: `required` when nothing is
 * left after `cleanText`, otherwise the parser's code. `overwrite` rather than `transform` keeps
 * the schema a plain string type, so `z.toJSONSchema` can still describe it for non-JS back ends;
 * the JSON Schema keywords of the normalized form are added with `.meta()` (canonical.ts).
 */
export function normalizedString(parse: (input: string) => Parsed) {
  return z
    .string({ error: stringError })
    .superRefine((s, ctx) => {
      if (cleanText(s) === '') {
        ctx.addIssue({ code: 'custom', message: 'required', continue: false });
        return;
      }
      const result = parse(s);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.code, continue: false });
    })
    .overwrite((s) => {
      const result = parse(s);
      return result.ok ? result.value : s;
    });
}

/** Lenient string in, twelve digits out. Issue messages are error codes. */
export const personnummer = normalizedString((s) => parsePersonnummer(s)).meta({
  pattern: PERSONNUMMER_PATTERN,
  description: PERSONNUMMER_DESCRIPTION,
});

/** Lenient string in, five digits out. */
export const postnummer = normalizedString((s) => parsePostnummer(s)).meta({ pattern: POSTNUMMER_PATTERN });

/** Lenient string in, E.164 out ("+46701234567"). */
export const phoneNumber = normalizedString(parsePhone).meta({ pattern: PHONE_PATTERN, description: PHONE_DESCRIPTION });

/** Cleaned, domain lower-cased. */
export const email = normalizedString(parseEmail).meta({
  maxLength: EMAIL_MAX.address,
  pattern: EMAIL_PATTERN,
  description: EMAIL_DESCRIPTION,
});

export interface TextOptions {
  max: number;
  required?: boolean;
  multiline?: boolean;
}

/**
 * String → cleaned string. `overwrite` (not `transform`) keeps the schema a plain string type so
 * that `z.toJSONSchema` can describe it for non-JS back ends. The JSON Schema gets the limits as
 * `maxLength`/`minLength` and the cleaned form as a `pattern`; both count code points of the
 * cleaned text, as `longerThan` does.
 */
export function text(opts: TextOptions) {
  const { max, required = false, multiline = false } = opts;
  return z
    .string({ error: stringError })
    .overwrite((s) => cleanText(s, { multiline }))
    .superRefine((s, ctx) => {
      if (s === '') {
        if (required) ctx.addIssue({ code: 'custom', message: 'required', continue: false });
      } else if (longerThan(s, max)) {
        ctx.addIssue({ code: 'custom', message: 'too_long', continue: false });
      }
    })
    .meta({ ...(required ? { minLength: 1 } : {}), maxLength: max, pattern: multiline ? MULTILINE_PATTERN : LINE_PATTERN });
}

/** The text schema of a limit in `limits.ts`: required when its `min` is 1. */
export function limitedText(limit: TextLimit) {
  return text({ max: limit.max, required: limit.min === 1, multiline: limit.multiline ?? false });
}
