import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/services/application-form.js';
import type { SocApplicationForm } from '../src/services/application-form.js';
import { attr, category, num, walk as sharedWalk } from './helpers.js';
import { noJsStory } from './no-js.js';

interface Args {
  municipality: string;
  phone: string;
  headingLevel: number;
  quickExit: boolean;
  supportOptions: string;
  audience: 'family' | 'adult';
}

type Answers = Record<string, string | string[]>;

const applicant: Answers = { 'applicant.role': 'guardian' };
const children: Answers = {
  'children.count': '2',
  'children.0.name': 'Alva',
  'children.0.hasPnr': 'yes',
  'children.0.personnummer': '20151218-0025',
  'children.0.livesWith': 'alternating',
  'children.1.name': 'Omar',
  'children.1.hasPnr': 'no',
  'children.1.age': '3 år',
  'children.1.livesWith': 'other',
  'children.1.livesWithOther': 'Mormor',
};
const support: Answers = { support: ['stodsamtal', 'foraldraskapsstod'] };
const situation: Answers = {
  situation: 'Vi bråkar mycket hemma sedan i våras. Alva sover dåligt och vill inte gå till skolan. Vi har pratat med skolkuratorn men behöver mer hjälp.',
};
const contact: Answers = {
  'contact.name': 'Sara Ek',
  'contact.phone': '070-174 06 67',
  'contact.bestTime': 'Vardagar efter kl. 15',
  'contact.safe.call': 'yes',
  'contact.safe.letter': 'no',
  'contact.safe.message': 'no',
  'contact.interpreter.needed': 'yes',
  'contact.interpreter.language': 'Arabiska',
};
const consent: Answers = { 'consent.school': 'yes', 'consent.preschool': 'not-applicable', 'consent.healthCare': 'yes', 'consent.other': 'no' };
const all: Answers = { ...applicant, ...children, ...support, ...situation, ...contact, ...consent };

/** Opens the soc-application-form of a story on a later step or state (see stories/helpers.ts). */
const walk = (root: HTMLElement, answers: Record<string, string | string[] | boolean>, steps: number) =>
  sharedWalk<SocApplicationForm>(root, 'soc-application-form', answers, steps);

const ownSupport = JSON.stringify([
  { value: 'oppenvard-unga', label: 'Öppenvård för unga', hint: 'Du träffar en behandlare en gång i veckan.' },
  { value: 'familjestod', label: 'Familjestöd i hemmet', hint: 'Någon kommer hem till er och stöttar i vardagen.' },
]);

const meta: Meta<Args> = {
  title: 'Tjänster/Ansökan om stöd (soc-application-form)',
  id: 'soc-application-form',
  component: 'soc-application-form',
  // Its docs page also lists the child element's attributes (from the manifest).
  subcomponents: { 'soc-support-option': 'soc-support-option' },
  render: (a) => html`<soc-application-form
    draft="off"
    audience=${a.audience}
    municipality=${attr(a.municipality)}
    phone=${attr(a.phone)}
    heading-level=${num(a.headingLevel)}
    support-options=${attr(a.supportOptions)}
    ?quick-exit=${a.quickExit}
    @soc-step-change=${action('soc-step-change')}
    @soc-submit=${action('soc-submit')}
    @soc-submitted=${action('soc-submitted')}
    @soc-submit-error=${action('soc-submit-error')}
  ></soc-application-form>`,
  args: { municipality: 'Exempelkommun', phone: '08-465 004 10', headingLevel: 2, quickExit: true, supportOptions: '', audience: 'family' },
  argTypes: {
    municipality: { control: 'text', ...category.content },
    phone: { control: 'text', ...category.content },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 }, ...category.content },
    supportOptions: {
      name: 'support-options',
      control: 'text',
      description: 'Kommunens egna stöd som JSON: [{ "value", "label", "hint" }]. Tomt = seedens lista.',
      ...category.content,
    },
    quickExit: { name: 'quick-exit', control: 'boolean', ...category.state },
    audience: {
      control: 'inline-radio',
      options: ['family', 'adult'],
      description: 'family = en familj med barn (standard). adult = en vuxen söker för sig själv, utan barn.',
      ...category.content,
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Ansökan om stöd för en familj med barn: vem som söker, barnen (lägg till och ta bort), vilket stöd, situationen med egna ord, säker kontakt och tolk, vilka socialtjänsten får prata med, granskning, skicka och kvitto med "Vad händer nu?". Kommunens egna stöd ges som <soc-support-option>-barn eller som JSON i support-options. Sidan sparar ett utkast i fliken (sessionStorage) — här avstängt med draft="off" så att varje story börjar likadant.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Start: Story = { name: 'Steg 1: Vem söker stöd?' };

export const ApplicantErrors: Story = {
  name: 'Steg 1 med fel',
  play: async ({ canvasElement }) => void (await walk(canvasElement, {}, 1)),
};

export const YoungPerson: Story = {
  name: 'Steg 1: ung person (från 15 år)',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { 'applicant.role': 'young-person' }, 0)),
};

