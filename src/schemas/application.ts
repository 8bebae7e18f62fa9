/**
 * The application (ansökan om stöd) payload: who applies, the children it concerns, the support
 * asked for, the situation in the applicant's words, how (and how safely) to make contact, and
 * which contacts with others the family agrees to (seed 000: "Alla kontakter som tas måste vara
 * okej från familjens sida").
 */
import { z } from 'zod';
import { email, personnummer, phoneNumber, text } from './validators.js';
import { envelope, optionalShort, requiredShort, strict } from './payload.js';

/** A choice: `required` when missing, `invalid_choice` when not one of the answers. */
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'required' : 'invalid_choice') });

const yesNo = choice(['yes', 'no']);

/** The default kinds of support (seed 001; föräldraskapsstöd from seed 000) and "talk to someone". */
export const DEFAULT_SUPPORT_KINDS = [
  'stodsamtal',
  'gruppverksamhet',
  'kontaktfamilj',
  'kontaktperson',
  'familjebehandling',
  'foraldraskapsstod',
  'prata-med-nagon',
] as const;

/**
 * A kind of support is the municipality's own id (the list is configurable), so only its form is
 * checked: letters a–z, digits and `-_.:`, at most 50 characters.
 */
export const SUPPORT_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,49}$/;

/** A guardian (vårdnadshavare) applies for the family. */
export const guardianApplicant = strict({ role: z.literal('guardian') });

/** A young person applies for themselves; from 15 they may do so on their own. */
export const youngApplicant = strict({ role: z.literal('young-person'), fifteenOrOlder: z.boolean({ error: 'required' }) });

/** Someone who helps the family apply: relative, god man, interpreter, school counsellor… */
export const helperApplicant = strict({ role: z.literal('helper'), relation: requiredShort() });

export const applicant = z.discriminatedUnion('role', [guardianApplicant, youngApplicant, helperApplicant], {
  error: 'invalid_choice',
});

export const livesWith = choice(['both-parents', 'one-parent', 'alternating', 'other']);

/** One child: name, and personnummer (12 digits out) or an age in the applicant's words. */
export const applicationChild = strict({
  name: requiredShort(),
  personnummer: personnummer.optional(),
  /** When there is no personnummer (yet): "6 år", "8 månader". */
  age: optionalShort(50),
  livesWith,
  /** Who, when `livesWith` is `other`. */
  livesWithOther: optionalShort(),
}).superRefine((c, ctx) => {
  if (!c.personnummer && !c.age) ctx.addIssue({ code: 'custom', message: 'required', path: ['personnummer'] });
  if (c.livesWith === 'other' && !c.livesWithOther) ctx.addIssue({ code: 'custom', message: 'required', path: ['livesWithOther'] });
});

export const MAX_CHILDREN = 10;

export const children = z
  .array(applicationChild, { error: 'required' })
  .min(1, { error: 'required' })
  .max(MAX_CHILDREN, { error: 'invalid' });

export const support = z
  .array(z.string({ error: 'invalid_choice' }).regex(SUPPORT_VALUE, { error: 'invalid_choice' }), { error: 'required' })
  .min(1, { error: 'required' })
  .max(30, { error: 'invalid' })
  .refine((a) => new Set(a).size === a.length, { error: 'invalid' });

/** Whether it is safe to call, to send letters home and to leave messages (voicemail, text). */
export const safeContact = strict({ call: yesNo, letter: yesNo, message: yesNo });

export const applicationInterpreter = strict({ needed: yesNo, language: optionalShort(100) }).superRefine((i, ctx) => {
  if (i.needed === 'yes' && !i.language) ctx.addIssue({ code: 'custom', message: 'required', path: ['language'] });
});

/** What makes contact work: hearing support, easy-to-read text, something else. */
export const contactNeed = choice(['hearing', 'easy-read', 'other']);

export const contact = strict({
  name: requiredShort(),
  phone: phoneNumber.optional(),
  email: email.optional(),
  /** "Vardagar efter kl. 15". */
  bestTime: optionalShort(),
  safe: safeContact,
  interpreter: applicationInterpreter,
  needs: z.array(contactNeed).max(3, { error: 'invalid' }).optional(),
  needsOther: optionalShort(500),
}).superRefine((c, ctx) => {
  if (!c.phone && !c.email) ctx.addIssue({ code: 'custom', message: 'contact_required', path: ['phone'] });
  if (c.needs?.includes('other') && !c.needsOther) ctx.addIssue({ code: 'custom', message: 'required', path: ['needsOther'] });
});

const yesNoNotApplicable = choice(['yes', 'no', 'not-applicable']);

/** Each contact social services may make: every one must be okay for the family. */
export const consent = strict({
  school: yesNoNotApplicable,
  preschool: yesNoNotApplicable,
  healthCare: yesNo,
  other: yesNo,
  /** Who else, when `other` is `yes` (BUP, fritids, a relative…). */
  otherInfo: optionalShort(500),
}).superRefine((c, ctx) => {
  if (c.other === 'yes' && !c.otherInfo) ctx.addIssue({ code: 'custom', message: 'required', path: ['otherInfo'] });
});

export const applicationData = strict({
  applicant,
  children,
  support,
  /** The situation in the applicant's own words. */
  situation: text({ max: 5000, required: true, multiline: true }),
  contact,
  consent,
});

/** The whole payload of an application, version 1. */
export const applicationPayload = envelope('application', applicationData);

export type ApplicationPayload = z.infer<typeof applicationPayload>;
export type ApplicationData = z.infer<typeof applicationData>;
export type ApplicationChild = z.infer<typeof applicationChild>;
