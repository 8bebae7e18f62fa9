/**
 * What `soc-quick-exit` does to the page around it: where it leaves for, emptying the soc fields,
 * and the document-level sheets that blank the page and keep focus out from under the button.
 */

/**
 * Where quick exit goes unless `href` says otherwise: SMHI's start page (weather), a neutral Swedish
 * page that anyone might visit, like the BBC Weather page GOV.UK uses.
 */
export const DEFAULT_EXIT_HREF = 'https://www.smhi.se/';

/**
 * The address to leave for: `value` when it is an http(s) URL (a relative one resolves against
 * `base`), otherwise {@link DEFAULT_EXIT_HREF}. A `javascript:` or `data:` URL is never used.
 */
export function safeExitHref(value: string | null | undefined, base = globalThis.location?.href): string {
  const text = value?.trim();
  if (!text) return DEFAULT_EXIT_HREF;
  try {
    const url = new URL(text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : DEFAULT_EXIT_HREF;
  } catch {
    return DEFAULT_EXIT_HREF;
  }
}

/** Empties every form on the page that holds a soc field, and soc fields outside any form. */
export function resetSocFields(): void {
  const isSoc = (el: Element) => el.localName.startsWith('soc-');
  const attempt = (reset: () => void) => {
    try {
      reset();
    } catch {
      /* leaving matters more than a field that fails to reset */
    }
  };
  for (const form of document.forms) {
    if ([...form.elements].some(isSoc)) attempt(() => form.reset());
  }
  for (const el of document.querySelectorAll('*')) {
    const field = el as Element & { form?: unknown; formResetCallback?: () => void };
    if (isSoc(el) && field.form === null && typeof field.formResetCallback === 'function') {
      attempt(() => field.formResetCallback!());
    }
  }
}

/** A document-level sheet we own (constructed, so a strict CSP allows it, unlike a style attribute). */
export function documentSheet(): CSSStyleSheet | null {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return null;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}
export const dropSheet = (sheet: CSSStyleSheet) =>
  (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet));

let region: HTMLElement | null = null;

/**
 * The polite live region that says "leaving": a child of `<html>` after `<body>`, so it stays in
 * the accessibility tree while the blanking sheet hides the body. Visually hidden through the
 * CSSOM (a strict CSP allows that, unlike a style attribute). Made once, on first use.
 */
export function leavingRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.dataset.socQuickExit = 'status';
  Object.assign(region.style, {
    position: 'absolute',
    insetBlockStart: '0',
    inlineSize: '1px',
    blockSize: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  });
  document.documentElement.append(region);
  return region;
}

/** Removes the region (when no quick exit is left on the page). */
export function dropLeavingRegion(): void {
  region?.remove();
  region = null;
}
