/**
 * The last day to appeal a decision. No DOM, no time zones: dates are wall-calendar dates.
 *
 * The rule (domain.md §8.4 and §4.1): the appeal must have come in within 3 weeks from the day
 * the person received the decision (förvaltningslagen 44 §), counted from that day and not from
 * the day the decision was made. If the last day falls on a Saturday, a Sunday, another allmän
 * helgdag, midsommarafton, julafton or nyårsafton, it is enough that the appeal comes in on the
 * next weekday (lag (1930:173) om beräkning av lagstadgad tid 2 §).
 */
import { type CivilDate, type EveId, type HolidayId, addDays, daysBetween, eveOn, holidayOn, weekday } from './holidays.js';

/** Why a day does not count as the last day: a holiday or eve by name, else the weekend day. */
export type DayOff =
  | { kind: 'holiday'; id: HolidayId }
  | { kind: 'eve'; id: EveId }
  | { kind: 'saturday' }
  | { kind: 'sunday' };

export interface AppealDeadline {
  /** The day the decision was received. */
  received: CivilDate;
  /** Three weeks after `received`: the last day unless it is a day off. */
  nominal: CivilDate;
  /** The last day the appeal may come in. */
  last: CivilDate;
  /** The days off the last day moved over, from `nominal` on (empty when it did not move). */
  skipped: { date: CivilDate; off: DayOff }[];
}

/** Weeks an appeal may take (FL 44 §). */
export const APPEAL_WEEKS = 3;

/**
 * Why `d` is not a weekday on which a deadline can end, or null when it is one. A named holiday
 * wins over the weekend (midsommardagen is always a Saturday, påskdagen a Sunday).
 */
export function dayOff(d: CivilDate): DayOff | null {
  const holiday = holidayOn(d);
  if (holiday) return { kind: 'holiday', id: holiday };
  const eve = eveOn(d);
  if (eve) return { kind: 'eve', id: eve };
  const day = weekday(d);
  if (day === 5) return { kind: 'saturday' };
  if (day === 6) return { kind: 'sunday' };
  return null;
}

/** The last day to appeal a decision received on `received`. */
export function appealDeadline(received: CivilDate): AppealDeadline {
  const nominal = addDays(received, APPEAL_WEEKS * 7);
  const skipped: AppealDeadline['skipped'] = [];
  let last = nominal;
  for (let off = dayOff(last); off; off = dayOff(last)) {
    skipped.push({ date: last, off });
    last = addDays(last, 1);
  }
  return { received, nominal, last, skipped };
}

/** Days from `today` to the last day: 0 on the last day itself, negative once it has passed. */
export function daysLeft(deadline: AppealDeadline, today: CivilDate): number {
  return daysBetween(today, deadline.last);
}
