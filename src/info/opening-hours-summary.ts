/** The week's hours as overview rows, and as schema.org `ContactPoint` data. No DOM. */
import { type CivilDate, addDays, daysBetween, isoDate, weekday } from './holidays.js';
import { type DateSelector, type OpeningHours, type TimeRange, DAYS } from './opening-hours-parse.js';
import { type HoursOptions, hoursOn } from './opening-hours-status.js';

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
