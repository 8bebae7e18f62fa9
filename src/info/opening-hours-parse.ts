/**
 * Reads the `opening_hours` subset described in `opening-hours.ts` into rules; anything else
 * throws `OpeningHoursError`. No DOM.
 */
import { isValidDate } from './holidays.js';

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

/** Weekday abbreviations, 0 = Monday. */
export const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
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
