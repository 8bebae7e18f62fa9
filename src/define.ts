/**
 * Registers an element once. A second copy of the library on the same page (a CMS that loads
 * both the bundle and a per-element module) leaves the first registration in place and says so
 * once in the console instead of throwing.
 */
let warned = false;

export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor && !warned) {
    warned = true;
    console.info(`soc-elements: <${tag}> was already registered by another copy; keeping that one.`);
  }
}
