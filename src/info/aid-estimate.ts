import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { economicAidExplained } from '../localization/explained.js';
import { startLocalization } from '../localization/locale.js';
import { parseAmount } from '../schemas/amount.js';
import { define } from '../define.js';
import { aidEstimateStyles } from './aid-estimate.styles.js';
import { amountMessage, applyPart, breakdown, costLabel, incomeLabel, resultSentence, warnOnce } from './aid-estimate-text.js';
import { heading, clampLevel } from './info-shared.js';
import {
  COST_KINDS,
  INCOME_KINDS,
  estimateAid,
  parseNorms,
  type CostKind,
  type EstimateResult,
  type IncomeKind,
  type Norms,
  type NormsResult,
} from './aid-estimate-calc.js';
import type { SocErrorSummary } from '../patterns/error-summary.js';
import '../fields/radio-group.js';
import '../fields/select.js';
import '../fields/text-field.js';
import '../patterns/error-summary.js';


/** Most children the household question offers. */
const MAX_CHILDREN = 10;

type Field = HTMLElement & { name: string; value: string; label: string; error: string; showValidation(): boolean };

/**
 * @summary "Räkna ut om du kan ha rätt till ekonomiskt bistånd": a provberäkning of
 * försörjningsstöd, computed in the browser from the municipality's norm figures. Nothing is sent
 * or stored.
 *
 * Försörjningsstöd is the norm (personal costs of everyone in the household plus common household
 * costs) plus reasonable costs (boende, hushållsel, arbetsresor, hemförsäkring, fackavgift och
 * a-kassa), minus the household's incomes. The element has no figures of its own: the page gives
 * them in `norms` (JSON, see the README), with their year and source, which the result shows.
 * Without valid norms the element says the estimate cannot be made (and warns once in the
 * console) instead of computing a wrong result.
 *
 * The citizen enters the household (a partner or not, the children's ages), monthly incomes after
 * tax and monthly costs; amounts in the Swedish way ("12 500", "12500 kr", "12 500,50",
 * "12500:-") or with plain or Arabic-Indic digits. The result is an estimate, not a decision; it
 * is announced politely and always comes with the way to apply (`apply-url`, `phone`).
 *
 * Privacy: the amounts stay on the page. No request is made, nothing goes into storage or a
 * draft, and the inputs have `autocomplete="off"` so the browser does not keep them either.
 *
 * Its children are fallback content (e.g. a link to the page about ekonomiskt bistånd): shown
 * before the element upgrades and when the script never runs, never once it has upgraded.
 *
 * @csspart heading - The main heading.
 * @csspart intro - The opening text with the privacy promise.
 * @csspart unavailable - The message shown when the norm figures are missing or invalid.
 * @csspart button - The "Räkna ut" button.
 * @csspart result - The live region with the result sentence.
 * @csspart breakdown - The table that shows how the result was computed.
 * @csspart apply - The way to apply and that only the municipality decides.
 * @cssprop [--soc-color-button=#0b57d0] - Background of the button.
 * @cssprop [--soc-color-button-text=#fff] - Text of the button.
 * @cssprop [--soc-color-link=#0b57d0] - Links.
 * @cssprop [--soc-color-notice=#0b57d0] - Border of the result box.
 * @cssprop [--soc-color-notice-bg=#eef3fc] - Background of the result box.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 */
export class SocAidEstimate extends LitElement {
  static override styles = aidEstimateStyles;

  static override properties: PropertyDeclarations = {
    norms: {},
    applyUrl: { attribute: 'apply-url' },
    phone: {},
    label: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    childCount: { state: true },
    result: { state: true },
  };

  /**
   * The municipality's norm figures as JSON (kronor per month): `{"year", "source", "personal":
   * {"alone", "withPartner", "children": [{"from", "to", "amount"}]}, "household": [1 person, 2
   * persons, …], "householdExtra"?, "costs"?}`. See the README. No default: the element has no
   * figures of its own.
   */
  declare norms: string;
  /** Address of the municipality's application (e-service with BankID, or a page on how to apply). */
  declare applyUrl: string;
  /** Phone number to call to apply or ask, in any common form. */
  declare phone: string;
  /** Heading; default "Räkna ut om du kan ha rätt till ekonomiskt bistånd". */
  declare label: string;
  /** Heading level (`heading-level`); the section headings are one deeper. */
  declare headingLevel: number;

  declare private childCount: number;
  declare private result: EstimateResult | null;

  #norms: NormsResult = parseNorms('');

