import { LitElement, css, type PropertyDeclarations } from 'lit';
import { define } from '../define.js';

/**
 * @summary One kind of support that a municipality offers, as a child of `soc-application-form`:
 * `<soc-support-option value="oppenvard" label="Öppenvård för unga" hint="…">`. When there is at
 * least one, they replace the default list. The element shows nothing itself; the form draws the
 * checkbox, and always adds "Jag vet inte, jag vill prata med någon".
 *
 * @slot - The label, when there is no `label` attribute (text only; it is not shown here).
 */
export class SocSupportOption extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  static override properties: PropertyDeclarations = {
    value: { reflect: true },
    label: { reflect: true },
    hint: { reflect: true },
  };

  // All reflect, so the form's MutationObserver also sees changes made through the properties.
  /** Id sent in the payload (`data.support`): a–z, 0–9 and `-`, at most 50 characters. */
  declare value: string;
  /** The choice's text; defaults to the element's own text. */
  declare label: string;
  /** One plain sentence about what the support is. */
  declare hint: string;

  constructor() {
    super();
    this.value = '';
    this.label = '';
    this.hint = '';
  }

  /** The option as data (`label` falls back to the element's text). */
  toOption(): { value: string; label: string; hint?: string } {
    const label = this.label || this.getAttribute('label') || (this.textContent ?? '').replace(/\s+/g, ' ').trim();
    const hint = this.hint || this.getAttribute('hint') || undefined;
    return { value: this.value || this.getAttribute('value') || '', label, hint };
  }
}

define('soc-support-option', SocSupportOption);

declare global {
  interface HTMLElementTagNameMap {
    'soc-support-option': SocSupportOption;
  }
}
