import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, category, fieldArgTypes, fieldArgs, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';

interface DateArgs {
  name: string;
  label: string;
  hint: string;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
  requiredMessage: string;
  min: string;
  max: string;
  rule: '' | 'past' | 'future';
  autocomplete: string;
}

const meta: Meta<DateArgs> = {
  title: 'Fält/Datum',
  id: 'soc-date-input',
  component: 'soc-date-input',
  args: {
    name: 'fodelsedatum',
    label: 'Vilket datum är barnet fött?',
    ...fieldArgs,
    value: '',
    min: '',
    max: '',
    rule: '',
    autocomplete: '',
  },
  argTypes: {
    ...fieldArgTypes('question', { requiredMessage: 'Ersätter standardtexten "Fyll i …".', required: 'Datumet måste fyllas i.' }),
    value: { control: 'text', description: 'Datumet som ÅÅÅÅ-MM-DD. Formuläret får samma form.', ...category.form },
    min: { control: 'text', description: 'Tidigaste datum, ÅÅÅÅ-MM-DD.', ...category.input },
    max: { control: 'text', description: 'Senaste datum, ÅÅÅÅ-MM-DD.', ...category.input },
    rule: {
      control: 'select',
      options: ['', 'past', 'future'],
      description: '`past`: i dag eller tidigare (till exempel födelsedatum). `future`: i dag eller senare.',
      ...category.input,
    },
    autocomplete: {
      control: 'text',
      description: '`bday` ger rutorna `bday-day`, `bday-month` och `bday-year` (den som fyller i sitt eget födelsedatum).',
      ...category.input,
    },
  },
  render: (a) => html`<soc-date-input
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    min=${attr(a.min)}
    max=${attr(a.max)}
    rule=${attr(a.rule)}
    autocomplete=${attr(a.autocomplete)}
    required-message=${attr(a.requiredMessage)}
    ?required=${a.required}
    ?disabled=${a.disabled}
  ></soc-date-input>`,
};
export default meta;

type Story = StoryObj<DateArgs>;

const HINT = 'Till exempel 27 3 2012';

export const Empty: Story = { name: 'Tom' };

export const WithHint: Story = { name: 'Med hjälptext', args: { hint: HINT } };

export const Filled: Story = { name: 'Ifylld', args: { hint: HINT, value: '2012-03-27' } };

export const Required: Story = { name: 'Obligatorisk', args: { hint: HINT, required: true, rule: 'past' } };

export const WithError: Story = {
  name: 'Fel: inte ifyllt',
  args: { hint: HINT, required: true },
  play: async ({ canvasElement }) => {
    for (const field of await rendered(canvasElement, 'soc-date-input')) field.showValidation();
  },
};

/** One box wrong: only the month is marked, and the message says so. */
export const WrongMonth: Story = {
  name: 'Fel: en ruta',
  args: { hint: HINT },
  play: async ({ canvasElement }) => {
    for (const field of await rendered(canvasElement, 'soc-date-input')) {
      field.formStateRestoreCallback(JSON.stringify(['27', '13', '2012']));
      field.showValidation();
    }
  },
};

/** A real date out of range: all three boxes are marked. */
export const InTheFuture: Story = {
  name: 'Fel: i framtiden',
  args: { hint: HINT, rule: 'past', value: '2099-01-01' },
  play: async ({ canvasElement }) => {
    for (const field of await rendered(canvasElement, 'soc-date-input')) field.showValidation();
  },
};

export const ErrorFromServer: Story = {
  name: 'Fel: från servern',
  args: { hint: HINT, value: '2012-03-27', error: 'Datumet stämmer inte med personnumret. Kontrollera dag och månad.' },
};

export const Disabled: Story = { name: 'Avstängd', args: { hint: HINT, value: '2012-03-27', disabled: true } };

export const Birthday: Story = {
  name: 'Eget födelsedatum',
  args: { label: 'När är du född?', hint: 'Till exempel 5 11 1990', autocomplete: 'bday', rule: 'past', required: true },
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<DateArgs> = noJsStory<DateArgs>('form', 700, 'Fälten får en reservdel i `<noscript>`: tre vanliga rutor Dag, Månad och År i en `fieldset`, med namnen `fodd-dag`, `fodd-manad` och `fodd-ar`. Servern sätter ihop dem med `parseDateParts` från `soc-elements/schemas` och får samma datum och samma felkoder som elementet. Med JavaScript finns rutorna inte; elementet skickar `fodd` som `ÅÅÅÅ-MM-DD`.');
