/**
 * The base of every soc field: a form-associated custom element (ElementInternals) whose label,
 * hint, error and native control share one shadow root, so `for`, `aria-describedby` and
 * `aria-invalid` work without cross-root ARIA.
 *
 * Errors appear only after the user has changed the field and left it, or after a submit attempt
 * (Lion's "touched && dirty || submitted"), never while the first value is being typed.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import type { ErrorCode } from '../schemas/codes.js';
import { errorMessage, type MessageContext } from '../localization/messages.js';
import { localeFollowers, startLocalization } from '../localization/locale.js';
import { enclosingOption } from './option.js';
import { type Check, FLAG, type Pushed, focusFirstInvalid, pushToInternals } from './validity.js';

export type { Check };

/**
 * Base class of every soc field (not an element of its own); its CSS custom properties apply to
 * all fields.
 *
 * @cssprop [--soc-color-error=#a61e14] - Error message, the bar beside a field with an error.
 * @cssprop [--soc-color-hint=#474747] - Hint text.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--soc-focus-width=3px] - Focus ring thickness.
 * @cssprop [--soc-focus-offset=2px] - Gap between the focus ring and the control.
 * @cssprop [--soc-label-weight=700] - Font weight of the label or legend.
 * @cssprop [--soc-error-bar=0.3125rem] - Width of the bar beside a field with an error.
 * @cssprop [--soc-space-field=1.75rem] - Space below the field.
 * @cssprop [--soc-space-xs=0.375rem] - Space between label, hint, error and control.
 * @cssprop [--soc-space-s=0.75rem] - Space between the error bar and the field.
 */
