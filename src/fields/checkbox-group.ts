import { SocChoiceGroup, type OptionEl } from './choice-group.js';
import type { Check } from './form-control.js';
import { define } from '../define.js';
import './checkbox.js';

/**
 * @summary A question with several answers: fieldset, legend, hint, error and native checkboxes.
 * Each checked `soc-checkbox` is submitted under the group's `name`, like native checkboxes.
 *
 * @slot - `soc-checkbox` elements.
 * @csspart label - The `<legend>`.
 * @csspart hint - The question's hint and each answer's hint.
 * @csspart error - The error message.
 * @csspart control - Each native checkbox.
 * @cssprop [--soc-color-accent=#0b57d0] - Colour of the tick box.
 * @fires change - The user checked or unchecked an answer.
 * @fires input - The same, as the native composed event.
 */
export class SocCheckboxGroup extends SocChoiceGroup {
  protected readonly optionTag = 'soc-checkbox';
  protected readonly inputType = 'checkbox';

  #defaults: string[] | null = null;

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
    return option.checked;
  }

  protected toggle(option: OptionEl, checked: boolean): void {
    option.checked = checked;
    this.requestUpdate();
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

define('soc-checkbox-group', SocCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'soc-checkbox-group': SocCheckboxGroup;
  }
}
