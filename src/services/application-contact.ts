/**
 * The application's last two steps: how social services may contact the applicant safely
 * (phone or e-mail, whether calls, letters and messages are safe, interpreter, other needs), and
 * which contacts with others the family agrees to (seed 000: every contact must be okay for them).
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Choice, Question, StepModel } from '../patterns/wizard/questions.js';
import { lines, no, shown, text, withFollowUp, yesNo } from './common-questions.js';
import { young } from './application-data.js';

const school = (): Choice[] => [
  { value: 'yes', label: msg('Ja, det går bra', { desc: 'Consent to a contact: yes.' }) },
  { value: 'no', label: no() },
  { value: 'not-applicable', label: msg('Inget av barnen går där', { desc: 'Consent to a contact: no child goes there.' }) },
];
const okNo = (): Choice[] => school().slice(0, 2);

const needs = (): Choice[] => [
  { value: 'hearing', label: msg('Hörselstöd eller teckenspråkstolk', { desc: 'Contact need: hearing support or sign language interpreter.' }) },
  { value: 'easy-read', label: msg('Lättläst text och enkla ord', { desc: 'Contact need: easy-to-read text.' }) },
  { value: 'other', label: msg('Något annat', { desc: 'Contact need: something else.' }) },
];

const safeQuestion = (name: string, label: () => string): Question => ({ name, kind: 'radio', label, required: true, inline: true, choices: yesNo, review: false });

export const contactStep = (adult: () => boolean = () => false): StepModel => ({
  id: 'kontakt',
  title: () => msg('Hur vi kontaktar dig', { desc: 'Step heading: contact.' }),
  items: [
    {
      note: () => html`<p>${adult()
        ? msg('Skriv kontaktuppgifter till den som socialtjänsten ska kontakta, dig själv eller personen som söker.', { desc: 'Contact step intro for a helper (form for adults).' })
        : msg('Skriv kontaktuppgifter till den som socialtjänsten ska kontakta, dig själv eller någon i familjen.', { desc: 'Contact step intro for a helper.' })}</p>`,
      when: ({ a }) => a['applicant.role'] === 'helper',
    },
    { name: 'contact.name', kind: 'text', label: () => msg('Ditt namn', { desc: 'Label: your name.' }), required: true, autocomplete: 'name' },
    {
      name: 'contact.phone',
      kind: 'phone',
      label: () => msg('Telefonnummer', { desc: 'Label: phone.' }),
      hint: () => msg('Lämna telefonnummer eller e-post, så att vi kan kontakta dig.', { desc: 'Hint: give a way to reach you.' }),
      required: ({ a }) => !text(a, 'contact.email'),
      requiredMessage: () => msg('Skriv ett telefonnummer eller en e-postadress.', { desc: 'Error: phone or e-mail needed.' }),
      autocomplete: 'tel',
      width: '20',
      review: {
        label: () => msg('Så når vi dig', { desc: 'Review label: how to reach you.' }),
        value: (at) => lines(shown('contact.phone', 'phone')(at), text(at.a, 'contact.email'), text(at.a, 'contact.bestTime')),
      },
    },
    { name: 'contact.email', kind: 'email', label: () => msg('E-postadress', { desc: 'Label: e-mail.' }), autocomplete: 'email', review: false },
    {
      name: 'contact.bestTime',
      kind: 'text',
      label: () => msg('När passar det bäst att vi ringer?', { desc: 'Label: best time to call.' }),
      hint: () => msg('Till exempel vardagar efter kl. 15.', { desc: 'Hint: best time to call.' }),
      review: false,
    },
    {
      note: ({ a }) => html`<div class="notice" role="note">
        <p>${msg('Vi frågar för att socialtjänsten ska kunna kontakta dig på ett sätt som är säkert för dig.', { desc: 'Why the safe-contact questions are asked: so that social services contact you safely (no promise that nobody will know).' })}</p>
        ${young(a)
          ? html`<p>${msg('Är du under 18 år får dina vårdnadshavare oftast veta att du har kontakt med socialtjänsten. Men socialtjänsten får inte berätta något som kan skada dig. Du kan alltid fråga vad de kommer att berätta.', { desc: 'Young applicant: guardians are usually told, except what could harm the young person; you can ask.' })}</p>`
          : nothing}
      </div>`,
    },
    {
      ...safeQuestion('contact.safe.call', () => msg('Är det säkert för dig att vi ringer?', { desc: 'Label: safe to call.' })),
      review: {
        label: () => msg('Säker kontakt', { desc: 'Review label: safe contact.' }),
        value: (at) => {
          const safe = (name: string, label: string) => (at.a[name] ? `${label} ${shown(name, 'radio', yesNo)(at).toLocaleLowerCase()}` : '');
          return lines(
            safe('contact.safe.call', msg('Ringa:', { desc: 'Review: safe to call, answer follows.' })),
            safe('contact.safe.letter', msg('Brev hem:', { desc: 'Review: safe to send letters, answer follows.' })),
            safe('contact.safe.message', msg('Meddelanden:', { desc: 'Review: safe to leave messages, answer follows.' })),
          );
        },
      },
    },
    safeQuestion('contact.safe.letter', () => msg('Är det säkert att vi skickar brev hem till dig?', { desc: 'Label: safe to send letters home.' })),
    safeQuestion('contact.safe.message', () => msg('Är det säkert att vi lämnar meddelanden, till exempel sms eller på telefonsvararen?', { desc: 'Label: safe to leave messages.' })),
    {
      name: 'contact.interpreter.needed',
      kind: 'radio',
      label: () => msg('Behöver du tolk?', { desc: 'Label: do you need an interpreter.' }),
      required: true,
      choices: yesNo,
      review: {
        label: () => msg('Tolk', { desc: 'Review label: interpreter.' }),
        value: withFollowUp({ name: 'contact.interpreter.needed', kind: 'radio', choices: yesNo }, 'contact.interpreter.language', ': '),
      },
    },
    {
      name: 'contact.interpreter.language',
      kind: 'text',
      under: ['contact.interpreter.needed', 'yes'],
      label: () => msg('Vilket språk?', { desc: 'Label: interpreter language.' }),
      required: true,
      width: '20',
    },
    {
      name: 'contact.needs',
      kind: 'checkboxes',
      label: () => msg('Behöver du något mer för att kontakten ska fungera?', { desc: 'Label: other needs for contact.' }),
      hint: () => msg('Välj det som stämmer, eller inget.', { desc: 'Hint: other needs are optional.' }),
      choices: needs,
      review: {
        label: () => msg('Annat du behöver', { desc: 'Review label: other needs.' }),
        value: ({ a }) => {
          const chosen = Array.isArray(a['contact.needs']) ? a['contact.needs'] : [];
          return lines(...needs().filter((c) => c.value !== 'other' && chosen.includes(c.value)).map((c) => c.label), chosen.includes('other') ? text(a, 'contact.needsOther') : '');
        },
      },
    },
    {
      name: 'contact.needsOther',
      kind: 'text',
      under: ['contact.needs', 'other'],
      label: () => msg('Vad behöver du?', { desc: 'Label: what other need.' }),
      required: true,
    },
  ],
});

export const consentStep = (adult: () => boolean = () => false): StepModel => ({
  id: 'samtycke',
  title: () => msg('Vilka får socialtjänsten prata med?', { desc: 'Step heading: consent to contacts.' }),
  items: [
    {
      note: () => html`<div class="notice" role="note">
        <p>${adult()
          ? msg('När socialtjänsten utreder en ansökan kan de vilja prata med andra som känner dig. Här svarar du vilka kontakter som är okej för dig.', { desc: 'Consent step (form for adults): which contacts are okay for the applicant.' })
          : msg('När socialtjänsten utreder en ansökan vill de ofta prata med andra som känner barnen. Alla kontakter måste vara okej för er.', { desc: 'Consent step: contacts must be okay for the family.' })}</p>
        <p>${msg('Du kan säga nej till varje kontakt. Du kan också ändra dig senare.', { desc: 'Consent step: each contact can be declined.' })}</p>
      </div>`,
    },
    {
      name: 'consent.school',
      kind: 'radio',
      label: () => msg('Får socialtjänsten prata med barnens skola?', { desc: 'Label: consent to contact the school.' }),
      required: true,
      choices: school,
      when: () => !adult(),
      review: { label: () => msg('Skolan', { desc: 'Review label: consent, school.' }) },
    },
    {
      name: 'consent.preschool',
      kind: 'radio',
      label: () => msg('Får socialtjänsten prata med barnens förskola?', { desc: 'Label: consent to contact the pre-school.' }),
      required: true,
      choices: school,
      when: () => !adult(),
      review: { label: () => msg('Förskolan', { desc: 'Review label: consent, pre-school.' }) },
    },
    {
      name: 'consent.healthCare',
      kind: 'radio',
      label: () => msg('Får socialtjänsten prata med hälso- och sjukvården?', { desc: 'Label: consent to contact health care.' }),
      hint: () =>
        adult()
          ? msg('Till exempel vårdcentralen eller psykiatrin.', { desc: 'Hint: examples of health care (form for adults).' })
          : msg('Till exempel BVC, vårdcentralen eller BUP.', { desc: 'Hint: examples of health care.' }),
      required: true,
      choices: okNo,
      review: { label: () => msg('Hälso- och sjukvården', { desc: 'Review label: consent, health care.' }) },
    },
    {
      name: 'consent.other',
      kind: 'radio',
      label: () => msg('Får socialtjänsten prata med någon annan?', { desc: 'Label: consent to contact others.' }),
      hint: () =>
        adult()
          ? msg('Till exempel en släkting, en god man eller din hyresvärd.', { desc: 'Hint: examples of other contacts (form for adults).' })
          : msg('Till exempel fritids, en tränare eller en släkting.', { desc: 'Hint: examples of other contacts.' }),
      required: true,
      choices: okNo,
      review: {
        label: () => msg('Andra', { desc: 'Review label: consent, others.' }),
        value: withFollowUp({ name: 'consent.other', kind: 'radio', choices: okNo }, 'consent.otherInfo'),
      },
    },
    {
      name: 'consent.otherInfo',
      kind: 'text',
      under: ['consent.other', 'yes'],
      label: () => msg('Vem eller vilka?', { desc: 'Label: which other contacts.' }),
      required: true,
    },
  ],
});
