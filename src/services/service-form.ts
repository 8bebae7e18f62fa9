/**
 * The base of the service forms (`soc-concern-report`, `soc-application-form`): one step at a
 * time, progress, Back without losing answers, a review page with "Ändra" links, sending that is
 * never lost or doubled, a receipt — and nothing lost: answers live in memory and in a tab-scoped
 * sessionStorage draft until a confirmed submission, "Avbryt" or quick exit.
 *
 * A service declares its questions once (a {@link ServiceModel}); the steps, the review, the
 * payload's `data`, where a back end's error belongs and the draft all come from that. Answers
 * flow one way: field event → answers → draft → render.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { getLocale, startLocalization } from '../localization/locale.js';
import { draftKey, clearDrafts } from '../patterns/drafts.js';
import { focusRing, visuallyHidden } from '../styles/shared.js';
import { heading as renderHeading } from '../patterns/heading.js';
import { DEFAULT_TIMEOUT_S, httpTransport, SubmitError, type Transport } from './submission.js';
import { errorMessage } from '../localization/messages.js';
import { isErrorCode } from '../schemas/codes.js';
import { limitOf } from '../schemas/limits.js';
import type { PayloadType } from '../schemas/types.js';
import { formatPhone, parsePhone } from '../schemas/phone.js';
import { serviceStyles } from '../patterns/wizard/styles.js';
import { Sending, type Payload } from '../patterns/wizard/sending.js';
import { readDraft, removeDraft, writeDraft } from '../patterns/wizard/draft.js';
import { activeSteps, buildData, isQuestion, questionOf, reviewRows, stepOfPath, type Answer, type Answers, type Question, type ServiceModel, type StepModel } from '../patterns/wizard/questions.js';
import { renderItems } from '../patterns/wizard/render.js';
import { cancelControl, failureBox, isoWithOffset, pageTitle, progressText, reviewList, sendButtons } from '../patterns/wizard/pages.js';
import { SocStepChangeEvent, SocSubmitErrorEvent, SocSubmitEvent, SocSubmittedEvent } from '../patterns/wizard/events.js';
import type { SocErrorSummary } from '../patterns/error-summary.js';
import '../patterns/error-summary.js';

export { serviceStyles } from '../patterns/wizard/styles.js';
export type { Answer, Answers } from '../patterns/wizard/questions.js';
export type { Payload } from '../patterns/wizard/sending.js';

type Phase = 'form' | 'review' | 'sending' | 'failed' | 'receipt';

/**
 * Shared behaviour of the service forms. A subclass gives its payload type, its questions (a
 * {@link ServiceModel}) and its receipt. The fields inside are soc fields: their CSS custom
 * properties (set on this element or higher up) apply to them too.
 *
 * @cssprop [--soc-color-button=#0b57d0] - Primary button background, secondary button text.
 * @cssprop [--soc-color-button-text=#fff] - Primary button text.
 * @cssprop [--soc-color-link=#0b57d0] - Links and link-style buttons ("Ändra").
 * @cssprop [--soc-color-notice=#0b57d0] - Bar beside notices.
 * @cssprop [--soc-color-notice-bg=#eef3fc] - Notice background.
 * @cssprop [--soc-color-danger-bg=#fdf0ef] - Background of warnings (emergency, sending failed).
 * @cssprop [--soc-color-error=#b42318] - Bar beside warnings.
 * @cssprop [--soc-color-rule=#b1b4b6] - Lines between the rows of the review.
 * @cssprop [--soc-color-hint=#474747] - The "Steg 2 av 6" caption.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--soc-radius=0.25rem] - Button corner radius.
 * @cssprop [--soc-space-m=1rem] - Space between buttons, notice padding.
 * @cssprop [--soc-space-l=1.5rem] - Space below headings and above the buttons.
 */
export abstract class SocServiceForm extends LitElement {
  static override styles = [visuallyHidden, focusRing, serviceStyles];

  static override properties: PropertyDeclarations = {
    action: {},
    municipality: {},
    phone: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    draft: {},
    quickExit: { type: Boolean, attribute: 'quick-exit' },
    sendTimeout: { type: Number, attribute: 'send-timeout' },
    transport: { attribute: false },
    answers: { state: true },
    stepIndex: { state: true },
    phase: { state: true },
    reference: { state: true },
    failure: { state: true },
    confirmingCancel: { state: true },
  };

