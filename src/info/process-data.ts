/**
 * The processes `soc-process-steps` shows by default, as data: the application process from the
 * Örebro seed (ansökan → utredning → bedömning, then a yes and a no branch) and the path of a
 * concern report (anmälan → skyddsbedömning → förhandsbedömning → utredning or not).
 *
 * No DOM here. Texts are `msg()` calls inside functions so they are resolved at render time and
 * follow the live locale. Facts: seed 000 (steps), seed 001 (4 months), domain.md §1.1, §1.3, §2.3.
 * The only paragraph cited is SoL (2025:400) 20 kap. 2 § for the 14 days (domain.md §7).
 * The safety assessment is told from the moment social services read a report, with no promise of
 * when that is: a report sent on the web may wait for office hours (domain.md §2.2).
 */
import { msg } from '@lit/localize';
import { readingDelay, safetyAssessment } from './read-hours.js';

/** One step: a stable id (for `current`), a heading and one or more paragraphs. */
export interface ProcessStep {
  id: string;
  heading: string;
  body: string[];
  /** The law the step's time limit comes from, shown under the body. */
  law?: string;
  /** Outcomes that follow this step, each a list of its own (the assessment's yes and no). */
  branches?: ProcessBranch[];
}

/** One outcome of a decision: a heading that reads as an "if …" and its steps. */
export interface ProcessBranch {
  id: string;
  heading: string;
  intro: string;
  steps: ProcessStep[];
}

export interface Process {
  heading: string;
  steps: ProcessStep[];
}

export type ProcessVariant = 'application' | 'concern';

/** Where a step stands relative to the case's current step. */
export type StepState = 'done' | 'current' | 'upcoming';

/** Texts used in more than one place (one message each, so they translate once). */
const investigates = () => msg('Socialtjänsten utreder', { id: 'process-steps-investigation', desc: 'Process step heading: the investigation.' });
const closed = () => msg('Ärendet avslutas', { id: 'process-steps-closed', desc: 'Process step heading: the case is closed.' });
const fourMonths = () =>
  msg('Utredningen ska vara klar inom 4 månader. Den får bara ta längre tid om det finns särskilda skäl.', {
    desc: 'Process step body: the 4-month time limit of an investigation.',
  });

