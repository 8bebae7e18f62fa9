import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusRing, visuallyHidden } from '../styles/shared.js';
import { startLocalization } from '../localization/locale.js';
import { define } from '../define.js';
import { clearDrafts } from './drafts.js';
import {
  DEFAULT_EXIT_HREF,
  documentSheet,
  dropLeavingRegion,
  dropSheet,
  leavingRegion,
  resetSocFields,
  safeExitHref,
} from './quick-exit-page.js';
import { quickExitStyles } from './quick-exit.styles.js';

export { DEFAULT_EXIT_HREF, safeExitHref };

/** Fired on the element just before it leaves. Cancel it to navigate yourself. */
export class SocQuickExitEvent extends Event {
  /** `href`: the address the page is about to be replaced with. */
  readonly detail: { href: string };
  constructor(detail: { href: string }) {
    super('soc-quick-exit', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

let cover: CSSStyleSheet | null = null;
let padding: CSSStyleSheet | null = null;

/**
 * @summary "Lämna sidan snabbt": replaces the page with a neutral one, after clearing drafts and forms.
 *
 * Put it first in `<body>` (before or right after the skip link), so it is the first thing in the
 * focus order and, by default, sticks to the top of the window while the page scrolls. It protects
 * against someone looking over the visitor's shoulder; it does not remove browser history.
 *
 * On activation it removes the soc drafts from sessionStorage, resets every form that holds a soc
 * field, fires `soc-quick-exit`, blanks the page and calls `location.replace(href)`, so Back does
 * not return here. Shift pressed three times (each press within two seconds of the last) does the same.
 * A polite status says that the page is being left (it sits outside `<body>`, so the blanking does
 * not hide it), and says so when the time for the next Shift press runs out.
 *
 * Before the script runs, and when it never does, its children show: put a real link inside
 * (`<soc-quick-exit><a href="https://www.smhi.se/">Lämna sidan snabbt</a></soc-quick-exit>`). Once
 * upgraded the link is no longer shown, and its address is where the button leaves for when there
 * is no `href` attribute.
 *
 * @slot - Fallback for a page without script: a link to the neutral page. Not shown once upgraded.
 * @csspart bar - The strip that holds the button (the sticky or fixed box).
 * @csspart button - The button.
 * @cssprop [--soc-quick-exit-bg=#b42318] - Button background (dark red, 6.5:1 with white text).
 * @cssprop [--soc-quick-exit-bg-hover=#8f1c13] - Button background under the pointer.
 * @cssprop [--soc-quick-exit-color=#fff] - Button text colour.
 * @cssprop [--soc-quick-exit-z-index=1000] - Stacking order while it sticks.
 * @cssprop [--soc-border-width=2px] - Button border width (the border shows in forced colours).
 * @cssprop [--soc-radius=0.25rem] - Button corner radius.
 * @cssprop [--soc-space-s=0.75rem] - Space below the strip.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 * @fires {SocQuickExitEvent} soc-quick-exit - Just before leaving, detail `{ href }`; cancelable (then it does not leave), bubbles, composed. Services wipe their memory on it.
 */
export class SocQuickExit extends LitElement {
  /** Leaves the page. Replace it (e.g. in tests) to stay; an instance's `navigate` takes precedence. */
  static navigate: (href: string) => void = (href) => location.replace(href);
  /**
   * Longest pause, in ms, between the Shift presses of the shortcut. Two seconds: someone who
   * waits to hear "två gånger till" before pressing again, or who presses slowly, still gets out.
   */
  static shortcutWindow = 2000;

  static override styles = [visuallyHidden, focusRing, quickExitStyles];

  static override properties: PropertyDeclarations = {
    href: {},
    label: {},
    noShortcut: { type: Boolean, attribute: 'no-shortcut' },
    position: { reflect: true },
    presses: { state: true },
    expired: { state: true },
  };

  /**
   * The neutral page to leave for (http or https only). Without it, the address of the fallback
   * link inside the element; without that, {@link DEFAULT_EXIT_HREF}.
   */
  declare href: string;
  /** Button text; defaults to "Lämna sidan snabbt" in the page's language. */
  declare label: string;
  /** Turns off the Shift ×3 shortcut (attribute `no-shortcut`). */
  declare noShortcut: boolean;
  /** `sticky` (default): stays at the top while the page scrolls; `fixed`: pinned to the window's top; `static`: stays where it is placed. */
  declare position: 'sticky' | 'fixed' | 'static';
  /** Leaves the page for this element only (property only); default {@link SocQuickExit.navigate}. */
  navigate: ((href: string) => void) | null = null;

  /** Shift presses so far in the current shortcut attempt (0–2). */
  declare private presses: number;
  /** The time for the next Shift press ran out (said once in the status). */
  declare private expired: boolean;

  static #instances = new Set<SocQuickExit>();
  static #shiftAlone = false;
  static #timer: ReturnType<typeof setTimeout> | undefined;
  #resize: ResizeObserver | null = null;
  #stuckHeight = 0;

  constructor() {
    super();
    this.href = '';
    this.label = '';
    this.noShortcut = false;
    this.position = 'sticky';
    this.presses = 0;
    this.expired = false;
    startLocalization();
    updateWhenLocaleChanges(this);
  }

  /**
   * The address activation leaves for: `href`, else the fallback link's address, if it is a safe
   * http(s) URL; else the default.
   */
  get exitHref(): string {
    return safeExitHref(this.href || this.querySelector('a[href]')?.getAttribute('href'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const all = SocQuickExit.#instances;
    all.add(this);
    if (this.hasUpdated) this.#observe(); // moved or re-inserted
    if (all.size === 1) {
      leavingRegion(); // present before it speaks, so screen readers notice the change
      document.addEventListener('keydown', SocQuickExit.#onKeyDown, true);
      document.addEventListener('keyup', SocQuickExit.#onKeyUp, true);
      document.addEventListener('pointerdown', SocQuickExit.#onPointerDown, true);
      window.addEventListener('pageshow', SocQuickExit.#onPageShow);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const all = SocQuickExit.#instances;
    all.delete(this);
    this.#resize?.disconnect();
    this.#resize = null;
    this.#stuckHeight = 0;
    SocQuickExit.#updatePadding();
    if (!all.size) {
      dropLeavingRegion();
      document.removeEventListener('keydown', SocQuickExit.#onKeyDown, true);
      document.removeEventListener('keyup', SocQuickExit.#onKeyUp, true);
      document.removeEventListener('pointerdown', SocQuickExit.#onPointerDown, true);
      window.removeEventListener('pageshow', SocQuickExit.#onPageShow);
    }
  }

  /**
   * Leaves now: clears drafts and soc forms, fires `soc-quick-exit`, then (unless it was
   * cancelled) blanks the page and replaces it with `href`. Returns whether it left.
   */
  exit(): boolean {
    const href = this.exitHref;
    // Drafts and form contents go even when a listener cancels: the visitor asked for them to go.
    clearDrafts();
    resetSocFields();
    SocQuickExit.#reset();
    if (!this.dispatchEvent(new SocQuickExitEvent({ href }))) return false;
    leavingRegion().textContent = msg('Du lämnar sidan.', {
      desc: 'Screen-reader status when quick exit starts to leave the page (the page goes blank first).',
    });
    // Blank the page at once: on a slow connection the next page can take seconds to appear.
    cover ??= documentSheet();
    cover?.replaceSync('html > body { display: none !important; }');
    (this.navigate ?? SocQuickExit.navigate)(href);
    return true;
  }

  /** Shows a page blanked by {@link exit} again (for a `navigate` that stays, e.g. in Storybook). */
  static restorePage(): void {
    if (cover) dropSheet(cover);
    cover = null;
    if (SocQuickExit.#instances.size) leavingRegion().textContent = '';
  }

  protected override firstUpdated(): void {
    this.#observe();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('position') && changed.get('position') !== undefined) this.#measure();
  }

  override render(): TemplateResult {
    const label =
      this.label || msg('Lämna sidan snabbt', { desc: 'Quick-exit button: leaves this page for a neutral one at once.' });
    const shortcut = !this.noShortcut;
    return html`<div class="bar" part="bar">
        <button part="button" type="button" aria-describedby=${shortcut ? 'shortcut' : nothing} @click=${() => this.exit()}>
          ${label}${shortcut && this.presses ? this.#renderDots() : nothing}
        </button>
      </div>
      ${this.position === 'fixed'
        ? html`<div class="bar placeholder" aria-hidden="true"><span class="button">${label}</span></div>`
        : nothing}
      ${shortcut
        ? html`<span id="shortcut" hidden>${msg('Du kan också trycka på Skift tre gånger.', {
            desc: 'Description of the quick-exit button: the keyboard shortcut (the Shift key pressed three times).',
          })}</span>`
        : nothing}
      <span class="visually-hidden" role="status">${this.#announcement()}</span>`;
  }

  /** Three lights that fill up with each Shift press (GOV.UK); screen readers get the status text. */
  #renderDots(): TemplateResult {
    return html`<span class="dots" aria-hidden="true"
      >${[0, 1, 2].map((i) => html`<span class=${i < this.presses ? 'dot on' : 'dot'}></span>`)}</span
    >`;
  }

  #announcement(): string {
    if (this.expired) {
      return msg('Tiden gick ut. Du är kvar på sidan.', {
        desc: 'Screen-reader status when the quick-exit shortcut was started (Shift pressed once or twice) but the time for the next press ran out.',
      });
    }
    if (this.presses === 1) {
      return msg('Tryck på Skift två gånger till för att lämna sidan.', {
        desc: 'Screen-reader status after the first Shift press of the quick-exit shortcut.',
      });
    }
    if (this.presses === 2) {
      return msg('Tryck på Skift en gång till för att lämna sidan.', {
        desc: 'Screen-reader status after the second Shift press of the quick-exit shortcut.',
      });
    }
    return '';
  }

  /** Measures the bar whenever its size changes (text size, window width, language). */
  #observe(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    if (!bar || this.#resize || typeof ResizeObserver === 'undefined') return;
    this.#resize = new ResizeObserver(() => this.#measure());
    this.#resize.observe(bar);
  }

  /** How much of the top of the window it covers while it sticks, for the page's scroll padding. */
  #measure(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    const box = this.position === 'fixed' ? bar : this;
    const pos = box && this.isConnected ? getComputedStyle(box).position : 'static';
    this.#stuckHeight = bar && (pos === 'sticky' || pos === 'fixed') ? bar.getBoundingClientRect().height : 0;
    SocQuickExit.#updatePadding();
  }

  /**
   * Scroll padding on the page, so an element that gets focus is scrolled out from under the
   * sticky button instead of behind it (WCAG 2.4.11 Focus Not Obscured). Replaces a page's own
   * `scroll-padding-block-start` on `<html>` while a sticky button is shown.
   */
  static #updatePadding(): void {
    const height = Math.max(0, ...[...SocQuickExit.#instances].map((i) => i.#stuckHeight));
    if (!height) {
      if (padding) dropSheet(padding);
      padding = null;
      return;
    }
    padding ??= documentSheet();
    padding?.replaceSync(`html { scroll-padding-block-start: ${Math.ceil(height) + 8}px; }`);
  }

  /** The element the shortcut activates: the first connected one that has it on. */
  static #target(): SocQuickExit | undefined {
    return [...SocQuickExit.#instances].find((i) => !i.noShortcut && !i.hidden);
  }

  static #reset(): void {
    clearTimeout(SocQuickExit.#timer);
    for (const i of SocQuickExit.#instances) {
      i.presses = 0;
      i.expired = false;
    }
  }

  /** The time for the next Shift press ran out: start again, and say so where it was counting. */
  static #expire(): void {
    for (const i of SocQuickExit.#instances) {
      i.expired = i.presses > 0;
      i.presses = 0;
    }
  }

  // Only Shift pressed and released on its own counts: Shift+A (typing a capital), Alt+Shift or
  // Ctrl+Shift (switching keyboard layout) and Shift+click (selecting) do not.
  static #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Shift' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (!e.repeat) SocQuickExit.#shiftAlone = true;
      return;
    }
    SocQuickExit.#shiftAlone = false;
    if (e.key !== 'Shift') SocQuickExit.#reset();
  };

  static #onKeyUp = (e: KeyboardEvent): void => {
    if (e.key !== 'Shift') return;
    const alone = SocQuickExit.#shiftAlone && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing;
    SocQuickExit.#shiftAlone = false;
    const target = SocQuickExit.#target();
    if (!alone || !target) return;
    const presses = target.presses + 1;
    clearTimeout(SocQuickExit.#timer);
    if (presses >= 3) {
      target.exit();
      return;
    }
    target.presses = presses;
    target.expired = false;
    SocQuickExit.#timer = setTimeout(() => SocQuickExit.#expire(), SocQuickExit.shortcutWindow);
  };

  static #onPointerDown = (e: PointerEvent): void => {
    if (e.shiftKey) SocQuickExit.#shiftAlone = false;
  };

  // Some browsers restore a page from the back/forward cache as it was left: blank.
  static #onPageShow = (e: PageTransitionEvent): void => {
    if (e.persisted) SocQuickExit.restorePage();
  };
}

define('soc-quick-exit', SocQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'soc-quick-exit': SocQuickExit;
  }
  interface GlobalEventHandlersEventMap {
    'soc-quick-exit': SocQuickExitEvent;
  }
}
