/**
 * Phone numbers: lenient Swedish (or foreign E.164) input, E.164 value, Swedish display.
 *
 * Sweden (PTS numbering plan; domain.md §4.2): trunk prefix 0, area codes of 2–4 digits including
 * the 0, subscriber numbers of 5–8 digits, so the national significant number (NSN, after the 0
 * or +46) has 7–9 digits; mobile numbers (070, 072, 073, 076, 079) always have 9. A 6-digit NSN
 * would need an 08 number with a 5-digit subscriber number, which is not issued, so 6 is rejected:
 * it is far more often a number with a digit missing.
 * Display (Svenska skrivregler via domain.md): area code, hyphen, subscriber number grouped from
 * the right — "070-123 45 67", "08-123 456 78", "019-21 30 00", "0159-123 45", "020-50 50 50".
 */
import type { ErrorCode } from './codes.js';

export type PhoneResult =
  | { ok: true; value: string }
  | { ok: false; code: Extract<ErrorCode, 'invalid_phone'> };

const ALLOWED = /^[+\d\s\-\u2010-\u2015\u2212./()]+$/;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212./]/g;
// "+46 (0)70…", "+44 (0)20…": the bracketed trunk 0 is not dialled from abroad.
const BRACKETED_TRUNK = /^(\+|00)(\d{1,3})\(0\)/;
const MOBILE = /^7[02369]/;
const invalid: PhoneResult = { ok: false, code: 'invalid_phone' };

export function parsePhone(input: string): PhoneResult {
  const trimmed = input.trim();
  if (!ALLOWED.test(trimmed)) return invalid;
  const s = trimmed.replace(SEPARATORS, '').replace(BRACKETED_TRUNK, '$1$2').replace(/[()]/g, '');
  if (!/^\+?\d+$/.test(s)) return invalid;

  let international: string;
  if (s.startsWith('+')) international = s.slice(1);
  else if (s.startsWith('00')) international = s.slice(2);
  else if (s.startsWith('0')) international = '46' + s.slice(1);
  else return invalid; // no trunk 0 and no country code: cannot tell what was meant

  if (international.startsWith('46')) {
    const nsn = international.slice(2);
    // "+46 070…" keeps the trunk 0 by mistake; the number it dials does not exist.
    if (!/^[1-9]\d{6,8}$/.test(nsn)) return invalid;
    if (MOBILE.test(nsn) && nsn.length !== 9) return invalid;
    return { ok: true, value: '+46' + nsn };
  }
  // E.164: country code never starts with 0, at most 15 digits in all.
  return /^[1-9]\d{6,14}$/.test(international) ? { ok: true, value: '+' + international } : invalid;
}

// Area codes with two digits after the 0 (010 and 020 are non-geographic; the others are towns).
// 10 11 13 16 18 19 20 21 23 26 31 33 35 36 40 42 44 46 54 60 63 90.
const TWO_DIGIT_NDC = /^(?:1[013689]|2[0136]|3[1356]|4[0246]|54|6[03]|90)/;

/** Digits of the area code after the trunk 0. */
function ndcLength(nsn: string): number {
  if (nsn.startsWith('8')) return 1;
  if (nsn.startsWith('77')) return 3; // shared-cost 0770–0777
  if (nsn.startsWith('7')) return 2;
  // A subscriber number never starts with 0, so 0900 (premium rate) is not 090 (Umeå).
  if (TWO_DIGIT_NDC.test(nsn)) return nsn[2] === '0' ? 3 : 2;
  return 3;
}

/** Pairs from the right, a leading group of three when odd; eight digits as 3+3+2. */
function groupSubscriber(sub: string): string {
  if (sub.length <= 3) return sub;
  if (sub.length === 8) return `${sub.slice(0, 3)} ${sub.slice(3, 6)} ${sub.slice(6)}`;
  const head = sub.length % 2 === 1 ? sub.slice(0, 3) : '';
  const pairs = sub.slice(head.length).match(/\d\d/g) ?? [];
  return [head, ...pairs].filter(Boolean).join(' ');
}

// Two-digit country codes (ITU-T E.164 assignments); 1 and 7 are the one-digit ones.
// 20 27 30–34 36 39 40 41 43–49 51–58 60–66 81 82 84 86 90–95 98.
const TWO_DIGIT_CC = /^(?:2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;

function ccLength(digits: string): number {
  if (digits.startsWith('1') || digits.startsWith('7')) return 1;
  return TWO_DIGIT_CC.test(digits) ? 2 : 3;
}

/**
 * Without each country's own plan, foreign numbers get neutral groups of three ("+1 202 555 0123");
 * a lone last digit joins the group before it.
 */
function groupForeign(rest: string): string {
  const groups = rest.match(/\d{1,3}/g) ?? [];
  const last = groups.at(-1);
  if (groups.length > 1 && last?.length === 1) groups.splice(-2, 2, groups.at(-2) + last);
  return groups.join(' ');
}

/** E.164 → Swedish display for +46, "+CC …" for other countries; anything else unchanged. */
export function formatPhone(e164: string): string {
  const match = /^\+([1-9]\d{5,14})$/.exec(e164);
  if (!match?.[1]) return e164;
  const digits = match[1];
  if (digits.startsWith('46')) {
    const nsn = digits.slice(2);
    if (!/^[1-9]\d{6,8}$/.test(nsn)) return e164;
    const n = ndcLength(nsn);
    return `0${nsn.slice(0, n)}-${groupSubscriber(nsn.slice(n))}`;
  }
  const cc = ccLength(digits);
  return `+${digits.slice(0, cc)} ${groupForeign(digits.slice(cc))}`;
}

