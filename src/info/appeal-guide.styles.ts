/** The styles of `soc-appeal-guide` (appeal-guide.ts): its parts, the calculator, the letter and print. */
import { css } from 'lit';
import { focusRing, visuallyHidden } from '../styles/shared.js';
import { mediaStyles } from './info-shared.js';

export const appealGuideStyles = [
  visuallyHidden,
  focusRing,
  mediaStyles,
  css`
      :host {
        display: block;
        margin-block-end: var(--soc-space-l, 1.5rem);
        line-height: 1.5;
        overflow-wrap: anywhere;
      }
      :host([hidden]) {
        display: none;
      }
      h1,
      h2,
      h3,
      h4,
      h5,
      h6 {
        margin-block: 0 var(--soc-space-s, 0.75rem);
        line-height: 1.3;
      }
      p,
      ul {
        margin-block: 0 var(--soc-space-s, 0.75rem);
        max-inline-size: 65ch;
      }
      ul {
        padding-inline-start: 1.5em;
      }
      .section {
        margin-block-start: var(--soc-space-l, 1.5rem);
      }
      .law,
      .hint {
        font-size: 0.875em;
        color: var(--soc-color-hint, #474747);
      }
      .calculator,
      .letter-form {
        margin-block: var(--soc-space-m, 1rem);
      }
      button {
        font: inherit;
        min-block-size: 2.75rem;
        max-inline-size: 100%;
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
        font-weight: 700;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: var(--soc-space-s, 0.75rem);
        margin-block: var(--soc-space-m, 1rem);
      }
      .result.shown {
        border-inline-start: 0.375rem solid var(--soc-color-notice, #0b57d0);
        padding: var(--soc-space-s, 0.75rem) var(--soc-space-m, 1rem);
        margin-block: var(--soc-space-m, 1rem);
        background: var(--soc-color-notice-bg, #eef3fc);
      }
      .result .main {
        font-weight: 700;
        font-size: 1.125em;
      }
      .result p:last-child {
        margin-block-end: 0;
      }
      .letter-text {
        white-space: pre-wrap;
        padding: var(--soc-space-m, 1rem);
        border: 1px solid var(--soc-color-border, #4a4a4a);
        border-radius: var(--soc-radius, 0.25rem);
        max-inline-size: 65ch;
      }
      .letter-heading:focus {
        outline: none;
      }
      .letter-heading:focus-visible {
        outline: var(--soc-focus-width, 3px) solid var(--soc-color-focus, #0b57d0);
      }
      .copy-status:empty {
        margin: 0;
      }
      @media (forced-colors: active) {
        .law,
        .hint {
          color: CanvasText;
        }
        .primary,
        .secondary {
          border-color: ButtonText;
        }
        .result.shown,
        .letter-text {
          border-color: CanvasText;
        }
      }
      @media print {
        form,
        button,
        .copy-status {
          display: none;
        }
        .result.shown {
          background: none;
          border-color: #000;
        }
        .letter-text {
          border: 0;
          padding: 0;
        }
        /* "Skriv ut brevet": the letter alone. */
        :host([data-printing]) .guide > :not(.letter),
        :host([data-printing]) .section.letter > :not(.letter-area),
        :host([data-printing]) .letter-area > :not(.letter-text) {
          display: none;
        }
      }
    `,
];
