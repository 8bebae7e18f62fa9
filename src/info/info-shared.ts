/**
 * Small pieces shared by the info elements (`soc-process-steps`, `soc-confidentiality`).
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** A heading level from an attribute: a whole number from 1 to 6, 2 when unusable. */
export const clampLevel = (level: unknown): number => Math.min(6, Math.max(1, Math.round(Number(level)) || 2));

/**
 * A heading of the given level (clamped to h1–h6) with a part and class of the same name. Real
 * heading elements rather than `role=heading` + `aria-level`: they survive reader modes, print
 * and copy-paste into documents.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${part}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
  }
}

/**
 * Opens every closed `<details>` in the host's shadow root while the page prints and closes them
 * again afterwards. The print stylesheet already shows closed content through
 * `::details-content`; this is for browsers without that pseudo-element.
 */
export class PrintExpander implements ReactiveController {
  #opened: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  #before = () => {
    const all = this.host.shadowRoot?.querySelectorAll('details') ?? [];
    this.#opened = [...all].filter((d) => !d.open);
    for (const d of this.#opened) d.open = true;
  };

  #after = () => {
    for (const d of this.#opened) d.open = false;
    this.#opened = [];
  };
}

/** Native disclosures: a large summary target, a marker that follows the writing direction. */
export const disclosureStyles = css`
  details {
    margin-block: 0 var(--soc-space-xs, 0.375rem);
  }
  summary {
    display: list-item;
    inline-size: fit-content;
    max-inline-size: 100%;
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    color: var(--soc-color-link, #0b57d0);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  summary:hover {
    text-decoration-thickness: 3px;
  }
  details[open] > summary {
    margin-block-end: var(--soc-space-xs, 0.375rem);
  }
  @media (forced-colors: active) {
    summary {
      color: LinkText;
    }
  }
  @media print {
    summary {
      color: inherit;
      text-decoration: none;
      list-style: none;
    }
    details::details-content {
      content-visibility: visible;
      block-size: auto;
    }
  }
`;
