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

/** A service form as the stories drive it. */
interface ServiceLike extends HTMLElement {
  updateComplete: Promise<unknown>;
  setAnswer(name: string, value: string | string[] | boolean): void;
  next(): boolean;
}

/**
 * Finds the service form in a story, fills answers and presses "Fortsätt" `steps` times, as a
 * user would have — so a story can open on any step or state.
 */
export async function walk<T extends ServiceLike>(
  root: HTMLElement,
  tag: 'soc-concern-report' | 'soc-application-form' | 'soc-economic-aid-form' | 'soc-feedback-form',
  answers: Record<string, string | string[] | boolean>,
  steps: number,
): Promise<T> {
  await customElements.whenDefined(tag);
  const el = root.querySelector(tag) as unknown as T;
  await el.updateComplete;
  for (const [k, v] of Object.entries(answers)) el.setAnswer(k, v);
  for (let i = 0; i < steps; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    el.next();
  }
  await el.updateComplete;
  return el;
}

/** Defaults of the attributes every field has (the story sets `name` and `label`). */
export const fieldArgs = {
  hint: '',
  error: '',
  required: false,
  disabled: false,
  requiredMessage: '',
} as const;

/** How the shared controls are described: a field with a label, or a question with a legend. */
const DESCRIBE = {
  field: {
    label: 'Synlig etikett.',
    hint: 'Hjälptext under etiketten.',
    requiredMessage: 'Ersätter standardtexten "Fyll i …" när fältet är tomt.',
    required: 'Fältet måste fyllas i.',
    disabled: 'Avstängt: går inte att ändra och skickas inte.',
    name: 'Namnet som värdet skickas med i formuläret.',
    error: 'Felmeddelande satt utifrån, till exempel av en server.',
  },
  question: {
    label: 'Frågan (blir `<legend>`).',
    hint: 'Hjälptext under frågan.',
    requiredMessage: 'Ersätter standardtexten "Välj ett svar: …".',
    required: 'Ett svar måste väljas.',
    disabled: 'Hela frågan är avstängd.',
    name: 'Namnet som svaret skickas med i formuläret.',
    error: 'Felmeddelande satt utifrån, till exempel av en server.',
  },
};

/**
 * The controls every field shares (label, hint, required-message, error, required, disabled,
 * name), grouped and described alike in every field's story; `text` changes a description.
 */
export function fieldArgTypes(kind: keyof typeof DESCRIBE, text: Partial<Record<keyof (typeof DESCRIBE)['field'], string>> = {}) {
  const d = { ...DESCRIBE[kind], ...text };
  return {
    label: { control: 'text', description: d.label, ...category.content },
    hint: { control: 'text', description: d.hint, ...category.content },
    requiredMessage: { name: 'required-message', control: 'text', description: d.requiredMessage, ...category.content },
    error: { control: 'text', description: d.error, ...category.state },
    required: { control: 'boolean', description: d.required, ...category.state },
    disabled: { control: 'boolean', description: d.disabled, ...category.state },
    name: { control: 'text', description: d.name, ...category.form },
  } as const;
}
