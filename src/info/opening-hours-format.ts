/** Opening hours in words: clock times, time ranges, day names and dates in the page's locale. No DOM. */
import type { CivilDate } from './holidays.js';
import type { TimeRange } from './opening-hours-parse.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return f;
}
const clock = (m: number) => new Date(Date.UTC(2024, 0, 1, Math.floor(m / 60), m % 60));

/**
 * Swedish clock time per DIGG webbriktlinjer R66 (domain.md §4.2): full stop between hours and
 * minutes, minutes dropped on the hour, a leading zero at night ("8.30", "12", "01").
 */
function svTime(m: number, pad: boolean): string {
  const h = Math.floor(m / 60);
  const hours = pad ? String(h).padStart(2, '0') : String(h);
  return m % 60 ? `${hours}.${String(m % 60).padStart(2, '0')}` : hours;
}
const night = (m: number) => m < 360;

/**
 * A clock time for a sentence: "8.30", "12" (the Swedish messages say "kl." themselves); other
 * locales through Intl ("8:30 AM", "12 PM").
 */
export function formatTime(minutes: number, locale: string): string {
  if (locale === 'sv') return svTime(minutes, night(minutes));
  return fmt(locale, minutes % 60 ? { hour: 'numeric', minute: '2-digit' } : { hour: 'numeric' }).format(clock(minutes));
}

/** Times of one day: "kl. 8.30–12 och 13–14"; other locales "8:30 AM – 12:00 PM and …". */
export function formatRanges(ranges: readonly TimeRange[], locale: string): string {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  if (locale === 'sv') {
    const pad = ranges.some((r) => night(r.from) || night(r.to % 1440));
    return `kl. ${list.format(ranges.map((r) => `${svTime(r.from, pad)}–${svTime(r.to, pad)}`))}`;
  }
  const f = fmt(locale, { hour: 'numeric', minute: '2-digit' });
  // No line break inside one range ("1:00 – 2:00 PM" split after the dash reads as two times).
  return list.format(ranges.map((r) => f.formatRange(clock(r.from), clock(Math.min(r.to, 1439))).replace(/\s/g, '\u00a0')));
}

/** Day name in the locale: 0 = Monday ("måndag", "Monday", "الاثنين"). */
export function weekdayName(day: number, locale: string): string {
  return fmt(locale, { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 1 + day)));
}

/**
 * A date in words: "måndag 4 januari", "24 december 2026"; with `until`, a run of days
 * ("24–26 december").
 */
export function formatDate(
  d: CivilDate,
  locale: string,
  { weekday = false, year = false }: { weekday?: boolean; year?: boolean } = {},
  until?: CivilDate,
): string {
  const f = fmt(locale, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    ...(year ? { year: 'numeric' } : {}),
  });
  const utc = (x: CivilDate) => new Date(Date.UTC(x.year, x.month - 1, x.day));
  return until ? f.formatRange(utc(d), utc(until)) : f.format(utc(d));
}
