/**
 * E-mail address: cleaned, domain lower-cased (the local part is case-sensitive in principle,
 * RFC 5321 §2.4), at most 254 characters (RFC 5321 path limit), local part at most 64.
 * Syntax is zod's `z.email()`. Swedish IDN domains (å, ä, ö; allowed under .se) are checked in
 * their ASCII (punycode) form but kept as written.
 */
import { z } from 'zod';
import type { ErrorCode } from './codes.js';
import { normalizedString } from './field.js';
import { cleanText } from './text.js';

export type EmailResult =
  | { ok: true; value: string }
  | { ok: false; code: Extract<ErrorCode, 'invalid_email'> };

const syntax = z.email();
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
  if (at < 1 || s.length > 254) return invalid;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1).toLowerCase();
  if (local.length > 64) return invalid;
  const ascii = asciiDomain(domain);
  if (ascii === null || !syntax.safeParse(`${local}@${ascii}`).success) return invalid;
  return { ok: true, value: `${local}@${domain}` };
}

/** Cleaned, domain lower-cased. Issue messages are error codes. */
export const email = normalizedString(parseEmail);
