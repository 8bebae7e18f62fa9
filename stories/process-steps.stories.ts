import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/info/process-steps.js';
import { attr, category, num } from './helpers.js';
import { noJsStory } from './no-js.js';

interface ProcessStepsArgs {
  variant: 'application' | 'concern';
  current: string;
  heading: string;
  headingLevel: number;
  compact: boolean;
}

const APPLICATION_STEPS = [
  'ansokan',
  'utredning',
  'bedomning',
  'beviljas',
  'genomforande',
  'uppfoljning',
  'tillgodosett',
  'avslut',
  'avslag',
  'overklagande',
  'avslut-nej',
];
const CONCERN_STEPS = ['anmalan', 'skyddsbedomning', 'forhandsbedomning', 'utredning', 'beslut', 'ingen-utredning'];

const meta: Meta<ProcessStepsArgs> = {
  title: 'Information/Processteg',
  id: 'soc-process-steps',
  component: 'soc-process-steps',
  // Its docs page also lists the child element's attributes (from the manifest).
  subcomponents: { 'soc-process-step': 'soc-process-step' },
  parameters: {
    docs: {
      description: {
        component:
          'Stegen i ett ärende som en numrerad lista med rubriker i stället för en bild. Standard är processen för en ansökan om stöd; ' +
          'bedömningens ja och nej blir två egna listor under rubrikerna "Om socialtjänsten säger ja" och "Om socialtjänsten säger nej". ' +
          '`variant="concern"` visar vad som händer efter en orosanmälan. `current` markerar ärendets steg med "Du är här" och `aria-current="step"`; ' +
          'stegen före på vägen dit får "Klart". Egna steg ges som `soc-process-step`-barn och ersätter standardstegen. ' +
          `Steg-id för ansökan: ${APPLICATION_STEPS.map((s) => `\`${s}\``).join(', ')}. För orosanmälan: ${CONCERN_STEPS.map((s) => `\`${s}\``).join(', ')}.`,
      },
    },
  },
  args: { variant: 'application', current: '', heading: '', headingLevel: 2, compact: false },
  argTypes: {
    variant: {
      control: 'inline-radio',
      options: ['application', 'concern'],
      description: '`application`: ansökan om stöd. `concern`: efter en orosanmälan.',
      ...category.content,
    },
    current: {
      control: 'select',
      options: ['', ...new Set([...APPLICATION_STEPS, ...CONCERN_STEPS])],
      description: 'Id för ärendets aktuella steg.',
      ...category.state,
    },
    heading: { control: 'text', description: 'Rubrik. Standard beror på `variant`.', ...category.content },
    headingLevel: {
      name: 'heading-level',
      control: { type: 'inline-radio' },
      options: [1, 2, 3, 4, 5, 6],
      description: 'Rubriknivå; stegen får nivån under.',
      ...category.content,
    },
    compact: { control: 'boolean', description: 'Visa bara rubrikerna; texten öppnas med "Läs mer".', ...category.state },
  },
  render: (a) => html`<soc-process-steps
    variant=${attr(a.variant === 'application' ? '' : a.variant)}
    current=${attr(a.current)}
    heading=${attr(a.heading)}
    heading-level=${num(a.headingLevel)}
    ?compact=${a.compact}
  ></soc-process-steps>`,
};
export default meta;

type Story = StoryObj<ProcessStepsArgs>;

export const Application: Story = { name: 'Ansökan om stöd' };

export const Current: Story = { name: 'Du är här: utredning', args: { current: 'utredning' } };

export const YesBranch: Story = { name: 'Du är här: uppföljning (ja)', args: { current: 'uppfoljning' } };

export const NoBranch: Story = { name: 'Du är här: överklagande (nej)', args: { current: 'overklagande' } };

export const Compact: Story = { name: 'Kompakt', args: { compact: true, current: 'bedomning' } };

export const Concern: Story = { name: 'Efter en orosanmälan', args: { variant: 'concern', current: 'forhandsbedomning' } };

export const HeadingLevel: Story = {
  name: 'Rubriknivå 3',
  args: { heading: 'Så handläggs din ansökan', headingLevel: 3 },
};

/** Your own steps as `soc-process-step` children: they replace the default process. */
export const Custom: Story = {
  name: 'Egna steg',
  args: { current: 'mote' },
  render: (a) => html`<soc-process-steps
    current=${attr(a.current)}
    heading=${attr(a.heading)}
    heading-level=${num(a.headingLevel)}
    ?compact=${a.compact}
  >
    <soc-process-step step-id="kontakt" heading="Du kontaktar familjestödet">
      <p>Ring mottagningen eller skriv till oss. Du behöver inte säga ditt namn första gången.</p>
    </soc-process-step>
    <soc-process-step step-id="mote" heading="Vi träffas">
      <p>Vi bokar en tid som passar dig. Du kan ta med någon du litar på.</p>
    </soc-process-step>
    <soc-process-step step-id="plan" heading="Vi gör en plan tillsammans">
      <p>Planen säger vad ni vill förändra och hur ofta vi ses.</p>
    </soc-process-step>
  </soc-process-steps>`,
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<ProcessStepsArgs> = noJsStory<ProcessStepsArgs>('soc-process-steps', 560, 'Utan skript: standardprocessen som en vanlig numrerad lista med rubriker, och egna `soc-process-step` som sidans CSS numrerar och ger rubrik från attributet `heading`.');
