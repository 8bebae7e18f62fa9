/**
 * Shared pieces of `soc-radio` and `soc-checkbox`: an option's label is its `label` attribute or
 * its own text; its child elements are the content revealed when it is checked (GOV.UK
 * "conditional reveal"), e.g. a text field for "Annat, nämligen".
 */
import { LitElement, html, css, type PropertyValues, type PropertyDeclarations } from 'lit';
import { define } from '../define.js';

/** The label of an option element: `label` attribute, else its direct text. */
export function optionLabel(el: Element): string {
  const attr = el.getAttribute('label');
  if (attr !== null) return attr;
  return [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the option has content to reveal when checked. */
export const hasReveal = (el: Element): boolean => el.children.length > 0;

/**
 * Tells soc fields inside an option's revealed content to re-check themselves: while the option
 * is not checked they are neither submitted nor validated (their text is kept for later).
 */
export function refreshNested(option: Element): void {
  for (const el of option.querySelectorAll('*')) {
    if ('showValidation' in el && 'requestUpdate' in el) (el as unknown as LitElement).requestUpdate();
  }
}

/** The option a field sits in, when it is revealed content (for `SocFormControl`). */
export function enclosingOption(el: Element): (Element & { checked: boolean }) | null {
  return el.parentElement?.closest('soc-radio, soc-checkbox') as (Element & { checked: boolean }) | null;
}

/**
 * Shows only element children, never the option's text (that is the label, drawn by the group).
 * Manual slot assignment keeps text nodes out of the revealed area.
 */
export const revealStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;

export function assignReveal(host: HTMLElement, slot: HTMLSlotElement | null): void {
  slot?.assign(...host.children);
}

/**
 * @summary One answer in a `soc-radio-group`. Its text (or `label`) is the answer; any child
 * elements are shown under it when it is chosen.
 * @slot - Content revealed when this answer is chosen (element children only).
 */
export class SocRadio extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  static override properties: PropertyDeclarations = {
    value: {},
    label: {},
    hint: {},
    disabled: { type: Boolean, reflect: true },
    checked: { type: Boolean, reflect: true },
  };

  static override styles = revealStyles;

  /** Submitted value when chosen. */
  declare value: string;
  /** Answer text (defaults to the element's own text). */
  declare label: string | null;
  /** Help text under the answer. */
  declare hint: string;
  /** This answer cannot be chosen. */
  declare disabled: boolean;
  /** Chosen. Set by the group; as an attribute it marks the initial answer. */
  declare checked: boolean;

  constructor() {
    super();
    this.value = '';
    this.label = null;
    this.hint = '';
    this.disabled = false;
    this.checked = false;
  }

  #observer = new MutationObserver(() => assignReveal(this, this.renderRoot.querySelector('slot')));

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  override render() {
    return html`<slot></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    assignReveal(this, this.renderRoot.querySelector('slot'));
    if (changed.has('checked')) refreshNested(this);
  }
}

define('soc-radio', SocRadio);

declare global {
  interface HTMLElementTagNameMap {
    'soc-radio': SocRadio;
  }
}
