/**
 * The questions of `soc-concern-report`, each declared once (see patterns/wizard/questions.ts):
 * its payload path, kind, texts, when it is asked and how it reads on the review page. The steps,
 * the review, the payload's `data` and where a back end's error belongs all come from this list.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { cleanText } from '../schemas/text.js';
import { shownValue, type Choice, type Question, type ServiceModel } from '../patterns/wizard/questions.js';
import { text, withFollowUp, yesNoUnknown } from './common-questions.js';
import { reporterShape, reporterStep } from './concern-reporter.js';

export const durations = (): Choice[] => [
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
    reporterStep(subLevel),
  ],
  shape: reporterShape,
});

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
