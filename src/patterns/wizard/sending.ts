/**
 * Sending one submission so that it is never lost and never doubled (DESIGN.md "Payload and
 * submission"): the payload and its idempotency key are frozen at the first send, every retry
 * with unchanged answers sends the identical body under the same key, every send has a deadline,
 * and an answer that comes for a send that was stopped is ignored.
 */
import { KEY_REUSED, newIdempotencyKey, referenceOf, SubmitError, type Transport } from '../../services/submission.js';

/** What is sent: the envelope every payload type shares. */
export interface Payload {
  type: string;
  version: 1;
  locale: string;
  submittedAt: string;
  data: unknown;
}

/** What a send needs from the form. */
export interface SendContext {
  /** A new payload from the answers as they are now. */
  payload(): Payload;
  /** Says that this payload is about to go (`soc-submit`); false when the page sends it itself. */
  announce(payload: Payload, idempotencyKey: string): boolean;
  transport: Transport;
  timeoutMs: number;
}

/** How a send ended: received, failed, or no longer of interest (stopped, or the page took over and answered). */
export type Outcome = { reference: string } | { error: SubmitError } | null;

const KEY_SHAPE = /^[A-Za-z0-9._:-]{8,200}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class Sending {
  /** The idempotency key of the submission under way ('' before the first send). */
  key = '';
  /** The payload as first sent, as JSON. */
  #sent = '';
  /** Counts sends; an answer for an older one is ignored. */
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | null = null;

  /**
   * The key of this submission, made with the first answer (before any send): a tab duplicated
   * before sending carries it too, so the same report sent from both is one case.
   */
  begin(): string {
    return (this.key ||= newIdempotencyKey());
  }

  /** The frozen payload (a copy), for the draft. */
  get sent(): Payload | undefined {
    return this.#sent ? (JSON.parse(this.#sent) as Payload) : undefined;
  }

  /** Takes key and payload back from a draft, each only if it has the right shape. */
  restore(key: unknown, sent: unknown, type: string): void {
    this.key = typeof key === 'string' && KEY_SHAPE.test(key) ? key : '';
    const ok = this.key && isObject(sent) && sent.type === type && sent.version === 1 && typeof sent.locale === 'string' && typeof sent.submittedAt === 'string' && isObject(sent.data);
    this.#sent = ok ? JSON.stringify(sent) : '';
  }

  /** The submission is done or thrown away: the next send is a new one. */
  forget(): void {
    this.stop();
    this.key = '';
    this.#sent = '';
  }

  /** Ends the send under way, if any; its answer, when it comes, is ignored. */
  stop(): void {
    this.#attempt++;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#abort = null;
  }

  /**
   * Sends the submission. Unchanged answers send the frozen payload; changed answers a new one
   * under the same key. When the back end already holds other content under the key (422
   * `idempotency_key_reused`), it is sent once more under a new key, as the new submission it is.
   */
  async send(ctx: SendContext, newKey = false): Promise<Outcome> {
    const payload = this.#freeze(ctx, newKey);
    const idempotencyKey = this.key;
    this.stop();
    const attempt = this.#attempt;
    const controller = new AbortController();
    this.#abort = controller;
    const deadline = new Promise<never>((_, reject) => {
      this.#timer = setTimeout(() => {
        controller.abort();
        reject(new SubmitError('timeout', true));
      }, ctx.timeoutMs);
    });
    const ours = ctx.announce(payload, idempotencyKey);
    try {
      // The page sends it and calls complete() or fail() (which stop this); the deadline still holds.
      if (!ours) await deadline;
      // A transport that never settles, or throws before it returns a promise, still ends here.
      const result = await Promise.race([Promise.resolve().then(() => ctx.transport(payload, { idempotencyKey, signal: controller.signal })), deadline]);
      if (attempt !== this.#attempt) return null;
      const reference = referenceOf(result);
      if (!reference) throw new SubmitError('no reference', true);
      return { reference };
    } catch (e) {
      if (attempt !== this.#attempt) return null;
      const error = e instanceof SubmitError ? e : new SubmitError(String(e), true);
      if (!newKey && error.fieldErrors.some((f) => f.code === KEY_REUSED)) return this.send(ctx, true);
      return { error };
    } finally {
      if (attempt === this.#attempt) clearTimeout(this.#timer);
    }
  }

  /** The payload to send: the frozen one while the answers give the same `data`. Each call gets a copy. */
  #freeze(ctx: SendContext, newKey: boolean): Payload {
    const fresh = ctx.payload();
    const data = JSON.stringify(fresh.data);
    if (newKey || !this.#sent || JSON.stringify((JSON.parse(this.#sent) as Payload).data) !== data) this.#sent = JSON.stringify(fresh);
    if (newKey || !this.key) this.key = newIdempotencyKey();
    return JSON.parse(this.#sent) as Payload;
  }
}
