import type { PropertyValues } from 'lit';
import { SocChoiceGroup, type OptionEl } from './choice-group.js';
import type { Check } from './form-control.js';
import { define } from '../define.js';
import './option.js';

/**
 * @summary A question with one answer: fieldset, legend, hint, error and native radio buttons.
 * A `soc-radio` child may hold content that is shown when it is chosen.
 *
 * Arrow keys move between answers as with native radios (right-to-left aware), because they are
 * native radios in one shadow root.
 *
 * @slot - `soc-radio` elements.
 * @csspart label - The `<legend>`.
 * @csspart hint - The question's hint and each answer's hint.
 * @csspart error - The error message.
 * @csspart control - Each native radio input.
 * @cssprop [--soc-color-accent=#0b57d0] - Colour of the radio dot.
 * @fires change - The user chose an answer.
 * @fires input - The user chose an answer (the native event, composed).
 */
export class SocRadioGroup extends SocChoiceGroup {
  protected readonly optionTag = 'soc-radio';
  protected readonly inputType = 'radio';

  protected override defaultValue(): string {
    return this.getAttribute('value') ?? this.options.find((o) => o.hasAttribute('checked'))?.value ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.value) this.value = this.defaultValue();
  }

  protected isChecked(option: OptionEl): boolean {
    return this.value !== '' && option.value === this.value;
  }

  protected toggle(option: OptionEl, checked: boolean): void {
    if (checked) this.value = option.value;
  }

  /**
   * A restored state that is not one of the answers is another field's (Firefox can hand a group
   * the state of the field in its revealed content): it is ignored, so no answer is lost.
   */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    if (state === '' || this.options.some((o) => o.value === state)) this.value = state;
  }

  protected check(): Check {
    const known = this.options.some((o) => o.value === this.value);
    if (!this.value || !known) return { code: this.required ? 'required' : null, formValue: null, state: '' };
    return { code: null, formValue: this.value, state: this.value };
  }

  protected override messageContext() {
    return { label: this.label, kind: 'choice' as const };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Keep each option's `checked` in step, so its revealed fields know whether they count.
    for (const o of this.options) o.checked = this.isChecked(o);
    super.willUpdate(changed);
  }
}

define('soc-radio-group', SocRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'soc-radio-group': SocRadioGroup;
  }
}