  constructor() {
    super();
    this.norms = '';
    this.applyUrl = '';
    this.phone = '';
    this.label = '';
    this.headingLevel = 2;
    this.childCount = 0;
    this.result = null;
    startLocalization();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('norms')) {
      this.#norms = parseNorms(this.norms);
      if (!this.#norms.ok) warnOnce(`${this.#norms.problem}. The estimate cannot be made; the element says so and shows how to apply.`);
      this.result = null;
    }
    if ((changed.has('applyUrl') || changed.has('phone')) && !this.applyUrl.trim() && !this.phone.trim()) {
      warnOnce('neither apply-url nor phone is set: the element cannot show how to apply, only "Kontakta socialtjänsten i din kommun".');
    }
  }

  override render(): TemplateResult {
    const level = clampLevel(this.headingLevel);
    const norms = this.#norms;
    return html`<section aria-labelledby="heading">
      ${heading(level, 'heading', html`<span id="heading">${this.label || msg('Räkna ut om du kan ha rätt till ekonomiskt bistånd', { desc: 'Heading of the aid estimate (provberäkning).' })}</span>`)}
      <p part="intro">
        ${economicAidExplained()}
        ${msg('Här kan du göra en provberäkning. Den visar ungefär om du kan få försörjningsstöd och hur mycket.', {
          desc: 'Aid estimate intro. Försörjningsstöd is the main part of ekonomiskt bistånd.',
        })}
        ${msg('Det du skriver stannar på din dator eller mobil. Inget skickas och inget sparas.', { desc: 'Aid estimate privacy promise.' })}
      </p>
      ${norms.ok ? this.#form(norms.norms, level + 1) : this.#unavailable()} ${applyPart(level + 1, this.applyUrl, this.phone)}
    </section>`;
  }

