/** Styles of `soc-quick-exit`: the strip that sticks to the top, the button and its three lights. */
import { css } from 'lit';

export const quickExitStyles = css`
  /* !important: stays in view when page rules reach the host (all: unset). */
  :host {
    display: block;
    position: sticky !important;
    inset-block-start: 0 !important;
    z-index: var(--soc-quick-exit-z-index, 1000) !important;
    /* The strip beside the button must not swallow clicks meant for the page under it. */
    pointer-events: none !important;
    line-height: 1.25;
    margin-block-end: var(--soc-space-s, 0.75rem);
  }
  :host([hidden]) {
    display: none;
  }
  :host([position='static']),
  :host([position='fixed']) {
    position: static !important;
  }
  :host([position='fixed']) .bar:not(.placeholder) {
    position: fixed;
    inset-block-start: 0;
    inset-inline: 0;
    z-index: var(--soc-quick-exit-z-index, 1000);
    padding-inline: var(--soc-space-s, 0.75rem);
  }
  /* No padding above or below: while it sticks, the page would show through around the button. */
  .bar {
    display: flex;
    justify-content: flex-end;
  }
  .placeholder {
    visibility: hidden;
  }
  button,
  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    max-inline-size: 100%;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 700;
    color: var(--soc-quick-exit-color, #fff);
    background: var(--soc-quick-exit-bg, #b42318);
    border: var(--soc-border-width, 2px) solid transparent;
    border-radius: var(--soc-radius, 0.25rem);
    overflow-wrap: anywhere;
    text-align: center;
    cursor: pointer;
    pointer-events: auto;
  }
  button:hover {
    background: var(--soc-quick-exit-bg-hover, #8f1c13);
  }
  .dots {
    display: inline-flex;
    gap: 0.25rem;
  }
  .dot {
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .dot.on {
    background: currentColor;
  }
  /* Full width on narrow screens: easy to hit, and nothing of the page beside it. */
  @media (max-width: 40em) {
    button,
    .button {
      flex: 1;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .dot.on {
      forced-color-adjust: none;
      background: ButtonText;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