/** The application process of seed 000 in plain language. Step ids are fixed by DESIGN.md. */
export function applicationProcess(): Process {
  return {
    heading: msg('Så går det till när du ansöker om stöd', { desc: 'Process steps: default heading, application.' }),
    steps: [
      {
        id: 'ansokan',
        heading: msg('Du ansöker om stöd', { id: 'process-steps-apply', desc: 'Process step heading: the application.' }),
        body: [
          msg('Du som är vårdnadshavare, eller du som är ung, ansöker om stöd. Du kan till exempel ringa, skriva ett brev eller boka ett möte.', {
            desc: 'Process step body: how to apply (phone, letter, meeting).',
          }),
        ],
      },
      {
        id: 'utredning',
        heading: investigates(),
        body: [
          msg('Socialtjänsten vill lära känna er familj. De samlar information för att förstå vad ni behöver. De kontaktar bara andra, till exempel skolan, om ni säger ja till det.', {
            desc: 'Process step body: what the investigation of an application is; other contacts need the family’s consent.',
          }),
          msg('Det kallas utredning.', {
            id: 'process-steps-investigation-named',
            desc: 'Process step body (application): names what the previous paragraph described. Keep (utredning) after the translation.',
          }),
          fourMonths(),
        ],
      },
      {
        id: 'bedomning',
        heading: msg('Socialtjänsten bedömer om ni behöver stöd', { desc: 'Process step heading: the assessment of need.' }),
        body: [
          msg('När utredningen är klar bedömer socialtjänsten om ni behöver stöd eller inte. Sedan går det till på ett av två sätt.', {
            desc: 'Process step body: the assessment leads to one of two outcomes (yes or no), listed next.',
          }),
        ],
        branches: [
          {
            id: 'ja',
            heading: msg('Om socialtjänsten säger ja', { id: 'process-steps-if-yes', desc: 'Heading of the yes branch of the assessment.' }),
            intro: msg('Socialtjänsten bedömer att ni behöver stöd.', { desc: 'Intro of the yes branch.' }),
            steps: [
              {
                id: 'beviljas',
                heading: msg('Du får stöd', { id: 'process-steps-granted', desc: 'Process step heading: the application is granted.' }),
                body: [
                  msg('Du får ett beslut om att du får stöd. Det kallas att ansökan beviljas. Utredningen avslutas och stödet börjar.', {
                    desc: 'Process step body: the decision to grant support (beviljas).',
                  }),
                ],
              },
              {
                id: 'genomforande',
                heading: msg('Stödet börjar', { id: 'process-steps-support-starts', desc: 'Process step heading: the support is carried out.' }),
                body: [
                  msg('Socialtjänsten ordnar stödet. Ni gör en plan tillsammans: vad stödet ska leda till och hur det ska gå till.', {
                    desc: 'Process step body: a plan for the support is made together.',
                  }),
                ],
              },
              {
                id: 'uppfoljning',
                heading: msg('Socialtjänsten följer upp', { id: 'process-steps-follow-up', desc: 'Process step heading: follow-up.' }),
                body: [
                  msg('Socialtjänsten frågar hur det går och om stödet hjälper. Stödet kan ändras om det behövs.', {
                    desc: 'Process step body: follow-up of the support.',
                  }),
                ],
              },
              {
                id: 'tillgodosett',
                heading: msg('Målen är nådda', { id: 'process-steps-goals-met', desc: 'Process step heading: the need has been met.' }),
                body: [
                  msg('Målen i planen är nådda och stödet har hjälpt. Familjen kan också själv välja att sluta.', {
                    desc: 'Process step body: the need is met, or the family chooses to stop.',
                  }),
                ],
              },
              {
                id: 'avslut',
                heading: closed(),
                body: [
                  msg('Ärendet avslutas. Ni är välkomna tillbaka om ni behöver stöd igen.', {
                    desc: 'Process step body: closing after support; welcome back.',
                  }),
                ],
              },
            ],
          },
          {
            id: 'nej',
            heading: msg('Om socialtjänsten säger nej', { id: 'process-steps-if-no', desc: 'Heading of the no branch of the assessment.' }),
            intro: msg('Socialtjänsten bedömer att ni inte behöver det stöd ni har sökt.', { desc: 'Intro of the no branch.' }),
            steps: [
              {
                id: 'avslag',
                heading: msg('Du får avslag', { id: 'process-steps-refused', desc: 'Process step heading: the application is refused.' }),
                body: [
                  msg('Du får ett beslut om att du inte får det stöd du har sökt. Det kallas avslag.', {
                    desc: 'Process step body: a refusal (avslag).',
                  }),
                ],
              },
              {
                id: 'overklagande',
                heading: msg('Du kan överklaga', { id: 'process-steps-appeal', desc: 'Process step heading: the right to appeal.' }),
                body: [
                  msg('Om du inte håller med om beslutet kan du överklaga det. Då kan förvaltningsrätten pröva din ansökan på nytt.', {
                    desc: 'Process step body: appeal to the administrative court (förvaltningsrätten).',
                  }),
                ],
              },
              {
                id: 'avslut-nej',
                heading: closed(),
                body: [
                  msg('Utredningen avslutas och inga fler möten bokas. Du kan söka stöd igen om något ändras.', {
                    desc: 'Process step body: closing after a refusal; you can apply again.',
                  }),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The path of a concern report about a child (domain.md §1.1, §2.3; seed 002). */
export function concernProcess(): Process {
  return {
    heading: msg('Så går det till efter en orosanmälan', { desc: 'Process steps: default heading, concern report.' }),
    steps: [
      {
        id: 'anmalan',
        heading: msg('Någon anmäler sin oro för ett barn', { desc: 'Concern step heading: the report.' }),
        body: [
          msg('Den som är orolig för ett barn kan berätta det för socialtjänsten. Det kallas orosanmälan. Man anmäler sin oro för barnet, inte en person.', {
            desc: 'Concern step body: what a concern report is.',
          }),
          msg('Den som har anmälningsplikt måste anmäla om de misstänker att ett barn far illa. Det gäller till exempel den som jobbar i skolan, vården eller polisen.', {
            desc: 'Concern step body: who must report (the duty to report, anmälningsplikt), with examples.',
          }),
        ],
      },
      {
        id: 'skyddsbedomning',
        heading: msg('Först: är barnet i fara?', { desc: 'Concern step heading: the report is read and the safety assessment made.' }),
        body: [safetyAssessment(), readingDelay()],
      },
      {
        id: 'forhandsbedomning',
        heading: msg('Socialtjänsten bestämmer om de ska utreda', { desc: 'Concern step heading: the preliminary assessment.' }),
        body: [
          msg('Inom 14 dagar bestämmer socialtjänsten om de ska starta en utredning. Det kallas förhandsbedömning. Oftast får barnet och vårdnadshavarna veta att en anmälan har kommit in.', {
            desc: 'Concern step body: decision within 14 days whether to investigate (förhandsbedömning).',
          }),
          msg('En utredning betyder att socialtjänsten tar reda på mer om hur barnet har det.', {
            id: 'process-steps-investigation-explained',
            desc: 'Concern step body: what an investigation (utredning) is, where the word first appears.',
          }),
        ],
        law: msg('Tidsgränsen står i socialtjänstlagen (2025:400) 20 kap. 2 §.', {
          desc: 'Law reference for the 14-day limit. Keep the statute number and paragraph as they are.',
        }),
        branches: [
          {
            id: 'ja',
            heading: msg('Om det blir en utredning', { desc: 'Heading of the branch where an investigation is opened.' }),
            intro: msg('De behöver veta mer om hur barnet har det.', { desc: 'Intro of the branch where an investigation is opened.' }),
            steps: [
              {
                id: 'utredning',
                heading: investigates(),
                body: [
                  msg('Socialtjänsten tar reda på hur barnet har det. De pratar med barnet och vårdnadshavarna. Ibland pratar de med andra som känner barnet, till exempel lärare.', {
                    desc: 'Concern step body: who social services talk to in an investigation.',
                  }),
                  fourMonths(),
                ],
              },
              {
                id: 'beslut',
                heading: msg('Socialtjänsten bestämmer vad som händer', { desc: 'Concern step heading: the decision after the investigation.' }),
                body: [
                  msg('När utredningen är klar bestämmer de om barnet eller familjen behöver stöd. Oftast kommer familjen och socialtjänsten överens om vilket stöd som passar.', {
                    desc: 'Concern step body: after the investigation, support is usually agreed with the family.',
                  }),
                ],
              },
            ],
          },
          {
            id: 'nej',
            heading: msg('Om det inte blir någon utredning', { desc: 'Heading of the branch where no investigation is opened.' }),
            intro: msg('De kommer fram till att det inte behövs en utredning.', { desc: 'Intro of the branch where no investigation is opened.' }),
            steps: [
              {
                id: 'ingen-utredning',
                heading: closed(),
                body: [
                  msg('Då gör de inget mer just nu. Familjen kan alltid själv kontakta socialtjänsten och söka stöd.', {
                    desc: 'Concern step body: no investigation; the family can still ask for support.',
                  }),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The default process of a variant. */
export const defaultProcess = (variant: ProcessVariant): Process =>
  variant === 'concern' ? concernProcess() : applicationProcess();

/** Every step id of a list of steps and their branches, in reading order. */
export function stepIds(steps: ProcessStep[]): string[] {
  return steps.flatMap((s) => [s.id, ...(s.branches ?? []).flatMap((b) => stepIds(b.steps))]);
}

/**
 * The path through the steps to `current`: the steps before it on the way there are done, the
 * current one is current, everything else (later steps, the other branch) is upcoming. An
 * unknown or empty `current` marks nothing.
 */
export function stepStates(steps: ProcessStep[], current: string): Map<string, StepState> {
  const states = new Map<string, StepState>();
  for (const id of stepIds(steps)) states.set(id, 'upcoming');
  const path = current ? pathTo(steps, current) : null;
  if (!path) return states;
  path.forEach((id, i) => states.set(id, i === path.length - 1 ? 'current' : 'done'));
  return states;
}

/** Ids from the first step to `id`, following branches; null if `id` is not among the steps. */
function pathTo(steps: ProcessStep[], id: string, before: string[] = []): string[] | null {
  const trail = [...before];
  for (const step of steps) {
    trail.push(step.id);
    if (step.id === id) return trail;
    for (const branch of step.branches ?? []) {
      const found = pathTo(branch.steps, id, trail);
      if (found) return found;
    }
  }
  return null;
}
