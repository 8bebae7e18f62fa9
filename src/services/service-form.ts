/**
 * The base of the service forms (`soc-concern-report`, `soc-application-form`): the wizard
 * (patterns/wizard/wizard.ts) plus sending that is never lost or doubled, a receipt, and nothing
 * lost on the way: answers live in memory and in a tab-scoped sessionStorage draft until a
 * confirmed submission, "Avbryt" or quick exit.
 *
 * A service declares its questions once (a `ServiceModel`); the steps, the review, the payload's
 * `data`, where a back end's error belongs and the draft all come from that.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { getLocale } from '../localization/locale.js';
import { draftKey, clearDrafts } from '../patterns/drafts.js';
import { DEFAULT_TIMEOUT_S, httpTransport, SubmitError, type Transport } from './submission.js';
import { errorMessage } from '../localization/messages.js';
import { isErrorCode } from '../schemas/codes.js';
import { limitOf } from '../schemas/limits.js';
import type { PayloadType } from '../schemas/types.js';
import { formatPhone, parsePhone } from '../schemas/phone.js';
import { SocWizard } from '../patterns/wizard/wizard.js';
import { Sending, type Payload } from '../patterns/wizard/sending.js';
import { readDraft, removeDraft, writeDraft } from '../patterns/wizard/draft.js';
import { buildData, isQuestion, questionOf, stepOfPath, type ServiceModel } from '../patterns/wizard/questions.js';
import { failureBox, isoWithOffset, sendButtons } from '../patterns/wizard/pages.js';
import { SocSubmitErrorEvent, SocSubmitEvent, SocSubmittedEvent, SocStepChangeEvent } from '../patterns/wizard/events.js';

export { serviceStyles } from '../patterns/wizard/styles.js';
export type { Answer, Answers } from '../patterns/wizard/questions.js';
export type { Payload } from '../patterns/wizard/sending.js';

/**
 * Shared behaviour of the service forms. A subclass gives its payload type, its questions and its
 * receipt. The fields inside are soc fields: their CSS custom properties (set on this element or
 * higher up) apply to them too.
 *
 * @cssprop [--soc-color-button=#0b57d0] - Primary button background, secondary button text.
 * @cssprop [--soc-color-button-text=#fff] - Primary button text.
 * @cssprop [--soc-color-link=#0b57d0] - Links and link-style buttons ("Ändra").
 * @cssprop [--soc-color-notice=#0b57d0] - Bar beside notices.
 * @cssprop [--soc-color-notice-bg=#eef3fc] - Notice background.
 * @cssprop [--soc-color-danger-bg=#fdf0ef] - Background of warnings (emergency, sending failed).
 * @cssprop [--soc-color-error=#a61e14] - Bar beside warnings.
 * @cssprop [--soc-color-rule=#b1b4b6] - Lines between the rows of the review.
 * @cssprop [--soc-color-hint=#474747] - The "Steg 2 av 6" caption.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--soc-radius=0.25rem] - Button corner radius.
 * @cssprop [--soc-space-m=1rem] - Space between buttons, notice padding.
 * @cssprop [--soc-space-l=1.5rem] - Space below headings and above the buttons.
 */
export abstract class SocServiceForm extends SocWizard {
  static override properties: PropertyDeclarations = {
    action: {},
    municipality: {},
    phone: {},
    draft: {},
    quickExit: { type: Boolean, attribute: 'quick-exit' },
    sendTimeout: { type: Number, attribute: 'send-timeout' },
    transport: { attribute: false },
    reference: { state: true },
    failure: { state: true },
  };

  /** URL the default transport POSTs the JSON payload to. */
  declare action: string;
  /** The municipality's name, used in texts ("Örebro kommun"). */
  declare municipality: string;
  /** Phone number to social services, shown when something goes wrong and on the receipt. */
  declare phone: string;
  /** `session` (default): keep a tab-scoped draft; `off`: keep nothing. */
  declare draft: 'session' | 'off';
  /** Show the "Lämna sidan snabbt" button. */
  declare quickExit: boolean;
  /**
   * Seconds a send may take (default 30). Then the transport's `signal` is aborted, the citizen
   * sees the failure box with "Försök skicka igen" and every answer stays.
   */
  declare sendTimeout: number;
  /**
   * Replaces the default HTTP transport: `(payload, { idempotencyKey, signal }) => Promise<{ reference }>`.
   * It must resolve with a non-empty `reference` only when the back end has stored the submission.
   */
  declare transport: Transport | undefined;
  declare protected reference: string;
  declare protected failure: SubmitError | null;

