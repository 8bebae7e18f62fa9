import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/info/appeal-guide.js';
import '../src/info/process-steps.js';
import type { SocAppealGuide } from '../src/info/appeal-guide.js';
import type { SocFormControl } from '../src/fields/form-control.js';
import { attr, category, num, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';

interface AppealGuideArgs {
  heading: string;
  headingLevel: number;
  municipality: string;
  address: string;
  received: string;
  /** A fixed instant (ISO 8601, UTC) for "today", so a story always shows the same state; empty = now. */
  clock: string;
}

const meta: Meta<AppealGuideArgs> = {
  title: 'Information/Överklaga ett beslut',
  id: 'soc-appeal-guide',
  component: 'soc-appeal-guide',
  parameters: {
    docs: {
      description: {
        component:
          'Så överklagar du ett beslut från socialtjänsten: sista dagen (3 veckor från den dag du fick beslutet, förvaltningslagen 44 §), ' +
          'vad brevet ska innehålla, vart det ska, att kommunen ska hjälpa dig (förvaltningslagen 6 §) och vad som händer sedan. ' +
          '"När fick du beslutet?" räknar ut sista dagen och flyttar den till nästa vardag om den är en lördag, söndag, helgdag, midsommarafton, julafton eller nyårsafton ' +
          '(lag (1930:173) 2 §), och säger varför. Brevmallen fylls i av några svar och kan skrivas ut eller kopieras. Ingenting skickas eller sparas. ' +
          'Ge elementet ett `id` och sätt `appeal-guide="<id>"` på `soc-process-steps`, så länkar steget "Du kan överklaga" hit.',
      },
    },
  },
  args: {
    heading: '',
    headingLevel: 2,
    municipality: 'Exempelkommun',
    address: 'Socialnämnden, Box 100, 100 00 Exempelstad',
    received: '',
    clock: '2026-03-20T10:00:00Z',
  },
  argTypes: {
    heading: { control: 'text', description: 'Rubrik. Standard: "Så överklagar du ett beslut".', ...category.content },
    headingLevel: {
      name: 'heading-level',
      control: { type: 'inline-radio' },
      options: [1, 2, 3, 4, 5, 6],
      description: 'Rubriknivå; delarnas rubriker blir en nivå djupare.',
      ...category.content,
    },
    municipality: { control: 'text', description: 'Kommunens namn: "Skicka överklagandet till socialtjänsten i Exempelkommun". Tom: "i din kommun".', ...category.content },
    address: { control: 'text', description: 'Postadressen som överklaganden skickas till; visas som den är skriven och står i brevet.', ...category.content },
    received: {
      control: 'text',
      description: 'Dag då beslutet kom fram (`YYYY-MM-DD`), för förhandsvisning. Medborgaren kan ändra den. Ett datum efter "i dag" visar inget svar.',
      ...category.state,
    },
    clock: {
      name: 'klocka (now)',
      control: 'text',
      description: 'Fast tidpunkt i UTC (ISO 8601) via egenskapen `now`: vilken dag som är "i dag". Tom = riktig tid.',
      ...category.state,
    },
  },
  render: (a) => guideMarkup(a),
};
export default meta;

function guideMarkup(a: AppealGuideArgs) {
  return html`<soc-appeal-guide
    id="overklaga"
    heading=${attr(a.heading)}
    heading-level=${num(a.headingLevel)}
    municipality=${attr(a.municipality)}
    address=${attr(a.address)}
    received=${attr(a.received)}
    .now=${a.clock && !Number.isNaN(Date.parse(a.clock)) ? () => new Date(a.clock) : () => new Date()}
  ></soc-appeal-guide>`;
}

type Story = StoryObj<AppealGuideArgs>;

async function guide(canvas: HTMLElement): Promise<SocAppealGuide> {
  const [el] = await rendered(canvas, 'soc-appeal-guide');
  return el!;
}

/** Nothing typed yet: the rule, the calculator and the letter form. */
export const NoDate: Story = { name: 'Utan datum' };

/** Received Friday 5 June 2026: the last day is Friday 26 June, a weekday. */
export const WithDate: Story = { name: 'Med datum', args: { received: '2026-06-05', clock: '2026-06-10T10:00:00Z' } };

/**
 * Received Friday 13 March 2026: three weeks is långfredagen (3 April); the last day moves past
 * Easter to Tuesday 7 April, and the answer says why.
 */
export const MovedEaster: Story = { name: 'Sista dagen flyttas (påsk)', args: { received: '2026-03-13' } };

/** Received Friday 29 May 2026: three weeks is midsommarafton; the last day is Monday 22 June. */
export const MovedMidsummer: Story = { name: 'Sista dagen flyttas (midsommar)', args: { received: '2026-05-29', clock: '2026-06-01T10:00:00Z' } };

/** The last day has passed: when a late appeal still counts, and ask for help. */
export const Passed: Story = { name: 'Sista dagen har varit', args: { received: '2026-03-13', clock: '2026-05-04T10:00:00Z' } };

/** A date after today: the date box says so, and no answer is shown. */
export const FutureDate: Story = {
  name: 'Fel: datum efter i dag',
  play: async ({ canvasElement }) => {
    const el = await guide(canvasElement);
    const input = el.shadowRoot!.querySelector<SocFormControl>('#received')!;
    input.value = '2099-01-05';
    input.showValidation();
  },
};

/** The letter filled from the answers, with "Skriv ut brevet" and "Kopiera texten". */
export const LetterShown: Story = {
  name: 'Brevet visas',
  play: async ({ canvasElement }) => {
    const el = await guide(canvasElement);
    const answers: Record<string, string> = {
      name: 'Anna Berg',
      decision: 'ekonomiskt bistånd',
      date: '2026-03-02',
      decidedBy: 'socialnämnden',
      change: 'Jag vill få bistånd till hyran för mars.',
      why: 'Min lön räcker inte till hyran. Jag har skickat med mitt lönebesked.',
    };
    for (const [name, value] of Object.entries(answers)) el.shadowRoot!.querySelector<SocFormControl>(`[name="${name}"]`)!.value = value;
    el.shadowRoot!.querySelector<HTMLFormElement>('[part="letter-form"]')!.requestSubmit();
  },
};

/** The process steps link their appeal step to the guide (`appeal-guide="overklaga"`). */
export const WithProcessSteps: Story = {
  name: 'Med processtegen',
  render: (a) => html`<soc-process-steps appeal-guide="overklaga" compact></soc-process-steps>${guideMarkup(a)}`,
};

export const WithoutJavaScript: Story = noJsStory<AppealGuideArgs>(
  'soc-appeal-guide',
  190,
  'Utan skript visas kommunens reservtext: fristen, vad brevet ska innehålla, vart det ska och ett telefonnummer. Med skript visas elementet, inte reservtexten.',
);
