/**
 * The questions of `soc-economic-aid-form`, each declared once (see patterns/wizard/questions.ts):
 * the situation with the urgent need first, the household as two numbers, and the application's
 * contact questions (application-contact.ts) with consent to keep the answers.
 *
 * Never incomes, assets or other people's personnummer (domain.md §8.2): the full application,
 * which asks for those, is made after login with BankID.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Answer, Answers, At, Question, ServiceModel } from '../patterns/wizard/questions.js';
import { asBoolean, yesNo } from './common-questions.js';
import { contactStep } from './application-contact.js';
import { HOUSEHOLD } from '../schemas/limits.js';

/** Arabic-Indic and Persian digits, as a phone's keyboard in those languages may type them. */
const LOCAL_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** A count as typed ("2", " 2 ", "٢") as a whole number, or null when it is not one. */
export function parseCount(input: Answer | undefined): number | null {
  if (typeof input !== 'string') return null;
  const s = input.replace(LOCAL_DIGITS, (d) => String(d.charCodeAt(0) & 0xf)).replace(/\s+/g, '');
  return /^\d{1,3}$/.test(s) ? Number(s) : null;
}

export type CountName = 'household.adults' | 'household.children';

/**
 * The message for a count that cannot be sent (not a whole number, or outside its bounds), or ''.
 * An empty answer is the field's own "required" message.
 */
export function countProblem(name: CountName, input: Answer | undefined): string {
  if (typeof input !== 'string' || !input.trim()) return '';
  const n = parseCount(input);
  const { min, max } = name === 'household.adults' ? HOUSEHOLD.adults : HOUSEHOLD.children;
  if (n !== null && n >= min && n <= max) return '';
  if (name === 'household.adults') {
    return n === null
      ? msg('Skriv antalet vuxna med siffror, till exempel 1 eller 2.', { desc: 'Error: the number of adults is not a whole number.' })
      : msg(str`Skriv ett antal vuxna från ${min} till ${max}. Räkna med dig själv.`, { desc: 'Error: the number of adults is out of bounds (0 or too many).' });
  }
  return n === null
    ? msg('Skriv antalet barn med siffror, till exempel 0 eller 2.', { desc: 'Error: the number of children is not a whole number.' })
    : msg(str`Skriv ett antal barn från ${min} till ${max}.`, { desc: 'Error: the number of children is too high.' });
}

/** A count goes into `data` as a number (never as the text typed). */
const sendCount: Question['send'] = (answer) => parseCount(answer) ?? undefined;

/** What the questions need from the form. */
export interface EconomicAidContext {
  /** Moves focus to the notice about what to do today (at the top of the page). */
  showUrgent: () => void;
}

const householdText = (a: Answers) => {
  const adults = parseCount(a['household.adults']);
  const children = parseCount(a['household.children']);
  if (adults === null || children === null) return '';
  return msg(str`Vuxna: ${adults}. Barn: ${children}.`, { desc: 'Review: how many adults and children live in the household.' });
};

