/**
 * The envelope every submission shares (DESIGN.md "Payload and submission"):
 * `{ type, version: 1, locale, submittedAt, data }`, strict at every level.
 */
import { z } from 'zod';
import { text } from './validators.js';

/** Choices that are "ja / nej / vet inte" in the forms. */
export const yesNoUnknown = z.enum(['yes', 'no', 'unknown'], { error: 'invalid_choice' });

/** A strict object whose unknown keys are reported with the code `unknown_key`. */
export function strict<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown_key' : issue.input === undefined ? 'required' : 'invalid'),
  });
}

/** An optional one-line answer (omitted when empty). */
export const optionalShort = (max = 200) => text({ max }).optional();
/** A required one-line answer. */
export const requiredShort = (max = 200) => text({ max, required: true });
/** An optional free-text answer. */
export const optionalLong = (max = 5000) => text({ max, multiline: true }).optional();

/** The envelope around `data`. */
export function envelope<T extends string, D extends z.ZodType>(type: T, data: D) {
  return strict({
    type: z.literal(type, { error: 'invalid' }),
    version: z.literal(1, { error: 'invalid' }),
    /** BCP 47 language of the user interface when the form was sent (sv, en, ar…). */
    locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'invalid').max(35),
    /** When the citizen pressed "Skicka", ISO 8601 with offset. */
    submittedAt: z.iso.datetime({ offset: true, error: 'invalid' }),
    data,
  });
}
