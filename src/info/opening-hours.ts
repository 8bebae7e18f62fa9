/**
 * Opening hours: a subset of OpenStreetMap's `opening_hours` syntax, the open/closed status in
 * Europe/Stockholm time and the formats to show them. No DOM.
 *
 * Supported subset (anything else is an error, so a typo never silently means "open"):
 * - Rules separated by `;`. As in OSM, a later rule replaces what earlier rules said about the
 *   days it selects, so put `PH off` and dates last: `Mo-Fr 08:30-12:00,13:00-14:00; PH off`.
 * - Selectors: weekdays `Mo Tu We Th Fr Sa Su`, ranges `Mo-Fr` (also wrapping, `Sa-Mo`) and lists
 *   `Mo,We,Fr-Sa`; `PH` for Swedish public holidays (alone or in the list: `Sa,PH off`); dates
 *   `Dec 24`, `2026 Dec 24`, `Dec 24-26`, lists `Dec 24,31` or `Dec 24,2027 Jan 5`. Without a
 *   selector a rule is for every day. Dates cannot be combined with weekdays in one rule.
 * - Times: `HH:MM-HH:MM`, several with commas (`08:30-12:00,13:00-14:00`), end up to `24:00`
 *   (no spans past midnight: write `Fr 16:00-24:00; Sa 00:00-01:00`); `off` or `closed`; `24/7`.
 * Not supported: month ranges, week numbers, `SH`, `sunrise`, comments, `||` fallbacks, open
 * ends (`+`), and rules without a time.
 *
 * Julafton, midsommarafton and nyårsafton are closed unless `closeEves` is false or a date rule
 * names the day (e.g. `Dec 24 09:00-12:00`).
 */
import {
  type CivilDate,
  addDays,
  daysBetween,
  eveOn,
  holidayOn,
  isoDate,
  isValidDate,
  weekday,
} from './holidays.js';

/** Örebro's reception (seed 000): Monday–Friday 8.30–14, closed for lunch 12–13. */
export const DEFAULT_HOURS = 'Mo-Fr 08:30-12:00,13:00-14:00; PH off';

/** Minutes after midnight, `to` > `from`, `to` at most 1440. */
export interface TimeRange {
  from: number;
  to: number;
}

/** One date or a run of days in one month; without `year`, every year. */
export interface DateSelector {
  year?: number;
  month: number;
  from: number;
  to: number;
}

export interface Rule {
  /** 0 = Monday … 6 = Sunday. */
  weekdays: ReadonlySet<number>;
  holidays: boolean;
  dates: readonly DateSelector[];
  /** Empty: closed. */
  ranges: readonly TimeRange[];
}

export interface OpeningHours {
  rules: readonly Rule[];
}

/** The input is outside the supported subset; the message names the part that is wrong. */
export class OpeningHoursError extends Error {
  override name = 'OpeningHoursError';
}

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ALL_DAYS: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 6]);
const TIMES = /^\d{1,2}:\d{2}-\d{1,2}:\d{2}(,\d{1,2}:\d{2}-\d{1,2}:\d{2})*$/;

function parseTimes(text: string, rule: string): TimeRange[] {
  if (/^(off|closed)$/i.test(text)) return [];
  if (text === '24/7') return [{ from: 0, to: 1440 }];
  if (!TIMES.test(text)) throw new OpeningHoursError(`"${rule}": expected times like 08:30-12:00 or "off", got "${text}"`);
  const ranges = text.split(',').map((span) => {
    const [from, to] = span.split('-').map((t) => {
      const [h, m] = t.split(':').map(Number) as [number, number];
      if (h > 24 || m > 59 || (h === 24 && m > 0)) throw new OpeningHoursError(`"${rule}": no such time "${t}"`);
      return h * 60 + m;
    }) as [number, number];
    if (to <= from) {
      throw new OpeningHoursError(`"${rule}": "${span}" ends before it starts (spans past midnight are not supported)`);
    }
    return { from, to };
  });
  ranges.sort((a, b) => a.from - b.from);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]!.from < ranges[i - 1]!.to) throw new OpeningHoursError(`"${rule}": the times overlap`);
  }
  return ranges;
}

