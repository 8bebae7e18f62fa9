/**
 * The application (ansökan om stöd) payload: who applies, the children it concerns, the support
 * asked for, the situation in the applicant's words, how (and how safely) to make contact, and
 * which contacts with others the family agrees to (seed 000: "Alla kontakter som tas måste vara
 * okej från familjens sida").
 */
import { z } from 'zod';
import { email, personnummer, phoneNumber } from './validators.js';
import { answer, answered, envelope, languageWhenNeeded, requiredWhen, strict } from './payload.js';
import { ITEM_LIMITS, MAX_CHILDREN, SUPPORT_VALUE, type LimitPath } from './limits.js';

export { MAX_CHILDREN, SUPPORT_VALUE };

/** The text answer at `path`, with its limit from `limits.ts`. */
const at = <P extends LimitPath<'application'>>(path: P) => answer('application', path);
const items = ITEM_LIMITS.application;

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
 * The default kinds of support in the form for adults (`audience: 'adult'`): the kinds seen on
 * municipal pages for adults (domain.md §8) and "talk to someone".
 */
export const ADULT_SUPPORT_KINDS = ['stodsamtal', 'missbruk-beroende', 'vald-nara-relation', 'boende', 'prata-med-nagon'] as const;

/** A guardian (vårdnadshavare) applies for the family. */
export const guardianApplicant = strict({ role: z.literal('guardian') });

/** A young person applies for themselves; from 15 they may do so on their own. */
export const youngApplicant = strict({ role: z.literal('young-person'), fifteenOrOlder: z.boolean({ error: 'required' }) });

/** An adult applies for themselves (only with `audience: 'adult'`). */
export const selfApplicant = strict({ role: z.literal('self') });

/** Someone who helps the family apply: relative, god man, interpreter, school counsellor… */
export const helperApplicant = strict({ role: z.literal('helper'), relation: at('applicant.relation') });

export const applicant = z.discriminatedUnion('role', [guardianApplicant, youngApplicant, helperApplicant, selfApplicant], {
  error: 'invalid_choice',
});

export const livesWith = choice(['both-parents', 'one-parent', 'alternating', 'other']);

/** One child: name, and personnummer (12 digits out) or an age in the applicant's words. */
export const applicationChild = strict({
  name: at('children.*.name'),
  personnummer: personnummer.optional(),
  /** When there is no personnummer (yet): "6 år", "8 månader". */
  age: at('children.*.age'),
  livesWith,
  /** Who, when `livesWith` is `other`. */
  livesWithOther: at('children.*.livesWithOther'),
})
  .superRefine((c, ctx) => {
    if (!c.personnummer && !c.age) ctx.addIssue({ code: 'custom', message: 'required', path: ['personnummer'] });
    if (c.livesWith === 'other' && !c.livesWithOther) ctx.addIssue({ code: 'custom', message: 'required', path: ['livesWithOther'] });
  })
  .meta({
    anyOf: [{ required: ['personnummer'] }, { required: ['age'], properties: { age: { type: 'string', minLength: 1 } } }],
    ...requiredWhen(answered('livesWith', 'other'), 'livesWithOther'),
  });

/** The children of a family's application (at least one). */
export const children = z
  .array(applicationChild, { error: 'required' })
  .min(items.children.min, { error: 'required' })
  .max(items.children.max, { error: 'invalid' });

/** `data.children`: in the payload's shape any list; {@link applicationData} says how many by audience. */
const childList = z.array(applicationChild, { error: 'required' }).max(items.children.max, { error: 'invalid' });

export const support = z
  .array(z.string({ error: 'invalid_choice' }).regex(SUPPORT_VALUE, { error: 'invalid_choice' }), { error: 'required' })
  .min(items.support.min, { error: 'required' })
  .max(items.support.max, { error: 'invalid' })
  .refine((a) => new Set(a).size === a.length, { error: 'invalid' })
  .meta({ uniqueItems: true });

/** Whether it is safe to call, to send letters home and to leave messages (voicemail, text). */
export const safeContact = strict({ call: yesNo, letter: yesNo, message: yesNo });

export const applicationInterpreter = strict({ needed: yesNo, language: at('contact.interpreter.language') })
  .superRefine((i, ctx) => {
    if (i.needed === 'yes' && !i.language) ctx.addIssue({ code: 'custom', message: 'required', path: ['language'] });
  })
  .meta(languageWhenNeeded);

/** What makes contact work: hearing support, easy-to-read text, something else. */
export const contactNeed = choice(['hearing', 'easy-read', 'other']);

