/**
 * Personnummer and samordningsnummer.
 *
 * Rules (Skatteverket, rättslig vägledning on 18 and 18 a §§ folkbokföringslagen; domain.md §4.2):
 * birth date YYMMDD, three-digit birth number, Luhn check digit over the ten digits; the hyphen
 * becomes "+" in the year the person turns 100; stored with twelve digits because "+" does not
 * show the century. A samordningsnummer is the same with day + 60.
 */
import type { ErrorCode } from './codes.js';

export type PersonnummerErrorCode = Extract<
  ErrorCode,
  'invalid_personnummer' | 'invalid_personnummer_date' | 'invalid_personnummer_checksum'
>;

export type ParseResult =
  | { ok: true; value: string; kind: 'personnummer' | 'samordningsnummer' }
  | { ok: false; code: PersonnummerErrorCode };
export type PersonnummerResult = ParseResult;

// YYMMDD or YYYYMMDD, optional separator, birth number + check digit.
const SHAPE = /^(\d{6}|\d{8})([-+]?)(\d{4})$/;
// Hyphen look-alikes that word processors and phones put in when the number is pasted.
const DASHES = /[\u2010-\u2015\u2212]/g;
// Twelve-digit numbers carry the century 18, 19 or 20 (domain.md §4.2).
const MIN_YEAR = 1800;

// "Today" is the Swedish calendar day: a child born today must pass on a UTC server at 00:30 too.
// Made on first use: a time-zone formatter costs ~20 ms in a fresh page, before anything renders.
let swedishDay: Intl.DateTimeFormat | undefined;

function todayInSweden(now: Date): number {
  let y = 0, m = 0, d = 0;
  swedishDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
  for (const part of swedishDay.formatToParts(now)) {
    if (part.type === 'year') y = Number(part.value);
    else if (part.type === 'month') m = Number(part.value);
    else if (part.type === 'day') d = Number(part.value);
  }
  return y * 10000 + m * 100 + d;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Luhn (mod 10) with weights 2,1,2,1… over the ten digits YYMMDDNNNC. */
function luhnValid(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let n = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return sum % 10 === 0;
}

/**
 * Lenient parse: spaces, hyphen or "+", 10 or 12 digits. With 10 digits and a hyphen the century is
 * the latest one that does not put the birth date after `now`; with "+" it is the latest year that
 * is at least 100 years before this year (the person turns 100 this year or is older). With 12
 * digits the separator is ignored.
 */
export function parsePersonnummer(input: string, now: Date = new Date()): ParseResult {
  const match = SHAPE.exec(input.replace(/\s+/g, '').replace(DASHES, '-'));
  if (!match) return { ok: false, code: 'invalid_personnummer' };
  const [, date = '', separator, tail = ''] = match;

  const mmdd = date.slice(-4);
  const month = Number(mmdd.slice(0, 2));
  const dayField = Number(mmdd.slice(2));
  const coordination = dayField > 60;
  const day = coordination ? dayField - 60 : dayField;
  const today = todayInSweden(now);

  let year: number;
  if (date.length === 8) {
    year = Number(date.slice(0, 4));
  } else {
    const yy = Number(date.slice(0, 2));
    const thisYear = Math.floor(today / 10000);
    if (separator === '+') {
      // "+" from the year the person turns 100: the latest year ending in YY that is at least
      // 100 years back, whether or not the birthday has come yet this year.
      const limit = thisYear - 100;
      year = limit - ((((limit - yy) % 100) + 100) % 100);
    } else {
      year = Math.floor(thisYear / 100) * 100 + yy;
      if (year * 10000 + month * 100 + day > today) year -= 100;
    }
  }

  if (year < MIN_YEAR || !isRealDate(year, month, day) || year * 10000 + month * 100 + day > today) {
    return { ok: false, code: 'invalid_personnummer_date' };
  }
  // Birth number 000 is never issued (they run 001–999): such a number has a typing error.
  if (tail.startsWith('000') || !luhnValid(date.slice(-6) + tail)) return { ok: false, code: 'invalid_personnummer_checksum' };

  return {
    ok: true,
    value: `${year}${mmdd}${tail}`,
    kind: coordination ? 'samordningsnummer' : 'personnummer',
  };
}

/** "YYYYMMDDNNNN" → "YYYYMMDD-NNNN"; anything else is returned unchanged. */
export function formatPersonnummer(value12: string): string {
  return /^\d{12}$/.test(value12) ? `${value12.slice(0, 8)}-${value12.slice(8)}` : value12;
}

