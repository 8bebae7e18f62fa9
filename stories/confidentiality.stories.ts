import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/info/confidentiality.js';
import { attr, category, num, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';
import { ownVideo } from './film.js';
import poster from './assets/film-poster.svg?url';
import captionsSv from './assets/film-sv.vtt?url';

interface ConfidentialityArgs {
  audience: '' | 'guardian' | 'child' | 'reporter' | 'professional';
  heading: string;
  headingLevel: number;
}

const meta: Meta<ConfidentialityArgs> = {
  title: 'Information/Sekretess',
  id: 'soc-confidentiality',
  component: 'soc-confidentiality',
  parameters: {
    docs: {
      description: {
        component:
          'Sekretess hos socialtjänsten på klarspråk: vad sekretess betyder, vad vårdnadshavare får veta, barnets växande inflytande, ' +
          'när uppgifter får lämnas till andra och vad som händer med en orosanmälan och anmälarens namn. ' +
          'Med `audience` visas texterna för en läsare; utan väljer läsaren själv med radioknappar. Texterna för barn har korta meningar och förklarar ord.',
      },
    },
  },
  args: { audience: '', heading: '', headingLevel: 2 },
  argTypes: {
    audience: {
      control: 'select',
      options: ['', 'guardian', 'child', 'reporter', 'professional'],
      description: 'Vem texterna är för. Tomt: läsaren väljer.',
      ...category.content,
    },
    heading: { control: 'text', description: 'Rubrik. Standard: "Sekretess hos socialtjänsten" (enklare för barn).', ...category.content },
    headingLevel: {
      name: 'heading-level',
      control: { type: 'inline-radio' },
      options: [1, 2, 3, 4, 5, 6],
      description: 'Rubriknivå; rubriken över den valda läsarens texter får nivån under.',
      ...category.content,
    },
  },
  render: (a) => html`<soc-confidentiality
    audience=${attr(a.audience)}
    heading=${attr(a.heading)}
    heading-level=${num(a.headingLevel)}
  ></soc-confidentiality>`,
};
export default meta;

type Story = StoryObj<ConfidentialityArgs>;

/** Opens every disclosure, as a reader who has read them all. */
const openAll: Story['play'] = async ({ canvasElement }) => {
  for (const el of await rendered(canvasElement, 'soc-confidentiality')) {
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  }
};

export const Chooser: Story = { name: 'Läsaren väljer' };

/** The reader chose "Jag vill anmäla oro för ett barn". */
export const Chosen: Story = {
  name: 'Läsaren har valt',
  play: async ({ canvasElement }) => {
    const [el] = await rendered(canvasElement, 'soc-confidentiality');
    el!.shadowRoot!.querySelector<HTMLInputElement>('input[value=reporter]')!.click();
    await el!.updateComplete;
  },
};

export const Guardian: Story = { name: 'Vårdnadshavare', args: { audience: 'guardian' } };

export const Child: Story = { name: 'Barn och unga', args: { audience: 'child' } };

export const Reporter: Story = { name: 'Anmälare (privatperson)', args: { audience: 'reporter' } };

export const Professional: Story = { name: 'Anmälare i tjänsten', args: { audience: 'professional' } };

export const AllOpen: Story = { name: 'Allt öppet', args: { audience: 'guardian' }, play: openAll };

/** Extra content from the page, e.g. how to reach the municipality, goes in the slot. */
export const WithSlot: Story = {
  name: 'Med eget innehåll',
  args: { audience: 'child', heading: 'Vem får veta vad?', headingLevel: 3 },
  render: (a) => html`<soc-confidentiality
    audience=${attr(a.audience)}
    heading=${attr(a.heading)}
    heading-level=${num(a.headingLevel)}
  >
    <p>Vill du prata med någon? Ring socialtjänsten på 08-465 004 10, måndag–fredag kl. 8.30–14.</p>
  </soc-confidentiality>`,
};

/** A film in the media slot, under the heading (Dokumentation/Filmer). */
export const WithFilm: Story = {
  name: 'Med film',
  args: { audience: 'reporter' },
  render: (a) => html`<soc-confidentiality audience=${attr(a.audience)} heading=${attr(a.heading)} heading-level=${num(a.headingLevel)}>
    ${ownVideo({ title: 'Film: Om någon anmäler oro för ett barn', poster, captions: [{ src: captionsSv, lang: 'sv', label: 'Svenska' }] })}
  </soc-confidentiality>`,
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<ConfidentialityArgs> = noJsStory<ConfidentialityArgs>('soc-confidentiality', 130, 'Utan skript visas reservtexten (`slot="fallback"`) och det extra innehållet. Med skript visas elementets texter och det extra innehållet, men inte reservtexten.');