  /** URL the default transport POSTs the JSON payload to. */
  declare action: string;
  /** The municipality's name, used in texts ("Örebro kommun"). */
  declare municipality: string;
  /** Phone number to social services, shown when something goes wrong and on the receipt. */
  declare phone: string;
  /** Level of the step headings, so the element fits the host page's outline (default 2). */
  declare headingLevel: number;
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

  /** The answers, by field name (payload path). */
  declare answers: Answers;
  declare protected stepIndex: number;
  declare protected phase: Phase;
  declare protected reference: string;
  declare protected failure: SubmitError | null;
  declare protected confirmingCancel: boolean;

  /** Count the review page as the last step of the progress line ("Steg 7 av 7"). */
  protected readonly reviewIsStep: boolean = false;
  /** Payload `type`; also the draft's key. */
  protected abstract readonly type: PayloadType;
  /** The service's name, e.g. "Anmäl oro för ett barn". */
  protected abstract serviceTitle(): string;
  /** The service's questions, step by step. */
  protected abstract questions(): ServiceModel;
  /** The receipt after a confirmed submission. */
  protected abstract renderReceipt(): TemplateResult;

  #sending = new Sending();
  /** Set by quick exit: this element never writes a draft again. */
  #wiped = false;
  /** After quick exit or Avbryt: a field's late `change` (e.g. on blur) must not bring an answer back. */
  #ignoreChanges = false;
  #returnToReview = false;
  #focusAfterRender: (() => void | Promise<void>) | null = null;
  #originalTitle = '';
  #model: ServiceModel | null = null;

  constructor() {
    super();
    startLocalization();
    updateWhenLocaleChanges(this);
    this.action = '';
    this.municipality = '';
    this.phone = '';
    this.headingLevel = 2;
    this.draft = 'session';
    this.quickExit = false;
    this.sendTimeout = DEFAULT_TIMEOUT_S;
    this.transport = undefined;
    this.answers = {};
    this.stepIndex = 0;
    this.phase = 'form';
    this.reference = '';
    this.failure = null;
    this.confirmingCancel = false;
  }

  /** The question model, with each text question's limit from the payload's limits. */
  get model(): ServiceModel {
    if (!this.#model) {
      const model = this.questions();
      for (const step of model.steps) {
        for (const item of step.items) if (isQuestion(item)) item.maxlength ??= limitOf(this.type, item.name)?.max;
      }
      this.#model = model;
    }
    return this.#model;
  }

  /** The steps that apply to the current answers. */
  get activeSteps(): StepModel[] {
    return activeSteps(this.model, this.answers);
  }

