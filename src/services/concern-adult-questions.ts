/**
 * The questions of `soc-concern-report` about an adult (`subject="adult"`, or `ask` answered
 * "En vuxen"), each declared once, and the first question of `subject="ask"`. What is asked follows
 * the municipal forms in domain.md §8.1: who the person is (name and/or where they live or stay,
 * Växjö), what the worry is about (examples, not a checklist), what the reporter has seen, when and
 * how long (Gnesta), whether it is urgent (Luleå), and the reporter (anonymous allowed).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Choice, ServiceModel, StepModel } from '../patterns/wizard/questions.js';
import { text, yesNoUnknown } from './common-questions.js';
import { adultReporterShape, adultReporterStep } from './concern-reporter.js';
import { durations } from './concern-questions.js';

/** Examples of what a worry about an adult may be about (values: `ADULT_CONCERN_KINDS`). */
const kinds = (): Choice[] => [
  { value: 'missbruk', label: msg('Alkohol, droger eller spel', { desc: 'Adult concern kind: substance abuse or gambling (missbruk, beroende).' }) },
  { value: 'psykisk-ohalsa', label: msg('Psykisk ohälsa', { desc: 'Adult concern kind: mental ill-health.' }) },
  { value: 'utsatt-for-vald', label: msg('Personen utsätts för våld av någon nära', { desc: 'Adult concern kind: the person is subjected to violence in a close relationship.' }) },
  { value: 'utovar-vald', label: msg('Personen använder våld mot någon nära', { desc: 'Adult concern kind: the person uses violence in a close relationship.' }) },
  { value: 'aldre', label: msg('En äldre person far illa, till exempel vid demens', { desc: 'Adult concern kind: an older person is being harmed, e.g. with dementia.' }) },
  { value: 'saknar-bostad', label: msg('Personen saknar bostad', { desc: 'Adult concern kind: homelessness.' }) },
  { value: 'annat', label: msg('Något annat', { id: 'concern-adult-kind-other', desc: 'Adult concern kind: something else.' }) },
];

export interface AdultOptions {
  /** What to do when it is urgent: call, with the numbers the element knows. */
  urgentHelp: () => TemplateResult;
}

