import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SocChoiceGroup, type OptionEl } from './choice-group.js';
import { optionLabel } from './option.js';
import type { Check } from './form-control.js';
import { define } from '../define.js';
import './checkbox.js';

/**
 * @summary A question with several answers: fieldset, legend, hint, error and native checkboxes.
 * Each checked `soc-checkbox` is submitted under the group's `name`, like native checkboxes.
 *
 * A `soc-checkbox` with `exclusive` ("Inget av detta", "Jag vet inte") excludes the others, as in
 * GOV.UK's checkboxes: checking it unchecks them, checking another unchecks it, and a polite live
 * region says which answers were taken away. An "eller" line stands above it. Only the user's own
 * clicks and keys do this; `values` set by a script is taken as it is.
 *
 * @slot - `soc-checkbox` elements.
 * @csspart label - The `<legend>`.
 * @csspart hint - The question's hint and each answer's hint.
 * @csspart error - The error message.
 * @csspart control - Each native checkbox.
 * @csspart divider - The "eller" above an exclusive answer.
 * @cssprop [--soc-color-accent=#0b57d0] - Colour of the tick box.
 * @fires change - The user checked or unchecked an answer.
 * @fires input - The same, as the native composed event.
 */
export class SocCheckboxGroup extends SocChoiceGroup {
  protected readonly optionTag = 'soc-checkbox';
  protected readonly inputType = 'checkbox';

  static override properties: PropertyDeclarations = {
    announcement: { state: true },
  };

  #defaults: string[] | null = null;
  /** What the live region says: the answers an exclusive choice just took away. */
  declare private announcement: string;

  constructor() {
    super();
    this.announcement = '';
  }

  /** The checked answers' values, in order. */
  get values(): string[] {
    return this.options.filter((o) => o.checked).map((o) => o.value);
  }
  set values(values: string[]) {
    for (const o of this.options) o.checked = values.includes(o.value);
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#defaults ??= this.options.filter((o) => o.hasAttribute('checked')).map((o) => o.value);
  }

  protected isChecked(option: OptionEl): boolean {
    return !!option.checked;
  }

  protected toggle(option: OptionEl, checked: boolean): void {
    option.checked = checked;
    let said = '';
    if (checked) {
      // The exclusive answer clears the others; any other answer clears the exclusive ones.
      const cleared = this.options.filter((o) => o !== option && o.checked && (isExclusive(option) || isExclusive(o)));
      for (const o of cleared) o.checked = false;
      if (cleared.length) {
        said = isExclusive(option)
          ? msg('Dina andra val togs bort.', { desc: 'Said when an exclusive answer ("Inget av detta") unchecked the others.' })
          : msg(str`Valet ${optionLabel(cleared[0]!)} togs bort.`, {
              desc: 'Said when checking an answer unchecked the exclusive answer; its text follows "Valet".',
            });
      }
    }
    this.announcement = said;
    this.requestUpdate();
  }

  protected override renderBefore(o: OptionEl, i: number): TemplateResult | typeof nothing {
    return i > 0 && isExclusive(o)
      ? html`<div part="divider" class="divider" .textContent=${msg('eller', { desc: 'Line above the answer that excludes the others ("Inget av detta").' })}></div>`
      : nothing;
  }

  protected override renderAfter(): TemplateResult | typeof nothing {
    // Present from the first render when there is an exclusive answer: a live region that appears
    // together with its text is not read.
    return this.options.some(isExclusive)
      ? html`<div class="visually-hidden" aria-live="polite" .textContent=${this.announcement}></div>`
      : nothing;
  }

  protected check(): Check {
    const values = this.values;
    if (!values.length) return { code: this.required ? 'required' : null, formValue: null, state: null };
    const data = new FormData();
    for (const v of values) data.append(this.name, v);
    return { code: null, formValue: data, state: data };
  }

  protected override messageContext() {
    return { label: this.label, kind: 'choices' as const };
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.values = this.#defaults ?? [];
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) this.values = state.getAll(this.name).map(String);
  }
}

const isExclusive = (o: OptionEl): boolean => o.hasAttribute('exclusive');

define('soc-checkbox-group', SocCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'soc-checkbox-group': SocCheckboxGroup;
  }
}
