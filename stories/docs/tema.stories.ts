/**
 * The live example on the "Tema" docs page (tema.mdx): the same elements with the library's
 * defaults and with a municipality's colours, set by the class `exempelkommun` in
 * .storybook/preview.css — tokens in a stylesheet, never in a `style` attribute.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/index.js';

const elements = (heading?: string) => html`
  <soc-text-field name="namn" label="Ditt namn" hint="Skriv både förnamn och efternamn." autocomplete="name" required></soc-text-field>
  <soc-text-field
    name="epost"
    type="email"
    label="E-postadress"
    autocomplete="email"
    width="20"
    value="anna@exempel"
    error="Skriv e-postadressen i rätt format, till exempel namn@exempel.se."
  ></soc-text-field>
  <soc-radio-group name="tolk" label="Behöver du tolk?" inline>
    <soc-radio value="ja">Ja</soc-radio>
    <soc-radio value="nej" checked>Nej</soc-radio>
  </soc-radio-group>
  <soc-contact-hours label=${heading ?? nothing} phone="08-465 004 10" heading-level="3"></soc-contact-hours>
`;

const meta: Meta = {
  title: 'Dokumentation/Tema',
  id: 'dokumentation-tema',
  // The docs page is tema.mdx.
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
export default meta;

type Story = StoryObj;

/** A municipality's colours, font and shapes on a wrapper element. */
export const Exempelkommun: Story = {
  name: 'Exempelkommuns tema',
  // Both examples share the docs page: a heading of its own keeps the regions' names unique.
  render: () => html`<div class="exempelkommun">${elements('Ring socialtjänsten i Exempelkommun')}</div>`,
};

/** The same elements with the library's defaults, for comparison. */
export const Standard: Story = {
  name: 'Standardutseende',
  render: () => html`<div>${elements()}</div>`,
};
