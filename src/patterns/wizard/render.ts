/**
 * A step's questions as soc fields, bound to the answers: each question once, its follow-ups
 * (`under`) inside the answer that reveals them. The field's `name` is the question's path, so
 * the field's events and a back end's error paths lead straight back to the question.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { MAX } from '../../schemas/limits.js';
import { applies, isQuestion, pathOf, placesOf, type Answer, type At, type Item, type Question, type StepModel } from './questions.js';
import '../../fields/text-field.js';
import '../../fields/textarea.js';
import '../../fields/radio-group.js';
import '../../fields/checkbox-group.js';

const FORMATS = { personnummer: 'personnummer', phone: 'phone', postnummer: 'postnummer' } as const;

const str = (v: Answer | undefined) => (typeof v === 'string' ? v : '');
const required = (q: Question, at: At) => (typeof q.required === 'function' ? q.required(at) : !!q.required);

/** One step's items for index `at.i`; `questions` (all of the form's, by name) resolves `under`. */
export function renderItems(step: StepModel, at: At, questions: Map<string, Question>): TemplateResult {
  const shown = (item: Item) => applies(item, at, questions);
  /**
   * The items revealed by `value` of the question named `name`, only while it is chosen: a
   * question asked in several places (the reporter's name) exists once, where it applies, and
   * identifying questions are not on the page at all while another answer is chosen.
   */
  const revealed = (name: string, value: string) => {
    const answer = at.a[pathOf(name, at.i)];
    const chosen = Array.isArray(answer) ? answer.includes(value) : answer === value || (answer === true && value === 'true');
    return chosen ? step.items.filter((item) => placesOf(item).some(([n, v]) => n === name && v === value) && shown(item)) : [];
  };
  const one = (item: Item): TemplateResult => (isQuestion(item) ? field(item, at, revealed) : item.note(at));
  return html`${step.items.filter((item) => !item.under && shown(item)).map(one)}`;

  function field(q: Question, at: At, reveal: (name: string, value: string) => Item[]): TemplateResult {
    const name = pathOf(q.name, at.i);
    const value = at.a[name];
    const hint = q.hint?.(at) ?? nothing;
    const message = q.requiredMessage?.(at) ?? nothing;
    const label = q.label(at);
    const inner = (v: string) => {
      const items = reveal(q.name, v);
      return items.length ? items.map(one) : nothing;
    };
    switch (q.kind) {
      case 'textarea':
        return html`<soc-textarea name=${name} label=${label} hint=${hint} ?required=${required(q, at)} maxlength=${q.maxlength ?? nothing}
          rows=${q.rows ?? nothing} required-message=${message} .value=${str(value)}></soc-textarea>`;
      case 'radio':
        return html`<soc-radio-group name=${name} label=${label} hint=${hint} ?required=${required(q, at)} ?inline=${!!q.inline}
          required-message=${message} .value=${str(value)}
          >${(q.choices?.(at) ?? []).map((c) => html`<soc-radio value=${c.value} label=${c.label} hint=${c.hint ?? nothing}>${inner(c.value)}</soc-radio>`)}</soc-radio-group
        >`;
      case 'checkboxes': {
        const chosen = Array.isArray(value) ? value : [];
        return html`<soc-checkbox-group name=${name} label=${label} hint=${hint} ?required=${required(q, at)} required-message=${message}
          >${(q.choices?.(at) ?? []).map(
            (c) => html`<soc-checkbox value=${c.value} label=${c.label} hint=${c.hint ?? nothing} .checked=${chosen.includes(c.value)}>${inner(c.value)}</soc-checkbox>`,
          )}</soc-checkbox-group
        >`;
      }
      case 'consent':
        return html`<soc-checkbox name=${name} label=${label} hint=${hint} ?required=${required(q, at)} required-message=${message}
          .checked=${value === true}>${inner('true')}</soc-checkbox
        >`;
      default:
        return html`<soc-text-field name=${name} label=${label} hint=${hint} ?required=${required(q, at)}
          format=${q.kind in FORMATS ? FORMATS[q.kind as keyof typeof FORMATS] : nothing} type=${q.kind === 'email' ? 'email' : nothing}
          autocomplete=${q.autocomplete ?? 'off'} width=${q.width ?? nothing} .maxlength=${q.maxlength ?? MAX.short}
          required-message=${message} .value=${str(value)}></soc-text-field>`;
    }
  }
}
