/**
 * The payload of a concern report about an adult (orosanmälan vuxen), type `concern-report-adult`:
 * who the person is (name and/or where they live or stay, as Växjö asks), what the worry is about
 * and how urgent it is, and the reporter. The reporter is a union on `anonymous`, as in the child's
 * report: an anonymous reporter is exactly `{ anonymous: true }` — any identifying key is rejected
 * with `unknown_key`. There is no general duty to report for adults (domain.md §8.1), so the
 * schema does not ask whether the reporter reports in their work, and never forbids anonymity.
 */
import { z } from 'zod';
import { email, phoneNumber } from './validators.js';
import { answer, envelope, strict, yesNoUnknown } from './payload.js';
import { ITEM_LIMITS, type LimitPath } from './limits.js';
import { anonymousReporter } from './concern-report.js';

/** The text answer at `path`, with its limit from `limits.ts`. */
const at = <P extends LimitPath<'concern-report-adult'>>(path: P) => answer('concern-report-adult', path);

/**
 * What the worry may be about: examples a reporter may tick (none, one or several), from the
 * municipal forms in domain.md §8.1 (Växjö, Sveriges Allmännytta). The description is what counts.
 */
export const ADULT_CONCERN_KINDS = [
  'missbruk',
  'psykisk-ohalsa',
  'utsatt-for-vald',
  'utovar-vald',
  'aldre',
  'saknar-bostad',
  'annat',
] as const;

/** The person the report is about: a name, or where they live or stay, or both. */
export const adultPerson = strict({
  name: at('person.name'),
  /** Approximate age in the reporter's words ("ungefär 40"). */
  age: at('person.age'),
  /** Address, area or where the person stays: what helps social services find them. */
  location: at('person.location'),
})
  .superRefine((p, ctx) => {
    if (!p.name && !p.location) ctx.addIssue({ code: 'custom', message: 'required', path: ['location'] });
  })
  .meta({ anyOf: [{ required: ['name'], properties: { name: { minLength: 1 } } }, { required: ['location'], properties: { location: { minLength: 1 } } }] });

export const adultConcern = strict({
  /** Examples of what the worry is about; left out when none was ticked. */
  kinds: z
    .array(z.enum(ADULT_CONCERN_KINDS, { error: 'invalid_choice' }), { error: 'invalid' })
    .min(1, { error: 'invalid' })
    .max(ITEM_LIMITS['concern-report-adult']['concern.kinds'].max, { error: 'invalid' })
    .refine((a) => new Set(a).size === a.length, { error: 'invalid' })
    .meta({ uniqueItems: true })
    .optional(),
  /** What happened, what the reporter has seen or heard. */
  description: at('concern.description'),
  /** When the reporter saw or heard it, in their words. */
  seen: at('concern.seen'),
  duration: z.enum(['today', 'weeks', 'months', 'unknown'], { error: 'invalid_choice' }),
  /** Whether the person knows about the report; optional (no adult form asks it, domain.md §8.1). */
  personKnows: yesNoUnknown.optional(),
  /** Whether it is urgent (Luleå asks how urgent it is). */
  urgent: yesNoUnknown,
});

/** A reporter who gives their name and at least one way to reach them. */
export const adultNamedReporter = strict({
  anonymous: z.literal(false),
  name: at('reporter.name'),
  phone: phoneNumber.optional(),
  email: email.optional(),
  /** How they know the person: neighbour, relative, friend, through work… */
  relation: at('reporter.relation'),
})
  .superRefine((r, ctx) => {
    if (!r.phone && !r.email) ctx.addIssue({ code: 'custom', message: 'contact_required', path: ['phone'] });
  })
  .meta({ anyOf: [{ required: ['phone'] }, { required: ['email'] }] });

export const adultReporter = z.discriminatedUnion('anonymous', [anonymousReporter, adultNamedReporter]);

export const concernReportAdultData = strict({ person: adultPerson, concern: adultConcern, reporter: adultReporter });

/** The whole payload of a concern report about an adult, version 1. */
export const concernReportAdultPayload = envelope('concern-report-adult', concernReportAdultData);

export type ConcernReportAdultPayload = z.infer<typeof concernReportAdultPayload>;
export type ConcernReportAdultData = z.infer<typeof concernReportAdultData>;
