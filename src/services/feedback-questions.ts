/**
 * The questions of `soc-feedback-form` (synpunkter och klagomål), each declared once (see
 * patterns/wizard/questions.ts): what it is about, which verksamhet, what happened, what the
 * citizen wants to happen, and anonymous or a way to reply. Facts from domain.md §8.3 only:
 * anonymous means no reply; a complaint becomes an allmän handling and is secrecy-tested before
 * anyone may read it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Answers, Choice, ServiceModel } from '../patterns/wizard/questions.js';
import { asBoolean, lines, shown, text } from './common-questions.js';

/** What the feedback may be about (values: `FEEDBACK_KINDS`). */
const kinds = (): Choice[] => [
  { value: 'meeting', label: msg('Ett möte med socialtjänsten', { desc: 'Feedback kind: a meeting with social services.' }) },
  { value: 'decision', label: msg('Ett beslut', { desc: 'Feedback kind: a decision.' }) },
  { value: 'treatment', label: msg('Hur du blev bemött', { desc: 'Feedback kind: how you were treated.' }) },
  { value: 'waiting', label: msg('Hur länge du fick vänta', { desc: 'Feedback kind: waiting time.' }) },
  { value: 'other', label: msg('Något annat', { id: 'feedback-kind-other', desc: 'Feedback kind: something else.' }) },
];

/** Answers that say who the citizen is: removed the moment they choose to be anonymous. */
export const FEEDBACK_IDENTITY = ['contact.name', 'contact.phone', 'contact.email'];

/** The citizen chose to be anonymous (and so gets no reply). */
export const isAnonymousFeedback = (a: Answers) => a['contact.anonymous'] === 'yes';

export interface FeedbackContext {
  /** The link to the appeal guide (on this page or another), or nothing when there is none. */
  appealLink: () => TemplateResult | typeof nothing;
}

