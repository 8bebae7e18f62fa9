import { LitElement, css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { define } from '../define.js';

/**
 * @summary One custom step of a `soc-process-steps`. The parent draws the number, heading and
 * status; this element only shows its content (the step's body).
 *
 * Give the steps as children in order; when there are any, they replace the default process.
 *
 * @slot - The step's body: paragraphs, links, lists.
 */
export class SocProcessStep extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    ::slotted(:first-child) {
      margin-block-start: 0;
    }
    ::slotted(:last-child) {
      margin-block-end: 0;
    }
  `;

  static override properties: PropertyDeclarations = {
    stepId: { attribute: 'step-id', reflect: true },
    heading: { reflect: true },
  };

  // Both reflect, so the parent's MutationObserver also sees changes made through the properties.
  /** Id of the step, for the parent's `current` (attribute `step-id`). */
  declare stepId: string;
  /** The step's heading, drawn by the parent at the right heading level. */
  declare heading: string;

  constructor() {
    super();
    this.stepId = '';
    this.heading = '';
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

define('soc-process-step', SocProcessStep);

declare global {
  interface HTMLElementTagNameMap {
    'soc-process-step': SocProcessStep;
  }
}