function parseDays(items: string[], rule: string): { weekdays: Set<number>; holidays: boolean } {
  const weekdays = new Set<number>();
  let holidays = false;
  for (const item of items) {
    if (item === 'PH') {
      holidays = true;
      continue;
    }
    const [a, b, extra] = item.split('-');
    const from = DAYS.indexOf(a ?? '');
    const to = b === undefined ? from : DAYS.indexOf(b);
    if (from < 0 || to < 0 || extra !== undefined) throw new OpeningHoursError(`"${rule}": unknown day "${item}" (use Mo, Tu, We, Th, Fr, Sa, Su or PH)`);
    for (let d = from; ; d = (d + 1) % 7) {
      weekdays.add(d);
      if (d === to) break;
    }
  }
  return { weekdays, holidays };
}

function parseDates(items: string[], rule: string): DateSelector[] {
  const out: DateSelector[] = [];
  let year: number | undefined;
  let month = 0;
  for (const item of items) {
    const m = /^(?:(?:(\d{4}) )?([A-Z][a-z]{2}) )?(\d{1,2})(?:-(\d{1,2}))?$/.exec(item);
    if (!m) throw new OpeningHoursError(`"${rule}": cannot read the date "${item}" (write e.g. "Dec 24" or "2026 Dec 24")`);
    if (m[2]) {
      month = MONTHS.indexOf(m[2]) + 1;
      year = m[1] ? Number(m[1]) : undefined;
      if (!month) throw new OpeningHoursError(`"${rule}": unknown month "${m[2]}" (use Jan … Dec)`);
    } else if (!month) {
      throw new OpeningHoursError(`"${rule}": "${item}" needs a month`);
    }
    const from = Number(m[3]);
    const to = m[4] ? Number(m[4]) : from;
    // A date without a year must exist in some year: 29 February is checked against a leap year.
    const probe = year ?? 2024;
    if (to < from || !isValidDate({ year: probe, month, day: from }) || !isValidDate({ year: probe, month, day: to })) {
      throw new OpeningHoursError(`"${rule}": no such date "${item}"`);
    }
    out.push(year === undefined ? { month, from, to } : { year, month, from, to });
  }
  return out;
}

/** Reads the supported `opening_hours` subset; throws `OpeningHoursError` on anything else. */
export function parseOpeningHours(input: string): OpeningHours {
  const rules: Rule[] = [];
  for (const raw of input.split(';')) {
    const rule = raw.replace(/\s+/g, ' ').replace(/ ?([,-]) ?/g, '$1').trim();
    if (!rule) continue;
    const space = rule.lastIndexOf(' ');
    const times = parseTimes(rule.slice(space + 1), rule);
    const selector = space < 0 ? '' : rule.slice(0, space);
    const items = selector ? selector.split(',') : [];
    if (!items.length) {
      rules.push({ weekdays: ALL_DAYS, holidays: false, dates: [], ranges: times });
    } else if (items.every((i) => i === 'PH' || /^[A-Z][a-z](-[A-Z][a-z])?$/.test(i))) {
      rules.push({ ...parseDays(items, rule), dates: [], ranges: times });
    } else {
      rules.push({ weekdays: new Set(), holidays: false, dates: parseDates(items, rule), ranges: times });
    }
  }
  if (!rules.length) throw new OpeningHoursError('no rules: write e.g. "Mo-Fr 08:30-16:00; PH off"');
  return { rules };
}

export interface HoursOptions {
  /** Julafton, midsommarafton and nyårsafton closed unless a date rule names them (default true). */
  closeEves?: boolean;
}