export const feedbackQuestions = ({ appealLink }: FeedbackContext): ServiceModel => ({
  steps: [
    {
      id: 'vad',
      title: () => msg('Vad gäller det?', { desc: 'Step heading (feedback): what it is about.' }),
      items: [
        {
          name: 'about',
          kind: 'checkboxes',
          label: () => msg('Vad handlar dina synpunkter om?', { desc: 'Label (feedback): what the feedback is about.' }),
          hint: () => msg('Du kan välja flera.', { desc: 'Hint (feedback): several may be chosen.' }),
          required: true,
          requiredMessage: () => msg('Välj vad dina synpunkter handlar om.', { desc: 'Error (feedback): nothing chosen.' }),
          choices: kinds,
          review: { label: () => msg('Handlar om', { desc: 'Review label (feedback): what it is about.' }) },
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Vill du att beslutet ändras? Då ska du överklaga det. Ett klagomål är inte ett överklagande.', { desc: 'Feedback, when "a decision" is chosen: to change a decision, appeal it; a complaint is not an appeal.' })}</p>
            ${appealLink()}
          </div>`,
          under: ['about', 'decision'],
        },
        {
          name: 'unit',
          kind: 'text',
          label: () => msg('Vilken verksamhet eller enhet gäller det?', { desc: 'Label (feedback): which service or unit (verksamhet, enhet).' }),
          hint: () => msg('Om du vet. Till exempel försörjningsstöd eller ett boende.', { desc: 'Hint (feedback): the unit, if known, with examples.' }),
          review: { label: () => msg('Verksamhet', { desc: 'Review label (feedback): service or unit.' }) },
        },
      ],
    },
    {
      id: 'berata',
      title: () => msg('Berätta vad som hände', { desc: 'Step heading (feedback): tell what happened.' }),
      items: [
        {
          name: 'what',
          kind: 'textarea',
          label: () => msg('Vad hände?', { desc: 'Label (feedback): what happened.' }),
          hint: () => msg('Skriv med egna ord. Berätta när det hände, om du vet.', { desc: 'Hint (feedback): own words; when, if known.' }),
          required: true,
          requiredMessage: () => msg('Skriv vad som hände.', { desc: 'Error (feedback): what happened is missing.' }),
          rows: 8,
          review: { label: () => msg('Vad som hände', { desc: 'Review label (feedback): what happened.' }) },
        },
        {
          name: 'wish',
          kind: 'textarea',
          label: () => msg('Vad vill du ska hända nu?', { desc: 'Label (feedback): what you want to happen.' }),
          hint: () => msg('Du behöver inte svara.', { desc: 'Hint: this question is optional.' }),
          rows: 4,
          review: { label: () => msg('Det här vill du ska hända', { desc: 'Review label (feedback): what you want to happen.' }) },
        },
      ],
    },
    {
      id: 'svar',
      title: () => msg('Vill du ha svar?', { desc: 'Step heading (feedback): do you want a reply.' }),
      items: [
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Det du skriver blir en allmän handling. Då kan andra be att få läsa den.', { desc: 'Feedback: it becomes a public record (allmän handling); others may ask to read it.' })}</p>
            <p>${msg('Innan någon får läsa den prövar kommunen om något ska vara hemligt. Det kallas sekretessprövning. Känsliga uppgifter kan skyddas av sekretess.', { desc: 'Feedback: a secrecy assessment (sekretessprövning) comes before any release; sensitive content can be kept secret.' })}</p>
          </div>`,
        },
        {
          name: 'contact.anonymous',
          kind: 'radio',
          label: () => msg('Vill du vara anonym?', { desc: 'Label: do you want to be anonymous.' }),
          hint: () => msg('Om du är anonym kan du inte få något svar.', { desc: 'Hint (feedback), before choosing: anonymous means no reply.' }),
          required: true,
          choices: () => [
            { value: 'no', label: msg('Nej, jag vill ha svar', { desc: 'Choice (feedback): not anonymous, I want a reply.' }) },
            { value: 'yes', label: msg('Ja, jag vill vara anonym och får inget svar', { desc: 'Choice (feedback): anonymous, no reply.' }) },
          ],
          send: asBoolean,
          review: {
            label: () => msg('Svar', { desc: 'Review label (feedback): reply.' }),
            value: ({ a }) =>
              isAnonymousFeedback(a)
                ? msg('Du är anonym och får inget svar', { desc: 'Review value (feedback): anonymous, no reply.' })
                : msg('Du vill ha svar', { desc: 'Review value (feedback): wants a reply.' }),
          },
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Skriv inte ditt namn eller något annat som visar vem du är, inte heller i texten om vad som hände.', { desc: 'Feedback, anonymous: write nothing that shows who you are, also not in the description.' })}</p>
          </div>`,
          under: ['contact.anonymous', 'yes'],
        },
        {
          name: 'contact.name',
          kind: 'text',
          under: ['contact.anonymous', 'no'],
          label: () => msg('Ditt namn', { desc: 'Label: your name.' }),
          required: true,
          autocomplete: 'name',
          review: { label: () => msg('Namn', { id: 'feedback-name-review', desc: 'Review label (feedback): name.' }) },
        },
        {
          name: 'contact.phone',
          kind: 'phone',
          under: ['contact.anonymous', 'no'],
          label: () => msg('Telefonnummer', { desc: 'Label: phone.' }),
          hint: () => msg('Skriv telefonnummer eller e-post, eller båda. Då kan vi svara dig.', { desc: 'Hint (feedback): give a phone number or an e-mail address so we can reply.' }),
          required: ({ a }) => !text(a, 'contact.email'),
          requiredMessage: () => msg('Skriv ett telefonnummer eller en e-postadress.', { desc: 'Error: phone or e-mail needed.' }),
          autocomplete: 'tel',
          width: '20',
          review: {
            label: () => msg('Så svarar vi dig', { desc: 'Review label (feedback): how we reply to you.' }),
            value: (at) => lines(shown('contact.phone', 'phone')(at), text(at.a, 'contact.email')),
          },
        },
        {
          name: 'contact.email',
          kind: 'email',
          under: ['contact.anonymous', 'no'],
          label: () => msg('E-postadress', { desc: 'Label: e-mail.' }),
          autocomplete: 'email',
          review: false,
        },
      ],
    },
  ],
  // Anonymous: exactly { anonymous: true }, whatever was typed before.
  shape: (data, a) => {
    if (isAnonymousFeedback(a)) data.contact = { anonymous: true };
    return data;
  },
});
