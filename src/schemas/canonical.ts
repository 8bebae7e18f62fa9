/**
 * The normalized form of each kind of value, as JSON Schema `pattern`s (ECMA-262 syntax, as JSON
 * Schema 2020-12 specifies). The zod schemas accept lenient input and return this form; the
 * elements send this form; the generated JSON Schema describes this form (validators.ts attaches
 * these patterns as metadata, so they change nothing in what zod accepts).
 *
 * The patterns avoid look-behind, `\p{…}`, `\d` and `\s` (engines disagree on which characters
 * the last two match), so that Python, Java and .NET validators read them as ajv does; only the
 * e-mail pattern uses look-ahead.
 *
 * What a pattern cannot say is named in its description (test/node/json-schema-corpus.node.test.mjs
 * holds the cases): the personnummer's Luhn check digit and whether its date is in the future, and
 * e-mail domains with letters beyond Latin, Greek and Cyrillic (zod converts any internationalized
 * domain).
 */

// Day of month: 31-day, 30-day and February (1–28) months, each day also + 60 (samordningsnummer).
const MMDD =
  '(?:(?:0[13578]|1[02])(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])' +
  '|(?:0[469]|11)(?:0[1-9]|[12][0-9]|30|6[1-9]|[78][0-9]|90)' +
  '|02(?:0[1-9]|1[0-9]|2[0-8]|6[1-9]|7[0-9]|8[0-8]))';
// 29 February only in leap years: divisible by 4, and 1800 and 1900 are not (2000 is).
const LEAP_YEAR = '(?:(?:18|19|20)(?:0[48]|[2468][048]|[13579][26])|2000)';
// Birth numbers run 001–999.
const BIRTH_NUMBER = '(?:00[1-9]|0[1-9][0-9]|[1-9][0-9][0-9])';

/** Twelve digits YYYYMMDDNNNC, a real date from 1800 on, birth number 001–999. */
export const PERSONNUMMER_PATTERN = `^(?:(?:18|19|20)[0-9][0-9]${MMDD}|${LEAP_YEAR}02(?:29|89))${BIRTH_NUMBER}[0-9]$`;

export const PERSONNUMMER_DESCRIPTION =
  'Personnummer or samordningsnummer (day + 60) with twelve digits, YYYYMMDDNNNC. ' +
  'Not checked by this JSON Schema, checked by the zod schema: the Luhn check digit C, and that the date is not in the future.';

/**
 * E.164 as `parsePhone` returns it: Swedish numbers +46 and 7–9 digits (mobile 07x: 9 digits),
 * other countries 7–15 digits in all.
 */
export const PHONE_PATTERN =
  '^\\+(?:46(?:7[02369][0-9]{7}|[1-689][0-9]{6,8}|7[145678][0-9]{5,7})|(?:[1-35-9][0-9]|4[0-57-9])[0-9]{5,13})$';

export const PHONE_DESCRIPTION = 'Phone number in E.164 form, e.g. +46701234567.';

/** Five digits, the first never 0. */
export const POSTNUMMER_PATTERN = '^[1-9][0-9]{4}$';

// A domain label: letters, digits and inner hyphens. Letters beyond a–z: Latin-1 and Latin
// Extended-A (the Nordic and most European domains), Greek and Cyrillic — only letters, no marks
// or right-to-left scripts, so IDNA's context and bidi rules never apply (the corpus test tries
// every one against zod). A label with them cannot start with "xn--" (claimed punycode).
const LETTERS =
  'a-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u017F\\u0391-\\u03A1\\u03A3-\\u03A9\\u03AC-\\u03CE\\u0400-\\u045F';
const LABEL = `(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?|(?!xn--)[${LETTERS}](?:[${LETTERS}-]*[${LETTERS}])?)`;

/**
 * As `parseEmail` returns it: dot-atom local part of at most 64 characters, the domain in lower
 * case, a top-level domain of letters. The length limit (254) is the schema's `maxLength`.
 */
export const EMAIL_PATTERN = `^(?=[^@]{1,64}@)(?:[A-Za-z0-9_'+-]+\\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:${LABEL}\\.)+[a-z]{2,}$`;

export const EMAIL_DESCRIPTION =
  'E-mail address, domain in lower case. Internationalized domains are written as Unicode; ' +
  'this JSON Schema accepts Latin, Greek and Cyrillic letters in them (å, ä, ö, é, ł, я …), the zod schema any domain the URL standard (IDNA) accepts.';

// Cleaned text (`cleanText`): no white space at either end, no control characters; one-line text
// has no line breaks or tabs, multi-line text keeps \n and \t but has no \r.
const NOT_CONTROL = '\\u0000-\\u001F\\u007F-\\u009F';
// White space as String.prototype.trim removes it, spelt out: `\s` differs between regex engines.
const SPACE = ' \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
const EDGE = `[^${SPACE}${NOT_CONTROL}]`;

/** One-line cleaned text (may be empty; `minLength` says when it may not). */
export const LINE_PATTERN = `^(?:${EDGE}(?:[^${NOT_CONTROL}]*${EDGE})?)?$`;

/** Multi-line cleaned text. */
export const MULTILINE_PATTERN = `^(?:${EDGE}(?:[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]*${EDGE})?)?$`;

export const TEXT_DESCRIPTION =
  'Cleaned text: trimmed, control characters removed, NFC; the length counts characters (code points) of that text.';
