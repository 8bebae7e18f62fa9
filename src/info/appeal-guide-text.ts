/**
 * The sentences of `soc-appeal-guide` that depend on data: the last day to appeal and why it
 * moved, and the letter as plain text. Resolved at render time so they follow the live locale.
 * Facts: domain.md §8.4 (the letter, the deadline, what happens, help) and §4.1 (days off).
 */
import { msg, str } from '@lit/localize';
import type { AppealDeadline, DayOff } from './appeal-deadline.js';
import type { CivilDate, EveId, HolidayId } from './holidays.js';
import { formatDate } from './opening-hours-format.js';

/** Holiday and eve names, lower case as inside a sentence. */
export function dayName(id: HolidayId | EveId): string {
  switch (id) {
    case 'nyarsdagen':
      return msg('nyårsdagen', { desc: 'Holiday name (1 January), inside a sentence.' });
    case 'trettondedag-jul':
      return msg('trettondedag jul', { desc: 'Holiday name (Epiphany, 6 January), inside a sentence.' });
    case 'langfredagen':
      return msg('långfredagen', { desc: 'Holiday name (Good Friday), inside a sentence.' });
    case 'paskdagen':
      return msg('påskdagen', { desc: 'Holiday name (Easter Sunday), inside a sentence.' });
    case 'annandag-pask':
      return msg('annandag påsk', { desc: 'Holiday name (Easter Monday), inside a sentence.' });
    case 'forsta-maj':
      return msg('första maj', { desc: 'Holiday name (1 May), inside a sentence.' });
    case 'kristi-himmelsfardsdag':
      return msg('Kristi himmelsfärdsdag', { desc: 'Holiday name (Ascension Day), inside a sentence.' });
    case 'pingstdagen':
      return msg('pingstdagen', { desc: 'Holiday name (Whit Sunday), inside a sentence.' });
    case 'nationaldagen':
      return msg('nationaldagen', { desc: 'Holiday name (National Day of Sweden, 6 June), inside a sentence.' });
    case 'midsommardagen':
      return msg('midsommardagen', { desc: 'Holiday name (Midsummer Day, a Saturday), inside a sentence.' });
    case 'alla-helgons-dag':
      return msg('alla helgons dag', { desc: 'Holiday name (All Saints’ Day, a Saturday), inside a sentence.' });
    case 'juldagen':
      return msg('juldagen', { desc: 'Holiday name (Christmas Day), inside a sentence.' });
    case 'annandag-jul':
      return msg('annandag jul', { desc: 'Holiday name (Boxing Day, 26 December), inside a sentence.' });
    case 'midsommarafton':
      return msg('midsommarafton', { desc: 'Midsummer Eve (a Friday), inside a sentence.' });
    case 'julafton':
      return msg('julafton', { desc: 'Christmas Eve (24 December), inside a sentence.' });
    case 'nyarsafton':
      return msg('nyårsafton', { desc: 'New Year’s Eve (31 December), inside a sentence.' });
  }
}

/** "den 6 januari är en helgdag (trettondedag jul)", "den 2 januari är en lördag". */
function whyOff(date: CivilDate, off: DayOff, locale: string): string {
  const day = formatDate(date, locale);
  switch (off.kind) {
    case 'holiday': {
      const name = dayName(off.id);
      return msg(str`den ${day} är en helgdag (${name})`, {
        desc: 'Appeal deadline: part of a list of reasons why the last day moved. The date ("6 januari") and the holiday’s name follow.',
      });
    }
    case 'eve': {
      const name = dayName(off.id);
      return msg(str`den ${day} är ${name}`, { desc: 'Appeal deadline: part of a list of reasons. The date and "julafton", "midsommarafton" or "nyårsafton".' });
    }
    case 'saturday':
      return msg(str`den ${day} är en lördag`, { desc: 'Appeal deadline: part of a list of reasons. The date follows.' });
    case 'sunday':
      return msg(str`den ${day} är en söndag`, { desc: 'Appeal deadline: part of a list of reasons. The date follows.' });
  }
}

const long = (d: CivilDate, locale: string) => formatDate(d, locale, { weekday: true, year: true });

