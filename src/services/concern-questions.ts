/**
 * The questions of `soc-concern-report`, each declared once (see patterns/wizard/questions.ts):
 * its payload path, kind, texts, when it is asked and how it reads on the review page. The steps,
 * the review, the payload's `data` and where a back end's error belongs all come from this list.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { cleanText } from '../schemas/text.js';
import { shownValue, type Answers, type At, type Choice, type Question, type ServiceModel } from '../patterns/wizard/questions.js';
import { asBoolean, lines, shown, text, withFollowUp, yesNoUnknown } from './common-questions.js';
import { dutyHolders, technicalTraces } from '../info/confidentiality-content.js';

const durations = (): Choice[] => [
  { value: 'today', label: msg('Det hände i dag eller nyss', { desc: 'How long worried: today.' }) },
  { value: 'weeks', label: msg('Några dagar eller veckor', { desc: 'How long worried: weeks.' }) },
  { value: 'months', label: msg('Flera månader eller längre', { desc: 'How long worried: months.' }) },
  { value: 'unknown', label: msg('Jag vet inte', { desc: 'Answer: I do not know.' }) },
];

const idKinds = (): Choice[] => [
  { value: 'pnr', label: msg('Jag vet personnumret', { desc: 'Child id: personnummer known.' }) },
  { value: 'age', label: msg('Jag vet ungefär hur gammalt barnet är', { desc: 'Child id: approximate age known.' }) },
  { value: 'unknown', label: msg('Jag vet inte', { desc: 'Answer: I do not know.' }) },
];

/**
 * Who has the duty to report (see `dutyHolders`), for what they learn at work; everyone else may
 * report, and may stay anonymous.
 */
const dutyHint = () =>
  `${dutyHolders()} ${msg('Den gäller det du får veta i arbetet. Andra, till exempel en tränare i en förening eller en granne, svarar Nej.', {
    desc: 'Hint, after who has the duty to report: it covers what you learn at work; others (e.g. a sports coach or a neighbour) answer No.',
  })}`;

/** Answers that say who the reporter is: removed the moment they choose to be anonymous. */
export const IDENTITY = ['reporter.name', 'reporter.phone', 'reporter.email', 'reporter.relation', 'reporter.workplace', 'reporter.role'];

const duty = (at: At) => at.a['reporter.professional'] === 'yes';
/** Anonymous: no duty to report, and chose to be anonymous. */
export const isAnonymous = (a: Answers) => a['reporter.professional'] === 'no' && a['reporter.anonymous'] === 'yes';
const siblings: Question = {
  name: 'child.siblings',
  kind: 'radio',
  label: () => msg('Har barnet syskon?', { desc: 'Label: siblings.' }),
  required: true,
  choices: yesNoUnknown,
};
siblings.review = { label: () => msg('Syskon', { desc: 'Review label: siblings.' }), value: withFollowUp(siblings, 'child.siblingsInfo') };

const otherChildren: Question = {
  name: 'concern.otherChildren',
  kind: 'radio',
  label: () => msg('Är du orolig för fler barn?', { desc: 'Label: other children.' }),
  hint: () => msg('Till exempel syskon eller andra barn i familjen.', { desc: 'Hint: other children.' }),
  required: true,
  choices: yesNoUnknown,
};
otherChildren.review = { label: () => msg('Fler barn', { desc: 'Review label: other children.' }), value: withFollowUp(otherChildren, 'concern.otherChildrenInfo') };

const interpreter: Question = {
  name: 'concern.interpreter.needed',
  kind: 'radio',
  label: () => msg('Behöver barnet eller familjen tolk?', { desc: 'Label: interpreter.' }),
  required: true,
  choices: yesNoUnknown,
};
interpreter.review = { label: () => msg('Tolk', { desc: 'Review label: interpreter.' }), value: withFollowUp(interpreter, 'concern.interpreter.language', ': ') };

const idKind: Question = {
  name: 'child.idKind',
  kind: 'radio',
  label: () => msg('Vet du barnets personnummer eller ålder?', { desc: 'Label: child personnummer or age.' }),
  required: true,
  choices: idKinds,
  // Only steers which of the two follow-ups is asked.
  send: false,
};

