/**
 * The sentences for the date codes of `schemas/date.ts`: each says which box is wrong and how to
 * fix it (GOV.UK date input error messages, in plain Swedish). Resolved at render time so they
 * follow the live locale; only soc-date-input loads them.
 */
import { msg, str } from '@lit/localize';
import type { ErrorCode } from '../schemas/codes.js';

export interface DateMessageContext {
  /** Days of the month typed, for "Skriv en riktig dag, 1–28." */
  days?: number;
  /** `min` and `max` as the reader's locale writes a date. */
  min?: string;
  max?: string;
}

/** The sentence for a date code, or null for a code that is not about dates. */
export function dateMessage(code: ErrorCode, { days = 31, min = '', max = '' }: DateMessageContext): string | null {
  switch (code) {
    case 'date_missing_day':
      return msg('Datumet måste ha en dag.', { desc: 'Date input: the day box is empty.' });
    case 'date_missing_month':
      return msg('Datumet måste ha en månad.', { desc: 'Date input: the month box is empty.' });
    case 'date_missing_year':
      return msg('Datumet måste ha ett år.', { desc: 'Date input: the year box is empty.' });
    case 'date_incomplete':
      return msg('Skriv hela datumet: dag, månad och år.', { desc: 'Date input: two of the three boxes are empty.' });
    case 'invalid_day':
      return msg(str`Skriv en riktig dag, 1–${days}.`, {
        desc: 'Date input: the day is not a day of that month. The number of days of the month follows.',
      });
    case 'invalid_month':
      return msg('Skriv en riktig månad, 1–12.', { desc: 'Date input: the month is not 1 to 12.' });
    case 'invalid_year':
      return msg('Skriv året med fyra siffror, till exempel 1985.', { desc: 'Date input: the year is not four digits.' });
    case 'invalid_date':
      return msg('Skriv ett riktigt datum med siffror, till exempel 27 3 2007.', {
        desc: 'Date input: several boxes are wrong. Example is day month year.',
      });
    case 'date_not_past':
      return msg('Datumet kan inte vara senare än i dag.', { desc: 'Date input: a date in the future where a past date is asked for.' });
    case 'date_not_future':
      return msg('Datumet kan inte vara tidigare än i dag.', { desc: 'Date input: a date in the past where a future date is asked for.' });
    case 'date_too_early':
      return msg(str`Skriv ett datum som är ${min} eller senare.`, { desc: 'Date input: before the earliest allowed date, which follows.' });
    case 'date_too_late':
      return msg(str`Skriv ett datum som är ${max} eller tidigare.`, { desc: 'Date input: after the latest allowed date, which follows.' });
    default:
      return null;
  }
}

/** The three box labels. */
export const partLabel = {
  day: () => msg('Dag', { desc: 'Date input: label of the day box.' }),
  month: () => msg('Månad', { desc: 'Date input: label of the month box.' }),
  year: () => msg('År', { desc: 'Date input: label of the year box.' }),
};
