import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/info/placement-info.js';
import { attr, category, num, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';
import { clickToPlay, filmCss, ownVideo } from './film.js';
import poster from './assets/film-poster.svg?url';
import captionsSv from './assets/film-sv.vtt?url';
import captionsEn from './assets/film-en.vtt?url';

interface PlacementArgs {
  audience: '' | 'guardian' | 'child' | 'professional';
  heading: string;
  headingLevel: number;
}

const element = (a: PlacementArgs, children: TemplateResult | typeof nothing = nothing) => html`<soc-placement-info
  audience=${attr(a.audience)}
  heading=${attr(a.heading)}
  heading-level=${num(a.headingLevel)}
  >${children}</soc-placement-info
>`;

const meta: Meta<PlacementArgs> = {
  title: 'Information/Om barnet inte kan bo hemma',
  id: 'soc-placement-info',
  component: 'soc-placement-info',
  parameters: {
    docs: {
      description: {
        component:
          'Frivillig placering och LVU på klarspråk: att målet alltid är att barn ska få bo hemma, vem som bestämmer, var ett barn kan bo, ' +
          'föräldrarnas rätt till stöd, offentligt biträde och tolk, umgänge och vägen hem. Med `audience` visas texterna för en läsare; ' +
          'utan väljer läsaren själv. Texterna för barn har korta meningar och vanliga ord (LIX 14). En film kan läggas i `slot="media"` ' +
          '(se Dokumentation/Filmer), och egen "Läs mer"-text i `slot="more"`.',
      },
    },
  },
  args: { audience: '', heading: '', headingLevel: 2 },
  argTypes: {
    audience: {
      control: 'select',
      options: ['', 'guardian', 'child', 'professional'],
      description: 'Vem texterna är för. Tomt: läsaren väljer.',
      ...category.content,
    },
    heading: { control: 'text', description: 'Rubrik. Standard: "Om barnet inte kan bo hemma" (en som passar läsaren när `audience` är satt).', ...category.content },
    headingLevel: {
      name: 'heading-level',
      control: { type: 'inline-radio' },
      options: [1, 2, 3, 4, 5, 6],
      description: 'Rubriknivå; rubriken över den valda läsarens texter får nivån under.',
      ...category.content,
    },
  },
  render: (a) => element(a),
};
export default meta;

type Story = StoryObj<PlacementArgs>;

const openAll: Story['play'] = async ({ canvasElement }) => {
  for (const el of await rendered(canvasElement, 'soc-placement-info')) {
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  }
};

export const Chooser: Story = { name: 'Läsaren väljer' };

/** The reader chose "Jag är barn eller ung". */
export const Chosen: Story = {
  name: 'Läsaren har valt',
  play: async ({ canvasElement }) => {
    const [el] = await rendered(canvasElement, 'soc-placement-info');
    el!.shadowRoot!.querySelector<HTMLInputElement>('input[value=child]')!.click();
    await el!.updateComplete;
  },
};

export const Guardian: Story = { name: 'Vårdnadshavare', args: { audience: 'guardian' } };

export const Child: Story = { name: 'Barn och unga', args: { audience: 'child' } };

export const Professional: Story = { name: 'Yrkesverksamma', args: { audience: 'professional' } };

export const GuardianOpen: Story = { name: 'Vårdnadshavare, allt öppet', args: { audience: 'guardian' }, play: openAll };

export const ChildOpen: Story = { name: 'Barn, allt öppet', args: { audience: 'child' }, play: openAll };

export const ProfessionalOpen: Story = { name: 'Yrkesverksamma, allt öppet', args: { audience: 'professional' }, play: openAll };

/** The page's own "Läs mer" line replaces the default link. */
export const OwnMore: Story = {
  name: 'Egen läs mer-text',
  args: { audience: 'child', heading: 'Om du inte kan bo hemma', headingLevel: 3 },
  render: (a) =>
    element(
      a,
      html`<span slot="more">Vill du prata med någon? Ring socialtjänsten på <a href="tel:+46846500410">08-465 004 10</a>, eller läs på <a href="https://kollpasoc.se/">Koll på soc</a>.</span>`,
    ),
};

/** The page's own film in the media slot: a local poster and captions, no address to any other site. */
export const WithVideo: Story = {
  name: 'Med egen film',
  args: { audience: 'guardian' },
  render: (a) =>
    element(
      a,
      ownVideo({
        title: 'Film: Om ett barn inte kan bo hemma',
        poster,
        captions: [
          { src: captionsSv, lang: 'sv', label: 'Svenska' },
          { src: captionsEn, lang: 'en', label: 'English' },
        ],
      }),
    ),
};

/**
 * A player from another site, loaded only when the citizen presses the button: until then the
 * page asks nothing of that site. The address is YouTube's cookie-free one (a placeholder id).
 */
export const ClickToPlay: Story = {
  name: 'Film som laddas först vid klick',
  args: { audience: 'child' },
  render: (a) => html`<style>
      ${filmCss}
    </style>
    ${element(
      a,
      clickToPlay({ title: 'Om ett barn inte kan bo hemma', poster, src: 'https://www.youtube-nocookie.com/embed/FILM-ID', site: 'YouTube' }),
    )}`,
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<PlacementArgs> = noJsStory<PlacementArgs>(
  'soc-placement-info',
  110,
  'Utan skript visas barnen utan `slot` (reservtexten). Med skript visas elementets texter i stället.',
);