/** `subLevel`: the heading level below the step heading, for the secrecy explainer. */
export const concernQuestions = (subLevel: () => number): ServiceModel => ({
  steps: [
    {
      id: 'barn',
      title: () => msg('Om barnet', { desc: 'Step heading: about the child.' }),
      items: [
        { note: () => html`<p>${msg('Gör en anmälan för varje barn som du är orolig för.', { desc: 'One child per report.' })}</p>` },
        {
          name: 'child.name',
          kind: 'text',
          label: () => msg('Barnets namn', { desc: 'Label: child name.' }),
          required: ({ a }) => a['child.nameUnknown'] !== true,
          send: (v, { a }) => (a['child.nameUnknown'] === true || typeof v !== 'string' ? undefined : cleanText(v) || undefined),
          review: {
            value: ({ a }) => (a['child.nameUnknown'] === true ? msg('Jag vet inte vad barnet heter', { desc: 'Checkbox: name unknown.' }) : text(a, 'child.name')),
          },
        },
        { name: 'child.nameUnknown', kind: 'consent', label: () => msg('Jag vet inte vad barnet heter', { desc: 'Checkbox: name unknown.' }), send: false, review: false },
        {
          ...idKind,
          review: {
            label: () => msg('Personnummer eller ålder', { desc: 'Review label: personnummer or age.' }),
            value: (at) => {
              const id = at.a['child.idKind'];
              if (id === 'pnr') return shownValue(personnummer, at);
              return id === 'age' ? text(at.a, 'child.age') : shownValue(idKind, at);
            },
          },
        },
        personnummer,
        {
          name: 'child.age',
          kind: 'text',
          under: ['child.idKind', 'age'],
          label: () => msg('Ungefär hur gammalt är barnet?', { desc: 'Label: child approximate age.' }),
          required: true,
          width: '10',
        },
        {
          name: 'child.location',
          kind: 'textarea',
          label: () => msg('Var bor barnet, eller vilken skola eller förskola går barnet i?', { desc: 'Label: where the child lives or goes to school.' }),
          hint: () => msg('Skriv det du vet, till exempel adress, område eller skolans namn.', { desc: 'Hint: child location.' }),
          required: true,
          rows: 3,
          review: { label: () => msg('Var barnet bor eller går i skola', { desc: 'Review label: child location.' }) },
        },
        {
          name: 'child.whereNow',
          kind: 'text',
          label: () => msg('Var är barnet nu, om du vet?', { desc: 'Label: where the child is now.' }),
          review: { label: () => msg('Var barnet är nu', { desc: 'Review label: where now.' }) },
        },
        siblings,
        {
          name: 'child.siblingsInfo',
          kind: 'textarea',
          under: ['child.siblings', 'yes'],
          label: () => msg('Skriv det du vet om syskonen', { desc: 'Label: about the siblings.' }),
          rows: 3,
        },
      ],
    },
    {
      id: 'oro',
      title: () => msg('Din oro', { desc: 'Step heading: your concern.' }),
      items: [
        {
          name: 'concern.description',
          kind: 'textarea',
          label: () => msg('Vad är du orolig för?', { desc: 'Label: the concern.' }),
          hint: () =>
            msg('Beskriv vad du har sett eller hört, när det hände och vem som var med. Till exempel att barnet ofta är hungrigt, har skador, är rädd för att gå hem eller att vuxna bråkar.', { desc: 'Hint: what to write about the concern.' }),
          required: true,
          rows: 8,
          review: { label: () => msg('Vad du är orolig för', { desc: 'Review label: concern.' }) },
        },
        {
          name: 'concern.duration',
          kind: 'radio',
          label: () => msg('Hur länge har du varit orolig?', { desc: 'Label: how long.' }),
          required: true,
          choices: durations,
          review: { label: () => msg('Hur länge', { desc: 'Review label: duration.' }) },
        },
        {
          name: 'concern.childSaid',
          kind: 'textarea',
          label: () => msg('Har barnet sagt något till dig? Skriv i så fall vad.', { desc: 'Label: what the child said.' }),
          rows: 4,
          review: { label: () => msg('Vad barnet har sagt', { desc: 'Review label: child said.' }) },
        },
        {
          name: 'concern.childKnows',
          kind: 'radio',
          label: () => msg('Vet barnet att du gör en anmälan?', { desc: 'Label: child knows about report.' }),
          required: true,
          inline: true,
          choices: yesNoUnknown,
          review: { label: () => msg('Barnet vet om anmälan', { desc: 'Review label: child knows.' }) },
        },
        {
          name: 'concern.guardiansKnow',
          kind: 'radio',
          label: () => msg('Vet barnets vårdnadshavare att du gör en anmälan?', { desc: 'Label: guardians know.' }),
          hint: () => msg('Vårdnadshavare är oftast barnets föräldrar.', { desc: 'Hint: who guardians are.' }),
          required: true,
          inline: true,
          choices: yesNoUnknown,
          review: { label: () => msg('Vårdnadshavarna vet om anmälan', { desc: 'Review label: guardians know.' }) },
        },
        otherChildren,
        {
          name: 'concern.otherChildrenInfo',
          kind: 'textarea',
          under: ['concern.otherChildren', 'yes'],
          label: () => msg('Vilka barn och varför?', { desc: 'Label: which other children.' }),
          rows: 3,
        },
        interpreter,
        {
          name: 'concern.interpreter.language',
          kind: 'text',
          under: ['concern.interpreter.needed', 'yes'],
          label: () => msg('Vilket språk?', { desc: 'Label: interpreter language.' }),
          required: true,
          width: '20',
        },
      ],
    },
    {
      id: 'du',
      title: () => msg('Om dig', { desc: 'Step heading: about you.' }),
      items: [
        {
          // The name stays: `reporter.professional` true means "has the duty to report".
          name: 'reporter.professional',
          kind: 'radio',
          label: () => msg('Har du anmälningsplikt?', { desc: 'Label: do you have a legal duty to report (anmälningsplikt)? Keep the Swedish term recognizable.' }),
          hint: dutyHint,
          required: true,
          choices: () => [
            { value: 'yes', label: msg('Ja, jag har anmälningsplikt', { desc: 'Choice: I have a duty to report.' }) },
            { value: 'no', label: msg('Nej, jag har inte anmälningsplikt', { desc: 'Choice: I have no duty to report (a private person, e.g. a neighbour or a sports coach).' }) },
          ],
          send: asBoolean,
          review: false,
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('När du har anmälningsplikt kan du inte vara anonym. Du ska berätta vem du är och var du arbetar, så att socialtjänsten kan ställa frågor till dig.', { desc: 'Why someone with a duty to report (anmälningsplikt) cannot be anonymous.' })}</p>
          </div>`,
          under: ['reporter.professional', 'yes'],
        },
        {
          name: 'reporter.anonymous',
          kind: 'radio',
          under: ['reporter.professional', 'no'],
          label: () => msg('Vill du vara anonym?', { desc: 'Label: do you want to be anonymous.' }),
          required: true,
          choices: () => [
            { value: 'yes', label: msg('Ja, jag vill vara anonym', { desc: 'Choice: anonymous.' }) },
            { value: 'no', label: msg('Nej, jag lämnar mitt namn', { desc: 'Choice: give my name.' }) },
          ],
          send: asBoolean,
          review: {
            label: () => msg('Om dig', { desc: 'Step heading: about you.' }),
            value: ({ a }) => (isAnonymous(a) ? msg('Du är anonym', { desc: 'Review: you are anonymous.' }) : undefined),
          },
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Du är anonym bara om du inte skriver något som visar vem du är, inte heller i texten om din oro.', { desc: 'Anonymity: give nothing identifying.' })}</p>
            <p>${msg('Socialtjänsten kan inte ställa frågor till dig. Skriv därför så utförligt du kan.', { desc: 'Anonymity: no follow-up questions.' })}</p>
            <p>${technicalTraces()}</p>
          </div>`,
          under: ['reporter.anonymous', 'yes'],
        },
        {
          note: () => html`<div class="notice" role="note">
            <p>${msg('Om du lämnar ditt namn kan familjen oftast få veta vem som har gjort anmälan.', { desc: 'Named reporter: family may learn the name.' })}</p>
          </div>`,
          under: ['reporter.anonymous', 'no'],
        },
        {
          name: 'reporter.name',
          kind: 'text',
          under: NAMED,
          label: () => msg('Ditt namn', { desc: 'Label: your name.' }),
          required: true,
          autocomplete: 'name',
          review: {
            label: () => msg('Om dig', { desc: 'Step heading: about you.' }),
            value: ({ a }) =>
              (duty({ a, i: -1 }) ? [text(a, 'reporter.name'), text(a, 'reporter.role'), text(a, 'reporter.workplace')] : [text(a, 'reporter.name'), text(a, 'reporter.relation')])
                .filter(Boolean)
                .join(', '),
          },
        },
        {
          name: 'reporter.workplace',
          kind: 'text',
          under: ['reporter.professional', 'yes'],
          label: () => msg('Din arbetsplats', { desc: 'Label: workplace.' }),
          required: true,
          autocomplete: 'organization',
        },
        {
          name: 'reporter.role',
          kind: 'text',
          under: ['reporter.professional', 'yes'],
          label: () => msg('Ditt yrke eller din roll', { desc: 'Label: role.' }),
          required: true,
          autocomplete: 'organization-title',
        },
        {
          name: 'reporter.phone',
          kind: 'phone',
          under: NAMED,
          label: () => msg('Telefonnummer', { desc: 'Label: phone.' }),
          // With a duty to report a phone number is needed; otherwise a phone number or an e-mail address.
          hint: (at) => (duty(at) ? '' : msg('Lämna telefonnummer eller e-post, så att vi kan kontakta dig.', { desc: 'Hint: give a way to reach you.' })),
          required: (at) => duty(at) || !text(at.a, 'reporter.email'),
          requiredMessage: (at) => (duty(at) ? '' : msg('Skriv ett telefonnummer eller en e-postadress.', { desc: 'Error: phone or e-mail needed.' })),
          autocomplete: 'tel',
          width: '20',
          review: {
            label: () => msg('Så når vi dig', { desc: 'Review label: how to reach you.' }),
            value: (at) => lines(shown('reporter.phone', 'phone')(at), text(at.a, 'reporter.email')),
          },
        },
        { name: 'reporter.email', kind: 'email', under: NAMED, label: () => msg('E-postadress', { desc: 'Label: e-mail.' }), autocomplete: 'email', review: false },
        {
          name: 'reporter.relation',
          kind: 'text',
          under: ['reporter.anonymous', 'no'],
          label: () => msg('Hur känner du barnet?', { desc: 'Label: relation to the child.' }),
          hint: () => msg('Till exempel granne, släkting eller förälder till en kompis.', { desc: 'Hint: relation examples.' }),
        },
        {
          note: () => html`<details class="no-print">
            <summary>${msg('Läs mer om anonymitet och sekretess', { desc: 'Disclosure: more about anonymity.' })}</summary>
            <soc-confidentiality audience="reporter" heading-level=${subLevel()}></soc-confidentiality>
          </details>`,
        },
      ],
    },
  ],
  /** The reporter is exactly `{ anonymous: true }` when anonymous; with a duty to report, never anonymous. */
  shape(data, a) {
    const reporter = (data.reporter ?? {}) as Record<string, unknown>;
    if (isAnonymous(a)) data.reporter = { anonymous: true };
    else if (reporter.professional === true) data.reporter = { anonymous: false, ...reporter };
    return data;
  },
});

/** Where the reporter's own details are asked: with a duty to report, or without one and named. */
const NAMED = [
  ['reporter.professional', 'yes'],
  ['reporter.anonymous', 'no'],
] as const;

const personnummer: Question = {
  name: 'child.personnummer',
  kind: 'personnummer',
  under: ['child.idKind', 'pnr'],
  label: () => msg('Barnets personnummer', { desc: 'Label: child personnummer.' }),
  hint: () => msg('10 eller 12 siffror', { desc: 'Hint: personnummer digits.' }),
  required: true,
  width: '20',
  review: false,
};
