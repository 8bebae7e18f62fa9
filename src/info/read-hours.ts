/**
 * When reports sent through an e-service are read, in words: the hours a municipality gives in
 * `read-hours` (the `opening_hours` subset of opening-hours.ts), and the earliest time a report
 * sent at a given instant can be read. No DOM; `msg()` calls inside functions so the texts follow
 * the live locale.
 *
 * Facts (domain.md §2.2, §7): e-services are read only in the hours the municipality staffs them,
 * usually weekdays in office hours; 112 and socialjouren are for what cannot wait. So no text may
 * promise that a report is read or assessed "direkt" or "samma dag": the texts say when it is read
 * and what social services do once they read it.
 */
import { msg, str } from '@lit/localize';
import type { CivilDate } from './holidays.js';
import {
  type OpeningHours,
  formatDate,
  formatRanges,
  formatTime,
  parseOpeningHours,
  statusAt,
  stockholmTime,
  summarize,
  weekdayName,
} from './opening-hours.js';

/** Julafton, midsommarafton and nyårsafton count as closed unless a date rule names them. */
const OPTIONS = { closeEves: true } as const;

const warned = new Set<string>();

/**
 * Reads `read-hours`. Empty: null (the default text). Invalid: null and one console warning per
 * value, so a typo shows the default "vardagar under kontorstid" rather than breaking the form.
 */
export function parseReadHours(value: string | null | undefined, tag: string): OpeningHours | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  try {
    return parseOpeningHours(text);
  } catch (e) {
    if (!warned.has(text)) {
      warned.add(text);
      console.warn(`${tag}: cannot read read-hours="${text}": ${(e as Error).message}. Showing the default text "vardagar under kontorstid".`);
    }
    return null;
  }
}

/** "måndag–fredag kl. 8–16" or "måndag–torsdag kl. 8–16.30 och fredag kl. 8–15"; '' if never. */
export function describeHours(oh: OpeningHours, locale: string, instant: Date): string {
  const { date } = stockholmTime(instant);
  const parts: string[] = [];
  for (const row of summarize(oh, date, OPTIONS)) {
    if (row.kind !== 'days' || !row.ranges.length) continue;
    const from = weekdayName(row.from, locale);
    const to = weekdayName(row.to, locale);
    // The same message as soc-contact-hours' list of days, so it is translated once.
    const days = row.from === row.to ? from : msg(str`${from}–${to}`, { desc: 'A run of weekdays, e.g. "Måndag–fredag".' });
    parts.push(`${days} ${formatRanges(row.ranges, locale)}`);
  }
  return parts.length ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts) : '';
}

/**
 * The days the hours leave closed: julafton, midsommarafton and nyårsafton always (a date rule
 * can open them), public holidays too with `PH off`.
 */
const closedDays = (oh: OpeningHours, instant: Date): string =>
  summarize(oh, stockholmTime(instant).date, OPTIONS).some((r) => r.kind === 'holidays' && !r.ranges.length)
    ? msg('På helgdagar, julafton, midsommarafton och nyårsafton läses de inte.', {
        desc: 'After the hours when reports are read: not on public holidays or the three eves offices close on.',
      })
    : msg('På julafton, midsommarafton och nyårsafton läses de inte.', { desc: 'After the hours when reports are read: not on the three eves offices close on.' });

/** The default sentence, when the municipality has not said when reports are read. */
export const defaultReadSentence = () =>
  msg('Anmälningar som du skickar här läses på vardagar under kontorstid.', { desc: 'When reports are read.' });

/**
 * When reports are read, for the text before the form: the default sentence, or the hours in the
 * page's language followed by the days they are not read.
 */
export function readHoursText(oh: OpeningHours | null, locale: string, instant: Date): string {
  const when = oh ? describeHours(oh, locale, instant) : '';
  if (!oh || !when) return defaultReadSentence();
  const sentence = msg(str`Anmälningar som du skickar här läses ${when}.`, {
    desc: 'When reports are read; the hours follow, e.g. "måndag–fredag kl. 8–16".',
  });
  return `${sentence} ${closedDays(oh, instant)}`;
}

/** Where the earliest reading falls: `null` when the report was sent while reports are read. */
export function earliestRead(oh: OpeningHours, sent: Date): { date: CivilDate; minutes: number } | null {
  const status = statusAt(oh, sent, OPTIONS);
  if (status.state === 'open') return null;
  const today = stockholmTime(sent).date;
  if (status.state === 'lunch') return { date: today, minutes: status.opens };
  return status.next ? { date: status.next.date, minutes: status.next.minutes } : null;
}

/**
 * For the receipt: when this report is read. Sent outside the hours: "Din anmälan läses tidigast
 * måndag 7 december kl. 8." (the date written out, so a printed receipt still says it); sent inside
 * them, or with no hours given, the sentence about when reports are read.
 */
export function receiptReadText(oh: OpeningHours | null, locale: string, sent: Date): string {
  if (!oh) {
    const later = msg('Skickade du din anmälan på en kväll, en helg eller en helgdag läses den tidigast nästa vardag.', {
      desc: 'Receipt, after "reports are read on weekdays during office hours" when the municipality has not given the hours.',
    });
    return `${defaultReadSentence()} ${later}`;
  }
  const next = earliestRead(oh, sent);
  if (!next) return readHoursText(oh, locale, sent);
  const day = formatDate(next.date, locale, { weekday: true, year: next.date.year !== stockholmTime(sent).date.year });
  const time = formatTime(next.minutes, locale);
  return msg(str`Din anmälan läses tidigast ${day} kl. ${time}.`, {
    desc: 'Receipt: the report was sent outside the hours when reports are read. The day is e.g. "måndag 7 december", the time "8" or "8.30" in Swedish, "8 AM" in English.',
  });
}

/**
 * What social services do first once they read a report, with no promise of when that is: used by
 * the receipt, `soc-process-steps` (concern) and `soc-confidentiality`, so they say the same.
 */
export const safetyAssessment = () =>
  msg('När socialtjänsten läser en anmälan tittar de först på en sak: är barnet i fara och behöver skydd redan nu? Det kallas skyddsbedömning.', {
    desc: 'What social services do first when they read a concern report (the safety assessment, skyddsbedömning). Keep the Swedish term recognizable.',
  });

/** That a report sent on the web is not always read at once, and what to do if it cannot wait. */
export const readingDelay = () =>
  msg('Det kan ta tid innan någon läser en anmälan som du skickar på webben. På kvällar och helger kan det dröja. Är ett barn i fara, ring 112.', {
    desc: 'A report sent online is not read at once, e.g. in the evening or at weekends; call 112 if a child is in danger.',
  });
