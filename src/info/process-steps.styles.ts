/** Styles of `soc-process-steps`: numbered circles joined by a line, logical properties only. */
import { css } from 'lit';

export const processStepsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.5;
    --_accent: var(--soc-process-accent, #0b57d0);
    --_line: var(--soc-process-line, #6f6f6f);
  }
  :host([hidden]) {
    display: none;
  }
  .heading {
    margin-block: 0 var(--soc-space-m, 1rem);
    line-height: 1.3;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    position: relative;
    padding-inline-start: 3rem;
    padding-block-end: var(--soc-space-m, 1rem);
    overflow-wrap: anywhere;
  }
  /* The number in a circle: the list's own counter, so it follows \`start\` of the branches. */
  .step::before {
    content: counter(list-item);
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    box-sizing: border-box;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    display: grid;
    place-items: center;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
  }
  /* The line down to the next step. */
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(1.125rem - 1px);
    inset-block: 2.5rem 0.25rem;
    border-inline-start: 2px solid var(--_line);
  }
  .step.current::before {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .step-heading {
    margin: 0;
    padding-block: 0.25rem;
    font-size: 1.125em;
    line-height: 1.4;
  }
  /* The "," before a step's status: a pause when it is read, not seen. In the heading's line
     and in its flow (tiny, clipped and transparent): a .visually-hidden one is taken out of the
     line (position: absolute), and Orca in Firefox read it as a line of its own (", ", then "Du
     är här heading level 3"). */
  .pause {
    font-size: 1px;
    clip-path: inset(50%);
    opacity: 0;
  }
  .status {
    /* Inline, not inline-flex: Orca reads an inline-flex box as a line of its own ("Socialtjänsten
       utreder, heading level 3. Du är här heading level 3"); inline keeps it in the heading's line. */
    display: inline;
    padding: 0 0.5rem;
    border: 2px solid currentColor;
    border-radius: var(--soc-radius, 0.25rem);
    /* em: follows the text, not the page's root size (often 62.5 %). */
    font-size: 0.78em;
    vertical-align: 0.1em;
    white-space: nowrap;
  }
  .status.current {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  .status svg {
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.25rem;
    vertical-align: -0.125em;
  }
  .body p,
  .intro {
    margin-block: var(--soc-space-xs, 0.375rem) 0;
    max-inline-size: 65ch;
  }
  .law {
    font-size: 0.875em;
    color: var(--soc-color-hint, #474747);
  }
  .branches {
    display: grid;
    gap: var(--soc-space-m, 1rem);
    margin-block-start: var(--soc-space-m, 1rem);
  }
  .branch {
    padding-block-start: var(--soc-space-s, 0.75rem);
    border-block-start: 2px solid var(--_line);
  }
  .branch-heading {
    margin: 0;
    font-size: 1em;
    line-height: 1.4;
  }
  .branch .steps {
    margin-block-start: var(--soc-space-s, 0.75rem);
  }
  /* Narrow containers: the outcomes use the full width, under the assessment's circle. */
  @container (max-width: 30rem) {
    .branches {
      margin-inline-start: -3rem;
    }
  }
  /* Wide containers: the two outcomes side by side; narrow ones: one under the other. */
  @container (min-width: 44rem) {
    .branches {
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    }
  }
  @media (forced-colors: active) {
    .step.current::before,
    .status.current {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
      outline-color: Highlight;
    }
    .step:not(:last-child)::after,
    .branch {
      border-color: CanvasText;
    }
    .law {
      color: CanvasText;
    }
  }
  @media print {
    .step,
    .branch {
      break-inside: avoid;
    }
    .step.current::before,
    .status.current {
      background: none;
      color: inherit;
      border-width: 3px;
      border-color: currentColor;
      outline-color: currentColor;
    }
    .law {
      color: inherit;
    }
    summary {
      display: none;
    }
  }
`;
