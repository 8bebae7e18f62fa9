/**
 * The base of the service forms (`soc-concern-report`, `soc-application-form`): one step at a
 * time, progress, Back without losing answers, a review page with "Ändra" links, sending with an
 * idempotency key and retry, a receipt — and nothing lost: answers live in memory and in a
 * tab-scoped sessionStorage draft until a confirmed submission, "Avbryt" or quick exit.
 *
 * The questions are soc fields inside a `<form>` in this element's shadow root; their values are
 * copied into `answers` on every input, so a step that is not on screen keeps its answers.
 */
import { LitElement, css, html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { getLocale, startLocalization } from '../localization/locale.js';
import { draftKey, clearDrafts } from '../patterns/drafts.js';
import { focusRing, visuallyHidden } from '../styles/shared.js';
import { heading as renderHeading } from '../patterns/heading.js';
import { DEFAULT_TIMEOUT_S, httpTransport, KEY_REUSED, newIdempotencyKey, referenceOf, SubmitError, type FieldError, type Transport } from './submission.js';
import { errorMessage } from '../localization/messages.js';
import { isErrorCode } from '../schemas/codes.js';
import { formatPhone, parsePhone } from '../schemas/phone.js';
import type { Answer, Answers } from './fields.js';
import type { SocErrorSummary } from '../patterns/error-summary.js';
import '../fields/text-field.js';
import '../fields/textarea.js';
import '../fields/radio-group.js';
import '../fields/checkbox-group.js';
import '../patterns/error-summary.js';

export interface Step {
  id: string;
  title: () => string;
  render: (a: Answers) => TemplateResult;
  /** Steps can be skipped by earlier answers. */
  when?: (a: Answers) => boolean;
}

export interface ReviewRow {
  step: string;
  field: string;
  label: string;
  value: string;
  /** Numbers (phone, personnummer) that must read left to right also in Arabic. */
  ltr?: boolean;
}

type Phase = 'form' | 'review' | 'sending' | 'failed' | 'receipt';

/** What is sent: the envelope every payload type shares. */
export interface Payload {
  type: string;
  version: 1;
  locale: string;
  submittedAt: string;
  data: unknown;
}

/**
 * The tab's draft. Version 2 adds `sent`: the payload exactly as first sent, so a retry after a
 * reload sends the identical body with the same key. A version 1 draft (no `sent`) is still read.
 */
interface Draft {
  v: 2;
  answers: Answers;
  step: number;
  phase: 'form' | 'review';
  key?: string;
  sent?: Payload;
}

const KEY_SHAPE = /^[A-Za-z0-9._:-]{8,200}$/;


export const serviceStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    max-inline-size: 44rem;
  }
  :host([hidden]) {
    display: none;
  }
  .caption {
    margin: 0;
    color: var(--soc-color-hint, #474747);
  }
  .step-heading {
    margin-block: 0 var(--soc-space-l, 1.5rem);
    line-height: 1.25;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: var(--soc-focus-width, 3px) solid var(--soc-color-focus, #0b57d0);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soc-space-s, 0.75rem) var(--soc-space-m, 1rem);
    align-items: center;
    margin-block-start: var(--soc-space-l, 1.5rem);
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--soc-radius, 0.25rem);
    cursor: pointer;
  }
  .primary {
    color: var(--soc-color-button-text, #fff);
    background: var(--soc-color-button, #0b57d0);
    border: 2px solid var(--soc-color-button, #0b57d0);
    font-weight: 700;
  }
  .secondary {
    color: var(--soc-color-button, #0b57d0);
    background: transparent;
    border: 2px solid currentColor;
  }
  .link {
    color: var(--soc-color-link, #0b57d0);
    background: none;
    border: none;
    padding-inline: 0.25rem;
    text-decoration: underline;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .notice {
    border-inline-start: 0.375rem solid var(--soc-color-notice, #0b57d0);
    padding: var(--soc-space-s, 0.75rem) var(--soc-space-m, 1rem);
    margin-block: var(--soc-space-m, 1rem);
    background: var(--soc-color-notice-bg, #eef3fc);
  }
  .notice.danger {
    border-color: var(--soc-color-error, #b42318);
    background: var(--soc-color-danger-bg, #fdf0ef);
  }
  .notice > :first-child {
    margin-block-start: 0;
  }
  .notice > :last-child {
    margin-block-end: 0;
  }
  a {
    color: var(--soc-color-link, #0b57d0);
  }
  a[href^='tel:'] {
    font-weight: 700;
    white-space: nowrap;
  }
  dl {
    margin: 0 0 var(--soc-space-l, 1.5rem);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr) auto;
    gap: var(--soc-space-xs, 0.375rem) var(--soc-space-m, 1rem);
    padding-block: var(--soc-space-s, 0.75rem);
    border-block-end: 1px solid var(--soc-color-rule, #b1b4b6);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  /* The "Ändra" cell: its template's line breaks are not content. */
  dd.no-print {
    white-space: normal;
  }
  .reference {
    font-size: 1.5em;
    font-weight: 700;
  }
  @container (max-width: 30rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
  @media (max-width: 40rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .primary,
    .secondary {
      border-color: ButtonText;
    }
    .notice {
      border-color: CanvasText;
    }
  }
  @media print {
    .buttons,
    .no-print {
      display: none !important;
    }
    .notice {
      background: none;
    }
  }
`;

/**
 * Shared behaviour of the service forms. Subclasses give the steps, the review rows, how answers
 * become the payload's `data`, and the receipt. The fields inside are soc fields: their CSS custom
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
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions };

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
  protected abstract readonly type: 'concern-report' | 'application';
  /** The service's name, e.g. "Anmäl oro för ett barn". */
  protected abstract serviceTitle(): string;
  /** All steps, in order. */
  protected abstract steps(): Step[];
  /** The answers as payload `data`. */
  abstract buildData(): unknown;
  /** The review page's rows. */
  protected abstract reviewRows(): ReviewRow[];
  /** The receipt after a confirmed submission. */
  protected abstract renderReceipt(): TemplateResult;

  #idempotencyKey = '';
  /** The payload as first sent, as JSON; every retry with unchanged answers sends exactly this. */
  #sent = '';
  /** Counts sends; an answer that arrives for an older one (after Avbryt, after the deadline) is ignored. */
  #attempt = 0;
  #deadline: ReturnType<typeof setTimeout> | undefined;
  /** Set by quick exit: this element never writes a draft again. */
  #wiped = false;
  /** After quick exit or Avbryt: a field's late `change` (e.g. on blur) must not bring an answer back. */
  #ignoreChanges = false;
  #returnToReview = false;
  #focusAfterRender: (() => void | Promise<void>) | null = null;
  #originalTitle = '';
  #abort: AbortController | null = null;

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

  /** The steps that apply to the current answers. */
  get activeSteps(): Step[] {
    return this.steps().filter((s) => !s.when || s.when(this.answers));
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
    this.#stopSending();
  }

  // ——— navigation ———

  /** Checks the step on screen; moves on when it is valid. Returns whether it moved. */
  next(): boolean {
    if (!this.#summary()?.validate(this.#fieldsOnScreen())) {
      this.#setTitle(true);
      return false;
    }
    const last = this.stepIndex >= this.activeSteps.length - 1;
    if (this.#returnToReview || last) {
      this.#returnToReview = false;
      this.#go('review', this.stepIndex);
    } else {
      this.#go('form', this.stepIndex + 1);
    }
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
    this.#stopSending();
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
      const target = field
        ? this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`)
        : this.renderRoot.querySelector<HTMLElement>('.step-heading');
      // A field renders after this element; wait for it so there is a control to focus.
      await (target as Partial<LitElement> | null)?.updateComplete;
      target?.focus();
      if (!field) this.renderRoot.querySelector('.step-heading')?.scrollIntoView?.({ block: 'start' });
    };
    this.dispatchEvent(
      new CustomEvent('soc-step-change', {
        bubbles: true,
        composed: true,
        detail: { index: phase === 'form' ? this.stepIndex : this.activeSteps.length, id: this.currentId },
      }),
    );
  }

  // ——— sending ———

  /** The payload as it would be sent now (a new one each call; see {@link submit} for what is sent). */
  payload(): Payload {
    return { type: this.type, version: 1, locale: getLocale(), submittedAt: isoWithOffset(new Date()), data: this.buildData() };
  }

  /**
   * Sends the answers (from the review page). The first send freezes the payload and its
   * idempotency key (in memory and in the draft): every retry with unchanged answers sends the
   * identical body with the same key, so a back end that stored the first one answers with its
   * reference. Changed answers make a new payload under the same key; if the back end already
   * holds other content under it (422 `idempotency_key_reused`), it is sent once more under a new
   * key, as the new submission it is.
   */
  async submit(): Promise<void> {
    if (this.phase === 'sending' || this.phase === 'receipt') return;
    await this.#send(false);
  }

  /**
   * The frozen payload when the answers still give the same `data`, else a new one (same key).
   * Each caller gets its own copy, so a `soc-submit` listener cannot change what a retry sends.
   */
  #freeze(newKey: boolean): Payload {
    const data = JSON.stringify(this.buildData());
    if (newKey || !this.#sent || JSON.stringify((JSON.parse(this.#sent) as Payload).data) !== data) this.#sent = JSON.stringify(this.payload());
    if (newKey || !this.#idempotencyKey) this.#idempotencyKey = newIdempotencyKey();
    return JSON.parse(this.#sent) as Payload;
  }

  async #send(newKey: boolean): Promise<void> {
    const payload = this.#freeze(newKey);
    const idempotencyKey = this.#idempotencyKey;
    this.phase = 'sending';
    this.#saveDraft();
    const attempt = ++this.#attempt;
    const controller = new AbortController();
    this.#abort = controller;
    const deadline = new Promise<never>((_, reject) => {
      clearTimeout(this.#deadline);
      this.#deadline = setTimeout(() => {
        controller.abort();
        reject(new SubmitError('timeout', true));
      }, this.#timeoutMs());
    });
    const event = new CustomEvent('soc-submit', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { payload, idempotencyKey },
    });
    if (!this.dispatchEvent(event)) {
      // The host sends it and calls complete() or fail(); without either, the deadline fails it.
      deadline.catch((e: SubmitError) => attempt === this.#attempt && this.phase === 'sending' && this.fail(e));
      return;
    }
    const send = this.transport ?? httpTransport(this.action);
    try {
      // A transport that never settles, or throws before returning a promise, still ends here.
      const result = await Promise.race([Promise.resolve().then(() => send(payload, { idempotencyKey, signal: controller.signal })), deadline]);
      if (attempt !== this.#attempt) return;
      const reference = referenceOf(result);
      if (!reference) throw new SubmitError('no reference', true);
      this.complete(reference);
    } catch (e) {
      if (attempt !== this.#attempt) return; // cancelled, or a newer send is under way
      const error = e instanceof SubmitError ? e : new SubmitError(String(e), true);
      if (!newKey && error.fieldErrors.some((f) => f.code === KEY_REUSED)) return this.#send(true);
      this.fail(error);
    } finally {
      if (attempt === this.#attempt) clearTimeout(this.#deadline);
    }
  }

  #timeoutMs(): number {
    const s = Number(this.sendTimeout);
    return (Number.isFinite(s) && s > 0 ? s : DEFAULT_TIMEOUT_S) * 1000;
  }

  /** Ends the send under way, if any: its answer, when it comes, is ignored. */
  #stopSending(): void {
    this.#attempt++;
    clearTimeout(this.#deadline);
    this.#abort?.abort();
    this.#abort = null;
    if (this.phase === 'sending') this.phase = 'review';
  }

  /** The submission was received: show the receipt and forget the draft. */
  complete(reference = ''): void {
    if (this.phase === 'receipt') return;
    this.#attempt++;
    clearTimeout(this.#deadline);
    this.reference = reference;
    this.phase = 'receipt';
    this.#idempotencyKey = '';
    this.#sent = '';
    this.#removeDraft();
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    this.dispatchEvent(new CustomEvent('soc-submitted', { bubbles: true, composed: true, detail: { reference } }));
    this.dispatchEvent(
      new CustomEvent('soc-step-change', { bubbles: true, composed: true, detail: { index: this.activeSteps.length + 1, id: 'kvitto' } }),
    );
  }

  /** Sending failed: answers stay; field errors go to their fields. */
  fail(error: SubmitError): void {
    if (this.phase === 'receipt') return;
    clearTimeout(this.#deadline);
    this.dispatchEvent(
      new CustomEvent('soc-submit-error', { bubbles: true, composed: true, detail: { error, retryable: error.retryable } }),
    );
    const steps = this.#fieldSteps();
    const fieldErrors = error.fieldErrors.filter((f) => steps.has(fieldName(f)));
    if (fieldErrors.length) {
      this.#showServerErrors(fieldErrors, steps);
      return;
    }
    this.failure = error;
    this.phase = 'failed';
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
  }

  /** Opens the step of the first field a back end complained about and shows that step's errors. */
  #showServerErrors(errors: FieldError[], steps: Map<string, number>): void {
    const index = steps.get(fieldName(errors[0]!))!;
    this.#returnToReview = true;
    this.#go('form', index);
    this.updateComplete.then(() => {
      const summary = this.#summary();
      if (!summary) return;
      summary.errors = errors
        .filter((f) => steps.get(fieldName(f)) === index)
        .map((f) => ({ field: fieldName(f), message: errorMessage(isErrorCode(f.code) ? f.code : 'invalid') }));
    });
  }

  /**
   * Which step draws which field, for the current answers: each step is rendered into a detached
   * element and its `name`d fields are read off. Only needed when a back end reports field errors.
   */
  #fieldSteps(): Map<string, number> {
    const steps = new Map<string, number>();
    this.activeSteps.forEach((step, index) => {
      const scratch = document.createElement('div');
      render(step.render(this.answers), scratch);
      for (const el of scratch.querySelectorAll('[name]')) {
        const name = el.getAttribute('name');
        if (name && !steps.has(name)) steps.set(name, index);
      }
    });
    return steps;
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
    if (!el.name || !el.localName.startsWith('soc-')) return;
    // After quick exit or Avbryt, only new typing or choosing counts: a `change` that a field fires
    // late (when it loses focus as the page goes) would otherwise bring a wiped answer back.
    if (this.#ignoreChanges) {
      if (e.type !== 'input') return;
      this.#ignoreChanges = false;
    }
    const value: Answer =
      el.localName === 'soc-checkbox-group' ? [...(el.values ?? [])] : el.localName === 'soc-checkbox' ? !!el.checked : (el.value ?? '');
    if (this.answers[el.name] === value) return;
    this.setAnswer(el.name, value);
  };

  #draftKey(): string {
    return draftKey(this.id ? `${this.type}#${this.id}` : this.type);
  }

  #saveDraft(): void {
    if (this.draft === 'off' || this.phase === 'receipt' || this.#wiped) return;
    if (!Object.keys(this.answers).length) return this.#removeDraft();
    const draft: Draft = {
      v: 2,
      answers: this.answers,
      step: this.stepIndex,
      phase: this.phase === 'form' ? 'form' : 'review',
      key: this.#idempotencyKey || undefined,
      sent: this.#sent ? (JSON.parse(this.#sent) as Payload) : undefined,
    };
    try {
      sessionStorage.setItem(this.#draftKey(), JSON.stringify(draft));
    } catch {
      /* storage full or blocked: the answers are still in memory */
    }
  }

  /**
   * Restores the tab's draft, checking every part: what is valid is kept, the rest is dropped. A
   * draft never restores a sending state or a receipt: at most the review page, from which a
   * send repeats the frozen payload under its key.
   */
  #restoreDraft(): void {
    if (this.draft === 'off' || this.#wiped) return;
    let d: Record<string, unknown>;
    try {
      const raw = sessionStorage.getItem(this.#draftKey());
      if (!raw) return;
      d = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return; // unreadable: as if there were none
    }
    if (!isPlainObject(d) || (d.v !== 1 && d.v !== 2) || !isPlainObject(d.answers)) {
      this.#removeDraft();
      return;
    }
    const answers: Answers = {};
    for (const [name, value] of Object.entries(d.answers)) {
      // (Assigning "__proto__" would change the object's prototype, not add an answer.)
      if (name !== '__proto__' && isAnswer(value)) answers[name] = value;
    }
    if (!Object.keys(answers).length) {
      this.#removeDraft();
      return;
    }
    this.answers = answers;
    const last = this.activeSteps.length - 1;
    const step = Number.isInteger(d.step) ? (d.step as number) : 0;
    this.stepIndex = Math.max(0, Math.min(step, last));
    // Whatever the draft says it was doing (sending, failed, receipt), it shows the review page at
    // most, and only when its answers reach it; otherwise the step it was on.
    this.phase = d.phase === 'form' || step < last ? 'form' : 'review';
    this.#idempotencyKey = typeof d.key === 'string' && KEY_SHAPE.test(d.key) ? d.key : '';
    const sent = d.sent as Partial<Payload> | undefined;
    this.#sent =
      this.#idempotencyKey && isPlainObject(sent) && sent.type === this.type && sent.version === 1 && typeof sent.locale === 'string' && typeof sent.submittedAt === 'string' && isPlainObject(sent.data)
        ? JSON.stringify(sent)
        : '';
  }

  #removeDraft(): void {
    try {
      sessionStorage.removeItem(this.#draftKey());
    } catch {
      /* nothing to remove */
    }
  }

  #forget(): void {
    this.answers = {};
    this.reference = '';
    this.#idempotencyKey = '';
    this.#sent = '';
    this.#ignoreChanges = true;
    this.#removeDraft();
  }

  #onQuickExit = () => {
    // From now on this element writes no draft, whatever its fields do while the page goes.
    this.#wiped = true;
    this.#stopSending();
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
    const where =
      this.phase === 'receipt'
        ? msg('Skickat', { desc: 'Browser title part after sending.' })
        : this.phase === 'form'
          ? `${this.#progressText()}: ${this.activeSteps[this.stepIndex]?.title() ?? ''}`
          : this.reviewIsStep
            ? `${this.#progressText()}: ${msg('Kontrollera dina svar', { desc: 'Review page heading.' })}`
            : msg('Kontrollera dina svar', { desc: 'Review page heading.' });
    const prefix = error ? `${msg('Fel:', { desc: 'Read before an error message.' })} ` : '';
    document.title = `${prefix}${where} – ${this.serviceTitle()}${this.#originalTitle ? ` – ${this.#originalTitle}` : ''}`;
  }

  #progressText(): string {
    const total = this.activeSteps.length + (this.reviewIsStep ? 1 : 0);
    const current = this.phase === 'form' ? this.stepIndex + 1 : total;
    return msg(str`Steg ${current} av ${total}`, { desc: 'Progress in a multi-step form.' });
  }

  #summary(): SocErrorSummary | null {
    return this.renderRoot.querySelector('soc-error-summary');
  }

  #fieldsOnScreen(): Element[] {
    const form = this.renderRoot.querySelector('form');
    return form ? [...form.elements] : [];
  }

  /** A heading at `heading-level` (+ offset). */
  protected heading(text: string | TemplateResult, offset = 0, cls = 'step-heading'): TemplateResult {
    return renderHeading((Math.round(this.headingLevel) || 2) + offset, text, { cls, focusable: true });
  }

  /** A phone number as a `tel:` link in E.164 with Swedish display. */
  protected tel(number: string): TemplateResult | typeof nothing {
    if (!number) return nothing;
    const p = parsePhone(number);
    // dir=ltr: in Arabic the digit groups of "019-21 30 00" would otherwise be laid out right to left.
    return p.ok ? html`<a href="tel:${p.value}" dir="ltr">${formatPhone(p.value)}</a>` : html`<span dir="ltr">${number}</span>`;
  }

  /** Content before the steps (emergency notice, intro slot). */
  protected renderBeforeSteps(): TemplateResult | typeof nothing {
    return html`<slot name="intro"></slot>`;
  }

  override render(): TemplateResult {
    return html`${this.quickExit ? html`<soc-quick-exit class="no-print"></soc-quick-exit>` : nothing}
      ${this.phase === 'form' ? this.#renderStep() : this.phase === 'receipt' ? this.renderReceipt() : this.#renderReview()}`;
  }

  #renderStep(): TemplateResult {
    const step = this.activeSteps[this.stepIndex];
    if (!step) return html``;
    return html`${this.stepIndex === 0 ? this.renderBeforeSteps() : nothing}
      <p class="caption">${this.serviceTitle()} – ${this.#progressText()}</p>
      ${this.heading(step.title())}
      <soc-error-summary heading-level=${Math.min(6, this.headingLevel + 1)}></soc-error-summary>
      <form novalidate @input=${this.#onFieldEvent} @change=${this.#onFieldEvent} @submit=${this.#onSubmit}>
        ${step.render(this.answers)}
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
    if (this.confirmingCancel) {
      // An inline question rather than window.confirm(): it can be read, styled and translated.
      return html`<div class="notice cancel-confirm" role="group" aria-labelledby="cancel-q" tabindex="-1">
        <p id="cancel-q"><strong>${msg('Vill du avbryta? Dina svar tas bort.', { desc: 'Confirmation before cancelling.' })}</strong></p>
        <div class="buttons">
          <button type="button" class="secondary" @click=${() => this.cancel()}>${msg('Ja, avbryt', { desc: 'Confirm cancelling.' })}</button>
          <button type="button" class="secondary" @click=${this.#keepGoing}>${msg('Nej, fortsätt', { desc: 'Do not cancel.' })}</button>
        </div>
      </div>`;
    }
    return html`<button type="button" class="link cancel" @click=${this.#askCancel}>
      ${msg('Avbryt och ta bort mina svar', { desc: 'Button: cancel the form and delete the answers.' })}
    </button>`;
  }

  #askCancel = () => {
    this.confirmingCancel = true;
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.cancel-confirm')?.focus();
  };

  #keepGoing = () => {
    this.confirmingCancel = false;
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.cancel')?.focus();
  };

  #renderReview(): TemplateResult {
    const rows = this.reviewRows();
    const sending = this.phase === 'sending';
    return html`<p class="caption">${this.serviceTitle()}${this.reviewIsStep ? ` – ${this.#progressText()}` : ''}</p>
      ${this.heading(msg('Kontrollera dina svar', { desc: 'Review page heading.' }))}
      ${this.phase === 'failed' ? this.#renderFailure() : nothing}
      <dl>
        ${rows.map(
          (r) => html`<div class="row">
            <dt>${r.label}</dt>
            <dd>${r.value
              ? html`<bdi dir=${r.ltr ? 'ltr' : 'auto'}>${r.value}</bdi>`
              : msg('Inget svar', { desc: 'Review page: the question was not answered.' })}</dd>
            <dd class="no-print">
              <a href="#${r.field}" @click=${(e: Event) => (e.preventDefault(), this.edit(r.step, r.field))}
                >${msg('Ändra', { desc: 'Link on the review page to change an answer.' })}<span class="visually-hidden"> ${r.label}</span></a
              >
            </dd>
          </div>`,
        )}
      </dl>
      <div class="buttons">
        <button class="primary" ?disabled=${sending} @click=${() => this.submit()}>
          ${sending
            ? msg('Skickar …', { desc: 'Send button while sending.' })
            : this.phase === 'failed'
              ? msg('Försök skicka igen', { desc: 'Button: retry sending.' })
              : msg('Skicka', { desc: 'Button: send the form.' })}
        </button>
        <button type="button" class="secondary" ?disabled=${sending} @click=${() => this.back()}>${msg('Tillbaka', { desc: 'Button: previous step.' })}</button>
        ${this.#renderCancel()}
      </div>
      <p class="visually-hidden" role="status">${sending ? msg('Skickar …', { desc: 'Send button while sending.' }) : ''}</p>`;
  }

  #renderFailure(): TemplateResult {
    return html`<div class="notice danger failure" tabindex="-1" role="group" aria-labelledby="failure-title">
      <p id="failure-title"><strong>${msg('Vi kunde inte skicka dina svar.', { desc: 'Heading of the send failure box.' })}</strong></p>
      <p>
        ${this.failure?.retryable
          ? msg('Dina svar finns kvar. Försök igen om en liten stund.', { desc: 'Send failure that may work on retry.' })
          : msg('Dina svar finns kvar. Något i svaren kunde inte tas emot.', { desc: 'Send failure that will not work on retry.' })}
        ${this.phone ? html`${msg('Du kan också ringa oss:', { desc: 'Before the phone number in the failure box.' })} ${this.tel(this.phone)}` : nothing}
      </p>
    </div>`;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value an answer can have: text, yes/no, or the values of a checkbox group. */
const isAnswer = (v: unknown): v is Answer =>
  typeof v === 'string' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** The field a back-end error path points at: `data.child.name` → `child.name`. */
function fieldName(f: FieldError): string {
  return f.path.replace(/^data\./, '');
}

/** ISO 8601 with the local offset, e.g. 2026-11-22T10:15:00+01:00 (what a Swedish back end logs). */
function isoWithOffset(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(off / 60)}:${pad(off % 60)}`;
}
