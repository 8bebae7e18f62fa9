/**
 * Registers an element once. A second copy of the library on the same page (a CMS that loads
 * both the bundle and a per-element module) leaves the first registration in place and says so
 * once in the console instead of throwing.
 *
 * It also notes which elements the page really has: the first time an element of a tag is
 * connected, its tag goes into `used` (shared by every copy of the library), so a page in another
 * language loads only the texts of the elements it shows, even when the whole bundle defined them
 * all (src/localization/locale-index.ts reads it).
 */
let warned = false;

/** Tags with an element on the page so far, and who wants to hear of a new one. */
export const used: { tags: Set<string>; on?: (tag: string) => void } = ((globalThis as { [k: symbol]: typeof used })[Symbol.for('soc-elements.used')] ??= {
  tags: new Set(),
});

export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    const proto = ctor.prototype as { connectedCallback?: () => void };
    const connected = proto.connectedCallback;
    proto.connectedCallback = function (this: HTMLElement) {
      if (!used.tags.has(tag)) {
        used.tags.add(tag);
        used.on?.(tag);
      }
      connected?.call(this);
    };
    customElements.define(tag, ctor);
  } else if (existing !== ctor && !warned) {
    warned = true;
    console.info(`soc-elements: <${tag}> was already registered by another copy; keeping that one.`);
  }
}
