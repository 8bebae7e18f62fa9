/**
 * Shared styles. Font and text colour inherit from the host page so the elements look native to
 * the site; everything else is a `--soc-*` custom property with an AA-contrast default. Text
 * colours go further, to AAA 7:1 on white: the error red #a61e14 is 7.4:1 (it was #b42318,
 * 6.6:1), the hint grey #474747 9.3:1 (`test/layout.test.ts` measures both).
 * Only logical properties (inline/block), so right-to-left comes from the host's `dir`.
 */
import { css, type CSSResult } from 'lit';

/** Visually hidden but read by screen readers (GOV.UK's pattern). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The focus ring: a thick outline in the focus colour, Highlight in forced colours. */
export const focusRing = css`
  :focus-visible {
    outline: var(--soc-focus-width, 3px) solid var(--soc-color-focus, #0b57d0);
    outline-offset: var(--soc-focus-offset, 2px);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Label, hint, error and control layout shared by all fields. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--soc-space-field, 1.75rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--soc-space-xs, 0.375rem);
    min-inline-size: 0;
    /* Also here: page rules that reach the host (all: unset) beat :host. */
    line-height: 1.5;
  }
  .field.invalid {
    border-inline-start: var(--soc-error-bar, 0.3125rem) solid var(--soc-color-error, #a61e14);
    padding-inline-start: var(--soc-space-s, 0.75rem);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  label,
  legend {
    font-weight: var(--soc-label-weight, 700);
    overflow-wrap: anywhere;
  }
  legend {
    padding: 0;
    margin-block-end: var(--soc-space-xs, 0.375rem);
  }
  .required {
    font-weight: 400;
  }
  [part~='hint'] {
    color: var(--soc-color-hint, #474747);
    overflow-wrap: anywhere;
  }
  [part~='error'] {
    margin: 0;
    color: var(--soc-color-error, #a61e14);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  input:not([type='radio'], [type='checkbox']),
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--soc-space-xs, 0.375rem) var(--soc-space-s, 0.75rem);
    font: inherit;
    color: var(--soc-color-input-text, #0b0c0c);
    background: var(--soc-color-input-bg, #fff);
    border: var(--soc-border-width, 2px) solid var(--soc-color-border, #4a4a4a);
    border-radius: var(--soc-radius, 0.25rem);
  }
  textarea {
    min-block-size: 8rem;
    resize: vertical;
  }
  [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
    border-color: var(--soc-color-error, #a61e14);
    border-width: calc(var(--soc-border-width, 2px) + 1px);
  }
  input:disabled,
  textarea:disabled {
    color: var(--soc-color-disabled-text, #4a4a4a);
    background: var(--soc-color-disabled-bg, #f0f0f0);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .field.invalid {
      border-inline-start-color: CanvasText;
    }
    [part~='hint'] {
      color: CanvasText;
    }
    [part~='error'] {
      color: CanvasText;
    }
  }
  @media print {
    .field.invalid {
      border-inline-start-color: #000;
    }
  }
`;

/**
 * Native radio and checkbox items: large targets (≥ 44 px row), label clickable. Input and label
 * side by side in a flex row; an answer with a hint (`.hinted`) is a grid that keeps the hint under
 * the label text. Both look the same; the flex row is cheaper (no grid placement data kept for
 * every answer of every form).
 */
export const choiceStyles = css`
  .items {
    display: flex;
    flex-direction: column;
    gap: var(--soc-space-xs, 0.375rem);
  }
  .inline .items {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: var(--soc-space-l, 1.5rem);
  }
  .item {
    display: flex;
    align-items: flex-start;
    column-gap: var(--soc-space-s, 0.75rem);
    min-block-size: 2.75rem;
  }
  .item.hinted {
    display: grid;
    grid-template-columns: auto 1fr;
  }
  .item input {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0.5rem 0 0;
    accent-color: var(--soc-color-accent, #0b57d0);
    cursor: pointer;
  }
  .item label {
    flex: auto;
    font-weight: 400;
    padding-block: 0.5rem;
    cursor: pointer;
  }
  .item .item-hint {
    grid-column: 2;
    margin-block-start: -0.375rem;
  }
  .item input:disabled,
  .item input:disabled + label {
    cursor: not-allowed;
  }
  /* "eller" above an exclusive answer, centred over the boxes (GOV.UK's divider). */
  .divider {
    inline-size: 1.75rem;
    text-align: center;
  }
  .reveal {
    /* In a group the reveal box is the answer's slot (display: contents by default). */
    display: block;
    margin-inline-start: 0.875rem;
    padding-inline-start: 1.625rem;
    border-inline-start: 0.25rem solid var(--soc-color-reveal-border, #767676);
    margin-block: var(--soc-space-xs, 0.375rem) var(--soc-space-s, 0.75rem);
  }
  .reveal[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .reveal {
      border-inline-start-color: CanvasText;
    }
  }
`;

/**
 * Everything a field's shadow root needs, as one stylesheet per kind of field: one adopted sheet
 * per shadow root instead of four (less style bookkeeping in every field of every form).
 */
export const fieldSheet = (extra: CSSResult): CSSResult => css`${visuallyHidden}${focusRing}${fieldStyles}${extra}`;

/** The sheet of radio and checkbox groups and of a checkbox on its own. */
export const choiceSheet = /* @__PURE__ */ fieldSheet(choiceStyles);
