/**
 * The first contact about economic aid (ekonomiskt bistånd), `soc-economic-aid-form`: the
 * situation in the citizen's own words, how many adults and children live in the household, an
 * urgent need today, how (and how safely) to make contact, and consent to keep the answers.
 *
 * Never incomes, assets or other people's personnummer (domain.md §8.2: staff cannot act on such
 * data from someone not identified; the full application is made after login with BankID). Every
 * level is strict, so a payload with e.g. `data.income` or `data.household.assets` is rejected.
 */
import { z } from 'zod';
import { answer, envelope, strict } from './payload.js';
import { HOUSEHOLD, type LimitPath } from './limits.js';
import { contact } from './application.js';

export { HOUSEHOLD };

/** The text answer at `path`, with its limit from `limits.ts`. */
const at = <P extends LimitPath<'economic-aid'>>(path: P) => answer('economic-aid', path);

/** A whole number within `min`…`max`: `required` when missing, `invalid` otherwise. */
const count = ({ min, max }: { readonly min: number; readonly max: number }) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
    .int({ error: 'invalid' })
    .min(min, { error: 'invalid' })
    .max(max, { error: 'invalid' });

/** Numbers only: no names, no personnummer, no incomes. */
export const household = strict({
  /** Adults who live in the household, the citizen included. */
  adults: count(HOUSEHOLD.adults),
  /** Children (under 18) who live in the household, also part of the time. */
  children: count(HOUSEHOLD.children),
});

export const economicAidData = strict({
  /** Whether the citizen needs help already today (then the form told them to call at once). */
  urgent: z.boolean({ error: 'required' }),
  /** Why money is short, in the citizen's own words. */
  situation: at('situation'),
  /** Since when, in the citizen's words ("sedan mars", "två veckor"). */
  since: at('since'),
  household,
  /** The same contact questions as the application (safe call, letters, messages, interpreter). */
  contact,
  /** The citizen agrees that social services keep these answers in order to contact them. */
  consent: z.literal(true, { error: 'required' }),
});

/** The whole payload of a first contact about economic aid, version 1. */
export const economicAidPayload = envelope('economic-aid', economicAidData);

export type EconomicAidPayload = z.infer<typeof economicAidPayload>;
export type EconomicAidData = z.infer<typeof economicAidData>;
