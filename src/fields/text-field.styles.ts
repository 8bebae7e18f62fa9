import { css } from 'lit';

/** GOV.UK-style widths: the box hints at how long the answer is. Never wider than the screen. */
export const textFieldStyles = css`
  :host([width='2']) input { max-inline-size: calc(2ch + 2.25rem); }
  :host([width='3']) input { max-inline-size: calc(3ch + 2.25rem); }
  :host([width='4']) input { max-inline-size: calc(4ch + 2.25rem); }
  :host([width='5']) input { max-inline-size: calc(5ch + 2.25rem); }
  :host([width='10']) input { max-inline-size: calc(10ch + 2.25rem); }
  :host([width='20']) input { max-inline-size: calc(20ch + 2.25rem); }
  :host([width='30']) input { max-inline-size: calc(30ch + 2.25rem); }
`;
