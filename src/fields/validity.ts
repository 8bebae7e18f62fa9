/**
 * How a soc field's check reaches the browser: the `Check` every field returns, the ValidityState
 * flag for a problem, what ElementInternals is handed, and focus on the first invalid field after
 * a submit attempt.
 */
import type { ErrorCode } from '../schemas/codes.js';

export interface Check {
  /** The problem with the current value, or null when it is valid. */
  code: ErrorCode | null;
  /** What the form submits: the normalized value, several entries, or nothing. */
  formValue: string | FormData | null;
  /** What the browser keeps to restore the field (back/forward cache, autofill). */
  state?: string | FormData | null;
}

/** The ValidityState flag for a problem; a code not listed is a pattern mismatch. */
export const FLAG: Partial<Record<ErrorCode, keyof ValidityStateFlags>> = {
  required: 'valueMissing',
  too_long: 'tooLong',
  invalid_email: 'typeMismatch',
  invalid_phone: 'typeMismatch',
};

/** What a field's ElementInternals holds now, so that only what changed is passed on. */
export interface Pushed {
  value: Check['formValue'];
  state: Check['state'];
  /** Flag + message; '' = valid. */
  validity: string;
  anchor: HTMLElement | undefined;
}

/**
 * Passes a field's value and validity on to its ElementInternals, only what changed since `p`:
 * most updates (and every answer in a group) leave them as they were. FormData is new each time,
 * so it always goes.
 */
export function pushToInternals(
  internals: ElementInternals,
  p: Pushed,
  value: Check['formValue'],
  state: Check['state'],
  flag: keyof ValidityStateFlags | '',
  message: string,
  anchor: HTMLElement | undefined,
): void {
  if (value !== p.value || state !== p.state) {
    internals.setFormValue(value, state);
    p.value = value;
    p.state = state;
  }
  if (flag + message !== p.validity || (flag && anchor !== p.anchor)) {
    internals.setValidity(flag ? { [flag]: true } : {}, message, anchor);
    p.validity = flag + message;
    p.anchor = anchor;
  }
}

/** Forms whose first invalid field is about to get focus (one per submit attempt). */
const focusQueued = new WeakSet<HTMLFormElement>();

/**
 * Focuses the form's first invalid field once every field has had its `invalid` event (a
 * microtask later), once per submit attempt however many fields call it.
 */
export function focusFirstInvalid(form: HTMLFormElement): void {
  if (focusQueued.has(form)) return;
  focusQueued.add(form);
  queueMicrotask(() => {
    focusQueued.delete(form);
    const first = [...form.elements].find(
      (el): el is HTMLElement & { validity: ValidityState } =>
        'validity' in el && !(el as HTMLInputElement).validity.valid,
    );
    first?.focus();
  });
}
