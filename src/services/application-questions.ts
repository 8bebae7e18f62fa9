/**
 * The questions of `soc-application-form`, each declared once (see patterns/wizard/questions.ts).
 * A child's questions are a repeated group: `children.*.name` is asked as `children.0.name`,
 * `children.1.name`, … for as many children as the form shows (`children.count`).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Answers, At, Choice, Question, ServiceModel } from '../patterns/wizard/questions.js';
import { asBoolean, lines, no, shown, text, withFollowUp, yes, yesNo } from './common-questions.js';
import { childCount, type SupportOption } from './application-data.js';


const roles = (): Choice[] => [
  {
    value: 'guardian',
    label: msg('Jag är förälder eller vårdnadshavare', { desc: 'Applicant role: guardian.' }),
    hint: msg('Du söker stöd för ditt barn, dina barn eller hela familjen.', { desc: 'Hint of applicant role: guardian.' }),
  },
  { value: 'young-person', label: msg('Jag är ung och söker stöd för mig själv', { desc: 'Applicant role: a young person applying for themselves.' }) },
  {
    value: 'helper',
    label: msg('Jag hjälper en familj att ansöka', { desc: 'Applicant role: someone helping the family.' }),
    hint: msg('Till exempel som släkting, god man eller personal.', { desc: 'Hint of applicant role: helper.' }),
  },
];

const livesWith = (): Choice[] => [
  { value: 'both-parents', label: msg('Med båda sina föräldrar', { desc: 'Child lives with: both parents.' }) },
  { value: 'one-parent', label: msg('Med en av sina föräldrar', { desc: 'Child lives with: one parent.' }) },
  { value: 'alternating', label: msg('Växelvis hos båda föräldrarna', { desc: 'Child lives with: alternating between parents.' }) },
  { value: 'other', label: msg('Med någon annan', { desc: 'Child lives with: someone else.' }) },
];

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

/** "Barn 2": the heading of a child's questions and its row on the review page. */
export const childName = (n: number) => msg(str`Barn ${n}`, { desc: 'Heading of one child in the list.' });

const child = (at: At, key: string) => `children.${at.i}.${key}`;
const n = (at: At) => at.i + 1;
const young = (a: Answers) => a['applicant.role'] === 'young-person';

const safeQuestion = (name: string, label: () => string): Question => ({ name, kind: 'radio', label, required: true, inline: true, choices: yesNo, review: false });

/** What the questions need from the form: the kinds of support on screen. */
export interface ApplicationContext {
  supportOptions: () => SupportOption[];
}

