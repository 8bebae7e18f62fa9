/**
 * The question model: a service is a list of steps, each a list of questions declared once. From
 * that list come the step's fields, the review rows, the payload's `data`, where a back end's
 * error path belongs, and the draft. A question's `name` is its payload path relative to `data`,
 * exactly; in a repeated group (the children of an application) `*` stands for the index (as in src/schemas/limits.ts):
 * `children.*.name` is asked as `children.0.name`, `children.1.name`, …
 *
 * No DOM here: rendering is in render.ts.
 */
import type { TemplateResult } from 'lit';
import { cleanText } from '../../schemas/text.js';
import { parsePersonnummer, formatPersonnummer } from '../../schemas/personnummer.js';
import { parsePhone, formatPhone } from '../../schemas/phone.js';
import { parsePostnummer, formatPostnummer } from '../../schemas/postnummer.js';
import { parseEmail } from '../../schemas/email.js';

export type Answer = string | string[] | boolean;
export type Answers = Record<string, Answer>;

/** The kinds of question there are fields for. */
export type Kind = 'text' | 'personnummer' | 'phone' | 'email' | 'postnummer' | 'textarea' | 'radio' | 'checkboxes' | 'consent';

export type Under = readonly [string, string] | readonly (readonly [string, string])[];

/** Where a question is asked: the answers, and in a repeated group the index `i` (else -1). */
export interface At {
  a: Answers;
  i: number;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export interface Question {
  /** Payload path relative to `data`, and the field's `name`; `*` is the index in a repeated group. */
  name: string;
  kind: Kind;
  label: (at: At) => string;
  hint?: (at: At) => string;
  required?: boolean | ((at: At) => boolean);
  /** Replaces the field's own "Fyll i …" / "Välj …" when it is left empty. */
  requiredMessage?: (at: At) => string;
  /** For `radio` and `checkboxes`. */
  choices?: (at: At) => Choice[];
  /**
   * Asked inside the reveal of one answer of another question: `[name, value]`, or a list of such
   * places when the same answer is asked on several paths (the reporter's name, with or without a
   * duty to report); it is asked where one of them holds.
   */
  under?: Under;
  /** Asked only when this holds (besides `under`). */
  when?: (at: At) => boolean;
  /**
   * How the answer goes into `data`. `false`: not at all (it only steers other questions). A
   * function maps the answer (`undefined` leaves it out). Default: by kind (text cleaned, numbers
   * normalized, an empty answer left out).
   */
  send?: false | ((answer: Answer | undefined, at: At) => unknown);
  /**
   * The review row: `false` for none; label and value default to the question's (a value of
   * `undefined`: no row). A follow-up (`under`) has no row of its own unless it says so: its
   * parent's row usually tells both ("Ja: arabiska").
   */
  review?: false | { label?: (at: At) => string; value?: (at: At) => string | undefined };
  /** Characters allowed; text kinds only (from src/schemas/limits.ts through the service). */
  maxlength?: number;
  autocomplete?: string;
  width?: string;
  rows?: number;
  inline?: boolean;
}

/** Text between questions: a notice, an explanation. */
export interface Note {
  note: (at: At) => TemplateResult;
  under?: Under;
  when?: (at: At) => boolean;
}

export type Item = Question | Note;

export interface StepModel {
  id: string;
  title: () => string;
  items: Item[];
  /** Asked only when this holds. */
  when?: (a: Answers) => boolean;
  /** The repeated group this step asks about: its name in `data` and how many there are now. */
  repeat?: { name: string; count: (a: Answers) => number };
}

export interface ServiceModel {
  steps: StepModel[];
  /** A structural rule of `data` that no single question holds (e.g. the reporter union). */
  shape?: (data: Record<string, unknown>, a: Answers) => Record<string, unknown>;
}

export const isQuestion = (item: Item): item is Question => 'name' in item;

/** A question's name at index `i`: `children.*.name` → `children.1.name`. */
export const pathOf = (name: string, i: number): string => (i < 0 ? name : name.replace('*', String(i)));

/** A field name back to its question's name: `children.1.name` → `children.*.name`. */
export const patternOf = (path: string): string => path.replace(/\.\d+(?=\.|$)/, '.*');

/** A question asked in one place: the question, where (`at`), its step and its field name. */
export interface Asked {
  q: Question;
  at: At;
  step: StepModel;
  path: string;
}

const str = (v: Answer | undefined) => (typeof v === 'string' ? v : '');

const indexes_ = new WeakMap<ServiceModel, Map<string, Question>>();

/** The form's questions by name (for `under` and field events), made once per model. */
export function byName(model: ServiceModel): Map<string, Question> {
  let map = indexes_.get(model);
  if (!map) {
    map = new Map();
    for (const step of model.steps) for (const item of step.items) if (isQuestion(item)) map.set(item.name, item);
    indexes_.set(model, map);
  }
  return map;
}

/** The places an item is revealed in: `[parent name, answer]` pairs. */
export const placesOf = (item: Item): (readonly [string, string])[] =>
  !item.under ? [] : typeof item.under[0] === 'string' ? [item.under as readonly [string, string]] : (item.under as (readonly [string, string])[]);

/** Whether an item is asked now: its own `when`, and one of its parents' answers (recursively). */
export function applies(item: Item, at: At, questions: Map<string, Question>): boolean {
  if (item.when && !item.when(at)) return false;
  const places = placesOf(item);
  return (
    !places.length ||
    places.some(([parentName, value]) => {
      const parent = questions.get(parentName);
      const answer = at.a[pathOf(parentName, at.i)];
      const chosen = Array.isArray(answer) ? answer.includes(value) : answer === value || (answer === true && value === 'true');
      return chosen && !!parent && applies(parent, at, questions);
    })
  );
}

/** The steps that apply to the answers. */
export const activeSteps = (model: ServiceModel, a: Answers): StepModel[] => model.steps.filter((s) => !s.when || s.when(a));

/** The indexes a step is asked for: [-1], or 0…count-1 in a repeated group. */
export const indexes = (step: StepModel, a: Answers): number[] =>
  step.repeat ? Array.from({ length: step.repeat.count(a) }, (_, i) => i) : [-1];

/** Every question asked now, in order: active steps, each index, only those that apply. */
export function asked(model: ServiceModel, a: Answers): Asked[] {
  const questions = byName(model);
  const out: Asked[] = [];
  for (const step of activeSteps(model, a)) {
    for (const i of indexes(step, a)) {
      const at = { a, i };
      for (const item of step.items) if (isQuestion(item) && applies(item, at, questions)) out.push({ q: item, at, step, path: pathOf(item.name, i) });
    }
  }
  return out;
}

/** The answer as `data` holds it by default: text cleaned, numbers normalized; '' and [] are absent. */
export function sendValue(q: Question, answer: Answer | undefined, at: At): unknown {
  const text = cleanText(str(answer), { multiline: q.kind === 'textarea' });
  const parsed = (r: { ok: boolean; value?: string }) => (r.ok ? r.value : text);
  switch (q.kind) {
    case 'radio':
      return str(answer) || undefined;
    case 'checkboxes': {
      // Only answers that are on screen, in their order.
      const chosen = Array.isArray(answer) ? answer : [];
      const values = (q.choices?.(at) ?? []).map((c) => c.value).filter((v) => chosen.includes(v));
      return values.length ? values : undefined;
    }
    case 'consent':
      return answer === true ? true : undefined;
    default:
      if (!text) return undefined;
      if (q.kind === 'personnummer') return parsed(parsePersonnummer(text));
      if (q.kind === 'phone') return parsed(parsePhone(text));
      if (q.kind === 'email') return parsed(parseEmail(text));
      if (q.kind === 'postnummer') return parsed(parsePostnummer(text));
      return text;
  }
}

/** Sets `data.<path>`, making arrays for numeric steps (`children.1.name`). */
function put(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = data;
  keys.slice(0, -1).forEach((key, k) => {
    node[key] ??= /^\d+$/.test(keys[k + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1)!] = value;
}

/** The answers as the payload's `data`: only questions asked now, each at its path. */
export function buildData(model: ServiceModel, a: Answers): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  // A repeated group is a list with one entry per index, also when an entry has no answers yet.
  for (const step of activeSteps(model, a)) {
    if (step.repeat) data[step.repeat.name] = indexes(step, a).map(() => ({}));
  }
  for (const { q, at, path } of asked(model, a)) {
    if (q.send === false) continue;
    const value = q.send ? q.send(a[path], at) : sendValue(q, a[path], at);
    if (value !== undefined) put(data, path, value);
  }
  return model.shape ? model.shape(data, a) : data;
}

/** An answer as the review page shows it: choices by label, numbers tidied when valid. */
export function shownValue(q: Question, at: At): string {
  const answer = at.a[pathOf(q.name, at.i)];
  const text = cleanText(str(answer), { multiline: q.kind === 'textarea' });
  const tidy = (r: { ok: boolean; value?: string }, format: (v: string) => string) => (r.ok && r.value ? format(r.value) : text);
  switch (q.kind) {
    case 'radio':
      return q.choices?.(at).find((c) => c.value === answer)?.label ?? '';
    case 'checkboxes':
      return (q.choices?.(at) ?? []).filter((c) => Array.isArray(answer) && answer.includes(c.value)).map((c) => c.label).join('\n');
    case 'consent':
      return answer === true ? q.label(at) : '';
    case 'personnummer':
      return tidy(parsePersonnummer(text), formatPersonnummer);
    case 'phone':
      return tidy(parsePhone(text), formatPhone);
    case 'postnummer':
      return tidy(parsePostnummer(text), formatPostnummer);
    default:
      return text;
  }
}

/** Numbers read left to right also in Arabic and Persian. */
export const isNumberKind = (kind: Kind): boolean => kind === 'personnummer' || kind === 'phone' || kind === 'postnummer';

export interface ReviewRow {
  step: string;
  field: string;
  label: string;
  value: string;
  ltr: boolean;
}

/** One row per question asked now, unless the question says otherwise. */
export function reviewRows(model: ServiceModel, a: Answers): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const { q, at, step, path } of asked(model, a)) {
    if (q.review === false || (q.under && !q.review)) continue;
    const r = q.review ?? {};
    const value = r.value ? r.value(at) : shownValue(q, at);
    if (value !== undefined) rows.push({ step: step.id, field: path, label: (r.label ?? q.label)(at), value, ltr: isNumberKind(q.kind) });
  }
  return rows;
}

/** The step (index among the active steps) that asks the field a back end named, e.g. `data.children.1.age`. */
export function stepOfPath(model: ServiceModel, a: Answers, path: string): { index: number; field: string } | null {
  const field = path.replace(/^data\./, '');
  const hit = asked(model, a).find((x) => x.path === field);
  return hit ? { index: activeSteps(model, a).indexOf(hit.step), field } : null;
}

/** The question a field belongs to, by its name (`children.1.name` finds `children.*.name`). */
export function questionOf(model: ServiceModel, name: string): Question | undefined {
  const index = byName(model);
  return index.get(name) ?? index.get(patternOf(name));
}
