/**
 * The events of the service forms, as typed `Event` subclasses (like `SocQuickExitEvent`). Each
 * bubbles and is composed, and carries `detail` as it always has, so `e.detail.reference` works
 * as before and TypeScript knows its shape from the event name.
 */
import type { SubmitError } from '../../services/submission.js';
import type { Payload } from './sending.js';

/** Base: an event with `detail`, bubbling and composed. */
class DetailEvent<D> extends Event {
  readonly detail: D;
  constructor(type: string, detail: D, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}

/** Before sending; cancel it (`preventDefault()`) to send it yourself and call `complete()` or `fail()`. */
export class SocSubmitEvent extends DetailEvent<{ payload: Payload; idempotencyKey: string }> {
  constructor(detail: { payload: Payload; idempotencyKey: string }) {
    super('soc-submit', detail, true);
  }
}

/** The back end confirmed: `detail.reference` is what the citizen sees on the receipt. */
export class SocSubmittedEvent extends DetailEvent<{ reference: string }> {
  constructor(detail: { reference: string }) {
    super('soc-submitted', detail);
  }
}

/** Sending failed; the answers stay. `retryable`: worth trying again. */
export class SocSubmitErrorEvent extends DetailEvent<{ error: SubmitError; retryable: boolean }> {
  constructor(detail: { error: SubmitError; retryable: boolean }) {
    super('soc-submit-error', detail);
  }
}

/** A new step is on screen: its place in the progress (`index`) and its `id` (`granska`, `kvitto` at the end). */
export class SocStepChangeEvent extends DetailEvent<{ index: number; id: string }> {
  constructor(detail: { index: number; id: string }) {
    super('soc-step-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-submit': SocSubmitEvent;
    'soc-submitted': SocSubmittedEvent;
    'soc-submit-error': SocSubmitErrorEvent;
    'soc-step-change': SocStepChangeEvent;
  }
}
