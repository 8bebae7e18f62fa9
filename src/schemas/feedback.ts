/**
 * The payload of synpunkter och klagomål (`soc-feedback-form`), type `feedback`: what it is about
 * (one or more kinds), which verksamhet or unit, what happened, what the citizen wants to happen,
 * and how to reply — or nothing at all. Facts in domain.md §8.3: anyone may complain anonymously
 * but then gets no reply; whoever gives contact details gets one.
 *
 * `contact` is a union on `anonymous`, as the reporter of a concern report: an anonymous citizen is
 * exactly `{ anonymous: true }` — a name, phone number or e-mail address beside it is rejected with
 * `unknown_key` — and a citizen who wants a reply gives a name and at least one way to reach them.
 * Every level is strict.
 */
import { z } from 'zod';
import { email, phoneNumber } from './validators.js';
import { answer, envelope, strict } from './payload.js';
import { ITEM_LIMITS, type LimitPath } from './limits.js';
import { anonymousReporter } from './concern-report.js';

/** The text answer at `path`, with its limit from `limits.ts`. */
const at = <P extends LimitPath<'feedback'>>(path: P) => answer('feedback', path);

/** What the feedback is about: a meeting, a decision, how the citizen was treated, waiting time, something else. */
export const FEEDBACK_KINDS = ['meeting', 'decision', 'treatment', 'waiting', 'other'] as const;

/** A citizen who wants a reply: a name and a phone number or an e-mail address (or both). */
export const feedbackNamedContact = strict({
  anonymous: z.literal(false),
  name: at('contact.name'),
  phone: phoneNumber.optional(),
  email: email.optional(),
})
  .superRefine((c, ctx) => {
    if (!c.phone && !c.email) ctx.addIssue({ code: 'custom', message: 'contact_required', path: ['phone'] });
  })
  .meta({ anyOf: [{ required: ['phone'] }, { required: ['email'] }] });

/** Exactly `{ anonymous: true }` (no reply possible), or a name and a way to reply. */
export const feedbackContact = z.discriminatedUnion('anonymous', [anonymousReporter, feedbackNamedContact]);

export const feedbackData = strict({
  /** One or more kinds, each once. */
  about: z
    .array(z.enum(FEEDBACK_KINDS, { error: 'invalid_choice' }), { error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
    .min(ITEM_LIMITS.feedback.about.min, { error: 'required' })
    .max(ITEM_LIMITS.feedback.about.max, { error: 'invalid' })
    .refine((a) => new Set(a).size === a.length, { error: 'invalid' })
    .meta({ uniqueItems: true }),
  /** Which verksamhet or unit, in the citizen's words (optional). */
  unit: at('unit'),
  /** What happened. */
  what: at('what'),
  /** What the citizen wants to happen (optional). */
  wish: at('wish'),
  contact: feedbackContact,
});

/** The whole payload of synpunkter och klagomål, version 1. */
export const feedbackPayload = envelope('feedback', feedbackData);

export type FeedbackPayload = z.infer<typeof feedbackPayload>;
export type FeedbackData = z.infer<typeof feedbackData>;
