import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { attr, category, fieldArgTypes, fieldArgs, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';

interface CheckboxArgs {
  name: string;
  label: string;
  hint: string;
  error: string;
  required: boolean;
  disabled: boolean;
  requiredMessage: string;
  inline: boolean;
  /** Group: the values of the checked `soc-checkbox` children. */
  checked: string[];
  /** Lone consent box: checked or not. */
  consentChecked: boolean;
  /** Lone consent box: the submitted value when checked (default "ja"). */
  value: string;
}

const OPTIONS = ['stodsamtal', 'gruppverksamhet', 'kontaktfamilj', 'kontaktperson', 'familjebehandling', 'annat'];

const meta: Meta<CheckboxArgs> = {
  title: 'Fält/Kryssrutor',
  id: 'soc-checkbox-group',
  component: 'soc-checkbox-group',
  subcomponents: { 'soc-checkbox': 'soc-checkbox' },
  args: {
    name: 'stod',
    label: 'Vilket stöd vill du ha?',
    ...fieldArgs,
    inline: false,
    checked: [],
    consentChecked: false,
    value: '',
  },
  argTypes: {
    ...fieldArgTypes('question', {
      requiredMessage: 'Ersätter standardtexten "Välj minst ett svar: …".',
      required: 'Minst ett svar måste väljas.',
      name: 'Namnet som varje ikryssat svar skickas med i formuläret.',
    }),
    checked: {
      name: 'checked (soc-checkbox)',
      control: 'check',
      options: OPTIONS,
      description: 'Vilka `soc-checkbox` som har attributet `checked`.',
      ...category.form,
    },
    inline: { control: 'boolean', description: 'Korta svar bredvid varandra.', ...category.input },
    consentChecked: { table: { disable: true } },
    value: { table: { disable: true } },
  },
  // `keyed`: a new `checked` set draws the group anew, as a page with those attributes would.
  render: (a) =>
    html`${keyed(
      a.checked.join(),
      html`<soc-checkbox-group
        name=${attr(a.name)}
        label=${attr(a.label)}
        hint=${attr(a.hint)}
        error=${attr(a.error)}
        required-message=${attr(a.requiredMessage)}
        ?required=${a.required}
        ?disabled=${a.disabled}
        ?inline=${a.inline}
      >
        <soc-checkbox value="stodsamtal" ?checked=${a.checked.includes('stodsamtal')}>Stödsamtal</soc-checkbox>
        <soc-checkbox
          value="gruppverksamhet"
          hint="Träffar med andra i samma situation, till exempel barn som har en förälder som dricker för mycket."
          ?checked=${a.checked.includes('gruppverksamhet')}
          >Gruppverksamhet</soc-checkbox
        >
        <soc-checkbox
          value="kontaktfamilj"
          hint="En familj som barnet bor hos ibland, till exempel en helg i månaden."
          ?checked=${a.checked.includes('kontaktfamilj')}
          >Kontaktfamilj</soc-checkbox
        >
        <soc-checkbox
          value="kontaktperson"
          hint="En vuxen som barnet eller den unga träffar regelbundet."
          ?checked=${a.checked.includes('kontaktperson')}
          >Kontaktperson</soc-checkbox
        >
        <soc-checkbox value="familjebehandling" ?checked=${a.checked.includes('familjebehandling')}
          >Familjebehandling</soc-checkbox
        >
        <soc-checkbox value="annat" ?checked=${a.checked.includes('annat')}>
          Annat
          <soc-text-field name="stod-annat" label="Beskriv vilket stöd du vill ha"></soc-text-field>
        </soc-checkbox>
      </soc-checkbox-group>`,
    )}`,
};
export default meta;

type Story = StoryObj<CheckboxArgs>;

const HINT = 'Du kan välja flera. Vet du inte vad som passar? Det kan vi prata om tillsammans.';

export const Empty: Story = { name: 'Tom' };

export const WithHint: Story = { name: 'Med hjälptext', args: { hint: HINT } };

export const Filled: Story = {
  name: 'Ifylld',
  args: { hint: HINT, checked: ['stodsamtal', 'kontaktfamilj'] },
};

export const Required: Story = { name: 'Obligatorisk', args: { hint: HINT, required: true } };

export const WithError: Story = {
  name: 'Fel: inget svar',
  args: { hint: HINT, required: true },
  play: async ({ canvasElement }) => {
    for (const group of await rendered(canvasElement, 'soc-checkbox-group')) group.showValidation();
  },
};

export const ErrorFromServer: Story = {
  name: 'Fel: från servern',
  args: {
    hint: HINT,
    checked: ['kontaktfamilj'],
    error: 'Kontaktfamilj kan vi inte erbjuda just nu. Välj ett annat stöd eller ring oss.',
  },
};

export const Disabled: Story = {
  name: 'Avstängd',
  args: { hint: HINT, checked: ['stodsamtal'], disabled: true },
};

/** "Annat" is checked, so the question under it is shown. */
export const ConditionalRevealOpen: Story = {
  name: 'Visar följdfråga',
  args: { hint: HINT, checked: ['stodsamtal', 'annat'] },
};

export const Inline: Story = {
  name: 'Bredvid varandra',
  args: {
    name: 'sprak',
    label: 'Vilka språk talar du hemma?',
    hint: 'Du kan välja flera.',
    inline: true,
  },
  argTypes: { checked: { control: 'check', options: ['svenska', 'arabiska', 'somaliska', 'finska'] } },
  render: (a) =>
    html`${keyed(
      a.checked.join(),
      html`<soc-checkbox-group
        name=${attr(a.name)}
        label=${attr(a.label)}
        hint=${attr(a.hint)}
        error=${attr(a.error)}
        required-message=${attr(a.requiredMessage)}
        ?required=${a.required}
        ?disabled=${a.disabled}
        ?inline=${a.inline}
      >
        <soc-checkbox value="svenska" ?checked=${a.checked.includes('svenska')}>Svenska</soc-checkbox>
        <soc-checkbox value="arabiska" ?checked=${a.checked.includes('arabiska')}>Arabiska</soc-checkbox>
        <soc-checkbox value="somaliska" ?checked=${a.checked.includes('somaliska')}>Somaliska</soc-checkbox>
        <soc-checkbox value="finska" ?checked=${a.checked.includes('finska')}>Finska</soc-checkbox>
      </soc-checkbox-group>`,
    )}`,
};

/**
 * "Inget av detta" has `exclusive`: checking it unchecks the others, checking another unchecks it,
 * and a screen reader hears what was removed. "eller" stands above it.
 */
export const Exclusive: Story = {
  name: 'Med uteslutande svar',
  args: {
    name: 'kontakt',
    label: 'Har du haft kontakt med något av detta det senaste året?',
    hint: 'Välj alla som stämmer.',
  },
  argTypes: { checked: { control: 'check', options: ['bup', 'skolkurator', 'polis', 'inget'] } },
  render: (a) =>
    html`${keyed(
      a.checked.join(),
      html`<soc-checkbox-group
        name=${attr(a.name)}
        label=${attr(a.label)}
        hint=${attr(a.hint)}
        error=${attr(a.error)}
        required-message=${attr(a.requiredMessage)}
        ?required=${a.required}
        ?disabled=${a.disabled}
      >
        <soc-checkbox value="bup" ?checked=${a.checked.includes('bup')}>Barn- och ungdomspsykiatrin (BUP)</soc-checkbox>
        <soc-checkbox value="skolkurator" ?checked=${a.checked.includes('skolkurator')}>Skolkurator</soc-checkbox>
        <soc-checkbox value="polis" ?checked=${a.checked.includes('polis')}>Polisen</soc-checkbox>
        <soc-checkbox value="inget" exclusive ?checked=${a.checked.includes('inget')}>Inget av detta</soc-checkbox>
      </soc-checkbox-group>`,
    )}`,
};

/** The exclusive answer chosen: it is the only one checked. */
export const ExclusiveChecked: Story = {
  ...Exclusive,
  name: 'Med uteslutande svar: valt',
  args: { ...Exclusive.args, checked: ['inget'] },
};

// --- A lone soc-checkbox: a consent box with its own label, hint and error. ---

const consent: Story = {
  args: {
    name: 'samtycke',
    label: 'Jag har läst hur kommunen behandlar mina personuppgifter.',
    hint: 'Vi använder bara uppgifterna för att handlägga ditt ärende.',
    required: true,
  },
  argTypes: {
    label: { description: 'Texten bredvid rutan (attributet `label`, eller elementets text).' },
    hint: { description: 'Hjälptext ovanför rutan.' },
    consentChecked: {
      name: 'checked',
      control: 'boolean',
      description: 'Ikryssad från början.',
      table: { disable: false, category: 'Tillstånd' },
    },
    value: {
      control: 'text',
      description: 'Värdet som skickas när rutan är ikryssad (standard "ja").',
      table: { disable: false, category: 'Formulär' },
    },
    checked: { table: { disable: true } },
    inline: { table: { disable: true } },
  },
  render: (a) => html`<soc-checkbox
    name=${attr(a.name)}
    label=${attr(a.label)}
    hint=${attr(a.hint)}
    value=${attr(a.value)}
    error=${attr(a.error)}
    required-message=${attr(a.requiredMessage)}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?checked=${a.consentChecked}
  ></soc-checkbox>`,
};

export const Consent: Story = { ...consent, name: 'Samtycke (ensam kryssruta)' };

export const ConsentChecked: Story = {
  ...consent,
  name: 'Samtycke: ikryssad',
  args: { ...consent.args, consentChecked: true },
};

export const ConsentError: Story = {
  ...consent,
  name: 'Samtycke: fel',
  play: async ({ canvasElement }) => {
    for (const box of await rendered(canvasElement, 'soc-checkbox')) box.showValidation();
  },
};

export const ConsentDisabled: Story = {
  ...consent,
  name: 'Samtycke: avstängd',
  args: { ...consent.args, consentChecked: true, disabled: true },
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<CheckboxArgs> = noJsStory<CheckboxArgs>('form', 700, 'Fälten får en reservdel i `<noscript>`: samma fråga som vanliga kryssrutor i en `fieldset`, med samma `name` och `value`; samtycket som en ensam kryssruta. Sidans CSS döljer `soc-checkbox-group` och `soc-checkbox` tills de har uppgraderats (svarstexterna utan rutor skulle bara förvirra). Utan JavaScript skickas de vanliga fälten; med JavaScript finns de inte, så varje svar skickas en gång.');
