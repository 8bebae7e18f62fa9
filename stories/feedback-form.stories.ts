import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/services/feedback-form.js';
import type { SocFeedbackForm } from '../src/services/feedback-form.js';
import { attr, category, num, walk as sharedWalk } from './helpers.js';

interface Args {
  municipality: string;
  phone: string;
  appealGuide: string;
  appealHref: string;
  replyDays: number | undefined;
  headingLevel: number;
  quickExit: boolean;
}

type Answers = Record<string, string | string[] | boolean>;

const about: Answers = { about: ['waiting', 'treatment'], unit: 'Mottagningen för ekonomiskt bistånd' };
const story: Answers = {
  what: 'Jag väntade i tre månader på svar. Ingen ringde tillbaka, fast jag ringde flera gånger.',
  wish: 'Att ni svarar inom den tid ni har lovat.',
};
const named: Answers = { 'contact.anonymous': 'no', 'contact.name': 'Eva Lind', 'contact.phone': '070-174 06 05', 'contact.email': 'eva.lind@exempel.se' };
const anonymous: Answers = { 'contact.anonymous': 'yes' };
const all: Answers = { ...about, ...story, ...named };

/** Opens the soc-feedback-form of a story on a later step or state (see stories/helpers.ts). */
const walk = (root: HTMLElement, answers: Answers, steps: number) => sharedWalk<SocFeedbackForm>(root, 'soc-feedback-form', answers, steps);

const receipt = (answers: Answers, reference: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = await walk(canvasElement, answers, 3);
  el.transport = async () => ({ reference });
  await el.submit();
};

const meta: Meta<Args> = {
  title: 'Tjänster/Synpunkter och klagomål (soc-feedback-form)',
  id: 'soc-feedback-form',
  component: 'soc-feedback-form',
  render: (a) => html`<soc-feedback-form
    draft="off"
    municipality=${attr(a.municipality)}
    phone=${attr(a.phone)}
    appeal-guide=${attr(a.appealGuide)}
    appeal-href=${attr(a.appealHref)}
    reply-days=${num(a.replyDays)}
    heading-level=${num(a.headingLevel)}
    ?quick-exit=${a.quickExit}
    @soc-step-change=${action('soc-step-change')}
    @soc-submit=${action('soc-submit')}
    @soc-submitted=${action('soc-submitted')}
    @soc-submit-error=${action('soc-submit-error')}
  ></soc-feedback-form>`,
  args: {
    municipality: 'Exempelkommun',
    phone: '08-465 004 10',
    appealGuide: '',
    appealHref: 'https://www.exempelkommun.se/overklaga',
    replyDays: undefined,
    headingLevel: 2,
    quickExit: false,
  },
  argTypes: {
    municipality: { control: 'text', ...category.content },
    phone: { control: 'text', description: 'Socialtjänstens nummer: när något går fel och på kvittot.', ...category.content },
    appealGuide: {
      name: 'appeal-guide',
      control: 'text',
      description: 'Id för en soc-appeal-guide på samma sida. Texten om att överklaga länkar dit (går före appeal-href).',
      ...category.content,
    },
    appealHref: {
      name: 'appeal-href',
      control: 'text',
      description: 'Adress till en sida om att överklaga. Tomt och ingen appeal-guide = ingen länk.',
      ...category.content,
    },
    replyDays: {
      name: 'reply-days',
      control: { type: 'number', min: 1, max: 60 },
      description: 'Antal dagar kommunen lovar att svara inom. Tomt = kvittot lovar ingen tid.',
      ...category.content,
    },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 }, ...category.content },
    quickExit: { name: 'quick-exit', control: 'boolean', ...category.state },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Synpunkter och klagomål på socialtjänsten. Före formuläret: ett beslut överklagar du i stället (länk till överklagandeguiden), överklaganden och lex Sarah är inte synpunkter, och vad IVO och JO kan göra. Sedan vad det gäller, vilken verksamhet, vad som hände, vad du vill ska hända och om du vill ha svar eller vara anonym (då får du inget svar; det sägs innan du väljer). Texten blir en allmän handling och sekretessprövas innan någon får läsa den. Utkastet är avstängt här (draft="off") så att varje story börjar likadant.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Start: Story = { name: 'Steg 1: Vad gäller det?' };

export const StartWithoutAppealLink: Story = {
  name: 'Steg 1 utan länk till överklagandeguiden',
  args: { appealHref: '' },
};

export const Decision: Story = {
  name: 'Steg 1: ett beslut (överklaga i stället)',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { about: ['decision'] }, 0)),
};

export const StartErrors: Story = {
  name: 'Steg 1 med fel',
  play: async ({ canvasElement }) => void (await walk(canvasElement, {}, 1)),
};

export const Tell: Story = {
  name: 'Steg 2: Berätta vad som hände',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...about, ...story }, 1)),
};

export const StoryErrors: Story = {
  name: 'Steg 2 med fel',
  play: async ({ canvasElement }) => void (await walk(canvasElement, about, 2)),
};

export const Reply: Story = {
  name: 'Steg 3: Vill du ha svar?',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...about, ...story }, 2)),
};

export const ReplyNamed: Story = {
  name: 'Steg 3: med namn och telefon',
  play: async ({ canvasElement }) => void (await walk(canvasElement, all, 2)),
};

export const ReplyAnonymous: Story = {
  name: 'Steg 3: anonym',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...about, ...story, ...anonymous }, 2)),
};

export const ReplyErrors: Story = {
  name: 'Steg 3 med fel (inget sätt att svara)',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...about, ...story, 'contact.anonymous': 'no', 'contact.name': 'Eva Lind' }, 3)),
};

export const Review: Story = {
  name: 'Steg 4: Kontrollera dina svar',
  play: async ({ canvasElement }) => void (await walk(canvasElement, all, 3)),
};

export const ReviewAnonymous: Story = {
  name: 'Steg 4: Kontrollera dina svar, anonym',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...about, ...story, ...anonymous }, 3)),
};

export const Sending: Story = {
  name: 'Skickar',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, all, 3);
    el.transport = () => new Promise(() => {});
    void el.submit();
  },
};

export const Failed: Story = {
  name: 'Kunde inte skicka',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, all, 3);
    el.transport = async () => {
      throw new Error('Nätverket svarar inte');
    };
    await el.submit();
  },
};

export const Receipt: Story = { name: 'Kvitto', play: receipt(all, 'SK-2026-000042') };

export const ReceiptReplyDays: Story = {
  name: 'Kvitto, kommunen lovar svar inom 10 dagar',
  args: { replyDays: 10 },
  play: receipt(all, 'SK-2026-000043'),
};

export const ReceiptAnonymous: Story = { name: 'Kvitto, anonym', play: receipt({ ...about, ...story, ...anonymous }, 'SK-2026-000044') };
