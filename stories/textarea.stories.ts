import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, category, fieldArgTypes, fieldArgs, num, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';

interface TextareaArgs {
  name: string;
  label: string;
  hint: string;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
  requiredMessage: string;
  maxlength: number | undefined;
  maxwords: number | undefined;
  threshold: number | undefined;
  rows: number | undefined;
  autocomplete: string;
}

/** A realistic answer to "Vad vill du ha hjälp med?" (274 characters). */
const STORY =
  'Jag är ensamstående med två barn på 6 och 9 år. Sedan i vintras har vi det svårt hemma. ' +
  'Min äldsta vill inte gå till skolan och vi bråkar varje morgon. Jag vill ha stöd i hur jag kan ' +
  'hjälpa honom och gärna prata med någon själv. Jag kan träffas efter klockan 15 på vardagar.';
const LENGTH = [...STORY].length;

const meta: Meta<TextareaArgs> = {
  title: 'Fält/Textruta',
  id: 'soc-textarea',
  component: 'soc-textarea',
  args: {
    name: 'beskrivning',
    label: 'Vad vill du ha hjälp med?',
    ...fieldArgs,
    value: '',
    maxlength: undefined,
    maxwords: undefined,
    threshold: undefined,
    rows: 5,
    autocomplete: '',
  },
  argTypes: {
    ...fieldArgTypes('field'),
    value: { control: 'text', description: 'Texten.', ...category.form },
    maxlength: {
      control: { type: 'number', min: 1 },
      description: 'Högst så många tecken. Visar hur många tecken som är kvar; mer text behålls men markeras som fel.',
      ...category.input,
    },
    maxwords: {
      control: { type: 'number', min: 1 },
      description: 'Högst så många ord (räknar ord i stället för tecken; `maxlength` gäller då inte). Mer text behålls men markeras som fel.',
      ...category.input,
    },
    threshold: {
      control: { type: 'number', min: 0, max: 100 },
      description:
        'Procent av gränsen: räkningen visas och läses upp först när så mycket är använt. Gränsen finns alltid i beskrivningen för skärmläsare.',
      ...category.input,
    },
    rows: { control: { type: 'number', min: 1, max: 30 }, description: 'Synliga rader.', ...category.input },
    autocomplete: { control: 'text', description: 'Skickas vidare till `<textarea>`.', ...category.input },
  },
  render: (a) => html`<soc-textarea
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    required-message=${attr(a.requiredMessage)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    maxlength=${num(a.maxlength)}
    maxwords=${num(a.maxwords)}
    threshold=${num(a.threshold)}
    rows=${num(a.rows)}
    autocomplete=${attr(a.autocomplete)}
  ></soc-textarea>`,
};
export default meta;

type Story = StoryObj<TextareaArgs>;

const HINT = 'Berätta med egna ord. Du kan berätta mer när vi pratar med dig.';

export const Empty: Story = { name: 'Tom' };

export const WithHint: Story = { name: 'Med hjälptext', args: { hint: HINT } };

export const Filled: Story = { name: 'Ifylld', args: { hint: HINT, value: STORY } };

export const Required: Story = { name: 'Obligatorisk', args: { hint: HINT, required: true } };

export const WithError: Story = {
  name: 'Fel: inte ifylld',
  args: { hint: HINT, required: true },
  play: async ({ canvasElement }) => {
    for (const field of await rendered(canvasElement, 'soc-textarea')) field.showValidation();
  },
};

export const ErrorFromServer: Story = {
  name: 'Fel: från servern',
  args: {
    hint: HINT,
    value: STORY,
    error: 'Vi kunde inte ta emot texten just nu. Försök igen om en stund eller ring oss.',
  },
};

export const Disabled: Story = {
  name: 'Avstängd',
  args: { hint: 'Du kan inte ändra texten efter att du har skickat ansökan.', value: STORY, disabled: true },
};

export const WithLimit: Story = {
  name: 'Med teckengräns',
  args: { hint: HINT, maxlength: 500 },
};

/** A few characters left: the count says how many. */
export const NearLimit: Story = {
  name: 'Nära gränsen',
  args: { hint: HINT, value: STORY, maxlength: LENGTH + 6 },
};

/** Over the limit: the text is kept, the count and the error say how much to shorten it. */
export const OverLimit: Story = {
  name: 'Över gränsen',
  args: { hint: HINT, value: STORY, maxlength: LENGTH - 14 },
};

/** A word limit: the count and the error are in words. */
export const WordLimit: Story = {
  name: 'Med ordgräns',
  args: { hint: HINT, value: STORY, maxwords: 60 },
};

/** Over the word limit: the text is kept, the error names the limit in words. */
export const OverWordLimit: Story = {
  name: 'Över ordgränsen',
  args: { hint: HINT, value: STORY, maxwords: 40 },
};

/** With `threshold="75"`: no count until three quarters of the limit is used (here 274 of 2 000). */
export const BelowThreshold: Story = {
  name: 'Räkning från 75 %, under',
  args: { hint: HINT, value: STORY, maxlength: 2000, threshold: 75 },
};

/** The same threshold with most of the limit used: the count is shown. */
export const AboveThreshold: Story = {
  name: 'Räkning från 75 %, över',
  args: { hint: HINT, value: STORY, maxlength: LENGTH + 40, threshold: 75 },
};

/** A large limit: the numbers follow the page language (10 000 in Swedish, 10,000 in English). */
export const LargeLimit: Story = {
  name: 'Stor gräns',
  args: { hint: HINT, maxlength: 10000 },
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<TextareaArgs> = noJsStory<TextareaArgs>('form', 360, 'Fälten får en reservdel i `<noscript>`: samma fråga som vanlig `textarea` med samma `name`. Utan JavaScript skickas de vanliga fälten; med JavaScript finns de inte, så varje svar skickas en gång.');