  /** Payload `type`; also the draft's key. */
  protected abstract readonly type: PayloadType;

  #sending = new Sending();
  /** Set by quick exit: this element never writes a draft again. */
  #wiped = false;

  constructor() {
    super();
    this.action = '';
    this.municipality = '';
    this.phone = '';
    this.draft = 'session';
    this.quickExit = false;
    this.sendTimeout = DEFAULT_TIMEOUT_S;
    this.transport = undefined;
    this.reference = '';
    this.failure = null;
  }

  /** Each text question gets its limit from the payload's limits (schemas/limits.ts). */
  protected override prepareModel(model: ServiceModel): ServiceModel {
    for (const step of model.steps) for (const item of step.items) if (isQuestion(item)) item.maxlength ??= limitOf(this.type, item.name)?.max;
    return model;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#restoreDraft();
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    window.addEventListener('soc-quick-exit', this.#onQuickExit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    window.removeEventListener('soc-quick-exit', this.#onQuickExit);
    this.#sending.stop();
    if (this.phase === 'sending') this.phase = 'review';
  }

  /** Throws the answers and the draft away and starts again. */
  cancel(): void {
    this.#forget();
    this.go('form', 0);
  }

  // ——— sending ———

  /** The payload as it would be sent now (a new one each call; {@link submit} freezes the first one sent). */
  payload(): Payload {
    return { type: this.type, version: 1, locale: getLocale(), submittedAt: isoWithOffset(new Date()), data: this.buildData() };
  }

  /** The answers as the payload's `data`. */
  buildData(): Record<string, unknown> {
    return buildData(this.model, this.answers);
  }

  /**
   * Sends the answers (from the review page). The first send freezes the payload and its key, so
   * a retry after a lost answer is the same submission; see `Sending`.
   */
  async submit(): Promise<void> {
    if (this.phase === 'sending' || this.phase === 'receipt') return;
    this.phase = 'sending';
    const outcome = await this.#sending.send({
      payload: () => this.payload(),
      announce: (payload, idempotencyKey) => {
        this.saveDraft();
        return this.dispatchEvent(new SocSubmitEvent({ payload, idempotencyKey }));
      },
      transport: this.transport ?? httpTransport(this.action),
      timeoutMs: (Number(this.sendTimeout) > 0 ? Number(this.sendTimeout) : DEFAULT_TIMEOUT_S) * 1000,
    });
    if (!outcome) return;
    if ('reference' in outcome) this.complete(outcome.reference);
    else this.fail(outcome.error);
  }

  /** The submission was received: show the receipt and forget the draft. */
  complete(reference = ''): void {
    if (this.phase === 'receipt') return;
    this.#sending.forget();
    this.reference = reference;
    this.phase = 'receipt';
    removeDraft(this.#draftKey());
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    this.dispatchEvent(new SocSubmittedEvent({ reference }));
    this.dispatchEvent(new SocStepChangeEvent({ index: this.activeSteps.length + 1, id: 'kvitto' }));
  }

  /** Sending failed: answers stay; errors a back end gives for fields go to those fields. */
  fail(error: SubmitError): void {
    if (this.phase === 'receipt') return;
    this.#sending.stop();
    this.dispatchEvent(new SocSubmitErrorEvent({ error, retryable: error.retryable }));
    const placed = error.fieldErrors.map((f) => ({ f, at: stepOfPath(this.model, this.answers, f.path) }));
    const first = placed.find((p) => p.at)?.at;
    if (!first) {
      // No field to fix (or one the form does not show): the failure box, with the phone number.
      this.failure = error;
      this.phase = 'failed';
      this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
      return;
    }
    this.returnToReview = true;
    this.go('form', first.index);
    void this.updateComplete.then(() => {
      const summary = this.summary();
      if (!summary) return;
      summary.errors = placed
        .filter((p) => p.at?.index === first.index)
        .map(({ f, at }) => {
          // The question's own label and limit make the message say what to do ("Skriv högst 100 tecken").
          const q = questionOf(this.model, at!.field);
          const i = Number(/\.(\d+)\./.exec(at!.field)?.[1] ?? -1);
          const message = errorMessage(isErrorCode(f.code) ? f.code : 'invalid', { max: q?.maxlength, label: q?.label({ a: this.answers, i }) });
          return { field: at!.field, message };
        });
    });
  }

  // ——— draft ———

  /** Hook: the name of the draft (the payload type; a variant of a service may keep its own). */
  protected draftName(): string {
    return this.type;
  }

  #draftKey(): string {
    return draftKey(this.id ? `${this.draftName()}#${this.id}` : this.draftName());
  }

  protected saveDraft(): void {
    if (this.draft === 'off' || this.phase === 'receipt' || this.#wiped) return;
    if (!Object.keys(this.answers).length) return removeDraft(this.#draftKey());
    writeDraft(this.#draftKey(), {
      v: 2,
      answers: this.answers,
      step: this.stepIndex,
      phase: this.phase === 'form' ? 'form' : 'review',
      key: this.#sending.begin(),
      sent: this.#sending.sent,
    });
  }

  /**
   * Restores the tab's draft as far as it is valid (see draft.ts). Whatever it says it was doing,
   * it shows the review page at most, and only when its answers reach it; from there a send
   * repeats the frozen payload under its key.
   */
  #restoreDraft(): void {
    if (this.draft === 'off' || this.#wiped) return;
    const d = readDraft(this.#draftKey());
    if (!d) return;
    this.answers = d.answers;
    const last = this.activeSteps.length - 1;
    this.stepIndex = Math.max(0, Math.min(d.step, last));
    this.phase = d.review && d.step >= last ? 'review' : 'form';
    this.#sending.restore(d.key, d.sent, this.type);
  }

  #forget(): void {
    this.#sending.forget();
    this.answers = {};
    this.reference = '';
    this.ignoreChanges = true;
    removeDraft(this.#draftKey());
  }

  #onQuickExit = () => {
    // From now on this element writes no draft, whatever its fields do while the page goes.
    this.#wiped = true;
    this.#forget();
    clearDrafts();
  };

  #onBeforeUnload = (e: BeforeUnloadEvent) => {
    // Warn before losing unsent answers; after sending there is nothing to lose.
    if (this.phase === 'receipt' || !Object.values(this.answers).some((v) => v !== '' && v !== false && !(Array.isArray(v) && !v.length))) return;
    e.preventDefault();
    e.returnValue = '';
  };

  // ——— rendering ———

  /** A phone number as a `tel:` link in E.164 with Swedish display. */
  protected tel(number: string): TemplateResult | typeof nothing {
    if (!number) return nothing;
    const p = parsePhone(number);
    // dir=ltr: in Arabic the digit groups of "08-465 004 10" would otherwise be laid out right to left.
    return p.ok ? html`<a href="tel:${p.value}" dir="ltr">${formatPhone(p.value)}</a>` : html`<span dir="ltr">${number}</span>`;
  }

  protected override renderTop(): TemplateResult | typeof nothing {
    return this.quickExit ? html`<soc-quick-exit class="no-print"></soc-quick-exit>` : nothing;
  }

  protected renderReviewActions(): { top: TemplateResult | typeof nothing; buttons: TemplateResult } {
    const state = this.phase === 'sending' ? 'sending' : this.phase === 'failed' ? 'failed' : 'ready';
    return {
      top: this.phase === 'failed' ? failureBox(!!this.failure?.retryable, this.tel(this.phone)) : nothing,
      buttons: sendButtons(state, () => void this.submit(), () => this.back(), this.renderCancel()),
    };
  }
}
