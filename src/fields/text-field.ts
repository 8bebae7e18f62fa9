import { MAX } from '../schemas/limits.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { SocFormControl, type Check } from './form-control.js';
import { fieldSheet } from '../styles/shared.js';
import { textFieldStyles } from './text-field.styles.js';
import { cleanText } from '../schemas/text.js';
import { formatPersonnummer, parsePersonnummer } from '../schemas/personnummer.js';
import { formatPostnummer, parsePostnummer } from '../schemas/postnummer.js';
import { formatPhone, parsePhone } from '../schemas/phone.js';
import { parseEmail } from '../schemas/email.js';
import { define } from '../define.js';

export type TextFormat = 'personnummer' | 'postnummer' | 'phone';
/** The widths `width` takes: about that many characters fit in the box. */
export type TextWidth = '' | '2' | '3' | '4' | '5' | '10' | '20' | '30';

type Parsed = { ok: true; value: string } | { ok: false; code: import('../schemas/codes.js').ErrorCode };

const FORMATS: Record<TextFormat, { parse: (s: string) => Parsed; format: (v: string) => string }> = {
  personnummer: { parse: (s) => parsePersonnummer(s), format: formatPersonnummer },
  postnummer: { parse: parsePostnummer, format: formatPostnummer },
  phone: { parse: parsePhone, format: formatPhone },
};

const INPUT_MODE: Record<TextFormat, string> = { personnummer: 'numeric', postnummer: 'numeric', phone: 'tel' };

/**
 * @summary A one-line text field with label, hint and error; `format` adds lenient parsing of
 * Swedish personnummer, postnummer and phone numbers.
 *
 * The user may type "811218 9876" or "19811218-9876"; the form gets the normalized value
 * ("198112189876", "12345", "+46701234567") and the field shows the tidy form once the user
 * leaves it.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<input>`.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring colour.
 * @cssprop [--soc-color-error=#a61e14] - Error text and border colour.
 * @cssprop [--soc-color-border=#4a4a4a] - Input border colour.
 * @cssprop [--soc-border-width=2px] - Input border width (1 px more when the answer has an error).
 * @cssprop [--soc-radius=0.25rem] - Input corner radius.
 * @cssprop [--soc-color-input-text=#0b0c0c] - Text colour in the input.
 * @cssprop [--soc-color-input-bg=#fff] - Input background.
 * @cssprop [--soc-color-disabled-text=#4a4a4a] - Text colour when disabled.
 * @cssprop [--soc-color-disabled-bg=#f0f0f0] - Input background when disabled.
 * @fires change - The user committed a new value (not fired on programmatic changes).
 * @fires input - The user typed (the native event, composed).
 */
export class SocTextField extends SocFormControl {
  static override properties: PropertyDeclarations = {
    type: {},
    format: {},
    autocomplete: {},
    width: { reflect: true },
    maxlength: { type: Number },
  };

  static override styles = fieldSheet(textFieldStyles);

  /** `text`, `email` or `tel`. */
  declare type: 'text' | 'email' | 'tel';
  /** `personnummer`, `postnummer` or `phone`: parse, validate and normalize the value. */
  declare format: TextFormat | '';
  /** Forwarded to the native input (WCAG 1.3.5), e.g. `name`, `email`, `tel`, `postal-code`. */
  declare autocomplete: string;
  /** Expected characters, for GOV.UK-style widths: `2`, `3`, `4`, `5`, `10`, `20` or `30`; empty: the full width. */
  declare width: TextWidth;
  /** Most characters allowed; more is kept and flagged, never cut. */
  declare maxlength: number;

  constructor() {
    super();
    this.type = 'text';
    this.format = '';
    this.autocomplete = '';
    this.width = '';
    // The payloads' limit for a one-line answer (schemas/limits.ts), so a field never allows more.
    this.maxlength = MAX.short;
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  /** The value as submitted: normalized when a `format` is set and the value is valid. */
  get normalizedValue(): string {
    const v = this.check().formValue;
    return typeof v === 'string' ? v : '';
  }

  protected get anchor() {
    return this.#input;
  }

  protected check(): Check {
    const text = cleanText(this.value);
    if (!text) return { code: this.required ? 'required' : null, formValue: '', state: this.value };
    if ([...text].length > this.maxlength) return { code: 'too_long', formValue: text, state: this.value };
    const r: Parsed =
      this.format && FORMATS[this.format]
        ? FORMATS[this.format].parse(text)
        : this.type === 'email'
          ? parseEmail(text)
          : { ok: true, value: text };
    return r.ok ? { code: null, formValue: r.value, state: this.value } : { code: r.code, formValue: text, state: this.value };
  }

  protected override messageContext() {
    return { label: this.label, max: this.maxlength };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The box shows `value` after every render, also after the user typed in it (what Lit's
    // live() does, without its modules in the bundle).
    const c = this.#input;
    if (c && c.value !== this.value) c.value = this.value;
  }

  override render(): TemplateResult {
    const error = this.visibleError;
    // Flat: every nested template and every part costs marker comments in each copy.
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label part="label" for="control">${this.label}${this.renderRequired()}</label
      >${this.renderHint()}${this.renderError(error)}<input
        id="control"
        part="control"
        type=${this.type === 'email' ? 'email' : this.type === 'tel' || this.format === 'phone' ? 'tel' : 'text'}
        ?disabled=${this.isDisabled}
        autocomplete=${this.autocomplete || nothing}
        inputmode=${(this.format && INPUT_MODE[this.format]) || nothing}
        spellcheck=${this.format || this.type !== 'text' ? 'false' : nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${this.describedBy()}
        @input=${this.#onInput}
        @change=${this.#onChange}
        @keydown=${this.#onKeydown}
      />
    </div>`;
  }

  #onInput(e: Event): void {
    this.userInput((e.target as HTMLInputElement).value);
  }

  /**
   * Enter submits the form the way a native text input does (implicit submission): through the
   * form's default button — the first submit button — and not at all when that button is disabled.
   * The input sits in a shadow root, so the browser does not do this for us.
   */
  #onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || e.isComposing || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const button = [...(this.form?.elements ?? [])].find(
      (el): el is HTMLButtonElement | HTMLInputElement =>
        (el instanceof HTMLButtonElement && el.type === 'submit') ||
        (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'image')),
    );
    if (!button) return;
    e.preventDefault();
    if (!button.disabled) button.click();
  }

  #onChange(): void {
    // Show the tidy form ("19811218-9876") once the user has finished typing a valid value.
    if (this.format && FORMATS[this.format]) {
      const r = FORMATS[this.format].parse(cleanText(this.value));
      if (r.ok) this.value = FORMATS[this.format].format(r.value);
    }
    this.userCommit();
  }
}

define('soc-text-field', SocTextField);

declare global {
  interface HTMLElementTagNameMap {
    'soc-text-field': SocTextField;
  }
}
