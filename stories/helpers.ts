/** Small helpers shared by the stories (not stories themselves). */
import { nothing } from 'lit';

/** An attribute only when it has text, so an empty control removes the attribute. */
export const attr = (value: string | undefined | null): string | typeof nothing =>
  value ? value : nothing;

/** A number attribute only when it is set. */
export const num = (value: number | undefined | null): number | typeof nothing =>
  typeof value === 'number' && Number.isFinite(value) ? value : nothing;

/** Waits until every element below `root` with the given tag is upgraded and rendered. */
export async function rendered<K extends keyof HTMLElementTagNameMap>(
  root: ParentNode,
  tag: K,
): Promise<HTMLElementTagNameMap[K][]> {
  await customElements.whenDefined(tag);
  const els = [...root.querySelectorAll(tag)];
  await Promise.all(els.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  return els;
}

/** Controls grouped the same way in every story file. */
export const category = {
  content: { table: { category: 'Innehåll' } },
  state: { table: { category: 'Tillstånd' } },
  form: { table: { category: 'Formulär' } },
  input: { table: { category: 'Inmatning' } },
} as const;
