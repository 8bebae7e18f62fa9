import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { SocFormControl, type Check } from './form-control.js';
import { assignReveal, hasReveal, optionLabel, refreshNested, optionRoot, updateOption, watchChildren } from './option.js';
import { choiceSheet } from '../styles/shared.js';
import { define } from '../define.js';

/**
 * @summary One checkbox. Inside a `soc-checkbox-group` it is one answer; alone it is a complete
 * field, e.g. a consent box ("Jag har läst …") with its own hint and error.
 *
 * Its text (or `label`) is the answer; child elements are shown under it when it is checked.
 *
 * @slot - Content revealed when checked (element children only).
 * @csspart label - The `<label>` (alone).
 * @csspart hint - The hint (alone).
 * @csspart error - The error message (alone).
 * @csspart control - The native checkbox (alone).
 * @cssprop [--soc-color-accent=#0b57d0] - Colour of the tick box.
 * @cssprop [--soc-color-reveal-border=#767676] - Line beside the content shown under a chosen answer.
 * @fires change - The user checked or unchecked it (alone).
 * @fires input - The same, as the native composed event (alone).
 */
export class SocCheckbox extends SocFormControl {
  static override shadowRootOptions: ShadowRootInit = {
    mode: 'open',
    delegatesFocus: true,
    slotAssignment: 'manual',
  };
  static override properties: PropertyDeclarations = {
    checked: { type: Boolean, reflect: true },
    exclusive: { type: Boolean, reflect: true },
  };

  static override styles = choiceSheet;

  /** Checked. As an attribute: checked from the start (and after reset). */
  declare checked: boolean;
  /**
   * In a group: an answer that excludes the others ("Inget av detta", "Jag vet inte"). Checking
   * it unchecks the others, checking another unchecks it; the group says so to screen readers.
   */
  declare exclusive: boolean;

  constructor() {
    super();
    this.checked = false;
    this.exclusive = false;
  }

  get #input(): HTMLInputElement | null {
    return this.shadowRoot?.querySelector('input') ?? null;
  }

  #defaultChecked: boolean | null = null;

  /** Part of a `soc-checkbox-group`, which draws the checkbox; this element then only reveals. */
  get inGroup(): boolean {
    return this.parentElement?.localName === 'soc-checkbox-group';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#defaultChecked ??= this.hasAttribute('checked');
    // In a group, the group watches the text; alone, the label is this element's own text.
    watchChildren(this, !this.inGroup);
    // Moved into or out of a group: drawn by the group or by itself now.
    this.requestUpdate();
  }

  protected override createRenderRoot() {
    return optionRoot(this, !this.inGroup);
  }

  protected override update(changed: PropertyValues<this>): void {
    updateOption(this, changed, super.update, !this.inGroup);
  }

  protected get anchor() {
    return this.#input;
  }

  protected check(): Check {
    if (this.inGroup) return { code: null, formValue: null };
    const value = this.value || 'ja';
    if (!this.checked) return { code: this.required ? 'required' : null, formValue: null, state: '' };
    return { code: null, formValue: value, state: value };
  }

  protected override messageContext() {
    return { label: optionLabel(this), kind: 'consent' as const };
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.checked = this.#defaultChecked ?? false;
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    this.checked = typeof state === 'string' && state !== '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    assignReveal(this, this.shadowRoot?.querySelector('slot'));
    if (changed.has('checked')) refreshNested(this);
    // The box shows `checked` after every render, also after the user changed it (what Lit's live()
    // does, without its modules in the bundle).
    const input = this.#input;
    if (input && input.checked !== this.checked) input.checked = this.checked;
  }

  override render(): TemplateResult {
    if (this.inGroup) return html`<slot></slot>`;
    const error = this.visibleError;
    // Flat, and no white space between input and label (grid items): each part and each text
    // node is a node in every copy.
    return html`<div class="field ${error ? 'invalid' : ''}">${this.renderHint()}${this.renderError(error)}<div class="item">
        <input
          id="control"
          part="control"
          type="checkbox"
          ?disabled=${this.isDisabled}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${this.describedBy()}
          aria-expanded=${hasReveal(this) ? String(this.checked) : nothing}
          aria-controls=${hasReveal(this) ? 'reveal' : nothing}
          @input=${this.#onInput}
          @change=${this.userCommit}
        /><label part="label" for="control">${optionLabel(this)}${this.renderRequired()}</label>
      </div
      >${hasReveal(this)
        ? html`<div class="reveal" id="reveal" ?hidden=${!this.checked}><slot></slot></div>`
        : html`<slot hidden></slot>`}</div>`;
  }

  // Taken on `input` (before `change`), so a listener on the element reads the new state in the
  // native `input` event that leaves the shadow root; `change` commits (see choice-group.ts).
  #onInput(e: Event): void {
    this.checked = (e.target as HTMLInputElement).checked;
    this.userInput(this.value);
  }
}

define('soc-checkbox', SocCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'soc-checkbox': SocCheckbox;
  }
}
