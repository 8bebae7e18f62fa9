import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { SocFormControl, type Check } from './form-control.js';
import { fieldSheet } from '../styles/shared.js';
import type { ErrorCode } from '../schemas/codes.js';
import { DATE_PARTS, type DatePart, localToday, parseDateParts, splitIsoDate } from '../schemas/date.js';
import { dateMessage, partLabel } from '../localization/date-messages.js';
import { errorMessage } from '../localization/messages.js';
import { getLocale } from '../localization/locale.js';
import { define } from '../define.js';

/**
 * @summary A date as day, month and year in three boxes in one fieldset (GOV.UK date input);
 * submits `YYYY-MM-DD`.
 *
 * The boxes take "3" or "03", spaces around the number and Arabic-Indic digits. When one box is
 * wrong only that box is marked and the message says which ("Datumet måste ha ett år", "Skriv en
 * riktig månad, 1–12"); a date out of range marks all three. The form gets the ISO date, or an
 * empty value while the date is incomplete or wrong; what was typed is kept either way.
 *
 * `rule="past"` allows today and earlier dates (a date of birth), `rule="future"` today and later;
 * `min` and `max` (ISO dates) bound it further. "Today" is the reader's own calendar day.
 *
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - Each of the three native inputs.
 * @csspart part-label - The label of each box (Dag, Månad, År).
 * @cssprop [--soc-color-border=#4a4a4a] - Input border colour.
 * @cssprop [--soc-color-error=#a61e14] - Error text and the border of a wrong box.
 * @fires change - The user committed a new day, month or year.
 * @fires input - The user typed in one of the boxes (the native event, composed; `value` is already new).
 */
export class SocDateInput extends SocFormControl {
  static override properties: PropertyDeclarations = {
    min: {},
    max: {},
    rule: {},
    autocomplete: {},
    parts: { state: true },
  };

  static override styles = fieldSheet(css`
    .parts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--soc-space-s, 0.75rem);
    }
    .part {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
    }
    .part label {
      font-weight: 400;
    }
    .part input {
      inline-size: calc(2ch + 2.25rem);
    }
    .part.year input {
      inline-size: calc(4ch + 2.25rem);
    }
  `);

  /** Earliest allowed date, `YYYY-MM-DD`. */
  declare min: string;
  /** Latest allowed date, `YYYY-MM-DD`. */
  declare max: string;
  /** `past`: today or earlier only; `future`: today or later only. */
  declare rule: 'past' | 'future' | '';
  /** `bday` gives the boxes `bday-day`, `bday-month`, `bday-year`; any other value is forwarded as is. */
  declare autocomplete: string;

  /** The three boxes as typed: day, month, year. */
  declare private parts: [string, string, string];
  /** The boxes the last check found wrong. */
  #wrong: DatePart[] = [];
  #days = 31;

  constructor() {
    super();
    this.min = '';
    this.max = '';
    this.rule = '';
    this.autocomplete = '';
    this.parts = ['', '', ''];
  }

  protected get anchor(): HTMLInputElement | null {
    const part = this.#wrong[0] ?? 'day';
    return this.renderRoot?.querySelector<HTMLInputElement>(`#${part}`) ?? null;
  }

  /** Focus goes to the first wrong box (an error summary link, a failed submit), else to the day. */
  override focus(options?: FocusOptions): void {
    if (this.visibleError && this.anchor) this.anchor.focus(options);
    else super.focus(options);
  }

  protected check(): Check {
    const [d, m, y] = this.parts;
    const r = parseDateParts(d, m, y, this.required, { min: this.min, max: this.max, rule: this.rule, today: localToday() });
    const state = JSON.stringify(this.parts);
    if (r.ok) {
      this.#wrong = [];
      return { code: null, formValue: r.value, state };
    }
    this.#wrong = r.parts;
    this.#days = r.days ?? 31;
    return { code: r.code, formValue: '', state };
  }

  protected override errorText(code: ErrorCode): string {
    const fmt = (iso: string) => {
      const [d, m, y] = splitIsoDate(iso).map(Number) as [number, number, number];
      if (!y) return iso;
      return new Intl.DateTimeFormat(getLocale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(y, m - 1, d)),
      );
    };
    return dateMessage(code, { days: this.#days, min: fmt(this.min), max: fmt(this.max) }) ?? errorMessage(code, this.messageContext());
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.parts = splitIsoDate(this.value);
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const p: unknown = JSON.parse(state);
      if (Array.isArray(p) && p.length === 3 && p.every((s) => typeof s === 'string')) {
        this.#setParts(p as [string, string, string]);
        return;
      }
    } catch {
      // Not our own state: an ISO date (autofill) is taken as the value below.
    }
    this.value = state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A value set from outside (attribute, property, reset) fills the boxes; a value that follows
    // from what the user typed leaves the boxes as typed ("03" stays "03").
    if (changed.has('value') && this.value !== this.#isoOfParts()) this.parts = splitIsoDate(this.value);
    super.willUpdate(changed);
  }

  override render(): TemplateResult {
    const error = this.visibleError;
    // A message from outside (a server) is about the whole date.
    const wrong = error ? (this.error ? DATE_PARTS : this.#wrong) : [];
    const bday = this.autocomplete === 'bday';
    return html`<div class="field ${error ? 'invalid' : ''}">
      <fieldset aria-describedby=${this.describedBy()}>
        <legend part="label">${this.label}${this.renderRequired()}</legend>
        ${this.renderHint()}${this.renderError(error)}
        <div class="parts">
          ${DATE_PARTS.map((part, i) => {
            const bad = wrong.includes(part);
            return html`<div class="part ${part}">
              <label part="part-label" for=${part}>${partLabel[part]()}</label>
              <input
                id=${part}
                part="control"
                type="text"
                inputmode="numeric"
                spellcheck="false"
                .value=${live(this.parts[i]!)}
                ?disabled=${this.isDisabled}
                autocomplete=${bday ? `bday-${part}` : this.autocomplete || nothing}
                aria-invalid=${bad ? 'true' : nothing}
                @input=${this.#onInput}
                @change=${this.userCommit}
              />
            </div>`;
          })}
        </div>
      </fieldset>
    </div>`;
  }

  /** The ISO date the boxes make, or '' when they make none. */
  #isoOfParts(): string {
    const r = parseDateParts(...this.parts, false);
    return r.ok ? r.value : '';
  }

  #setParts(parts: [string, string, string]): void {
    this.parts = parts;
    this.value = this.#isoOfParts();
  }

  #onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const parts = [...this.parts] as [string, string, string];
    parts[DATE_PARTS.indexOf(input.id as DatePart)] = input.value;
    this.parts = parts;
    this.userInput(this.#isoOfParts());
  }
}

define('soc-date-input', SocDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'soc-date-input': SocDateInput;
  }
}
