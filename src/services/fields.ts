/**
 * Small template helpers the services use to draw their questions bound to the answers, so that
 * a step is a list of questions rather than markup. Every field gets its `name` (a payload path
 * like `child.name`), its value from the answers, and the shared attributes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextFormat } from '../fields/text-field.js';

export type Answer = string | string[] | boolean;
export type Answers = Record<string, Answer>;

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** Follow-up questions shown when this answer is chosen. */
  reveal?: TemplateResult;
}

export interface FieldOptions {
  hint?: string;
  required?: boolean;
  format?: TextFormat;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  width?: string;
  maxlength?: number;
  inline?: boolean;
  rows?: number;
  /** Replaces the default "Fyll i …" / "Välj …" message when the field is left empty. */
  requiredMessage?: string;
}

/** Binds field helpers to the current answers. */
export function fieldsFor(a: Answers) {
  const str = (name: string) => (typeof a[name] === 'string' ? (a[name] as string) : '');
  return {
    text: (name: string, label: string, o: FieldOptions = {}) =>
      html`<soc-text-field
        name=${name}
        label=${label}
        hint=${o.hint ?? nothing}
        ?required=${!!o.required}
        format=${o.format ?? nothing}
        type=${o.type ?? nothing}
        autocomplete=${o.autocomplete ?? 'off'}
        width=${o.width ?? nothing}
        maxlength=${o.maxlength ?? nothing}
        required-message=${o.requiredMessage ?? nothing}
        .value=${str(name)}
      ></soc-text-field>`,
    area: (name: string, label: string, o: FieldOptions = {}) =>
      html`<soc-textarea
        name=${name}
        label=${label}
        hint=${o.hint ?? nothing}
        ?required=${!!o.required}
        maxlength=${o.maxlength ?? nothing}
        rows=${o.rows ?? nothing}
        required-message=${o.requiredMessage ?? nothing}
        .value=${str(name)}
      ></soc-textarea>`,
    radios: (name: string, label: string, choices: Choice[], o: FieldOptions = {}) =>
      html`<soc-radio-group
        name=${name}
        label=${label}
        hint=${o.hint ?? nothing}
        ?required=${!!o.required}
        ?inline=${!!o.inline}
        required-message=${o.requiredMessage ?? nothing}
        .value=${str(name)}
        >${choices.map(
          (c) => html`<soc-radio value=${c.value} label=${c.label} hint=${c.hint ?? nothing}>${c.reveal ?? nothing}</soc-radio>`,
        )}</soc-radio-group
      >`,
    checkboxes: (name: string, label: string, choices: Choice[], o: FieldOptions = {}) => {
      const chosen = Array.isArray(a[name]) ? (a[name] as string[]) : [];
      return html`<soc-checkbox-group
        name=${name}
        label=${label}
        hint=${o.hint ?? nothing}
        ?required=${!!o.required}
        required-message=${o.requiredMessage ?? nothing}
        >${choices.map(
          (c) => html`<soc-checkbox value=${c.value} label=${c.label} hint=${c.hint ?? nothing} .checked=${chosen.includes(c.value)}
            >${c.reveal ?? nothing}</soc-checkbox
          >`,
        )}</soc-checkbox-group
      >`;
    },
    checkbox: (name: string, label: string, o: FieldOptions & { reveal?: TemplateResult } = {}) =>
      html`<soc-checkbox name=${name} label=${label} hint=${o.hint ?? nothing} ?required=${!!o.required} .checked=${a[name] === true}
        >${o.reveal ?? nothing}</soc-checkbox
      >`,
  };
}

/** The label of the chosen answer, for the review page. */
export function choiceLabel(choices: Choice[], value: Answer | undefined): string {
  if (Array.isArray(value)) return choices.filter((c) => value.includes(c.value)).map((c) => c.label).join(', ');
  return choices.find((c) => c.value === value)?.label ?? '';
}