  #unavailable(): TemplateResult {
    return html`<div class="box" part="unavailable">
      <p>
        ${msg('Provberäkningen fungerar inte just nu, eftersom kommunens siffror saknas.', { desc: 'Aid estimate: the norm figures are missing or invalid.' })}
        ${msg('Du kan ändå ansöka om ekonomiskt bistånd.', { desc: 'Aid estimate: you can still apply.' })}
      </p>
    </div>`;
  }

  #form(norms: Norms, level: number): TemplateResult {
    const bands = norms.personal.children;
    const band = (b: (typeof bands)[number]) =>
      b.from === b.to ? msg(str`${b.from} år`, { desc: 'A child’s age in years, e.g. "3 år".' }) : msg(str`${b.from}–${b.to} år`, { desc: 'A span of ages, e.g. "1–2 år".' });
    const amount = (name: string, label: string) =>
      html`<soc-text-field id=${name} name=${name} label=${label} width="10" autocomplete="off" @change=${this.#onAmountChange}></soc-text-field>`;
    return html`<soc-error-summary heading-level=${Math.min(6, level)}></soc-error-summary>
      <form novalidate autocomplete="off" @submit=${this.#onSubmit} @input=${this.#onEdit} @change=${this.#onEdit}>
        ${heading(level, 'section', msg('Ditt hushåll', { desc: 'Aid estimate, section heading: your household.' }))}
        <soc-radio-group
          id="adults"
          name="adults"
          required
          label=${msg('Bor du med make, maka, sambo eller registrerad partner?', { desc: 'Aid estimate: do you live with a spouse or partner.' })}
          hint=${msg('Om ni är gifta eller sambor ansöker ni tillsammans. Då räknar vi med er båda och med båda era inkomster.', {
            desc: 'Aid estimate: spouses and sambos apply together.',
          })}
          required-message=${msg('Välj om du bor med en partner eller inte.', { desc: 'Aid estimate: the partner question was not answered.' })}
        >
          <soc-radio value="alone">${msg('Nej, jag är ensam vuxen i hushållet', { desc: 'Aid estimate answer: the only adult in the household.' })}</soc-radio>
          <soc-radio value="partner">${msg('Ja, vi är två vuxna', { desc: 'Aid estimate answer: two adults.' })}</soc-radio>
        </soc-radio-group>
        <soc-select
          id="children"
          name="children"
          no-placeholder
          label=${msg('Hur många barn bor hos dig?', { desc: 'Aid estimate: number of children in the household.' })}
          hint=${msg('Räkna med barn under 18 år. Räkna också med barn upp till 21 år som går i gymnasiet.', {
            desc: 'Aid estimate: which children count (under 18, or in upper secondary school up to 21).',
          })}
          .value=${String(this.childCount)}
          @change=${this.#onChildren}
        >
          ${Array.from({ length: MAX_CHILDREN + 1 }, (_, n) => html`<option value=${n}>${n === 0 ? msg('Inga barn', { desc: 'Aid estimate: no children.' }) : n}</option>`)}
        </soc-select>
        ${Array.from(
          { length: this.childCount },
          (_, i) => html`<soc-select
            id=${`child-${i + 1}`}
            name=${`child-${i + 1}`}
            required
            label=${msg(str`Hur gammalt är barn ${i + 1}?`, { desc: 'Aid estimate: age of child number N.' })}
            required-message=${msg(str`Välj hur gammalt barn ${i + 1} är.`, { desc: 'Aid estimate: the age of child number N was not chosen.' })}
          >
            ${bands.map((b, index) => html`<option value=${index}>${band(b)}</option>`)}
          </soc-select>`,
        )}
        ${heading(level, 'section', msg('Inkomster per månad', { desc: 'Aid estimate, section heading: monthly incomes.' }))}
        <p>
          ${msg('Skriv inkomsterna efter skatt för alla i hushållet. Lämna rutan tom om ni inte har inkomsten.', {
            desc: 'Aid estimate: incomes after tax for the whole household; leave empty if none.',
          })}
          ${msg('Skriv beloppet i kronor, till exempel 12 500.', { desc: 'Aid estimate: how to write an amount.' })}
        </p>
        ${INCOME_KINDS.map((k) => amount(`income-${k}`, incomeLabel(k)))}
        ${heading(level, 'section', msg('Kostnader per månad', { desc: 'Aid estimate, section heading: monthly costs.' }))}
        <p>
          ${msg('Skriv vad ni betalar varje månad. Kommunen bedömer sedan om kostnaden är rimlig.', {
            desc: 'Aid estimate: monthly costs; the municipality judges whether a cost is reasonable (skälig).',
          })}
        </p>
        ${norms.costs.map((k) => amount(`cost-${k}`, costLabel(k)))}
        <button type="submit" part="button">${msg('Räkna ut', { desc: 'Aid estimate: the button that computes the result.' })}</button>
      </form>
      <div part="result" class=${this.result ? 'box' : ''} aria-live="polite">${this.result ? resultSentence(this.result) : nothing}</div>
      ${this.result?.ok ? breakdown(norms, this.result.estimate) : nothing}`;
  }

  #field(name: string): Field | null {
    return this.renderRoot.querySelector<Field>(`[name="${name}"]`);
  }

  /** Parses one amount field and shows its problem next to it; returns öre, or undefined when invalid. */
  #readAmount(field: Field): number | null | undefined {
    const r = parseAmount(field.value);
    if (r.ok) {
      if (field.error) field.error = '';
      return r.value;
    }
    field.error = amountMessage(r.code, field.label);
    return undefined;
  }

  #onAmountChange = (e: Event) => {
    this.#readAmount(e.currentTarget as Field);
  };

  #onChildren = (e: Event) => {
    const n = Number((e.currentTarget as Field).value);
    this.childCount = Number.isInteger(n) && n >= 0 && n <= MAX_CHILDREN ? n : 0;
  };

  /** A change after a result makes it old: it goes, and "Räkna ut" makes a new one. */
  #onEdit = () => {
    if (this.result) this.result = null;
  };

  #onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!this.#norms.ok) return;
    const norms = this.#norms.norms;
    const incomes: Partial<Record<IncomeKind, number | null>> = {};
    const costs: Partial<Record<CostKind, number | null>> = {};
    let valid = true;
    for (const k of INCOME_KINDS) {
      const f = this.#field(`income-${k}`);
      const v = f ? this.#readAmount(f) : null;
      if (v === undefined) valid = false;
      else incomes[k] = v;
    }
    for (const k of COST_KINDS) {
      const f = this.#field(`cost-${k}`);
      const v = f ? this.#readAmount(f) : null;
      if (v === undefined) valid = false;
      else costs[k] = v;
    }
    const form = e.currentTarget as HTMLFormElement;
    const fields = [...form.querySelectorAll<Field>('soc-radio-group, soc-select, soc-text-field')];
    // The fields render the errors just set before the summary reads their messages.
    await Promise.all(fields.map((f) => (f as unknown as LitElement).updateComplete));
    const summary = this.renderRoot.querySelector<SocErrorSummary>('soc-error-summary')!;
    if (!summary.validate(fields) || !valid) {
      this.result = null;
      return;
    }
    summary.clear();
    // Emptied first, so the live region announces a result again when it is the same as before.
    this.result = null;
    await this.updateComplete;
    const children = Array.from({ length: this.childCount }, (_, i) => Number(this.#field(`child-${i + 1}`)?.value));
    this.result = estimateAid(norms, { partner: this.#field('adults')?.value === 'partner', children }, incomes, costs);
  };
}

define('soc-aid-estimate', SocAidEstimate);

declare global {
  interface HTMLElementTagNameMap {
    'soc-aid-estimate': SocAidEstimate;
  }
}
