/**
 * Shared base of `soc-radio-group` and `soc-checkbox-group`. The options are light-DOM children
 * read as data; the group draws native inputs in its own shadow root next to the legend, hint and
 * error, so grouping, arrow keys and names come from the browser, not from ARIA re-creations.
 * Each option element is slotted under its input and shows its revealed content when checked.
 */
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { SocFormControl } from './form-control.js';
import { hasReveal, optionLabel, revealText } from './option.js';
import { choiceSheet } from '../styles/shared.js';

let groupCount = 0;

export interface OptionEl extends HTMLElement {
  value: string;
  hint: string;
  disabled: boolean;
  checked: boolean;
}

/**
 * Base class of `soc-radio-group` and `soc-checkbox-group` (not an element of its own).
 *
 * @cssprop [--soc-color-accent=#0b57d0] - Colour of the radio dot or the tick.
 * @cssprop [--soc-color-reveal-border=#767676] - Line beside the content shown under a chosen answer.
 * @cssprop [--soc-space-l=1.5rem] - Space between answers side by side (`inline`).
 */
export abstract class SocChoiceGroup extends SocFormControl {
  /**
   * The native inputs' name, unique per group: WebKit makes one radio group of same-named radios
   * in different shadow roots, so Tab skipped every group after the first (README, Supported
   * browsers).
   */
  readonly #inputName = `options-${++groupCount}`;
  static override properties: PropertyDeclarations = {
    inline: { type: Boolean, reflect: true },
  };

  static override styles = choiceSheet;

  /** Lay short answers ("Ja"/"Nej") out side by side. */
  declare inline: boolean;

  constructor() {
    super();
    this.inline = false;
  }

  /** Tag of the option children. */
  protected abstract readonly optionTag: string;
  /** The native input type drawn for each option. */
  protected abstract readonly inputType: 'radio' | 'checkbox';

  #observer = new MutationObserver(() => this.requestUpdate());