export const applicationQuestions = (ctx: ApplicationContext): ServiceModel => ({
  steps: [
    {
      id: 'vem',
      title: () => msg('Vem söker stöd?', { desc: 'Step heading: who is applying.' }),
      items: [
        {
          name: 'applicant.role',
          kind: 'radio',
          label: () => msg('Vem är du?', { desc: 'Label: who are you (applicant role).' }),
          required: true,
          choices: roles,
          review: {
            label: () => msg('Vem som söker', { desc: 'Review label: who is applying.' }),
            value: (at) =>
              lines(
                shown('applicant.role', 'radio', roles)(at),
                young(at.a) && at.a['applicant.fifteenOrOlder']
                  ? `${msg('Har du fyllt 15 år?', { desc: 'Label: are you 15 or older.' })} ${shown('applicant.fifteenOrOlder', 'radio', yesNo)(at)}`
                  : '',
                at.a['applicant.role'] === 'helper' ? text(at.a, 'applicant.relation') : '',
              ),
          },
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Har du fyllt 15 år får du ansöka om stöd själv. Det betyder att du kan ansöka utan att dina föräldrar gör det med dig eller säger ja till det.', { desc: 'What it means that a young person from 15 may apply on their own.' })}</p>
            <p>${msg('Är du yngre kan du också skicka det här. Socialtjänsten kontaktar dig och hjälper dig vidare.', { desc: 'A young person under 15 may still send it.' })}</p>
          </div>`,
          under: ['applicant.role', 'young-person'],
        },
        {
          name: 'applicant.fifteenOrOlder',
          kind: 'radio',
          under: ['applicant.role', 'young-person'],
          label: () => msg('Har du fyllt 15 år?', { desc: 'Label: are you 15 or older.' }),
          required: true,
          inline: true,
          choices: yesNo,
          send: asBoolean,
        },
        {
          name: 'applicant.relation',
          kind: 'text',
          under: ['applicant.role', 'helper'],
          label: () => msg('Hur känner du familjen?', { desc: 'Label: how the helper knows the family.' }),
          hint: () => msg('Till exempel moster, god man eller kurator.', { desc: 'Hint: examples of how a helper knows the family.' }),
          required: true,
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Ansökan är familjens. Fyll i den tillsammans med dem, så att de vet vad den handlar om.', { desc: 'Helper: the application belongs to the family.' })}</p>
          </div>`,
          under: ['applicant.role', 'helper'],
        },
      ],
    },
    {
      id: 'barn',
      title: () => msg('Barnen som ansökan gäller', { desc: 'Step heading: the children.' }),
      repeat: { name: 'children', count: childCount },
      items: [
        {
          name: 'children.*.name',
          kind: 'text',
          label: () => msg('Barnets namn', { desc: 'Label: child name.' }),
          required: true,
          requiredMessage: (at) => msg(str`Skriv namnet på barn ${n(at)}.`, { desc: 'Error: name of child n missing.' }),
          review: {
            label: (at) => childName(n(at)),
            value: (at) => {
              const has = at.a[child(at, 'hasPnr')];
              const id = has === 'yes' ? shown('children.*.personnummer', 'personnummer')(at) : has === 'no' ? text(at.a, child(at, 'age')) : '';
              const lives = at.a[child(at, 'livesWith')];
              const home = [shown('children.*.livesWith', 'radio', livesWith)(at), lives === 'other' ? text(at.a, child(at, 'livesWithOther')) : ''].filter(Boolean).join(': ');
              return lines(text(at.a, child(at, 'name')), id, home);
            },
          },
        },
        {
          name: 'children.*.hasPnr',
          kind: 'radio',
          label: () => msg('Har barnet ett svenskt personnummer?', { desc: 'Label: does the child have a personnummer.' }),
          required: true,
          requiredMessage: (at) => msg(str`Svara om barn ${n(at)} har ett personnummer.`, { desc: 'Error: personnummer question of child n unanswered.' }),
          choices: () => [
            { value: 'yes', label: yes() },
            { value: 'no', label: msg('Nej, eller jag vet inte', { desc: 'Answer: no or I do not know.' }) },
          ],
          send: false,
          review: false,
        },
        {
          name: 'children.*.personnummer',
          kind: 'personnummer',
          under: ['children.*.hasPnr', 'yes'],
          label: () => msg('Barnets personnummer', { desc: 'Label: child personnummer.' }),
          hint: () => msg('10 eller 12 siffror', { desc: 'Hint: personnummer digits.' }),
          required: true,
          width: '20',
          requiredMessage: (at) => msg(str`Skriv personnumret för barn ${n(at)}.`, { desc: 'Error: personnummer of child n missing.' }),
        },
        {
          name: 'children.*.age',
          kind: 'text',
          under: ['children.*.hasPnr', 'no'],
          label: () => msg('Hur gammalt är barnet?', { desc: 'Label: child age.' }),
          hint: () => msg('Till exempel 6 år eller 8 månader.', { desc: 'Hint: child age examples.' }),
          required: true,
          width: '10',
          requiredMessage: (at) => msg(str`Skriv hur gammalt barn ${n(at)} är.`, { desc: 'Error: age of child n missing.' }),
        },
        {
          name: 'children.*.livesWith',
          kind: 'radio',
          label: () => msg('Vem bor barnet med?', { desc: 'Label: who the child lives with.' }),
          required: true,
          requiredMessage: (at) => msg(str`Välj vem barn ${n(at)} bor med.`, { desc: 'Error: lives-with question of child n unanswered.' }),
          choices: livesWith,
          review: false,
        },
        {
          name: 'children.*.livesWithOther',
          kind: 'text',
          under: ['children.*.livesWith', 'other'],
          label: () => msg('Vem då?', { desc: 'Label: who else the child lives with.' }),
          hint: () => msg('Till exempel mormor eller ett familjehem.', { desc: 'Hint: who else a child may live with.' }),
          required: true,
          requiredMessage: (at) => msg(str`Skriv vem barn ${n(at)} bor med.`, { desc: 'Error: who child n lives with missing.' }),
        },
      ],
    },
    {
      id: 'stod',
      title: () => msg('Vilket stöd söker ni?', { desc: 'Step heading: what support.' }),
      items: [
        {
          name: 'support',
          kind: 'checkboxes',
          label: () => msg('Välj det stöd som ni vill ha', { desc: 'Label: choose the support.' }),
          hint: () => msg('Du kan välja flera. Socialtjänsten hjälper er sedan att hitta det som passar.', { desc: 'Hint: several kinds of support can be chosen.' }),
          required: true,
          requiredMessage: () => msg('Välj minst ett stöd, eller välj ”Jag vet inte, jag vill prata med någon”.', { desc: 'Error: no support chosen.' }),
          choices: () => ctx.supportOptions(),
          review: { label: () => msg('Stöd', { desc: 'Review label: support.' }) },
        },
      ],
    },
    {
      id: 'situation',
      title: () => msg('Berätta om er situation', { desc: 'Step heading: the situation.' }),
      items: [
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Det kan hjälpa att berätta:', { desc: 'Before a list of what helps to tell about the situation.' })}</p>
            <ul>
              <li>${msg('vad som är svårt just nu', { desc: 'Situation tip: what is hard now.' })}</li>
              <li>${msg('hur länge det har varit så', { desc: 'Situation tip: for how long.' })}</li>
              <li>${msg('hur barnen har det hemma, i skolan och på fritiden', { desc: 'Situation tip: how the children are.' })}</li>
              <li>${msg('vad ni redan har provat', { desc: 'Situation tip: what you have tried.' })}</li>
              <li>${msg('vad du hoppas att stödet ska ge', { desc: 'Situation tip: what you hope for.' })}</li>
            </ul>
          </div>`,
        },
        {
          name: 'situation',
          kind: 'textarea',
          label: () => msg('Berätta med egna ord', { desc: 'Label: the situation in your own words.' }),
          hint: () => msg('Skriv så mycket eller så lite du vill. Socialtjänsten ställer frågor när de kontaktar dig.', { desc: 'Hint: the situation text.' }),
          required: true,
          rows: 8,
          requiredMessage: () => msg('Berätta kort om er situation.', { desc: 'Error: situation missing.' }),
          review: { label: () => msg('Er situation', { desc: 'Review label: the situation.' }) },
        },
      ],
    },
    {
      id: 'kontakt',
      title: () => msg('Hur vi kontaktar dig', { desc: 'Step heading: contact.' }),
      items: [
        {
          note: () => html`<p>${msg('Skriv kontaktuppgifter till den som socialtjänsten ska kontakta, dig själv eller någon i familjen.', { desc: 'Contact step intro for a helper.' })}</p>`,
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
    },
    {
      id: 'samtycke',
      title: () => msg('Vilka får socialtjänsten prata med?', { desc: 'Step heading: consent to contacts.' }),
      items: [
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('När socialtjänsten utreder en ansökan vill de ofta prata med andra som känner barnen. Alla kontakter måste vara okej för er.', { desc: 'Consent step: contacts must be okay for the family.' })}</p>
            <p>${msg('Du kan säga nej till varje kontakt. Du kan också ändra dig senare.', { desc: 'Consent step: each contact can be declined.' })}</p>
          </div>`,
        },
        {
          name: 'consent.school',
          kind: 'radio',
          label: () => msg('Får socialtjänsten prata med barnens skola?', { desc: 'Label: consent to contact the school.' }),
          required: true,
          choices: school,
          review: { label: () => msg('Skolan', { desc: 'Review label: consent, school.' }) },
        },
        {
          name: 'consent.preschool',
          kind: 'radio',
          label: () => msg('Får socialtjänsten prata med barnens förskola?', { desc: 'Label: consent to contact the pre-school.' }),
          required: true,
          choices: school,
          review: { label: () => msg('Förskolan', { desc: 'Review label: consent, pre-school.' }) },
        },
        {
          name: 'consent.healthCare',
          kind: 'radio',
          label: () => msg('Får socialtjänsten prata med hälso- och sjukvården?', { desc: 'Label: consent to contact health care.' }),
          hint: () => msg('Till exempel BVC, vårdcentralen eller BUP.', { desc: 'Hint: examples of health care.' }),
          required: true,
          choices: okNo,
          review: { label: () => msg('Hälso- och sjukvården', { desc: 'Review label: consent, health care.' }) },
        },
        {
          name: 'consent.other',
          kind: 'radio',
          label: () => msg('Får socialtjänsten prata med någon annan?', { desc: 'Label: consent to contact others.' }),
          hint: () => msg('Till exempel fritids, en tränare eller en släkting.', { desc: 'Hint: examples of other contacts.' }),
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
    },
  ],
});
