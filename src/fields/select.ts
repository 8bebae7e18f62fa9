import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { SocFormControl, type Check } from './form-control.js';
import { fieldSheet } from '../styles/shared.js';
import { msg } from '@lit/localize';
import { define } from '../define.js';

/**
 * @summary A native `<select>` with label, hint and error. The answers are `<option>` (and
 * `<optgroup>`) children, copied into the shadow root's select and kept in step when they change.
 *
 * The first entry is an empty "Välj" (text from `placeholder`), so nobody sends the first answer
 * by mistake; it is not an answer, so a `required` field with it chosen is invalid. An `<option
 * value="">` child replaces it, and `no-placeholder` leaves it out (the first answer is then
 * chosen, as in a plain select).
 *
 * @slot - `<option>` and `<optgroup>` elements (read as data; not shown themselves).
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<select>`.
 * @cssprop [--soc-color-border=#4a4a4a] - Border colour.
 * @cssprop [--soc-color-error=#a61e14] - Error text and border colour.
 * @fires change - The user chose an answer.
 * @fires input - The user chose an answer (the native event, composed; `value` is already new).
 */
export class SocSelect extends SocFormControl {
  static override properties: PropertyDeclarations = {
    placeholder: {},
    noPlaceholder: { type: Boolean, attribute: 'no-placeholder' },
    autocomplete: {},
  };

  static override styles = fieldSheet(css`
    select {
      box-sizing: border-box;
      inline-size: auto;
      min-inline-size: 11.5rem;
      max-inline-size: 100%;
      min-block-size: 2.75rem;
      padding: var(--soc-space-xs, 0.375rem) var(--soc-space-s, 0.75rem);
      font: inherit;
      color: var(--soc-color-input-text, #0b0c0c);
      background: var(--soc-color-input-bg, #fff);
      border: var(--soc-border-width, 2px) solid var(--soc-color-border, #4a4a4a);
      border-radius: var(--soc-radius, 0.25rem);
    }
    select[aria-invalid='true'] {
      border-color: var(--soc-color-error, #a61e14);
      border-width: calc(var(--soc-border-width, 2px) + 1px);
    }
    select:disabled {
      color: var(--soc-color-disabled-text, #4a4a4a);
      background: var(--soc-color-disabled-bg, #f0f0f0);
      cursor: not-allowed;
    }
  `);

  /** Text of the empty first entry; "Välj" in the reader's language when not set. */
  declare placeholder: string;
  /** No empty first entry: the first answer is chosen until the user picks another (attribute `no-placeholder`). */
  declare noPlaceholder: boolean;
  /** Forwarded to the native select (WCAG 1.3.5), e.g. `country-name`. */
  declare autocomplete: string;

  // An option child that gets `selected` later (a CMS script) becomes the value, as in a native
  // select; any other change of the children redraws the list.
  #observer = new MutationObserver((records) => {
    for (const r of records) {
      const o = r.target as HTMLOptionElement;
      if (r.attributeName === 'selected' && o.localName === 'option' && o.hasAttribute('selected')) this.value = o.value;
    }
    this.requestUpdate();
  });

  constructor() {
    super();
    this.placeholder = '';
    this.noPlaceholder = false;
    this.autocomplete = '';
  }

  /** The answers: the `<option>` children, also those in `<optgroup>`s. */
  get options(): HTMLOptionElement[] {
    return [...this.querySelectorAll<HTMLOptionElement>(':scope > option, :scope > optgroup > option')];
  }

  protected get anchor(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector('select') ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['value', 'label', 'selected', 'disabled'],
    });
    if (!this.value) this.value = this.defaultValue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override defaultValue(): string {
    return this.getAttribute('value') ?? this.options.find((o) => o.hasAttribute('selected'))?.value ?? '';
  }

  /** Whether an empty first entry is drawn (our own, or the author's `<option value="">`). */
  get #ownPlaceholder(): boolean {
    return !this.noPlaceholder && !this.options.some((o) => o.value === '');
  }

  /** The answer the select shows: the value when it is an answer, else the first entry. */
  get #shown(): string {
    const opts = this.options.filter((o) => !o.disabled);
    if (this.options.some((o) => o.value === this.value)) return this.value;
    return this.#ownPlaceholder || !opts.length ? '' : opts[0]!.value;
  }

  protected check(): Check {
    const v = this.#shown;
    if (!v) return { code: this.required ? 'required' : null, formValue: '', state: '' };
    return { code: null, formValue: v, state: v };
  }

  protected override messageContext() {
    return { label: this.label, kind: 'choice' as const };
  }

  // The rule guards against a change handler that navigates or moves focus (arrow keys on a
  // closed select fire change in some browsers). Ours only re-dispatches `change` from the host.
  /* eslint-disable lit-a11y/no-invalid-change-handler */
  override render(): TemplateResult {
    const error = this.visibleError;
    const shown = this.#shown;
    const option = (o: HTMLOptionElement) =>
      html`<option .value=${o.value} ?disabled=${o.disabled} .selected=${live(o.value === shown)}>${o.label}</option>`;
    const children = [...this.children].map((c) =>
      c instanceof HTMLOptGroupElement
        ? html`<optgroup label=${c.label} ?disabled=${c.disabled}>${[...c.querySelectorAll('option')].map(option)}</optgroup>`
        : c instanceof HTMLOptionElement
          ? option(c)
          : nothing,
    );
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label part="label" for="control">${this.label}${this.renderRequired()}</label>${this.renderHint()}${this.renderError(error)}<select
        id="control"
        part="control"
        ?disabled=${this.isDisabled}
        autocomplete=${this.autocomplete || nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${this.describedBy()}
        @input=${this.#onInput}
        @change=${this.userCommit}
      >
        ${this.#ownPlaceholder
          ? html`<option value="" .selected=${live(shown === '')}>${this.placeholder || msg('Välj', { desc: 'Empty first entry of a drop-down list.' })}</option>`
          : nothing}${children}
      </select>
    </div>`;
  }

  /* eslint-enable lit-a11y/no-invalid-change-handler */

  #onInput(e: Event): void {
    this.userInput((e.target as HTMLSelectElement).value);
  }
}

define('soc-select', SocSelect);

declare global {
  interface HTMLElementTagNameMap {
    'soc-select': SocSelect;
  }
}