  /** The option elements, in document order. */
  get options(): OptionEl[] {
    return [...this.children].filter((c) => c.localName === this.optionTag) as OptionEl[];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['label', 'value', 'hint', 'disabled', 'checked', 'exclusive'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /** Focuses the checked radio (where Tab would land), else the first answer. */
  override focus(options?: FocusOptions): void {
    const inputs = [...(this.renderRoot?.querySelectorAll<HTMLInputElement>('input') ?? [])];
    const checked = this.inputType === 'radio' ? inputs.find((i) => i.checked && !i.disabled) : undefined;
    (checked ?? inputs.find((i) => !i.disabled))?.focus(options);
    if (!inputs.length) super.focus(options);
  }

  protected get anchor(): HTMLElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  /** Whether option `i` is checked in the current value. */
  protected abstract isChecked(option: OptionEl): boolean;
  /** The user checked or unchecked option `option`. */
  protected abstract toggle(option: OptionEl, checked: boolean): void;
  /** Drawn before option `i` (e.g. the "eller" above an exclusive answer). */
  protected renderBefore(_o: OptionEl, _i: number): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Drawn after the answers, inside the fieldset (e.g. a live region). */
  protected renderAfter(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Each box shows its answer's state after every render, also after the user changed it (what
    // Lit's live() does, without its modules in the bundle).
    this.renderRoot.querySelectorAll('input').forEach((input, i) => {
      const checked = this.isChecked(this.#rendered[i]!);
      if (input.checked !== checked) input.checked = checked;
    });
  }

  override render(): TemplateResult {
    const error = this.visibleError;
    const options = this.options;
    options.forEach((o, i) => {
      if (o.slot !== `o${i}`) o.slot = `o${i}`;
    });
    this.#rendered = options;
    return html`<div class="field ${error ? 'invalid' : ''} ${this.inline ? 'inline' : ''}">
      <fieldset
        role=${this.inputType === 'radio' ? 'radiogroup' : nothing}
        aria-labelledby="legend"
        aria-describedby=${this.describedBy()}
        aria-required=${this.inputType === 'radio' && this.required ? 'true' : nothing}
        aria-invalid=${this.inputType === 'radio' && error ? 'true' : nothing}
      >
        <legend part="label" id="legend">${this.label}${this.renderRequired()}</legend
        >${this.renderHint()}${this.renderError(error)}<div class="items">${options.map((o, i) => this.#renderOption(o, i, !!error))}</div
        >${this.renderAfter()}
      </fieldset>
    </div>`;
  }

  /** The options as last rendered: input `o3` is option 3 of this list. */
  #rendered: OptionEl[] = [];

  #renderOption(o: OptionEl, i: number, invalid: boolean): TemplateResult {
    const checked = this.isChecked(o);
    // The slot is also the box of the revealed content (one element, no nested template).
    const reveal = hasReveal(o);
    const revealed = reveal && checked ? revealText(o) : '';
    // Just chosen by the user: the revealed question is said once, by the live region (Firefox
    // sends no event when a description changes, so Orca would say only "selected"). From when
    // the focus leaves the answer, the question is its description instead (said whenever the
    // answer has focus again) and the live region is empty (not read twice when reading on).
    const announce = revealed && this.#announced === o ? revealed : '';
    const describedBy = [o.hint ? `o${i}-hint` : '', revealed && !announce ? `o${i}-reveal` : ''].filter(Boolean).join(' ');
    // No white space between input, label and hint (grid items): each would be a text node. One
    // template per answer, each part a marker comment in every copy: an item of a list of parts
    // costs two, so the answer is not a list of its own.
    return html`${this.renderBefore(o, i)}<div class=${o.hint ? 'item hinted' : 'item'}>
        <input
          id="o${i}"
          part="control"
          type=${this.inputType}
          name=${this.#inputName}
          .value=${o.value}
          ?disabled=${this.isDisabled || o.disabled}
          aria-describedby=${describedBy || nothing}
          aria-controls=${reveal ? `o${i}-content` : nothing}
          aria-expanded=${reveal && this.inputType === 'checkbox' ? String(checked) : nothing}
          aria-invalid=${this.inputType === 'checkbox' && invalid ? 'true' : nothing}
          @input=${this.#onInput}
          @change=${this.userCommit}
          @blur=${this.#onBlur}
        /><label for="o${i}" .textContent=${optionLabel(o)}></label
        >${o.hint ? html`<div part="hint" class="item-hint" id="o${i}-hint" .textContent=${o.hint}></div>` : nothing}${reveal
          ? // The question as the answer's description while it is chosen (never shown), and a live
            // region there from the first render: one that appears with its text is not read.
            html`<span id="o${i}-reveal" hidden .textContent=${revealed}></span><span class="visually-hidden" aria-live="polite" .textContent=${announce}></span>`
          : nothing}</div
      ><slot name="o${i}" id=${reveal ? `o${i}-content` : nothing} class=${reveal ? 'reveal' : ''} ?hidden=${!(reveal && checked)}></slot>`;
  }

  /** The answer whose revealed question the live region says: the one the user just checked. */
  #announced: OptionEl | null = null;

  #onBlur(e: Event): void {
    // Only the answer that was announced: arrow keys may check the next radio before the
    // previous one loses focus.
    if (!this.#announced || this.#rendered[Number((e.target as HTMLElement).id.slice(1))] !== this.#announced) return;
    this.#announced = null;
    this.requestUpdate();
  }

  // The answer is taken on `input`, which the browser fires before `change`: the native `input`
  // event leaves the shadow root (composed), so a listener on the group (Vue's v-model) reads the
  // new value in it. `change` then commits.
  #onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const option = this.#rendered[Number(input.id.slice(1))];
    if (!option) return;
    this.toggle(option, input.checked);
    this.#announced = input.checked && hasReveal(option) ? option : null;
    this.userInput(this.value);
  }
}