export const contact = strict({
  name: at('contact.name'),
  phone: phoneNumber.optional(),
  email: email.optional(),
  /** "Vardagar efter kl. 15". */
  bestTime: at('contact.bestTime'),
  safe: safeContact,
  interpreter: applicationInterpreter,
  needs: z.array(contactNeed).max(items['contact.needs'].max, { error: 'invalid' }).optional(),
  needsOther: at('contact.needsOther'),
})
  .superRefine((c, ctx) => {
    if (!c.phone && !c.email) ctx.addIssue({ code: 'custom', message: 'contact_required', path: ['phone'] });
    if (c.needs?.includes('other') && !c.needsOther) ctx.addIssue({ code: 'custom', message: 'required', path: ['needsOther'] });
  })
  .meta({
    anyOf: [{ required: ['phone'] }, { required: ['email'] }],
    ...requiredWhen({ properties: { needs: { type: 'array', contains: { const: 'other' } } }, required: ['needs'] }, 'needsOther'),
  });

const yesNoNotApplicable = choice(['yes', 'no', 'not-applicable']);

/** Each contact social services may make: every one must be okay for the family. */
export const consent = strict({
  /** Required in a family's application (see {@link applicationData}); an adult is not asked. */
  school: yesNoNotApplicable.optional(),
  preschool: yesNoNotApplicable.optional(),
  healthCare: yesNo,
  other: yesNo,
  /** Who else, when `other` is `yes` (BUP, fritids, a relative…). */
  otherInfo: at('consent.otherInfo'),
})
  .superRefine((c, ctx) => {
    if (c.other === 'yes' && !c.otherInfo) ctx.addIssue({ code: 'custom', message: 'required', path: ['otherInfo'] });
  })
  .meta(requiredWhen(answered('other', 'yes'), 'otherInfo'));

/** Who the form is for: absent for a family (the first version), `adult` for an adult applying for themselves. */
export const audience = z.literal('adult', { error: 'invalid_choice' });

const FAMILY_ROLES = ['guardian', 'young-person', 'helper'];
const ADULT_ROLES = ['self', 'helper'];

/**
 * A family's application (no `audience`) names at least one child and answers the questions about
 * the school and the pre-school; an adult's (`audience: 'adult'`) names no child. The roles differ
 * too: `self` only for an adult, `guardian` and `young-person` only for a family.
 */
export const applicationData = strict({
  audience: audience.optional(),
  applicant,
  children: childList.optional(),
  support,
  /** The situation in the applicant's own words. */
  situation: at('situation'),
  contact,
  consent,
})
  .check(
    z.superRefine((d, ctx) => {
      const adult = d.audience === 'adult';
      const role = (d.applicant as { role?: unknown } | undefined)?.role;
      if (typeof role === 'string' && (adult ? ADULT_ROLES : FAMILY_ROLES).indexOf(role) === -1 && [...FAMILY_ROLES, ...ADULT_ROLES].includes(role)) {
        ctx.addIssue({ code: 'custom', message: 'invalid_choice', path: ['applicant', 'role'] });
      }
      const kids = Array.isArray(d.children) ? d.children : undefined;
      if (adult) {
        if (kids?.length) ctx.addIssue({ code: 'custom', message: 'invalid', path: ['children'] });
        return;
      }
      if (!kids?.length) ctx.addIssue({ code: 'custom', message: 'required', path: ['children'] });
      const c = d.consent as Record<string, unknown> | undefined;
      if (c && typeof c === 'object') {
        for (const key of ['school', 'preschool']) if (c[key] === undefined) ctx.addIssue({ code: 'custom', message: 'required', path: ['consent', key] });
      }
    }, { when: (p) => typeof p.value === 'object' && p.value !== null }),
  )
  .meta({
    if: { properties: { audience: { const: 'adult' } }, required: ['audience'] },
    then: { properties: { applicant: { properties: { role: { enum: ADULT_ROLES } } }, children: { maxItems: 0 } } },
    else: {
      required: ['children'],
      properties: {
        applicant: { properties: { role: { enum: FAMILY_ROLES } } },
        children: { minItems: items.children.min },
        consent: { required: ['school', 'preschool'] },
      },
    },
  });

/** The whole payload of an application, version 1. */
export const applicationPayload = envelope('application', applicationData);

export type ApplicationPayload = z.infer<typeof applicationPayload>;
export type ApplicationData = z.infer<typeof applicationData>;
export type ApplicationChild = z.infer<typeof applicationChild>;
