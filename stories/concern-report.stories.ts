import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/services/concern-report.js';
import type { SocConcernReport } from '../src/services/concern-report.js';
import { attr, category, num, walk as sharedWalk } from './helpers.js';
import { noJsStory } from './no-js.js';

interface Args {
  municipality: string;
  phone: string;
  emergencyPhone: string;
  readHours: string;
  headingLevel: number;
  quickExit: boolean;
  subject: 'child' | 'adult' | 'ask';
}

const child = {
  'child.name': 'Alva',
  'child.idKind': 'age',
  'child.age': 'ungefär 8 år',
  'child.location': 'Ekskolan, klass 2B',
  'child.siblings': 'yes',
  'child.siblingsInfo': 'En lillebror, ungefär 4 år.',
};
const concern = {
  'concern.description': 'Alva kommer ofta till skolan utan frukost och säger att hon inte får mat hemma. Hon har haft blåmärken på armarna två gånger den här månaden.',
  'concern.duration': 'weeks',
  'concern.childSaid': 'Att pappa blir arg när hon frågar efter mat.',
  'concern.childKnows': 'no',
  'concern.guardiansKnow': 'no',
  'concern.otherChildren': 'yes',
  'concern.otherChildrenInfo': 'Lillebror.',
  'concern.interpreter.needed': 'yes',
  'concern.interpreter.language': 'Arabiska',
};
const anonymous = { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' };

/** A concern about an adult (subject="adult"), anonymous. */
const adult = {
  'person.name': 'Bo Ek',
  'person.age': 'ungefär 75',
  'person.location': 'Storgatan 3, bor ensam',
  'concern.kinds': ['aldre', 'psykisk-ohalsa'],
  'concern.description': 'Han går ut på natten och hittar inte hem. Grannarna har följt honom hem tre gånger den här månaden.',
  'concern.seen': 'I går kväll',
  'concern.duration': 'weeks',
  'concern.personKnows': 'no',
  'concern.urgent': 'no',
};
const adultAnonymous = { 'reporter.anonymous': 'yes' };

/** Opens the soc-concern-report of a story on a later step or state (see stories/helpers.ts). */
const walk = (root: HTMLElement, answers: Record<string, string | string[] | boolean>, steps: number) =>
  sharedWalk<SocConcernReport>(root, 'soc-concern-report', answers, steps);

const meta: Meta<Args> = {
  title: 'Tjänster/Orosanmälan (soc-concern-report)',
  id: 'soc-concern-report',
  component: 'soc-concern-report',
  render: (a) => html`<soc-concern-report
    draft="off"
    municipality=${attr(a.municipality)}
    phone=${attr(a.phone)}
    emergency-phone=${attr(a.emergencyPhone)}
    read-hours=${attr(a.readHours)}
    heading-level=${num(a.headingLevel)}
    ?quick-exit=${a.quickExit}
    subject=${a.subject}
    @soc-step-change=${action('soc-step-change')}
    @soc-submit=${action('soc-submit')}
    @soc-submitted=${action('soc-submitted')}
    @soc-submit-error=${action('soc-submit-error')}
  ></soc-concern-report>`,
  // Exempelnummer from the series Post- och telestyrelsen reserves for fiction (08-465 004 00–99).
  args: { municipality: 'Exempelkommun', phone: '08-465 004 10', emergencyPhone: '08-465 004 90', readHours: 'Mo-Fr 08:00-16:00; PH off', headingLevel: 2, quickExit: true, subject: 'child' },
  argTypes: {
    municipality: { control: 'text', ...category.content },
    phone: { control: 'text', ...category.content },
    emergencyPhone: { name: 'emergency-phone', control: 'text', ...category.content },
    readHours: {
      name: 'read-hours',
      control: 'text',
      description:
        'När anmälningar läses, i samma syntax som `hours` på soc-contact-hours (`Mo-Fr 08:00-16:00; PH off`). Visas före formuläret, och kvittot säger när en anmälan som skickas utanför tiderna läses tidigast. Tomt eller ogiltigt: "vardagar under kontorstid".',
      ...category.content,
    },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 }, ...category.content },
    quickExit: { name: 'quick-exit', control: 'boolean', ...category.state },
    subject: {
      control: 'inline-radio',
      options: ['child', 'adult', 'ask'],
      description:
        'child = oro för ett barn (standard). adult = oro för en vuxen (payload concern-report-adult). ask = första frågan är "Gäller din oro ett barn eller en vuxen?". Sätts i sidans HTML, inte medan någon fyller i.',
      ...category.content,
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Orosanmälan om ett barn: akut hjälp först, sedan barnet, oron och den som anmäler (anonymt för den som inte har anmälningsplikt), granskning, skicka och kvitto. Sidan sparar ett utkast i fliken (sessionStorage) — här avstängt med draft="off" så att varje story börjar likadant.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Start: Story = { name: 'Steg 1: Om barnet' };

export const ChildErrors: Story = {
  name: 'Steg 1 med fel',
  play: async ({ canvasElement }) => void (await walk(canvasElement, {}, 1)),
};

export const Concern: Story = {
  name: 'Steg 2: Din oro',
  play: async ({ canvasElement }) => void (await walk(canvasElement, child, 1)),
};

export const ReporterAnonymous: Story = {
  name: 'Steg 3: Om dig – anonym privatperson',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...child, ...concern, ...anonymous }, 2)),
};