export const economicAidQuestions = (ctx: EconomicAidContext): ServiceModel => ({
  steps: [
    {
      id: 'situation',
      title: () => msg('Din situation just nu', { desc: 'Step heading (economic aid): your situation now.' }),
      items: [
        {
          name: 'urgent',
          kind: 'radio',
          label: () => msg('Behöver du hjälp redan i dag?', { desc: 'Label (economic aid): do you need help already today.' }),
          hint: () => msg('Till exempel om du inte har pengar till mat i dag.', { desc: 'Hint (economic aid): example of an urgent need today.' }),
          required: true,
          inline: true,
          choices: yesNo,
          send: asBoolean,
          review: { label: () => msg('Hjälp i dag', { desc: 'Review label (economic aid): urgent need today.' }) },
        },
        {
          note: () => html`<div class="notice danger" role="note">
            <p><strong>${msg('Ring socialtjänsten nu. Vänta inte på svar på det här formuläret.', { desc: 'Economic aid, urgent: call now, do not wait for this form.' })}</strong></p>
            <p>
              <button type="button" class="link show-urgent" @click=${ctx.showUrgent}>
                ${msg('Visa numret och vad du kan göra i dag', { desc: 'Button: move to the notice at the top with the number and what to do today.' })}
              </button>
            </p>
          </div>`,
          under: ['urgent', 'yes'],
        },
        {
          name: 'situation',
          kind: 'textarea',
          label: () => msg('Varför räcker inte pengarna?', { desc: 'Label (economic aid): why money is short.' }),
          hint: () =>
            msg('Berätta med egna ord. Du kanske har förlorat jobbet, blivit sjuk eller fått en stor räkning.', { desc: 'Hint (economic aid): examples of why money is short.' }),
          required: true,
          rows: 6,
          requiredMessage: () => msg('Berätta kort varför pengarna inte räcker.', { desc: 'Error (economic aid): situation missing.' }),
          review: { label: () => msg('Varför pengarna inte räcker', { desc: 'Review label (economic aid): the situation.' }) },
        },
        {
          name: 'since',
          kind: 'text',
          label: () => msg('Sedan när är det så?', { desc: 'Label (economic aid): since when money has been short.' }),
          hint: () => msg('Till exempel sedan mars, eller i två veckor.', { desc: 'Hint (economic aid): since when.' }),
          width: '20',
          review: { label: () => msg('Sedan när', { desc: 'Review label (economic aid): since when.' }) },
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Skriv inte om inkomster, pengar på banken eller annat du äger. Det frågar socialtjänsten om när du ansöker med BankID.', { desc: 'Economic aid: do not write about incomes or assets here; asked later in the BankID application.' })}</p>
          </div>`,
        },
      ],
    },
    {
      id: 'hushall',
      title: () => msg('Vilka bor i ditt hushåll?', { desc: 'Step heading (economic aid): who lives in your household.' }),
      items: [
        {
          note: () => html`<p>${msg('Skriv bara hur många ni är. Namn och personnummer behövs inte här.', { desc: 'Economic aid, household: only numbers, no names or personnummer.' })}</p>`,
        },
        {
          name: 'household.adults',
          kind: 'text',
          label: () => msg('Hur många vuxna bor i hushållet? Räkna med dig själv.', { desc: 'Label (economic aid): number of adults, including yourself.' }),
          hint: () => msg('Skriv en siffra, till exempel 1.', { desc: 'Hint (economic aid): write a number of adults.' }),
          required: true,
          requiredMessage: () => msg('Skriv hur många vuxna som bor i hushållet.', { desc: 'Error (economic aid): number of adults missing.' }),
          width: '3',
          // Short: anything longer is not a count anyway (and gets the count's own message).
          maxlength: 20,
          send: sendCount,
          review: {
            label: () => msg('Hushållet', { desc: 'Review label (economic aid): the household.' }),
            value: (at: At) => householdText(at.a),
          },
        },
        {
          name: 'household.children',
          kind: 'text',
          label: () => msg('Hur många barn under 18 år bor i hushållet?', { desc: 'Label (economic aid): number of children under 18.' }),
          hint: () =>
            msg('Räkna också med barn som bor hos dig en del av tiden. Skriv 0 om inga barn bor hos dig.', { desc: 'Hint (economic aid): count children who live there part time; 0 if none.' }),
          required: true,
          requiredMessage: () => msg('Skriv hur många barn som bor i hushållet. Skriv 0 om inga barn bor där.', { desc: 'Error (economic aid): number of children missing.' }),
          width: '3',
          // Short: anything longer is not a count anyway (and gets the count's own message).
          maxlength: 20,
          send: sendCount,
          review: false,
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Är du gift, sambo eller registrerad partner? Då söker ni ekonomiskt bistånd tillsammans.', { desc: 'Economic aid: spouses, sambos and registered partners apply together.' })}</p>
            <p>${msg('Alla vuxna som söker tillsammans skriver under ansökan med sitt eget BankID.', { desc: 'Economic aid: every adult who applies signs with their own BankID.' })}</p>
          </div>`,
        },
      ],
    },
    (() => {
      const contact = contactStep(() => true);
      return {
        ...contact,
        items: [
          ...contact.items,
          {
            note: () => html`<div class="notice" role="note">
              <p>${msg('Socialtjänsten sparar det du skriver här. Uppgifter om dig hos socialtjänsten skyddas av sekretess. Det är huvudregeln.', { desc: 'Economic aid, before consent: social services keep the answers; secrecy is the main rule (OSL 26:1).' })}</p>
            </div>`,
          },
          {
            name: 'consent',
            kind: 'consent',
            label: () =>
              msg('Jag vill att socialtjänsten kontaktar mig om ekonomiskt bistånd och sparar mina svar för det.', { desc: 'Consent (economic aid): contact me and keep my answers for that.' }),
            required: true,
            requiredMessage: () => msg('Kryssa i rutan om du vill att socialtjänsten kontaktar dig.', { desc: 'Error (economic aid): consent missing.' }),
            review: {
              label: () => msg('Samtycke', { desc: 'Review label: consent.' }),
              value: ({ a }) => (a.consent === true ? msg('Ja, kontakta mig och spara mina svar', { desc: 'Review value (economic aid): consent given.' }) : ''),
            },
          },
        ],
      };
    })(),
  ],
});