export abstract class SocFormControl extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    label: {},
    hint: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    value: {},
    error: {},
    requiredMessage: { attribute: 'required-message' },
    formDisabled: { state: true },
    interacted: { state: true },
  };

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Name under which the value is submitted with the form. */
  declare name: string;
  /** Visible label (for groups: the legend). */
  declare label: string;
  /** Help text under the label, read by screen readers as the description. */
  declare hint: string;
  /** The field must be answered. The label says so in words. */
  declare required: boolean;
  /** Turns the field off; it is then not submitted. */
  declare disabled: boolean;
  /** The value. */
  declare value: string;
  /** An error message set from outside, e.g. by a server. Cleared when the user edits the field. */
  declare error: string;
  /** Replaces the default "Fyll i …" message (attribute `required-message`). */
  declare requiredMessage: string;

  /** Disabled by an ancestor `<fieldset disabled>`. */
  declare protected formDisabled: boolean;
  /** The user changed and left the field, or tried to submit: errors may show now. */
  declare protected interacted: boolean;

  #defaultValue: string | null = null;
  /** The user has edited the value since it was last reset. */
  #dirty = false;
  /** What ElementInternals holds now, so `sync()` only passes on what changed. */
  #pushed: Pushed = { value: null, state: null, validity: '', anchor: undefined };
  /**
   * The option this field is revealed content of (null: none), found once per connection: an
   * element's ancestors cannot change while it stays connected. Undefined while not connected.
   */
  #option: (Element & { checked: boolean }) | null | undefined = undefined;

  constructor() {
    super();
    this.name = '';
    this.label = '';
    this.hint = '';
    this.required = false;
    this.disabled = false;
    this.value = '';
    this.error = '';
    this.requiredMessage = '';
    this.formDisabled = false;
    this.interacted = false;
    startLocalization();
    // Methods, not per-instance closures: a listener on the element itself is called with the
    // element as `this`.
    this.addEventListener('invalid', this.#onInvalid);
    this.addEventListener('focusout', this.#onFocusOut);
  }

  /** The form this field belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The field's validity, as on a native input. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The current error message, or '' when the value is valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the browser validates the field with its form (not when it is disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Whether the field is off, by its own attribute or a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
  /**
   * Inside the revealed content of an answer that is not chosen: kept, but neither submitted nor
   * validated, so a hidden required field never blocks the form.
   */
  get inactive(): boolean {
    // Every enclosing answer must be chosen: a follow-up inside a follow-up counts only when both are.
    let o = this.#option === undefined || !this.isConnected ? enclosingOption(this) : this.#option;
    for (; o; o = enclosingOption(o)) if (!o.checked) return true;
    return false;
  }
  /** The error text the user sees now, or '' (a server error wins over our own). */
  get visibleError(): string {
    if (this.isDisabled || this.inactive) return '';
    if (this.error) return this.error;
    return this.interacted ? this.validationMessage : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#option = enclosingOption(this);
    // Re-renders when the locale changes (one shared listener, not one per field).
    localeFollowers.add(this);
    this.#defaultValue ??= this.defaultValue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#option = undefined;
    localeFollowers.delete(this);
  }

  /** What `form.reset()` returns to. Groups override this (their default is a checked child). */
  protected defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }

  checkValidity(): boolean {
    this.sync();
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    this.sync();
    return this.internals.reportValidity();
  }
  /** Shows the field's error now, as after a submit attempt. Returns whether it is valid. */
  showValidation(): boolean {
    this.interacted = true;
    this.sync();
    return this.internals.validity.valid;
  }

  formResetCallback(): void {
    this.value = this.#defaultValue ?? '';
    this.error = '';
    this.interacted = false;
    this.#dirty = false;
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** The current value checked: problem, submitted value, restore state. */
  protected abstract check(): Check;
  /** The native control that validity messages point at. */
  protected abstract get anchor(): HTMLElement | null;
  /** What the error messages need to know about this field. */
  protected messageContext(): MessageContext {
    return { label: this.label };
  }

  /** The sentence for a problem found by `check()`; a field with codes of its own overrides it. */
  protected errorText(code: ErrorCode): string {
    return errorMessage(code, this.messageContext());
  }

  /** Pushes value and validity to ElementInternals; call after every user edit. */
  protected sync(): void {
    const c = this.check();
    const off = this.isDisabled || this.inactive;
    const flag = off ? '' : this.error ? 'customError' : c.code ? (FLAG[c.code] ?? 'patternMismatch') : '';
    const message = !flag
      ? ''
      : this.error || (c.code === 'required' && this.requiredMessage) || this.errorText(c.code!);
    pushToInternals(this.internals, this.#pushed, off ? null : c.formValue, c.state ?? null, flag, message, this.anchor ?? undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before render, so the message shown is the one just made (it changes with the locale).
    this.sync();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // willUpdate has just synced, but the native control that anchors the validity message
    // exists only now: an invalid field gets its validity again, now with its anchor.
    this.sync();
  }

  /** The user edited the value. */
  protected userInput(value: string): void {
    this.value = value;
    this.#dirty = true;
    if (this.error) this.error = '';
    this.sync();
  }

  /** The user committed a value (`change`). Errors wait until focus leaves the field. */
  protected userCommit(): void {
    this.sync();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onFocusOut(e: FocusEvent): void {
    // Focus moving into our own revealed content (a light-DOM child) is not leaving the field.
    const to = e.relatedTarget as Node | null;
    if (to && (this.contains(to) || this.shadowRoot?.contains(to))) return;
    if (this.#dirty) this.interacted = true;
  }

  #onInvalid(e: Event): void {
    // Our own inline message replaces the browser's bubble.
    e.preventDefault();
    this.interacted = true;
    const form = this.form;
    // With `novalidate` (e.g. soc-error-summary guards the form) someone else moves focus.
    if (form && !form.noValidate) focusFirstInvalid(form);
  }

  /** "(måste fyllas i)" in words when required, so it is not a colour or an asterisk alone. */
  protected renderRequired(): TemplateResult | typeof nothing {
    // The space is inside the span: a separate whitespace node was dropped from the accessible
    // name in Chromium ("Postnummer(måste fyllas i)"). A property binding, not a child part: one
    // node (a marker comment) fewer in every required field.
    return this.required
      ? html`<span class="required" .textContent=${' ' + msg('(måste fyllas i)', { desc: 'After the label of a required field.' })}></span>`
      : nothing;
  }

  /** The hint with the id `aria-describedby` points at, or nothing. */
  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<div part="hint" id="hint" .textContent=${this.hint}></div>` : nothing;
  }

  /** The error message with the id `aria-describedby` points at, or nothing. */
  protected renderError(error: string = this.visibleError): TemplateResult | typeof nothing {
    return error
      ? html`<p part="error" id="error">
          <span class="visually-hidden">${msg('Fel:', { desc: 'Read before an error message.' })}</span>
          ${error}
        </p>`
      : nothing;
  }

  /** The ids for `aria-describedby`: only those that exist, hint before error (GOV.UK order). */
  protected describedBy(extra = ''): string | typeof nothing {
    const ids = [this.hint && 'hint', this.visibleError && 'error', extra].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }
}
