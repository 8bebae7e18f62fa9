/**
 * The sentences of `soc-contact-hours`: the open/closed status and the labels of the list of hours,
 * in the page's locale.
 */
import { msg, str } from '@lit/localize';
import { weekday } from './holidays.js';
import { type Status, type SummaryRow, formatDate, formatTime, weekdayName } from './opening-hours.js';

const capitalize = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** "Öppet nu, stänger kl. 12", "Stängt, öppnar måndag kl. 8.30": `year` is this year in Stockholm. */
export function statusText(s: Status, locale: string, year: number): string {
  if (s.state === 'open') {
    if (s.closes?.days !== 0) return msg('Öppet nu', { desc: 'Status when it does not close today.' });
    const time = formatTime(s.closes.minutes, locale);
    return msg(str`Öppet nu, stänger kl. ${time}`, { desc: 'Status. The time is "12" or "8.30" in Swedish, "12 PM" in English.' });
  }
  if (s.state === 'lunch') {
    const time = formatTime(s.opens, locale);
    return msg(str`Lunchstängt, öppnar kl. ${time}`, { desc: 'Status during the lunch break. The time is "13" or "1 PM".' });
  }
  const next = s.next;
  if (!next) return msg('Stängt', { id: 'contact-hours-closed', desc: 'Status: closed, no opening time known.' });
  const time = formatTime(next.minutes, locale);
  if (next.days === 0) return msg(str`Stängt, öppnar kl. ${time}`, { desc: 'Status: closed now, opens later today.' });
  if (next.days === 1) return msg(str`Stängt, öppnar i morgon kl. ${time}`, { desc: 'Status: closed, opens tomorrow.' });
  const day = next.days < 7
    ? weekdayName(weekday(next.date), locale)
    : formatDate(next.date, locale, { weekday: true, year: next.date.year !== year });
  return msg(str`Stängt, öppnar ${day} kl. ${time}`, { desc: 'Status: closed, opens on a later day. The day is "måndag" or "måndag 4 januari".' });
}

/** The label of a row of the list of hours: "Måndag–fredag", "Helgdagar", "24 december". */
export function rowLabel(row: SummaryRow, locale: string): string {
  switch (row.kind) {
    case 'days': {
      const from = capitalize(weekdayName(row.from, locale), locale);
      if (row.from === row.to) return from;
      const to = weekdayName(row.to, locale);
      return msg(str`${from}–${to}`, { desc: 'A run of weekdays, e.g. "Måndag–fredag".' });
    }
    case 'holidays':
      return msg('Helgdagar', { desc: 'Public holidays, in the list of opening hours.' });
    case 'eves':
      return msg('Julafton, midsommarafton och nyårsafton', { desc: 'The eves offices close on, in the list of opening hours.' });
    case 'date': {
      // Without a year the date is every year's (2024 is a leap year, so 29 February exists).
      const { year, month, from, to } = row.date;
      const first = { year: year ?? 2024, month, day: from };
      return formatDate(first, locale, { year: year !== undefined }, to === from ? undefined : { ...first, day: to });
    }
  }
}
