/**
 * The questions of `soc-application-form`, each declared once (see patterns/wizard/questions.ts).
 * A child's questions are a repeated group: `children.*.name` is asked as `children.0.name`,
 * `children.1.name`, … for as many children as the form shows (`children.count`).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { At, Choice, ServiceModel } from '../patterns/wizard/questions.js';
import { asBoolean, lines, shown, text, yes, yesNo } from './common-questions.js';
import { childCount, young, type SupportOption } from './application-data.js';
import { consentStep, contactStep } from './application-contact.js';


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

/** The roles in the form for adults (`audience="adult"`). */
const adultRoles = (): Choice[] => [
  { value: 'self', label: msg('Jag söker stöd för mig själv', { desc: 'Applicant role in the form for adults: applying for yourself.' }) },
  {
    value: 'helper',
    label: msg('Jag hjälper en vuxen att ansöka', { desc: 'Applicant role in the form for adults: someone helping an adult.' }),
    hint: msg('Till exempel som släkting, god man eller personal.', { desc: 'Hint of applicant role: helper.' }),
  },
];

const livesWith = (): Choice[] => [
  { value: 'both-parents', label: msg('Med båda sina föräldrar', { desc: 'Child lives with: both parents.' }) },
  { value: 'one-parent', label: msg('Med en av sina föräldrar', { desc: 'Child lives with: one parent.' }) },
  { value: 'alternating', label: msg('Växelvis hos båda föräldrarna', { desc: 'Child lives with: alternating between parents.' }) },
  { value: 'other', label: msg('Med någon annan', { desc: 'Child lives with: someone else.' }) },
];



/** "Barn 2": the heading of a child's questions and its row on the review page. */
export const childName = (n: number) => msg(str`Barn ${n}`, { desc: 'Heading of one child in the list.' });

const child = (at: At, key: string) => `children.${at.i}.${key}`;
const n = (at: At) => at.i + 1;


/** What the questions need from the form: the kinds of support on screen, and whom the form is for. */
export interface ApplicationContext {
  supportOptions: () => SupportOption[];
  /** `audience="adult"`: an adult applies for themselves, no children. */
  adult?: () => boolean;
}

export const applicationQuestions = (ctx: ApplicationContext): ServiceModel => {
  const adult = () => ctx.adult?.() ?? false;
  const roleChoices = () => (adult() ? adultRoles() : roles());
  return {
  // The form for adults sends `audience: 'adult'` (and no children: its children step is not shown).
  shape: (data) => (adult() ? { audience: 'adult', ...data } : data),
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
          choices: roleChoices,
          review: {
            label: () => msg('Vem som söker', { desc: 'Review label: who is applying.' }),
            value: (at) =>
              lines(
                shown('applicant.role', 'radio', roleChoices)(at),
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
          label: () =>
            adult()
              ? msg('Hur känner du personen som söker?', { desc: 'Label: how the helper knows the adult who applies.' })
              : msg('Hur känner du familjen?', { desc: 'Label: how the helper knows the family.' }),
          hint: () =>
            adult()
              ? msg('Till exempel syster, god man eller boendestödjare.', { desc: 'Hint: examples of how a helper knows an adult.' })
              : msg('Till exempel moster, god man eller kurator.', { desc: 'Hint: examples of how a helper knows the family.' }),
          required: true,
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${adult()
              ? msg('Ansökan är personens egen. Fyll i den tillsammans med personen, så att hen vet vad den handlar om.', { desc: 'Helper (form for adults): the application belongs to the adult who applies.' })
              : msg('Ansökan är familjens. Fyll i den tillsammans med dem, så att de vet vad den handlar om.', { desc: 'Helper: the application belongs to the family.' })}</p>
          </div>`,
          under: ['applicant.role', 'helper'],
        },
      ],
    },
    {
      id: 'barn',
      title: () => msg('Barnen som ansökan gäller', { desc: 'Step heading: the children.' }),
      repeat: { name: 'children', count: childCount },
      when: () => !adult(),
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
      title: () => (adult() ? msg('Vilket stöd söker du?', { desc: 'Step heading: what support (form for adults).' }) : msg('Vilket stöd söker ni?', { desc: 'Step heading: what support.' })),
      items: [
        {
          name: 'support',
          kind: 'checkboxes',
          label: () =>
            adult() ? msg('Välj det stöd som du vill ha', { desc: 'Label: choose the support (form for adults).' }) : msg('Välj det stöd som ni vill ha', { desc: 'Label: choose the support.' }),
          hint: () =>
            adult()
              ? msg('Du kan välja flera. Socialtjänsten hjälper dig sedan att hitta det som passar.', { desc: 'Hint: several kinds of support can be chosen (form for adults).' })
              : msg('Du kan välja flera. Socialtjänsten hjälper er sedan att hitta det som passar.', { desc: 'Hint: several kinds of support can be chosen.' }),
          required: true,
          requiredMessage: () => msg('Välj minst ett stöd, eller välj ”Jag vet inte, jag vill prata med någon”.', { desc: 'Error: no support chosen.' }),
          choices: () => ctx.supportOptions(),
          review: { label: () => msg('Stöd', { desc: 'Review label: support.' }) },
        },
      ],
    },
    {
      id: 'situation',
      title: () =>
        adult() ? msg('Berätta om din situation', { desc: 'Step heading: the situation (form for adults).' }) : msg('Berätta om er situation', { desc: 'Step heading: the situation.' }),
      items: [
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Det kan hjälpa att berätta:', { desc: 'Before a list of what helps to tell about the situation.' })}</p>
            <ul>
              <li>${msg('vad som är svårt just nu', { desc: 'Situation tip: what is hard now.' })}</li>
              <li>${msg('hur länge det har varit så', { desc: 'Situation tip: for how long.' })}</li>
              ${adult() ? nothing : html`<li>${msg('hur barnen har det hemma, i skolan och på fritiden', { desc: 'Situation tip: how the children are.' })}</li>`}
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
          requiredMessage: () =>
            adult() ? msg('Berätta kort om din situation.', { desc: 'Error: situation missing (form for adults).' }) : msg('Berätta kort om er situation.', { desc: 'Error: situation missing.' }),
          review: {
            label: () => (adult() ? msg('Din situation', { desc: 'Review label: the situation (form for adults).' }) : msg('Er situation', { desc: 'Review label: the situation.' })),
          },
        },
      ],
    },
    contactStep(adult),
    consentStep(adult),
  ],
  };
};
