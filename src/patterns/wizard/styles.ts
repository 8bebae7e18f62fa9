/** The look of the service forms: steps, buttons, notices, the review list and the receipt. */
import { css } from 'lit';

export const serviceStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    max-inline-size: 44rem;
  }
  :host([hidden]) {
    display: none;
  }
  .caption {
    margin: 0;
    color: var(--soc-color-hint, #474747);
  }
  .step-heading {
    margin-block: 0 var(--soc-space-l, 1.5rem);
    line-height: 1.25;
  }
  .step-heading:focus,
  .child-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible,
  .child-heading:focus-visible {
    outline: var(--soc-focus-width, 3px) solid var(--soc-color-focus, #0b57d0);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soc-space-s, 0.75rem) var(--soc-space-m, 1rem);
    align-items: center;
    margin-block-start: var(--soc-space-l, 1.5rem);
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--soc-radius, 0.25rem);
    cursor: pointer;
  }
  .primary {
    color: var(--soc-color-button-text, #fff);
    background: var(--soc-color-button, #0b57d0);
    border: 2px solid var(--soc-color-button, #0b57d0);
    font-weight: 700;
  }
  .secondary {
    color: var(--soc-color-button, #0b57d0);
    background: transparent;
    border: 2px solid currentColor;
  }
  .link {
    color: var(--soc-color-link, #0b57d0);
    background: none;
    border: none;
    padding-inline: 0.25rem;
    text-decoration: underline;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .notice {
    border-inline-start: 0.375rem solid var(--soc-color-notice, #0b57d0);
    padding: var(--soc-space-s, 0.75rem) var(--soc-space-m, 1rem);
    margin-block: var(--soc-space-m, 1rem);
    background: var(--soc-color-notice-bg, #eef3fc);
  }
  .notice.danger {
    border-color: var(--soc-color-error, #a61e14);
    background: var(--soc-color-danger-bg, #fdf0ef);
  }
  .notice > :first-child {
    margin-block-start: 0;
  }
  .notice > :last-child {
    margin-block-end: 0;
  }
  a {
    color: var(--soc-color-link, #0b57d0);
  }
  a[href^='tel:'] {
    font-weight: 700;
    white-space: nowrap;
  }
  dl {
    margin: 0 0 var(--soc-space-l, 1.5rem);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr) auto;
    gap: var(--soc-space-xs, 0.375rem) var(--soc-space-m, 1rem);
    padding-block: var(--soc-space-s, 0.75rem);
    border-block-end: 1px solid var(--soc-color-rule, #b1b4b6);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  /* The "Ändra" cell: its template's line breaks are not content. */
  dd.no-print {
    white-space: normal;
  }
  .reference {
    font-size: 1.5em;
    font-weight: 700;
  }
  @container (max-width: 30rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
  @media (max-width: 40rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .primary,
    .secondary {
      border-color: ButtonText;
    }
    .notice {
      border-color: CanvasText;
    }
  }
  @media print {
    .buttons,
    .no-print {
      display: none !important;
    }
    .notice {
      background: none;
    }
  }
`;
