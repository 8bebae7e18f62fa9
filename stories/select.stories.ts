import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, category, fieldArgTypes, fieldArgs, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';

interface SelectArgs {
  name: string;
  label: string;
  hint: string;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
  requiredMessage: string;
  placeholder: string;
  noPlaceholder: boolean;
  autocomplete: string;
}

const meta: Meta<SelectArgs> = {
  title: 'Fält/Rullgardinslista',
  id: 'soc-select',
  component: 'soc-select',
  args: {
    name: 'sprak',
    label: 'Vilket språk vill du att tolken talar?',
    ...fieldArgs,
    value: '',
    placeholder: '',
    noPlaceholder: false,
    autocomplete: '',
  },
  argTypes: {
    ...fieldArgTypes('field', { requiredMessage: 'Ersätter standardtexten "Välj ett svar: …".', required: 'Ett svar måste väljas.' }),
    value: { control: 'text', description: 'Värdet på det valda svaret (`value` hos ett `<option>`-barn).', ...category.form },
    placeholder: {
      control: 'text',
      description: 'Texten i den tomma första raden. Utan den: "Välj" på läsarens språk.',
      ...category.content,
    },
    noPlaceholder: {
      name: 'no-placeholder',
      control: 'boolean',
      description: 'Ingen tom första rad: det första svaret är valt tills användaren väljer ett annat.',
      ...category.input,
    },
    autocomplete: { control: 'text', description: 'Skickas vidare till `<select>`.', ...category.input },
  },
  render: (a) => html`<soc-select
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    placeholder=${attr(a.placeholder)}
    required-message=${attr(a.requiredMessage)}
    autocomplete=${attr(a.autocomplete)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?no-placeholder=${a.noPlaceholder}
  >
    <option value="ar">Arabiska</option>
    <option value="fa">Persiska (farsi)</option>
    <option value="so">Somaliska</option>
    <option value="ti">Tigrinja</option>
    <option value="uk">Ukrainska</option>
    <option value="other">Ett annat språk</option>
  </soc-select>`,
};
export default meta;

type Story = StoryObj<SelectArgs>;

const HINT = 'Tolken är gratis och har tystnadsplikt.';

export const Empty: Story = { name: 'Tom' };

export const WithHint: Story = { name: 'Med hjälptext', args: { hint: HINT } };

export const Chosen: Story = { name: 'Valt svar', args: { hint: HINT, value: 'so' } };

export const Required: Story = { name: 'Obligatorisk', args: { hint: HINT, required: true } };

export const WithError: Story = {
  name: 'Fel: inget valt',
  args: { hint: HINT, required: true },
  play: async ({ canvasElement }) => {
    for (const field of await rendered(canvasElement, 'soc-select')) field.showValidation();
  },
};

export const ErrorFromServer: Story = {
  name: 'Fel: från servern',
  args: { hint: HINT, value: 'other', error: 'Skriv vilket språk du talar i fältet under, så bokar vi rätt tolk.' },
};

export const Disabled: Story = { name: 'Avstängd', args: { hint: HINT, value: 'ar', disabled: true } };

export const NoPlaceholder: Story = { name: 'Utan tom första rad', args: { noPlaceholder: true } };

/** Groups of answers as `<optgroup>` children. */
export const Grouped: Story = {
  name: 'Med grupper',
  render: () => html`<soc-select name="kommun" label="Vilken kommun bor du i?" required>
    <optgroup label="Örebro län">
      <option value="1880">Örebro</option>
      <option value="1881">Kumla</option>
    </optgroup>
    <optgroup label="Värmlands län">
      <option value="1780">Karlstad</option>
      <option value="1781">Kristinehamn</option>
    </optgroup>
  </soc-select>`,
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<SelectArgs> = noJsStory<SelectArgs>('form', 700, 'Fälten får en reservdel i `<noscript>`: en vanlig `select` med samma `name`, samma svar och en tom första rad ("Välj"). Sidans CSS döljer `soc-select` tills den har uppgraderats (annars visas svaren som lösa rader text). Utan JavaScript skickas den vanliga listan; med JavaScript finns den inte, så svaret skickas en gång.');
