/** `soc-elements/schemas`: DOM-free validators and payload schemas, usable in Node. */
export { ERROR_CODES, firstCode, isErrorCode, type ErrorCode } from './codes.js';
export { cleanText, textLength, type CleanTextOptions } from './text.js';
export {
  MAX,
  LIMITS,
  ITEM_LIMITS,
  EMAIL_MAX,
  MAX_CHILDREN,
  SUPPORT_VALUE,
  limitOf,
  textLimit,
  textLimits,
  type TextLimit,
  type LimitPath,
} from './limits.js';
export { PAYLOAD_TYPES, isPayloadType, payloadTypeInfo, type PayloadType, type PayloadTypeInfo } from './types.js';
export { PAYLOAD_SCHEMAS, payloadSchema } from './payloads.js';
export {
  parsePersonnummer,
  formatPersonnummer,
  type ParseResult,
  type PersonnummerResult,
  type PersonnummerErrorCode,
} from './personnummer.js';
export { parsePostnummer, formatPostnummer, type PostnummerResult } from './postnummer.js';
export { parsePhone, formatPhone, type PhoneResult } from './phone.js';
export { parseEmail, type EmailResult } from './email.js';
export { parseDateParts, daysInMonth, splitIsoDate, type DatePart, type DateRules, type DateResult } from './date.js';
export { personnummer, postnummer, phoneNumber, email, text, type TextOptions } from './validators.js';
export { concernReportPayload, type ConcernReportPayload, type ConcernReportData } from './concern-report.js';
export {
  concernReportAdultPayload,
  ADULT_CONCERN_KINDS,
  type ConcernReportAdultPayload,
  type ConcernReportAdultData,
} from './concern-report-adult.js';
export { applicationPayload, DEFAULT_SUPPORT_KINDS, ADULT_SUPPORT_KINDS, type ApplicationPayload, type ApplicationData, type ApplicationChild } from './application.js';
export { economicAidPayload, HOUSEHOLD, type EconomicAidPayload, type EconomicAidData } from './economic-aid.js';
export { feedbackPayload, FEEDBACK_KINDS, type FeedbackPayload, type FeedbackData } from './feedback.js';