const dateMatches = (s: DateSelector, d: CivilDate) =>
  (s.year === undefined || s.year === d.year) && s.month === d.month && d.day >= s.from && d.day <= s.to;

/** The opening times on one calendar day (empty: closed all day). */
export function hoursOn(oh: OpeningHours, date: CivilDate, { closeEves = true }: HoursOptions = {}): readonly TimeRange[] {
  let ranges: readonly TimeRange[] = [];
  let byDate = false;
  const wd = weekday(date);
  const holiday = holidayOn(date) !== null;
  for (const rule of oh.rules) {
    const dated = rule.dates.some((s) => dateMatches(s, date));
    if (dated || rule.weekdays.has(wd) || (rule.holidays && holiday)) {
      ranges = rule.ranges;
      byDate = dated;
    }
  }
  return closeEves && !byDate && eveOn(date) ? [] : ranges;
}

/** Made on first use: a time-zone formatter is costly to create while the page loads. */
let stockholm: Intl.DateTimeFormat | undefined;

/**
 * The Stockholm wall clock at an instant: calendar date and minutes after midnight. Computed with
 * Intl's time zone data, so the visitor's own zone (and the machine's) never matters.
 */
export function stockholmTime(instant: Date): { date: CivilDate; minutes: number } {
  const parts: Record<string, number> = {};
  stockholm ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  for (const p of stockholm.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  // Some engines said "24" for midnight with hour12: false; hourCycle h23 should not, but be safe.
  const hour = parts['hour']! % 24;
  return {
    date: { year: parts['year']!, month: parts['month']!, day: parts['day']! },
    minutes: hour * 60 + parts['minute']!,
  };
}

/** When it opens next: `days` after today (0 = later today), at `minutes` after midnight. */
export interface NextOpening {
  date: CivilDate;
  days: number;
  minutes: number;
}

export type Status =
  /** Open; `closes` is null when it does not close within a week (24/7). */
  | { state: 'open'; closes: { days: number; minutes: number } | null }
  /** Closed for lunch: a short break around midday between two times on the same day. */
  | { state: 'lunch'; opens: number }
  /** Closed; `next` is null when no opening is found within a year. */
  | { state: 'closed'; next: NextOpening | null };

/** A gap that starts 11–14 and lasts at most two hours is a lunch break; others are "closed". */
const isLunch = (from: number, to: number) => from >= 660 && from <= 840 && to - from <= 120;

/** Open, lunch or closed at an instant, in Stockholm time. */
export function statusAt(oh: OpeningHours, instant: Date, options: HoursOptions = {}): Status {
  const { date, minutes } = stockholmTime(instant);
  const today = hoursOn(oh, date, options);
  const current = today.find((r) => r.from <= minutes && minutes < r.to);
  if (current) {
    // Open until midnight and again from midnight: follow the chain to the real closing time.
    let end = current.to;
    for (let days = 0; days < 8; days++) {
      if (end < 1440) return { state: 'open', closes: { days, minutes: end } };
      const first = hoursOn(oh, addDays(date, days + 1), options)[0];
      if (!first || first.from > 0) return { state: 'open', closes: { days: days + 1, minutes: 0 } };
      end = first.to;
    }
    return { state: 'open', closes: null };
  }
  const later = today.find((r) => r.from > minutes);
  const before = today.filter((r) => r.to <= minutes).at(-1);
  if (later && before && isLunch(before.to, later.from)) return { state: 'lunch', opens: later.from };
  if (later) return { state: 'closed', next: { date, days: 0, minutes: later.from } };
  for (let days = 1; days <= 366; days++) {
    const day = addDays(date, days);
    const first = hoursOn(oh, day, options)[0];
    if (first) return { state: 'closed', next: { date: day, days, minutes: first.from } };
  }
  return { state: 'closed', next: null };
}

/** A line of the weekly overview, before wording. */
export type SummaryRow =
  | { kind: 'days'; from: number; to: number; ranges: readonly TimeRange[] }
  | { kind: 'holidays'; ranges: readonly TimeRange[] }
  | { kind: 'eves' }
  | { kind: 'date'; date: DateSelector; ranges: readonly TimeRange[] };

const same = (a: readonly TimeRange[], b: readonly TimeRange[]) =>
  a.length === b.length && a.every((r, i) => r.from === b[i]!.from && r.to === b[i]!.to);

/**
 * The week's hours as rows: consecutive weekdays with the same hours together ("Mo-Fr"), then
 * public holidays, the eves, and dates that are not past (`today`).
 */
export function summarize(oh: OpeningHours, today: CivilDate, { closeEves = true }: HoursOptions = {}): SummaryRow[] {
  const week = DAYS.map((_, d) => {
    let ranges: readonly TimeRange[] = [];
    for (const rule of oh.rules) if (rule.weekdays.has(d)) ranges = rule.ranges;
    return ranges;
  });
  const rows: SummaryRow[] = [];
  for (let d = 0; d < 7; d++) {
    const last = rows.at(-1);
    if (last?.kind === 'days' && same(last.ranges, week[d]!)) last.to = d;
    else rows.push({ kind: 'days', from: d, to: d, ranges: week[d]! });
  }
  let holiday: readonly TimeRange[] | null = null;
  for (const rule of oh.rules) if (rule.holidays) holiday = rule.ranges;
  if (holiday) rows.push({ kind: 'holidays', ranges: holiday });
  const dated = oh.rules.flatMap((rule) => rule.dates.map((date) => ({ date, ranges: rule.ranges })));
  if (closeEves) rows.push({ kind: 'eves' });
  for (const { date, ranges } of dated) {
    const past = date.year !== undefined && daysBetween(today, { year: date.year, month: date.month, day: date.to }) < 0;
    if (!past) rows.push({ kind: 'date', date, ranges });
  }
  return rows;
}

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * schema.org `ContactPoint` with `hoursAvailable` as `OpeningHoursSpecification`s: the weekly
 * hours, then every day in the next `days` (from `today`) whose hours differ from them (holidays,
 * eves, dates), with `validFrom`/`validThrough`; closed days as opens = closes = 00:00, which is
 * how schema.org says "closed" for a date.
 */
export function toSchemaOrg(
  oh: OpeningHours,
  { today, days = 365, telephone, name, closeEves = true }: { today: CivilDate; days?: number; telephone?: string; name?: string; closeEves?: boolean },
): Record<string, unknown> {
  const week = summarize(oh, today, { closeEves }).filter((r) => r.kind === 'days');
  const spec = (extra: Record<string, unknown>, ranges: readonly TimeRange[]) =>
    (ranges.length ? ranges : [{ from: 0, to: 0 }]).map((r) => ({
      '@type': 'OpeningHoursSpecification',
      ...extra,
      opens: hhmm(r.from),
      // schema.org and Google read "open until midnight" as closes 23:59.
      closes: hhmm(Math.min(r.to, 1439)),
    }));
  const hours: Record<string, unknown>[] = [];
  for (const row of week) {
    if (!row.ranges.length) continue;
    const dayOfWeek = [];
    for (let d = row.from; d <= row.to; d++) dayOfWeek.push(`https://schema.org/${SCHEMA_DAYS[d]}`);
    hours.push(...spec({ dayOfWeek }, row.ranges));
  }
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    const actual = hoursOn(oh, date, { closeEves });
    const regular = week.find((r) => r.kind === 'days' && weekday(date) >= r.from && weekday(date) <= r.to)!;
    if (!same(actual, regular.ranges)) hours.push(...spec({ validFrom: isoDate(date), validThrough: isoDate(date) }, actual));
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ContactPoint',
    ...(name ? { name } : {}),
    ...(telephone ? { telephone } : {}),
    hoursAvailable: hours,
  };
}

// ---- Wording -------------------------------------------------------------------------------

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
