/**
 * One heading helper for every element: a real `<h1>`–`<h6>` at a level the host chooses
 * (`heading-level`), so an element fits the page's outline. Real heading elements rather than
 * `role=heading` + `aria-level`: they survive reader modes, print and copy-paste.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  /** `part` name; also used as the class unless `cls` is given. */
  part?: string;
  cls?: string;
  /** Focusable by script (tabindex=-1), for moving focus to a step's heading. */
  focusable?: boolean;
}

/** A heading level from an attribute: a whole number from 1 to 6, 2 when unusable. */
export const clampLevel = (level: unknown): number => Math.min(6, Math.max(1, Math.round(Number(level)) || 2));

export function heading(level: unknown, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const part = o.part ?? nothing;
  const cls = o.cls ?? o.part ?? nothing;
  const tabindex = o.focusable ? '-1' : nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h1>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<h2 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h2>`;
  }
}