/** The questions about an adult: the person, the worry, the reporter. */
export const adultConcernQuestions = ({ urgentHelp }: AdultOptions): ServiceModel => ({
  steps: [
    {
      id: 'person',
      title: () => msg('Om personen', { desc: 'Step heading: about the adult the report is about.' }),
      items: [
        {
          name: 'person.name',
          kind: 'text',
          label: () => msg('Personens namn', { desc: 'Label: the adult’s name.' }),
          hint: () => msg('Skriv namnet om du vet det.', { desc: 'Hint: the adult’s name, if known.' }),
          review: { label: () => msg('Namn', { desc: 'Review label: the adult’s name.' }) },
        },
        {
          name: 'person.age',
          kind: 'text',
          label: () => msg('Ungefär hur gammal är personen?', { desc: 'Label: the adult’s approximate age.' }),
          hint: () => msg('Om du vet.', { desc: 'Hint: answer if you know.' }),
          width: '10',
          review: { label: () => msg('Ålder', { desc: 'Review label: age.' }) },
        },
        {
          name: 'person.location',
          kind: 'textarea',
          label: () => msg('Var bor eller vistas personen?', { desc: 'Label: where the adult lives or stays.' }),
          hint: () =>
            msg('Skriv det du vet, till exempel adress, område eller var personen brukar vara. Personen ska bo i kommunen.', {
              desc: 'Hint: where the adult lives or stays; the person should live in the municipality.',
            }),
          // A name or a place: one of them lets social services find the person (Växjö asks for name and/or address).
          required: ({ a }) => !text(a, 'person.name'),
          requiredMessage: () => msg('Skriv var personen bor eller vistas, eller skriv personens namn.', { desc: 'Error: the adult’s name or where they live is needed.' }),
          rows: 3,
          review: { label: () => msg('Var personen bor eller vistas', { desc: 'Review label: where the adult lives or stays.' }) },
        },
      ],
    },
    {
      id: 'oro',
      title: () => msg('Din oro', { desc: 'Step heading: your concern.' }),
      items: [
        {
          name: 'concern.kinds',
          kind: 'checkboxes',
          label: () => msg('Vad handlar din oro om?', { desc: 'Label: what the worry about the adult is about (examples).' }),
          hint: () => msg('Välj det som passar, om något gör det. Du kan välja flera.', { desc: 'Hint: the kinds are examples; choose any, several or none.' }),
          choices: kinds,
          review: { label: () => msg('Oron handlar om', { desc: 'Review label: what the worry is about.' }) },
        },
        {
          name: 'concern.description',
          kind: 'textarea',
          label: () => msg('Vad har du sett eller hört?', { desc: 'Label: what the reporter has seen or heard (adult).' }),
          hint: () => msg('Beskriv vad som hände, var det hände och vem som var med. Skriv så konkret du kan.', { desc: 'Hint: describe concretely what happened.' }),
          required: true,
          rows: 8,
          review: { label: () => msg('Vad du har sett eller hört', { desc: 'Review label: what the reporter has seen or heard.' }) },
        },
        {
          name: 'concern.seen',
          kind: 'text',
          label: () => msg('När såg eller hörde du det?', { desc: 'Label: when the reporter saw or heard it.' }),
          hint: () => msg('Till exempel i går kväll eller förra veckan.', { desc: 'Hint: when, examples.' }),
          review: { label: () => msg('När', { desc: 'Review label: when.' }) },
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
          name: 'concern.personKnows',
          kind: 'radio',
          label: () => msg('Vet personen att du gör en anmälan?', { desc: 'Label: does the adult know about the report (optional).' }),
          hint: () => msg('Du behöver inte svara.', { desc: 'Hint: this question is optional.' }),
          inline: true,
          choices: yesNoUnknown,
          review: { label: () => msg('Personen vet om anmälan', { desc: 'Review label: the adult knows about the report.' }) },
        },
        {
          name: 'concern.urgent',
          kind: 'radio',
          label: () => msg('Är det bråttom?', { desc: 'Label: is it urgent.' }),
          required: true,
          inline: true,
          choices: yesNoUnknown,
          review: { label: () => msg('Bråttom', { desc: 'Review label: urgent.' }) },
        },
        { note: () => urgentHelp(), under: ['concern.urgent', 'yes'] },
      ],
    },
    adultReporterStep(),
  ],
  shape: adultReporterShape,
});

/** The first question of `subject="ask"`: the answer picks the child's or the adult's questions. */
export const subjectStep = (): StepModel => ({
  id: 'vem',
  title: () => msg('Barn eller vuxen', { desc: 'Step heading: child or adult.' }),
  items: [
    {
      name: 'subject',
      kind: 'radio',
      label: () => msg('Gäller din oro ett barn eller en vuxen?', { desc: 'Label: is the concern about a child or an adult.' }),
      // Municipalities draw the line differently (under 18, up to 20 or under 21: domain.md §2.1, §8.1).
      hint: ({ a }) =>
        [
          msg('Är personen 18–20 år? Kommuner räknar olika. Välj det som passar bäst.', { desc: 'Hint: municipalities count 18–20-year-olds differently; choose what fits best.' }),
          Object.keys(a).some((k) => k !== 'subject')
            ? msg('Om du byter svar försvinner det du redan har skrivit.', { desc: 'Hint once answers exist: changing the answer clears what was written.' })
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      required: true,
      choices: () => [
        { value: 'child', label: msg('Ett barn', { desc: 'Choice: the concern is about a child.' }) },
        { value: 'adult', label: msg('En vuxen', { desc: 'Choice: the concern is about an adult.' }) },
      ],
      send: false,
      review: { label: () => msg('Din oro gäller', { desc: 'Review label: the concern is about (a child / an adult).' }) },
    },
  ],
});

/** The note shown when it is urgent: call instead, the numbers, and that the web form waits. */
export const urgentNote = (help: TemplateResult): TemplateResult => html`<div class="notice danger" role="note">
  <p><strong>${msg('Är det akut? Ring hellre än att skriva.', { desc: 'Urgent concern about an adult: call rather than write.' })}</strong></p>
  ${help}
</div>`;
