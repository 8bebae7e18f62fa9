/**
 * Shared pieces of `soc-radio` and `soc-checkbox`: an option's label is its `label` attribute or
 * its own text; its child elements are the content revealed when it is checked (GOV.UK
 * "conditional reveal"), e.g. a text field for "Annat, nämligen".
 */
import { LitElement, ReactiveElement, adoptStyles, css, type PropertyValues, type PropertyDeclarations } from 'lit';
import { define } from '../define.js';

/** The label of an option element: `label` attribute, else its direct text. */
export function optionLabel(el: Element): string {
  const attr = el.getAttribute('label');
  if (attr !== null) return attr;
  return [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the option has content to reveal when checked. */
export const hasReveal = (el: Element): boolean => el.children.length > 0;

/**
 * What an option's revealed content asks: each child's label (a soc field's `label`), else its
 * text. While the option is checked it is the answer's description, so a screen reader says it
 * when the answer is chosen (Orca said only "selected") and whenever the answer has focus.
 */
export function revealText(el: Element): string {
  return [...el.children]
    .map((c) => {
      const label = (c as Element & { label?: unknown }).label;
      return typeof label === 'string' && label ? label : (c.getAttribute('label') ?? c.textContent ?? '');
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Tells soc fields inside an option's revealed content to re-check themselves: while the option
 * is not checked they are neither submitted nor validated (their text is kept for later).
 */
export function refreshNested(option: Element): void {
  for (const el of option.querySelectorAll('*')) {
    if ('showValidation' in el && 'requestUpdate' in el) (el as unknown as LitElement).requestUpdate();
  }
}

/** The option a field sits in, when it is revealed content (for `SocFormControl`). */
export function enclosingOption(el: Element): (Element & { checked: boolean }) | null {
  return el.parentElement?.closest('soc-radio, soc-checkbox') as (Element & { checked: boolean }) | null;
}

/**
 * Shows only element children, never the option's text (that is the label, drawn by the group).
 * Manual slot assignment keeps text nodes out of the revealed area.
 */
export const revealStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;

export function assignReveal(host: HTMLElement, slot: HTMLSlotElement | null | undefined): void {
  slot?.assign(...host.children);
}

/**
 * One observer for the children of every option (and lone checkbox), not one per element: each
 * record's target tells which element re-renders (an option whose reveal content arrives only
 * then gets its shadow root). Made when the first option connects, not when the module loads, so
 * the module can be imported where there is no DOM (server-side rendering frameworks).
 */
let watcher: MutationObserver | undefined;

/** Re-renders `el` when its children change; `deep`: also when its text or deeper content does. */
export function watchChildren(el: Element, deep: boolean): void {
  (watcher ??= new MutationObserver((records) => {
    for (const { target } of records) {
      const el = (target instanceof Element ? target : target.parentElement)?.closest('soc-radio, soc-checkbox');
      if (el?.isConnected) (el as ReactiveElement).requestUpdate();
    }
  })).observe(el, { childList: true, characterData: deep, subtree: deep });
}

/** Options that Lit draws (a checkbox on its own), and options whose shadow root has its styles. */
const drawn = new WeakSet<Element>();
const styled = new WeakSet<Element>();

/**
 * Where an option renders. An answer in a group with nothing to reveal needs no shadow root: the
 * group draws it, and its text stays out of sight in the group's closed slot. Alone, or once it has
 * content to reveal (`updateOption`), it gets one: a slot for that content, no styles yet.
 */
export function optionRoot(el: LitElement, alone: boolean): ShadowRoot | HTMLElement {
  if (!alone && !hasReveal(el)) return el;
  if (el.shadowRoot) return el.shadowRoot;
  const root = el.attachShadow((el.constructor as typeof LitElement).shadowRootOptions);
  root.append(document.createElement('slot'));
  return root;
}

/**
 * The update of an option. An answer in a group is drawn by its group: it has a shadow root only
 * once it has content to reveal, and then only `optionRoot`'s slot (no Lit template, marker comment
 * or parts), styled only then (styles in a shadow root cost memory and style work even when
 * unused); its update only reflects attributes (ReactiveElement's). A checkbox on its own
 * (`alone`) is drawn by `litUpdate`, which replaces that slot.
 */
export function updateOption(
  el: LitElement,
  changed: PropertyValues,
  litUpdate: ((c: PropertyValues) => void) | null,
  alone: boolean,
): void {
  if ((alone || hasReveal(el)) && !styled.has(el)) {
    styled.add(el);
    // Lit keeps the render root it made on connect; it changes here, once.
    (el as { renderRoot: ShadowRoot | HTMLElement }).renderRoot = optionRoot(el, true);
    adoptStyles(el.renderRoot as ShadowRoot, (el.constructor as typeof LitElement).elementStyles);
  }
  if (litUpdate && (alone || drawn.has(el))) {
    if (!drawn.has(el)) el.renderRoot.querySelector('slot')?.remove();
    drawn.add(el);
    litUpdate.call(el, changed);
  } else (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(el, changed);
}

/**
 * @summary One answer in a `soc-radio-group`. Its text (or `label`) is the answer; any child
 * elements are shown under it when it is chosen.
 * @slot - Content revealed when this answer is chosen (element children only).
 */
export class SocRadio extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  static override properties: PropertyDeclarations = {
    value: {},
    label: {},
    hint: {},
    disabled: { type: Boolean, reflect: true },
    checked: { type: Boolean, reflect: true },
  };

  static override styles = revealStyles;

  /** Submitted value when chosen. */
  declare value: string;
  /** Answer text (defaults to the element's own text). */
  declare label: string | null;
  /** Help text under the answer. */
  declare hint: string;
  /** This answer cannot be chosen. */
  declare disabled: boolean;
  /** Chosen. Set by the group; as an attribute it marks the initial answer. */
  declare checked: boolean;

  constructor() {
    super();
    this.value = '';
    this.label = null;
    this.hint = '';
    this.disabled = false;
    this.checked = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchChildren(this, false);
    // Moved into or out of a group: styled for standing alone or not.
    this.requestUpdate();
  }

  protected override createRenderRoot() {
    return optionRoot(this, this.parentElement?.localName !== 'soc-radio-group');
  }

  protected override update(changed: PropertyValues<this>): void {
    updateOption(this, changed, null, this.parentElement?.localName !== 'soc-radio-group');
  }

  protected override updated(changed: PropertyValues<this>): void {
    assignReveal(this, this.shadowRoot?.querySelector('slot'));
    if (changed.has('checked')) refreshNested(this);
  }
}

define('soc-radio', SocRadio);

declare global {
  interface HTMLElementTagNameMap {
    'soc-radio': SocRadio;
  }
}