export const ReporterNamed: Story = {
  name: 'Steg 3: Om dig – privatperson med namn',
  play: async ({ canvasElement }) =>
    void (await walk(canvasElement, { ...child, ...concern, 'reporter.professional': 'no', 'reporter.anonymous': 'no', 'reporter.name': 'Eva Granne', 'reporter.relation': 'Granne' }, 2)),
};

export const ReporterProfessional: Story = {
  name: 'Steg 3: Om dig – med anmälningsplikt (kan inte vara anonym)',
  play: async ({ canvasElement }) =>
    void (await walk(canvasElement, { ...child, ...concern, 'reporter.professional': 'yes', 'reporter.name': 'Lena Lind', 'reporter.workplace': 'Ekskolan', 'reporter.role': 'Lärare' }, 2)),
};

export const Review: Story = {
  name: 'Kontrollera dina svar',
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...child, ...concern, ...anonymous }, 3)),
};

export const Sending: Story = {
  name: 'Skickar',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, { ...child, ...concern, ...anonymous }, 3);
    el.transport = () => new Promise(() => {});
    void el.submit();
  },
};

export const Failed: Story = {
  name: 'Kunde inte skicka',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, { ...child, ...concern, ...anonymous }, 3);
    el.transport = async () => {
      throw new Error('Nätverket svarar inte');
    };
    await el.submit();
  },
};

export const Receipt: Story = {
  name: 'Kvitto',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, { ...child, ...concern, ...anonymous }, 3);
    el.now = () => new Date('2026-12-02T10:00:00+01:00'); // a Wednesday morning: inside the hours
    el.transport = async () => ({ reference: 'OA-2026-0042' });
    await el.submit();
  },
};

export const ReceiptFridayEvening: Story = {
  name: 'Kvitto, skickad en fredagskväll',
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, { ...child, ...concern, ...anonymous }, 3);
    el.now = () => new Date('2026-12-04T19:00:00+01:00'); // read at the earliest on Monday 7 December
    el.transport = async () => ({ reference: 'OA-2026-0043' });
    await el.submit();
  },
};

export const ReceiptWithoutNumbers: Story = {
  name: 'Kvitto utan telefonnummer och tider',
  args: { phone: '', emergencyPhone: '', readHours: '' },
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, { ...child, ...concern, ...anonymous }, 3);
    el.transport = async () => ({ reference: 'OA-2026-0044' });
    await el.submit();
  },
};

export const Adult: Story = {
  name: 'Vuxen: Steg 1: Om personen',
  args: { subject: 'adult' },
  parameters: {
    docs: {
      description: {
        story:
          'subject="adult": oro för en vuxen. Vem personen är (namn och/eller var personen bor eller vistas), vad oron handlar om (exempel, inget krav), vad du har sett, när och hur länge, om personen vet (frivilligt) och om det är bråttom. Alla får vara anonyma: för vuxna finns ingen allmän anmälningsplikt.',
      },
    },
  },
};

export const AdultErrors: Story = {
  name: 'Vuxen: Steg 1 med fel',
  args: { subject: 'adult' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, {}, 1)),
};

export const AdultConcern: Story = {
  name: 'Vuxen: Steg 2: Din oro',
  args: { subject: 'adult' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, { 'person.name': 'Bo Ek', 'person.location': 'Storgatan 3' }, 1)),
};

export const AdultUrgent: Story = {
  name: 'Vuxen: Steg 2: Det är bråttom',
  args: { subject: 'adult' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...adult, 'concern.urgent': 'yes' }, 1)),
};

export const AdultReporterAnonymous: Story = {
  name: 'Vuxen: Steg 3: Om dig – anonym',
  args: { subject: 'adult' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...adult, ...adultAnonymous }, 2)),
};

export const AdultReporterNamed: Story = {
  name: 'Vuxen: Steg 3: Om dig – med namn',
  args: { subject: 'adult' },
  play: async ({ canvasElement }) =>
    void (await walk(canvasElement, { ...adult, 'reporter.anonymous': 'no', 'reporter.name': 'Eva Granne', 'reporter.phone': '070-174 06 05', 'reporter.relation': 'Granne' }, 2)),
};

export const AdultReview: Story = {
  name: 'Vuxen: Kontrollera dina svar',
  args: { subject: 'adult' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, { ...adult, ...adultAnonymous }, 3)),
};

export const AdultReceipt: Story = {
  name: 'Vuxen: Kvitto',
  args: { subject: 'adult' },
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, { ...adult, ...adultAnonymous }, 3);
    el.now = () => new Date('2026-12-02T10:00:00+01:00');
    el.transport = async () => ({ reference: 'OV-2026-0042' });
    await el.submit();
  },
};

export const Ask: Story = {
  name: 'Fråga barn eller vuxen',
  args: { subject: 'ask' },
  parameters: {
    docs: {
      description: {
        story:
          'subject="ask": första frågan är "Gäller din oro ett barn eller en vuxen?". Svaret väljer frågorna som följer, syns på granskningssidan med "Ändra", och byter man svar försvinner det som skrevs för den andra vägen.',
      },
    },
  },
};

export const AskReview: Story = {
  name: 'Fråga barn eller vuxen: Kontrollera dina svar (vuxen)',
  args: { subject: 'ask' },
  play: async ({ canvasElement }) => void (await walk(canvasElement, { subject: 'adult', ...adult, ...adultAnonymous }, 4)),
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<Args> = noJsStory<Args>('soc-concern-report', 230, 'Utan skript visas kommunens reservtext: telefonnummer, adress och 112. Innehåll för platsen `intro` hör till formuläret och döljs av sidans CSS tills elementet har uppgraderats.');
