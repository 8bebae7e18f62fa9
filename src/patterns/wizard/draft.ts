/**
 * The tab's draft of a service form in sessionStorage (DESIGN.md "Nothing is lost"): written on
 * every answer, read back once, and checked part by part when read, because anything may be in
 * storage — an old version, a hand-edited value, a draft from the moment of sending. What is valid
 * is kept and the rest dropped; a draft never brings back a sending state or a receipt.
 */
import type { Answer, Answers } from './questions.js';

export interface Draft {
  /** 2: adds `sent`, the payload as first sent. Version 1 drafts (no `sent`) are read too. */
  v: 2;
  answers: Answers;
  step: number;
  phase: 'form' | 'review';
  key?: string;
  sent?: unknown;
}

/** A draft as read: answers always an object, the rest still to be checked against the form. */
export interface ReadDraft {
  answers: Answers;
  step: number;
  /** Whether the draft was on the review page (or past it: sending, failed, receipt). */
  review: boolean;
  key: unknown;
  sent: unknown;
}

/** Answer names renamed since a draft could have been written: old → new. */
const RENAMED: Record<string, string> = {
  'concern.interpreter': 'concern.interpreter.needed',
  'concern.interpreterLanguage': 'concern.interpreter.language',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value an answer can have: text, yes/no, or the values of a checkbox group. */
const isAnswer = (v: unknown): v is Answer =>
  typeof v === 'string' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** Reads and checks the draft under `key`; null when there is none worth keeping (and it is removed). */
export function readDraft(key: string): ReadDraft | null {
  let d: unknown;
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    d = JSON.parse(raw);
  } catch {
    return null; // unreadable or blocked: as if there were none
  }
  const answers: Answers = {};
  if (isObject(d) && (d.v === 1 || d.v === 2) && isObject(d.answers)) {
    for (const [name, value] of Object.entries(d.answers)) {
      // (Assigning "__proto__" would change the object's prototype, not add an answer.)
      if (name !== '__proto__' && isAnswer(value)) answers[RENAMED[name] ?? name] = value;
    }
  }
  if (!isObject(d) || !Object.keys(answers).length) {
    removeDraft(key);
    return null;
  }
  return { answers, step: Number.isInteger(d.step) ? (d.step as number) : 0, review: d.phase !== 'form', key: d.key, sent: d.sent };
}

/** Writes the draft; a full or blocked storage leaves the answers in memory only. */
export function writeDraft(key: string, draft: Draft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    /* the answers are still in memory */
  }
}

export function removeDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}
