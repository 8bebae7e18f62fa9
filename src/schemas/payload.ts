/**
 * The envelope every submission shares (DESIGN.md "Payload and submission"):
 * `{ type, version: 1, locale, submittedAt, data }`, strict at every level.
 */
import { z } from 'zod';
import { limitedText, type text } from './validators.js';
import { textLimit, type LIMITS, type LimitPath, type TextLimit } from './limits.js';
import { TEXT_DESCRIPTION } from './canonical.js';
import { payloadTypeInfo, type PayloadType } from './types.js';

/** Choices that are "ja / nej / vet inte" in the forms. */
export const yesNoUnknown = z.enum(['yes', 'no', 'unknown'], { error: 'invalid_choice' });

/** A strict object whose unknown keys are reported with the code `unknown_key`. */
export function strict<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown_key' : issue.input === undefined ? 'required' : 'invalid'),
  });
}

/**
 * JSON Schema for "the answer `key` must be given, not empty, when `condition` holds": a rule that
 * a `superRefine` checks in zod, written out for the generated JSON Schema (attach with `.meta()`;
 * zod cannot describe a refinement itself).
 */
export function requiredWhen(condition: Record<string, unknown>, key: string) {
  return { if: condition, then: { required: [key], properties: { [key]: { type: 'string', minLength: 1 } } } };
}

/** JSON Schema for an answer that is `value` (a property that is present). */
export const answered = (key: string, value: string) => ({ properties: { [key]: { const: value } }, required: [key] });

/** The interpreter's language is required when an interpreter is needed. */
export const languageWhenNeeded = requiredWhen(answered('needed', 'yes'), 'language');

type Text = ReturnType<typeof text>;
type AnswerSchema<L> = L extends { readonly min: 1 } ? Text : z.ZodOptional<Text>;

/**
 * The text answer at `path` of a payload type, limited as `limits.ts` says: required when its
 * `min` is 1, otherwise optional (and then empty is allowed too).
 */
export function answer<T extends PayloadType, P extends LimitPath<T>>(type: T, path: P) {
  const limit: TextLimit = textLimit(type, path);
  const schema = limitedText(limit);
  return (limit.min === 1 ? schema : schema.optional()) as AnswerSchema<(typeof LIMITS)[T][P]>;
}

const ENVELOPE_DESCRIPTION =
  'Version 1. Generated from the zod schemas of soc-elements/schemas. This JSON Schema describes the payload in its ' +
  'normalized form, as the elements send it and as the zod schema returns it; the zod schema also accepts lenient ' +
  'input (a personnummer with 10 digits, a phone number with spaces, text with surrounding spaces) and normalizes it. ' +
  `${TEXT_DESCRIPTION} What JSON Schema cannot check is named in the description of the field it concerns.`;

/** The envelope around `data`. */
export function envelope<T extends PayloadType, D extends z.ZodType>(type: T, data: D) {
  const title = payloadTypeInfo(type)?.title;
  return strict({
    type: z.literal(type, { error: 'invalid' }),
    version: z.literal(1, { error: 'invalid' }),
    /** BCP 47 language of the user interface when the form was sent (sv, en, ar…). */
    locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'invalid').max(35),
    /** When the citizen pressed "Skicka", ISO 8601 with offset. */
    submittedAt: z.iso.datetime({ offset: true, error: 'invalid' }),
    data,
  }).meta({ ...(title ? { title } : {}), description: ENVELOPE_DESCRIPTION });
}
