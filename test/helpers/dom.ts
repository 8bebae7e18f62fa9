/**
 * DOM helpers shared by the browser tests (imported as a module) and the check scripts in
 * scripts/ (scripts/lib/browser.mjs bundles this file and installs it in a puppeteer page, where
 * each export is also a global: `window.deepActive()`). Plain DOM, no test framework and no
 * imports, so both sides run the same code. `tabUntil` takes the key press as a function: the
 * browser tests press Tab with `sendKeys`, the scripts with `page.keyboard`.
 */

/** The element that really has focus, through shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

type Named = Element & { name?: string };

/**
 * The innermost soc element with a name that holds the focus (the field, not its inner input).
 * With `nativeControls`, a focused named control of the page itself (a host form's own `<input>`)
 * counts too.
 */
export function activeField({ nativeControls = false } = {}): Named | null {
  const chain: Named[] = [];
  for (let el: Element | null = document.activeElement; el; el = el.shadowRoot?.activeElement ?? null) chain.push(el);
  const soc = [...chain].reverse().find((e) => e.localName.startsWith('soc-') && e.name);
  if (soc) return soc;
  return nativeControls && chain.length === 1 && chain[0]!.name ? chain[0]! : null;
}

/** Describes the focused element for messages: `soc-text-field[name=namn]` or `<button> "Skicka"`. */
export function describeFocus(): string {
  const f = activeField({ nativeControls: true });
  const el = deepActive();
  return f ? `${f.localName}[name=${f.name}]` : el ? `<${el.localName}> "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
}

/** Every element matching `selector` in `scope` and in every shadow root below it. */
export function deepAll(selector: string, scope: Document | ShadowRoot | Element = document): Element[] {
  const out = [...scope.querySelectorAll(selector)];
  for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll(selector, el.shadowRoot));
  return out;
}

/** Whether `el` has a box the user can see. */
export function visible(el: Element | null | undefined): boolean {
  if (!el || !el.isConnected) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** The text of an element's shadow root, white space collapsed. */
export const shadowText = (el: Element | null | undefined): string => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The link texts of the error summary `selector`, or null when it shows nothing. */
export function summaryLinks(selector = 'soc-error-summary'): string[] | null {
  const box = document.querySelector(selector)?.shadowRoot?.querySelector('[part~="summary"]');
  return box && visible(box) ? [...box.querySelectorAll('a')].map((a) => (a.textContent ?? '').trim()) : null;
}

/** One task: lets the chained updates of an element and its children finish (browser tests). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Resolves after `frames` animation frames and one task more (style, layout and paint done). */
export const afterFrames = (frames = 1): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : setTimeout(resolve));
    step(frames);
  });

/** Waits until every soc element of the document is defined and has rendered, three rounds. */
export async function settleElements(): Promise<void> {
  const socs = () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('soc-'));
  await Promise.all(socs().map((e) => customElements.whenDefined(e.localName)));
  for (let i = 0; i < 3; i++) {
    await Promise.all(socs().map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await afterFrames(1);
  }
}

declare global {
  interface Window {
    __violations?: string[];
  }
}

/**
 * Records every Content-Security-Policy and Trusted Types violation of the page in
 * `window.__violations` (and as a console error with `console: true`). Install it before any
 * script of the page runs (puppeteer: `evaluateOnNewDocument`).
 */
export function watchCspViolations({ console: toConsole = false } = {}): void {
  window.__violations = [];
  window.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const line = `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sample ? `: ${e.sample}` : ''}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`;
      window.__violations!.push(line);
      if (toConsole) console.error(`CSP violation: ${line}`);
    },
    true,
  );
}

/**
 * Presses Tab with `press` until `reached()` holds, at most `max` times; then throws, naming
 * `what` and where the focus is (`where()`).
 */
export async function tabUntil(
  press: () => Promise<unknown>,
  reached: () => boolean | Promise<boolean>,
  { max = 60, what = 'the target', where }: { max?: number; what?: string; where?: () => string | Promise<string> } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await press();
    if (await reached()) return;
  }
  throw new Error(`Tab never reached ${what}${where ? ` (focus: ${await where()})` : ''}`);
}
