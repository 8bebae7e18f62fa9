/**
 * Amounts of money in kronor as people type them: "12 500", "12500 kr", "12 500,50", "12500:-",
 * "12.500", "12,500.50", with ordinary, non-breaking or thin spaces between the thousands, and
 * with Arabic-Indic or Persian digits and the Arabic decimal and thousands signs (٫ ٬).
 *
 * Which sign is the decimal one does not depend on the page language: a `,` or `.` followed by one
 * or two digits at the end is the decimal sign; every other `,` or `.` must be followed by exactly
 * three digits and groups thousands. So "12,50" and "12.50" are twelve kronor fifty, "12,500" and
 * "12.500" twelve thousand five hundred; three decimals in kronor do not occur.
 *
 * DOM-free, for the browser and Node.
 */

/** The largest monthly amount taken, in kronor: more is a typing mistake, not a month's money. */
export const MAX_MONTHLY_AMOUNT = 500_000;

export type AmountProblem = 'amount_invalid' | 'amount_negative' | 'amount_too_large';

/** `value` in öre (hundredths of a krona), an integer; null when nothing was typed. */
export type AmountResult = { ok: true; value: number | null } | { ok: false; code: AmountProblem };

/** Arabic-Indic and Persian digits become ASCII digits. */
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

// "kr", "kr.", "kronor", "SEK", ":-", ",-" (and "-" alone after the digits) at the end; "kr"/"SEK" also in front.
const UNIT_AFTER = /(?:kr(?:onor)?\.?|sek|:-|,-|\.-)$/iu;
const UNIT_BEFORE = /^(?:kr\.?|sek)/iu;

/**
 * Reads an amount in kronor; `max` is the largest amount allowed in kronor. Returns öre, so sums
 * are exact.
 */
export function parseAmount(input: string, max = MAX_MONTHLY_AMOUNT): AmountResult {
  let s = asciiDigits(String(input ?? ''))
    .replace(/\u066B/g, ',') // Arabic decimal separator
    .replace(/\u066C/g, '.') // Arabic thousands separator
    .replace(/[\s\u00A0\u2007\u2009\u202F']/gu, '')
    .replace(/\u2212/g, '-'); // minus sign
  if (!s) return { ok: true, value: null };
  s = s.replace(UNIT_AFTER, '').replace(UNIT_BEFORE, '');
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  } else if (s.endsWith('-') && s.length > 1) {
    // "500-" is how some write a negative amount; "12500:-" was taken above.
    negative = true;
    s = s.slice(0, -1);
  }
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return { ok: false, code: 'amount_invalid' };
  let whole = s;
  let fraction = '';
  const decimal = /[.,](\d{1,2})$/.exec(s);
  if (decimal) {
    whole = s.slice(0, decimal.index);
    fraction = decimal[1];
  }
  // What is left: digits, or digits in groups of three after the first 1–3.
  if (!/^\d+$/.test(whole) && !/^\d{1,3}(?:[.,]\d{3})+$/.test(whole)) return { ok: false, code: 'amount_invalid' };
  const ore = Number(whole.replace(/[.,]/g, '')) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return { ok: false, code: 'amount_too_large' };
  if (negative && ore > 0) return { ok: false, code: 'amount_negative' };
  if (ore > max * 100) return { ok: false, code: 'amount_too_large' };
  return { ok: true, value: ore };
}
