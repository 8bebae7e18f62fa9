/** Whether it is open: the hours on a day, and the status at an instant in Stockholm time. No DOM. */
import { type CivilDate, addDays, eveOn, holidayOn, weekday } from './holidays.js';
import type { DateSelector, OpeningHours, TimeRange } from './opening-hours-parse.js';

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
