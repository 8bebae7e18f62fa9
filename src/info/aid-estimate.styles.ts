/** The styles of `soc-aid-estimate` (aid-estimate.ts). */
import { css } from 'lit';
import { focusRing, visuallyHidden } from '../styles/shared.js';

export const aidEstimateStyles = [
    visuallyHidden,
    focusRing,
    css`
      :host {
        display: block;
        line-height: 1.5;
        max-inline-size: 44rem;
        margin-block-end: var(--soc-space-l, 1.5rem);
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
        line-height: 1.3;
        margin-block: var(--soc-space-l, 1.5rem) var(--soc-space-s, 0.75rem);
        overflow-wrap: anywhere;
      }
      p {
        margin-block: 0 var(--soc-space-m, 1rem);
        overflow-wrap: anywhere;
      }
      button {
        font: inherit;
        font-weight: 700;
        min-block-size: 2.75rem;
        padding: 0.5rem 1.25rem;
        border-radius: var(--soc-radius, 0.25rem);
        cursor: pointer;
        color: var(--soc-color-button-text, #fff);
        background: var(--soc-color-button, #0b57d0);
        border: 2px solid var(--soc-color-button, #0b57d0);
      }
      a {
        color: var(--soc-color-link, #0b57d0);
        text-underline-offset: 0.15em;
        overflow-wrap: anywhere;
      }
      a:hover {
        text-decoration-thickness: 3px;
      }
      .box {
        border-inline-start: 0.375rem solid var(--soc-color-notice, #0b57d0);
        padding: var(--soc-space-s, 0.75rem) var(--soc-space-m, 1rem);
        margin-block: var(--soc-space-m, 1rem);
        background: var(--soc-color-notice-bg, #eef3fc);
      }
      .box > :last-child {
        margin-block-end: 0;
      }
      [part~='result']:empty {
        display: none;
      }
      .answer {
        font-weight: 700;
        font-size: 1.125em;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
        margin-block-end: var(--soc-space-m, 1rem);
      }
      caption {
        text-align: start;
        font-weight: 700;
        padding-block-end: var(--soc-space-xs, 0.375rem);
      }
      th,
      td {
        padding: 0.375rem 0;
        border-block-end: 1px solid var(--soc-color-border, #4a4a4a);
        vertical-align: top;
      }
      th {
        text-align: start;
        font-weight: 400;
        padding-inline-end: var(--soc-space-s, 0.75rem);
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      td {
        text-align: end;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      .total th,
      .total td {
        font-weight: 700;
      }
      @media (forced-colors: active) {
        button {
          border-color: ButtonText;
        }
        .box {
          border-inline-start-color: CanvasText;
        }
        a {
          color: LinkText;
        }
      }
    `,
];
