import { z } from 'zod';
import { stringError, type ErrorCode } from './codes.js';
import { cleanText } from './text.js';

export type Parsed = { ok: true; value: string } | { ok: false; code: ErrorCode };

/**
 * A required string field with lenient input and a normalized value: `required` when nothing is
 * left after `cleanText`, otherwise the parser's code. `overwrite` rather than `transform` keeps
 * the schema a plain string type, so `z.toJSONSchema` can still describe it for non-JS back ends.
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
