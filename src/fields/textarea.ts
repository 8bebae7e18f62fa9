import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { SocFormControl, type Check } from './form-control.js';
import { fieldSheet } from '../styles/shared.js';
import { cleanText } from '../schemas/text.js';
import {
  characterLimit,
  charactersLeft,
  tooManyCharacters,
  tooManyWords,
  wordLimit,
  wordsLeft,
} from '../localization/messages.js';
import { define } from '../define.js';

/** How long the user must pause before the count is read out (GOV.UK waits similarly). */
const ANNOUNCE_DELAY_MS = 1000;

/** Words as a reader counts them: runs of characters between white space. */
const countWords = (text: string): number => text.match(/\S+/gu)?.length ?? 0;

/**
 * @summary Multi-line text with label, hint, error and — when `maxlength` or `maxwords` is set — a
 * count that screen readers hear only when the user pauses.
 *
 * Text over the limit is kept and flagged, never cut: cutting would lose what a stressed person
 * just wrote. With `threshold` the count appears only once that share of the limit is used (GOV.UK
 * character count); the limit itself is always in the textarea's description. When the textarea
 * already has text, its description also says how much room is left, so a screen reader user who
 * lands in it hears that without typing.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<textarea>`.
 * @csspart count - The visible count (characters or words).
 * @cssprop [--soc-color-error=#a61e14] - Error text, border and over-limit count colour.
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
        color: var(--soc-color-error, #a61e14);
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
    maxwords: { type: Number },
    threshold: { type: Number },
    rows: { type: Number },
    autocomplete: {},
    announced: { state: true },
  };

  /** Character limit. Shows a count; more is allowed to be typed but is an error. */
  declare maxlength: number | undefined;
  /** Word limit (attribute `maxwords`): counts words instead of characters; `maxlength` is then ignored. */
  declare maxwords: number | undefined;
  /** Percentage of the limit (0–100) from which the count is shown and read out; below it only the limit is described. */
  declare threshold: number | undefined;
  /** Visible rows. */
  declare rows: number;
  /** Forwarded to the native textarea. */
  declare autocomplete: string;

  /** The count as last read out to screen readers (polite live region). */
  declare private announced: string;

  constructor() {
    super();
    this.maxlength = undefined;
    this.maxwords = undefined;
    this.threshold = undefined;
    this.rows = 5;
    this.autocomplete = '';
    this.announced = '';
  }

  get #textarea(): HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector('textarea') ?? null;
  }

  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The count in the description, as it was when focus arrived (see `render`). */
  #described = '';

  protected get anchor() {
    return this.#textarea;
  }

  /** The limit in force: words when `maxwords` is set, else characters. */
  get #limit(): number | undefined {
    return this.maxwords ?? this.maxlength;
  }

  /** Characters, or words with `maxwords`, in the cleaned text. */
  get #length(): number {
    const text = cleanText(this.value, { multiline: true });
    return this.maxwords !== undefined ? countWords(text) : [...text].length;
  }

  protected check(): Check {
    const text = cleanText(this.value, { multiline: true });
    if (!text) return { code: this.required ? 'required' : null, formValue: '', state: this.value };
    if (this.#limit !== undefined && this.#length > this.#limit) {
      return { code: 'too_long', formValue: text, state: this.value };
    }
    return { code: null, formValue: text, state: this.value };
  }

  protected override messageContext() {
    return { label: this.label, max: this.#limit, words: this.maxwords !== undefined };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Over the limit the error shows at once: the count already says so, and the flag is the fix.
    if (changed.has('value') && this.#limit !== undefined && this.#length > this.#limit) {
      this.interacted = true;
    }
  }

  /** The count, or '' when there is no limit or less than `threshold` per cent of it is used. */
  #countText(used = this.#length): string {
    const max = this.#limit;
    if (max === undefined) return '';
    if (this.threshold && used < (max * this.threshold) / 100) return '';
    const left = max - used;
    if (this.maxwords !== undefined) return left >= 0 ? wordsLeft(left) : tooManyWords(-left);
    return left >= 0 ? charactersLeft(left) : tooManyCharacters(-left);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The box shows `value` after every render, also after the user typed in it (what Lit's
    // live() does, without its modules in the bundle).
    const c = this.#textarea;
    if (c && c.value !== this.value) c.value = this.value;
  }

  override render(): TemplateResult {
    const error = this.visibleError;
    const max = this.#limit;
    const used = this.#length;
    const count = this.#countText(used);
    const over = max !== undefined && used > max;
    // Room left is part of the description once there is text, so it is heard on arrival. It is
    // frozen while the textarea has focus: a description that changed on every key would be read
    // again in some readers, on top of the polite count after a pause.
    if (!this.#hasFocus) this.#described = this.value ? count : '';
    // Flat: every nested template and every part costs marker comments in each copy.
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label part="label" for="control">${this.label}${this.renderRequired()}</label
      >${this.renderHint()}${this.renderError(error)}${max !== undefined
        ? html`<span id="limit" class="visually-hidden" .textContent=${[
            this.maxwords !== undefined ? wordLimit(max) : characterLimit(max),
            this.#described,
          ].join(' ').trim()}></span>`
        : nothing}<textarea
        id="control"
        part="control"
        rows=${this.rows}
        ?disabled=${this.isDisabled}
        autocomplete=${this.autocomplete || nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${this.describedBy(max !== undefined ? 'limit' : '')}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
        @input=${this.#onInput}
        @change=${this.userCommit}
      ></textarea
      >${count ? html`<div part="count" class=${over ? 'over' : ''} aria-hidden="true" .textContent=${count}></div>` : nothing}${max !==
      undefined
        ? // There before anything is said into it: a live region that appears with its text is not read.
          html`<div class="visually-hidden" aria-live="polite" .textContent=${this.announced}></div>`
        : nothing}</div>`;
  }

  #hasFocus = false;

  #onFocus(): void {
    this.#hasFocus = true;
  }

  #onBlur(): void {
    this.#hasFocus = false;
    this.requestUpdate();
  }

  #onInput(e: Event): void {
    this.userInput((e.target as HTMLTextAreaElement).value);
    // The visible count updates on every key; the live region only after a pause, so a screen
    // reader is not interrupted on each character.
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.announced = this.#countText()), ANNOUNCE_DELAY_MS);
  }
}

define('soc-textarea', SocTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'soc-textarea': SocTextarea;
  }
}
