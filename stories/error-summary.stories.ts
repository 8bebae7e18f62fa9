import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import type { SummaryError } from '../src/index.js';
import { attr, category, num, rendered } from './helpers.js';
import { noJsStory } from './no-js.js';

interface ErrorSummaryArgs {
  for: string;
  heading: string;
  headingLevel: number;
  noAutofocus: boolean;
  errors: SummaryError[];
}

const sent = action('submit (alla svar godkända)');

/** A small application form guarded by the summary through `for`. */
const form = (a: ErrorSummaryArgs) => html`<soc-error-summary
    for=${attr(a.for)}
    heading=${attr(a.heading)}
    heading-level=${num(a.headingLevel)}
    ?no-autofocus=${a.noAutofocus}
    .errors=${a.errors}
  ></soc-error-summary>
  <form
    id="ansokan"
    action="#"
    @submit=${(e: SubmitEvent) => {
      // The summary stops an invalid submit; a valid one would leave the page, so the story keeps it.
      e.preventDefault();
      sent(Object.fromEntries(new FormData(e.target as HTMLFormElement)));
    }}
  >
    <soc-text-field name="namn" label="Ditt namn" autocomplete="name" required></soc-text-field>
    <soc-text-field
      name="personnummer"
      label="Ditt personnummer"
      hint="12 siffror, till exempel 19811218-9876."
      format="personnummer"
      autocomplete="off"
      width="20"
      required
    ></soc-text-field>
    <soc-text-field
      name="telefon"
      label="Ditt telefonnummer"
      type="tel"
      format="phone"
      autocomplete="tel"
      width="20"
      value="070-174 06 6"
    ></soc-text-field>
    <soc-radio-group name="sokande" label="Vem ansöker?" required>
      <soc-radio value="jag">Jag ansöker för egen del</soc-radio>
      <soc-radio value="vardnadshavare">Jag är vårdnadshavare och ansöker för mitt barn</soc-radio>
    </soc-radio-group>
    <soc-textarea name="beskrivning" label="Vad vill du ha hjälp med?" maxlength="1000" required></soc-textarea>
    <soc-checkbox name="samtycke" required>Jag har läst hur kommunen behandlar mina personuppgifter.</soc-checkbox>
    <button class="sb-demo-button" type="submit">Skicka ansökan</button>
  </form>`;

const meta: Meta<ErrorSummaryArgs> = {
  title: 'Mönster/Felsammanfattning',
  id: 'soc-error-summary',
  component: 'soc-error-summary',
  args: { for: 'ansokan', heading: '', headingLevel: 2, noAutofocus: false, errors: [] },
  argTypes: {
    for: { control: 'text', description: 'Id på formuläret som sammanfattningen vaktar.', ...category.form },
    heading: { control: 'text', description: 'Rubrik. Standard: "Det finns problem".', ...category.content },
    headingLevel: {
      name: 'heading-level',
      control: { type: 'inline-radio' },
      options: [1, 2, 3, 4, 5, 6],
      description: 'Rubriknivå, så att rutan passar sidans rubrikstruktur.',
      ...category.content,
    },
    noAutofocus: {
      name: 'no-autofocus',
      control: 'boolean',
      description: 'Tar inte fokus när felen visas. Sidan flyttar då fokus själv.',
      ...category.state,
    },
    errors: {
      control: 'object',
      description: 'Fel som ges direkt, till exempel från en server (egenskap, inte attribut): `{ field, message }[]`.',
      ...category.state,
    },
  },
  render: form,
};
export default meta;

type Story = StoryObj<ErrorSummaryArgs>;

/** Nothing is shown until the form is sent: press "Skicka ansökan". */
export const Empty: Story = { name: 'Innan du skickar' };

/** The form was sent with missing and wrong answers: the summary lists them and takes focus. */
export const AfterSubmit: Story = {
  name: 'Efter att du har skickat',
  play: async ({ canvasElement }) => {
    const [summary] = await rendered(canvasElement, 'soc-error-summary');
    await rendered(canvasElement, 'soc-text-field');
    // The summary attaches to the form a microtask after it connects.
    await new Promise((resolve) => setTimeout(resolve));
    canvasElement.querySelector<HTMLFormElement>('#ansokan')!.requestSubmit();
    await summary!.updateComplete;
  },
};

