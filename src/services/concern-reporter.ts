/**
 * The concern report's step about the reporter: whether they have a duty to report (then never
 * anonymous), whether they want to be anonymous (then nothing that identifies them exists on the
 * page or in the payload), and how to reach them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Answers, At, Question, StepModel } from '../patterns/wizard/questions.js';
import { asBoolean, lines, shown, text } from './common-questions.js';
import { dutyHolders, technicalTraces } from '../info/confidentiality-content.js';

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

/** "Vill du vara anonym?": asked of everyone without a duty to report (children), of every reporter (adults). */
const anonymity: Question = {
  name: 'reporter.anonymous',
  kind: 'radio',
  label: () => msg('Vill du vara anonym?', { desc: 'Label: do you want to be anonymous.' }),
  required: true,
  choices: () => [
    { value: 'yes', label: msg('Ja, jag vill vara anonym', { desc: 'Choice: anonymous.' }) },
    { value: 'no', label: msg('Nej, jag lämnar mitt namn', { desc: 'Choice: give my name.' }) },
  ],
  send: asBoolean,
  review: {
    label: () => msg('Om dig', { desc: 'Step heading: about you.' }),
    // Asked only where anonymity is allowed, so the answer alone says it.
    value: ({ a }) => (a['reporter.anonymous'] === 'yes' ? msg('Du är anonym', { desc: 'Review: you are anonymous.' }) : undefined),
  },
};

/** What anonymity asks of the reporter: nothing that shows who they are, and detail. */
const anonymityNote = (extra: TemplateResult | typeof nothing = nothing) => html`<div class="notice" role="note">
  <p>${msg('Du är anonym bara om du inte skriver något som visar vem du är, inte heller i texten om din oro.', { desc: 'Anonymity: give nothing identifying.' })}</p>
  <p>${msg('Socialtjänsten kan inte ställa frågor till dig. Skriv därför så utförligt du kan.', { desc: 'Anonymity: no follow-up questions.' })}</p>
  ${extra}
  <p>${technicalTraces()}</p>
</div>`;

const reporterName: Question = {
  name: 'reporter.name',
  kind: 'text',
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
};

const reporterPhone: Question = {
  name: 'reporter.phone',
  kind: 'phone',
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
};

const reporterEmail: Question = { name: 'reporter.email', kind: 'email', label: () => msg('E-postadress', { desc: 'Label: e-mail.' }), autocomplete: 'email', review: false };

/** `subLevel`: the heading level below the step heading, for the secrecy explainer. */
export const reporterStep = (subLevel: () => number): StepModel => ({
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
    { ...anonymity, under: ['reporter.professional', 'no'] },
    { note: () => anonymityNote(), under: ['reporter.anonymous', 'yes'] },
    {
      note: () => html`<div class="notice" role="note">
        <p>${msg('Om du lämnar ditt namn kan familjen oftast få veta vem som har gjort anmälan.', { desc: 'Named reporter: family may learn the name.' })}</p>
      </div>`,
      under: ['reporter.anonymous', 'no'],
    },
    { ...reporterName, under: NAMED },
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
    { ...reporterPhone, under: NAMED },
    { ...reporterEmail, under: NAMED },
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
});

/** The reporter is exactly `{ anonymous: true }` when anonymous; with a duty to report, never anonymous. */
export function reporterShape(data: Record<string, unknown>, a: Answers): Record<string, unknown> {
  const reporter = (data.reporter ?? {}) as Record<string, unknown>;
  if (isAnonymous(a)) data.reporter = { anonymous: true };
  else if (reporter.professional === true) data.reporter = { anonymous: false, ...reporter };
  return data;
}

/** Where the reporter's own details are asked: with a duty to report, or without one and named. */
const NAMED = [
  ['reporter.professional', 'yes'],
  ['reporter.anonymous', 'no'],
] as const;


/** An adult's reporter is anonymous when they chose it: there is no duty that rules it out. */
export const isAnonymousAdult = (a: Answers) => a['reporter.anonymous'] === 'yes';

/**
 * The reporter step of a concern about an adult. There is no general duty to report for adults
 * (domain.md §8.1), so nobody is asked about one and anyone may be anonymous; the note says what
 * the duties that do exist are (6 § LVM; lex Sarah is another matter).
 */
export const adultReporterStep = (): StepModel => ({
  id: 'du',
  title: () => msg('Om dig', { desc: 'Step heading: about you.' }),
  items: [
    {
      note: () => html`<div class="notice" role="note">
        <p>${msg('För vuxna finns ingen allmän anmälningsplikt. Alla kan anmäla oro för en vuxen.', { desc: 'Adult concern: there is no general duty to report (anmälningsplikt) for adults; anyone may report.' })}</p>
        <p>${msg('Myndigheter som ofta möter personer med missbruk ska genast anmäla när någon kan behöva vård enligt 6 § LVM.', { desc: 'Adult concern: the one specific duty, 6 § LVM (authorities that regularly meet people with substance abuse). Keep "6 § LVM" as is.' })}</p>
        <p>${msg('Lex Sarah är något annat. Då anmäler personal brister i sin egen verksamhet.', { desc: 'Adult concern: lex Sarah is a different duty (staff report shortcomings in their own service). Keep "Lex Sarah".' })}</p>
        <p>${msg('Gör du anmälan i ditt arbete är det bra om du lämnar ditt namn. Då kan socialtjänsten ställa frågor till dig.', { desc: 'Adult concern: if you report in your work, giving your name lets social services ask you questions.' })}</p>
      </div>`,
    },
    {
      ...anonymity,
      hint: () => msg('Du kan inte bli anonym i efterhand.', { desc: 'Hint: you cannot become anonymous afterwards.' }),
    },
    {
      note: () =>
        anonymityNote(html`<p>${msg('Ett mejl är inte anonymt, eftersom adressen visar vem du är.', { desc: 'Confidentiality (private reporters): e-mail is not anonymous.' })}</p>`),
      under: ['reporter.anonymous', 'yes'],
    },
    {
      note: () => html`<div class="notice" role="note">
        <p>${msg('Om du lämnar ditt namn får personen oftast veta vem som har gjort anmälan.', { desc: 'Named reporter of a concern about an adult: the person is usually told who reported.' })}</p>
      </div>`,
      under: ['reporter.anonymous', 'no'],
    },
    { ...reporterName, under: ['reporter.anonymous', 'no'] },
    { ...reporterPhone, under: ['reporter.anonymous', 'no'] },
    { ...reporterEmail, under: ['reporter.anonymous', 'no'] },
    {
      name: 'reporter.relation',
      kind: 'text',
      under: ['reporter.anonymous', 'no'],
      label: () => msg('Hur känner du personen?', { desc: 'Label: relation to the adult the report is about.' }),
      hint: () => msg('Till exempel granne, släkting, vän eller genom ditt arbete.', { desc: 'Hint: relation to the adult, examples.' }),
    },
  ],
});

/** An adult's reporter: exactly `{ anonymous: true }` when anonymous. */
export function adultReporterShape(data: Record<string, unknown>, a: Answers): Record<string, unknown> {
  if (isAnonymousAdult(a)) data.reporter = { anonymous: true };
  return data;
}
