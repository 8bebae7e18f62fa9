/**
 * The zod schema of each payload type in `PAYLOAD_TYPES`, so that a receiver can pick the schema
 * by `payload.type` without a list of its own.
 */
import type { z } from 'zod';
import { concernReportPayload } from './concern-report.js';
import { concernReportAdultPayload } from './concern-report-adult.js';
import { applicationPayload } from './application.js';
import { economicAidPayload } from './economic-aid.js';
import { feedbackPayload } from './feedback.js';
import { PAYLOAD_TYPES, type PayloadTypeInfo } from './types.js';

// By export name (`PAYLOAD_TYPES[].schema`): a listed name without a schema, or a schema that is
// not listed, does not compile.
const byName = { concernReportPayload, concernReportAdultPayload, applicationPayload, economicAidPayload, feedbackPayload } satisfies Record<PayloadTypeInfo['schema'], z.ZodType>;

type Schemas = { [I in PayloadTypeInfo as I['type']]: (typeof byName)[I['schema']] };

/** `{ 'concern-report': concernReportPayload, application: applicationPayload }`. */
export const PAYLOAD_SCHEMAS = Object.fromEntries(PAYLOAD_TYPES.map((t) => [t.type, byName[t.schema]])) as Schemas;

/** The schema of the payload type `type`, or undefined for a type this package does not know. */
export function payloadSchema(type: unknown): Schemas[keyof Schemas] | undefined {
  return typeof type === 'string' && Object.hasOwn(PAYLOAD_SCHEMAS, type) ? PAYLOAD_SCHEMAS[type as keyof Schemas] : undefined;
}
