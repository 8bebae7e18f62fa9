/**
 * The concern report (orosanmälan) payload. The reporter is a discriminated union on
 * `anonymous`: an anonymous reporter is exactly `{ anonymous: true }` — any identifying key is
 * rejected with `unknown_key` — and a reporter who reports in their work (duty to report,
 * domain.md §1) is never anonymous.
 */
import { z } from 'zod';
import { email, personnummer, phoneNumber, text } from './validators.js';
import { envelope, optionalLong, optionalShort, requiredShort, strict, yesNoUnknown } from './payload.js';

export const anonymousReporter = strict({ anonymous: z.literal(true) });

/** Someone who reports in their work: school, pre-school, health care, police, social services… */
export const professionalReporter = strict({
  anonymous: z.literal(false),
  professional: z.literal(true),
  name: requiredShort(),
  workplace: requiredShort(),
  role: requiredShort(),
  phone: phoneNumber,
  email: email.optional(),
});

/** A private person who gives their name and at least one way to reach them. */
export const privateReporter = strict({
  anonymous: z.literal(false),
  professional: z.literal(false),
  name: requiredShort(),
  phone: phoneNumber.optional(),
  email: email.optional(),
  /** How they know the child: neighbour, relative, parent of a friend… */
  relation: optionalShort(),
}).superRefine((r, ctx) => {
  if (!r.phone && !r.email) ctx.addIssue({ code: 'custom', message: 'contact_required', path: ['phone'] });
});

export const reporter = z.discriminatedUnion('anonymous', [
  anonymousReporter,
  z.discriminatedUnion('professional', [professionalReporter, privateReporter]),
]);

export const child = strict({
  /** Omitted when the reporter does not know the name. */
  name: optionalShort(),
  personnummer: personnummer.optional(),
  /** Approximate age in the reporter's words ("ungefär 8"). */
  age: optionalShort(50),
  /** Address, school, pre-school or area: what helps social services find the child. */
  location: text({ max: 1000, required: true, multiline: true }),
  /** Where the child is now, if the reporter knows. */
  whereNow: optionalShort(500),
  siblings: yesNoUnknown,
  siblingsInfo: optionalLong(2000),
});

/** Whether the child or family needs an interpreter, and in which language (when known). */
export const interpreter = strict({ needed: yesNoUnknown, language: optionalShort(100) }).superRefine((i, ctx) => {
  if (i.needed === 'yes' && !i.language) ctx.addIssue({ code: 'custom', message: 'required', path: ['language'] });
});

export const concern = strict({
  description: text({ max: 5000, required: true, multiline: true }),
  duration: z.enum(['today', 'weeks', 'months', 'unknown'], { error: 'invalid_choice' }),
  childSaid: optionalLong(),
  childKnows: yesNoUnknown,
  guardiansKnow: yesNoUnknown,
  otherChildren: yesNoUnknown,
  otherChildrenInfo: optionalLong(2000),
  interpreter,
});

export const concernReportData = strict({ child, concern, reporter });

/** The whole payload of a concern report, version 1. */
export const concernReportPayload = envelope('concern-report', concernReportData);

export type ConcernReportPayload = z.infer<typeof concernReportPayload>;
export type ConcernReportData = z.infer<typeof concernReportData>;
