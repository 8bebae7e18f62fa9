import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/info/aid-estimate.js';
import { attr, category, num, rendered } from './helpers.js';

/**
 * EXAMPLE figures, made up for the stories: "Exempelsiffror, inte årets norm". They are not any
 * year's riksnorm and must never be shown as one (domain.md verifies no amounts).
 */
const EXAMPLE_NORMS = JSON.stringify({
  year: 2026,
  source: 'Exempelsiffror, inte årets norm',
  personal: {
    alone: 3000,
    withPartner: 2700,
    children: [
      { from: 0, to: 0, amount: 2000 },
      { from: 1, to: 2, amount: 2200 },
      { from: 3, to: 3, amount: 1900 },
      { from: 4, to: 6, amount: 2500 },
      { from: 7, to: 10, amount: 2900 },
      { from: 11, to: 14, amount: 3400 },
      { from: 15, to: 18, amount: 3800 },
      { from: 19, to: 20, amount: 3900 },
    ],
  },
  household: [1100, 1200, 1500, 1800, 2100, 2400, 2700],
  householdExtra: 250,
});

interface AidEstimateArgs {
  norms: string;
  applyUrl: string;
  phone: string;
  label: string;
  headingLevel: number;
}

/** Fills the element's fields as a user would have and presses "Räkna ut". */
const fillAndCompute =
  (answers: Record<string, string>): Story['play'] =>
  async ({ canvasElement }) => {
    const [el] = await rendered(canvasElement, 'soc-aid-estimate');
    for (const [name, value] of Object.entries(answers)) {
      const field = el.shadowRoot!.querySelector<HTMLElement & { value: string; updateComplete: Promise<unknown> }>(`[name="${name}"]`)!;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      await field.updateComplete;
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await new Promise((r) => setTimeout(r, 50));
  };

const meta: Meta<AidEstimateArgs> = {
  title: 'Information/Provberäkning ekonomiskt bistånd',
  id: 'soc-aid-estimate',
  component: 'soc-aid-estimate',
  parameters: {
    docs: {
      description: {
        component:
          'Räkna ut om du kan ha rätt till ekonomiskt bistånd: en provberäkning av försörjningsstöd (normen plus skäliga kostnader minus inkomster), ' +
          'räknad i webbläsaren med kommunens normsiffror i attributet `norms`. Inget skickas och inget sparas. ' +
          '**Siffrorna i berättelserna är exempelsiffror, inte årets norm.**',
      },
    },
  },
  args: {
    norms: EXAMPLE_NORMS,
    applyUrl: 'https://example.org/e-tjanst/ekonomiskt-bistand',
    // Exempelnummer from the series Post- och telestyrelsen reserves for fiction (08-465 004 00–99).
    phone: '08-465 004 10',
    label: '',
    headingLevel: 2,
  },
  argTypes: {
    norms: {
      control: 'text',
      description: 'Kommunens normsiffror som JSON (kronor per månad), med år och källa. Se README. Här: exempelsiffror, inte årets norm.',
      ...category.content,
    },
    applyUrl: { name: 'apply-url', control: 'text', description: 'Länk till ansökan (e-tjänst med BankID eller en sida om hur man ansöker).', ...category.content },
    phone: { control: 'text', description: 'Telefonnummer för att ansöka eller fråga.', ...category.content },
    label: { control: 'text', description: 'Rubrik. Standard: "Räkna ut om du kan ha rätt till ekonomiskt bistånd".', ...category.content },
    headingLevel: { name: 'heading-level', control: { type: 'inline-radio' }, options: [1, 2, 3, 4, 5, 6], description: 'Rubriknivå.', ...category.content },
  },
  render: (a) => html`<soc-aid-estimate
    norms=${attr(a.norms)}
    apply-url=${attr(a.applyUrl)}
    phone=${attr(a.phone)}
    label=${attr(a.label)}
    heading-level=${num(a.headingLevel)}
  ></soc-aid-estimate>`,
};
export default meta;

type Story = StoryObj<AidEstimateArgs>;

/** Nothing filled in yet. Example figures, not this year's norm. */
export const Empty: Story = { name: 'Tom (exempelsiffror)' };

/** Amounts that cannot be read, and no answer about the household: messages by the fields and in the summary. */
export const Errors: Story = {
  name: 'Fel i beloppen',
  play: fillAndCompute({ 'income-salary': 'tolv tusen', 'income-pension': '-500', 'cost-housing': '9 000 000' }),
};

/** One adult with a-kassa 7 000 kr: about 4 050 kr a month with the example figures. */
export const BelowNorm: Story = {
  name: 'Resultat: kan ha rätt till bistånd (exempelsiffror)',
  play: fillAndCompute({ adults: 'alone', 'income-unemployment': '7 000 kr', 'cost-housing': '6 500', 'cost-electricity': '300', 'cost-insurance': '150,00' }),
};

/** Two adults and two children whose salary is above the norm and the costs: "du kan ändå ansöka". */
export const AboveNorm: Story = {
  name: 'Resultat: inkomster över normen (exempelsiffror)',
  play: fillAndCompute({ adults: 'partner', children: '2', 'child-1': '1', 'child-2': '4', 'income-salary': '25 000', 'cost-housing': '9 500' }),
};

/** The page gave no norm figures (or invalid ones): the element says so and still shows how to apply. */
export const InvalidNorms: Story = { name: 'Normsiffror saknas', args: { norms: '' } };

/** Without apply-url and phone: "Kontakta socialtjänsten i din kommun". */
export const NoContact: Story = { name: 'Utan länk och telefon', args: { applyUrl: '', phone: '' } };
