/**
 * The concern report (orosanmälan) payload. The reporter is a discriminated union on
 * `anonymous`: an anonymous reporter is exactly `{ anonymous: true }` — any identifying key is
 * rejected with `unknown_key` — and a reporter who reports in their work (duty to report,
 * domain.md §1) is never anonymous.
 */
import { z } from 'zod';
import { email, personnummer, phoneNumber } from './validators.js';
import { answer, envelope, languageWhenNeeded, strict, yesNoUnknown } from './payload.js';
import type { LimitPath } from './limits.js';

/** The text answer at `path`, with its limit from `limits.ts`. */
const at = <P extends LimitPath<'concern-report'>>(path: P) => answer('concern-report', path);

export const anonymousReporter = strict({ anonymous: z.literal(true) });

/** Someone who reports in their work: school, pre-school, health care, police, social services… */
export const professionalReporter = strict({
  anonymous: z.literal(false),
  professional: z.literal(true),
  name: at('reporter.name'),
  workplace: at('reporter.workplace'),
  role: at('reporter.role'),
  phone: phoneNumber,
  email: email.optional(),
});

/** A private person who gives their name and at least one way to reach them. */
export const privateReporter = strict({
  anonymous: z.literal(false),
  professional: z.literal(false),
  name: at('reporter.name'),
  phone: phoneNumber.optional(),
  email: email.optional(),
  /** How they know the child: neighbour, relative, parent of a friend… */
  relation: at('reporter.relation'),
})
  .superRefine((r, ctx) => {
    if (!r.phone && !r.email) ctx.addIssue({ code: 'custom', message: 'contact_required', path: ['phone'] });
  })
  .meta({ anyOf: [{ required: ['phone'] }, { required: ['email'] }] });

export const reporter = z.discriminatedUnion('anonymous', [
  anonymousReporter,
  z.discriminatedUnion('professional', [professionalReporter, privateReporter]),
]);

export const child = strict({
  /** Omitted when the reporter does not know the name. */
  name: at('child.name'),
  personnummer: personnummer.optional(),
  /** Approximate age in the reporter's words ("ungefär 8"). */
  age: at('child.age'),
  /** Address, school, pre-school or area: what helps social services find the child. */
  location: at('child.location'),
  /** Where the child is now, if the reporter knows. */
  whereNow: at('child.whereNow'),
  siblings: yesNoUnknown,
  siblingsInfo: at('child.siblingsInfo'),
});

/** Whether the child or family needs an interpreter, and in which language (when known). */
export const interpreter = strict({ needed: yesNoUnknown, language: at('concern.interpreter.language') })
  .superRefine((i, ctx) => {
    if (i.needed === 'yes' && !i.language) ctx.addIssue({ code: 'custom', message: 'required', path: ['language'] });
  })
  .meta(languageWhenNeeded);

export const concern = strict({
  description: at('concern.description'),
  duration: z.enum(['today', 'weeks', 'months', 'unknown'], { error: 'invalid_choice' }),
  childSaid: at('concern.childSaid'),
  childKnows: yesNoUnknown,
  guardiansKnow: yesNoUnknown,
  otherChildren: yesNoUnknown,
  otherChildrenInfo: at('concern.otherChildrenInfo'),
  interpreter,
});

export const concernReportData = strict({ child, concern, reporter });

/** The whole payload of a concern report, version 1. */
export const concernReportPayload = envelope('concern-report', concernReportData);

export type ConcernReportPayload = z.infer<typeof concernReportPayload>;
export type ConcernReportData = z.infer<typeof concernReportData>;
