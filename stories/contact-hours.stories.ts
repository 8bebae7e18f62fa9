import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/info/contact-hours.js';
import { attr, category, num } from './helpers.js';
import { noJsStory } from './no-js.js';

interface ContactHoursArgs {
  phone: string;
  hours: string;
  emergencyPhone: string;
  emergencyLabel: string;
  label: string;
  headingLevel: number;
  openOnEves: boolean;
  jsonLd: boolean;
  /** A fixed instant (ISO 8601, UTC) so the story always shows the same state; empty = now. */
  clock: string;
}

const meta: Meta<ContactHoursArgs> = {
  title: 'Information/Telefontider',
  id: 'soc-contact-hours',
  component: 'soc-contact-hours',
  parameters: {
    docs: {
      description: {
        component:
          'Telefonnummer, öppettider och om det är öppet just nu, räknat i svensk tid (Europe/Stockholm) oavsett besökarens tidszon. ' +
          'Känner till svenska helgdagar och håller stängt på julafton, midsommarafton och nyårsafton. När det är stängt visas socialjouren/112 först. ' +
          '`hours` använder en delmängd av OpenStreetMaps `opening_hours`: `Mo-Fr 08:30-12:00,13:00-14:00; PH off; 2026 Dec 23 off`.',
      },
    },
  },
  args: {
    // Exempelnummer from the series Post- och telestyrelsen reserves for fiction (08-465 004 00–99).
    phone: '08-465 004 10',
    hours: 'Mo-Fr 08:30-12:00,13:00-14:00; PH off',
    emergencyPhone: '',
    emergencyLabel: '',
    label: '',
    headingLevel: 2,
    openOnEves: false,
    jsonLd: false,
    clock: '2026-05-13T08:15:00Z',
  },
  argTypes: {
    label: { control: 'text', description: 'Rubrik, till exempel "Mottagningen". Standard: "Kontakta socialtjänsten".', ...category.content },
    headingLevel: {
      name: 'heading-level',
      control: { type: 'inline-radio' },
      options: [1, 2, 3, 4, 5, 6],
      description: 'Rubriknivå; underrubrikerna blir en nivå djupare.',
      ...category.content,
    },
    phone: { control: 'text', description: 'Telefonnummer i valfri vanlig form; visas som "08-465 004 10", länkas som `tel:+46846500410`. Inget standardnummer: utan det står det att man ska ringa kommunens växel.', ...category.content },
    hours: {
      control: 'text',
      description: 'Öppettider (OpenStreetMap `opening_hours`, delmängd). Ogiltig text ger en varning i konsolen och standardtiderna.',
      ...category.content,
    },
    emergencyPhone: {
      name: 'emergency-phone',
      control: 'text',
      description: 'Socialjourens nummer. Utan det står det att man ska ringa 112 och be att få prata med socialjouren.',
      ...category.content,
    },
    emergencyLabel: {
      name: 'emergency-label',
      control: 'text',
      description: 'Rubrik för akutrutan. Standard: "Vid akuta situationer på kvällar och helger".',
      ...category.content,
    },
    openOnEves: {
      name: 'open-on-eves',
      control: 'boolean',
      description: 'Vanliga tider även på julafton, midsommarafton och nyårsafton.',
      ...category.state,
    },
    jsonLd: {
      name: 'json-ld',
      control: 'boolean',
      description: 'Lägger schema.org-data (ContactPoint med OpeningHoursSpecification) i sidans DOM för sökmotorer.',
      ...category.content,
    },
    clock: {
      name: 'klocka (now)',
      control: 'text',
      description: 'Fast tidpunkt i UTC (ISO 8601) via egenskapen `now`, för att visa ett visst läge. Tom = riktig tid.',
      ...category.state,
    },
  },
  render: (a) => html`<soc-contact-hours
    phone=${attr(a.phone)}
    hours=${attr(a.hours)}
    emergency-phone=${attr(a.emergencyPhone)}
    emergency-label=${attr(a.emergencyLabel)}
    label=${attr(a.label)}
    heading-level=${num(a.headingLevel)}
    ?open-on-eves=${a.openOnEves}
    ?json-ld=${a.jsonLd}
    .now=${a.clock && !Number.isNaN(Date.parse(a.clock)) ? () => new Date(a.clock) : () => new Date()}
  ></soc-contact-hours>`,
};
export default meta;

type Story = StoryObj<ContactHoursArgs>;

/** Wednesday 10.15 in Stockholm: open, closes for lunch at 12. */
export const Open: Story = { name: 'Öppet' };

/** Wednesday 12.20: closed for lunch. */
export const Lunch: Story = { name: 'Lunchstängt', args: { clock: '2026-05-13T10:20:00Z' } };

/** Tuesday 14.00: closed, opens tomorrow; the emergency help comes first. */
export const AfterClosing: Story = { name: 'Stängt, öppnar i morgon', args: { clock: '2026-05-12T12:00:00Z' } };

/** Friday evening: opens on Monday. With the socialjour number. */
export const Weekend: Story = {
  name: 'Helg, med socialjourens nummer',
  args: { clock: '2026-05-08T17:00:00Z', emergencyPhone: '08-465 004 90', label: 'Mottagningen' },
};

/** Kristi himmelsfärdsdag 2026 (Thursday 14 May): a public holiday. */
export const Holiday: Story = { name: 'Helgdag', args: { clock: '2026-05-14T08:00:00Z' } };

/** Julafton 2026: closed by default; the office opens again after the Christmas weekend. */
export const ChristmasEve: Story = { name: 'Julafton', args: { clock: '2026-12-24T09:00:00Z' } };

/** Own hours with a late day and a closed date, and a long closure that names the date. */
export const CustomHours: Story = {
  name: 'Egna tider och stängda dagar',
  args: {
    clock: '2026-12-18T15:00:00Z',
    hours: 'Mo-Th 08:00-12:00,13:00-16:30; Fr 08:00-14:00; PH off; 2026 Dec 21-31 off',
    label: 'Familjeenheten',
    headingLevel: 3,
  },
};

/** The real clock: the status follows the time in Sweden and updates on the minute. */
export const RealTime: Story = { name: 'Riktig tid', args: { clock: '', jsonLd: true } };

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<ContactHoursArgs> = noJsStory<ContactHoursArgs>('soc-contact-hours', 100, 'Utan skript visas samma uppgifter som vanlig text: telefonnummer som länk, tider och 112.');
