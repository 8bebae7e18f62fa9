/**
 * E-mail address: cleaned, domain lower-cased (the local part is case-sensitive in principle,
 * RFC 5321 §2.4), at most 254 characters (RFC 5321 path limit), local part at most 64.
 * Syntax: the common practical subset (as zod's and HTML's e-mail checks): dot-atom local part,
 * dotted domain labels, an alphabetic top-level domain. Swedish IDN domains (å, ä, ö; allowed under .se) are checked in
 * their ASCII (punycode) form but kept as written.
 */
import type { ErrorCode } from './codes.js';
import { cleanText } from './text.js';
import { EMAIL_MAX } from './limits.js';

export type EmailResult =
  | { ok: true; value: string }
  | { ok: false; code: Extract<ErrorCode, 'invalid_email'> };

// Local part: letters, digits and _'+-. , not starting/ending with a dot or holding "..".
// Domain: labels of letters, digits and hyphens (not at either end), a TLD of 2+ letters.
const syntax = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
const invalid: EmailResult = { ok: false, code: 'invalid_email' };

function asciiDomain(domain: string): string | null {
  if (/^[\x21-\x7e]*$/.test(domain)) return domain;
  // Only plain labels go through URL, so a port or path cannot hide in the hostname it returns.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(domain)) return null;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

export function parseEmail(input: string): EmailResult {
  const s = cleanText(input);
  const at = s.lastIndexOf('@');
  if (at < 1 || s.length > EMAIL_MAX.address) return invalid;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1).toLowerCase();
  if (local.length > EMAIL_MAX.local) return invalid;
  const ascii = asciiDomain(domain);
  if (ascii === null || !syntax.test(`${local}@${ascii}`)) return invalid;
  return { ok: true, value: `${local}@${domain}` };
}

