/**
 * The one list of payload types (DESIGN.md "Payload and submission"). Everything that handles a
 * payload type reads it from here instead of keeping its own list: the exports of
 * `soc-elements/schemas` (`PAYLOAD_SCHEMAS`), the JSON Schema build (`scripts/lib/json-schema.mjs`),
 * the reference receiver (reference prefix per type), the package check and the size budgets.
 * Plain data, no zod and no DOM, so a browser bundle or a script can import it for a few bytes.
 */

export const PAYLOAD_TYPES = [
  {
    /** `payload.type`; also the key of the draft (`soc-elements:draft:<type>`). */
    type: 'concern-report',
    /** The current `payload.version`. */
    version: 1,
    /** Name of the zod schema of the whole payload among the exports of `soc-elements/schemas`. */
    schema: 'concernReportPayload',
    /** File name of the generated JSON Schema in `dist/schemas/`. */
    jsonSchema: 'concern-report.json',
    /** First letters of the references a receiver gives out (OA-2026-000123). */
    reference: 'OA',
    /** The element that sends this payload. */
    element: 'soc-concern-report',
    /** Swedish name, the JSON Schema's title. */
    title: 'Orosanmälan',
  },
  {
    type: 'concern-report-adult',
    version: 1,
    schema: 'concernReportAdultPayload',
    jsonSchema: 'concern-report-adult.json',
    reference: 'OV',
    /** The same element as `concern-report`, with `subject="adult"` (or `ask`). */
    element: 'soc-concern-report',
    title: 'Orosanmälan vuxen',
  },
  {
    type: 'application',
    version: 1,
    schema: 'applicationPayload',
    jsonSchema: 'application.json',
    reference: 'AN',
    element: 'soc-application-form',
    title: 'Ansökan om stöd',
  },
  {
    type: 'economic-aid',
    version: 1,
    schema: 'economicAidPayload',
    jsonSchema: 'economic-aid.json',
    reference: 'EB',
    element: 'soc-economic-aid-form',
    title: 'Ekonomiskt bistånd, första kontakt',
  },
  {
    type: 'feedback',
    version: 1,
    schema: 'feedbackPayload',
    jsonSchema: 'feedback.json',
    reference: 'SK',
    element: 'soc-feedback-form',
    title: 'Synpunkter och klagomål',
  },
] as const;

export type PayloadTypeInfo = (typeof PAYLOAD_TYPES)[number];
export type PayloadType = PayloadTypeInfo['type'];

export function isPayloadType(value: unknown): value is PayloadType {
  return PAYLOAD_TYPES.some((t) => t.type === value);
}

/** The list entry of `type`, or undefined for a type the package does not know. */
export function payloadTypeInfo(type: unknown): PayloadTypeInfo | undefined {
  return PAYLOAD_TYPES.find((t) => t.type === type);
}
