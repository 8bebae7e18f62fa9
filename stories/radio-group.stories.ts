import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, category, fieldArgTypes, fieldArgs, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';

interface RadioGroupArgs {
  name: string;
  label: string;
  hint: string;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
  requiredMessage: string;
  inline: boolean;
}

const meta: Meta<RadioGroupArgs> = {
  title: 'Fält/Radioknappar',
  id: 'soc-radio-group',
  component: 'soc-radio-group',
  subcomponents: { 'soc-radio': 'soc-radio' },
  args: {
    name: 'sokande',
    label: 'Vem ansöker?',
    ...fieldArgs,
    value: '',
    inline: false,
  },
  argTypes: {
    ...fieldArgTypes('question'),
    value: {
      control: 'select',
      options: ['', 'jag', 'vardnadshavare', 'annat'],
      description: 'Värdet på det valda svaret (`soc-radio value`).',
      ...category.form,
    },
    inline: { control: 'boolean', description: 'Korta svar bredvid varandra ("Ja"/"Nej").', ...category.input },
  },
  render: (a) => html`<soc-radio-group
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    required-message=${attr(a.requiredMessage)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?inline=${a.inline}
  >
    <soc-radio value="jag">Jag ansöker för egen del</soc-radio>
    <soc-radio value="vardnadshavare" hint="Om ni är två vårdnadshavare behöver ni båda skriva under senare."
      >Jag är vårdnadshavare och ansöker för mitt barn</soc-radio
    >
    <soc-radio value="annat">
      Annat
      <soc-text-field name="sokande-annat" label="Beskriv vem som ansöker"></soc-text-field>
    </soc-radio>
  </soc-radio-group>`,
};
export default meta;

type Story = StoryObj<RadioGroupArgs>;

export const Empty: Story = { name: 'Tom' };

export const WithHint: Story = { name: 'Med hjälptext', args: { hint: 'Välj det som stämmer bäst.' } };

export const Filled: Story = {
  name: 'Ifylld',
  args: { hint: 'Välj det som stämmer bäst.', value: 'vardnadshavare' },
};

export const Required: Story = { name: 'Obligatorisk', args: { required: true } };

export const WithError: Story = {
  name: 'Fel: inget svar',
  args: { required: true, hint: 'Välj det som stämmer bäst.' },
  play: async ({ canvasElement }) => {
    for (const group of await rendered(canvasElement, 'soc-radio-group')) group.showValidation();
  },
};

export const ErrorFromServer: Story = {
  name: 'Fel: från servern',
  args: {
    value: 'jag',
    error: 'Du är under 18 år. Be en vårdnadshavare ansöka, eller ring oss så hjälper vi dig.',
  },
};

export const Disabled: Story = { name: 'Avstängd', args: { value: 'jag', disabled: true } };

/** "Annat" is chosen (the `checked` attribute), so the question under it is shown. */
export const ConditionalRevealOpen: Story = {
  name: 'Visar följdfråga',
  render: (a) => html`<soc-radio-group
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    required-message=${attr(a.requiredMessage)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?inline=${a.inline}
  >
    <soc-radio value="jag">Jag ansöker för egen del</soc-radio>
    <soc-radio value="vardnadshavare">Jag är vårdnadshavare och ansöker för mitt barn</soc-radio>
    <soc-radio value="annat" checked>
      Annat
      <soc-text-field
        name="sokande-annat"
        label="Beskriv vem som ansöker"
        hint="Till exempel: jag är mormor och har hand om barnet just nu."
        required
      ></soc-text-field>
    </soc-radio>
  </soc-radio-group>`,
  args: { required: true, hint: 'Välj det som stämmer bäst.' },
};

/** Short answers side by side; one answer has its own hint. */
export const Inline: Story = {
  name: 'Ja/Nej bredvid varandra',
  args: {
    name: 'fa-ringa',
    label: 'Kan vi ringa dig?',
    hint: 'Svara nej om någon annan kan höra samtalet eller se ditt telefonnummer.',
    inline: true,
    required: true,
  },
  render: (a) => html`<soc-radio-group
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    required-message=${attr(a.requiredMessage)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?inline=${a.inline}
  >
    <soc-radio value="ja">Ja</soc-radio>
    <soc-radio value="nej">Nej</soc-radio>
  </soc-radio-group>`,
  argTypes: { value: { control: 'inline-radio', options: ['', 'ja', 'nej'] } },
};

/** An answer that cannot be chosen, with a hint that says why. */
export const DisabledOption: Story = {
  name: 'Ett svar avstängt',
  args: { name: 'kontaktsatt', label: 'Hur vill du att vi kontaktar dig?' },
  render: (a) => html`<soc-radio-group
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    required-message=${attr(a.requiredMessage)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?inline=${a.inline}
  >
    <soc-radio value="telefon">Telefon</soc-radio>
    <soc-radio value="brev">Brev hem</soc-radio>
    <soc-radio value="e-tjanst" disabled hint="Går inte just nu: e-tjänsten är stängd för underhåll."
      >Meddelande i e-tjänsten</soc-radio
    >
  </soc-radio-group>`,
  argTypes: { value: { control: 'select', options: ['', 'telefon', 'brev', 'e-tjanst'] } },
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<RadioGroupArgs> = noJsStory<RadioGroupArgs>('form', 360, 'Fälten får en reservdel i `<noscript>`: samma fråga som vanliga radioknappar i en `fieldset` med samma `name`. Sidans CSS döljer `soc-radio-group` tills den har uppgraderats (svarstexterna utan knappar skulle bara förvirra). Utan JavaScript skickas de vanliga fälten; med JavaScript finns de inte, så varje svar skickas en gång.');
