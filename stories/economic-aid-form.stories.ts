import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/services/economic-aid-form.js';
import type { SocEconomicAidForm } from '../src/services/economic-aid-form.js';
import { attr, category, num, walk as sharedWalk } from './helpers.js';

interface Args {
  municipality: string;
  phone: string;
  emergencyPhone: string;
  applyUrl: string;
  headingLevel: number;
  quickExit: boolean;
}

type Answers = Record<string, string | string[] | boolean>;

const situation: Answers = {
  urgent: 'no',
  situation: 'Jag har blivit sjuk och får bara sjukpenning. Den räcker inte till hyran och maten.',
  since: 'sedan oktober',
};
const household: Answers = { 'household.adults': '1', 'household.children': '2' };
const contact: Answers = {
  'contact.name': 'Sara Ek',
  'contact.phone': '070-174 06 67',
  'contact.bestTime': 'Förmiddagar',
  'contact.safe.call': 'yes',
  'contact.safe.letter': 'no',
  'contact.safe.message': 'no',
  'contact.interpreter.needed': 'yes',
  'contact.interpreter.language': 'Arabiska',
  consent: true,
};
const all: Answers = { ...situation, ...household, ...contact };

/** Opens the soc-economic-aid-form of a story on a later step or state (see stories/helpers.ts). */
const walk = (root: HTMLElement, answers: Answers, steps: number) => sharedWalk<SocEconomicAidForm>(root, 'soc-economic-aid-form', answers, steps);

const meta: Meta<Args> = {
  title: 'Tjänster/Ekonomiskt bistånd, första kontakt (soc-economic-aid-form)',
  id: 'soc-economic-aid-form',
  component: 'soc-economic-aid-form',
  render: (a) => html`<soc-economic-aid-form
    draft="off"
    municipality=${attr(a.municipality)}
    phone=${attr(a.phone)}
    emergency-phone=${attr(a.emergencyPhone)}
    apply-url=${attr(a.applyUrl)}
    heading-level=${num(a.headingLevel)}
    ?quick-exit=${a.quickExit}
    @soc-step-change=${action('soc-step-change')}
    @soc-submit=${action('soc-submit')}
    @soc-submitted=${action('soc-submitted')}
    @soc-submit-error=${action('soc-submit-error')}
  ></soc-economic-aid-form>`,
  args: {
    municipality: 'Exempelkommun',
    phone: '08-465 004 10',
    emergencyPhone: '',
    applyUrl: 'https://e-tjanster.exempelkommun.se/ekonomiskt-bistand',
    headingLevel: 2,
    quickExit: true,
  },
  argTypes: {
    municipality: { control: 'text', ...category.content },
    phone: { control: 'text', description: 'Socialtjänstens nummer: i rutan om hjälp i dag, när något går fel och på kvittot.', ...category.content },
    emergencyPhone: {
      name: 'emergency-phone',
      control: 'text',
      description: 'Socialjourens nummer kvällar och helger. Tomt = "ring 112 och fråga efter socialjouren".',
      ...category.content,
    },
    applyUrl: {
      name: 'apply-url',
      control: 'text',
      description: 'Kommunens e-tjänst för ansökan med BankID, länkad från kvittot. Tomt = "Fråga hur du ansöker när socialtjänsten kontaktar dig".',
      ...category.content,
    },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 }, ...category.content },
    quickExit: { name: 'quick-exit', control: 'boolean', ...category.state },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Första kontakt om ekonomiskt bistånd, inte själva ansökan: behöver du hjälp i dag (då visas genast överst vad du ska göra), varför pengarna inte räcker och sedan när, hur många vuxna och barn som bor i hushållet (bara siffror), hur vi når dig säkert, tolk och samtycke. Kvittot säger vad som händer sedan, vad du tar med till mötet och länkar till kommunens e-tjänst med BankID. Formuläret frågar aldrig om inkomster, tillgångar eller andras personnummer. Utkastet är avstängt här (draft="off") så att varje story börjar likadant.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Start: Story = { name: 'Steg 1: Din situation just nu' };

export const Urgent: Story = {
  name: 'Steg 1: hjälp i dag (rutan överst)',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { urgent: 'yes' }, 0)),
};

export const UrgentWithSocialjour: Story = {
  name: 'Steg 1: hjälp i dag, med socialjourens nummer',
  args: { emergencyPhone: '08-465 004 11' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, { urgent: 'yes' }, 0)),
};

export const SituationErrors: Story = {
  name: 'Steg 1 med fel',
  play: async ({ canvasElement }) => void (await walk(canvasElement, {}, 1)),
};

export const Household: Story = {
  name: 'Steg 2: Vilka bor i ditt hushåll?',
  play: async ({ canvasElement }) => void (await walk(canvasElement, situation, 1)),
};

export const HouseholdErrors: Story = {
  name: 'Steg 2 med fel (inte en siffra, för många)',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...situation, 'household.adults': 'två', 'household.children': '25' }, 2)),
};

export const Contact: Story = {
  name: 'Steg 3: Hur vi kontaktar dig',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...situation, ...household, ...contact }, 2)),
};

export const ContactErrors: Story = {
  name: 'Steg 3 med fel',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...situation, ...household }, 3)),
};

export const Review: Story = {
  name: 'Steg 4: Kontrollera dina svar',
  play: async ({ canvasElement }) => void (await walk(canvasElement, all, 3)),
};

export const ReviewUrgent: Story = {
  name: 'Steg 4: Kontrollera dina svar, hjälp i dag',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...all, urgent: 'yes' }, 3)),
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

export const Receipt: Story = {
  name: 'Kvitto',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, all, 3);
    el.transport = async () => ({ reference: 'EB-2026-000042' });
    await el.submit();
  },
};

export const ReceiptWithoutApplyUrl: Story = {
  name: 'Kvitto utan e-tjänst, inte säkert att ringa',
  args: { applyUrl: '' },
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, { ...all, 'contact.safe.call': 'no' }, 3);
    el.transport = async () => ({ reference: 'EB-2026-000043' });
    await el.submit();
  },
};

export const ReceiptUrgent: Story = {
  name: 'Kvitto, hjälp i dag',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, { ...all, urgent: 'yes' }, 3);
    el.transport = async () => ({ reference: 'EB-2026-000044' });
    await el.submit();
  },
};