  /** The id of what is on screen: a step id, `granska` or `kvitto`. */
  get currentId(): string {
    if (this.phase === 'receipt') return 'kvitto';
    if (this.phase !== 'form') return 'granska';
    return this.activeSteps[this.stepIndex]?.id ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#originalTitle = document.title;
    this.#restoreDraft();
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    window.addEventListener('soc-quick-exit', this.#onQuickExit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    window.removeEventListener('soc-quick-exit', this.#onQuickExit);
    document.title = this.#originalTitle;
    this.#sending.stop();
    if (this.phase === 'sending') this.phase = 'review';
  }

  // ——— navigation ———

  /** Checks the step on screen; moves on when it is valid. Returns whether it moved. */
  next(): boolean {
    const form = this.renderRoot.querySelector('form');
    if (!this.#summary()?.validate(form ? [...form.elements] : [])) {
      this.#setTitle(true);
      return false;
    }
    const last = this.stepIndex >= this.activeSteps.length - 1;
    this.#go(this.#returnToReview || last ? 'review' : 'form', this.#returnToReview || last ? this.stepIndex : this.stepIndex + 1);
    this.#returnToReview = false;
    return true;
  }

  /** One step back; answers stay. */
  back(): void {
    if (this.phase === 'review' || this.phase === 'failed') this.#go('form', this.activeSteps.length - 1);
    else if (this.stepIndex > 0) this.#go('form', this.stepIndex - 1);
  }

  /** Opens a step (and focuses one of its fields), e.g. from an "Ändra" link. */
  edit(stepId: string, field?: string): void {
    const index = this.activeSteps.findIndex((s) => s.id === stepId);
    if (index < 0) return;
    this.#returnToReview = this.phase === 'review' || this.phase === 'failed';
    this.#go('form', index, field);
  }

  /** Throws the answers and the draft away and starts again. */
  cancel(): void {
    this.#forget();
    this.#go('form', 0);
  }

  #go(phase: 'form' | 'review', index: number, field?: string): void {
    this.phase = phase;
    this.confirmingCancel = false;
    this.stepIndex = Math.max(0, Math.min(index, this.activeSteps.length - 1));
    this.failure = null;
    this.#saveDraft();
    this.#focusAfterRender = async () => {
      const target = this.renderRoot.querySelector<HTMLElement>(field ? `[name="${CSS.escape(field)}"]` : '.step-heading');
      // A field renders after this element; wait for it so there is a control to focus.
      await (target as Partial<LitElement> | null)?.updateComplete;
      target?.focus();
      if (!field) target?.scrollIntoView?.({ block: 'start' });
    };
    this.dispatchEvent(new SocStepChangeEvent({ index: phase === 'form' ? this.stepIndex : this.activeSteps.length, id: this.currentId }));
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
        this.#saveDraft();
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
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
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
      this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
      return;
    }
    this.#returnToReview = true;
    this.#go('form', first.index);
    void this.updateComplete.then(() => {
      const summary = this.#summary();
      if (!summary) return;
      summary.errors = placed
        .filter((p) => p.at?.index === first.index)
        .map(({ f, at }) => ({ field: at!.field, message: errorMessage(isErrorCode(f.code) ? f.code : 'invalid') }));
    });
  }

  // ——— answers and draft ———

  /** Sets an answer (as the user would); subclasses may wipe dependent answers. */
  setAnswer(name: string, value: Answer): void {
    this.answers = this.adjustAnswers({ ...this.answers, [name]: value }, name);
    this.#saveDraft();
  }

  /** Hook: change other answers when one changes (e.g. anonymity removes identity answers). */
  protected adjustAnswers(a: Answers, _changed: string): Answers {
    return a;
  }

  #onFieldEvent = (e: Event) => {
    const el = e.target as HTMLElement & { name?: string; value?: string; checked?: boolean; values?: string[] };
    const q: Question | undefined = el.name ? questionOf(this.model, el.name) : undefined;
    if (!q || !el.name) return;
    // After quick exit or Avbryt, only new typing or choosing counts: a `change` that a field fires
    // late (when it loses focus as the page goes) would otherwise bring a wiped answer back.
    if (this.#ignoreChanges) {
      if (e.type !== 'input') return;
      this.#ignoreChanges = false;
    }
    const value: Answer = q.kind === 'checkboxes' ? [...(el.values ?? [])] : q.kind === 'consent' ? !!el.checked : (el.value ?? '');
    if (this.answers[el.name] !== value) this.setAnswer(el.name, value);
  };

  #draftKey(): string {
    return draftKey(this.id ? `${this.type}#${this.id}` : this.type);
  }

  #saveDraft(): void {
    if (this.draft === 'off' || this.phase === 'receipt' || this.#wiped) return;
    if (!Object.keys(this.answers).length) return removeDraft(this.#draftKey());
    writeDraft(this.#draftKey(), {
      v: 2,
      answers: this.answers,
      step: this.stepIndex,
      phase: this.phase === 'form' ? 'form' : 'review',
      key: this.#sending.key || undefined,
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
    this.#ignoreChanges = true;
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#setTitle(false);
    const focus = this.#focusAfterRender;
    this.#focusAfterRender = null;
    void focus?.();
  }

  #setTitle(error: boolean): void {
    if (!this.#originalTitle && !document.title) return;
    const review = msg('Kontrollera dina svar', { desc: 'Review page heading.' });
    const where =
      this.phase === 'receipt'
        ? msg('Skickat', { desc: 'Browser title part after sending.' })
        : this.phase === 'form'
          ? `${this.#progress()}: ${this.activeSteps[this.stepIndex]?.title() ?? ''}`
          : this.reviewIsStep
            ? `${this.#progress()}: ${review}`
            : review;
    document.title = pageTitle(where, this.serviceTitle(), this.#originalTitle, error);
  }

  #progress(): string {
    const total = this.activeSteps.length + (this.reviewIsStep ? 1 : 0);
    return progressText(this.phase === 'form' ? this.stepIndex + 1 : total, total);
  }

  #summary(): SocErrorSummary | null {
    return this.renderRoot.querySelector('soc-error-summary');
  }

  /** A heading at `heading-level` (+ offset). */
  protected heading(text: string | TemplateResult, offset = 0, cls = 'step-heading'): TemplateResult {
    return renderHeading((Math.round(this.headingLevel) || 2) + offset, text, { cls, focusable: true });
  }

  /** A phone number as a `tel:` link in E.164 with Swedish display. */
  protected tel(number: string): TemplateResult | typeof nothing {
    if (!number) return nothing;
    const p = parsePhone(number);
    // dir=ltr: in Arabic the digit groups of "08-465 004 10" would otherwise be laid out right to left.
    return p.ok ? html`<a href="tel:${p.value}" dir="ltr">${formatPhone(p.value)}</a>` : html`<span dir="ltr">${number}</span>`;
  }

  /** Content before the steps (emergency notice, intro slot). */
  protected renderBeforeSteps(): TemplateResult | typeof nothing {
    return html`<slot name="intro"></slot>`;
  }

  /** The questions of a step; a service may lay out a repeated step itself (see the application). */
  protected renderQuestions(step: StepModel): TemplateResult {
    return this.renderQuestionsAt(step, -1);
  }

  /** The questions of a step for one index of its repeated group (-1: not repeated). */
  protected renderQuestionsAt(step: StepModel, i: number): TemplateResult {
    const questions = new Map<string, Question>();
    for (const s of this.model.steps) for (const item of s.items) if (isQuestion(item)) questions.set(item.name, item);
    return renderItems(step, { a: this.answers, i }, questions);
  }

  override render(): TemplateResult {
    return html`${this.quickExit ? html`<soc-quick-exit class="no-print"></soc-quick-exit>` : nothing}
      ${this.phase === 'form' ? this.#renderStep() : this.phase === 'receipt' ? this.renderReceipt() : this.#renderReview()}`;
  }

  #renderStep(): TemplateResult {
    const step = this.activeSteps[this.stepIndex];
    if (!step) return html``;
    return html`${this.stepIndex === 0 ? this.renderBeforeSteps() : nothing}
      <p class="caption">${this.serviceTitle()} – ${this.#progress()}</p>
      ${this.heading(step.title())}
      <soc-error-summary heading-level=${Math.min(6, this.headingLevel + 1)}></soc-error-summary>
      <form novalidate @input=${this.#onFieldEvent} @change=${this.#onFieldEvent} @submit=${this.#onSubmit}>
        ${this.renderQuestions(step)}
        <div class="buttons">
          <button class="primary">${msg('Fortsätt', { desc: 'Button: go to the next step.' })}</button>
          ${this.stepIndex > 0
            ? html`<button type="button" class="secondary" @click=${() => this.back()}>${msg('Tillbaka', { desc: 'Button: previous step.' })}</button>`
            : nothing}
          ${this.#renderCancel()}
        </div>
      </form>`;
  }

  #onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    this.next();
  };

  #renderCancel(): TemplateResult {
    return cancelControl(this.confirmingCancel, {
      ask: () => {
        this.confirmingCancel = true;
        this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.cancel-confirm')?.focus();
      },
      yes: () => this.cancel(),
      no: () => {
        this.confirmingCancel = false;
        this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.cancel')?.focus();
      },
    });
  }

  #renderReview(): TemplateResult {
    return html`<p class="caption">${this.serviceTitle()}${this.reviewIsStep ? ` – ${this.#progress()}` : ''}</p>
      ${this.heading(msg('Kontrollera dina svar', { desc: 'Review page heading.' }))}
      ${this.phase === 'failed' ? failureBox(!!this.failure?.retryable, this.tel(this.phone)) : nothing}
      ${reviewList(reviewRows(this.model, this.answers), (step, field) => this.edit(step, field))}
      ${sendButtons(this.phase === 'sending' ? 'sending' : this.phase === 'failed' ? 'failed' : 'ready', () => void this.submit(), () => this.back(), this.#renderCancel())}`;
  }
}
