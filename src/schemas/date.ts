/**
 * A date typed as day, month and year in three boxes (GOV.UK date input), checked the way GOV.UK
 * advises: first what is missing, then what cannot be a day, month or year, then whether the date
 * exists, then whether it is in the allowed range. The result says which boxes are wrong, so only
 * those are marked. No DOM and no zod: the browser field and a server can share it.
 */
import type { ErrorCode } from './codes.js';

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export interface DateRules {
  /** Earliest allowed date, `YYYY-MM-DD`. */
  min?: string;
  /** Latest allowed date, `YYYY-MM-DD`. */
  max?: string;
  /** `past`: today or earlier; `future`: today or later. */
  rule?: 'past' | 'future' | '';
  /** Today as `YYYY-MM-DD` (the caller's clock). */
  today?: string;
}

export type DateResult =
  | { ok: true; value: string }
  | { ok: false; code: ErrorCode | null; parts: DatePart[]; days?: number };

/** Arabic-Indic and Persian digits become ASCII digits: people type with the keyboard they have. */
const digits = (s: string) =>
  s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10)).trim();

/** Days in a month (1–12) of a year: February has 29 only in leap years (Gregorian rule). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate() || 31;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a valid date, or null. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Splits `YYYY-MM-DD` into the three boxes ("2007-03-05" → 5, 3, 2007); anything else → empty boxes. */
export function splitIsoDate(value: string): [day: string, month: string, year: string] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return m ? [String(+m[3]!), String(+m[2]!), m[1]!] : ['', '', ''];
}

/**
 * Checks the three boxes as typed ("3", "03", " 3 "). Empty boxes with `required` false are valid
 * (`code: null`, no value).
 */
export function parseDateParts(day: string, month: string, year: string, required: boolean, rules: DateRules = {}): DateResult {
  const typed = [digits(day), digits(month), digits(year)] as const;
  const missing = DATE_PARTS.filter((_, i) => !typed[i]);
  if (missing.length === 3) return { ok: false, code: required ? 'required' : null, parts: required ? [...DATE_PARTS] : [] };
  if (missing.length) {
    const code = missing.length > 1 ? 'date_incomplete' : (`date_missing_${missing[0]}` as const);
    return { ok: false, code, parts: missing };
  }
  const [d, m, y] = typed.map((s) => (/^\d+$/.test(s) ? Number(s) : NaN)) as [number, number, number];
  const bad: DatePart[] = [];
  if (!(d >= 1 && d <= 31) || typed[0].length > 2) bad.push('day');
  if (!(m >= 1 && m <= 12) || typed[1].length > 2) bad.push('month');
  if (!/^\d{4}$/.test(typed[2]) || y < 1000) bad.push('year');
  if (bad.length > 1) return { ok: false, code: 'invalid_date', parts: bad };
  if (bad.length) return { ok: false, code: `invalid_${bad[0]!}`, parts: bad, days: 31 };
  const days = daysInMonth(y, m);
  // 31 april, 30 februari, 29 februari outside a leap year: the day is what is wrong.
  if (d > days) return { ok: false, code: 'invalid_day', parts: ['day'], days };
  const value = isoDate(y, m, d);
  const all = [...DATE_PARTS];
  // ISO dates compare as strings.
  if (rules.rule === 'past' && rules.today && value > rules.today) return { ok: false, code: 'date_not_past', parts: all };
  if (rules.rule === 'future' && rules.today && value < rules.today) return { ok: false, code: 'date_not_future', parts: all };
  if (rules.min && value < rules.min) return { ok: false, code: 'date_too_early', parts: all };
  if (rules.max && value > rules.max) return { ok: false, code: 'date_too_late', parts: all };
  return { ok: true, value };
}

/** Today in the given clock's local time, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
