/**
 * Calendar dates and Swedish public holidays. No DOM, no time zones: a `CivilDate` is a date on
 * the wall calendar (in practice the Stockholm one, see `stockholmNow` in opening-hours.ts).
 *
 * Holidays follow lag (1989:253) om allmänna helgdagar as amended by 2004:1320 (domain.md §4.1):
 * nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj, Kristi
 * himmelsfärdsdag, pingstdagen, nationaldagen, midsommardagen (the Saturday 20–26 June), alla
 * helgons dag (the Saturday 31 October–6 November), juldagen and annandag jul. Annandag pingst
 * has not been a holiday since 2005. Sundays are holidays too, but `PH` in opening hours means the
 * named days; Sundays are covered by the weekday rules.
 * The "aftnar" (julafton, midsommarafton, nyårsafton) are not holidays, but offices close on them.
 */

/** A date on the wall calendar: month 1–12, day 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export type HolidayId =
  | 'nyarsdagen'
  | 'trettondedag-jul'
  | 'langfredagen'
  | 'paskdagen'
  | 'annandag-pask'
  | 'forsta-maj'
  | 'kristi-himmelsfardsdag'
  | 'pingstdagen'
  | 'nationaldagen'
  | 'midsommardagen'
  | 'alla-helgons-dag'
  | 'juldagen'
  | 'annandag-jul';

export type EveId = 'midsommarafton' | 'julafton' | 'nyarsafton';

const toUtc = (d: CivilDate): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (t: Date): CivilDate => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });

/** The date `n` days after `d` (negative: before). Calendar arithmetic, so DST cannot shift it. */
export function addDays(d: CivilDate, n: number): CivilDate {
  return fromUtc(new Date(Date.UTC(d.year, d.month - 1, d.day + n)));
}

/** Day of the week, 0 = Monday … 6 = Sunday (ISO order, as in Sweden). */
export function weekday(d: CivilDate): number {
  return (toUtc(d).getUTCDay() + 6) % 7;
}

/** `YYYY-MM-DD`. */
export function isoDate(d: CivilDate): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.year, 4)}-${p(d.month)}-${p(d.day)}`;
}

/** A `YYYY-MM-DD` string as a date (not checked against the calendar: see `isValidDate`), or null. */
export function civilDate(iso: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Whether `d` is a real calendar date (29 February only in leap years). */
export function isValidDate(d: CivilDate): boolean {
  const back = fromUtc(toUtc(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
}

/**
 * Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). The law
 * says the Sunday after the full moon on or after 21 March; in practice that is the computed
 * ecclesiastical full moon (domain.md §4.1), which this is.
 */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The Saturday in the seven days starting at `first`. */
function saturdayFrom(first: CivilDate): CivilDate {
  return addDays(first, (5 - weekday(first) + 7) % 7);
}

const cache = new Map<number, Map<string, HolidayId | EveId>>();

function daysOf(year: number): Map<string, HolidayId | EveId> {
  let days = cache.get(year);
  if (days) return days;
  const easter = easterSunday(year);
  const midsommar = saturdayFrom({ year, month: 6, day: 20 });
  const list: [CivilDate, HolidayId | EveId][] = [
    [{ year, month: 1, day: 1 }, 'nyarsdagen'],
    [{ year, month: 1, day: 6 }, 'trettondedag-jul'],
    [addDays(easter, -2), 'langfredagen'],
    [easter, 'paskdagen'],
    [addDays(easter, 1), 'annandag-pask'],
    [{ year, month: 5, day: 1 }, 'forsta-maj'],
    [addDays(easter, 39), 'kristi-himmelsfardsdag'],
    [addDays(easter, 49), 'pingstdagen'],
    [{ year, month: 6, day: 6 }, 'nationaldagen'],
    [addDays(midsommar, -1), 'midsommarafton'],
    [midsommar, 'midsommardagen'],
    [saturdayFrom({ year, month: 10, day: 31 }), 'alla-helgons-dag'],
    [{ year, month: 12, day: 24 }, 'julafton'],
    [{ year, month: 12, day: 25 }, 'juldagen'],
    [{ year, month: 12, day: 26 }, 'annandag-jul'],
    [{ year, month: 12, day: 31 }, 'nyarsafton'],
  ];
  // Two holidays can share a date (Kristi himmelsfärd was on 1 May in 2008; pingstdagen is on
  // 6 June when Easter is on 18 April); the first name is kept, the day is a holiday either way.
  days = new Map();
  for (const [d, id] of list) if (!days.has(isoDate(d))) days.set(isoDate(d), id);
  cache.set(year, days);
  return days;
}

const EVES: ReadonlySet<string> = new Set<EveId>(['midsommarafton', 'julafton', 'nyarsafton']);

/** The public holiday on `d`, if any (Sundays that are not named holidays are not included). */
export function holidayOn(d: CivilDate): HolidayId | null {
  const id = daysOf(d.year).get(isoDate(d));
  return id && !EVES.has(id) ? (id as HolidayId) : null;
}

/** Julafton, midsommarafton or nyårsafton on `d`, if it is one of them. */
export function eveOn(d: CivilDate): EveId | null {
  const id = daysOf(d.year).get(isoDate(d));
  return id && EVES.has(id) ? (id as EveId) : null;
}

/** Every public holiday of a year, in date order. */
export function holidays(year: number): { date: string; id: HolidayId }[] {
  return [...daysOf(year)]
    .filter(([, id]) => !EVES.has(id))
    .map(([date, id]) => ({ date, id: id as HolidayId }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
