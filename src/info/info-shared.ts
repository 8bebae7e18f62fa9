/**
 * Small pieces shared by the info elements (`soc-process-steps`, `soc-confidentiality`).
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { heading as sharedHeading } from '../patterns/heading.js';

export { clampLevel } from '../patterns/heading.js';

/** A heading with a part and class of the same name (see `patterns/heading.ts`). */
export const heading = (level: number, part: string, content: unknown): TemplateResult => sharedHeading(level, content, { part });

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

/**
 * The `media` slot of the info elements: the page's own film (a `<video>` with captions, or a
 * wrapper that loads a player only when the citizen chooses to play), shown in place. Light-DOM
 * content keeps its own names, controls and captions; the slot only gives it room and keeps it
 * inside the element's width.
 */
export const mediaSlot = (): TemplateResult => html`<slot name="media" part="media"></slot>`;

export const mediaStyles = css`
  slot[name='media'] {
    display: block;
  }
  ::slotted([slot='media']) {
    display: block;
    max-inline-size: 100%;
    margin-block: 0 var(--soc-space-m, 1rem);
  }
  ::slotted(video[slot='media']),
  ::slotted(img[slot='media']) {
    block-size: auto;
  }
`;
