/** `soc-elements/schemas`: DOM-free validators and payload schemas, usable in Node. */
export { ERROR_CODES, firstCode, isErrorCode, type ErrorCode } from './codes.js';
export { MAX, cleanText, text, textLength, type CleanTextOptions, type TextOptions } from './text.js';
export {
  parsePersonnummer,
  formatPersonnummer,
  personnummer,
  type ParseResult,
  type PersonnummerResult,
  type PersonnummerErrorCode,
} from './personnummer.js';
export { parsePostnummer, formatPostnummer, postnummer, type PostnummerResult } from './postnummer.js';
export { parsePhone, formatPhone, phoneNumber, type PhoneResult } from './phone.js';
export { parseEmail, email, type EmailResult } from './email.js';
