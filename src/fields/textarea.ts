import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { SocFormControl, type Check } from './form-control.js';
import { fieldSheet } from '../styles/shared.js';
import { cleanText } from '../schemas/text.js';
import { characterLimit, charactersLeft, tooManyCharacters } from '../localization/messages.js';
import { define } from '../define.js';

/** How long the user must pause before the count is read out (GOV.UK waits similarly). */
const ANNOUNCE_DELAY_MS = 1000;

/**
 * @summary Multi-line text with label, hint, error and — when `maxlength` is set — a character
 * count that screen readers hear only when the user pauses.
 *
 * Text over the limit is kept and flagged, never cut: cutting would lose what a stressed person
 * just wrote.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<textarea>`.
 * @csspart count - The visible character count.
 * @cssprop [--soc-color-error=#b42318] - Error text, border and over-limit count colour.
 * @cssprop [--soc-color-hint=#474747] - Hint text and the character count.
 * @cssprop [--soc-color-border=#4a4a4a] - Input border colour.
 * @cssprop [--soc-border-width=2px] - Input border width (1 px more when the answer has an error).
 * @cssprop [--soc-radius=0.25rem] - Input corner radius.
 * @cssprop [--soc-color-input-text=#0b0c0c] - Text colour in the input.
 * @cssprop [--soc-color-input-bg=#fff] - Input background.
 * @cssprop [--soc-color-disabled-text=#4a4a4a] - Text colour when disabled.
 * @cssprop [--soc-color-disabled-bg=#f0f0f0] - Input background when disabled.
 * @fires change - The user committed a new value.
 * @fires input - The user typed (the native event, composed).
 */
export class SocTextarea extends SocFormControl {
  static override styles = fieldSheet(css`
      [part~='count'] {
        color: var(--soc-color-hint, #474747);
      }
      [part~='count'].over {
        color: var(--soc-color-error, #b42318);
        font-weight: 700;
      }
      @media (forced-colors: active) {
        [part~='count'] {
          color: CanvasText;
        }
      }
    `);

  static override properties: PropertyDeclarations = {
    maxlength: { type: Number },
    rows: { type: Number },
    autocomplete: {},
    announced: { state: true },
  };

  /** Character limit. Shows a count; more is allowed to be typed but is an error. */
  declare maxlength: number | undefined;
  /** Visible rows. */
  declare rows: number;
  /** Forwarded to the native textarea. */
  declare autocomplete: string;

  /** The count as last read out to screen readers (polite live region). */
  declare private announced: string;

  constructor() {
    super();
    this.maxlength = undefined;
    this.rows = 5;
    this.autocomplete = '';
    this.announced = '';
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector('textarea') ?? null;
  }

  #timer: ReturnType<typeof setTimeout> | undefined;

  protected get anchor() {
    return this.textarea;
  }

  private get length(): number {
    return [...cleanText(this.value, { multiline: true })].length;
  }

  protected check(): Check {
    const text = cleanText(this.value, { multiline: true });
    if (!text) return { code: this.required ? 'required' : null, formValue: '', state: this.value };
    if (this.maxlength !== undefined && [...text].length > this.maxlength) {
      return { code: 'too_long', formValue: text, state: this.value };
    }
    return { code: null, formValue: text, state: this.value };
  }

  protected override messageContext() {
    return { label: this.label, max: this.maxlength };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Over the limit the error shows at once: the count already says so, and the flag is the fix.
    if (changed.has('value') && this.maxlength !== undefined && this.length > this.maxlength) {
      this.interacted = true;
    }
  }

  private countText(): string {
    if (this.maxlength === undefined) return '';
    const left = this.maxlength - this.length;
    return left >= 0 ? charactersLeft(left) : tooManyCharacters(-left);
  }

  override render(): TemplateResult {
    const error = this.visibleError;
    const count = this.countText();
    const over = this.maxlength !== undefined && this.length > this.maxlength;
    // Flat: every nested template and every part costs marker comments in each copy.
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label part="label" for="control">${this.label}${this.required ? this.renderRequired() : nothing}</label
      >${this.renderHint()}${this.renderError(error)}${this.maxlength !== undefined
        ? html`<span id="limit" class="visually-hidden" .textContent=${characterLimit(this.maxlength)}></span>`
        : nothing}<textarea
        id="control"
        part="control"
        rows=${this.rows}
        .value=${live(this.value)}
        ?disabled=${this.isDisabled}
        autocomplete=${this.autocomplete || nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${this.maxlength !== undefined ? this.describedBy('limit') : this.describedBy()}
        @input=${this.#onInput}
        @change=${this.userCommit}
      ></textarea
      >${count
        ? html`<div part="count" class=${over ? 'over' : ''} aria-hidden="true" .textContent=${count}></div>
            <div class="visually-hidden" aria-live="polite">${this.announced}</div>`
        : nothing}</div>`;
  }

  #onInput(e: Event): void {
    this.userInput((e.target as HTMLTextAreaElement).value);
    // The visible count updates on every key; the live region only after a pause, so a screen
    // reader is not interrupted on each character.
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.announced = this.countText()), ANNOUNCE_DELAY_MS);
  }
}

define('soc-textarea', SocTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'soc-textarea': SocTextarea;
  }
}
