/** Styles of `soc-contact-hours`. Logical properties only, so right-to-left follows `dir`. */
import { css } from 'lit';

export const contactHoursStyles = css`
  :host { display: block; margin-block-end: var(--soc-space-l, 1.5rem); font: inherit; color: inherit; line-height: 1.5; }
  :host([hidden]) { display: none; }
  h1, h2, h3, h4, h5, h6 { margin: 0 0 var(--soc-space-xs, 0.375rem); line-height: 1.3; overflow-wrap: anywhere; }
  [part~='heading'] { font-size: 1.25em; }
  p { margin: 0 0 var(--soc-space-s, 0.75rem); overflow-wrap: anywhere; }
  [part~='status'] {
    font-weight: 700;
    padding-inline-start: var(--soc-space-s, 0.75rem);
    border-inline-start: 0.3125rem solid var(--soc-contact-hours-open, #00703c);
  }
  .closed [part~='status'] { border-inline-start-color: var(--soc-contact-hours-closed, #b42318); }
  a {
    color: var(--soc-color-link, #0b57d0);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.25rem;
  }
  a:hover { text-decoration-thickness: 3px; }
  [part~='phone'] a { font-size: 1.25em; }
  dl { margin: 0 0 var(--soc-space-m, 1rem); }
  dl > div { display: flex; flex-wrap: wrap; column-gap: var(--soc-space-m, 1rem); padding-block: 0.25rem; }
  dt { font-weight: 700; min-inline-size: min(100%, 12em); }
  dd { margin: 0; }
  [part~='emergency'] { margin-block: var(--soc-space-m, 1rem); }
  [part~='emergency'].prominent {
    padding: var(--soc-space-m, 1rem);
    border: 0.3125rem solid var(--soc-contact-hours-closed, #b42318);
    border-radius: var(--soc-radius, 0.25rem);
  }
  .prominent h1, .prominent h2, .prominent h3, .prominent h4, .prominent h5, .prominent h6 { font-size: 1.125em; }
  [part~='emergency'] p:last-child { margin-block-end: 0; }
  @media (forced-colors: active) {
    [part~='status'], .closed [part~='status'] { border-inline-start-color: CanvasText; }
    [part~='emergency'].prominent { border-color: CanvasText; }
    a { color: LinkText; }
  }
  @media print {
    a { color: inherit; }
    [part~='emergency'].prominent, [part~='status'] { border-color: #000; }
  }
    `;