/** The computed answer: the last day first, then why it moved, then whether it has passed. */
export function deadlineText(d: AppealDeadline, left: number, locale: string): { main: string; more: string[] } {
  const last = long(d.last, locale);
  const more: string[] = [];
  if (d.skipped.length) {
    const nominal = long(d.nominal, locale);
    const reasons = new Intl.ListFormat(locale, { type: 'conjunction' }).format(d.skipped.map((s) => whyOff(s.date, s.off, locale)));
    more.push(
      msg(str`Tre veckor efter att du fick beslutet är ${nominal}. Sista dagen flyttas till nästa vardag eftersom ${reasons}.`, {
        desc: 'Appeal deadline: why the last day moved. A date, then a list such as "den 6 januari är en helgdag (trettondedag jul)".',
      }),
    );
  }
  if (left === 0) more.push(msg('Det är i dag.', { desc: 'Appeal deadline: the last day is today.' }));
  if (left < 0) {
    more.push(
      msg('Den dagen har redan varit. Ett överklagande som kommer in för sent kan ändå räknas i vissa fall. Be din socialsekreterare om hjälp.', {
        desc: 'Appeal deadline: the last day has passed.',
      }),
    );
  }
  const main =
    left < 0
      ? msg(str`Ditt överklagande skulle ha kommit in senast ${last}.`, { desc: 'Appeal deadline that has passed. The date is "måndag 4 januari 2027".' })
      : msg(str`Ditt överklagande ska ha kommit in senast ${last}.`, { desc: 'Appeal deadline. The date is "fredag 8 januari 2027".' });
  return { main, more };
}

/** The answers the letter is filled from; an empty answer leaves a line to write on. */
export interface LetterAnswers {
  name: string;
  decision: string;
  /** ISO date of the decision, or ''. */
  date: string;
  decidedBy: string;
  change: string;
  why: string;
}

/** Where the letter goes: the municipality's name and address, when the page gives them. */
export interface LetterRecipient {
  municipality: string;
  address: string;
}

const BLANK = '____________________';

/** The letter as plain text, the same for the screen, the printer and the clipboard. */
export function letterText(a: LetterAnswers, to: LetterRecipient, locale: string): string {
  const or = (s: string) => s.trim() || BLANK;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.date);
  const date = iso ? formatDate({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }, locale, { year: true }) : BLANK;
  const recipient = to.municipality.trim()
    ? msg(str`Socialtjänsten i ${to.municipality.trim()}`, { desc: 'Letter: the recipient. The municipality’s name follows.' })
    : msg('Socialtjänsten, den nämnd som fattade beslutet', { desc: 'Letter: the recipient when the page gives no municipality.' });
  const decision = or(a.decision);
  const decidedBy = or(a.decidedBy);
  const lines = [
    msg('Överklagande', { desc: 'Letter: its title (an appeal).' }),
    '',
    msg('Till förvaltningsrätten', { desc: 'Letter: addressed to the administrative court.' }),
    msg(str`Skickas till: ${recipient}`, { desc: 'Letter: where it is sent (social services of the municipality).' }),
    ...(to.address.trim() ? [to.address.trim()] : []),
    '',
    msg(str`Jag överklagar beslutet om ${decision}.`, { desc: 'Letter: which decision is appealed. What the decision is about follows, e.g. "ekonomiskt bistånd".' }),
    msg(str`Beslutet är från ${date}. Det fattades av ${decidedBy}.`, { desc: 'Letter: the date of the decision and who made it.' }),
    '',
    msg('Jag vill att beslutet ändras så här:', { desc: 'Letter: before the change the person wants.' }),
    or(a.change),
    '',
    msg('Därför tycker jag att beslutet ska ändras:', { desc: 'Letter: before the reasons.' }),
    or(a.why),
    '',
    msg(str`Namn: ${or(a.name)}`, { desc: 'Letter: name line.' }),
    msg(str`Personnummer: ${BLANK}`, { desc: 'Letter: personal identity number line, written by hand.' }),
    msg(str`Adress: ${BLANK}`, { desc: 'Letter: address line, written by hand.' }),
    msg(str`Telefon: ${BLANK}`, { desc: 'Letter: phone line, written by hand.' }),
    '',
    msg(str`Dokument som jag skickar med: ${BLANK}`, { desc: 'Letter: documents enclosed, written by hand.' }),
    '',
    msg(str`Datum: ${BLANK}`, { desc: 'Letter: date line, written by hand.' }),
    msg(str`Underskrift: ${BLANK}`, { desc: 'Letter: signature line.' }),
  ];
  return lines.join('\n');
}
