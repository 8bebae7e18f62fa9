import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/patterns/quick-exit.js';
import { DEFAULT_EXIT_HREF, SocQuickExit } from '../src/patterns/quick-exit.js';
import { attr, category } from './helpers.js';
import { noJsStory } from './no-js.js';

interface QuickExitArgs {
  href: string;
  label: string;
  noShortcut: boolean;
  position: 'sticky' | 'fixed' | 'static';
}

const left = action('location.replace');
const fired = action('soc-quick-exit');

/**
 * Storybook must stay: instead of leaving, the story logs where it would go and shows the page
 * again after a moment (the element blanks it first, as it does on a real page).
 */
const stay = (href: string) => {
  left(href);
  setTimeout(() => SocQuickExit.restorePage(), 1500);
};

/** A page the way a municipality would build it: the button first, then a form and long text. */
const page = (a: QuickExitArgs) => html`<soc-quick-exit
    href=${attr(a.href)}
    label=${attr(a.label)}
    ?no-shortcut=${a.noShortcut}
    position=${a.position}
    .navigate=${stay}
    @soc-quick-exit=${(e: Event) => fired((e as CustomEvent<{ href: string }>).detail)}
  ></soc-quick-exit>
  <h2>Anmäl oro för ett barn</h2>
  <p>Skriv det du har sett eller hört. Tryck sedan på knappen överst: fältet töms och sidan byts.</p>
  <form action="#">
    <soc-textarea name="oro" label="Vad är du orolig för?" maxlength="2000"></soc-textarea>
  </form>
  ${[1, 2, 3, 4, 5, 6].map(
    (n) => html`<h3>Stycke ${n}</h3>
      <p>
        När socialtjänsten läser din anmälan bedömer de först om barnet behöver skydd. Inom 14 dagar
        bestämmer de om de ska utreda barnets situation. Rulla vidare: knappen följer med överst.
      </p>`,
  )}`;

const meta: Meta<QuickExitArgs> = {
  title: 'Mönster/Lämna sidan snabbt',
  id: 'soc-quick-exit',
  component: 'soc-quick-exit',
  parameters: {
    docs: {
      description: {
        component: `En knapp som byter ut sidan mot en neutral sida (standard: SMHI, ${DEFAULT_EXIT_HREF}) med \`location.replace\`, så att Tillbaka-knappen inte leder hit igen.

**Innan sidan byts** tas alla utkast bort (sessionStorage-nycklar som börjar med \`soc-elements:draft:\`), formulär med soc-fält töms med \`form.reset()\`, och händelsen \`soc-quick-exit\` skickas (detail \`{ href }\`) så att tjänster kan glömma det de har i minnet. Om någon avbryter händelsen (\`preventDefault()\`) lämnar knappen inte sidan – utkasten är ändå borta. Sedan döljs sidan direkt, så att inget syns medan den nya sidan laddas.

**Kortkommando:** tryck på Skift tre gånger, med högst två sekunder mellan trycken. Skift som används för versaler, Ctrl+Skift eller Alt+Skift räknas inte. Knappens beskrivning för skärmläsare säger att kortkommandot finns, och efter varje tryck säger en artig (polite) statusruta hur många tryck som är kvar. Stäng av med \`no-shortcut\`. Om tiden mellan trycken tar slut säger statusrutan det ("Tiden gick ut. Du är kvar på sidan."). När knappen lämnar sidan säger en artig statusruta utanför \`<body>\` "Du lämnar sidan." Den syns inte på skärmen, men finns kvar för skärmläsare när sidan töms.

**Utan JavaScript:** lägg en vanlig länk i elementet: \`<soc-quick-exit><a href="https://www.smhi.se/" rel="noreferrer">Lämna sidan snabbt</a></soc-quick-exit>\`. Den fungerar innan skriptet har laddats och om det aldrig körs (se berättelsen "Utan JavaScript"). När elementet har uppgraderats visas inte länken, och knappen lämnar för länkens adress om \`href\` saknas.

**Placering:** lägg elementet först i \`<body>\` (före eller direkt efter länken "Till innehållet"). Då är det först i tabbordningen och, med \`position="sticky"\` (standard), stannar det överst när sidan rullas – det gäller bara så länge elementets förälder är hela sidan. Sidan får \`scroll-padding\` så att ett fokuserat fält inte hamnar under knappen. \`position="fixed"\` sitter alltid överst i fönstret och håller en lika hög plats i flödet; \`static\` stannar där den står.

**Begränsningar – säg det till besökaren:** knappen skyddar mot någon som tittar över axeln. Den tar **inte** bort webbläsarens historik: sidan finns kvar i historiken och kan hittas där. Den hindrar inte övervakning av enheten eller nätverket, och privat surfning döljer inte besöket för nätverket (arbetsplats, skola, operatör). Den som rensar historiken ska veta att andra kan se att historiken har rensats. Kortkommandot finns inte på telefoner. \`form.reset()\` återställer fält till sitt \`value\`-attribut, så fyll inte i känsliga svar i HTML-koden.`,
      },
    },
  },
  args: { href: '', label: '', noShortcut: false, position: 'sticky' },
  argTypes: {
    label: { control: 'text', description: 'Knappens text. Standard: "Lämna sidan snabbt".', ...category.content },
    href: {
      control: 'text',
      description: `Den neutrala sidan (bara http/https; annat ignoreras). Standard: ${DEFAULT_EXIT_HREF}.`,
      ...category.content,
    },
    noShortcut: {
      name: 'no-shortcut',
      control: 'boolean',
      description: 'Stänger av kortkommandot Skift tre gånger.',
      ...category.state,
    },
    position: {
      control: 'inline-radio',
      options: ['sticky', 'fixed', 'static'],
      description: '`sticky`: följer med överst när sidan rullas; `fixed`: alltid överst i fönstret; `static`: där den står.',
      ...category.state,
    },
  },
  render: page,
};
export default meta;

type Story = StoryObj<QuickExitArgs>;

/** The button first on the page; it stays at the top while you scroll. Try Shift three times. */
export const Default: Story = { name: 'Standard' };

export const CustomText: Story = {
  name: 'Egen text och sida',
  args: { label: 'Lämna sidan', href: 'https://www.google.com/search?q=v%C3%A4der' },
};

export const NoShortcut: Story = {
  name: 'Utan kortkommando',
  args: { noShortcut: true },
};

export const Fixed: Story = {
  name: 'Alltid överst (fixed)',
  args: { position: 'fixed' },
};

export const Static: Story = {
  name: 'Stannar på sin plats (static)',
  args: { position: 'static' },
};

/** A `javascript:` address is refused: the button leaves for the default page instead. */
export const UnsafeHref: Story = {
  name: 'Osäker adress ignoreras',
  args: { href: 'javascript:alert(1)' },
};

/** The README's fallback markup, without and with JavaScript. */
export const WithoutJavaScript: StoryObj<QuickExitArgs> = noJsStory<QuickExitArgs>('soc-quick-exit', 90, 'Utan skript är det en vanlig länk till den neutrala sidan (sidans CSS ger den knappens färger och håller den överst). Med skript blir den knappen och lämnar för länkens adress. Utan skript leder Tillbaka hit igen.');
