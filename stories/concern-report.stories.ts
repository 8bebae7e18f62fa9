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
    @soc-step-change=${action('soc-step-change')}
    @soc-submit=${action('soc-submit')}
    @soc-submitted=${action('soc-submitted')}
    @soc-submit-error=${action('soc-submit-error')}
  ></soc-concern-report>`,
  // Exempelnummer from the series Post- och telestyrelsen reserves for fiction (08-465 004 00–99).
  args: { municipality: 'Exempelkommun', phone: '08-465 004 10', emergencyPhone: '08-465 004 90', readHours: 'Mo-Fr 08:00-16:00; PH off', headingLevel: 2, quickExit: true },
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

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<Args> = noJsStory<Args>('soc-concern-report', 230, 'Utan skript visas kommunens reservtext: telefonnummer, adress och 112. Innehåll för platsen `intro` hör till formuläret och döljs av sidans CSS tills elementet har uppgraderats.');