export const Helper: Story = {
  name: 'Steg 1: hjälper en familj',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { 'applicant.role': 'helper', 'applicant.relation': 'Moster' }, 0)),
};

export const OneChild: Story = {
  name: 'Steg 2: Barnen – ett barn',
  play: async ({ canvasElement }) => void (await walk(canvasElement, applicant, 1)),
};

export const TwoChildren: Story = {
  name: 'Steg 2: Barnen – två barn',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...applicant, ...children }, 1)),
};

export const ChildrenErrors: Story = {
  name: 'Steg 2 med fel',
  play: async ({ canvasElement }) =>
    void (await walk(canvasElement, { ...applicant, ...children, 'children.0.personnummer': '151218-0024', 'children.1.name': '', 'children.1.livesWith': '' }, 2)),
};

export const Support: Story = {
  name: 'Steg 3: Vilket stöd',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...applicant, ...children }, 2)),
};

export const SupportOwnList: Story = {
  name: 'Steg 3: kommunens egna stöd (soc-support-option)',
  render: (a) => html`<soc-application-form draft="off" municipality=${attr(a.municipality)} phone=${attr(a.phone)} heading-level=${num(a.headingLevel)} ?quick-exit=${a.quickExit}>
    <soc-support-option value="oppenvard-unga" label="Öppenvård för unga" hint="Du träffar en behandlare en gång i veckan."></soc-support-option>
    <soc-support-option value="familjestod" label="Familjestöd i hemmet" hint="Någon kommer hem till er och stöttar i vardagen."></soc-support-option>
    <soc-support-option value="kontaktfamilj" label="Kontaktfamilj" hint="Barnet är hos en annan familj några helger i månaden."></soc-support-option>
  </soc-application-form>`,
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...applicant, ...children }, 2)),
};

export const SupportJson: Story = {
  name: 'Steg 3: kommunens egna stöd (support-options)',
  args: { supportOptions: ownSupport },
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...applicant, ...children }, 2)),
};

export const SupportErrors: Story = {
  name: 'Steg 3 med fel',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...applicant, ...children }, 3)),
};

export const Situation: Story = {
  name: 'Steg 4: Er situation',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...applicant, ...children, ...support, ...situation }, 3)),
};

export const Contact: Story = {
  name: 'Steg 5: Kontakt, säker kontakt och tolk',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...applicant, ...children, ...support, ...situation, ...contact }, 4)),
};

export const ContactErrors: Story = {
  name: 'Steg 5 med fel',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...applicant, ...children, ...support, ...situation }, 5)),
};

export const Consent: Story = {
  name: 'Steg 6: Vilka socialtjänsten får prata med',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...all, 'consent.other': 'yes', 'consent.otherInfo': 'Fritids' }, 5)),
};

export const Review: Story = {
  name: 'Steg 7: Kontrollera dina svar',
  play: async ({ canvasElement }) => void (await walk(canvasElement, all, 6)),
};

export const Sending: Story = {
  name: 'Skickar',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, all, 6);
    el.transport = () => new Promise(() => {});
    void el.submit();
  },
};

export const Failed: Story = {
  name: 'Kunde inte skicka',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, all, 6);
    el.transport = async () => {
      throw new Error('Nätverket svarar inte');
    };
    await el.submit();
  },
};

export const Receipt: Story = {
  name: 'Kvitto',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, all, 6);
    el.transport = async () => ({ reference: 'AN-2026-0042' });
    await el.submit();
  },
};

const adult: Answers = {
  'applicant.role': 'self',
  support: ['vald-nara-relation', 'boende'],
  situation: 'Min sambo hotar mig och jag vill flytta, men jag har ingenstans att bo.',
  ...contact,
  'contact.name': 'Kim Berg',
  'contact.interpreter.needed': 'no',
  'consent.healthCare': 'yes',
  'consent.other': 'no',
};

export const ForAdults: Story = {
  name: 'För vuxna',
  args: { audience: 'adult' },
  parameters: {
    docs: {
      description: {
        story:
          'audience="adult": en vuxen söker stöd för sig själv. Inget steg om barn, stöd för vuxna som standardlista (stödsamtal, missbruk eller beroende, våld i nära relation, boende, prata med någon) och inga frågor om skola och förskola. Payloaden får audience: "adult" och inga barn.',
      },
    },
  },
};

export const ForAdultsSupport: Story = {
  name: 'För vuxna: Vilket stöd',
  args: { audience: 'adult' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, { 'applicant.role': 'self' }, 1)),
};

export const ForAdultsReview: Story = {
  name: 'För vuxna: Kontrollera dina svar',
  args: { audience: 'adult' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, adult, 5)),
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<Args> = noJsStory<Args>('soc-application-form', 170, 'Utan skript visas kommunens reservtext med telefonnummer. `soc-support-option`-barnen är data och syns aldrig själva.');