/** The same list made by calling `validate()`, as the services do on "Fortsätt". */
export const Validate: Story = {
  name: 'Med validate()',
  args: { heading: 'Du behöver rätta några svar', headingLevel: 3 },
  play: async ({ canvasElement }) => {
    const [summary] = await rendered(canvasElement, 'soc-error-summary');
    await rendered(canvasElement, 'soc-text-field');
    summary!.validate();
    await summary!.updateComplete;
  },
};

/** Messages from a server, given with the `errors` property; each field shows its own too. */
export const FromServer: Story = {
  name: 'Fel från servern',
  args: {
    errors: [
      {
        field: 'personnummer',
        message: 'Vi hittar inte personnumret i folkbokföringen. Kontrollera siffrorna.',
      },
      {
        field: 'telefon',
        message: 'Telefonnumret saknar en siffra. Skriv hela numret, till exempel 070-174 06 67.',
      },
    ],
  },
};

/** With `no-autofocus`: the list appears after "Skicka ansökan", but focus stays on the button. */
export const NoAutofocus: Story = {
  name: 'Utan fokus (no-autofocus)',
  args: { noAutofocus: true },
  play: AfterSubmit.play,
};

/**
 * A page a server rendered after a failed POST, with no script needed for its errors: links as the
 * summary's children (read as they are if the script never runs), and an `error` attribute on a
 * field. The summary adopts the links, shows the messages on the fields and takes focus.
 */
export const ServerRendered: StoryObj<ErrorSummaryArgs> = {
  name: 'Från serverns HTML',
  render: () => html`<soc-error-summary for="ansokan-server">
      <h2>Det finns problem</h2>
      <ul>
        <li><a href="#server-pnr">Vi hittar inte personnumret i folkbokföringen. Kontrollera siffrorna.</a></li>
      </ul>
    </soc-error-summary>
    <form id="ansokan-server" action="#" @submit=${(e: SubmitEvent) => e.preventDefault()}>
      <soc-text-field name="namn" label="Ditt namn" autocomplete="name" value="Sara Ek"></soc-text-field>
      <soc-text-field
        id="server-pnr"
        name="personnummer"
        label="Ditt personnummer"
        format="personnummer"
        autocomplete="off"
        width="20"
        value="19811218-9876"
      ></soc-text-field>
      <soc-radio-group name="sokande" label="Vem ansöker?" error="Vi kan inte ta emot ansökningar för någon annan än dig själv här. Ring oss.">
        <soc-radio value="jag">Jag ansöker för egen del</soc-radio>
        <soc-radio value="annan" checked>Jag ansöker för någon annan</soc-radio>
      </soc-radio-group>
      <button class="sb-demo-button" type="submit">Skicka ansökan</button>
    </form>`,
};

/** A field revealed under an answer: its link scrolls the question ("Vem ansöker?") into view too. */
export const RevealedField: StoryObj<ErrorSummaryArgs> = {
  name: 'Fel i en följdfråga',
  render: () => html`<soc-error-summary for="ansokan-foljd"></soc-error-summary>
    <form id="ansokan-foljd" action="#" @submit=${(e: SubmitEvent) => e.preventDefault()}>
      <soc-radio-group name="sokande" label="Vem ansöker?" required>
        <soc-radio value="jag">Jag ansöker för egen del</soc-radio>
        <soc-radio value="annan" checked>
          Någon annan
          <soc-text-field name="sokande-annan" label="Vem ansöker du för?" required></soc-text-field>
        </soc-radio>
      </soc-radio-group>
      <button class="sb-demo-button" type="submit">Skicka ansökan</button>
    </form>`,
  play: async ({ canvasElement }) => {
    const [summary] = await rendered(canvasElement, 'soc-error-summary');
    await new Promise((resolve) => setTimeout(resolve));
    canvasElement.querySelector<HTMLFormElement>('#ansokan-foljd')!.requestSubmit();
    await summary!.updateComplete;
  },
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<ErrorSummaryArgs> = noJsStory<ErrorSummaryArgs>('soc-error-summary', 160, 'Länkarna som servern skriver som barn är reservdelen: utan JavaScript visas rubriken och länkarna som vanlig text och länkar. En länks `#id` leder till fältet i `<noscript>`-delen med samma `id`. Med JavaScript listar elementet dem som sina egna fel och visar inte barnen.');
