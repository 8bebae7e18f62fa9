import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, category, fieldArgTypes, fieldArgs, num, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';

interface TextFieldArgs {
  name: string;
  label: string;
  hint: string;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
  requiredMessage: string;
  type: 'text' | 'email' | 'tel';
  format: '' | 'personnummer' | 'postnummer' | 'phone';
  autocomplete: string;
  width: '' | '2' | '3' | '4' | '5' | '10' | '20' | '30';
  maxlength: number | undefined;
}

const meta: Meta<TextFieldArgs> = {
  title: 'Fält/Textfält',
  id: 'soc-text-field',
  component: 'soc-text-field',
  parameters: {
    docs: {
      description: {
        component:
          'En rad text med etikett, hjälptext och felmeddelande. Med `format` tolkas personnummer, postnummer och telefonnummer förlåtande och skickas i normaliserad form.',
      },
    },
  },
  args: {
    name: 'namn',
    label: 'Ditt namn',
    ...fieldArgs,
    value: '',
    type: 'text',
    format: '',
    autocomplete: 'name',
    width: '',
    maxlength: undefined,
  },
  argTypes: {
    ...fieldArgTypes('field', {
      error: 'Felmeddelande satt utifrån, till exempel av en server. Försvinner när du ändrar svaret.',
    }),
    value: { control: 'text', description: 'Värdet.', ...category.form },
    type: { control: 'inline-radio', options: ['text', 'email', 'tel'], ...category.input },
    format: {
      control: 'select',
      options: ['', 'personnummer', 'postnummer', 'phone'],
      description: 'Tolkar, kontrollerar och normaliserar värdet.',
      ...category.input,
    },
    autocomplete: {
      control: 'text',
      description: 'Skickas vidare till `<input>` (WCAG 1.3.5), t.ex. `name`, `email`, `tel`, `postal-code`.',
      ...category.input,
    },
    width: {
      control: 'select',
      options: ['', '2', '3', '4', '5', '10', '20', '30'],
      description: 'Ungefär hur många tecken svaret har; rutan blir så bred.',
      ...category.input,
    },
    maxlength: { control: { type: 'number', min: 1 }, description: 'Högst så många tecken (standard 200).', ...category.input },
  },
  render: (a) => html`<soc-text-field
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    required-message=${attr(a.requiredMessage)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    type=${attr(a.type === 'text' ? '' : a.type)}
    format=${attr(a.format)}
    autocomplete=${attr(a.autocomplete)}
    width=${attr(a.width)}
    maxlength=${num(a.maxlength)}
  ></soc-text-field>`,
};
export default meta;

type Story = StoryObj<TextFieldArgs>;

/** Shows the field's error as after a submit attempt. */
const showValidation: Story['play'] = async ({ canvasElement }) => {
  for (const field of await rendered(canvasElement, 'soc-text-field')) field.showValidation();
};

export const Empty: Story = { name: 'Tom' };

export const WithHint: Story = {
  name: 'Med hjälptext',
  args: { hint: 'Skriv både förnamn och efternamn.' },
};

export const Filled: Story = {
  name: 'Ifylld',
  args: { hint: 'Skriv både förnamn och efternamn.', value: 'Amina Hassan' },
};

export const Required: Story = {
  name: 'Obligatorisk',
  args: { required: true },
};

/** The field was left empty and the form was sent: the message says what to do. */
export const WithError: Story = {
  name: 'Fel: inte ifylld',
  args: { required: true, hint: 'Skriv både förnamn och efternamn.' },
  play: showValidation,
};

/** A message from the server, given with the `error` attribute. */
export const ErrorFromServer: Story = {
  name: 'Fel: från servern',
  args: {
    name: 'personnummer',
    label: 'Ditt personnummer',
    format: 'personnummer',
    autocomplete: 'off',
    width: '20',
    value: '19811218-9876',
    error: 'Vi hittar inte personnumret i folkbokföringen. Kontrollera siffrorna eller ring oss.',
  },
};

export const Disabled: Story = {
  name: 'Avstängd',
  args: {
    name: 'arendenummer',
    label: 'Ditt ärendenummer',
    hint: 'Du kan inte ändra ärendenumret.',
    value: 'SOC-2025-01234',
    autocomplete: 'off',
    width: '20',
    disabled: true,
  },
};

export const Personnummer: Story = {
  name: 'Personnummer',
  args: {
    name: 'personnummer',
    label: 'Ditt personnummer',
    hint: '12 siffror, till exempel 19811218-9876.',
    format: 'personnummer',
    autocomplete: 'off',
    width: '20',
    required: true,
  },
};

/** The check digit is wrong: the message shows after the user leaves the field or sends. */
export const PersonnummerInvalid: Story = {
  name: 'Personnummer: fel siffra',
  args: { ...Personnummer.args, value: '19811218-9875' },
  play: showValidation,
};

export const Postnummer: Story = {
  name: 'Postnummer',
  args: {
    name: 'postnummer',
    label: 'Postnummer',
    hint: '5 siffror, till exempel 702 11.',
    format: 'postnummer',
    autocomplete: 'postal-code',
    width: '10',
  },
};

export const PostnummerInvalid: Story = {
  name: 'Postnummer: för kort',
  args: { ...Postnummer.args, value: '702' },
  play: showValidation,
};

export const Phone: Story = {
  name: 'Telefonnummer',
  args: {
    name: 'telefon',
    label: 'Ditt telefonnummer',
    hint: 'Skriv ett nummer där vi kan nå dig, till exempel 070-174 06 67.',
    type: 'tel',
    format: 'phone',
    autocomplete: 'tel',
    width: '20',
  },
};

export const PhoneInvalid: Story = {
  name: 'Telefonnummer: fel',
  args: { ...Phone.args, value: '070-174 06 6' },
  play: showValidation,
};

export const Email: Story = {
  name: 'E-post',
  args: {
    name: 'epost',
    label: 'Din e-postadress',
    hint: 'Vi skickar en bekräftelse när vi har fått din ansökan.',
    type: 'email',
    autocomplete: 'email',
    width: '30',
  },
};

export const EmailInvalid: Story = {
  name: 'E-post: fel',
  args: { ...Email.args, value: 'amina.hassan@' },
  play: showValidation,
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<TextFieldArgs> = noJsStory<TextFieldArgs>('form', 360, 'Fälten får en reservdel i `<noscript>`: samma fråga som vanlig `input` med samma `name`. Utan JavaScript skickas de vanliga fälten; med JavaScript finns de inte, så varje svar skickas en gång.');
